// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandtransport.h"

#include <QRegularExpression>

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
