// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// RestFacade's front: Apache path handling, authentication, routing, fault injection and the
// checks the command route makes before a command runs (the resources live in facade*.cpp).
#include "sim/restfacade.h"

#include "httpd/digestauth.h"
#include "sim/bridgeengine.h"
#include "sim/facadeprivate.h"
#include "sim/scenario.h"

namespace sim {

using namespace facade;

namespace {

const QByteArray kPrefix = QByteArrayLiteral("/sipxconfig/rest");

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/// Apache httpd in front of sipXconfig: ap_unescape_url() then mod_proxy's canonical
/// re-encoding (default ProxyPass, no nocanon). %2F and %00 → 404, a bad escape → 400;
/// '&', '@', ':' come out literal and a space stays %20 (sipxconfig-conference-rest.md §3.5).
QByteArray apacheCanonicalPath(const QByteArray &raw, int *rejectStatus)
{
    QByteArray decoded;
    decoded.reserve(raw.size());
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const char c = raw.at(i);
        if (c != '%') {
            decoded += c;
            continue;
        }
        const int hi = i + 2 < raw.size() ? hexValue(raw.at(i + 1)) : -1;
        const int lo = hi >= 0 ? hexValue(raw.at(i + 2)) : -1;
        if (lo < 0) {
            *rejectStatus = 400;
            return {};
        }
        const char byte = char(hi * 16 + lo);
        if (byte == '/' || byte == '\0') { // AllowEncodedSlashes Off
            *rejectStatus = 404;
            return {};
        }
        decoded += byte;
        i += 2;
    }
    static const QByteArray allowed = QByteArrayLiteral("~$-_.+!*'(),;:@&=/");
    QByteArray out;
    out.reserve(decoded.size());
    for (const char c : std::as_const(decoded)) {
        const uchar u = uchar(c);
        if ((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') ||
            allowed.contains(c)) {
            out += c;
        } else {
            out += '%';
            out += "0123456789ABCDEF"[u >> 4];
            out += "0123456789ABCDEF"[u & 0xF];
        }
    }
    *rejectStatus = 0;
    return out;
}

} // namespace

RestFacade::RestFacade(BridgeEngine *engine, Scenario *scenario, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_scenario(scenario)
    , m_backend(std::make_unique<EngineApiBackend>(engine))
    , m_auth(std::make_unique<httpd::DigestAuthenticator>())
{
    m_auth->setAcceptBasic(true); // §4.2: Basic and Digest both accepted
    watchRecordings();
    m_auth->setNonceLifetimeMs(10000);
    m_auth->setCredentials([this](const QString &login) -> std::optional<QString> {
        if (const UserAccount *u = m_scenario->findLogin(login))
            return u->password;
        return std::nullopt;
    });
    m_sweepTimer.setInterval(1000);
    connect(&m_sweepTimer, &QTimer::timeout, this, &RestFacade::sweepHung);
}

RestFacade::~RestFacade() = default;

void RestFacade::setUpstream(std::unique_ptr<ApiBackend> backend)
{
    m_upstream = backend != nullptr;
    m_backend = backend ? std::move(backend) : std::make_unique<EngineApiBackend>(m_engine);
    m_upstreamRecordings.clear();
}

void RestFacade::setRealm(const QString &realm)
{
    m_auth->setRealm(realm);
}

void RestFacade::setNonceLifetimeMs(int ms)
{
    m_auth->setNonceLifetimeMs(ms);
}

void RestFacade::setMethodPolicy(MethodPolicyMode mode)
{
    m_methodPolicy = mode;
}

void RestFacade::setFault(BackendFault fault)
{
    m_fault = fault;
}

void RestFacade::setLatencyMs(int ms)
{
    m_latencyMs = qMax(0, ms);
}

void RestFacade::setDropRate(double rate, quint32 seed)
{
    m_dropRng.seed(seed);
    setDropRate(rate);
}

void RestFacade::setDropRate(double rate)
{
    m_dropRate = qBound(0.0, rate, 1.0);
}

void RestFacade::setHangLimitMs(int ms)
{
    m_hangLimitMs = ms;
}

int RestFacade::hungRequestCount() const
{
    return int(m_hung.size());
}

void RestFacade::finish(const Exchange &ex, httpd::Response response)
{
    auto send = [this, ex, response] {
        ex.responder.send(response);
        emit requestHandled(ex.method, ex.target, response.status);
    };
    if (m_latencyMs > 0)
        QTimer::singleShot(m_latencyMs, Qt::PreciseTimer, this, send);
    else
        send();
}

void RestFacade::hang(const Exchange &ex)
{
    Hung h{ex, {}};
    h.age.start();
    m_hung.append(h);
    if (!m_sweepTimer.isActive())
        m_sweepTimer.start();
}

void RestFacade::sweepHung()
{
    for (qsizetype i = m_hung.size() - 1; i >= 0; --i) {
        const Hung &h = m_hung.at(i);
        const bool expired = h.age.elapsed() >= m_hangLimitMs;
        if (h.exchange.responder.isConnected() && !expired)
            continue;
        if (expired)
            h.exchange.responder.abort(); // nobody waits 5 minutes; free the connection
        emit requestHandled(h.exchange.method, h.exchange.target, 0);
        m_hung.removeAt(i);
    }
    if (m_hung.isEmpty())
        m_sweepTimer.stop();
}

void RestFacade::handle(const httpd::Request &request, const httpd::Responder &responder)
{
    const Exchange ex{request.method, request.target, responder}; // HEAD bodies: the server drops them

    if (m_dropRate > 0 && m_dropRng.generateDouble() < m_dropRate) {
        responder.abort();
        emit requestHandled(ex.method, ex.target, 0);
        return;
    }

    int rejected = 0;
    const QByteArray path = apacheCanonicalPath(request.path, &rejected);
    if (rejected) {
        finish(ex, apachePage(rejected));
        return;
    }
    if (path != kPrefix && !path.startsWith(QByteArray(kPrefix + '/'))) {
        finish(ex, errorPage(404, QStringLiteral("Not Found"))); // not even sipXconfig's servlet
        return;
    }
    // optionsAuthFilter: OPTIONS is answered empty without authentication (§4.2).
    if (request.method == "OPTIONS") {
        httpd::Response r;
        r.status = 200;
        finish(ex, r);
        return;
    }

    const httpd::DigestAuthenticator::AuthCheck auth = m_auth->check(request);
    const bool basic =
        request.header(QByteArrayLiteral("Authorization")).trimmed().toLower().startsWith("basic");
    switch (auth.status) {
    case httpd::DigestAuthenticator::AuthCheck::Ok:
        break;
    case httpd::DigestAuthenticator::AuthCheck::Missing:
        finish(ex, m_auth->challenge(false));
        return;
    case httpd::DigestAuthenticator::AuthCheck::Stale:
        finish(ex, m_auth->challenge(true));
        return;
    case httpd::DigestAuthenticator::AuthCheck::Bad:
        finish(ex, m_auth->challenge(false, basic));
        return;
    }
    const UserAccount *user = m_scenario->findLogin(auth.user);
    if (!user) {
        finish(ex, m_auth->challenge(false, basic));
        return;
    }

    // Restlet routes, starts-with matching, variables are raw segments (§2, §3.1).
    const QList<QByteArray> seg = path.mid(kPrefix.size()).split('/');
    const auto at = [&seg](qsizetype i) { return i < seg.size() ? seg.at(i) : QByteArray(); };
    if (at(1) == "my") {
        if (at(2) == "conferences") {
            if (!at(3).isEmpty())
                conferenceSettings(ex, request, at(3));
            else
                conferenceList(ex, request, *user);
            return;
        }
        if (at(2) == "conference" && !at(3).isEmpty() && !at(4).isEmpty()) {
            command(ex, request, *user, at(3), at(4));
            return;
        }
        if (at(2) == "conferencedetails" && !at(3).isEmpty()) {
            details(ex, request, *user, at(3));
            return;
        }
        if (at(2) == "logindetails") {
            loginDetails(ex, request, *user);
            return;
        }
    }
    // The /private/{puk}/... mirrors are not emulated.
    finish(ex, errorPage(404, kNotFoundDescription));
}

const ScenarioConference *RestFacade::ownedConference(const Exchange &ex, const UserAccount &user,
                                                      const QByteArray &confName)
{
    // Command and details resources check in this order (§3.3, §2.4); the caller stops on nullptr.
    const ScenarioConference *conf = m_scenario->findConference(QString::fromUtf8(confName));
    if (!conf) {
        finish(ex, errorPage(404, QStringLiteral("Conference not found")));
        return nullptr;
    }
    if (conf->owner.isEmpty() || conf->owner != user.user) {
        finish(ex, errorPage(403, QStringLiteral("User is not owner of this conference")));
        return nullptr;
    }
    return conf;
}

void RestFacade::command(const Exchange &ex, const httpd::Request &req, const UserAccount &user,
                         const QByteArray &confName, const QByteArray &segment)
{
    // Upstream the bean is modifiable=false: only GET (and HEAD) pass Restlet's Finder (§0, §4.1).
    const bool putAllowed = m_methodPolicy == MethodPolicyMode::Both;
    const bool allowed = req.method == "GET" || req.method == "HEAD" || (putAllowed && req.method == "PUT");
    if (!allowed) {
        finish(ex, methodNotAllowed(putAllowed ? QByteArrayLiteral("GET, HEAD, PUT")
                                               : QByteArrayLiteral("GET, HEAD")));
        return;
    }
    if (negotiate(req.header(QByteArrayLiteral("Accept")), {QByteArrayLiteral("text/*")}) < 0) {
        finish(ex, errorPage(406, kNotAcceptableDescription)); // variants text/* only (§2.3)
        return;
    }
    // Order of checks (§3.3).
    const ScenarioConference *conf = ownedConference(ex, user, confName);
    if (!conf)
        return;
    const QList<QByteArray> tokens = splitCommand(segment);
    if (tokens.isEmpty()) {
        finish(ex, errorPage(400, QStringLiteral("No conference command specified")));
        return;
    }
    runCommand(ex, *conf, tokens);
}

} // namespace sim
