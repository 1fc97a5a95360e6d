// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "enginecommands.h"

namespace sim::engine {

namespace {

constexpr auto S = CommandKind::Split;
constexpr auto M = CommandKind::Member;
constexpr auto A = CommandKind::AsOne;

#define ENERGY_SYNTAX "<member_id|all|last|non_moderator> [<newval>]"
#define MUTE_SYNTAX "<[member_id|all]|last|non_moderator> [<quiet>]"
#define MEMBER_SYNTAX "<[member_id|all|last|non_moderator]>"

// freeswitch-conference.md §2, table order
constexpr CommandDef kTable[] = {
    {"canvas-auto-clear", "canvas-auto-clear", S, "<canvas_id> <true|false>"},
    {"count", "count", S, ""},
    {"list", "list", S, "[delim <string>]|[count]"},
    {"xml_list", "xml_list", S, ""},
    {"json_list", "json_list", S, "[compact]"},
    {"energy", "energy", M, ENERGY_SYNTAX},
    {"auto-energy", "auto-energy", M, ENERGY_SYNTAX},
    {"max-energy", "max-energy", M, ENERGY_SYNTAX},
    {"agc", "agc", M, ENERGY_SYNTAX},
    {"vid-canvas", "vid-canvas", M, ENERGY_SYNTAX},
    {"vid-watching-canvas", "vid-watching-canvas", M, ENERGY_SYNTAX},
    {"vid-layer", "vid-layer", M, ENERGY_SYNTAX},
    {"volume_in", "volume_in", M, "<member_id|all|last|non_moderator> [<newval>]"},
    {"volume_out", "volume_out", M, "<member_id|all|last|non_moderator> [<newval>]"},
    {"position", "position", M, "<member_id> <x>:<y>:<z>"},
    {"auto-3d-position", "auto-3d-position", S, "[on|off]"},
    {"play", "play", S, "<file_path> [async|<member_id> [nomux]]"},
    {"moh", "moh", S, "<file_path>|toggle|[on|off]"},
    {"pause_play", "pause", S, "[<member_id>]"},
    {"play_status", "play_status", S, "[<member_id>]"},
    {"file_seek", "file_seek", S, "[+-]<val> [<member_id>]"},
    {"say", "say", A, "<text>"},
    {"saymember", "saymember", A, "<member_id> <text>"},
    {"cam", "cam", S, ""},
    {"stop", "stop", S, "<[current|all|async|last]> [<member_id>]"},
    {"dtmf", "dtmf", M, "<[member_id|all|last|non_moderator]> <digits>"},
    {"kick", "kick", M, "<[member_id|all|last|non_moderator]> [<optional sound file>]"},
    {"vid-flip", "vid-flip", M, MEMBER_SYNTAX},
    {"vid-border", "vid-border", M, MEMBER_SYNTAX},
    {"hup", "hup", M, MEMBER_SYNTAX},
    {"hold", "hold", M, "<[member_id|all]|last|non_moderator> [file]"},
    {"unhold", "unhold", M, "<[member_id|all]|last|non_moderator>"},
    {"mute", "mute", M, MUTE_SYNTAX},
    {"tmute", "tmute", M, MUTE_SYNTAX},
    {"unmute", "unmute", M, MUTE_SYNTAX},
    {"vmute", "vmute", M, MUTE_SYNTAX},
    {"tvmute", "tvmute", M, MUTE_SYNTAX},
    {"vmute-snap", "vmute-snap", M, "<[member_id|all]|last|non_moderator>"},
    {"unvmute", "unvmute", M, MUTE_SYNTAX},
    {"vblind", "vblind", M, MUTE_SYNTAX},
    {"tvblind", "tvblind", M, MUTE_SYNTAX},
    {"unvblind", "unvblind", M, MUTE_SYNTAX},
    {"deaf", "deaf", M, "<[member_id|all]|last|non_moderator>"},
    {"undeaf", "undeaf", M, "<[member_id|all]|last|non_moderator>"},
    {"vid-filter", "vid-filter", M, "<[member_id|all]|last|non_moderator> <string>"},
    {"relate", "relate", S,
     "<member_id>[,<member_id>] <other_member_id>[,<other_member_id>] [nospeak|nohear|clear]"},
    {"getvar", "getvar", S, "<varname>"},
    {"setvar", "setvar", S, "<varname> <value>"},
    {"lock", "lock", S, ""},
    {"unlock", "unlock", S, ""},
    {"dial", "dial", S, "<endpoint_module_name>/<destination> <callerid number> <callerid name>"},
    {"bgdial", "bgdial", S, "<endpoint_module_name>/<destination> <callerid number> <callerid name>"},
    {"transfer", "transfer", S, "<conference_name> <member id> [...<member id>]"},
    {"record", "record", S, "<filename>"},
    {"chkrecord", "chkrecord", S, "<confname>"},
    {"norecord", "norecord", S, "<[filename|all]>"},
    {"pause", "pause", S, "<filename>"},
    {"resume", "resume", S, "<filename>"},
    {"recording", "recording", S, "[start|stop|check|pause|resume] [<filename>|all]"},
    {"exit_sound", "exit_sound", S, "on|off|none|file <filename>"},
    {"enter_sound", "enter_sound", S, "on|off|none|file <filename>"},
    {"pin", "pin", S, "<pin#>"},
    {"nopin", "nopin", S, ""},
    {"get", "get", S, "<parameter-name>"},
    {"set", "set", S,
     "<max_members|sound_prefix|caller_id_name|caller_id_number|endconference_grace_time> <value>"},
    {"file-vol", "file-vol", S, "<vol#>"},
    {"floor", "floor", M, "<member_id|last>"},
    {"vid-floor", "vid-floor", M, "<member_id|last> [force]"},
    {"vid-banner", "vid-banner", M, "<member_id|last> <text>"},
    {"vid-mute-img", "vid-mute-img", M, "<member_id|last> [<path>|clear]"},
    {"vid-logo-img", "vid-logo-img", M, "<member_id|last> [<path>|clear]"},
    {"vid-codec-group", "vid-codec-group", M, "<member_id|last> [<group>|clear]"},
    {"vid-res-id", "vid-res-id", S, "<member_id>|all <val>|clear [force]"},
    {"vid-role-id", "vid-role-id", M, "<member_id|last> <val>|clear"},
    {"get-uuid", "get-uuid", M, "<member_id|last>"},
    {"clear-vid-floor", "clear-vid-floor", A, ""},
    {"vid-layout", "vid-layout", S, "<layout name>|group <group name> [<canvas id>]"},
    {"vid-write-png", "vid-write-png", S, "<path>"},
    {"vid-fps", "vid-fps", S, "<fps>"},
    {"vid-res", "vid-res", S, "<WxH>"},
    {"vid-fgimg", "vid-fgimg", S, "<file> | clear [<canvas-id>]"},
    {"vid-bgimg", "vid-bgimg", S, "<file> | clear [<canvas-id>]"},
    {"vid-bandwidth", "vid-bandwidth", S, "<BW>"},
    {"vid-personal", "vid-personal", S, "[on|off]"},
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
