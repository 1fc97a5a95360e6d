// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// explainFailure() for transport failures: credentials, TLS certificates, timeouts, refused or
// unresolvable servers, network errors.
#include "core/diagnostics/failurefamilies.h"

#include <QCryptographicHash>

namespace cc {

FailureExplanation FailureExplainer::explainTls(const CommandOutcome &outcome, const RestResult *result,
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

FailureExplanation FailureExplainer::explainTransport(TransportError error, const CommandOutcome &outcome,
                                                      const RestResult *result, const QSet<QString> &pins)
{
    const QString host = hostOf(result);
    const int port = result ? result->url.port(result->url.scheme() == u"http" ? 80 : 443) : 443;
    switch (error) {
    case TransportError::Authentication:
        return make(
            Cause::WrongCredentials, tr("User name or password rejected"),
            tr("sipXconfig answered 401: it did not accept the user name or "
               "password (sipXconfig checks them "
               "with Spring Security before anything else)."),
            {tr("Check the user name: the sipXconfig user name, an alias (extension) or the IM id work."),
             tr("Check the password: Digest uses the user's web PIN (the sipXconfig \"PIN\"), not the "
                "voicemail "
                "PIN."),
             tr("Digest is computed for the server's realm, which is the SIP realm chosen at install time; "
                "an "
                "old realm cached by a proxy breaks it."),
             tr("Users whose password lives only in LDAP cannot use Digest: connect "
                "over HTTPS so that Basic "
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

} // namespace cc
