// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// ConnectionDiagnostics: the steps of a REST run (TLS certificate, authentication offered, login,
// command method, round-trip time).
#include "core/diagnostics/connectiondiagnostics.h"

#include "core/commands/commandresponse.h"
#include "core/parsers/parsers.h"
#include "core/rest/authchallenge.h"

#include <QCryptographicHash>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslSocket>

#include <algorithm>
#include <memory>

namespace cc {

namespace {

using Status = DiagnosticStep::Status;

QString sha256Of(const QSslCertificate &certificate)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(certificate.toDer(), QCryptographicHash::Sha256).toHex());
}

QString nameOf(const QStringList &parts)
{
    return parts.isEmpty() ? QString() : parts.join(QLatin1String(", "));
}

} // namespace

void ConnectionDiagnostics::runTls()
{
    if (!m_https) {
        finishStep(Status::Warning, tr("The address uses plain http: nothing is encrypted, and with Basic "
                                       "authentication the password "
                                       "travels readable. Use https."));
        next();
        return;
    }
    armTimeout(m_stepTimeoutMs);
    auto *socket = new QSslSocket(this);
    m_tls = socket;
    const quint64 generation = m_generation;
    auto errors = std::make_shared<QList<QSslError>>();
    socket->setPeerVerifyName(m_host);
    connect(socket, &QSslSocket::sslErrors, this, [socket, errors](const QList<QSslError> &list) {
        *errors = list;
        // Inspection only: the handshake completes so the chain can be shown; no data is sent.
        socket->ignoreSslErrors();
    });
    connect(socket, &QSslSocket::encrypted, this, [this, socket, errors, generation] {
        if (generation != m_generation)
            return;
        const QList<QSslCertificate> chain = socket->peerCertificateChain();
        const QSslCertificate leaf = socket->peerCertificate();
        const QString protocol = socket->sessionCipher().protocolString();
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();

        const QString sha = sha256Of(leaf);
        const bool trusted = errors->isEmpty();
        const bool pinned = m_config.pinnedSha256.contains(sha);
        bool onlyAboutLeaf = true;
        bool expired = false;
        QStringList reasons;
        for (const QSslError &e : std::as_const(*errors)) {
            if (!e.certificate().isNull() && e.certificate() != leaf)
                onlyAboutLeaf = false;
            if (e.error() == QSslError::CertificateExpired || e.error() == QSslError::CertificateNotYetValid)
                expired = true;
            reasons << e.errorString();
        }
        QStringList chainText;
        for (const QSslCertificate &c : chain) {
            chainText << tr("%1 (issued by %2, valid %3 to %4)")
                             .arg(nameOf(c.subjectInfo(QSslCertificate::CommonName)),
                                  nameOf(c.issuerInfo(QSslCertificate::CommonName)),
                                  c.effectiveDate().toUTC().toString(Qt::ISODate),
                                  c.expiryDate().toUTC().toString(Qt::ISODate));
        }
        QVariantMap facts{{QStringLiteral("sha256"), sha},
                          {QStringLiteral("subject"), nameOf(leaf.subjectInfo(QSslCertificate::CommonName))},
                          {QStringLiteral("issuer"), nameOf(leaf.issuerInfo(QSslCertificate::CommonName))},
                          {QStringLiteral("notBefore"), leaf.effectiveDate().toUTC()},
                          {QStringLiteral("notAfter"), leaf.expiryDate().toUTC()},
                          {QStringLiteral("systemTrusted"), trusted},
                          {QStringLiteral("pinned"), pinned},
                          {QStringLiteral("expired"), expired},
                          {QStringLiteral("protocol"), protocol},
                          {QStringLiteral("chain"), chainText},
                          {QStringLiteral("errors"), reasons}};
        const QString base =
            tr("Certificate: %1. SHA-256 %2.").arg(chainText.join(QLatin1String(" ← ")), sha);
        if (trusted) {
            finishStep(Status::Ok, base + u' ' + tr("Trusted by this computer."), facts);
        } else if (pinned && onlyAboutLeaf) {
            // RestClient accepts a pinned leaf whatever its errors (restclient.cpp onSslErrors).
            if (expired)
                finishStep(
                    Status::Warning,
                    base + u' ' +
                        tr("Pinned, so the console accepts it, but it is outside its validity period."),
                    facts);
            else
                finishStep(Status::Ok, base + u' ' + tr("Not trusted by this computer, but pinned."), facts);
        } else {
            m_tlsUsable = false;
            finishStep(
                Status::Failed,
                base + u' ' +
                    tr("Not trusted (%1) and not pinned: the console will refuse this server until the "
                       "fingerprint is checked and pinned.")
                        .arg(reasons.join(QLatin1String("; "))),
                facts);
        }
        next();
    });
    connect(socket, &QSslSocket::errorOccurred, this,
            [this, socket, generation](QAbstractSocket::SocketError) {
                if (generation != m_generation)
                    return;
                socket->disconnect(this);
                socket->deleteLater();
                m_tlsUsable = false;
                finishStep(Status::Failed, tr("The TLS handshake failed: %1").arg(socket->errorString()));
                next();
            });
    socket->connectToHostEncrypted(m_host, m_port);
}

void ConnectionDiagnostics::runAuthScheme()
{
    if (!m_tlsUsable) {
        finishStep(Status::Skipped, tr("Skipped: the server's certificate is not accepted."));
        next();
        return;
    }
    armTimeout(m_stepTimeoutMs);
    QByteArray base =
        m_config.baseUrl.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment)
            .toEncoded();
    while (base.endsWith('/'))
        base.chop(1);
    QNetworkRequest request(QUrl::fromEncoded(base + "/my/logindetails"));
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::AuthenticationReuseAttribute, QNetworkRequest::Manual);
    // A fresh connection, so that no credentials cached elsewhere are sent.
    request.setAttribute(QNetworkRequest::ConnectionCacheExpiryTimeoutSecondsAttribute, 0);
    m_nam->clearAccessCache();
    m_nam->clearConnectionCache();
    QNetworkReply *reply = m_nam->get(request);
    m_reply = reply;
    const quint64 generation = m_generation;
    connect(reply, &QNetworkReply::sslErrors, this, [this, reply](const QList<QSslError> &errors) {
        const QSslCertificate leaf = reply->sslConfiguration().peerCertificate();
        if (!leaf.isNull() && m_config.pinnedSha256.contains(sha256Of(leaf)))
            reply->ignoreSslErrors(errors);
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, generation] {
        reply->deleteLater();
        if (generation != m_generation)
            return;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        QVariantMap facts{{QStringLiteral("httpStatus"), status}};
        if (status == 0) {
            finishStep(Status::Failed, tr("No HTTP answer: %1").arg(reply->errorString()), facts);
            next();
            return;
        }
        if (status != 401) {
            if (status == 404)
                finishStep(Status::Failed,
                           tr("The server answered 404 for /my/logindetails: the address does not point at "
                              "sipXconfig's "
                              "REST API (it should end in /sipxconfig/rest)."),
                           facts);
            else if (status >= 200 && status < 300)
                finishStep(Status::Warning,
                           tr("The server answered without asking for credentials; sipXconfig always asks. "
                              "Check the "
                              "address."),
                           facts);
            else
                finishStep(Status::Warning,
                           tr("The server answered HTTP %1 instead of asking for credentials.").arg(status),
                           facts);
            next();
            return;
        }
        // Qt joins repeated WWW-Authenticate headers with ", ".
        QByteArray header;
        for (const auto &pair : reply->rawHeaderPairs()) {
            if (pair.first.compare("WWW-Authenticate", Qt::CaseInsensitive) == 0)
                header += (header.isEmpty() ? "" : ", ") + pair.second;
        }
        QStringList schemes;
        QStringList problems;
        bool digest = false;
        const QHash<QByteArray, QByteArray> params = authChallengeParams(header, "Digest", &digest);
        if (digest) {
            schemes << QStringLiteral("Digest");
            const QString realm = QString::fromLatin1(params.value("realm"));
            const QString qop = QString::fromLatin1(params.value("qop"));
            const QString algorithm = QString::fromLatin1(params.value("algorithm", "MD5"));
            facts.insert(QStringLiteral("realm"), realm);
            facts.insert(QStringLiteral("qop"), qop);
            facts.insert(QStringLiteral("algorithm"), algorithm);
            facts.insert(QStringLiteral("stale"),
                         params.value("stale").compare("true", Qt::CaseInsensitive) == 0);
            if (algorithm.compare(u"MD5", Qt::CaseInsensitive) != 0)
                problems << tr("Digest algorithm %1 is not supported (only MD5).").arg(algorithm);
            const QStringList qops = qop.split(u',', Qt::SkipEmptyParts);
            if (!qop.isEmpty() && std::none_of(qops.cbegin(), qops.cend(),
                                               [](const QString &q) { return q.trimmed() == u"auth"; }))
                problems << tr("Digest qop %1 is not supported (only auth).").arg(qop);
        }
        bool basic = false;
        const QHash<QByteArray, QByteArray> basicParams = authChallengeParams(header, "Basic", &basic);
        if (basic) {
            schemes << QStringLiteral("Basic");
            if (!facts.contains(QStringLiteral("realm")))
                facts.insert(QStringLiteral("realm"), QString::fromLatin1(basicParams.value("realm")));
        }
        facts.insert(QStringLiteral("schemes"), schemes);
        if (schemes.isEmpty()) {
            finishStep(Status::Failed,
                       tr("The server asks for credentials with a scheme the console does not speak: %1")
                           .arg(QString::fromLatin1(header.left(200))),
                       facts);
        } else if (!problems.isEmpty() && !schemes.contains(QStringLiteral("Basic"))) {
            finishStep(Status::Failed, problems.join(u' '), facts);
        } else {
            QString detail =
                tr("The server asks for %1 (realm \"%2\").")
                    .arg(schemes.join(tr(" or ")), facts.value(QStringLiteral("realm")).toString());
            if (schemes.contains(QStringLiteral("Digest")))
                detail +=
                    u' ' + tr("Digest uses the user's web PIN; users whose password lives only in LDAP need "
                              "Basic over https.");
            finishStep(problems.isEmpty() ? Status::Ok : Status::Warning, detail, facts);
        }
        next();
    });
}

void ConnectionDiagnostics::runLogin()
{
    if (!m_tlsUsable) {
        finishStep(Status::Skipped, tr("Skipped: the server's certificate is not accepted."));
        skipRemaining(tr("Skipped: the server's certificate is not accepted."));
        finishRun();
        return;
    }
    if (m_config.user.isEmpty()) {
        finishStep(Status::Failed, tr("No user name is set."));
        skipRemaining(tr("Skipped: no user name."));
        finishRun();
        return;
    }
    armTimeout(m_stepTimeoutMs);
    const quint64 generation = m_generation;
    m_client->fetchLoginDetails(this, [this, generation](const RestResult &r) {
        if (generation != m_generation)
            return;
        const QVariantMap facts{{QStringLiteral("httpStatus"), r.httpStatus}};
        if (r.ok()) {
            finishStep(Status::Ok, tr("sipXconfig accepted %1's credentials.").arg(m_config.user), facts);
            next();
            return;
        }
        const bool authFailed = r.error == TransportError::Authentication || r.httpStatus == 401;
        const QString detail =
            authFailed ? tr("sipXconfig rejected the user name or password of %1.").arg(m_config.user)
            : r.error != TransportError::None ? transportErrorText(r.error)
                                              : tr("The server answered HTTP %1.").arg(r.httpStatus);
        finishStep(Status::Failed, detail, facts);
        skipRemaining(authFailed ? tr("Skipped: the credentials were rejected.")
                                 : tr("Skipped: the login failed."));
        finishRun();
    });
}

void ConnectionDiagnostics::runMethodPolicy()
{
    armTimeout(m_stepTimeoutMs);
    const quint64 generation = m_generation;
    m_client->fetchConferences(this, [this, generation](const RestResult &r) {
        if (generation != m_generation)
            return;
        if (!r.ok()) {
            finishStep(
                Status::Warning,
                tr("The list of your conferences could not be read (%1), so the method was not probed.")
                    .arg(r.error != TransportError::None ? transportErrorText(r.error)
                                                         : QStringLiteral("HTTP %1").arg(r.httpStatus)));
            next();
            return;
        }
        const bool json = r.contentType.contains("json");
        const Parsed<QList<ConferenceInfo>> parsed = parseConferences(r.body, json);
        if (!parsed.ok() || parsed.value.isEmpty()) {
            finishStep(
                Status::Warning,
                tr("You own no conference, so the command method could not be probed. Keep the method on "
                   "\"Automatic\": it switches to GET when the server refuses PUT."),
                {{QStringLiteral("conference"), QString()}});
            next();
            return;
        }
        probeMethod(parsed.value.first().name);
    });
}

void ConnectionDiagnostics::probeMethod(const QString &conference)
{
    armTimeout(m_stepTimeoutMs);
    const quint64 generation = m_generation;
    // "list count" only reads. Any state-changing command would really run on a server that
    // accepts PUT, so the probe never uses one.
    m_client->runCommand(
        conference, QStringLiteral("list&count"), true, this,
        [this, generation, conference](const RestResult &r) {
            if (generation != m_generation)
                return;
            QVariantMap facts{{QStringLiteral("conference"), conference},
                              {QStringLiteral("httpStatus"), r.httpStatus}};
            const QString how =
                tr("Probed with PUT …/%1/list&count, which only reads the member count.").arg(conference);
            if (r.httpStatus == 405) {
                facts.insert(QStringLiteral("upstream"), true);
                if (m_config.methodPolicy == MethodPolicy::Put)
                    finishStep(Status::Failed,
                               how + u' ' +
                                   tr("The server refuses PUT (405): it is upstream sipXconfig, which "
                                      "runs commands only on GET. Set the method to \"Automatic\" or "
                                      "\"GET\"."),
                               facts);
                else
                    finishStep(Status::Ok,
                               how + u' ' +
                                   tr("The server refuses PUT (405): upstream sipXconfig, commands go "
                                      "by GET."),
                               facts);
            } else if (r.ok()) {
                facts.insert(QStringLiteral("upstream"), false);
                finishStep(Status::Ok, how + u' ' + tr("The server accepts PUT for commands."), facts);
            } else {
                const CommandOutcome o = classifyCommandResponse(r, QStringLiteral("list&count"));
                finishStep(Status::Warning, how + u' ' + o.message, facts);
            }
            next();
        });
}

void ConnectionDiagnostics::runRoundTrip(QList<qint64> samples)
{
    armTimeout(m_stepTimeoutMs);
    const quint64 generation = m_generation;
    m_client->fetchLoginDetails(this, [this, generation, samples](const RestResult &r) mutable {
        if (generation != m_generation)
            return;
        if (!r.ok()) {
            finishStep(Status::Failed, tr("Request %1 of %2 failed: %3")
                                           .arg(samples.size() + 1)
                                           .arg(kRoundTripSamples)
                                           .arg(r.error != TransportError::None
                                                    ? transportErrorText(r.error)
                                                    : QStringLiteral("HTTP %1").arg(r.httpStatus)));
            next();
            return;
        }
        samples << r.latencyMs;
        if (samples.size() < kRoundTripSamples) {
            QMetaObject::invokeMethod(
                this,
                [this, generation, samples] {
                    if (generation == m_generation && m_running)
                        runRoundTrip(samples);
                },
                Qt::QueuedConnection);
            return;
        }
        QList<qint64> sorted = samples;
        std::sort(sorted.begin(), sorted.end());
        const qint64 median = sorted.at(sorted.size() / 2);
        QVariantList list;
        for (qint64 s : std::as_const(samples))
            list << s;
        const QVariantMap facts{{QStringLiteral("samplesMs"), list}, {QStringLiteral("medianMs"), median}};
        if (median > 2000)
            finishStep(Status::Warning,
                       tr("Median round trip %1 ms over %2 requests: slow; the member list will lag.")
                           .arg(median)
                           .arg(kRoundTripSamples),
                       facts);
        else
            finishStep(Status::Ok,
                       tr("Median round trip %1 ms over %2 requests.").arg(median).arg(kRoundTripSamples),
                       facts);
        next();
    });
}

} // namespace cc
