// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/scenario.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace sim {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sim::Scenario", text);
}

// Every reader returns false and fills `error` with "<where>: <what>".
struct Reader
{
    QString *error;

    bool fail(const QString &where, const QString &what)
    {
        if (error)
            *error = where + QStringLiteral(": ") + what;
        return false;
    }

    bool string(const QJsonObject &o, const QString &key, const QString &where, QString *out, bool required)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                return fail(where, tr("the field \"%1\" is missing").arg(key));
            return true;
        }
        if (v.isString()) {
            *out = v.toString();
        } else if (v.isDouble()) { // extensions and PINs are often written as numbers
            *out = QString::number(v.toInteger());
        } else {
            return fail(where, tr("\"%1\" must be a string").arg(key));
        }
        if (required && out->isEmpty())
            return fail(where, tr("\"%1\" must not be empty").arg(key));
        return true;
    }

    bool optString(const QJsonObject &o, const QString &key, const QString &where,
                   std::optional<QString> *out)
    {
        if (!o.contains(key) || o.value(key).isNull())
            return true;
        QString s;
        if (!string(o, key, where, &s, false))
            return false;
        *out = s;
        return true;
    }

    bool boolean(const QJsonObject &o, const QString &key, const QString &where, bool *out)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return true;
        if (!v.isBool())
            return fail(where, tr("\"%1\" must be true or false").arg(key));
        *out = v.toBool();
        return true;
    }

    template <class Int>
    bool integer(const QJsonObject &o, const QString &key, const QString &where, Int *out)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return true;
        if (!v.isDouble() || v.toDouble() != double(v.toInteger()))
            return fail(where, tr("\"%1\" must be a whole number").arg(key));
        *out = Int(v.toInteger());
        return true;
    }
};

} // namespace

std::optional<Scenario> Scenario::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error)
            *error =
                tr("not valid JSON at offset %1: %2").arg(parseError.offset).arg(parseError.errorString());
        return std::nullopt;
    }
    if (!doc.isObject()) {
        if (error)
            *error = tr("the scenario must be a JSON object");
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    Reader r{error};
    Scenario s;
    if (!r.string(root, QStringLiteral("realm"), QStringLiteral("realm"), &s.realm, false))
        return std::nullopt;

    const QJsonValue usersValue = root.value(QStringLiteral("users"));
    if (!usersValue.isArray() || usersValue.toArray().isEmpty()) {
        r.fail(QStringLiteral("users"), tr("a non-empty array of users is required"));
        return std::nullopt;
    }
    QSet<QString> logins; // user names, aliases and IM ids must identify one user
    const QJsonArray users = usersValue.toArray();
    for (qsizetype i = 0; i < users.size(); ++i) {
        const QString where = QStringLiteral("users[%1]").arg(i);
        if (!users.at(i).isObject()) {
            r.fail(where, tr("must be an object"));
            return std::nullopt;
        }
        const QJsonObject u = users.at(i).toObject();
        UserAccount account;
        if (!r.string(u, QStringLiteral("user"), where, &account.user, true) ||
            !r.string(u, QStringLiteral("password"), where, &account.password, true) ||
            !r.string(u, QStringLiteral("imId"), where, &account.imId, false) ||
            !r.string(u, QStringLiteral("displayName"), where, &account.displayName, false))
            return std::nullopt;
        const QJsonValue aliases = u.value(QStringLiteral("aliases"));
        if (!aliases.isUndefined() && !aliases.isNull()) {
            if (!aliases.isArray()) {
                r.fail(where, tr("\"aliases\" must be an array of strings"));
                return std::nullopt;
            }
            for (const QJsonValue &a : aliases.toArray()) {
                if (a.isString() && !a.toString().isEmpty())
                    account.aliases << a.toString();
                else if (a.isDouble())
                    account.aliases << QString::number(a.toInteger());
                else {
                    r.fail(where, tr("\"aliases\" must be an array of non-empty strings"));
                    return std::nullopt;
                }
            }
        }
        QStringList names = account.aliases;
        names << account.user;
        if (!account.imId.isEmpty())
            names << account.imId;
        for (const QString &name : std::as_const(names)) {
            if (logins.contains(name)) {
                r.fail(where, tr("the login \"%1\" is used by more than one user").arg(name));
                return std::nullopt;
            }
            logins.insert(name);
        }
        s.users << account;
    }

    const QJsonValue confsValue = root.value(QStringLiteral("conferences"));
    if (!confsValue.isUndefined() && !confsValue.isArray()) {
        r.fail(QStringLiteral("conferences"), tr("must be an array"));
        return std::nullopt;
    }
    QSet<QString> confNames;
    const QJsonArray confs = confsValue.toArray();
    for (qsizetype i = 0; i < confs.size(); ++i) {
        const QString where = QStringLiteral("conferences[%1]").arg(i);
        if (!confs.at(i).isObject()) {
            r.fail(where, tr("must be an object"));
            return std::nullopt;
        }
        const QJsonObject c = confs.at(i).toObject();
        ScenarioConference conf;
        if (!r.string(c, QStringLiteral("name"), where, &conf.name, true) ||
            !r.boolean(c, QStringLiteral("enabled"), where, &conf.enabled) ||
            !r.optString(c, QStringLiteral("description"), where, &conf.description) ||
            !r.optString(c, QStringLiteral("extension"), where, &conf.extension) ||
            !r.string(c, QStringLiteral("owner"), where, &conf.owner, false) ||
            !r.boolean(c, QStringLiteral("autorecorded"), where, &conf.autorecorded) ||
            !r.optString(c, QStringLiteral("accessCode"), where, &conf.accessCode) ||
            !r.optString(c, QStringLiteral("moderatorCode"), where, &conf.moderatorCode) ||
            !r.boolean(c, QStringLiteral("quickstart"), where, &conf.quickstart) ||
            !r.boolean(c, QStringLiteral("video"), where, &conf.video) ||
            !r.boolean(c, QStringLiteral("sendActiveVideoOnly"), where, &conf.sendActiveVideoOnly) ||
            !r.integer(c, QStringLiteral("maxMembers"), where, &conf.maxMembers) ||
            !r.optString(c, QStringLiteral("moh"), where, &conf.moh) ||
            !r.boolean(c, QStringLiteral("moderatedRoom"), where, &conf.moderatedRoom) ||
            !r.boolean(c, QStringLiteral("publicRoom"), where, &conf.publicRoom))
            return std::nullopt;
        // FreeSWITCH splits the API line on spaces and '/' ends the REST segment (§3.5).
        if (conf.name.contains(QLatin1Char(' ')) || conf.name.contains(QLatin1Char('/'))) {
            r.fail(where, tr("the name \"%1\" must not contain spaces or '/'").arg(conf.name));
            return std::nullopt;
        }
        if (confNames.contains(conf.name)) {
            r.fail(where, tr("the conference name \"%1\" is used twice").arg(conf.name));
            return std::nullopt;
        }
        confNames.insert(conf.name);
        if (!conf.owner.isEmpty()) {
            bool known = false;
            for (const UserAccount &u : std::as_const(s.users))
                known = known || u.user == conf.owner;
            if (!known) {
                r.fail(where, tr("the owner \"%1\" is not one of the users").arg(conf.owner));
                return std::nullopt;
            }
        }
        const QJsonValue membersValue = c.value(QStringLiteral("members"));
        if (!membersValue.isUndefined() && !membersValue.isArray()) {
            r.fail(where, tr("\"members\" must be an array"));
            return std::nullopt;
        }
        const QJsonArray members = membersValue.toArray();
        for (qsizetype j = 0; j < members.size(); ++j) {
            const QString mwhere = where + QStringLiteral(".members[%1]").arg(j);
            if (!members.at(j).isObject()) {
                r.fail(mwhere, tr("must be an object"));
                return std::nullopt;
            }
            const QJsonObject m = members.at(j).toObject();
            MemberSpec spec;
            if (!r.string(m, QStringLiteral("callerIdName"), mwhere, &spec.callerIdName, false) ||
                !r.string(m, QStringLiteral("callerIdNumber"), mwhere, &spec.callerIdNumber, true) ||
                !r.string(m, QStringLiteral("channelName"), mwhere, &spec.channelName, false) ||
                !r.boolean(m, QStringLiteral("moderator"), mwhere, &spec.moderator) ||
                !r.boolean(m, QStringLiteral("muted"), mwhere, &spec.muted) ||
                !r.boolean(m, QStringLiteral("deaf"), mwhere, &spec.deaf) ||
                !r.boolean(m, QStringLiteral("hasVideo"), mwhere, &spec.hasVideo) ||
                !r.boolean(m, QStringLiteral("muteDetect"), mwhere, &spec.muteDetect) ||
                !r.integer(m, QStringLiteral("energy"), mwhere, &spec.energy) ||
                !r.integer(m, QStringLiteral("joinedSecondsAgo"), mwhere, &spec.joinedSecondsAgo))
                return std::nullopt;
            if (spec.joinedSecondsAgo < 0) {
                r.fail(mwhere, tr("\"joinedSecondsAgo\" must not be negative"));
                return std::nullopt;
            }
            const QJsonValue vars = m.value(QStringLiteral("variables"));
            if (!vars.isUndefined() && !vars.isNull()) {
                if (!vars.isObject()) {
                    r.fail(mwhere, tr("\"variables\" must be an object of strings"));
                    return std::nullopt;
                }
                const QJsonObject vo = vars.toObject();
                for (auto it = vo.begin(); it != vo.end(); ++it) {
                    if (!it.value().isString()) {
                        r.fail(mwhere, tr("variable \"%1\" must be a string").arg(it.key()));
                        return std::nullopt;
                    }
                    spec.variables.append({it.key(), it.value().toString()});
                }
            }
            conf.members << spec;
        }
        s.conferences << conf;
    }
    return s;
}

std::optional<Scenario> Scenario::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QString parseError;
    auto s = fromJson(file.readAll(), &parseError);
    if (!s && error)
        *error = path + QStringLiteral(": ") + parseError;
    return s;
}

const UserAccount *Scenario::findLogin(const QString &login) const
{
    for (const UserAccount &u : users) {
        if (u.user == login || u.aliases.contains(login) || (!u.imId.isEmpty() && u.imId == login))
            return &u;
    }
    return nullptr;
}

const UserAccount *Scenario::findByNumber(const QString &number) const
{
    for (const UserAccount &u : users) {
        if (u.user == number || u.aliases.contains(number))
            return &u;
    }
    return nullptr;
}

const UserAccount *Scenario::findByImId(const QString &imId) const
{
    for (const UserAccount &u : users) {
        if (!u.imId.isEmpty() && u.imId == imId)
            return &u;
    }
    return nullptr;
}

ScenarioConference *Scenario::findConference(const QString &name)
{
    for (ScenarioConference &c : conferences) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

const ScenarioConference *Scenario::findConference(const QString &name) const
{
    for (const ScenarioConference &c : conferences) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

} // namespace sim
