// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The conference variables in which the console keeps a meeting's settings on the switch.
#pragma once

#include "core/model/participant.h"

#include <QString>

#include <optional>

namespace cc::meetingvar {

// Kept with `setvar` (FreeSWITCH 1.10.8 and later, freeswitch-conference.md §3.4): they live as
// long as the conference, show in xml_list's <variables> to every console and to confctl, and
// come back after a console restart. One token each, with no character the sipXconfig route
// refuses, so both transports can write them.
inline constexpr auto WaitingRoom = QLatin1StringView("cc_waiting_room");  ///< "on" while it runs
inline constexpr auto MuteOnEntry = QLatin1StringView("cc_mute_on_entry"); ///< "all" | "callers"
/// In a breakout room: the conference its members came from.
inline constexpr auto BreakoutFrom = QLatin1StringView("cc_breakout_from");
/// In a breakout room: the member ids the console moved into it, "5,6,7".
inline constexpr auto BreakoutMembers = QLatin1StringView("cc_breakout_members");
/// In a breakout room: when the rooms close, seconds since the epoch; "0" for no countdown.
inline constexpr auto BreakoutEnds = QLatin1StringView("cc_breakout_ends");

/// The value of `name` in the snapshot's <variables>, or nullopt when it is not set.
std::optional<QString> value(const ConferenceSnapshot &snapshot, QLatin1StringView name);

/// "5,6,7" -> {5, 6, 7}; anything that is not a positive id is skipped.
QList<quint32> parseIds(const QString &text);
QString joinIds(const QList<quint32> &ids);

} // namespace cc::meetingvar
