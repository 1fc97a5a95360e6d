// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The event socket end to end: wire protocol, EslClient reconnects, bgapi, filters and commands over ESL.
#include "core/esl/eslcommandtransport.h"
#include "core/rest/restclient.h"
#include "core/rest/restcommandtransport.h"
#include "eslfixture.h"
#include "sim/simulator.h"

#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace cc;
using namespace testsupport;
using namespace Qt::Literals::StringLiterals;

class tst_EslClient final : public EslFixture
{
    Q_OBJECT

private slots:
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
        client->connectToServer(QStringLiteral("127.0.0.1"), m_port, kEslPassword);
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
        client.connectToServer(QStringLiteral("127.0.0.1"), simulator.eslPort(), kEslPassword);
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

QTEST_GUILESS_MAIN(tst_EslClient)
#include "tst_eslclient.moc"
