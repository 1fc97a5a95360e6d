// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/commands/commandresponse.h"
#include "core/commands/conferencecommand.h"
#include "core/esl/eslframe.h"

#include <QObject>
#include <QString>

#include <functional>

namespace cc {

/// How conference commands reach FreeSWITCH: the sipXconfig REST route (RestCommandTransport)
/// or the event socket (EslCommandTransport). The rest of the console does not care which; a
/// command one route cannot carry is refused with a reason, never silently altered.
class CommandTransport : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommandTransport)

public:
    using Done = std::function<void(const CommandOutcome &)>;

    explicit CommandTransport(QObject *parent = nullptr);
    ~CommandTransport() override;

    /// Runs `command` on `conference`; `done` gets exactly one outcome unless `context` dies first.
    virtual void run(const QString &conference, const ConferenceCommand &command, QObject *context,
                     Done done) = 0;
    /// Why this route cannot carry `command` (translated), or empty when it can.
    virtual QString refusalReason(const ConferenceCommand &command) const = 0;
    /// True when state changes arrive as events (eventReceived) instead of only by polling.
    virtual bool supportsPush() const;
    /// "REST" / "event socket", for the status bar and the log.
    virtual QString displayName() const = 0;

    /// The outcome of a refused command: FreeSwitchError kind (nothing was sent), `message` as given.
    static CommandOutcome refusal(const QString &message);
    /// "+OK Job-UUID: <uuid>" (bgdial output, freeswitch-conference.md §3.5) -> the uuid, or empty.
    static QString jobUuidFromOutput(QStringView output);

protected:
    /// Hands `outcome` to `done` on the next event-loop turn (refusals are asynchronous like every
    /// other outcome), unless a non-null `context` died meanwhile.
    void deliverLater(QObject *context, const Done &done, const CommandOutcome &outcome);

signals:
    /// A decoded event (push transports only).
    void eventReceived(const cc::EslEvent &event);
    /// A `bgdial-result` event (freeswitch-conference.md §8.2): `result` is the hangup cause
    /// ("SUCCESS", "USER_BUSY", ...), matched by the Job-UUID the bgdial output named.
    void backgroundDialFinished(const QString &conference, const QString &jobUuid, const QString &result,
                                const QString &peerUuid);
};

} // namespace cc
