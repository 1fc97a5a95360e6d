// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "conferencecommand.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <limits>
#include <string_view>

using namespace Qt::Literals::StringLiterals;

namespace cc {

namespace {

// The noise gate compares the average absolute amplitude of 16-bit samples with the energy level
// (freeswitch-conference.md §3.1), so 32767 is the largest level that can still matter; FreeSWITCH
// itself stores any int (no clamping). Negative values behave like 0, so they are refused.
// The UI suggests 0..1800 (§11.3); the command accepts the whole meaningful range for loud rooms.
constexpr int kEnergyMin = 0;
constexpr int kEnergyMax = 32767;
// switch_normalize_volume clamps to -4..4 (§3.1); we refuse instead of silently clamping.
constexpr int kVolumeMin = -4;
constexpr int kVolumeMax = 4;
constexpr int kMaxTextLength = 500;
constexpr int kMaxNameLength = 80;
constexpr int kMaxDigits = 64;
// switch_separate_string(..., argv, 25): conference, "transfer", target, then the ids (§1.1).
constexpr int kMaxTransferIds = ConferenceCommand::MaxTransferIds;

bool isControl(QChar c)
{
    // Newlines and other controls would end or split the FreeSWITCH command line (ESL framing).
    return c.category() == QChar::Other_Control || c == QChar(0x2028) || c == QChar(0x2029) ||
           c == QChar(0x85);
}

bool hasControl(const QString &s)
{
    return std::any_of(s.cbegin(), s.cend(), isControl);
}

bool hasWhitespace(const QString &s)
{
    return std::any_of(s.cbegin(), s.cend(), [](QChar c) { return c.isSpace(); });
}

bool hasQuoteOrBackslash(const QString &s)
{
    return s.contains(u'\'') || s.contains(u'"') || s.contains(u'\\');
}

bool isAsciiDigits(QStringView s)
{
    return !s.isEmpty() && std::all_of(s.cbegin(), s.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

/// Input echoed inside a message: short and without control characters.
QString shown(const QString &s)
{
    QString out;
    for (QChar c : s)
        out += isControl(c) ? QChar(0xFFFD) : c;
    if (out.size() > 40)
        out = out.left(39) + QChar(0x2026);
    return out;
}

std::optional<quint32> parseId(QStringView s)
{
    if (!isAsciiDigits(s) || s.size() > 10)
        return std::nullopt;
    const qulonglong v = s.toULongLong();
    if (v == 0 || v > std::numeric_limits<quint32>::max())
        return std::nullopt;
    return quint32(v);
}

/// Strict signed integer: optional sign and ASCII digits only (QString::toInt accepts spaces).
std::optional<int> parseInt(QStringView s)
{
    QStringView digits = s;
    if (!digits.isEmpty() && (digits.front() == u'-' || digits.front() == u'+'))
        digits = digits.mid(1);
    if (!isAsciiDigits(digits) || digits.size() > 9)
        return std::nullopt;
    return s.toInt();
}

QString joinIds(const QList<quint32> &ids)
{
    QStringList parts;
    for (quint32 id : ids)
        parts << QString::number(id);
    return parts.join(u',');
}

bool isCallerIdNumber(const QString &s)
{
    static const QRegularExpression re(u"^\\+?[0-9]{1,32}$"_s);
    return re.match(s).hasMatch();
}

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

struct CommandInfo
{
    const char16_t *name;
    const char16_t *syntax;
};

// Syntax strings exactly as FreeSWITCH prints them (freeswitch-conference.md §2); sipXconfig-only
// forms (invite, inviteim, record actions) from sipxconfig-conference-rest.md §5.
constexpr CommandInfo kCommands[] = {
    {u"bgdial", u"<endpoint_module_name>/<destination> <callerid number> <callerid name>"},
    {u"chkrecord", u""},
    {u"count", u""},
    {u"deaf", u"<[member_id|all]|last|non_moderator>"},
    {u"dial", u"<endpoint_module_name>/<destination> <callerid number> <callerid name>"},
    {u"dtmf", u"<[member_id|all|last|non_moderator]> <digits>"},
    {u"energy", u"<member_id|all|last|non_moderator> [<newval>]"},
    {u"floor", u"<member_id|last>"},
    {u"get", u"<parameter-name>"},
    {u"hold", u"<[member_id|all]|last|non_moderator>"},
    {u"hup", u"<[member_id|all|last|non_moderator]>"},
    {u"invite", u"<extension|user|number|sip-address>"},
    {u"inviteim", u"<im-id>"},
    {u"kick", u"<[member_id|all|last|non_moderator]>"},
    {u"list", u"[delim <string>]|[count]"},
    {u"lock", u""},
    {u"mute", u"<[member_id|all]|last|non_moderator>"},
    {u"nopin", u""},
    {u"norecord", u"<[filename|all]>"},
    {u"pause", u"<filename>"},
    {u"pin", u"<pin#>"},
    {u"play", u"<file_path> [async|<member_id>]"},
    {u"record", u"[start|stop|status|duration] | <filename>"},
    {u"recording", u"[start|stop|check|pause|resume] [<filename>|all]"},
    {u"relate", u"<member_id>[,<member_id>] <other_member_id>[,<other_member_id>] [nospeak|nohear|clear]"},
    {u"resume", u"<filename>"},
    {u"say", u"<text>"},
    {u"saymember", u"<member_id> <text>"},
    {u"set", u"<max_members|sound_prefix|caller_id_name|caller_id_number|endconference_grace_time> <value>"},
    {u"stop", u"<[current|all|async]> [<member_id>]"},
    {u"tmute", u"<[member_id|all]|last|non_moderator>"},
    {u"transfer", u"<conference_name> <member id> [...<member id>]"},
    {u"undeaf", u"<[member_id|all]|last|non_moderator>"},
    {u"unhold", u"<[member_id|all]|last|non_moderator>"},
    {u"unlock", u""},
    {u"unmute", u"<[member_id|all]|last|non_moderator>"},
    {u"volume_in", u"<member_id|all|last|non_moderator> [<newval>]"},
    {u"volume_out", u"<member_id|all|last|non_moderator> [<newval>]"},
    {u"xml_list", u""},
};

} // namespace

// --- construction -----------------------------------------------------------------------------

ConferenceCommand::ConferenceCommand(CommandId id, const QString &name, const QStringList &args)
    : m_id(id)
    , m_name(name)
    , m_args(args)
    , m_valid(true)
{}

ConferenceCommand ConferenceCommand::invalid(CommandId id, const QString &name, const QString &error)
{
    ConferenceCommand c;
    c.m_id = id;
    c.m_name = name;
    c.m_error = error;
    c.m_valid = false;
    return c;
}

// Member selectors (freeswitch-conference.md §1.3): FreeSWITCH's atoi() would take "5&kick" as 5
// and "-1" as a huge id, so only plain positive decimal ids and the three keywords pass.
ConferenceCommand ConferenceCommand::memberCommand(CommandId id, const QString &name, const QString &selector,
                                                   bool idOrLastOnly)
{
    const QString s = selector.trimmed();
    if (s.isEmpty())
        return invalid(id, name,
                       idOrLastOnly ? tr("Choose a participant for %1: a member id or last.").arg(name)
                                    : tr("Choose a participant for %1: a member id, all, last or "
                                         "non_moderator.")
                                          .arg(name));
    if (const auto memberId = parseId(s))
        return ConferenceCommand(id, name, {QString::number(*memberId)});
    const QString lower = s.toLower();
    if (lower == u"last"_s || (!idOrLastOnly && (lower == u"all"_s || lower == u"non_moderator"_s)))
        return ConferenceCommand(id, name, {lower});
    if (idOrLastOnly)
        return invalid(
            id, name,
            tr("“%1” is not valid for %2: use a member id (a positive number) or last.").arg(shown(s), name));
    return invalid(id, name,
                   tr("“%1” is not a participant: use a member id (a positive number), all, last or "
                      "non_moderator.")
                       .arg(shown(s)));
}

ConferenceCommand ConferenceCommand::levelCommand(CommandId id, const QString &name, const QString &selector,
                                                  const QString &value, int min, int max, const QString &what)
{
    ConferenceCommand c = memberCommand(id, name, selector);
    if (!c.isValid())
        return c;
    const QString v = value.trimmed().toLower();
    if (v.isEmpty())
        return c; // query
    if (v == u"up"_s || v == u"down"_s) {
        c.m_args << v;
        return c;
    }
    const auto n = parseInt(v);
    if (!n || *n < min || *n > max)
        return invalid(id, name,
                       tr("%1 must be a whole number from %2 to %3, or up or down; “%4” is not.")
                           .arg(what)
                           .arg(min)
                           .arg(max)
                           .arg(shown(value.trimmed())));
    c.m_args << QString::number(*n);
    return c;
}

// --- member commands -------------------------------------------------------------------------

ConferenceCommand ConferenceCommand::mute(const QString &selector)
{
    return memberCommand(CommandId::Mute, u"mute"_s, selector);
}

ConferenceCommand ConferenceCommand::unmute(const QString &selector)
{
    return memberCommand(CommandId::Unmute, u"unmute"_s, selector);
}

ConferenceCommand ConferenceCommand::deaf(const QString &selector)
{
    return memberCommand(CommandId::Deaf, u"deaf"_s, selector);
}

ConferenceCommand ConferenceCommand::undeaf(const QString &selector)
{
    return memberCommand(CommandId::Undeaf, u"undeaf"_s, selector);
}

ConferenceCommand ConferenceCommand::tmute(const QString &selector)
{
    return memberCommand(CommandId::TMute, u"tmute"_s, selector);
}

ConferenceCommand ConferenceCommand::kick(const QString &selector)
{
    return memberCommand(CommandId::Kick, u"kick"_s, selector);
}

ConferenceCommand ConferenceCommand::hup(const QString &selector)
{
    return memberCommand(CommandId::Hup, u"hup"_s, selector);
}

ConferenceCommand ConferenceCommand::hold(const QString &selector)
{
    return memberCommand(CommandId::Hold, u"hold"_s, selector);
}

ConferenceCommand ConferenceCommand::unhold(const QString &selector)
{
    return memberCommand(CommandId::Unhold, u"unhold"_s, selector);
}

ConferenceCommand ConferenceCommand::floor(const QString &selector)
{
    // Documented syntax is <member_id|last> (freeswitch-conference.md §2 row 67).
    return memberCommand(CommandId::Floor, u"floor"_s, selector, true);
}

ConferenceCommand ConferenceCommand::energy(const QString &selector, const QString &value)
{
    return levelCommand(CommandId::Energy, u"energy"_s, selector, value, kEnergyMin, kEnergyMax,
                        tr("The energy level"));
}

ConferenceCommand ConferenceCommand::volumeIn(const QString &selector, const QString &value)
{
    return levelCommand(CommandId::VolumeIn, u"volume_in"_s, selector, value, kVolumeMin, kVolumeMax,
                        tr("The volume"));
}

ConferenceCommand ConferenceCommand::volumeOut(const QString &selector, const QString &value)
{
    return levelCommand(CommandId::VolumeOut, u"volume_out"_s, selector, value, kVolumeMin, kVolumeMax,
                        tr("The volume"));
}

ConferenceCommand ConferenceCommand::dtmf(const QString &selector, const QString &digits)
{
    ConferenceCommand c = memberCommand(CommandId::Dtmf, u"dtmf"_s, selector);
    if (!c.isValid())
        return c;
    const QString d = digits.trimmed();
    if (d.isEmpty())
        return invalid(CommandId::Dtmf, u"dtmf"_s, tr("Enter the DTMF digits to send."));
    if (d.size() > kMaxDigits)
        return invalid(CommandId::Dtmf, u"dtmf"_s,
                       tr("Send at most %1 DTMF digits at a time.").arg(kMaxDigits));
    // switch_core_session_send_dtmf_string takes 0-9 * # A-D (either case) and w/W pauses
    // (half a second / one second); everything else is dropped silently, so refuse it here.
    QString normalized;
    for (QChar ch : d) {
        const char16_t u = ch.unicode();
        if ((u >= u'0' && u <= u'9') || u == u'*' || u == u'#' || (u >= u'A' && u <= u'D') || u == u'w' ||
            u == u'W')
            normalized += ch;
        else if (u >= u'a' && u <= u'd')
            normalized += ch.toUpper();
        else
            return invalid(CommandId::Dtmf, u"dtmf"_s,
                           tr("“%1” is not a DTMF digit: use 0-9, *, #, A-D, or w/W for a pause.")
                               .arg(shown(QString(ch))));
    }
    c.m_args << normalized;
    return c;
}

// --- prompts and files -----------------------------------------------------------------------

namespace {

/// Text for say/saymember. Quotes and backslashes are refused: TTS back ends such as
/// mod_tts_commandline hand the text to a shell, and the FreeSWITCH splitter treats them as
/// grouping/escape characters before the ARGS_AS_ONE handler sees the line (§1.1, §1.2).
std::optional<QString> checkSpeechText(const QString &text, QString *error)
{
    const QString t = text.trimmed();
    if (t.isEmpty()) {
        *error = ConferenceCommand::tr("Enter the text to speak.");
        return std::nullopt;
    }
    if (hasControl(t)) {
        *error = ConferenceCommand::tr("The text to speak must be a single line without control characters.");
        return std::nullopt;
    }
    if (hasQuoteOrBackslash(t)) {
        *error = ConferenceCommand::tr("The text to speak cannot contain quotes or backslashes; "
                                       "please rephrase without them.");
        return std::nullopt;
    }
    if (t.size() > kMaxTextLength) {
        *error = ConferenceCommand::tr("The text to speak is too long (at most %1 characters).")
                     .arg(kMaxTextLength);
        return std::nullopt;
    }
    return t;
}

/// A file name or path argument (one FreeSWITCH token after quoting).
bool checkFileArgument(const QString &path, bool mustBeAbsolute, QString *error)
{
    if (path.isEmpty()) {
        *error = ConferenceCommand::tr("Enter a file name.");
        return false;
    }
    if (hasControl(path)) {
        *error = ConferenceCommand::tr("The file name cannot contain line breaks or control characters.");
        return false;
    }
    if (mustBeAbsolute && !path.startsWith(u'/')) {
        *error = ConferenceCommand::tr("“%1” is not an absolute path; it must start with “/” on the "
                                       "conference server.")
                     .arg(shown(path));
        return false;
    }
    return true;
}

} // namespace

ConferenceCommand ConferenceCommand::say(const QString &text)
{
    QString error;
    const auto t = checkSpeechText(text, &error);
    if (!t)
        return invalid(CommandId::Say, u"say"_s, error);
    ConferenceCommand c(CommandId::Say, u"say"_s, {*t});
    c.m_textArgIndex = 0;
    return c;
}

ConferenceCommand ConferenceCommand::sayMember(quint32 memberId, const QString &text)
{
    if (memberId == 0)
        return invalid(CommandId::SayMember, u"saymember"_s,
                       tr("Choose the participant who should hear the text."));
    QString error;
    const auto t = checkSpeechText(text, &error);
    if (!t)
        return invalid(CommandId::SayMember, u"saymember"_s, error);
    ConferenceCommand c(CommandId::SayMember, u"saymember"_s, {QString::number(memberId), *t});
    c.m_textArgIndex = 1;
    return c;
}

ConferenceCommand ConferenceCommand::play(const QString &file, std::optional<quint32> memberId, bool async)
{
    const QString f = file.trimmed();
    QString error;
    // Relative names resolve against the sound prefix and URLs (tone_stream://...) are allowed.
    if (!checkFileArgument(f, false, &error))
        return invalid(CommandId::Play, u"play"_s, error);
    if (memberId && *memberId == 0)
        return invalid(CommandId::Play, u"play"_s, tr("Choose the participant who should hear the file."));
    if (memberId && async)
        return invalid(CommandId::Play, u"play"_s,
                       tr("A file is played either to one participant or asynchronously to everyone, "
                          "not both."));
    QStringList args{f};
    if (memberId)
        args << QString::number(*memberId);
    else if (async)
        args << u"async"_s;
    return ConferenceCommand(CommandId::Play, u"play"_s, args);
}

ConferenceCommand ConferenceCommand::stop(const QString &mode, std::optional<quint32> memberId)
{
    const QString m = mode.trimmed().toLower();
    if (m == u"last"_s)
        return invalid(CommandId::Stop, u"stop"_s,
                       tr("FreeSWITCH lists “stop last” but does not implement it; use current, all or "
                          "async."));
    if (m != u"current"_s && m != u"all"_s && m != u"async"_s)
        return invalid(CommandId::Stop, u"stop"_s,
                       tr("“%1” is not a stop mode: use current, all or async.").arg(shown(mode.trimmed())));
    if (memberId && *memberId == 0)
        return invalid(CommandId::Stop, u"stop"_s, tr("A member id is a positive number."));
    QStringList args{m};
    if (memberId)
        args << QString::number(*memberId);
    return ConferenceCommand(CommandId::Stop, u"stop"_s, args);
}

ConferenceCommand ConferenceCommand::transfer(const QString &targetConference,
                                              const QList<quint32> &memberIds)
{
    const QString target = targetConference.trimmed();
    if (target.isEmpty())
        return invalid(CommandId::Transfer, u"transfer"_s, tr("Enter the conference to transfer to."));
    if (hasWhitespace(target) || hasControl(target) || hasQuoteOrBackslash(target))
        return invalid(CommandId::Transfer, u"transfer"_s,
                       tr("“%1” is not a conference name: it cannot contain spaces, quotes or control "
                          "characters.")
                           .arg(shown(target)));
    if (memberIds.isEmpty())
        return invalid(CommandId::Transfer, u"transfer"_s,
                       tr("Choose at least one participant to transfer."));
    QStringList args{target};
    QList<quint32> seen;
    for (quint32 id : memberIds) {
        if (id == 0)
            return invalid(CommandId::Transfer, u"transfer"_s, tr("A member id is a positive number."));
        if (!seen.contains(id)) {
            seen << id;
            args << QString::number(id);
        }
    }
    // FreeSWITCH splits "<conf> transfer <target> <ids...>" into at most 25 tokens and glues the
    // rest into the last one, so ids beyond 22 would silently stay behind (freeswitch-conference.md
    // §1.1; found by fuzz_conferencecommand).
    if (args.size() - 1 > kMaxTransferIds)
        return invalid(CommandId::Transfer, u"transfer"_s,
                       tr("At most %1 participants can be transferred at once; transfer the others in "
                          "another step.")
                           .arg(kMaxTransferIds));
    return ConferenceCommand(CommandId::Transfer, u"transfer"_s, args);
}

ConferenceCommand ConferenceCommand::relate(const QList<quint32> &from, const QList<quint32> &to,
                                            RelateFlag flag)
{
    if (from.isEmpty() || to.isEmpty())
        return invalid(CommandId::Relate, u"relate"_s,
                       tr("Choose the participants on both sides of the relationship."));
    for (quint32 id : from + to) {
        if (id == 0)
            return invalid(CommandId::Relate, u"relate"_s, tr("A member id is a positive number."));
    }
    for (quint32 id : from) {
        if (to.contains(id))
            return invalid(CommandId::Relate, u"relate"_s,
                           tr("Participant %1 cannot be related to itself.").arg(id));
    }
    QString word;
    switch (flag) {
    case RelateFlag::NoSpeak:
        word = u"nospeak"_s;
        break;
    case RelateFlag::NoHear:
        word = u"nohear"_s;
        break;
    case RelateFlag::NoSpeakNoHear:
        word = u"nospeak,nohear"_s;
        break; // one token (§7.1)
    case RelateFlag::Clear:
        word = u"clear"_s;
        break;
    }
    return ConferenceCommand(CommandId::Relate, u"relate"_s, {joinIds(from), joinIds(to), word});
}

ConferenceCommand ConferenceCommand::relateList(const QList<quint32> &ids)
{
    // "relate" alone prints nothing when relationships exist; a non-numeric token lists all (§7.3).
    if (ids.isEmpty())
        return ConferenceCommand(CommandId::RelateList, u"relate"_s, {u"all"_s});
    if (ids.contains(0u))
        return invalid(CommandId::RelateList, u"relate"_s, tr("A member id is a positive number."));
    return ConferenceCommand(CommandId::RelateList, u"relate"_s, {joinIds(ids)});
}

// --- conference-level ------------------------------------------------------------------------

ConferenceCommand ConferenceCommand::lock()
{
    return ConferenceCommand(CommandId::Lock, u"lock"_s, {});
}

ConferenceCommand ConferenceCommand::unlock()
{
    return ConferenceCommand(CommandId::Unlock, u"unlock"_s, {});
}

ConferenceCommand ConferenceCommand::pin(const QString &digits)
{
    const QString d = digits.trimmed();
    if (d.isEmpty())
        return invalid(CommandId::Pin, u"pin"_s, tr("Enter the new PIN."));
    if (!isAsciiDigits(d) || d.size() > 32)
        return invalid(CommandId::Pin, u"pin"_s, tr("A PIN can only contain the digits 0-9 (at most 32)."));
    return ConferenceCommand(CommandId::Pin, u"pin"_s, {d});
}

ConferenceCommand ConferenceCommand::noPin()
{
    return ConferenceCommand(CommandId::NoPin, u"nopin"_s, {});
}

ConferenceCommand ConferenceCommand::xmlList()
{
    return ConferenceCommand(CommandId::XmlList, u"xml_list"_s, {});
}

ConferenceCommand ConferenceCommand::list(const QString &delimiter)
{
    if (delimiter.isEmpty())
        return ConferenceCommand(CommandId::List, u"list"_s, {});
    if (hasWhitespace(delimiter) || hasControl(delimiter) || hasQuoteOrBackslash(delimiter) ||
        delimiter.size() > 8)
        return invalid(CommandId::List, u"list"_s,
                       tr("The list delimiter must be 1 to 8 characters without spaces, quotes or "
                          "control characters."));
    if (delimiter.contains(u'|'))
        return invalid(CommandId::List, u"list"_s,
                       tr("The list delimiter cannot contain “|”: FreeSWITCH uses it inside the flags "
                          "field."));
    return ConferenceCommand(CommandId::List, u"list"_s, {u"delim"_s, delimiter});
}

ConferenceCommand ConferenceCommand::listCount()
{
    return ConferenceCommand(CommandId::ListCount, u"list"_s, {u"count"_s});
}

ConferenceCommand ConferenceCommand::count()
{
    return ConferenceCommand(CommandId::Count, u"count"_s, {});
}

// --- recording -------------------------------------------------------------------------------

ConferenceCommand ConferenceCommand::record(const QString &path)
{
    QString error;
    // Always an absolute path (freeswitch-conference.md §11.7).
    if (!checkFileArgument(path.trimmed(), true, &error))
        return invalid(CommandId::Record, u"record"_s, error);
    return ConferenceCommand(CommandId::Record, u"record"_s, {path.trimmed()});
}

ConferenceCommand ConferenceCommand::noRecord(const QString &pathOrAll)
{
    const QString p = pathOrAll.trimmed();
    if (p.compare(u"all"_s, Qt::CaseInsensitive) == 0)
        return ConferenceCommand(CommandId::NoRecord, u"norecord"_s, {u"all"_s});
    QString error;
    if (!checkFileArgument(p, true, &error))
        return invalid(CommandId::NoRecord, u"norecord"_s,
                       p.isEmpty() ? tr("Enter the recording path to stop, or all.") : error);
    return ConferenceCommand(CommandId::NoRecord, u"norecord"_s, {p});
}

ConferenceCommand ConferenceCommand::recordingPathCommand(CommandId id, const QString &verb,
                                                          const QString &path)
{
    // "recording pause" without a path would start a recording into a file named "pause" (§3.6).
    const QString p = path.trimmed();
    QString error;
    if (!checkFileArgument(p, true, &error))
        return invalid(id, u"recording"_s, p.isEmpty() ? tr("Enter the path of the recording.") : error);
    return ConferenceCommand(id, u"recording"_s, {verb, p});
}

ConferenceCommand ConferenceCommand::recordingPause(const QString &path)
{
    return recordingPathCommand(CommandId::RecordingPause, u"pause"_s, path);
}

ConferenceCommand ConferenceCommand::recordingResume(const QString &path)
{
    return recordingPathCommand(CommandId::RecordingResume, u"resume"_s, path);
}

ConferenceCommand ConferenceCommand::recordingCheck()
{
    return ConferenceCommand(CommandId::RecordingCheck, u"recording"_s, {u"check"_s});
}

// sipXconfig's own recording actions (sipxconfig-conference-rest.md §5.4). A single "record"
// token means start on every version.
ConferenceCommand ConferenceCommand::recordStart()
{
    return ConferenceCommand(CommandId::RecordStart, u"record"_s, {});
}

ConferenceCommand ConferenceCommand::recordStop()
{
    return ConferenceCommand(CommandId::RecordStop, u"record"_s, {u"stop"_s});
}

ConferenceCommand ConferenceCommand::recordStatus()
{
    return ConferenceCommand(CommandId::RecordStatus, u"record"_s, {u"status"_s});
}

ConferenceCommand ConferenceCommand::recordDuration()
{
    return ConferenceCommand(CommandId::RecordDuration, u"record"_s, {u"duration"_s});
}

// --- dialing ---------------------------------------------------------------------------------

ConferenceCommand ConferenceCommand::dialCommand(CommandId id, const QString &name,
                                                 const DialRequest &request)
{
    static const QRegularExpression identifier(u"^[A-Za-z0-9_]+$"_s);
    const QString endpoint = request.endpoint.trimmed();
    const QString destination = request.destination.trimmed();
    const QString number = request.callerIdNumber.trimmed();
    const QString callerName = request.callerIdName.trimmed();
    if (endpoint.isEmpty())
        return invalid(id, name, tr("Enter the endpoint module, for example sofia, loopback or user."));
    if (!identifier.match(endpoint).hasMatch())
        return invalid(id, name,
                       tr("“%1” is not an endpoint module name (letters, digits and _ only, for example "
                          "sofia).")
                           .arg(shown(endpoint)));
    if (destination.isEmpty())
        return invalid(id, name, tr("Enter the destination to dial, for example default/1000@example.com."));
    if (hasWhitespace(destination) || hasControl(destination) || hasQuoteOrBackslash(destination) ||
        destination.contains(u'{') || destination.contains(u'}') || destination.contains(u','))
        return invalid(id, name,
                       tr("The destination “%1” cannot contain spaces, quotes, braces, commas or control "
                          "characters.")
                           .arg(shown(destination)));
    if (!number.isEmpty() && !isCallerIdNumber(number))
        return invalid(
            id, name,
            tr("The caller-ID number “%1” may only contain digits and a leading +.").arg(shown(number)));
    if (!callerName.isEmpty()) {
        // FreeSWITCH reads the arguments by position: number first, then name (§3.5).
        if (number.isEmpty())
            return invalid(id, name, tr("A caller-ID name needs a caller-ID number in front of it."));
        if (hasControl(callerName) || hasQuoteOrBackslash(callerName) || callerName.size() > kMaxNameLength)
            return invalid(id, name,
                           tr("The caller-ID name cannot contain quotes, backslashes or control characters "
                              "(at most %1 characters).")
                               .arg(kMaxNameLength));
    }
    QStringList vars;
    for (const auto &[key, value] : request.variables) {
        if (!identifier.match(key).hasMatch())
            return invalid(
                id, name,
                tr("“%1” is not a dial-string variable name (letters, digits and _ only).").arg(shown(key)));
        if (value.isEmpty())
            return invalid(id, name, tr("The dial-string variable %1 needs a value.").arg(key));
        // originate splits {...} at ',' honouring single quotes; the closing brace is searched
        // without regard to quotes, so braces are never safe inside a value.
        if (hasControl(value) || value.contains(u'\'') || value.contains(u'"') || value.contains(u'\\') ||
            value.contains(u'{') || value.contains(u'}'))
            return invalid(id, name,
                           tr("The value of dial-string variable %1 cannot contain quotes, braces, "
                              "backslashes or control characters.")
                               .arg(key));
        vars << key + u'=' + (value.contains(u',') ? u'\'' + value + u'\'' : value);
    }
    QString dialString = endpoint + u'/' + destination;
    if (!vars.isEmpty())
        dialString = u'{' + vars.join(u',') + u'}' + dialString;
    QStringList args{dialString};
    if (!number.isEmpty())
        args << number;
    if (!callerName.isEmpty())
        args << callerName;
    return ConferenceCommand(id, name, args);
}

ConferenceCommand ConferenceCommand::dial(const DialRequest &request)
{
    return dialCommand(CommandId::Dial, u"dial"_s, request);
}

ConferenceCommand ConferenceCommand::bgDial(const DialRequest &request)
{
    return dialCommand(CommandId::BgDial, u"bgdial"_s, request);
}

ConferenceCommand ConferenceCommand::invite(const QString &target)
{
    // sipXconfig turns the target into a SIP URI itself (sipxconfig-conference-rest.md §5.2):
    // an extension, user name, number or SIP address; '@', ':' and ';' are sent literally (§3.5).
    static const QRegularExpression re(u"^[A-Za-z0-9\\-_.!~*+@:;=,$()]+$"_s);
    const QString t = target.trimmed();
    if (t.isEmpty())
        return invalid(CommandId::Invite, u"invite"_s,
                       tr("Enter the extension, number or SIP address to invite."));
    if (!re.match(t).hasMatch())
        return invalid(
            CommandId::Invite, u"invite"_s,
            tr("“%1” is not an extension, number or SIP address that sipXconfig can invite.").arg(shown(t)));
    return ConferenceCommand(CommandId::Invite, u"invite"_s, {t});
}

ConferenceCommand ConferenceCommand::inviteIm(const QString &imId)
{
    static const QRegularExpression re(u"^[A-Za-z0-9\\-_.+@]+$"_s);
    const QString t = imId.trimmed();
    if (t.isEmpty())
        return invalid(CommandId::InviteIm, u"inviteim"_s, tr("Enter the instant-message id to invite."));
    if (!re.match(t).hasMatch())
        return invalid(
            CommandId::InviteIm, u"inviteim"_s,
            tr("“%1” is not an instant-message id (letters, digits, . _ - + @ only).").arg(shown(t)));
    return ConferenceCommand(CommandId::InviteIm, u"inviteim"_s, {t});
}

// --- get / set -------------------------------------------------------------------------------

QStringList ConferenceCommand::getParameters()
{
    // freeswitch-conference.md §3.4
    return {u"run_time"_s,
            u"count"_s,
            u"count_ghosts"_s,
            u"max_members"_s,
            u"rate"_s,
            u"profile_name"_s,
            u"sound_prefix"_s,
            u"caller_id_name"_s,
            u"caller_id_number"_s,
            u"is_locked"_s,
            u"endconference_grace_time"_s,
            u"uuid"_s,
            u"wait_mod"_s};
}

QStringList ConferenceCommand::setParameters()
{
    return {u"max_members"_s, u"sound_prefix"_s, u"caller_id_name"_s, u"caller_id_number"_s,
            u"endconference_grace_time"_s};
}

ConferenceCommand ConferenceCommand::get(const QString &parameter)
{
    const QString p = parameter.trimmed().toLower();
    if (!getParameters().contains(p))
        return invalid(CommandId::Get, u"get"_s,
                       tr("“%1” is not a conference parameter; choose one of: %2.")
                           .arg(shown(parameter.trimmed()), getParameters().join(u", "_s)));
    return ConferenceCommand(CommandId::Get, u"get"_s, {p});
}

ConferenceCommand ConferenceCommand::set(const QString &parameter, const QString &value)
{
    const QString p = parameter.trimmed().toLower();
    if (!setParameters().contains(p))
        return invalid(CommandId::Set, u"set"_s,
                       tr("“%1” cannot be set; choose one of: %2.")
                           .arg(shown(parameter.trimmed()), setParameters().join(u", "_s)));
    const QString v = value.trimmed();
    if (v.isEmpty())
        return invalid(CommandId::Set, u"set"_s, tr("Enter a value for %1.").arg(p));
    if (p == u"max_members"_s || p == u"endconference_grace_time"_s) {
        const auto n = parseInt(v);
        if (!isAsciiDigits(v) || !n)
            return invalid(CommandId::Set, u"set"_s, tr("%1 must be a whole number of 0 or more.").arg(p));
        return ConferenceCommand(CommandId::Set, u"set"_s, {p, QString::number(*n)});
    }
    if (p == u"caller_id_number"_s && !isCallerIdNumber(v))
        return invalid(
            CommandId::Set, u"set"_s,
            tr("The caller-ID number “%1” may only contain digits and a leading +.").arg(shown(v)));
    if (p == u"sound_prefix"_s) {
        QString error;
        if (!checkFileArgument(v, true, &error))
            return invalid(CommandId::Set, u"set"_s, error);
    }
    if (p == u"caller_id_name"_s && (hasControl(v) || hasQuoteOrBackslash(v) || v.size() > kMaxNameLength))
        return invalid(CommandId::Set, u"set"_s,
                       tr("The caller-ID name cannot contain quotes, backslashes or control characters "
                          "(at most %1 characters).")
                           .arg(kMaxNameLength));
    return ConferenceCommand(CommandId::Set, u"set"_s, {p, v});
}

// --- properties ------------------------------------------------------------------------------

bool ConferenceCommand::isRetryable() const
{
    switch (m_id) {
    case CommandId::Dial:
    case CommandId::BgDial:
    case CommandId::Invite:
    case CommandId::InviteIm:
    case CommandId::Record:
    case CommandId::RecordStart:
    case CommandId::RecordStop:
    case CommandId::RecordStatus:
    case CommandId::RecordDuration:
    case CommandId::Kick:
    case CommandId::Hup:
    case CommandId::Transfer:
    // Toggles and one-shot actions: a second copy would undo or repeat the effect.
    case CommandId::TMute:
    case CommandId::Floor:
    case CommandId::Dtmf:
    case CommandId::Say:
    case CommandId::SayMember:
    case CommandId::Play:
    case CommandId::Invalid:
        return false;
    case CommandId::Energy:
    case CommandId::VolumeIn:
    case CommandId::VolumeOut:
        // up/down are relative steps; absolute values and queries are idempotent.
        return !(m_args.size() == 2 && (m_args.at(1) == u"up"_s || m_args.at(1) == u"down"_s));
    default:
        return true;
    }
}

bool ConferenceCommand::changesState() const
{
    switch (m_id) {
    case CommandId::XmlList:
    case CommandId::List:
    case CommandId::ListCount:
    case CommandId::Count:
    case CommandId::Get:
    case CommandId::RelateList:
    case CommandId::RecordStatus:
    case CommandId::RecordDuration:
    case CommandId::RecordingCheck:
    case CommandId::Invalid:
        return false;
    case CommandId::Energy:
    case CommandId::VolumeIn:
    case CommandId::VolumeOut:
        return m_args.size() > 1; // without a value they only query
    default:
        return true;
    }
}

bool ConferenceCommand::isSipXconfigOnly() const
{
    switch (m_id) {
    case CommandId::Invite:
    case CommandId::InviteIm:
    case CommandId::RecordStart:
    case CommandId::RecordStop:
    case CommandId::RecordStatus:
    case CommandId::RecordDuration:
        return true;
    default:
        return false;
    }
}

// --- REST encoding ---------------------------------------------------------------------------

std::optional<QString> ConferenceCommand::encodeRest(QString *error) const
{
    if (!m_valid) {
        *error = m_error;
        return std::nullopt;
    }
    if (m_id == CommandId::Record) {
        // sipXconfig intercepts every "record" segment and records into its own file (§5.4);
        // record&/path would be taken as an unknown action.
        *error = tr("sipXconfig handles “record” itself and always records into its own file, so a "
                    "path cannot be given over the REST API. Use “record start” / “record stop”, or "
                    "the event socket transport to record into a chosen file.");
        return std::nullopt;
    }

    const bool pathCommand = m_id == CommandId::Play || m_id == CommandId::NoRecord ||
                             m_id == CommandId::RecordingPause || m_id == CommandId::RecordingResume ||
                             m_id == CommandId::Set;
    const bool dialCommand = m_id == CommandId::Dial || m_id == CommandId::BgDial;
    auto refuse = [&](const QString &arg, const QString &why) {
        QString advice;
        if (dialCommand)
            advice = tr("Use “invite” to call someone into the conference through sipXconfig instead.");
        else if (pathCommand)
            advice = tr("Use the event socket transport for commands with file paths.");
        else
            advice = tr("Remove the character from the argument.");
        *error = tr("“%1” cannot be sent over the sipXconfig REST API: the argument “%2” %3 %4")
                     .arg(m_name, shown(arg), why, advice);
        return std::nullopt;
    };

    QString segment = m_name;
    for (int i = 0; i < m_args.size(); ++i) {
        const QString &arg = m_args.at(i);
        const bool text = i == m_textArgIndex;
        QString encoded;
        // Non-ASCII is sent as UTF-8 percent escapes: Apache re-canonicalises them and
        // sipxrecording's Jetty decodes the path info before building the FreeSWITCH line (§3.5).
        const QByteArray utf8 = arg.toUtf8();
        for (const char ch : utf8) {
            const auto b = static_cast<unsigned char>(ch);
            switch (b) {
            case '/':
                return refuse(arg, tr("contains “/”, which ends the URL path segment (the encoded form "
                                      "%2F is rejected by Apache)."));
            case '&':
                return refuse(arg, tr("contains “&”, which sipXconfig uses to split arguments, even "
                                      "when it is encoded."));
            case '?':
                return refuse(arg, tr("contains “?”, which starts the URL query."));
            case '#':
                return refuse(arg, tr("contains “#”, which starts the URL fragment."));
            case '%':
                return refuse(arg, tr("contains “%”, which the server would decode again and so change "
                                      "the argument."));
            case ';':
                // Only invite reaches sipXconfig's own SIP code; for everything else the servlet
                // container of sipxrecording would cut ";..." off as a path parameter (inferred).
                if (m_id != CommandId::Invite)
                    return refuse(arg, tr("contains “;”, which the server treats as the start of path "
                                          "parameters."));
                encoded += u';';
                continue;
            case ' ':
                if (!text)
                    return refuse(arg, tr("contains a space, which FreeSWITCH would read as the start of "
                                          "another argument."));
                encoded += u"%20"_s;
                continue;
            default:
                break;
            }
            if (b < 0x20 || b == 0x7f)
                return refuse(arg, tr("contains a control character."));
            const bool literal = (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9') ||
                                 std::string_view("-._~!$'()*+,=:@").find(char(b)) != std::string_view::npos;
            if (literal)
                encoded += QLatin1Char(char(b));
            else
                encoded += u'%' + QString::number(b, 16).toUpper().rightJustified(2, u'0');
        }
        segment += u'&' + encoded;
    }
    return segment;
}

std::optional<QString> ConferenceCommand::restSegment() const
{
    QString error;
    return encodeRest(&error);
}

QString ConferenceCommand::restError() const
{
    QString error;
    encodeRest(&error);
    return error;
}

// --- API line --------------------------------------------------------------------------------

QString ConferenceCommand::quoteApiToken(const QString &token)
{
    QString escaped;
    for (QChar c : token) {
        if (c == u'\\' || c == u'\'')
            escaped += u'\\';
        escaped += c;
    }
    if (token.isEmpty() || hasWhitespace(token))
        return u'\'' + escaped + u'\'';
    return escaped;
}

QString ConferenceCommand::apiLine(const QString &conference) const
{
    if (!m_valid || isSipXconfigOnly() || conference.trimmed().isEmpty() || hasControl(conference))
        return {};
    QString line = u"conference "_s + quoteApiToken(conference) + u' ' + m_name;
    for (int i = 0; i < m_args.size(); ++i) {
        // ARGS_AS_ONE text is handed over verbatim (freeswitch-conference.md §1.2).
        line += u' ' + (i == m_textArgIndex ? m_args.at(i) : quoteApiToken(m_args.at(i)));
    }
    return line;
}

QString ConferenceCommand::apiError() const
{
    if (!m_valid)
        return m_error;
    if (isSipXconfigOnly())
        return tr("“%1” is carried out by sipXconfig itself and has no FreeSWITCH command line.")
            .arg((QStringList{m_name} + m_args).join(u' '));
    return {};
}

// --- parsing ---------------------------------------------------------------------------------

QStringList ConferenceCommand::knownCommands()
{
    QStringList names;
    for (const auto &info : kCommands)
        names << QString::fromUtf16(info.name);
    return names;
}

QString ConferenceCommand::syntaxHint(const QString &name)
{
    const QString n = name.trimmed().toLower();
    for (const auto &info : kCommands) {
        if (n == QStringView(info.name))
            return QString::fromUtf16(info.syntax);
    }
    return {};
}

namespace {

std::optional<QList<quint32>> parseIdList(const QString &s)
{
    QList<quint32> ids;
    for (const QString &part : s.split(u',')) {
        const auto id = parseId(part);
        if (!id)
            return std::nullopt;
        ids << *id;
    }
    return ids;
}

} // namespace

ConferenceCommand ConferenceCommand::parse(const QString &line)
{
    const QString trimmed = line.trimmed();
    if (trimmed.isEmpty())
        return invalid(CommandId::Invalid, {}, tr("Type a command, for example “mute 5”."));
    if (hasControl(trimmed))
        return invalid(CommandId::Invalid, {},
                       tr("A command must be a single line without control characters."));

    static const QRegularExpression firstWord(u"^(\\S+)\\s*(.*)$"_s,
                                              QRegularExpression::DotMatchesEverythingOption);
    const auto m = firstWord.match(trimmed);
    const QString cmd = m.captured(1).toLower();
    const QString rest = m.captured(2);
    const QStringList a = splitApiTokens(rest);
    const auto argAt = [&a](int i) { return i < a.size() ? a.at(i) : QString(); };
    const auto usage = [&cmd](CommandId id, const QString &why = {}) {
        const QString syntax = syntaxHint(cmd);
        const QString text =
            syntax.isEmpty() ? tr("Usage: %1").arg(cmd) : tr("Usage: %1 %2").arg(cmd, syntax);
        return invalid(id, cmd, why.isEmpty() ? text : why + u' ' + text);
    };
    const auto tooMany = [&](CommandId id, int max) {
        return a.size() > max ? std::optional(usage(id, tr("Too many arguments."))) : std::nullopt;
    };

    // Member-target commands.
    static const QHash<QString, ConferenceCommand (*)(const QString &)> memberCommands{
        {u"mute"_s, &ConferenceCommand::mute},     {u"unmute"_s, &ConferenceCommand::unmute},
        {u"tmute"_s, &ConferenceCommand::tmute},   {u"deaf"_s, &ConferenceCommand::deaf},
        {u"undeaf"_s, &ConferenceCommand::undeaf}, {u"kick"_s, &ConferenceCommand::kick},
        {u"hup"_s, &ConferenceCommand::hup},       {u"hold"_s, &ConferenceCommand::hold},
        {u"unhold"_s, &ConferenceCommand::unhold}, {u"floor"_s, &ConferenceCommand::floor},
    };
    if (const auto factory = memberCommands.value(cmd)) {
        ConferenceCommand c = factory(argAt(0));
        if (c.isValid() && a.size() > 1)
            return usage(c.id(), tr("Too many arguments."));
        return c;
    }
    if (cmd == u"energy"_s || cmd == u"volume_in"_s || cmd == u"volume_out"_s) {
        const CommandId id = cmd == u"energy"_s      ? CommandId::Energy
                             : cmd == u"volume_in"_s ? CommandId::VolumeIn
                                                     : CommandId::VolumeOut;
        if (auto e = tooMany(id, 2))
            return *e;
        if (id == CommandId::Energy)
            return energy(argAt(0), argAt(1));
        return id == CommandId::VolumeIn ? volumeIn(argAt(0), argAt(1)) : volumeOut(argAt(0), argAt(1));
    }
    if (cmd == u"dtmf"_s) {
        if (a.size() < 2)
            return usage(CommandId::Dtmf);
        if (auto e = tooMany(CommandId::Dtmf, 2))
            return *e;
        return dtmf(a.at(0), a.at(1));
    }
    if (cmd == u"say"_s)
        return say(rest);
    if (cmd == u"saymember"_s) {
        static const QRegularExpression idAndText(u"^(\\S+)\\s*(.*)$"_s,
                                                  QRegularExpression::DotMatchesEverythingOption);
        const auto mm = idAndText.match(rest);
        if (!mm.hasMatch())
            return usage(CommandId::SayMember);
        const auto id = parseId(mm.captured(1));
        if (!id)
            return invalid(CommandId::SayMember, cmd,
                           tr("“%1” is not a member id: saymember speaks to one participant.")
                               .arg(shown(mm.captured(1))));
        return sayMember(*id, mm.captured(2));
    }
    if (cmd == u"play"_s) {
        if (a.isEmpty())
            return usage(CommandId::Play);
        if (auto e = tooMany(CommandId::Play, 2))
            return *e;
        if (a.size() == 1)
            return play(a.at(0));
        if (a.at(1).compare(u"async"_s, Qt::CaseInsensitive) == 0)
            return play(a.at(0), std::nullopt, true);
        const auto id = parseId(a.at(1));
        if (!id)
            return invalid(CommandId::Play, cmd,
                           tr("“%1” is not a member id: play goes to one participant (by id), or to everyone "
                              "when left out.")
                               .arg(shown(a.at(1))));
        return play(a.at(0), *id);
    }
    if (cmd == u"stop"_s) {
        if (auto e = tooMany(CommandId::Stop, 2))
            return *e;
        if (a.isEmpty())
            return stop();
        if (a.size() == 2) {
            const auto id = parseId(a.at(1));
            if (!id)
                return invalid(CommandId::Stop, cmd, tr("“%1” is not a member id.").arg(shown(a.at(1))));
            return stop(a.at(0), *id);
        }
        return stop(a.at(0));
    }
    if (cmd == u"transfer"_s) {
        if (a.size() < 2)
            return usage(CommandId::Transfer);
        QList<quint32> ids;
        for (int i = 1; i < a.size(); ++i) {
            const auto id = parseId(a.at(i));
            if (!id)
                return invalid(
                    CommandId::Transfer, cmd,
                    tr("“%1” is not a member id: transfer moves participants by id.").arg(shown(a.at(i))));
            ids << *id;
        }
        return transfer(a.at(0), ids);
    }
    if (cmd == u"relate"_s) {
        if (a.isEmpty() || (a.size() == 1 && a.at(0).compare(u"all"_s, Qt::CaseInsensitive) == 0))
            return relateList({});
        if (auto e = tooMany(CommandId::Relate, 3))
            return *e;
        const auto from = parseIdList(a.at(0));
        if (!from)
            return invalid(
                a.size() == 1 ? CommandId::RelateList : CommandId::Relate, cmd,
                tr("“%1” is not a list of member ids (numbers separated by commas).").arg(shown(a.at(0))));
        if (a.size() == 1)
            return relateList(*from);
        const auto to = parseIdList(a.at(1));
        if (!to)
            return invalid(
                CommandId::Relate, cmd,
                tr("“%1” is not a list of member ids (numbers separated by commas).").arg(shown(a.at(1))));
        if (a.size() == 2)
            return usage(CommandId::Relate,
                         tr("Say what to change: nospeak, nohear, nospeak,nohear or clear."));
        const QString f = a.at(2).toLower();
        RelateFlag flag;
        if (f == u"nospeak"_s)
            flag = RelateFlag::NoSpeak;
        else if (f == u"nohear"_s)
            flag = RelateFlag::NoHear;
        else if (f == u"nospeak,nohear"_s || f == u"nohear,nospeak"_s || f == u"nospeak|nohear"_s)
            flag = RelateFlag::NoSpeakNoHear;
        else if (f == u"clear"_s)
            flag = RelateFlag::Clear;
        else
            return invalid(
                CommandId::Relate, cmd,
                tr("“%1” is not a relationship flag: use nospeak, nohear, nospeak,nohear or clear.")
                    .arg(shown(a.at(2))));
        return relate(*from, *to, flag);
    }
    if (cmd == u"lock"_s || cmd == u"unlock"_s || cmd == u"nopin"_s || cmd == u"xml_list"_s ||
        cmd == u"count"_s || cmd == u"chkrecord"_s) {
        const CommandId id = cmd == u"lock"_s        ? CommandId::Lock
                             : cmd == u"unlock"_s    ? CommandId::Unlock
                             : cmd == u"nopin"_s     ? CommandId::NoPin
                             : cmd == u"count"_s     ? CommandId::Count
                             : cmd == u"chkrecord"_s ? CommandId::RecordingCheck
                                                     : CommandId::XmlList;
        if (!a.isEmpty())
            return usage(id, tr("%1 takes no arguments.").arg(cmd));
        switch (id) {
        case CommandId::Lock:
            return lock();
        case CommandId::Unlock:
            return unlock();
        case CommandId::NoPin:
            return noPin();
        case CommandId::Count:
            return count();
        case CommandId::RecordingCheck:
            return recordingCheck();
        default:
            return xmlList();
        }
    }
    if (cmd == u"pin"_s) {
        if (a.size() != 1)
            return usage(CommandId::Pin);
        return pin(a.at(0));
    }
    if (cmd == u"list"_s) {
        if (a.isEmpty())
            return list();
        if (a.size() == 1 && a.at(0).compare(u"count"_s, Qt::CaseInsensitive) == 0)
            return listCount();
        if (a.size() == 2 && a.at(0).compare(u"delim"_s, Qt::CaseInsensitive) == 0)
            return list(a.at(1));
        return usage(CommandId::List);
    }
    if (cmd == u"record"_s) {
        if (a.isEmpty())
            return recordStart();
        if (auto e = tooMany(CommandId::Record, 1))
            return *e;
        const QString v = a.at(0);
        if (v == u"start"_s)
            return recordStart();
        if (v == u"stop"_s)
            return recordStop();
        if (v == u"status"_s)
            return recordStatus();
        if (v == u"duration"_s)
            return recordDuration();
        if (v.startsWith(u'/'))
            return record(v);
        return invalid(
            CommandId::Record, cmd,
            tr("“%1” is neither start, stop, status, duration nor an absolute path.").arg(shown(v)));
    }
    if (cmd == u"norecord"_s) {
        if (a.size() != 1)
            return usage(CommandId::NoRecord);
        return noRecord(a.at(0));
    }
    if (cmd == u"pause"_s || cmd == u"resume"_s) {
        const CommandId id = cmd == u"pause"_s ? CommandId::RecordingPause : CommandId::RecordingResume;
        if (a.size() != 1)
            return usage(id);
        return id == CommandId::RecordingPause ? recordingPause(a.at(0)) : recordingResume(a.at(0));
    }
    if (cmd == u"recording"_s) {
        const QString verb = argAt(0).toLower();
        if (verb == u"check"_s && a.size() == 1)
            return recordingCheck();
        if (verb == u"start"_s && a.size() == 2)
            return record(a.at(1));
        if (verb == u"stop"_s && a.size() <= 2)
            return noRecord(a.size() == 2 ? a.at(1) : u"all"_s);
        if (verb == u"pause"_s && a.size() == 2)
            return recordingPause(a.at(1));
        if (verb == u"resume"_s && a.size() == 2)
            return recordingResume(a.at(1));
        return usage(CommandId::Record);
    }
    if (cmd == u"get"_s) {
        if (a.size() != 1)
            return usage(CommandId::Get);
        return get(a.at(0));
    }
    if (cmd == u"set"_s) {
        if (a.size() < 2)
            return usage(CommandId::Set);
        // A caller-ID name may have been typed without quotes.
        return set(a.at(0), a.mid(1).join(u' '));
    }
    if (cmd == u"invite"_s || cmd == u"inviteim"_s) {
        const CommandId id = cmd == u"invite"_s ? CommandId::Invite : CommandId::InviteIm;
        // sipXconfig wants exactly one argument (sipxconfig-conference-rest.md §3.3).
        if (a.size() != 1)
            return usage(id);
        return id == CommandId::Invite ? invite(a.at(0)) : inviteIm(a.at(0));
    }
    if (cmd == u"dial"_s || cmd == u"bgdial"_s) {
        const CommandId id = cmd == u"dial"_s ? CommandId::Dial : CommandId::BgDial;
        if (a.isEmpty())
            return usage(id);
        DialRequest request;
        QString dialString = a.at(0);
        if (dialString.startsWith(u'{')) {
            const qsizetype close = dialString.indexOf(u'}');
            if (close < 0)
                return invalid(id, cmd, tr("The dial-string variables are missing the closing “}”."));
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
                    return invalid(
                        id, cmd, tr("“%1” is not a dial-string variable (use name=value).").arg(shown(pair)));
                request.variables.append({pair.left(eq), pair.mid(eq + 1)});
            }
        }
        const qsizetype slash = dialString.indexOf(u'/');
        if (slash < 0)
            return invalid(id, cmd,
                           tr("The dial string “%1” needs the form endpoint/destination, for example "
                              "sofia/default/1000@example.com.")
                               .arg(shown(dialString)));
        request.endpoint = dialString.left(slash);
        request.destination = dialString.mid(slash + 1);
        request.callerIdNumber = argAt(1);
        // Shell arguments arrive split; a caller-ID name may be several words.
        request.callerIdName = a.mid(2).join(u' ');
        return dialCommand(id, cmd, request);
    }

    // Unknown: suggest close matches.
    QStringList close;
    for (const QString &known : knownCommands()) {
        if (editDistance(cmd, known) <= 2 || (cmd.size() >= 3 && known.startsWith(cmd)))
            close << known;
    }
    if (close.isEmpty())
        return invalid(
            CommandId::Invalid, cmd,
            tr("Unknown command “%1”. Known commands: %2.").arg(shown(cmd), knownCommands().join(u", "_s)));
    return invalid(
        CommandId::Invalid, cmd,
        tr("Unknown command “%1”. Did you mean: %2?").arg(shown(cmd), close.mid(0, 5).join(u", "_s)));
}

} // namespace cc
