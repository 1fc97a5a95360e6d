// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpd/httpserver.h"

#include <QString>

#include <functional>
#include <optional>

namespace httpd {

/// Server-side HTTP authentication the way sipXconfig's Spring Security filters do it
/// (sipxconfig-conference-rest.md §4.2): Digest MD5 with qop="auth", no algorithm and no opaque
/// in the challenge, a self-validating nonce "<expiry>:<md5>" and Basic as an alternative.
class DigestAuthenticator final
{
public:
    struct AuthCheck
    {
        enum Status { Ok, Missing, Stale, Bad } status = Missing;
        QString user;
    };
    using PasswordLookup = std::function<std::optional<QString>(const QString &user)>;

    DigestAuthenticator();

    void setRealm(const QString &realm);
    QString realm() const { return m_realm; }
    /// Spring's DigestAuthenticationEntryPoint default, as used by sipXconfig: 10 s.
    void setNonceLifetimeMs(int ms);
    int nonceLifetimeMs() const { return m_nonceLifetimeMs; }
    void setCredentials(PasswordLookup passwordLookup);
    void setAcceptBasic(bool accept);
    bool acceptBasic() const { return m_acceptBasic; }

    /// Verifies the Authorization header of `request`.
    AuthCheck check(const Request &request) const;
    /// The 401 answer: a Digest challenge (with stale="true" when `stale`) or a Basic one.
    Response challenge(bool stale, bool basic = false) const;
    /// A fresh nonce, valid for nonceLifetimeMs() from now.
    QByteArray makeNonce() const;

    /// Jetty 9.1's default HTML error page ("Error <code> <description>", description in <pre>).
    static Response jettyError(int status, const QString &description);
    static Response jettyError(int status, const QString &description, const QByteArray &uri);

private:
    AuthCheck checkDigest(const Request &request, QByteArrayView credentials) const;
    AuthCheck checkBasic(QByteArrayView credentials) const;

    QString m_realm;
    int m_nonceLifetimeMs = 10000;
    PasswordLookup m_lookup;
    bool m_acceptBasic = true;
};

} // namespace httpd
