// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// CommandSender: what the meeting automations share to send commands and say what they sent.
#pragma once

#include "core/commands/commandtransport.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

namespace cc {

/// Sends commands for a meeting automation (waiting room, mute on entry, breakout rooms, time
/// box) through one server's CommandTransport, to any conference of that server, and reports
/// every one of them: the GUI logs and audits them like the moderator's own, confctl prints
/// them. An invalid or refused command is reported with its reason and never sent.
class CommandSender : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommandSender)

public:
    using Done = std::function<void(const CommandOutcome &)>;

    explicit CommandSender(CommandTransport *transport, QObject *parent = nullptr);
    ~CommandSender() override;

    CommandTransport *transport() const { return m_transport; }

    /// Another way to send (the console routes its own conference's commands through its command
    /// controller, for the audit trail and the log). Gets only valid commands the transport can
    /// carry, must call `done` once; returns false to let the sender send it itself.
    using Runner = std::function<bool(const QString &conference, const ConferenceCommand &command, Done done)>;
    void setRunner(Runner runner) { m_runner = std::move(runner); }
    /// False when the transport is gone (the server was disconnected).
    bool canSend() const { return !m_transport.isNull(); }

    /// Runs `command` on `conference`; `done` (optional) gets the outcome after commandFinished.
    void send(const QString &conference, const ConferenceCommand &command, Done done = {});

signals:
    /// Every command, sent or refused, with its outcome (a refusal is a FreeSwitchError outcome
    /// whose message says why nothing was sent).
    void commandFinished(const QString &conference, const cc::ConferenceCommand &command,
                         const cc::CommandOutcome &outcome);

private:
    QPointer<CommandTransport> m_transport;
    Runner m_runner;
};

} // namespace cc
