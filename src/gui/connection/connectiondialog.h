// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/connection/connectionprofile.h"

#include "gui/connection/keychaincredentialstore.h"

#include <QDialog>
#include <QStringList>

#include <memory>

namespace Ui {
class ConnectionDialog;
}

namespace gui {

/// Edits one connection profile plus its password. Validates as the user types; OK stays
/// disabled until the profile is usable. Show it with open(), not exec().
class ConnectionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionDialog)

public:
    explicit ConnectionDialog(QWidget *parent = nullptr);
    ~ConnectionDialog() override;

    void setProfile(const ConnectionProfile &profile, const QString &password);
    ConnectionProfile profile() const;
    QString password() const;

    /// What the note under the password field says will happen to the password: "checking…"
    /// while the keychain has not answered, "will be saved in the system keychain", or "will be
    /// kept in memory until the console closes". Said before OK is pressed, never after.
    void setKeychainState(KeychainCredentialStore::Availability availability);
    /// The note follows `store` (probing it when nothing is known yet).
    void followKeychain(KeychainCredentialStore *store);
    /// Editing a saved connection: an empty password field keeps the password already known.
    void setKeepsPasswordWhenEmpty(bool keeps);
    bool keepsPasswordWhenEmpty() const { return m_keepPassword; }
    /// Names of the other saved profiles: a new name must not collide with them.
    void setExistingNames(const QStringList &names);

    /// Empty when OK may be pressed; otherwise the message shown in the dialog.
    QString validationError() const;

    /// REST (sipXconfig) or event socket; switching shows the fields of that transport.
    ConnectionProfile::Transport transport() const;
    void setTransport(ConnectionProfile::Transport transport);

public slots:
    void accept() override;

private:
    void revalidate();
    void removeSelectedPins();
    void updateTransportFields();

    std::unique_ptr<Ui::ConnectionDialog> m_ui;
    QStringList m_existingNames;
    QString m_originalName;
    bool m_keepPassword = false;
    int m_pollMs = 1000;                                            ///< REST poll interval
    int m_resyncMs = ConnectionProfile::DefaultEslResyncIntervalMs; ///< ESL re-sync interval
};

} // namespace gui
