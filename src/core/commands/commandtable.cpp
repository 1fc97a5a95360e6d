// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The rows of the command table: the commands (what is sent) and the console words (what is typed).
#include "core/commands/commandtable.h"

#include "core/commands/commandvalidation.h"

#include <algorithm>
#include <iterator>

namespace cc::command {

namespace {

namespace commands {

using enum CommandId;
using enum Selector;
using enum Arg;
using enum Rest;
using enum Api;

constexpr quint8 RetryWrites = Retry | Writes;

// One row per CommandId, in enum order. Command words and arguments as in freeswitch-conference.md
// §2 and §3; invite, inviteim and record actions from sipxconfig-conference-rest.md §5. "Retry"
// is off for what must never be sent twice: dialing, inviting, recording, kick, hup, transfer, and
// toggles and one-shot actions (tmute, floor, dtmf, say, saymember, play) whose repetition would
// change the outcome.
// clang-format off
constexpr CommandSpec kSpecs[] = {
//   id               name           lead         selector  arguments                 traits       REST     API
    {BgDial,          u"bgdial",     {},          None,     {DialRequest},            Writes,      Dialing, Tokens},
    {Deaf,            u"deaf",       {},          Member,   {},                       RetryWrites, Plain,   Tokens},
    {Dial,            u"dial",       {},          None,     {DialRequest},            Writes,      Dialing, Tokens},
    {Dtmf,            u"dtmf",       {},          Member,   {DtmfDigits},             Writes,      Plain,   Tokens},
    {Energy,          u"energy",     {},          Member,   {EnergyLevel},            RetryWrites, Plain,   Tokens},
    {Hup,             u"hup",        {},          Member,   {},                       Writes,      Plain,   Tokens},
    {Kick,            u"kick",       {},          Member,   {OptionalFile},           Writes,      Paths,   Tokens},
    {List,            u"list",       {},          None,     {Delimiter},              Retry,       Plain,   Tokens},
    {ListCount,       u"list",       u"count",    None,     {},                       Retry,       Plain,   Tokens},
    {Lock,            u"lock",       {},          None,     {},                       RetryWrites, Plain,   Tokens},
    {Mute,            u"mute",       {},          Member,   {},                       RetryWrites, Plain,   Tokens},
    {NoRecord,        u"norecord",   {},          None,     {RecordingOrAll},         RetryWrites, Paths,   Tokens},
    {NoPin,           u"nopin",      {},          None,     {},                       RetryWrites, Plain,   Tokens},
    {Pin,             u"pin",        {},          None,     {PinDigits},              RetryWrites, Plain,   Tokens},
    {Play,            u"play",       {},          None,     {SoundFile, PlayTarget},  Writes,      Paths,   Tokens},
    {Record,          u"record",     {},          None,     {RecordFile},             Writes,      Refused, Tokens},
    {Relate,          u"relate",     {},          None,     {Relation, Keyword},      RetryWrites, Plain,   Tokens},
    {RelateList,      u"relate",     {},          None,     {IdsOrAll},               Retry,       Plain,   Tokens},
    {Say,             u"say",        {},          None,     {Text},                   Writes,      Plain,   TextAsOne},
    {SayMember,       u"saymember",  {},          None,     {Listener, Text},         Writes,      Plain,   TextAsOne},
    {Stop,            u"stop",       {},          None,     {StopMode, MemberId},     RetryWrites, Plain,   Tokens},
    {Transfer,        u"transfer",   {},          None,     {Conference, MemberIds},  Writes,      Plain,   Tokens},
    {Unmute,          u"unmute",     {},          Member,   {},                       RetryWrites, Plain,   Tokens},
    {Undeaf,          u"undeaf",     {},          Member,   {},                       RetryWrites, Plain,   Tokens},
    {Unlock,          u"unlock",     {},          None,     {},                       RetryWrites, Plain,   Tokens},
    {VolumeIn,        u"volume_in",  {},          Member,   {VolumeLevel},            RetryWrites, Plain,   Tokens},
    {VolumeOut,       u"volume_out", {},          Member,   {VolumeLevel},            RetryWrites, Plain,   Tokens},
    {XmlList,         u"xml_list",   {},          None,     {},                       Retry,       Plain,   Tokens},
    {Invite,          u"invite",     {},          None,     {InviteTarget},           Writes,      Sip,     SipXconfig},
    {InviteIm,        u"inviteim",   {},          None,     {ImId},                   Writes,      Plain,   SipXconfig},
    {RecordStart,     u"record",     {},          None,     {},                       Writes,      Plain,   SipXconfig},
    {RecordStop,      u"record",     u"stop",     None,     {},                       Writes,      Plain,   SipXconfig},
    {RecordStatus,    u"record",     u"status",   None,     {},                       0,           Plain,   SipXconfig},
    {RecordDuration,  u"record",     u"duration", None,     {},                       0,           Plain,   SipXconfig},
    {TMute,           u"tmute",      {},          Member,   {},                       Writes,      Plain,   Tokens},
    {Floor,           u"floor",      {},          IdOrLast, {},                       Writes,      Plain,   Tokens},
    {Hold,            u"hold",       {},          Member,   {OptionalFile},           RetryWrites, Paths,   Tokens},
    {Unhold,          u"unhold",     {},          Member,   {},                       RetryWrites, Plain,   Tokens},
    {RecordingPause,  u"recording",  u"pause",    None,     {RecordingFile},          RetryWrites, Paths,   Tokens},
    {RecordingResume, u"recording",  u"resume",   None,     {RecordingFile},          RetryWrites, Paths,   Tokens},
    {RecordingCheck,  u"recording",  u"check",    None,     {},                       Retry,       Plain,   Tokens},
    {Get,             u"get",        {},          None,     {GetParameter},           Retry,       Plain,   Tokens},
    {Set,             u"set",        {},          None,     {SetParameter, SetValue}, RetryWrites, Paths,   Tokens},
    {Count,           u"count",      {},          None,     {},                       Retry,       Plain,   Tokens},
    {SetVar,          u"setvar",     {},          None,     {VariableName, VariableValue}, RetryWrites, Plain, Tokens},
    {GetVar,          u"getvar",     {},          None,     {VariableName},           Retry,       Plain,   Tokens},
    {PlayStatus,      u"play_status", {},         None,     {MemberId},               Retry,       Plain,   Tokens},
};
// clang-format on

constexpr bool specsInIdOrder()
{
    for (std::size_t i = 0; i < std::size(kSpecs); ++i) {
        if (kSpecs[i].id != CommandId(i))
            return false;
    }
    return std::size(kSpecs) == std::size_t(CommandId::Invalid);
}
static_assert(specsInIdOrder(), "kSpecs needs one row per CommandId, in enum order");

} // namespace commands

namespace usage {

// The usage texts of mod_conference 1.10 exactly as it prints them (freeswitch-conference.md §2),
// sorted by command (for one command, recording's "pause <filename>" before pause_play's, which
// is the console's word). The response classifier recognises them; the console shows them as hints.
// clang-format off
constexpr FreeSwitchUsage kUsages[] = {
    {u"agc", u"<member_id|all|last|non_moderator> [<newval>]"},
    {u"auto-3d-position", u"[on|off]"},
    {u"auto-energy", u"<member_id|all|last|non_moderator> [<newval>]"},
    {u"bgdial", u"<endpoint_module_name>/<destination> <callerid number> <callerid name>"},
    {u"canvas-auto-clear", u"<canvas_id> <true|false>"},
    {u"chkrecord", u"<confname>"},
    {u"deaf", u"<[member_id|all]|last|non_moderator>"},
    {u"dial", u"<endpoint_module_name>/<destination> <callerid number> <callerid name>"},
    {u"dtmf", u"<[member_id|all|last|non_moderator]> <digits>"},
    {u"energy", u"<member_id|all|last|non_moderator> [<newval>]"},
    {u"enter_sound", u"on|off|none|file <filename>"},
    {u"exit_sound", u"on|off|none|file <filename>"},
    {u"file-vol", u"<vol#>"},
    {u"file_seek", u"[+-]<val> [<member_id>]"},
    {u"floor", u"<member_id|last>"},
    {u"get", u"<parameter-name>"},
    {u"get-uuid", u"<member_id|last>"},
    {u"getvar", u"<varname>"},
    {u"hold", u"<[member_id|all]|last|non_moderator> [file]"},
    {u"hup", u"<[member_id|all|last|non_moderator]>"},
    {u"json_list", u"[compact]"},
    {u"kick", u"<[member_id|all|last|non_moderator]> [<optional sound file>]"},
    {u"list", u"[delim <string>]|[count]"},
    {u"max-energy", u"<member_id|all|last|non_moderator> [<newval>]"},
    {u"moh", u"<file_path>|toggle|[on|off]"},
    {u"mute", u"<[member_id|all]|last|non_moderator> [<quiet>]"},
    {u"norecord", u"<[filename|all]>"},
    {u"pause", u"<filename>"},
    {u"pause", u"[<member_id>]"},
    {u"pin", u"<pin#>"},
    {u"play", u"<file_path> [async|<member_id> [nomux]]"},
    {u"play_status", u"[<member_id>]"},
    {u"position", u"<member_id> <x>:<y>:<z>"},
    {u"record", u"<filename>"},
    {u"recording", u"[start|stop|check|pause|resume] [<filename>|all]"},
    {u"relate", u"<member_id>[,<member_id>] <other_member_id>[,<other_member_id>] [nospeak|nohear|clear]"},
    {u"resume", u"<filename>"},
    {u"say", u"<text>"},
    {u"saymember", u"<member_id> <text>"},
    {u"set", u"<max_members|sound_prefix|caller_id_name|caller_id_number|endconference_grace_time> <value>"},
    {u"setvar", u"<varname> <value>"},
    {u"stop", u"<[current|all|async|last]> [<member_id>]"},
    {u"tmute", u"<[member_id|all]|last|non_moderator> [<quiet>]"},
    {u"transfer", u"<conference_name> <member id> [...<member id>]"},
    {u"tvblind", u"<[member_id|all]|last|non_moderator> [<quiet>]"},
    {u"tvmute", u"<[member_id|all]|last|non_moderator> [<quiet>]"},
    {u"undeaf", u"<[member_id|all]|last|non_moderator>"},
    {u"unhold", u"<[member_id|all]|last|non_moderator>"},
    {u"unmute", u"<[member_id|all]|last|non_moderator> [<quiet>]"},
    {u"unvblind", u"<[member_id|all]|last|non_moderator> [<quiet>]"},
    {u"unvmute", u"<[member_id|all]|last|non_moderator> [<quiet>]"},
    {u"vblind", u"<[member_id|all]|last|non_moderator> [<quiet>]"},
    {u"vid-bandwidth", u"<BW>"},
    {u"vid-banner", u"<member_id|last> <text>"},
    {u"vid-bgimg", u"<file> | clear [<canvas-id>]"},
    {u"vid-border", u"<[member_id|all|last|non_moderator]>"},
    {u"vid-canvas", u"<member_id|all|last|non_moderator> [<newval>]"},
    {u"vid-codec-group", u"<member_id|last> [<group>|clear]"},
    {u"vid-fgimg", u"<file> | clear [<canvas-id>]"},
    {u"vid-filter", u"<[member_id|all]|last|non_moderator> <string>"},
    {u"vid-flip", u"<[member_id|all|last|non_moderator]>"},
    {u"vid-floor", u"<member_id|last> [force]"},
    {u"vid-fps", u"<fps>"},
    {u"vid-layer", u"<member_id|all|last|non_moderator> [<newval>]"},
    {u"vid-layout", u"<layout name>|group <group name> [<canvas id>]"},
    {u"vid-logo-img", u"<member_id|last> [<path>|clear]"},
    {u"vid-mute-img", u"<member_id|last> [<path>|clear]"},
    {u"vid-personal", u"[on|off]"},
    {u"vid-res", u"<WxH>"},
    {u"vid-res-id", u"<member_id>|all <val>|clear [force]"},
    {u"vid-role-id", u"<member_id|last> <val>|clear"},
    {u"vid-watching-canvas", u"<member_id|all|last|non_moderator> [<newval>]"},
    {u"vid-write-png", u"<path>"},
    {u"vmute", u"<[member_id|all]|last|non_moderator> [<quiet>]"},
    {u"vmute-snap", u"<[member_id|all]|last|non_moderator>"},
    {u"volume_in", u"<member_id|all|last|non_moderator> [<newval>]"},
    {u"volume_out", u"<member_id|all|last|non_moderator> [<newval>]"},
};
// clang-format on

constexpr bool usagesSorted()
{
    return std::is_sorted(
        std::begin(kUsages), std::end(kUsages),
        [](const FreeSwitchUsage &a, const FreeSwitchUsage &b) { return a.command < b.command; });
}
static_assert(usagesSorted(), "freeSwitchSyntax() searches kUsages by command");

} // namespace usage

namespace console {

using enum CommandId;
using enum Read;
using enum Surplus;

// Syntax: empty means FreeSWITCH's usage text (usage::kUsages); a text of its own where the
// console's form differs from it, or sipXconfig defines the word (sipxconfig-conference-rest.md §5).
// Sorted by word. Columns: word, command built, most tokens (-1: any), what more tokens get,
// readings, syntax.
// clang-format off
constexpr ConsoleWord kWords[] = {
    {u"bgdial", BgDial, -1, Any, {DialLine}, u""},
    {u"chkrecord", RecordingCheck, 0, NoArguments, {}, u""},
    {u"count", Count, 0, NoArguments, {}, u""},
    {u"deaf", Deaf, 1, AfterCheck, {Token}, u""},
    {u"dial", Dial, -1, Any, {DialLine}, u""},
    {u"dtmf", Dtmf, 2, TooMany, {Token, Needed}, u""},
    {u"energy", Energy, 2, TooMany, {Token, Token}, u""},
    {u"floor", Floor, 1, AfterCheck, {Token}, u""},
    {u"get", Get, 1, Usage, {Needed}, u""},
    {u"getvar", GetVar, 1, Usage, {Needed}, u""},
    {u"hold", Hold, 2, AfterCheck, {Token, Token}, u""},
    {u"hup", Hup, 1, AfterCheck, {Token}, u""},
    // sipXconfig wants exactly one argument (sipxconfig-conference-rest.md §3.3).
    {u"invite", Invite, 1, Usage, {Needed}, u"<extension|user|number|sip-address>"},
    {u"inviteim", InviteIm, 1, Usage, {Needed}, u"<im-id>"},
    {u"kick", Kick, 2, AfterCheck, {Token, Token}, u""},
    {u"list", List, -1, Any, {Verb}, u""},
    {u"lock", Lock, 0, NoArguments, {}, u""},
    {u"mute", Mute, 1, AfterCheck, {Token}, u"<[member_id|all]|last|non_moderator>"},
    {u"nopin", NoPin, 0, NoArguments, {}, u""},
    {u"norecord", NoRecord, 1, Usage, {Needed}, u""},
    {u"pause", RecordingPause, 1, Usage, {Needed}, u""},
    {u"pin", Pin, 1, Usage, {Needed}, u""},
    {u"play", Play, 2, TooMany, {Needed, PlayTarget}, u"<file_path> [async|<member_id>]"},
    {u"play_status", PlayStatus, 1, TooMany, {MemberId}, u""},
    {u"record", Record, 1, TooMany, {RecordPath}, u"[start|stop|status|duration] | <filename>"},
    {u"recording", Record, -1, Any, {Verb}, u""},
    {u"relate", Relate, 3, TooMany, {IdList, IdList, RelateFlag}, u""},
    {u"resume", RecordingResume, 1, Usage, {Needed}, u""},
    {u"say", Say, -1, Any, {RestOfLine}, u""},
    {u"saymember", SayMember, -1, Any, {Listener, RestOfLine}, u""},
    {u"set", Set, -1, Any, {Needed, Words}, u""},
    {u"setvar", SetVar, 2, TooMany, {Needed, Token}, u""},
    {u"stop", Stop, 2, TooMany, {OrAll, MemberId}, u"<[current|all|async]> [<member_id>]"},
    {u"tmute", TMute, 1, AfterCheck, {Token}, u"<[member_id|all]|last|non_moderator>"},
    {u"transfer", Transfer, -1, Any, {Needed, MemberIds}, u""},
    {u"undeaf", Undeaf, 1, AfterCheck, {Token}, u""},
    {u"unhold", Unhold, 1, AfterCheck, {Token}, u""},
    {u"unlock", Unlock, 0, NoArguments, {}, u""},
    {u"unmute", Unmute, 1, AfterCheck, {Token}, u"<[member_id|all]|last|non_moderator>"},
    {u"volume_in", VolumeIn, 2, TooMany, {Token, Token}, u""},
    {u"volume_out", VolumeOut, 2, TooMany, {Token, Token}, u""},
    {u"xml_list", XmlList, 0, NoArguments, {}, u""},
};
// clang-format on

constexpr bool wordsSorted()
{
    return std::is_sorted(std::begin(kWords), std::end(kWords),
                          [](const ConsoleWord &a, const ConsoleWord &b) { return a.word < b.word; });
}
static_assert(wordsSorted(), "knownCommands() lists kWords in order, which must be sorted");

// Words whose first token (or token count) picks another command. sipXconfig compares its record
// actions exactly (sipxconfig-conference-rest.md §5.4); "record stop x" is refused as too many
// tokens by the word itself.
// clang-format off
constexpr ConsoleForm kForms[] = {
//   word          keyword      case                 command          min max reads
    {u"list",      {},          Qt::CaseInsensitive, List,            0,  0,  {}},
    {u"list",      u"count",    Qt::CaseInsensitive, ListCount,       0,  0,  {}},
    {u"list",      u"delim",    Qt::CaseInsensitive, List,            1,  1,  {Needed}},
    // A single "record" token means start on every version (§5.4).
    {u"record",    {},          Qt::CaseSensitive,   RecordStart,     0,  0,  {}},
    {u"record",    u"start",    Qt::CaseSensitive,   RecordStart,     0,  0,  {}},
    {u"record",    u"stop",     Qt::CaseSensitive,   RecordStop,      0,  0,  {}},
    {u"record",    u"status",   Qt::CaseSensitive,   RecordStatus,    0,  0,  {}},
    {u"record",    u"duration", Qt::CaseSensitive,   RecordDuration,  0,  0,  {}},
    {u"recording", u"check",    Qt::CaseInsensitive, RecordingCheck,  0,  0,  {}},
    {u"recording", u"start",    Qt::CaseInsensitive, Record,          1,  1,  {Needed}},
    {u"recording", u"stop",     Qt::CaseInsensitive, NoRecord,        0,  1,  {OrAll}},
    {u"recording", u"pause",    Qt::CaseInsensitive, RecordingPause,  1,  1,  {Needed}},
    {u"recording", u"resume",   Qt::CaseInsensitive, RecordingResume, 1,  1,  {Needed}},
    // "relate" alone or with one id list only lists relationships (§7.3).
    {u"relate",    {},          Qt::CaseInsensitive, RelateList,      0,  1,  {IdsOrAll}},
};
// clang-format on

} // namespace console

using commands::kSpecs;
using console::kForms;
using console::kWords;

// The argument kinds: how many inputs each takes and its check (commandvalidation.cpp).
using Check = QString (*)(const QStringList &in, QStringList &out);

struct Rule
{
    Arg kind;
    int inputs; ///< -1: all that are left
    Check check;
};

constexpr Rule kRules[] = {
    {Arg::End, 0, nullptr},
    {Arg::EnergyLevel, 1, &checkEnergyLevel},
    {Arg::VolumeLevel, 1, &checkVolumeLevel},
    {Arg::DtmfDigits, 1, &checkDtmfDigits},
    {Arg::Text, 1, &checkSpeechText},
    {Arg::Listener, 1, &checkListener},
    {Arg::SoundFile, 1, &checkSoundFile},
    {Arg::PlayTarget, 2, &checkPlayTarget},
    {Arg::StopMode, 1, &checkStopMode},
    {Arg::MemberId, 1, &checkMemberId},
    {Arg::Conference, 1, &checkConferenceName},
    {Arg::MemberIds, 1, &checkTransferIds},
    {Arg::Relation, 2, &checkRelation},
    {Arg::Keyword, 1, &checkKeyword},
    {Arg::IdsOrAll, 1, &checkIdsOrAll},
    {Arg::PinDigits, 1, &checkPin},
    {Arg::Delimiter, 1, &checkDelimiter},
    {Arg::RecordFile, 1, &checkRecordFile},
    {Arg::RecordingOrAll, 1, &checkRecordingOrAll},
    {Arg::RecordingFile, 1, &checkRecordingFile},
    {Arg::DialRequest, -1, &checkDialRequest},
    {Arg::InviteTarget, 1, &checkInviteTarget},
    {Arg::ImId, 1, &checkImId},
    {Arg::GetParameter, 1, &checkGetParameter},
    {Arg::SetParameter, 1, &checkSetParameter},
    {Arg::SetValue, 1, &checkSetValue},
    {Arg::OptionalFile, 1, &checkOptionalFile},
    {Arg::VariableName, 1, &checkVariableName},
    {Arg::VariableValue, 1, &checkVariableValue},
};

constexpr bool rulesInKindOrder()
{
    for (std::size_t i = 0; i < std::size(kRules); ++i) {
        if (kRules[i].kind != Arg(i))
            return false;
    }
    return std::size(kRules) == std::size_t(Arg::VariableValue) + 1;
}
static_assert(rulesInKindOrder(), "kRules needs one row per Arg, in enum order");

} // namespace

const CommandSpec *spec(CommandId id)
{
    const auto i = std::size_t(id);
    return i < std::size(kSpecs) ? &kSpecs[i] : nullptr;
}

std::span<const FreeSwitchUsage> freeSwitchUsages()
{
    return usage::kUsages;
}

std::u16string_view freeSwitchSyntax(std::u16string_view command)
{
    const auto it =
        std::lower_bound(std::begin(usage::kUsages), std::end(usage::kUsages), command,
                         [](const FreeSwitchUsage &u, std::u16string_view c) { return u.command < c; });
    return it != std::end(usage::kUsages) && it->command == command ? it->syntax : std::u16string_view();
}

std::u16string_view syntaxOf(const ConsoleWord &word)
{
    if (word.maxTokens == 0)
        return {}; // the console's form takes no arguments (chkrecord names the conference itself)
    return word.syntax.empty() ? freeSwitchSyntax(word.word) : word.syntax;
}

std::span<const ConsoleWord> consoleWords()
{
    return kWords;
}

const ConsoleWord *consoleWord(QStringView word)
{
    const auto it = std::find_if(std::begin(kWords), std::end(kWords),
                                 [word](const ConsoleWord &w) { return toView(w.word) == word; });
    return it == std::end(kWords) ? nullptr : it;
}

std::span<const ConsoleForm> consoleForms(QStringView word)
{
    const auto matches = [word](const ConsoleForm &f) { return toView(f.word) == word; };
    const auto first = std::find_if(std::begin(kForms), std::end(kForms), matches);
    const auto last = std::find_if_not(first, std::end(kForms), matches);
    return {first, last};
}

int inputCount(Arg kind)
{
    return kRules[std::size_t(kind)].inputs;
}

QString checkArgument(Arg kind, const QStringList &in, QStringList &out)
{
    const Check check = kRules[std::size_t(kind)].check;
    return check ? check(in, out) : QString();
}

} // namespace cc::command
