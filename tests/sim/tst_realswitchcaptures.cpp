// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Guards what a real FreeSWITCH 1.10.12 said (tests/data/realswitch, bytes as received) without a
// switch: the parsers read the captures, the engine answers the captured commands byte for byte on
// the captured state, and a loaded capture keeps its member ids.
#include "core/commands/commandresponse.h"
#include "core/parsers/parsers.h"
#include "simsupport.h"
#include "testdata.h"

#include <QRegularExpression>

#include <QTest>
#include <tuple>

using testsupport::engineApi;

namespace {

QByteArray capture(const char *name)
{
    return testsupport::readTestData(QStringLiteral("realswitch/") + QLatin1String(name));
}

/// run_time and join_time move on between the capture and the read-back.
QByteArray withoutTimes(QByteArray xml)
{
    static const QRegularExpression runTime(QStringLiteral(R"( run_time="\d+")"));
    static const QRegularExpression joinTime(QStringLiteral(R"(<join_time>\d+</join_time>)"));
    QString text = QString::fromUtf8(xml);
    text.replace(runTime, QStringLiteral(" run_time=\"T\""));
    text.replace(joinTime, QStringLiteral("<join_time>T</join_time>"));
    return text.toUtf8();
}

} // namespace

class tst_RealSwitchCaptures final : public QObject
{
    Q_OBJECT

private slots:
    void xmlListParses()
    {
        const auto parsed = cc::parseXmlList(capture("xml_list-sales-6-members.xml"));
        QVERIFY2(parsed.ok(), qPrintable(parsed.error ? parsed.error->message : QString()));
        QCOMPARE(parsed.value.size(), 1);
        const cc::ConferenceSnapshot &sales = parsed.value.first();
        QCOMPARE(sales.name, QStringLiteral("sales"));
        QCOMPARE(sales.memberCount, 6);
        QCOMPARE(sales.members.size(), 6);
        int talking = 0;
        for (const cc::Participant &p : sales.members) {
            talking += p.talking ? 1 : 0;
            QCOMPARE(p.callerIdName, QStringLiteral("Outbound Call")); // %20 decoded
        }
        QCOMPARE(talking, 3);
        // A member talking right now reads last_talking 0, not N/A (real switch, not §4 example).
        QCOMPARE(sales.members.first().id, 7u);
        QVERIFY(!sales.members.first().lastTalkingSeconds.has_value());
        QCOMPARE(sales.members.last().lastTalkingSeconds.value_or(-1), 0);
        QVERIFY(sales.members.last().hasFloor);
    }

    void xmlListDecodesNamesAndPlus()
    {
        const auto parsed = cc::parseXmlList(capture("xml_list-sales-callee-names.xml"));
        QVERIFY(parsed.ok());
        const cc::Participant &zoe = parsed.value.first().members.first();
        QCOMPARE(zoe.id, 4u);
        QCOMPARE(zoe.callerIdName, QStringLiteral("Zoë"));
        QCOMPARE(zoe.callerIdNumber, QStringLiteral("+4930123"));
    }

    void listParses()
    {
        const auto parsed = cc::parseList(capture("list-sales.txt"));
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.value.size(), 1);
        const auto &members = parsed.value.first().members;
        QCOMPARE(members.size(), 6);
        QCOMPARE(members.first().channelName, QStringLiteral("loopback/silent-a"));
        QCOMPARE(members.last().id, 1u);
        QVERIFY(members.last().talking && members.last().hasFloor);
    }

    void relateListings()
    {
        const auto set = cc::parseRelateListing(capture("relate-listing.txt"));
        QVERIFY(set.ok());
        QCOMPARE(set.value.size(), 1);
        QCOMPARE(set.value.first().from, 1u);
        QCOMPARE(set.value.first().to, 2u);
        QVERIFY(!set.value.first().canSpeak);
        QVERIFY(set.value.first().canHear);
        const auto none = cc::parseRelateListing(capture("relate-listing-none.txt"));
        QVERIFY(none.ok());
        QVERIFY(none.value.isEmpty());
    }

    void classification_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("ok");
        for (const char *file :
             {"mute-999.txt", "energy-999.txt", "kick-999.txt", "list-nosuch.txt", "unknown-subcommand.txt",
              "relate-bad.txt", "mute-no-id.txt", "relate-no-action.txt"})
            QTest::newRow(file) << QString::fromLatin1(file) << false;
        for (const char *file :
             {"mute-4.txt", "mute-all.txt", "kick-4.txt", "relate-1-2-nospeak.txt", "relate-clear.txt",
              "volume_in-1-5-clamped.txt", "dial-loopback.txt", "bgdial-loopback.txt", "energy-4-query.txt"})
            QTest::newRow(file) << QString::fromLatin1(file) << true;
    }

    void classification()
    {
        QFETCH(QString, file);
        QFETCH(bool, ok);
        const cc::CommandOutcome outcome = cc::classifyFreeSwitchOutput(capture(file.toLatin1().constData()));
        QVERIFY2(outcome.ok() == ok, qPrintable(file + QStringLiteral(": ") + outcome.message));
        if (!ok)
            QVERIFY(!outcome.message.isEmpty());
    }

    void loadedCaptureReadsBackWithItsIds()
    {
        sim::BridgeEngine engine;
        sim::ActivityConfig off;
        off.enabled = false;
        engine.setActivity(off);
        const QByteArray captured = capture("xml_list-sales-6-members.xml");
        QString error;
        QVERIFY2(engine.loadXmlList(captured, &error), qPrintable(error));
        QCOMPARE(withoutTimes(engineApi(&engine, QStringLiteral("conference sales xml_list"))),
                 withoutTimes(captured));
    }

    void simulatorKeepsCapturedIdsBesideItsScenario()
    {
        // The default scenario has its own `sales`; the capture replaces it and keeps ids 1..7.
        sim::SimulatorOptions options;
        options.tls = false;
        options.activity.enabled = false;
        options.loadXmlListFiles = {
            QStringLiteral(CONF_TEST_DATA_DIR "/realswitch/xml_list-sales-6-members.xml")};
        const auto simulator = testsupport::startSimulator(options);
        QVERIFY(simulator);
        QCOMPARE(withoutTimes(engineApi(simulator->engine(), QStringLiteral("conference sales xml_list"))),
                 withoutTimes(capture("xml_list-sales-6-members.xml")));
        // The scenario's other conferences are still there, numbered after the captured ids.
        const QByteArray support = engineApi(simulator->engine(), QStringLiteral("conference support list"));
        QVERIFY(!support.startsWith("-ERR"));
        const auto parsed = cc::parseList(support);
        QVERIFY(parsed.ok() && !parsed.value.isEmpty());
        for (const cc::Participant &p : parsed.value.first().members)
            QVERIFY2(p.id > 7, qPrintable(QString::number(p.id)));
    }

    void engineAnswersAsTheSwitch_data()
    {
        QTest::addColumn<QString>("state");      // capture loaded first
        QTest::addColumn<QStringList>("before"); // commands run first, answers not compared
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("answer"); // capture file
        const QString six = QStringLiteral("xml_list-sales-6-members.xml");
        const QString four = QStringLiteral("xml_list-sales-callee-names.xml");
        auto row = [](const char *name, const QString &state, const QStringList &before, const char *command,
                      const char *answer) {
            QTest::newRow(name) << state << before << QString::fromLatin1(command)
                                << QString::fromLatin1(answer);
        };
        row("mute 999", six, {}, "mute 999", "mute-999.txt");
        row("energy 999", six, {}, "energy 999", "energy-999.txt");
        row("kick 999", six, {}, "kick 999", "kick-999.txt");
        row("unknown", six, {}, "frobnicate", "unknown-subcommand.txt");
        row("mute usage", six, {}, "mute", "mute-no-id.txt");
        row("relate usage", six, {}, "relate 1 2", "relate-no-action.txt");
        row("relate set", six, {}, "relate 1 2 nospeak", "relate-1-2-nospeak.txt");
        row("relate listing", six, {QStringLiteral("relate 1 2 nospeak")}, "relate 1", "relate-listing.txt");
        row("relate bad", six, {}, "relate 1 999 nospeak", "relate-bad.txt");
        row("relate clear", six, {QStringLiteral("relate 1 2 nospeak")}, "relate 1 2 clear",
            "relate-clear.txt");
        row("relate none", six, {}, "relate 1", "relate-listing-none.txt");
        row("volume clamp", six, {}, "volume_in 1 5", "volume_in-1-5-clamped.txt");
        row("count", six, {}, "count", "count.txt");
        row("list count", six, {}, "list count", "list-count.txt");
        row("mute 4", four, {}, "mute 4", "mute-4.txt");
        row("mute all", four, {}, "mute all", "mute-all.txt");
        row("energy query", four, {}, "energy 4", "energy-4-query.txt");
        row("volume abc", four, {}, "volume_in 4 abc", "volume_in-abc.txt");
        row("kick 4", four, {}, "kick 4", "kick-4.txt");
        row("dial", four, {}, "dial loopback/silent/default", "dial-loopback.txt");
        const QString scenario = QStringLiteral("xml_list-scenario.xml");
        row("max-energy default trigger", scenario, {}, "max-energy 3", "max-energy-query.txt");
        row("relate listing in the order asked", scenario,
            {QStringLiteral("relate 3 5 nospeak"), QStringLiteral("relate 4 5 nohear")}, "relate 4,3",
            "relate-listing-order.txt");
        row("enter_sound bad args", scenario, {}, "enter_sound bogus", "enter_sound-bogus.txt");
        row("enter_sound no args", scenario, {}, "enter_sound", "enter_sound-no-arg.txt");
        row("transfer", scenario, {}, "transfer support 4", "transfer-4-support.txt");
        // video commands in an audio-only conference
        row("vid-flip", scenario, {}, "vid-flip 2", "vid-flip-2.txt");
        row("vid-banner", scenario, {}, "vid-banner 2 hello", "vid-banner-2.txt");
        row("vid-canvas", scenario, {}, "vid-canvas 2", "vid-canvas-2.txt");
        row("vid-personal", scenario, {}, "vid-personal on", "vid-personal-on.txt");
        row("vid-bandwidth", scenario, {}, "vid-bandwidth 1mb", "vid-bandwidth-1mb.txt");
        // dials that fail, by what the dial string tells
        row("dial error endpoint", scenario, {}, "dial error/user_busy 4930111 Busy",
            "dial-error-user_busy.txt");
        row("dial no route", scenario, {}, "dial loopback/nosuchext/default 4930112 NoRoute",
            "dial-noroute.txt");
        row("dial no module", scenario, {}, "dial nosuchmod/x 4930113 NoModule", "dial-nomodule.txt");
        // hold: the file plays to the held member, unhold stops it
        row("hold with music", scenario, {QStringLiteral("deaf 5")},
            "hold 5 tone_stream://%(1000,0,1000);loops=-1", "hold-5-music.txt");
        row("hold music plays", scenario, {QStringLiteral("hold 5 tone_stream://%(1000,0,1000);loops=-1")},
            "play_status 5", "play_status-5-hold-music.txt");
        row("unhold stops it", scenario,
            {QStringLiteral("hold 5 tone_stream://%(1000,0,1000);loops=-1"), QStringLiteral("unhold 5")},
            "play_status 5", "play_status-5-after-unhold.txt");
        row("transfer two", scenario, {}, "transfer support 1 4", "transfer-1-4-support.txt");
    }

    void emptyAnswersReadAsNoReply()
    {
        // A member without video: vid-floor prints nothing, which the event socket (and fs_cli)
        // shows as "-ERR no reply" (freeswitch-conference.md §1.5).
        sim::BridgeEngine engine;
        QString error;
        QVERIFY2(engine.loadXmlList(capture("xml_list-scenario.xml"), &error), qPrintable(error));
        QCOMPARE(engineApi(&engine, QStringLiteral("conference sales vid-floor 2")), QByteArray());
        QCOMPARE(capture("vid-floor-2.txt"), QByteArray("-ERR no reply\n"));
    }

    void holdKeepsMuteAndDeaf()
    {
        // mute 3, hold 3, unhold 3: still muted (list flags "hear"), as the real switch listed it.
        sim::BridgeEngine engine;
        QString error;
        QVERIFY2(engine.loadXmlList(capture("xml_list-scenario.xml"), &error), qPrintable(error));
        for (const char *line : {"mute 3", "hold 3", "unhold 3"})
            engineApi(&engine, QStringLiteral("conference sales ") + QLatin1String(line));
        const auto mine = cc::parseList(engineApi(&engine, QStringLiteral("conference sales list")));
        const auto real = cc::parseList(capture("list-sales-after-mute-hold-unhold.txt"));
        QVERIFY(mine.ok() && real.ok());
        const auto flags = [](const cc::ConferenceSnapshot &s, quint32 id) {
            for (const cc::Participant &p : s.members) {
                if (p.id == id)
                    return std::tuple(p.canHear, p.canSpeak, p.hold, p.isModerator);
            }
            return std::tuple(false, false, false, false);
        };
        QCOMPARE(flags(mine.value.first(), 3), flags(real.value.first(), 3));
        QCOMPARE(flags(real.value.first(), 3), std::tuple(true, false, false, false));
    }

    void transferStartsTheMemberAfresh()
    {
        // A muted, deafened member with energy 300 and volume 2, and the moderator, transferred:
        // the ids stay, everything else is a new joiner's (the moderator flag too), and their own
        // relationships are gone.
        sim::BridgeEngine engine;
        sim::ActivityConfig off;
        off.enabled = false;
        engine.setActivity(off);
        QString error;
        QVERIFY2(engine.loadXmlList(capture("xml_list-scenario.xml"), &error), qPrintable(error));
        for (const char *line : {"mute 4", "deaf 4", "energy 4 300", "volume_in 4 2", "relate 4 5 nospeak"})
            engineApi(&engine, QStringLiteral("conference sales ") + QLatin1String(line));
        QCOMPARE(engineApi(&engine, QStringLiteral("conference sales transfer support 1 4")),
                 capture("transfer-1-4-support.txt"));
        const auto mine = cc::parseList(engineApi(&engine, QStringLiteral("conference support list")));
        const auto real = cc::parseList(capture("list-support-after-transfer-of-moderator-and-muted.txt"));
        QVERIFY(mine.ok() && real.ok());
        for (quint32 id : {1u, 4u}) {
            const auto pick = [id](const cc::ConferenceSnapshot &s) {
                for (const cc::Participant &p : s.members) {
                    if (p.id == id)
                        return std::tuple(p.canHear, p.canSpeak, p.isModerator, p.energy, p.volumeIn,
                                          p.volumeOut);
                }
                return std::tuple(false, false, false, -1, -1, -1);
            };
            QCOMPARE(pick(mine.value.first()), pick(real.value.first()));
            QCOMPARE(pick(real.value.first()), std::tuple(true, true, false, 100, 0, 0));
        }
        QCOMPARE(engineApi(&engine, QStringLiteral("conference support relate 4")),
                 capture("relate-4-in-support.txt"));
    }

    void promptsAreFiles()
    {
        // Profile `prompts` (resources/realswitch): the mute prompt plays to the member, the lock
        // prompt to the conference, and play_status and stop see them.
        sim::BridgeEngine engine;
        sim::ConferenceSounds sounds;
        sounds.muted = QStringLiteral("tone_stream://%(3000,0,350);loops=1");
        sounds.isLocked = QStringLiteral("tone_stream://%(3000,0,750);loops=1");
        engine.setConferenceSounds(QStringLiteral("prom"), sounds);
        const quint32 id = engine.addMember(QStringLiteral("prom"),
                                            testsupport::caller(QStringLiteral("P1"), QStringLiteral("501")));
        const QString p = QStringLiteral("conference prom ");
        engineApi(&engine, p + QStringLiteral("mute %1").arg(id));
        QCOMPARE(engineApi(&engine, p + QStringLiteral("play_status %1").arg(id)),
                 capture("play_status-prompt-after-mute.txt"));
        engineApi(&engine, p + QStringLiteral("stop all %1").arg(id));
        engineApi(&engine, p + QStringLiteral("lock"));
        QCOMPARE(engineApi(&engine, p + QStringLiteral("play_status")),
                 capture("play_status-prompt-after-lock.txt"));
        QCOMPARE(engineApi(&engine, p + QStringLiteral("stop all")), capture("stop-all-prompt.txt"));
    }

    void engineAnswersAsTheSwitch()
    {
        QFETCH(QString, state);
        QFETCH(QStringList, before);
        QFETCH(QString, command);
        QFETCH(QString, answer);
        sim::BridgeEngine engine;
        sim::ActivityConfig off;
        off.enabled = false;
        engine.setActivity(off);
        QString error;
        QVERIFY2(engine.loadXmlList(capture(state.toLatin1().constData()), &error), qPrintable(error));
        for (const QString &line : std::as_const(before))
            engineApi(&engine, QStringLiteral("conference sales ") + line);
        QCOMPARE(engineApi(&engine, QStringLiteral("conference sales ") + command),
                 capture(answer.toLatin1().constData()));
    }

    void transferKeepsTheMemberId()
    {
        // mod_conference keeps the session's id across a transfer (channel private "__confmid").
        sim::BridgeEngine engine;
        sim::ActivityConfig off;
        off.enabled = false;
        engine.setActivity(off);
        QString error;
        QVERIFY2(engine.loadXmlList(capture("xml_list-scenario.xml"), &error), qPrintable(error));
        engineApi(&engine, QStringLiteral("conference sales transfer support 4"));
        const auto mine = cc::parseXmlList(engineApi(&engine, QStringLiteral("conference support xml_list")));
        const auto real = cc::parseXmlList(capture("xml_list-support-after-transfer.xml"));
        QVERIFY(mine.ok() && real.ok());
        QList<quint32> mineIds, realIds;
        for (const cc::Participant &p : mine.value.first().members)
            mineIds << p.id;
        for (const cc::Participant &p : real.value.first().members)
            realIds << p.id;
        QCOMPARE(mineIds, realIds);
        QCOMPARE(mine.value.first().members.first().callerIdName,
                 real.value.first().members.first().callerIdName);
    }

    void nosuchConference()
    {
        sim::BridgeEngine engine;
        QCOMPARE(engineApi(&engine, QStringLiteral("conference nosuch list")), capture("list-nosuch.txt"));
    }
};

QTEST_GUILESS_MAIN(tst_RealSwitchCaptures)
#include "tst_realswitchcaptures.moc"
