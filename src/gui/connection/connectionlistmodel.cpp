// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/connection/connectionlistmodel.h"

#include "gui/connection/connectionmanager.h"
#include "gui/connection/profilestore.h"
#include "gui/connection/serverconnection.h"

#include <optional>

namespace gui {

ConnectionListModel::ConnectionListModel(ConnectionManager *manager, QObject *parent)
    : QAbstractTableModel(parent)
    , m_manager(manager)
{
    m_names = wantedNames();
    connect(manager->profiles(), &ProfileStore::profilesChanged, this, &ConnectionListModel::sync);
    connect(manager, &ConnectionManager::connectionAdded, this, [this](ServerConnection *connection) {
        watch(connection);
        sync();
        rowChanged(connection->name());
    });
    connect(manager, &ConnectionManager::connectionRemoved, this, [this](ServerConnection *connection) {
        const QString name = connection->name();
        // The object goes right after this signal: read the manager once it has let go.
        QMetaObject::invokeMethod(
            this,
            [this, name] {
                sync();
                rowChanged(name);
            },
            Qt::QueuedConnection);
    });
    for (ServerConnection *connection : manager->connections())
        watch(connection);
}

ConnectionListModel::~ConnectionListModel() = default;

void ConnectionListModel::watch(ServerConnection *connection)
{
    const QPointer<ServerConnection> guard(connection);
    const auto changed = [this, guard] {
        if (guard)
            rowChanged(guard->name());
    };
    connect(connection, &ServerConnection::stateChanged, this, changed);
    connect(connection, &ServerConnection::conferencesChanged, this, changed);
    connect(connection, &ServerConnection::profileChanged, this, changed);
}

QStringList ConnectionListModel::wantedNames() const
{
    QStringList names = m_manager->profiles()->names();
    for (ServerConnection *connection : m_manager->connections()) {
        if (!names.contains(connection->name()))
            names << connection->name(); // open, not saved (the demo)
    }
    return names;
}

void ConnectionListModel::sync()
{
    const QStringList wanted = wantedNames();
    // Removals first, bottom-up.
    for (int row = int(m_names.size()) - 1; row >= 0; --row) {
        if (!wanted.contains(m_names.at(row))) {
            beginRemoveRows({}, row, row);
            m_names.removeAt(row);
            endRemoveRows();
        }
    }
    // Then the newcomers where the wanted order puts them.
    for (int i = 0; i < wanted.size(); ++i) {
        if (m_names.contains(wanted.at(i)))
            continue;
        const int row = std::min(i, int(m_names.size()));
        beginInsertRows({}, row, row);
        m_names.insert(row, wanted.at(i));
        endInsertRows();
    }
    // Saved or not may have changed for any row.
    if (!m_names.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_names.size()) - 1, ColumnCount - 1));
}

void ConnectionListModel::rowChanged(const QString &name)
{
    const int row = rowOf(name);
    if (row >= 0)
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int ConnectionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_names.size());
}

int ConnectionListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConnectionListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QString name = m_names.at(index.row());
    const ServerConnection *open = m_manager->connectionFor(name);
    const bool saved = m_manager->profiles()->contains(name);
    switch (role) {
    case ProfileNameRole:
        return name;
    case OpenRole:
        return open != nullptr;
    case SavedRole:
        return saved;
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        break;
    default:
        return {};
    }
    std::optional<ConnectionProfile> profile;
    if (open)
        profile = open->profile();
    else
        profile = m_manager->profiles()->load(name);
    if (!profile)
        return {};
    switch (index.column()) {
    case NameColumn:
        if (role == Qt::ToolTipRole && !saved)
            return tr("%1 (this session only, not saved)").arg(name);
        return name;
    case TransportColumn:
        return profile->isEventSocket() ? tr("Event socket") : tr("REST (sipXconfig)");
    case AddressColumn:
        if (role == Qt::ToolTipRole && !profile->isEventSocket())
            return tr("%1 as %2").arg(profile->displayAddress(), profile->user);
        return profile->displayAddress();
    case StateColumn:
        return open ? open->stateText() : tr("Not connected");
    case ConferencesColumn:
        if (!open || !open->hasConferenceList())
            return QString();
        return role == Qt::ToolTipRole ? open->conferenceNames().join(QStringLiteral(", "))
                                       : QString::number(open->conferences().size());
    }
    return {};
}

QVariant ConnectionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case TransportColumn:
        return tr("Transport");
    case AddressColumn:
        return tr("Address");
    case StateColumn:
        return tr("State");
    case ConferencesColumn:
        return tr("Conferences");
    }
    return {};
}

} // namespace gui
