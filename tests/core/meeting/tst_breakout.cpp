// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Breakout rooms: the split, the record kept on the switch, and a whole breakout (out, warning,
// back) over the sipXconfig REST route and the event socket, with the ways it can go wrong.
#include "core/meeting/breakout.h"
#include "core/meeting/meetingvariables.h"
#include "meetingfixture.h"
#include "simsupport.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTest>

using namespace cc;
using namespace testsupport;
using namespace Qt::StringLiterals;

namespace {

const QString kSales = u"sales"_s;

QList<quint32> idsIn(const ConferenceSnapshot &s)
{
    QList<quint32> ids;
    for (const Participant &p : s.members)
        ids << p.id;
    return ids;
}

bool containsAll(const QList<quint32> &have, const QList<quint32> &want)
{
    return std::all_of(want.cbegin(), want.cend(), [&](quint32 id) { return have.contains(id); });
}

} // namespace

class tst_Breakout final : public QObject
{
    Q_OBJECT

    static void routes()
    {
        QTest::addColumn<Route>("route");
        QTest::newRow("rest") << Route::Rest;
        QTest::newRow("event socket") << Route::EventSocket;
    }

    /// Rooms both routes can use: over REST they must be sipXconfig conferences alice owns (the
    /// rig has sales-room-1 … 3), over the event socket the transfer creates them.
    static QStringList roomsFor(Route, MeetingRig &) { return defaultRoomNames(kSales, 2); }

private slots:
    void splitsEvenlyOrAtRandom()
    {
        const QList<quint32> ids{1, 2, 3, 4, 5, 6, 7};
        const auto even = splitIntoRooms(ids, {u"a"_s, u"b"_s, u"c"_s}, SplitMode::Evenly);
        QCOMPARE(even.size(), 3);
        QCOMPARE(even[0].memberIds, (QList<quint32>{1, 4, 7}));
        QCOMPARE(even[1].memberIds, (QList<quint32>{2, 5}));
        QCOMPARE(even[2].memberIds, (QList<quint32>{3, 6}));

        const auto random = splitIntoRooms(ids, {u"a"_s, u"b"_s}, SplitMode::Randomly, 7);
        QCOMPARE(random, splitIntoRooms(ids, {u"a"_s, u"b"_s}, SplitMode::Randomly, 7)); // a seed repeats
        QList<quint32> all = random[0].memberIds + random[1].memberIds;
        std::sort(all.begin(), all.end());
        QCOMPARE(all, ids); // nobody lost, nobody twice
        QVERIFY(qAbs(random[0].memberIds.size() - random[1].memberIds.size()) <= 1);
        QVERIFY(random != splitIntoRooms(ids, {u"a"_s, u"b"_s}, SplitMode::Evenly));

        QCOMPARE(splitIntoRooms({1}, {u"a"_s, u"b"_s}, SplitMode::Evenly)[1].memberIds,
                 QList<quint32>{}); // kept
        QCOMPARE(defaultRoomNames(u"sales"_s, 2), (QStringList{u"sales-room-1"_s, u"sales-room-2"_s}));
    }

    void recordRoundTrips()
    {
        BreakoutRecord r;
        r.origin = u"sales"_s;
        r.endsAtEpochSeconds = 1'800'000'000;
        r.rooms = {{u"a"_s, {5, 6}}, {u"b b"_s, {7}}};
        QCOMPARE(BreakoutRecord::fromText(r.toText()), r);
        QCOMPARE(r.roomOf(7), u"b b"_s);
        QCOMPARE(r.roomOf(8), QString());
        QCOMPARE(r.allMemberIds(), (QList<quint32>{5, 6, 7}));
        QVERIFY(!BreakoutRecord::fromText(u"{"_s));
        QVERIFY(!BreakoutRecord::fromText(u"{\"rooms\":[]}"_s)); // no origin

        // From the rooms' variables (what a console finds after a restart).
        ConferenceSnapshot a;
        a.name = u"a"_s;
        a.variables = {{u"cc_breakout_from"_s, u"sales"_s},
                       {u"cc_breakout_members"_s, u"5,6"_s},
                       {u"cc_breakout_ends"_s, u"1800000000"_s}};
        ConferenceSnapshot other;
        other.name = u"x"_s;
        other.variables = {{u"cc_breakout_from"_s, u"board"_s}};
        const auto found = BreakoutRecord::fromRooms(u"sales"_s, {other, a});
        QVERIFY(found);
        QCOMPARE(found->rooms, (QList<BreakoutRoom>{{u"a"_s, {5, 6}}}));
        QCOMPARE(found->endsAtEpochSeconds, 1'800'000'000);
        QVERIFY(!BreakoutRecord::fromRooms(u"support"_s, {other, a}));
    }

    void readsTransferAnswers()
    {
        // conference_api_sub_transfer: one line per id.
        const auto a = parseTransferAnswer(u"+OK Member '5' sent to conference r1.\n"
                                           "-ERR No Member 9 in conference sales.\n"
                                           "+OK Member '6' sent to conference r1.\n"_s);
        QCOMPARE(a.sent, (QList<quint32>{5, 6}));
        QCOMPARE(a.missing, QList<quint32>{9});
    }

    void breakoutRunsAndEveryoneComesBack_data() { routes(); }
    void breakoutRunsAndEveryoneComesBack()
    {
        QFETCH(Route, route);
        MeetingRig rig(route);
        QString why;
        QVERIFY2(rig.ready(&why), qPrintable(why));
        const QStringList rooms = roomsFor(route, rig);
        const ConferenceSnapshot start = rig.engineSnapshot(kSales);
        QList<quint32> callers;
        for (const Participant &p : start.members) {
            if (!p.isModerator)
                callers << p.id;
        }
        QVERIFY(callers.size() >= 3);
        const QList<quint32> supportBefore = idsIn(rig.engineSnapshot(u"support"_s));

        CommandSender sender(rig.transport());
        QStringList sent;
        connect(&sender, &CommandSender::commandFinished, this,
                [&](const QString &conf, const ConferenceCommand &c, const CommandOutcome &) {
                    sent << conf + u": "_s + c.name() + u' ' + c.arguments().join(u' ');
                });
        BreakoutSession session(&sender);
        QStringList problems;
        connect(&session, &BreakoutSession::problem, this, [&](const QString &p) { problems << p; });
        QSignalSpy finished(&session, &BreakoutSession::finished);
        QSignalSpy returning(&session, &BreakoutSession::returning);
        QSignalSpy warned(&session, &BreakoutSession::warningPlayed);
        session.setWarning(u"one-minute.wav"_s, 2);

        BreakoutRecord record;
        record.origin = kSales;
        record.rooms = splitIntoRooms(callers, rooms, SplitMode::Evenly);
        record.endsAtEpochSeconds = QDateTime::currentSecsSinceEpoch() + 4;
        session.start(record);
        QTRY_COMPARE(session.state(), BreakoutSession::State::Running);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));

        // Out: every member in the room chosen, with the same id; the origin keeps the moderator.
        for (const BreakoutRoom &room : record.rooms) {
            QTRY_VERIFY2(containsAll(idsIn(rig.engineSnapshot(room.name)), room.memberIds),
                         qPrintable(room.name));
            // The room says where they came from (a console restart reads it).
            QTRY_COMPARE(meetingvar::value(rig.engineSnapshot(room.name), meetingvar::BreakoutFrom), kSales);
            QTRY_COMPARE(meetingvar::value(rig.engineSnapshot(room.name), meetingvar::BreakoutMembers),
                         meetingvar::joinIds(room.memberIds));
        }
        for (quint32 id : callers)
            QVERIFY(!idsIn(rig.engineSnapshot(kSales)).contains(id));
        const auto found = BreakoutRecord::fromRooms(
            kSales, {rig.engineSnapshot(rooms.at(0)), rig.engineSnapshot(rooms.at(1))});
        QVERIFY(found);
        QCOMPARE(found->allMemberIds().size(), callers.size());

        // The warning plays in every room, then the end brings them back.
        QTRY_COMPARE_WITH_TIMEOUT(warned.count(), 1, 6000);
        for (const QString &room : rooms)
            QTRY_VERIFY2(sent.contains(room + u": play one-minute.wav"_s), qPrintable(sent.join(u'\n')));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        QTRY_VERIFY(containsAll(idsIn(rig.engineSnapshot(kSales)), callers));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QCOMPARE(session.state(), BreakoutSession::State::Finished);
        QVERIFY(session.record().isEmpty());
        QList<quint32> back;
        for (const QList<QVariant> &args : std::as_const(returning))
            back << args.at(0).value<QList<quint32>>();
        std::sort(back.begin(), back.end());
        QList<quint32> sortedCallers = callers;
        std::sort(sortedCallers.begin(), sortedCallers.end());
        QCOMPARE(back, sortedCallers);
        QCOMPARE(idsIn(rig.engineSnapshot(u"support"_s)), supportBefore); // untouched
    }

    void nobodyIsLeftBehindSilently_data() { routes(); }
    void nobodyIsLeftBehindSilently()
    {
        QFETCH(Route, route);
        MeetingRig rig(route);
        QString why;
        QVERIFY2(rig.ready(&why), qPrintable(why));
        const QStringList rooms = roomsFor(route, rig);
        // The second room is locked: a locked conference would turn the callers away.
        const quint32 keeper = rig.engine()->addMember(rooms.at(1), caller(u"Keeper"_s, u"+4930777"_s));
        QVERIFY(keeper);
        QCOMPARE(QString::fromUtf8(rig.api(u"conference %1 lock"_s.arg(rooms.at(1))).trimmed()),
                 u"+OK %1 locked"_s.arg(rooms.at(1)));
        QList<quint32> callers;
        for (const Participant &p : rig.engineSnapshot(kSales).members) {
            if (!p.isModerator)
                callers << p.id;
        }
        CommandSender sender(rig.transport());
        BreakoutSession session(&sender);
        session.setNameOf([&](quint32 id) { return u"member-%1"_s.arg(id); });
        QStringList problems;
        connect(&session, &BreakoutSession::problem, this, [&](const QString &p) { problems << p; });
        BreakoutRecord record;
        record.origin = kSales;
        record.rooms = splitIntoRooms(callers, rooms, SplitMode::Evenly);
        const QList<quint32> toLocked = record.rooms.at(1).memberIds;
        const QList<quint32> toOpen = record.rooms.at(0).memberIds;
        QVERIFY(!toLocked.isEmpty() && toOpen.size() >= 2);
        session.start(record);
        QTRY_COMPARE(session.state(), BreakoutSession::State::Running);
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(u"locked"_s) &&
                     problems.first().contains(u"member-%1"_s.arg(toLocked.first())),
                 qPrintable(problems.first()));
        for (quint32 id : toLocked)
            QVERIFY(idsIn(rig.engineSnapshot(kSales)).contains(id)); // still at home
        QCOMPARE(session.record().rooms.size(), 1);
        QTRY_VERIFY(containsAll(idsIn(rig.engineSnapshot(rooms.at(0))), toOpen));

        // One member hangs up in the room; one is moved to another room by hand.
        const quint32 gone = toOpen.at(0);
        const quint32 moved = toOpen.at(1);
        QVERIFY(rig.api(u"conference %1 hup %2"_s.arg(rooms.at(0)).arg(gone)).startsWith("+OK"));
        QTRY_VERIFY(!idsIn(rig.engineSnapshot(rooms.at(0))).contains(gone));
        const QString third = defaultRoomNames(kSales, 3).at(2);
        QSignalSpy recordChanged(&session, &BreakoutSession::recordChanged);
        session.moveMember(moved, third);
        QTRY_VERIFY(!recordChanged.isEmpty());
        QCOMPARE(session.record().roomOf(moved), third);
        QTRY_VERIFY(idsIn(rig.engineSnapshot(third)).contains(moved));

        problems.clear();
        QSignalSpy finished(&session, &BreakoutSession::finished);
        session.recall();
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(u"member-%1"_s.arg(gone)), qPrintable(problems.first()));
        QTRY_VERIFY(idsIn(rig.engineSnapshot(kSales)).contains(moved));
        for (quint32 id : toOpen.mid(2))
            QTRY_VERIFY(idsIn(rig.engineSnapshot(kSales)).contains(id));
        QVERIFY(!idsIn(rig.engineSnapshot(kSales)).contains(gone));
        QVERIFY(idsIn(rig.engineSnapshot(rooms.at(1))).contains(keeper)); // never ours
    }

    void resumesAfterARestart()
    {
        MeetingRig rig(Route::EventSocket);
        QString why;
        QVERIFY2(rig.ready(&why), qPrintable(why));
        QList<quint32> callers;
        for (const Participant &p : rig.engineSnapshot(kSales).members) {
            if (!p.isModerator)
                callers << p.id;
        }
        const QStringList rooms = defaultRoomNames(kSales, 2);
        {
            CommandSender sender(rig.transport());
            BreakoutSession first(&sender);
            BreakoutRecord record;
            record.origin = kSales;
            record.rooms = splitIntoRooms(callers, rooms, SplitMode::Evenly);
            record.endsAtEpochSeconds = QDateTime::currentSecsSinceEpoch() + 3600;
            first.start(record);
            QTRY_COMPARE(first.state(), BreakoutSession::State::Running);
            QTRY_VERIFY(
                meetingvar::value(rig.engineSnapshot(rooms.at(1)), meetingvar::BreakoutMembers).has_value());
        } // the console quits

        const auto found = BreakoutRecord::fromRooms(
            kSales, {rig.engineSnapshot(rooms.at(0)), rig.engineSnapshot(rooms.at(1))});
        QVERIFY(found);
        CommandSender sender(rig.transport());
        BreakoutSession again(&sender);
        QSignalSpy ticks(&again, &BreakoutSession::tick);
        again.resume(*found);
        QCOMPARE(again.state(), BreakoutSession::State::Running);
        QVERIFY(again.secondsLeft().value_or(0) > 3500);
        QTRY_VERIFY(!ticks.isEmpty());
        QSignalSpy finished(&again, &BreakoutSession::finished);
        again.recall();
        QTRY_COMPARE(finished.count(), 1);
        QTRY_VERIFY(containsAll(idsIn(rig.engineSnapshot(kSales)), callers));
        QTRY_VERIFY(!rig.engine()->conferenceExists(rooms.at(0)));
    }
};

QTEST_MAIN(tst_Breakout)
#include "tst_breakout.moc"
