// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QSslCertificate>
#include <QSslKey>

#include <functional>
#include <memory>

class QTcpServer;

namespace httpd {

/// A parsed HTTP/1.1 request. `path` is the raw request target path exactly as sent (never
/// percent-decoded: sipXconfig's Restlet does not decode, sipxconfig-conference-rest.md §3.1).
struct Request
{
    QByteArray method;
    QByteArray target; ///< raw request-target, path + optional "?query"
    QByteArray path;   ///< raw path part of target
    QByteArray query;  ///< raw query part (without '?'), empty if none
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QHostAddress peer;
    bool secure = false;

    /// Case-insensitive header lookup; the first match, or an empty array.
    QByteArray header(const QByteArray &name) const;
};

struct Response
{
    int status = 200;
    QByteArray reason;                            ///< empty: the standard phrase for `status`
    QList<QPair<QByteArray, QByteArray>> headers; ///< Content-Length is added by the server
    QByteArray body;

    static Response text(int status, const QByteArray &body,
                         const QByteArray &contentType = QByteArrayLiteral("text/plain; charset=ISO-8859-1"));
};

class Connection;

/// A handle to answer one request, now or later (from a timer, after a simulated ring...).
/// Copyable; only the first send() counts. Responses on one keep-alive connection go out in
/// request order even when handlers answer out of order. If the client has gone away, send()
/// does nothing.
class Responder
{
public:
    Responder() = default;
    void send(const Response &response) const;
    bool isConnected() const;
    /// Close the connection without answering (fault injection: "drop").
    void abort() const;

private:
    friend class Connection;
    struct State;
    std::shared_ptr<State> m_state;
};

/// A small asynchronous HTTP/1.1 server (keep-alive, pipelining-safe, optional TLS), used by
/// the bridge simulator and by test servers. Everything runs on the owning thread's event loop.
class Server final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Server)

public:
    using Handler = std::function<void(const Request &, const Responder &)>;

    explicit Server(QObject *parent = nullptr);
    ~Server() override;

    void setHandler(Handler handler);
    /// Serve HTTPS with this certificate and key. Call before listen().
    void setTls(const QSslCertificate &certificate, const QSslKey &key);
    bool isTls() const;
    /// Requests whose head or body exceed the limit get 413 and the connection is closed.
    void setMaxRequestSize(qint64 bytes);

    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    void close();
    quint16 port() const;
    QString errorString() const;
    /// Number of open client connections (for tests).
    int connectionCount() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

/// A generated self-signed certificate and key (OpenSSL), for HTTPS at start-up.
struct SelfSignedIdentity
{
    QSslCertificate certificate;
    QSslKey key;
};
/// Generates an RSA-2048 (or EC P-256) self-signed certificate for `commonName`, valid now for
/// `days`, with subjectAltName DNS:localhost, IP:127.0.0.1 and IP:::1. Empty on failure.
SelfSignedIdentity generateSelfSigned(const QString &commonName, int days = 365);

/// Lower-case hex SHA-256 of the DER certificate, as pinned by the console ("ab12cd...").
QString sha256Fingerprint(const QSslCertificate &certificate);

} // namespace httpd
