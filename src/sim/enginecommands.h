// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <span>

namespace sim::engine {

/// How the dispatcher hands arguments to a sub-command (freeswitch-conference.md §1.2).
enum class CommandKind { Split, Member, AsOne };

/// One row of mod_conference's conference_api_sub_commands[] (v1.10.12, §2).
struct CommandDef
{
    /// A row whose pcommand is its pname (all but `pause_play`).
    constexpr CommandDef(const char *n, CommandKind k, const char *s)
        : CommandDef(n, n, k, s)
    {}
    constexpr CommandDef(const char *n, const char *p, CommandKind k, const char *s)
        : name(n)
        , pcommand(p)
        , kind(k)
        , syntax(s)
    {}

    const char *name;     ///< pname: what is typed, matched case-insensitively
    const char *pcommand; ///< printed in front of the syntax when a handler fails
    CommandKind kind;
    const char *syntax; ///< psyntax, exactly as FreeSWITCH prints it
};

/// The table in FreeSWITCH order (index 17 is `moh`, index 18 `pause_play`).
std::span<const CommandDef> commandTable();
const CommandDef *findCommand(QByteArrayView name);
/// `conference help`: every "<pcommand> <syntax>" line.
QByteArray helpText();

} // namespace sim::engine
