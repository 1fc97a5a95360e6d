// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectiondiagnostics.h"

#include "authchallenge.h"
#include "commandresponse.h"
#include "parsers.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHostAddress>
#include <QHostInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpSocket>

#include <algorithm>

namespace cc {

namespace {

using Id = DiagnosticStep::Id;
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

ConnectionDiagnostics::ConnectionDiagnostics(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<cc::DiagnosticStep>();
    qRegisterMetaType<cc::DiagnosticsSummary>();
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, &ConnectionDiagnostics::onTimeout);
}

ConnectionDiagnostics::~ConnectionDiagnostics()
{
    m_running = false;
    cleanupStep();
}

void ConnectionDiagnostics::setStepTimeoutMs(int ms)
{
    m_stepTimeoutMs = std::max(100, ms);
}

QString ConnectionDiagnostics::stepName(DiagnosticStep::Id id)
{
    switch (id) {
    case Id::Dns:
        return tr("Name lookup");
    case Id::Tcp:
        return tr("TCP connection");
    case Id::Tls:
        return tr("TLS certificate");
    case Id::AuthScheme:
        return tr("Authentication offered");
    case Id::Login:
        return tr("User name and password");
    case Id::MethodPolicy:
        return tr("Command method");
    case Id::RoundTrip:
        return tr("Round-trip time");
    case Id::EslAuth:
        return tr("Event socket password");
    }
    return {};
}

QList<DiagnosticStep::Id> ConnectionDiagnostics::stepIds(bool eventSocket)
{
    if (eventSocket)
        return {Id::Dns, Id::Tcp, Id::EslAuth};
    return {Id::Dns, Id::Tcp, Id::Tls, Id::AuthScheme, Id::Login, Id::MethodPolicy, Id::RoundTrip};
}

DiagnosticStep::Id ConnectionDiagnostics::lastStep() const
{
    return stepIds(m_esl).constLast();
}

void ConnectionDiagnostics::startEventSocket(const QString &host, quint16 port, const QString &password)
{
    cancel();
    m_config = {};
    m_steps.clear();
    m_running = true;
    m_esl = true;
    m_eslPassword = password;
    m_tlsUsable = true;
    m_connectAddress.clear();
    m_https = false;
    m_host = host.trimmed();
    m_port = port;
    m_client.reset();
    const bool valid = !m_host.isEmpty() && port != 0;
    QMetaObject::invokeMethod(
        this,
        [this, valid, generation = m_generation] {
            if (generation != m_generation || !m_running)
                return;
            if (valid) {
                runStep(Id::Dns);
                return;
            }
            m_current = Id::Dns;
            m_stepClock.start();
            finishStep(Status::Failed, tr("The event socket address needs a host and a port."));
            skipRemaining(tr("The server address is not valid."));
            finishRun();
        },
        Qt::QueuedConnection);
}

void ConnectionDiagnostics::start(const ServerConfig &config)
{
    cancel();
    m_config = config;
    m_steps.clear();
    m_running = true;
    m_esl = false;
    m_eslPassword.clear();
    m_tlsUsable = true;
    m_connectAddress.clear();
    const QUrl url = config.baseUrl;
    m_https = url.scheme() == QLatin1String("https");
    m_host = url.host();
    m_port = quint16(url.port(m_https ? 443 : 80));

    m_client = std::make_unique<RestClient>();
    ServerConfig probeConfig = config;
    probeConfig.timeoutMs =
        std::min(config.timeoutMs > 0 ? config.timeoutMs : m_stepTimeoutMs, m_stepTimeoutMs);
    probeConfig.methodPolicy = MethodPolicy::Put; // the probe must see the 405 itself, not Auto's fallback
    m_client->setConfig(probeConfig);
    if (!m_nam) {
        m_nam = new QNetworkAccessManager(this);
        m_nam->setAutoDeleteReplies(false);
    }

    if (!url.isValid() || m_host.isEmpty() || (!m_https && url.scheme() != QLatin1String("http"))) {
        m_current = Id::Dns;
        m_stepClock.start();
        QMetaObject::invokeMethod(
            this,
            [this, generation = m_generation] {
                if (generation != m_generation || !m_running)
                    return;
                finishStep(Status::Failed, tr("The server address is not a valid http or https URL."));
                skipRemaining(tr("The server address is not valid."));
                finishRun();
            },
            Qt::QueuedConnection);
        return;
    }
    // Asynchronous from the first step on: callers connect after start() returns.
    QMetaObject::invokeMethod(
        this,
        [this, generation = m_generation] {
            if (generation == m_generation && m_running)
                runStep(Id::Dns);
        },
        Qt::QueuedConnection);
}

void ConnectionDiagnostics::cancel()
{
    if (!m_running)
        return;
    m_running = false;
    ++m_generation;
    cleanupStep();
}

void ConnectionDiagnostics::cleanupStep()
{
    m_timeout.stop();
    if (m_lookupId >= 0) {
        QHostInfo::abortHostLookup(m_lookupId);
        m_lookupId = -1;
    }
    if (m_tcp) {
        m_tcp->disconnect(this);
        m_tcp->abort();
        m_tcp->deleteLater();
    }
    if (m_tls) {
        m_tls->disconnect(this);
        m_tls->abort();
        m_tls->deleteLater();
    }
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    if (m_client)
        m_client->cancelAll();
}

void ConnectionDiagnostics::armTimeout(int ms)
{
    m_timeout.start(ms);
}

void ConnectionDiagnostics::onTimeout()
{
    if (!m_running)
        return;
    const Id id = m_current;
    ++m_generation; // whatever still arrives for this step is ignored
    cleanupStep();
    finishStep(Status::Failed, tr("No result within %1 ms.").arg(m_timeout.interval()));
    switch (id) {
    case Id::Dns:
    case Id::Tcp:
        skipRemaining(tr("The server could not be reached."));
        finishRun();
        return;
    case Id::Tls:
        m_tlsUsable = false;
        break;
    default:
        break;
    }
    next();
}

void ConnectionDiagnostics::runStep(Id id)
{
    m_current = id;
    ++m_generation;
    m_stepClock.start();
    emit stepStarted(id, stepName(id));
    switch (id) {
    case Id::Dns:
        runDns();
        break;
    case Id::Tcp:
        runTcp();
        break;
    case Id::Tls:
        runTls();
        break;
    case Id::AuthScheme:
        runAuthScheme();
        break;
    case Id::Login:
        runLogin();
        break;
    case Id::MethodPolicy:
        runMethodPolicy();
        break;
    case Id::RoundTrip:
        runRoundTrip({});
        break;
    case Id::EslAuth:
        runEslAuth();
        break;
    }
}

void ConnectionDiagnostics::finishStep(Status status, const QString &detail, const QVariantMap &facts)
{
    m_timeout.stop();
    DiagnosticStep step;
    step.id = m_current;
    step.name = stepName(m_current);
    step.status = status;
    step.detail = detail;
    step.ms = m_stepClock.isValid() ? m_stepClock.elapsed() : 0;
    step.facts = facts;
    m_steps.append(step);
    emit stepFinished(step);
}

void ConnectionDiagnostics::skipRemaining(const QString &reason)
{
    const QList<Id> order = stepIds(m_esl);
    for (qsizetype i = order.indexOf(m_current) + 1; i > 0 && i < order.size(); ++i) {
        DiagnosticStep step;
        step.id = order.at(i);
        step.name = stepName(step.id);
        step.status = Status::Skipped;
        step.detail = reason;
        m_steps.append(step);
        emit stepFinished(step);
    }
    m_current = lastStep();
}

void ConnectionDiagnostics::next()
{
    if (!m_running)
        return;
    const QList<Id> order = stepIds(m_esl);
    const qsizetype at = order.indexOf(m_current);
    if (at < 0 || at + 1 >= order.size()) {
        finishRun();
        return;
    }
    const Id following = order.at(at + 1);
    // Queued: a step never starts inside the callback of the previous one.
    QMetaObject::invokeMethod(
        this,
        [this, following, generation = m_generation] {
            if (generation == m_generation && m_running)
                runStep(following);
        },
        Qt::QueuedConnection);
}

void ConnectionDiagnostics::finishRun()
{
    m_running = false;
    ++m_generation;
    cleanupStep();
    DiagnosticsSummary summary;
    summary.steps = m_steps;
    const DiagnosticStep *firstFailure = nullptr;
    const DiagnosticStep *firstWarning = nullptr;
    for (const DiagnosticStep &s : std::as_const(m_steps)) {
        if (s.status == Status::Failed) {
            ++summary.failures;
            if (!firstFailure)
                firstFailure = &s;
        } else if (s.status == Status::Warning) {
            ++summary.warnings;
            if (!firstWarning)
                firstWarning = &s;
        }
    }
    if (firstFailure)
        summary.text = tr("%1 failed: %2").arg(firstFailure->name, firstFailure->detail);
    else if (firstWarning)
        summary.text =
            tr("The connection works, with a warning. %1: %2").arg(firstWarning->name, firstWarning->detail);
    else
        summary.text = tr("All checks passed.");
    emit finished(summary);
}

// ---- steps --------------------------------------------------------------------------------------

void ConnectionDiagnostics::runDns()
{
    QHostAddress literal;
    if (literal.setAddress(m_host)) {
        m_connectAddress = literal.toString();
        finishStep(Status::Ok, tr("%1 is an IP address; no lookup needed.").arg(m_host),
                   {{QStringLiteral("addresses"), QStringList{m_connectAddress}}});
        next();
        return;
    }
    armTimeout(m_stepTimeoutMs);
    const quint64 generation = m_generation;
    m_lookupId = QHostInfo::lookupHost(m_host, this, [this, generation](const QHostInfo &info) {
        if (generation != m_generation || !m_running)
            return;
        m_lookupId = -1;
        if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
            finishStep(Status::Failed,
                       tr("The name %1 could not be resolved: %2").arg(m_host, info.errorString()));
            skipRemaining(tr("The server name is unknown."));
            finishRun();
            return;
        }
        QStringList addresses;
        for (const QHostAddress &a : info.addresses())
            addresses << a.toString();
        // Prefer IPv4 like most servers listen there; the rest is shown for the administrator.
        const auto v4 =
            std::find_if(info.addresses().cbegin(), info.addresses().cend(),
                         [](const QHostAddress &a) { return a.protocol() == QAbstractSocket::IPv4Protocol; });
        m_connectAddress = (v4 != info.addresses().cend() ? *v4 : info.addresses().first()).toString();
        finishStep(Status::Ok, tr("%1 resolves to %2.").arg(m_host, addresses.join(QLatin1String(", "))),
                   {{QStringLiteral("addresses"), addresses}});
        next();
    });
}

void ConnectionDiagnostics::runTcp()
{
    armTimeout(m_stepTimeoutMs);
    auto *socket = new QTcpSocket(this);
    m_tcp = socket;
    const quint64 generation = m_generation;
    connect(socket, &QTcpSocket::connected, this, [this, socket, generation] {
        if (generation != m_generation)
            return;
        const qint64 rtt = m_stepClock.elapsed();
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
        finishStep(Status::Ok,
                   tr("Connected to %1 port %2 in %3 ms.").arg(m_connectAddress).arg(m_port).arg(rtt),
                   {{QStringLiteral("rttMs"), rtt}});
        next();
    });
    connect(socket, &QTcpSocket::errorOccurred, this,
            [this, socket, generation](QAbstractSocket::SocketError error) {
                if (generation != m_generation)
                    return;
                socket->disconnect(this);
                socket->deleteLater();
                const QString detail = error == QAbstractSocket::ConnectionRefusedError
                                           ? tr("%1 port %2 refused the connection: nothing listens there, "
                                                "or a firewall rejects it.")
                                                 .arg(m_connectAddress)
                                                 .arg(m_port)
                                           : tr("Connecting to %1 port %2 failed: %3")
                                                 .arg(m_connectAddress)
                                                 .arg(m_port)
                                                 .arg(socket->errorString());
                finishStep(Status::Failed, detail, {{QStringLiteral("socketError"), int(error)}});
                skipRemaining(tr("No connection to the server."));
                finishRun();
            });
    socket->connectToHost(QHostAddress(m_connectAddress), m_port);
}

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

void ConnectionDiagnostics::runEslAuth()
{
    // freeswitch-conference.md §9.1: the server greets with auth/request, `auth <password>` is
    // answered by a command/reply "+OK accepted" or "-ERR invalid"; an ACL refusal arrives as
    // text/rudeness-rejection instead of the greeting.
    armTimeout(m_stepTimeoutMs);
    auto *socket = new QTcpSocket(this);
    m_tcp = socket;
    const quint64 generation = m_generation;
    auto buffer = std::make_shared<QByteArray>();
    auto authSent = std::make_shared<bool>(false);
    const auto done = [this, socket](Status status, const QString &detail, const QVariantMap &facts = {}) {
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
        finishStep(status, detail, facts);
        next();
    };
    connect(socket, &QTcpSocket::readyRead, this, [this, socket, generation, buffer, authSent, done] {
        if (generation != m_generation)
            return;
        buffer->append(socket->readAll());
        qsizetype end;
        while ((end = buffer->indexOf("\n\n")) >= 0) {
            const QByteArray head = buffer->left(end);
            buffer->remove(0, end + 2);
            QByteArray contentType;
            QByteArray replyText;
            for (const QByteArray &line : head.split('\n')) {
                if (line.startsWith("Content-Type:"))
                    contentType = line.mid(13).trimmed();
                else if (line.startsWith("Reply-Text:"))
                    replyText = line.mid(11).trimmed();
            }
            if (contentType == "text/rudeness-rejection") {
                done(Status::Failed, tr("The event socket refused this computer (its access list)."));
                return;
            }
            if (!*authSent) {
                if (contentType != "auth/request") {
                    done(Status::Failed,
                         tr("%1 port %2 answered, but not like a FreeSWITCH event socket (no auth/request).")
                             .arg(m_connectAddress)
                             .arg(m_port));
                    return;
                }
                *authSent = true;
                socket->write("auth " + m_eslPassword.toUtf8() + "\n\n");
                continue;
            }
            if (contentType != "command/reply")
                continue; // e.g. an early event: wait for the reply
            const QVariantMap facts{{QStringLiteral("reply"), QString::fromUtf8(replyText)}};
            if (replyText.startsWith("+OK"))
                done(Status::Ok, tr("The event socket accepted the password."), facts);
            else
                done(Status::Failed,
                     tr("The event socket refused the password (%1). FreeSWITCH's default is ClueCon; the "
                        "real one is in event_socket.conf.xml.")
                         .arg(QString::fromUtf8(replyText)),
                     facts);
            return;
        }
    });
    connect(socket, &QTcpSocket::errorOccurred, this, [this, socket, generation, done] {
        if (generation != m_generation)
            return;
        done(Status::Failed,
             tr("The event socket closed the connection before answering: %1").arg(socket->errorString()));
    });
    socket->connectToHost(QHostAddress(m_connectAddress), m_port);
}

} // namespace cc
