// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The main window end to end: an in-process simulator over loopback HTTPS (certificate pinned),
// conference tabs, toolbar and context-menu actions checked by the requests the simulator saw,
// the conference dock, the log, and an offscreen screenshot like `--demo --screenshot`.
#include "../guitestsupport.h"
#include "core/model/participantmodel.h"
#include "core/sources/conferencepoller.h"
#include "gui/window/mainwindow.h"
#include "gui/conference/commandcontroller.h"
#include "gui/conference/conferencelistdock.h"
#include "gui/conference/conferenceview.h"
#include "gui/conference/relationspanel.h"
#include "gui/connection/certificatedialog.h"
#include "gui/connection/connectionmanager.h"
#include "gui/connection/serverconnection.h"
#include "app/demobridge.h"
#include "gui/troubleshooting/logdock.h"
#include "sim/simulator.h"
#include "testdata.h"

#include <QAction>
#include <QImage>
#include <QLabel>
#include <QMenu>
#include <QMimeData>
#include <QProcess>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace gui;
using cc::ParticipantModel;

class tst_MainWindow final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void opensConferenceTab();
    void conferenceDockListsAndCounts();
    void toolbarMuteAllFromWindow();
    void contextMenuOnSecondConference();
    void dropRelateThroughWindow();
    void logHasExchangesWithoutPassword();
    void secondServerConnection();
    void demoScreenshotInProcess();
    void conferenceDockFitsItsRowsOnce();
    void demoExecutableScreenshot();
    void helpAndVersionWithoutDisplay();
    void closeTabResetsDockCount();
    void untrustedCertificateCanBePinned();
    void staleWarningWhenBackendFails();
    void wrongPasswordIsExplained();

private:
    bool saw(const QByteArray &path) const;
    quint32 idOf(ConferenceView *view, const QString &name) const;

    std::unique_ptr<sim::Simulator> m_sim;
    std::unique_ptr<MainWindow> m_window;
    ServerConnection *m_connection = nullptr;
    ConferenceView *m_sales = nullptr;
    QList<QByteArray> m_requests;
};

void tst_MainWindow::initTestCase()
{
    guitest::installEnglish();
    qRegisterMetaType<QMenu *>();
    QStandardPaths::setTestModeEnabled(true); // ProfileStore writes go to a test location
    m_sim = guitest::startQuietSimulator();
    QVERIFY(m_sim);
    connect(m_sim.get(), &sim::Simulator::requestHandled, this,
            [this](const QByteArray &method, const QByteArray &target, int) {
                m_requests << method + ' ' + target;
            });

    m_window = std::make_unique<MainWindow>();
    m_window->show();
    m_connection = m_window->addConnection(guitest::aliceProfile(*m_sim, QStringLiteral("pbx"), 500),
                                           QStringLiteral("wonderland"));
    QVERIFY(m_connection);
}

void tst_MainWindow::cleanupTestCase()
{
    m_window.reset();
    m_sim.reset();
}

bool tst_MainWindow::saw(const QByteArray &path) const
{
    for (const QByteArray &request : m_requests) {
        if (request.endsWith(QByteArray(' ' + path)))
            return true;
    }
    return false;
}

quint32 tst_MainWindow::idOf(ConferenceView *view, const QString &name) const
{
    for (const quint32 id : view->model()->memberIds()) {
        if (view->model()->participant(id)->callerIdName == name)
            return id;
    }
    return 0;
}

void tst_MainWindow::opensConferenceTab()
{
    QSignalSpy opened(m_window.get(), &MainWindow::conferenceOpened);
    m_sales = m_window->openConference(m_connection, QStringLiteral("sales"));
    QVERIFY(m_sales);
    QCOMPARE(opened.size(), 1);
    QCOMPARE(m_window->tabs()->count(), 1);
    QCOMPARE(m_window->tabs()->tabText(0), QStringLiteral("sales"));
    QTRY_COMPARE_WITH_TIMEOUT(m_sales->model()->rowCount(), 5, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->windowTitle().contains(QStringLiteral("sales")), 5000);
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("5 members")));
    // Opening again focuses the same tab.
    QCOMPARE(m_window->openConference(m_connection, QStringLiteral("sales")), m_sales);
    QCOMPARE(m_window->tabs()->count(), 1);
    QVERIFY(saw("/sipxconfig/rest/my/conference/sales/xml_list"));
}

void tst_MainWindow::conferenceDockListsAndCounts()
{
    ConferenceListDock *dock = m_window->conferenceDock();
    QTRY_VERIFY_WITH_TIMEOUT(m_connection->hasConferenceList(), 10000);
    QVERIFY(saw("/sipxconfig/rest/my/conferences"));
    QTreeWidgetItem *server = dock->serverItem(m_connection);
    QVERIFY(server);
    QTRY_VERIFY_WITH_TIMEOUT(dock->conferenceItem(m_connection, QStringLiteral("sales")) != nullptr, 5000);
    QTreeWidgetItem *sales = dock->conferenceItem(m_connection, QStringLiteral("sales"));
    QCOMPARE(sales->text(ConferenceListDock::ExtensionColumn), QStringLiteral("3001"));
    QCOMPARE(sales->text(ConferenceListDock::DescriptionColumn), QStringLiteral("Sales weekly call"));
    QTRY_COMPARE_WITH_TIMEOUT(sales->text(ConferenceListDock::MembersColumn), QStringLiteral("5"), 5000);
    QTreeWidgetItem *support = dock->conferenceItem(m_connection, QStringLiteral("support"));
    QVERIFY(support);
    // Not opened yet, yet counted: one `count` per conference after the list (sipXconfig's list has none).
    QTRY_COMPARE_WITH_TIMEOUT(support->text(ConferenceListDock::MembersColumn), QStringLiteral("4"), 5000);
    QVERIFY(support->toolTip(ConferenceListDock::MembersColumn).contains(QLatin1String("last read")));
    QVERIFY(saw("/sipxconfig/rest/my/conference/support/count"));
    // bob's conference is not alice's.
    QVERIFY(!dock->conferenceItem(m_connection, QStringLiteral("board")));

    // Activating an entry opens it as a tab.
    emit dock->tree()->itemActivated(support, 0);
    QCOMPARE(m_window->tabs()->count(), 2);
    ConferenceView *view = m_window->currentView();
    QCOMPARE(view->conference(), QStringLiteral("support"));
    QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 4, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(support->text(ConferenceListDock::MembersColumn), QStringLiteral("4"), 5000);
}

void tst_MainWindow::toolbarMuteAllFromWindow()
{
    m_window->tabs()->setCurrentWidget(m_sales);
    auto *muteAll = m_sales->findChild<QAction *>(QStringLiteral("actionMuteAll"));
    QVERIFY(muteAll);
    muteAll->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(saw("/sipxconfig/rest/my/conference/sales/mute&all"), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(
        m_sales->model()->participant(idOf(m_sales, QStringLiteral("Alice Liddell")))->muted(), 5000);
    // The FreeSWITCH text reaches the status bar and the log.
    QTRY_VERIFY_WITH_TIMEOUT(m_window->statusBar()->currentMessage().contains(QStringLiteral("+OK mute")),
                             5000);
    m_sales->findChild<QAction *>(QStringLiteral("actionUnmuteAll"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(saw("/sipxconfig/rest/my/conference/sales/unmute&all"), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(
        !m_sales->model()->participant(idOf(m_sales, QStringLiteral("Alice Liddell")))->muted(), 5000);
}

void tst_MainWindow::contextMenuOnSecondConference()
{
    ConferenceView *support = m_window->conferenceView(m_connection, QStringLiteral("support"));
    QVERIFY(support);
    const quint32 mary = idOf(support, QStringLiteral("Mary O'Brien"));
    QVERIFY(mary);
    support->selectMembers({mary});
    std::unique_ptr<QMenu> menu(support->createMemberMenu());
    // Transfer lists the server's other conferences.
    QVERIFY(menu->findChild<QAction *>(QStringLiteral("actionTransferTo_sales")));
    QVERIFY(!menu->findChild<QAction *>(QStringLiteral("actionTransferTo_support")));
    menu->findChild<QAction *>(QStringLiteral("actionMemberDeaf"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(saw("/sipxconfig/rest/my/conference/support/deaf&" + QByteArray::number(mary)),
                             5000);
    QTRY_VERIFY_WITH_TIMEOUT(support->model()->participant(mary)->deaf(), 5000);
    support->controller()->send(cc::ConferenceCommand::undeaf(QString::number(mary)));
    QTRY_VERIFY_WITH_TIMEOUT(!support->model()->participant(mary)->deaf(), 5000);
}

void tst_MainWindow::dropRelateThroughWindow()
{
    const quint32 jose = idOf(m_sales, QStringLiteral("José Álvarez"));
    const quint32 priya = idOf(m_sales, QStringLiteral("Priya Raman"));
    ParticipantModel *model = m_sales->model();
    std::unique_ptr<QMimeData> mime(model->mimeData({model->index(model->rowForMember(jose), 1)}));
    QSignalSpy menus(m_sales, &ConferenceView::relateMenuShown);
    QVERIFY(
        model->dropMimeData(mime.get(), Qt::LinkAction, -1, -1, model->index(model->rowForMember(priya), 1)));
    QCOMPARE(menus.size(), 1);
    auto *menu = menus.first().first().value<QMenu *>();
    menu->findChild<QAction *>(QStringLiteral("actionRelateNoHear"))->trigger();
    menu->close();
    QTRY_VERIFY_WITH_TIMEOUT(saw("/sipxconfig/rest/my/conference/sales/relate&" + QByteArray::number(jose) +
                                 '&' + QByteArray::number(priya) + "&nohear"),
                             5000);
    QTRY_COMPARE_WITH_TIMEOUT(m_sales->relationsPanel()->relationships().size(), 1, 5000);
    QVERIFY(!m_sales->relationsPanel()->relationships().first().canHear);
    m_sales->controller()->send(cc::ConferenceCommand::relate({jose}, {priya}, cc::RelateFlag::Clear));
    QTRY_COMPARE_WITH_TIMEOUT(m_sales->relationsPanel()->relationships().size(), 0, 5000);
}

void tst_MainWindow::logHasExchangesWithoutPassword()
{
    LogDock *log = m_window->logDock();
    QTRY_VERIFY_WITH_TIMEOUT(log->rowCount() > 0, 5000);
    bool sawCommand = false;
    for (int i = 0; i < log->view()->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = log->view()->topLevelItem(i);
        for (int c = 0; c < LogDock::ColumnCount; ++c)
            QVERIFY2(!item->text(c).contains(QStringLiteral("wonderland")), "the log shows a password");
        if (item->text(LogDock::UrlColumn).contains(QStringLiteral("mute&all")))
            sawCommand = true;
    }
    QVERIFY(sawCommand);
}

void tst_MainWindow::secondServerConnection()
{
    // A second connection to the same bridge as bob: several servers open at once.
    ConnectionProfile profile;
    profile.name = QStringLiteral("pbx-bob");
    profile.baseUrl = m_sim->baseUrl();
    profile.user = QStringLiteral("bob");
    profile.pinnedSha256 = {m_sim->certificateSha256()};
    ServerConnection *bob = m_window->addConnection(profile, QStringLiteral("builder"));
    QCOMPARE(m_window->connections().size(), 2);
    QTRY_VERIFY_WITH_TIMEOUT(
        m_window->conferenceDock()->conferenceItem(bob, QStringLiteral("board")) != nullptr, 10000);
    ConferenceView *board = m_window->openConference(bob, QStringLiteral("board"));
    QTRY_COMPARE_WITH_TIMEOUT(board->model()->rowCount(), 3, 10000);
    // Several servers: every tab names its server, the first server's too.
    for (ConferenceView *view : m_window->conferenceViews())
        QCOMPARE(m_window->tabs()->tabText(m_window->tabs()->indexOf(view)),
                 QStringLiteral("%1 @ %2").arg(view->conference(), view->connection()->name()));
    m_window->closeConference(board);
    m_window->connectionManager()->disconnectFrom(bob);
    QCOMPARE(m_window->connections().size(), 1);
    // One server again: the conference alone.
    QCOMPARE(m_window->tabs()->tabText(m_window->tabs()->indexOf(m_sales)), QStringLiteral("sales"));
}

void tst_MainWindow::conferenceDockFitsItsRowsOnce()
{
    MainWindow demo;
    demo.resize(1280, 760);
    demo.show();
    QVERIFY(QTest::qWaitForWindowExposed(&demo));
    QString error;
    QVERIFY2(gui::startDemo(demo, &error), qPrintable(error));
    ConferenceListDock *dock = demo.conferenceDock();
    // "Demo bridge (alice) — 2 conferences" and every column fit without a horizontal scrollbar.
    QTRY_VERIFY_WITH_TIMEOUT(
        dock->tree()->topLevelItemCount() == 1 && dock->tree()->topLevelItem(0)->childCount() == 2, 10000);
    const int wanted = qMin(dock->preferredWidth(), demo.width() * 2 / 5);
    QTRY_VERIFY_WITH_TIMEOUT(dock->width() >= wanted - 2, 5000);
    QVERIFY(!dock->tree()->horizontalScrollBar()->isVisible());
    // The user makes it narrower; the next refresh of the list leaves it so.
    demo.resizeDocks({dock}, {160}, Qt::Horizontal);
    QTRY_VERIFY(dock->width() < wanted - 20);
    const int chosen = dock->width();
    emit dock->contentsChanged();
    demo.refreshConferenceLists();
    QTest::qWait(500);
    QCOMPARE(dock->width(), chosen);
}

void tst_MainWindow::demoScreenshotInProcess()
{
    MainWindow demo;
    demo.show();
    QString error;
    DemoBridge *bridge = gui::startDemo(demo, &error);
    QVERIFY2(bridge, qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(demo.tabs()->count(), 2, 5000);
    QCOMPARE(demo.currentView()->conference(), QStringLiteral("sales")); // sales first
    QTRY_VERIFY_WITH_TIMEOUT(demo.currentView()->model()->rowCount() >= 5, 10000);
    QVERIFY(demo.connections().first()->profile().pinnedSha256.contains(
        bridge->simulator()->certificateSha256()));

    // Badges and relations in the picture: lock, record, relate two members.
    ConferenceView *sales = demo.currentView();
    sales->findChild<QAction *>(QStringLiteral("actionLock"))->trigger();
    sales->findChild<QAction *>(QStringLiteral("actionRecord"))->trigger();
    const QList<quint32> ids = sales->model()->memberIds();
    sales->controller()->send(
        cc::ConferenceCommand::relate({ids.at(1)}, {ids.at(2)}, cc::RelateFlag::NoSpeak));
    QTRY_VERIFY_WITH_TIMEOUT(sales->findChild<QWidget *>(QStringLiteral("lockedBadge"))->isVisible(), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(sales->findChild<QWidget *>(QStringLiteral("recordingBadge"))->isVisible(),
                             5000);
    QTRY_COMPARE_WITH_TIMEOUT(sales->relationsPanel()->relationships().size(), 1, 5000);
    sales->selectMembers({ids.at(1)});

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString file = dir.filePath(QStringLiteral("demo.png"));
    // CONF_GUI_SCREENSHOT_DIR keeps the picture for a human to look at.
    if (qEnvironmentVariableIsSet("CONF_GUI_SCREENSHOT_DIR"))
        file = qEnvironmentVariable("CONF_GUI_SCREENSHOT_DIR") + QStringLiteral("/tst_mainwindow-demo.png");
    QVERIFY(demo.grab().save(file));
    QImage image(file);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), demo.size());
    QVERIFY(QFileInfo(file).size() > 10000);
    // Not a blank picture: many different colours.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    QVERIFY(colours.size() > 20);
}

namespace {

QString consoleExecutable()
{
    return testsupport::builtProgram(QStringLiteral("conference-console"));
}

} // namespace

void tst_MainWindow::helpAndVersionWithoutDisplay()
{
    const QString exe = consoleExecutable();
    QVERIFY2(!exe.isEmpty(), "conference-console is built with the tests");
    // No X, no Wayland, no platform chosen: what a terminal over ssh offers.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        env.remove(QString::fromLatin1(name));
    for (const QString &option : {QStringLiteral("--help"), QStringLiteral("--version")}) {
        QProcess process;
        process.setProcessEnvironment(env);
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(exe, {option, QStringLiteral("--lang"), QStringLiteral("en")});
        QVERIFY2(finished.wait(30000), qPrintable(option));
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QVERIFY2(process.exitCode() == 0,
                 qPrintable(option + u' ' + QString::fromUtf8(process.readAllStandardError())));
        if (option == QLatin1String("--help")) {
            QVERIFY2(out.contains(QLatin1String("--demo")), qPrintable(out));
            QVERIFY2(out.contains(QLatin1String("--profile")), qPrintable(out));
        } else {
            QVERIFY2(out.startsWith(QLatin1String("conference-console ")), qPrintable(out));
        }
    }
}

void tst_MainWindow::demoExecutableScreenshot()
{
    const QString exe = consoleExecutable();
    QVERIFY2(!exe.isEmpty(), "conference-console is built with the tests");
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("shot.png"));
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(exe, {QStringLiteral("--demo"), QStringLiteral("--screenshot"), file,
                        QStringLiteral("--quit-after"), QStringLiteral("3")});
    QVERIFY(finished.wait(45000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(QFileInfo(file).size() > 10000);
    QVERIFY(!QImage(file).isNull());
}

void tst_MainWindow::closeTabResetsDockCount()
{
    ConferenceView *support = m_window->conferenceView(m_connection, QStringLiteral("support"));
    QVERIFY(support);
    m_window->closeConference(support);
    QCOMPARE(m_window->tabs()->count(), 1);
    QTreeWidgetItem *item =
        m_window->conferenceDock()->conferenceItem(m_connection, QStringLiteral("support"));
    // No live count once closed: the count of the last list read, said to be that.
    QVERIFY(item->toolTip(ConferenceListDock::MembersColumn).contains(QLatin1String("last read")));
    QVERIFY(item->text(ConferenceListDock::MembersColumn) != QStringLiteral("—"));
}

void tst_MainWindow::untrustedCertificateCanBePinned()
{
    // No pin: the self-signed certificate is refused, the window asks, the user pins it.
    const ConnectionProfile profile = guitest::aliceProfile(*m_sim, QStringLiteral("unpinned"), 0, false);
    ServerConnection *connection = m_window->addConnection(profile, QStringLiteral("wonderland"));
    CertificateDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = m_window->findChild<CertificateDialog *>()) != nullptr, 10000);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->sha256(), m_sim->certificateSha256());
    QVERIFY(!connection->hasConferenceList());
    emit dialog->pinAccepted(dialog->sha256());
    dialog->close();
    QVERIFY(connection->profile().pinnedSha256.contains(m_sim->certificateSha256()));
    QTRY_VERIFY_WITH_TIMEOUT(connection->hasConferenceList(), 10000);
    QVERIFY(connection->conferenceNames().contains(QStringLiteral("sales")));
}

void tst_MainWindow::staleWarningWhenBackendFails()
{
    m_window->tabs()->setCurrentWidget(m_sales);
    auto *warning = m_sales->findChild<QLabel *>(QStringLiteral("staleWarning"));
    QVERIFY(warning);
    QTRY_VERIFY_WITH_TIMEOUT(!warning->isVisible(), 5000);
    m_sim->setFault(sim::BackendFault::Error);
    QTRY_VERIFY_WITH_TIMEOUT(warning->isVisible(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(m_sales->model()->isStale(), 10000);
    QVERIFY(m_sales->model()->index(0, 0).data(ParticipantModel::StaleRole).toBool());
    QCOMPARE(m_sales->model()->rowCount(), 5); // last known rows stay, greyed
    m_sim->setFault(sim::BackendFault::None);
    m_sales->findChild<QAction *>(QStringLiteral("actionRefresh"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!m_sales->model()->isStale(), 40000);
    QTRY_VERIFY_WITH_TIMEOUT(!warning->isVisible(), 5000);
}

void tst_MainWindow::wrongPasswordIsExplained()
{
    ServerConnection *connection = m_window->addConnection(
        guitest::aliceProfile(*m_sim, QStringLiteral("wrong-password")), QStringLiteral("not-her-password"));
    QTRY_VERIFY_WITH_TIMEOUT(!connection->lastError().isEmpty(), 10000);
    QVERIFY(!connection->hasConferenceList());
    QTreeWidgetItem *server = m_window->conferenceDock()->serverItem(connection);
    QVERIFY(server->text(ConferenceListDock::NameColumn).contains(connection->lastError()));

    ConferenceView *view = m_window->openConference(connection, QStringLiteral("sales"));
    auto *warning = view->findChild<QLabel *>(QStringLiteral("staleWarning"));
    QTRY_VERIFY_WITH_TIMEOUT(warning->isVisible(), 10000);
    QVERIFY(!warning->text().isEmpty());
    QCOMPARE(view->model()->rowCount(), 0); // nothing invented
    m_window->closeConference(view);
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
