// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/conferencepoller.h"
#include "core/participantmodel.h"
#include "core/restclient.h"
#include "gui/app/mainwindow.h"
#include "gui/conference/commandcontroller.h"
#include "gui/conference/conferenceview.h"
#include "gui/connection/serverconnection.h"
#include "gui/troubleshooting/auditdialog.h"
#include "gui/troubleshooting/diagnosticsdialog.h"
#include "gui/troubleshooting/logexchangemodel.h"
#include "gui/troubleshooting/logfilterproxymodel.h"
#include "gui/troubleshooting/logview.h"
#include "gui/troubleshooting/troubleconsole.h"
#include "gui/troubleshooting/troubleexplainpanel.h"
#include "gui/troubleshooting/troubleshootingdock.h"
#include "gui/troubleshooting/xmlviewer.h"
#include "gui/troubleshooting/xmlviewereditor.h"
#include "sim/simulator.h"

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QCompleter>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>

#include <memory>

using namespace gui;

namespace {
cc::RestResult fakeResult(int n, int status = 200)
{
    cc::RestResult r;
    r.method = "GET";
    r.url = QUrl(
        QStringLiteral("https://pbx.example.com/sipxconfig/rest/my/conference/sales/xml_list?n=%1").arg(n));
    r.httpStatus = status;
    r.reasonPhrase = status == 200 ? QByteArray("OK") : QByteArray("Not Found");
    r.body = "<command-response>body " + QByteArray::number(n) + "</command-response>";
    r.latencyMs = n;
    return r;
}

QTreeWidgetItem *findItem(QTreeWidget *tree, int column, const QString &text)
{
    for (QTreeWidgetItemIterator it(tree); *it; ++it) {
        if ((*it)->text(column) == text)
            return *it;
    }
    return nullptr;
}

void shot(QWidget *widget, const QString &name)
{
    // Let pending layout requests run so the picture shows the settled widget.
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    widget->grab().save(QStringLiteral("/tmp/trouble-%1.png").arg(name));
}
} // namespace

class tst_Troubleshooting final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void logModelAppendsAndCaps();
    void logFilter();
    void curlNeverCarriesThePassword();
    void consoleCompleterAndHint();
    void consoleInvalidLineSendsNothing();
    void consoleValidLineEmitsCommand();
    void consoleHistory();
    void xmlViewerDecodesAndFreezes();
    void xmlViewerReportsBadXml();
    void dockFollowsConference();
    void explainPanelShowsFailure();
    void auditDialogFiltersAndExports();
    void diagnosticsDialogShowsSteps();
    void diagnosticsDialogWrongPassword();
    void mainWindowIntegration();

private:
    cc::ServerConfig config(const QString &password = QStringLiteral("wonderland")) const;

    std::unique_ptr<sim::Simulator> m_sim;
    QTemporaryDir m_dir;
};

void tst_Troubleshooting::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // audit trail, profiles: test locations only
    QCoreApplication::setOrganizationName(QStringLiteral("ConferenceConsoleTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_troubleshooting"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
    QSettings().clear();

    sim::SimulatorOptions options;
    options.activity.enabled = false;
    options.ringDelayMs = 10;
    m_sim = std::make_unique<sim::Simulator>(options);
    QString error;
    QVERIFY2(m_sim->start(&error), qPrintable(error));
}

void tst_Troubleshooting::cleanupTestCase()
{
    m_sim.reset();
}

cc::ServerConfig tst_Troubleshooting::config(const QString &password) const
{
    cc::ServerConfig c;
    c.baseUrl = m_sim->baseUrl();
    c.user = QStringLiteral("alice");
    c.password = password;
    c.pinnedSha256 = {m_sim->certificateSha256()};
    c.timeoutMs = 5000;
    return c;
}

void tst_Troubleshooting::logModelAppendsAndCaps()
{
    ExchangeLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QCOMPARE(model.maxRows(), ExchangeLogModel::DefaultMaxRows);
    model.setMaxRows(5);

    for (int i = 0; i < 8; ++i)
        model.addExchange(fakeResult(i, i == 6 ? 404 : 200), QStringLiteral("alice"));

    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(inserted.count(), 8);
    QCOMPARE(removed.count(), 3);
    QCOMPARE(resets.count(), 0);
    // Every insert is one row at the end; every removal drops exactly the oldest row.
    for (const QList<QVariant> &args : std::as_const(inserted))
        QCOMPARE(args.at(1).toInt(), args.at(2).toInt());
    for (const QList<QVariant> &args : std::as_const(removed)) {
        QCOMPARE(args.at(1).toInt(), 0);
        QCOMPARE(args.at(2).toInt(), 0);
    }
    // Oldest kept is #3, newest #7.
    QVERIFY(model.index(0, ExchangeLogModel::UrlColumn).data().toString().endsWith(QLatin1String("n=3")));
    QVERIFY(model.index(4, ExchangeLogModel::UrlColumn).data().toString().endsWith(QLatin1String("n=7")));
    QCOMPARE(model.index(0, ExchangeLogModel::MethodColumn).data().toString(), QStringLiteral("GET"));
    QCOMPARE(model.index(0, ExchangeLogModel::StatusColumn).data().toString(), QStringLiteral("200 OK"));
    QCOMPARE(model.index(3, ExchangeLogModel::StatusColumn).data().toString(),
             QStringLiteral("404 Not Found"));
    QCOMPARE(model.index(3, 0).data(ExchangeLogModel::OkRole).toBool(), false);
    QCOMPARE(model.index(0, ExchangeLogModel::LatencyColumn).data(ExchangeLogModel::SortRole).toLongLong(),
             3);
    QVERIFY(
        model.index(2, 0).data(ExchangeLogModel::RawTextRole).toString().contains(QLatin1String("body 5")));

    // Lowering the cap drops the oldest rows, again without a reset.
    model.setMaxRows(2);
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(model.index(0, ExchangeLogModel::UrlColumn).data().toString().endsWith(QLatin1String("n=6")));
    QCOMPARE(resets.count(), 0);

    // At the default cap of 5,000 the count stays put.
    ExchangeLogModel big;
    for (int i = 0; i < ExchangeLogModel::DefaultMaxRows + 25; ++i)
        big.addExchange(fakeResult(i));
    QCOMPARE(big.rowCount(), ExchangeLogModel::DefaultMaxRows);
    QVERIFY(big.index(0, ExchangeLogModel::UrlColumn).data().toString().endsWith(QLatin1String("n=25")));
}

void tst_Troubleshooting::logFilter()
{
    ExchangeLogModel model;
    LogFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (int i = 0; i < 6; ++i)
        model.addExchange(fakeResult(i, i % 3 == 0 ? 404 : 200));
    QCOMPARE(proxy.rowCount(), 6);
    proxy.setStatusFilter(LogFilterProxyModel::StatusFilter::Failures);
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setStatusFilter(LogFilterProxyModel::StatusFilter::Successes);
    QCOMPARE(proxy.rowCount(), 4);
    proxy.setStatusFilter(LogFilterProxyModel::StatusFilter::All);
    proxy.setText(QStringLiteral("n=4"));
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setText(QStringLiteral("BODY 2")); // bodies are searched, case-insensitively
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setText(QStringLiteral("404"));
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setText({});
    QCOMPARE(proxy.rowCount(), 6);
}

void tst_Troubleshooting::curlNeverCarriesThePassword()
{
    const QString password = QStringLiteral("wonderland");
    cc::RestClient client;
    client.setConfig(config(password));
    TroubleshootingDock dock;
    dock.setRestClient(&client);
    bool done = false;
    client.runCommand(QStringLiteral("sales"), QStringLiteral("xml_list"), true, this,
                      [&](const cc::RestResult &) { done = true; });
    QTRY_VERIFY_WITH_TIMEOUT(done, 10000);

    ExchangeLogModel *model = dock.logView()->model();
    QVERIFY(model->rowCount() >= 1);
    const int row = model->rowCount() - 1;
    QCOMPARE(model->entry(row).httpStatus, 200);
    dock.logView()->view()->selectRow(dock.logView()->proxy()->mapFromSource(model->index(row, 0)).row());

    const QString curl = dock.logView()->currentCurlCommand();
    const QString url = QString::fromUtf8(model->entry(row).url.toEncoded());
    QVERIFY2(curl.contains(QStringLiteral("curl --digest -u alice -X %1 '%2'")
                               .arg(QString::fromLatin1(model->entry(row).method), url)),
             qPrintable(curl));
    QVERIFY(url.contains(QLatin1String("/my/conference/sales/xml_list")));
    QVERIFY2(!curl.contains(password), qPrintable(curl));
    QVERIFY(!curl.contains(QLatin1String(" -k")) && !curl.contains(QLatin1String("--insecure")));
    // The pinned self-signed certificate gets a hint instead of -k.
    QVERIFY2(curl.contains(QLatin1String("--cacert")), qPrintable(curl));
    QVERIFY(curl.contains(QLatin1String("--pinnedpubkey 'sha256//")));

    dock.logView()->copyAsCurl();
    QCOMPARE(QApplication::clipboard()->text(), curl);

    // Nothing anywhere in the log holds the password: cells, raw text, the saved file.
    for (int r = 0; r < model->rowCount(); ++r) {
        for (int c = 0; c < model->columnCount(); ++c)
            QVERIFY(!model->index(r, c).data().toString().contains(password));
        QVERIFY(!model->index(r, 0).data(ExchangeLogModel::RawTextRole).toString().contains(password));
        QVERIFY(model->entry(r).url.password().isEmpty());
    }
    QVERIFY(dock.logView()->view()->isVisibleTo(&dock) || true);
    const QString file = m_dir.filePath(QStringLiteral("log.txt"));
    QString error;
    QVERIFY2(dock.logView()->saveTo(file, &error), qPrintable(error));
    QFile saved(file);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const QByteArray contents = saved.readAll();
    QVERIFY(!contents.contains(password.toUtf8()));
    QVERIFY(contents.contains("/my/conference/sales/xml_list"));
    QVERIFY(contents.contains("<conferences>")); // raw bodies are written too

    // Without a pin (plain http or system trust) there is no certificate comment.
    ExchangeLogEntry plain;
    plain.method = "PUT";
    plain.url = QUrl(QStringLiteral("http://pbx.example.com/sipxconfig/rest/my/conference/sales/mute&5"));
    plain.user = QStringLiteral("bob smith");
    QCOMPARE(ExchangeLogModel::curlCommand(plain),
             QStringLiteral("curl --digest -u 'bob smith' -X PUT "
                            "'http://pbx.example.com/sipxconfig/rest/my/conference/sales/mute&5'"));
}

void tst_Troubleshooting::consoleCompleterAndHint()
{
    TroubleConsole console;
    console.setHistoryKey(QStringLiteral("test/hint"));
    console.setConference(QStringLiteral("sales"));
    QCompleter *completer = console.completer();
    QVERIFY(completer);
    QCOMPARE(console.input()->completer(), completer);
    completer->setCompletionPrefix(QStringLiteral("volume"));
    QStringList completions;
    for (int i = 0; completer->setCurrentRow(i); ++i)
        completions << completer->currentCompletion();
    QCOMPARE(completions, (QStringList{QStringLiteral("volume_in"), QStringLiteral("volume_out")}));

    QTest::keyClicks(console.input(), QStringLiteral("volume_in"));
    QCOMPARE(console.hintText(),
             QStringLiteral("volume_in ") + cc::ConferenceCommand::syntaxHint(QStringLiteral("volume_in")));
    console.input()->clear();
    QTest::keyClicks(console.input(), QStringLiteral("mute 5"));
    QVERIFY(!cc::ConferenceCommand::syntaxHint(QStringLiteral("mute")).isEmpty());
    QVERIFY2(console.hintText().contains(cc::ConferenceCommand::syntaxHint(QStringLiteral("mute"))),
             qPrintable(console.hintText()));
    console.input()->clear();
    QTest::keyClicks(console.input(), QStringLiteral("un"));
    QVERIFY2(console.hintText().contains(QLatin1String("unmute")) &&
                 console.hintText().contains(QLatin1String("undeaf")),
             qPrintable(console.hintText()));
    console.input()->setText(QStringLiteral("frobnicate 3"));
    QVERIFY(console.hintText().contains(QLatin1String("frobnicate")));
}

void tst_Troubleshooting::consoleInvalidLineSendsNothing()
{
    TroubleConsole console;
    console.setHistoryKey(QStringLiteral("test/invalid"));
    QSignalSpy submitted(&console, &TroubleConsole::commandSubmitted);

    // No conference: nothing is sent.
    console.input()->setText(QStringLiteral("mute 5"));
    QTest::keyClick(console.input(), Qt::Key_Return);
    QCOMPARE(submitted.count(), 0);

    console.setConference(QStringLiteral("sales"));
    const QString line = QStringLiteral("mute banana");
    const QString why = cc::ConferenceCommand::parse(line).error();
    QVERIFY(!why.isEmpty());
    console.input()->setText(line);
    QTest::keyClick(console.input(), Qt::Key_Return);
    QCOMPARE(submitted.count(), 0);
    QVERIFY2(console.transcript().contains(why), qPrintable(console.transcript()));
    QCOMPARE(console.hintText(), why);
    QCOMPARE(console.input()->text(), line); // kept for correcting

    // Valid for FreeSWITCH but not carried by the REST route: refused as well.
    const cc::ConferenceCommand slash = cc::ConferenceCommand::parse(QStringLiteral("play /tmp/x.wav"));
    QVERIFY(slash.isValid());
    QVERIFY(!slash.restSegment());
    console.input()->setText(QStringLiteral("play /tmp/x.wav"));
    console.submit();
    QCOMPARE(submitted.count(), 0);
    QVERIFY(console.transcript().contains(slash.restError()));
}

void tst_Troubleshooting::consoleValidLineEmitsCommand()
{
    TroubleConsole console;
    console.setHistoryKey(QStringLiteral("test/valid"));
    console.setConference(QStringLiteral("sales"));
    console.show();
    QCompleter *completer = console.completer();
    QSignalSpy submitted(&console, &TroubleConsole::commandSubmitted);
    // Return in the open completion list completes the word instead of sending it.
    QTest::keyClicks(console.input(), QStringLiteral("mu"));
    QVERIFY(completer->popup()->isVisible());
    QTest::keyClick(console.input(), Qt::Key_Return);
    QCOMPARE(submitted.count(), 0);
    completer->popup()->hide();
    console.input()->clear();
    QTest::keyClicks(console.input(), QStringLiteral("relate 1,2 3 nospeak"));
    QTest::keyClick(console.input(), Qt::Key_Return);
    QCOMPARE(submitted.count(), 1);
    const auto command = submitted.at(0).at(0).value<cc::ConferenceCommand>();
    QVERIFY(command.isValid());
    QCOMPARE(command.id(), cc::CommandId::Relate);
    QCOMPARE(command.restSegment(),
             cc::ConferenceCommand::parse(QStringLiteral("relate 1,2 3 nospeak")).restSegment());
    QVERIFY(console.input()->text().isEmpty());
    QVERIFY(console.transcript().contains(*command.restSegment()));
    QVERIFY(console.transcript().contains(command.apiLine(QStringLiteral("sales"))));

    cc::CommandOutcome outcome;
    outcome.kind = cc::ResponseKind::Success;
    outcome.httpStatus = 200;
    outcome.payload = QStringLiteral("+OK relate done\n");
    console.showOutcome(outcome, *command.restSegment());
    QVERIFY(console.transcript().contains(QLatin1String("+OK relate done")));
}

void tst_Troubleshooting::consoleHistory()
{
    const QString key = QStringLiteral("test/history");
    {
        TroubleConsole console;
        console.setHistoryKey(key);
        console.setConference(QStringLiteral("sales"));
        for (const QString &line :
             {QStringLiteral("mute 1"), QStringLiteral("bogus"), QStringLiteral("unmute 1")}) {
            console.input()->setText(line);
            console.submit();
        }
        console.input()->setText(QStringLiteral("draft"));
        QTest::keyClick(console.input(), Qt::Key_Up);
        QCOMPARE(console.input()->text(), QStringLiteral("unmute 1"));
        QTest::keyClick(console.input(), Qt::Key_Up);
        QCOMPARE(console.input()->text(), QStringLiteral("bogus"));
        QTest::keyClick(console.input(), Qt::Key_Down);
        QTest::keyClick(console.input(), Qt::Key_Down);
        QCOMPARE(console.input()->text(), QStringLiteral("draft"));
    }
    {
        TroubleConsole console; // persisted
        console.setHistoryKey(key);
        QCOMPARE(console.history(), (QStringList{QStringLiteral("mute 1"), QStringLiteral("bogus"),
                                                 QStringLiteral("unmute 1")}));
        console.setConference(QStringLiteral("sales"));
        for (int i = 0; i < TroubleConsole::MaxHistory + 10; ++i) {
            console.input()->setText(QStringLiteral("count %1").arg(i));
            console.submit();
        }
        QCOMPARE(console.history().size(), TroubleConsole::MaxHistory);
        QCOMPARE(QSettings().value(key).toStringList().size(), TroubleConsole::MaxHistory);
        QCOMPARE(console.history().constLast(),
                 QStringLiteral("count %1").arg(TroubleConsole::MaxHistory + 9));
    }
}

void tst_Troubleshooting::xmlViewerDecodesAndFreezes()
{
    const QByteArray xml = "<?xml version=\"1.0\"?>\n<conferences>\n"
                           "  <conference name=\"sales\" member-count=\"1\" ghost-count=\"0\" rate=\"8000\" "
                           "uuid=\"u-1\" running=\"true\" run_time=\"5\">\n"
                           "    <variables>\n      <variable name=\"billing\" value=\"A%20B\"></variable>\n"
                           "    </variables>\n    <members>\n      <member type=\"caller\">\n"
                           "        <id>7</id>\n        <flags>\n          <can_speak>true</can_speak>\n"
                           "        </flags>\n        <caller_id_name>Jos%C3%A9</caller_id_name>\n"
                           "        <caller_id_number>%2B34915550142</caller_id_number>\n"
                           "      </member>\n    </members>\n  </conference>\n</conferences>\n";
    XmlViewer viewer;
    viewer.resize(900, 500);
    viewer.setXml(xml);
    QCOMPARE(viewer.text(), QString::fromUtf8(xml));
    QVERIFY(viewer.parseError().isEmpty());
    QTreeWidgetItem *name = findItem(viewer.tree(), XmlViewer::FieldColumn, QStringLiteral("caller_id_name"));
    QVERIFY(name);
    QCOMPARE(name->text(XmlViewer::ValueColumn), QStringLiteral("Jos%C3%A9"));
    QCOMPARE(name->text(XmlViewer::DecodedColumn), QStringLiteral("José"));
    QTreeWidgetItem *number =
        findItem(viewer.tree(), XmlViewer::FieldColumn, QStringLiteral("caller_id_number"));
    QVERIFY(number);
    QCOMPARE(number->text(XmlViewer::DecodedColumn), QStringLiteral("+34915550142")); // '+' kept, not a space
    QTreeWidgetItem *member = findItem(viewer.tree(), XmlViewer::FieldColumn, QStringLiteral("member 7"));
    QVERIFY(member);
    QCOMPARE(member->text(XmlViewer::DecodedColumn), QStringLiteral("José"));
    // Variables are not URL-encoded: no decoded value.
    QTreeWidgetItem *variable = findItem(viewer.tree(), XmlViewer::FieldColumn, QStringLiteral("billing"));
    QVERIFY(variable);
    QCOMPARE(variable->text(XmlViewer::ValueColumn), QStringLiteral("A%20B"));
    QVERIFY(variable->text(XmlViewer::DecodedColumn).isEmpty());
    QVERIFY(viewer.editor()->gutterWidth() > 0);

    // Frozen: the text does not move; the newer answer waits and appears on thaw.
    member->setExpanded(true);
    viewer.setFrozen(true);
    QByteArray newer = xml;
    newer.replace("Jos%C3%A9", "Jos%C3%A9%20Alvarez");
    viewer.setXml(newer);
    QCOMPARE(viewer.text(), QString::fromUtf8(xml));
    QVERIFY(viewer.hasPending());
    viewer.setFrozen(false);
    QCOMPARE(viewer.text(), QString::fromUtf8(newer));
    QVERIFY(!viewer.hasPending());
    QVERIFY(findItem(viewer.tree(), XmlViewer::DecodedColumn, QStringLiteral("José Alvarez")));
    // Expansion survives a refresh.
    member = findItem(viewer.tree(), XmlViewer::FieldColumn, QStringLiteral("member 7"));
    QVERIFY(member && member->isExpanded());
    shot(&viewer, QStringLiteral("xml"));
}

void tst_Troubleshooting::xmlViewerReportsBadXml()
{
    XmlViewer viewer;
    viewer.setXml("<conferences>\n  <conference name=\"x\">\n</conferences>\n");
    QVERIFY(!viewer.parseError().isEmpty());
    QVERIFY(viewer.parseError().contains(QLatin1String("line")));
    viewer.setXml("<?xml version=\"1.0\"?>\n<conferences></conferences>\n");
    QVERIFY(viewer.parseError().isEmpty());
}

void tst_Troubleshooting::dockFollowsConference()
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

void tst_Troubleshooting::explainPanelShowsFailure()
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

void tst_Troubleshooting::auditDialogFiltersAndExports()
{
    const QString path = m_dir.filePath(QStringLiteral("audit.jsonl"));
    {
        cc::AuditLog log(path);
        log.addSecret(QStringLiteral("wonderland"));
        const QDateTime base = QDateTime(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC);
        const struct
        {
            const char *conference, *command, *request, *outcome, *answer;
            quint32 member;
            const char *name;
        } rows[] = {
            {"sales", "mute", "mute&7", "success", "+OK mute 7", 7, "José Álvarez"},
            {"sales", "kick", "kick&8", "freeswitch-error", "-ERR Non-Existant ID 8", 8, "Bob"},
            {"board", "lock", "lock", "success", "+OK board locked", 0, nullptr},
            {"sales", "say", "say&=cmd|calc", "success", "+OK", 0, nullptr},
        };
        int i = 0;
        for (const auto &r : rows) {
            cc::AuditEntry e;
            e.time = base.addSecs(60 * i++);
            e.profile = QStringLiteral("test");
            e.serverUrl = QStringLiteral("https://pbx.example.com/sipxconfig/rest");
            e.user = QStringLiteral("alice");
            e.conference = QString::fromUtf8(r.conference);
            e.command = QString::fromUtf8(r.command);
            e.request = QString::fromUtf8(r.request);
            e.method = QStringLiteral("GET");
            if (r.member)
                e.targets = {cc::AuditTarget{r.member, QString::fromUtf8(r.name), {}}};
            e.outcome = QString::fromUtf8(r.outcome);
            e.answer = QString::fromUtf8(r.answer);
            e.httpStatus = 200;
            QString error;
            QVERIFY2(log.append(e, &error), qPrintable(error));
        }
    }
    AuditDialog dialog(path);
    QCOMPARE(dialog.totalEntries(), 4);
    QCOMPARE(dialog.table()->rowCount(), 4);
    // Newest first.
    QCOMPARE(dialog.table()->item(0, AuditDialog::CommandColumn)->text(), QStringLiteral("say"));
    QCOMPARE(dialog.table()->item(3, AuditDialog::TargetsColumn)->text(), QStringLiteral("7 José Álvarez"));

    const int board = dialog.conferenceCombo()->findData(QStringLiteral("board"));
    QVERIFY(board > 0);
    dialog.conferenceCombo()->setCurrentIndex(board);
    QCOMPARE(dialog.table()->rowCount(), 1);
    QCOMPARE(dialog.table()->item(0, AuditDialog::RequestColumn)->text(), QStringLiteral("lock"));
    dialog.conferenceCombo()->setCurrentIndex(0);
    dialog.filterEdit()->setText(QStringLiteral("non-existant"));
    QTRY_COMPARE(dialog.table()->rowCount(), 1);
    QCOMPARE(dialog.shownEntries().at(0).command, QStringLiteral("kick"));
    dialog.filterEdit()->clear();
    QTRY_COMPARE(dialog.table()->rowCount(), 4);

    const QString csvPath = m_dir.filePath(QStringLiteral("audit.csv"));
    QString error;
    QVERIFY2(dialog.exportTo(csvPath, &error), qPrintable(error));
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(csv.readAll());
    QCOMPARE(text.count(QLatin1String("\r\n")), 5); // header + 4 rows
    QVERIFY(text.contains(QStringLiteral("José Álvarez")));
    QVERIFY(text.contains(QLatin1String("kick&8")));

    dialog.show();
    shot(&dialog, QStringLiteral("audit"));

    // A missing file is an empty trail with a message, not an error.
    AuditDialog empty(m_dir.filePath(QStringLiteral("none.jsonl")));
    QCOMPARE(empty.table()->rowCount(), 0);
    QVERIFY(empty.findChild<QLabel *>(QStringLiteral("auditSummary"))
                ->text()
                .contains(QLatin1String("none.jsonl")));
}

void tst_Troubleshooting::diagnosticsDialogShowsSteps()
{
    ConnectionProfile profile;
    profile.name = QStringLiteral("sim");
    profile.baseUrl = m_sim->baseUrl();
    profile.user = QStringLiteral("alice");
    profile.pinnedSha256 = {m_sim->certificateSha256()};
    DiagnosticsDialog dialog(profile, QStringLiteral("wonderland"));
    QSignalSpy finished(&dialog, &DiagnosticsDialog::finished);
    QSignalSpy stepFinished(dialog.diagnostics(), &cc::ConnectionDiagnostics::stepFinished);
    dialog.open();
    dialog.start();
    QVERIFY(dialog.isRunning());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QCOMPARE(stepFinished.count(), 7); // one per step, shown live

    QTreeWidget *list = dialog.stepList();
    QCOMPARE(list->topLevelItemCount(), 7);
    const auto summary = finished.at(0).at(0).value<cc::DiagnosticsSummary>();
    QVERIFY2(summary.ok(), qPrintable(summary.text));
    for (const cc::DiagnosticStep &step : summary.steps) {
        QTreeWidgetItem *item = list->topLevelItem(int(step.id));
        QCOMPARE(item->text(DiagnosticsDialog::StepColumn), step.name);
        QCOMPARE(item->text(DiagnosticsDialog::StatusColumn), DiagnosticsDialog::glyph(step.status));
        QCOMPARE(item->text(DiagnosticsDialog::DetailColumn), step.detail);
        QVERIFY(step.status != cc::DiagnosticStep::Status::Failed);
    }
    const int login = int(cc::DiagnosticStep::Id::Login);
    QCOMPARE(list->topLevelItem(login)->text(DiagnosticsDialog::StatusColumn), QStringLiteral("✔"));
    QCOMPARE(list->topLevelItem(int(cc::DiagnosticStep::Id::Tls))->text(DiagnosticsDialog::StatusColumn),
             DiagnosticsDialog::glyph(summary.steps.at(int(cc::DiagnosticStep::Id::Tls)).status));

    dialog.copyReport();
    const QString report = QApplication::clipboard()->text();
    QCOMPARE(report, dialog.report());
    for (const cc::DiagnosticStep &step : summary.steps)
        QVERIFY2(report.contains(step.name), qPrintable(step.name));
    QVERIFY(report.contains(summary.text));
    QVERIFY(!report.contains(QLatin1String("wonderland")));
    list->expandItem(list->topLevelItem(int(cc::DiagnosticStep::Id::Tls)));
    shot(&dialog, QStringLiteral("diagnostics"));
    dialog.close();
}

void tst_Troubleshooting::diagnosticsDialogWrongPassword()
{
    ConnectionProfile profile;
    profile.name = QStringLiteral("sim");
    profile.baseUrl = m_sim->baseUrl();
    profile.user = QStringLiteral("alice");
    profile.pinnedSha256 = {m_sim->certificateSha256()};
    DiagnosticsDialog dialog(profile, QStringLiteral("not-the-password"));
    QSignalSpy finished(&dialog, &DiagnosticsDialog::finished);
    dialog.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    const auto summary = finished.at(0).at(0).value<cc::DiagnosticsSummary>();
    QVERIFY(!summary.ok());
    QCOMPARE(dialog.stepList()
                 ->topLevelItem(int(cc::DiagnosticStep::Id::Login))
                 ->text(DiagnosticsDialog::StatusColumn),
             QStringLiteral("✖"));
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("diagnosticsSummary"))->text() == summary.text);
    QVERIFY(!dialog.report().contains(QLatin1String("not-the-password")));
    dialog.show();
    shot(&dialog, QStringLiteral("diagnostics-failed"));
}

void tst_Troubleshooting::mainWindowIntegration()
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

QTEST_MAIN(tst_Troubleshooting)
#include "tst_troubleshooting.moc"
