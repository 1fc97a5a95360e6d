// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// explainFailure() for HTTP error statuses from sipXconfig or the web server in front of it.
#include "core/diagnostics/failurefamilies.h"

namespace cc {

FailureExplanation FailureExplainer::explainHttp(const CommandOutcome &outcome, const RestResult *result)
{
    const QString raw = outcome.raw;
    const int status = outcome.httpStatus;
    const QString detail = outcome.detail;
    switch (status) {
    case 400:
        if (raw.contains(u"Incorect invite command") || raw.contains(u"Incorrect invite command"))
            return make(
                Cause::BadInvite, tr("Invitation malformed"),
                tr("sipXconfig answered 400 \"Incorect invite command\": an invitation needs exactly one "
                   "target."),
                {tr("Give exactly one SIP address, extension or IM id to invite."),
                 tr("The target must not contain '&', '/', '?' or '#'.")});
        if (raw.contains(u"No conference command specified"))
            return make(
                Cause::NoCommand, tr("No command given"),
                tr("sipXconfig answered 400 \"No conference command specified\": the command part of the "
                   "address was empty."),
                {tr("Type a command (for example \"list\") before sending.")});
        return make(Cause::BadRequest, tr("Request refused"),
                    tr("The server answered 400 Bad Request. %1").arg(detail),
                    {tr("Check for characters the address cannot carry ('%', '/', '?', '#').")});
    case 403:
        return make(
            Cause::NotOwner, tr("Not the conference owner"),
            tr("sipXconfig answered 403: only the conference's owner may control it through this API. "
               "Administrators are not exempt."),
            {tr("Log in as the user who owns the conference (see the conference's owner in sipXconfig)."),
             tr("Or ask an administrator to make your user the owner of the conference."),
             tr("A conference without an owner cannot be controlled through the API at all.")});
    case 404:
        if (raw.contains(u"Conference not found"))
            return make(Cause::ConferenceUnknown, tr("Conference unknown"),
                        tr("sipXconfig answered 404 \"Conference not found\": it has no conference with this "
                           "name."),
                        {tr("Check the conference name (it is case-sensitive); refresh the conference list."),
                         tr("The conference may have been renamed or deleted in sipXconfig.")});
        return make(
            Cause::WrongAddress, tr("Address not found"),
            tr("The server answered 404 for %1: no such page.")
                .arg(result ? result->url.path() : tr("this address")),
            {tr("Check the server address: it must end in /sipxconfig/rest."),
             tr("Check that this server runs sipXconfig (a different web application answers here).")});
    case 405:
        return make(
            Cause::MethodNotAllowed, tr("Method not allowed"),
            tr("The server answered 405 to a PUT: this is upstream sipXconfig, which runs commands only on "
               "GET."),
            {tr("Set the command method in the connection settings to \"Automatic\" or \"GET\".")});
    case 406:
        if (raw.contains(u"not active"))
            return make(Cause::ConferenceNotActive, tr("Conference not active"),
                        tr("sipXconfig answered 406 \"Conference found, but not active\": nobody is in the "
                           "conference, so the bridge has no running instance."),
                        {tr("Wait until somebody dials into the conference, then try again."),
                         tr("Check that the conference is enabled in sipXconfig.")},
                        true);
        return make(Cause::NotAcceptable, tr("Format not acceptable"),
                    tr("The server answered 406: it cannot answer in the format the console asked for."),
                    {tr("A proxy between the console and sipXconfig may rewrite the Accept header."),
                     tr("Check that the address points straight at sipXconfig's REST API.")});
    case 502:
    case 503:
    case 504:
        return make(
            Cause::ProxyTimeout, tr("Web server got no answer"),
            tr("The web server in front of sipXconfig answered %1: the service behind it did not answer "
               "(Apache gives up after its proxy timeout).")
                .arg(status),
            {tr("Check that sipXconfig (Jetty) is running on the server."),
             tr("Check that the sipxrecording service (\"Conference Event Listener\") answers: sipXconfig "
                "waits for it without a timeout."),
             tr("Check the load of the conference bridge.")},
            true);
    default:
        break;
    }
    if (status >= 500) {
        const bool connect =
            detail.contains(u"error.connect") || detail.contains(u"FreeswitchApiConnectException");
        if (connect)
            return make(
                Cause::BridgeUnreachable, tr("Bridge unreachable"),
                tr("sipXconfig could not reach FreeSWITCH on the conference bridge (%1).").arg(detail),
                {tr("Check that FreeSWITCH runs on the conference server."),
                 tr("Check that mod_xml_rpc is loaded and that its port is reachable from the sipXconfig "
                    "host.")},
                true);
        return make(Cause::ServerError, tr("Server error"),
                    detail.isEmpty()
                        ? tr("sipXconfig reported an internal error (HTTP %1).").arg(status)
                        : tr("sipXconfig reported an internal error (HTTP %1): %2").arg(status).arg(detail),
                    {tr("The JSON body names the error and its Java exception type; look for it in "
                        "sipxconfig.log on the server."),
                     tr("For an invitation, check that the IM id or address is known to sipXconfig.")},
                    true);
    }
    return make(Cause::Other, tr("Unexpected answer"),
                tr("The server answered HTTP %1. %2").arg(status).arg(detail),
                {tr("Check the server address and look at the raw answer in the log.")});
}

} // namespace cc
