// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QPointer>
#include <QStringList>

namespace gui {

class ConnectionManager;
class ServerConnection;

/// Every connection the console knows: the saved profiles (in the order they were saved) and
/// the open connections that are not saved (the demo), one row each, with its transport,
/// address and state. Rows follow the profile store and the manager by inserts, removals and
/// dataChanged; never a reset after the first fill.
class ConnectionListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionListModel)

public:
    enum Column { NameColumn, TransportColumn, AddressColumn, StateColumn, ConferencesColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        ProfileNameRole = Qt::UserRole + 1, ///< QString, every column
        OpenRole,                           ///< bool: a connection is open for the row
        SavedRole,                          ///< bool: the profile is saved
    };
    Q_ENUM(Role)

    explicit ConnectionListModel(ConnectionManager *manager, QObject *parent = nullptr);
    ~ConnectionListModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QString nameAt(int row) const { return m_names.value(row); }
    int rowOf(const QString &name) const { return int(m_names.indexOf(name)); }

private:
    /// The names the rows should show now, in order.
    QStringList wantedNames() const;
    /// Inserts and removes rows so that they become wantedNames(); other rows keep their place.
    void sync();
    void watch(ServerConnection *connection);
    void rowChanged(const QString &name);

    ConnectionManager *m_manager;
    QStringList m_names;
};

} // namespace gui
