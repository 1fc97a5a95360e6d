// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/membername.h"

#include <QCoreApplication>

namespace cc {

namespace {

/// Gives tr() the context "cc::MemberName", which lupdate reads from the macro.
struct MemberName
{
    Q_DECLARE_TR_FUNCTIONS(cc::MemberName)
};

} // namespace

QString memberDisplayName(const QString &callerIdName, const QString &callerIdNumber, quint32 memberId)
{
    if (!callerIdName.isEmpty())
        return callerIdName;
    if (!callerIdNumber.isEmpty())
        return callerIdNumber;
    return memberLabel(memberId);
}

QString memberDisplayName(const Participant &member)
{
    return memberDisplayName(member.callerIdName, member.callerIdNumber, member.id);
}

QString memberLabel(const Participant &member)
{
    if (member.callerIdName.isEmpty() && member.callerIdNumber.isEmpty())
        return memberLabel(member.id);
    return MemberName::tr("%1 (%2)", "a member's name, then the member id")
        .arg(memberDisplayName(member))
        .arg(member.id);
}

QString memberLabel(quint32 memberId)
{
    return MemberName::tr("Member %1", "a member known only by id").arg(memberId);
}

} // namespace cc
