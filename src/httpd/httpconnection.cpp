// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// An HTTP/1.1 client connection: request parsing, pipelining and answers in request order.
#include "httpd/httpconnection.h"

#include <QSslSocket>
#include <QTcpSocket>

#include <algorithm>

namespace httpd {

namespace {

constexpr int kIdleTimeoutMs = 30000;
constexpr int kHandshakeTimeoutMs = 10000;
// Stop parsing pipelined requests while this many answers are outstanding (memory bound).
constexpr std::size_t kMaxOutstanding = 128;

bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    switch (c) {
    case '!':
    case '#':
    case '$':
    case '%':
    case '&':
    case '\'':
    case '*':
    case '+':
    case '-':
    case '.':
    case '^':
    case '_':
    case '`':
    case '|':
    case '~':
        return true;
    default:
        return false;
    }
}

bool isToken(QByteArrayView v)
{
    if (v.isEmpty())
        return false;
    for (char c : v) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

} // namespace

Connection::Connection(ServerState *server, QTcpSocket *socket, bool secure)
    : QObject(server->q)
    , m_server(server)
    , m_socket(socket)
    , m_secure(secure)
{
    m_socket->setParent(this);
    m_peer = m_socket->peerAddress();
    m_idle.setSingleShot(true);
    m_idle.setInterval(kIdleTimeoutMs);
    connect(&m_idle, &QTimer::timeout, this, [this] {
        // A request still being answered (slow handler, "hang" fault) keeps the connection.
        if (!m_pending.empty()) {
            restartIdle();
            return;
        }
        m_closing = true;
        m_socket->disconnectFromHost();
    });
    connect(m_socket, &QTcpSocket::readyRead, this, &Connection::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, &Connection::finish);
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
        if (m_socket->state() != QAbstractSocket::ConnectedState)
            finish();
    });
    connect(m_socket, &QTcpSocket::bytesWritten, this, [this] { restartIdle(); });
}

Connection::~Connection()
{
    if (!m_server->destroying)
        m_server->connections.removeOne(this);
}

void Connection::start()
{
    m_server->connections.append(this);
    if (m_secure) {
        auto *ssl = static_cast<QSslSocket *>(m_socket);
        m_handshake.setSingleShot(true);
        m_handshake.setInterval(kHandshakeTimeoutMs);
        connect(&m_handshake, &QTimer::timeout, this, &Connection::abortNow);
        connect(ssl, &QSslSocket::encrypted, this, [this] {
            m_handshake.stop();
            restartIdle();
        });
        // A failed handshake only costs this connection (never the server).
        connect(ssl, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &) { abortNow(); });
        m_handshake.start();
        ssl->startServerEncryption();
    } else {
        restartIdle();
        if (m_socket->bytesAvailable() > 0)
            onReadyRead();
    }
}

void Connection::onReadyRead()
{
    if (m_closing)
        return;
    restartIdle();
    if (m_stopParsing) {
        m_socket->readAll(); // discard anything after an error or "Connection: close"
        return;
    }
    m_in.append(m_socket->readAll());
    processInput();
}

void Connection::processInput()
{
    const QPointer<Connection> guard(this);
    while (guard && !m_closing && !m_stopParsing && m_pending.size() < kMaxOutstanding) {
        if (!m_haveHead) {
            // Tolerate blank lines between pipelined requests (RFC 9112 §2.2).
            qsizetype skip = 0;
            while (skip + 1 < m_in.size() && m_in.at(skip) == '\r' && m_in.at(skip + 1) == '\n')
                skip += 2;
            if (skip > 0)
                m_in.remove(0, skip);
            const qsizetype end = m_in.indexOf("\r\n\r\n");
            if (end < 0) {
                if (m_in.size() > m_server->maxRequestSize)
                    failRequest(413, QByteArrayLiteral("Request too large\n"));
                return;
            }
            const qsizetype headLength = end + 4;
            if (headLength > m_server->maxRequestSize) {
                failRequest(413, QByteArrayLiteral("Request too large\n"));
                return;
            }
            if (!parseHead(headLength))
                return;
            m_in.remove(0, headLength);
            m_haveHead = true;
        }
        if (m_in.size() < m_contentLength)
            return;
        if (m_contentLength > 0) {
            m_current.body = m_in.left(m_contentLength);
            m_in.remove(0, m_contentLength);
        }
        m_haveHead = false;
        dispatch();
    }
}

bool Connection::parseHead(qsizetype headLength)
{
    m_current = Request();
    m_current.peer = m_peer;
    m_current.secure = m_secure;
    const QByteArrayView head(m_in.constData(), headLength - 4);

    qsizetype lineEnd = head.indexOf("\r\n");
    if (lineEnd < 0)
        lineEnd = head.size();
    const QByteArrayView requestLine = head.first(lineEnd);
    const qsizetype sp1 = requestLine.indexOf(' ');
    const qsizetype sp2 = sp1 < 0 ? -1 : requestLine.indexOf(' ', sp1 + 1);
    if (sp1 <= 0 || sp2 <= sp1 + 1 || requestLine.indexOf(' ', sp2 + 1) >= 0) {
        failRequest(400, QByteArrayLiteral("Malformed request line\n"));
        return false;
    }
    const QByteArrayView method = requestLine.first(sp1);
    const QByteArrayView target = requestLine.sliced(sp1 + 1, sp2 - sp1 - 1);
    const QByteArrayView version = requestLine.sliced(sp2 + 1);
    if (!isToken(method) || !target.startsWith('/')) {
        failRequest(400, QByteArrayLiteral("Malformed request line\n"));
        return false;
    }
    for (char c : target) {
        if (static_cast<unsigned char>(c) <= 0x20 || c == 0x7f) {
            failRequest(400, QByteArrayLiteral("Malformed request target\n"));
            return false;
        }
    }
    bool http11;
    if (version == "HTTP/1.1") {
        http11 = true;
    } else if (version == "HTTP/1.0") {
        http11 = false;
    } else if (version.startsWith("HTTP/") && version.size() == 8) {
        failRequest(505, QByteArrayLiteral("HTTP version not supported\n"));
        return false;
    } else {
        failRequest(400, QByteArrayLiteral("Malformed request line\n"));
        return false;
    }
    m_current.method = method.toByteArray();
    m_current.target = target.toByteArray();
    const qsizetype question = m_current.target.indexOf('?');
    if (question >= 0) {
        m_current.path = m_current.target.left(question);
        m_current.query = m_current.target.mid(question + 1);
    } else {
        m_current.path = m_current.target;
    }

    m_contentLength = 0;
    bool haveLength = false;
    bool chunked = false;
    QByteArrayView connectionValue;
    qsizetype pos = lineEnd + 2;
    while (pos < head.size()) {
        qsizetype next = head.indexOf("\r\n", pos);
        if (next < 0)
            next = head.size();
        const QByteArrayView line = head.sliced(pos, next - pos);
        pos = next + 2;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(line.first(colon))) { // also rejects obs-fold lines
            failRequest(400, QByteArrayLiteral("Malformed header line\n"));
            return false;
        }
        const QByteArrayView name = line.first(colon);
        const QByteArrayView value = line.sliced(colon + 1).trimmed();
        if (equalsCI(name, "content-length")) {
            bool ok = false;
            const qint64 length = value.toLongLong(&ok);
            if (!ok || length < 0 || (haveLength && length != m_contentLength) ||
                !std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; })) {
                failRequest(400, QByteArrayLiteral("Invalid Content-Length\n"));
                return false;
            }
            haveLength = true;
            m_contentLength = length;
        } else if (equalsCI(name, "transfer-encoding")) {
            chunked = true;
        } else if (equalsCI(name, "connection")) {
            connectionValue = value;
        }
        m_current.headers.append({name.toByteArray(), value.toByteArray()});
    }
    if (chunked) {
        // The framing of the rest of the stream is unknown, so the connection has to go.
        failRequest(411,
                    QByteArrayLiteral("Chunked request bodies are not supported; send Content-Length\n"));
        return false;
    }
    if (m_contentLength > m_server->maxRequestSize - headLength) {
        failRequest(413, QByteArrayLiteral("Request too large\n"));
        return false;
    }
    m_keepAlive = http11 ? !hasToken(connectionValue, "close") : hasToken(connectionValue, "keep-alive");
    return true;
}

void Connection::dispatch()
{
    auto state = std::make_shared<Responder::State>();
    state->connection = this;
    state->sequence = m_nextSequence++;
    state->headOnly = m_current.method == "HEAD";
    state->closeAfter = !m_keepAlive;
    m_pending.push_back(Slot{state->sequence, {}, false, false});
    if (!m_keepAlive)
        m_stopParsing = true;

    Responder responder;
    responder.m_state = std::move(state);
    const Request request = std::move(m_current);
    m_current = Request();
    if (m_server->handler)
        m_server->handler(request, responder);
    else
        responder.send(Response::text(404, QByteArrayLiteral("No handler\n")));
}

void Connection::failRequest(int status, const QByteArray &message)
{
    m_stopParsing = true;
    m_in.clear();
    m_haveHead = false;
    Response response = Response::text(status, message);
    auto state = std::make_shared<Responder::State>();
    state->connection = this;
    state->sequence = m_nextSequence++;
    state->closeAfter = true;
    m_pending.push_back(Slot{state->sequence, {}, false, false});
    Responder responder;
    responder.m_state = std::move(state);
    responder.send(response);
}

void Connection::complete(quint64 sequence, QByteArray data, bool closeAfter)
{
    if (m_closing || m_pending.empty() || sequence < m_pending.front().sequence)
        return;
    const std::size_t index = sequence - m_pending.front().sequence;
    if (index >= m_pending.size())
        return;
    Slot &slot = m_pending[index];
    slot.data = std::move(data);
    slot.ready = true;
    slot.closeAfter = closeAfter;
    flush();
}

void Connection::flush()
{
    const bool wasFull = m_pending.size() >= kMaxOutstanding;
    while (!m_pending.empty() && m_pending.front().ready && !m_closing) {
        Slot &slot = m_pending.front();
        m_socket->write(slot.data);
        const bool close = slot.closeAfter;
        m_pending.pop_front();
        if (close) {
            m_closing = true;
            m_pending.clear();
            m_socket->disconnectFromHost(); // flushes what was written, then closes
            return;
        }
    }
    restartIdle();
    if (wasFull && m_pending.size() < kMaxOutstanding && !m_processScheduled && !m_in.isEmpty()) {
        // Resume parsing outside the handler that just answered (no re-entrancy).
        m_processScheduled = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_processScheduled = false;
                processInput();
            },
            Qt::QueuedConnection);
    }
}

void Connection::abortNow()
{
    if (m_closing && m_socket->state() == QAbstractSocket::UnconnectedState) {
        finish();
        return;
    }
    m_closing = true;
    m_pending.clear();
    m_socket->abort();
    finish();
}

void Connection::finish()
{
    m_closing = true;
    m_idle.stop();
    m_handshake.stop();
    // Stays in the server's list until really deleted, so ~Server can delete it first.
    deleteLater();
}

} // namespace httpd
