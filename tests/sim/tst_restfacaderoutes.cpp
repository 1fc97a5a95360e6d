// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The simulator's sipXconfig routing and authentication: errors, Digest/Basic, methods, certificates.
// Real loopback HTTPS (sipxconfig-conference-rest.md; the examples of seed-conference-rest-api.txt).
#include "facadefixture.h"
#include "httpd/httpserver.h"
#include "testdata.h"

#include <QCryptographicHash>
#include <QFile>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace testsupport;

class tst_RestFacadeRoutes final : public RestFacadeFixture
{
    Q_OBJECT

private slots:
    void errors_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QString>("user");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("reason");
        const QString alice = u"alice"_s;
        QTest::newRow("unknown conference")
            << QByteArray("/my/conference/nosuch/lock") << alice << 404 << QByteArray("Conference not found");
        QTest::newRow("admin is not owner") << QByteArray("/my/conference/sales/lock") << u"admin"_s << 403
                                            << QByteArray("User is not owner of this conference");
        QTest::newRow("bob is not owner") << QByteArray("/my/conference/sales/xml_list") << u"bob"_s << 403
                                          << QByteArray("User is not owner of this conference");
        QTest::newRow("no owner") << QByteArray("/my/conference/orphan/lock") << alice << 403
                                  << QByteArray("User is not owner of this conference");
        // Order of checks (§3.3): 404 before 403 before 400.
        QTest::newRow("404 before 403") << QByteArray("/my/conference/nosuch/&") << u"admin"_s << 404
                                        << QByteArray("Conference not found");
        QTest::newRow("403 before 400") << QByteArray("/my/conference/sales/&") << u"admin"_s << 403
                                        << QByteArray("User is not owner of this conference");
        QTest::newRow("only &") << QByteArray("/my/conference/sales/&") << alice << 400
                                << QByteArray("No conference command specified");
        QTest::newRow("only &&&") << QByteArray("/my/conference/sales/&&&") << alice << 400
                                  << QByteArray("No conference command specified");
        QTest::newRow("invite no target") << QByteArray("/my/conference/sales/invite") << alice << 400
                                          << QByteArray("Incorect invite command");
        QTest::newRow("invite two targets") << QByteArray("/my/conference/sales/invite&1&2") << alice << 400
                                            << QByteArray("Incorect invite command");
        QTest::newRow("inviteim arity") << QByteArray("/my/conference/sales/inviteim") << alice << 400
                                        << QByteArray("Incorect invite command");
        QTest::newRow("details inactive") << QByteArray("/my/conferencedetails/empty") << alice << 406
                                          << QByteArray("Conference found, but not active");
        QTest::newRow("details unknown") << QByteArray("/my/conferencedetails/nosuch") << alice << 404
                                         << QByteArray("Conference not found");
        QTest::newRow("details not owner") << QByteArray("/my/conferencedetails/board") << alice << 403
                                           << QByteArray("User is not owner of this conference");
        QTest::newRow("no command segment")
            << QByteArray("/my/conference/sales") << alice << 404 << QByteArray();
        QTest::newRow("no route") << QByteArray("/my/nothing") << alice << 404 << QByteArray();
        QTest::newRow("encoded slash")
            << QByteArray("/my/conference/sales/say&a%2fb") << alice << 404 << QByteArray();
    }

    void errors()
    {
        QFETCH(QByteArray, path);
        QFETCH(QString, user);
        QFETCH(int, status);
        QFETCH(QByteArray, reason);
        const QString password = user == u"alice"_s ? u"wonderland"_s
                                 : user == u"bob"_s ? u"builder"_s
                                                    : u"admin"_s;
        const Reply r = get(path, user, password);
        QVERIFY(r.finished);
        QCOMPARE(r.status, status);
        if (!reason.isEmpty()) {
            QCOMPARE(r.reason, reason);
            QVERIFY2(r.body.contains(reason), r.body.constData()); // Jetty page repeats it
        }
    }
    void unknownRootPath()
    {
        const QUrl url = QUrl(m_sim->baseUrl()).resolved(QUrl(u"/elsewhere"_s));
        QNetworkAccessManager nam;
        QNetworkRequest req(url);
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setCaCertificates({m_sim->certificate()});
        req.setSslConfiguration(ssl);
        QNetworkReply *reply = nam.get(req);
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait(10000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 404);
        delete reply;
    }

    void optionsNeedsNoAuth()
    {
        Call c;
        c.method = "OPTIONS";
        c.path = "/my/conference/sales/lock";
        const Reply r = request(m_sim.get(), c);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.authPrompts, 0);
        QCOMPARE(r.body, QByteArray());
    }

    void basicAuth()
    {
        Call c;
        c.path = "/my/conference/sales/list&count";
        c.authorization = "Basic " + QByteArray("alice:wonderland").toBase64();
        Reply r = request(m_sim.get(), c);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.authPrompts, 0);
        QVERIFY(r.body.startsWith("<command-response>"));

        c.authorization = "Basic " + QByteArray("alice:wrong").toBase64();
        c.user = u"nobody"_s; // the retry after the challenge fails too
        c.password = u"x"_s;
        r = request(m_sim.get(), c);
        QCOMPARE(r.status, 401);
    }

    void wrongDigestPassword()
    {
        const Reply r = get("/my/conferences", u"alice"_s, u"not-the-password"_s);
        QCOMPARE(r.status, 401);
        QVERIFY(r.authPrompts >= 1);
    }

    void staleNonce()
    {
        // Plain HTTP and a hand-made digest handshake, to see the challenge headers themselves.
        sim::SimulatorOptions o = baseOptions();
        o.tls = false;
        o.nonceLifetimeMs = 400;
        sim::Simulator s(o);
        QString error;
        QVERIFY2(s.start(&error), qPrintable(error));
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, s.port());
        QVERIFY(QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::ConnectedState; }, 5000));

        QByteArray buffer;
        auto exchange = [&](const QByteArray &authorization,
                            const QByteArray &path =
                                "/sipxconfig/rest/my/conference/sales/list&count") -> QByteArray {
            QByteArray req = "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
            if (!authorization.isEmpty())
                req += "Authorization: " + authorization + "\r\n";
            socket.write(req + "\r\n");
            const bool complete = QTest::qWaitFor(
                [&] {
                    buffer += socket.readAll();
                    const qsizetype end = buffer.indexOf("\r\n\r\n");
                    if (end < 0)
                        return false;
                    const QRegularExpression cl(u"(?i)content-length:\\s*(\\d+)"_s);
                    const auto m = cl.match(QString::fromLatin1(buffer.left(end)));
                    const qsizetype length = m.hasMatch() ? m.captured(1).toLongLong() : 0;
                    return buffer.size() >= end + 4 + length;
                },
                5000);
            if (!complete)
                return {};
            const qsizetype end = buffer.indexOf("\r\n\r\n");
            const QRegularExpression cl(u"(?i)content-length:\\s*(\\d+)"_s);
            const auto m = cl.match(QString::fromLatin1(buffer.left(end)));
            const qsizetype total = end + 4 + (m.hasMatch() ? m.captured(1).toLongLong() : 0);
            const QByteArray response = buffer.left(total);
            buffer.remove(0, total);
            return response;
        };
        auto md5 = [](const QByteArray &in) -> QByteArray {
            return QCryptographicHash::hash(in, QCryptographicHash::Md5).toHex();
        };
        auto digest = [&](const QByteArray &nonce, const QByteArray &password) -> QByteArray {
            const QByteArray uri = "/sipxconfig/rest/my/conference/sales/list&count";
            const QByteArray ha1 = md5("alice:example.com:" + password);
            const QByteArray ha2 = md5("GET:" + uri);
            const QByteArray response = md5(ha1 + ':' + nonce + ":00000001:0a4f113b:auth:" + ha2);
            return "Digest username=\"alice\", realm=\"example.com\", nonce=\"" + nonce + "\", uri=\"" + uri +
                   "\", qop=auth, nc=00000001, cnonce=\"0a4f113b\", response=\"" + response + "\"";
        };
        auto nonceOf = [](const QByteArray &response) -> QByteArray {
            const QRegularExpression re(u"nonce=\"([^\"]+)\""_s);
            return re.match(QString::fromLatin1(response)).captured(1).toLatin1();
        };

        const QByteArray challenge = exchange({});
        QVERIFY2(challenge.startsWith("HTTP/1.1 401"), challenge.constData());
        QVERIFY(challenge.contains("WWW-Authenticate: Digest realm=\"example.com\", qop=\"auth\", nonce=\""));
        QVERIFY(!challenge.contains("stale"));
        const QByteArray nonce = nonceOf(challenge);
        QVERIFY(!nonce.isEmpty());

        const QByteArray ok = exchange(digest(nonce, "wonderland"));
        QVERIFY2(ok.startsWith("HTTP/1.1 200"), ok.constData());

        const QByteArray bad = exchange(digest(nonce, "wrong"));
        QVERIFY2(bad.startsWith("HTTP/1.1 401"), bad.constData());
        QVERIFY(!bad.contains("stale"));

        QTest::qWait(o.nonceLifetimeMs + 300);
        const QByteArray stale = exchange(digest(nonce, "wonderland"));
        QVERIFY2(stale.startsWith("HTTP/1.1 401"), stale.constData());
        QVERIFY2(stale.contains("stale=\"true\""), stale.constData());
        const QByteArray fresh = nonceOf(stale);
        QVERIFY(fresh != nonce);
        QVERIFY(exchange(digest(fresh, "wonderland")).startsWith("HTTP/1.1 200"));

        // What Apache refuses before sipXconfig sees it (§3.5): a broken escape, %00, %2F.
        const QByteArray basic = "Basic " + QByteArray("alice:wonderland").toBase64();
        QVERIFY(exchange(basic, "/sipxconfig/rest/my/conference/sales/say&%zz").startsWith("HTTP/1.1 400"));
        QVERIFY(exchange(basic, "/sipxconfig/rest/my/conference/sales/say&a%00b").startsWith("HTTP/1.1 404"));
        QVERIFY(exchange(basic, "/sipxconfig/rest/my/conference/sales/say&a%2Fb").startsWith("HTTP/1.1 404"));
        // %26 comes out of Apache as a literal '&' and splits (§3.5): "get%26x" is "get&x".
        const QByteArray split = exchange(basic, "/sipxconfig/rest/my/conference/sales/get%26max_members");
        QVERIFY2(split.contains("<command-response>0</command-response>"), split.constData());
    }

    void methodPolicyBoth()
    {
        Call c;
        c.method = "PUT";
        c.path = "/my/conference/sales/list&count";
        QCOMPARE(request(m_sim.get(), c).status, 200);
        c.method = "HEAD";
        const Reply head = request(m_sim.get(), c);
        QCOMPARE(head.status, 200);
        QCOMPARE(head.body, QByteArray());
        QVERIFY(head.header("Content-Length").toInt() > 0); // the GET entity's length
        c.method = "POST";
        const Reply r = request(m_sim.get(), c);
        QCOMPARE(r.status, 405);
        QCOMPARE(r.header("Allow"), QByteArray("GET, HEAD, PUT"));
    }

    void methodPolicyUpstream()
    {
        sim::SimulatorOptions o = baseOptions();
        o.methodPolicy = sim::MethodPolicyMode::Upstream;
        sim::Simulator s(o);
        QString error;
        QVERIFY2(s.start(&error), qPrintable(error));
        Call c;
        c.path = "/my/conference/sales/lock";
        QCOMPARE(request(&s, c).body, wrap("+OK sales locked\n"));
        for (const QByteArray &method : {QByteArray("PUT"), QByteArray("POST"), QByteArray("DELETE")}) {
            c.method = method;
            const Reply r = request(&s, c);
            QCOMPARE(r.status, 405);
            QCOMPARE(r.header("Allow"), QByteArray("GET, HEAD"));
        }

        // The 405 comes before the ownership check.
        c.method = "PUT";
        c.user = u"admin"_s;
        c.password = u"admin"_s;
        QCOMPARE(request(&s, c).status, 405);
    }

    void certificateFromFiles()
    {
        const httpd::SelfSignedIdentity id = httpd::generateSelfSigned(u"pinned.example"_s);
        QVERIFY(!id.certificate.isNull());
        const QString certPath = m_dir.filePath(u"cert.pem"_s);
        const QString keyPath = m_dir.filePath(u"key.pem"_s);
        QFile cert(certPath), key(keyPath);
        QVERIFY(cert.open(QIODevice::WriteOnly) && key.open(QIODevice::WriteOnly));
        cert.write(id.certificate.toPem());
        key.write(id.key.toPem());
        cert.close();
        key.close();
        sim::SimulatorOptions o = baseOptions();
        o.certFile = certPath;
        o.keyFile = keyPath;
        sim::Simulator s(o);
        QString error;
        QVERIFY2(s.start(&error), qPrintable(error));
        QCOMPARE(s.certificate(), id.certificate);
        QCOMPARE(s.certificateSha256(), httpd::sha256Fingerprint(id.certificate));
        Call c;
        c.path = "/my/logindetails";
        QCOMPARE(request(&s, c).status, 200); // pinned to the loaded certificate

        o.keyFile = m_dir.filePath(u"missing.pem"_s);
        sim::Simulator broken(o);
        QVERIFY(!broken.start(&error));
        QVERIFY2(error.contains(u"missing.pem"_s), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(tst_RestFacadeRoutes)
#include "tst_restfacaderoutes.moc"
