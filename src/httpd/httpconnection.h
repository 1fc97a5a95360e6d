// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One client connection and the server state it shares (internal to confhttpd).

#include "httpd/httpserver.h"

#include <QByteArrayView>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <deque>

namespace httpd {

/// Server::setMaxRequestSize() default.
constexpr qint64 kDefaultMaxRequestSize = 1024 * 1024;

inline bool equalsCI(QByteArrayView a, QByteArrayView b)
{
    return a.size() == b.size() && a.compare(b, Qt::CaseInsensitive) == 0;
}

/// True when the comma-separated header value contains `token` (case-insensitive).
inline bool hasToken(QByteArrayView value, QByteArrayView token)
{
    qsizetype start = 0;
    while (start <= value.size()) {
        qsizetype comma = value.indexOf(',', start);
        if (comma < 0)
            comma = value.size();
        if (equalsCI(value.sliced(start, comma - start).trimmed(), token))
            return true;
        start = comma + 1;
    }
    return false;
}

struct Responder::State
{
    QPointer<Connection> connection;
    quint64 sequence = 0;
    bool headOnly = false;
    bool closeAfter = false;
    bool done = false;
};

/// Server state shared with the connections (Server::Private itself is private to Server).
struct ServerState
{
    Server *q = nullptr;
    Server::Handler handler;
    QSslCertificate certificate;
    QSslKey key;
    qint64 maxRequestSize = kDefaultMaxRequestSize;
    QString errorString;
    QList<Connection *> connections;
    bool destroying = false;
};

/// One client connection: parses requests, keeps answers in request order.
class Connection final : public QObject
{
public:
    Connection(ServerState *server, QTcpSocket *socket, bool secure);
    ~Connection() override;

    void start();
    void complete(quint64 sequence, QByteArray data, bool closeAfter);
    void abortNow();
    bool isOpen() const { return !m_closing && m_socket->state() == QAbstractSocket::ConnectedState; }

private:
    struct Slot
    {
        quint64 sequence = 0;
        QByteArray data;
        bool ready = false;
        bool closeAfter = false;
    };

    void onReadyRead();
    void processInput();
    bool parseHead(qsizetype headLength);
    void dispatch();
    void failRequest(int status, const QByteArray &message);
    void flush();
    void finish();
    void restartIdle() { m_idle.start(); }

    ServerState *m_server;
    QTcpSocket *m_socket;
    bool m_secure;
    QHostAddress m_peer;
    QTimer m_idle;
    QTimer m_handshake;

    QByteArray m_in;
    bool m_haveHead = false;
    qint64 m_contentLength = 0;
    bool m_keepAlive = true;
    Request m_current;

    std::deque<Slot> m_pending;
    quint64 m_nextSequence = 0;
    bool m_stopParsing = false; // after an error or "Connection: close"
    bool m_closing = false;
    bool m_processScheduled = false;
};

} // namespace httpd
