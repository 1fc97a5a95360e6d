// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/esl/eslclient.h"

#include <QDateTime>
#include <QTcpSocket>
#include <QUuid>

#include <algorithm>

namespace cc {

namespace {
qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

/// "+OK Job-UUID: <uuid>" or the Job-UUID header of a bgapi reply (§9.2).
QString jobUuidOf(const EslMessage &reply)
{
    if (const QByteArray h = reply.header("Job-UUID"); !h.isEmpty())
        return QString::fromUtf8(h).trimmed();
    const QByteArray text = reply.header("Reply-Text");
    const qsizetype at = text.indexOf("Job-UUID:");
    return at < 0 ? QString() : QString::fromUtf8(text.mid(at + 9)).trimmed();
}
} // namespace

EslClient::EslClient(QObject *parent)
    : QObject(parent)
    , m_subscription(QStringLiteral("BACKGROUND_JOB CUSTOM conference::maintenance"))
{
    qRegisterMetaType<cc::EslEvent>();
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &EslClient::openSocket);
    m_replyTimer.setSingleShot(true);
    connect(&m_replyTimer, &QTimer::timeout, this, [this] {
        if (m_pending.empty())
            return;
        if (nowMs() - m_pending.front().sentAtMs >= m_replyTimeoutMs)
            dropConnection(tr("The event socket did not answer a request within %1 seconds.")
                               .arg(m_replyTimeoutMs / 1000));
        else
            armReplyTimer();
    });
}

EslClient::~EslClient()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

void EslClient::setSubscription(const QString &events)
{
    m_subscription = events.simplified();
}

void EslClient::setFilter(const QString &header, const QString &value)
{
    m_filterHeader = header.trimmed();
    m_filterValue = value;
}

void EslClient::setReconnectDelays(int firstMs, int maxMs)
{
    m_firstBackoffMs = std::max(1, firstMs);
    m_maxBackoffMs = std::max(m_firstBackoffMs, maxMs);
}

void EslClient::setReplyTimeoutMs(int ms)
{
    m_replyTimeoutMs = std::max(100, ms);
}

void EslClient::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void EslClient::connectToServer(const QString &host, quint16 port, const QString &password)
{
    m_reconnectTimer.stop();
    if (m_socket)
        dropConnection(tr("Reconnecting with new settings."));
    m_reconnectTimer.stop();
    m_host = host;
    m_port = port;
    m_password = password;
    m_backoffMs = 0;
    m_connectAttempts = 0;
    openSocket();
}

void EslClient::disconnectFromServer()
{
    m_reconnectTimer.stop();
    const bool hadSocket = m_socket != nullptr;
    if (m_socket) {
        if (m_state == State::Connected)
            sendLine("exit");
        m_socket->disconnect(this);
        m_socket->disconnectFromHost();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    ++m_generation;
    m_parser.reset();
    m_backoffMs = 0;
    failAll(tr("The connection to the event socket was closed."));
    setState(State::Disconnected);
    if (hadSocket)
        emit disconnected(tr("Disconnected."));
}

void EslClient::openSocket()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
    }
    ++m_generation;
    ++m_connectAttempts;
    m_parser.reset();
    m_closeReason.clear();
    m_socket = new QTcpSocket(this);
    connect(m_socket, &QTcpSocket::readyRead, this, &EslClient::onReadyRead);
    connect(m_socket, &QTcpSocket::connected, this, [this] {
        m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1); // small commands, no Nagle delay
    });
    connect(m_socket, &QTcpSocket::disconnected, this, [this] {
        onSocketClosed(m_closeReason.isEmpty() ? tr("The event socket closed the connection.")
                                               : m_closeReason);
    });
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        if (error == QAbstractSocket::RemoteHostClosedError && m_socket &&
            m_socket->state() == QAbstractSocket::ConnectedState)
            return; // disconnected() follows
        QString reason = m_closeReason;
        if (reason.isEmpty()) {
            reason = error == QAbstractSocket::ConnectionRefusedError
                         ? tr("The event socket refused the connection (is FreeSWITCH running and the port "
                              "right?).")
                         : tr("Event socket connection failed: %1").arg(m_socket->errorString());
        }
        onSocketClosed(reason);
    });
    setState(State::Connecting);
    m_socket->connectToHost(m_host, m_port);
}

void EslClient::onReadyRead()
{
    if (!m_socket)
        return;
    const quint64 generation = m_generation;
    const QByteArray bytes = m_socket->readAll();
    emit rawTraffic(Direction::Received, bytes);
    m_parser.feed(bytes);
    while (generation == m_generation) {
        const std::optional<EslMessage> message = m_parser.next();
        if (!message)
            break;
        handleMessage(*message);
    }
    if (generation == m_generation && m_parser.hasError())
        dropConnection(m_parser.errorString());
}

void EslClient::handleMessage(const EslMessage &message)
{
    switch (message.type()) {
    case EslMessageType::AuthRequest:
        setState(State::Authenticating);
        sendCommand(
            "auth " + m_password.toUtf8(), Expect::CommandReply, nullptr,
            [this](const EslReply &reply) {
                if (reply.ok && reply.body.startsWith("+OK")) {
                    startSession();
                    return;
                }
                if (!reply.ok)
                    return; // connection lost meanwhile: the reconnect logic handles it
                // §9.2: "-ERR invalid" then a disconnect notice. Report once, do not retry.
                const QString reason = tr("The event socket rejected the password.");
                m_closeReason = reason;
                setState(State::Halted);
                emit authenticationFailed();
                dropConnection(reason);
            },
            true, "auth ********");
        return;
    case EslMessageType::CommandReply:
    case EslMessageType::ApiResponse:
        handleReply(message);
        return;
    case EslMessageType::EventPlain:
    case EslMessageType::EventJson: {
        QString error;
        const std::optional<EslEvent> event = message.type() == EslMessageType::EventPlain
                                                  ? decodePlainEvent(message.body, &error)
                                                  : decodeJsonEvent(message.body, &error);
        if (event)
            handleEvent(*event);
        return; // one bad event does not desynchronise the framing: skip it
    }
    case EslMessageType::DisconnectNotice:
        if (m_closeReason.isEmpty())
            m_closeReason = tr("The event socket ended the session: %1")
                                .arg(QString::fromUtf8(message.body).section(u'\n', 0, 0).trimmed());
        return;
    case EslMessageType::RudeRejection: {
        // An ACL refusal does not go away by retrying.
        const QString reason = tr("The event socket refused this computer (access list): %1")
                                   .arg(QString::fromUtf8(message.body).trimmed());
        m_closeReason = reason;
        setState(State::Halted);
        dropConnection(reason);
        return;
    }
    case EslMessageType::EventXml:
    case EslMessageType::LogData:
    case EslMessageType::Unknown:
        return;
    }
}

void EslClient::handleReply(const EslMessage &message)
{
    if (m_pending.empty())
        return; // an unsolicited reply; nothing waits for it
    Pending pending = std::move(m_pending.front());
    m_pending.pop_front();
    armReplyTimer();
    EslReply reply;
    reply.ok = true;
    if (message.type() == EslMessageType::ApiResponse) {
        reply.body = message.body;
    } else {
        // command/reply (also "-ERR permission denied" for an api request, §9.2)
        reply.body = message.header("Reply-Text");
        reply.jobUuid = jobUuidOf(message);
    }
    if (pending.done && (!pending.hasContext || pending.context))
        pending.done(reply);
}

void EslClient::handleEvent(const EslEvent &event)
{
    if (event.eventName() == u"BACKGROUND_JOB") {
        const auto it = m_jobs.find(event.header(u"Job-UUID"));
        if (it != m_jobs.end()) {
            Job job = it.value();
            m_jobs.erase(it);
            EslReply reply;
            reply.ok = true;
            reply.body = event.body;
            reply.jobUuid = event.header(u"Job-UUID");
            if (job.finished && (!job.hasContext || job.context))
                job.finished(reply);
        }
    }
    emit eventReceived(event);
}

void EslClient::startSession()
{
    setState(State::Subscribing);
    const auto finishSession = [this] {
        m_backoffMs = 0;
        setState(State::Connected);
        emit connected();
    };
    const auto subscribed = [this, finishSession](const EslReply &reply) {
        if (!reply.ok)
            return;
        if (!reply.body.startsWith("+OK")) {
            const QString reason =
                tr("The event socket refused the event subscription: %1").arg(QString::fromUtf8(reply.body));
            setState(State::Halted);
            dropConnection(reason);
            return;
        }
        if (m_filterHeader.isEmpty()) {
            finishSession();
            return;
        }
        sendCommand(
            "filter " + m_filterHeader.toUtf8() + ' ' + m_filterValue.toUtf8(), Expect::CommandReply, nullptr,
            [finishSession](const EslReply &r) {
                if (r.ok)
                    finishSession(); // a refused filter only means more events to skip
            },
            true);
    };
    if (m_subscription.isEmpty()) {
        subscribed(EslReply{true, QByteArrayLiteral("+OK"), {}, {}});
        return;
    }
    sendCommand("event plain " + m_subscription.toUtf8(), Expect::CommandReply, nullptr, subscribed, true);
}

void EslClient::sendLine(const QByteArray &line, const QByteArray &display)
{
    if (!m_socket)
        return;
    // One line per command: a newline inside would start a second command (§9.1).
    QByteArray clean = line;
    clean.replace('\r', ' ').replace('\n', ' ');
    const QByteArray wire = clean + "\n\n";
    m_socket->write(wire);
    emit rawTraffic(Direction::Sent, display.isEmpty() ? wire : display + "\n\n");
}

void EslClient::sendCommand(const QByteArray &line, Expect expect, QObject *context, ReplyCallback done,
                            bool internal, const QByteArray &display)
{
    Pending pending;
    pending.expect = expect;
    pending.context = context;
    pending.hasContext = context != nullptr;
    pending.done = std::move(done);
    pending.internal = internal;
    pending.sentAtMs = nowMs();
    m_pending.push_back(std::move(pending));
    sendLine(line, display);
    if (m_pending.size() == 1)
        armReplyTimer();
}

void EslClient::api(const QString &line, QObject *context, ReplyCallback done)
{
    if (m_state != State::Connected || !m_socket) {
        const QPointer<QObject> guard(context);
        const bool hasContext = context != nullptr;
        QTimer::singleShot(0, this, [this, guard, hasContext, done] {
            if (hasContext && !guard)
                return;
            EslReply reply;
            reply.error = tr("Not connected to the event socket.");
            if (done)
                done(reply);
        });
        return;
    }
    sendCommand("api " + line.toUtf8(), Expect::ApiResponse, context, std::move(done), false);
}

void EslClient::bgapi(const QString &line, QObject *context, ReplyCallback accepted, ReplyCallback finished)
{
    if (m_state != State::Connected || !m_socket) {
        api(line, context, [accepted](const EslReply &reply) {
            if (accepted)
                accepted(reply);
        });
        return;
    }
    // Our own Job-UUID header (§9.2.4): the job is known before any event can name it.
    const QString job = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (finished)
        m_jobs.insert(job, Job{context, context != nullptr, finished, false});
    QByteArray clean = line.toUtf8();
    clean.replace('\r', ' ').replace('\n', ' ');
    Pending pending;
    pending.expect = Expect::CommandReply;
    pending.context = context;
    pending.hasContext = context != nullptr;
    pending.done = [this, job, accepted](const EslReply &reply) {
        EslReply r = reply;
        if (r.jobUuid.isEmpty())
            r.jobUuid = job;
        if (!r.ok || !r.body.startsWith("+OK")) {
            // Refused: no BACKGROUND_JOB will ever come; `accepted` reports it.
            m_jobs.remove(job);
        } else if (const auto it = m_jobs.find(job); it != m_jobs.end()) {
            it->accepted = true;
        }
        if (accepted)
            accepted(r);
    };
    pending.sentAtMs = nowMs();
    m_pending.push_back(std::move(pending));
    const QByteArray wire = "bgapi " + clean + "\nJob-UUID: " + job.toUtf8() + "\n\n";
    m_socket->write(wire);
    emit rawTraffic(Direction::Sent, wire);
    if (m_pending.size() == 1)
        armReplyTimer();
}

void EslClient::failAll(const QString &reason)
{
    std::deque<Pending> pending;
    pending.swap(m_pending);
    QHash<QString, Job> jobs;
    jobs.swap(m_jobs);
    m_replyTimer.stop();
    EslReply reply;
    reply.error = reason;
    for (Pending &p : pending)
        if (p.done && !p.internal && (!p.hasContext || p.context))
            p.done(reply);
    for (const Job &j : std::as_const(jobs))
        if (j.accepted && j.finished && (!j.hasContext || j.context))
            j.finished(reply);
}

void EslClient::armReplyTimer()
{
    if (m_pending.empty()) {
        m_replyTimer.stop();
        return;
    }
    const qint64 left = m_pending.front().sentAtMs + m_replyTimeoutMs - nowMs();
    m_replyTimer.start(int(std::clamp<qint64>(left, 0, m_replyTimeoutMs)) + 1);
}

void EslClient::dropConnection(const QString &reason)
{
    if (!m_socket)
        return;
    onSocketClosed(reason);
}

void EslClient::onSocketClosed(const QString &reason)
{
    if (!m_socket)
        return;
    m_socket->disconnect(this);
    m_socket->abort();
    m_socket->deleteLater();
    m_socket = nullptr;
    ++m_generation;
    m_parser.reset();
    failAll(reason);
    emit disconnected(reason);
    if (m_state == State::Halted)
        return; // bad password or ACL refusal: only the user can fix that
    scheduleReconnect();
}

void EslClient::scheduleReconnect()
{
    m_backoffMs = m_backoffMs == 0 ? m_firstBackoffMs : std::min(2 * m_backoffMs, m_maxBackoffMs);
    setState(State::WaitingToReconnect);
    m_reconnectTimer.start(m_backoffMs);
}

} // namespace cc
