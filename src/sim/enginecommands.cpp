// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "enginecommands.h"

namespace sim::engine {

namespace {

constexpr auto S = CommandKind::Split;
constexpr auto M = CommandKind::Member;
constexpr auto A = CommandKind::AsOne;

#define LEVEL_SYNTAX "<member_id|all|last|non_moderator> [<newval>]"
#define MUTE_SYNTAX "<[member_id|all]|last|non_moderator> [<quiet>]"
#define DEAF_SYNTAX "<[member_id|all]|last|non_moderator>"
#define DIAL_SYNTAX "<endpoint_module_name>/<destination> <callerid number> <callerid name>"
#define MEMBER_SYNTAX "<[member_id|all|last|non_moderator]>"

// freeswitch-conference.md §2, table order
constexpr CommandDef kTable[] = {
    {"canvas-auto-clear", S, "<canvas_id> <true|false>"},
    {"count", S, ""},
    {"list", S, "[delim <string>]|[count]"},
    {"xml_list", S, ""},
    {"json_list", S, "[compact]"},
    {"energy", M, LEVEL_SYNTAX},
    {"auto-energy", M, LEVEL_SYNTAX},
    {"max-energy", M, LEVEL_SYNTAX},
    {"agc", M, LEVEL_SYNTAX},
    {"vid-canvas", M, LEVEL_SYNTAX},
    {"vid-watching-canvas", M, LEVEL_SYNTAX},
    {"vid-layer", M, LEVEL_SYNTAX},
    {"volume_in", M, LEVEL_SYNTAX},
    {"volume_out", M, LEVEL_SYNTAX},
    {"position", M, "<member_id> <x>:<y>:<z>"},
    {"auto-3d-position", S, "[on|off]"},
    {"play", S, "<file_path> [async|<member_id> [nomux]]"},
    {"moh", S, "<file_path>|toggle|[on|off]"},
    {"pause_play", "pause", S, "[<member_id>]"},
    {"play_status", S, "[<member_id>]"},
    {"file_seek", S, "[+-]<val> [<member_id>]"},
    {"say", A, "<text>"},
    {"saymember", A, "<member_id> <text>"},
    {"cam", S, ""},
    {"stop", S, "<[current|all|async|last]> [<member_id>]"},
    {"dtmf", M, "<[member_id|all|last|non_moderator]> <digits>"},
    {"kick", M, "<[member_id|all|last|non_moderator]> [<optional sound file>]"},
    {"vid-flip", M, MEMBER_SYNTAX},
    {"vid-border", M, MEMBER_SYNTAX},
    {"hup", M, MEMBER_SYNTAX},
    {"hold", M, "<[member_id|all]|last|non_moderator> [file]"},
    {"unhold", M, DEAF_SYNTAX},
    {"mute", M, MUTE_SYNTAX},
    {"tmute", M, MUTE_SYNTAX},
    {"unmute", M, MUTE_SYNTAX},
    {"vmute", M, MUTE_SYNTAX},
    {"tvmute", M, MUTE_SYNTAX},
    {"vmute-snap", M, DEAF_SYNTAX},
    {"unvmute", M, MUTE_SYNTAX},
    {"vblind", M, MUTE_SYNTAX},
    {"tvblind", M, MUTE_SYNTAX},
    {"unvblind", M, MUTE_SYNTAX},
    {"deaf", M, DEAF_SYNTAX},
    {"undeaf", M, DEAF_SYNTAX},
    {"vid-filter", M, "<[member_id|all]|last|non_moderator> <string>"},
    {"relate", S, "<member_id>[,<member_id>] <other_member_id>[,<other_member_id>] [nospeak|nohear|clear]"},
    {"getvar", S, "<varname>"},
    {"setvar", S, "<varname> <value>"},
    {"lock", S, ""},
    {"unlock", S, ""},
    {"dial", S, DIAL_SYNTAX},
    {"bgdial", S, DIAL_SYNTAX},
    {"transfer", S, "<conference_name> <member id> [...<member id>]"},
    {"record", S, "<filename>"},
    {"chkrecord", S, "<confname>"},
    {"norecord", S, "<[filename|all]>"},
    {"pause", S, "<filename>"},
    {"resume", S, "<filename>"},
    {"recording", S, "[start|stop|check|pause|resume] [<filename>|all]"},
    {"exit_sound", S, "on|off|none|file <filename>"},
    {"enter_sound", S, "on|off|none|file <filename>"},
    {"pin", S, "<pin#>"},
    {"nopin", S, ""},
    {"get", S, "<parameter-name>"},
    {"set", S, "<max_members|sound_prefix|caller_id_name|caller_id_number|endconference_grace_time> <value>"},
    {"file-vol", S, "<vol#>"},
    {"floor", M, "<member_id|last>"},
    {"vid-floor", M, "<member_id|last> [force]"},
    {"vid-banner", M, "<member_id|last> <text>"},
    {"vid-mute-img", M, "<member_id|last> [<path>|clear]"},
    {"vid-logo-img", M, "<member_id|last> [<path>|clear]"},
    {"vid-codec-group", M, "<member_id|last> [<group>|clear]"},
    {"vid-res-id", S, "<member_id>|all <val>|clear [force]"},
    {"vid-role-id", M, "<member_id|last> <val>|clear"},
    {"get-uuid", M, "<member_id|last>"},
    {"clear-vid-floor", A, ""},
    {"vid-layout", S, "<layout name>|group <group name> [<canvas id>]"},
    {"vid-write-png", S, "<path>"},
    {"vid-fps", S, "<fps>"},
    {"vid-res", S, "<WxH>"},
    {"vid-fgimg", S, "<file> | clear [<canvas-id>]"},
    {"vid-bgimg", S, "<file> | clear [<canvas-id>]"},
    {"vid-bandwidth", S, "<BW>"},
    {"vid-personal", S, "[on|off]"},
};

static_assert(std::size(kTable) == 84, "v1.10.12 has 84 conference sub-commands");

} // namespace

std::span<const CommandDef> commandTable()
{
    return kTable;
}

const CommandDef *findCommand(QByteArrayView name)
{
    for (const CommandDef &def : kTable)
        if (name.compare(QByteArrayView(def.name), Qt::CaseInsensitive) == 0)
            return &def;
    return nullptr;
}

QByteArray helpText()
{
    QByteArray out;
    for (const CommandDef &def : kTable) {
        out += "conference <conf_name> ";
        out += def.pcommand;
        out += ' ';
        out += def.syntax;
        out += '\n';
    }
    return out;
}

} // namespace sim::engine
