// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/commands/commandresponse.h"

#include "core/commands/commandtable.h"
#include "core/parsers/parserutil.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace cc {

namespace {

constexpr qsizetype kMaxRawChars = 64 * 1024;

constexpr QByteArrayView kOpen = "<command-response>";
constexpr QByteArrayView kClose = "</command-response>";
constexpr QByteArrayView kExceptionOpen = "<command-exception>";
constexpr QByteArrayView kExceptionClose = "</command-exception>";

QString displayText(QByteArrayView bytes)
{
    QString text = parserutil::lossyDecode(bytes.first(std::min<qsizetype>(bytes.size(), kMaxRawChars * 4)));
    if (text.size() > kMaxRawChars || bytes.size() > kMaxRawChars * 4) {
        text.truncate(kMaxRawChars);
        text +=
            QCoreApplication::translate("cc::CommandOutcome", "\n[… %1 bytes in total]").arg(bytes.size());
    }
    return text;
}

/// Words of the command as given: "record&duration", "mute last" or just "relate".
QStringList commandTokens(const QString &commandName)
{
    static const QRegularExpression separators(QStringLiteral("[&\\s]+"));
    QStringList tokens = commandName.split(separators, Qt::SkipEmptyParts);
    if (!tokens.isEmpty())
        tokens.first() = tokens.first().toLower();
    return tokens;
}

/// Commands after which FreeSWITCH may legitimately print nothing (freeswitch-conference.md §1.5,
/// §3.1, §7.3); through ESL an empty reply reads "-ERR no reply".
bool mayPrintNothing(const QStringList &tokens)
{
    if (tokens.isEmpty())
        return false;
    const QString &cmd = tokens.first();
    static const QSet<QString> quiet = {
        QStringLiteral("get"),        QStringLiteral("getvar"),    QStringLiteral("list"),
        QStringLiteral("pause_play"), QStringLiteral("vid-floor"), QStringLiteral("hup"), // pre-1.8.6 hup
    };
    if (quiet.contains(cmd))
        return true;
    if (cmd == u"relate" && tokens.size() == 1)
        return true;
    // Member commands aimed at "last" do nothing when nobody (or only the recorder) is there.
    return tokens.size() >= 2 && tokens.at(1).compare(u"last", Qt::CaseInsensitive) == 0;
}

bool isRecordDuration(const QStringList &tokens)
{
    return tokens.size() >= 2 && tokens.first() == u"record" && tokens.at(1) == u"duration";
}

/// "<pcommand> <syntax>" texts FreeSWITCH prints on bad arguments (freeswitch-conference.md §2),
/// from the one usage table (commandtable.cpp).
const QSet<QString> &syntaxTexts()
{
    static const QSet<QString> texts = [] {
        QSet<QString> set;
        for (const command::FreeSwitchUsage &usage : command::freeSwitchUsages())
            set.insert(command::toQString(usage.command) + u' ' + command::toQString(usage.syntax));
        return set;
    }();
    return texts;
}

/// The `<pcommand> <syntax>` text as it appears in `text`, or empty.
QString syntaxTextIn(QStringView trimmed)
{
    // Syntax texts carry no newline; an error line may precede them (§1.2, §1.5).
    const qsizetype lastNewline = trimmed.lastIndexOf(u'\n');
    const QStringView lastLine = trimmed.sliced(lastNewline + 1).trimmed();
    if (syntaxTexts().contains(lastLine.toString()))
        return lastLine.toString();
    return {};
}

QString decodeHtmlEntities(QString text)
{
    text.replace(QLatin1String("&lt;"), QLatin1String("<"));
    text.replace(QLatin1String("&gt;"), QLatin1String(">"));
    text.replace(QLatin1String("&quot;"), QLatin1String("\""));
    text.replace(QLatin1String("&#39;"), QLatin1String("'"));
    text.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return text;
}

/// Jetty's error page: "<title>Error 404 Conference not found</title>…<pre>Conference not found</pre>".
QString htmlDetail(const QString &body)
{
    static const QRegularExpression pre(QStringLiteral("<pre>(.*?)</pre>"),
                                        QRegularExpression::CaseInsensitiveOption |
                                            QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression title(QStringLiteral("<title>(.*?)</title>"),
                                          QRegularExpression::CaseInsensitiveOption |
                                              QRegularExpression::DotMatchesEverythingOption);
    for (const QRegularExpression *re : {&pre, &title}) {
        const auto m = re->match(body);
        if (m.hasMatch()) {
            const QString text = decodeHtmlEntities(m.captured(1)).simplified();
            if (!text.isEmpty())
                return text.left(300);
        }
    }
    return {};
}

bool looksLikeHtml(QStringView trimmed)
{
    return trimmed.startsWith(u"<!DOCTYPE", Qt::CaseInsensitive) ||
           trimmed.startsWith(u"<html", Qt::CaseInsensitive) ||
           trimmed.startsWith(u"<head", Qt::CaseInsensitive) ||
           trimmed.startsWith(u"<body", Qt::CaseInsensitive);
}

/// `{"error":"<message>","type":"<class>"} ` — the message is not JSON-escaped (§4.1), so find the
/// last `","type":"` instead of using a JSON parser.
bool decodeServerError(const QString &body, QString *error, QString *type)
{
    const QString trimmed = body.trimmed();
    static const QLatin1String errorKey("{\"error\":\"");
    static const QLatin1String typeKey("\",\"type\":\"");
    if (!trimmed.startsWith(errorKey) || !trimmed.endsWith(u"\"}"))
        return false;
    const qsizetype typeAt = trimmed.lastIndexOf(typeKey);
    if (typeAt < errorKey.size())
        return false;
    *error = trimmed.mid(errorKey.size(), typeAt - errorKey.size());
    const qsizetype typeStart = typeAt + typeKey.size();
    *type = trimmed.mid(typeStart, trimmed.size() - 2 - typeStart);
    return true;
}

CommandOutcome classifyHttpError(const RestResult &result, CommandOutcome o)
{
    o.kind = ResponseKind::HttpError;
    const QString body =
        parserutil::lossyDecode(result.body.first(std::min<qsizetype>(result.body.size(), 256 * 1024)));
    o.detail = htmlDetail(body);
    if (o.detail.isEmpty() && !result.reasonPhrase.isEmpty())
        o.detail = QString::fromLatin1(result.reasonPhrase);
    // sipxconfig-conference-rest.md §4.1: status first, body text only to tell cases apart.
    switch (result.httpStatus) {
    case 400:
        if (body.contains(u"Incorect invite command") || body.contains(u"Incorrect invite command"))
            o.message = QCoreApplication::translate(
                "cc::CommandOutcome", "The invitation needs exactly one person or number to invite.");
        else if (body.contains(u"No conference command specified"))
            o.message =
                QCoreApplication::translate("cc::CommandOutcome", "No command was given to the conference.");
        else
            o.message = QCoreApplication::translate("cc::CommandOutcome",
                                                    "The server did not accept the request (bad request).");
        break;
    case 401:
        o.message = QCoreApplication::translate("cc::CommandOutcome",
                                                "The server did not accept the user name or password.");
        break;
    case 403:
        o.message = QCoreApplication::translate(
            "cc::CommandOutcome", "You are not the owner of this conference, so you cannot control it.");
        break;
    case 404:
        if (body.contains(u"Conference not found"))
            o.message = QCoreApplication::translate("cc::CommandOutcome",
                                                    "sipXconfig does not know a conference with this name.");
        else
            o.message = QCoreApplication::translate(
                "cc::CommandOutcome",
                "The server has no such address. Check the server URL in the connection settings.");
        break;
    case 405:
        o.message = QCoreApplication::translate(
            "cc::CommandOutcome",
            "The server does not allow this request method for commands; send commands with GET.");
        break;
    case 406:
        if (body.contains(u"not active"))
            o.message = QCoreApplication::translate(
                "cc::CommandOutcome", "The conference exists but is not active: nobody has joined it yet.");
        else
            o.message = QCoreApplication::translate(
                "cc::CommandOutcome",
                "The server cannot answer in the requested format (content negotiation failed).");
        break;
    case 500: {
        QString error;
        QString type;
        if (decodeServerError(body, &error, &type)) {
            o.detail = type.isEmpty() ? error : QStringLiteral("%1 (%2)").arg(error, type);
            if (error == u"error.inviteParticipant")
                o.message = QCoreApplication::translate(
                    "cc::CommandOutcome",
                    "The invitation failed: the IM id is unknown or the invitation could not be sent.");
            else if (error == u"error.connect" || type.endsWith(u"FreeswitchApiConnectException"))
                o.message = QCoreApplication::translate(
                    "cc::CommandOutcome", "sipXconfig cannot reach the FreeSWITCH conference bridge.");
            else if (type.endsWith(u"UserException"))
                o.message =
                    QCoreApplication::translate("cc::CommandOutcome", "sipXconfig refused the request: %1")
                        .arg(error);
            else
                o.message = QCoreApplication::translate("cc::CommandOutcome",
                                                        "The server reported an internal error: %1")
                                .arg(error);
        } else {
            o.message = QCoreApplication::translate("cc::CommandOutcome",
                                                    "The server reported an internal error (HTTP 500).");
        }
        break;
    }
    case 502:
    case 503:
    case 504:
        o.message = QCoreApplication::translate(
                        "cc::CommandOutcome",
                        "The web server got no answer from the conference service behind it (HTTP %1). "
                        "The conference bridge may be down or overloaded.")
                        .arg(result.httpStatus);
        break;
    default:
        o.message = o.detail.isEmpty()
                        ? QCoreApplication::translate("cc::CommandOutcome",
                                                      "The server answered with HTTP status %1.")
                              .arg(result.httpStatus)
                        : QCoreApplication::translate("cc::CommandOutcome",
                                                      "The server answered with HTTP status %1: %2.")
                              .arg(result.httpStatus)
                              .arg(o.detail);
        break;
    }
    return o;
}

/// FreeSWITCH's inner text (freeswitch-conference.md §1.1, §1.5, §3).
CommandOutcome classifyInner(CommandOutcome o, const QStringList &tokens)
{
    const QString trimmed = o.payload.trimmed();
    const auto success = [&](const QString &message) {
        o.kind = ResponseKind::Success;
        o.message = message;
        return o;
    };
    const auto fsError = [&](const QString &message) {
        o.kind = ResponseKind::FreeSwitchError;
        o.message = message;
        return o;
    };

    if (trimmed.isEmpty() || trimmed == u"-ERR no reply") {
        if (isRecordDuration(tokens))
            return success(QCoreApplication::translate("cc::CommandOutcome",
                                                       "No recording file exists, so there is no duration."));
        if (trimmed.isEmpty() || mayPrintNothing(tokens))
            return success(QCoreApplication::translate(
                "cc::CommandOutcome", "FreeSWITCH carried out the command and had nothing to report."));
        return fsError(QCoreApplication::translate(
            "cc::CommandOutcome", "FreeSWITCH printed nothing: no member matched the selection, or there was "
                                  "nothing to report."));
    }

    static const QRegularExpression conferenceNotFound(
        QStringLiteral("^(?:-ERR )?Conference (.+) not found\\.?$"));
    static const QRegularExpression unknownCommand(
        QStringLiteral("^(?:-ERR )?Conference command '(.*)' not found\\.?$"));
    static const QRegularExpression nonExistentId(
        QStringLiteral("^(?:-ERR )?Non-Exist[ae]nt (?:ID (\\S+)|member)"));

    // xml_list output (and any other XML) is data, never an error text; skip the line scan.
    if (trimmed.startsWith(u'<'))
        return success(QCoreApplication::translate("cc::CommandOutcome", "The command was carried out."));

    const QList<QStringView> lines = QStringView(trimmed).split(u'\n', Qt::SkipEmptyParts);
    for (QStringView rawLine : lines) {
        const QStringView line = rawLine.trimmed();
        // Error texts start with one of these; member lines of `list` start with a digit.
        if (line.isEmpty() || !(line[0] == u'-' || line[0] == u'N' || line[0] == u'C' || line[0] == u'E'))
            continue;
        if (const auto m = nonExistentId.match(line); m.hasMatch()) {
            return m.capturedLength(1) > 0
                       ? fsError(QCoreApplication::translate(
                                     "cc::CommandOutcome",
                                     "There is no member %1 in the conference: it left, or the id is wrong "
                                     "(a caller who rejoins gets a new id).")
                                     .arg(m.captured(1)))
                       : fsError(QCoreApplication::translate(
                             "cc::CommandOutcome", "No member in the conference matches the selection."));
        }
        if (unknownCommand.match(line).hasMatch()) {
            return fsError(
                QCoreApplication::translate("cc::CommandOutcome",
                                            "The conference bridge does not know the command \"%1\".")
                    .arg(unknownCommand.match(line).captured(1)));
        }
        if (line.startsWith(u"Conference command, not specified"))
            return fsError(
                QCoreApplication::translate("cc::CommandOutcome", "No command was given to the conference."));
        if (const auto m = conferenceNotFound.match(line); m.hasMatch()) {
            return fsError(
                QCoreApplication::translate(
                    "cc::CommandOutcome",
                    "The conference \"%1\" is not running on the bridge: nobody has joined it yet, "
                    "or it has just ended.")
                    .arg(m.captured(1)));
        }
        if (line.startsWith(u"-ERR")) {
            // Versions 1.8.0–1.10.5 print this on success (freeswitch-conference.md §3.3).
            if (line == u"-ERR (saymember) OK")
                continue;
            return fsError(QCoreApplication::translate("cc::CommandOutcome",
                                                       "The conference bridge reported an error: %1")
                               .arg(parserutil::snippet(line, 200)));
        }
        if (line.startsWith(u"ERROR:")) {
            // sipxrecording's own complaint inside the wrapper, e.g. record&<unknown action> (§5.4).
            if (line.contains(u"action"))
                return fsError(QCoreApplication::translate(
                    "cc::CommandOutcome", "The recording service did not understand the recording action."));
            return fsError(QCoreApplication::translate("cc::CommandOutcome",
                                                       "The recording service reported an error: %1")
                               .arg(parserutil::snippet(line, 200)));
        }
    }
    if (const QString syntax = syntaxTextIn(trimmed); !syntax.isEmpty()) {
        // Raw-value commands could in theory print anything; only trust an exact full match there.
        const bool rawValue = !tokens.isEmpty() && (tokens.first() == u"get" || tokens.first() == u"getvar" ||
                                                    tokens.first() == u"set");
        if (!rawValue || trimmed == syntax) {
            o.argumentsRejected = true;
            return fsError(QCoreApplication::translate(
                               "cc::CommandOutcome",
                               "The conference bridge did not accept the command's arguments. Usage: %1")
                               .arg(syntax));
        }
    }

    if (trimmed == u"Invitation sent")
        return success(QCoreApplication::translate("cc::CommandOutcome", "The invitation was sent."));
    if (trimmed == u"IN_PROGRESS")
        return success(QCoreApplication::translate("cc::CommandOutcome", "A recording is in progress."));
    if (trimmed == u"NO_RECORDING")
        return success(QCoreApplication::translate("cc::CommandOutcome", "No recording is in progress."));
    return success(QCoreApplication::translate("cc::CommandOutcome", "The command was carried out."));
}

} // namespace

std::optional<QByteArrayView> commandResponseInner(QByteArrayView body)
{
    // First opening, last closing: the inner text is raw FreeSWITCH output and may itself contain
    // XML with its own declaration (sipxconfig-conference-rest.md §3.6, §8).
    const QByteArrayView trimmed = parserutil::trimmedView(body);
    if (!trimmed.startsWith(kOpen))
        return std::nullopt;
    const qsizetype close = trimmed.lastIndexOf(kClose);
    if (close < kOpen.size())
        return std::nullopt;
    return trimmed.sliced(kOpen.size(), close - kOpen.size());
}

CommandOutcome classifyFreeSwitchOutput(QByteArrayView output, const QString &commandName)
{
    CommandOutcome o;
    o.raw = displayText(output);
    o.payload = parserutil::lossyDecode(output);
    return classifyInner(o, commandTokens(commandName));
}

CommandOutcome classifyCommandResponse(const RestResult &result, const QString &commandName)
{
    CommandOutcome o;
    o.httpStatus = result.httpStatus;
    o.raw = displayText(result.body);

    if (result.error != TransportError::None) {
        o.kind = ResponseKind::TransportFailure;
        o.transportError = result.error;
        o.message = transportErrorText(result.error);
        o.detail = result.errorString;
        return o;
    }
    if (result.httpStatus == 0) {
        o.kind = ResponseKind::TransportFailure;
        o.message = QCoreApplication::translate("cc::CommandOutcome", "No answer arrived from the server.");
        o.detail = result.errorString;
        return o;
    }
    if (result.httpStatus < 200 || result.httpStatus >= 300)
        return classifyHttpError(result, o);

    const QStringList tokens = commandTokens(commandName);
    const QByteArrayView body = parserutil::trimmedView(result.body);
    const auto backend = [&](const QString &message) {
        o.kind = ResponseKind::BackendFailure;
        o.message = message;
        return o;
    };

    // sipxconfig-conference-rest.md §4.1, §8: a 200 is not enough, classify by prefix.
    if (body.isEmpty()) {
        if (isRecordDuration(tokens)) {
            o.kind = ResponseKind::Success;
            o.message = QCoreApplication::translate("cc::CommandOutcome",
                                                    "No recording file exists, so there is no duration.");
            return o;
        }
        return backend(QCoreApplication::translate(
            "cc::CommandOutcome",
            "The conference service answered with nothing. The recording service (sipxrecording) "
            "or FreeSWITCH's event socket is probably down."));
    }
    if (const auto inner = commandResponseInner(body)) {
        o.payload = parserutil::lossyDecode(*inner);
        return classifyInner(o, tokens);
    }
    if (body.startsWith(kOpen)) {
        o.payload = parserutil::lossyDecode(body.sliced(kOpen.size()));
        return backend(QCoreApplication::translate(
            "cc::CommandOutcome",
            "The conference service's answer was cut off (no closing </command-response>)."));
    }
    if (body.startsWith(kExceptionOpen)) {
        QByteArrayView inner = body.sliced(kExceptionOpen.size());
        if (const qsizetype close = inner.lastIndexOf(kExceptionClose); close >= 0)
            inner = inner.first(close);
        o.payload = parserutil::lossyDecode(inner);
        o.detail = parserutil::snippet(inner, 300);
        return backend(QCoreApplication::translate(
            "cc::CommandOutcome",
            "FreeSWITCH did not finish the command within 60 seconds, or the conference service "
            "failed while running it."));
    }
    if (body.startsWith("ERROR:")) {
        o.detail = parserutil::snippet(body.sliced(6).trimmed(), 300);
        return backend(
            QCoreApplication::translate(
                "cc::CommandOutcome",
                "The recording service (sipxrecording) cannot be reached: the Conference Event Listener "
                "service may not be running, or the bridge's host name cannot be resolved (%1).")
                .arg(o.detail));
    }
    const QString text = parserutil::lossyDecode(body.first(std::min<qsizetype>(body.size(), 256 * 1024)));
    if (looksLikeHtml(text)) {
        o.detail = htmlDetail(text);
        return backend(
            o.detail.isEmpty()
                ? QCoreApplication::translate("cc::CommandOutcome",
                                              "The server sent a web page instead of a command reply.")
                : QCoreApplication::translate("cc::CommandOutcome",
                                              "The server sent a web page instead of a command reply: %1")
                      .arg(o.detail));
    }
    o.detail = parserutil::snippet(body, 200);
    return backend(QCoreApplication::translate(
        "cc::CommandOutcome", "The server sent an unexpected reply instead of a command result."));
}

} // namespace cc
