// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The one rule for what a member is called: the table, the timeline, the raise-hand queue,
// menus, notifications, reports and confctl all read it from here.
#pragma once

#include "core/model/participant.h"

#include <QString>

namespace cc {

/// The caller-ID name; without one the number; without either "Member 7".
QString memberDisplayName(const QString &callerIdName, const QString &callerIdNumber, quint32 memberId);
QString memberDisplayName(const Participant &member);

/// The display name with the member id, where ids matter (menus, relations, prompts): "Alice (7)".
QString memberLabel(const Participant &member);
/// A member known only by id (gone, or not in the table yet): "Member 7".
QString memberLabel(quint32 memberId);

} // namespace cc
