// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// A byte-level HTTP/1.1 client on a raw socket, and an echo handler for httpd::Server tests.
#include "rawhttpclient.h"

#include "httpd/httpserver.h"

#include <QElapsedTimer>
#include <QSignalSpy>

namespace testsupport {

RawClient::RawClient(quint16 port)
{
    m_socket.connectToHost(QHostAddress::LocalHost, port);
    QObject::connect(&m_socket, &QTcpSocket::readyRead, [this] { m_buffer += m_socket.readAll(); });
}

bool RawClient::waitConnected()
{
    if (m_socket.state() == QAbstractSocket::ConnectedState)
        return true;
    QSignalSpy spy(&m_socket, &QTcpSocket::connected);
    return spy.wait(5000);
}

QList<RawResponse> RawClient::read(int n, int timeoutMs)
{
    QList<RawResponse> out;
    QElapsedTimer timer;
    timer.start();
    while (out.size() < n && !timer.hasExpired(timeoutMs)) {
        parse(out);
        if (out.size() >= n)
            break;
        QSignalSpy spy(&m_socket, &QTcpSocket::readyRead);
        if (!spy.wait(100) && m_socket.state() != QAbstractSocket::ConnectedState) {
            parse(out);
            break;
        }
    }
    parse(out);
    return out;
}

bool RawClient::waitDisconnected()
{
    if (m_socket.state() == QAbstractSocket::UnconnectedState)
        return true;
    QSignalSpy spy(&m_socket, &QTcpSocket::disconnected);
    return spy.wait(5000);
}

void RawClient::parse(QList<RawResponse> &out)
{
    for (;;) {
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        RawResponse r;
        r.head = m_buffer.left(end + 4);
        r.status = r.head.mid(9, 3).toInt();
        qint64 length = 0;
        for (const QByteArray &line : r.head.split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (m_buffer.size() < end + 4 + length)
            return;
        r.body = m_buffer.mid(end + 4, length);
        m_buffer.remove(0, end + 4 + length);
        out.append(r);
    }
}

void echoHandler(httpd::Server &server)
{
    server.setHandler([](const httpd::Request &request, const httpd::Responder &responder) {
        responder.send(
            httpd::Response::text(200, request.method + ' ' + request.target + ' ' + request.body));
    });
}

} // namespace testsupport
