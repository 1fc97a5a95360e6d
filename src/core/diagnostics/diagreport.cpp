// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// ConnectionDiagnostics: step names, recording a step's result, and the run's summary.
#include "core/diagnostics/connectiondiagnostics.h"

namespace cc {

namespace {

using Id = DiagnosticStep::Id;
using Status = DiagnosticStep::Status;

} // namespace

QString ConnectionDiagnostics::stepName(DiagnosticStep::Id id)
{
    switch (id) {
    case Id::Dns:
        return tr("Name lookup");
    case Id::Tcp:
        return tr("TCP connection");
    case Id::Tls:
        return tr("TLS certificate");
    case Id::AuthScheme:
        return tr("Authentication offered");
    case Id::Login:
        return tr("User name and password");
    case Id::MethodPolicy:
        return tr("Command method");
    case Id::RoundTrip:
        return tr("Round-trip time");
    case Id::EslAuth:
        return tr("Event socket password");
    }
    return {};
}

void ConnectionDiagnostics::finishStep(Status status, const QString &detail, const QVariantMap &facts)
{
    m_timeout.stop();
    DiagnosticStep step;
    step.id = m_current;
    step.name = stepName(m_current);
    step.status = status;
    step.detail = detail;
    step.ms = m_stepClock.isValid() ? m_stepClock.elapsed() : 0;
    step.facts = facts;
    m_steps.append(step);
    emit stepFinished(step);
}

void ConnectionDiagnostics::skipRemaining(const QString &reason)
{
    const QList<Id> order = stepIds(m_esl);
    for (qsizetype i = order.indexOf(m_current) + 1; i > 0 && i < order.size(); ++i) {
        DiagnosticStep step;
        step.id = order.at(i);
        step.name = stepName(step.id);
        step.status = Status::Skipped;
        step.detail = reason;
        m_steps.append(step);
        emit stepFinished(step);
    }
    m_current = lastStep();
}

void ConnectionDiagnostics::finishRun()
{
    m_running = false;
    ++m_generation;
    cleanupStep();
    DiagnosticsSummary summary;
    summary.steps = m_steps;
    const DiagnosticStep *firstFailure = nullptr;
    const DiagnosticStep *firstWarning = nullptr;
    for (const DiagnosticStep &s : std::as_const(m_steps)) {
        if (s.status == Status::Failed) {
            ++summary.failures;
            if (!firstFailure)
                firstFailure = &s;
        } else if (s.status == Status::Warning) {
            ++summary.warnings;
            if (!firstWarning)
                firstWarning = &s;
        }
    }
    if (firstFailure)
        summary.text = tr("%1 failed: %2").arg(firstFailure->name, firstFailure->detail);
    else if (firstWarning)
        summary.text =
            tr("The connection works, with a warning. %1: %2").arg(firstWarning->name, firstWarning->detail);
    else
        summary.text = tr("All checks passed.");
    emit finished(summary);
}

} // namespace cc
