// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/rest/restclient.h"

#include <QSet>
#include <QString>
#include <QUrl>

namespace gui {

/// One saved server connection. Deliberately has no password member: passwords live in the
/// keychain (or in memory for the session) and are only joined in toServerConfig().
/// The transport chooses the sipXconfig REST API or FreeSWITCH's event socket (ESL); the
/// password is the sipXconfig password or the ESL password accordingly.
struct ConnectionProfile
{
    enum class Transport { Rest, EventSocket };

    QString name;
    Transport transport = Transport::Rest;
    QUrl baseUrl; ///< e.g. https://pbx.example.com/sipxconfig/rest
    QString user;
    cc::MethodPolicy methodPolicy = cc::MethodPolicy::Auto;
    int pollIntervalMs = 1000;
    QSet<QString> pinnedSha256; ///< lower-case hex SHA-256 of trusted leaf certificates

    // Event socket (freeswitch-conference.md §9: default port 8021, password ClueCon).
    QString eslHost;
    quint16 eslPort = DefaultEslPort;
    int eslResyncIntervalMs = DefaultEslResyncIntervalMs; ///< full xml_list re-sync between events

    static constexpr int MinPollIntervalMs = 500;
    static constexpr int MaxPollIntervalMs = 30000;
    static constexpr quint16 DefaultEslPort = 8021;
    static constexpr int DefaultEslResyncIntervalMs = 5000;
    static constexpr int MinEslResyncIntervalMs = 1000;
    static constexpr int MaxEslResyncIntervalMs = 60000;

    bool isEventSocket() const { return transport == Transport::EventSocket; }
    /// "https://pbx/sipxconfig/rest" or "esl://host:8021", for tooltips and the log.
    QString displayAddress() const;

    cc::ServerConfig toServerConfig(const QString &password) const;

    /// Empty when the profile can be used; otherwise one translated sentence saying what is wrong.
    QString validate() const;
    /// Non-blocking advice (plain http, unusual REST path); empty when there is nothing to say.
    QString warning() const;

    /// Trims, adds "https://" when no scheme was typed and drops a trailing '/'.
    static QUrl normalizedBaseUrl(const QString &text);

    static QString methodPolicyKey(cc::MethodPolicy policy);         ///< "auto" | "get" | "put"
    static cc::MethodPolicy methodPolicyFromKey(const QString &key); ///< unknown -> Auto
    static QString transportKey(Transport transport);                ///< "rest" | "esl"
    static Transport transportFromKey(const QString &key);           ///< unknown -> Rest

    friend bool operator==(const ConnectionProfile &, const ConnectionProfile &) = default;
};

} // namespace gui
