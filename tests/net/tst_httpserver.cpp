// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpd/digestauth.h"
#include "httpd/httpserver.h"

#include <QAuthenticator>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSslCertificateExtension>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

using namespace httpd;

namespace {

struct RawResponse
{
    int status = 0;
    QByteArray head;
    QByteArray body;
};

/// A minimal HTTP client on a raw socket, so tests control pipelining and framing byte by byte.
class RawClient
{
public:
    explicit RawClient(quint16 port)
    {
        m_socket.connectToHost(QHostAddress::LocalHost, port);
        QObject::connect(&m_socket, &QTcpSocket::readyRead, [this] { m_buffer += m_socket.readAll(); });
    }
    bool waitConnected()
    {
        if (m_socket.state() == QAbstractSocket::ConnectedState)
            return true;
        QSignalSpy spy(&m_socket, &QTcpSocket::connected);
        return spy.wait(5000);
    }
    void write(const QByteArray &data) { m_socket.write(data); }
    /// Parses complete responses out of what arrived; waits (event loop) until `n` are there.
    QList<RawResponse> read(int n, int timeoutMs = 10000)
    {
        QList<RawResponse> out;
        QElapsedTimer timer;
        timer.start();
        while (out.size() < n && !timer.hasExpired(timeoutMs)) {
            parse(out);
            if (out.size() >= n)
                break;
            QSignalSpy spy(&m_socket, &QTcpSocket::readyRead);
            if (!spy.wait(100) && m_socket.state() != QAbstractSocket::ConnectedState) {
                parse(out);
                break;
            }
        }
        parse(out);
        return out;
    }
    bool waitDisconnected()
    {
        if (m_socket.state() == QAbstractSocket::UnconnectedState)
            return true;
        QSignalSpy spy(&m_socket, &QTcpSocket::disconnected);
        return spy.wait(5000);
    }
    QTcpSocket &socket() { return m_socket; }
    QByteArray takeRaw() { return std::exchange(m_buffer, {}); }

private:
    void parse(QList<RawResponse> &out)
    {
        for (;;) {
            const qsizetype end = m_buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            RawResponse r;
            r.head = m_buffer.left(end + 4);
            r.status = r.head.mid(9, 3).toInt();
            qint64 length = 0;
            for (const QByteArray &line : r.head.split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            }
            if (m_buffer.size() < end + 4 + length)
                return;
            r.body = m_buffer.mid(end + 4, length);
            m_buffer.remove(0, end + 4 + length);
            out.append(r);
        }
    }

    QTcpSocket m_socket;
    QByteArray m_buffer;
};

QByteArray md5Hex(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Md5).toHex();
}

/// An independent RFC 2617 digest computation, so the authenticator is not checked against itself.
QByteArray digestHeader(const QByteArray &user, const QByteArray &realm, const QByteArray &password,
                        const QByteArray &nonce, const QByteArray &method, const QByteArray &uri)
{
    const QByteArray nc = "00000001";
    const QByteArray cnonce = "0a4f113b";
    const QByteArray ha1 = md5Hex(user + ':' + realm + ':' + password);
    const QByteArray ha2 = md5Hex(method + ':' + uri);
    const QByteArray response = md5Hex(ha1 + ':' + nonce + ':' + nc + ':' + cnonce + ":auth:" + ha2);
    return "Digest username=\"" + user + "\", realm=\"" + realm + "\", nonce=\"" + nonce + "\", uri=\"" +
           uri + "\", response=\"" + response + "\", qop=auth, nc=" + nc + ", cnonce=\"" + cnonce + '"';
}

QByteArray nonceFrom(const Response &challenge)
{
    for (const auto &h : challenge.headers) {
        if (h.first == "WWW-Authenticate") {
            const qsizetype start = h.second.indexOf("nonce=\"") + 7;
            return h.second.mid(start, h.second.indexOf('"', start) - start);
        }
    }
    return {};
}

QByteArray headerOf(const Response &response, const QByteArray &name)
{
    for (const auto &h : response.headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

} // namespace

class tst_HttpServer final : public QObject
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
    void tlsWithPinnedCa();
    void tlsHandshakeFailureDoesNotHurt();
    void selfSignedCertificate();
    void digestValid();
    void digestWrongPassword();
    void digestStale();
    void digestMalformedNonce();
    void basic();
    void challengeFormat();
    void jettyErrorPage();
    void digestEndToEndWithQt();
    void keepAliveThroughput();
    void closeThenDestroy();
};

static void echoHandler(Server &server)
{
    server.setHandler([](const Request &request, const Responder &responder) {
        responder.send(Response::text(200, request.method + ' ' + request.target + ' ' + request.body));
    });
}

void tst_HttpServer::keepAlive()
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

void tst_HttpServer::pipeliningOrder()
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

void tst_HttpServer::connectionClose()
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

void tst_HttpServer::tooLarge()
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

void tst_HttpServer::malformed_data()
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

void tst_HttpServer::malformed()
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

void tst_HttpServer::headRequest()
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

void tst_HttpServer::abortClosesConnection()
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

void tst_HttpServer::sendAfterDisconnectIsNoop()
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

void tst_HttpServer::tlsWithPinnedCa()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("no TLS backend");
    const SelfSignedIdentity identity = generateSelfSigned(QStringLiteral("localhost"), 2);
    QVERIFY(!identity.certificate.isNull());
    Server server;
    bool secure = false;
    server.setHandler([&](const Request &request, const Responder &responder) {
        secure = request.secure;
        responder.send(Response::text(200, "secret"));
    });
    server.setTls(identity.certificate, identity.key);
    QVERIFY(server.isTls());
    QVERIFY2(server.listen(), qPrintable(server.errorString()));

    QNetworkAccessManager nam;
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setCaCertificates({identity.certificate});
    for (int i = 0; i < 2; ++i) { // two requests, one connection (keep-alive through TLS)
        QNetworkRequest request(QUrl(QStringLiteral("https://127.0.0.1:%1/s").arg(server.port())));
        request.setSslConfiguration(ssl);
        QNetworkReply *reply = nam.get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QCOMPARE(reply->readAll(), QByteArray("secret"));
        QCOMPARE(reply->sslConfiguration().peerCertificate(), identity.certificate);
        reply->deleteLater();
    }
    QVERIFY(secure);
    QCOMPARE(server.connectionCount(), 1);

    // Without the CA the same server is untrusted.
    QNetworkAccessManager other;
    QNetworkReply *reply =
        other.get(QNetworkRequest(QUrl(QStringLiteral("https://127.0.0.1:%1/s").arg(server.port()))));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(reply->error(), QNetworkReply::SslHandshakeFailedError);
    reply->deleteLater();
}

void tst_HttpServer::tlsHandshakeFailureDoesNotHurt()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("no TLS backend");
    const SelfSignedIdentity identity = generateSelfSigned(QStringLiteral("localhost"), 1);
    Server server;
    echoHandler(server);
    server.setTls(identity.certificate, identity.key);
    QVERIFY(server.listen());
    {
        RawClient plain(server.port()); // plain HTTP to a TLS port: garbage for the handshake
        QVERIFY(plain.waitConnected());
        plain.write("GET / HTTP/1.1\r\n\r\n");
        QVERIFY(plain.waitDisconnected());
    }
    QTRY_COMPARE(server.connectionCount(), 0);
    QNetworkAccessManager nam;
    QNetworkRequest request(QUrl(QStringLiteral("https://127.0.0.1:%1/ok").arg(server.port())));
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setCaCertificates({identity.certificate});
    request.setSslConfiguration(ssl);
    QNetworkReply *reply = nam.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    reply->deleteLater();
}

void tst_HttpServer::selfSignedCertificate()
{
    const SelfSignedIdentity identity = generateSelfSigned(QStringLiteral("conf.example.com"), 30);
    QVERIFY(!identity.certificate.isNull());
    QVERIFY(!identity.key.isNull());
    QCOMPARE(identity.key.type(), QSsl::PrivateKey);
    QCOMPARE(identity.certificate.subjectInfo(QSslCertificate::CommonName),
             QStringList{QStringLiteral("conf.example.com")});
    QVERIFY(identity.certificate.isSelfSigned());
    QCOMPARE(identity.certificate.version(), QByteArray("3"));
    const auto san = identity.certificate.subjectAlternativeNames();
    QVERIFY(san.values(QSsl::DnsEntry).contains(QStringLiteral("localhost")));
    QVERIFY(san.values(QSsl::IpAddressEntry).contains(QStringLiteral("127.0.0.1")));
    QCOMPARE(san.values(QSsl::IpAddressEntry).size(), 2);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(identity.certificate.effectiveDate() < now);
    QVERIFY(identity.certificate.expiryDate() > now.addDays(29));
    QVERIFY(identity.certificate.expiryDate() < now.addDays(31));
    bool caFalse = false;
    for (const auto &ext : identity.certificate.extensions()) {
        if (ext.name() == QLatin1String("basicConstraints"))
            caFalse = ext.value().toMap().value(QStringLiteral("ca")).toBool() == false;
    }
    QVERIFY(caFalse);

    const QString fp = sha256Fingerprint(identity.certificate);
    QCOMPARE(fp.size(), 64);
    QCOMPARE(fp, fp.toLower());
    QCOMPARE(fp, QString::fromLatin1(identity.certificate.digest(QCryptographicHash::Sha256).toHex()));
    QVERIFY(sha256Fingerprint(QSslCertificate()).isEmpty());
    // Two generations differ (fresh key and serial).
    QVERIFY(sha256Fingerprint(generateSelfSigned(QStringLiteral("x")).certificate) != fp);
}

static Request authRequest(const QByteArray &authorization, const QByteArray &method = "GET",
                           const QByteArray &target = "/sipxconfig/rest/my/conferences")
{
    Request r;
    r.method = method;
    r.target = target;
    r.path = target;
    if (!authorization.isEmpty())
        r.headers.append({"Authorization", authorization});
    return r;
}

static DigestAuthenticator makeAuthenticator(int lifetimeMs = 10000)
{
    DigestAuthenticator auth;
    auth.setRealm(QStringLiteral("example.com"));
    auth.setNonceLifetimeMs(lifetimeMs);
    auth.setCredentials([](const QString &user) -> std::optional<QString> {
        if (user == QLatin1String("alice"))
            return QStringLiteral("wonderland");
        return std::nullopt;
    });
    return auth;
}

void tst_HttpServer::digestValid()
{
    const DigestAuthenticator auth = makeAuthenticator();
    const QByteArray nonce = nonceFrom(auth.challenge(false));
    QVERIFY(!nonce.isEmpty());
    const auto check = auth.check(authRequest(
        digestHeader("alice", "example.com", "wonderland", nonce, "PUT", "/my/conference/c1/mute&5"), "PUT"));
    QCOMPARE(check.status, DigestAuthenticator::AuthCheck::Ok);
    QCOMPARE(check.user, QStringLiteral("alice"));
    QCOMPARE(auth.check(authRequest({})).status, DigestAuthenticator::AuthCheck::Missing);
    // Same credentials but a different method than the one hashed.
    QCOMPARE(
        auth.check(authRequest(digestHeader("alice", "example.com", "wonderland", nonce, "PUT", "/u"), "GET"))
            .status,
        DigestAuthenticator::AuthCheck::Bad);
}

void tst_HttpServer::digestWrongPassword()
{
    const DigestAuthenticator auth = makeAuthenticator();
    const QByteArray nonce = nonceFrom(auth.challenge(false));
    QCOMPARE(
        auth.check(authRequest(digestHeader("alice", "example.com", "wrong", nonce, "GET", "/u"))).status,
        DigestAuthenticator::AuthCheck::Bad);
    QCOMPARE(auth.check(authRequest(digestHeader("mallory", "example.com", "wonderland", nonce, "GET", "/u")))
                 .status,
             DigestAuthenticator::AuthCheck::Bad);
    QCOMPARE(auth.check(authRequest(digestHeader("alice", "other.realm", "wonderland", nonce, "GET", "/u")))
                 .status,
             DigestAuthenticator::AuthCheck::Bad);
}

void tst_HttpServer::digestStale()
{
    const DigestAuthenticator auth = makeAuthenticator(300);
    const QByteArray nonce = nonceFrom(auth.challenge(false));
    const Request good = authRequest(digestHeader("alice", "example.com", "wonderland", nonce, "GET", "/u"));
    const Request bad = authRequest(digestHeader("alice", "example.com", "nope", nonce, "GET", "/u"));
    QCOMPARE(auth.check(good).status, DigestAuthenticator::AuthCheck::Ok);
    QTRY_COMPARE_WITH_TIMEOUT(auth.check(good).status, DigestAuthenticator::AuthCheck::Stale, 5000);
    // Spring checks the digest before expiry: a wrong password stays "bad", never "stale".
    QCOMPARE(auth.check(bad).status, DigestAuthenticator::AuthCheck::Bad);
    const Response stale = auth.challenge(true);
    QVERIFY(headerOf(stale, "WWW-Authenticate").endsWith(", stale=\"true\""));
}

void tst_HttpServer::digestMalformedNonce()
{
    const DigestAuthenticator auth = makeAuthenticator();
    // A nonce with a forged expiry fails the signature check.
    const QByteArray forged = QByteArray("99999999999999:" + md5Hex("99999999999999:other")).toBase64();
    QCOMPARE(auth.check(authRequest(digestHeader("alice", "example.com", "wonderland", forged, "GET", "/u")))
                 .status,
             DigestAuthenticator::AuthCheck::Bad);
    QCOMPARE(auth.check(authRequest(
                            digestHeader("alice", "example.com", "wonderland", "!!notbase64", "GET", "/u")))
                 .status,
             DigestAuthenticator::AuthCheck::Bad);
    QCOMPARE(auth.check(authRequest("Digest garbage")).status, DigestAuthenticator::AuthCheck::Bad);
    // A correctly signed nonce built independently is accepted.
    const QByteArray expiry = QByteArray::number(QDateTime::currentMSecsSinceEpoch() + 60000);
    const QByteArray own = QByteArray(expiry + ':' + md5Hex(expiry + ":sipXconfig")).toBase64();
    QCOMPARE(
        auth.check(authRequest(digestHeader("alice", "example.com", "wonderland", own, "GET", "/u"))).status,
        DigestAuthenticator::AuthCheck::Ok);
}

void tst_HttpServer::basic()
{
    DigestAuthenticator auth = makeAuthenticator();
    QCOMPARE(auth.check(authRequest("Basic " + QByteArray("alice:wonderland").toBase64())).status,
             DigestAuthenticator::AuthCheck::Ok);
    QCOMPARE(auth.check(authRequest("Basic " + QByteArray("alice:wrong").toBase64())).status,
             DigestAuthenticator::AuthCheck::Bad);
    QCOMPARE(auth.check(authRequest("Basic !!!")).status, DigestAuthenticator::AuthCheck::Bad);
    auth.setAcceptBasic(false);
    QCOMPARE(auth.check(authRequest("Basic " + QByteArray("alice:wonderland").toBase64())).status,
             DigestAuthenticator::AuthCheck::Missing);
    const Response challenge = auth.challenge(false, true);
    QCOMPARE(challenge.status, 401);
    QCOMPARE(headerOf(challenge, "WWW-Authenticate"), QByteArray("Basic realm=\"example.com\""));
}

void tst_HttpServer::challengeFormat()
{
    const DigestAuthenticator auth = makeAuthenticator();
    const Response challenge = auth.challenge(false);
    QCOMPARE(challenge.status, 401);
    const QByteArray header = headerOf(challenge, "WWW-Authenticate");
    const QByteArray nonce = nonceFrom(challenge);
    QCOMPARE(header, "Digest realm=\"example.com\", qop=\"auth\", nonce=\"" + nonce + '"');
    const QList<QByteArray> parts = QByteArray::fromBase64(nonce).split(':');
    QCOMPARE(parts.size(), 2);
    QCOMPARE(parts[1], md5Hex(parts[0] + ":sipXconfig"));
    QVERIFY(parts[0].toLongLong() > QDateTime::currentMSecsSinceEpoch());
    QVERIFY(challenge.body.contains("Full authentication is required to access this resource"));
    QVERIFY(headerOf(challenge, "Content-Type").startsWith("text/html"));
}

void tst_HttpServer::jettyErrorPage()
{
    const Response r = DigestAuthenticator::jettyError(404, QStringLiteral("Conference not found"));
    QCOMPARE(r.status, 404);
    QVERIFY(r.body.contains("<title>Error 404 Conference not found</title>"));
    QVERIFY(r.body.contains("<pre>    Conference not found</pre>"));
    QVERIFY(r.body.contains("<h2>HTTP ERROR 404</h2>"));
    const Response escaped = DigestAuthenticator::jettyError(400, QStringLiteral("a <b> & c"));
    QVERIFY(escaped.body.contains("a &lt;b&gt; &amp; c"));
}

void tst_HttpServer::digestEndToEndWithQt()
{
    // QAuthenticator against the authenticator through the server: one challenge, then 200.
    DigestAuthenticator auth = makeAuthenticator();
    Server server;
    int challenges = 0;
    server.setHandler([&](const Request &request, const Responder &responder) {
        const auto check = auth.check(request);
        if (check.status != DigestAuthenticator::AuthCheck::Ok) {
            ++challenges;
            responder.send(auth.challenge(check.status == DigestAuthenticator::AuthCheck::Stale));
            return;
        }
        responder.send(Response::text(200, check.user.toUtf8()));
    });
    QVERIFY(server.listen());
    QNetworkAccessManager nam;
    int asked = 0;
    connect(&nam, &QNetworkAccessManager::authenticationRequired, this,
            [&](QNetworkReply *, QAuthenticator *authenticator) {
                ++asked;
                authenticator->setUser(QStringLiteral("alice"));
                authenticator->setPassword(QStringLiteral("wonderland"));
            });
    for (int i = 0; i < 3; ++i) {
        QNetworkReply *reply =
            nam.get(QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1/my/x&y").arg(server.port()))));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QCOMPARE(reply->readAll(), QByteArray("alice"));
        reply->deleteLater();
    }
    QCOMPARE(asked, 1);
    QCOMPARE(challenges, 1);
}

void tst_HttpServer::keepAliveThroughput()
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

void tst_HttpServer::closeThenDestroy()
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

QTEST_GUILESS_MAIN(tst_HttpServer)
#include "tst_httpserver.moc"
