// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// BridgeEngine member commands: the dispatcher, selectors, levels, floor, hold, kick and event headers.
#include "enginefixture.h"

#include <QSignalSpy>
#include <QTest>

using namespace sim;
using namespace testsupport;

class tst_EngineMembers final : public EngineFixture
{
    Q_OBJECT

private slots:
    // ------------------------------------------------------------ dispatcher (§1)
    void dispatcherErrors()
    {
        add(QStringLiteral("3000"), QStringLiteral("A"), QStringLiteral("1"));
        QCOMPARE(api(QStringLiteral("conference 3000")),
                 QByteArray("Conference command, not specified.\nTry 'help'\n"));
        QCOMPARE(api(QStringLiteral("conference 3000 frobnicate")),
                 QByteArray("-ERR Conference command 'frobnicate' not found.\n"));
        QCOMPARE(api(QStringLiteral("conference 4000 mute 1")),
                 QByteArray("-ERR Conference 4000 not found\n"));
        QCOMPARE(api(QStringLiteral("status")), QByteArray("-ERR status Command not found!\n"));
        QCOMPARE(api(QStringLiteral("conference 3000 MUTE 1")), QByteArray("+OK mute 1\n"));
        add(QStringLiteral("Sales"), QStringLiteral("B"), QStringLiteral("2"));
        QCOMPARE(api(QStringLiteral("conference sales mute 2")),
                 QByteArray("-ERR Conference sales not found\n"));
        QVERIFY(api(QStringLiteral("conference help")).contains("conference <conf_name> relate <member_id>"));
    }

    void memberSelectors()
    {
        const quint32 a = add(QStringLiteral("3000"), QStringLiteral("A"), QStringLiteral("1001"), true);
        const quint32 b = add(QStringLiteral("3000"), QStringLiteral("B"), QStringLiteral("1002"));
        const quint32 c = add(QStringLiteral("3000"), QStringLiteral("C"), QStringLiteral("1003"));
        QCOMPARE(a, 1u);
        QCOMPARE(api(QStringLiteral("conference 3000 mute 2abc")), QByteArray("+OK mute 2\n"));
        QCOMPARE(api(QStringLiteral("conference 3000 mute 007")), QByteArray("-ERR Non-Existant ID 7\n"));
        QCOMPARE(api(QStringLiteral("conference 3000 mute -5")),
                 QByteArray("-ERR Non-Existant ID 4294967291\n"));
        QCOMPARE(api(QStringLiteral("conference 3000 unmute all")),
                 QByteArray("+OK unmute 3\n+OK unmute 2\n+OK unmute 1\n"));
        QCOMPARE(api(QStringLiteral("conference 3000 mute non_moderator")),
                 QByteArray("+OK mute 3\n+OK mute 2\nSkipping moderator (member id 1).\n"));
        QCOMPARE(api(QStringLiteral("conference 3000 deaf last")), QByteArray("+OK deaf 3\n"));
        QCOMPARE(api(QStringLiteral("conference 3000 deaf caller_id_number=1002")),
                 QByteArray("+OK deaf 2\n"));
        QCOMPARE(api(QStringLiteral("conference 3000 deaf caller_id_number=9")),
                 QByteArray("-ERR Non-Existant member\n"));
        QCOMPARE(api(QStringLiteral("conference 3000 undeaf conference_member_id=1")),
                 QByteArray("+OK undeaf 1\n"));
        QCOMPARE(api(QStringLiteral("conference 3000 mute abc")),
                 QByteArray("mute <[member_id|all]|last|non_moderator> [<quiet>]"));
        QCOMPARE(api(QStringLiteral("conference 3000 mute")),
                 QByteArray("mute <[member_id|all]|last|non_moderator> [<quiet>]"));
        QCOMPARE(api(QStringLiteral("conference 3000 kick 0")),
                 QByteArray("kick <[member_id|all|last|non_moderator]> [<optional sound file>]"));
        // the recorder is "last" now: nothing happens, nothing is printed
        api(QStringLiteral("conference 3000 record /tmp/r.wav"));
        QCOMPARE(api(QStringLiteral("conference 3000 mute last")), QByteArray());
        QCOMPARE(api(QStringLiteral("conference 3000 tmute 3")), QByteArray("+OK unmute 3\n"));
        QCOMPARE(api(QStringLiteral("conference 3000 tmute 3 quiet")), QByteArray("+OK mute 3\n"));
        Q_UNUSED(b);
        Q_UNUSED(c);
    }

    void energyAndVolume()
    {
        add(QStringLiteral("3000"), QStringLiteral("A"), QStringLiteral("1"));
        QCOMPARE(api(QStringLiteral("conference 3000 energy 1")), QByteArray("Energy 1 = 100\n"));
        QCOMPARE(api(QStringLiteral("conference 3000 energy 1 5000")), QByteArray("Energy 1 = 5000\n"));
        QCOMPARE(api(QStringLiteral("conference 3000 energy 1 up")), QByteArray("Energy 1 = 1800\n"));
        QCOMPARE(api(QStringLiteral("conference 3000 energy 1 -20")), QByteArray("Energy 1 = -20\n"));
        QCOMPARE(api(QStringLiteral("conference 3000 energy 1 down")), QByteArray("Energy 1 = 0\n"));
        QCOMPARE(api(QStringLiteral("conference 3000 energy 1 loud")), QByteArray("Energy 1 = 0\n"));
        QCOMPARE(api(QStringLiteral("conference 3000 energy 1 UP")), QByteArray("Energy 1 = 200\n"));
        QCOMPARE(api(QStringLiteral("conference 3000 volume_in 1")), QByteArray("+OK Volume IN 1 = 0\n"));
        QCOMPARE(api(QStringLiteral("conference 3000 volume_in 1 10")), QByteArray("+OK Volume IN 1 = 4\n"));
        QCOMPARE(api(QStringLiteral("conference 3000 volume_in 1 up")), QByteArray("+OK Volume IN 1 = 4\n"));
        QCOMPARE(api(QStringLiteral("conference 3000 volume_out 1 -9")),
                 QByteArray("+OK Volume OUT 1 = -4\n"));
        QCOMPARE(api(QStringLiteral("conference 3000 volume_out 1 up")),
                 QByteArray("+OK Volume OUT 1 = -3\n"));
    }

    void rarelyUsedMemberCommands()
    {
        add(QStringLiteral("3000"), QStringLiteral("A"), QStringLiteral("1"));
        QCOMPARE(api(QStringLiteral("conference 3000 vblind 1")), QByteArray("+OK vblind 1\n"));
        QVERIFY(api(QStringLiteral("conference 3000 xml_list")).contains("<can_see>false</can_see>"));
        QCOMPARE(api(QStringLiteral("conference 3000 tvblind 1")), QByteArray("+OK unvblind 1\n"));
        QCOMPARE(api(QStringLiteral("conference 3000 vmute 1")), QByteArray("+OK vmute 1\n"));
        QCOMPARE(api(QStringLiteral("conference 3000 agc 1 300")), QByteArray("Agc 1 = 300\n"));
        QCOMPARE(api(QStringLiteral("conference 3000 auto-energy 1")),
                 QByteArray("1 = Auto-Energy: 0 Energy: 100\n"));
        QCOMPARE(api(QStringLiteral("conference 3000 max-energy 1 50")),
                 QByteArray("-ERR 1 Max-Energy cannot exceed energy level.\n"));
        QCOMPARE(
            api(QStringLiteral("conference 3000 max-energy 1 900:500:3")),
            QByteArray("1 = Max-Energy: 100 Energy: 900 Max-Energy-Mute: 500ms Max-Energy-Hit-Trigger 3\n"));
        QCOMPARE(api(QStringLiteral("conference 3000 position 1 1:2:3")), QByteArray("-ERR not supported\n"));
        QCOMPARE(api(QStringLiteral("conference 3000 get-uuid 1")),
                 QByteArray("00000000-0000-4000-8000-000000000002"));
    }

    void floorCommand()
    {
        add(QStringLiteral("3000"), QStringLiteral("A"), QStringLiteral("1"));
        add(QStringLiteral("3000"), QStringLiteral("B"), QStringLiteral("2"));
        QSignalSpy spy(m_engine.get(), &BridgeEngine::conferenceEvent);
        QCOMPARE(api(QStringLiteral("conference 3000 floor 1")), QByteArray("+OK floor 1\n"));
        QCOMPARE(api(QStringLiteral("conference 3000 floor 2")), QByteArray("-ERR floor is held by 1\n"));
        QCOMPARE(api(QStringLiteral("conference 3000 floor 1")), QByteArray("+OK floor none\n"));
        QCOMPARE(actions(spy), QByteArrayList({"floor-change", "floor-change"}));
        const Headers first = spy.at(0).at(0).value<Headers>();
        QCOMPARE(header(first, "Old-ID"), QByteArray("none"));
        QCOMPARE(header(first, "New-ID"), QByteArray("1"));
    }

    void holdMasksFlags()
    {
        add(QStringLiteral("3000"), QStringLiteral("A"), QStringLiteral("1"));
        add(QStringLiteral("3000"), QStringLiteral("B"), QStringLiteral("2"));
        m_engine->setTalkingForTesting(1, true);
        QCOMPARE(api(QStringLiteral("conference 3000 hold 1")), QByteArray("+OK hold 1\n"));
        QCOMPARE(api(QStringLiteral("conference 3000 list")).split('\n').at(1).split(';').at(5),
                 QByteArray("hold|floor"));
        const QByteArray xml = api(QStringLiteral("conference 3000 xml_list"));
        const QByteArray member1 = xml.mid(xml.indexOf("<id>1</id>"));
        QVERIFY(member1.contains("<can_hear>false</can_hear>\n          <can_see>false</can_see>\n          "
                                 "<can_speak>false</can_speak>"));
        QVERIFY(member1.contains("<talking>false</talking>\n          <hold>true</hold>"));
        QCOMPARE(api(QStringLiteral("conference 3000 unhold 1")), QByteArray("+OK unhold 1\n"));
        QCOMPARE(api(QStringLiteral("conference 3000 list")).split('\n').at(1).split(';').at(5),
                 QByteArray("hear|speak|floor"));
    }

    void kickHupAndLifecycle()
    {
        QSignalSpy spy(m_engine.get(), &BridgeEngine::conferenceEvent);
        add(QStringLiteral("3000"), QStringLiteral("A"), QStringLiteral("1"));
        add(QStringLiteral("3000"), QStringLiteral("B"), QStringLiteral("2"));
        api(QStringLiteral("conference 3000 record /tmp/x.wav"));
        QCOMPARE(api(QStringLiteral("conference 3000 kick 1")), QByteArray("+OK kicked 1\n"));
        QCOMPARE(api(QStringLiteral("conference 3000 kick 1")), QByteArray("-ERR Non-Existant ID 1\n"));
        QCOMPARE(api(QStringLiteral("conference 3000 hup all")), QByteArray("+OK hup 2\n"));
        QVERIFY(!m_engine->conferenceExists(QStringLiteral("3000")));
        QCOMPARE(actions(spy), QByteArrayList({"conference-create", "add-member", "add-member",
                                               "start-recording", "kick-member", "del-member", "hup-member",
                                               "del-member", "stop-recording", "conference-destroy"}));
        // ids are never reused: the recorder took 3
        QCOMPARE(add(QStringLiteral("3000"), QStringLiteral("C"), QStringLiteral("3")), 4u);
        QVERIFY(m_engine->recordingFileExists(QStringLiteral("/tmp/x.wav")));
    }

    void reentrantApiFromEventSlot()
    {
        add(QStringLiteral("3000"), QStringLiteral("A"), QStringLiteral("1"));
        add(QStringLiteral("3000"), QStringLiteral("B"), QStringLiteral("2"));
        QByteArrayList nested;
        connect(m_engine.get(), &BridgeEngine::conferenceEvent, this, [&](const Headers &h) {
            if (header(h, "Action") == "kick-member" || header(h, "Action") == "del-member")
                nested.append(api(QStringLiteral("conference 3000 count")));
        });
        QCOMPARE(api(QStringLiteral("conference 3000 kick all")), QByteArray("+OK kicked 2\n+OK kicked 1\n"));
        QCOMPARE(nested, QByteArrayList({"2", "1", "0", "0"}));
        QVERIFY(!m_engine->conferenceExists(QStringLiteral("3000")));
    }

    void eventHeaders()
    {
        m_uuids = {QStringLiteral("conf-uuid"), QStringLiteral("member-uuid")};
        add(QStringLiteral("3000"), QStringLiteral("Bob Jones"), QStringLiteral("+15551234567"));
        QSignalSpy spy(m_engine.get(), &BridgeEngine::conferenceEvent);
        api(QStringLiteral("conference 3000 mute 1"));
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
        api(QStringLiteral("conference 3000 energy 1 500"));
        api(QStringLiteral("conference 3000 energy 1")); // query: no event
        api(QStringLiteral("conference 3000 volume_in 1 2"));
        api(QStringLiteral("conference 3000 dtmf 1 123"));
        api(QStringLiteral("conference 3000 deaf 1"));
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
