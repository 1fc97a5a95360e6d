// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/rest/restclient.h"

#include "core/rest/restauth.h"
#include "core/rest/resturl.h"
#include "core/version.h"

#include <QAuthenticator>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QPointer>
#include <QSslConfiguration>
#include <QTimer>

namespace cc {

namespace {

QByteArray fingerprint(const QSslCertificate &certificate)
{
    return QCryptographicHash::hash(certificate.toDer(), QCryptographicHash::Sha256).toHex();
}

/// See RestClient::Private::start(): an empty request body whose reset() can be refused.
/// (Not a QBuffer: Qt reads QBuffers directly and resets them without asking.)
class OneShotBody final : public QIODevice
{
public:
    explicit OneShotBody(std::function<bool()> allowReset)
        : m_allowReset(std::move(allowReset))
    {}
    bool isSequential() const override { return false; }
    qint64 size() const override { return 0; }
    bool reset() override { return m_allowReset() && QIODevice::reset(); }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    std::function<bool()> m_allowReset;
};

TransportError mapError(QNetworkReply::NetworkError error, int httpStatus)
{
    switch (error) {
    case QNetworkReply::NoError:
        return TransportError::None;
    case QNetworkReply::AuthenticationRequiredError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return TransportError::Authentication;
    case QNetworkReply::ConnectionRefusedError:
        return TransportError::ConnectionRefused;
    case QNetworkReply::HostNotFoundError:
        return TransportError::HostNotFound;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // setTransferTimeout() aborts this way
        return TransportError::Timeout;
    case QNetworkReply::SslHandshakeFailedError:
        return TransportError::Tls;
    default:
        break;
    }
    // A 2xx whose body could not be read (a broken or oversized compressed stream: Qt stops
    // inflating past its safety ratio) has no answer to give.
    if (httpStatus >= 200 && httpStatus < 300 &&
        (error == QNetworkReply::ProtocolFailure || error == QNetworkReply::UnknownContentError))
        return TransportError::ResponseTooLarge;
    // Any other HTTP status (404, 500, ...) is an answer, not a transport failure.
    if (httpStatus > 0 && error >= QNetworkReply::ContentAccessDenied)
        return TransportError::None;
    return TransportError::Network;
}

} // namespace

struct RestClient::Private
{
    struct Exchange
    {
        QNetworkReply *reply = nullptr;
        QUrl url;
        QByteArray method;
        QByteArray accept;
        bool isCommand = false;
        bool retryable = true;
        bool hadContext = false;
        QPointer<QObject> context;
        Callback done;
        QElapsedTimer timer;
        QByteArray body;
        bool fellBackToGet = false;
        bool credentialsSupplied = false;
        bool tooLarge = false;
        bool cancelled = false;
        bool untrustedReported = false;
        bool resendBlocked = false;   // Qt wanted to resend a non-retryable command
        bool timedOut = false;        // the whole exchange outlasted config.timeoutMs
        int manualAuthRounds = 0;     // 401s answered by the manual digest path
        bool sentCredentials = false; // this attempt carried an Authorization header
        QList<QSslError> sslErrors;
        QSslCertificate leaf;
    };
    using ExchangePtr = std::shared_ptr<Exchange>;

    RestClient *q = nullptr;
    QNetworkAccessManager *nam = nullptr;
    ServerConfig config;
    QByteArray commandMethod = QByteArrayLiteral("PUT"); // what Auto has learnt
    QHash<QNetworkReply *, ExchangePtr> active;

    ManualAuthenticator manualAuth; // the auth path of non-retryable commands

    QUrl makeUrl(const QByteArray &encodedRelativePath) const;
    void submit(const QByteArray &method, const QUrl &url, const QByteArray &accept, bool isCommand,
                bool retryable, QObject *context, Callback done);
    void start(const ExchangePtr &exchange);
    void onFinished(QNetworkReply *reply);
    void onSslErrors(QNetworkReply *reply, const QList<QSslError> &errors);
    void onAuthentication(QNetworkReply *reply, QAuthenticator *authenticator);
    void abortTooLarge(const ExchangePtr &exchange);
    void deliver(const ExchangePtr &exchange, RestResult result);
};

QUrl RestClient::Private::makeUrl(const QByteArray &encodedRelativePath) const
{
    QByteArray base =
        config.baseUrl.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment).toEncoded();
    while (base.endsWith('/'))
        base.chop(1);
    // fromEncoded keeps '&', ':', '@' and existing %XX as they are (§3.5 Qt hint).
    return QUrl::fromEncoded(base + encodedRelativePath, QUrl::TolerantMode);
}

void RestClient::Private::submit(const QByteArray &method, const QUrl &url, const QByteArray &accept,
                                 bool isCommand, bool retryable, QObject *context, Callback done)
{
    auto exchange = std::make_shared<Exchange>();
    exchange->url = url;
    exchange->method = method;
    exchange->accept = accept;
    exchange->isCommand = isCommand;
    exchange->retryable = retryable;
    exchange->hadContext = context != nullptr;
    exchange->context = context;
    exchange->done = std::move(done);
    exchange->timer.start();
    const auto refuse = [&](const QString &errorString) {
        RestResult result;
        result.method = method;
        result.url = url.adjusted(QUrl::RemovePassword);
        result.error = TransportError::Network;
        result.errorString = errorString;
        // Asynchronous like every other outcome, so callers never see a callback inside their call.
        QMetaObject::invokeMethod(
            q, [this, exchange, result] { deliver(exchange, result); }, Qt::QueuedConnection);
    };
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
        refuse(QCoreApplication::translate("cc::RestClient",
                                           "The server address is not a valid http or https URL."));
        return;
    }
    // "." and ".." segments would be removed by URL normalisation before sending, so a conference
    // named ".." would address another route. Refuse them instead of sending a different request.
    if (hasDotSegment(url)) {
        refuse(QCoreApplication::translate(
            "cc::RestClient", "The request was not sent: \".\" and \"..\" cannot be used as a conference "
                              "name or path segment, because URLs treat them as navigation."));
        return;
    }
    start(exchange);
}

void RestClient::Private::start(const ExchangePtr &exchange)
{
    QNetworkRequest request(exchange->url);
    request.setRawHeader(QByteArrayLiteral("Accept"), exchange->accept);
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    // Commands must reach the server every time (§8): no cache, no redirects to another method.
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    // sipXconfig's Jetty/Apache speak HTTP/1.1; no h2 negotiation surprises.
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    // Qt's transfer timeout restarts with every byte, so a server that drips its answer would hold
    // the exchange for ever: the deadline below bounds the whole exchange (auth rounds included).
    request.setTransferTimeout(config.timeoutMs);
    if (exchange->url.scheme() == QLatin1String("https"))
        request.setSslConfiguration(QSslConfiguration::defaultConfiguration());

    QNetworkReply *reply;
    exchange->sentCredentials = false;
    if (!exchange->retryable) {
        // Qt's HTTP channel silently resends a request whose connection closed before any
        // response byte (even PUT, even on a fresh connection), but it resets the upload device
        // first. An empty body that refuses the reset turns that resend into an error.
        // Qt would also reset it to answer a 401 (stale nonces included, without telling us),
        // so these requests do their own digest (ManualAuthenticator) and Qt does no auth.
        auto *body = new OneShotBody([weak = std::weak_ptr<Exchange>(exchange)] {
            if (const auto exchange = weak.lock())
                exchange->resendBlocked = true;
            return false;
        });
        body->open(QIODevice::ReadOnly);
        request.setAttribute(QNetworkRequest::AuthenticationReuseAttribute, QNetworkRequest::Manual);
        const QByteArray authorization =
            manualAuth.authorization(exchange->method, exchange->url, config.user, config.password);
        if (!authorization.isEmpty()) {
            request.setRawHeader(QByteArrayLiteral("Authorization"), authorization);
            exchange->sentCredentials = true;
        }
        request.setHeader(QNetworkRequest::ContentLengthHeader, 0);
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        if (exchange->method == "PUT")
            request.setHeader(QNetworkRequest::ContentTypeHeader,
                              QByteArrayLiteral("text/plain; charset=UTF-8"));
        reply = nam->sendCustomRequest(request, exchange->method, body);
        body->setParent(reply);
    } else if (exchange->method == "PUT") {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("text/plain; charset=UTF-8"));
        reply = nam->put(request, QByteArray());
    } else {
        reply = nam->get(request);
    }
    exchange->reply = reply;
    exchange->body.clear();
    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    QObject::connect(deadline, &QTimer::timeout, reply, [weak = std::weak_ptr<Exchange>(exchange), reply] {
        if (const auto exchange = weak.lock())
            exchange->timedOut = true;
        reply->abort(); // finished() follows
    });
    deadline->start(int(std::max<qint64>(0, config.timeoutMs - exchange->timer.elapsed())));
    exchange->credentialsSupplied = false;
    active.insert(reply, exchange);

    QObject::connect(reply, &QNetworkReply::metaDataChanged, q, [this, reply] {
        const auto exchange = active.value(reply);
        if (!exchange)
            return;
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > config.maxResponseBytes)
            abortTooLarge(exchange);
    });
    QObject::connect(reply, &QNetworkReply::readyRead, q, [this, reply] {
        const auto exchange = active.value(reply);
        if (!exchange || exchange->tooLarge || !reply->isOpen())
            return;
        exchange->body += reply->readAll();
        if (exchange->body.size() > config.maxResponseBytes)
            abortTooLarge(exchange);
    });
    QObject::connect(reply, &QNetworkReply::sslErrors, q,
                     [this, reply](const QList<QSslError> &errors) { onSslErrors(reply, errors); });
    QObject::connect(reply, &QNetworkReply::finished, q, [this, reply] { onFinished(reply); });
}

void RestClient::Private::abortTooLarge(const ExchangePtr &exchange)
{
    exchange->tooLarge = true;
    exchange->body.clear();
    exchange->reply->abort(); // finished() follows synchronously
}

void RestClient::Private::onSslErrors(QNetworkReply *reply, const QList<QSslError> &errors)
{
    const auto exchange = active.value(reply);
    if (!exchange)
        return;
    QSslCertificate leaf = reply->sslConfiguration().peerCertificate();
    if (leaf.isNull() && !errors.isEmpty())
        leaf = errors.first().certificate();
    exchange->leaf = leaf;
    const bool pinned =
        !leaf.isNull() && config.pinnedSha256.contains(QString::fromLatin1(fingerprint(leaf)));
    bool allAboutLeaf = pinned;
    for (const QSslError &error : errors) {
        if (!error.certificate().isNull() && error.certificate() != leaf)
            allAboutLeaf = false; // e.g. a bad intermediate: a leaf pin does not cover it
    }
    if (allAboutLeaf) {
        reply->ignoreSslErrors(errors); // this reply only; never a blanket ignore
        return;
    }
    exchange->sslErrors = errors;
    if (!exchange->untrustedReported) {
        exchange->untrustedReported = true;
        emit q->untrustedCertificate(leaf, errors);
    }
}

void RestClient::Private::onAuthentication(QNetworkReply *reply, QAuthenticator *authenticator)
{
    const auto exchange = active.value(reply);
    if (!exchange || !exchange->retryable)
        return; // non-retryable commands authenticate manually (see start())
    // Credentials once per reply. Leaving the authenticator untouched after a rejection makes
    // Qt fail the reply with AuthenticationRequiredError: one error, never a 401 loop.
    // Stale nonces never get here: QAuthenticator restarts the nonce count itself (qt-style.md §3).
    if (exchange->credentialsSupplied)
        return;
    exchange->credentialsSupplied = true;
    if (authenticator->user() == config.user && authenticator->password() == config.password)
        return; // the connection already tried exactly these and the server said no
    if (config.user.isEmpty())
        return;
    authenticator->setUser(config.user);
    authenticator->setPassword(config.password);
}

void RestClient::Private::onFinished(QNetworkReply *reply)
{
    const ExchangePtr exchange = active.take(reply);
    reply->deleteLater();
    if (!exchange)
        return;
    if (!exchange->tooLarge && !exchange->cancelled && reply->isOpen())
        exchange->body += reply->readAll();

    const QVariant statusAttr = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const int status = statusAttr.isValid() ? statusAttr.toInt() : 0;

    // Manual digest for non-retryable commands: a 401 comes from Spring Security before the
    // command resource runs (sipxconfig-conference-rest.md §4.2), so answering it is no resend.
    if (status == 401 && !exchange->retryable && !exchange->cancelled && exchange->manualAuthRounds < 2 &&
        !config.user.isEmpty()) {
        bool stale = false;
        if (manualAuth.learnChallenge(reply->rawHeader(QByteArrayLiteral("WWW-Authenticate")), &stale) &&
            (!exchange->sentCredentials || stale)) {
            ++exchange->manualAuthRounds;
            start(exchange);
            return;
        }
    }

    // Auto policy: upstream sipXconfig answers PUT with 405 and runs commands on GET
    // (sipxconfig-conference-rest.md §0/§4.1). The 405 means the command did not run, so the
    // GET is allowed even for non-retryable commands.
    if (status == 405 && exchange->isCommand && exchange->method == "PUT" && !exchange->fellBackToGet &&
        !exchange->cancelled && config.methodPolicy == MethodPolicy::Auto) {
        commandMethod = QByteArrayLiteral("GET");
        exchange->method = QByteArrayLiteral("GET");
        exchange->fellBackToGet = true;
        start(exchange);
        return;
    }

    RestResult result;
    result.method = exchange->method;
    result.url = exchange->url.adjusted(QUrl::RemovePassword);
    result.httpStatus = status;
    result.reasonPhrase = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
    result.contentType = reply->rawHeader(QByteArrayLiteral("Content-Type"));
    result.fellBackToGet = exchange->fellBackToGet;
    result.peerCertificate = reply->sslConfiguration().peerCertificate();
    if (result.peerCertificate.isNull())
        result.peerCertificate = exchange->leaf;

    if (exchange->cancelled) {
        result.error = TransportError::Cancelled;
        result.errorString = transportErrorText(TransportError::Cancelled);
    } else if (exchange->timedOut) {
        result.error = TransportError::Timeout;
        result.errorString = QCoreApplication::translate("cc::RestClient", "No complete answer within %1 s.")
                                 .arg(config.timeoutMs / 1000.0);
    } else if (exchange->resendBlocked) {
        result.error = TransportError::Network;
        result.errorString = QCoreApplication::translate(
            "cc::RestClient",
            "The connection closed before the server answered. The command was not sent again "
            "because it must not run twice; check its effect before repeating it.");
    } else if (exchange->tooLarge) {
        result.error = TransportError::ResponseTooLarge;
        result.errorString = QCoreApplication::translate("cc::RestClient", "The response exceeded %1 bytes.")
                                 .arg(config.maxResponseBytes);
    } else {
        result.body = exchange->body;
        result.error = mapError(reply->error(), status);
        if (reply->error() != QNetworkReply::NoError)
            result.errorString = reply->errorString();
        if (result.error == TransportError::Tls || !exchange->sslErrors.isEmpty()) {
            if (reply->error() != QNetworkReply::NoError)
                result.error = TransportError::Tls;
            result.sslErrors = exchange->sslErrors;
        }
    }
    deliver(exchange, std::move(result));
}

void RestClient::Private::deliver(const ExchangePtr &exchange, RestResult result)
{
    result.latencyMs = exchange->timer.elapsed();
    emit q->exchangeFinished(result);
    // A destroyed context (closed window, finished poller) silently drops the callback.
    if (exchange->done && (!exchange->hadContext || exchange->context))
        exchange->done(result);
}

RestClient::RestClient(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    qRegisterMetaType<cc::RestResult>();
    d->q = this;
    d->nam = new QNetworkAccessManager(this);
    d->nam->setAutoDeleteReplies(false);
    connect(d->nam, &QNetworkAccessManager::authenticationRequired, this,
            [this](QNetworkReply *reply, QAuthenticator *authenticator) {
                d->onAuthentication(reply, authenticator);
            });
}

RestClient::~RestClient()
{
    // Replies die with the manager; make sure none of them calls back into a half-destroyed client.
    d->nam->disconnect(this);
    for (QNetworkReply *reply : d->active.keys()) {
        reply->disconnect(this);
        reply->abort();
    }
    d->active.clear();
    delete d->nam;
    d->nam = nullptr;
}

void RestClient::setConfig(const ServerConfig &config)
{
    const bool sameServer = d->config.baseUrl == config.baseUrl;
    const bool sameTrust = sameServer && d->config.user == config.user &&
                           d->config.password == config.password &&
                           d->config.pinnedSha256 == config.pinnedSha256;
    d->config = config;
    d->config.baseUrl = config.baseUrl.adjusted(QUrl::RemoveUserInfo);
    if (!sameServer)
        d->commandMethod = QByteArrayLiteral("PUT");
    if (!sameTrust) {
        d->manualAuth.reset();
        // Open connections carry the old credentials and TLS decisions; start afresh.
        d->nam->clearAccessCache();
        d->nam->clearConnectionCache();
    }
}

const ServerConfig &RestClient::config() const
{
    return d->config;
}

QByteArray RestClient::effectiveCommandMethod() const
{
    switch (d->config.methodPolicy) {
    case MethodPolicy::Get:
        return QByteArrayLiteral("GET");
    case MethodPolicy::Put:
        return QByteArrayLiteral("PUT");
    case MethodPolicy::Auto:
        break;
    }
    return d->commandMethod;
}

void RestClient::fetchConferences(QObject *context, Callback done)
{
    d->submit(QByteArrayLiteral("GET"), d->makeUrl(QByteArrayLiteral("/my/conferences")),
              QByteArrayLiteral("text/xml"), false, true, context, std::move(done));
}

void RestClient::fetchDetails(const QString &conference, QObject *context, Callback done)
{
    d->submit(QByteArrayLiteral("GET"), d->makeUrl("/my/conferencedetails/" + encodeNameSegment(conference)),
              QByteArrayLiteral("text/xml"), false, true, context, std::move(done));
}

void RestClient::fetchLoginDetails(QObject *context, Callback done)
{
    d->submit(QByteArrayLiteral("GET"), d->makeUrl(QByteArrayLiteral("/my/logindetails")),
              QByteArrayLiteral("text/xml, application/json;q=0.9, */*;q=0.8"), false, true, context,
              std::move(done));
}

void RestClient::runCommand(const QString &conference, const QString &segment, bool retryable,
                            QObject *context, Callback done)
{
    d->submit(effectiveCommandMethod(), commandUrl(conference, segment), QByteArrayLiteral("*/*"), true,
              retryable, context, std::move(done));
}

void RestClient::get(const QString &relativePath, const QByteArray &accept, QObject *context, Callback done)
{
    d->submit(QByteArrayLiteral("GET"), d->makeUrl(encodeRelativePath(relativePath)),
              accept.isEmpty() ? QByteArrayLiteral("*/*") : accept, false, true, context, std::move(done));
}

QUrl RestClient::commandUrl(const QString &conference, const QString &segment) const
{
    return d->makeUrl("/my/conference/" + encodeNameSegment(conference) + '/' +
                      encodeCommandSegment(segment));
}

void RestClient::cancelAll()
{
    const auto replies = d->active.keys();
    for (QNetworkReply *reply : replies) {
        if (const auto exchange = d->active.value(reply)) {
            exchange->cancelled = true;
            reply->abort(); // finished() -> Cancelled
        }
    }
}

QString transportErrorText(TransportError error)
{
    switch (error) {
    case TransportError::None:
        return QCoreApplication::translate("cc::CommandOutcome", "The server answered.");
    case TransportError::Authentication:
        return QCoreApplication::translate("cc::CommandOutcome",
                                           "The server did not accept the user name or password.");
    case TransportError::Tls:
        return QCoreApplication::translate(
            "cc::CommandOutcome",
            "The secure connection failed: the server's certificate is not trusted or does not match.");
    case TransportError::Timeout:
        return QCoreApplication::translate("cc::CommandOutcome", "The server did not answer in time.");
    case TransportError::ResponseTooLarge:
        return QCoreApplication::translate("cc::CommandOutcome",
                                           "The server's answer was too large and was not read.");
    case TransportError::ConnectionRefused:
        return QCoreApplication::translate(
            "cc::CommandOutcome",
            "The server refused the connection. Check the address and port, and that the service is "
            "running.");
    case TransportError::HostNotFound:
        return QCoreApplication::translate("cc::CommandOutcome",
                                           "The server name could not be found. Check the server address.");
    case TransportError::Network:
        return QCoreApplication::translate("cc::CommandOutcome", "A network error stopped the request.");
    case TransportError::Cancelled:
        return QCoreApplication::translate("cc::CommandOutcome", "The request was cancelled.");
    }
    return QCoreApplication::translate("cc::CommandOutcome", "The request failed.");
}

} // namespace cc
