// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// BridgeEngine output formats: FreeSWITCH string helpers, xml_list/list/json_list golden files.
#include "enginefixture.h"
#include "sim/fsutil.h"
#include "testdata.h"

#include <QJsonDocument>
#include <QTest>

using namespace sim;
using namespace testsupport;

namespace {

QByteArray readGolden(const char *name)
{
    return readTestData(QStringLiteral("golden/") + QLatin1String(name));
}

} // namespace

class tst_EngineListings final : public EngineFixture
{
    Q_OBJECT

private slots:
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
};

QTEST_GUILESS_MAIN(tst_EngineListings)
#include "tst_enginelistings.moc"
