// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/connection/connectionprofile.h"

#include <QList>
#include <QObject>
#include <QStringList>

#include <memory>
#include <optional>

class QSettings;

namespace gui {

/// Saved connection profiles in QSettings. Stores name, transport, address, user, method policy,
/// refresh interval, certificate pins and the event-socket host/port; never a password (ConnectionProfile has
/// none, and nothing else is written here).
class ProfileStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileStore)

public:
    /// The application's default QSettings (organisation/application name from QCoreApplication).
    explicit ProfileStore(QObject *parent = nullptr);
    /// An explicit INI file (tests, portable installs).
    explicit ProfileStore(const QString &iniFilePath, QObject *parent = nullptr);
    ~ProfileStore() override;

    /// All profiles, in the order they were first saved.
    QList<ConnectionProfile> profiles() const;
    QList<ConnectionProfile> loadAll() const { return profiles(); }
    QStringList names() const;
    bool contains(const QString &name) const;
    std::optional<ConnectionProfile> load(const QString &name) const;

    /// Adds or replaces the profile with the same name.
    void save(const ConnectionProfile &profile);
    /// Saves `profile`, replacing the one called `oldName` (rename keeps the position).
    void rename(const QString &oldName, const ConnectionProfile &profile);
    /// Returns false when no profile had that name.
    bool remove(const QString &name);

    /// Name of the profile used last (empty when none).
    QString lastUsed() const;
    /// Moves `name` to the front of the recent connections.
    void setLastUsed(const QString &name);
    /// The saved profiles used most recently, newest first (File ▸ Recent Connections).
    QStringList recent() const;
    void clearRecent();
    static constexpr int MaxRecent = 8;

    /// What was open at exit, to reopen at the next start when reopenAtStart() is on.
    struct SessionEntry
    {
        QString profile;
        QStringList conferences; ///< open tabs, in tab order
        friend bool operator==(const SessionEntry &, const SessionEntry &) = default;
    };
    QList<SessionEntry> session() const;
    void saveSession(const QList<SessionEntry> &entries);
    bool reopenAtStart() const;
    void setReopenAtStart(bool reopen);

    /// Path of the backing file (for diagnostics and tests).
    QString fileName() const;
    /// Writes pending changes to disk now (QSettings otherwise syncs lazily).
    void sync();

signals:
    void profilesChanged();
    void recentChanged();

private:
    void writeAll(const QList<ConnectionProfile> &profiles);

    std::unique_ptr<QSettings> m_settings;
};

} // namespace gui
