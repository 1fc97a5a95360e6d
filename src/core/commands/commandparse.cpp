// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// ConferenceCommand::parse(): the console line parser, driven by the console words of the command table.
#include "core/commands/conferencecommand.h"

#include "core/commands/commandtable.h"
#include "core/commands/commandvalidation.h"

#include <QRegularExpression>

#include <algorithm>
#include <iterator>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace cc {

namespace {

using command::Read;
using command::shown;

int editDistance(const QString &a, const QString &b)
{
    QList<int> prev(b.size() + 1), cur(b.size() + 1);
    for (int j = 0; j <= b.size(); ++j)
        prev[j] = j;
    for (int i = 1; i <= a.size(); ++i) {
        cur[0] = i;
        for (int j = 1; j <= b.size(); ++j)
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
        std::swap(prev, cur);
    }
    return prev[b.size()];
}

/// Tokenizes like FreeSWITCH's switch_separate_string (freeswitch-conference.md §1.1): spaces split,
/// single quotes group (and are removed), a backslash escapes the next character.
QStringList splitApiTokens(const QString &line)
{
    QStringList tokens;
    QString cur;
    bool inToken = false;
    bool inQuotes = false;
    for (int i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (c == u'\\' && i + 1 < line.size()) {
            cur += line.at(++i);
            inToken = true;
        } else if (c == u'\'') {
            inQuotes = !inQuotes;
            inToken = true;
        } else if (c.isSpace() && !inQuotes) {
            if (inToken)
                tokens << cur;
            cur.clear();
            inToken = false;
        } else {
            cur += c;
            inToken = true;
        }
    }
    if (inToken)
        tokens << cur;
    return tokens;
}

/// The first word of `text` (captured 1) and what follows the spaces after it (captured 2).
QRegularExpressionMatch firstWord(const QString &text)
{
    static const QRegularExpression re(u"^(\\S+)\\s*(.*)$"_s, QRegularExpression::DotMatchesEverythingOption);
    return re.match(text);
}

/// Where parse() stands in the typed line.
struct Cursor
{
    QStringList tokens; ///< split like FreeSWITCH (§1.1)
    qsizetype next = 0;
    QString raw; ///< the line as typed after the word, for ARGS_AS_ONE commands (§1.2)

    std::optional<QString> take()
    {
        if (next >= tokens.size())
            return std::nullopt;
        return tokens.at(next++);
    }
};

/// A reading that failed: the usage text (after an optional reason) or an error of its own.
struct Failure
{
    bool usage;
    QString text;
};

const Failure kUsage{true, {}};

Failure error(const QString &text)
{
    return {false, text};
}

std::optional<Failure> readIds(const std::optional<QString> &token, QStringList &inputs)
{
    if (!token)
        return kUsage;
    const auto ids = command::parseIdList(*token);
    if (!ids)
        return error(ConferenceCommand::tr("“%1” is not a list of member ids (numbers separated by commas).")
                         .arg(shown(*token)));
    inputs << command::joinIds(*ids);
    return std::nullopt;
}

/// A relate flag as typed; both flags may be given in either order (freeswitch-conference.md §7.1).
std::optional<Failure> readRelateFlag(const std::optional<QString> &token, QStringList &inputs)
{
    static constexpr std::pair<std::u16string_view, RelateFlag> spellings[] = {
        {u"nospeak", RelateFlag::NoSpeak},
        {u"nohear", RelateFlag::NoHear},
        {u"nospeak,nohear", RelateFlag::NoSpeakNoHear},
        {u"nohear,nospeak", RelateFlag::NoSpeakNoHear},
        {u"nospeak|nohear", RelateFlag::NoSpeakNoHear},
        {u"clear", RelateFlag::Clear},
    };
    if (!token)
        return Failure{
            true, ConferenceCommand::tr("Say what to change: nospeak, nohear, nospeak,nohear or clear.")};
    const QString f = token->toLower();
    const auto it = std::find_if(std::begin(spellings), std::end(spellings),
                                 [&f](const auto &s) { return command::toView(s.first) == f; });
    if (it == std::end(spellings))
        return error(
            ConferenceCommand::tr("“%1” is not a relationship flag: use nospeak, nohear, nospeak,nohear or "
                                  "clear.")
                .arg(shown(*token)));
    inputs << command::relateFlagWord(it->second);
    return std::nullopt;
}

/// {k=v,...}endpoint/destination [number [name words]] into the inputs of Arg::DialRequest.
std::optional<Failure> readDialLine(Cursor &at, QStringList &inputs)
{
    const auto first = at.take();
    if (!first)
        return kUsage;
    QString dialString = *first;
    QStringList variables;
    if (dialString.startsWith(u'{')) {
        const qsizetype close = dialString.indexOf(u'}');
        if (close < 0)
            return error(ConferenceCommand::tr("The dial-string variables are missing the closing “}”."));
        // Values may be single-quoted to protect commas; the tokenizer already removed the
        // quotes of the whole token, so split honouring quotes here.
        const QString vars = dialString.mid(1, close - 1);
        dialString = dialString.mid(close + 1);
        QString cur;
        bool quoted = false;
        QStringList pairs;
        for (QChar c : vars) {
            if (c == u'\'')
                quoted = !quoted;
            else if (c == u',' && !quoted) {
                pairs << cur;
                cur.clear();
            } else
                cur += c;
        }
        if (!cur.isEmpty() || !pairs.isEmpty())
            pairs << cur;
        for (const QString &pair : pairs) {
            const qsizetype eq = pair.indexOf(u'=');
            if (eq <= 0)
                return error(ConferenceCommand::tr("“%1” is not a dial-string variable (use name=value).")
                                 .arg(shown(pair)));
            variables << pair.left(eq) << pair.mid(eq + 1);
        }
    }
    const qsizetype slash = dialString.indexOf(u'/');
    if (slash < 0)
        return error(
            ConferenceCommand::tr("The dial string “%1” needs the form endpoint/destination, for example "
                                  "sofia/internal/1000@pbx.example.com.")
                .arg(shown(dialString)));
    // Shell arguments arrive split; a caller-ID name may be several words.
    inputs << dialString.left(slash) << dialString.mid(slash + 1) << at.take().value_or(QString())
           << at.tokens.mid(at.next).join(u' ') << variables;
    at.next = at.tokens.size();
    return std::nullopt;
}

/// Reads the inputs of one console reading kind (commandtable.h) from `at` into `inputs`.
std::optional<Failure> read(Read kind, Cursor &at, QStringList &inputs)
{
    switch (kind) {
    case Read::End:
        return std::nullopt;
    case Read::Token:
        inputs << at.take().value_or(QString());
        return std::nullopt;
    case Read::Needed:
        if (const auto token = at.take()) {
            inputs << *token;
            return std::nullopt;
        }
        return kUsage;
    case Read::OrAll:
        inputs << at.take().value_or(u"all"_s);
        return std::nullopt;
    case Read::Words:
        if (at.next >= at.tokens.size())
            return kUsage;
        inputs << at.tokens.mid(at.next).join(u' ');
        at.next = at.tokens.size();
        return std::nullopt;
    case Read::RestOfLine:
        inputs << std::exchange(at.raw, QString());
        return std::nullopt;
    case Read::Listener: {
        const auto m = firstWord(at.raw);
        if (!m.hasMatch())
            return kUsage;
        const auto id = command::parseId(m.captured(1));
        if (!id)
            return error(
                ConferenceCommand::tr("“%1” is not a member id: saymember speaks to one participant.")
                    .arg(shown(m.captured(1))));
        inputs << QString::number(*id);
        at.raw = m.captured(2);
        return std::nullopt;
    }
    case Read::PlayTarget: {
        const auto token = at.take();
        if (!token || token->compare(u"async"_s, Qt::CaseInsensitive) == 0) {
            inputs << QString() << (token ? u"async"_s : QString());
            return std::nullopt;
        }
        const auto id = command::parseId(*token);
        if (!id)
            return error(
                ConferenceCommand::tr("“%1” is not a member id: play goes to one participant (by id), or to "
                                      "everyone when left out.")
                    .arg(shown(*token)));
        inputs << QString::number(*id) << QString();
        return std::nullopt;
    }
    case Read::MemberId: {
        const auto token = at.take();
        const auto id = token ? command::parseId(*token) : std::nullopt;
        if (token && !id)
            return error(ConferenceCommand::tr("“%1” is not a member id.").arg(shown(*token)));
        inputs << (id ? QString::number(*id) : QString());
        return std::nullopt;
    }
    case Read::MemberIds: {
        if (at.next >= at.tokens.size())
            return kUsage;
        QList<quint32> ids;
        while (const auto token = at.take()) {
            const auto id = command::parseId(*token);
            if (!id)
                return error(
                    ConferenceCommand::tr("“%1” is not a member id: transfer moves participants by id.")
                        .arg(shown(*token)));
            ids << *id;
        }
        inputs << command::joinIds(ids);
        return std::nullopt;
    }
    case Read::IdList:
        return readIds(at.take(), inputs);
    case Read::IdsOrAll: {
        const auto token = at.take();
        if (!token || token->compare(u"all"_s, Qt::CaseInsensitive) == 0) {
            inputs << QString();
            return std::nullopt;
        }
        return readIds(token, inputs);
    }
    case Read::RelateFlag:
        return readRelateFlag(at.take(), inputs);
    case Read::RecordPath: {
        const auto token = at.take();
        if (!token)
            return kUsage;
        if (!token->startsWith(u'/'))
            return error(
                ConferenceCommand::tr("“%1” is neither start, stop, status, duration nor an absolute path.")
                    .arg(shown(*token)));
        inputs << *token;
        return std::nullopt;
    }
    case Read::Verb:
        return kUsage;
    case Read::DialLine:
        return readDialLine(at, inputs);
    }
    return std::nullopt;
}

bool formMatches(const command::ConsoleForm &form, const QStringList &tokens)
{
    qsizetype count = tokens.size();
    if (!form.keyword.empty()) {
        if (tokens.isEmpty())
            return false;
        const QString first =
            form.keywordCase == Qt::CaseInsensitive ? tokens.constFirst().toLower() : tokens.constFirst();
        if (first != command::toView(form.keyword))
            return false;
        --count;
    }
    return count >= form.minTokens && (form.maxTokens < 0 || count <= form.maxTokens);
}

QString unknownCommand(const QString &cmd)
{
    // Suggest close matches.
    const QStringList known = ConferenceCommand::knownCommands();
    QStringList close;
    for (const QString &word : known) {
        if (editDistance(cmd, word) <= 2 || (cmd.size() >= 3 && word.startsWith(cmd)))
            close << word;
    }
    if (close.isEmpty())
        return ConferenceCommand::tr("Unknown command “%1”. Known commands: %2.")
            .arg(shown(cmd), known.join(u", "_s));
    return ConferenceCommand::tr("Unknown command “%1”. Did you mean: %2?")
        .arg(shown(cmd), close.mid(0, 5).join(u", "_s));
}

} // namespace

QStringList ConferenceCommand::knownCommands()
{
    QStringList names;
    for (const command::ConsoleWord &word : command::consoleWords())
        names << command::toQString(word.word);
    return names;
}

QString ConferenceCommand::syntaxHint(const QString &name)
{
    const command::ConsoleWord *word = command::consoleWord(name.trimmed().toLower());
    return word ? command::toQString(command::syntaxOf(*word)) : QString();
}

ConferenceCommand ConferenceCommand::parse(const QString &line)
{
    using command::Surplus;
    const QString trimmed = line.trimmed();
    if (trimmed.isEmpty())
        return invalid(CommandId::Invalid, {}, tr("Type a command, for example “mute 5”."));
    if (command::hasControl(trimmed))
        return invalid(CommandId::Invalid, {},
                       tr("A command must be a single line without control characters."));

    const auto m = firstWord(trimmed);
    const QString cmd = m.captured(1).toLower();
    const command::ConsoleWord *word = command::consoleWord(cmd);
    if (!word)
        return invalid(CommandId::Invalid, cmd, unknownCommand(cmd));
    const QString rest = m.captured(2);
    Cursor at{splitApiTokens(rest), 0, rest};
    const auto usage = [&cmd, word](CommandId id, const QString &why = {}) {
        const QString syntax = command::toQString(command::syntaxOf(*word));
        const QString text =
            syntax.isEmpty() ? tr("Usage: %1").arg(cmd) : tr("Usage: %1 %2").arg(cmd, syntax);
        return invalid(id, cmd, why.isEmpty() ? text : why + u' ' + text);
    };

    const bool surplus = word->maxTokens >= 0 && at.tokens.size() > word->maxTokens;
    if (surplus && word->surplus == Surplus::TooMany)
        return usage(word->id, tr("Too many arguments."));
    if (surplus && word->surplus == Surplus::Usage)
        return usage(word->id);
    if (surplus && word->surplus == Surplus::NoArguments)
        return usage(word->id, tr("%1 takes no arguments.").arg(cmd));

    CommandId id = word->id;
    std::array<Read, 3> reads = word->reads;
    for (const command::ConsoleForm &form : command::consoleForms(cmd)) {
        if (formMatches(form, at.tokens)) {
            id = form.id;
            reads = form.reads;
            at.next = form.keyword.empty() ? 0 : 1;
            break;
        }
    }
    QStringList inputs;
    for (const Read kind : reads) {
        if (const auto failure = read(kind, at, inputs))
            return failure->usage ? usage(id, failure->text) : invalid(id, cmd, failure->text);
    }
    const ConferenceCommand c = make(id, inputs);
    // A wrong selector is reported before the extra tokens.
    if (surplus && word->surplus == Surplus::AfterCheck && c.isValid())
        return usage(c.id(), tr("Too many arguments."));
    return c;
}

} // namespace cc
