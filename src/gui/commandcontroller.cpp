// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandcontroller.h"

#include "core/conferencepoller.h"
#include "core/restclient.h"

namespace gui {

CommandController::CommandController(cc::RestClient *client, const QString &conference,
                                     cc::ConferencePoller *poller, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_conference(conference)
    , m_poller(poller)
{}

bool CommandController::send(const cc::ConferenceCommand &command, Done done)
{
    return dispatch(command, false, std::move(done));
}

bool CommandController::query(const cc::ConferenceCommand &command, Done done)
{
    return dispatch(command, true, std::move(done));
}

bool CommandController::dispatch(const cc::ConferenceCommand &command, bool quiet, Done done)
{
    if (!command.isValid()) {
        const QString reason = command.error().isEmpty() ? tr("The command is not valid.") : command.error();
        emit commandRefused(reason);
        emit message(reason, true);
        return false;
    }
    const std::optional<QString> segment = command.restSegment();
    if (!segment) {
        // sipxconfig-conference-rest.md §3.5: '/', '&', '?', '#', '%' cannot cross the route.
        const QString reason = command.restError();
        emit commandRefused(reason);
        emit message(reason, true);
        return false;
    }
    ++m_pending;
    m_client->runCommand(
        m_conference, *segment, command.isRetryable(), this,
        [this, command, quiet, done = std::move(done), segment = *segment](const cc::RestResult &result) {
            --m_pending;
            const cc::CommandOutcome outcome = cc::classifyCommandResponse(result, segment);
            if (!quiet) {
                emit message(describeOutcome(command, outcome), !outcome.ok());
                emit commandFinished(command, outcome);
                // Show what the server really did (never fake state).
                if (command.changesState() && m_poller)
                    m_poller->pollNow();
            }
            if (done)
                done(outcome);
        });
    return true;
}

QString CommandController::describeOutcome(const cc::ConferenceCommand &command,
                                           const cc::CommandOutcome &outcome)
{
    const QString payload = outcome.payload.trimmed();
    if (outcome.ok())
        return payload.isEmpty() ? tr("%1: done").arg(command.name()) : payload;
    QString text = outcome.message.isEmpty() ? tr("%1 failed").arg(command.name()) : outcome.message;
    if (outcome.kind == cc::ResponseKind::FreeSwitchError && !payload.isEmpty() && !text.contains(payload))
        text = payload + QStringLiteral(" — ") + text;
    if (!outcome.detail.isEmpty() && !text.contains(outcome.detail))
        text += QStringLiteral(" (") + outcome.detail + QLatin1Char(')');
    return text;
}

} // namespace gui
