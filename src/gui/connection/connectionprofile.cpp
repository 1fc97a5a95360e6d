// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/connection/connectionprofile.h"

#include "core/rest/serverurl.h"

#include <QCoreApplication>

#include <algorithm>

namespace gui {

namespace {
const QLatin1String RestPathSuffix("/sipxconfig/rest");
} // namespace

cc::ServerConfig ConnectionProfile::toServerConfig(const QString &password) const
{
    cc::ServerConfig config;
    config.baseUrl = baseUrl.adjusted(QUrl::StripTrailingSlash);
    config.user = user.trimmed();
    config.password = password;
    config.methodPolicy = methodPolicy;
    config.pinnedSha256 = pinnedSha256;
    return config;
}

QString ConnectionProfile::validate() const
{
    if (name.trimmed().isEmpty())
        return QCoreApplication::translate("gui::ConnectionProfile", "Enter a name for this connection.");
    if (transport == Transport::EventSocket) {
        const QString host = eslHost.trimmed();
        if (host.isEmpty())
            return QCoreApplication::translate(
                "gui::ConnectionProfile",
                "Enter the FreeSWITCH host of the event socket, for example 127.0.0.1.");
        if (std::any_of(host.cbegin(), host.cend(), [](QChar c) { return c.isSpace() || c == u'/'; }) ||
            host.contains(QLatin1String("://")))
            return QCoreApplication::translate(
                "gui::ConnectionProfile",
                "The event socket host must be a host name or IP address only (no spaces, no "
                "scheme, no path).");
        if (eslPort == 0)
            return QCoreApplication::translate(
                "gui::ConnectionProfile",
                "The event socket port must be between 1 and 65535 (FreeSWITCH uses 8021).");
        if (eslResyncIntervalMs < MinEslResyncIntervalMs || eslResyncIntervalMs > MaxEslResyncIntervalMs)
            return QCoreApplication::translate("gui::ConnectionProfile",
                                               "The re-sync interval must be between 1 and 60 seconds.");
        return {};
    }
    if (baseUrl.isEmpty())
        return QCoreApplication::translate(
            "gui::ConnectionProfile",
            "Enter the server address, for example https://pbx.example.com/sipxconfig/rest.");
    if (!baseUrl.isValid())
        return QCoreApplication::translate("gui::ConnectionProfile",
                                           "The server address is not a valid URL: %1")
            .arg(baseUrl.errorString());
    const QString scheme = baseUrl.scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        return QCoreApplication::translate("gui::ConnectionProfile",
                                           "The server address must start with https:// (or http://).");
    if (baseUrl.host().isEmpty())
        return QCoreApplication::translate("gui::ConnectionProfile", "The server address has no host name.");
    // Credentials in the URL would end up in logs and in the settings file.
    if (!baseUrl.userInfo().isEmpty())
        return QCoreApplication::translate(
            "gui::ConnectionProfile",
            "Do not put the user name or password in the address; use the User and Password fields.");
    if (baseUrl.hasQuery() || baseUrl.hasFragment())
        return QCoreApplication::translate("gui::ConnectionProfile",
                                           "The server address must not contain '?' or '#'.");
    if (user.trimmed().isEmpty())
        return QCoreApplication::translate("gui::ConnectionProfile", "Enter your sipXconfig user name.");
    // QAuthenticator converts credentials with toLatin1() (qt-style.md §3, digest row).
    if (std::any_of(user.cbegin(), user.cend(), [](QChar c) { return c.unicode() > 0xff; }))
        return QCoreApplication::translate("gui::ConnectionProfile",
                                           "The user name may only contain Latin-1 characters.");
    if (pollIntervalMs < MinPollIntervalMs || pollIntervalMs > MaxPollIntervalMs)
        return QCoreApplication::translate("gui::ConnectionProfile",
                                           "The refresh interval must be between 0.5 and 30 seconds.");
    for (const QString &pin : pinnedSha256) {
        static const QLatin1String hex("0123456789abcdef");
        const bool ok = pin.size() == 64 &&
                        std::all_of(pin.cbegin(), pin.cend(), [](QChar c) { return hex.contains(c); });
        if (!ok)
            return QCoreApplication::translate("gui::ConnectionProfile",
                                               "A pinned certificate fingerprint is not a SHA-256 value: %1")
                .arg(pin);
    }
    return {};
}

QString ConnectionProfile::warning() const
{
    QStringList notes;
    if (transport == Transport::EventSocket) {
        // mod_event_socket speaks plain TCP: the password and every command travel unencrypted.
        const QString host = eslHost.trimmed().toLower();
        if (!host.isEmpty() && host != QLatin1String("127.0.0.1") && host != QLatin1String("localhost") &&
            host != QLatin1String("::1"))
            notes << QCoreApplication::translate(
                "gui::ConnectionProfile",
                "The event socket is not encrypted; use it on a trusted network or through a "
                "tunnel.");
        return notes.join(u' ');
    }
    if (baseUrl.scheme().compare(QLatin1String("http"), Qt::CaseInsensitive) == 0)
        notes << QCoreApplication::translate(
            "gui::ConnectionProfile",
            "Plain http is not encrypted; sipXconfig normally redirects it to https.");
    // sipxconfig-conference-rest.md §1: the API lives under /sipxconfig/rest.
    const QString path = baseUrl.path();
    if (!baseUrl.host().isEmpty() && !path.endsWith(RestPathSuffix) && path != RestPathSuffix + u'/')
        notes << QCoreApplication::translate(
            "gui::ConnectionProfile",
            "The address usually ends in /sipxconfig/rest; it will be used as typed.");
    return notes.join(u' ');
}

QUrl ConnectionProfile::normalizedBaseUrl(const QString &text)
{
    QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    // A host, a host URL or a whole pasted API URL all name the same base URL.
    const cc::ServerUrlReading reading = cc::interpretServerUrl(t);
    if (reading.isValid())
        return reading.baseUrl;
    // Keep what was typed so that validate() can say what is wrong with it.
    if (!t.contains(QLatin1String("://")))
        t.prepend(QLatin1String("https://"));
    QUrl url(t, QUrl::StrictMode);
    if (!url.isValid())
        url = QUrl(t, QUrl::TolerantMode);
    return url.adjusted(QUrl::StripTrailingSlash);
}

QString ConnectionProfile::displayAddress() const
{
    if (transport == Transport::EventSocket) {
        const QString host = eslHost.trimmed();
        // IPv6 literals need brackets before the port.
        return QStringLiteral("esl://%1:%2")
            .arg(host.contains(u':') ? QStringLiteral("[%1]").arg(host) : host)
            .arg(eslPort);
    }
    return baseUrl.toDisplayString(QUrl::RemoveUserInfo);
}

QString ConnectionProfile::transportKey(Transport transport)
{
    return transport == Transport::EventSocket ? QStringLiteral("esl") : QStringLiteral("rest");
}

ConnectionProfile::Transport ConnectionProfile::transportFromKey(const QString &key)
{
    return key.trimmed().compare(QLatin1String("esl"), Qt::CaseInsensitive) == 0 ? Transport::EventSocket
                                                                                 : Transport::Rest;
}

QString ConnectionProfile::methodPolicyKey(cc::MethodPolicy policy)
{
    switch (policy) {
    case cc::MethodPolicy::Get:
        return QStringLiteral("get");
    case cc::MethodPolicy::Put:
        return QStringLiteral("put");
    case cc::MethodPolicy::Auto:
        break;
    }
    return QStringLiteral("auto");
}

cc::MethodPolicy ConnectionProfile::methodPolicyFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    if (k == QLatin1String("get"))
        return cc::MethodPolicy::Get;
    if (k == QLatin1String("put"))
        return cc::MethodPolicy::Put;
    return cc::MethodPolicy::Auto;
}

} // namespace gui
