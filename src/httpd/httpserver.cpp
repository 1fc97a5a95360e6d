// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The public side of the HTTP server: Request/Response, Responder, Server (listening, TLS).
#include "httpd/httpserver.h"

#include "httpd/httpconnection.h"

#include <QCryptographicHash>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>

namespace httpd {

namespace {

QByteArray standardReason(int status)
{
    switch (status) {
    case 100:
        return QByteArrayLiteral("Continue");
    case 101:
        return QByteArrayLiteral("Switching Protocols");
    case 200:
        return QByteArrayLiteral("OK");
    case 201:
        return QByteArrayLiteral("Created");
    case 202:
        return QByteArrayLiteral("Accepted");
    case 204:
        return QByteArrayLiteral("No Content");
    case 206:
        return QByteArrayLiteral("Partial Content");
    case 301:
        return QByteArrayLiteral("Moved Permanently");
    case 302:
        return QByteArrayLiteral("Found");
    case 303:
        return QByteArrayLiteral("See Other");
    case 304:
        return QByteArrayLiteral("Not Modified");
    case 307:
        return QByteArrayLiteral("Temporary Redirect");
    case 308:
        return QByteArrayLiteral("Permanent Redirect");
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 401:
        return QByteArrayLiteral("Unauthorized");
    case 403:
        return QByteArrayLiteral("Forbidden");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 405:
        return QByteArrayLiteral("Method Not Allowed");
    case 406:
        return QByteArrayLiteral("Not Acceptable");
    case 408:
        return QByteArrayLiteral("Request Timeout");
    case 409:
        return QByteArrayLiteral("Conflict");
    case 410:
        return QByteArrayLiteral("Gone");
    case 411:
        return QByteArrayLiteral("Length Required");
    case 413:
        return QByteArrayLiteral("Payload Too Large");
    case 414:
        return QByteArrayLiteral("URI Too Long");
    case 415:
        return QByteArrayLiteral("Unsupported Media Type");
    case 429:
        return QByteArrayLiteral("Too Many Requests");
    case 431:
        return QByteArrayLiteral("Request Header Fields Too Large");
    case 500:
        return QByteArrayLiteral("Internal Server Error");
    case 501:
        return QByteArrayLiteral("Not Implemented");
    case 502:
        return QByteArrayLiteral("Bad Gateway");
    case 503:
        return QByteArrayLiteral("Service Unavailable");
    case 504:
        return QByteArrayLiteral("Gateway Timeout");
    case 505:
        return QByteArrayLiteral("HTTP Version Not Supported");
    default:
        break;
    }
    if (status >= 200 && status < 300)
        return QByteArrayLiteral("OK");
    if (status >= 400 && status < 500)
        return QByteArrayLiteral("Client Error");
    if (status >= 500)
        return QByteArrayLiteral("Server Error");
    return QByteArrayLiteral("Unknown");
}

/// The QTcpServer that hands raw descriptors to us, so that plain and TLS sockets are set up
/// the same way and handshake failures never reach a pending-connection queue.
class ListenServer final : public QTcpServer
{
public:
    explicit ListenServer(std::function<void(qintptr)> onIncoming, QObject *parent)
        : QTcpServer(parent)
        , m_onIncoming(std::move(onIncoming))
    {}

protected:
    void incomingConnection(qintptr descriptor) override { m_onIncoming(descriptor); }

private:
    std::function<void(qintptr)> m_onIncoming;
};

} // namespace

QByteArray Request::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (equalsCI(h.first, name))
            return h.second;
    }
    return {};
}

Response Response::text(int status, const QByteArray &body, const QByteArray &contentType)
{
    Response r;
    r.status = status;
    r.body = body;
    r.headers.append({QByteArrayLiteral("Content-Type"), contentType});
    return r;
}

struct Server::Private : ServerState
{
    ListenServer *listener = nullptr;
    void incoming(qintptr descriptor);
};

void Server::Private::incoming(qintptr descriptor)
{
    QTcpSocket *socket;
    const bool secure = !certificate.isNull();
    if (secure) {
        auto *ssl = new QSslSocket;
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificate(certificate);
        config.setPrivateKey(key);
        config.setPeerVerifyMode(QSslSocket::VerifyNone);
        ssl->setSslConfiguration(config);
        socket = ssl;
    } else {
        socket = new QTcpSocket;
    }
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    auto *connection = new Connection(this, socket, secure);
    connection->start();
}

void Responder::send(const Response &response) const
{
    if (!m_state || m_state->done)
        return;
    m_state->done = true;
    Connection *connection = m_state->connection;
    if (!connection)
        return;

    bool closeAfter = m_state->closeAfter;
    QByteArray out;
    out.reserve(128 + response.body.size() + response.headers.size() * 48);
    out.append("HTTP/1.1 ");
    out.append(QByteArray::number(response.status));
    out.append(' ');
    out.append(response.reason.isEmpty() ? standardReason(response.status) : response.reason);
    out.append("\r\n");
    for (const auto &h : response.headers) {
        if (equalsCI(h.first, "content-length"))
            continue;
        if (equalsCI(h.first, "connection")) {
            if (hasToken(h.second, "close"))
                closeAfter = true;
            continue;
        }
        out.append(h.first);
        out.append(": ");
        out.append(h.second);
        out.append("\r\n");
    }
    const bool noBody = response.status == 204 || response.status == 304 || response.status < 200;
    if (!noBody) {
        out.append("Content-Length: ");
        out.append(QByteArray::number(response.body.size()));
        out.append("\r\n");
    }
    if (closeAfter)
        out.append("Connection: close\r\n");
    out.append("\r\n");
    if (!noBody && !m_state->headOnly)
        out.append(response.body);
    connection->complete(m_state->sequence, std::move(out), closeAfter);
}

bool Responder::isConnected() const
{
    return m_state && m_state->connection && m_state->connection->isOpen();
}

void Responder::abort() const
{
    if (!m_state)
        return;
    m_state->done = true;
    if (Connection *connection = m_state->connection)
        connection->abortNow();
}

Server::Server(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->q = this;
}

Server::~Server()
{
    d->destroying = true;
    const auto connections = d->connections;
    d->connections.clear();
    qDeleteAll(connections);
}

void Server::setHandler(Handler handler)
{
    d->handler = std::move(handler);
}

void Server::setTls(const QSslCertificate &certificate, const QSslKey &key)
{
    d->certificate = certificate;
    d->key = key;
}

bool Server::isTls() const
{
    return !d->certificate.isNull();
}

void Server::setMaxRequestSize(qint64 bytes)
{
    d->maxRequestSize = qMax<qint64>(bytes, 64);
}

bool Server::listen(const QHostAddress &address, quint16 port)
{
    if (isTls() && (d->key.isNull() || !QSslSocket::supportsSsl())) {
        d->errorString = tr("TLS is not available: no private key or no TLS backend.");
        return false;
    }
    if (!d->listener)
        d->listener = new ListenServer([this](qintptr fd) { d->incoming(fd); }, this);
    if (!d->listener->listen(address, port)) {
        d->errorString = d->listener->errorString();
        return false;
    }
    d->errorString.clear();
    return true;
}

void Server::close()
{
    if (d->listener)
        d->listener->close();
    const auto connections = d->connections;
    for (Connection *c : connections)
        c->abortNow();
}

quint16 Server::port() const
{
    return d->listener ? d->listener->serverPort() : 0;
}

QString Server::errorString() const
{
    return d->errorString;
}

int Server::connectionCount() const
{
    return int(d->connections.size());
}

QString sha256Fingerprint(const QSslCertificate &certificate)
{
    if (certificate.isNull())
        return {};
    return QString::fromLatin1(
        QCryptographicHash::hash(certificate.toDer(), QCryptographicHash::Sha256).toHex());
}

} // namespace httpd
