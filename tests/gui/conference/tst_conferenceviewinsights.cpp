// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The strip under the member table against the simulator: the timeline's lanes, raised hands
// given the floor (unmute, release the holder's floor, hand it over), and what reaches the
// desktop notifier (joins, leaves and lock changes, but not the members present at opening).
#include "conferenceviewfixture.h"
#include "core/insights/attendancetracker.h"
#include "core/insights/raisehandqueue.h"
#include "core/model/participantmodel.h"
#include "gui/window/desktopnotifier.h"
#include "gui/conference/conferenceinsights.h"
#include "gui/conference/conferenceview.h"
#include "gui/conference/raisehandpanel.h"
#include "gui/conference/relationspanel.h"
#include "gui/conference/speakertimeline.h"
#include "sim/bridgeengine.h"
#include "sim/engineconfig.h"
#include "sim/simulator.h"

#include <QListView>
#include <QMenu>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace gui;
using conferencetest::ConferenceViewFixture;

class tst_ConferenceViewInsights final : public ConferenceViewFixture
{
    Q_OBJECT

private slots:
    void stripFollowsTheTable();
    void raisedHandGetsTheFloorFromItsHolder();
    void joinsLeavesAndLockReachTheNotifier();
    void menuGiveFloorHandsItOver();
};

void tst_ConferenceViewInsights::stripFollowsTheTable()
{
    ConferenceInsights *insights = m_view->insights();
    QVERIFY(insights);
    QTRY_COMPARE(insights->tracker()->records().size(), 5);
    QTRY_COMPARE(insights->timeline()->lanes().size(), 5);
    QCOMPARE(insights->timeline()->lanes().first().name, QStringLiteral("Alice Liddell"));
    QVERIFY(insights->raiseHandPanel()->isEmpty());
    // With no relation the panel is one line high, not a share of the splitter.
    QCOMPARE(m_view->relationsPanel()->sizePolicy().verticalPolicy(), QSizePolicy::Maximum);

    const quint32 jose = idOf(QStringLiteral("José Álvarez"));
    m_sim->engine()->setTalkingForTesting(jose, true);
    QTRY_VERIFY_WITH_TIMEOUT(insights->tracker()->record(jose)->spans.size() == 1, 5000);
    QTRY_VERIFY(insights->timeline()->lanes().at(1).talking);
    m_sim->engine()->setTalkingForTesting(jose, false);
    QTRY_VERIFY_WITH_TIMEOUT(!insights->timeline()->lanes().at(1).talking, 5000);
    QCOMPARE(insights->tracker()->record(jose)->talkTurns, 1);
}

void tst_ConferenceViewInsights::raisedHandGetsTheFloorFromItsHolder()
{
    const quint32 alice = idOf(QStringLiteral("Alice Liddell"));
    const quint32 zoe = idOf(QStringLiteral("Zoë Müller"));
    QVERIFY(m_view->model()->participant(zoe)->muted());
    m_sim->engine()->setTalkingForTesting(alice, true); // Alice talks and takes the floor
    QTRY_VERIFY_WITH_TIMEOUT(m_view->model()->participant(alice)->hasFloor, 5000);
    m_sim->engine()->setTalkingForTesting(zoe, true); // Zoë talks into her muted line
    RaiseHandPanel *panel = m_view->insights()->raiseHandPanel();
    QTRY_COMPARE_WITH_TIMEOUT(panel->count(), 1, 5000);
    QVERIFY(panel->setCurrentMemberId(zoe));
    panel->view()->setFocus();
    QTest::keyClick(panel->view(), Qt::Key_Return);

    QTRY_VERIFY_WITH_TIMEOUT(sawRequest("unmute&" + QByteArray::number(zoe)), 5000);
    // `floor` toggles and refuses while another member holds it (freeswitch-conference.md §3):
    // Alice's floor is released first, then Zoë's is given.
    QTRY_VERIFY_WITH_TIMEOUT(sawRequest("floor&" + QByteArray::number(alice)), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(sawRequest("floor&" + QByteArray::number(zoe)), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(m_view->model()->participant(zoe)->hasFloor, 5000);
    QVERIFY(!m_view->model()->participant(zoe)->muted());
    QTRY_COMPARE(panel->count(), 0); // unmuted: the hand is down

    // Put the scenario back for the next test.
    m_sim->engine()->setTalkingForTesting(zoe, false);
    m_sim->engine()->setTalkingForTesting(alice, false);
    switchApi(QStringLiteral("conference sales mute %1").arg(zoe));
    QTRY_VERIFY_WITH_TIMEOUT(m_view->model()->participant(zoe)->muted(), 5000);
}

void tst_ConferenceViewInsights::joinsLeavesAndLockReachTheNotifier()
{
    QTemporaryDir dir;
    DesktopNotifier notifier(nullptr, dir.filePath(QStringLiteral("notifications.ini")));
    notifier.setCoalesceMs(0);
    notifier.followConference(m_view.get());
    QTest::qWait(1500); // two polls: the five members present at opening are not news
    QVERIFY(notifier.history().isEmpty());

    sim::MemberSpec caller;
    caller.callerIdName = QStringLiteral("Nia Long");
    caller.callerIdNumber = QStringLiteral("+15550100");
    const quint32 nia = m_sim->engine()->addMember(QStringLiteral("sales"), caller);
    QTRY_VERIFY_WITH_TIMEOUT(!notifier.history().isEmpty(), 5000);
    QVERIFY2(notifier.history().last().body.contains(QStringLiteral("Nia Long")),
             qPrintable(notifier.history().last().body));
    QCOMPARE(notifier.history().last().kind, DesktopNotifier::Joins);

    switchApi(QStringLiteral("conference sales lock"));
    QTRY_VERIFY_WITH_TIMEOUT(notifier.history().last().kind == DesktopNotifier::LockChanges, 5000);
    switchApi(QStringLiteral("conference sales unlock"));
    QTRY_VERIFY_WITH_TIMEOUT(notifier.history().size() >= 3 &&
                                 notifier.history().last().kind == DesktopNotifier::LockChanges,
                             5000);

    switchApi(QStringLiteral("conference sales kick %1").arg(nia));
    QTRY_VERIFY_WITH_TIMEOUT(notifier.history().last().kind == DesktopNotifier::Leaves, 5000);
    QVERIFY(notifier.history().last().body.contains(QStringLiteral("Nia Long")));
}

void tst_ConferenceViewInsights::menuGiveFloorHandsItOver()
{
    const quint32 jose = idOf(QStringLiteral("José Álvarez"));
    const quint32 priya = idOf(QStringLiteral("Priya Raman"));
    m_sim->engine()->setTalkingForTesting(jose, true); // José talks and takes the floor
    QTRY_VERIFY_WITH_TIMEOUT(m_view->model()->participant(jose)->hasFloor, 5000);
    m_view->selectMembers({priya});
    std::unique_ptr<QMenu> menu(m_view->createMemberMenu());
    QAction *floor = menu->findChild<QAction *>(QStringLiteral("actionMemberFloor"));
    QVERIFY(floor);
    QCOMPARE(floor->text(), QStringLiteral("Give floor"));
    floor->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(sawRequest("floor&" + QByteArray::number(jose)), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(sawRequest("floor&" + QByteArray::number(priya)), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(m_view->model()->participant(priya)->hasFloor, 5000);
    QVERIFY(!m_view->model()->participant(jose)->hasFloor);
    m_sim->engine()->setTalkingForTesting(jose, false);
}

QTEST_MAIN(tst_ConferenceViewInsights)
#include "tst_conferenceviewinsights.moc"
