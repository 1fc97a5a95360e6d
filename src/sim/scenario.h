// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/engineconfig.h" // MemberSpec

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sim {

/// A sipXconfig user who may log in to the REST API (sipxconfig-conference-rest.md §4.2).
struct UserAccount
{
    QString user;     ///< canonical user name
    QString password; ///< the web PIN (pintoken), used as the digest password
    QStringList aliases;
    QString imId;
    QString displayName; ///< caller-ID name when this user is invited (added)
};

/// The sipXconfig record of one conference: the 14.x `<setting>` field set (§2.2) plus the
/// extension and owner, and the callers to seed into the engine at start-up.
struct ScenarioConference
{
    bool enabled = true;
    QString name;
    std::optional<QString> description;
    std::optional<QString> extension;
    QString owner; ///< canonical user name; empty: no owner (every command gets 403, §5.1)
    bool autorecorded = false;
    std::optional<QString> accessCode;
    std::optional<QString> moderatorCode;
    bool quickstart = true;
    bool video = false;
    bool sendActiveVideoOnly = false;
    int maxMembers = 0;
    std::optional<QString> moh;
    bool moderatedRoom = false;
    bool publicRoom = false;
    QList<MemberSpec> members;
};

/// The simulator's world: users, conferences and their owners. Loaded from JSON
/// (resources/scenarios/default.json documents the format).
class Scenario final
{
public:
    QString realm; ///< empty: not given in the file
    QList<UserAccount> users;
    QList<ScenarioConference> conferences;

    /// Parses and validates a scenario document; on failure returns nothing and sets `error`
    /// to a message naming the offending entry.
    static std::optional<Scenario> fromJson(const QByteArray &json, QString *error);
    /// Reads `path` (a file or a Qt resource) and parses it.
    static std::optional<Scenario> load(const QString &path, QString *error);

    /// The account whose user name, alias or IM id is `login` (§4.2), or nullptr.
    const UserAccount *findLogin(const QString &login) const;
    /// The account whose user name or alias equals `number` (for the details `imId`, §2.4).
    const UserAccount *findByNumber(const QString &number) const;
    const UserAccount *findByImId(const QString &imId) const;
    ScenarioConference *findConference(const QString &name);
    const ScenarioConference *findConference(const QString &name) const;
};

} // namespace sim
