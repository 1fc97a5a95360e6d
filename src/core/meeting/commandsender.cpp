// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/meeting/commandsender.h"

#include <QTimer>

namespace cc {

CommandSender::CommandSender(CommandTransport *transport, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
{}

CommandSender::~CommandSender() = default;

void CommandSender::send(const QString &conference, const ConferenceCommand &command, Done done)
{
    auto finish = [this, conference, command, done = std::move(done)](const CommandOutcome &outcome) {
        emit commandFinished(conference, command, outcome);
        if (done)
            done(outcome);
    };
    QString refusal;
    if (!command.isValid())
        refusal = command.error();
    else if (!m_transport)
        refusal = tr("The connection to the server is closed; “%1” was not sent.").arg(command.name());
    else
        refusal = m_transport->refusalReason(command);
    if (!refusal.isEmpty()) {
        // Asynchronous like every other outcome, so callers never re-enter themselves.
        const CommandOutcome outcome = CommandTransport::refusal(refusal);
        QTimer::singleShot(0, this, [finish, outcome] { finish(outcome); });
        return;
    }
    if (m_runner && m_runner(conference, command, finish))
        return;
    m_transport->run(conference, command, this, finish);
}

} // namespace cc
