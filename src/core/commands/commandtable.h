// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The command table behind cc::ConferenceCommand (internal to confcore): one row per command with
// what it sends, which arguments it takes, its properties and its encodings, plus the console words
// parse() understands. Adding a command is adding rows here.

#include "core/commands/conferencecommand.h"

#include <QStringView>

#include <array>
#include <span>
#include <string_view>

namespace cc::command {

/// Which participants the first argument may name (freeswitch-conference.md §1.3).
enum class Selector : quint8 {
    None,
    Member,   ///< id | all | last | non_moderator
    IdOrLast, ///< id | last (floor, §2 row 67)
};

/// What an argument slot holds after the selector. Each kind has one check (commandvalidation.h)
/// that takes its inputs and appends the tokens to send.
enum class Arg : quint8 {
    End,            ///< no further argument
    EnergyLevel,    ///< optional 0..32767 | up | down; a query when left out
    VolumeLevel,    ///< optional -4..4 | up | down; a query when left out
    DtmfDigits,     ///< 0-9 * # A-D w W
    Text,           ///< ARGS_AS_ONE speech text (§1.2)
    Listener,       ///< the member id saymember speaks to
    SoundFile,      ///< file name, absolute path or URL (play)
    PlayTarget,     ///< two inputs: optional member id, optional "async" (not both)
    StopMode,       ///< current | all | async
    MemberId,       ///< optional member id
    Conference,     ///< transfer target: a conference name
    MemberIds,      ///< id,id,... of a transfer (duplicates dropped, at most MaxTransferIds)
    Relation,       ///< two inputs: the ids on both sides of a relationship (id,id,...)
    Keyword,        ///< a word the factory or parser already chose (relate flag), sent as is
    IdsOrAll,       ///< id,id,... of a relate listing; empty lists all
    PinDigits,      ///< digits
    Delimiter,      ///< optional list delimiter, sent as "delim <d>"
    RecordFile,     ///< absolute path to record into
    RecordingOrAll, ///< absolute path of a recording to stop, or all
    RecordingFile,  ///< absolute path of a running recording
    DialRequest,    ///< endpoint, destination, caller-ID number, caller-ID name, then name/value pairs
    InviteTarget,   ///< extension, user, number or SIP address (sipxconfig-conference-rest.md §5.2)
    ImId,           ///< instant-message id (§5.3)
    GetParameter,   ///< a name of ConferenceCommand::getParameters()
    SetParameter,   ///< a name of ConferenceCommand::setParameters()
    SetValue,       ///< the value for the parameter before it
    OptionalFile,   ///< optional file name, absolute path or URL (hold, kick)
    VariableName,   ///< a conference variable name: letters, digits, '_', '-', '.'
    VariableValue,  ///< optional one-token value of a conference variable; empty deletes it
};

/// How the sipXconfig route carries a command (sipxconfig-conference-rest.md §3.5) and what a
/// refusal advises.
enum class Rest : quint8 {
    Plain,   ///< refusals advise removing the character
    Paths,   ///< arguments may be file paths: refusals advise the event socket
    Dialing, ///< refusals advise "invite" instead
    Sip,     ///< reaches sipXconfig's own SIP code, so ';' is sent literally (invite)
    Refused, ///< never over REST: sipXconfig takes the segment for its own action (record <path>)
};

/// The FreeSWITCH API-line form (freeswitch-conference.md §1.1, §1.2).
enum class Api : quint8 {
    Tokens,     ///< every argument is one quoted token
    TextAsOne,  ///< the last argument is ARGS_AS_ONE text, sent verbatim (and with %20 over REST)
    SipXconfig, ///< carried out by sipXconfig itself: no API line
};

enum Trait : quint8 {
    Retry = 1,  ///< safe to send again: idempotent (a relative level step is not, see isRetryable)
    Writes = 2, ///< changes the conference (a level query does not, see changesState)
};

struct CommandSpec
{
    CommandId id;
    std::u16string_view name; ///< command word as sent
    std::u16string_view lead; ///< fixed first argument ("count", "check", "pause"), or empty
    Selector selector;
    std::array<Arg, 2> args; ///< after the selector, in the order they are checked
    quint8 traits;
    Rest rest;
    Api api;

    bool takesLevel() const { return args[0] == Arg::EnergyLevel || args[0] == Arg::VolumeLevel; }
};

inline QString toQString(std::u16string_view s)
{
    return QString::fromUtf16(s.data(), qsizetype(s.size()));
}

inline QStringView toView(std::u16string_view s)
{
    return QStringView(s.data(), qsizetype(s.size()));
}

/// The row of a command; nullptr for CommandId::Invalid.
const CommandSpec *spec(CommandId id);
/// How many inputs an argument kind takes; -1: all that are left.
int inputCount(Arg kind);
/// Checks the inputs of one argument kind, appending the tokens to send to `out`. Returns the error
/// text, empty when they are valid.
QString checkArgument(Arg kind, const QStringList &in, QStringList &out);

/// How the console parser fills the inputs of a command from the typed tokens (commandparse.cpp).
enum class Read : quint8 {
    End,        ///< nothing further to read
    Token,      ///< the next token; empty when missing (the check explains)
    Needed,     ///< the next token; usage text when missing
    OrAll,      ///< the next token, "all" when missing
    Words,      ///< all remaining tokens joined by spaces (a name typed without quotes); at least one
    RestOfLine, ///< the rest of the line as typed (ARGS_AS_ONE text)
    Listener,   ///< a member id as typed before the text (saymember)
    PlayTarget, ///< optional "async" or member id
    MemberId,   ///< optional member id
    MemberIds,  ///< all remaining tokens, each a member id (transfer)
    IdList,     ///< id,id,... (relate)
    IdsOrAll,   ///< optional id,id,... or all (relate listing)
    RelateFlag, ///< nospeak | nohear | nospeak,nohear (or nohear,nospeak, nospeak|nohear) | clear
    RecordPath, ///< an absolute path (record <path>)
    Verb,       ///< a keyword form had to match: usage text
    DialLine,   ///< {k=v,...}endpoint/destination [number [name words]]
};

/// What parse() says when more tokens follow than a word takes.
enum class Surplus : quint8 {
    Any,         ///< no limit
    TooMany,     ///< "Too many arguments." and the usage
    Usage,       ///< the usage alone
    NoArguments, ///< "<word> takes no arguments." and the usage
    AfterCheck,  ///< "Too many arguments." once the arguments that count are valid
};

/// A usage text FreeSWITCH prints when a command's arguments are wrong: "<command> <syntax>"
/// (freeswitch-conference.md §2). A command may have two (`pause` is also pause_play's name).
struct FreeSwitchUsage
{
    std::u16string_view command;
    std::u16string_view syntax;
};

/// Every usage text of mod_conference 1.10, sorted by command.
std::span<const FreeSwitchUsage> freeSwitchUsages();
/// The first usage text of `command`, or an empty view.
std::u16string_view freeSwitchSyntax(std::u16string_view command);

/// One word the console understands, with its syntax and its default reading.
struct ConsoleWord
{
    std::u16string_view word;
    CommandId id;    ///< built by the default reading and named by usage errors
    qint8 maxTokens; ///< -1: any
    Surplus surplus;
    std::array<Read, 3> reads;
    /// Empty: FreeSWITCH's usage text (freeSwitchSyntax()). Set only where the console's form
    /// differs: it accepts less (no quiet flag, no nomux), or sipXconfig defines it (§5).
    std::u16string_view syntax;
};

/// A form of a word picked by its first token and token count, tried before the default reading.
struct ConsoleForm
{
    std::u16string_view word;
    std::u16string_view keyword;     ///< first token that picks the form; empty: none is consumed
    Qt::CaseSensitivity keywordCase; ///< CaseInsensitive compares the token in lower case
    CommandId id;
    qint8 minTokens; ///< after the keyword
    qint8 maxTokens;
    std::array<Read, 3> reads;
};

/// What the console shows as the usage of `word`: its own syntax, else FreeSWITCH's.
std::u16string_view syntaxOf(const ConsoleWord &word);

/// The console words, sorted; the word named `word` (already lower case) or nullptr.
std::span<const ConsoleWord> consoleWords();
const ConsoleWord *consoleWord(QStringView word);
/// The keyword forms of a word, in the order they are tried.
std::span<const ConsoleForm> consoleForms(QStringView word);

} // namespace cc::command
