// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/esl/eventapplier.h"

#include <QTest>

using namespace cc;
using namespace Qt::Literals::StringLiterals;

namespace {

EslEvent makeEvent(const QString &action, QList<QPair<QString, QString>> extra = {},
                   const QString &conference = u"3000"_s, const QString &uuid = u"conf-uuid-1"_s)
{
    EslEvent e;
    e.headers = {{u"Event-Name"_s, u"CUSTOM"_s},
                 {u"Event-Subclass"_s, u"conference::maintenance"_s},
                 {u"Conference-Name"_s, conference},
                 {u"Conference-Unique-ID"_s, uuid}};
    e.headers += extra;
    e.headers.append({u"Action"_s, action});
    return e;
}

QList<QPair<QString, QString>> member(quint32 id, bool speak = true, bool hear = true, bool hold = false,
                                      bool talking = false)
{
    const auto tf = [](bool b) { return b ? u"true"_s : u"false"_s; };
    return {{u"Floor"_s, u"false"_s},
            {u"Unique-ID"_s, u"chan-%1"_s.arg(id)},
            {u"Caller-Caller-ID-Name"_s, u"Caller %1"_s.arg(id)},
            {u"Caller-Caller-ID-Number"_s, u"10%1"_s.arg(id)},
            {u"Video"_s, u"false"_s},
            {u"Hear"_s, tf(hear)},
            {u"See"_s, u"true"_s},
            {u"Speak"_s, tf(speak)},
            {u"Talking"_s, tf(talking)},
            {u"Mute-Detect"_s, u"false"_s},
            {u"Hold"_s, tf(hold)},
            {u"Member-ID"_s, QString::number(id)},
            {u"Member-Type"_s, id == 1 ? u"moderator"_s : u"member"_s},
            {u"Member-Ghost"_s, u"false"_s},
            {u"Energy-Level"_s, u"100"_s},
            {u"Current-Energy"_s, u"0"_s}};
}

} // namespace

class TestEventApplier final : public QObject
{
    Q_OBJECT

private slots:
    void lifecycleAndRoster()
    {
        EventApplier applier(u"3000"_s);
        ConferenceSnapshot s;
        auto r = applier.apply(s, makeEvent(u"conference-create"_s));
        QVERIFY(r.relevant && r.resyncWanted);
        QCOMPARE(s.uuid, u"conf-uuid-1"_s);
        r = applier.apply(s, makeEvent(u"add-member"_s, member(1)));
        QVERIFY(r.changed && !r.resyncWanted);
        applier.apply(s, makeEvent(u"add-member"_s, member(2)));
        QCOMPARE(s.members.size(), 2);
        QCOMPARE(s.members.first().id, 2u); // newest first, like xml_list
        QVERIFY(s.members.last().isModerator);
        QCOMPARE(s.memberCount, 2);
        // Another conference's events do nothing.
        ConferenceSnapshot before = s;
        r = applier.apply(s, makeEvent(u"del-member"_s, member(2), u"4000"_s));
        QVERIFY(!r.relevant);
        QCOMPARE(s, before);
        r = applier.apply(s, makeEvent(u"del-member"_s, member(2)));
        QVERIFY(r.changed);
        QCOMPARE(s.members.size(), 1);
        // del-member of somebody already gone: harmless.
        r = applier.apply(s, makeEvent(u"del-member"_s, member(2)));
        QVERIFY(!r.changed && !r.resyncWanted);
        r = applier.apply(s, makeEvent(u"conference-destroy"_s));
        QVERIFY(s.members.isEmpty());
        QCOMPARE(s.name, u"3000"_s);
    }

    void holdMasksFlagsLikeXmlList()
    {
        EventApplier applier(u"3000"_s);
        ConferenceSnapshot s;
        applier.apply(s, makeEvent(u"add-member"_s, member(5)));
        applier.apply(s, makeEvent(u"hold-member"_s, member(5, true, true, true, true)));
        const Participant &p = s.members.first();
        QVERIFY(p.hold);
        QVERIFY(!p.canSpeak && !p.canHear && !p.canSee && !p.talking);
        applier.apply(s, makeEvent(u"unhold-member"_s, member(5)));
        QVERIFY(s.members.first().canSpeak && s.members.first().canHear);
    }

    void missedJoinAndNewInstanceAskForResync()
    {
        EventApplier applier(u"3000"_s);
        ConferenceSnapshot s;
        s.name = u"3000"_s;
        s.uuid = u"conf-uuid-1"_s;
        // A member event for an unknown member: shown from its data, re-sync wanted.
        auto r = applier.apply(s, makeEvent(u"mute-member"_s, member(9, false)));
        QVERIFY(r.changed && r.resyncWanted);
        QCOMPARE(s.members.size(), 1);
        QVERIFY(!s.members.first().canSpeak);
        // Same name, new Conference-Unique-ID: the old roster is void.
        r = applier.apply(s, makeEvent(u"lock"_s, {}, u"3000"_s, u"conf-uuid-2"_s));
        QVERIFY(r.resyncWanted);
        QVERIFY(s.members.isEmpty());
        QVERIFY(s.locked);
    }

    void levelsFloorAndRecording()
    {
        EventApplier applier(u"3000"_s);
        ConferenceSnapshot s;
        applier.apply(s, makeEvent(u"add-member"_s, member(1)));
        applier.apply(s, makeEvent(u"add-member"_s, member(2)));
        auto withExtra = [](QList<QPair<QString, QString>> h, QString k, QString v) {
            h.append({k, v});
            return h;
        };
        applier.apply(s, makeEvent(u"volume-in-member"_s, withExtra(member(1), u"Volume-Level"_s, u"3"_s)));
        applier.apply(s, makeEvent(u"volume-out-member"_s, withExtra(member(1), u"Volume-Level"_s, u"-2"_s)));
        auto energy = member(2);
        energy[14].second = u"450"_s;
        applier.apply(s, makeEvent(u"energy-level-member"_s, energy));
        QCOMPARE(s.members.last().volumeIn, 3);
        QCOMPARE(s.members.last().volumeOut, -2);
        QCOMPARE(s.members.first().energy, 450);
        applier.apply(s, makeEvent(u"floor-change"_s, {{u"Old-ID"_s, u"none"_s}, {u"New-ID"_s, u"2"_s}}));
        QVERIFY(s.members.first().hasFloor);
        applier.apply(s, makeEvent(u"floor-change"_s, {{u"Old-ID"_s, u"2"_s}, {u"New-ID"_s, u"none"_s}}));
        QVERIFY(!s.members.first().hasFloor && !s.members.last().hasFloor);
        // A recorder that could not open its file records nothing.
        applier.apply(
            s, makeEvent(u"start-recording"_s, {{u"Path"_s, u"/x/a.wav"_s},
                                                {u"Error"_s, u"File could not be opened for recording"_s}}));
        QVERIFY(s.recordings.isEmpty());
        applier.apply(s, makeEvent(u"start-recording"_s, {{u"Path"_s, u"/x/a.wav"_s}}));
        applier.apply(s, makeEvent(u"start-recording"_s, {{u"Path"_s, u"/x/b.wav"_s}}));
        QCOMPARE(s.recordings.size(), 2);
        applier.apply(s, makeEvent(u"stop-recording"_s,
                                   {{u"Path"_s, u"/x/a.wav"_s}, {u"Other-Recordings"_s, u"true"_s}}));
        QCOMPARE(s.recordings.size(), 1);
        QVERIFY(s.recording);
        applier.apply(s, makeEvent(u"stop-recording"_s,
                                   {{u"Path"_s, u"/x/b.wav"_s}, {u"Other-Recordings"_s, u"false"_s}}));
        QVERIFY(!s.recording);
    }
};

QTEST_GUILESS_MAIN(TestEventApplier)
#include "tst_eventapplier.moc"
