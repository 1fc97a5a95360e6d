// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/connection/profilestore.h"

#include <QSettings>

#include <algorithm>

namespace gui {

namespace {
const QString ArrayKey = QStringLiteral("profiles");
const QString LastUsedKey = QStringLiteral("lastProfile");
const QString RecentKey = QStringLiteral("recentProfiles");
const QString SessionKey = QStringLiteral("session");
const QString SessionProfileKey = QStringLiteral("profile");
const QString SessionConferencesKey = QStringLiteral("conferences");
const QString ReopenKey = QStringLiteral("reopenAtStart");
const QString NameKey = QStringLiteral("name");
const QString UrlKey = QStringLiteral("baseUrl");
const QString UserKey = QStringLiteral("user");
const QString PolicyKey = QStringLiteral("methodPolicy");
const QString IntervalKey = QStringLiteral("pollIntervalMs");
const QString PinsKey = QStringLiteral("pinnedSha256");
const QString TransportKey = QStringLiteral("transport");
const QString EslHostKey = QStringLiteral("eslHost");
const QString EslPortKey = QStringLiteral("eslPort");
const QString EslResyncKey = QStringLiteral("eslResyncIntervalMs");
} // namespace

ProfileStore::ProfileStore(QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>())
{}

ProfileStore::ProfileStore(const QString &iniFilePath, QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(iniFilePath, QSettings::IniFormat))
{}

ProfileStore::~ProfileStore() = default;

QList<ConnectionProfile> ProfileStore::profiles() const
{
    QList<ConnectionProfile> result;
    const int count = m_settings->beginReadArray(ArrayKey);
    for (int i = 0; i < count; ++i) {
        m_settings->setArrayIndex(i);
        ConnectionProfile p;
        p.name = m_settings->value(NameKey).toString();
        if (p.name.isEmpty())
            continue; // a hand-edited or damaged entry; skip rather than show a nameless profile
        p.baseUrl = QUrl(m_settings->value(UrlKey).toString());
        p.user = m_settings->value(UserKey).toString();
        p.methodPolicy = ConnectionProfile::methodPolicyFromKey(m_settings->value(PolicyKey).toString());
        bool ok = false;
        const int interval = m_settings->value(IntervalKey).toInt(&ok);
        p.pollIntervalMs = ok ? std::clamp(interval, ConnectionProfile::MinPollIntervalMs,
                                           ConnectionProfile::MaxPollIntervalMs)
                              : 1000;
        const QStringList pins = m_settings->value(PinsKey).toStringList();
        for (const QString &pin : pins) {
            if (!pin.trimmed().isEmpty())
                p.pinnedSha256.insert(pin.trimmed().toLower());
        }
        // Profiles saved before the event socket existed have no transport key: REST.
        p.transport = ConnectionProfile::transportFromKey(m_settings->value(TransportKey).toString());
        p.eslHost = m_settings->value(EslHostKey).toString();
        const int port = m_settings->value(EslPortKey).toInt(&ok);
        p.eslPort = ok && port > 0 && port <= 65535 ? quint16(port) : ConnectionProfile::DefaultEslPort;
        const int resync = m_settings->value(EslResyncKey).toInt(&ok);
        p.eslResyncIntervalMs = ok ? std::clamp(resync, ConnectionProfile::MinEslResyncIntervalMs,
                                                ConnectionProfile::MaxEslResyncIntervalMs)
                                   : ConnectionProfile::DefaultEslResyncIntervalMs;
        result.append(p);
    }
    m_settings->endArray();
    return result;
}

QStringList ProfileStore::names() const
{
    QStringList result;
    for (const ConnectionProfile &p : profiles())
        result.append(p.name);
    return result;
}

bool ProfileStore::contains(const QString &name) const
{
    return load(name).has_value();
}

std::optional<ConnectionProfile> ProfileStore::load(const QString &name) const
{
    for (const ConnectionProfile &p : profiles()) {
        if (p.name == name)
            return p;
    }
    return std::nullopt;
}

void ProfileStore::save(const ConnectionProfile &profile)
{
    rename(profile.name, profile);
}

void ProfileStore::rename(const QString &oldName, const ConnectionProfile &profile)
{
    QList<ConnectionProfile> all = profiles();
    // A rename onto an existing other name replaces that one.
    if (oldName != profile.name) {
        all.removeIf([&](const ConnectionProfile &p) { return p.name == profile.name; });
        QStringList recentNames = recent();
        const qsizetype at = recentNames.indexOf(oldName);
        if (at >= 0) {
            recentNames.removeAll(profile.name);
            recentNames[recentNames.indexOf(oldName)] = profile.name;
            m_settings->setValue(RecentKey, recentNames);
            emit recentChanged();
        }
    }
    const auto it =
        std::find_if(all.begin(), all.end(), [&](const ConnectionProfile &p) { return p.name == oldName; });
    if (it != all.end())
        *it = profile;
    else
        all.append(profile);
    writeAll(all);
}

bool ProfileStore::remove(const QString &name)
{
    QList<ConnectionProfile> all = profiles();
    if (all.removeIf([&](const ConnectionProfile &p) { return p.name == name; }) == 0)
        return false;
    QStringList recentNames = recent();
    if (recentNames.removeAll(name) > 0) {
        m_settings->setValue(RecentKey, recentNames);
        emit recentChanged();
    }
    writeAll(all);
    return true;
}

QString ProfileStore::lastUsed() const
{
    return recent().value(0);
}

void ProfileStore::setLastUsed(const QString &name)
{
    QStringList recentNames = recent();
    recentNames.removeAll(name);
    recentNames.prepend(name);
    while (recentNames.size() > MaxRecent)
        recentNames.removeLast();
    m_settings->setValue(RecentKey, recentNames);
    emit recentChanged();
}

QStringList ProfileStore::recent() const
{
    QStringList names = m_settings->value(RecentKey).toStringList();
    // Older settings kept only the last one.
    const QString last = m_settings->value(LastUsedKey).toString();
    if (names.isEmpty() && !last.isEmpty())
        names << last;
    const QStringList saved = this->names();
    names.removeIf([&saved](const QString &name) { return !saved.contains(name); });
    return names;
}

void ProfileStore::clearRecent()
{
    m_settings->remove(RecentKey);
    m_settings->remove(LastUsedKey);
    emit recentChanged();
}

QList<ProfileStore::SessionEntry> ProfileStore::session() const
{
    QList<SessionEntry> entries;
    const int count = m_settings->beginReadArray(SessionKey);
    for (int i = 0; i < count; ++i) {
        m_settings->setArrayIndex(i);
        SessionEntry e{m_settings->value(SessionProfileKey).toString(),
                       m_settings->value(SessionConferencesKey).toStringList()};
        if (!e.profile.isEmpty())
            entries << e;
    }
    m_settings->endArray();
    return entries;
}

void ProfileStore::saveSession(const QList<SessionEntry> &entries)
{
    m_settings->remove(SessionKey);
    m_settings->beginWriteArray(SessionKey, int(entries.size()));
    for (int i = 0; i < entries.size(); ++i) {
        m_settings->setArrayIndex(i);
        m_settings->setValue(SessionProfileKey, entries.at(i).profile);
        m_settings->setValue(SessionConferencesKey, entries.at(i).conferences);
    }
    m_settings->endArray();
    m_settings->sync();
}

bool ProfileStore::reopenAtStart() const
{
    return m_settings->value(ReopenKey, false).toBool();
}

void ProfileStore::setReopenAtStart(bool reopen)
{
    m_settings->setValue(ReopenKey, reopen);
    m_settings->sync();
}

QString ProfileStore::fileName() const
{
    return m_settings->fileName();
}

void ProfileStore::sync()
{
    m_settings->sync();
}

void ProfileStore::writeAll(const QList<ConnectionProfile> &profiles)
{
    m_settings->remove(ArrayKey);
    m_settings->beginWriteArray(ArrayKey, int(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        const ConnectionProfile &p = profiles.at(i);
        m_settings->setArrayIndex(i);
        m_settings->setValue(NameKey, p.name);
        m_settings->setValue(UrlKey, p.baseUrl.toString(QUrl::RemoveUserInfo));
        m_settings->setValue(UserKey, p.user);
        m_settings->setValue(PolicyKey, ConnectionProfile::methodPolicyKey(p.methodPolicy));
        m_settings->setValue(IntervalKey, p.pollIntervalMs);
        QStringList pins(p.pinnedSha256.cbegin(), p.pinnedSha256.cend());
        pins.sort();
        m_settings->setValue(PinsKey, pins);
        // Never the ESL password: like the REST password it lives in the keychain only.
        m_settings->setValue(TransportKey, ConnectionProfile::transportKey(p.transport));
        m_settings->setValue(EslHostKey, p.eslHost);
        m_settings->setValue(EslPortKey, int(p.eslPort));
        m_settings->setValue(EslResyncKey, p.eslResyncIntervalMs);
    }
    m_settings->endArray();
    m_settings->sync();
    emit profilesChanged();
}

} // namespace gui
