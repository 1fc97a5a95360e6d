// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The fault matrix at the byte level: servers that drip their answer, never end it, send a
// compression bomb, redirect to themselves or challenge for ever. Every exchange ends, once,
// with a clear outcome; a source shows its conference stale without waiting for a timeout.
// QTRY timeouts only bound the waiting; no duration is asserted.
#include "core/commands/commandresponse.h"
#include "core/esl/eslclient.h"
#include "core/esl/eslcommandtransport.h"
#include "core/model/participantmodel.h"
#include "core/rest/restclient.h"
#include "core/sources/conferencepoller.h"
#include "core/sources/pushconferencesource.h"
#include "hostileserver.h"
#include "testdata.h"

#include <QSignalSpy>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;
using testsupport::HostileServer;

namespace {

constexpr int kWaitMs = 20000;

cc::ServerConfig configFor(const HostileServer &server, int timeoutMs)
{
    cc::ServerConfig c;
    c.baseUrl = server.baseUrl();
    c.user = u"alice"_s;
    c.password = u"wonderland"_s;
    c.methodPolicy = cc::MethodPolicy::Get;
    c.timeoutMs = timeoutMs;
    return c;
}

/// xml_list of "3000" (two members), as sipXconfig wraps it.
QByteArray healthyXmlList()
{
    return testsupport::wrap(testsupport::readTestData(u"golden/xml_list_example.xml"_s));
}

} // namespace

class tst_HostileServers final : public QObject
{
    Q_OBJECT

private:
    /// One xml_list through a RestClient with `timeoutMs`; the result once it is delivered.
    std::optional<cc::RestResult> fetch(HostileServer &server, int timeoutMs, int *deliveries)
    {
        cc::RestClient client;
        client.setConfig(configFor(server, timeoutMs));
        std::optional<cc::RestResult> result;
        client.runCommand(u"3000"_s, u"xml_list"_s, true, this, [&](const cc::RestResult &r) {
            result = r;
            ++*deliveries;
        });
        (void)QTest::qWaitFor( // the caller checks the result
            [&] { return result.has_value(); }, kWaitMs);
        QTest::qWait(100); // a second delivery would show up here
        return result;
    }

private slots:
    void drippingAnswerEndsAtTheTimeout()
    {
        // Headers, then a byte every half second: Qt's transfer timeout would restart with each.
        HostileServer server(HostileServer::Behaviour::DripHttp);
        QVERIFY(server.start());
        int deliveries = 0;
        const auto result = fetch(server, 1500, &deliveries);
        QVERIFY2(result, "the exchange never ended");
        QCOMPARE(deliveries, 1);
        QCOMPARE(result->error, cc::TransportError::Timeout);
        QVERIFY(result->body.isEmpty());
        QVERIFY(server.bytesSent() > 0); // it did drip
        const cc::CommandOutcome outcome = cc::classifyCommandResponse(*result, u"xml_list"_s);
        QCOMPARE(outcome.kind, cc::ResponseKind::TransportFailure);
        QCOMPARE(outcome.transportError, cc::TransportError::Timeout);
        QCOMPARE(outcome.message, cc::transportErrorText(cc::TransportError::Timeout));
    }

    void endlessAnswerIsCutOff()
    {
        HostileServer server(HostileServer::Behaviour::EndlessHttp);
        QVERIFY(server.start());
        int deliveries = 0;
        const auto result = fetch(server, 15000, &deliveries);
        QVERIFY2(result, "the exchange never ended");
        QCOMPARE(deliveries, 1);
        QCOMPARE(result->error, cc::TransportError::ResponseTooLarge);
        QVERIFY(result->body.isEmpty()); // nothing of it is kept
    }

    void compressionBombIsRefused()
    {
        HostileServer server(HostileServer::Behaviour::GzipBomb);
        QVERIFY(server.start());
        int deliveries = 0;
        const auto result = fetch(server, 15000, &deliveries);
        QVERIFY2(result, "the exchange never ended");
        QCOMPARE(deliveries, 1);
        // Qt stops inflating past its safety ratio; the answer is refused like an oversized one.
        QVERIFY2(result->error == cc::TransportError::ResponseTooLarge, qPrintable(result->errorString));
        QVERIFY(result->body.size() <= cc::ServerConfig().maxResponseBytes);
        QVERIFY(!cc::classifyCommandResponse(*result, u"xml_list"_s).ok());
    }

    void redirectLoopIsNotFollowed()
    {
        // Commands never follow redirects (another method, another resource): one request, one answer.
        HostileServer server(HostileServer::Behaviour::RedirectLoop);
        QVERIFY(server.start());
        int deliveries = 0;
        const auto result = fetch(server, 15000, &deliveries);
        QVERIFY(result);
        QCOMPARE(deliveries, 1);
        QCOMPARE(result->httpStatus, 301);
        QCOMPARE(server.requestCount(), 1);
        QCOMPARE(cc::classifyCommandResponse(*result, u"xml_list"_s).kind, cc::ResponseKind::HttpError);
    }

    void authenticationLoopIsReportedOnce()
    {
        HostileServer server(HostileServer::Behaviour::AuthLoop);
        QVERIFY(server.start());
        int deliveries = 0;
        const auto result = fetch(server, 15000, &deliveries);
        QVERIFY(result);
        QCOMPARE(deliveries, 1);
        QCOMPARE(result->error, cc::TransportError::Authentication);
        QVERIFY2(server.requestCount() <= 3, qPrintable(QString::number(server.requestCount())));
    }

    void pollerGoesStaleWhileTheDripLasts()
    {
        // Healthy once, then dripping: the conference shows stale after two poll intervals, while
        // the dripping request is still out (its 15 s timeout has not come).
        HostileServer server(HostileServer::Behaviour::DripHttp);
        server.setHealthyAnswers(1, healthyXmlList());
        QVERIFY(server.start());
        cc::RestClient client;
        client.setConfig(configFor(server, 15000));
        cc::ConferencePoller poller(&client, u"3000"_s);
        cc::ParticipantModel model;
        QObject::connect(&poller, &cc::ConferencePoller::snapshotReceived, &model,
                         &cc::ParticipantModel::applySnapshot);
        poller.setInterval(500);
        bool inFlightWhenStale = false;
        QObject::connect(&poller, &cc::ConferencePoller::staleChanged, this, [&](bool stale) {
            if (stale)
                inFlightWhenStale = poller.isRequestInFlight();
        });
        poller.start();
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 2, kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(poller.isStale(), kWaitMs);
        QVERIFY(inFlightWhenStale);
        QCOMPARE(model.rowCount(), 2); // the last good data stays, marked stale
        poller.stop();
    }

    void drippingEventSocketEndsAtTheReplyTimeout()
    {
        HostileServer server(HostileServer::Behaviour::DripEsl);
        server.setHealthyAnswers(1, testsupport::readTestData(u"golden/xml_list_example.xml"_s));
        QVERIFY(server.start());
        cc::EslClient client;
        client.setReplyTimeoutMs(1500);
        cc::EslCommandTransport transport(&client);
        QSignalSpy connected(&client, &cc::EslClient::connected);
        client.connectToServer(u"127.0.0.1"_s, server.port(), u"ClueCon"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!connected.isEmpty(), kWaitMs);

        // The source re-syncs from xml_list every 500 ms: the first answer is fine, the next drip.
        cc::PushConferenceSource source(&transport, u"3000"_s);
        source.setResyncInterval(500);
        cc::ParticipantModel model;
        QObject::connect(&source, &cc::PushConferenceSource::snapshotReceived, &model,
                         &cc::ParticipantModel::applySnapshot);
        source.start();
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 2, kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(source.isStale(), kWaitMs);

        // A single api call through the dripping socket ends, not ok, once.
        int answers = 0;
        cc::EslReply reply;
        reply.ok = true;
        client.api(u"conference 3000 list"_s, this, [&](const cc::EslReply &r) {
            reply = r;
            ++answers;
        });
        QTRY_COMPARE_WITH_TIMEOUT(answers, 1, kWaitMs);
        QVERIFY(!reply.ok);
        QTest::qWait(100);
        QCOMPARE(answers, 1);
        source.stop();
    }
};

QTEST_MAIN(tst_HostileServers)
#include "tst_hostileservers.moc"
