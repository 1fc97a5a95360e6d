// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/conference/conferenceview.h"

#include "core/model/participantmodel.h"
#include "gui/conference/commandcontroller.h"
#include "gui/conference/conferencefeed.h"
#include "gui/conference/conferenceheader.h"
#include "gui/conference/conferenceinsights.h"
#include "gui/conference/conferencemeeting.h"
#include "gui/conference/conferencetoolbar.h"
#include "gui/conference/memberactions.h"
#include "gui/conference/participantdelegate.h"
#include "gui/conference/participantproxymodel.h"
#include "gui/conference/relationspanel.h"
#include "gui/conference/waitingroompanel.h"
#include "gui/connection/serverconnection.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QMenu>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>

namespace gui {

using cc::ConferenceCommand;
using cc::ParticipantModel;

ConferenceView::ConferenceView(ServerConnection *connection, const QString &conference, QWidget *parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_conference(conference)
    , m_feed(new ConferenceFeed(connection, conference, this))
    , m_proxy(new ParticipantProxyModel(this))
    , m_tick(new QTimer(this))
{
    setObjectName(QStringLiteral("conferenceView_") + conference);
    m_proxy->setSourceModel(model());
    m_relations = new RelationsPanel(model(), this);
    m_meeting = new ConferenceMeeting(this);
    buildUi();
    m_toolbarController = new ConferenceToolbar(this, m_toolBar);
    m_memberActions = new MemberActions(this);

    cc::ParticipantModel *members = model();
    connect(members, &ParticipantModel::conferenceStateChanged, this, &ConferenceView::updateConferenceState);
    // Member flags decide which all-member actions make sense.
    connect(members, &ParticipantModel::snapshotApplied, m_toolbarController,
            &ConferenceToolbar::updateState);
    for (const auto rowsChanged : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(members, rowsChanged, this, [this] { emit memberCountChanged(memberCount()); });
    connect(members, &QAbstractItemModel::modelReset, this,
            [this] { emit memberCountChanged(memberCount()); });
    connect(members, &ParticipantModel::relateRequested, m_memberActions, &MemberActions::offerRelate);
    connect(m_feed, &ConferenceFeed::relationshipsChanged, m_relations, &RelationsPanel::setRelationships);
    connect(m_feed, &ConferenceFeed::recordingChanged, this, &ConferenceView::updateConferenceState);
    connect(m_memberActions, &MemberActions::statusMessage, this, &ConferenceView::statusMessage);
    connect(m_memberActions, &MemberActions::relateMenuShown, this, &ConferenceView::relateMenuShown);
    connect(m_toolbarController, &ConferenceToolbar::recordingChangeAnswered, m_feed,
            &ConferenceFeed::recordingCommandAnswered);
    connect(m_relations, &RelationsPanel::clearRequested, this, [this](quint32 from, quint32 to) {
        controller()->send(ConferenceCommand::relate({from}, {to}, cc::RelateFlag::Clear));
    });
    connect(controller(), &CommandController::message, this, &ConferenceView::statusMessage);
    connect(m_meeting, &ConferenceMeeting::statusMessage, this, &ConferenceView::statusMessage);
    connect(m_meeting, &ConferenceMeeting::headerTextChanged, m_header, &ConferenceHeader::setMeetingText);

    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &ConferenceView::tick);
}

ConferenceView::~ConferenceView() = default;

cc::ParticipantModel *ConferenceView::model() const
{
    return m_feed->model();
}

cc::ConferencePoller *ConferenceView::poller() const
{
    return m_feed->poller();
}

cc::PushConferenceSource *ConferenceView::pushSource() const
{
    return m_feed->pushSource();
}

bool ConferenceView::isEventSocket() const
{
    return m_feed->isEventSocket();
}

CommandController *ConferenceView::controller() const
{
    return m_feed->controller();
}

void ConferenceView::start()
{
    m_feed->start();
    m_tick->start();
}

void ConferenceView::stop()
{
    m_feed->stop();
    m_tick->stop();
}

void ConferenceView::refreshNow()
{
    m_feed->refreshNow();
}

// --- UI -------------------------------------------------------------------------------------

void ConferenceView::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 4);
    layout->setSpacing(6);

    // Header line: name, count, badges, freshness, then the filter.
    m_header = new ConferenceHeader(m_feed, this);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("filterEdit"));
    m_filter->setAccessibleName(tr("Filter members"));
    m_filter->setPlaceholderText(tr("Filter by name or number (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMinimumWidth(220);
    m_filter->setMaximumWidth(320);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &ParticipantProxyModel::setFilterText);
    m_header->trailingLayout()->addWidget(m_filter);
    layout->addWidget(m_header);

    m_toolBar = new QToolBar(tr("Conference"), this);
    m_toolBar->setObjectName(QStringLiteral("conferenceToolBar"));
    m_toolBar->setIconSize(QSize(18, 18));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    layout->addWidget(m_toolBar);

    // The table gets the full width; relations sit below it.
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("viewSplitter"));
    buildTable();

    // Under the table: who spoke when, raised hands and relations, side by side.
    m_insights = new ConferenceInsights(this);
    QWidget *strip = m_insights->createStrip(m_relations, m_splitter);
    // The waiting room sits beside the raised hands: both are people waiting for the moderator.
    if (auto *row = qobject_cast<QHBoxLayout *>(strip->layout()))
        row->insertWidget(1, m_meeting->createWaitingPanel(strip), 3, Qt::AlignTop);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(strip);
    m_splitter->setStretchFactor(0, 5);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({400, 140});
    layout->addWidget(m_splitter, 1);
}

void ConferenceView::buildTable()
{
    m_table = new QTableView(m_splitter);
    m_table->setObjectName(QStringLiteral("participantTable"));
    m_table->setAccessibleName(tr("Members of %1").arg(m_conference));
    m_table->setAccessibleDescription(
        tr("One row per caller. M mutes, D deafens, Delete kicks, T selects the current talker."));
    m_table->setModel(m_proxy);
    m_table->setItemDelegate(new ParticipantDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ParticipantModel::IdColumn, Qt::AscendingOrder); // join order
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(28);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setMinimumSectionSize(30);
    // A header longer than its column's values elides; its tooltip keeps the whole name.
    m_table->horizontalHeader()->setTextElideMode(Qt::ElideRight);
    m_table->setTextElideMode(Qt::ElideRight);
    for (const cc::ParticipantColumn &column : cc::participantColumns()) {
        if (column.width == cc::ColumnWidth::Stretch)
            m_table->horizontalHeader()->setSectionResizeMode(column.column, QHeaderView::Stretch);
    }
    fitColumns();
    // Values change width as members join (a long number, "1h 02m"): fit again, never per cell.
    for (const auto rowsChanged : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, rowsChanged, this, &ConferenceView::fitColumns, Qt::QueuedConnection);
    // Relate by drag and drop: a drop onto a member is a link, never a move.
    m_table->setDragEnabled(true);
    m_table->setAcceptDrops(true);
    m_table->setDropIndicatorShown(true);
    m_table->setDragDropMode(QAbstractItemView::DragDrop);
    m_table->setDragDropOverwriteMode(true);
    m_table->setDefaultDropAction(Qt::LinkAction);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this,
            [this](const QPoint &pos) { m_memberActions->showContextMenu(pos); });
}

void ConferenceView::fitColumns()
{
    // Each column says how it is sized (participantcolumns.cpp): the name takes what the others
    // leave, and they are as wide as their values, not their headers, so the name goes first.
    for (const cc::ParticipantColumn &column : cc::participantColumns()) {
        switch (column.width) {
        case cc::ColumnWidth::Stretch:
            break;
        case cc::ColumnWidth::FitContent: {
            int width = std::max(column.minimumWidth,
                                 static_cast<QAbstractItemView *>(m_table)->sizeHintForColumn(column.column));
            // A header wider than the values goes on two lines rather than widening the column.
            const QString header = column.headerText();
            const QFontMetrics fm(m_table->horizontalHeader()->font());
            const int chrome = 24; // margins and the sort arrow
            const bool wrap = fm.horizontalAdvance(header) + chrome > width;
            if (wrap) {
                int longest = 0;
                for (const QString &line : ParticipantProxyModel::wrapInTwo(header).split(u'\n'))
                    longest = std::max(longest, fm.horizontalAdvance(line));
                width = std::max(width, longest + chrome);
            }
            m_proxy->setHeaderWrapped(column.column, wrap);
            m_table->setColumnWidth(column.column, width);
            break;
        }
        case cc::ColumnWidth::Fixed:
            m_table->setColumnWidth(column.column, column.minimumWidth);
            break;
        }
    }
}

QAction *ConferenceView::makeAction(const QString &objectName, const QString &text, const QString &toolTip)
{
    auto *action = new QAction(text, this);
    action->setObjectName(objectName);
    if (!toolTip.isEmpty())
        action->setToolTip(toolTip);
    // Shortcuts only act in the visible tab.
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(action);
    return action;
}

bool ConferenceView::selectCurrentTalker()
{
    // The floor holder first (the one the bridge considers the speaker), else the first talker.
    std::optional<quint32> chosen;
    for (const cc::Participant &p : model()->snapshot().members) {
        if (p.hasFloor && p.talking) {
            chosen = p.id;
            break;
        }
        if (p.talking && !chosen)
            chosen = p.id;
    }
    if (!chosen) {
        for (const cc::Participant &p : model()->snapshot().members) {
            if (p.hasFloor) {
                chosen = p.id;
                break;
            }
        }
    }
    if (!chosen)
        return false;
    selectMembers({*chosen});
    if (!selectedMemberIds().contains(*chosen))
        return false; // hidden by the filter
    m_table->scrollTo(m_table->selectionModel()->currentIndex());
    m_table->setFocus(Qt::ShortcutFocusReason);
    return true;
}

// --- header ---------------------------------------------------------------------------------

int ConferenceView::memberCount() const
{
    return model()->rowCount();
}

bool ConferenceView::isRecording() const
{
    return m_feed->isRecording();
}

QString ConferenceView::recordingBadgeText() const
{
    return m_header->recordingBadgeText();
}

QString ConferenceView::headerText() const
{
    return m_header->text();
}

void ConferenceView::updateConferenceState()
{
    m_toolbarController->updateState();
    m_header->refresh();
}

void ConferenceView::tick()
{
    m_header->refresh();
    m_feed->tick();
    // Joined / Last talked are computed by the model when asked; repaint them each second.
    m_table->viewport()->update();
}

// --- selection ------------------------------------------------------------------------------

QList<quint32> ConferenceView::selectedMemberIds() const
{
    QList<quint32> ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    QList<QModelIndex> sorted(rows.begin(), rows.end());
    std::sort(sorted.begin(), sorted.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &index : sorted) {
        const quint32 id = index.data(ParticipantModel::MemberIdRole).toUInt();
        if (id != 0 && !ids.contains(id))
            ids << id;
    }
    return ids;
}

void ConferenceView::selectMembers(const QList<quint32> &ids)
{
    QItemSelection selection;
    for (const quint32 id : ids) {
        const int sourceRow = model()->rowForMember(id);
        if (sourceRow < 0)
            continue;
        const QModelIndex proxyIndex = m_proxy->mapFromSource(model()->index(sourceRow, 0));
        if (proxyIndex.isValid())
            selection.select(proxyIndex, proxyIndex.siblingAtColumn(m_proxy->columnCount() - 1));
    }
    m_table->selectionModel()->select(selection,
                                      QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (!selection.isEmpty())
        m_table->selectionModel()->setCurrentIndex(selection.first().topLeft(),
                                                   QItemSelectionModel::NoUpdate);
}

std::optional<QString> ConferenceView::bulkSelector(const QList<quint32> &ids) const
{
    return m_memberActions->bulkSelector(ids);
}

void ConferenceView::transferMembers(const QString &target, const QList<quint32> &ids,
                                     std::function<void(const QList<quint32> &, const QList<quint32> &)> done)
{
    m_memberActions->transferMembers(target, ids, std::move(done));
}

QMenu *ConferenceView::createMemberMenu(QWidget *parent)
{
    return m_memberActions->createMemberMenu(parent);
}

QString ConferenceView::memberCountText(int count)
{
    // Plural forms come from the catalogue, English included (conference-console_en.ts).
    return tr("%n member(s)", nullptr, count);
}

} // namespace gui
