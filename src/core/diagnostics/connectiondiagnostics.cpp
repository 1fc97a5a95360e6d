// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// ConnectionDiagnostics: running the steps in order, timeouts, and the steps both kinds of run
// share (name lookup, TCP connection). Step results and the summary: diagreport.cpp; the REST
// steps: diagreststeps.cpp; the event-socket step: diageslsteps.cpp.
#include "core/diagnostics/connectiondiagnostics.h"

#include <QHostAddress>
#include <QHostInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslSocket>
#include <QTcpSocket>

#include <algorithm>

namespace cc {

namespace {

using Id = DiagnosticStep::Id;
using Status = DiagnosticStep::Status;

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

// ---- steps of every run ---------------------------------------------------------------------------

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

} // namespace cc
