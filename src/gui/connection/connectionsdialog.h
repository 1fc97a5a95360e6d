// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QPushButton;
class QTableView;

namespace gui {

class ConnectionListModel;
class ConnectionManager;

/// File ▸ Connections…: every saved connection and every open one, with its transport, address
/// and state; connect, disconnect, edit, duplicate, remove, or make a new one. Non-modal: the
/// list follows the connections while it is open.
class ConnectionsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionsDialog)

public:
    explicit ConnectionsDialog(ConnectionManager *manager, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    ConnectionListModel *model() const { return m_model; }
    /// Selects the row of `name` (tests, and the dock's Edit…).
    void select(const QString &name);

private:
    QString currentName() const;
    void updateButtons();
    void connectCurrent();

    ConnectionManager *m_manager;
    ConnectionListModel *m_model;
    QTableView *m_table;
    QPushButton *m_connect;
    QPushButton *m_disconnect;
    QPushButton *m_edit;
    QPushButton *m_duplicate;
    QPushButton *m_remove;
};

} // namespace gui
