// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/conference/conferenceview.h"

#include "core/esl/eslclient.h" // complete type for EslCommandTransport::client()
#include "core/esl/eslcommandtransport.h"
#include "core/model/participantmodel.h"
#include "core/parsers/parsers.h"
#include "core/sources/conferencepoller.h"
#include "core/sources/pushconferencesource.h"
#include "gui/app/statusicons.h"
#include "gui/app/theme.h"
#include "gui/conference/commandcontroller.h"
#include "gui/conference/conferenceinsights.h"
#include "gui/conference/conferencetoolbar.h"
#include "gui/conference/memberactions.h"
#include "gui/conference/participantdelegate.h"
#include "gui/conference/participantproxymodel.h"
#include "gui/conference/relationspanel.h"
#include "gui/connection/serverconnection.h"

#include <QAction>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace gui {

using cc::ConferenceCommand;
using cc::ParticipantModel;

namespace {

// A rounded "pill" for the header badges: glyph plus word, so the meaning never rests on colour.
QToolButton *makeBadge(QWidget *parent, const QString &objectName, StatusIcons::Glyph glyph)
{
    auto *badge = new QToolButton(parent);
    badge->setObjectName(objectName);
    badge->setIcon(StatusIcons::icon(glyph));
    badge->setIconSize(QSize(14, 14));
    badge->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    badge->setFocusPolicy(Qt::NoFocus);
    badge->setStyleSheet(QStringLiteral("QToolButton { border: 1px solid palette(mid); border-radius: 9px; "
                                        "padding: 1px 8px 1px 6px; font-weight: 600; }"));
    badge->hide();
    return badge;
}

} // namespace

ConferenceView::ConferenceView(ServerConnection *connection, const QString &conference, QWidget *parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_conference(conference)
    , m_model(new ParticipantModel(this))
    , m_proxy(new ParticipantProxyModel(this))
    , m_tick(new QTimer(this))
{
    // REST polls xml_list; the event socket applies events at once and re-syncs now and then.
    if (cc::EslCommandTransport *esl = connection->eslTransport()) {
        m_push = new cc::PushConferenceSource(esl, conference, this);
        m_push->setResyncInterval(connection->profile().eslResyncIntervalMs);
    } else {
        m_poller = new cc::ConferencePoller(connection->client(), conference, this);
    }
    m_source = m_push ? static_cast<cc::ConferenceSource *>(m_push) : m_poller;
    m_controller = new CommandController(connection->transport(), conference, m_poller, this);
    setObjectName(QStringLiteral("conferenceView_") + conference);
    m_proxy->setSourceModel(m_model);
    m_relations = new RelationsPanel(m_model, this);
    buildUi();
    m_toolbarController = new ConferenceToolbar(this, m_toolBar);
    m_memberActions = new MemberActions(this);

    connectSource();
    if (m_push)
        connectPushSource();
    else
        connectPoller();
    connect(m_model, &ParticipantModel::conferenceStateChanged, this, &ConferenceView::updateConferenceState);
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
            [this] { emit memberCountChanged(memberCount()); });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this,
            [this] { emit memberCountChanged(memberCount()); });
    connect(m_model, &QAbstractItemModel::modelReset, this,
            [this] { emit memberCountChanged(memberCount()); });
    connect(m_model, &ParticipantModel::relateRequested, m_memberActions, &MemberActions::offerRelate);
    connect(m_memberActions, &MemberActions::statusMessage, this, &ConferenceView::statusMessage);
    connect(m_memberActions, &MemberActions::relateMenuShown, this, &ConferenceView::relateMenuShown);
    connect(m_toolbarController, &ConferenceToolbar::dialOutRequested, this,
            &ConferenceView::dialOutRequested);
    connect(m_toolbarController, &ConferenceToolbar::recordingChangeAnswered, this, [this] {
        m_recordDurationSeconds.reset();
        pollRecording();
    });
    connect(m_relations, &RelationsPanel::clearRequested, this, [this](quint32 from, quint32 to) {
        m_controller->send(ConferenceCommand::relate({from}, {to}, cc::RelateFlag::Clear));
    });
    connect(m_controller, &CommandController::message, this, &ConferenceView::statusMessage);

    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &ConferenceView::tick);
    updateHeader();
}

ConferenceView::~ConferenceView() = default;

void ConferenceView::start()
{
    m_source->start();
    m_tick->start();
}

void ConferenceView::stop()
{
    m_source->stop();
    m_tick->stop();
}

void ConferenceView::connectSource()
{
    connect(m_source, &cc::ConferenceSource::snapshotReceived, this,
            [this](const cc::ConferenceSnapshot &snapshot) {
                m_haveSnapshot = true;
                m_lastPollError.clear();
                m_model->applySnapshot(snapshot);
                updateHeader();
            });
    connect(m_source, &cc::ConferenceSource::activeChanged, this, [this](bool) { updateHeader(); });
    connect(m_source, &cc::ConferenceSource::pollFailed, this, [this](const cc::CommandOutcome &outcome) {
        m_lastPollError = CommandController::describeOutcome(ConferenceCommand::xmlList(), outcome);
        updateHeader();
    });
    connect(m_source, &cc::ConferenceSource::staleChanged, this, [this](bool stale) {
        m_model->setStale(stale);
        updateHeader();
    });
}

void ConferenceView::connectPoller()
{
    m_poller->setInterval(m_connection->profile().pollIntervalMs);
    // Relationships are invisible in xml_list; only `relate 0` lists them (freeswitch-conference.md §7.2).
    m_poller->setRelationsPolling(true, 3);
    connect(m_poller, &cc::ConferencePoller::relationshipsReceived, this,
            [this](const QList<cc::Relationship> &relationships) {
                m_model->setRelationships(relationships);
                m_relations->setRelationships(relationships);
            });
    connect(m_poller, &cc::ConferencePoller::pollingHalted, this, [this](const cc::CommandOutcome &outcome) {
        m_lastPollError = CommandController::describeOutcome(ConferenceCommand::xmlList(), outcome) +
                          tr(" — polling stopped");
        updateHeader();
    });
}

void ConferenceView::connectPushSource()
{
    // Relationships have no event and are invisible in xml_list (freeswitch-conference.md §7.2,
    // §8.2): read `relate 0` after each full re-sync and after each relate command.
    connect(m_push, &cc::PushConferenceSource::resynced, this, &ConferenceView::pollRelations);
    connect(m_controller, &CommandController::commandFinished, this,
            [this](const cc::ConferenceCommand &command, const cc::CommandOutcome &) {
                if (command.id() == cc::CommandId::Relate)
                    pollRelations();
            });
}

void ConferenceView::pollRelations()
{
    if (m_relationsQueryInFlight)
        return;
    m_relationsQueryInFlight = true;
    m_controller->query(ConferenceCommand::relateList({}), [this](const cc::CommandOutcome &outcome) {
        m_relationsQueryInFlight = false;
        if (!outcome.ok())
            return; // keep the last known relationships
        const auto parsed = cc::parseRelateListing(outcome.payload.toUtf8());
        if (!parsed.ok())
            return;
        m_model->setRelationships(parsed.value);
        m_relations->setRelationships(parsed.value);
    });
}

bool ConferenceView::isEventSocket() const
{
    return m_push != nullptr;
}

void ConferenceView::refreshNow()
{
    m_source->refreshNow();
}

// --- UI -------------------------------------------------------------------------------------

void ConferenceView::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 4);
    layout->setSpacing(6);

    // Header line: name, count, badges, freshness.
    auto *header = new QHBoxLayout;
    header->setSpacing(8);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("conferenceTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setText(m_conference);
    header->addWidget(m_title);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("memberCountLabel"));
    header->addWidget(m_count);

    m_lockBadge = makeBadge(this, QStringLiteral("lockedBadge"), StatusIcons::Lock);
    m_lockBadge->setText(tr("Locked"));
    m_lockBadge->setToolTip(tr("The conference is locked: nobody new can join."));
    m_lockBadge->setAccessibleName(tr("Conference locked"));
    m_lockBadge->setAccessibleDescription(m_lockBadge->toolTip());
    header->addWidget(m_lockBadge);
    m_recBadge = makeBadge(this, QStringLiteral("recordingBadge"), StatusIcons::Recording);
    m_recBadge->setToolTip(tr("The conference is being recorded."));
    header->addWidget(m_recBadge);
    header->addStretch(1);

    m_warning = new QLabel(this);
    m_warning->setObjectName(QStringLiteral("staleWarning"));
    m_warning->setWordWrap(false);
    m_warning->setStyleSheet(QStringLiteral("QLabel { color: #8a1f11; font-weight: 600; }"));
    m_warning->hide();
    header->addWidget(m_warning);

    m_updated = new QLabel(this);
    m_updated->setObjectName(QStringLiteral("updatedLabel"));
    m_updated->setStyleSheet(QStringLiteral("QLabel { color: palette(dark); }"));
    header->addWidget(m_updated);
    header->addSpacing(8);

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("filterEdit"));
    m_filter->setAccessibleName(tr("Filter members"));
    m_filter->setPlaceholderText(tr("Filter by name or number (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMinimumWidth(220);
    m_filter->setMaximumWidth(320);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &ParticipantProxyModel::setFilterText);
    header->addWidget(m_filter);
    layout->addLayout(header);

    m_toolBar = new QToolBar(tr("Conference"), this);
    m_toolBar->setObjectName(QStringLiteral("conferenceToolBar"));
    m_toolBar->setIconSize(QSize(18, 18));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    layout->addWidget(m_toolBar);

    // The table gets the full width; relations sit below it.
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("viewSplitter"));
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
    m_table->horizontalHeader()->setSectionResizeMode(ParticipantModel::NameColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setMinimumSectionSize(30);
    // Size the text columns to their header (the model is still empty) but not below a floor.
    const std::pair<int, int> widths[] = {
        {ParticipantModel::IdColumn, 44},        {ParticipantModel::NumberColumn, 130},
        {ParticipantModel::EnergyColumn, 110},   {ParticipantModel::VolumeInColumn, 60},
        {ParticipantModel::VolumeOutColumn, 60}, {ParticipantModel::JoinedColumn, 70},
        {ParticipantModel::LastTalkedColumn, 80}};
    for (const auto &[column, floor] : widths) {
        m_table->resizeColumnToContents(column);
        m_table->setColumnWidth(column, qMax(floor, m_table->columnWidth(column)));
    }
    for (int c = ParticipantModel::TalkingColumn; c <= ParticipantModel::VideoColumn; ++c)
        m_table->setColumnWidth(c, 32);
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

    // Under the table: who spoke when, raised hands and relations, side by side.
    m_insights = new ConferenceInsights(this);
    QWidget *strip = m_insights->createStrip(m_relations, m_splitter);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(strip);
    m_splitter->setStretchFactor(0, 5);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({400, 140});
    layout->addWidget(m_splitter, 1);
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
    for (const cc::Participant &p : m_model->snapshot().members) {
        if (p.hasFloor && p.talking) {
            chosen = p.id;
            break;
        }
        if (p.talking && !chosen)
            chosen = p.id;
    }
    if (!chosen) {
        for (const cc::Participant &p : m_model->snapshot().members) {
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
    return m_model->rowCount();
}

bool ConferenceView::isRecording() const
{
    return !m_model->snapshot().recordings.isEmpty() || m_sipxRecording;
}

QString ConferenceView::recordingBadgeText() const
{
    const auto &recordings = m_model->snapshot().recordings;
    if (recordings.isEmpty() && !m_sipxRecording)
        return {};
    qint64 seconds = 0;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (m_recordDurationSeconds) {
        seconds = *m_recordDurationSeconds + (now - m_recordDurationAtMs) / 1000;
    } else if (!recordings.isEmpty() && recordings.first().startedEpochSeconds > 0) {
        seconds = now / 1000 - recordings.first().startedEpochSeconds;
    }
    return tr("● REC %1").arg(cc::formatDuration(seconds, true));
}

QString ConferenceView::headerText() const
{
    QStringList parts{m_conference, m_count->text()};
    if (m_lockBadge->isVisible() || m_model->snapshot().locked)
        parts << tr("Locked");
    const QString rec = recordingBadgeText();
    if (!rec.isEmpty())
        parts << rec;
    if (!m_warning->text().isEmpty() && !m_warning->isHidden())
        parts << m_warning->text();
    parts << m_updated->text();
    return parts.join(QStringLiteral(" · "));
}

void ConferenceView::updateConferenceState()
{
    m_toolbarController->updateState(m_model->snapshot().locked, isRecording());
    updateHeader();
}

void ConferenceView::updateHeader()
{
    const cc::ConferenceSnapshot &snapshot = m_model->snapshot();
    const int count = memberCount();
    if (!m_haveSnapshot)
        m_count->setText(tr("connecting…"));
    else if (!m_source->isActive())
        m_count->setText(tr("not running (nobody in it)"));
    else
        m_count->setText(memberCountText(count));

    m_lockBadge->setVisible(snapshot.locked);

    const QString rec = recordingBadgeText();
    m_recBadge->setVisible(!rec.isEmpty());
    m_recBadge->setText(rec.mid(rec.indexOf(QLatin1Char(' ')) + 1)); // the icon replaces the dot
    // The visible text is only a clock: say what it counts.
    m_recBadge->setAccessibleName(rec.isEmpty() ? tr("Not recording")
                                                : tr("Recording for %1").arg(m_recBadge->text()));
    if (!rec.isEmpty()) {
        QStringList paths;
        for (const cc::RecordingNode &node : snapshot.recordings)
            paths << (node.paused ? tr("%1 (paused)").arg(node.path) : node.path);
        m_recBadge->setToolTip(paths.isEmpty() ? tr("Recording (sipXconfig)")
                                               : paths.join(QLatin1Char('\n')));
    }

    const QDateTime last = m_source->lastSuccess();
    if (last.isValid()) {
        const qint64 ago = qMax<qint64>(0, last.secsTo(QDateTime::currentDateTimeUtc()));
        if (isEventSocket())
            m_updated->setText(ago < 1 ? tr("live via event socket · re-synced just now")
                                       : tr("live via event socket · re-synced %n s ago", nullptr, int(ago)));
        else
            m_updated->setText(ago < 1 ? tr("updated just now") : tr("updated %n s ago", nullptr, int(ago)));
    } else {
        m_updated->setText(tr("not updated yet"));
    }

    QString warning;
    if (m_source->isStale())
        warning = tr("⚠ Data may be out of date");
    if (!m_lastPollError.isEmpty())
        warning = warning.isEmpty() ? QString(QStringLiteral("⚠ ") + m_lastPollError)
                                    : QString(warning + QStringLiteral(": ") + m_lastPollError);
    m_warning->setText(warning);
    // The colour follows the theme, which may change while the tab is open.
    const QString warningStyle = Theme::isDark(palette())
                                     ? QStringLiteral("QLabel { color: #ff8a80; font-weight: 600; }")
                                     : QStringLiteral("QLabel { color: #8a1f11; font-weight: 600; }");
    if (m_warning->styleSheet() != warningStyle)
        m_warning->setStyleSheet(warningStyle);
    m_warning->setToolTip(m_lastPollError);
    m_warning->setVisible(!warning.isEmpty());
}

void ConferenceView::tick()
{
    ++m_ticks;
    updateHeader();
    // Joined / Last talked are computed by the model when asked; repaint them each second.
    m_table->viewport()->update();
    // record&status is a sipXconfig service; over the event socket xml_list shows the recorders.
    if (isRecording() && m_ticks % 5 == 0 && !isEventSocket())
        pollRecording();
}

// --- polling extras -------------------------------------------------------------------------

void ConferenceView::pollRecording()
{
    if (m_recordingQueryInFlight)
        return;
    m_recordingQueryInFlight = true;
    // sipxconfig-conference-rest.md §5.4: status is IN_PROGRESS / NO_RECORDING; duration whole seconds.
    m_controller->query(ConferenceCommand::recordStatus(), [this](const cc::CommandOutcome &status) {
        const bool wasRecording = isRecording();
        m_sipxRecording = status.ok() && status.payload.contains(QLatin1String("IN_PROGRESS"));
        if (!m_sipxRecording) {
            m_recordingQueryInFlight = false;
            m_recordDurationSeconds.reset();
            if (wasRecording != isRecording())
                updateConferenceState();
            return;
        }
        m_controller->query(ConferenceCommand::recordDuration(), [this](const cc::CommandOutcome &duration) {
            m_recordingQueryInFlight = false;
            bool ok = false;
            const int seconds = duration.payload.trimmed().toInt(&ok);
            if (duration.ok() && ok) {
                m_recordDurationSeconds = seconds;
                m_recordDurationAtMs = QDateTime::currentMSecsSinceEpoch();
            }
            updateConferenceState();
        });
    });
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
        const int sourceRow = m_model->rowForMember(id);
        if (sourceRow < 0)
            continue;
        const QModelIndex proxyIndex = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
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

void ConferenceView::sendToMembers(const QList<quint32> &ids,
                                   const std::function<ConferenceCommand(const QString &)> &make)
{
    m_memberActions->sendToMembers(ids, make);
}

void ConferenceView::transferMembers(const QString &target, const QList<quint32> &ids)
{
    m_memberActions->transferMembers(target, ids);
}

QMenu *ConferenceView::createMemberMenu(QWidget *parent)
{
    return m_memberActions->createMemberMenu(parent);
}

QMenu *ConferenceView::createRelateMenu(const QList<quint32> &from, quint32 to, QWidget *parent)
{
    return m_memberActions->createRelateMenu(from, to, parent);
}

QString ConferenceView::memberCountText(int count)
{
    // Plural forms come from the translation; without one, avoid showing "member(s)".
    const QString translated = tr("%n member(s)", nullptr, count);
    if (!translated.contains(QLatin1String("(s)")))
        return translated;
    return count == 1 ? tr("1 member") : tr("%1 members").arg(count);
}

} // namespace gui
