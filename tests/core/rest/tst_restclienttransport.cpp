// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// RestClient transport: method policies, drops, timeouts, size caps, cancelling and refused connections.
#include "core/rest/restclient.h"
#include "restfixtures.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace cc;
using namespace testsupport;

class tst_RestClientTransport final : public QObject
{
    Q_OBJECT

private slots:
    void autoPolicyFallsBackToGet();
    void fixedPolicies();
    void nonRetryableSentOnceOnDrop_data();
    void nonRetryableSentOnceOnDrop();
    void timeout();
    void responseTooLarge();
    void responseTooLargeWithoutLength();
    void cancelAll();
    void destroyedContextDropsCallback();
    void connectionRefused();
};

void tst_RestClientTransport::autoPolicyFallsBackToGet()
{
    TestServer server;
    server.route("GET", kConfPath + "c1/*", ScriptedResponse::text(200, kOk));
    server.route("PUT", kConfPath + "c1/*", ScriptedResponse::methodNotAllowed());
    QVERIFY(server.start());
    RestClient client;
    client.setConfig(configFor(server));
    QCOMPARE(client.effectiveCommandMethod(), QByteArray("PUT"));
    QSignalSpy finished(&client, &RestClient::exchangeFinished);

    Waiter w;
    client.runCommand(QStringLiteral("c1"), QStringLiteral("kick&5"), false, this, w.callback());
    WAIT_RESULT(w);
    QCOMPARE(w.result->error, TransportError::None);
    QCOMPARE(w.result->httpStatus, 200);
    QCOMPARE(w.result->method, QByteArray("GET"));
    QVERIFY(w.result->fellBackToGet);
    QCOMPARE(w.result->body, kOk);
    QCOMPARE(finished.size(), 1); // one exchange, although two requests
    QCOMPARE(client.effectiveCommandMethod(), QByteArray("GET"));

    Waiter next;
    client.runCommand(QStringLiteral("c1"), QStringLiteral("mute&5"), true, this, next.callback());
    WAIT_RESULT(next);
    QCOMPARE(next.result->method, QByteArray("GET"));
    QVERIFY(!next.result->fellBackToGet);

    const auto requests = server.requests();
    QCOMPARE(requests.size(), 3);
    QCOMPARE(requests[0].method, QByteArray("PUT"));
    QCOMPARE(requests[0].target, kConfPath + "c1/kick&5");
    QCOMPARE(requests[1].method, QByteArray("GET"));
    QCOMPARE(requests[1].target, kConfPath + "c1/kick&5");
    QCOMPARE(requests[2].method, QByteArray("GET"));
    QCOMPARE(requests[2].target, kConfPath + "c1/mute&5");
}

void tst_RestClientTransport::fixedPolicies()
{
    TestServer server;
    server.route("GET", kConfPath + "c1/*", ScriptedResponse::text(200, kOk));
    server.route("PUT", kConfPath + "c1/*", ScriptedResponse::methodNotAllowed());
    QVERIFY(server.start());
    RestClient client;
    ServerConfig config = configFor(server);
    config.methodPolicy = MethodPolicy::Put;
    client.setConfig(config);
    QCOMPARE(client.effectiveCommandMethod(), QByteArray("PUT"));
    Waiter put;
    client.runCommand(QStringLiteral("c1"), QStringLiteral("lock"), true, this, put.callback());
    WAIT_RESULT(put);
    QCOMPARE(put.result->method, QByteArray("PUT"));
    QCOMPARE(put.result->httpStatus, 405);
    QCOMPARE(put.result->error, TransportError::None);
    QVERIFY(!put.result->fellBackToGet);
    QVERIFY(put.result->body.contains("Error 405"));
    QCOMPARE(server.requestCount(), 1);
    QCOMPARE(client.effectiveCommandMethod(), QByteArray("PUT"));

    config.methodPolicy = MethodPolicy::Get;
    client.setConfig(config);
    Waiter get;
    client.runCommand(QStringLiteral("c1"), QStringLiteral("lock"), true, this, get.callback());
    WAIT_RESULT(get);
    QCOMPARE(get.result->method, QByteArray("GET"));
    QCOMPARE(get.result->httpStatus, 200);
    QCOMPARE(server.requestCount(), 2);
    QCOMPARE(server.requests().last().method, QByteArray("GET"));
}

void tst_RestClientTransport::nonRetryableSentOnceOnDrop_data()
{
    QTest::addColumn<bool>("warmConnection");
    QTest::addColumn<int>("policy");
    QTest::addColumn<bool>("digest");
    QTest::newRow("fresh-connection-get") << false << int(MethodPolicy::Get) << false;
    QTest::newRow("kept-alive-connection-get") << true << int(MethodPolicy::Get) << false;
    QTest::newRow("kept-alive-connection-put") << true << int(MethodPolicy::Put) << false;
    QTest::newRow("digest-fresh-get") << false << int(MethodPolicy::Get) << true;
    QTest::newRow("digest-kept-alive-auto") << true << int(MethodPolicy::Auto) << true;
}

void tst_RestClientTransport::nonRetryableSentOnceOnDrop()
{
    QFETCH(bool, warmConnection);
    QFETCH(int, policy);
    QFETCH(bool, digest);
    TestServer server;
    if (digest) {
        server.requireUser(TestServer::AuthMode::Digest);
    }
    server.route("GET", kConfPath + "c1/list", ScriptedResponse::text(200, kOk));
    server.route("PUT", kConfPath + "c1/list", ScriptedResponse::methodNotAllowed());
    server.route("", kConfPath + "c1/invite*", ScriptedResponse::drop());
    QVERIFY(server.start());
    RestClient client;
    ServerConfig config = configFor(server);
    config.methodPolicy = MethodPolicy(policy);
    client.setConfig(config);
    if (warmConnection) {
        Waiter warm;
        client.runCommand(QStringLiteral("c1"), QStringLiteral("list"), true, this, warm.callback());
        WAIT_RESULT(warm);
        QCOMPARE(warm.result->error, TransportError::None);
    }
    server.clearRequests();
    Waiter w;
    client.runCommand(QStringLiteral("c1"), QStringLiteral("invite&sip:bob@example.com"), false, this,
                      w.callback());
    WAIT_RESULT(w);
    QCOMPARE(w.result->error, TransportError::Network);
    QCOMPARE(w.result->httpStatus, 0);
    QVERIFY(!w.result->errorString.isEmpty());
    QSignalSpy more(&server, &TestServer::requestRecorded);
    QVERIFY(!more.wait(300));
    // Exactly one request reached the command route (plus, with digest, the first attempt of
    // the manual digest path that the server answered with 401).
    QCOMPARE(server.handledCount(), 1);
    QCOMPARE(server.requestCount(), digest ? 2 : 1);
}

void tst_RestClientTransport::timeout()
{
    TestServer server;
    server.route("GET", kConfPath + "c1/xml_list", ScriptedResponse::hang());
    QVERIFY(server.start());
    RestClient client;
    ServerConfig config = getConfigFor(server);
    config.timeoutMs = 400;
    client.setConfig(config);
    Waiter w;
    client.runCommand(QStringLiteral("c1"), QStringLiteral("xml_list"), true, this, w.callback());
    WAIT_RESULT(w);
    QCOMPARE(w.result->error, TransportError::Timeout);
    QCOMPARE(w.result->httpStatus, 0);
    QCOMPARE(server.requestCount(), 1);
}

void tst_RestClientTransport::responseTooLarge()
{
    TestServer server;
    server.route("GET", kConfPath + "c1/big", ScriptedResponse::text(200, QByteArray(5000, 'x')));
    server.route("GET", kConfPath + "c1/fits", ScriptedResponse::text(200, QByteArray(1000, 'y')));
    QVERIFY(server.start());
    RestClient client;
    ServerConfig config = getConfigFor(server);
    config.maxResponseBytes = 1000;
    client.setConfig(config);
    Waiter big;
    client.runCommand(QStringLiteral("c1"), QStringLiteral("big"), true, this, big.callback());
    WAIT_RESULT(big);
    QCOMPARE(big.result->error, TransportError::ResponseTooLarge);
    QVERIFY(big.result->body.isEmpty());
    QVERIFY(!big.result->ok());
    Waiter fits;
    client.runCommand(QStringLiteral("c1"), QStringLiteral("fits"), true, this, fits.callback());
    WAIT_RESULT(fits);
    QCOMPARE(fits.result->error, TransportError::None);
    QCOMPARE(fits.result->body.size(), 1000);
}

void tst_RestClientTransport::responseTooLargeWithoutLength()
{
    // A close-delimited body (no Content-Length): the cap must trip while reading.
    QTcpServer raw;
    QVERIFY(raw.listen(QHostAddress::LocalHost, 0));
    connect(&raw, &QTcpServer::newConnection, this, [&raw] {
        QTcpSocket *socket = raw.nextPendingConnection();
        connect(socket, &QTcpSocket::readyRead, socket, [socket] {
            socket->readAll();
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nConnection: close\r\n\r\n");
            socket->write(QByteArray(64 * 1024, 'z'));
            socket->disconnectFromHost();
        });
    });
    RestClient client;
    ServerConfig config;
    config.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/sipxconfig/rest").arg(raw.serverPort()));
    config.maxResponseBytes = 4096;
    client.setConfig(config);
    Waiter w;
    client.fetchConferences(this, w.callback());
    WAIT_RESULT(w);
    QCOMPARE(w.result->error, TransportError::ResponseTooLarge);
    QVERIFY(w.result->body.isEmpty());
}

void tst_RestClientTransport::cancelAll()
{
    TestServer server;
    server.route("GET", kConfPath + "*", ScriptedResponse::hang());
    QVERIFY(server.start());
    RestClient client;
    client.setConfig(getConfigFor(server));
    QSignalSpy finished(&client, &RestClient::exchangeFinished);
    Waiter a, b;
    client.runCommand(QStringLiteral("c1"), QStringLiteral("xml_list"), true, this, a.callback());
    client.runCommand(QStringLiteral("c2"), QStringLiteral("xml_list"), true, this, b.callback());
    QTRY_COMPARE(server.requestCount(), 2);
    client.cancelAll();
    WAIT_RESULT(a);
    WAIT_RESULT(b);
    QCOMPARE(a.result->error, TransportError::Cancelled);
    QCOMPARE(b.result->error, TransportError::Cancelled);
    QCOMPARE(finished.size(), 2);
}

void tst_RestClientTransport::destroyedContextDropsCallback()
{
    TestServer server;
    ScriptedResponse slow = ScriptedResponse::text(200, kOk);
    slow.delayMs = 100;
    server.route("GET", kConfPath + "*", slow);
    QVERIFY(server.start());
    RestClient client;
    client.setConfig(getConfigFor(server));
    QSignalSpy finished(&client, &RestClient::exchangeFinished);
    auto *context = new QObject;
    bool called = false;
    client.runCommand(QStringLiteral("c1"), QStringLiteral("list"), true, context,
                      [&called](const RestResult &) { called = true; });
    QTRY_COMPARE(server.requestCount(), 1);
    delete context;
    QVERIFY(finished.wait(10000));
    QVERIFY(!called);
    QCOMPARE(finished.first().at(0).value<RestResult>().httpStatus, 200);
}

void tst_RestClientTransport::connectionRefused()
{
    quint16 port;
    {
        QTcpServer probe; // find a free port, then close it
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    RestClient client;
    ServerConfig config;
    config.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/sipxconfig/rest").arg(port));
    client.setConfig(config);
    Waiter w;
    client.fetchConferences(this, w.callback());
    WAIT_RESULT(w);
    QCOMPARE(w.result->error, TransportError::ConnectionRefused);

    config.baseUrl = QUrl(QStringLiteral("ftp://127.0.0.1/x"));
    client.setConfig(config);
    Waiter bad;
    client.fetchConferences(this, bad.callback());
    QVERIFY(!bad.result); // never synchronous
    WAIT_RESULT(bad);
    QCOMPARE(bad.result->error, TransportError::Network);
}

QTEST_GUILESS_MAIN(tst_RestClientTransport)
#include "tst_restclienttransport.moc"
