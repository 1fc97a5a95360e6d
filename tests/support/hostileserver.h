// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Servers that misbehave at the byte level, which httpd::Server (a well-behaved server) cannot
// imitate: plain TCP on loopback, one behaviour per server.
#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;
class QTimer;

namespace testsupport {

class HostileServer final : public QObject
{
    Q_OBJECT

public:
    enum class Behaviour {
        DripHttp,     ///< a 200 with a large Content-Length, then one body byte every half second
        EndlessHttp,  ///< a chunked 200 whose chunks never end, as fast as the client reads
        GzipBomb,     ///< a small gzip body that inflates to gigabytes (Content-Encoding: gzip)
        RedirectLoop, ///< every request is redirected to itself (301)
        AuthLoop,     ///< every request, credentials or not, gets a fresh Digest challenge (401)
        DripEsl,      ///< an event socket that accepts the password, then drips each api/response
    };
    Q_ENUM(Behaviour)

    explicit HostileServer(Behaviour behaviour, QObject *parent = nullptr);
    ~HostileServer() override;

    bool start();
    /// The first `count` requests (HTTP) or api commands (ESL) get `body` as a proper answer
    /// (HTTP 200 text/xml, or an api/response): a server that was healthy, then turns hostile.
    void setHealthyAnswers(int count, const QByteArray &body);
    quint16 port() const { return m_server.serverPort(); }
    /// "http://127.0.0.1:<port>/sipxconfig/rest" (the HTTP behaviours).
    QUrl baseUrl() const;
    /// Requests (HTTP) or command lines (ESL) received so far.
    int requestCount() const { return m_requests; }
    /// Body bytes written so far, over all connections.
    qint64 bytesSent() const { return m_bytesSent; }
    /// Connections still open.
    int openConnections() const;

private:
    void onConnection();
    void onReadable(QTcpSocket *socket);
    void answerHttp(QTcpSocket *socket, const QByteArray &request);
    void answerEsl(QTcpSocket *socket, const QByteArray &line);
    void drip(QTcpSocket *socket);
    void pumpChunks(QTcpSocket *socket);
    qint64 write(QTcpSocket *socket, const QByteArray &bytes);

    Behaviour m_behaviour;
    QTcpServer m_server;
    QList<QPointer<QTcpSocket>> m_sockets;
    int m_requests = 0;
    qint64 m_bytesSent = 0;
    int m_nonce = 0;
    int m_healthyLeft = 0;
    QByteArray m_healthyBody;
};

} // namespace testsupport
