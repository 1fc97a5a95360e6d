// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The real-input tier: the console in a real X window (Xvfb + openbox, scripts/with-xvfb),
// driven by real pointer and key events from xdotool, against the embedded demo bridge.
// Every step writes a screenshot of the whole screen to $REALINPUT_SHOTS.
#include "../guitestsupport.h"
#include "app/demobridge.h"
#include "core/insights/raisehandqueue.h"
#include "core/model/participantmodel.h"
#include "core/sources/conferencepoller.h"
#include "gui/conference/conferenceinsights.h"
#include "gui/conference/conferencelistdock.h"
#include "gui/conference/conferencetabs.h"
#include "gui/conference/conferenceview.h"
#include "gui/conference/participantproxymodel.h"
#include "gui/conference/raisehandpanel.h"
#include "gui/conference/relationspanel.h"
#include "gui/connection/connectionlistmodel.h"
#include "gui/connection/connectionmanager.h"
#include "gui/connection/connectionsdialog.h"
#include "gui/connection/keychaincredentialstore.h"
#include "gui/connection/profilestore.h"
#include "gui/connection/serverconnection.h"
#include "gui/dialogs/dialoutdialog.h"
#include "gui/window/mainwindow.h"
#include "gui/window/shortcutsdialog.h"
#include "sim/bridgeengine.h"
#include "sim/simulator.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDir>
#include <QHeaderView>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QProcess>
#include <QPushButton>
#include <QScreen>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

#include <functional>

using namespace gui;

namespace {

/// Real X input through xdotool. Each call runs xdotool as a child process while this process
/// keeps handling events (a drag's nested loop included), so nothing here blocks the GUI.
class XInput
{
public:
    static QString unavailableReason()
    {
        if (QGuiApplication::platformName() != QLatin1String("xcb"))
            return QStringLiteral("needs a real X display (run through scripts/with-xvfb)");
        if (QStandardPaths::findExecutable(QStringLiteral("xdotool")).isEmpty())
            return QStringLiteral("xdotool is not installed (scripts/setup-deps)");
        return {};
    }

    static bool run(const QStringList &args, int timeoutMs = 20000)
    {
        QProcess xdotool;
        xdotool.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        xdotool.start(QStringLiteral("xdotool"), args);
        if (!xdotool.waitForStarted(5000))
            return false;
        const bool done = QTest::qWaitFor([&] { return xdotool.state() == QProcess::NotRunning; }, timeoutMs);
        if (!done) {
            xdotool.kill();
            xdotool.waitForFinished(1000);
            return false;
        }
        QTest::qWait(50); // let the X events that xdotool sent reach the widgets
        return xdotool.exitStatus() == QProcess::NormalExit && xdotool.exitCode() == 0;
    }

    static QStringList at(QPoint p) { return {QString::number(p.x()), QString::number(p.y())}; }

    static bool click(QPoint global, int button = 1)
    {
        return run(QStringList{QStringLiteral("mousemove"), QStringLiteral("--sync")} + at(global) +
                   QStringList{QStringLiteral("click"), QString::number(button)});
    }
    static bool doubleClick(QPoint global)
    {
        return run(QStringList{QStringLiteral("mousemove"), QStringLiteral("--sync")} + at(global) +
                   QStringList{QStringLiteral("click"), QStringLiteral("--repeat"), QStringLiteral("2"),
                               QStringLiteral("1")});
    }
    static bool key(const QString &keysym)
    {
        return run({QStringLiteral("key"), QStringLiteral("--clearmodifiers"), keysym});
    }
    static bool type(const QString &text)
    {
        return run({QStringLiteral("type"), QStringLiteral("--delay"), QStringLiteral("30"), text});
    }
    /// Press, move in steps (past the drag distance, then across), release: a hand's drag.
    static bool drag(QPoint from, QPoint to)
    {
        QStringList args{QStringLiteral("mousemove"), QStringLiteral("--sync")};
        args << at(from) << QStringLiteral("mousedown") << QStringLiteral("1") << QStringLiteral("sleep")
             << QStringLiteral("0.2");
        constexpr int steps = 8;
        for (int i = 1; i <= steps; ++i) {
            const QPoint p = from + (to - from) * i / steps + QPoint(0, i == 1 ? 12 : 0);
            args << QStringLiteral("mousemove") << at(p) << QStringLiteral("sleep") << QStringLiteral("0.08");
        }
        args << QStringLiteral("mousemove") << at(to) << QStringLiteral("sleep") << QStringLiteral("0.4")
             << QStringLiteral("mouseup") << QStringLiteral("1");
        return run(args);
    }
};

/// The xdotool key name of a shortcut as ShortcutsDialog lists it.
QString keysymOf(const QKeySequence &sequence)
{
    const QKeyCombination combination = sequence[0];
    QStringList parts;
    const Qt::KeyboardModifiers mods = combination.keyboardModifiers();
    if (mods & Qt::ControlModifier)
        parts << QStringLiteral("ctrl");
    if (mods & Qt::ShiftModifier)
        parts << QStringLiteral("shift");
    if (mods & Qt::AltModifier)
        parts << QStringLiteral("alt");
    const Qt::Key key = combination.key();
    QString name;
    switch (key) {
    case Qt::Key_Plus:
        name = QStringLiteral("plus");
        break;
    case Qt::Key_Equal:
        name = QStringLiteral("equal");
        break;
    case Qt::Key_Minus:
        name = QStringLiteral("minus");
        break;
    case Qt::Key_BracketLeft:
        name = QStringLiteral("bracketleft");
        break;
    case Qt::Key_BracketRight:
        name = QStringLiteral("bracketright");
        break;
    case Qt::Key_Delete:
        name = QStringLiteral("Delete");
        break;
    default:
        name = QKeySequence(key).toString(QKeySequence::PortableText);
        if (name.size() == 1)
            name = name.toLower(); // letters: the unshifted key
        break;
    }
    parts << name;
    return parts.join(u'+');
}

} // namespace

class tst_RealInput : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void rightClickMuteChangesTheTable();
    void dragMemberOntoMemberSetsRelation();
    void dragMemberOntoTabTransfers();
    void dragMemberOntoDockRowTransfers();
    void dialOutByKeyboardOnly();
    void raisedHandGetsTheFloor();
    void connectionsListRecentAndServerMenu();
    void everyShortcutThatF1Lists();

private:
    ConferenceView *view(const QString &conference) const
    {
        return m_window->conferenceView(m_connection, conference);
    }
    quint32 idOf(const QString &conference, const QString &name) const;
    std::optional<cc::Participant> member(const QString &conference, quint32 id) const
    {
        ConferenceView *v = view(conference);
        return v ? v->model()->participant(id) : std::nullopt;
    }
    /// Centre of a member's cell on the screen (the row scrolled into view first).
    QPoint cellOnScreen(const QString &conference, quint32 id, int column = cc::ParticipantModel::NameColumn);
    QPoint actionOnScreen(QMenu *menu, const char *objectName) const;
    void showTab(const QString &conference);
    void selectOnly(const QString &conference, quint32 id);
    QString engineApi(const QString &line);
    void shot(const QString &name);
    QMenu *waitForPopup(const char *objectName);

    std::unique_ptr<MainWindow> m_window;
    DemoBridge *m_demo = nullptr; ///< owned by m_window
    ServerConnection *m_connection = nullptr;
    QDir m_shots;
    int m_shotCount = 0;
    sim::ActivityConfig m_activity;
};

void tst_RealInput::initTestCase()
{
    if (const QString reason = XInput::unavailableReason(); !reason.isEmpty())
        QSKIP(qPrintable(reason));
    QApplication::setQuitOnLastWindowClosed(false); // Ctrl+Q closes the window; the test goes on
    QStandardPaths::setTestModeEnabled(true);
    const QString shots =
        qEnvironmentVariable("REALINPUT_SHOTS", QDir::temp().filePath(QStringLiteral("realinput-shots")));
    QDir(shots).removeRecursively();
    QVERIFY(QDir().mkpath(shots));
    m_shots = QDir(shots);

    guitest::installEnglish(); // as the console starts in English: "5 members", not "5 member(s)"
    m_window = std::make_unique<MainWindow>();
    QString error;
    m_demo = gui::startDemo(*m_window, &error);
    QVERIFY2(m_demo, qPrintable(error));
    // Talk stays on (the screenshots show a live call); nobody joins or leaves on their own, so
    // the members a step aims at are still there when the pointer arrives.
    m_activity.joinsPerMinute = 0;
    m_activity.leavesPerMinute = 0;
    m_demo->simulator()->engine()->setActivity(m_activity);
    m_connection = m_window->connections().value(0);
    QVERIFY(m_connection);
    m_window->resize(1400, 900);
    m_window->move(40, 30);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(XInput::run(
        {QStringLiteral("windowactivate"), QStringLiteral("--sync"), QString::number(m_window->winId())}));
    QTRY_VERIFY_WITH_TIMEOUT(QApplication::activeWindow() == m_window.get(), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(
        view(QStringLiteral("sales")) && view(QStringLiteral("sales"))->model()->rowCount() == 5, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(
        view(QStringLiteral("support")) && view(QStringLiteral("support"))->model()->rowCount() == 4, 15000);
    shot(QStringLiteral("start"));
}

void tst_RealInput::cleanupTestCase()
{
    m_window.reset();
}

quint32 tst_RealInput::idOf(const QString &conference, const QString &name) const
{
    ConferenceView *v = view(conference);
    if (!v)
        return 0;
    for (const quint32 id : v->model()->memberIds()) {
        if (v->model()->participant(id)->callerIdName == name)
            return id;
    }
    return 0;
}

void tst_RealInput::showTab(const QString &conference)
{
    ConferenceView *v = view(conference);
    QVERIFY(v);
    m_window->tabs()->setCurrentWidget(v);
    QTRY_VERIFY(v->isVisible());
}

QPoint tst_RealInput::cellOnScreen(const QString &conference, quint32 id, int column)
{
    ConferenceView *v = view(conference);
    if (!v)
        return {};
    const int row = v->model()->rowForMember(id);
    const QModelIndex index = v->proxy()->mapFromSource(v->model()->index(row, column));
    v->table()->scrollTo(index);
    return v->table()->viewport()->mapToGlobal(v->table()->visualRect(index).center());
}

QPoint tst_RealInput::actionOnScreen(QMenu *menu, const char *objectName) const
{
    for (QAction *action : menu->actions()) {
        if (action->objectName() == QLatin1String(objectName))
            return menu->mapToGlobal(menu->actionGeometry(action).center());
    }
    return {};
}

void tst_RealInput::selectOnly(const QString &conference, quint32 id)
{
    // A real click on the row: the selection and the keyboard focus both go to the table.
    QVERIFY(XInput::click(cellOnScreen(conference, id, cc::ParticipantModel::NumberColumn)));
    QTRY_COMPARE(view(conference)->selectedMemberIds(), QList<quint32>{id});
    QTRY_VERIFY(view(conference)->table()->hasFocus());
}

QString tst_RealInput::engineApi(const QString &line)
{
    QString out;
    bool done = false;
    m_demo->simulator()->engine()->api(line, this, [&](const QByteArray &bytes) {
        out = QString::fromUtf8(bytes);
        done = true;
    });
    // What arrived is checked after the wait.
    (void)QTest::qWaitFor([&] { return done; }, 5000);
    return out;
}

void tst_RealInput::shot(const QString &name)
{
    QTest::qWait(150); // one more paint after the last change
    QPixmap screen = QGuiApplication::primaryScreen()->grabWindow(0);
    // The window with its frame (menus and dialogs open over it); the whole screen once it closed.
    if (m_window->isVisible())
        screen = screen.copy(m_window->frameGeometry());
    const QString file =
        m_shots.filePath(QStringLiteral("%1-%2.png").arg(++m_shotCount, 2, 10, QLatin1Char('0')).arg(name));
    QVERIFY2(!screen.isNull() && screen.save(file), qPrintable(file));
}

QMenu *tst_RealInput::waitForPopup(const char *objectName)
{
    QMenu *menu = nullptr;
    // What arrived is checked after the wait.
    (void)QTest::qWaitFor(
        [&] {
            menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            return menu && menu->objectName() == QLatin1String(objectName) && menu->isVisible();
        },
        5000);
    return menu && menu->objectName() == QLatin1String(objectName) ? menu : nullptr;
}

void tst_RealInput::rightClickMuteChangesTheTable()
{
    showTab(QStringLiteral("sales"));
    const quint32 priya = idOf(QStringLiteral("sales"), QStringLiteral("Priya Raman"));
    QVERIFY(priya);
    QVERIFY(!member(QStringLiteral("sales"), priya)->muted());
    QVERIFY(XInput::click(cellOnScreen(QStringLiteral("sales"), priya), 3));
    QMenu *menu = waitForPopup("memberMenu");
    QVERIFY2(menu, "the right click opened no member menu");
    shot(QStringLiteral("context-menu"));
    const QPoint mute = actionOnScreen(menu, "actionMemberMute");
    QVERIFY(!mute.isNull());
    QVERIFY(XInput::click(mute));
    // Within one poll (1 s) plus the command's round trip.
    QTRY_VERIFY_WITH_TIMEOUT(member(QStringLiteral("sales"), priya)->muted(), 3000);
    QVERIFY(engineApi(QStringLiteral("conference sales xml_list")).contains(QLatin1String("Priya")));
    shot(QStringLiteral("muted-by-menu"));
}

void tst_RealInput::dragMemberOntoMemberSetsRelation()
{
    showTab(QStringLiteral("sales"));
    const quint32 stefan = idOf(QStringLiteral("sales"), QStringLiteral("Ștefan Popescu"));
    const quint32 jose = idOf(QStringLiteral("sales"), QStringLiteral("José Álvarez"));
    QVERIFY(stefan && jose);
    selectOnly(QStringLiteral("sales"), stefan);
    QVERIFY(XInput::drag(cellOnScreen(QStringLiteral("sales"), stefan),
                         cellOnScreen(QStringLiteral("sales"), jose)));
    QMenu *menu = waitForPopup("relateMenu");
    QVERIFY2(menu, "dropping a member onto another offered no relation");
    shot(QStringLiteral("relate-menu"));
    QVERIFY(XInput::click(actionOnScreen(menu, "actionRelateNoHear")));
    RelationsPanel *panel = view(QStringLiteral("sales"))->relationsPanel();
    const auto shown = [&] {
        return std::any_of(panel->relationships().cbegin(), panel->relationships().cend(),
                           [&](const cc::Relationship &r) {
                               return r.from == stefan && r.to == jose && r.canSpeak && !r.canHear;
                           });
    };
    QTRY_VERIFY_WITH_TIMEOUT(shown(), 5000);
    // Read back from the server itself: FreeSWITCH's relate listing (freeswitch-conference.md §7.3).
    const QString listing = engineApi(QStringLiteral("conference sales relate %1").arg(stefan));
    QVERIFY2(listing.contains(QStringLiteral("%1 -> %2 SPEAK NOHEAR").arg(stefan).arg(jose)),
             qPrintable(listing));
    shot(QStringLiteral("relation-set"));
}

void tst_RealInput::dragMemberOntoTabTransfers()
{
    showTab(QStringLiteral("sales"));
    const quint32 priya = idOf(QStringLiteral("sales"), QStringLiteral("Priya Raman"));
    QVERIFY(priya);
    selectOnly(QStringLiteral("sales"), priya);
    QTabBar *bar = m_window->tabs()->tabBar();
    const int supportTab = m_window->tabs()->indexOf(view(QStringLiteral("support")));
    QVERIFY(supportTab >= 0);
    const QPoint target = bar->mapToGlobal(bar->tabRect(supportTab).center());
    QVERIFY(XInput::drag(cellOnScreen(QStringLiteral("sales"), priya), target));
    // transfer keeps the member id (real switch, docs/faithfulness.md)
    QTRY_VERIFY_WITH_TIMEOUT(member(QStringLiteral("support"), priya).has_value(), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(!member(QStringLiteral("sales"), priya).has_value(), 5000);
    QCOMPARE(m_window->tabs()->currentWidget(),
             view(QStringLiteral("sales"))); // the drag did not switch tabs
    shot(QStringLiteral("transferred-by-tab"));

    // The status bar offers Undo for a few seconds: a real click brings her back, same id.
    auto *undo = m_window->findChild<QToolButton *>(QStringLiteral("undoButton"));
    QVERIFY(undo);
    QTRY_VERIFY_WITH_TIMEOUT(undo->isVisible(), 5000);
    shot(QStringLiteral("undo-offered"));
    QVERIFY(XInput::click(undo->mapToGlobal(undo->rect().center())));
    QTRY_VERIFY_WITH_TIMEOUT(member(QStringLiteral("sales"), priya).has_value(), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(!member(QStringLiteral("support"), priya).has_value(), 5000);
    QTRY_VERIFY(!undo->isVisible());
    shot(QStringLiteral("undone"));

    // And again, so the next steps find her in support as before.
    QVERIFY(XInput::drag(cellOnScreen(QStringLiteral("sales"), priya), target));
    QTRY_VERIFY_WITH_TIMEOUT(member(QStringLiteral("support"), priya).has_value(), 5000);
}

void tst_RealInput::dragMemberOntoDockRowTransfers()
{
    showTab(QStringLiteral("sales"));
    const quint32 jose = idOf(QStringLiteral("sales"), QStringLiteral("José Álvarez"));
    QVERIFY(jose);
    selectOnly(QStringLiteral("sales"), jose);
    QTreeWidget *tree = m_window->conferenceDock()->tree();
    QTreeWidgetItem *row =
        m_window->conferenceDock()->conferenceItem(m_connection, QStringLiteral("support"));
    QVERIFY(row);
    const QPoint target = tree->viewport()->mapToGlobal(tree->visualItemRect(row).center());
    QVERIFY(XInput::drag(cellOnScreen(QStringLiteral("sales"), jose), target));
    QTRY_VERIFY_WITH_TIMEOUT(member(QStringLiteral("support"), jose).has_value(), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(!member(QStringLiteral("sales"), jose).has_value(), 5000);
    shot(QStringLiteral("transferred-by-dock"));
}

void tst_RealInput::dialOutByKeyboardOnly()
{
    showTab(QStringLiteral("sales"));
    const quint32 alice = idOf(QStringLiteral("sales"), QStringLiteral("Alice Liddell"));
    selectOnly(QStringLiteral("sales"), alice); // the focus in the sales tab; from here on, keys only
    QVERIFY(XInput::key(QStringLiteral("ctrl+shift+d")));
    DialOutDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = m_window->findChild<DialOutDialog *>()) && dialog->isVisible(), 5000);
    QTRY_VERIFY(dialog->isActiveWindow());
    // Over REST a dial string cannot travel (it contains '/'); the dialog offers sipXconfig's
    // invite, which is what a keyboard user picks: Alt+I, then the target.
    QVERIFY(XInput::key(QStringLiteral("alt+i")));
    QTRY_VERIFY(dialog->findChild<QWidget *>(QStringLiteral("invitePage"))->isVisible());
    QVERIFY(XInput::key(QStringLiteral("alt+t")));
    QTRY_VERIFY2(
        QApplication::focusWidget() &&
            QApplication::focusWidget()->objectName() == QLatin1String("inviteTargetEdit"),
        qPrintable(QApplication::focusWidget() ? QApplication::focusWidget()->objectName() : QString()));
    QVERIFY(XInput::type(QStringLiteral("2001")));
    shot(QStringLiteral("dial-out-filled"));
    QVERIFY(XInput::key(QStringLiteral("Return")));
    const auto joined = [&] {
        for (const quint32 id : view(QStringLiteral("sales"))->model()->memberIds())
            if (member(QStringLiteral("sales"), id)->callerIdNumber == QLatin1String("2001"))
                return true;
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(joined(), 15000);
    shot(QStringLiteral("dialled-in"));
    if (dialog && dialog->isVisible())
        QVERIFY(XInput::key(QStringLiteral("Escape")));
    QTRY_VERIFY(!dialog || !dialog->isVisible());
}

void tst_RealInput::raisedHandGetsTheFloor()
{
    const QString sales = QStringLiteral("sales");
    showTab(sales);
    const quint32 zoe = idOf(sales, QStringLiteral("Zoë Müller"));
    QVERIFY(zoe);
    QVERIFY(member(sales, zoe)->muted());
    // Zoë speaks into her muted line (mute-detect): the activity model pauses so that her voice
    // is the only one and lasts until the poll sees it.
    sim::BridgeEngine *engine = m_demo->simulator()->engine();
    sim::ActivityConfig quiet = m_activity;
    quiet.enabled = false;
    engine->setActivity(quiet);
    engine->setTalkingForTesting(zoe, true);
    RaiseHandPanel *panel = view(sales)->insights()->raiseHandPanel();
    QTRY_VERIFY_WITH_TIMEOUT(panel->count() == 1, 5000);
    QCOMPARE(panel->queue()->memberIds(), QList<quint32>{zoe});
    shot(QStringLiteral("raised-hand"));
    // A real click on her entry, then Enter: "Give the floor" = unmute + floor.
    QListView *list = panel->view();
    QVERIFY(
        XInput::click(list->viewport()->mapToGlobal(list->visualRect(list->model()->index(0, 0)).center())));
    QTRY_VERIFY(list->hasFocus());
    QVERIFY(XInput::key(QStringLiteral("Return")));
    QTRY_VERIFY_WITH_TIMEOUT(!member(sales, zoe)->muted() && member(sales, zoe)->hasFloor, 5000);
    QTRY_COMPARE(panel->count(), 0);
    shot(QStringLiteral("floor-given"));
    engine->setTalkingForTesting(zoe, false);
    engine->setActivity(m_activity);
}

void tst_RealInput::connectionsListRecentAndServerMenu()
{
    // A saved connection to the demo bridge (the demo's own is for this session only).
    const QString saved = QStringLiteral("Saved bridge");
    ConnectionProfile profile = m_connection->profile();
    profile.name = saved;
    ConnectionManager *manager = m_window->connectionManager();
    manager->profiles()->save(profile);
    manager->credentials()->writePassword(saved, m_demo->restPassword()); // memory when no keychain
    const auto savedConnection = [&] { return manager->connectionFor(saved); };

    // File > Connections... by its key; a real click on the row, then on Connect.
    QVERIFY(XInput::key(QStringLiteral("ctrl+shift+o")));
    ConnectionsDialog *list = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((list = m_window->findChild<ConnectionsDialog *>()) && list->isActiveWindow(),
                             5000);
    const int row = list->model()->rowOf(saved);
    QVERIFY(row >= 0);
    QCOMPARE(list->model()->index(row, ConnectionListModel::StateColumn).data().toString(),
             QStringLiteral("Not connected"));
    QTableView *table = list->table();
    const QModelIndex cell = list->model()->index(row, ConnectionListModel::NameColumn);
    QVERIFY(XInput::click(table->viewport()->mapToGlobal(table->visualRect(cell).center())));
    auto *connect = list->findChild<QPushButton *>(QStringLiteral("connectionsConnect"));
    QTRY_VERIFY(connect->isEnabled());
    QVERIFY(XInput::click(connect->mapToGlobal(connect->rect().center())));
    QTRY_VERIFY_WITH_TIMEOUT(
        savedConnection() && savedConnection()->state() == ServerConnection::State::Connected, 10000);
    QTRY_COMPARE(list->model()->index(row, ConnectionListModel::StateColumn).data().toString(),
                 QStringLiteral("Connected"));
    QTRY_VERIFY(!connect->isEnabled());
    shot(QStringLiteral("connections-connected"));
    QVERIFY(XInput::key(QStringLiteral("Escape")));
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->findChild<ConnectionsDialog *>(), 5000);

    // The dock's server row: right-click > Disconnect.
    const auto serverRowOnScreen = [&] {
        QTreeWidget *tree = m_window->conferenceDock()->tree();
        QTreeWidgetItem *server = m_window->conferenceDock()->serverItem(savedConnection());
        return server ? tree->viewport()->mapToGlobal(tree->visualItemRect(server).center()) : QPoint();
    };
    QTRY_VERIFY_WITH_TIMEOUT(!serverRowOnScreen().isNull(), 5000);
    QVERIFY(XInput::click(serverRowOnScreen(), 3));
    QMenu *menu = waitForPopup("conferenceDockMenu");
    QVERIFY2(menu, "no menu on the server row");
    shot(QStringLiteral("server-menu"));
    QVERIFY(XInput::click(actionOnScreen(menu, "actionDockDisconnect")));
    QTRY_VERIFY_WITH_TIMEOUT(!savedConnection(), 5000);

    // File > Recent Connections > 1 Saved bridge: Alt+F, then the pointer.
    QVERIFY(XInput::key(QStringLiteral("alt+f")));
    QMenu *file = waitForPopup("menuFile");
    QVERIFY2(file, "Alt+F opened no File menu");
    QAction *recentAction = nullptr;
    for (QAction *action : file->actions()) {
        if (action->menu() && action->menu()->objectName() == QLatin1String("menuRecentConnections"))
            recentAction = action;
    }
    QVERIFY(recentAction);
    QVERIFY(XInput::click(file->mapToGlobal(file->actionGeometry(recentAction).center())));
    QMenu *recent = waitForPopup("menuRecentConnections");
    QVERIFY2(recent, "no Recent Connections submenu");
    QCOMPARE(recent->actions().first()->data().toString(), saved);
    shot(QStringLiteral("recent-connections"));
    QAction *first = recent->actions().first();
    QVERIFY(XInput::click(recent->mapToGlobal(recent->actionGeometry(first).center())));
    QTRY_VERIFY_WITH_TIMEOUT(
        savedConnection() && savedConnection()->state() == ServerConnection::State::Connected, 10000);

    // Right-click > Reconnect keeps it listed and connected again; Edit... opens its form.
    QTRY_VERIFY_WITH_TIMEOUT(!serverRowOnScreen().isNull(), 5000);
    QVERIFY(XInput::click(serverRowOnScreen(), 3));
    menu = waitForPopup("conferenceDockMenu");
    QVERIFY(menu);
    QVERIFY(XInput::click(actionOnScreen(menu, "actionDockReconnect")));
    QTRY_VERIFY_WITH_TIMEOUT(
        savedConnection() && savedConnection()->state() == ServerConnection::State::Connected, 10000);
    QVERIFY(XInput::click(serverRowOnScreen(), 3));
    menu = waitForPopup("conferenceDockMenu");
    QVERIFY(menu);
    QVERIFY(XInput::click(actionOnScreen(menu, "actionDockEdit")));
    QWidget *form = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((form = QApplication::activeWindow()) &&
                                 form->objectName() == QLatin1String("editConnectionDialog"),
                             5000);
    shot(QStringLiteral("edit-connection"));
    QVERIFY(XInput::key(QStringLiteral("Escape")));
    QTRY_VERIFY(QApplication::activeWindow() == m_window.get());

    manager->disconnectFrom(savedConnection()); // the steps below use the demo's tabs only
    QTRY_VERIFY_WITH_TIMEOUT(!savedConnection(), 5000);
    showTab(QStringLiteral("sales"));
}

void tst_RealInput::everyShortcutThatF1Lists()
{
    const QString sales = QStringLiteral("sales");
    showTab(sales);
    // F1 itself: the list, read on the screen, closed by Escape.
    QVERIFY(XInput::key(QStringLiteral("F1")));
    QWidget *list = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((list = QApplication::activeWindow()) &&
                                 list->objectName() == QLatin1String("shortcutsDialog"),
                             5000);
    shot(QStringLiteral("f1-shortcuts"));
    QVERIFY(XInput::key(QStringLiteral("Escape")));
    QTRY_VERIFY(QApplication::activeWindow() == m_window.get());

    const quint32 target = idOf(sales, QStringLiteral("Zoë Müller"));
    QVERIFY(target);
    const auto state = [&] { return member(sales, target).value_or(cc::Participant{}); };
    const auto expectDialog = [&](const char *what) {
        QTRY_VERIFY_WITH_TIMEOUT(QApplication::activeModalWidget() != nullptr, 5000);
        shot(QLatin1String(what));
        QVERIFY(XInput::key(QStringLiteral("Escape")));
        QTRY_VERIFY_WITH_TIMEOUT(QApplication::activeModalWidget() == nullptr, 5000);
    };

    // One real check per listed key; a new shortcut without a check here fails the test.
    QHash<QString, std::function<void(const QString &keysym)>> checks;
    checks.insert(QStringLiteral("m"), [&](const QString &k) {
        const bool was = state().muted();
        QVERIFY(XInput::key(k));
        QTRY_VERIFY_WITH_TIMEOUT(state().muted() != was, 4000);
    });
    checks.insert(QStringLiteral("d"), [&](const QString &k) {
        const bool was = state().deaf();
        QVERIFY(XInput::key(k));
        QTRY_VERIFY_WITH_TIMEOUT(state().deaf() != was, 4000);
    });
    checks.insert(QStringLiteral("Delete"), [&](const QString &k) {
        QVERIFY(XInput::key(k));
        expectDialog("kick-asks-first"); // Escape answers no
        QTest::qWait(1500);
        QVERIFY(member(sales, target).has_value());
    });
    const auto energyStep = [&](int sign) {
        return [&, sign](const QString &k) {
            const int was = state().energy;
            QVERIFY(XInput::key(k));
            QTRY_VERIFY_WITH_TIMEOUT(sign > 0 ? state().energy > was : state().energy < was, 4000);
        };
    };
    checks.insert(QStringLiteral("plus"), energyStep(+1));
    checks.insert(QStringLiteral("equal"), energyStep(+1));
    checks.insert(QStringLiteral("minus"), energyStep(-1));
    const auto volumeStep = [&](int sign) {
        return [&, sign](const QString &k) {
            const int was = state().volumeIn;
            QVERIFY(XInput::key(k));
            QTRY_VERIFY_WITH_TIMEOUT(sign > 0 ? state().volumeIn > was : state().volumeIn < was, 4000);
        };
    };
    checks.insert(QStringLiteral("bracketright"), volumeStep(+1));
    checks.insert(QStringLiteral("bracketleft"), volumeStep(-1));
    const auto talker = [&](const QString &k) {
        // Someone talks or holds the floor all the time in the demo.
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(view(sales)->model()->memberIds().cbegin(),
                                             view(sales)->model()->memberIds().cend(),
                                             [&](quint32 id) {
                                                 const auto p = member(sales, id);
                                                 return p && (p->talking || p->hasFloor);
                                             }),
                                 8000);
        view(sales)->table()->clearSelection(); // so that the key's selection is its own
        QVERIFY(XInput::key(k));
        QTRY_VERIFY_WITH_TIMEOUT(view(sales)->selectedMemberIds().size() == 1, 4000);
        const auto p = member(sales, view(sales)->selectedMemberIds().first());
        QVERIFY(p && (p->talking || p->hasFloor || p->lastTalkingSeconds.has_value()));
        selectOnly(sales, target);
    };
    checks.insert(QStringLiteral("t"), talker);
    checks.insert(QStringLiteral("ctrl+j"), talker);
    checks.insert(QStringLiteral("ctrl+f"), [&](const QString &k) {
        QVERIFY(XInput::key(k));
        QTRY_VERIFY(view(sales)->filterEdit()->hasFocus());
        QVERIFY(XInput::type(QStringLiteral("Zo")));
        QTRY_COMPARE(view(sales)->proxy()->rowCount(), 1);
        QVERIFY(XInput::key(QStringLiteral("ctrl+a")));
        QVERIFY(XInput::key(QStringLiteral("BackSpace")));
        QTRY_VERIFY(view(sales)->proxy()->rowCount() > 1);
        selectOnly(sales, target);
    });
    checks.insert(QStringLiteral("F5"), [&](const QString &k) {
        // With the periodic poll far away, only F5 can bring a new snapshot.
        view(sales)->poller()->setInterval(60000);
        QTest::qWait(300);
        QSignalSpy polled(view(sales)->poller(), &cc::ConferencePoller::snapshotReceived);
        QVERIFY(XInput::key(k));
        QTRY_VERIFY_WITH_TIMEOUT(polled.size() >= 1, 4000);
        view(sales)->poller()->setInterval(1000);
    });
    checks.insert(QStringLiteral("ctrl+shift+d"), [&](const QString &k) {
        QVERIFY(XInput::key(k));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->findChild<DialOutDialog *>() &&
                                     m_window->findChild<DialOutDialog *>()->isActiveWindow(),
                                 5000);
        QVERIFY(XInput::key(QStringLiteral("Escape")));
        QTRY_VERIFY(QApplication::activeWindow() == m_window.get());
    });
    checks.insert(QStringLiteral("ctrl+shift+a"), [&](const QString &k) {
        QVERIFY(XInput::key(k));
        QWidget *report = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((report = QApplication::activeWindow()) && report != m_window.get() &&
                                     report->inherits("gui::AttendanceDialog"),
                                 5000);
        shot(QStringLiteral("attendance"));
        QVERIFY(XInput::key(QStringLiteral("Escape")));
        QTRY_VERIFY(QApplication::activeWindow() == m_window.get());
    });
    checks.insert(QStringLiteral("ctrl+n"), [&](const QString &k) {
        QVERIFY(XInput::key(k));
        expectDialog("connect-dialog");
    });
    checks.insert(QStringLiteral("ctrl+shift+o"), [&](const QString &k) {
        QVERIFY(XInput::key(k));
        ConnectionsDialog *list = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (list = m_window->findChild<ConnectionsDialog *>()) && list->isActiveWindow(), 5000);
        // The demo's connection is listed with its transport and state.
        const int row = list->model()->rowOf(m_connection->name());
        QVERIFY(row >= 0);
        QTRY_COMPARE(list->model()->index(row, ConnectionListModel::StateColumn).data().toString(),
                     m_connection->stateText());
        shot(QStringLiteral("connections-list"));
        QVERIFY(XInput::key(QStringLiteral("Escape")));
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->findChild<ConnectionsDialog *>(), 5000);
        QTRY_VERIFY(QApplication::activeWindow() == m_window.get());
    });
    checks.insert(QStringLiteral("ctrl+z"), [&](const QString &k) {
        // A move to support (as a drop makes it), then Ctrl+Z while the Undo is offered.
        const quint32 mover = idOf(sales, QStringLiteral("Alice Liddell"));
        QVERIFY(mover);
        m_window->conferenceTabs()->transferByDrop(m_connection, sales, QStringLiteral("support"), {mover});
        QTRY_VERIFY_WITH_TIMEOUT(member(QStringLiteral("support"), mover).has_value(), 5000);
        QTRY_VERIFY(m_window->findChild<QToolButton *>(QStringLiteral("undoButton"))->isVisible());
        QVERIFY(XInput::key(k));
        QTRY_VERIFY_WITH_TIMEOUT(member(sales, mover).has_value(), 5000);
        selectOnly(sales, target);
    });
    checks.insert(QStringLiteral("ctrl+o"), [&](const QString &k) {
        QVERIFY(XInput::key(k));
        expectDialog("open-by-name");
    });
    checks.insert(QStringLiteral("ctrl+r"), [&](const QString &k) {
        QSignalSpy listed(m_connection, &ServerConnection::conferencesChanged);
        QVERIFY(XInput::key(k));
        QTRY_VERIFY_WITH_TIMEOUT(listed.size() >= 1, 5000);
    });
    checks.insert(QStringLiteral("ctrl+w"), [&](const QString &k) {
        const int tabs = m_window->tabs()->count();
        ConferenceView *closing = qobject_cast<ConferenceView *>(m_window->tabs()->currentWidget());
        QVERIFY(closing);
        const QString name = closing->conference();
        QVERIFY(XInput::key(k));
        QTRY_COMPARE(m_window->tabs()->count(), tabs - 1);
        // Open it again the way a user does: a double-click on its row in the Conferences dock.
        QTreeWidget *tree = m_window->conferenceDock()->tree();
        QTreeWidgetItem *row = m_window->conferenceDock()->conferenceItem(m_connection, name);
        QVERIFY(row);
        QVERIFY(XInput::doubleClick(tree->viewport()->mapToGlobal(tree->visualItemRect(row).center())));
        QTRY_COMPARE(m_window->tabs()->count(), tabs);
        showTab(sales);
        QTRY_VERIFY_WITH_TIMEOUT(member(sales, target).has_value(), 5000);
        selectOnly(sales, target);
    });
    checks.insert(QStringLiteral("ctrl+q"), [&](const QString &k) {
        QVERIFY(XInput::key(k));
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->isVisible(), 5000);
    });
    checks.insert(QStringLiteral("F1"), [&](const QString &) {}); // checked above

    QStringList order; // Ctrl+Q last: it closes the window
    for (const ShortcutsDialog::Entry &entry : ShortcutsDialog::entries())
        for (const QKeySequence &key : entry.keys)
            order << keysymOf(key);
    QVERIFY(order.removeAll(QStringLiteral("ctrl+q")) == 1);
    order << QStringLiteral("ctrl+q");

    selectOnly(sales, target);
    for (const QString &keysym : std::as_const(order)) {
        QVERIFY2(checks.contains(keysym),
                 qPrintable(QStringLiteral("no real-input check for %1").arg(keysym)));
        checks.value(keysym)(keysym);
        if (QTest::currentTestFailed())
            QFAIL(qPrintable(QStringLiteral("shortcut %1 failed").arg(keysym)));
        if (keysym != QLatin1String("ctrl+q") && keysym != QLatin1String("F1"))
            shot(QStringLiteral("key-") + QString(keysym).replace(u'+', u'-'));
    }
}

QTEST_MAIN(tst_RealInput)
#include "tst_realinput.moc"
