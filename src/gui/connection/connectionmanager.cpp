// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/connection/connectionmanager.h"

#include "core/diagnostics/auditlog.h"
#include "core/rest/restclient.h"
#include "gui/connection/certificatedialog.h"
#include "gui/connection/connectiondialog.h"
#include "gui/connection/keychaincredentialstore.h"
#include "gui/connection/profilestore.h"
#include "gui/connection/serverconnection.h"

#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QWidget>

namespace gui {

namespace {
constexpr int ConferenceListRefreshMs = 30000;
} // namespace

ConnectionManager::ConnectionManager(std::shared_ptr<cc::AuditLog> audit, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_audit(std::move(audit))
    , m_dialogParent(dialogParent)
    , m_listTimer(new QTimer(this))
{
    m_listTimer->setInterval(ConferenceListRefreshMs);
    connect(m_listTimer, &QTimer::timeout, this, &ConnectionManager::refreshAll);
    m_listTimer->start();
}

ConnectionManager::~ConnectionManager() = default;

ProfileStore *ConnectionManager::profiles()
{
    if (!m_profiles)
        m_profiles = new ProfileStore(this);
    return m_profiles;
}

KeychainCredentialStore *ConnectionManager::credentials()
{
    if (!m_credentials)
        m_credentials = new KeychainCredentialStore(this);
    return m_credentials;
}

ServerConnection *ConnectionManager::find(const QString &name) const
{
    for (ServerConnection *connection : m_connections) {
        if (connection->name() == name)
            return connection;
    }
    return nullptr;
}

bool ConnectionManager::isSaved(const ServerConnection *connection) const
{
    return m_persistence.value(connection, Persistence::Session) == Persistence::Saved;
}

ServerConnection *ConnectionManager::add(const ConnectionProfile &profile, const QString &password,
                                         Persistence persistence)
{
    m_audit->addSecret(password); // never in the audit trail, whatever field it lands in
    if (ServerConnection *existing = find(profile.name)) {
        existing->updateProfile(profile);
        existing->setPassword(password);
        m_persistence.insert(existing, persistence);
        existing->refreshConferences();
        return existing;
    }
    auto *connection = new ServerConnection(profile, password, this);
    m_connections.append(connection);
    m_persistence.insert(connection, persistence);
    // An event-socket connection has no RestClient (connection->client() is nullptr).
    if (cc::RestClient *client = connection->client()) {
        connect(client, &cc::RestClient::untrustedCertificate, this,
                [this, connection](const QSslCertificate &certificate, const QList<QSslError> &errors) {
                    onUntrustedCertificate(connection, certificate, errors);
                });
    }
    connect(connection, &ServerConnection::authenticationFailed, this,
            [this, connection](const QString &message) { askNewPassword(connection, message); });
    connect(connection, &ServerConnection::conferencesFailed, this,
            [this, connection](const QString &message) {
                emit this->message(tr("%1: %2").arg(connection->name(), message), true);
            });
    emit connectionAdded(connection);
    emit countChanged(int(m_connections.size()));
    connection->refreshConferences();
    return connection;
}

void ConnectionManager::refreshAll()
{
    for (ServerConnection *connection : std::as_const(m_connections))
        connection->refreshConferences();
}

void ConnectionManager::disconnectFrom(ServerConnection *connection)
{
    if (!connection || !m_connections.contains(connection))
        return;
    emit connectionRemoved(connection);
    m_connections.removeAll(connection);
    m_persistence.remove(connection);
    m_certificateDialogs.remove(connection);
    m_passwordDialogs.remove(connection);
    emit countChanged(int(m_connections.size()));
    emit message(tr("%1: disconnected").arg(connection->name()), false);
    connection->deleteLater();
}

void ConnectionManager::reconnect(ServerConnection *connection)
{
    if (!connection)
        return;
    connection->reconnect();
    emit connectionResumed(connection);
}

void ConnectionManager::editProfile(const QString &name)
{
    ServerConnection *open = find(name);
    std::optional<ConnectionProfile> profile = profiles()->load(name);
    if (!profile && open)
        profile = open->profile(); // a session connection (the demo) can be edited too, not saved
    if (!profile) {
        emit message(tr("There is no saved connection named “%1”.").arg(name), true);
        return;
    }
    auto *dialog = new ConnectionDialog(m_dialogParent);
    dialog->setObjectName(QStringLiteral("editConnectionDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Edit connection %1").arg(name));
    dialog->setProfile(*profile, QString());
    dialog->setKeepsPasswordWhenEmpty(true);
    QStringList others = profiles()->names();
    others.removeAll(name);
    dialog->setExistingNames(others);
    dialog->followKeychain(credentials());
    connect(dialog, &QDialog::accepted, this,
            [this, dialog, name] { applyEdit(name, dialog->profile(), dialog->password()); });
    dialog->open();
}

void ConnectionManager::applyEdit(const QString &oldName, const ConnectionProfile &profile,
                                  const QString &typedPassword)
{
    ServerConnection *open = find(oldName);
    const bool saved = profiles()->contains(oldName) || (open && isSaved(open));
    if (saved) {
        profiles()->rename(oldName, profile);
        if (oldName != profile.name) {
            // The keychain entry follows the new name; the old one is forgotten.
            const QString known = typedPassword.isEmpty() && open ? open->password() : typedPassword;
            if (!known.isEmpty())
                credentials()->writePassword(profile.name, known);
            else
                credentials()->readPassword(oldName, this,
                                            [this, name = profile.name](std::optional<QString> p) {
                                                if (p)
                                                    credentials()->writePassword(name, *p);
                                            });
            credentials()->removePassword(oldName);
        } else if (!typedPassword.isEmpty()) {
            credentials()->writePassword(profile.name, typedPassword);
        }
    }
    if (open) {
        const bool sameTransport = open->profile().transport == profile.transport;
        const QString password = typedPassword.isEmpty() ? open->password() : typedPassword;
        if (!sameTransport || oldName != profile.name) {
            // Another transport (or name) is another connection: the tabs close, it opens anew.
            const Persistence persistence = m_persistence.value(open, Persistence::Saved);
            disconnectFrom(open);
            add(profile, password, persistence);
        } else {
            open->updateProfile(profile);
            if (!typedPassword.isEmpty())
                open->setPassword(typedPassword);
            open->refreshConferences();
            emit connectionResumed(open);
        }
    }
    emit message(tr("%1: saved").arg(profile.name), false);
}

void ConnectionManager::duplicateProfile(const QString &name)
{
    std::optional<ConnectionProfile> profile = profiles()->load(name);
    if (!profile && find(name))
        profile = find(name)->profile();
    if (!profile)
        return;
    ConnectionProfile copy = *profile;
    const QStringList names = profiles()->names();
    copy.name = tr("%1 (copy)").arg(name);
    for (int n = 2; names.contains(copy.name); ++n)
        copy.name = tr("%1 (copy %2)").arg(name).arg(n);
    auto *dialog = new ConnectionDialog(m_dialogParent);
    dialog->setObjectName(QStringLiteral("duplicateConnectionDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Copy of connection %1").arg(name));
    dialog->setProfile(copy, QString());
    dialog->setExistingNames(names);
    dialog->followKeychain(credentials());
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const ConnectionProfile profile = dialog->profile();
        profiles()->save(profile);
        if (!dialog->password().isEmpty())
            credentials()->writePassword(profile.name, dialog->password());
        emit message(tr("%1: saved").arg(profile.name), false);
    });
    dialog->open();
}

void ConnectionManager::removeProfile(const QString &name)
{
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove connection"),
                                tr("Forget the connection “%1” and its saved password?").arg(name),
                                QMessageBox::Cancel, m_dialogParent);
    box->setObjectName(QStringLiteral("confirmRemoveConnection"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *remove = box->addButton(tr("Remove"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(remove, &QPushButton::clicked, this, [this, name] {
        if (ServerConnection *open = find(name))
            disconnectFrom(open);
        profiles()->remove(name);
        credentials()->removePassword(name);
        emit message(tr("%1: removed").arg(name), false);
    });
    box->open();
}

void ConnectionManager::connectProfile(const QString &name)
{
    const std::optional<ConnectionProfile> profile = profiles()->load(name);
    if (!profile) {
        emit message(tr("There is no saved connection named “%1”.").arg(name), true);
        showConnectionDialog();
        return;
    }
    if (ServerConnection *open = find(name)) {
        emit connectionResumed(open); // already open: nothing to ask
        return;
    }
    profiles()->setLastUsed(name);
    credentials()->readPassword(name, this, [this, profile = *profile](std::optional<QString> password) {
        if (password && !password->isEmpty())
            add(profile, *password);
        else
            askPassword(profile); // keychain empty or unavailable: ask, never guess
    });
}

// --- questions ----------------------------------------------------------------------------

void ConnectionManager::showConnectionDialog()
{
    auto *dialog = new ConnectionDialog(m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setExistingNames(profiles()->names());
    dialog->followKeychain(credentials());
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const ConnectionProfile profile = dialog->profile();
        const QString password = dialog->password();
        profiles()->save(profile);
        profiles()->setLastUsed(profile.name);
        credentials()->writePassword(profile.name, password);
        add(profile, password);
    });
    dialog->open();
}

void ConnectionManager::askPassword(const ConnectionProfile &profile)
{
    auto *dialog = new ConnectionDialog(m_dialogParent);
    dialog->setObjectName(QStringLiteral("passwordConnectionDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setProfile(profile, QString());
    dialog->followKeychain(credentials());
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const ConnectionProfile updated = dialog->profile();
        const QString password = dialog->password();
        profiles()->save(updated);
        credentials()->writePassword(updated.name, password);
        add(updated, password);
    });
    dialog->open();
}

void ConnectionManager::onUntrustedCertificate(ServerConnection *connection,
                                               const QSslCertificate &certificate,
                                               const QList<QSslError> &errors)
{
    if (m_certificateDialogs.value(connection))
        return; // one question per server at a time
    auto *dialog = new CertificateDialog(certificate, errors, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // A profile with pins that now sees another certificate was refused by the pin check: say so
    // plainly, it may be a re-keyed server or an interception.
    dialog->setPinnedCertificateChanged(!connection->profile().pinnedSha256.isEmpty());
    m_certificateDialogs.insert(connection, dialog);
    const QPointer<ServerConnection> guard(connection);
    connect(dialog, &CertificateDialog::pinAccepted, this, [this, guard](const QString &sha256) {
        if (!guard)
            return;
        guard->pinCertificate(sha256);
        if (isSaved(guard))
            profiles()->save(guard->profile());
        guard->refreshConferences();
        emit connectionResumed(guard); // polling halted on the TLS failure
        emit message(tr("%1: certificate pinned").arg(guard->name()), false);
    });
    dialog->open();
}

void ConnectionManager::askNewPassword(ServerConnection *connection, const QString &reason)
{
    if (!connection || m_passwordDialogs.value(connection))
        return; // one question per server, however many tabs halted
    auto *dialog = new QInputDialog(m_dialogParent);
    dialog->setObjectName(QStringLiteral("passwordPrompt"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Password for %1").arg(connection->name()));
    const QString who =
        connection->isEventSocket()
            ? tr("the event socket at %1").arg(connection->profile().displayAddress())
            : tr("“%1” at %2").arg(connection->profile().user, connection->profile().displayAddress());
    dialog->setLabelText(tr("%1\n\nEnter the password for %2. Updates of this server stay stopped until "
                            "you do.")
                             .arg(reason, who));
    dialog->setTextEchoMode(QLineEdit::Password);
    dialog->setTextValue(QString());
    m_passwordDialogs.insert(connection, dialog);
    dialog->setModal(false); // the other servers and tabs stay usable meanwhile
    const QPointer<ServerConnection> guard(connection);
    connect(dialog, &QInputDialog::textValueSelected, this, [this, guard](const QString &password) {
        if (!guard)
            return;
        m_audit->addSecret(password);
        // KeychainCredentialStore keeps it in memory for this run when no keychain works.
        credentials()->writePassword(guard->name(), password);
        guard->setPassword(password);
        emit connectionResumed(guard); // the pollers halted on the refusal
        emit message(tr("%1: trying the new password").arg(guard->name()), false);
    });
    connect(dialog, &QDialog::rejected, this, [this, guard, reason] {
        if (guard)
            emit message(tr("%1: %2 Updates stay stopped.").arg(guard->name(), reason), true);
    });
    dialog->show();
    dialog->raise();
}

} // namespace gui
