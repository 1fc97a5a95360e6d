// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// RestClient authentication (Digest, Basic, stale nonces, wrong passwords) and certificate trust.
#include "core/rest/restclient.h"
#include "restfixtures.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTest>

using namespace cc;
using namespace testsupport;

class tst_RestClientAuth final : public QObject
{
    Q_OBJECT

private slots:
    void digestOneChallengePerConnection();
    void staleNonceIsSilent_data();
    void staleNonceIsSilent();
    void nonRetryableWrongPassword();
    void nonRetryableBasic();
    void wrongPasswordFailsOnce();
    void basicAuth();
    void untrustedCertificate();
    void pinnedFingerprint();
    void pinMismatch();
};

void tst_RestClientAuth::digestOneChallengePerConnection()
{
    TestServer server;
    server.requireUser(TestServer::AuthMode::Digest);
    server.route("GET", TestServer::basePath() + "/my/conferences",
                 ScriptedResponse::text(200, "<conferences/>", "text/xml"));
    QVERIFY(server.start());
    RestClient client;
    client.setConfig(configFor(server));
    QSignalSpy finished(&client, &RestClient::exchangeFinished);
    for (int i = 0; i < 5; ++i) { // sequential: one connection
        Waiter w;
        client.fetchConferences(this, w.callback());
        WAIT_RESULT(w);
        QCOMPARE(w.result->error, TransportError::None);
        QCOMPARE(w.result->httpStatus, 200);
        QCOMPARE(w.result->body, QByteArray("<conferences/>"));
        QCOMPARE(w.result->contentType, QByteArray("text/xml"));
        QVERIFY(w.result->ok());
    }
    QCOMPARE(finished.size(), 5);
    QCOMPARE(server.challengeCount(), 1);
    QCOMPARE(server.handledCount(), 5);
    QCOMPARE(server.requestCount(), 6);
    QCOMPARE(server.server()->connectionCount(), 1);
    const auto requests = server.requests();
    QVERIFY(requests.first().header("Authorization").isEmpty());
    for (qsizetype i = 1; i < requests.size(); ++i)
        QVERIFY(requests[i].header("Authorization").startsWith("Digest "));
}

void tst_RestClientAuth::staleNonceIsSilent_data()
{
    QTest::addColumn<bool>("retryable");
    QTest::newRow("retryable-qauthenticator") << true;
    QTest::newRow("non-retryable-manual-digest") << false;
}

void tst_RestClientAuth::staleNonceIsSilent()
{
    QFETCH(bool, retryable);
    TestServer server;
    server.setAuthMode(TestServer::AuthMode::Digest);
    server.authenticator().setNonceLifetimeMs(200);
    server.addUser(QStringLiteral("alice"), QStringLiteral("wonderland"));
    server.route("", kConfPath + "c1/*", ScriptedResponse::text(200, kOk));
    QVERIFY(server.start());
    RestClient client;
    client.setConfig(getConfigFor(server));
    QSignalSpy finished(&client, &RestClient::exchangeFinished);

    for (int i = 0; i < 3; ++i) {
        Waiter w;
        client.runCommand(QStringLiteral("c1"), QStringLiteral("mute&1"), retryable, this, w.callback());
        WAIT_RESULT(w);
        QCOMPARE(w.result->error, TransportError::None);
        QCOMPARE(w.result->httpStatus, 200);
        QCOMPARE(w.result->body, kOk);
        QCOMPARE(server.handledCount(), i + 1);
        // Let the 200 ms nonce expire (no sleep: poll the clock through the event loop).
        const qint64 expired = QDateTime::currentMSecsSinceEpoch() + 400;
        QTRY_VERIFY(QDateTime::currentMSecsSinceEpoch() > expired);
    }
    QCOMPARE(finished.size(), 3);
    QCOMPARE(server.challengeCount() - server.staleChallengeCount(), 1); // one real challenge
    QCOMPARE(server.staleChallengeCount(), 2);                           // then only stale ones
    QCOMPARE(server.requestCount(), 6);
}

void tst_RestClientAuth::wrongPasswordFailsOnce()
{
    TestServer server;
    server.requireUser(TestServer::AuthMode::Digest);
    server.route("GET", TestServer::basePath() + "/my/conferences",
                 ScriptedResponse::text(200, "<conferences/>"));
    QVERIFY(server.start());
    RestClient client;
    client.setConfig(configFor(server, QStringLiteral("wrong")));
    QSignalSpy finished(&client, &RestClient::exchangeFinished);
    for (int round = 1; round <= 2; ++round) {
        Waiter w;
        client.fetchConferences(this, w.callback());
        WAIT_RESULT(w);
        QCOMPARE(w.calls, 1);
        QCOMPARE(w.result->error, TransportError::Authentication);
        QCOMPARE(w.result->httpStatus, 401);
        QVERIFY(!w.result->ok());
        QCOMPARE(finished.size(), round);
        QVERIFY2(server.requestCount() <= 3 * round, QByteArray::number(server.requestCount()).constData());
    }
    QCOMPARE(server.handledCount(), 0);
    // No stray retries after the error either.
    const int count = server.requestCount();
    QSignalSpy more(&server, &TestServer::requestRecorded);
    QVERIFY(!more.wait(300));
    QCOMPARE(server.requestCount(), count);

    // Correcting the password works without restarting anything.
    client.setConfig(configFor(server));
    Waiter ok;
    client.fetchConferences(this, ok.callback());
    WAIT_RESULT(ok);
    QCOMPARE(ok.result->error, TransportError::None);
}

void tst_RestClientAuth::nonRetryableWrongPassword()
{
    TestServer server;
    server.requireUser(TestServer::AuthMode::Digest);
    server.route("", kConfPath + "c1/*", ScriptedResponse::text(200, kOk));
    QVERIFY(server.start());
    RestClient client;
    client.setConfig(getConfigFor(server, QStringLiteral("wrong")));
    Waiter w;
    client.runCommand(QStringLiteral("c1"), QStringLiteral("kick&1"), false, this, w.callback());
    WAIT_RESULT(w);
    QCOMPARE(w.calls, 1);
    QCOMPARE(w.result->error, TransportError::Authentication);
    QCOMPARE(w.result->httpStatus, 401);
    QCOMPARE(server.requestCount(), 2); // challenge, one answer with the wrong password
    QCOMPARE(server.handledCount(), 0);
    QSignalSpy more(&server, &TestServer::requestRecorded);
    QVERIFY(!more.wait(300));
}

void tst_RestClientAuth::nonRetryableBasic()
{
    TestServer server;
    server.requireUser(TestServer::AuthMode::Basic);
    server.route("", kConfPath + "c1/*", ScriptedResponse::text(200, kOk));
    QVERIFY(server.start());
    RestClient client;
    client.setConfig(getConfigFor(server));
    for (int i = 0; i < 2; ++i) {
        Waiter w;
        client.runCommand(QStringLiteral("c1"), QStringLiteral("hup&1"), false, this, w.callback());
        WAIT_RESULT(w);
        QCOMPARE(w.result->error, TransportError::None);
        QCOMPARE(w.result->body, kOk);
    }
    QCOMPARE(server.challengeCount(), 1);
    QCOMPARE(server.handledCount(), 2);
    QCOMPARE(server.requests().last().header("Authorization"),
             "Basic " + QByteArray("alice:wonderland").toBase64());
}

void tst_RestClientAuth::basicAuth()
{
    TestServer server;
    server.requireUser(TestServer::AuthMode::Basic);
    server.route(
        "GET", TestServer::basePath() + "/my/logindetails",
        ScriptedResponse::text(200, "<login-details><userName>alice</userName></login-details>", "text/xml"));
    QVERIFY(server.start());
    RestClient client;
    client.setConfig(configFor(server));
    Waiter w;
    client.fetchLoginDetails(this, w.callback());
    WAIT_RESULT(w);
    QCOMPARE(w.result->error, TransportError::None);
    QVERIFY(w.result->body.contains("<userName>alice</userName>"));
    QCOMPARE(server.handledCount(), 1);
    QCOMPARE(server.requests().last().header("Authorization"),
             "Basic " + QByteArray("alice:wonderland").toBase64());

    client.setConfig(configFor(server, QStringLiteral("bad")));
    Waiter bad;
    client.fetchLoginDetails(this, bad.callback());
    WAIT_RESULT(bad);
    QCOMPARE(bad.result->error, TransportError::Authentication);
    QCOMPARE(server.handledCount(), 1);
}

void tst_RestClientAuth::untrustedCertificate()
{
    TestServer server;
    server.route("GET", TestServer::basePath() + "/my/conferences",
                 ScriptedResponse::text(200, "<conferences/>"));
    QVERIFY(server.start(true));
    RestClient client;
    client.setConfig(configFor(server));
    QSignalSpy untrusted(&client, &RestClient::untrustedCertificate);
    Waiter w;
    client.fetchConferences(this, w.callback());
    WAIT_RESULT(w);
    QCOMPARE(w.result->error, TransportError::Tls);
    QVERIFY(!w.result->sslErrors.isEmpty());
    QCOMPARE(w.result->peerCertificate, server.certificate());
    QCOMPARE(untrusted.size(), 1);
    QCOMPARE(untrusted.first().at(0).value<QSslCertificate>(), server.certificate());
    QCOMPARE(server.requestCount(), 0);
}

void tst_RestClientAuth::pinnedFingerprint()
{
    TestServer server;
    server.requireUser(TestServer::AuthMode::Digest);
    server.route("GET", TestServer::basePath() + "/my/conferences",
                 ScriptedResponse::text(200, "<conferences/>"));
    QVERIFY(server.start(true));
    RestClient client;
    ServerConfig config = configFor(server);
    config.pinnedSha256 = {server.fingerprint()};
    client.setConfig(config);
    QSignalSpy untrusted(&client, &RestClient::untrustedCertificate);
    for (int i = 0; i < 2; ++i) {
        Waiter w;
        client.fetchConferences(this, w.callback());
        WAIT_RESULT(w);
        QCOMPARE(w.result->error, TransportError::None);
        QCOMPARE(w.result->body, QByteArray("<conferences/>"));
        QCOMPARE(w.result->peerCertificate, server.certificate());
    }
    QCOMPARE(server.challengeCount(), 1);
    // A non-retryable command over the pinned connection (manual digest, one-shot body).
    Waiter command;
    server.route("", kConfPath + "c1/*", ScriptedResponse::text(200, kOk));
    client.runCommand(QStringLiteral("c1"), QStringLiteral("record&start"), false, this, command.callback());
    WAIT_RESULT(command);
    QCOMPARE(command.result->error, TransportError::None);
    QCOMPARE(command.result->body, kOk);
    QCOMPARE(untrusted.size(), 0);
}

void tst_RestClientAuth::pinMismatch()
{
    TestServer server;
    server.route("GET", TestServer::basePath() + "/my/conferences",
                 ScriptedResponse::text(200, "<conferences/>"));
    QVERIFY(server.start(true));
    RestClient client;
    ServerConfig config = configFor(server);
    config.pinnedSha256 = {QString(64, u'a'), server.fingerprint().toUpper()}; // pins are lower-case
    client.setConfig(config);
    QSignalSpy untrusted(&client, &RestClient::untrustedCertificate);
    Waiter w;
    client.fetchConferences(this, w.callback());
    WAIT_RESULT(w);
    QCOMPARE(w.result->error, TransportError::Tls);
    QCOMPARE(untrusted.size(), 1);
    QCOMPARE(server.requestCount(), 0);
}

QTEST_GUILESS_MAIN(tst_RestClientAuth)
#include "tst_restclientauth.moc"
