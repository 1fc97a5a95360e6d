// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpd/digestauth.h"
#include "httpd/httpserver.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QUrl>

namespace testsupport {

/// One request as it arrived at the TestServer (raw, never decoded).
struct RecordedRequest
{
    QByteArray method;
    QByteArray target; ///< raw request-target (path + "?query")
    QByteArray path;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    bool authenticated = false; ///< passed the authenticator (or no auth configured)

    QByteArray header(const QByteArray &name) const;
};

/// What a route answers.
struct ScriptedResponse
{
    enum class Action {
        Respond, ///< send the response (after delayMs)
        Drop,    ///< close the connection without answering
        Hang,    ///< never answer (the client must time out)
    };
    Action action = Action::Respond;
    int status = 200;
    QByteArray reason;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    int delayMs = 0;

    static ScriptedResponse
    text(int status, const QByteArray &body,
         const QByteArray &contentType = QByteArrayLiteral("text/plain; charset=UTF-8"));
    static ScriptedResponse drop();
    static ScriptedResponse hang();
    /// sipXconfig's 405 for PUT on the command resource (Jetty page plus Allow header).
    static ScriptedResponse methodNotAllowed();
};

/// A scripted loopback HTTP(S) server on httpd::Server + DigestAuthenticator, for client tests.
/// Routes match on method (empty = any) and raw path (a trailing '*' makes a prefix match);
/// once-routes are consumed first, newest route wins otherwise; unmatched requests get a 404.
class TestServer final : public QObject
{
    Q_OBJECT

public:
    enum class AuthMode { None, Digest, Basic };

    explicit TestServer(QObject *parent = nullptr);
    ~TestServer() override;

    /// Listens on 127.0.0.1 (any free port); with `tls`, a fresh self-signed certificate.
    bool start(bool tls = false);
    quint16 port() const;
    /// "http(s)://127.0.0.1:<port>/sipxconfig/rest"
    QUrl baseUrl() const;
    /// The raw path prefix of baseUrl(): "/sipxconfig/rest".
    static QByteArray basePath();

    void setAuthMode(AuthMode mode);
    void addUser(const QString &user, const QString &password);
    /// setAuthMode(mode) plus one user, by default the examples' alice/wonderland.
    void requireUser(AuthMode mode, const QString &user = QStringLiteral("alice"),
                     const QString &password = QStringLiteral("wonderland"));
    httpd::DigestAuthenticator &authenticator();

    void route(const QByteArray &method, const QByteArray &path, const ScriptedResponse &response);
    void routeOnce(const QByteArray &method, const QByteArray &path, const ScriptedResponse &response);
    void clearRoutes();

    QList<RecordedRequest> requests() const { return m_requests; }
    int requestCount() const { return int(m_requests.size()); }
    /// Requests that passed authentication (i.e. reached a route).
    int handledCount() const;
    /// 401 answers sent (Digest or Basic challenges, stale ones included).
    int challengeCount() const { return m_challenges; }
    int staleChallengeCount() const { return m_staleChallenges; }
    void clearRequests();

    QSslCertificate certificate() const { return m_certificate; }
    QString fingerprint() const;
    httpd::Server *server() const { return m_server; }

signals:
    void requestRecorded(const QByteArray &method, const QByteArray &target);

private:
    struct Route
    {
        QByteArray method;
        QByteArray path;
        ScriptedResponse response;
        bool once = false;
    };
    void handle(const httpd::Request &request, const httpd::Responder &responder);
    const Route *findRoute(const httpd::Request &request, qsizetype *index) const;

    httpd::Server *m_server;
    httpd::DigestAuthenticator m_auth;
    QHash<QString, QString> m_users;
    AuthMode m_authMode = AuthMode::None;
    QList<Route> m_routes;
    QList<RecordedRequest> m_requests;
    QList<httpd::Responder> m_hanging; // kept so that "hang" never closes the connection
    int m_challenges = 0;
    int m_staleChallenges = 0;
    bool m_tls = false;
    QSslCertificate m_certificate;
};

} // namespace testsupport
