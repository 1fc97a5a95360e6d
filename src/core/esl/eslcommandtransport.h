// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/commands/commandtransport.h"

#include <QPointer>

namespace cc {

class EslClient;

/// Commands over FreeSWITCH's event socket: `api conference <name> <cmd> <args>` with the
/// API-line encoding (freeswitch-conference.md §1.1), so paths and dial strings work here. The
/// api/response body is FreeSWITCH's own output, classified by classifyFreeSwitchOutput().
/// `dial` goes out as `bgapi` (a synchronous dial would block the connection for up to 60 s,
/// §9.2, §11.8) and completes with its BACKGROUND_JOB. sipXconfig-only commands (invite,
/// inviteim, record&...) are refused.
class EslCommandTransport final : public CommandTransport
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EslCommandTransport)

public:
    explicit EslCommandTransport(EslClient *client, QObject *parent = nullptr);
    ~EslCommandTransport() override;

    void run(const QString &conference, const ConferenceCommand &command, QObject *context,
             Done done) override;
    QString refusalReason(const ConferenceCommand &command) const override;
    bool supportsPush() const override;
    QString displayName() const override;
    EslClient *client() const { return m_client; }

signals:
    /// Every command sent on the socket, once answered (or failed): the API line as sent, the
    /// outcome and the time between (the request log shows them as it shows REST exchanges).
    void commandFinished(const cc::ConferenceCommand &command, const QString &apiLine,
                         const cc::CommandOutcome &outcome, qint64 latencyMs);

private:
    void onEvent(const EslEvent &event);

    QPointer<EslClient> m_client;
};

} // namespace cc
