// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// explainFailure(): picks the failure family; also the explanations of the conference service's
// and FreeSWITCH's own errors (transport: failuretransport.cpp, HTTP: failurehttp.cpp).
#include "core/diagnostics/failureexplainer.h"

#include "core/diagnostics/failurefamilies.h"

#include <QRegularExpression>

namespace cc {

namespace {

/// The transport error: from the RestResult when there is one, else as the outcome recorded it.
TransportError transportErrorOf(const CommandOutcome &outcome, const RestResult *result)
{
    if (result && result->error != TransportError::None)
        return result->error;
    if (outcome.kind != ResponseKind::TransportFailure)
        return TransportError::None;
    if (outcome.httpStatus == 401)
        return TransportError::Authentication;
    if (outcome.transportError != TransportError::None)
        return outcome.transportError;
    return TransportError::Network; // no HTTP exchange behind it (event socket, no connection)
}

} // namespace

FailureExplanation FailureExplainer::make(Cause cause, const QString &title, const QString &what,
                                          const QStringList &steps, bool retryMayHelp)
{
    FailureExplanation e;
    e.cause = cause;
    e.title = title;
    e.whatHappened = what;
    e.whatToCheck = steps;
    e.retryMayHelp = retryMayHelp;
    return e;
}

QString FailureExplainer::hostOf(const RestResult *result)
{
    if (!result || result->url.host().isEmpty())
        return tr("the server");
    return result->url.host();
}

FailureExplanation FailureExplainer::explainBackend(const CommandOutcome &outcome, const RestResult *result)
{
    const QString trimmed = outcome.raw.trimmed();
    const QString host = hostOf(result);
    if (trimmed.startsWith(u"ERROR:"))
        return make(
            Cause::RecordingServiceDown, tr("Conference service unreachable"),
            tr("sipXconfig could not reach the sipxrecording service on the conference bridge: \"%1\".")
                .arg(trimmed.left(200)),
            {tr("Check that the \"Conference Event Listener\" (sipxrecording) service is enabled and "
                "running on the conference server (it needs the Conference feature on the same host)."),
             tr("Check that the conference bridge's fully qualified host name resolves from the sipXconfig "
                "host (sipXconfig calls it by that name)."),
             tr("Check that port 8549 on the bridge is not blocked by a firewall.")},
            true);
    if (trimmed.startsWith(u"<command-exception>"))
        return make(
            Cause::BridgeTimeout, tr("FreeSWITCH too slow"),
            tr("The recording service waited more than 60 seconds for FreeSWITCH and gave up."),
            {tr("FreeSWITCH on the conference bridge is overloaded or hung: check its CPU and its log."),
             tr("Check the effect of the command before repeating it: it may still have run.")},
            true);
    if (trimmed.startsWith(u"<command-response>"))
        return make(Cause::CutOffAnswer, tr("Answer cut off"),
                    tr("The answer from %1 ended before it was complete.").arg(host),
                    {tr("Check the network and any proxy between the console and sipXconfig."),
                     tr("Repeat the request; check a command's effect first.")},
                    true);
    if (trimmed.isEmpty())
        return make(
            Cause::EmptyAnswer, tr("Empty answer"),
            tr("sipXconfig answered with an empty body: the recording service reached nothing behind it."),
            {tr("Check that FreeSWITCH runs on the conference bridge and that its event socket "
                "(127.0.0.1:8021, password ClueCon) is enabled: the recording service uses it."),
             tr("For \"record duration\", an empty answer means that no recording file exists yet.")},
            true);
    return make(Cause::Other, tr("Unexpected answer"),
                tr("The conference service answered something the console does not understand: \"%1\".")
                    .arg(trimmed.left(200)),
                {tr("Check the server address: it must point at sipXconfig's REST API."),
                 tr("Look at the raw answer in the log.")});
}

FailureExplanation FailureExplainer::explainFreeSwitch(const CommandOutcome &outcome)
{
    const QString text = outcome.payload.trimmed();
    static const QRegularExpression nonExistent(QStringLiteral("Non-Exist[ae]nt (?:ID (\\S+)|member)"));
    static const QRegularExpression unknownCommand(QStringLiteral("Conference command '(.*)' not found"));
    static const QRegularExpression notFound(
        QStringLiteral("(?:^|\\n)(?:-ERR )?Conference (.+) not found\\.?"));
    if (const auto m = nonExistent.match(text); m.hasMatch())
        return make(
            Cause::MemberGone, tr("Member no longer there"),
            m.capturedLength(1) > 0
                ? tr("FreeSWITCH has no member %1 in the conference (\"Non-Existant ID\"): the caller left, "
                     "or rejoined and got a new id.")
                      .arg(m.captured(1))
                : tr("No member matched the selection."),
            {tr("Refresh the member list and pick the member again: ids change when a caller rejoins.")});
    if (const auto m = unknownCommand.match(text); m.hasMatch())
        return make(Cause::UnknownCommand, tr("Unknown command"),
                    tr("This FreeSWITCH version does not know the command \"%1\".").arg(m.captured(1)),
                    {tr("Check the spelling; some commands (tmute, floor, hold) exist only in newer "
                        "FreeSWITCH versions.")});
    if (const auto m = notFound.match(text); m.hasMatch())
        return make(
            Cause::ConferenceEmpty, tr("Nobody in the conference"),
            tr("FreeSWITCH has no running conference \"%1\": sipXconfig knows it, but nobody is in it, so "
               "the bridge has no instance.")
                .arg(m.captured(1)),
            {tr("Wait until somebody dials in; the member list fills in by itself."),
             tr("Dial-out and invitations still work and start the conference.")},
            true);
    if (outcome.argumentsRejected || text.contains(u'<'))
        return make(Cause::BadArguments, tr("Arguments not accepted"), outcome.message,
                    {tr("Check the command's arguments against its usage text.")});
    return make(Cause::FreeSwitchError, tr("FreeSWITCH reported an error"),
                outcome.message.isEmpty() ? text : outcome.message,
                {tr("Look at the FreeSWITCH answer in the log; refresh the member list.")});
}

FailureExplanation explainFailure(const CommandOutcome &outcome, const RestResult *result,
                                  const QSet<QString> &pinnedSha256)
{
    switch (outcome.kind) {
    case ResponseKind::Success:
        return {};
    case ResponseKind::TransportFailure:
        return FailureExplainer::explainTransport(transportErrorOf(outcome, result), outcome, result,
                                                  pinnedSha256);
    case ResponseKind::HttpError:
        if (outcome.httpStatus == 401)
            return FailureExplainer::explainTransport(TransportError::Authentication, outcome, result,
                                                      pinnedSha256);
        return FailureExplainer::explainHttp(outcome, result);
    case ResponseKind::BackendFailure:
        return FailureExplainer::explainBackend(outcome, result);
    case ResponseKind::FreeSwitchError:
        return FailureExplainer::explainFreeSwitch(outcome);
    }
    return {};
}

} // namespace cc
