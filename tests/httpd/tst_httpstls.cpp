// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// httpd::Server over TLS and the self-signed certificates it generates.
#include "httpd/httpserver.h"
#include "rawhttpclient.h"

#include <QCryptographicHash>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSslCertificateExtension>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTest>

using namespace httpd;
using testsupport::echoHandler;
using testsupport::RawClient;

class tst_HttpsTls final : public QObject
{
    Q_OBJECT

private slots:
    void tlsWithPinnedCa();
    void tlsHandshakeFailureDoesNotHurt();
    void selfSignedCertificate();
};

void tst_HttpsTls::tlsWithPinnedCa()
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

void tst_HttpsTls::tlsHandshakeFailureDoesNotHurt()
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

void tst_HttpsTls::selfSignedCertificate()
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

QTEST_GUILESS_MAIN(tst_HttpsTls)
#include "tst_httpstls.moc"
