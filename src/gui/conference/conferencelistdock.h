// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDockWidget>
#include <QHash>
#include <QPointer>

#include <optional>

class QTreeWidget;
class QTreeWidgetItem;

namespace gui {

class ServerConnection;

/// Servers and their conferences (GET /my/conferences): name, extension, live member count
/// (from the open tab's snapshot, otherwise "—"), lock state and description.
class ConferenceListDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConferenceListDock)

public:
    enum Column { NameColumn, ExtensionColumn, MembersColumn, LockedColumn, DescriptionColumn, ColumnCount };

    explicit ConferenceListDock(QWidget *parent = nullptr);

    void addConnection(ServerConnection *connection);
    void removeConnection(ServerConnection *connection);
    /// Live numbers of an open conference; nullopt = not open (shows "—").
    void setLiveState(ServerConnection *connection, const QString &conference, std::optional<int> members,
                      bool locked);

    QTreeWidget *tree() const { return m_tree; }
    QTreeWidgetItem *serverItem(ServerConnection *connection) const;
    QTreeWidgetItem *conferenceItem(ServerConnection *connection, const QString &conference) const;
    /// The connection of the selected item (server or conference), if any.
    ServerConnection *currentConnection() const;
    /// The width that shows every column and the server line without a scrollbar.
    int preferredWidth() const;
    /// The conference row under a viewport point where members dragged from `source` may be
    /// dropped (same server, another conference); nullptr otherwise.
    QTreeWidgetItem *transferTargetAt(const QPoint &viewportPos, const QString &source) const;

signals:
    void openRequested(gui::ServerConnection *connection, const QString &conference);
    void refreshRequested(gui::ServerConnection *connection);
    // A server row's menu: what a desktop client offers for a server.
    void disconnectRequested(gui::ServerConnection *connection);
    void reconnectRequested(gui::ServerConnection *connection);
    void editRequested(gui::ServerConnection *connection);
    /// Member rows of `from` were dropped onto the row of `to` (same server): transfer them.
    void transferRequested(gui::ServerConnection *connection, const QString &from, const QString &to,
                           const QList<quint32> &ids);
    /// The rows changed so that preferredWidth() may have grown.
    void contentsChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Live
    {
        int members = 0;
        bool locked = false;
    };
    void rebuild(ServerConnection *connection);
    /// Live state of an open tab, else the count the server's list gave, else "—".
    void applyLive(QTreeWidgetItem *item, const std::optional<Live> &live, std::optional<int> listed) const;
    void updateServerRow(ServerConnection *connection);
    void onContextMenu(const QPoint &pos);

    QTreeWidget *m_tree = nullptr;
    QList<QPointer<ServerConnection>> m_connections;
    QHash<QString, Live> m_live; ///< key: connection name + '\n' + conference
};

} // namespace gui
