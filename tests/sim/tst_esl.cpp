// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/conferencepoller.h"
#include "core/eslclient.h"
#include "core/eslcommandtransport.h"
#include "core/parsers.h"
#include "core/participantmodel.h"
#include "core/pushconferencesource.h"
#include "core/restclient.h"
#include "core/restcommandtransport.h"
#include "sim/bridgeengine.h"
#include "sim/eslserver.h"
#include "sim/simulator.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using namespace cc;
using namespace Qt::Literals::StringLiterals;

namespace {
const QString kConf = QStringLiteral("3000");
const QString kPassword = QStringLiteral("ClueCon");

/// Every field that xml_list and events can both tell (durations are not in events).
QList<Participant> comparable(QList<Participant> members)
{
    for (Participant &p : members) {
        p.joinTimeSeconds = 0;
        p.lastTalkingSeconds.reset();
        p.channelName.clear();
    }
    std::sort(members.begin(), members.end(),
              [](const Participant &a, const Participant &b) { return a.id < b.id; });
    return members;
}
} // namespace

class TestEsl final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<sim::BridgeEngine> m_engine;
    std::unique_ptr<sim::EslServer> m_server;
    quint16 m_port = 0;
    quint32 m_alice = 0;
    quint32 m_bob = 0;
    quint32 m_carol = 0;

    std::unique_ptr<EslClient> connectedClient(const QString &password = kPassword)
    {
        auto client = std::make_unique<EslClient>();
        client->setReconnectDelays(50, 200);
        client->connectToServer(QStringLiteral("127.0.0.1"), m_port, password);
        return client;
    }

    /// The engine's own xml_list of the conference, parsed.
    ConferenceSnapshot engineSnapshot()
    {
        QByteArray out;
        m_engine->api(QStringLiteral("conference 3000 xml_list"), this,
                      [&](const QByteArray &o) { out = o; });
        const auto parsed = parseXmlList(out);
        if (!parsed.ok() || parsed.value.isEmpty())
            return {};
        return parsed.value.first();
    }

    QByteArray engineApi(const QString &line)
    {
        QByteArray out;
        m_engine->api(line, this, [&](const QByteArray &o) { out = o; });
        return out;
    }

private slots:
    void init()
    {
        m_engine = std::make_unique<sim::BridgeEngine>();
        sim::ActivityConfig activity;
        activity.enabled = false;
        m_engine->setActivity(activity);
        m_engine->setClockForTesting([] { return qint64(5000000); });
        m_engine->setRingDelayMs(20);
        sim::MemberSpec alice;
        alice.callerIdName = QStringLiteral("Alice Ärger");
        alice.callerIdNumber = QStringLiteral("1001");
        alice.moderator = true;
        m_alice = m_engine->addMember(kConf, alice);
        sim::MemberSpec bob;
        bob.callerIdName = QStringLiteral("Bob & Co");
        bob.callerIdNumber = QStringLiteral("+15551234567");
        m_bob = m_engine->addMember(kConf, bob);
        sim::MemberSpec carol;
        carol.callerIdName = QStringLiteral("Carol");
        carol.callerIdNumber = QStringLiteral("1003");
        carol.muteDetect = true;
        m_carol = m_engine->addMember(kConf, carol);
        sim::MemberSpec other;
        other.callerIdName = QStringLiteral("Elsewhere");
        other.callerIdNumber = QStringLiteral("2001");
        m_engine->addMember(QStringLiteral("4000"), other);

        m_server = std::make_unique<sim::EslServer>(m_engine.get());
        QString error;
        QVERIFY2(m_server->listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
        m_port = m_server->port();
    }

    void cleanup()
    {
        m_server.reset();
        m_engine.reset();
    }

    void rawProtocol()
    {
        // The wire format itself (§9.1, §9.2), through a plain socket.
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_port);
        QByteArray in;
        connect(&socket, &QTcpSocket::readyRead, this, [&] { in += socket.readAll(); });
        QTRY_COMPARE(in, QByteArray("Content-Type: auth/request\n\n"));
        in.clear();
        socket.write("auth ClueCon\r\n\r\n");
        QTRY_COMPARE(in, QByteArray("Content-Type: command/reply\nReply-Text: +OK accepted\n\n"));
        in.clear();
        socket.write("event plain CUSTOM conference::maintenance\n\n");
        QTRY_COMPARE(
            in, QByteArray("Content-Type: command/reply\nReply-Text: +OK event listener enabled plain\n\n"));
        in.clear();
        socket.write("event plain\n\n");
        QTRY_COMPARE(in,
                     QByteArray("Content-Type: command/reply\nReply-Text: -ERR no keywords supplied\n\n"));
        in.clear();
        socket.write("api status\n\n");
        QTRY_VERIFY(in.endsWith("-ERR status Command not found!\n"));
        QVERIFY(in.startsWith("Content-Type: api/response\nContent-Length: 31\n\n"));
        in.clear();
        // An empty output becomes "-ERR no reply" (get is_locked on an unlocked conference, §1.5).
        socket.write("api conference 3000 get is_locked\n\n");
        QTRY_COMPARE(in, QByteArray("Content-Type: api/response\nContent-Length: 14\n\n-ERR no reply\n"));
        in.clear();
        socket.write(QByteArray("api conference 3000 mute " + QByteArray::number(m_bob) + "\n\n"));
        // The event comes first, then the reply; Content-Length counts bytes of the encoded body.
        QTRY_VERIFY(in.contains("Content-Type: api/response"));
        EslFrameParser parser;
        parser.feed(in);
        const auto event = parser.next();
        QVERIFY(event);
        QCOMPARE(event->type(), EslMessageType::EventPlain);
        QVERIFY(event->body.contains("Caller-Caller-ID-Name: Bob%20%26%20Co\n"));
        QVERIFY(event->body.contains("Event-Subclass: conference%3A%3Amaintenance\n"));
        QVERIFY(event->body.endsWith("Action: mute-member\n\n"));
        const auto reply = parser.next();
        QVERIFY(reply);
        QCOMPARE(reply->body, QByteArray("+OK mute " + QByteArray::number(m_bob) + "\n"));
        QCOMPARE(parser.bufferedBytes(), 0);
        in.clear();
        // json format: same events, values not URL-encoded (§9.2.5).
        socket.write("event json CUSTOM conference::maintenance\n\n");
        QTRY_COMPARE(
            in, QByteArray("Content-Type: command/reply\nReply-Text: +OK event listener enabled json\n\n"));
        in.clear();
        socket.write(QByteArray("api conference 3000 unmute " + QByteArray::number(m_bob) + "\n\n"));
        QTRY_VERIFY(in.contains("Content-Type: api/response"));
        parser.feed(in);
        const auto jsonEvent = parser.next();
        QVERIFY(jsonEvent);
        QCOMPARE(jsonEvent->type(), EslMessageType::EventJson);
        const auto decoded = decodeJsonEvent(jsonEvent->body);
        QVERIFY(decoded);
        QCOMPARE(decoded->header(u"Caller-Caller-ID-Name"), QStringLiteral("Bob & Co"));
        QCOMPARE(decoded->action(), QStringLiteral("unmute-member"));
        QVERIFY(parser.next());
        in.clear();
        socket.write("exit\n\n");
        QTRY_VERIFY(in.contains("text/disconnect-notice"));
        QVERIFY(in.startsWith("Content-Type: command/reply\nReply-Text: +OK bye\n\n"));
        QTRY_COMPARE(socket.state(), QAbstractSocket::UnconnectedState);
    }

    void wrongPasswordReportedOnceWithoutReconnectStorm()
    {
        auto client = connectedClient(QStringLiteral("wrong"));
        QSignalSpy failed(client.get(), &EslClient::authenticationFailed);
        QSignalSpy connectedSpy(client.get(), &EslClient::connected);
        QSignalSpy raw(client.get(), &EslClient::rawTraffic);
        QTRY_COMPARE(failed.count(), 1);
        QCOMPARE(client->state(), EslClient::State::Halted);
        // With a 50 ms back-off a reconnect loop would make several attempts in this time.
        QTest::qWait(700);
        QCOMPARE(failed.count(), 1);
        QCOMPARE(connectedSpy.count(), 0);
        QCOMPARE(client->connectAttempts(), 1);
        QCOMPARE(m_server->acceptedConnections(), 1);
        QCOMPARE(m_server->failedAuthentications(), 1);
        // The password never appears in the traffic log.
        for (const QList<QVariant> &args : raw)
            QVERIFY(!args.at(1).toByteArray().contains("wrong"));
        // Commands fail clearly instead of hanging.
        bool answered = false;
        client->api(QStringLiteral("conference 3000 list"), this, [&](const EslReply &r) {
            answered = true;
            QVERIFY(!r.ok);
            QVERIFY(!r.error.isEmpty());
        });
        QTRY_VERIFY(answered);
    }

    void reconnectAfterServerRestart()
    {
        auto client = connectedClient();
        QSignalSpy connectedSpy(client.get(), &EslClient::connected);
        QSignalSpy disconnectedSpy(client.get(), &EslClient::disconnected);
        QTRY_COMPARE(connectedSpy.count(), 1);
        m_server.reset(); // the switch goes away
        QTRY_VERIFY(disconnectedSpy.count() >= 1);
        QVERIFY(!client->isConnected());
        QTest::qWait(300); // a few failed attempts while nothing listens
        m_server = std::make_unique<sim::EslServer>(m_engine.get());
        QString error;
        QVERIFY2(m_server->listen(QHostAddress::LocalHost, m_port, &error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(connectedSpy.count(), 2, 5000);
        QCOMPARE(client->currentBackoffMs(), 0);
        bool answered = false;
        client->api(QStringLiteral("conference 3000 mute ") + QString::number(m_alice), this,
                    [&](const EslReply &r) {
                        answered = true;
                        QVERIFY(r.ok);
                        QCOMPARE(r.body, QByteArray("+OK mute " + QByteArray::number(m_alice) + "\n"));
                    });
        QTRY_VERIFY(answered);
    }

    void pushSourceResyncsAfterReconnect()
    {
        auto client = connectedClient();
        EslCommandTransport transport(client.get());
        PushConferenceSource source(&transport, kConf);
        source.setResyncInterval(60000);
        QTRY_VERIFY(client->isConnected());
        source.start();
        QTRY_COMPARE(source.snapshot().members.size(), 3);
        const int before = source.resyncCount();
        QSignalSpy stale(&source, &PushConferenceSource::staleChanged);
        m_server.reset();
        QTRY_VERIFY(source.isStale());
        // While away, somebody mutes Alice: no event can reach us.
        engineApi(QStringLiteral("conference 3000 mute ") + QString::number(m_alice));
        m_server = std::make_unique<sim::EslServer>(m_engine.get());
        QVERIFY(m_server->listen(QHostAddress::LocalHost, m_port, nullptr));
        QTRY_VERIFY_WITH_TIMEOUT(!source.isStale(), 5000);
        QVERIFY(source.resyncCount() > before);
        QTRY_VERIFY(!source.snapshot().members.isEmpty());
        const auto alice = std::find_if(source.snapshot().members.cbegin(), source.snapshot().members.cend(),
                                        [&](const Participant &p) { return p.id == m_alice; });
        QVERIFY(alice != source.snapshot().members.cend());
        QVERIFY(!alice->canSpeak);
        QVERIFY(stale.count() >= 2);
    }

    void everyEventKindAppliedToTheModel()
    {
        auto client = connectedClient();
        EslCommandTransport transport(client.get());
        PushConferenceSource source(&transport, kConf);
        source.setResyncInterval(300000); // only events may change the model after the first sync
        ParticipantModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.setClock([] { return qint64(1700000000000); });
        connect(&source, &PushConferenceSource::snapshotReceived, &model, &ParticipantModel::applySnapshot);
        QTRY_VERIFY(client->isConnected());
        source.start();
        QTRY_COMPARE(model.rowCount(), 3);
        QTRY_COMPARE(source.resyncCount(), 1);
        QTRY_VERIFY(source.lastSuccess().isValid());

        const auto member = [&](quint32 id) { return model.participant(id).value_or(Participant{}); };
        const auto run = [&](const QString &args) {
            CommandOutcome outcome;
            bool done = false;
            transport.run(kConf, ConferenceCommand::parse(args), this, [&](const CommandOutcome &o) {
                outcome = o;
                done = true;
            });
            QTRY_VERIFY(done);
            QVERIFY2(outcome.ok(), qPrintable(args + u" -> " + outcome.message + u" / " + outcome.payload));
        };
        const QString bob = QString::number(m_bob);
        const QString alice = QString::number(m_alice);
        const QString carol = QString::number(m_carol);

        run(u"mute "_s + bob);
        QTRY_VERIFY(!member(m_bob).canSpeak);
        run(u"unmute "_s + bob);
        QTRY_VERIFY(member(m_bob).canSpeak);
        run(u"deaf "_s + bob);
        QTRY_VERIFY(!member(m_bob).canHear);
        run(u"undeaf "_s + bob);
        QTRY_VERIFY(member(m_bob).canHear);

        m_engine->setTalkingForTesting(m_alice, true);
        QTRY_VERIFY(member(m_alice).talking);
        QTRY_VERIFY(member(m_alice).hasFloor); // floor-change follows the loudest talker
        QVERIFY(member(m_alice).lastTalkingSeconds.has_value());
        m_engine->setTalkingForTesting(m_alice, false);
        QTRY_VERIFY(!member(m_alice).talking);

        // §3.1: floor on the holder releases it; a free floor goes to whoever asks.
        run(u"floor "_s + alice);
        QTRY_VERIFY(!member(m_alice).hasFloor);
        run(u"floor "_s + bob);
        QTRY_VERIFY(member(m_bob).hasFloor);
        QVERIFY(!member(m_alice).hasFloor);

        run(u"energy "_s + bob + u" 345"_s);
        QTRY_COMPARE(member(m_bob).energy, 345);
        run(u"volume_in "_s + bob + u" 2"_s);
        QTRY_COMPARE(member(m_bob).volumeIn, 2);
        run(u"volume_out "_s + bob + u" -3"_s);
        QTRY_COMPARE(member(m_bob).volumeOut, -3);

        run(u"hold "_s + carol);
        QTRY_VERIFY(member(m_carol).hold);
        QVERIFY(!member(m_carol).canSpeak); // masked like xml_list (§3.1)
        QVERIFY(!member(m_carol).canHear);
        run(u"unhold "_s + carol);
        QTRY_VERIFY(!member(m_carol).hold);
        QVERIFY(member(m_carol).canHear);

        // mute-detect: a muted member with the flag who talks "wants to speak".
        run(u"mute "_s + carol);
        QTRY_VERIFY(!member(m_carol).canSpeak);
        m_engine->setTalkingForTesting(m_carol, true);
        QTRY_VERIFY(member(m_carol).talking);
        QVERIFY(member(m_carol).muteDetect);
        QVERIFY(!member(m_carol).canSpeak);
        m_engine->setTalkingForTesting(m_carol, false);
        QTRY_VERIFY(!member(m_carol).talking);

        run(u"lock"_s);
        QTRY_VERIFY(model.snapshot().locked);
        run(u"unlock"_s);
        QTRY_VERIFY(!model.snapshot().locked);

        run(u"record /tmp/esl-test-r.wav"_s);
        QTRY_COMPARE(model.snapshot().recordings.size(), 1);
        QCOMPARE(model.snapshot().recordings.first().path, u"/tmp/esl-test-r.wav"_s);
        QVERIFY(model.snapshot().recording);
        run(u"recording pause /tmp/esl-test-r.wav"_s);
        QTRY_VERIFY(model.snapshot().recordings.first().paused);
        run(u"recording resume /tmp/esl-test-r.wav"_s);
        QTRY_VERIFY(!model.snapshot().recordings.first().paused);
        run(u"norecord /tmp/esl-test-r.wav"_s);
        QTRY_VERIFY(model.snapshot().recordings.isEmpty());
        QVERIFY(!model.snapshot().recording);

        sim::MemberSpec dave;
        dave.callerIdName = QStringLiteral("Dave");
        dave.callerIdNumber = QStringLiteral("1004");
        const quint32 daveId = m_engine->addMember(kConf, dave);
        QTRY_COMPARE(model.rowCount(), 4);
        QCOMPARE(member(daveId).callerIdName, u"Dave"_s);
        run(u"kick "_s + QString::number(daveId));
        QTRY_COMPARE(model.rowCount(), 3);
        QCOMPARE(model.rowForMember(daveId), -1);
        run(u"transfer 4000 "_s + bob);
        QTRY_COMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowForMember(m_bob), -1);
        run(u"hup "_s + alice);
        QTRY_COMPARE(model.rowCount(), 1);

        QCOMPARE(resets.count(), 0); // events arrive as diffs, never as a reset
        // Nothing above needed a re-sync, and the event-built list equals the switch's own.
        QCOMPARE(source.resyncCount(), 1);
        QCOMPARE(source.sequenceGaps(), 0);
        const ConferenceSnapshot truth = engineSnapshot();
        QCOMPARE(comparable(model.snapshot().members), comparable(truth.members));
        QCOMPARE(model.snapshot().locked, truth.locked);
        QCOMPARE(model.snapshot().recordings.size(), truth.recordings.size());
    }

    void periodicResyncRepairsAMissedEvent()
    {
        auto client = connectedClient();
        EslCommandTransport transport(client.get());
        PushConferenceSource source(&transport, kConf);
        source.setSequenceGapResync(false); // only the periodic re-sync may repair it
        source.setResyncInterval(400);
        QTRY_VERIFY(client->isConnected());
        source.start();
        QTRY_COMPARE(source.snapshot().members.size(), 3);
        m_server->suppressNextEventsForTesting(1);
        bool done = false;
        transport.run(kConf, ConferenceCommand::mute(QString::number(m_bob)), this,
                      [&](const CommandOutcome &o) {
                          QVERIFY(o.ok());
                          done = true;
                      });
        QTRY_VERIFY(done);
        const auto bob = [&] {
            for (const Participant &p : source.snapshot().members)
                if (p.id == m_bob)
                    return p;
            return Participant{};
        };
        // The reply came after where the event would have been: the event is really lost.
        QVERIFY(bob().canSpeak);
        QTRY_VERIFY_WITH_TIMEOUT(!bob().canSpeak, 5000);
        QCOMPARE(source.sequenceGaps(), 0); // no later event revealed the gap
    }

    void sequenceGapTriggersResync()
    {
        auto client = connectedClient();
        EslCommandTransport transport(client.get());
        PushConferenceSource source(&transport, kConf);
        source.setResyncInterval(300000);
        QTRY_VERIFY(client->isConnected());
        source.start();
        QTRY_COMPARE(source.resyncCount(), 1);
        QTRY_COMPARE(source.snapshot().members.size(), 3);
        QTRY_VERIFY(source.lastSuccess().isValid());
        engineApi(QStringLiteral("conference 4000 lock")); // a first event: the sequence baseline
        m_server->suppressNextEventsForTesting(1);
        engineApi(QStringLiteral("conference 3000 deaf ") + QString::number(m_alice)); // lost
        engineApi(QStringLiteral("conference 4000 unlock"));                           // reveals the gap
        QTRY_COMPARE(source.sequenceGaps(), 1);
        QTRY_COMPARE(source.resyncCount(), 2);
        QTRY_VERIFY(std::any_of(source.snapshot().members.cbegin(), source.snapshot().members.cend(),
                                [&](const Participant &p) { return p.id == m_alice && !p.canHear; }));
    }

    void commandsWithPathsOverEslAndRefusedOverRest()
    {
        auto client = connectedClient();
        EslCommandTransport esl(client.get());
        QTRY_VERIFY(client->isConnected());
        RestClient rest;
        ServerConfig config;
        config.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:1/sipxconfig/rest")); // never contacted
        rest.setConfig(config);
        RestCommandTransport restTransport(&rest);
        QSignalSpy restTraffic(&rest, &RestClient::exchangeFinished);

        DialRequest dial;
        dial.endpoint = QStringLiteral("sofia");
        dial.destination = QStringLiteral("internal/1000@x");
        dial.callerIdNumber = QStringLiteral("1000");
        dial.callerIdName = QStringLiteral("Test");
        const QList<ConferenceCommand> commands = {
            ConferenceCommand::play(QStringLiteral("/tmp/x.wav")),
            ConferenceCommand::record(QStringLiteral("/tmp/r.wav")),
            ConferenceCommand::dial(dial),
        };
        for (const ConferenceCommand &command : commands) {
            QVERIFY2(command.isValid(), qPrintable(command.error()));
            CommandOutcome overEsl;
            CommandOutcome overRest;
            int answers = 0;
            esl.run(kConf, command, this, [&](const CommandOutcome &o) {
                overEsl = o;
                ++answers;
            });
            restTransport.run(kConf, command, this, [&](const CommandOutcome &o) {
                overRest = o;
                ++answers;
            });
            QTRY_COMPARE(answers, 2);
            QVERIFY2(overEsl.ok(),
                     qPrintable(command.name() + u": " + overEsl.message + u" " + overEsl.payload));
            QCOMPARE(overRest.kind, ResponseKind::FreeSwitchError);
            QCOMPARE(overRest.message, command.restError());
            QVERIFY(!overRest.message.isEmpty());
            QVERIFY(!restTransport.refusalReason(command).isEmpty());
            QVERIFY(esl.refusalReason(command).isEmpty());
        }
        QCOMPARE(restTraffic.count(), 0); // refused before anything was sent
        // The dialled party joined, the recorder runs.
        const ConferenceSnapshot after = engineSnapshot();
        QCOMPARE(after.members.size(), 4);
        QCOMPARE(after.recordings.size(), 1);

        // sipXconfig-only commands cannot go over the event socket.
        for (const ConferenceCommand &command :
             {ConferenceCommand::invite(QStringLiteral("1005")), ConferenceCommand::recordStart()}) {
            QVERIFY(command.isValid());
            bool refused = false;
            esl.run(kConf, command, this, [&](const CommandOutcome &o) {
                QCOMPARE(o.kind, ResponseKind::FreeSwitchError);
                QVERIFY(!o.message.isEmpty());
                refused = true;
            });
            QTRY_VERIFY(refused);
        }
    }

    void bgdialResultMatchedByJobUuid()
    {
        auto client = connectedClient();
        EslCommandTransport esl(client.get());
        QTRY_VERIFY(client->isConnected());
        QSignalSpy results(&esl, &CommandTransport::backgroundDialFinished);
        QStringList jobs;
        for (const QString &destination :
             {QStringLiteral("internal/busy@x"), QStringLiteral("internal/1000@x")}) {
            DialRequest dial;
            dial.endpoint = QStringLiteral("sofia");
            dial.destination = destination;
            dial.callerIdNumber = QStringLiteral("1000");
            dial.callerIdName = QStringLiteral("Test");
            esl.run(kConf, ConferenceCommand::bgDial(dial), this, [&](const CommandOutcome &o) {
                QVERIFY(o.ok());
                jobs.append(CommandTransport::jobUuidFromOutput(o.payload));
            });
        }
        QTRY_COMPARE(jobs.size(), 2);
        QVERIFY(!jobs.at(0).isEmpty());
        QVERIFY(jobs.at(0) != jobs.at(1));
        QTRY_COMPARE(results.count(), 2);
        QHash<QString, QString> resultOf;
        for (const QList<QVariant> &args : results) {
            QCOMPARE(args.at(0).toString(), kConf);
            resultOf.insert(args.at(1).toString(), args.at(2).toString());
        }
        QCOMPARE(resultOf.value(jobs.at(0)), u"USER_BUSY"_s);
        QCOMPARE(resultOf.value(jobs.at(1)), u"SUCCESS"_s);
    }

    void bgapiBackgroundJob()
    {
        auto client = connectedClient();
        QTRY_VERIFY(client->isConnected());
        QString accepted;
        QByteArray finished;
        client->bgapi(
            QStringLiteral("conference 3000 list count"), this,
            [&](const EslReply &r) { accepted = r.jobUuid; },
            [&](const EslReply &r) {
                QCOMPARE(r.jobUuid, accepted);
                finished = r.body;
            });
        QTRY_VERIFY(!finished.isEmpty());
        QVERIFY(!accepted.isEmpty());
        QCOMPARE(finished, QByteArray("3")); // count prints no newline
    }

    void serverSideFilter()
    {
        auto client = std::make_unique<EslClient>();
        client->setFilter(QStringLiteral("Conference-Name"), QStringLiteral("4000"));
        client->connectToServer(QStringLiteral("127.0.0.1"), m_port, kPassword);
        QTRY_VERIFY(client->isConnected());
        QSignalSpy events(client.get(), &EslClient::eventReceived);
        engineApi(QStringLiteral("conference 3000 mute ") + QString::number(m_bob));
        engineApi(QStringLiteral("conference 4000 lock"));
        QTRY_COMPARE(events.count(), 1);
        const auto event = events.first().first().value<EslEvent>();
        QCOMPARE(event.header(u"Conference-Name"), u"4000"_s);
        QCOMPARE(event.action(), u"lock"_s);
    }

    void simulatorServesTheEventSocket()
    {
        sim::SimulatorOptions options;
        options.tls = false;
        options.activity.enabled = false;
        options.eslPort = 0;
        options.eslPassword = QStringLiteral("s3cret");
        sim::Simulator simulator(options);
        QString error;
        QVERIFY2(simulator.start(&error), qPrintable(error));
        QVERIFY(simulator.eslPort() != 0);
        EslClient client;
        QSignalSpy failed(&client, &EslClient::authenticationFailed);
        client.connectToServer(QStringLiteral("127.0.0.1"), simulator.eslPort(), kPassword);
        QTRY_COMPARE(failed.count(), 1); // the configured password, not the default
        client.connectToServer(QStringLiteral("127.0.0.1"), simulator.eslPort(), QStringLiteral("s3cret"));
        QTRY_VERIFY(client.isConnected());
        QByteArray body;
        client.api(QStringLiteral("conference sales list count"), this,
                   [&](const EslReply &r) { body = r.body; });
        QTRY_VERIFY(!body.isEmpty());
        QVERIFY2(body.toInt() > 0, body.constData());

        sim::SimulatorOptions off;
        off.tls = false;
        off.activity.enabled = false;
        sim::Simulator without(off);
        QVERIFY(without.start(&error));
        QCOMPARE(without.eslPort(), quint16(0));
    }

    void pollerOverTheEventSocket()
    {
        auto client = connectedClient();
        EslCommandTransport esl(client.get());
        QTRY_VERIFY(client->isConnected());
        ConferencePoller poller(&esl, kConf);
        QSignalSpy snapshots(&poller, &ConferencePoller::snapshotReceived);
        poller.start();
        QTRY_VERIFY(snapshots.count() >= 1);
        QCOMPARE(snapshots.first().first().value<ConferenceSnapshot>().members.size(), 3);
        ConferencePoller missing(&esl, QStringLiteral("nobody-here"));
        QSignalSpy inactive(&missing, &ConferencePoller::conferenceInactive);
        missing.start();
        QTRY_COMPARE(inactive.count(), 1);
    }

    void pipelinedRepliesStayInOrderAroundABlockingDial()
    {
        auto client = connectedClient();
        QTRY_VERIFY(client->isConnected());
        m_engine->setRingDelayMs(200);
        QStringList order;
        client->api(QStringLiteral("conference 3000 dial sofia/internal/1000@x 1000 Test"), this,
                    [&](const EslReply &r) { order << QString::fromUtf8(r.body).trimmed(); });
        client->api(QStringLiteral("conference 3000 list count"), this,
                    [&](const EslReply &r) { order << QString::fromUtf8(r.body).trimmed(); });
        QTRY_COMPARE(order.size(), 2);
        QVERIFY2(order.at(0).startsWith(u"+OK Call Requested"_s) || order.at(0).contains(u"SUCCESS"_s),
                 qPrintable(order.at(0)));
        QCOMPARE(order.at(1), u"4"_s); // answered after the dial, which added a member
    }
};

QTEST_GUILESS_MAIN(TestEsl)
#include "tst_esl.moc"
