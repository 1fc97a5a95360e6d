// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// DesktopNotifier offscreen (no system tray): every notification is still signalled and kept
// in history(); bursts of joins and leaves are merged; each kind and the master switch turn
// messages off and are saved in QSettings (an .ini file in a temporary directory).
#include "gui/common/statusicons.h"
#include "gui/window/desktopnotifier.h"

#include <QAction>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QSystemTrayIcon>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using gui::DesktopNotifier;

class tst_DesktopNotifier final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void defaultsAndActions();
    void noTrayStillPosts();
    void singleJoinAndLeave();
    void burstOfJoinsIsOneMessage();
    void coalescingTimerFires();
    void longBurstListsFirstNames();
    void conferencesAndKindsAreSeparate();
    void kindOffMeansNoNotification();
    void togglesArePersisted();
    void masterSwitch();
    void lockChangesOnlyOnChange();
    void staleAndLiveAgain();
    void historyIsBounded();

private:
    QString settingsFile() const { return m_dir.filePath(QStringLiteral("notifications.ini")); }
    QStringList bodies() const
    {
        QStringList list;
        for (const auto &n : m_notifier->history())
            list << n.body;
        return list;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<DesktopNotifier> m_notifier;
};

void tst_DesktopNotifier::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // nothing may touch the user's own settings
    QVERIFY(m_dir.isValid());
}

void tst_DesktopNotifier::init()
{
    QFile::remove(settingsFile());
    m_notifier = std::make_unique<DesktopNotifier>(nullptr, settingsFile());
}

void tst_DesktopNotifier::cleanup()
{
    m_notifier.reset();
}

void tst_DesktopNotifier::defaultsAndActions()
{
    QVERIFY(m_notifier->isEnabled());
    for (int k = 0; k < DesktopNotifier::kKindCount; ++k)
        QVERIFY(m_notifier->isKindEnabled(DesktopNotifier::Kind(k)));
    QCOMPARE(DesktopNotifier::settingsKey(DesktopNotifier::Joins), QStringLiteral("notifications/joins"));
    QCOMPARE(DesktopNotifier::settingsKey(DesktopNotifier::StaleConnection),
             QStringLiteral("notifications/stale"));

    const QList<QAction *> actions = m_notifier->toggleActions();
    QStringList names;
    for (QAction *a : actions) {
        names << a->objectName();
        QVERIFY(a->isCheckable());
        QVERIFY(a->isChecked());
        QVERIFY(a->isEnabled());
        QVERIFY(a->text().contains(QLatin1Char('&'))); // a mnemonic in a menu
    }
    QCOMPARE(names,
             (QStringList{QStringLiteral("notifyEnabledAction"), QStringLiteral("notifyJoinsAction"),
                          QStringLiteral("notifyLeavesAction"), QStringLiteral("notifyLockAction"),
                          QStringLiteral("notifyStaleAction"), QStringLiteral("notifyMeetingAction")}));
    QCOMPARE(m_notifier->masterAction(), actions.first());
    QCOMPARE(m_notifier->kindAction(DesktopNotifier::Leaves), actions.at(2));
}

void tst_DesktopNotifier::noTrayStillPosts()
{
    QVERIFY(!QSystemTrayIcon::isSystemTrayAvailable()); // offscreen
    QSignalSpy posted(m_notifier.get(), &DesktopNotifier::notificationPosted);
    m_notifier->notifyLockChanged(QStringLiteral("sales"), true);
    QCOMPARE(posted.size(), 1);
    QCOMPARE(posted.at(0).at(0).toString(), QStringLiteral("Conference sales"));
    QCOMPARE(posted.at(0).at(1).toString(), QStringLiteral("sales is now locked: nobody else can join."));
    QCOMPARE(m_notifier->trayIcon(), nullptr);
    QCOMPARE(m_notifier->history().size(), 1);
    QCOMPARE(m_notifier->history().at(0).kind, DesktopNotifier::LockChanges);
    QVERIFY(m_notifier->history().at(0).postedAt.isValid());
    // The tray icon it would use (SVG or painted) is never blank.
    QVERIFY(!gui::StatusIcons::icon(cc::Glyph::App).pixmap(16, 16).isNull());
}

void tst_DesktopNotifier::singleJoinAndLeave()
{
    m_notifier->setCoalesceMs(0); // no merging: posted at once
    QSignalSpy posted(m_notifier.get(), &DesktopNotifier::notificationPosted);
    m_notifier->notifyJoined(QStringLiteral("sales"), QStringLiteral("Alice"));
    QCOMPARE(posted.size(), 1);
    QCOMPARE(posted.at(0).at(1).toString(), QStringLiteral("Alice joined sales."));
    m_notifier->notifyLeft(QStringLiteral("sales"), QString());
    QCOMPARE(posted.at(1).at(1).toString(), QStringLiteral("Someone left sales."));
}

void tst_DesktopNotifier::burstOfJoinsIsOneMessage()
{
    QSignalSpy posted(m_notifier.get(), &DesktopNotifier::notificationPosted);
    for (const char *name : {"Alice", "Bob", "Carol", "Dave", "Eve"})
        m_notifier->notifyJoined(QStringLiteral("sales"), QString::fromLatin1(name));
    QCOMPARE(posted.size(), 0); // held for the coalescing window
    m_notifier->flush();
    QCOMPARE(posted.size(), 1);
    QCOMPARE(posted.at(0).at(0).toString(), QStringLiteral("Conference sales"));
    QCOMPARE(posted.at(0).at(1).toString(),
             QStringLiteral("5 people joined sales: Alice, Bob, Carol, Dave and Eve."));
    m_notifier->flush(); // nothing left
    QCOMPARE(posted.size(), 1);
}

void tst_DesktopNotifier::coalescingTimerFires()
{
    m_notifier->setCoalesceMs(150);
    QSignalSpy posted(m_notifier.get(), &DesktopNotifier::notificationPosted);
    m_notifier->notifyJoined(QStringLiteral("sales"), QStringLiteral("Alice"));
    QTest::qWait(50);
    m_notifier->notifyJoined(QStringLiteral("sales"), QStringLiteral("Bob"));
    QCOMPARE(posted.size(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(posted.size(), 1, 2000);
    QCOMPARE(posted.at(0).at(1).toString(), QStringLiteral("2 people joined sales: Alice and Bob."));
    // A join after the window starts a new message.
    m_notifier->notifyJoined(QStringLiteral("sales"), QStringLiteral("Carol"));
    QTRY_COMPARE_WITH_TIMEOUT(posted.size(), 2, 2000);
    QCOMPARE(posted.at(1).at(1).toString(), QStringLiteral("Carol joined sales."));
}

void tst_DesktopNotifier::longBurstListsFirstNames()
{
    QSignalSpy posted(m_notifier.get(), &DesktopNotifier::notificationPosted);
    for (int i = 1; i <= 8; ++i)
        m_notifier->notifyLeft(QStringLiteral("sales"), QStringLiteral("P%1").arg(i));
    m_notifier->flush();
    QCOMPARE(posted.size(), 1);
    QCOMPARE(posted.at(0).at(1).toString(),
             QStringLiteral("8 people left sales: P1, P2, P3, P4, P5 and 3 more."));
}

void tst_DesktopNotifier::conferencesAndKindsAreSeparate()
{
    m_notifier->notifyJoined(QStringLiteral("sales"), QStringLiteral("Alice"));
    m_notifier->notifyJoined(QStringLiteral("support"), QStringLiteral("Bob"));
    m_notifier->notifyLeft(QStringLiteral("sales"), QStringLiteral("Carol"));
    m_notifier->notifyJoined(QStringLiteral("sales"), QStringLiteral("Dave"));
    m_notifier->flush();
    QStringList got = bodies();
    got.sort();
    QCOMPARE(got, (QStringList{QStringLiteral("2 people joined sales: Alice and Dave."),
                               QStringLiteral("Bob joined support."), QStringLiteral("Carol left sales.")}));
}

void tst_DesktopNotifier::kindOffMeansNoNotification()
{
    QSignalSpy posted(m_notifier.get(), &DesktopNotifier::notificationPosted);
    m_notifier->kindAction(DesktopNotifier::Joins)->trigger(); // the menu item: off
    QVERIFY(!m_notifier->isKindEnabled(DesktopNotifier::Joins));
    m_notifier->notifyJoined(QStringLiteral("sales"), QStringLiteral("Alice"));
    m_notifier->flush();
    QCOMPARE(posted.size(), 0);
    QVERIFY(m_notifier->history().isEmpty());
    // Other kinds still work.
    m_notifier->notifyLeft(QStringLiteral("sales"), QStringLiteral("Bob"));
    m_notifier->flush();
    QCOMPARE(posted.size(), 1);

    // Switched off while a burst is pending: the burst is dropped.
    m_notifier->notifyLeft(QStringLiteral("sales"), QStringLiteral("Carol"));
    m_notifier->setKindEnabled(DesktopNotifier::Leaves, false);
    QVERIFY(!m_notifier->kindAction(DesktopNotifier::Leaves)->isChecked());
    m_notifier->flush();
    QCOMPARE(posted.size(), 1);

    m_notifier->setKindEnabled(DesktopNotifier::LockChanges, false);
    m_notifier->notifyLockChanged(QStringLiteral("sales"), true);
    m_notifier->setKindEnabled(DesktopNotifier::StaleConnection, false);
    m_notifier->notifyStale(QStringLiteral("pbx"), true);
    QCOMPARE(posted.size(), 1);
}

void tst_DesktopNotifier::togglesArePersisted()
{
    m_notifier->kindAction(DesktopNotifier::Leaves)->trigger();
    m_notifier->setKindEnabled(DesktopNotifier::StaleConnection, false);
    {
        QSettings settings(settingsFile(), QSettings::IniFormat);
        QCOMPARE(settings.value(QStringLiteral("notifications/leaves")).toBool(), false);
        QCOMPARE(settings.value(QStringLiteral("notifications/stale")).toBool(), false);
        QVERIFY(!settings.contains(QStringLiteral("notifications/joins"))); // untouched default
    }
    m_notifier.reset();
    DesktopNotifier again(nullptr, settingsFile());
    QVERIFY(!again.isKindEnabled(DesktopNotifier::Leaves));
    QVERIFY(!again.kindAction(DesktopNotifier::Leaves)->isChecked());
    QVERIFY(!again.kindAction(DesktopNotifier::StaleConnection)->isChecked());
    QVERIFY(again.kindAction(DesktopNotifier::Joins)->isChecked());
    QVERIFY(again.kindAction(DesktopNotifier::LockChanges)->isChecked());
}

void tst_DesktopNotifier::masterSwitch()
{
    QSignalSpy posted(m_notifier.get(), &DesktopNotifier::notificationPosted);
    m_notifier->notifyJoined(QStringLiteral("sales"), QStringLiteral("Alice")); // pending
    m_notifier->masterAction()->trigger();
    QVERIFY(!m_notifier->isEnabled());
    QVERIFY(!m_notifier->kindAction(DesktopNotifier::Joins)->isEnabled());
    QVERIFY(m_notifier->kindAction(DesktopNotifier::Joins)->isChecked()); // the kind keeps its choice
    m_notifier->flush();
    m_notifier->notifyLockChanged(QStringLiteral("sales"), true);
    m_notifier->notifyStale(QStringLiteral("pbx"), true);
    m_notifier->notifyLeft(QStringLiteral("sales"), QStringLiteral("Bob"));
    m_notifier->flush();
    QCOMPARE(posted.size(), 0);
    QCOMPARE(QSettings(settingsFile(), QSettings::IniFormat)
                 .value(QStringLiteral("notifications/enabled"))
                 .toBool(),
             false);

    m_notifier->setEnabled(true);
    QVERIFY(m_notifier->masterAction()->isChecked());
    QVERIFY(m_notifier->kindAction(DesktopNotifier::Joins)->isEnabled());
    m_notifier->notifyLockChanged(QStringLiteral("sales"), false);
    QCOMPARE(posted.size(), 1);
}

void tst_DesktopNotifier::lockChangesOnlyOnChange()
{
    m_notifier->notifyLockChanged(QStringLiteral("sales"), true);
    m_notifier->notifyLockChanged(QStringLiteral("sales"), true); // a repeat is no news
    m_notifier->notifyLockChanged(QStringLiteral("sales"), false);
    m_notifier->notifyLockChanged(QStringLiteral("support"), true);
    QCOMPARE(bodies(), (QStringList{QStringLiteral("sales is now locked: nobody else can join."),
                                    QStringLiteral("sales is now unlocked: new callers can join."),
                                    QStringLiteral("support is now locked: nobody else can join.")}));
}

void tst_DesktopNotifier::staleAndLiveAgain()
{
    QSignalSpy posted(m_notifier.get(), &DesktopNotifier::notificationPosted);
    m_notifier->notifyStale(QStringLiteral("pbx"), false); // healthy from the start: nothing
    QCOMPARE(posted.size(), 0);
    m_notifier->notifyStale(QStringLiteral("pbx"), true);
    m_notifier->notifyStale(QStringLiteral("pbx"), true);
    QCOMPARE(posted.size(), 1);
    QCOMPARE(posted.at(0).at(0).toString(), QStringLiteral("Server pbx"));
    QCOMPARE(posted.at(0).at(1).toString(),
             QStringLiteral("The connection to pbx is stale: member lists may be out of date."));
    m_notifier->notifyStale(QStringLiteral("pbx"), false);
    QCOMPARE(posted.size(), 2);
    QCOMPARE(posted.at(1).at(1).toString(), QStringLiteral("The connection to pbx is live again."));
    QCOMPARE(m_notifier->history().at(1).kind, DesktopNotifier::StaleConnection);
}

void tst_DesktopNotifier::historyIsBounded()
{
    m_notifier->setHistoryLimit(3);
    for (int i = 0; i < 5; ++i)
        m_notifier->notifyLockChanged(QStringLiteral("c%1").arg(i), true);
    QCOMPARE(m_notifier->history().size(), 3);
    QCOMPARE(m_notifier->history().first().title, QStringLiteral("Conference c2"));
    QCOMPARE(m_notifier->history().last().title, QStringLiteral("Conference c4"));
    m_notifier->clearHistory();
    QVERIFY(m_notifier->history().isEmpty());
}

QTEST_MAIN(tst_DesktopNotifier)
#include "tst_desktopnotifier.moc"
