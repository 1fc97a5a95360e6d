// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The seam between the sipXconfig facade and whatever runs its FreeSWITCH api lines: the
// built-in BridgeEngine (EngineApiBackend) or a real switch's event socket (UpstreamEsl).

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>

namespace sim {

class BridgeEngine;

/// What one FreeSWITCH api line produced, as sipxrecording's ESL call sees it
/// (sipxconfig-conference-rest.md §1).
struct ApiResult
{
    enum class Status {
        Ok,          ///< `output` is the api/response text, verbatim
        Unreachable, ///< no ESL session: refused, lost, or the password was rejected
        Timeout      ///< connected, but no answer within sipxrecording's 60 s
    };
    Status status = Status::Ok;
    QByteArray output;
    QString error; ///< plain words when status != Ok (logs, tests)

    bool ok() const { return status == Status::Ok; }
};

/// Runs FreeSWITCH api lines such as "conference sales mute 5" for the REST facade.
class ApiBackend
{
public:
    using Callback = std::function<void(const ApiResult &result)>;

    virtual ~ApiBackend() = default;
    /// Asynchronous; `done` is called exactly once unless `context` is destroyed first.
    virtual void api(const QString &line, QObject *context, Callback done) = 0;
};

/// The built-in engine behind the seam: every line answers Ok with the engine's bytes.
class EngineApiBackend final : public ApiBackend
{
public:
    explicit EngineApiBackend(BridgeEngine *engine);
    void api(const QString &line, QObject *context, Callback done) override;

private:
    BridgeEngine *m_engine;
};

} // namespace sim
