// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/conference/commandcontroller.h"

#include "core/commands/commandtransport.h"
#include "core/diagnostics/auditlog.h"
#include "core/model/participantmodel.h"
#include "core/rest/restclient.h"
#include "core/rest/restcommandtransport.h"
#include "core/sources/conferencepoller.h"

#include <QElapsedTimer>

namespace gui {

CommandController::CommandController(cc::RestClient *client, const QString &conference,
                                     cc::ConferencePoller *poller, QObject *parent)
    : QObject(parent)
    , m_transport(new cc::RestCommandTransport(client, this))
    , m_conference(conference)
    , m_poller(poller)
{}

CommandController::CommandController(cc::CommandTransport *transport, const QString &conference,
                                     cc::ConferencePoller *poller, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_conference(conference)
    , m_poller(poller)
{}

void CommandController::setAudit(std::shared_ptr<cc::AuditLog> log, const QString &profile,
                                 const QUrl &serverUrl, const QString &user, cc::ParticipantModel *model)
{
    m_audit = std::move(log);
    m_auditProfile = profile;
    m_auditServer = serverUrl;
    m_auditUser = user;
    m_auditModel = model;
}

void CommandController::audit(const cc::ConferenceCommand &command, const QList<cc::AuditTarget> &targets,
                              const cc::CommandOutcome &outcome, qint64 latencyMs)
{
    if (!m_audit)
        return;
    const bool rest = qobject_cast<cc::RestCommandTransport *>(m_transport.data()) != nullptr;
    cc::RestResult result;
    result.method = outcome.method;
    result.httpStatus = outcome.httpStatus;
    result.latencyMs = latencyMs;
    cc::AuditEntry entry = cc::AuditEntry::make(m_auditProfile, m_auditServer, m_auditUser, m_conference,
                                                command, result, outcome, targets);
    if (!rest) {
        // The event socket has no HTTP method: the command went out as an `api` line
        // (freeswitch-conference.md §9.2), which is what the trail must show.
        entry.method = QStringLiteral("api");
        entry.request = command.apiLine(m_conference);
    }
    QString error;
    if (!m_audit->append(entry, &error))
        emit message(tr("The audit trail could not be written: %1").arg(error), true);
}

bool CommandController::send(const cc::ConferenceCommand &command, Done done)
{
    return dispatch(command, Mode::Interactive, std::move(done));
}

bool CommandController::query(const cc::ConferenceCommand &command, Done done)
{
    return dispatch(command, Mode::Query, std::move(done));
}

bool CommandController::automate(const cc::ConferenceCommand &command, Done done)
{
    return dispatch(command, Mode::Automatic, std::move(done));
}

bool CommandController::dispatch(const cc::ConferenceCommand &command, Mode mode, Done done)
{
    if (!command.isValid()) {
        const QString reason = command.error().isEmpty() ? tr("The command is not valid.") : command.error();
        emit commandRefused(reason);
        emit message(reason, true);
        return false;
    }
    if (!m_transport) {
        const QString reason = tr("The connection to the server is closed.");
        emit commandRefused(reason);
        emit message(reason, true);
        return false;
    }
    // REST: '/', '&', '?', '#', '%' cannot cross the route (sipxconfig-conference-rest.md §3.5).
    // Event socket: sipXconfig services (record&start, invite) do not exist there.
    const QString reason = m_transport->refusalReason(command);
    if (!reason.isEmpty()) {
        emit commandRefused(reason);
        emit message(reason, true);
        return false;
    }
    ++m_pending;
    // Targets as the moderator saw them when the command left (the member may be gone after).
    QList<cc::AuditTarget> targets;
    if (m_audit && m_auditModel)
        targets = cc::AuditEntry::targetsFor(command, m_auditModel->snapshot());
    QElapsedTimer clock;
    clock.start();
    m_transport->run(
        m_conference, command, this,
        [this, command, mode, targets, clock, done = std::move(done)](const cc::CommandOutcome &outcome) {
            --m_pending;
            audit(command, targets, outcome, clock.elapsed());
            if (mode != Mode::Query) {
                if (mode == Mode::Interactive || !outcome.ok())
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
