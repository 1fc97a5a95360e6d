// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpd/digestauth.h"

#include "core/rest/authchallenge.h"
#include "core/rest/digestmath.h"

#include <QDateTime>
#include <QHash>

namespace httpd {

namespace {

// Spring Security's DigestAuthenticationEntryPoint key in sipXconfig (§4.2).
constexpr char kNonceKey[] = "sipXconfig";

/// Parses `k=v, k="quoted, \"escaped\""` into a map with lower-case keys. More lenient than
/// cc::parseAuthChallengeParams (spaces around '=', bare keys kept, the last duplicate wins),
/// because credentials have no following challenge to stop at; values are read the same way.
QHash<QByteArray, QByteArray> parseAuthParams(QByteArrayView s)
{
    QHash<QByteArray, QByteArray> out;
    qsizetype i = 0;
    const qsizetype n = s.size();
    while (i < n) {
        while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == ','))
            ++i;
        const qsizetype keyStart = i;
        while (i < n && s[i] != '=' && s[i] != ',' && s[i] != ' ')
            ++i;
        const QByteArray key = s.sliced(keyStart, i - keyStart).toByteArray().toLower();
        while (i < n && s[i] == ' ')
            ++i;
        if (i >= n || s[i] != '=') {
            if (!key.isEmpty())
                out.insert(key, {});
            continue;
        }
        ++i;
        while (i < n && s[i] == ' ')
            ++i;
        const QByteArray value = cc::readAuthParamValue(s, &i);
        if (!key.isEmpty())
            out.insert(key, value);
    }
    return out;
}

QByteArray htmlEscape(const QString &text)
{
    return text.toHtmlEscaped().toLatin1();
}

} // namespace

DigestAuthenticator::DigestAuthenticator() = default;

void DigestAuthenticator::setRealm(const QString &realm)
{
    m_realm = realm;
}

void DigestAuthenticator::setNonceLifetimeMs(int ms)
{
    m_nonceLifetimeMs = qMax(1, ms);
}

void DigestAuthenticator::setCredentials(PasswordLookup passwordLookup)
{
    m_lookup = std::move(passwordLookup);
}

void DigestAuthenticator::setAcceptBasic(bool accept)
{
    m_acceptBasic = accept;
}

QByteArray DigestAuthenticator::makeNonce() const
{
    const QByteArray expiry = QByteArray::number(QDateTime::currentMSecsSinceEpoch() + m_nonceLifetimeMs);
    return QByteArray(expiry + ':' + cc::md5Hex(expiry + ':' + kNonceKey)).toBase64();
}

DigestAuthenticator::AuthCheck DigestAuthenticator::check(const Request &request) const
{
    const QByteArray authorization = request.header(QByteArrayLiteral("Authorization"));
    const QByteArrayView value(authorization);
    const qsizetype space = value.indexOf(' ');
    if (space <= 0)
        return {AuthCheck::Missing, {}};
    const QByteArrayView scheme = value.first(space);
    const QByteArrayView credentials = value.sliced(space + 1).trimmed();
    if (scheme.compare("Digest", Qt::CaseInsensitive) == 0)
        return checkDigest(request, credentials);
    if (scheme.compare("Basic", Qt::CaseInsensitive) == 0 && m_acceptBasic)
        return checkBasic(credentials);
    return {AuthCheck::Missing, {}};
}

DigestAuthenticator::AuthCheck DigestAuthenticator::checkDigest(const Request &request,
                                                                QByteArrayView credentials) const
{
    const auto params = parseAuthParams(credentials);
    const QByteArray user = params.value("username");
    const QByteArray realm = params.value("realm");
    const QByteArray nonce = params.value("nonce");
    const QByteArray uri = params.value("uri");
    const QByteArray response = params.value("response");
    const QByteArray qop = params.value("qop");
    const QByteArray nc = params.value("nc");
    const QByteArray cnonce = params.value("cnonce");
    const QString userName = QString::fromUtf8(user);
    // Same order of checks as Spring's DigestAuthenticationFilter.
    if (user.isEmpty() || realm.isEmpty() || nonce.isEmpty() || uri.isEmpty() || response.isEmpty())
        return {AuthCheck::Bad, userName};
    if (qop == "auth" && (nc.isEmpty() || cnonce.isEmpty()))
        return {AuthCheck::Bad, userName};
    if (!qop.isEmpty() && qop != "auth")
        return {AuthCheck::Bad, userName};
    if (QString::fromUtf8(realm) != m_realm)
        return {AuthCheck::Bad, userName};

    const auto nonceResult = QByteArray::fromBase64Encoding(nonce, QByteArray::AbortOnBase64DecodingErrors);
    if (!nonceResult)
        return {AuthCheck::Bad, userName};
    const QByteArray *decoded = &nonceResult.decoded;
    const qsizetype colon = decoded->indexOf(':');
    if (colon <= 0)
        return {AuthCheck::Bad, userName};
    const QByteArray expiryText = decoded->left(colon);
    bool expiryOk = false;
    const qint64 expiry = expiryText.toLongLong(&expiryOk);
    if (!expiryOk || decoded->mid(colon + 1) != cc::md5Hex(expiryText + ':' + kNonceKey))
        return {AuthCheck::Bad, userName};

    const std::optional<QString> password = m_lookup ? m_lookup(userName) : std::nullopt;
    if (!password)
        return {AuthCheck::Bad, userName};
    // QAuthenticator sends Latin-1 credentials (qt-style.md §3), so hash Latin-1 too.
    const QByteArray ha1 = cc::digestHa1(user, realm, password->toLatin1());
    const QByteArray ha2 = cc::digestHa2(request.method, uri);
    const QByteArray expected = qop.isEmpty() ? cc::digestResponse(ha1, nonce, ha2)
                                              : cc::digestResponse(ha1, nonce, nc, cnonce, qop, ha2);
    if (expected != response.toLower())
        return {AuthCheck::Bad, userName};
    if (expiry < QDateTime::currentMSecsSinceEpoch())
        return {AuthCheck::Stale, userName};
    return {AuthCheck::Ok, userName};
}

DigestAuthenticator::AuthCheck DigestAuthenticator::checkBasic(QByteArrayView credentials) const
{
    const auto result =
        QByteArray::fromBase64Encoding(credentials.toByteArray(), QByteArray::AbortOnBase64DecodingErrors);
    if (!result)
        return {AuthCheck::Bad, {}};
    const QByteArray *decoded = &result.decoded;
    const qsizetype colon = decoded->indexOf(':');
    if (colon < 0)
        return {AuthCheck::Bad, {}};
    const QString user = QString::fromUtf8(decoded->left(colon));
    const QByteArray given = decoded->mid(colon + 1);
    const std::optional<QString> password = m_lookup ? m_lookup(user) : std::nullopt;
    if (!password || (given != password->toUtf8() && given != password->toLatin1()))
        return {AuthCheck::Bad, user};
    return {AuthCheck::Ok, user};
}

Response DigestAuthenticator::challenge(bool stale, bool basic) const
{
    // Spring's entry points pass the exception message to sendError() (Jetty error page).
    Response response =
        jettyError(401, stale ? QStringLiteral("Nonce has expired/timed out")
                              : QStringLiteral("Full authentication is required to access this resource"));
    QByteArray header;
    const QByteArray realm = m_realm.toUtf8();
    if (basic) {
        header = "Basic realm=\"" + realm + '"';
    } else {
        header = "Digest realm=\"" + realm + "\", qop=\"auth\", nonce=\"" + makeNonce() + '"';
        if (stale)
            header += ", stale=\"true\"";
    }
    response.headers.prepend({QByteArrayLiteral("WWW-Authenticate"), header});
    return response;
}

Response DigestAuthenticator::jettyError(int status, const QString &description)
{
    return jettyError(status, description, {});
}

Response DigestAuthenticator::jettyError(int status, const QString &description, const QByteArray &uri)
{
    // Jetty 9.1 ErrorHandler.writeErrorPage() layout (sipxconfig-conference-rest.md §4.1 note).
    const QByteArray code = QByteArray::number(status);
    const QByteArray message = htmlEscape(description);
    QByteArray body;
    body.reserve(1200);
    body += "<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\"/>\n";
    body += "<title>Error " + code + ' ' + message + "</title>\n";
    body += "</head>\n<body><h2>HTTP ERROR " + code + "</h2>\n";
    body += "<p>Problem accessing " + htmlEscape(QString::fromLatin1(uri)) + ". Reason:\n<pre>    " +
            message + "</pre></p><hr /><i><small>Powered by Jetty://</small></i>";
    for (int i = 0; i < 20; ++i)
        body += "<br/>                                                \n";
    body += "\n</body>\n</html>\n";

    Response response;
    response.status = status;
    // Jetty's sendError(code, msg) sets the reason phrase too; keep it on one line.
    response.reason = description.simplified().toLatin1();
    response.headers.append(
        {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/html; charset=ISO-8859-1")});
    response.headers.append(
        {QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("must-revalidate,no-cache,no-store")});
    response.body = body;
    return response;
}

} // namespace httpd
