// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// SpeakerTimeline fed by a real cc::AttendanceTracker on a fixed clock: lanes and their order,
// bar geometry and hit-testing, tool tips, the accessible summary, the window choices, the
// "+N more" cap, and pictures in the light and dark palettes.
#include "../guitestsupport.h"
#include "core/insights/attendancetracker.h"
#include "gui/common/theme.h"
#include "gui/conference/speakertimeline.h"
#include "participantfixture.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QHelpEvent>
#include <QMenu>
#include <QSignalSpy>
#include <QTest>

#include <QToolTip>
#include <limits>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using gui::SpeakerTimeline;
using testsupport::kT0;

namespace {
constexpr qint64 kSecond = 1000;

cc::Participant talking(cc::Participant p, bool on = true)
{
    p.talking = on;
    return p;
}

using guitest::shotDir;
} // namespace

class tst_SpeakerTimeline final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void lanesInJoinOrder();
    void barGeometryFollowsTheClock();
    void hitTestingAndToolTips();
    void toolTipEventShowsLaneText();
    void accessibleSummary();
    void windowChoicesClipSpans();
    void keyboardOpensTheSpanMenu();
    void membersWhoLeft();
    void manyMembersAreCapped();
    void trackerGoneClearsLanes();
    void axisLabelsSitUnderTheirGridLines_data();
    void axisLabelsSitUnderTheirGridLines();
    void screenshots();

private:
    /// Alice talks 10–40 s, Bob 60–80 s and from 100 s on; Carol stays silent; now = 120 s.
    void playScript();
    void observe(const QList<cc::Participant> &members)
    {
        m_tracker->observe(testsupport::conference(members));
    }

    qint64 m_now = kT0;
    std::unique_ptr<cc::AttendanceTracker> m_tracker;
    std::unique_ptr<SpeakerTimeline> m_timeline;
    cc::Participant m_alice, m_bob, m_carol;
};

void tst_SpeakerTimeline::init()
{
    m_now = kT0;
    m_tracker = std::make_unique<cc::AttendanceTracker>(QStringLiteral("sales"));
    m_tracker->setClock([this] { return m_now; });
    m_timeline = std::make_unique<SpeakerTimeline>();
    m_timeline->setTracker(m_tracker.get());
    m_timeline->resize(600, m_timeline->sizeHint().height());
    m_alice = testsupport::member(1, QStringLiteral("Alice"));
    m_bob = testsupport::member(2, QStringLiteral("Bob"));
    m_carol = testsupport::member(3, QStringLiteral("Carol"));
}

void tst_SpeakerTimeline::cleanup()
{
    m_timeline.reset();
    m_tracker.reset();
}

void tst_SpeakerTimeline::axisLabelsSitUnderTheirGridLines_data()
{
    QTest::addColumn<int>("minutes");
    QTest::addColumn<int>("width");
    QTest::addColumn<QStringList>("labels"); // from "now" back, when they all fit
    QTest::newRow("5 min, wide") << 5 << 600 << QStringList{u"now"_s,    u"-1 min"_s, u"-2 min"_s,
                                                            u"-3 min"_s, u"-4 min"_s, u"-5 min"_s};
    QTest::newRow("5 min, narrow") << 5 << 260 << QStringList();
    QTest::newRow("15 min") << 15 << 600 << QStringList{u"now"_s, u"-5 min"_s, u"-10 min"_s, u"-15 min"_s};
    QTest::newRow("1 min") << 1 << 600
                           << QStringList{u"now"_s, u"-15 s"_s, u"-30 s"_s, u"-45 s"_s, u"-1 min"_s};
}

void tst_SpeakerTimeline::axisLabelsSitUnderTheirGridLines()
{
    QFETCH(int, minutes);
    QFETCH(int, width);
    QFETCH(QStringList, labels);
    playScript();
    m_timeline->setWindowMinutes(minutes);
    m_timeline->resize(width, m_timeline->sizeHint().height());
    const QList<SpeakerTimeline::AxisTick> ticks = m_timeline->axisTicks(m_timeline->fontMetrics());
    QVERIFY(!ticks.isEmpty());
    QStringList shown;
    int stride = -1;
    int lastLabelled = -1;
    int lastLeft = std::numeric_limits<int>::max();
    for (int i = 0; i < ticks.size(); ++i) {
        const SpeakerTimeline::AxisTick &t = ticks.at(i);
        if (!t.labelled)
            continue;
        shown << t.text;
        // Centred on its grid line unless pushed inside the widget at an end.
        const bool atEdge = t.textRect.left() <= 2 || t.textRect.right() >= m_timeline->width() - 3;
        QVERIFY2(atEdge || std::abs(t.textRect.center().x() - t.x) <= 1, qPrintable(t.text));
        QVERIFY2(t.textRect.right() < lastLeft, qPrintable(t.text)); // no overlap
        lastLeft = t.textRect.left();
        if (lastLabelled >= 0) {
            if (stride < 0)
                stride = i - lastLabelled;
            QCOMPARE(i - lastLabelled, stride); // evenly spaced: no label left out between others
        }
        lastLabelled = i;
    }
    QCOMPARE(shown.first(), u"now"_s);
    if (!labels.isEmpty())
        QCOMPARE(shown, labels);
}

void tst_SpeakerTimeline::playScript()
{
    observe({m_alice, m_bob, m_carol});
    m_now = kT0 + 10 * kSecond;
    observe({talking(m_alice), m_bob, m_carol});
    m_now = kT0 + 40 * kSecond;
    observe({m_alice, m_bob, m_carol});
    m_now = kT0 + 60 * kSecond;
    observe({m_alice, talking(m_bob), m_carol});
    m_now = kT0 + 80 * kSecond;
    observe({m_alice, m_bob, m_carol});
    m_now = kT0 + 100 * kSecond;
    observe({m_alice, talking(m_bob), m_carol});
    m_now = kT0 + 120 * kSecond;
    m_timeline->refresh();
    m_timeline->resize(600, m_timeline->sizeHint().height());
}

void tst_SpeakerTimeline::lanesInJoinOrder()
{
    QVERIFY(m_timeline->lanes().isEmpty());
    const int emptyHeight = m_timeline->sizeHint().height();
    playScript();
    const auto &lanes = m_timeline->lanes();
    QCOMPARE(lanes.size(), 3);
    QCOMPARE(lanes.at(0).name, QStringLiteral("Alice"));
    QCOMPARE(lanes.at(1).name, QStringLiteral("Bob"));
    QCOMPARE(lanes.at(2).name, QStringLiteral("Carol"));
    QCOMPARE(lanes.at(0).spokeMs, 30 * kSecond);
    QCOMPARE(lanes.at(0).meetingTalkMs, 30 * kSecond); // shown beside the name
    QCOMPARE(lanes.at(1).meetingTalkMs, 40 * kSecond); // the open span counts up to now
    QCOMPARE(lanes.at(2).meetingTalkMs, qint64(0));
    QCOMPARE(lanes.at(0).turns, 1);
    QVERIFY(!lanes.at(0).talking);
    QCOMPARE(lanes.at(1).spokeMs, 40 * kSecond);
    QCOMPARE(lanes.at(1).turns, 2);
    QVERIFY(lanes.at(1).talking);
    QCOMPARE(lanes.at(2).turns, 0);

    // Bob talking does not move him: lanes stay in join order.
    m_now += 5 * kSecond;
    observe({talking(m_alice), talking(m_bob), talking(m_carol)});
    QCOMPARE(m_timeline->lanes().at(2).name, QStringLiteral("Carol"));
    QVERIFY(m_timeline->lanes().at(2).talking);

    // Compact: about 14 px a lane, plus an axis.
    const int lane = m_timeline->laneRect(0).height();
    QVERIFY2(lane >= 14 && lane <= 22, qPrintable(QString::number(lane)));
    QCOMPARE(m_timeline->sizeHint().height() - emptyHeight, 2 * lane); // 3 lanes vs the empty row
}

void tst_SpeakerTimeline::barGeometryFollowsTheClock()
{
    playScript();
    const QRect plot = m_timeline->plotRect();
    QVERIFY(plot.width() > 300);
    const double pxPerMs = double(plot.width()) / (5 * 60 * kSecond);
    const qint64 from = m_now - 5 * 60 * kSecond;

    const QList<QRectF> alice = m_timeline->spanRects(0);
    QCOMPARE(alice.size(), 1);
    QVERIFY(qAbs(alice.at(0).left() - (plot.left() + (kT0 + 10 * kSecond - from) * pxPerMs)) < 1.0);
    QVERIFY(qAbs(alice.at(0).width() - 30 * kSecond * pxPerMs) < 1.0);
    QVERIFY(m_timeline->laneRect(0).contains(alice.at(0).center().toPoint()));

    const QList<QRectF> bob = m_timeline->spanRects(1);
    QCOMPARE(bob.size(), 2);
    QVERIFY(bob.at(0).right() < bob.at(1).left());
    QVERIFY(qAbs(bob.at(1).right() - (plot.left() + plot.width())) < 1.0); // open span ends at "now"
    QVERIFY(m_timeline->spanRects(2).isEmpty());

    // The open span grows while the clock runs; Alice's closed one slides left.
    const double bobWidth = bob.at(1).width();
    const double aliceLeft = alice.at(0).left();
    m_now += 30 * kSecond;
    m_timeline->refresh();
    QVERIFY(qAbs(m_timeline->spanRects(1).at(1).width() - (bobWidth + 30 * kSecond * pxPerMs)) < 1.0);
    QVERIFY(qAbs(m_timeline->spanRects(0).at(0).left() - (aliceLeft - 30 * kSecond * pxPerMs)) < 1.0);
    QCOMPARE(m_timeline->lanes().at(1).spokeMs, 70 * kSecond);
}

void tst_SpeakerTimeline::hitTestingAndToolTips()
{
    playScript();
    const QPoint onBob = m_timeline->spanRects(1).at(0).center().toPoint();
    QCOMPARE(m_timeline->laneAt(onBob), 1);
    QCOMPARE(m_timeline->laneAt(m_timeline->laneRect(2).center()), 2);
    QCOMPARE(m_timeline->laneAt(QPoint(5, m_timeline->height() - 2)), -1); // the axis
    QCOMPARE(
        m_timeline->laneToolTip(0),
        QStringLiteral("Alice — spoke 0:30 in the last 5 min, 1 turn(s). Talk time in the meeting: 0:30"));
    QCOMPARE(m_timeline->laneToolTip(1),
             QStringLiteral("Bob — spoke 0:40 in the last 5 min, 2 turn(s); talking "
                            "now. Talk time in the meeting: 0:40"));
    QCOMPARE(m_timeline->laneToolTip(2), QStringLiteral("Carol — silent in the last 5 min"));
    QVERIFY(m_timeline->laneToolTip(3).isEmpty());
}

void tst_SpeakerTimeline::toolTipEventShowsLaneText()
{
    playScript();
    m_timeline->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_timeline.get()));
    const QPoint pos = m_timeline->spanRects(0).at(0).center().toPoint();
    QHelpEvent help(QEvent::ToolTip, pos, m_timeline->mapToGlobal(pos));
    QApplication::sendEvent(m_timeline.get(), &help);
    QTRY_VERIFY(QToolTip::isVisible());
    QCOMPARE(QToolTip::text(), m_timeline->laneToolTip(0));
    QToolTip::hideText();
}

void tst_SpeakerTimeline::accessibleSummary()
{
    QCOMPARE(m_timeline->accessibleName(), QStringLiteral("Speaker timeline"));
    QCOMPARE(m_timeline->accessibleDescription(),
             QStringLiteral("Nobody is talking now. Nobody spoke in the last 5 min."));
    playScript();
    QCOMPARE(m_timeline->accessibleDescription(),
             QStringLiteral("Bob is talking now. Bob spoke most in the last 5 min (0:40)."));
    QCOMPARE(m_timeline->summary(), m_timeline->accessibleDescription());

    m_now += 50 * kSecond; // Bob 90 s in all
    observe({talking(m_alice), talking(m_bob), m_carol});
    QCOMPARE(m_timeline->accessibleDescription(),
             QStringLiteral("Alice and Bob are talking now. Bob spoke most in the last 5 min (1:30)."));

    m_timeline->setTracker(nullptr);
    QCOMPARE(m_timeline->accessibleDescription(), QStringLiteral("No conference."));
    QVERIFY(m_timeline->lanes().isEmpty());
}

void tst_SpeakerTimeline::keyboardOpensTheSpanMenu()
{
    playScript();
    QCOMPARE(m_timeline->focusPolicy(), Qt::TabFocus); // reachable by Tab
    m_timeline->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_timeline.get()));
    m_timeline->setFocus();
    QTest::keyClick(m_timeline.get(), Qt::Key_Menu);
    QMenu *menu = nullptr;
    QTRY_VERIFY((menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())));
    QVERIFY(menu->findChild<QAction *>(QStringLiteral("timelineWindow15Action")));
    menu->close();
}

void tst_SpeakerTimeline::windowChoicesClipSpans()
{
    playScript();
    QSignalSpy changed(m_timeline.get(), &SpeakerTimeline::windowMinutesChanged);
    std::unique_ptr<QMenu> menu(m_timeline->createWindowMenu(nullptr));
    const QList<QAction *> actions = menu->actions();
    QCOMPARE(actions.size(), 3);
    QCOMPARE(SpeakerTimeline::windowChoices(), (QList<int>{1, 5, 15}));
    auto *five = menu->findChild<QAction *>(QStringLiteral("timelineWindow5Action"));
    auto *one = menu->findChild<QAction *>(QStringLiteral("timelineWindow1Action"));
    QVERIFY(five && one);
    QVERIFY(five->isChecked());
    QCOMPARE(one->text(), QStringLiteral("Last 1 min"));

    one->trigger();
    QCOMPARE(m_timeline->windowMinutes(), 1);
    QCOMPARE(changed.size(), 1);
    QVERIFY(one->isChecked() && !five->isChecked());
    // From now - 60 s: Alice's 10–40 s is gone (her lane stays: she is present), Bob's first
    // span is whole (60–80), the second runs to now.
    const auto &lanes = m_timeline->lanes();
    QCOMPARE(lanes.size(), 3);
    QCOMPARE(lanes.at(0).turns, 0);
    QVERIFY(m_timeline->spanRects(0).isEmpty());
    QCOMPARE(lanes.at(1).spokeMs, 40 * kSecond);
    QCOMPARE(m_timeline->spanRects(1).at(0).left(), double(m_timeline->plotRect().left()));
    QCOMPARE(
        m_timeline->laneToolTip(1),
        QStringLiteral(
            "Bob — spoke 0:40 in the last 1 min, 2 turn(s); talking now. Talk time in the meeting: 0:40"));

    m_timeline->setWindowMinutes(15);
    QVERIFY(!one->isChecked());
    QVERIFY(menu->findChild<QAction *>(QStringLiteral("timelineWindow15Action"))->isChecked());
    m_timeline->setWindowMinutes(15); // no change, no signal
    QCOMPARE(changed.size(), 2);
}

void tst_SpeakerTimeline::membersWhoLeft()
{
    playScript();
    m_now += 10 * kSecond;
    observe({m_bob}); // Alice (spoke) and Carol (silent) hang up
    const auto &lanes = m_timeline->lanes();
    QCOMPARE(lanes.size(), 2);
    QCOMPARE(lanes.at(0).name, QStringLiteral("Alice"));
    QVERIFY(!lanes.at(0).present);
    QCOMPARE(m_timeline->laneToolTip(0),
             QStringLiteral(
                 "Alice — spoke 0:30 in the last 5 min, 1 turn(s); left the conference. Talk time in the "
                 "meeting: 0:30"));
    QCOMPARE(lanes.at(1).name, QStringLiteral("Bob"));

    // Five minutes on, Alice's span is out of the window: her lane goes.
    m_now += 5 * 60 * kSecond;
    m_timeline->refresh();
    QCOMPARE(m_timeline->lanes().size(), 1);
}

void tst_SpeakerTimeline::manyMembersAreCapped()
{
    m_timeline->setMaxLanes(4);
    QList<cc::Participant> members;
    for (quint32 id = 1; id <= 10; ++id)
        members << testsupport::member(id, QStringLiteral("Member %1").arg(id));
    observe(members);
    const int cappedHeight = m_timeline->sizeHint().height();
    // Member 9 spoke a while ago, member 7 talks now.
    m_now += kSecond;
    members[8].talking = true;
    observe(members);
    m_now += kSecond;
    members[8].talking = false;
    members[6].talking = true;
    observe(members);
    m_timeline->resize(600, m_timeline->sizeHint().height());

    const auto &lanes = m_timeline->lanes();
    QCOMPARE(lanes.size(), 4);
    QStringList shown;
    for (const auto &lane : lanes)
        shown << lane.name;
    // Talking, then most recent speaker, then the earliest joiners; drawn in join order.
    QCOMPARE(shown, (QStringList{QStringLiteral("Member 1"), QStringLiteral("Member 2"),
                                 QStringLiteral("Member 7"), QStringLiteral("Member 9")}));
    QCOMPARE(m_timeline->hiddenNames().size(), 6);
    QVERIFY(!m_timeline->moreRect().isEmpty());
    QCOMPARE(m_timeline->laneAt(m_timeline->moreRect().center()), -1);
    QCOMPARE(m_timeline->sizeHint().height(), cappedHeight); // no taller than four lanes + "+6 more"
    QCOMPARE(cappedHeight,
             2 * 2 + 5 * m_timeline->laneRect(0).height() + m_timeline->fontMetrics().height() + 5);
    // The summary counts hidden lanes too.
    QVERIFY(m_timeline->summary().startsWith(QStringLiteral("Member 7 is talking now.")));
}

void tst_SpeakerTimeline::trackerGoneClearsLanes()
{
    playScript();
    QCOMPARE(m_timeline->lanes().size(), 3);
    m_tracker.reset();
    QTRY_VERIFY(m_timeline->lanes().isEmpty());
    QCOMPARE(m_timeline->tracker(), nullptr);
    QCOMPARE(m_timeline->accessibleDescription(), QStringLiteral("No conference."));
}

void tst_SpeakerTimeline::screenshots()
{
    playScript();
    QList<cc::Participant> members{m_alice, talking(m_bob), m_carol};
    members << testsupport::member(4, QStringLiteral("Dmitri Alexandrovich Karamazov-Smythe"));
    m_now += 5 * kSecond;
    observe(members);
    m_now += 20 * kSecond;
    members[3].talking = true;
    observe(members);
    m_now += 6 * kSecond;
    m_timeline->refresh();
    for (const auto &[name, palette] : {std::pair{QStringLiteral("light"), gui::Theme::lightPalette()},
                                        std::pair{QStringLiteral("dark"), gui::Theme::darkPalette()}}) {
        m_timeline->setPalette(palette);
        m_timeline->resize(640, m_timeline->sizeHint().height());
        const QImage image = m_timeline->grab().toImage();
        QVERIFY(image.save(shotDir() + QStringLiteral("/speakertimeline-%1.png").arg(name)));
        // The label column is painted with the palette's window colour, not a fixed white.
        QCOMPARE(image.pixelColor(1, 1).rgb(), palette.color(QPalette::Window).rgb());
    }
    m_timeline->setWindowMinutes(1);
    m_timeline->resize(360, m_timeline->sizeHint().height());
    QVERIFY(m_timeline->grab().save(shotDir() + QStringLiteral("/speakertimeline-narrow-1min.png")));
    m_timeline->setTracker(nullptr);
    QVERIFY(m_timeline->grab().save(shotDir() + QStringLiteral("/speakertimeline-empty.png")));
}

QTEST_MAIN(tst_SpeakerTimeline)
#include "tst_speakertimeline.moc"
