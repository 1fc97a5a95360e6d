// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpd/httpserver.h"
#include "sim/simulator.h"
#include "sim/upstreambackend.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QRandomGenerator>
#include <QTimer>

#include <functional>
#include <memory>

namespace httpd {
class DigestAuthenticator;
}

namespace sim {

class BridgeEngine;
class Scenario;
struct ScenarioConference;

/// The sipXconfig side of the bridge (sipxconfig-conference-rest.md): Apache's path handling,
/// Spring Security authentication, the Restlet routes and resources, and the sipxrecording
/// command servlet in front of the engine. Plus fault injection for the console's tests.
class RestFacade final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RestFacade)

public:
    /// `engine` and `scenario` must outlive the facade; PUT /my/conferences/{name} edits `scenario`.
    RestFacade(BridgeEngine *engine, Scenario *scenario, QObject *parent = nullptr);
    ~RestFacade() override;

    void setRealm(const QString &realm);
    void setNonceLifetimeMs(int ms);
    void setMethodPolicy(MethodPolicyMode mode);
    void setFault(BackendFault fault);
    void setLatencyMs(int ms);
    /// Probability of closing the connection without an answer; `seed` makes it repeatable.
    void setDropRate(double rate, quint32 seed);
    void setDropRate(double rate);

    /// Runs the FreeSWITCH api lines on `backend` (a real switch, UpstreamEsl) instead of the
    /// engine. The facade's own checks, wrappers and error bodies stay as they are.
    void setUpstream(std::unique_ptr<ApiBackend> backend);
    bool isUpstream() const { return m_upstream; }

    /// How long an unanswered request (Timeout fault) is kept before its connection is closed.
    void setHangLimitMs(int ms);
    int hungRequestCount() const;

    /// The httpd::Server handler.
    void handle(const httpd::Request &request, const httpd::Responder &responder);

signals:
    void requestHandled(const QByteArray &method, const QByteArray &target, int status);

private:
    struct Exchange
    {
        QByteArray method;
        QByteArray target;
        httpd::Responder responder;
    };
    struct Hung
    {
        Exchange exchange;
        QElapsedTimer age;
    };

    // restfacade.cpp: delivery, faults, routing and the checks of the command route
    void finish(const Exchange &ex, httpd::Response response);
    void hang(const Exchange &ex);
    void sweepHung();
    /// 404 / 403 answered here; nullptr then.
    const ScenarioConference *ownedConference(const Exchange &ex, const UserAccount &user,
                                              const QByteArray &confName);
    void command(const Exchange &ex, const httpd::Request &req, const UserAccount &user,
                 const QByteArray &confName, const QByteArray &segment);

    // facadecommands.cpp: a checked command; `tokens` is never empty
    /// sipxrecording's ESL call of `line` (§1): `onOutput` gets the api text; a failure is
    /// answered here as the servlet answers it (§4.1).
    void servletApi(const Exchange &ex, const QString &line,
                    std::function<void(const QByteArray &)> onOutput);
    void runCommand(const Exchange &ex, const ScenarioConference &conf, const QList<QByteArray> &tokens);
    void invite(const Exchange &ex, const ScenarioConference &conf, const QList<QByteArray> &tokens);

    // facaderecord.cpp
    void record(const Exchange &ex, const ScenarioConference &conf, const QList<QByteArray> &tokens);
    void watchRecordings();

    // facaderesources.cpp
    /// GET/HEAD of an XML/JSON resource: 405 (with `allow`) and 406 answered here, false then.
    bool negotiateRead(const Exchange &ex, const httpd::Request &req, const QByteArray &allow, bool *json);
    void conferenceList(const Exchange &ex, const httpd::Request &req, const UserAccount &user);
    void conferenceSettings(const Exchange &ex, const httpd::Request &req, const QByteArray &name);
    void details(const Exchange &ex, const httpd::Request &req, const UserAccount &user,
                 const QByteArray &confName);
    void loginDetails(const Exchange &ex, const httpd::Request &req, const UserAccount &user);

    BridgeEngine *m_engine;
    Scenario *m_scenario;
    std::unique_ptr<ApiBackend> m_backend; ///< the engine, or the upstream switch
    bool m_upstream = false;
    /// Upstream only: recordings record&start began, by conference (record&status/duration).
    QHash<QString, QElapsedTimer> m_upstreamRecordings;
    std::unique_ptr<httpd::DigestAuthenticator> m_auth;
    MethodPolicyMode m_methodPolicy = MethodPolicyMode::Both;
    BackendFault m_fault = BackendFault::None;
    int m_latencyMs = 0;
    double m_dropRate = 0;
    QRandomGenerator m_dropRng{1};
    int m_hangLimitMs = 5 * 60 * 1000;
    QList<Hung> m_hung;
    QTimer m_sweepTimer;
};

} // namespace sim
