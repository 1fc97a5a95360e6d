// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// BridgeEngine member commands: the dispatcher, selectors, levels, floor, hold, kick and event headers.
#include "enginefixture.h"

#include <QSignalSpy>
#include <QTest>

using namespace sim;
using namespace testsupport;

namespace {

/// `pattern` with %1, %2, ... replaced by the given member ids in that order, as the bytes the engine
/// prints: expected output names the ids add() returned, never literal ones.
template <typename... Ids> QByteArray withIds(const char *pattern, Ids... ids)
{
    QString out = QString::fromLatin1(pattern);
    ((out = out.arg(ids)), ...);
    return out.toLatin1();
}

} // namespace

class tst_EngineMembers final : public EngineFixture
{
    Q_OBJECT

private slots:
    // ------------------------------------------------------------ dispatcher (§1)
    void dispatcherErrors()
    {
        const quint32 a = add(QStringLiteral("3000"), QStringLiteral("A"), QStringLiteral("1"));
        QCOMPARE(api(QStringLiteral("conference 3000")),
                 QByteArray("Conference command, not specified.\nTry 'help'\n"));
        QCOMPARE(api(QStringLiteral("conference 3000 frobnicate")),
                 QByteArray("-ERR Conference command 'frobnicate' not found.\n"));
        QCOMPARE(api(QStringLiteral("conference 4000 mute %1").arg(a)),
                 QByteArray("-ERR Conference 4000 not found\n"));
        QCOMPARE(api(QStringLiteral("status")), QByteArray("-ERR status Command not found!\n"));
        QCOMPARE(api(QStringLiteral("conference 3000 MUTE %1").arg(a)), withIds("+OK mute %1\n", a));
        const quint32 b = add(QStringLiteral("Sales"), QStringLiteral("B"), QStringLiteral("2"));
        QCOMPARE(api(QStringLiteral("conference sales mute %1").arg(b)),
                 QByteArray("-ERR Conference sales not found\n"));
        QVERIFY(api(QStringLiteral("conference help")).contains("conference <conf_name> relate <member_id>"));
    }

    void memberSelectors()
    {
        const quint32 a = add(QStringLiteral("3000"), QStringLiteral("A"), QStringLiteral("1001"), true);
        const quint32 b = add(QStringLiteral("3000"), QStringLiteral("B"), QStringLiteral("1002"));
        const quint32 c = add(QStringLiteral("3000"), QStringLiteral("C"), QStringLiteral("1003"));
        QCOMPARE(a, 1u);
        // ids are counted up, so nothing above c is a member
        const quint32 absent = c + 10;
        QCOMPARE(api(QStringLiteral("conference 3000 mute %1abc").arg(b)), withIds("+OK mute %1\n", b));
        QCOMPARE(api(QStringLiteral("conference 3000 mute 00%1").arg(absent)),
                 withIds("-ERR Non-Existant ID %1\n", absent));
        QCOMPARE(api(QStringLiteral("conference 3000 mute -5")),
                 QByteArray("-ERR Non-Existant ID 4294967291\n"));
        QCOMPARE(api(QStringLiteral("conference 3000 unmute all")),
                 withIds("+OK unmute %1\n+OK unmute %2\n+OK unmute %3\n", c, b, a));
        QCOMPARE(api(QStringLiteral("conference 3000 mute non_moderator")),
                 withIds("+OK mute %1\n+OK mute %2\nSkipping moderator (member id %3).\n", c, b, a));
        QCOMPARE(api(QStringLiteral("conference 3000 deaf last")), withIds("+OK deaf %1\n", c));
        QCOMPARE(api(QStringLiteral("conference 3000 deaf caller_id_number=1002")),
                 withIds("+OK deaf %1\n", b));
        QCOMPARE(api(QStringLiteral("conference 3000 deaf caller_id_number=9")),
                 QByteArray("-ERR Non-Existant member\n"));
        QCOMPARE(api(QStringLiteral("conference 3000 undeaf conference_member_id=%1").arg(a)),
                 withIds("+OK undeaf %1\n", a));
        QCOMPARE(api(QStringLiteral("conference 3000 mute abc")),
                 QByteArray("mute <[member_id|all]|last|non_moderator> [<quiet>]"));
        QCOMPARE(api(QStringLiteral("conference 3000 mute")),
                 QByteArray("mute <[member_id|all]|last|non_moderator> [<quiet>]"));
        QCOMPARE(api(QStringLiteral("conference 3000 kick 0")),
                 QByteArray("kick <[member_id|all|last|non_moderator]> [<optional sound file>]"));
        // the recorder is "last" now: nothing happens, nothing is printed
        api(QStringLiteral("conference 3000 record /tmp/r.wav"));
        QCOMPARE(api(QStringLiteral("conference 3000 mute last")), QByteArray());
        QCOMPARE(api(QStringLiteral("conference 3000 tmute %1").arg(c)), withIds("+OK unmute %1\n", c));
        QCOMPARE(api(QStringLiteral("conference 3000 tmute %1 quiet").arg(c)), withIds("+OK mute %1\n", c));
    }

    void energyAndVolume()
    {
        const quint32 a = add(QStringLiteral("3000"), QStringLiteral("A"), QStringLiteral("1"));
        QCOMPARE(api(QStringLiteral("conference 3000 energy %1").arg(a)), withIds("Energy %1 = 100\n", a));
        QCOMPARE(api(QStringLiteral("conference 3000 energy %1 5000").arg(a)),
                 withIds("Energy %1 = 5000\n", a));
        QCOMPARE(api(QStringLiteral("conference 3000 energy %1 up").arg(a)),
                 withIds("Energy %1 = 1800\n", a));
        QCOMPARE(api(QStringLiteral("conference 3000 energy %1 -20").arg(a)),
                 withIds("Energy %1 = -20\n", a));
        QCOMPARE(api(QStringLiteral("conference 3000 energy %1 down").arg(a)), withIds("Energy %1 = 0\n", a));
        QCOMPARE(api(QStringLiteral("conference 3000 energy %1 loud").arg(a)), withIds("Energy %1 = 0\n", a));
        QCOMPARE(api(QStringLiteral("conference 3000 energy %1 UP").arg(a)), withIds("Energy %1 = 200\n", a));
        QCOMPARE(api(QStringLiteral("conference 3000 volume_in %1").arg(a)),
                 withIds("+OK Volume IN %1 = 0\n", a));
        QCOMPARE(api(QStringLiteral("conference 3000 volume_in %1 10").arg(a)),
                 withIds("+OK Volume IN %1 = 4\n", a));
        QCOMPARE(api(QStringLiteral("conference 3000 volume_in %1 up").arg(a)),
                 withIds("+OK Volume IN %1 = 4\n", a));
        QCOMPARE(api(QStringLiteral("conference 3000 volume_out %1 -9").arg(a)),
                 withIds("+OK Volume OUT %1 = -4\n", a));
        QCOMPARE(api(QStringLiteral("conference 3000 volume_out %1 up").arg(a)),
                 withIds("+OK Volume OUT %1 = -3\n", a));
    }

    void rarelyUsedMemberCommands()
    {
        const quint32 a = add(QStringLiteral("3000"), QStringLiteral("A"), QStringLiteral("1"));
        QCOMPARE(api(QStringLiteral("conference 3000 vblind %1").arg(a)), withIds("+OK vblind %1\n", a));
        QVERIFY(api(QStringLiteral("conference 3000 xml_list")).contains("<can_see>false</can_see>"));
        QCOMPARE(api(QStringLiteral("conference 3000 tvblind %1").arg(a)), withIds("+OK unvblind %1\n", a));
        QCOMPARE(api(QStringLiteral("conference 3000 vmute %1").arg(a)), withIds("+OK vmute %1\n", a));
        QCOMPARE(api(QStringLiteral("conference 3000 agc %1 300").arg(a)), withIds("Agc %1 = 300\n", a));
        QCOMPARE(api(QStringLiteral("conference 3000 auto-energy %1").arg(a)),
                 withIds("%1 = Auto-Energy: 0 Energy: 100\n", a));
        QCOMPARE(api(QStringLiteral("conference 3000 max-energy %1 50").arg(a)),
                 withIds("-ERR %1 Max-Energy cannot exceed energy level.\n", a));
        QCOMPARE(
            api(QStringLiteral("conference 3000 max-energy %1 900:500:3").arg(a)),
            withIds("%1 = Max-Energy: 100 Energy: 900 Max-Energy-Mute: 500ms Max-Energy-Hit-Trigger 3\n", a));
        QCOMPARE(api(QStringLiteral("conference 3000 position %1 1:2:3").arg(a)),
                 QByteArray("-ERR not supported\n"));
        // UUIDs come from the fixture's own counter: the conference took ...0001, the member ...0002
        QCOMPARE(api(QStringLiteral("conference 3000 get-uuid %1").arg(a)),
                 QByteArray("00000000-0000-4000-8000-000000000002"));
    }

    void floorCommand()
    {
        const quint32 a = add(QStringLiteral("3000"), QStringLiteral("A"), QStringLiteral("1"));
        const quint32 b = add(QStringLiteral("3000"), QStringLiteral("B"), QStringLiteral("2"));
        QSignalSpy spy(m_engine.get(), &BridgeEngine::conferenceEvent);
        QCOMPARE(api(QStringLiteral("conference 3000 floor %1").arg(a)), withIds("+OK floor %1\n", a));
        QCOMPARE(api(QStringLiteral("conference 3000 floor %1").arg(b)),
                 withIds("-ERR floor is held by %1\n", a));
        QCOMPARE(api(QStringLiteral("conference 3000 floor %1").arg(a)), QByteArray("+OK floor none\n"));
        QCOMPARE(actions(spy), QByteArrayList({"floor-change", "floor-change"}));
        const Headers first = spy.at(0).at(0).value<Headers>();
        QCOMPARE(header(first, "Old-ID"), QByteArray("none"));
        QCOMPARE(header(first, "New-ID"), QByteArray::number(a));
    }

    void holdMasksFlags()
    {
        const quint32 a = add(QStringLiteral("3000"), QStringLiteral("A"), QStringLiteral("1"));
        add(QStringLiteral("3000"), QStringLiteral("B"), QStringLiteral("2"));
        m_engine->setTalkingForTesting(a, true);
        QCOMPARE(api(QStringLiteral("conference 3000 hold %1").arg(a)), withIds("+OK hold %1\n", a));
        QCOMPARE(api(QStringLiteral("conference 3000 list")).split('\n').at(1).split(';').at(5),
                 QByteArray("hold|floor"));
        const QByteArray xml = api(QStringLiteral("conference 3000 xml_list"));
        const QByteArray member1 = xml.mid(xml.indexOf(withIds("<id>%1</id>", a)));
        QVERIFY(member1.contains("<can_hear>false</can_hear>\n          <can_see>false</can_see>\n          "
                                 "<can_speak>false</can_speak>"));
        QVERIFY(member1.contains("<talking>false</talking>\n          <hold>true</hold>"));
        QCOMPARE(api(QStringLiteral("conference 3000 unhold %1").arg(a)), withIds("+OK unhold %1\n", a));
        QCOMPARE(api(QStringLiteral("conference 3000 list")).split('\n').at(1).split(';').at(5),
                 QByteArray("hear|speak|floor"));
    }

    void kickHupAndLifecycle()
    {
        QSignalSpy spy(m_engine.get(), &BridgeEngine::conferenceEvent);
        const quint32 a = add(QStringLiteral("3000"), QStringLiteral("A"), QStringLiteral("1"));
        const quint32 b = add(QStringLiteral("3000"), QStringLiteral("B"), QStringLiteral("2"));
        api(QStringLiteral("conference 3000 record /tmp/x.wav"));
        QCOMPARE(api(QStringLiteral("conference 3000 kick %1").arg(a)), withIds("+OK kicked %1\n", a));
        QCOMPARE(api(QStringLiteral("conference 3000 kick %1").arg(a)),
                 withIds("-ERR Non-Existant ID %1\n", a));
        QCOMPARE(api(QStringLiteral("conference 3000 hup all")), withIds("+OK hup %1\n", b));
        QVERIFY(!m_engine->conferenceExists(QStringLiteral("3000")));
        QCOMPARE(actions(spy), QByteArrayList({"conference-create", "add-member", "add-member",
                                               "start-recording", "kick-member", "del-member", "hup-member",
                                               "del-member", "stop-recording", "conference-destroy"}));
        // ids are never reused: the recorder took b + 1
        QCOMPARE(add(QStringLiteral("3000"), QStringLiteral("C"), QStringLiteral("3")), b + 2);
        QVERIFY(m_engine->recordingFileExists(QStringLiteral("/tmp/x.wav")));
    }

    void reentrantApiFromEventSlot()
    {
        const quint32 a = add(QStringLiteral("3000"), QStringLiteral("A"), QStringLiteral("1"));
        const quint32 b = add(QStringLiteral("3000"), QStringLiteral("B"), QStringLiteral("2"));
        QByteArrayList nested;
        connect(m_engine.get(), &BridgeEngine::conferenceEvent, this, [&](const Headers &h) {
            if (header(h, "Action") == "kick-member" || header(h, "Action") == "del-member")
                nested.append(api(QStringLiteral("conference 3000 count")));
        });
        QCOMPARE(api(QStringLiteral("conference 3000 kick all")),
                 withIds("+OK kicked %1\n+OK kicked %2\n", b, a));
        QCOMPARE(nested, QByteArrayList({"2", "1", "0", "0"}));
        QVERIFY(!m_engine->conferenceExists(QStringLiteral("3000")));
    }

    void eventHeaders()
    {
        m_uuids = {QStringLiteral("conf-uuid"), QStringLiteral("member-uuid")};
        const quint32 a =
            add(QStringLiteral("3000"), QStringLiteral("Bob Jones"), QStringLiteral("+15551234567"));
        QSignalSpy spy(m_engine.get(), &BridgeEngine::conferenceEvent);
        api(QStringLiteral("conference 3000 mute %1").arg(a));
        QCOMPARE(spy.size(), 1);
        const Headers h = spy.at(0).at(0).value<Headers>();
        QByteArrayList names;
        for (const auto &kv : h)
            names.append(kv.first);
        const QByteArrayList expectedOrder = {"Event-Name",
                                              "Event-Subclass",
                                              "Conference-Name",
                                              "Conference-Size",
                                              "Conference-Unique-ID",
                                              "Floor",
                                              "Unique-ID",
                                              "Caller-Caller-ID-Name",
                                              "Caller-Caller-ID-Number",
                                              "Hear",
                                              "See",
                                              "Speak",
                                              "Talking",
                                              "Mute-Detect",
                                              "Hold",
                                              "Member-ID",
                                              "Member-Type",
                                              "Energy-Level",
                                              "Action"};
        qsizetype last = -1;
        for (const QByteArray &n : expectedOrder) {
            const qsizetype at = names.indexOf(n);
            QVERIFY2(at > last, n.constData());
            last = at;
        }

        QCOMPARE(names.last(), QByteArray("Action"));
        QCOMPARE(header(h, "Action"), QByteArray("mute-member"));
        QCOMPARE(header(h, "Event-Subclass"), QByteArray("conference::maintenance"));
        QCOMPARE(header(h, "Conference-Unique-ID"), QByteArray("conf-uuid"));
        QCOMPARE(header(h, "Unique-ID"), QByteArray("member-uuid"));
        QCOMPARE(header(h, "Caller-Caller-ID-Number"), QByteArray("+15551234567"));
        QCOMPARE(header(h, "Speak"), QByteArray("false"));
        QCOMPARE(header(h, "Member-Type"), QByteArray("member"));

        spy.clear();
        api(QStringLiteral("conference 3000 energy %1 500").arg(a));
        api(QStringLiteral("conference 3000 energy %1").arg(a)); // query: no event
        api(QStringLiteral("conference 3000 volume_in %1 2").arg(a));
        api(QStringLiteral("conference 3000 dtmf %1 123").arg(a));
        api(QStringLiteral("conference 3000 deaf %1").arg(a));
        api(QStringLiteral("conference 3000 lock"));
        QCOMPARE(actions(spy), QByteArrayList({"energy-level-member", "volume-in-member", "dtmf-member",
                                               "deaf-member", "lock"}));
        QCOMPARE(header(spy.at(1).at(0).value<Headers>(), "Volume-Level"), QByteArray("2"));
        QCOMPARE(header(spy.at(2).at(0).value<Headers>(), "Digits"), QByteArray("123"));
        int energyHeaders = 0;
        for (const auto &kv : spy.at(0).at(0).value<Headers>())
            energyHeaders += kv.first == "Energy-Level";
        QCOMPARE(energyHeaders, 2);
    }
};

QTEST_GUILESS_MAIN(tst_EngineMembers)
#include "tst_enginemembers.moc"
