// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// httpd::Server connections: keep-alive, pipelining, framing limits, malformed requests, aborts.
#include "httpd/httpserver.h"
#include "rawhttpclient.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace httpd;
using testsupport::echoHandler;
using testsupport::RawClient;

class tst_HttpConnections final : public QObject
{
    Q_OBJECT

private slots:
    void keepAlive();
    void pipeliningOrder();
    void connectionClose();
    void tooLarge();
    void malformed_data();
    void malformed();
    void headRequest();
    void abortClosesConnection();
    void sendAfterDisconnectIsNoop();
    void keepAliveThroughput();
    void closeThenDestroy();
};

void tst_HttpConnections::keepAlive()
{
    Server server;
    echoHandler(server);
    QVERIFY(server.listen());
    RawClient client(server.port());
    QVERIFY(client.waitConnected());
    client.write("GET /a HTTP/1.1\r\nHost: x\r\n\r\n");
    auto first = client.read(1);
    QCOMPARE(first.size(), 1);
    QCOMPARE(first[0].status, 200);
    QCOMPARE(first[0].body, QByteArray("GET /a "));
    client.write("PUT /b?x=1 HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\nabc");
    auto second = client.read(1);
    QCOMPARE(second.size(), 1);
    QCOMPARE(second[0].body, QByteArray("PUT /b?x=1 abc"));
    QVERIFY(!second[0].head.toLower().contains("connection: close"));
    QCOMPARE(client.socket().state(), QAbstractSocket::ConnectedState);
    QCOMPARE(server.connectionCount(), 1);
}

void tst_HttpConnections::pipeliningOrder()
{
    Server server;
    QList<Responder> held;
    QList<Request> requests;
    server.setHandler([&](const Request &request, const Responder &responder) {
        held.append(responder);
        requests.append(request);
    });
    QVERIFY(server.listen());
    RawClient client(server.port());
    QVERIFY(client.waitConnected());
    client.write("GET /0 HTTP/1.1\r\nHost: x\r\n\r\nGET /1 HTTP/1.1\r\nHost: x\r\n\r\n"
                 "POST /2 HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\n\r\nbody");
    QTRY_COMPARE(held.size(), 3);
    QCOMPARE(requests[2].body, QByteArray("body"));
    QCOMPARE(requests[1].path, QByteArray("/1"));
    // Answer out of order: nothing may be sent before /0 is answered.
    held[2].send(Response::text(200, "two"));
    held[1].send(Response::text(200, "one"));
    QCOMPARE(client.read(1, 300).size(), 0);
    held[0].send(Response::text(200, "zero"));
    held[0].send(Response::text(500, "ignored second send"));
    const auto responses = client.read(3);
    QCOMPARE(responses.size(), 3);
    QCOMPARE(responses[0].body, QByteArray("zero"));
    QCOMPARE(responses[1].body, QByteArray("one"));
    QCOMPARE(responses[2].body, QByteArray("two"));
    QCOMPARE(client.read(1, 300).size(), 0); // the second send() on /0 produced nothing
}

void tst_HttpConnections::connectionClose()
{
    Server server;
    echoHandler(server);
    QVERIFY(server.listen());
    RawClient client(server.port());
    QVERIFY(client.waitConnected());
    client.write("GET /a HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    const auto responses = client.read(1);
    QCOMPARE(responses.size(), 1);
    QVERIFY(responses[0].head.contains("Connection: close\r\n"));
    QVERIFY(client.waitDisconnected());
    QTRY_COMPARE(server.connectionCount(), 0);
}

void tst_HttpConnections::tooLarge()
{
    Server server;
    echoHandler(server);
    server.setMaxRequestSize(1024);
    QVERIFY(server.listen());
    {
        RawClient client(server.port());
        QVERIFY(client.waitConnected());
        client.write("POST /big HTTP/1.1\r\nHost: x\r\nContent-Length: 5000\r\n\r\n");
        const auto responses = client.read(1);
        QCOMPARE(responses.size(), 1);
        QCOMPARE(responses[0].status, 413);
        QVERIFY(client.waitDisconnected());
    }
    {
        RawClient client(server.port());
        QVERIFY(client.waitConnected());
        client.write("GET /" + QByteArray(2000, 'a') + " HTTP/1.1\r\n"); // head never ends
        const auto responses = client.read(1);
        QCOMPARE(responses.size(), 1);
        QCOMPARE(responses[0].status, 413);
        QVERIFY(client.waitDisconnected());
    }
}

void tst_HttpConnections::malformed_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");
    QTest::newRow("garbage") << QByteArray("GARBAGE\r\n\r\n") << 400;
    QTest::newRow("no-slash") << QByteArray("GET foo HTTP/1.1\r\n\r\n") << 400;
    QTest::newRow("bad-version") << QByteArray("GET / HTTQ/1.1\r\n\r\n") << 400;
    QTest::newRow("http2") << QByteArray("GET / HTTP/2.0\r\n\r\n") << 505;
    QTest::newRow("bad-header") << QByteArray("GET / HTTP/1.1\r\nNoColon\r\n\r\n") << 400;
    QTest::newRow("obs-fold") << QByteArray("GET / HTTP/1.1\r\nA: b\r\n folded\r\n\r\n") << 400;
    QTest::newRow("bad-length") << QByteArray("POST / HTTP/1.1\r\nContent-Length: 1x\r\n\r\n") << 400;
    QTest::newRow("conflicting-length")
        << QByteArray("POST / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n") << 400;
    QTest::newRow("chunked")
        << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n") << 411;
}

void tst_HttpConnections::malformed()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    Server server;
    int handled = 0;
    server.setHandler([&](const Request &, const Responder &r) {
        ++handled;
        r.send(Response::text(200, "x"));
    });
    QVERIFY(server.listen());
    RawClient client(server.port());
    QVERIFY(client.waitConnected());
    client.write(request + "GET /after HTTP/1.1\r\n\r\n");
    const auto responses = client.read(2);
    QCOMPARE(responses.size(), 1);
    QCOMPARE(responses[0].status, status);
    QVERIFY(client.waitDisconnected());
    QCOMPARE(handled, 0);
}

void tst_HttpConnections::headRequest()
{
    Server server;
    echoHandler(server);
    QVERIFY(server.listen());
    RawClient client(server.port());
    QVERIFY(client.waitConnected());
    client.write("HEAD /h HTTP/1.1\r\n\r\nGET /g HTTP/1.1\r\n\r\n");
    // HEAD carries Content-Length but no body; the raw parser would otherwise eat the next answer.
    QByteArray all;
    QTRY_VERIFY((all += client.takeRaw()).contains("GET /g "));
    QVERIFY(all.startsWith("HTTP/1.1 200 OK\r\n"));
    QCOMPARE(all.count("HTTP/1.1 200 OK"), 2);
    QVERIFY(!all.contains("HEAD /h"));
}

void tst_HttpConnections::abortClosesConnection()
{
    Server server;
    server.setHandler([](const Request &, const Responder &responder) { responder.abort(); });
    QVERIFY(server.listen());
    QNetworkAccessManager nam;
    QNetworkReply *reply =
        nam.get(QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1/x").arg(server.port()))));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(reply->error(), QNetworkReply::RemoteHostClosedError);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 0);
    QTRY_COMPARE(server.connectionCount(), 0);
    reply->deleteLater();
}

void tst_HttpConnections::sendAfterDisconnectIsNoop()
{
    Server server;
    Responder held;
    server.setHandler([&](const Request &, const Responder &responder) { held = responder; });
    QVERIFY(server.listen());
    {
        RawClient client(server.port());
        QVERIFY(client.waitConnected());
        client.write("GET /slow HTTP/1.1\r\n\r\n");
        QTRY_VERIFY(held.isConnected());
        client.socket().abort();
    }
    QTRY_VERIFY(!held.isConnected());
    QTRY_COMPARE(server.connectionCount(), 0);
    held.send(Response::text(200, "late")); // must not crash
    held.abort();
    QVERIFY(!held.isConnected());
}

void tst_HttpConnections::keepAliveThroughput()
{
    // Sequential request/response on one keep-alive connection; the rate is printed, not asserted.
    Server server;
    int handled = 0;
    const QByteArray body(4096, 'x');
    server.setHandler([&](const Request &, const Responder &responder) {
        ++handled;
        responder.send(Response::text(200, body));
    });
    QVERIFY(server.listen());
    RawClient client(server.port());
    QVERIFY(client.waitConnected());
    constexpr int kRequests = 3000;
    QElapsedTimer timer;
    timer.start();
    int received = 0;
    for (int i = 0; i < kRequests; ++i) {
        client.write("GET /sipxconfig/rest/my/conference/c1/xml_list HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                     "Accept: */*\r\nAuthorization: Digest username=\"alice\"\r\n\r\n");
        const auto responses = client.read(1);
        QCOMPARE(responses.size(), 1);
        QCOMPARE(responses[0].body.size(), body.size());
        ++received;
    }
    const qint64 ms = qMax<qint64>(1, timer.elapsed());
    qInfo("keep-alive: %d requests in %lld ms = %lld req/s (client and server on one thread)", received, ms,
          qint64(received) * 1000 / ms);
    QCOMPARE(handled, kRequests);
    QCOMPARE(server.connectionCount(), 1);
}

void tst_HttpConnections::closeThenDestroy()
{
    // close() leaves connections pending deletion; destroying the server right away must be safe,
    // and a Responder that outlives the server must do nothing.
    auto *server = new Server;
    Responder held;
    server->setHandler([&](const Request &, const Responder &responder) { held = responder; });
    QVERIFY(server->listen());
    RawClient client(server->port());
    QVERIFY(client.waitConnected());
    client.write("GET /x HTTP/1.1\r\n\r\n");
    QTRY_VERIFY(held.isConnected());
    server->close();
    QVERIFY(!held.isConnected());
    delete server;
    held.send(Response::text(200, "late"));
    held.abort();
    QVERIFY(client.waitDisconnected());
}

QTEST_GUILESS_MAIN(tst_HttpConnections)
#include "tst_httpconnections.moc"
