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
    {Kick,            u"kick",       {},          Member,   {},                       Writes,      Plain,   Tokens},
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
    {Hold,            u"hold",       {},          Member,   {},                       RetryWrites, Plain,   Tokens},
    {Unhold,          u"unhold",     {},          Member,   {},                       RetryWrites, Plain,   Tokens},
    {RecordingPause,  u"recording",  u"pause",    None,     {RecordingFile},          RetryWrites, Paths,   Tokens},
    {RecordingResume, u"recording",  u"resume",   None,     {RecordingFile},          RetryWrites, Paths,   Tokens},
    {RecordingCheck,  u"recording",  u"check",    None,     {},                       Retry,       Plain,   Tokens},
    {Get,             u"get",        {},          None,     {GetParameter},           Retry,       Plain,   Tokens},
    {Set,             u"set",        {},          None,     {SetParameter, SetValue}, RetryWrites, Paths,   Tokens},
    {Count,           u"count",      {},          None,     {},                       Retry,       Plain,   Tokens},
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

namespace console {

using enum CommandId;
using enum Read;
using enum Surplus;

// Syntax texts exactly as FreeSWITCH prints them (freeswitch-conference.md §2); sipXconfig-only
// forms (invite, inviteim, record actions) from sipxconfig-conference-rest.md §5. Sorted by word.
// Columns: word, command built, most tokens (-1: any), what more tokens get, readings, syntax.
// clang-format off
constexpr ConsoleWord kWords[] = {
    {u"bgdial", BgDial, -1, Any, {DialLine},
     u"<endpoint_module_name>/<destination> <callerid number> <callerid name>"},
    {u"chkrecord", RecordingCheck, 0, NoArguments, {}, u""},
    {u"count", Count, 0, NoArguments, {}, u""},
    {u"deaf", Deaf, 1, AfterCheck, {Token}, u"<[member_id|all]|last|non_moderator>"},
    {u"dial", Dial, -1, Any, {DialLine},
     u"<endpoint_module_name>/<destination> <callerid number> <callerid name>"},
    {u"dtmf", Dtmf, 2, TooMany, {Token, Needed}, u"<[member_id|all|last|non_moderator]> <digits>"},
    {u"energy", Energy, 2, TooMany, {Token, Token}, u"<member_id|all|last|non_moderator> [<newval>]"},
    {u"floor", Floor, 1, AfterCheck, {Token}, u"<member_id|last>"},
    {u"get", Get, 1, Usage, {Needed}, u"<parameter-name>"},
    {u"hold", Hold, 1, AfterCheck, {Token}, u"<[member_id|all]|last|non_moderator>"},
    {u"hup", Hup, 1, AfterCheck, {Token}, u"<[member_id|all|last|non_moderator]>"},
    // sipXconfig wants exactly one argument (sipxconfig-conference-rest.md §3.3).
    {u"invite", Invite, 1, Usage, {Needed}, u"<extension|user|number|sip-address>"},
    {u"inviteim", InviteIm, 1, Usage, {Needed}, u"<im-id>"},
    {u"kick", Kick, 1, AfterCheck, {Token}, u"<[member_id|all|last|non_moderator]>"},
    {u"list", List, -1, Any, {Verb}, u"[delim <string>]|[count]"},
    {u"lock", Lock, 0, NoArguments, {}, u""},
    {u"mute", Mute, 1, AfterCheck, {Token}, u"<[member_id|all]|last|non_moderator>"},
    {u"nopin", NoPin, 0, NoArguments, {}, u""},
    {u"norecord", NoRecord, 1, Usage, {Needed}, u"<[filename|all]>"},
    {u"pause", RecordingPause, 1, Usage, {Needed}, u"<filename>"},
    {u"pin", Pin, 1, Usage, {Needed}, u"<pin#>"},
    {u"play", Play, 2, TooMany, {Needed, PlayTarget}, u"<file_path> [async|<member_id>]"},
    {u"record", Record, 1, TooMany, {RecordPath}, u"[start|stop|status|duration] | <filename>"},
    {u"recording", Record, -1, Any, {Verb}, u"[start|stop|check|pause|resume] [<filename>|all]"},
    {u"relate", Relate, 3, TooMany, {IdList, IdList, RelateFlag},
     u"<member_id>[,<member_id>] <other_member_id>[,<other_member_id>] [nospeak|nohear|clear]"},
    {u"resume", RecordingResume, 1, Usage, {Needed}, u"<filename>"},
    {u"say", Say, -1, Any, {RestOfLine}, u"<text>"},
    {u"saymember", SayMember, -1, Any, {Listener, RestOfLine}, u"<member_id> <text>"},
    {u"set", Set, -1, Any, {Needed, Words},
     u"<max_members|sound_prefix|caller_id_name|caller_id_number|endconference_grace_time> <value>"},
    {u"stop", Stop, 2, TooMany, {OrAll, MemberId}, u"<[current|all|async]> [<member_id>]"},
    {u"tmute", TMute, 1, AfterCheck, {Token}, u"<[member_id|all]|last|non_moderator>"},
    {u"transfer", Transfer, -1, Any, {Needed, MemberIds}, u"<conference_name> <member id> [...<member id>]"},
    {u"undeaf", Undeaf, 1, AfterCheck, {Token}, u"<[member_id|all]|last|non_moderator>"},
    {u"unhold", Unhold, 1, AfterCheck, {Token}, u"<[member_id|all]|last|non_moderator>"},
    {u"unlock", Unlock, 0, NoArguments, {}, u""},
    {u"unmute", Unmute, 1, AfterCheck, {Token}, u"<[member_id|all]|last|non_moderator>"},
    {u"volume_in", VolumeIn, 2, TooMany, {Token, Token}, u"<member_id|all|last|non_moderator> [<newval>]"},
    {u"volume_out", VolumeOut, 2, TooMany, {Token, Token}, u"<member_id|all|last|non_moderator> [<newval>]"},
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
};

constexpr bool rulesInKindOrder()
{
    for (std::size_t i = 0; i < std::size(kRules); ++i) {
        if (kRules[i].kind != Arg(i))
            return false;
    }
    return std::size(kRules) == std::size_t(Arg::SetValue) + 1;
}
static_assert(rulesInKindOrder(), "kRules needs one row per Arg, in enum order");

} // namespace

const CommandSpec *spec(CommandId id)
{
    const auto i = std::size_t(id);
    return i < std::size(kSpecs) ? &kSpecs[i] : nullptr;
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
