// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/esl/eslframe.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <deque>
#include <functional>

class QTcpSocket;

namespace cc {

/// The answer to one `api` or `bgapi` request.
struct EslReply
{
    bool ok = false; ///< false: no answer (not connected, connection lost, timeout)
    QByteArray body; ///< api/response body, or the command/reply Reply-Text
    QString error;   ///< plain words when !ok (translated)
    QString jobUuid; ///< bgapi: the Job-UUID the server assigned
};

/// Asynchronous client of FreeSWITCH's mod_event_socket (freeswitch-conference.md §9): inbound
/// connection, `auth`, pipelined `api` / `bgapi` requests whose replies are matched FIFO (the
/// server answers in request order, with events interleaved), and the event subscription.
///
/// A wrong password is reported once through authenticationFailed() and the client stops: no
/// reconnect loop. Any other loss of the connection reconnects with a back-off of 1 s doubling
/// to 30 s. The password is never logged nor shown in rawTraffic().
class EslClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EslClient)

public:
    enum class State {
        Disconnected,
        Connecting,
        Authenticating,
        Subscribing,
        Connected,
        WaitingToReconnect,
        Halted
    };
    Q_ENUM(State)
    enum class Direction { Sent, Received };
    Q_ENUM(Direction)

    using ReplyCallback = std::function<void(const EslReply &)>;

    static constexpr int kFirstBackoffMs = 1000;
    static constexpr int kMaxBackoffMs = 30000;
    /// A blocking `api dial` may take 60 s (§9.2): beyond this the connection is presumed dead.
    static constexpr int kDefaultReplyTimeoutMs = 75000;

    explicit EslClient(QObject *parent = nullptr);
    ~EslClient() override;

    /// Events requested after authentication (the arguments of `event plain ...`).
    void setSubscription(const QString &events);
    QString subscription() const { return m_subscription; }
    /// Optional server-side filter, e.g. ("Conference-Name", "3000"). Empty name: none.
    void setFilter(const QString &header, const QString &value);
    void setReconnectDelays(int firstMs, int maxMs);
    void setReplyTimeoutMs(int ms);

    /// Connects (or reconnects with new settings). Named so as not to hide QObject::connect.
    void connectToServer(const QString &host, quint16 port, const QString &password);
    /// Closes the connection and stops reconnecting. Pending requests fail.
    void disconnectFromServer();

    State state() const { return m_state; }
    bool isConnected() const { return m_state == State::Connected; }
    /// Back-off of the next reconnect attempt (0 while connected).
    int currentBackoffMs() const { return m_backoffMs; }
    /// Connection attempts since connectToServer() (diagnostics, tests).
    int connectAttempts() const { return m_connectAttempts; }
    QString host() const { return m_host; }
    quint16 port() const { return m_port; }

    /// `api <line>`: `done` receives the api/response body. Fails at once while not connected.
    void api(const QString &line, QObject *context, ReplyCallback done);
    /// `bgapi <line>`: `accepted` receives the Job-UUID of the command/reply; `finished`
    /// (optional) the body of the matching BACKGROUND_JOB event, or a failure if the connection
    /// is lost first. `finished` is called only after `accepted` reported success.
    void bgapi(const QString &line, QObject *context, ReplyCallback accepted, ReplyCallback finished = {});

signals:
    /// Authenticated and subscribed.
    void connected();
    void disconnected(const QString &reason);
    void authenticationFailed();
    void eventReceived(const cc::EslEvent &event);
    /// Every byte sent and received, with the password masked, for the troubleshooting dock.
    void rawTraffic(cc::EslClient::Direction direction, const QByteArray &bytes);
    void stateChanged(cc::EslClient::State state);

private:
    enum class Expect { CommandReply, ApiResponse };
    struct Pending
    {
        Expect expect = Expect::CommandReply;
        QPointer<QObject> context;
        bool hasContext = false;
        ReplyCallback done;
        bool internal = false;
        qint64 sentAtMs = 0;
    };
    struct Job
    {
        QPointer<QObject> context;
        bool hasContext = false;
        ReplyCallback finished;
        bool accepted = false; ///< `finished` is only ever called after a successful accept
    };

    void openSocket();
    void onReadyRead();
    void onSocketClosed(const QString &reason);
    void handleMessage(const EslMessage &message);
    void handleReply(const EslMessage &message);
    void handleEvent(const EslEvent &event);
    void sendLine(const QByteArray &line, const QByteArray &display = {});
    void sendCommand(const QByteArray &line, Expect expect, QObject *context, ReplyCallback done,
                     bool internal, const QByteArray &display = {});
    void startSession();
    void failAll(const QString &reason);
    void scheduleReconnect();
    void setState(State state);
    void armReplyTimer();
    void dropConnection(const QString &reason);

    QTcpSocket *m_socket = nullptr;
    EslFrameParser m_parser;
    QString m_host;
    quint16 m_port = 0;
    QString m_password;
    QString m_subscription;
    QString m_filterHeader;
    QString m_filterValue;
    std::deque<Pending> m_pending;
    QHash<QString, Job> m_jobs;
    QTimer m_reconnectTimer;
    QTimer m_replyTimer;
    QString m_closeReason;
    State m_state = State::Disconnected;
    int m_firstBackoffMs = kFirstBackoffMs;
    int m_maxBackoffMs = kMaxBackoffMs;
    int m_backoffMs = 0;
    int m_replyTimeoutMs = kDefaultReplyTimeoutMs;
    int m_connectAttempts = 0;
    quint64 m_generation = 0; ///< bumps per socket so stale callbacks are ignored
};

} // namespace cc
