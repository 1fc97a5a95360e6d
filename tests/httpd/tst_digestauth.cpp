// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// httpd::DigestAuthenticator: RFC 2617 digests, stale nonces, Basic, the challenge and Jetty error pages.
#include "httpd/digestauth.h"
#include "httpd/httpserver.h"

#include <QAuthenticator>
#include <QCryptographicHash>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace httpd;

namespace {

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

class tst_DigestAuth final : public QObject
{
    Q_OBJECT

private slots:
    void digestValid();
    void digestWrongPassword();
    void digestStale();
    void digestMalformedNonce();
    void basic();
    void challengeFormat();
    void jettyErrorPage();
    void digestEndToEndWithQt();
};

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

void tst_DigestAuth::digestValid()
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

void tst_DigestAuth::digestWrongPassword()
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

void tst_DigestAuth::digestStale()
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

void tst_DigestAuth::digestMalformedNonce()
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

void tst_DigestAuth::basic()
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

void tst_DigestAuth::challengeFormat()
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

void tst_DigestAuth::jettyErrorPage()
{
    const Response r = DigestAuthenticator::jettyError(404, QStringLiteral("Conference not found"));
    QCOMPARE(r.status, 404);
    QVERIFY(r.body.contains("<title>Error 404 Conference not found</title>"));
    QVERIFY(r.body.contains("<pre>    Conference not found</pre>"));
    QVERIFY(r.body.contains("<h2>HTTP ERROR 404</h2>"));
    const Response escaped = DigestAuthenticator::jettyError(400, QStringLiteral("a <b> & c"));
    QVERIFY(escaped.body.contains("a &lt;b&gt; &amp; c"));
}

void tst_DigestAuth::digestEndToEndWithQt()
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

QTEST_GUILESS_MAIN(tst_DigestAuth)
#include "tst_digestauth.moc"
