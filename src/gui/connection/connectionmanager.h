// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/connection/connectionprofile.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslError>

#include <memory>

class QTimer;
class QWidget;

namespace cc {
class AuditLog;
}

namespace gui {

class KeychainCredentialStore;
class ProfileStore;
class ServerConnection;

/// Opens, keeps and re-authenticates the console's server connections: the saved profiles and
/// their keychain passwords, the Connect… form, the certificate and password questions a server
/// can raise, and the periodic refresh of every conference list. Windows and docks only listen.
class ConnectionManager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionManager)

public:
    /// Whether what the user decides about a connection (a pinned certificate) is written to
    /// its saved profile. Session connections (the demo) leave the settings untouched.
    enum class Persistence { Saved, Session };

    /// Questions are asked in non-modal dialogs parented to `dialogParent`. Passwords typed
    /// here are registered with `audit` so they never reach the audit trail.
    ConnectionManager(std::shared_ptr<cc::AuditLog> audit, QWidget *dialogParent);
    ~ConnectionManager() override;

    /// Opens a server connection and fetches its conference list; a connection of the same
    /// name is updated instead. The password stays in memory (and in the keychain when saved).
    ServerConnection *add(const ConnectionProfile &profile, const QString &password,
                          Persistence persistence = Persistence::Saved);
    QList<ServerConnection *> connections() const { return m_connections; }
    ServerConnection *find(const QString &name) const;
    bool isSaved(const ServerConnection *connection) const;

    /// --profile NAME: the saved profile with its keychain password, or the form when either is missing.
    void connectProfile(const QString &name);
    /// File ▸ Connect…: a new profile, saved with its password.
    void showConnectionDialog();
    /// The server refused the password: one non-modal prompt per server saying why; accepting
    /// retries with the new password (connectionResumed), cancel leaves its updates stopped.
    void askNewPassword(ServerConnection *connection, const QString &reason);

    /// Ends the connection: its tabs close (connectionRemoved), the profile stays saved.
    void disconnectFrom(ServerConnection *connection);
    /// Starts the connection again (a reconnected event socket, a fresh REST list); its tabs restart.
    void reconnect(ServerConnection *connection);
    /// The form for a saved profile (or an open one's): renaming, a new address, a new password
    /// apply to the open connection too. An empty password keeps the one known.
    void editProfile(const QString &name);
    /// The form for a copy of a profile under a new name; saved only when accepted.
    void duplicateProfile(const QString &name);
    /// Asks first, then forgets the profile and its password (and disconnects it when open).
    void removeProfile(const QString &name);
    /// A profile's connection when it is open.
    ServerConnection *connectionFor(const QString &profileName) const { return find(profileName); }

    ProfileStore *profiles();
    KeychainCredentialStore *credentials();

public slots:
    void refreshAll();

signals:
    void connectionAdded(gui::ServerConnection *connection);
    /// About to end: close what shows it. The object is deleted right after.
    void connectionRemoved(gui::ServerConnection *connection);
    /// A certificate was pinned or a new password given: what stopped on the refusal may start again.
    void connectionResumed(gui::ServerConnection *connection);
    void countChanged(int count);
    void message(const QString &text, bool error);

private:
    void onUntrustedCertificate(ServerConnection *connection, const QSslCertificate &certificate,
                                const QList<QSslError> &errors);
    /// The form again for a saved profile whose password is not in the keychain.
    void askPassword(const ConnectionProfile &profile);
    /// Saves an edited profile under its (maybe new) name and applies it to its open connection.
    void applyEdit(const QString &oldName, const ConnectionProfile &profile, const QString &typedPassword);

    std::shared_ptr<cc::AuditLog> m_audit;
    QWidget *m_dialogParent = nullptr;
    QTimer *m_listTimer = nullptr;
    QList<ServerConnection *> m_connections;
    QHash<const ServerConnection *, Persistence> m_persistence;
    ProfileStore *m_profiles = nullptr;
    KeychainCredentialStore *m_credentials = nullptr;
    QHash<ServerConnection *, QPointer<QWidget>> m_certificateDialogs;
    QHash<ServerConnection *, QPointer<QWidget>> m_passwordDialogs;
};

} // namespace gui
