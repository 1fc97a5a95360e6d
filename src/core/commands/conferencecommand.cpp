// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// cc::ConferenceCommand: the typed factories over the command table and the two encodings.
#include "core/commands/conferencecommand.h"

#include "core/commands/commandtable.h"
#include "core/commands/commandvalidation.h"

#include <string_view>

using namespace Qt::Literals::StringLiterals;

namespace cc {

using command::Api;
using command::CommandSpec;
using command::Rest;
using command::toQString;

namespace {

QString idText(std::optional<quint32> id)
{
    return id ? QString::number(*id) : QString();
}

/// The inputs of Arg::DialRequest.
QStringList dialInputs(const DialRequest &request)
{
    QStringList inputs{request.endpoint, request.destination, request.callerIdNumber, request.callerIdName};
    for (const auto &[key, value] : request.variables)
        inputs << key << value;
    return inputs;
}

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

ConferenceCommand ConferenceCommand::make(CommandId id, const QStringList &inputs)
{
    const CommandSpec &spec = *command::spec(id);
    const QString name = toQString(spec.name);
    QStringList args;
    if (!spec.lead.empty())
        args << toQString(spec.lead);
    qsizetype next = 0;
    QString error;
    if (spec.selector != command::Selector::None)
        error = command::checkSelector(spec.selector, inputs.value(next++), name, args);
    for (const command::Arg kind : spec.args) {
        if (!error.isEmpty() || kind == command::Arg::End)
            break;
        const int count = command::inputCount(kind);
        QStringList in = inputs.mid(next, count);
        next += in.size();
        while (in.size() < count)
            in << QString();
        error = command::checkArgument(kind, in, args);
    }
    if (!error.isEmpty())
        return invalid(id, name, error);
    return ConferenceCommand(id, name, args);
}

// --- factories: each hands its parameters to its row as the inputs of the row's argument kinds ---

// One line per factory: the function, its parameters, its command and the inputs (commandtable.h).
#define CC_FACTORY(function, parameters, id, ...)                                                            \
    ConferenceCommand ConferenceCommand::function parameters                                                 \
    {                                                                                                        \
        return make(CommandId::id, QStringList{__VA_ARGS__});                                                \
    }

// clang-format off
CC_FACTORY(mute, (const QString &selector), Mute, selector)
CC_FACTORY(unmute, (const QString &selector), Unmute, selector)
CC_FACTORY(deaf, (const QString &selector), Deaf, selector)
CC_FACTORY(undeaf, (const QString &selector), Undeaf, selector)
CC_FACTORY(tmute, (const QString &selector), TMute, selector)
CC_FACTORY(kick, (const QString &selector, const QString &file), Kick, selector, file)
CC_FACTORY(hup, (const QString &selector), Hup, selector)
CC_FACTORY(hold, (const QString &selector, const QString &file), Hold, selector, file)
CC_FACTORY(unhold, (const QString &selector), Unhold, selector)
CC_FACTORY(floor, (const QString &selector), Floor, selector)
CC_FACTORY(energy, (const QString &selector, const QString &value), Energy, selector, value)
CC_FACTORY(volumeIn, (const QString &selector, const QString &value), VolumeIn, selector, value)
CC_FACTORY(volumeOut, (const QString &selector, const QString &value), VolumeOut, selector, value)
CC_FACTORY(dtmf, (const QString &selector, const QString &digits), Dtmf, selector, digits)
CC_FACTORY(say, (const QString &text), Say, text)
CC_FACTORY(sayMember, (quint32 memberId, const QString &text), SayMember, QString::number(memberId), text)
CC_FACTORY(play, (const QString &file, std::optional<quint32> memberId, bool async), Play,
           file, idText(memberId), async ? u"async"_s : QString())
CC_FACTORY(stop, (const QString &mode, std::optional<quint32> memberId), Stop, mode, idText(memberId))
CC_FACTORY(transfer, (const QString &targetConference, const QList<quint32> &memberIds), Transfer,
           targetConference, command::joinIds(memberIds))
CC_FACTORY(relate, (const QList<quint32> &from, const QList<quint32> &to, RelateFlag flag), Relate,
           command::joinIds(from), command::joinIds(to), command::relateFlagWord(flag))
CC_FACTORY(relateList, (const QList<quint32> &ids), RelateList, command::joinIds(ids))
CC_FACTORY(lock, (), Lock)
CC_FACTORY(unlock, (), Unlock)
CC_FACTORY(pin, (const QString &digits), Pin, digits)
CC_FACTORY(noPin, (), NoPin)
CC_FACTORY(xmlList, (), XmlList)
CC_FACTORY(list, (const QString &delimiter), List, delimiter)
CC_FACTORY(listCount, (), ListCount)
CC_FACTORY(count, (), Count)
CC_FACTORY(record, (const QString &path), Record, path)
CC_FACTORY(noRecord, (const QString &pathOrAll), NoRecord, pathOrAll)
CC_FACTORY(recordingPause, (const QString &path), RecordingPause, path)
CC_FACTORY(recordingResume, (const QString &path), RecordingResume, path)
CC_FACTORY(recordingCheck, (), RecordingCheck)
CC_FACTORY(invite, (const QString &target), Invite, target)
CC_FACTORY(inviteIm, (const QString &imId), InviteIm, imId)
CC_FACTORY(recordStart, (), RecordStart)
CC_FACTORY(recordStop, (), RecordStop)
CC_FACTORY(recordStatus, (), RecordStatus)
CC_FACTORY(recordDuration, (), RecordDuration)
CC_FACTORY(get, (const QString &parameter), Get, parameter)
CC_FACTORY(set, (const QString &parameter, const QString &value), Set, parameter, value)
CC_FACTORY(setVar, (const QString &name, const QString &value), SetVar, name, value)
CC_FACTORY(getVar, (const QString &name), GetVar, name)
CC_FACTORY(playStatus, (std::optional<quint32> memberId), PlayStatus, idText(memberId))
// clang-format on

#undef CC_FACTORY

ConferenceCommand ConferenceCommand::dial(const DialRequest &request)
{
    return make(CommandId::Dial, dialInputs(request));
}

ConferenceCommand ConferenceCommand::bgDial(const DialRequest &request)
{
    return make(CommandId::BgDial, dialInputs(request));
}

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

// --- properties ------------------------------------------------------------------------------

bool ConferenceCommand::isRetryable() const
{
    const CommandSpec *spec = command::spec(m_id);
    if (!spec || !(spec->traits & command::Retry))
        return false;
    // up/down are relative steps; absolute values and queries are idempotent.
    return !(spec->takesLevel() && m_args.size() == 2 &&
             (m_args.at(1) == u"up"_s || m_args.at(1) == u"down"_s));
}

bool ConferenceCommand::changesState() const
{
    const CommandSpec *spec = command::spec(m_id);
    if (!spec || !(spec->traits & command::Writes))
        return false;
    return !spec->takesLevel() || m_args.size() > 1; // without a value a level only queries
}

bool ConferenceCommand::isSipXconfigOnly() const
{
    const CommandSpec *spec = command::spec(m_id);
    return spec && spec->api == Api::SipXconfig;
}

qsizetype ConferenceCommand::textArgIndex() const
{
    const CommandSpec *spec = command::spec(m_id);
    return spec && spec->api == Api::TextAsOne ? m_args.size() - 1 : -1;
}

// --- REST encoding ---------------------------------------------------------------------------

std::optional<QString> ConferenceCommand::encodeRest(QString *error) const
{
    if (!m_valid) {
        *error = m_error;
        return std::nullopt;
    }
    const Rest route = command::spec(m_id)->rest;
    if (route == Rest::Refused) {
        // sipXconfig intercepts every "record" segment and records into its own file (§5.4);
        // record&/path would be taken as an unknown action.
        *error = tr("sipXconfig handles “record” itself and always records into its own file, so a "
                    "path cannot be given over the REST API. Use “record start” / “record stop”, or "
                    "the event socket transport to record into a chosen file.");
        return std::nullopt;
    }

    auto refuse = [&](const QString &arg, const QString &why) {
        QString advice;
        if (route == Rest::Dialing)
            advice = tr("Use “invite” to call someone into the conference through sipXconfig instead.");
        else if (route == Rest::Paths)
            advice = tr("Use the event socket transport for commands with file paths.");
        else
            advice = tr("Remove the character from the argument.");
        *error = tr("“%1” cannot be sent over the sipXconfig REST API: the argument “%2” %3 %4")
                     .arg(m_name, command::shown(arg), why, advice);
        return std::nullopt;
    };

    const qsizetype textIndex = textArgIndex();
    QString segment = m_name;
    for (qsizetype i = 0; i < m_args.size(); ++i) {
        const QString &arg = m_args.at(i);
        const bool text = i == textIndex;
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
                if (route != Rest::Sip)
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
    if (token.isEmpty() || command::hasWhitespace(token))
        return u'\'' + escaped + u'\'';
    return escaped;
}

QString ConferenceCommand::apiLine(const QString &conference) const
{
    if (!m_valid || isSipXconfigOnly() || conference.trimmed().isEmpty() || command::hasControl(conference))
        return {};
    const qsizetype textIndex = textArgIndex();
    QString line = u"conference "_s + quoteApiToken(conference) + u' ' + m_name;
    for (qsizetype i = 0; i < m_args.size(); ++i) {
        // ARGS_AS_ONE text is handed over verbatim (freeswitch-conference.md §1.2).
        line += u' ' + (i == textIndex ? m_args.at(i) : quoteApiToken(m_args.at(i)));
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

} // namespace cc
