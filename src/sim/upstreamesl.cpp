// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/upstreamesl.h"

#include "core/esl/eslclient.h"

#include <QCoreApplication>

#include <algorithm>

namespace sim {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sim::UpstreamEsl", text);
}

} // namespace

UpstreamEsl::UpstreamEsl(const QString &host, quint16 port, const QString &password, QObject *parent)
    : QObject(parent)
    , m_host(host)
    , m_port(port)
    , m_password(password)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        // §1: the servlet's api call gives up after 60 s and throws (<command-exception>). Not
        // even connected by then: the ESL connect itself failed, an IOException (empty body).
        finishCurrent(m_sent ? failure(ApiResult::Status::Timeout,
                                       tr("FreeSWITCH did not answer within %1 ms").arg(m_timeoutMs))
                             : failure(ApiResult::Status::Unreachable,
                                       tr("no event socket session within %1 ms").arg(m_timeoutMs)));
    });
}

UpstreamEsl::~UpstreamEsl()
{
    ++m_serial;
    if (m_client) {
        m_client->disconnect(this);
        delete m_client;
    }
}

void UpstreamEsl::setApiTimeoutMs(int ms)
{
    m_timeoutMs = std::max(1, ms);
}

void UpstreamEsl::api(const QString &line, QObject *context, Callback done)
{
    m_queue.push_back(Job{line, context, context != nullptr, std::move(done)});
    startNext();
}

ApiResult UpstreamEsl::failure(ApiResult::Status status, const QString &error) const
{
    ApiResult result;
    result.status = status;
    result.error = error;
    return result;
}

void UpstreamEsl::startNext()
{
    if (m_busy)
        return;
    // Jobs whose requester is gone are dropped unsent, as a closed HTTP exchange would be.
    while (!m_queue.empty() && m_queue.front().hasContext && !m_queue.front().context)
        m_queue.pop_front();
    if (m_queue.empty())
        return;
    m_busy = true;
    m_sent = false;
    const quint64 serial = ++m_serial;

    // One connection per command, no event subscription: the servlet only runs `api` (§1).
    m_client = new cc::EslClient(this);
    m_client->setSubscription(QString());
    m_client->setReplyTimeoutMs(m_timeoutMs + 1000); // our timer decides first
    connect(m_client, &cc::EslClient::connected, this, [this, serial] {
        if (serial != m_serial || !m_client)
            return;
        m_sent = true;
        m_client->api(m_queue.front().line, this, [this, serial](const cc::EslReply &reply) {
            if (serial != m_serial)
                return;
            if (!reply.ok) {
                finishCurrent(failure(ApiResult::Status::Unreachable, reply.error));
                return;
            }
            ApiResult result;
            result.output = reply.body;
            finishCurrent(result);
        });
    });
    connect(m_client, &cc::EslClient::authenticationFailed, this, [this, serial] {
        if (serial == m_serial)
            finishCurrent(
                failure(ApiResult::Status::Unreachable, tr("the event socket rejected the password")));
    });
    connect(m_client, &cc::EslClient::disconnected, this, [this, serial](const QString &reason) {
        if (serial == m_serial)
            finishCurrent(failure(ApiResult::Status::Unreachable, reason));
    });
    m_timer.start(m_timeoutMs);
    m_client->connectToServer(m_host, m_port, m_password);
}

void UpstreamEsl::finishCurrent(const ApiResult &result)
{
    if (!m_busy || m_queue.empty())
        return;
    ++m_serial; // whatever the old connection still reports is stale now
    m_timer.stop();
    if (cc::EslClient *client = std::exchange(m_client, nullptr)) {
        client->disconnect(this);
        client->disconnectFromServer(); // "exit" when connected; no reconnect
        client->deleteLater();
    }
    Job job = std::move(m_queue.front());
    m_queue.pop_front();
    m_busy = false;
    if (job.done && (!job.hasContext || job.context))
        job.done(result);
    startNext();
}

} // namespace sim
