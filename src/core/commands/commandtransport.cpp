// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/commands/commandtransport.h"

#include <QPointer>
#include <QRegularExpression>
#include <QTimer>

namespace cc {

CommandTransport::CommandTransport(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<cc::EslEvent>();
}

CommandTransport::~CommandTransport() = default;

bool CommandTransport::supportsPush() const
{
    return false;
}

void CommandTransport::deliverLater(QObject *context, const Done &done, const CommandOutcome &outcome)
{
    const QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    QTimer::singleShot(0, this, [guard, hasContext, done, outcome] {
        if ((!hasContext || guard) && done)
            done(outcome);
    });
}

CommandOutcome CommandTransport::refusal(const QString &message)
{
    CommandOutcome o;
    o.kind = ResponseKind::FreeSwitchError;
    o.message = message;
    return o;
}

QString CommandTransport::jobUuidFromOutput(QStringView output)
{
    static const QRegularExpression re(QStringLiteral("Job-UUID:\\s*([0-9A-Za-z-]+)"));
    const auto m = re.match(output);
    return m.hasMatch() ? m.captured(1) : QString();
}

} // namespace cc
