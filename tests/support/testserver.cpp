// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testserver.h"

#include <QTimer>

namespace testsupport {

QByteArray RecordedRequest::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

ScriptedResponse ScriptedResponse::text(int status, const QByteArray &body, const QByteArray &contentType)
{
    ScriptedResponse r;
    r.status = status;
    r.body = body;
    if (!contentType.isEmpty())
        r.headers.append({QByteArrayLiteral("Content-Type"), contentType});
    return r;
}

ScriptedResponse ScriptedResponse::drop()
{
    ScriptedResponse r;
    r.action = Action::Drop;
    return r;
}

ScriptedResponse ScriptedResponse::hang()
{
    ScriptedResponse r;
    r.action = Action::Hang;
    return r;
}

ScriptedResponse ScriptedResponse::methodNotAllowed()
{
    const httpd::Response page =
        httpd::DigestAuthenticator::jettyError(405, QStringLiteral("Method Not Allowed"));
    ScriptedResponse r;
    r.status = 405;
    r.reason = page.reason;
    r.headers = page.headers;
    r.headers.append({QByteArrayLiteral("Allow"), QByteArrayLiteral("GET, HEAD")});
    r.body = page.body;
    return r;
}

TestServer::TestServer(QObject *parent)
    : QObject(parent)
    , m_server(new httpd::Server(this))
{
    m_auth.setRealm(QStringLiteral("example.com"));
    m_auth.setCredentials([this](const QString &user) -> std::optional<QString> {
        const auto it = m_users.constFind(user);
        if (it == m_users.constEnd())
            return std::nullopt;
        return *it;
    });
    m_server->setHandler([this](const httpd::Request &request, const httpd::Responder &responder) {
        handle(request, responder);
    });
}

TestServer::~TestServer() = default;

bool TestServer::start(bool tls)
{
    m_tls = tls;
    if (tls) {
        const httpd::SelfSignedIdentity identity = httpd::generateSelfSigned(QStringLiteral("localhost"), 2);
        if (identity.certificate.isNull())
            return false;
        m_certificate = identity.certificate;
        m_server->setTls(identity.certificate, identity.key);
    }
    return m_server->listen(QHostAddress::LocalHost, 0);
}

quint16 TestServer::port() const
{
    return m_server->port();
}

QByteArray TestServer::basePath()
{
    return QByteArrayLiteral("/sipxconfig/rest");
}

QUrl TestServer::baseUrl() const
{
    return QUrl(QStringLiteral("%1://127.0.0.1:%2%3")
                    .arg(m_tls ? QStringLiteral("https") : QStringLiteral("http"))
                    .arg(port())
                    .arg(QString::fromLatin1(basePath())));
}

void TestServer::setAuthMode(AuthMode mode)
{
    m_authMode = mode;
}

void TestServer::addUser(const QString &user, const QString &password)
{
    m_users.insert(user, password);
}

void TestServer::requireUser(AuthMode mode, const QString &user, const QString &password)
{
    setAuthMode(mode);
    addUser(user, password);
}

httpd::DigestAuthenticator &TestServer::authenticator()
{
    return m_auth;
}

void TestServer::route(const QByteArray &method, const QByteArray &path, const ScriptedResponse &response)
{
    m_routes.append(Route{method, path, response, false});
}

void TestServer::routeOnce(const QByteArray &method, const QByteArray &path, const ScriptedResponse &response)
{
    m_routes.append(Route{method, path, response, true});
}

void TestServer::clearRoutes()
{
    m_routes.clear();
}

int TestServer::handledCount() const
{
    return int(std::count_if(m_requests.cbegin(), m_requests.cend(),
                             [](const RecordedRequest &r) { return r.authenticated; }));
}

void TestServer::clearRequests()
{
    m_requests.clear();
    m_challenges = 0;
    m_staleChallenges = 0;
}

QString TestServer::fingerprint() const
{
    return httpd::sha256Fingerprint(m_certificate);
}

const TestServer::Route *TestServer::findRoute(const httpd::Request &request, qsizetype *index) const
{
    auto matches = [&](const Route &r) {
        if (!r.method.isEmpty() && r.method != request.method)
            return false;
        if (r.path.endsWith('*'))
            return request.path.startsWith(QByteArrayView(r.path).chopped(1));
        return request.path == r.path;
    };
    for (qsizetype i = 0; i < m_routes.size(); ++i) { // once-routes first, oldest first
        if (m_routes[i].once && matches(m_routes[i])) {
            *index = i;
            return &m_routes[i];
        }
    }
    for (qsizetype i = m_routes.size() - 1; i >= 0; --i) {
        if (!m_routes[i].once && matches(m_routes[i])) {
            *index = i;
            return &m_routes[i];
        }
    }
    return nullptr;
}

void TestServer::handle(const httpd::Request &request, const httpd::Responder &responder)
{
    RecordedRequest recorded;
    recorded.method = request.method;
    recorded.target = request.target;
    recorded.path = request.path;
    recorded.headers = request.headers;
    recorded.body = request.body;
    recorded.authenticated = true;

    if (m_authMode != AuthMode::None) {
        auto check = m_auth.check(request);
        if (m_authMode == AuthMode::Basic && request.header("Authorization").startsWith("Digest"))
            check.status = httpd::DigestAuthenticator::AuthCheck::Bad;
        if (check.status != httpd::DigestAuthenticator::AuthCheck::Ok) {
            recorded.authenticated = false;
            m_requests.append(recorded);
            emit requestRecorded(request.method, request.target);
            const bool stale = check.status == httpd::DigestAuthenticator::AuthCheck::Stale;
            ++m_challenges;
            if (stale)
                ++m_staleChallenges;
            responder.send(m_auth.challenge(stale, m_authMode == AuthMode::Basic));
            return;
        }
    }
    m_requests.append(recorded);
    emit requestRecorded(request.method, request.target);

    qsizetype index = -1;
    const Route *route = findRoute(request, &index);
    if (!route) {
        responder.send(
            httpd::DigestAuthenticator::jettyError(404, QStringLiteral("Not Found"), request.path));
        return;
    }
    const ScriptedResponse scripted = route->response;
    if (route->once)
        m_routes.removeAt(index);

    switch (scripted.action) {
    case ScriptedResponse::Action::Drop:
        responder.abort();
        return;
    case ScriptedResponse::Action::Hang:
        m_hanging.append(responder);
        return;
    case ScriptedResponse::Action::Respond:
        break;
    }
    httpd::Response response;
    response.status = scripted.status;
    response.reason = scripted.reason;
    response.headers = scripted.headers;
    response.body = scripted.body;
    if (scripted.delayMs > 0)
        QTimer::singleShot(scripted.delayMs, this, [responder, response] { responder.send(response); });
    else
        responder.send(response);
}

} // namespace testsupport
