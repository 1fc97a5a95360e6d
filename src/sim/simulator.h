// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/engineconfig.h" // ActivityConfig
#include "sim/scenario.h"     // UserAccount

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

namespace sim {

enum class MethodPolicyMode { Both, Upstream };                     // Upstream: PUT on commands -> 405
enum class BackendFault { None, Error, Empty, Timeout, Exception }; // --fail-backend

struct SimulatorOptions
{
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 0; // 0 = any free port
    bool tls = true;
    QString certFile, keyFile; // empty: self-signed at start
    MethodPolicyMode methodPolicy = MethodPolicyMode::Both;
    /// Digest/Basic realm. Empty: the scenario's "realm" (or example.com when it has none).
    QString realm = QStringLiteral("example.com");
    int nonceLifetimeMs = 10000;
    BackendFault fault = BackendFault::None;
    int latencyMs = 0;
    double dropRate = 0;
    QString
        scenarioFile; // empty: the built-in resources/scenarios/default.json (:/sim/default-scenario.json)
    QStringList loadXmlListFiles; // --load-xml-list
    ActivityConfig activity;      // see engineconfig.h; tests usually set enabled = false
    int ringDelayMs = 1500;
    int eslPort = -1;                                // event socket: -1 = off, 0 = any free port
    QString eslPassword = QStringLiteral("ClueCon"); // freeswitch-conference.md §9
    /// --upstream-esl: the REST facade runs its FreeSWITCH commands on a real switch's event
    /// socket, as sipxrecording does (sipxconfig-conference-rest.md §1). Empty: the engine.
    QString upstreamEslHost;
    quint16 upstreamEslPort = 8021;
    QString upstreamEslPassword = QStringLiteral("ClueCon"); // sipxrecording's hard-coded one (§1)
    /// How long the relay waits for the switch's answer before the facade reports an exception
    /// body (sipxrecording waits 60 s, sipxconfig-conference-rest.md §4.1).
    int upstreamEslTimeoutMs = 60000;
    /// --fail-backend timeout parks requests; one still parked after this is aborted.
    int hangLimitMs = 5 * 60 * 1000;
};

class BridgeEngine;
class EslServer;
class RestFacade;

/// The bridge simulator: a BridgeEngine populated from a scenario, behind an emulation of the
/// sipXconfig conference REST API and an event socket. The one entry the console (--demo) uses:
/// it needs no engine internals, so this header names the engine only by a forward declaration.
///
/// sipXconfig conference REST API (sipxconfig-conference-rest.md) served over HTTP(S).
class Simulator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Simulator)

public:
    explicit Simulator(const SimulatorOptions &options, QObject *parent = nullptr);
    ~Simulator() override;

    bool start(QString *error); // listens; error in plain words on failure
    QUrl baseUrl() const;       // e.g. https://127.0.0.1:PORT/sipxconfig/rest
    QSslCertificate certificate() const;
    QString certificateSha256() const; // lower-case hex
    BridgeEngine *engine() const;
    QList<UserAccount> users() const;
    QStringList conferencesOwnedBy(const QString &user) const;
    void setFault(BackendFault fault);
    void setLatencyMs(int ms);
    void setDropRate(double rate);
    /// Requests parked by the Timeout fault and not yet aborted or abandoned.
    int hungRequestCount() const;

    // --- added ---
    const SimulatorOptions &options() const;
    /// The scenario in use (after --load-xml-list additions and PUT changes).
    const Scenario &scenario() const;
    quint16 port() const;
    /// Port of the event socket (EslServer), 0 when it is off.
    quint16 eslPort() const;
    EslServer *eslServer() const;
    /// Stops listening and drops the open connections.
    void stop();

signals:
    /// Emitted when a response leaves (after any latency). `status` is 0 when the request was
    /// dropped or never answered (dropRate, Timeout fault).
    void requestHandled(const QByteArray &method, const QByteArray &target, int status);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace sim
