// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/rest/restclient.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <QVariantMap>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QSslSocket;
class QTcpSocket;

namespace cc {

/// The result of one troubleshooting step.
struct DiagnosticStep
{
    enum class Id { Dns, Tcp, Tls, AuthScheme, Login, MethodPolicy, RoundTrip, EslAuth };
    enum class Status { Ok, Warning, Failed, Skipped };

    Id id = Id::Dns;
    QString name; ///< translated step name ("Name lookup", ...)
    Status status = Status::Skipped;
    QString detail; ///< what was found, in plain words
    qint64 ms = 0;  ///< how long the step took
    /// Machine-readable findings: "addresses", "rttMs", "sha256", "subject", "issuer", "notBefore",
    /// "notAfter", "systemTrusted", "pinned", "schemes", "realm", "qop", "algorithm", "stale",
    /// "httpStatus", "conference", "upstream", "samplesMs", "medianMs".
    QVariantMap facts;
};

struct DiagnosticsSummary
{
    QList<DiagnosticStep> steps;
    int failures = 0;
    int warnings = 0;
    QString text; ///< one sentence: all good, or the first problem

    bool ok() const { return failures == 0; }
};

/// Checks a server configuration step by step for the administrator: name lookup, TCP connect,
/// TLS handshake (certificate chain, fingerprint, trust, pin), the authentication schemes the
/// server offers, the credentials, the command method policy and the round-trip time.
/// Fully asynchronous; every step has its own timeout; a failed step skips the steps that
/// depend on it. The method probe sends PUT .../list&count: it only reads, because on a server
/// that accepts PUT the command runs (sipxconfig-conference-rest.md §0, §3.7).
class ConnectionDiagnostics final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionDiagnostics)

public:
    static constexpr int kDefaultStepTimeoutMs = 10000;
    static constexpr int kRoundTripSamples = 3;

    explicit ConnectionDiagnostics(QObject *parent = nullptr);
    ~ConnectionDiagnostics() override;

    /// Per step (the round-trip step gets it per sample). Also caps the HTTP transfer timeout.
    void setStepTimeoutMs(int ms);
    int stepTimeoutMs() const { return m_stepTimeoutMs; }

    /// Starts a run (a run in progress is cancelled first). Results arrive by signal.
    void start(const ServerConfig &config);
    /// Checks a FreeSWITCH event socket instead: name lookup, TCP connection, then the `auth`
    /// exchange (freeswitch-conference.md §9.1). Steps Dns, Tcp, EslAuth.
    void startEventSocket(const QString &host, quint16 port, const QString &password);
    bool isEventSocketRun() const { return m_esl; }
    /// The steps of a run of that kind, in order.
    static QList<DiagnosticStep::Id> stepIds(bool eventSocket);
    /// Stops a run; no further signals.
    void cancel();
    bool isRunning() const { return m_running; }
    QList<DiagnosticStep> steps() const { return m_steps; }

    static QString stepName(DiagnosticStep::Id id);

signals:
    void stepStarted(cc::DiagnosticStep::Id id, const QString &name);
    void stepFinished(const cc::DiagnosticStep &step);
    void finished(const cc::DiagnosticsSummary &summary);

private:
    void runStep(DiagnosticStep::Id id);
    void finishStep(DiagnosticStep::Status status, const QString &detail, const QVariantMap &facts = {});
    void skipRemaining(const QString &reason);
    void next();
    void finishRun();
    void armTimeout(int ms);
    void onTimeout();
    void cleanupStep();

    void runDns();
    void runTcp();
    void runTls();
    void runAuthScheme();
    void runLogin();
    void runMethodPolicy();
    void probeMethod(const QString &conference);
    void runRoundTrip(QList<qint64> samples);
    void runEslAuth();
    DiagnosticStep::Id lastStep() const;

    ServerConfig m_config;
    QString m_host;
    quint16 m_port = 0;
    bool m_https = false;
    QString m_connectAddress;
    QList<DiagnosticStep> m_steps;
    DiagnosticStep::Id m_current = DiagnosticStep::Id::Dns;
    QElapsedTimer m_stepClock;
    QTimer m_timeout;
    int m_stepTimeoutMs = kDefaultStepTimeoutMs;
    quint64 m_generation = 0; ///< bumps per step; late callbacks of an older step are ignored
    int m_lookupId = -1;
    bool m_running = false;
    bool m_tlsUsable = true;
    bool m_esl = false;
    QString m_eslPassword;
    QPointer<QTcpSocket> m_tcp;
    QPointer<QSslSocket> m_tls;
    QNetworkAccessManager *m_nam = nullptr;
    QPointer<QNetworkReply> m_reply;
    std::unique_ptr<RestClient> m_client;
};

} // namespace cc

Q_DECLARE_METATYPE(cc::DiagnosticStep)
Q_DECLARE_METATYPE(cc::DiagnosticsSummary)
