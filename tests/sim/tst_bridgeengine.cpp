// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/bridgeengine.h"
#include "sim/fsutil.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace sim;
using Headers = QList<QPair<QByteArray, QByteArray>>;

namespace {

QByteArray readGolden(const char *name)
{
    QFile f(QStringLiteral(CONF_TEST_DATA_DIR "/golden/") + QLatin1String(name));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

QByteArray header(const Headers &h, QByteArrayView name)
{
    for (const auto &kv : h)
        if (kv.first == name)
            return kv.second;
    return {};
}

QByteArrayList actions(const QSignalSpy &spy)
{
    QByteArrayList out;
    for (const auto &args : spy)
        out.append(header(args.at(0).value<Headers>(), "Action"));
    return out;
}

} // namespace

class tst_BridgeEngine final : public QObject
{
    Q_OBJECT

    std::unique_ptr<BridgeEngine> m_engine;
    qint64 m_now = 1'000'000;
    qint64 m_wall = 1714558500000;
    int m_uuidCounter = 0;
    QStringList m_uuids;

    QByteArray api(const QString &line)
    {
        QByteArray result;
        bool called = false;
        m_engine->api(line, this, [&](const QByteArray &out) {
            result = out;
            called = true;
        });
        if (!called)
            return "<<deferred>>";
        return result;
    }

    quint32 add(const QString &conf, const QString &name, const QString &number, bool moderator = false)
    {
        MemberSpec spec;
        spec.callerIdName = name;
        spec.callerIdNumber = number;
        spec.moderator = moderator;
        return m_engine->addMember(conf, spec);
    }

private slots:
    void init()
    {
        qRegisterMetaType<Headers>("QList<QPair<QByteArray,QByteArray>>");
        m_engine = std::make_unique<BridgeEngine>();
        ActivityConfig off;
        off.enabled = false;
        m_engine->setActivity(off);
        m_engine->setRingDelayMs(20);
        m_now = 1'000'000;
        m_wall = 1714558500000;
        m_uuidCounter = 0;
        m_uuids.clear();
        m_engine->setClockForTesting([this] { return m_now; });
        m_engine->setWallClockForTesting([this] { return m_wall; });
        m_engine->setUuidGeneratorForTesting([this] {
            if (!m_uuids.isEmpty())
                return m_uuids.takeFirst();
            return QStringLiteral("00000000-0000-4000-8000-%1")
                .arg(++m_uuidCounter, 12, 10, QLatin1Char('0'));
        });
    }
    void cleanup() { m_engine.reset(); }

    // ------------------------------------------------------------ core helpers
    void separateString_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QByteArrayList>("tokens");
        QTest::newRow("plain") << QByteArray("3000 mute 5") << QByteArrayList{"3000", "mute", "5"};
        QTest::newRow("collapse") << QByteArray("3000   mute    5  ") << QByteArrayList{"3000", "mute", "5"};
        QTest::newRow("quotes") << QByteArray("3000 dial user/1 100 'John Doe'")
                                << QByteArrayList{"3000", "dial", "user/1", "100", "John Doe"};
        QTest::newRow("double quotes do not group")
            << QByteArray("a \"b c\"") << QByteArrayList{"a", "\"b", "c\""};
        QTest::newRow("escape") << QByteArray("a b\\ c") << QByteArrayList{"a", "b c"};
        QTest::newRow("unmatched quote") << QByteArray("a it's") << QByteArrayList{"a", "it's"};
    }
    void separateString()
    {
        QFETCH(QByteArray, line);
        QFETCH(QByteArrayList, tokens);
        QCOMPARE(fs::separateString(line), tokens);
    }
    void separateStringKeepsRemainderInLastToken()
    {
        QByteArray line;
        for (int i = 0; i < 30; ++i)
            line += "t" + QByteArray::number(i) + ' ';
        const QByteArrayList tokens = fs::separateString(line, 25);
        QCOMPARE(tokens.size(), 25);
        QCOMPARE(tokens.last(), QByteArray("t24 t25 t26 t27 t28 t29"));
    }
    void urlEncode()
    {
        QCOMPARE(fs::urlEncode("Alice Smith"), QByteArray("Alice%20Smith"));
        QCOMPARE(fs::urlEncode("+15551234567"), QByteArray("%2B15551234567"));
        QCOMPARE(fs::urlEncode(QStringLiteral("José").toUtf8()), QByteArray("Jos%C3%A9"));
        QCOMPARE(fs::urlEncode("a%2Bb"), QByteArray("a%2Bb"));   // uppercase %XX passes through
        QCOMPARE(fs::urlEncode("a%2bb"), QByteArray("a%252bb")); // lowercase does not
        QCOMPARE(fs::urlEncode("x%4"), QByteArray("x%254"));
        QCOMPARE(fs::urlEncode("a:b;c=d?e@f[g]^`{|}\"#&<>\\~"),
                 QByteArray("a%3Ab%3Bc%3Dd%3Fe%40f%5Bg%5D%5E%60%7B%7C%7D%22%23%26%3C%3E%5C~"));
        QByteArray esc;
        fs::appendXmlEscaped(esc, QStringLiteral("Zoë & \"x\"\n<").toUtf8(), true);
        QCOMPARE(esc, QByteArray("Zo&#xEB; &amp; &quot;x&quot;&#xA;&lt;"));
        esc.clear();
        fs::appendXmlEscaped(esc, "a\"b\nc\r", false);
        QCOMPARE(esc, QByteArray("a\"b\nc&#xD;"));
        QCOMPARE(fs::atoi("7abc"), 7);
        QCOMPARE(fs::atoi("-5"), -5);
        QCOMPARE(fs::atoi("abc"), 0);
    }

    // ------------------------------------------------------------ golden files (§4.4, §5.3)
    void buildExample()
    {
        m_uuids = {QStringLiteral("5b8c2e8e-7f1a-4c3e-9d6b-0e2f4a1c9b77"),
                   QStringLiteral("a3f1c9e2-5b7d-4e8f-9a0b-1c2d3e4f5a6b"),
                   QStringLiteral("0c1d2e3f-4a5b-4c6d-8e7f-901a2b3c4d5e")};
        m_engine->setNextMemberIdForTesting(7);
        MemberSpec alice;
        alice.callerIdName = QStringLiteral("Alice Smith");
        alice.callerIdNumber = QStringLiteral("1001");
        alice.channelName = QStringLiteral("sofia/internal/1001@10.1.1.10");
        alice.moderator = true;
        QCOMPARE(m_engine->addMember(QStringLiteral("3000"), alice), 7u);
        m_now += 217'000;
        MemberSpec bob;
        bob.callerIdName = QStringLiteral("Bob Jones");
        bob.callerIdNumber = QStringLiteral("+15551234567");
        bob.channelName = QStringLiteral("sofia/internal/+15551234567@10.1.1.20");
        QCOMPARE(m_engine->addMember(QStringLiteral("3000"), bob), 8u);
        m_now += 60'000;
        QCOMPARE(api(QStringLiteral("conference 3000 lock")), QByteArray("+OK 3000 locked\n"));
        QCOMPARE(api(QStringLiteral("conference 3000 volume_in 7 2")), QByteArray("+OK Volume IN 7 = 2\n"));
        QCOMPARE(api(QStringLiteral("conference 3000 volume_out 8 -1")),
                 QByteArray("+OK Volume OUT 8 = -1\n"));
        QCOMPARE(api(QStringLiteral("conference 3000 mute 8")), QByteArray("+OK mute 8\n"));
        QCOMPARE(api(QStringLiteral("conference 3000 energy 7 300")), QByteArray("Energy 7 = 300\n"));
        m_engine->setTalkingForTesting(7, true);
        m_now += 30'000;
        m_engine->setTalkingForTesting(7, true); // still talking: last_talking refreshes
        QCOMPARE(api(QStringLiteral("conference 3000 record /var/sipxdata/mediaserver/data/recordings/"
                                    "3000-20240501-101500.wav")),
                 QByteArray(
                     "+OK Record file /var/sipxdata/mediaserver/data/recordings/3000-20240501-101500.wav\n"));
        m_now += 5'000;
    }

    void goldenXmlList()
    {
        buildExample();
        const QByteArray golden = readGolden("xml_list_example.xml");
        QVERIFY(!golden.isEmpty());
        QCOMPARE(api(QStringLiteral("conference 3000 xml_list")), golden);
        QCOMPARE(api(QStringLiteral("conference xml_list")), golden);
    }

    void goldenList()
    {
        buildExample();
        const QByteArray golden = readGolden("list_example.txt");
        QVERIFY(!golden.isEmpty());
        QCOMPARE(api(QStringLiteral("conference list")), golden);
        // per-conference form: member lines only, no header
        QCOMPARE(api(QStringLiteral("conference 3000 list")), golden.mid(golden.indexOf('\n') + 1));
        QCOMPARE(
            api(QStringLiteral("conference 3000 list delim >,<")).split('\n').first(),
            QByteArray("8>,<sofia/internal/+15551234567@10.1.1.20>,<0c1d2e3f-4a5b-4c6d-8e7f-901a2b3c4d5e>,<"
                       "Bob Jones>,<+15551234567>,<hear>,<0>,<-1>,<100"));
        QCOMPARE(api(QStringLiteral("conference 3000 list pretty")),
                 QByteArray("8) Bob Jones (+15551234567)\n7) Alice Smith (1001)\n"));
        QCOMPARE(api(QStringLiteral("conference 3000 list count")), QByteArray("2"));
        QCOMPARE(api(QStringLiteral("conference list summary")), golden.left(golden.indexOf('\n') + 1));
        QCOMPARE(api(QStringLiteral("conference count")), QByteArray("1"));
        QCOMPARE(api(QStringLiteral("conference 3000 count")), QByteArray("2"));
    }

    void loadXmlListRoundTrip()
    {
        const QByteArray golden = readGolden("xml_list_example.xml");
        QString error;
        QVERIFY2(m_engine->loadXmlList("<command-response>" + golden + "</command-response>\n", &error),
                 qPrintable(error));
        QCOMPARE(api(QStringLiteral("conference xml_list")), golden);
        // ids continue after the loaded ones (the recorder takes one too)
        QVERIFY(add(QStringLiteral("3000"), QStringLiteral("Carol"), QStringLiteral("1003")) > 8);
        QVERIFY(!m_engine->loadXmlList("<conferences><conference", &error));
        QVERIFY(!error.isEmpty());
    }

    void jsonList()
    {
        m_uuids = {QStringLiteral("cu"), QStringLiteral("mu")};
        add(QStringLiteral("3000"), QStringLiteral("José \"J\""), QStringLiteral("+1"));
        api(QStringLiteral("conference 3000 hold 1"));
        const QByteArray compact = api(QStringLiteral("conference 3000 json_list compact"));
        QCOMPARE(compact,
                 QStringLiteral(
                     "[{\"conference_name\":\"3000\",\"member_count\":1,\"ghost_count\":0,\"rate\":8000,"
                     "\"run_time\":0,\"conference_uuid\":\"cu\",\"canvas_count\":0,\"max_bw_in\":0,"
                     "\"force_bw_in\":0,\"video_floor_packets\":0,\"locked\":false,\"destruct\":false,"
                     "\"wait_mod\":false,\"audio_always\":false,\"running\":true,\"answered\":true,"
                     "\"enforce_min\":true,\"bridge_to\":false,\"dynamic\":true,\"exit_sound\":true,"
                     "\"enter_sound\":true,\"recording\":false,\"video_bridge\":false,"
                     "\"video_floor_only\":false,\"video_rfc4579\":false,\"variables\":{},\"members\":[{"
                     "\"type\":\"caller\",\"id\":1,\"flags\":{\"can_hear\":true,\"can_see\":true,"
                     "\"can_speak\":true,\"hold\":true,\"mute_detect\":false,\"talking\":false,"
                     "\"has_video\":false,\"video_bridge\":false,\"has_floor\":false,"
                     "\"is_moderator\":false,\"end_conference\":false,"
                     "\"mandatory_member_end_conference\":false,\"pass_digits\":false},\"uuid\":\"mu\","
                     "\"caller_id_name\":\"José \\\"J\\\"\",\"caller_id_number\":\"+1\",\"join_time\":0,"
                     "\"last_talking\":0,\"energy\":100,\"volume_in\":0,\"volume_out\":0,"
                     "\"output-volume\":0,\"input-volume\":0}]}]")
                     .toUtf8());
        const QByteArray pretty = api(QStringLiteral("conference json_list"));
        QVERIFY(pretty.startsWith("[{\n\t\t\"conference_name\":\t\"3000\",\n\t\t\"member_count\":\t1,\n"));
        QVERIFY(pretty.contains(
            "\t\t\"variables\":\t{\n\t\t},\n\t\t\"members\":\t[{\n\t\t\t\t\"type\":\t\"caller\",\n"));
        QVERIFY(pretty.contains("\"flags\":\t{\n\t\t\t\t\t\"can_hear\":\ttrue,\n"));
        QVERIFY(pretty.endsWith("\t\t\t\t\"input-volume\":\t0\n\t\t\t}]\n\t}]"));
        QVERIFY(QJsonDocument::fromJson(pretty).isArray());
    }

    void emptyOutputs()
    {
        QCOMPARE(api(QStringLiteral("conference xml_list")),
                 QByteArray("<?xml version=\"1.0\"?>\n<conferences></conferences>\n"));
        QCOMPARE(api(QStringLiteral("conference list")), QByteArray("+OK No active conferences.\n"));
        QCOMPARE(api(QStringLiteral("conference count")), QByteArray("0"));
    }

    void nonAsciiAndPlusNumbers()
    {
        add(QStringLiteral("Café"), QStringLiteral("José Müller"), QStringLiteral("+4930123"));
        const QByteArray xml = api(QStringLiteral("conference xml_list"));
        QVERIFY(xml.contains("<conference name=\"Caf&#xE9;\""));
        QVERIFY(xml.contains("<caller_id_name>Jos%C3%A9%20M%C3%BCller</caller_id_name>"));
        QVERIFY(xml.contains("<caller_id_number>%2B4930123</caller_id_number>"));
        // list prints raw UTF-8
        QVERIFY(api(QStringLiteral("conference list"))
                    .contains(QStringLiteral(";José Müller;+4930123;").toUtf8()));
    }

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

    // ------------------------------------------------------------ transfer, dial, invite
    void transfer()
    {
        add(QStringLiteral("3000"), QStringLiteral("A"), QStringLiteral("1"));
        add(QStringLiteral("3000"), QStringLiteral("B"), QStringLiteral("2"));
        QSignalSpy spy(m_engine.get(), &BridgeEngine::conferenceEvent);
        QCOMPARE(
            api(QStringLiteral("conference 3000 transfer 4000 2 9")),
            QByteArray("+OK Member '2' sent to conference 4000.\n-ERR No Member 9 in conference 3000.\n"));
        QVERIFY(m_engine->conferenceExists(QStringLiteral("4000")));
        QCOMPARE(api(QStringLiteral("conference 4000 list")).left(2), QByteArray("3;"));
        QCOMPARE(actions(spy), QByteArrayList({"transfer", "conference-create", "add-member", "del-member"}));
        QCOMPARE(header(spy.at(0).at(0).value<Headers>(), "New-Conference-Name"), QByteArray("4000"));
        QCOMPARE(api(QStringLiteral("conference 3000 transfer 4000")),
                 QByteArray("transfer <conference_name> <member id> [...<member id>]"));
        // a locked target refuses inbound callers
        api(QStringLiteral("conference 4000 lock"));
        QCOMPARE(api(QStringLiteral("conference 3000 transfer 4000@default 1")),
                 QByteArray("+OK Member '1' sent to conference 4000@default.\n"));
        QVERIFY(!m_engine->conferenceExists(QStringLiteral("3000")));
        QCOMPARE(api(QStringLiteral("conference 4000 count")), QByteArray("1"));
    }

    void dialIsSynchronousAndBypassesLock()
    {
        add(QStringLiteral("3000"), QStringLiteral("A"), QStringLiteral("1"));
        api(QStringLiteral("conference 3000 lock"));
        QByteArray result;
        m_engine->api(
            QStringLiteral("conference 3000 dial sofia/gateway/gw/15551234567 15550000000 'Op Erator'"), this,
            [&](const QByteArray &out) { result = out; });
        QVERIFY(result.isEmpty()); // answers after the ring
        QTRY_COMPARE(result, QByteArray("+OK Call Requested: result: [SUCCESS]\n"));
        const QByteArray line = api(QStringLiteral("conference 3000 list")).split('\n').first();
        QCOMPARE(line,
                 QByteArray("2;sofia/gateway/gw/15551234567;00000000-0000-4000-8000-000000000003;Op Erator;"
                            "15550000000;hear|speak;0;0;100"));
        result.clear();
        m_engine->api(QStringLiteral("conference 3000 dial user/busy-bob"), this,
                      [&](const QByteArray &out) { result = out; });
        QTRY_COMPARE(result, QByteArray("+OK Call Requested: result: [USER_BUSY]\n"));
        QCOMPARE(api(QStringLiteral("conference 3000 dial")),
                 QByteArray("-ERR Bad Args\ndial <endpoint_module_name>/<destination> <callerid number> "
                            "<callerid name>"));
        QCOMPARE(api(QStringLiteral("conference nosuch dial")),
                 QByteArray("-ERR Bad Args\nmoh <file_path>|toggle|[on|off]"));
    }

    void dialCreatesMissingConference()
    {
        QByteArray result;
        m_engine->api(QStringLiteral("conference newconf dial user/1000"), this,
                      [&](const QByteArray &out) { result = out; });
        QTRY_VERIFY(!result.isEmpty());
        QCOMPARE(result, QByteArray("+OK Call Requested: result: [SUCCESS]\n"));
        QVERIFY(m_engine->conferenceExists(QStringLiteral("newconf")));
        const QByteArray xml = api(QStringLiteral("conference newconf xml_list"));
        QVERIFY(xml.contains("<caller_id_name>FreeSWITCH</caller_id_name>"));
        QVERIFY(xml.contains("<caller_id_number>00000000</caller_id_number>"));
        QVERIFY(!xml.contains("answered=\"true\"")); // only an outbound leg
        result.clear();
        m_engine->api(QStringLiteral("conference other dial user/unreg-1"), this,
                      [&](const QByteArray &out) { result = out; });
        QTRY_COMPARE(result, QByteArray("+OK Call Requested: result: [USER_NOT_REGISTERED]\n"));
        QVERIFY(!m_engine->conferenceExists(QStringLiteral("other")));
    }

    void bgdial()
    {
        add(QStringLiteral("3000"), QStringLiteral("A"), QStringLiteral("1"));
        QSignalSpy spy(m_engine.get(), &BridgeEngine::conferenceEvent);
        const QByteArray out = api(QStringLiteral("conference 3000 bgdial user/1002 1002 Bob"));
        QCOMPARE(out, QByteArray("+OK Job-UUID: 00000000-0000-4000-8000-000000000004\n"));
        QTRY_VERIFY(actions(spy).contains("bgdial-result"));
        const Headers h = spy.last().at(0).value<Headers>();
        QCOMPARE(header(h, "Result"), QByteArray("SUCCESS"));
        QCOMPARE(header(h, "Job-UUID"), QByteArray("00000000-0000-4000-8000-000000000004"));
        QCOMPARE(header(h, "Peer-UUID"), QByteArray("00000000-0000-4000-8000-000000000003"));
        QCOMPARE(api(QStringLiteral("conference 3000 count")), QByteArray("2"));
        // missing conference: no result event
        spy.clear();
        api(QStringLiteral("conference fresh bgdial user/1003"));
        QTRY_VERIFY(m_engine->conferenceExists(QStringLiteral("fresh")));
        QVERIFY(!actions(spy).contains("bgdial-result"));
    }

    void inviteRespectsLock()
    {
        add(QStringLiteral("3000"), QStringLiteral("A"), QStringLiteral("1"));
        m_engine->invite(QStringLiteral("3000"), QStringLiteral("sip:bob@example.com"), QString());
        QTRY_COMPARE(api(QStringLiteral("conference 3000 count")), QByteArray("2"));
        QVERIFY(api(QStringLiteral("conference 3000 list")).startsWith("2;sofia/internal/bob@127.0.0.1;"));
        api(QStringLiteral("conference 3000 lock"));
        QSignalSpy spy(m_engine.get(), &BridgeEngine::conferenceEvent);
        m_engine->invite(QStringLiteral("3000"), QStringLiteral("1003"), QStringLiteral("Carol"));
        QTest::qWait(80);
        QVERIFY(spy.isEmpty());
        QCOMPARE(api(QStringLiteral("conference 3000 count")), QByteArray("2"));
    }

    // ------------------------------------------------------------ relate (§7)
    void relate()
    {
        add(QStringLiteral("3000"), QStringLiteral("A"), QStringLiteral("1"));
        add(QStringLiteral("3000"), QStringLiteral("B"), QStringLiteral("2"));
        add(QStringLiteral("3000"), QStringLiteral("C"), QStringLiteral("3"));
        QCOMPARE(api(QStringLiteral("conference 3000 relate")), QByteArray("+OK No relationships\n"));
        QCOMPARE(api(QStringLiteral("conference 3000 relate 1")), QByteArray("+OK No relationships\n"));
        QCOMPARE(api(QStringLiteral("conference 3000 relate 1 2")),
                 QByteArray("relate <member_id>[,<member_id>] <other_member_id>[,<other_member_id>] "
                            "[nospeak|nohear|clear]"));
        QCOMPARE(api(QStringLiteral("conference 3000 relate 1 2 NOSPEAK")).left(7), QByteArray("relate "));
        QCOMPARE(api(QStringLiteral("conference 3000 relate 1,2 3 nospeak")),
                 QByteArray("+OK 1->3 nospeak set\n+OK 2->3 nospeak set\n"));
        QCOMPARE(api(QStringLiteral("conference 3000 relate")), QByteArray());
        QCOMPARE(api(QStringLiteral("conference 3000 relate 1")),
                 QByteArray("1 -> 3 NOSPEAK HEAR NOSENDVIDEO \n"));
        // re-setting replaces the flags
        QCOMPARE(api(QStringLiteral("conference 3000 relate 1 3 nohear")),
                 QByteArray("+OK 1->3 nohear set\n"));
        QCOMPARE(api(QStringLiteral("conference 3000 relate 1")),
                 QByteArray("1 -> 3 SPEAK NOHEAR NOSENDVIDEO \n"));
        QCOMPARE(api(QStringLiteral("conference 3000 relate 1 2 nospeak|nohear")),
                 QByteArray("+OK 1->2 nospeak|nohear set\n"));
        QCOMPARE(api(QStringLiteral("conference 3000 relate all")),
                 QByteArray("2 -> 3 NOSPEAK HEAR NOSENDVIDEO \n1 -> 2 NOSPEAK NOHEAR NOSENDVIDEO \n"
                            "1 -> 3 SPEAK NOHEAR NOSENDVIDEO \n"));
        QCOMPARE(api(QStringLiteral("conference 3000 relate 1 9 nospeak")),
                 QByteArray("-ERR relationship 1->9 not found.\n"));
        QCOMPARE(api(QStringLiteral("conference 3000 relate 1 3 clear")),
                 QByteArray("+OK relationship 1->3 cleared.\n"));
        QCOMPARE(api(QStringLiteral("conference 3000 relate 9 3 clear")),
                 QByteArray("-ERR relationship 9->3 not found.\n"));
        // a departed member's entries are deleted
        api(QStringLiteral("conference 3000 kick 1"));
        QCOMPARE(api(QStringLiteral("conference 3000 relate 0")),
                 QByteArray("2 -> 3 NOSPEAK HEAR NOSENDVIDEO \n"));
        api(QStringLiteral("conference 3000 kick 2"));
        QCOMPARE(api(QStringLiteral("conference 3000 relate")), QByteArray("+OK No relationships\n"));
    }

    // ------------------------------------------------------------ recording (§3.6)
    void recording()
    {
        add(QStringLiteral("3000"), QStringLiteral("A"), QStringLiteral("1"));
        QSignalSpy spy(m_engine.get(), &BridgeEngine::conferenceEvent);
        const QString path = QStringLiteral("/tmp/freeswitch/recordings/3000.wav");
        QCOMPARE(api(QStringLiteral("conference 3000 chkrecord")),
                 QByteArray("-ERR Conference is not being recorded.\n"));
        QCOMPARE(api(QStringLiteral("conference 3000 record")), QByteArray("record <filename>"));
        QCOMPARE(api(QStringLiteral("conference 3000 record ") + path),
                 QByteArray("+OK Record file /tmp/freeswitch/recordings/3000.wav\n"));
        QCOMPARE(api(QStringLiteral("conference 3000 record {foo=bar}") + path),
                 QByteArray("-ERR file [/tmp/freeswitch/recordings/3000.wav] is already being used for "
                            "recording.\n"));
        QVERIFY(api(QStringLiteral("conference 3000 xml_list")).contains(" recording=\"true\""));
        QCOMPARE(api(QStringLiteral("conference 3000 chkrecord x")),
                 QByteArray("+OK Record file /tmp/freeswitch/recordings/3000.wav\n"));
        m_now += 10'000;
        QCOMPARE(api(QStringLiteral("conference 3000 recording pause ") + path),
                 QByteArray("+OK Pause recording file /tmp/freeswitch/recordings/3000.wav\n"));
        QVERIFY(api(QStringLiteral("conference 3000 xml_list")).contains("<record_path status=\"paused\">"));
        m_now += 20'000;
        QCOMPARE(m_engine->recordingDurationSeconds(path), 10);
        QCOMPARE(api(QStringLiteral("conference 3000 resume ") + path),
                 QByteArray("+OK Resume recording file /tmp/freeswitch/recordings/3000.wav\n"));
        m_now += 5'000;
        QCOMPARE(m_engine->recordingDurationSeconds(path), 15);
        QCOMPARE(api(QStringLiteral("conference 3000 pause /nope.wav")),
                 QByteArray("+OK Pause recording file /nope.wav\n-ERR non-existant recording '/nope.wav'\n"));
        QCOMPARE(api(QStringLiteral("conference 3000 norecord /nope.wav")),
                 QByteArray("-ERR non-existant recording '/nope.wav'\n+OK Stopped recording 0 files\n"));
        QCOMPARE(api(QStringLiteral("conference 3000 norecord ") + path),
                 QByteArray("Stopped recording file /tmp/freeswitch/recordings/3000.wav\n"
                            "+OK Stopped recording 0 files\n"));
        QVERIFY(!api(QStringLiteral("conference 3000 xml_list")).contains("recording"));
        m_now += 60'000;
        QVERIFY(m_engine->recordingFileExists(path));
        QCOMPARE(m_engine->recordingDurationSeconds(path), 15); // frozen at stop
        m_engine->deleteRecordingFile(path);
        QVERIFY(!m_engine->recordingFileExists(path));
        QCOMPARE(m_engine->recordingDurationSeconds(path), -1);
        QCOMPARE(actions(spy), QByteArrayList({"start-recording", "pause-recording", "resume-recording",
                                               "stop-recording"}));
        // the gotcha: "recording pause" records into a file named "pause"
        QCOMPARE(api(QStringLiteral("conference 3000 recording pause")),
                 QByteArray("+OK Record file pause\n"));
        QCOMPARE(api(QStringLiteral("conference 3000 recording stop")),
                 QByteArray("Stopped recording file pause\n+OK Stopped recording 0 files\n"));
        QCOMPARE(api(QStringLiteral("conference 3000 recording check")),
                 QByteArray("-ERR Conference is not being recorded.\n"));
        QCOMPARE(api(QStringLiteral("conference 3000 recording")),
                 QByteArray("recording [start|stop|check|pause|resume] [<filename>|all]"));
    }

    // ------------------------------------------------------------ prompts, conference settings
    void promptsAndSettings()
    {
        add(QStringLiteral("3000"), QStringLiteral("A"), QStringLiteral("1"));
        QCOMPARE(api(QStringLiteral("conference 3000 say hello   world")), QByteArray("+OK (say) OK\n"));
        QCOMPARE(api(QStringLiteral("conference 3000 say")),
                 QByteArray("-ERR (say) Error! No text.\nsay <text>"));
        QCOMPARE(api(QStringLiteral("conference 3000 saymember 1 hi there")),
                 QByteArray("+OK (saymember) OK\n"));
        QCOMPARE(api(QStringLiteral("conference 3000 saymember 5 hi")),
                 QByteArray("-ERR (saymember) Unknown Member 5!\nsaymember <member_id> <text>"));
        QCOMPARE(api(QStringLiteral("conference 3000 play /s/hello.wav")),
                 QByteArray("+OK (play) Playing file /s/hello.wav\n"));
        QCOMPARE(api(QStringLiteral("conference 3000 play /s/missing.wav")),
                 QByteArray("-ERR (play) File: /s/missing.wav not found.\n"));
        QCOMPARE(api(QStringLiteral("conference 3000 play /s/a.wav async")),
                 QByteArray("+OK (play) Playing file /s/a.wav\n"));
        QCOMPARE(api(QStringLiteral("conference 3000 play /s/a.wav 1")),
                 QByteArray("+OK (play) Playing file /s/a.wav to member 1\n"));
        QCOMPARE(api(QStringLiteral("conference 3000 play")),
                 QByteArray("play <file_path> [async|<member_id> [nomux]]"));
        QCOMPARE(api(QStringLiteral("conference 3000 stop async")), QByteArray("+OK Stopped 1 files.\n"));
        QCOMPARE(api(QStringLiteral("conference 3000 stop")), QByteArray("+OK Stopped 1 files.\n"));
        QCOMPARE(api(QStringLiteral("conference 3000 stop all 1")), QByteArray("+OK Stopped 1 files.\n"));
        QCOMPARE(api(QStringLiteral("conference 3000 stop all 9")),
                 QByteArray("-ERR Member: 9 not found.\n"));
        QCOMPARE(api(QStringLiteral("conference 3000 dtmf 1")), QByteArray("-ERR Invalid input!\n"));
        QCOMPARE(api(QStringLiteral("conference 3000 dtmf all 1#")), QByteArray("+OK sent 1# to 1\n"));
        QCOMPARE(api(QStringLiteral("conference 3000 pin 1234")),
                 QByteArray("+OK Pin for conference 3000 set: 1234\n"));
        QCOMPARE(api(QStringLiteral("conference 3000 pin mod 99")),
                 QByteArray("+OK Moderator Pin for conference 3000 set: 99\n"));
        QCOMPARE(api(QStringLiteral("conference 3000 nopin")),
                 QByteArray("+OK Pin for conference 3000 deleted\n"));
        QCOMPARE(api(QStringLiteral("conference 3000 PIN 1")),
                 QByteArray("-ERR Invalid parameters:\npin <pin#>"));
        QCOMPARE(api(QStringLiteral("conference 3000 get is_locked")), QByteArray());
        api(QStringLiteral("conference 3000 lock"));
        QCOMPARE(api(QStringLiteral("conference 3000 get is_locked")), QByteArray("locked"));
        QCOMPARE(api(QStringLiteral("conference 3000 get bogus")), QByteArray("get <parameter-name>"));
        QCOMPARE(api(QStringLiteral("conference 3000 set max_members 10")), QByteArray("0"));
        QCOMPARE(api(QStringLiteral("conference 3000 get max_members")), QByteArray("10"));
        QVERIFY(api(QStringLiteral("conference 3000 xml_list")).contains(" max_members=\"10\" run_time="));
        QCOMPARE(api(QStringLiteral("conference 3000 set max_members -1")).left(4), QByteArray("set "));
        QCOMPARE(api(QStringLiteral("conference 3000 setvar billing ACME-42")), QByteArray("+OK\n"));
        QCOMPARE(api(QStringLiteral("conference 3000 getvar billing")), QByteArray("ACME-42"));
        QVERIFY(
            api(QStringLiteral("conference 3000 xml_list"))
                .contains("    <variables>\n      <variable name=\"billing\" value=\"ACME-42\"></variable>\n"
                          "    </variables>\n"));
        QCOMPARE(api(QStringLiteral("conference 3000 setvar billing")), QByteArray("+OK\n"));
        QCOMPARE(api(QStringLiteral("conference 3000 getvar billing")), QByteArray());
        QCOMPARE(api(QStringLiteral("conference 3000 unlock")), QByteArray("+OK 3000 unlocked\n"));
    }

    // ------------------------------------------------------------ activity model
    QByteArray runActivity(quint32 seed)
    {
        init();
        add(QStringLiteral("3000"), QStringLiteral("A"), QStringLiteral("1"), true);
        add(QStringLiteral("3000"), QStringLiteral("B"), QStringLiteral("2"));
        add(QStringLiteral("3000"), QStringLiteral("C"), QStringLiteral("3"));
        ActivityConfig config;
        config.enabled = true;
        config.seed = seed;
        config.tickMs = 250;
        config.talkTurnsPerMinute = 30;
        config.joinsPerMinute = 6;
        config.leavesPerMinute = 3;
        m_engine->setActivity(config);
        QByteArray trace;
        QSignalSpy spy(m_engine.get(), &BridgeEngine::conferenceEvent);
        for (int i = 0; i < 480; ++i) { // two simulated minutes
            m_now += 250;
            m_engine->advanceActivityForTesting(1);
            trace += api(QStringLiteral("conference 3000 list"));
        }
        const QByteArrayList seen = actions(spy);
        [&] {
            QVERIFY(seen.contains("start-talking"));
            QVERIFY(seen.contains("stop-talking"));
            QVERIFY(seen.contains("floor-change"));
            QVERIFY(seen.contains("add-member"));
        }();
        return trace;
    }

    void activityIsDeterministic()
    {
        const QByteArray a = runActivity(42);
        const QByteArray b = runActivity(42);
        const QByteArray c = runActivity(43);
        QCOMPARE(a, b);
        QVERIFY(a != c);
        QVERIFY(a.contains("|talking|"));
    }

    void activityDisabledChangesNothing()
    {
        add(QStringLiteral("3000"), QStringLiteral("A"), QStringLiteral("1"));
        const QByteArray before = api(QStringLiteral("conference xml_list"));
        QSignalSpy spy(m_engine.get(), &BridgeEngine::conferenceEvent);
        m_engine->advanceActivityForTesting(1000);
        QTest::qWait(50);
        QCOMPARE(api(QStringLiteral("conference xml_list")), before);
        QVERIFY(spy.isEmpty());
    }

    void activityRespectsLock()
    {
        add(QStringLiteral("3000"), QStringLiteral("A"), QStringLiteral("1"), true);
        api(QStringLiteral("conference 3000 lock"));
        ActivityConfig config;
        config.enabled = true;
        config.tickMs = 250;
        config.joinsPerMinute = 120;
        config.leavesPerMinute = 0;
        config.talkTurnsPerMinute = 0;
        m_engine->setActivity(config);
        m_engine->advanceActivityForTesting(400);
        QCOMPARE(api(QStringLiteral("conference 3000 count")), QByteArray("1"));
        api(QStringLiteral("conference 3000 unlock"));
        m_engine->advanceActivityForTesting(400);
        QCOMPARE(api(QStringLiteral("conference 3000 count")), QByteArray("14")); // maxMembersPerConference
    }

    void muteDetectShowsTalking()
    {
        MemberSpec spec;
        spec.callerIdName = QStringLiteral("M");
        spec.callerIdNumber = QStringLiteral("1");
        spec.muted = true;
        spec.muteDetect = true;
        m_engine->addMember(QStringLiteral("3000"), spec);
        QSignalSpy spy(m_engine.get(), &BridgeEngine::conferenceEvent);
        m_engine->setTalkingForTesting(1, true);
        QCOMPARE(actions(spy), QByteArrayList({"mute-detect"}));
        QVERIFY(api(QStringLiteral("conference 3000 xml_list")).contains("<talking>true</talking>"));
        QVERIFY(!api(QStringLiteral("conference 3000 xml_list")).contains("<has_floor>true"));
    }

    // ------------------------------------------------------------ performance
    void xmlListOf100Members()
    {
        for (int i = 0; i < 100; ++i)
            add(QStringLiteral("big"), QStringLiteral("Caller Nº %1").arg(i),
                QStringLiteral("+1555000%1").arg(i));
        QElapsedTimer t;
        t.start();
        qsizetype bytes = 0;
        const int rounds = 2000;
        for (int i = 0; i < rounds; ++i)
            bytes += api(QStringLiteral("conference big xml_list")).size();
        const qint64 ms = qMax<qint64>(1, t.elapsed());
        qInfo("xml_list, 100 members: %lld calls/s, %lld bytes each", rounds * 1000 / ms,
              qint64(bytes / rounds));
        QVERIFY(bytes > 0);
    }
};

QTEST_GUILESS_MAIN(tst_BridgeEngine)
#include "tst_bridgeengine.moc"
