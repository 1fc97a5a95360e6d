// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// A byte-level HTTP/1.1 client on a raw socket, and an echo handler for httpd::Server tests.
#pragma once

#include <QList>
#include <QTcpSocket>

#include <utility>

namespace httpd {
class Server;
}

namespace testsupport {

struct RawResponse
{
    int status = 0;
    QByteArray head;
    QByteArray body;
};

/// A minimal HTTP client on a raw socket, so tests control pipelining and framing byte by byte.
class RawClient
{
public:
    explicit RawClient(quint16 port);
    bool waitConnected();
    void write(const QByteArray &data) { m_socket.write(data); }
    /// Parses complete responses out of what arrived; waits (event loop) until `n` are there.
    QList<RawResponse> read(int n, int timeoutMs = 10000);
    bool waitDisconnected();
    QTcpSocket &socket() { return m_socket; }
    QByteArray takeRaw() { return std::exchange(m_buffer, {}); }

private:
    void parse(QList<RawResponse> &out);

    QTcpSocket m_socket;
    QByteArray m_buffer;
};

/// Answers every request with 200 and "<method> <target> <body>".
void echoHandler(httpd::Server &server);

} // namespace testsupport
