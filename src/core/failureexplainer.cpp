// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "failureexplainer.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRegularExpression>

namespace cc {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cc::FailureExplainer", text);
}

using Cause = FailureExplanation::Cause;

FailureExplanation make(Cause cause, const QString &title, const QString &what, const QStringList &steps,
                        bool retryMayHelp = false)
{
    FailureExplanation e;
    e.cause = cause;
    e.title = title;
    e.whatHappened = what;
    e.whatToCheck = steps;
    e.retryMayHelp = retryMayHelp;
    return e;
}

QString hostOf(const RestResult *result)
{
    if (!result || result->url.host().isEmpty())
        return tr("the server");
    return result->url.host();
}

/// The transport error: from the RestResult when there is one, else recognised by the text
/// classifyCommandResponse() put into the outcome.
TransportError transportErrorOf(const CommandOutcome &outcome, const RestResult *result)
{
    if (result && result->error != TransportError::None)
        return result->error;
    if (outcome.kind != ResponseKind::TransportFailure)
        return TransportError::None;
    if (outcome.httpStatus == 401)
        return TransportError::Authentication;
    for (TransportError e : {TransportError::Authentication, TransportError::Tls, TransportError::Timeout,
                             TransportError::ResponseTooLarge, TransportError::ConnectionRefused,
                             TransportError::HostNotFound, TransportError::Cancelled}) {
        if (outcome.message == transportErrorText(e) || outcome.message == describe(e))
            return e;
    }
    return TransportError::Network;
}

FailureExplanation explainTls(const CommandOutcome &outcome, const RestResult *result,
                              const QSet<QString> &pins)
{
    QList<QSslError> errors;
    QSslCertificate leaf;
    if (result) {
        errors = result->sslErrors;
        leaf = result->peerCertificate;
        if (leaf.isNull()) {
            for (const QSslError &error : errors) {
                if (!error.certificate().isNull()) {
                    leaf = error.certificate();
                    break;
                }
            }
        }
    }
    const QString host = hostOf(result);
    bool expired = false;
    bool hostMismatch = false;
    for (const QSslError &error : errors) {
        switch (error.error()) {
        case QSslError::CertificateExpired:
        case QSslError::CertificateNotYetValid:
            expired = true;
            break;
        case QSslError::HostNameMismatch:
            hostMismatch = true;
            break;
        default:
            break;
        }
    }
    const QString fingerprint =
        leaf.isNull()
            ? QString()
            : QString::fromLatin1(QCryptographicHash::hash(leaf.toDer(), QCryptographicHash::Sha256).toHex());
    if (expired) {
        const QString until = leaf.isNull() ? QString() : leaf.expiryDate().toUTC().toString(Qt::ISODate);
        return make(Cause::TlsExpired, tr("Server certificate expired"),
                    until.isEmpty()
                        ? tr("The certificate of %1 is outside its validity period.").arg(host)
                        : tr("The certificate of %1 is outside its validity period (valid until %2).")
                              .arg(host, until),
                    {tr("Renew the certificate of the sipXconfig web server (Apache) on %1.").arg(host),
                     tr("Check the date and time of this computer and of the server: a wrong clock makes a "
                        "valid certificate look expired."),
                     tr("After the server has a new certificate, pin the new fingerprint if it is "
                        "self-signed.")});
    }
    if (!pins.isEmpty() && !fingerprint.isEmpty() && !pins.contains(fingerprint)) {
        return make(
            Cause::TlsPinMismatch, tr("Server certificate changed"),
            tr("%1 presented a certificate whose SHA-256 fingerprint (%2) is not the one you pinned. "
               "Either the server got a new certificate, or something is intercepting the connection.")
                .arg(host, fingerprint),
            {tr("Ask the server administrator whether the certificate of %1 was replaced recently, and "
                "compare the fingerprint with the one they see on the server.")
                 .arg(host),
             tr("Only if it matches, pin the new fingerprint in the connection settings."),
             tr("If nobody changed the certificate, do not connect: the connection may be "
                "intercepted.")});
    }
    if (hostMismatch) {
        return make(Cause::TlsHostMismatch, tr("Certificate is for another name"),
                    tr("The certificate of %1 was issued for a different host name.").arg(host),
                    {tr("Use the host name written in the certificate (usually the server's fully "
                        "qualified domain name) instead of an IP address or alias."),
                     tr("Or pin this certificate's fingerprint after checking it with the administrator.")});
    }
    QString what =
        fingerprint.isEmpty()
            ? tr("The secure connection to %1 failed: its certificate is not trusted by this computer.")
                  .arg(host)
            : tr("The certificate of %1 (SHA-256 %2) is not trusted by this computer and not pinned.")
                  .arg(host, fingerprint);
    if (!errors.isEmpty())
        what += u' ' + tr("Reason: %1").arg(errors.first().errorString());
    else if (!outcome.detail.isEmpty())
        what += u' ' + tr("Reason: %1").arg(outcome.detail);
    return make(Cause::TlsUntrusted, tr("Server certificate not trusted"), what,
                {tr("sipXconfig installs a self-signed certificate by default: compare the fingerprint with "
                    "the one the administrator sees on the server, then pin it."),
                 tr("Or install the certificate authority that signed the server's certificate on this "
                    "computer."),
                 tr("Check that the server address really is your sipXconfig server.")});
}

FailureExplanation explainTransport(TransportError error, const CommandOutcome &outcome,
                                    const RestResult *result, const QSet<QString> &pins)
{
    const QString host = hostOf(result);
    const int port = result ? result->url.port(result->url.scheme() == u"http" ? 80 : 443) : 443;
    switch (error) {
    case TransportError::Authentication:
        return make(
            Cause::WrongCredentials, tr("User name or password rejected"),
            tr("sipXconfig answered 401: it did not accept the user name or password (sipXconfig checks them "
               "with Spring Security before anything else)."),
            {tr("Check the user name: the sipXconfig user name, an alias (extension) or the IM id work."),
             tr("Check the password: Digest uses the user's web PIN (the sipXconfig \"PIN\"), not the "
                "voicemail "
                "PIN."),
             tr("Digest is computed for the server's realm, which is the SIP realm chosen at install time; "
                "an "
                "old realm cached by a proxy breaks it."),
             tr("Users whose password lives only in LDAP cannot use Digest: connect over HTTPS so that Basic "
                "authentication is used."),
             tr("A disabled or locked user also gets 401: check the user in sipXconfig.")});
    case TransportError::Tls:
        return explainTls(outcome, result, pins);
    case TransportError::Timeout:
        return make(
            Cause::Timeout, tr("No answer in time"),
            tr("%1 accepted the request but did not answer within the time limit.").arg(host),
            {tr("The conference bridge may be busy: sipXconfig waits for the recording service, which "
                "waits up to 60 s for FreeSWITCH."),
             tr("Check that sipXconfig (Jetty) and the sipxrecording service are running on the server."),
             tr("A slow network or VPN may need a longer timeout in the connection settings.")},
            true);
    case TransportError::ResponseTooLarge:
        return make(
            Cause::ResponseTooLarge, tr("Answer too large"),
            tr("%1 sent more data than the console accepts; it stopped reading to protect memory.").arg(host),
            {tr("Check that the server address points at sipXconfig's REST API and not at another "
                "service."),
             tr("A conference with very many members produces a large member list; raise the size "
                "limit only if that is the case.")});
    case TransportError::ConnectionRefused:
        return make(Cause::ConnectionRefused, tr("Connection refused"),
                    tr("Nothing accepts connections at %1 port %2.").arg(host).arg(port),
                    {tr("Check the port in the server address (sipXconfig is normally reached over HTTPS on "
                        "443 through Apache)."),
                     tr("Check that Apache and sipXconfig are running on the server."),
                     tr("A firewall may reject the connection.")},
                    true);
    case TransportError::HostNotFound:
        return make(Cause::HostNotFound, tr("Server name unknown"),
                    tr("The name %1 could not be resolved to an address.").arg(host),
                    {tr("Check the spelling of the server address."),
                     tr("Check this computer's DNS settings or VPN connection."),
                     tr("Try the server's IP address to rule out DNS.")},
                    true);
    case TransportError::Cancelled:
        return make(
            Cause::Cancelled, tr("Request cancelled"),
            tr("The request was cancelled before an answer arrived."),
            {tr("Nothing to fix: repeat the action if it is still wanted; check its effect first if it "
                "was a command that must not run twice.")});
    case TransportError::Network:
    case TransportError::None:
        break;
    }
    return make(Cause::Network, tr("Network error"),
                outcome.detail.isEmpty() ? outcome.message
                                         : tr("%1 (%2)").arg(outcome.message, outcome.detail),
                {tr("Check the network connection to %1.").arg(host),
                 tr("If a command was interrupted, check its effect in the member list before repeating it: "
                    "commands such as kick or dial are never resent automatically.")},
                true);
}

FailureExplanation explainHttp(const CommandOutcome &outcome, const RestResult *result)
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

FailureExplanation explainBackend(const CommandOutcome &outcome, const RestResult *result)
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

FailureExplanation explainFreeSwitch(const CommandOutcome &outcome)
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
    if (outcome.message.contains(u"Usage:") || text.contains(u'<'))
        return make(Cause::BadArguments, tr("Arguments not accepted"), outcome.message,
                    {tr("Check the command's arguments against its usage text.")});
    return make(Cause::FreeSwitchError, tr("FreeSWITCH reported an error"),
                outcome.message.isEmpty() ? text : outcome.message,
                {tr("Look at the FreeSWITCH answer in the log; refresh the member list.")});
}

} // namespace

FailureExplanation explainFailure(const CommandOutcome &outcome, const RestResult *result,
                                  const QSet<QString> &pinnedSha256)
{
    switch (outcome.kind) {
    case ResponseKind::Success:
        return {};
    case ResponseKind::TransportFailure:
        return explainTransport(transportErrorOf(outcome, result), outcome, result, pinnedSha256);
    case ResponseKind::HttpError:
        if (outcome.httpStatus == 401)
            return explainTransport(TransportError::Authentication, outcome, result, pinnedSha256);
        return explainHttp(outcome, result);
    case ResponseKind::BackendFailure:
        return explainBackend(outcome, result);
    case ResponseKind::FreeSwitchError:
        return explainFreeSwitch(outcome);
    }
    return {};
}

} // namespace cc
