// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The troubleshooting dock for event-socket tabs: XML from the push source's re-syncs, failures
// explained, the raw socket traffic with the password masked, and connection diagnostics
// (DNS, TCP, ESL auth) against the simulator's event socket over loopback.
#include "core/diagnostics/connectiondiagnostics.h"
#include "core/esl/eslclient.h"
#include "core/model/participantmodel.h"
#include "core/sources/pushconferencesource.h"
#include "gui/window/mainwindow.h"
#include "gui/conference/commandcontroller.h"
#include "gui/conference/conferenceview.h"
#include "gui/connection/serverconnection.h"
#include "gui/troubleshooting/diagnosticsdialog.h"
#include "gui/troubleshooting/esltrafficview.h"
#include "gui/troubleshooting/troubleexplainpanel.h"
#include "gui/troubleshooting/troubleshootingdock.h"
#include "gui/troubleshooting/xmlviewer.h"
#include "sim/simulator.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace gui;

namespace {
const QString kEslPassword = QStringLiteral("Sock3tSecret");
}

class tst_EslTroubleshooting final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void xmlAndExplainFollowEslTab();
    void socketTabShowsMaskedTraffic();
    void diagnosticsForEventSocket();
    void displayTextMasksAndCuts();

private:
    std::unique_ptr<sim::Simulator> m_sim;
    std::unique_ptr<MainWindow> m_window;
    ServerConnection *m_connection = nullptr;
    ConferenceView *m_view = nullptr;
};

void tst_EslTroubleshooting::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    sim::SimulatorOptions options;
    options.tls = true;
    options.eslPort = 0;
    options.eslPassword = kEslPassword;
    options.activity.enabled = false;
    m_sim = std::make_unique<sim::Simulator>(options);
    QString error;
    QVERIFY2(m_sim->start(&error), qPrintable(error));
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    ConnectionProfile esl;
    esl.name = QStringLiteral("bridge");
    esl.transport = ConnectionProfile::Transport::EventSocket;
    esl.eslHost = QStringLiteral("127.0.0.1");
    esl.eslPort = m_sim->eslPort();
    m_connection = m_window->addConnection(esl, kEslPassword);
    m_view = m_window->openConference(m_connection, QStringLiteral("sales"));
    QVERIFY(m_view->pushSource());
    QTRY_COMPARE_WITH_TIMEOUT(m_view->model()->rowCount(), 5, 10000);
}

void tst_EslTroubleshooting::cleanupTestCase()
{
    m_window.reset();
    m_sim.reset();
}

void tst_EslTroubleshooting::xmlAndExplainFollowEslTab()
{
    TroubleshootingDock *dock = m_window->troubleshootingDock();
    QCOMPARE(m_window->currentView(), m_view);
    // The next re-sync's xml_list reaches the XML tab.
    QMetaObject::invokeMethod(m_view, &ConferenceView::refreshNow);
    QTRY_VERIFY_WITH_TIMEOUT(dock->xmlViewer()->text().contains(QStringLiteral("<conference")), 10000);
    QVERIFY(dock->xmlViewer()->text().contains(QStringLiteral("name=\"sales\"")));

    // A failed command of the event-socket tab is explained.
    QVERIFY(!dock->explainPanel()->hasFailure());
    QSignalSpy finished(m_view->controller(), &CommandController::commandFinished);
    QVERIFY(m_view->controller()->send(
        cc::ConferenceCommand::energy(QStringLiteral("9999"), QStringLiteral("300"))));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    QVERIFY(!finished.first().at(1).value<cc::CommandOutcome>().ok());
    QVERIFY(dock->explainPanel()->hasFailure());

    // A failed re-sync is explained too (the push source's pollFailed).
    dock->explainPanel()->clear();
    cc::CommandOutcome failure;
    failure.kind = cc::ResponseKind::TransportFailure;
    failure.message = QStringLiteral("No answer from the event socket.");
    emit m_view->pushSource()->pollFailed(failure);
    QVERIFY(dock->explainPanel()->hasFailure());
}

void tst_EslTroubleshooting::socketTabShowsMaskedTraffic()
{
    TroubleshootingDock *dock = m_window->troubleshootingDock();
    EslTrafficView *traffic = dock->eslTraffic();
    QCOMPARE(dock->tabs()->widget(TroubleshootingDock::SocketTab), traffic);
    // Reconnect so the auth exchange happens while watched (it already happened once too).
    m_connection->eslClient()->connectToServer(QStringLiteral("127.0.0.1"), m_sim->eslPort(), kEslPassword);
    QTRY_VERIFY_WITH_TIMEOUT(traffic->text().contains(QStringLiteral("auth ******")), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(m_connection->eslClient()->isConnected(), 10000);
    QMetaObject::invokeMethod(m_view, &ConferenceView::refreshNow);
    QTRY_VERIFY_WITH_TIMEOUT(traffic->text().contains(QStringLiteral("api conference sales xml_list")),
                             10000);
    QVERIFY(traffic->text().contains(QStringLiteral("bridge")));
    QVERIFY(traffic->text().contains(QStringLiteral("Content-Type: auth/request")));
    QVERIFY(!traffic->text().contains(kEslPassword));
    QVERIFY(traffic->frameCount() > 3);
}

void tst_EslTroubleshooting::diagnosticsForEventSocket()
{
    for (const QString &password : {kEslPassword, QStringLiteral("wrong-one")}) {
        DiagnosticsDialog dialog(m_connection->profile(), password);
        QSignalSpy finished(&dialog, &DiagnosticsDialog::finished);
        dialog.open();
        dialog.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        const auto summary = finished.at(0).at(0).value<cc::DiagnosticsSummary>();
        QTreeWidget *list = dialog.stepList();
        QCOMPARE(list->topLevelItemCount(), 3);
        QCOMPARE(summary.steps.size(), 3);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(list->topLevelItem(i)->text(DiagnosticsDialog::StepColumn), summary.steps.at(i).name);
        QCOMPARE(summary.steps.at(2).id, cc::DiagnosticStep::Id::EslAuth);
        if (password == kEslPassword) {
            QVERIFY2(summary.ok(), qPrintable(summary.text));
        } else {
            QVERIFY(!summary.ok());
            QCOMPARE(summary.steps.at(2).status, cc::DiagnosticStep::Status::Failed);
        }
        QVERIFY(!dialog.report().contains(password));
        dialog.close();
    }
}

void tst_EslTroubleshooting::displayTextMasksAndCuts()
{
    QCOMPARE(EslTrafficView::displayText("auth ClueCon\n\n"), QStringLiteral("auth ******"));
    QCOMPARE(EslTrafficView::displayText("api conference x list\n\n"),
             QStringLiteral("api conference x list"));
    const QString cut = EslTrafficView::displayText(QByteArray(EslTrafficView::MaxFrameBytes + 10, 'x'));
    QVERIFY(cut.contains(QString::number(EslTrafficView::MaxFrameBytes + 10)));
    QVERIFY(cut.size() < EslTrafficView::MaxFrameBytes + 100);
}

QTEST_MAIN(tst_EslTroubleshooting)
#include "tst_esltroubleshooting.moc"
