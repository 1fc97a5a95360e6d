// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// RestFacade fixture: one HTTPS simulator per suite and a QNetworkAccessManager client for it.
#include "facadefixture.h"

#include "simsupport.h"

#include <QAuthenticator>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTest>

using namespace Qt::StringLiterals;

namespace testsupport {

QByteArray Reply::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

void RestFacadeFixture::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // The built-in scenario plus a conference nobody is in and one without an owner.
    QJsonObject root = builtInScenario();
    QVERIFY2(!root.isEmpty(), "built-in scenario resource missing");
    QJsonArray confs = root.value(u"conferences"_s).toArray();
    QCOMPARE(confs.size(), 3);
    confs.append(QJsonObject{{u"name"_s, u"empty"_s}, {u"extension"_s, u"3009"_s}, {u"owner"_s, u"alice"_s}});
    confs.append(QJsonObject{{u"name"_s, u"orphan"_s}, {u"extension"_s, u"3010"_s}});
    root.insert(u"conferences"_s, confs);
    m_scenarioPath = m_dir.filePath(u"scenario.json"_s);
    QVERIFY(writeJson(m_scenarioPath, root));

    m_sim = std::make_unique<sim::Simulator>(baseOptions());
    QString error;
    QVERIFY2(m_sim->start(&error), qPrintable(error));
    QVERIFY(m_sim->baseUrl().toString().startsWith(u"https://127.0.0.1:"_s));
    QCOMPARE(m_sim->certificateSha256().size(), 64);
    QCOMPARE(m_sim->certificateSha256(), m_sim->certificateSha256().toLower());
    QCOMPARE(m_sim->conferencesOwnedBy(u"alice"_s), (QStringList{u"sales"_s, u"support"_s, u"empty"_s}));
    QCOMPARE(m_sim->conferencesOwnedBy(u"admin"_s), QStringList());
    connect(m_sim.get(), &sim::Simulator::requestHandled, this,
            [this](const QByteArray &, const QByteArray &, int status) { m_handled << status; });
    QCOMPARE(memberCount(u"sales"_s), 5);
    QCOMPARE(memberCount(u"support"_s), 4);
    QCOMPARE(memberCount(u"board"_s), 3);
    QVERIFY(!m_sim->engine()->conferenceExists(u"empty"_s));
}

sim::SimulatorOptions RestFacadeFixture::baseOptions() const
{
    sim::SimulatorOptions o;
    o.activity.enabled = false;
    o.ringDelayMs = 30;
    o.scenarioFile = m_scenarioPath;
    return o;
}

Reply RestFacadeFixture::request(sim::Simulator *sim, const Call &call)
{
    Reply r;
    QNetworkAccessManager nam; // fresh per call: no cached credentials across users
    const QUrl url = QUrl::fromEncoded(sim->baseUrl().toEncoded() + call.path, QUrl::TolerantMode);
    QNetworkRequest req(url);
    req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    req.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    if (sim->options().tls) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setCaCertificates({sim->certificate()});
        req.setSslConfiguration(ssl);
    }
    if (!call.accept.isEmpty())
        req.setRawHeader("Accept", call.accept);
    if (!call.contentType.isEmpty())
        req.setHeader(QNetworkRequest::ContentTypeHeader, call.contentType);
    if (!call.authorization.isEmpty())
        req.setRawHeader("Authorization", call.authorization);
    if (call.transferTimeoutMs > 0)
        req.setTransferTimeout(call.transferTimeoutMs);
    connect(&nam, &QNetworkAccessManager::authenticationRequired, this,
            [&r, &call](QNetworkReply *, QAuthenticator *auth) {
                ++r.authPrompts;
                if (r.authPrompts > 2)
                    return; // wrong password: give up
                auth->setUser(call.user);
                auth->setPassword(call.password);
            });
    QElapsedTimer timer;
    timer.start();
    // QNAM expects no body only for its own HEAD operation, not for a custom "HEAD".
    QNetworkReply *reply =
        call.method == "HEAD" ? nam.head(req) : nam.sendCustomRequest(req, call.method, call.body);
    connect(reply, &QNetworkReply::sslErrors, this, [](const QList<QSslError> &errors) {
        for (const QSslError &e : errors)
            qWarning() << "TLS error:" << e.errorString();
    });
    QSignalSpy done(reply, &QNetworkReply::finished);
    r.finished = done.wait(call.waitMs);
    r.elapsedMs = timer.elapsed();
    if (!r.finished) {
        reply->abort();
        delete reply;
        return r;
    }
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
    r.body = reply->isOpen() ? reply->readAll() : QByteArray();
    r.error = reply->error();
    r.headers = reply->rawHeaderPairs();
    delete reply;
    return r;
}

Reply RestFacadeFixture::get(const QByteArray &path, const QString &user, const QString &password)
{
    Call c;
    c.path = path;
    c.user = user;
    c.password = password;
    return request(m_sim.get(), c);
}

QByteArray RestFacadeFixture::api(sim::Simulator *sim, const QString &line)
{
    return engineApi(sim->engine(), line);
}

QList<quint32> RestFacadeFixture::memberIds(const QString &conf)
{
    QList<quint32> ids;
    for (const QByteArray &line : api(m_sim.get(), u"conference "_s + conf + u" list"_s).split('\n')) {
        bool ok = false;
        const quint32 id = line.left(line.indexOf(';')).toUInt(&ok);
        if (ok)
            ids << id;
    }
    return ids;
}

} // namespace testsupport
