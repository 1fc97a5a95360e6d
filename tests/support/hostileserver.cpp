// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "hostileserver.h"

#include <QTcpSocket>
#include <QTimer>

namespace testsupport {

namespace {

constexpr int kDripIntervalMs = 500;

/// A zlib stream (Content-Encoding: deflate, RFC 1950) of 64 MiB of zeros: about 64 KiB on the wire.
const QByteArray &compressionBomb()
{
    static const QByteArray bomb = qCompress(QByteArray(64 * 1024 * 1024, '\0'), 9).mid(4);
    return bomb;
}

} // namespace

HostileServer::HostileServer(Behaviour behaviour, QObject *parent)
    : QObject(parent)
    , m_behaviour(behaviour)
{
    connect(&m_server, &QTcpServer::newConnection, this, &HostileServer::onConnection);
}

HostileServer::~HostileServer()
{
    for (const QPointer<QTcpSocket> &socket : std::as_const(m_sockets)) {
        if (socket)
            socket->abort();
    }
}

bool HostileServer::start()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

void HostileServer::setHealthyAnswers(int count, const QByteArray &body)
{
    m_healthyLeft = count;
    m_healthyBody = body;
}

QUrl HostileServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/sipxconfig/rest").arg(port()));
}

int HostileServer::openConnections() const
{
    int open = 0;
    for (const QPointer<QTcpSocket> &socket : m_sockets)
        open += socket && socket->state() == QAbstractSocket::ConnectedState ? 1 : 0;
    return open;
}

qint64 HostileServer::write(QTcpSocket *socket, const QByteArray &bytes)
{
    const qint64 written = socket->write(bytes);
    if (written > 0)
        m_bytesSent += written;
    return written;
}

void HostileServer::onConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        socket->setParent(this);
        m_sockets << socket;
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadable(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        if (m_behaviour == Behaviour::DripEsl)
            write(socket, "Content-Type: auth/request\n\n");
    }
}

void HostileServer::onReadable(QTcpSocket *socket)
{
    // Requests are read whole but not parsed beyond their first line: every one gets the behaviour.
    QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
    const QByteArray end =
        m_behaviour == Behaviour::DripEsl ? QByteArrayLiteral("\n\n") : QByteArrayLiteral("\r\n\r\n");
    qsizetype at;
    while ((at = buffer.indexOf(end)) >= 0) {
        const QByteArray request = buffer.left(at);
        buffer.remove(0, at + end.size());
        ++m_requests;
        if (m_behaviour == Behaviour::DripEsl)
            answerEsl(socket, request);
        else
            answerHttp(socket, request);
    }
    socket->setProperty("buffer", buffer);
}

void HostileServer::answerHttp(QTcpSocket *socket, const QByteArray &request)
{
    const QByteArray target = request.split(' ').value(1);
    if (m_healthyLeft > 0) {
        --m_healthyLeft;
        write(socket, "HTTP/1.1 200 OK\r\nContent-Type: text/xml\r\nContent-Length: " +
                          QByteArray::number(m_healthyBody.size()) + "\r\n\r\n" + m_healthyBody);
        return;
    }
    switch (m_behaviour) {
    case Behaviour::DripHttp:
        write(socket, "HTTP/1.1 200 OK\r\nContent-Type: text/xml\r\nContent-Length: 100000\r\n\r\n");
        drip(socket);
        return;
    case Behaviour::EndlessHttp:
        write(socket, "HTTP/1.1 200 OK\r\nContent-Type: text/xml\r\nTransfer-Encoding: chunked\r\n\r\n");
        connect(socket, &QTcpSocket::bytesWritten, this, [this, socket] { pumpChunks(socket); });
        pumpChunks(socket);
        return;
    case Behaviour::GzipBomb:
        write(socket,
              "HTTP/1.1 200 OK\r\nContent-Type: text/xml\r\nContent-Encoding: deflate\r\nContent-Length: " +
                  QByteArray::number(compressionBomb().size()) + "\r\n\r\n");
        write(socket, compressionBomb());
        return;
    case Behaviour::RedirectLoop:
        write(socket,
              "HTTP/1.1 301 Moved Permanently\r\nLocation: " + target + "\r\nContent-Length: 0\r\n\r\n");
        return;
    case Behaviour::AuthLoop:
        write(socket, "HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Digest realm=\"loop\", qop=\"auth\", "
                      "nonce=\"n" +
                          QByteArray::number(++m_nonce) +
                          "\"\r\nContent-Type: text/html\r\nContent-Length: 0\r\n\r\n");
        return;
    case Behaviour::DripEsl:
        return;
    }
}

void HostileServer::answerEsl(QTcpSocket *socket, const QByteArray &line)
{
    if (line.startsWith("auth ")) {
        write(socket, "Content-Type: command/reply\nReply-Text: +OK accepted\n\n");
        return;
    }
    if (line.startsWith("api ") && m_healthyLeft > 0) {
        --m_healthyLeft;
        write(socket, "Content-Type: api/response\nContent-Length: " +
                          QByteArray::number(m_healthyBody.size()) + "\n\n" + m_healthyBody);
        return;
    }
    if (line.startsWith("api ")) {
        write(socket, "Content-Type: api/response\nContent-Length: 100000\n\n");
        drip(socket);
        return;
    }
    write(socket, "Content-Type: command/reply\nReply-Text: +OK\n\n"); // event subscriptions, filters
}

void HostileServer::drip(QTcpSocket *socket)
{
    auto *timer = new QTimer(socket);
    connect(timer, &QTimer::timeout, socket, [this, socket] {
        if (socket->state() == QAbstractSocket::ConnectedState)
            write(socket, "<");
    });
    timer->start(kDripIntervalMs);
}

void HostileServer::pumpChunks(QTcpSocket *socket)
{
    // Keep about 256 KiB queued: as fast as the client reads, never ending.
    static const QByteArray chunk =
        QByteArray::number(0x4000, 16) + "\r\n" + QByteArray(0x4000, 'x') + "\r\n";
    while (socket->state() == QAbstractSocket::ConnectedState && socket->bytesToWrite() < 256 * 1024)
        write(socket, chunk);
}

} // namespace testsupport
