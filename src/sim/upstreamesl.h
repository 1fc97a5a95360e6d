// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/upstreambackend.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <deque>

namespace cc {
class EslClient;
}

namespace sim {

/// The FreeSWITCH side of sipxrecording's ConferenceServlet (sipxconfig-conference-rest.md §1):
/// per command it opens an event-socket connection, authenticates, sends `api <line>` with a 60 s
/// timeout and hands back the api text. The servlet's executeCommand is `synchronized`, so
/// commands run one after the other, each on its own connection. Asynchronous throughout
/// (cc::EslClient); nothing blocks the event loop.
class UpstreamEsl final : public QObject, public ApiBackend
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UpstreamEsl)

public:
    /// sipxrecording's api timeout (§1); beyond it the servlet writes <command-exception>.
    static constexpr int kApiTimeoutMs = 60000;

    UpstreamEsl(const QString &host, quint16 port, const QString &password, QObject *parent = nullptr);
    ~UpstreamEsl() override;

    /// Tests shorten the 60 s. Also bounds connecting and authenticating.
    void setApiTimeoutMs(int ms);
    QString host() const { return m_host; }
    quint16 port() const { return m_port; }

    void api(const QString &line, QObject *context, Callback done) override;

private:
    struct Job
    {
        QString line;
        QPointer<QObject> context;
        bool hasContext = false;
        Callback done;
    };

    void startNext();
    void finishCurrent(const ApiResult &result);
    ApiResult failure(ApiResult::Status status, const QString &error) const;

    QString m_host;
    quint16 m_port;
    QString m_password;
    int m_timeoutMs = kApiTimeoutMs;
    std::deque<Job> m_queue;
    cc::EslClient *m_client = nullptr; ///< the running job's connection
    bool m_busy = false;
    bool m_sent = false;  ///< the running job's `api` line has gone out
    quint64 m_serial = 0; ///< bumps per job, so late callbacks of an old connection are ignored
    QTimer m_timer;
};

} // namespace sim
