// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QNetworkReply>
#include <QObject>
#include <QSet>
#include <QSslCertificate>
#include <QSslError>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace cc {

/// How commands are sent: the seed document says PUT, upstream sipXconfig answers PUT with 405
/// and runs commands on GET (sipxconfig-conference-rest.md §0).
enum class MethodPolicy { Auto, Get, Put };

/// Where a request failed, before any body classification.
enum class TransportError {
    None,             ///< an HTTP response arrived (any status)
    Authentication,   ///< 401 after credentials were tried (wrong user/password), reported once
    Tls,              ///< certificate not trusted / pin mismatch / handshake failure
    Timeout,          ///< no complete answer within the timeout
    ResponseTooLarge, ///< body exceeded the size cap; the request was aborted
    ConnectionRefused,
    HostNotFound,
    Network, ///< any other network failure
    Cancelled,
};

/// Everything the console needs to know about one exchange, for the log and for parsing.
struct RestResult
{
    QByteArray method;  ///< "GET" or "PUT" actually used for the final attempt
    QUrl url;           ///< never contains a password
    int httpStatus = 0; ///< 0 when no response arrived
    QByteArray reasonPhrase;
    QByteArray contentType;
    QByteArray body;
    TransportError error = TransportError::None;
    QString errorString; ///< Qt's text, for diagnostics
    qint64 latencyMs = 0;
    bool fellBackToGet = false;      ///< Auto policy: PUT got 405 and the GET retry produced this
    QList<QSslError> sslErrors;      ///< when error == Tls
    QSslCertificate peerCertificate; ///< the leaf certificate the server presented, if any

    bool ok() const { return error == TransportError::None && httpStatus >= 200 && httpStatus < 300; }
};

/// Connection settings of one sipXconfig server.
struct ServerConfig
{
    QUrl baseUrl; ///< e.g. https://pbx.example.com/sipxconfig/rest (no credentials)
    QString user;
    QString password; ///< kept in memory only; never logged
    MethodPolicy methodPolicy = MethodPolicy::Auto;
    QSet<QString> pinnedSha256; ///< lower-case hex SHA-256 of trusted leaf certificates (DER)
    int timeoutMs = 15000;
    qint64 maxResponseBytes = 16 * 1024 * 1024;
};

/// Asynchronous client for the sipXconfig Conference REST API. One QNetworkAccessManager,
/// no blocking waits, no nested event loops. Digest (MD5, qop=auth) and Basic; stale nonces are
/// answered silently; a wrong password fails once. Retryable requests authenticate through
/// QAuthenticator. Non-retryable commands authenticate themselves and carry a body Qt cannot
/// rewind, so Qt's transparent resend after a dropped connection can never send them twice.
class RestClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RestClient)

public:
    using Callback = std::function<void(const RestResult &)>;

    explicit RestClient(QObject *parent = nullptr);
    ~RestClient() override;

    void setConfig(const ServerConfig &config);
    const ServerConfig &config() const;

    /// Method the Auto policy has learnt for this server (PUT until a 405 is seen).
    QByteArray effectiveCommandMethod() const;

    /// GET /my/conferences (Accept: text/xml).
    void fetchConferences(QObject *context, Callback done);
    /// GET /my/conferencedetails/{name} (Accept: text/xml).
    void fetchDetails(const QString &conference, QObject *context, Callback done);
    /// GET /my/logindetails.
    void fetchLoginDetails(QObject *context, Callback done);
    /// Run /my/conference/{name}/{segment}. `segment` is the already validated and encoded
    /// "command&arg&arg" (see ConferenceCommand). Method per policy; with Auto a 405 on PUT is
    /// retried once with GET and GET is remembered. `retryable` = false for commands that must
    /// never be sent twice (dial, bgdial, invite, record, kick): no automatic resend ever,
    /// although the PUT->GET fallback after a 405 is still allowed because a 405 means the
    /// command did not run.
    void runCommand(const QString &conference, const QString &segment, bool retryable, QObject *context,
                    Callback done);
    /// Any path below the base URL (troubleshooting console).
    void get(const QString &relativePath, const QByteArray &accept, QObject *context, Callback done);

    /// The URL a command would use (for display and "copy as curl"), never with a password.
    QUrl commandUrl(const QString &conference, const QString &segment) const;

    /// Abort everything in flight; callbacks receive TransportError::Cancelled.
    void cancelAll();

signals:
    /// Emitted for every finished exchange (the log and the audit trail listen here).
    void exchangeFinished(const cc::RestResult &result);
    /// The server presented a certificate that is neither trusted by the system nor pinned.
    /// The GUI may ask the user and pin its fingerprint; the request itself has failed.
    void untrustedCertificate(const QSslCertificate &certificate, const QList<QSslError> &errors);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

/// Plain words for a transport failure: the one wording every part of the console shows.
QString transportErrorText(TransportError error);

} // namespace cc

Q_DECLARE_METATYPE(cc::RestResult)
