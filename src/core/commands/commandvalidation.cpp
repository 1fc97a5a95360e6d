// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The argument checks of cc::ConferenceCommand, one per argument kind of the command table.
#include "core/commands/commandvalidation.h"

#include <QRegularExpression>

#include <algorithm>
#include <iterator>

using namespace Qt::Literals::StringLiterals;

namespace cc::command {

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

bool isCallerIdName(const QString &s)
{
    return !hasControl(s) && !hasQuoteOrBackslash(s) && s.size() <= kMaxNameLength;
}

QString callerIdNameError()
{
    return ConferenceCommand::tr(
               "The caller-ID name cannot contain quotes, backslashes or control characters "
               "(at most %1 characters).")
        .arg(kMaxNameLength);
}

QString callerIdNumberError(const QString &number)
{
    return ConferenceCommand::tr("The caller-ID number “%1” may only contain digits and a leading +.")
        .arg(shown(number));
}

/// Ids as factories and the parser hand them over: "5,6", empty for none. 0 stays 0 (refused later).
QList<quint32> idsOf(const QString &csv)
{
    QList<quint32> ids;
    if (!csv.isEmpty()) {
        for (const QString &part : csv.split(u','))
            ids << part.toUInt();
    }
    return ids;
}

QString positiveIdError()
{
    return ConferenceCommand::tr("A member id is a positive number.");
}

/// A file name or path argument (one FreeSWITCH token after quoting).
QString checkFile(const QString &path, bool mustBeAbsolute)
{
    if (path.isEmpty())
        return ConferenceCommand::tr("Enter a file name.");
    if (hasControl(path))
        return ConferenceCommand::tr("The file name cannot contain line breaks or control characters.");
    if (mustBeAbsolute && !path.startsWith(u'/'))
        return ConferenceCommand::tr("“%1” is not an absolute path; it must start with “/” on the "
                                     "conference server.")
            .arg(shown(path));
    return {};
}

/// A recording path (§11.7: always absolute); `whenEmpty` replaces the generic empty-name message.
QString recordingPath(const QString &path, const QString &whenEmpty, QStringList &out)
{
    const QString p = path.trimmed();
    const QString error = checkFile(p, true);
    if (!error.isEmpty())
        return p.isEmpty() && !whenEmpty.isEmpty() ? whenEmpty : error;
    out << p;
    return {};
}

QString level(const QString &value, int min, int max, const QString &what, QStringList &out)
{
    const QString v = value.trimmed().toLower();
    if (v.isEmpty())
        return {}; // query
    if (v == u"up"_s || v == u"down"_s) {
        out << v;
        return {};
    }
    const auto n = parseInt(v);
    if (!n || *n < min || *n > max)
        return ConferenceCommand::tr("%1 must be a whole number from %2 to %3, or up or down; “%4” is not.")
            .arg(what)
            .arg(min)
            .arg(max)
            .arg(shown(value.trimmed()));
    out << QString::number(*n);
    return {};
}

} // namespace

// --- one check per argument kind (inputs in `in`, tokens to send appended to `out`) ------------

QString checkEnergyLevel(const QStringList &in, QStringList &out)
{
    return level(in.at(0), kEnergyMin, kEnergyMax, ConferenceCommand::tr("The energy level"), out);
}

QString checkVolumeLevel(const QStringList &in, QStringList &out)
{
    return level(in.at(0), kVolumeMin, kVolumeMax, ConferenceCommand::tr("The volume"), out);
}

QString checkDtmfDigits(const QStringList &in, QStringList &out)
{
    const QString d = in.at(0).trimmed();
    if (d.isEmpty())
        return ConferenceCommand::tr("Enter the DTMF digits to send.");
    if (d.size() > kMaxDigits)
        return ConferenceCommand::tr("Send at most %1 DTMF digits at a time.").arg(kMaxDigits);
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
            return ConferenceCommand::tr("“%1” is not a DTMF digit: use 0-9, *, #, A-D, or w/W for a pause.")
                .arg(shown(QString(ch)));
    }
    out << normalized;
    return {};
}

/// Text for say/saymember. Quotes and backslashes are refused: TTS back ends such as
/// mod_tts_commandline hand the text to a shell, and the FreeSWITCH splitter treats them as
/// grouping/escape characters before the ARGS_AS_ONE handler sees the line (§1.1, §1.2).
QString checkSpeechText(const QStringList &in, QStringList &out)
{
    const QString t = in.at(0).trimmed();
    if (t.isEmpty())
        return ConferenceCommand::tr("Enter the text to speak.");
    if (hasControl(t))
        return ConferenceCommand::tr("The text to speak must be a single line without control characters.");
    if (hasQuoteOrBackslash(t))
        return ConferenceCommand::tr("The text to speak cannot contain quotes or backslashes; "
                                     "please rephrase without them.");
    if (t.size() > kMaxTextLength)
        return ConferenceCommand::tr("The text to speak is too long (at most %1 characters).")
            .arg(kMaxTextLength);
    out << t;
    return {};
}

QString checkListener(const QStringList &in, QStringList &out)
{
    const auto id = parseId(in.at(0));
    if (!id)
        return ConferenceCommand::tr("Choose the participant who should hear the text.");
    out << QString::number(*id);
    return {};
}

QString checkSoundFile(const QStringList &in, QStringList &out)
{
    // Relative names resolve against the sound prefix and URLs (tone_stream://...) are allowed.
    const QString f = in.at(0).trimmed();
    const QString error = checkFile(f, false);
    if (error.isEmpty())
        out << f;
    return error;
}

QString checkPlayTarget(const QStringList &in, QStringList &out)
{
    const QString &member = in.at(0);
    const bool async = !in.at(1).isEmpty();
    const auto id = parseId(member);
    if (!member.isEmpty() && !id)
        return ConferenceCommand::tr("Choose the participant who should hear the file.");
    if (id && async)
        return ConferenceCommand::tr(
            "A file is played either to one participant or asynchronously to everyone, "
            "not both.");
    if (id)
        out << QString::number(*id);
    else if (async)
        out << u"async"_s;
    return {};
}

QString checkStopMode(const QStringList &in, QStringList &out)
{
    const QString m = in.at(0).trimmed().toLower();
    if (m == u"last"_s)
        return ConferenceCommand::tr(
            "FreeSWITCH lists “stop last” but does not implement it; use current, all or "
            "async.");
    if (m != u"current"_s && m != u"all"_s && m != u"async"_s)
        return ConferenceCommand::tr("“%1” is not a stop mode: use current, all or async.")
            .arg(shown(in.at(0).trimmed()));
    out << m;
    return {};
}

QString checkMemberId(const QStringList &in, QStringList &out)
{
    if (in.at(0).isEmpty())
        return {};
    const auto id = parseId(in.at(0));
    if (!id)
        return positiveIdError();
    out << QString::number(*id);
    return {};
}

QString checkConferenceName(const QStringList &in, QStringList &out)
{
    const QString target = in.at(0).trimmed();
    if (target.isEmpty())
        return ConferenceCommand::tr("Enter the conference to transfer to.");
    if (hasWhitespace(target) || hasControl(target) || hasQuoteOrBackslash(target))
        return ConferenceCommand::tr(
                   "“%1” is not a conference name: it cannot contain spaces, quotes or control "
                   "characters.")
            .arg(shown(target));
    out << target;
    return {};
}

QString checkTransferIds(const QStringList &in, QStringList &out)
{
    const QList<quint32> ids = idsOf(in.at(0));
    if (ids.isEmpty())
        return ConferenceCommand::tr("Choose at least one participant to transfer.");
    QList<quint32> seen;
    for (quint32 id : ids) {
        if (id == 0)
            return positiveIdError();
        if (!seen.contains(id))
            seen << id;
    }
    // FreeSWITCH splits "<conf> transfer <target> <ids...>" into at most 25 tokens and glues the
    // rest into the last one, so ids beyond 22 would silently stay behind (freeswitch-conference.md
    // §1.1; found by fuzz_conferencecommand).
    if (seen.size() > kMaxTransferIds)
        return ConferenceCommand::tr(
                   "At most %1 participants can be transferred at once; transfer the others in "
                   "another step.")
            .arg(kMaxTransferIds);
    for (quint32 id : seen)
        out << QString::number(id);
    return {};
}

QString checkRelation(const QStringList &in, QStringList &out)
{
    const QList<quint32> from = idsOf(in.at(0));
    const QList<quint32> to = idsOf(in.at(1));
    if (from.isEmpty() || to.isEmpty())
        return ConferenceCommand::tr("Choose the participants on both sides of the relationship.");
    if ((from + to).contains(0u))
        return positiveIdError();
    for (quint32 id : from) {
        if (to.contains(id))
            return ConferenceCommand::tr("Participant %1 cannot be related to itself.").arg(id);
    }
    out << joinIds(from) << joinIds(to);
    return {};
}

QString checkKeyword(const QStringList &in, QStringList &out)
{
    out << in.at(0);
    return {};
}

QString checkIdsOrAll(const QStringList &in, QStringList &out)
{
    // "relate" alone prints nothing when relationships exist; a non-numeric token lists all (§7.3).
    const QList<quint32> ids = idsOf(in.at(0));
    if (ids.contains(0u))
        return positiveIdError();
    out << (ids.isEmpty() ? u"all"_s : joinIds(ids));
    return {};
}

QString checkPin(const QStringList &in, QStringList &out)
{
    const QString d = in.at(0).trimmed();
    if (d.isEmpty())
        return ConferenceCommand::tr("Enter the new PIN.");
    if (!isAsciiDigits(d) || d.size() > 32)
        return ConferenceCommand::tr("A PIN can only contain the digits 0-9 (at most 32).");
    out << d;
    return {};
}

QString checkDelimiter(const QStringList &in, QStringList &out)
{
    const QString &d = in.at(0);
    if (d.isEmpty())
        return {};
    if (hasWhitespace(d) || hasControl(d) || hasQuoteOrBackslash(d) || d.size() > 8)
        return ConferenceCommand::tr("The list delimiter must be 1 to 8 characters without spaces, quotes or "
                                     "control characters.");
    if (d.contains(u'|'))
        return ConferenceCommand::tr(
            "The list delimiter cannot contain “|”: FreeSWITCH uses it inside the flags "
            "field.");
    out << u"delim"_s << d;
    return {};
}

QString checkRecordFile(const QStringList &in, QStringList &out)
{
    // Always an absolute path (freeswitch-conference.md §11.7).
    return recordingPath(in.at(0), {}, out);
}

QString checkRecordingOrAll(const QStringList &in, QStringList &out)
{
    if (in.at(0).trimmed().compare(u"all"_s, Qt::CaseInsensitive) == 0) {
        out << u"all"_s;
        return {};
    }
    return recordingPath(in.at(0), ConferenceCommand::tr("Enter the recording path to stop, or all."), out);
}

QString checkRecordingFile(const QStringList &in, QStringList &out)
{
    // "recording pause" without a path would start a recording into a file named "pause" (§3.6).
    return recordingPath(in.at(0), ConferenceCommand::tr("Enter the path of the recording."), out);
}

/// Inputs: endpoint, destination, caller-ID number, caller-ID name, then variable name/value
/// pairs; sent as `{k=v,k2=v2}endpoint/destination <number> <name>`.
QString checkDialRequest(const QStringList &in, QStringList &out)
{
    static const QRegularExpression identifier(u"^[A-Za-z0-9_]+$"_s);
    const QString endpoint = in.value(0).trimmed();
    const QString destination = in.value(1).trimmed();
    const QString number = in.value(2).trimmed();
    const QString callerName = in.value(3).trimmed();
    if (endpoint.isEmpty())
        return ConferenceCommand::tr("Enter the endpoint module, for example sofia, loopback or user.");
    if (!identifier.match(endpoint).hasMatch())
        return ConferenceCommand::tr("“%1” is not an endpoint module name (letters, digits and _ only, for "
                                     "example sofia).")
            .arg(shown(endpoint));
    if (destination.isEmpty())
        return ConferenceCommand::tr(
            "Enter the destination to dial, for example internal/1000@pbx.example.com.");
    if (hasWhitespace(destination) || hasControl(destination) || hasQuoteOrBackslash(destination) ||
        destination.contains(u'{') || destination.contains(u'}') || destination.contains(u','))
        return ConferenceCommand::tr("The destination “%1” cannot contain spaces, quotes, braces, commas or "
                                     "control characters.")
            .arg(shown(destination));
    if (!number.isEmpty() && !isCallerIdNumber(number))
        return callerIdNumberError(number);
    if (!callerName.isEmpty()) {
        // FreeSWITCH reads the arguments by position: number first, then name (§3.5).
        if (number.isEmpty())
            return ConferenceCommand::tr("A caller-ID name needs a caller-ID number in front of it.");
        if (!isCallerIdName(callerName))
            return callerIdNameError();
    }
    QStringList vars;
    for (qsizetype i = 4; i + 1 < in.size(); i += 2) {
        const QString &key = in.at(i);
        const QString &value = in.at(i + 1);
        if (!identifier.match(key).hasMatch())
            return ConferenceCommand::tr(
                       "“%1” is not a dial-string variable name (letters, digits and _ only).")
                .arg(shown(key));
        if (value.isEmpty())
            return ConferenceCommand::tr("The dial-string variable %1 needs a value.").arg(key);
        // originate splits {...} at ',' honouring single quotes; the closing brace is searched
        // without regard to quotes, so braces are never safe inside a value.
        if (hasControl(value) || hasQuoteOrBackslash(value) || value.contains(u'{') || value.contains(u'}'))
            return ConferenceCommand::tr(
                       "The value of dial-string variable %1 cannot contain quotes, braces, "
                       "backslashes or control characters.")
                .arg(key);
        vars << key + u'=' + (value.contains(u',') ? u'\'' + value + u'\'' : value);
    }
    QString dialString = endpoint + u'/' + destination;
    if (!vars.isEmpty())
        dialString = u'{' + vars.join(u',') + u'}' + dialString;
    out << dialString;
    if (!number.isEmpty())
        out << number;
    if (!callerName.isEmpty())
        out << callerName;
    return {};
}

/// A trimmed token that must match `re`; `whenNot` gets the token shown as %1.
QString matching(const QString &input, const QRegularExpression &re, const QString &whenEmpty,
                 const QString &whenNot, QStringList &out)
{
    const QString t = input.trimmed();
    if (t.isEmpty())
        return whenEmpty;
    if (!re.match(t).hasMatch())
        return whenNot.arg(shown(t));
    out << t;
    return {};
}

QString checkInviteTarget(const QStringList &in, QStringList &out)
{
    // sipXconfig turns the target into a SIP URI itself (sipxconfig-conference-rest.md §5.2):
    // an extension, user name, number or SIP address; '@', ':' and ';' are sent literally (§3.5).
    static const QRegularExpression re(u"^[A-Za-z0-9\\-_.!~*+@:;=,$()]+$"_s);
    return matching(
        in.at(0), re, ConferenceCommand::tr("Enter the extension, number or SIP address to invite."),
        ConferenceCommand::tr("“%1” is not an extension, number or SIP address that sipXconfig can invite."),
        out);
}

QString checkImId(const QStringList &in, QStringList &out)
{
    static const QRegularExpression re(u"^[A-Za-z0-9\\-_.+@]+$"_s);
    return matching(
        in.at(0), re, ConferenceCommand::tr("Enter the instant-message id to invite."),
        ConferenceCommand::tr("“%1” is not an instant-message id (letters, digits, . _ - + @ only)."), out);
}

/// A parameter name of get/set (freeswitch-conference.md §3.4); `whenNot` gets the input as %1 and
/// the names as %2.
QString parameter(const QString &input, const QStringList &names, const QString &whenNot, QStringList &out)
{
    const QString p = input.trimmed().toLower();
    if (!names.contains(p))
        return whenNot.arg(shown(input.trimmed()), names.join(u", "_s));
    out << p;
    return {};
}

QString checkGetParameter(const QStringList &in, QStringList &out)
{
    return parameter(in.at(0), ConferenceCommand::getParameters(),
                     ConferenceCommand::tr("“%1” is not a conference parameter; choose one of: %2."), out);
}

QString checkSetParameter(const QStringList &in, QStringList &out)
{
    return parameter(in.at(0), ConferenceCommand::setParameters(),
                     ConferenceCommand::tr("“%1” cannot be set; choose one of: %2."), out);
}

QString checkSetValue(const QStringList &in, QStringList &out)
{
    const QString p = out.constLast(); // the parameter just checked
    const QString v = in.at(0).trimmed();
    if (v.isEmpty())
        return ConferenceCommand::tr("Enter a value for %1.").arg(p);
    if (p == u"max_members"_s || p == u"endconference_grace_time"_s) {
        const auto n = parseInt(v);
        if (!isAsciiDigits(v) || !n)
            return ConferenceCommand::tr("%1 must be a whole number of 0 or more.").arg(p);
        out << QString::number(*n);
        return {};
    }
    if (p == u"caller_id_number"_s && !isCallerIdNumber(v))
        return callerIdNumberError(v);
    if (p == u"sound_prefix"_s) {
        const QString error = checkFile(v, true);
        if (!error.isEmpty())
            return error;
    }
    if (p == u"caller_id_name"_s && !isCallerIdName(v))
        return callerIdNameError();
    out << v;
    return {};
}

QString relateFlagWord(RelateFlag flag)
{
    // NoSpeakNoHear is one token: separate tokens would set only the first flag (§7.1).
    static constexpr std::u16string_view words[] = {u"nospeak", u"nohear", u"nospeak,nohear", u"clear"};
    const auto i = std::size_t(flag);
    return i < std::size(words) ? toQString(words[i]) : QString();
}

// Member selectors (freeswitch-conference.md §1.3): FreeSWITCH's atoi() would take "5&kick" as 5
// and "-1" as a huge id, so only plain positive decimal ids and the three keywords pass.
QString checkSelector(Selector kind, const QString &selector, const QString &command, QStringList &out)
{
    const bool idOrLastOnly = kind == Selector::IdOrLast;
    const QString s = selector.trimmed();
    if (s.isEmpty())
        return idOrLastOnly
                   ? ConferenceCommand::tr("Choose a participant for %1: a member id or last.").arg(command)
                   : ConferenceCommand::tr("Choose a participant for %1: a member id, all, last or "
                                           "non_moderator.")
                         .arg(command);
    if (const auto memberId = parseId(s)) {
        out << QString::number(*memberId);
        return {};
    }
    const QString lower = s.toLower();
    if (lower == u"last"_s || (!idOrLastOnly && (lower == u"all"_s || lower == u"non_moderator"_s))) {
        out << lower;
        return {};
    }
    if (idOrLastOnly)
        return ConferenceCommand::tr("“%1” is not valid for %2: use a member id (a positive number) or last.")
            .arg(shown(s), command);
    return ConferenceCommand::tr(
               "“%1” is not a participant: use a member id (a positive number), all, last or "
               "non_moderator.")
        .arg(shown(s));
}

QString checkOptionalFile(const QStringList &in, QStringList &out)
{
    if (in.at(0).trimmed().isEmpty())
        return {};
    return checkSoundFile(in, out);
}

QString checkVariableName(const QStringList &in, QStringList &out)
{
    // One token FreeSWITCH stores as is; the console's own names are cc_<word>.
    const QString name = in.at(0).trimmed();
    if (name.isEmpty())
        return ConferenceCommand::tr("Enter the name of the conference variable.");
    const bool plain = std::all_of(name.cbegin(), name.cend(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') ||
               c == u'_' || c == u'-' || c == u'.';
    });
    if (!plain)
        return ConferenceCommand::tr(
                   "“%1” is not a variable name: use letters, digits, “_”, “-” and “.” only.")
            .arg(shown(name));
    out << name;
    return {};
}

QString checkVariableValue(const QStringList &in, QStringList &out)
{
    // setvar stores argv[3] only (conference_api_sub_setvar): a value is one token.
    const QString value = in.at(0).trimmed();
    if (value.isEmpty())
        return {};
    if (hasWhitespace(value) || hasControl(value) || hasQuoteOrBackslash(value))
        return ConferenceCommand::tr(
                   "“%1” cannot be a variable value: it cannot contain spaces, quotes or control characters.")
            .arg(shown(value));
    out << value;
    return {};
}

} // namespace cc::command
