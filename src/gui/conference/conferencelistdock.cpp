// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/conference/conferencelistdock.h"

#include "core/model/participantmodel.h"
#include "gui/common/statusicons.h"
#include "gui/connection/serverconnection.h"

#include <QDragMoveEvent>
#include <QDropEvent>
#include <QHeaderView>
#include <QMenu>
#include <QMimeData>
#include <QScrollBar>
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
                                     tr("Members in each conference: live for open ones, as of the last list "
                                        "refresh for the others; — when the server does not say"));
    m_tree->headerItem()->setToolTip(LockedColumn, tr("Locked conferences accept no new callers"));
    // A glyph instead of a truncated word in the narrow lock column.
    m_tree->headerItem()->setText(LockedColumn, QString());
    m_tree->headerItem()->setIcon(LockedColumn, StatusIcons::icon(cc::Glyph::Lock));
    m_tree->headerItem()->setData(LockedColumn, Qt::AccessibleTextRole, tr("Lock"));
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setExpandsOnDoubleClick(false);
    // The name takes what is left; the narrow columns fit their contents, so nothing hides
    // behind a horizontal scrollbar. The description is in each row's tooltip.
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    for (int column : {ExtensionColumn, MembersColumn, LockedColumn})
        m_tree->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_tree->setColumnHidden(DescriptionColumn, true);
    m_tree->header()->setMinimumSectionSize(24);
    // Members dragged from a conference table onto another conference's row are transferred.
    m_tree->setAcceptDrops(true);
    m_tree->viewport()->setAcceptDrops(true);
    m_tree->setDropIndicatorShown(true);
    m_tree->viewport()->installEventFilter(this);
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
            [this, connection] { updateServerRow(connection); });
    connect(connection, &ServerConnection::stateChanged, this,
            [this, connection] { updateServerRow(connection); });
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
    updateServerRow(connection);

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
        applyLive(item, live == m_live.constEnd() ? std::nullopt : std::optional<Live>(*live),
                  info.memberCount);
    }
    for (QTreeWidgetItem *gone : std::as_const(existing))
        delete gone;
    server->setExpanded(true);
    emit contentsChanged();
}

int ConferenceListDock::preferredWidth() const
{
    const int indent = m_tree->indentation();
    int needed = 0;
    int narrow = 0;
    for (int column : {ExtensionColumn, MembersColumn, LockedColumn})
        narrow += qMax(m_tree->header()->sectionSizeHint(column), m_tree->header()->sectionSize(column));
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *server = m_tree->topLevelItem(i);
        // The server line spans every column and elides (its tooltip has it all): the dock is as
        // wide as its conferences need, not as a long server name or state would make it.
        needed = qMax(
            needed,
            indent +
                QFontMetrics(server->font(NameColumn)).horizontalAdvance(server->text(NameColumn).left(24)));
        for (int c = 0; c < server->childCount(); ++c) {
            const QTreeWidgetItem *child = server->child(c);
            needed = qMax(
                needed, 2 * indent +
                            QFontMetrics(child->font(NameColumn)).horizontalAdvance(child->text(NameColumn)) +
                            narrow);
        }
    }
    // Frame, a vertical scrollbar when the list grows, and the item views' text margins.
    const int chrome = 2 * m_tree->frameWidth() + m_tree->verticalScrollBar()->sizeHint().width() + 12;
    return needed + chrome;
}

QTreeWidgetItem *ConferenceListDock::transferTargetAt(const QPoint &viewportPos, const QString &source) const
{
    QTreeWidgetItem *item = m_tree->itemAt(viewportPos);
    if (!item)
        return nullptr;
    const QString conference = item->data(NameColumn, ConferenceRole).toString();
    if (conference.isEmpty() || conference == source)
        return nullptr;
    return item;
}

bool ConferenceListDock::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_tree->viewport())
        return QDockWidget::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove:
    case QEvent::Drop: {
        auto *drop = static_cast<QDropEvent *>(event);
        QString source;
        QList<quint32> ids;
        const QMimeData *mime = drop->mimeData();
        if (!mime || !mime->hasFormat(cc::ParticipantModel::kMimeType) ||
            !cc::ParticipantModel::decodeMemberIds(mime->data(cc::ParticipantModel::kMimeType), &source,
                                                   &ids) ||
            ids.isEmpty()) {
            event->ignore();
            return true;
        }
        if (event->type() == QEvent::DragEnter) {
            // Accept the drag as a whole; each position is judged on DragMove.
            drop->acceptProposedAction();
            return true;
        }
        QTreeWidgetItem *target = transferTargetAt(drop->position().toPoint(), source);
        auto *connection =
            target ? target->data(NameColumn, ConnectionRole).value<ServerConnection *>() : nullptr;
        if (!target || !connection) {
            drop->ignore();
            return true;
        }
        if (event->type() == QEvent::DragMove) {
            drop->acceptProposedAction();
            m_tree->setCurrentItem(target); // shows where the members would go
            return true;
        }
        drop->acceptProposedAction();
        emit transferRequested(connection, source, target->data(NameColumn, ConferenceRole).toString(), ids);
        return true;
    }
    default:
        break;
    }
    return QDockWidget::eventFilter(watched, event);
}

void ConferenceListDock::updateServerRow(ServerConnection *connection)
{
    QTreeWidgetItem *server = serverItem(connection);
    if (!server)
        return;
    const qsizetype count = connection->conferences().size();
    const QString conferences = count == 1 ? tr("1 conference") : tr("%1 conferences").arg(count);
    QString text;
    switch (connection->state()) {
    case ServerConnection::State::Connected:
        text = tr("%1 — %2").arg(connection->name(), conferences);
        break;
    case ServerConnection::State::Connecting:
        text = tr("%1 — connecting…").arg(connection->name());
        break;
    case ServerConnection::State::Failed:
    case ServerConnection::State::PasswordRefused:
        text = tr("%1 — %2").arg(connection->name(), connection->stateText());
        break;
    }
    server->setText(NameColumn, text);
    server->setToolTip(NameColumn, connection->profile().displayAddress() + u'\n' + connection->stateText() +
                                       u'\n' + tr("Right-click to disconnect, reconnect or edit it"));
}

void ConferenceListDock::applyLive(QTreeWidgetItem *item, const std::optional<Live> &live,
                                   std::optional<int> listed) const
{
    if (live) {
        item->setText(MembersColumn, QString::number(live->members));
        item->setToolTip(MembersColumn, tr("Members now (the conference is open)"));
    } else if (listed) {
        item->setText(MembersColumn, QString::number(*listed));
        item->setToolTip(MembersColumn, tr("Members when the list was last read"));
    } else {
        item->setText(MembersColumn, QStringLiteral("—"));
        item->setToolTip(MembersColumn, tr("Not known until the conference is opened"));
    }
    item->setTextAlignment(MembersColumn, Qt::AlignCenter);
    if (live && live->locked) {
        item->setIcon(LockedColumn, StatusIcons::icon(cc::Glyph::Lock));
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
    if (QTreeWidgetItem *item = conferenceItem(connection, conference)) {
        std::optional<int> listed;
        for (const cc::ConferenceInfo &info : connection->conferences()) {
            if (info.name == conference)
                listed = info.memberCount;
        }
        applyLive(item, live, listed);
    }
}

void ConferenceListDock::onContextMenu(const QPoint &pos)
{
    QTreeWidgetItem *item = m_tree->itemAt(pos);
    if (!item)
        return;
    auto *connection = item->data(NameColumn, ConnectionRole).value<ServerConnection *>();
    const QString conference = item->data(NameColumn, ConferenceRole).toString();
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("conferenceDockMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    if (connection && !conference.isEmpty()) {
        QAction *open = menu->addAction(tr("Open"));
        connect(open, &QAction::triggered, this,
                [this, connection, conference] { emit openRequested(connection, conference); });
    }
    if (connection) {
        QAction *refresh = menu->addAction(tr("Refresh list"));
        refresh->setObjectName(QStringLiteral("actionDockRefresh"));
        connect(refresh, &QAction::triggered, this,
                [this, connection] { emit refreshRequested(connection); });
    }
    if (connection && conference.isEmpty()) {
        menu->addSeparator();
        QAction *reconnect = menu->addAction(tr("Reconnect"));
        reconnect->setObjectName(QStringLiteral("actionDockReconnect"));
        connect(reconnect, &QAction::triggered, this,
                [this, connection] { emit reconnectRequested(connection); });
        QAction *edit = menu->addAction(tr("Edit…"));
        edit->setObjectName(QStringLiteral("actionDockEdit"));
        connect(edit, &QAction::triggered, this, [this, connection] { emit editRequested(connection); });
        QAction *disconnect = menu->addAction(tr("Disconnect"));
        disconnect->setObjectName(QStringLiteral("actionDockDisconnect"));
        connect(disconnect, &QAction::triggered, this,
                [this, connection] { emit disconnectRequested(connection); });
    }
    menu->popup(m_tree->viewport()->mapToGlobal(pos));
}

} // namespace gui
