// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "failureexplainer.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRegularExpression>

namespace cc {

namespace {

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
        return QCoreApplication::translate("cc::FailureExplainer", "the server");
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
        return make(
            Cause::TlsExpired,
            QCoreApplication::translate("cc::FailureExplainer", "Server certificate expired"),
            until.isEmpty()
                ? QCoreApplication::translate("cc::FailureExplainer",
                                              "The certificate of %1 is outside its validity period.")
                      .arg(host)
                : QCoreApplication::translate(
                      "cc::FailureExplainer",
                      "The certificate of %1 is outside its validity period (valid until %2).")
                      .arg(host, until),
            {QCoreApplication::translate("cc::FailureExplainer",
                                         "Renew the certificate of the sipXconfig web server (Apache) on %1.")
                 .arg(host),
             QCoreApplication::translate(
                 "cc::FailureExplainer",
                 "Check the date and time of this computer and of the server: a wrong clock makes a "
                 "valid certificate look expired."),
             QCoreApplication::translate(
                 "cc::FailureExplainer",
                 "After the server has a new certificate, pin the new fingerprint if it is "
                 "self-signed.")});
    }
    if (!pins.isEmpty() && !fingerprint.isEmpty() && !pins.contains(fingerprint)) {
        return make(
            Cause::TlsPinMismatch,
            QCoreApplication::translate("cc::FailureExplainer", "Server certificate changed"),
            QCoreApplication::translate(
                "cc::FailureExplainer",
                "%1 presented a certificate whose SHA-256 fingerprint (%2) is not the one you pinned. "
                "Either the server got a new certificate, or something is intercepting the connection.")
                .arg(host, fingerprint),
            {QCoreApplication::translate(
                 "cc::FailureExplainer",
                 "Ask the server administrator whether the certificate of %1 was replaced recently, and "
                 "compare the fingerprint with the one they see on the server.")
                 .arg(host),
             QCoreApplication::translate(
                 "cc::FailureExplainer",
                 "Only if it matches, pin the new fingerprint in the connection settings."),
             QCoreApplication::translate(
                 "cc::FailureExplainer",
                 "If nobody changed the certificate, do not connect: the connection may be "
                 "intercepted.")});
    }
    if (hostMismatch) {
        return make(Cause::TlsHostMismatch,
                    QCoreApplication::translate("cc::FailureExplainer", "Certificate is for another name"),
                    QCoreApplication::translate("cc::FailureExplainer",
                                                "The certificate of %1 was issued for a different host name.")
                        .arg(host),
                    {QCoreApplication::translate(
                         "cc::FailureExplainer",
                         "Use the host name written in the certificate (usually the server's fully "
                         "qualified domain name) instead of an IP address or alias."),
                     QCoreApplication::translate(
                         "cc::FailureExplainer",
                         "Or pin this certificate's fingerprint after checking it with the administrator.")});
    }
    QString what =
        fingerprint.isEmpty()
            ? QCoreApplication::translate(
                  "cc::FailureExplainer",
                  "The secure connection to %1 failed: its certificate is not trusted by this computer.")
                  .arg(host)
            : QCoreApplication::translate(
                  "cc::FailureExplainer",
                  "The certificate of %1 (SHA-256 %2) is not trusted by this computer and not pinned.")
                  .arg(host, fingerprint);
    if (!errors.isEmpty())
        what += u' ' + QCoreApplication::translate("cc::FailureExplainer", "Reason: %1")
                           .arg(errors.first().errorString());
    else if (!outcome.detail.isEmpty())
        what += u' ' + QCoreApplication::translate("cc::FailureExplainer", "Reason: %1").arg(outcome.detail);
    return make(
        Cause::TlsUntrusted,
        QCoreApplication::translate("cc::FailureExplainer", "Server certificate not trusted"), what,
        {QCoreApplication::translate(
             "cc::FailureExplainer",
             "sipXconfig installs a self-signed certificate by default: compare the fingerprint with "
             "the one the administrator sees on the server, then pin it."),
         QCoreApplication::translate(
             "cc::FailureExplainer",
             "Or install the certificate authority that signed the server's certificate on this "
             "computer."),
         QCoreApplication::translate("cc::FailureExplainer",
                                     "Check that the server address really is your sipXconfig server.")});
}

FailureExplanation explainTransport(TransportError error, const CommandOutcome &outcome,
                                    const RestResult *result, const QSet<QString> &pins)
{
    const QString host = hostOf(result);
    const int port = result ? result->url.port(result->url.scheme() == u"http" ? 80 : 443) : 443;
    switch (error) {
    case TransportError::Authentication:
        return make(
            Cause::WrongCredentials,
            QCoreApplication::translate("cc::FailureExplainer", "User name or password rejected"),
            QCoreApplication::translate("cc::FailureExplainer",
                                        "sipXconfig answered 401: it did not accept the user name or "
                                        "password (sipXconfig checks them "
                                        "with Spring Security before anything else)."),
            {QCoreApplication::translate(
                 "cc::FailureExplainer",
                 "Check the user name: the sipXconfig user name, an alias (extension) or the IM id work."),
             QCoreApplication::translate(
                 "cc::FailureExplainer",
                 "Check the password: Digest uses the user's web PIN (the sipXconfig \"PIN\"), not the "
                 "voicemail "
                 "PIN."),
             QCoreApplication::translate(
                 "cc::FailureExplainer",
                 "Digest is computed for the server's realm, which is the SIP realm chosen at install time; "
                 "an "
                 "old realm cached by a proxy breaks it."),
             QCoreApplication::translate("cc::FailureExplainer",
                                         "Users whose password lives only in LDAP cannot use Digest: connect "
                                         "over HTTPS so that Basic "
                                         "authentication is used."),
             QCoreApplication::translate(
                 "cc::FailureExplainer",
                 "A disabled or locked user also gets 401: check the user in sipXconfig.")});
    case TransportError::Tls:
        return explainTls(outcome, result, pins);
    case TransportError::Timeout:
        return make(
            Cause::Timeout, QCoreApplication::translate("cc::FailureExplainer", "No answer in time"),
            QCoreApplication::translate("cc::FailureExplainer",
                                        "%1 accepted the request but did not answer within the time limit.")
                .arg(host),
            {QCoreApplication::translate(
                 "cc::FailureExplainer",
                 "The conference bridge may be busy: sipXconfig waits for the recording service, which "
                 "waits up to 60 s for FreeSWITCH."),
             QCoreApplication::translate(
                 "cc::FailureExplainer",
                 "Check that sipXconfig (Jetty) and the sipxrecording service are running on the server."),
             QCoreApplication::translate(
                 "cc::FailureExplainer",
                 "A slow network or VPN may need a longer timeout in the connection settings.")},
            true);
    case TransportError::ResponseTooLarge:
        return make(Cause::ResponseTooLarge,
                    QCoreApplication::translate("cc::FailureExplainer", "Answer too large"),
                    QCoreApplication::translate(
                        "cc::FailureExplainer",
                        "%1 sent more data than the console accepts; it stopped reading to protect memory.")
                        .arg(host),
                    {QCoreApplication::translate(
                         "cc::FailureExplainer",
                         "Check that the server address points at sipXconfig's REST API and not at another "
                         "service."),
                     QCoreApplication::translate(
                         "cc::FailureExplainer",
                         "A conference with very many members produces a large member list; raise the size "
                         "limit only if that is the case.")});
    case TransportError::ConnectionRefused:
        return make(
            Cause::ConnectionRefused,
            QCoreApplication::translate("cc::FailureExplainer", "Connection refused"),
            QCoreApplication::translate("cc::FailureExplainer", "Nothing accepts connections at %1 port %2.")
                .arg(host)
                .arg(port),
            {QCoreApplication::translate(
                 "cc::FailureExplainer",
                 "Check the port in the server address (sipXconfig is normally reached over HTTPS on "
                 "443 through Apache)."),
             QCoreApplication::translate("cc::FailureExplainer",
                                         "Check that Apache and sipXconfig are running on the server."),
             QCoreApplication::translate("cc::FailureExplainer", "A firewall may reject the connection.")},
            true);
    case TransportError::HostNotFound:
        return make(
            Cause::HostNotFound, QCoreApplication::translate("cc::FailureExplainer", "Server name unknown"),
            QCoreApplication::translate("cc::FailureExplainer",
                                        "The name %1 could not be resolved to an address.")
                .arg(host),
            {QCoreApplication::translate("cc::FailureExplainer", "Check the spelling of the server address."),
             QCoreApplication::translate("cc::FailureExplainer",
                                         "Check this computer's DNS settings or VPN connection."),
             QCoreApplication::translate("cc::FailureExplainer",
                                         "Try the server's IP address to rule out DNS.")},
            true);
    case TransportError::Cancelled:
        return make(
            Cause::Cancelled, QCoreApplication::translate("cc::FailureExplainer", "Request cancelled"),
            QCoreApplication::translate("cc::FailureExplainer",
                                        "The request was cancelled before an answer arrived."),
            {QCoreApplication::translate(
                "cc::FailureExplainer",
                "Nothing to fix: repeat the action if it is still wanted; check its effect first if it "
                "was a command that must not run twice.")});
    case TransportError::Network:
    case TransportError::None:
        break;
    }
    return make(
        Cause::Network, QCoreApplication::translate("cc::FailureExplainer", "Network error"),
        outcome.detail.isEmpty() ? outcome.message
                                 : QCoreApplication::translate("cc::FailureExplainer", "%1 (%2)")
                                       .arg(outcome.message, outcome.detail),
        {QCoreApplication::translate("cc::FailureExplainer", "Check the network connection to %1.").arg(host),
         QCoreApplication::translate(
             "cc::FailureExplainer",
             "If a command was interrupted, check its effect in the member list before repeating it: "
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
                Cause::BadInvite, QCoreApplication::translate("cc::FailureExplainer", "Invitation malformed"),
                QCoreApplication::translate(
                    "cc::FailureExplainer",
                    "sipXconfig answered 400 \"Incorect invite command\": an invitation needs exactly one "
                    "target."),
                {QCoreApplication::translate("cc::FailureExplainer",
                                             "Give exactly one SIP address, extension or IM id to invite."),
                 QCoreApplication::translate("cc::FailureExplainer",
                                             "The target must not contain '&', '/', '?' or '#'.")});
        if (raw.contains(u"No conference command specified"))
            return make(
                Cause::NoCommand, QCoreApplication::translate("cc::FailureExplainer", "No command given"),
                QCoreApplication::translate(
                    "cc::FailureExplainer",
                    "sipXconfig answered 400 \"No conference command specified\": the command part of the "
                    "address was empty."),
                {QCoreApplication::translate("cc::FailureExplainer",
                                             "Type a command (for example \"list\") before sending.")});
        return make(
            Cause::BadRequest, QCoreApplication::translate("cc::FailureExplainer", "Request refused"),
            QCoreApplication::translate("cc::FailureExplainer", "The server answered 400 Bad Request. %1")
                .arg(detail),
            {QCoreApplication::translate(
                "cc::FailureExplainer",
                "Check for characters the address cannot carry ('%', '/', '?', '#').")});
    case 403:
        return make(
            Cause::NotOwner, QCoreApplication::translate("cc::FailureExplainer", "Not the conference owner"),
            QCoreApplication::translate(
                "cc::FailureExplainer",
                "sipXconfig answered 403: only the conference's owner may control it through this API. "
                "Administrators are not exempt."),
            {QCoreApplication::translate(
                 "cc::FailureExplainer",
                 "Log in as the user who owns the conference (see the conference's owner in sipXconfig)."),
             QCoreApplication::translate(
                 "cc::FailureExplainer",
                 "Or ask an administrator to make your user the owner of the conference."),
             QCoreApplication::translate(
                 "cc::FailureExplainer",
                 "A conference without an owner cannot be controlled through the API at all.")});
    case 404:
        if (raw.contains(u"Conference not found"))
            return make(
                Cause::ConferenceUnknown,
                QCoreApplication::translate("cc::FailureExplainer", "Conference unknown"),
                QCoreApplication::translate(
                    "cc::FailureExplainer",
                    "sipXconfig answered 404 \"Conference not found\": it has no conference with this "
                    "name."),
                {QCoreApplication::translate(
                     "cc::FailureExplainer",
                     "Check the conference name (it is case-sensitive); refresh the conference list."),
                 QCoreApplication::translate(
                     "cc::FailureExplainer",
                     "The conference may have been renamed or deleted in sipXconfig.")});
        return make(
            Cause::WrongAddress, QCoreApplication::translate("cc::FailureExplainer", "Address not found"),
            QCoreApplication::translate("cc::FailureExplainer",
                                        "The server answered 404 for %1: no such page.")
                .arg(result ? result->url.path()
                            : QCoreApplication::translate("cc::FailureExplainer", "this address")),
            {QCoreApplication::translate("cc::FailureExplainer",
                                         "Check the server address: it must end in /sipxconfig/rest."),
             QCoreApplication::translate(
                 "cc::FailureExplainer",
                 "Check that this server runs sipXconfig (a different web application answers here).")});
    case 405:
        return make(
            Cause::MethodNotAllowed,
            QCoreApplication::translate("cc::FailureExplainer", "Method not allowed"),
            QCoreApplication::translate(
                "cc::FailureExplainer",
                "The server answered 405 to a PUT: this is upstream sipXconfig, which runs commands only on "
                "GET."),
            {QCoreApplication::translate(
                "cc::FailureExplainer",
                "Set the command method in the connection settings to \"Automatic\" or \"GET\".")});
    case 406:
        if (raw.contains(u"not active"))
            return make(Cause::ConferenceNotActive,
                        QCoreApplication::translate("cc::FailureExplainer", "Conference not active"),
                        QCoreApplication::translate(
                            "cc::FailureExplainer",
                            "sipXconfig answered 406 \"Conference found, but not active\": nobody is in the "
                            "conference, so the bridge has no running instance."),
                        {QCoreApplication::translate(
                             "cc::FailureExplainer",
                             "Wait until somebody dials into the conference, then try again."),
                         QCoreApplication::translate("cc::FailureExplainer",
                                                     "Check that the conference is enabled in sipXconfig.")},
                        true);
        return make(Cause::NotAcceptable,
                    QCoreApplication::translate("cc::FailureExplainer", "Format not acceptable"),
                    QCoreApplication::translate(
                        "cc::FailureExplainer",
                        "The server answered 406: it cannot answer in the format the console asked for."),
                    {QCoreApplication::translate(
                         "cc::FailureExplainer",
                         "A proxy between the console and sipXconfig may rewrite the Accept header."),
                     QCoreApplication::translate(
                         "cc::FailureExplainer",
                         "Check that the address points straight at sipXconfig's REST API.")});
    case 502:
    case 503:
    case 504:
        return make(
            Cause::ProxyTimeout,
            QCoreApplication::translate("cc::FailureExplainer", "Web server got no answer"),
            QCoreApplication::translate(
                "cc::FailureExplainer",
                "The web server in front of sipXconfig answered %1: the service behind it did not answer "
                "(Apache gives up after its proxy timeout).")
                .arg(status),
            {QCoreApplication::translate("cc::FailureExplainer",
                                         "Check that sipXconfig (Jetty) is running on the server."),
             QCoreApplication::translate(
                 "cc::FailureExplainer",
                 "Check that the sipxrecording service (\"Conference Event Listener\") answers: sipXconfig "
                 "waits for it without a timeout."),
             QCoreApplication::translate("cc::FailureExplainer", "Check the load of the conference bridge.")},
            true);
    default:
        break;
    }
    if (status >= 500) {
        const bool connect =
            detail.contains(u"error.connect") || detail.contains(u"FreeswitchApiConnectException");
        if (connect)
            return make(
                Cause::BridgeUnreachable,
                QCoreApplication::translate("cc::FailureExplainer", "Bridge unreachable"),
                QCoreApplication::translate(
                    "cc::FailureExplainer",
                    "sipXconfig could not reach FreeSWITCH on the conference bridge (%1).")
                    .arg(detail),
                {QCoreApplication::translate("cc::FailureExplainer",
                                             "Check that FreeSWITCH runs on the conference server."),
                 QCoreApplication::translate(
                     "cc::FailureExplainer",
                     "Check that mod_xml_rpc is loaded and that its port is reachable from the sipXconfig "
                     "host.")},
                true);
        return make(Cause::ServerError, QCoreApplication::translate("cc::FailureExplainer", "Server error"),
                    detail.isEmpty()
                        ? QCoreApplication::translate("cc::FailureExplainer",
                                                      "sipXconfig reported an internal error (HTTP %1).")
                              .arg(status)
                        : QCoreApplication::translate("cc::FailureExplainer",
                                                      "sipXconfig reported an internal error (HTTP %1): %2")
                              .arg(status)
                              .arg(detail),
                    {QCoreApplication::translate(
                         "cc::FailureExplainer",
                         "The JSON body names the error and its Java exception type; look for it in "
                         "sipxconfig.log on the server."),
                     QCoreApplication::translate(
                         "cc::FailureExplainer",
                         "For an invitation, check that the IM id or address is known to sipXconfig.")},
                    true);
    }
    return make(
        Cause::Other, QCoreApplication::translate("cc::FailureExplainer", "Unexpected answer"),
        QCoreApplication::translate("cc::FailureExplainer", "The server answered HTTP %1. %2")
            .arg(status)
            .arg(detail),
        {QCoreApplication::translate("cc::FailureExplainer",
                                     "Check the server address and look at the raw answer in the log.")});
}

FailureExplanation explainBackend(const CommandOutcome &outcome, const RestResult *result)
{
    const QString trimmed = outcome.raw.trimmed();
    const QString host = hostOf(result);
    if (trimmed.startsWith(u"ERROR:"))
        return make(
            Cause::RecordingServiceDown,
            QCoreApplication::translate("cc::FailureExplainer", "Conference service unreachable"),
            QCoreApplication::translate(
                "cc::FailureExplainer",
                "sipXconfig could not reach the sipxrecording service on the conference bridge: \"%1\".")
                .arg(trimmed.left(200)),
            {QCoreApplication::translate(
                 "cc::FailureExplainer",
                 "Check that the \"Conference Event Listener\" (sipxrecording) service is enabled and "
                 "running on the conference server (it needs the Conference feature on the same host)."),
             QCoreApplication::translate(
                 "cc::FailureExplainer",
                 "Check that the conference bridge's fully qualified host name resolves from the sipXconfig "
                 "host (sipXconfig calls it by that name)."),
             QCoreApplication::translate("cc::FailureExplainer",
                                         "Check that port 8549 on the bridge is not blocked by a firewall.")},
            true);
    if (trimmed.startsWith(u"<command-exception>"))
        return make(
            Cause::BridgeTimeout, QCoreApplication::translate("cc::FailureExplainer", "FreeSWITCH too slow"),
            QCoreApplication::translate(
                "cc::FailureExplainer",
                "The recording service waited more than 60 seconds for FreeSWITCH and gave up."),
            {QCoreApplication::translate(
                 "cc::FailureExplainer",
                 "FreeSWITCH on the conference bridge is overloaded or hung: check its CPU and its log."),
             QCoreApplication::translate(
                 "cc::FailureExplainer",
                 "Check the effect of the command before repeating it: it may still have run.")},
            true);
    if (trimmed.startsWith(u"<command-response>"))
        return make(Cause::CutOffAnswer,
                    QCoreApplication::translate("cc::FailureExplainer", "Answer cut off"),
                    QCoreApplication::translate("cc::FailureExplainer",
                                                "The answer from %1 ended before it was complete.")
                        .arg(host),
                    {QCoreApplication::translate(
                         "cc::FailureExplainer",
                         "Check the network and any proxy between the console and sipXconfig."),
                     QCoreApplication::translate("cc::FailureExplainer",
                                                 "Repeat the request; check a command's effect first.")},
                    true);
    if (trimmed.isEmpty())
        return make(
            Cause::EmptyAnswer, QCoreApplication::translate("cc::FailureExplainer", "Empty answer"),
            QCoreApplication::translate(
                "cc::FailureExplainer",
                "sipXconfig answered with an empty body: the recording service reached nothing behind it."),
            {QCoreApplication::translate(
                 "cc::FailureExplainer",
                 "Check that FreeSWITCH runs on the conference bridge and that its event socket "
                 "(127.0.0.1:8021, password ClueCon) is enabled: the recording service uses it."),
             QCoreApplication::translate(
                 "cc::FailureExplainer",
                 "For \"record duration\", an empty answer means that no recording file exists yet.")},
            true);
    return make(
        Cause::Other, QCoreApplication::translate("cc::FailureExplainer", "Unexpected answer"),
        QCoreApplication::translate(
            "cc::FailureExplainer",
            "The conference service answered something the console does not understand: \"%1\".")
            .arg(trimmed.left(200)),
        {QCoreApplication::translate("cc::FailureExplainer",
                                     "Check the server address: it must point at sipXconfig's REST API."),
         QCoreApplication::translate("cc::FailureExplainer", "Look at the raw answer in the log.")});
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
            Cause::MemberGone, QCoreApplication::translate("cc::FailureExplainer", "Member no longer there"),
            m.capturedLength(1) > 0
                ? QCoreApplication::translate(
                      "cc::FailureExplainer",
                      "FreeSWITCH has no member %1 in the conference (\"Non-Existant ID\"): the caller left, "
                      "or rejoined and got a new id.")
                      .arg(m.captured(1))
                : QCoreApplication::translate("cc::FailureExplainer", "No member matched the selection."),
            {QCoreApplication::translate(
                "cc::FailureExplainer",
                "Refresh the member list and pick the member again: ids change when a caller rejoins.")});
    if (const auto m = unknownCommand.match(text); m.hasMatch())
        return make(Cause::UnknownCommand,
                    QCoreApplication::translate("cc::FailureExplainer", "Unknown command"),
                    QCoreApplication::translate("cc::FailureExplainer",
                                                "This FreeSWITCH version does not know the command \"%1\".")
                        .arg(m.captured(1)),
                    {QCoreApplication::translate(
                        "cc::FailureExplainer",
                        "Check the spelling; some commands (tmute, floor, hold) exist only in newer "
                        "FreeSWITCH versions.")});
    if (const auto m = notFound.match(text); m.hasMatch())
        return make(
            Cause::ConferenceEmpty,
            QCoreApplication::translate("cc::FailureExplainer", "Nobody in the conference"),
            QCoreApplication::translate(
                "cc::FailureExplainer",
                "FreeSWITCH has no running conference \"%1\": sipXconfig knows it, but nobody is in it, so "
                "the bridge has no instance.")
                .arg(m.captured(1)),
            {QCoreApplication::translate("cc::FailureExplainer",
                                         "Wait until somebody dials in; the member list fills in by itself."),
             QCoreApplication::translate("cc::FailureExplainer",
                                         "Dial-out and invitations still work and start the conference.")},
            true);
    if (outcome.message.contains(u"Usage:") || text.contains(u'<'))
        return make(Cause::BadArguments,
                    QCoreApplication::translate("cc::FailureExplainer", "Arguments not accepted"),
                    outcome.message,
                    {QCoreApplication::translate("cc::FailureExplainer",
                                                 "Check the command's arguments against its usage text.")});
    return make(
        Cause::FreeSwitchError,
        QCoreApplication::translate("cc::FailureExplainer", "FreeSWITCH reported an error"),
        outcome.message.isEmpty() ? text : outcome.message,
        {QCoreApplication::translate("cc::FailureExplainer",
                                     "Look at the FreeSWITCH answer in the log; refresh the member list.")});
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
