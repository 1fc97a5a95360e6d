// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/restclient.h"

#include <QSet>
#include <QString>
#include <QUrl>

namespace gui {

/// One saved server connection. Deliberately has no password member: passwords live in the
/// keychain (or in memory for the session) and are only joined in toServerConfig().
struct ConnectionProfile
{
    QString name;
    QUrl baseUrl; ///< e.g. https://pbx.example.com/sipxconfig/rest
    QString user;
    cc::MethodPolicy methodPolicy = cc::MethodPolicy::Auto;
    int pollIntervalMs = 1000;
    QSet<QString> pinnedSha256; ///< lower-case hex SHA-256 of trusted leaf certificates

    static constexpr int MinPollIntervalMs = 500;
    static constexpr int MaxPollIntervalMs = 30000;

    cc::ServerConfig toServerConfig(const QString &password) const;

    /// Empty when the profile can be used; otherwise one translated sentence saying what is wrong.
    QString validate() const;
    /// Non-blocking advice (plain http, unusual REST path); empty when there is nothing to say.
    QString warning() const;

    /// Trims, adds "https://" when no scheme was typed and drops a trailing '/'.
    static QUrl normalizedBaseUrl(const QString &text);

    static QString methodPolicyKey(cc::MethodPolicy policy);         ///< "auto" | "get" | "put"
    static cc::MethodPolicy methodPolicyFromKey(const QString &key); ///< unknown -> Auto

    friend bool operator==(const ConnectionProfile &, const ConnectionProfile &) = default;
};

} // namespace gui
