// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The troubleshooting dock against the bridge simulator: it follows the conference being polled
// (XML, log, console), explains failures in plain words, and is wired into the main window.
#include "core/commands/commandresponse.h"
#include "core/diagnostics/failureexplainer.h"
#include "core/model/participantmodel.h"
#include "core/rest/restclient.h"
#include "core/sources/conferencepoller.h"
#include "gui/window/mainwindow.h"
#include "gui/conference/commandcontroller.h"
#include "gui/conference/conferenceview.h"
#include "gui/connection/serverconnection.h"
#include "gui/troubleshooting/auditdialog.h"
#include "gui/troubleshooting/diagnosticsdialog.h"
#include "gui/troubleshooting/logexchangemodel.h"
#include "gui/troubleshooting/logview.h"
#include "gui/troubleshooting/troubleconsole.h"
#include "gui/troubleshooting/troubleexplainpanel.h"
#include "gui/troubleshooting/troubleshootingdock.h"
#include "gui/troubleshooting/xmlviewer.h"
#include "troubleshootingfixture.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace gui;
using namespace troubleshootingtest;

class tst_TroubleshootingDock final : public QObject, private TroubleshootingFixture
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        isolateSettings(QStringLiteral("tst_troubleshootingdock"));
        startSimulator();
    }
    void cleanupTestCase() { stopSimulator(); }

    void dockFollowsConference();
    void explainPanelShowsFailure();
    void mainWindowIntegration();
};

void tst_TroubleshootingDock::dockFollowsConference()
{
    cc::RestClient client;
    client.setConfig(config());
    cc::ConferencePoller poller(&client, QStringLiteral("sales"));
    poller.setInterval(500);
    TroubleshootingDock dock;
    dock.resize(1000, 560);
    dock.setRestClient(&client);
    dock.setConferencePoller(&poller);
    QSignalSpy submitted(&dock, &TroubleshootingDock::commandSubmitted);
    poller.start();
    QTRY_VERIFY_WITH_TIMEOUT(!dock.xmlViewer()->shownXml().isEmpty(), 10000);
    QVERIFY(dock.xmlViewer()->text().contains(QLatin1String("<conference name=\"sales\"")));
    // The simulator's José Álvarez, decoded from the real xml_list.
    QVERIFY(findItem(dock.xmlViewer()->tree(), XmlViewer::DecodedColumn, QStringLiteral("José Álvarez")));
    QVERIFY(dock.logView()->model()->rowCount() >= 1);
    QCOMPARE(dock.console()->conference(), QStringLiteral("sales"));

    dock.console()->input()->setText(QStringLiteral("count"));
    dock.console()->submit();
    QCOMPARE(submitted.count(), 1);
    poller.stop();
    cc::CommandOutcome answer;
    answer.kind = cc::ResponseKind::Success;
    answer.httpStatus = 200;
    answer.payload = QStringLiteral("5\n");
    dock.showOutcome(answer, QStringLiteral("count"));
    QVERIFY(dock.console()->transcript().contains(QLatin1String("[200] 5")));
    QVERIFY(!dock.explainPanel()->hasFailure());
    dock.console()->input()->setText(QStringLiteral("mute everybody"));
    dock.console()->submit();
    QCOMPARE(submitted.count(), 1);

    dock.show();
    dock.tabs()->setCurrentIndex(TroubleshootingDock::ConsoleTab);
    shot(&dock, QStringLiteral("console"));
    dock.tabs()->setCurrentIndex(TroubleshootingDock::LogTab);
    dock.logView()->view()->selectRow(0);
    shot(&dock, QStringLiteral("log"));
    dock.tabs()->setCurrentIndex(TroubleshootingDock::XmlTab);
    shot(&dock, QStringLiteral("dock-xml"));

    dock.setConferencePoller(nullptr);
    QVERIFY(dock.xmlViewer()->shownXml().isEmpty());
    QVERIFY(dock.console()->conference().isEmpty());
}

void tst_TroubleshootingDock::explainPanelShowsFailure()
{
    // alice does not own "board": sipXconfig refuses it; the Explain tab says so in plain words.
    cc::RestClient client;
    client.setConfig(config());
    cc::ConferencePoller poller(&client, QStringLiteral("board"));
    TroubleshootingDock dock;
    dock.resize(800, 480);
    dock.setRestClient(&client);
    dock.setConferencePoller(&poller);
    QSignalSpy failed(&poller, &cc::ConferencePoller::pollFailed);
    poller.start();
    QTRY_VERIFY_WITH_TIMEOUT(failed.count() >= 1, 10000);
    poller.stop();
    const auto outcome = failed.at(0).at(0).value<cc::CommandOutcome>();
    QVERIFY(dock.explainPanel()->hasFailure());
    const cc::FailureExplanation expected = cc::explainFailure(outcome, nullptr, config().pinnedSha256);
    QCOMPARE(dock.explainPanel()->explanation().title, expected.title);
    QVERIFY(!dock.explainPanel()->explanation().whatToCheck.isEmpty());
    auto *title = dock.explainPanel()->findChild<QLabel *>(QStringLiteral("explainTitle"));
    QVERIFY(title);
    QCOMPARE(title->text(), expected.title);
    dock.show();
    dock.tabs()->setCurrentIndex(TroubleshootingDock::ExplainTab);
    shot(&dock, QStringLiteral("explain"));

    // A success does not wipe the last failure; switching conference does.
    cc::CommandOutcome ok;
    ok.kind = cc::ResponseKind::Success;
    ok.httpStatus = 200;
    dock.showOutcome(ok, QStringLiteral("count"));
    QVERIFY(dock.explainPanel()->hasFailure());
    dock.setConferencePoller(nullptr);
    QVERIFY(!dock.explainPanel()->hasFailure());
}

void tst_TroubleshootingDock::mainWindowIntegration()
{
    MainWindow window;
    window.resize(1280, 800);
    ConnectionProfile profile;
    profile.name = QStringLiteral("sim");
    profile.baseUrl = m_sim->baseUrl();
    profile.user = QStringLiteral("alice");
    profile.pollIntervalMs = 500;
    profile.pinnedSha256 = {m_sim->certificateSha256()};
    ServerConnection *connection = window.addConnection(profile, QStringLiteral("wonderland"));
    TroubleshootingDock *dock = window.troubleshootingDock();
    QVERIFY(dock);
    QVERIFY(!dock->isVisibleTo(&window)); // off until the View menu turns it on
    QVERIFY(dock->toggleViewAction());
    auto *diagnostics = window.findChild<QAction *>(QStringLiteral("actionConnectionDiagnostics"));
    auto *audit = window.findChild<QAction *>(QStringLiteral("actionAuditTrail"));
    QVERIFY(diagnostics && audit);

    ConferenceView *view = window.openConference(connection, QStringLiteral("sales"));
    QVERIFY(view);
    QCOMPARE(dock->console()->conference(), QStringLiteral("sales"));
    QTRY_VERIFY_WITH_TIMEOUT(!dock->xmlViewer()->shownXml().isEmpty(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowCount() > 0, 10000);
    QVERIFY(dock->logView()->model()->rowCount() > 0);

    // Console -> the view's CommandController -> the server; the answer comes back to the console.
    quint32 id = 0;
    for (const cc::Participant &p : view->model()->snapshot().members) {
        if (!p.muted()) {
            id = p.id;
            break;
        }
    }
    QVERIFY(id > 0);
    dock->console()->input()->setText(QStringLiteral("mute %1").arg(id));
    dock->console()->submit();
    QTRY_VERIFY_WITH_TIMEOUT(view->model()->participant(id)->muted(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(dock->console()->transcript().contains(QStringLiteral("+OK mute %1").arg(id)),
                             5000);
    dock->console()->input()->setText(QStringLiteral("unmute %1").arg(id));
    dock->console()->submit();
    QTRY_VERIFY_WITH_TIMEOUT(!view->model()->participant(id)->muted(), 10000);

    // A failing command sent from anywhere in the view lands in the Explain tab.
    view->controller()->send(cc::ConferenceCommand::mute(QStringLiteral("999")));
    QTRY_VERIFY_WITH_TIMEOUT(dock->explainPanel()->hasFailure(), 10000);

    window.show();
    dock->show();
    dock->raise();
    dock->tabs()->setCurrentIndex(TroubleshootingDock::ConsoleTab);
    shot(&window, QStringLiteral("mainwindow"));

    diagnostics->trigger();
    auto *diagnosticsDialog = window.findChild<DiagnosticsDialog *>();
    QVERIFY(diagnosticsDialog);
    QVERIFY(diagnosticsDialog->isVisible());
    QSignalSpy diagnosticsDone(diagnosticsDialog, &DiagnosticsDialog::finished);
    QTRY_COMPARE_WITH_TIMEOUT(diagnosticsDone.count(), 1, 30000);
    diagnosticsDialog->close();
    audit->trigger();
    auto *auditDialog = window.findChild<AuditDialog *>();
    QVERIFY(auditDialog);
    QVERIFY(auditDialog->isVisible());
    auditDialog->close();

    // No conference: the console has nowhere to send.
    window.closeConference(view);
    QVERIFY(dock->console()->conference().isEmpty());
    QVERIFY(dock->xmlViewer()->shownXml().isEmpty());
}

QTEST_MAIN(tst_TroubleshootingDock)
#include "tst_troubleshootingdock.moc"
