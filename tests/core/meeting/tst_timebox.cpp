// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The time box: the warning before the end, what the end does, and the long-speaker notice.
#include "core/meeting/timebox.h"
#include "meetingfixture.h"

#include <QSignalSpy>
#include <QTest>

using namespace cc;
using namespace testsupport;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kT0 = 1'800'000'000'000; // ms since the epoch

Participant floorHolder(quint32 id, bool talking)
{
    Participant p;
    p.id = id;
    p.callerIdName = u"Speaker %1"_s.arg(id);
    p.hasFloor = true;
    p.talking = talking;
    return p;
}

ConferenceSnapshot withMembers(const QList<Participant> &members)
{
    ConferenceSnapshot s;
    s.name = u"sales"_s;
    s.uuid = u"u"_s;
    s.members = members;
    return s;
}

} // namespace

class tst_TimeBox final : public QObject
{
    Q_OBJECT

private slots:
    void warnsThenLocksAtTheEnd()
    {
        MeetingRig rig(Route::EventSocket);
        QString why;
        QVERIFY2(rig.ready(&why), qPrintable(why));
        CommandSender sender(rig.transport());
        QStringList sent;
        connect(&sender, &CommandSender::commandFinished, this,
                [&](const QString &conf, const ConferenceCommand &c, const CommandOutcome &o) {
                    sent << conf + u": "_s + c.name() + u' ' + c.arguments().join(u' ') + u" -> "_s +
                                o.payload.trimmed();
                });
        qint64 now = kT0;
        TimeBox box(&sender, u"sales"_s);
        box.setClock([&] { return now; });
        QSignalSpy warning(&box, &TimeBox::warningDue);
        QSignalSpy ended(&box, &TimeBox::ended);
        QSignalSpy ticks(&box, &TimeBox::tick);

        TimeBoxSettings s;
        s.endsAtEpochSeconds = kT0 / 1000 + 10 * 60;
        s.warnMinutesBefore = 5;
        s.warningFile = u"five-minutes-left.wav"_s;
        s.endAction = TimeBoxSettings::EndAction::Lock;
        box.setSettings(s);
        QVERIFY(box.isRunning());
        QCOMPARE(box.secondsLeft(), 600);
        QCOMPARE(ticks.count(), 1); // at once, for the header
        QCOMPARE(ticks.last().at(0).toLongLong(), 600);

        now = kT0 + (5 * 60 + 1) * 1000; // 4:59 left
        QTRY_COMPARE(warning.count(), 1);
        QCOMPARE(warning.first().at(0).toInt(), 5);
        QTRY_VERIFY2(
            sent.contains(
                u"sales: play five-minutes-left.wav -> +OK (play) Playing file five-minutes-left.wav"_s),
            qPrintable(sent.join(u'\n')));
        now = kT0 + 9 * 60 * 1000;
        QTest::qWait(1100);
        QCOMPARE(warning.count(), 1); // once

        now = kT0 + 10 * 60 * 1000;
        QTRY_COMPARE(ended.count(), 1);
        QCOMPARE(ended.first().at(0).value<TimeBoxSettings::EndAction>(), TimeBoxSettings::EndAction::Lock);
        QTRY_VERIFY(rig.engineSnapshot(u"sales"_s).locked);
        QVERIFY(!box.isRunning());
        QVERIFY(rig.engineSnapshot(u"sales"_s).members.size() >= 2); // nobody kicked
    }

    void endingTheMeetingAsksFirst()
    {
        MeetingRig rig(Route::Rest);
        QString why;
        QVERIFY2(rig.ready(&why), qPrintable(why));
        CommandSender sender(rig.transport());
        qint64 now = kT0;
        TimeBox box(&sender, u"sales"_s);
        box.setClock([&] { return now; });
        QSignalSpy ask(&box, &TimeBox::endConfirmationNeeded);
        TimeBoxSettings s;
        s.endsAtEpochSeconds = kT0 / 1000 + 60;
        s.warnMinutesBefore = 0;
        s.endAction = TimeBoxSettings::EndAction::EndMeeting;
        s.askBeforeEnding = true;
        box.setSettings(s);
        now = kT0 + 61000;
        QTRY_COMPARE(ask.count(), 1);
        QTest::qWait(300);
        QVERIFY(!rig.engineSnapshot(u"sales"_s).members.isEmpty()); // not before the moderator says so
        box.endMeeting();
        QTRY_VERIFY(rig.engineSnapshot(u"sales"_s).members.isEmpty());

        // Without asking: at once. And a box set with its end already past does not warn.
        TimeBox direct(&sender, u"support"_s);
        direct.setClock([&] { return now; });
        QSignalSpy warned(&direct, &TimeBox::warningDue);
        s.endsAtEpochSeconds = now / 1000 + 1;
        s.warnMinutesBefore = 5;
        s.askBeforeEnding = false;
        direct.setSettings(s);
        now += 2000;
        QTRY_VERIFY(rig.engineSnapshot(u"support"_s).members.isEmpty());
        QCOMPARE(warned.count(), 0);
    }

    void cancelStopsTheCountdown()
    {
        CommandSender sender(nullptr);
        qint64 now = kT0;
        TimeBox box(&sender, u"sales"_s);
        box.setClock([&] { return now; });
        QSignalSpy ended(&box, &TimeBox::ended);
        TimeBoxSettings s;
        s.endsAtEpochSeconds = kT0 / 1000 + 2;
        box.setSettings(s);
        box.cancel();
        QVERIFY(!box.isRunning());
        QVERIFY(!box.secondsLeft());
        now += 5000;
        QTest::qWait(1200);
        QCOMPARE(ended.count(), 0);
    }

    void longSpeakerIsToldAboutOncePerTurn()
    {
        CommandSender sender(nullptr);
        qint64 now = kT0;
        TimeBox box(&sender, u"sales"_s);
        box.setClock([&] { return now; });
        TimeBoxSettings s;
        s.speakerLimitMinutes = 3;
        box.setSettings(s); // no end: the speaker limit works alone
        QSignalSpy over(&box, &TimeBox::speakerOverLimit);

        box.observe(withMembers({floorHolder(7, true)}));
        now += 2 * 60 * 1000;
        box.observe(withMembers({floorHolder(7, true)}));
        QCOMPARE(over.count(), 0);
        now += 61 * 1000; // 3:01 of talking
        box.observe(withMembers({floorHolder(7, true)}));
        QCOMPARE(over.count(), 1);
        QCOMPARE(over.first().at(0).toUInt(), 7u);
        QCOMPARE(over.first().at(1).toString(), u"Speaker 7"_s);
        QCOMPARE(over.first().at(2).toInt(), 3);
        now += 60 * 1000;
        box.observe(withMembers({floorHolder(7, true)}));
        QCOMPARE(over.count(), 1); // once per turn

        // Silence ends the turn; the floor staying with a quiet member is no long speech.
        now += 31 * 1000;
        box.observe(withMembers({floorHolder(7, false)}));
        now += 10 * 60 * 1000;
        box.observe(withMembers({floorHolder(7, false)}));
        QCOMPARE(over.count(), 1);
        box.observe(withMembers({floorHolder(7, true)})); // a new turn starts
        now += 3 * 60 * 1000 + 1000;
        box.observe(withMembers({floorHolder(7, true)}));
        QCOMPARE(over.count(), 2);

        // Another speaker starts from zero.
        box.observe(withMembers({floorHolder(8, true)}));
        now += 60 * 1000;
        box.observe(withMembers({floorHolder(8, true)}));
        QCOMPARE(over.count(), 2);
    }
};

QTEST_MAIN(tst_TimeBox)
#include "tst_timebox.moc"
