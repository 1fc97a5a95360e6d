// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/conference/conferencelistdock.h"

#include "gui/app/statusicons.h"
#include "gui/connection/serverconnection.h"

#include <QHeaderView>
#include <QMenu>
#include <QTreeWidget>

namespace gui {

namespace {
constexpr int ConnectionRole = Qt::UserRole + 1;
constexpr int ConferenceRole = Qt::UserRole + 2;

QString liveKey(ServerConnection *connection, const QString &conference)
{
    return connection->name() + QLatin1Char('\n') + conference;
}
} // namespace

ConferenceListDock::ConferenceListDock(QWidget *parent)
    : QDockWidget(tr("Conferences"), parent)
    , m_tree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("conferenceDock"));
    m_tree->setObjectName(QStringLiteral("conferenceTree"));
    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels({tr("Conference"), tr("Ext."), tr("Members"), tr("Lock"), tr("Description")});
    m_tree->headerItem()->setToolTip(MembersColumn,
                                     tr("Live member count of open conferences; — when not open"));
    m_tree->headerItem()->setToolTip(LockedColumn, tr("Locked conferences accept no new callers"));
    // A glyph instead of a truncated word in the narrow lock column.
    m_tree->headerItem()->setText(LockedColumn, QString());
    m_tree->headerItem()->setIcon(LockedColumn, StatusIcons::icon(StatusIcons::Lock));
    m_tree->headerItem()->setData(LockedColumn, Qt::AccessibleTextRole, tr("Lock"));
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setExpandsOnDoubleClick(false);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setColumnWidth(NameColumn, 110);
    m_tree->setColumnWidth(ExtensionColumn, 44);
    m_tree->setColumnWidth(MembersColumn, 62);
    m_tree->setColumnWidth(LockedColumn, 28);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tree, &QWidget::customContextMenuRequested, this, &ConferenceListDock::onContextMenu);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QString conference = item->data(NameColumn, ConferenceRole).toString();
        auto *connection = item->data(NameColumn, ConnectionRole).value<ServerConnection *>();
        if (connection && !conference.isEmpty())
            emit openRequested(connection, conference);
    });
    setWidget(m_tree);
}

void ConferenceListDock::addConnection(ServerConnection *connection)
{
    m_connections.append(connection);
    auto *item = new QTreeWidgetItem(m_tree);
    item->setText(NameColumn, connection->name());
    item->setToolTip(NameColumn, connection->profile().displayAddress());
    item->setText(NameColumn, tr("%1 — loading…").arg(connection->name()));
    item->setData(NameColumn, ConnectionRole, QVariant::fromValue(connection));
    QFont bold = item->font(NameColumn);
    bold.setBold(true);
    item->setFont(NameColumn, bold);
    // The server row spans the table: long profile names stay readable in a narrow dock.
    item->setFirstColumnSpanned(true);
    item->setExpanded(true);
    connect(connection, &ServerConnection::conferencesChanged, this,
            [this, connection] { rebuild(connection); });
    connect(connection, &ServerConnection::conferencesFailed, this,
            [this, connection](const QString &message) {
                if (QTreeWidgetItem *server = serverItem(connection)) {
                    server->setText(NameColumn, tr("%1 — %2").arg(connection->name(), message));
                    server->setToolTip(NameColumn, message);
                }
            });
    connect(connection, &QObject::destroyed, this, [this, connection] { removeConnection(connection); });
}

void ConferenceListDock::removeConnection(ServerConnection *connection)
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        if (m_tree->topLevelItem(i)->data(NameColumn, ConnectionRole).value<ServerConnection *>() ==
            connection) {
            delete m_tree->takeTopLevelItem(i);
            break;
        }
    }
    m_connections.removeAll(connection);
}

QTreeWidgetItem *ConferenceListDock::serverItem(ServerConnection *connection) const
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_tree->topLevelItem(i);
        if (item->data(NameColumn, ConnectionRole).value<ServerConnection *>() == connection)
            return item;
    }
    return nullptr;
}

QTreeWidgetItem *ConferenceListDock::conferenceItem(ServerConnection *connection,
                                                    const QString &conference) const
{
    QTreeWidgetItem *server = serverItem(connection);
    if (!server)
        return nullptr;
    for (int i = 0; i < server->childCount(); ++i) {
        if (server->child(i)->data(NameColumn, ConferenceRole).toString() == conference)
            return server->child(i);
    }
    return nullptr;
}

ServerConnection *ConferenceListDock::currentConnection() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    if (!item)
        return nullptr;
    return item->data(NameColumn, ConnectionRole).value<ServerConnection *>();
}

void ConferenceListDock::rebuild(ServerConnection *connection)
{
    QTreeWidgetItem *server = serverItem(connection);
    if (!server)
        return;
    const QList<cc::ConferenceInfo> &conferences = connection->conferences();
    server->setText(NameColumn, tr("%1 — %2").arg(connection->name(),
                                                  conferences.size() == 1
                                                      ? tr("1 conference")
                                                      : tr("%1 conferences").arg(conferences.size())));
    server->setToolTip(NameColumn, connection->profile().displayAddress());

    // Update in place so the selection and expansion survive a refresh.
    QHash<QString, QTreeWidgetItem *> existing;
    for (int i = 0; i < server->childCount(); ++i)
        existing.insert(server->child(i)->data(NameColumn, ConferenceRole).toString(), server->child(i));
    int position = 0;
    for (const cc::ConferenceInfo &info : conferences) {
        QTreeWidgetItem *item = existing.take(info.name);
        if (!item) {
            item = new QTreeWidgetItem;
            server->insertChild(position, item);
        }
        ++position;
        item->setText(NameColumn, info.name);
        item->setData(NameColumn, ConnectionRole, QVariant::fromValue(connection));
        item->setData(NameColumn, ConferenceRole, info.name);
        item->setText(ExtensionColumn, info.extension);
        item->setText(DescriptionColumn, info.description);
        const QString hint = info.enabled ? tr("Double-click to open") : tr("Disabled on the server");
        item->setToolTip(NameColumn,
                         info.description.isEmpty() ? hint : info.description + QLatin1Char('\n') + hint);
        if (!info.enabled)
            item->setForeground(NameColumn, m_tree->palette().color(QPalette::Disabled, QPalette::Text));
        const auto live = m_live.constFind(liveKey(connection, info.name));
        applyLive(item, live == m_live.constEnd() ? std::nullopt : std::optional<Live>(*live));
    }
    for (QTreeWidgetItem *gone : std::as_const(existing))
        delete gone;
    server->setExpanded(true);
}

void ConferenceListDock::applyLive(QTreeWidgetItem *item, const std::optional<Live> &live) const
{
    item->setText(MembersColumn, live ? QString::number(live->members) : QStringLiteral("—"));
    item->setTextAlignment(MembersColumn, Qt::AlignCenter);
    if (live && live->locked) {
        item->setIcon(LockedColumn, StatusIcons::icon(StatusIcons::Lock));
        item->setToolTip(LockedColumn, tr("Locked"));
        item->setData(LockedColumn, Qt::AccessibleTextRole, tr("Locked"));
    } else {
        item->setIcon(LockedColumn, QIcon());
        item->setToolTip(LockedColumn, live ? tr("Not locked") : tr("Unknown until opened"));
        item->setData(LockedColumn, Qt::AccessibleTextRole, live ? tr("Not locked") : tr("Unknown"));
    }
}

void ConferenceListDock::setLiveState(ServerConnection *connection, const QString &conference,
                                      std::optional<int> members, bool locked)
{
    const QString key = liveKey(connection, conference);
    std::optional<Live> live;
    if (members) {
        live = Live{*members, locked};
        m_live.insert(key, *live);
    } else {
        m_live.remove(key);
    }
    if (QTreeWidgetItem *item = conferenceItem(connection, conference))
        applyLive(item, live);
}

void ConferenceListDock::onContextMenu(const QPoint &pos)
{
    QTreeWidgetItem *item = m_tree->itemAt(pos);
    if (!item)
        return;
    auto *connection = item->data(NameColumn, ConnectionRole).value<ServerConnection *>();
    const QString conference = item->data(NameColumn, ConferenceRole).toString();
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    if (connection && !conference.isEmpty()) {
        QAction *open = menu->addAction(tr("Open"));
        connect(open, &QAction::triggered, this,
                [this, connection, conference] { emit openRequested(connection, conference); });
    }
    if (connection) {
        QAction *refresh = menu->addAction(tr("Refresh list"));
        connect(refresh, &QAction::triggered, this,
                [this, connection] { emit refreshRequested(connection); });
    }
    menu->popup(m_tree->viewport()->mapToGlobal(pos));
}

} // namespace gui
