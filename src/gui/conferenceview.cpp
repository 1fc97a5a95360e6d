// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "conferenceview.h"

#include "commandcontroller.h"
#include "core/conferencepoller.h"
#include "core/eslclient.h" // complete type for EslCommandTransport::client()
#include "core/eslcommandtransport.h"
#include "core/parsers.h"
#include "core/participantmodel.h"
#include "core/pushconferencesource.h"
#include "dialoutdialog.h"
#include "leveldialog.h"
#include "participantdelegate.h"
#include "participantproxymodel.h"
#include "relationspanel.h"
#include "serverconnection.h"
#include "statusicons.h"
#include "theme.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCursor>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

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
    m_controller = new CommandController(connection->transport(), conference, m_poller, this);
    setObjectName(QStringLiteral("conferenceView_") + conference);
    m_proxy->setSourceModel(m_model);
    m_relations = new RelationsPanel(m_model, this);
    buildUi();
    buildActions();

    if (m_push) {
        connectPushSource();
        m_recordAction->setToolTip(
            tr("Start recording to a file on the FreeSWITCH server, or stop every recording"));
    } else {
        connectPoller();
    }
    connect(m_model, &ParticipantModel::conferenceStateChanged, this, &ConferenceView::updateConferenceState);
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
            [this] { emit memberCountChanged(memberCount()); });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this,
            [this] { emit memberCountChanged(memberCount()); });
    connect(m_model, &QAbstractItemModel::modelReset, this,
            [this] { emit memberCountChanged(memberCount()); });
    connect(m_model, &ParticipantModel::relateRequested, this, &ConferenceView::onRelateRequested);
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
    if (m_push)
        m_push->start();
    else
        m_poller->start();
    m_tick->start();
}

void ConferenceView::stop()
{
    if (m_push)
        m_push->stop();
    else
        m_poller->stop();
    m_tick->stop();
}

void ConferenceView::connectPoller()
{
    m_poller->setInterval(m_connection->profile().pollIntervalMs);
    connect(m_poller, &cc::ConferencePoller::snapshotReceived, this,
            [this](const cc::ConferenceSnapshot &snapshot) {
                m_haveSnapshot = true;
                m_lastPollError.clear();
                m_model->applySnapshot(snapshot);
                updateHeader();
            });
    // Relationships are invisible in xml_list; only `relate 0` lists them (freeswitch-conference.md §7.2).
    m_poller->setRelationsPolling(true, 3);
    connect(m_poller, &cc::ConferencePoller::relationshipsReceived, this,
            [this](const QList<cc::Relationship> &relationships) {
                m_model->setRelationships(relationships);
                m_relations->setRelationships(relationships);
            });
    connect(m_poller, &cc::ConferencePoller::activeChanged, this, [this](bool) { updateHeader(); });
    connect(m_poller, &cc::ConferencePoller::pollingHalted, this, [this](const cc::CommandOutcome &outcome) {
        m_lastPollError = CommandController::describeOutcome(ConferenceCommand::xmlList(), outcome) +
                          tr(" — polling stopped");
        updateHeader();
    });
    connect(m_poller, &cc::ConferencePoller::pollFailed, this, [this](const cc::CommandOutcome &outcome) {
        m_lastPollError = CommandController::describeOutcome(ConferenceCommand::xmlList(), outcome);
        updateHeader();
    });
    connect(m_poller, &cc::ConferencePoller::staleChanged, this, [this](bool stale) {
        m_model->setStale(stale);
        updateHeader();
    });
}

void ConferenceView::connectPushSource()
{
    connect(m_push, &cc::PushConferenceSource::snapshotReceived, this,
            [this](const cc::ConferenceSnapshot &snapshot) {
                m_haveSnapshot = true;
                m_lastPollError.clear();
                m_model->applySnapshot(snapshot);
                updateHeader();
            });
    connect(m_push, &cc::PushConferenceSource::activeChanged, this, [this](bool) { updateHeader(); });
    connect(m_push, &cc::PushConferenceSource::pollFailed, this, [this](const cc::CommandOutcome &outcome) {
        m_lastPollError = CommandController::describeOutcome(ConferenceCommand::xmlList(), outcome);
        updateHeader();
    });
    connect(m_push, &cc::PushConferenceSource::staleChanged, this, [this](bool stale) {
        m_model->setStale(stale);
        updateHeader();
    });
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
    if (m_push)
        m_push->resyncNow();
    else if (m_poller)
        m_poller->pollNow();
}

QDateTime ConferenceView::lastUpdate() const
{
    return m_push ? m_push->lastSuccess() : m_poller->lastSuccess();
}

bool ConferenceView::isStale() const
{
    return m_push ? m_push->isStale() : m_poller->isStale();
}

bool ConferenceView::isActive() const
{
    return m_push ? m_push->isActive() : m_poller->isActive();
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
    connect(m_table, &QWidget::customContextMenuRequested, this, &ConferenceView::onContextMenu);

    m_relations->setParent(m_splitter);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_relations);
    m_splitter->setStretchFactor(0, 5);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({400, 90});
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

void ConferenceView::buildActions()
{
    // Lock reflects the server's `locked`; a click sends the command and puts the check mark
    // back until the next poll confirms.
    m_lockAction = makeAction(QStringLiteral("actionLock"), tr("Lock"), tr("Lock or unlock the conference"));
    m_lockAction->setCheckable(true);
    m_lockAction->setIcon(StatusIcons::icon(StatusIcons::Lock));
    connect(m_lockAction, &QAction::triggered, this, [this](bool checked) {
        m_lockAction->setChecked(m_model->snapshot().locked);
        m_controller->send(checked ? ConferenceCommand::lock() : ConferenceCommand::unlock());
    });
    m_toolBar->addAction(m_lockAction);
    m_toolBar->addSeparator();

    auto *muteAll =
        makeAction(QStringLiteral("actionMuteAll"), tr("Mute all"), tr("Mute every member (mute all)"));
    muteAll->setIcon(StatusIcons::icon(StatusIcons::Muted));
    connect(muteAll, &QAction::triggered, this,
            [this] { m_controller->send(ConferenceCommand::mute(QStringLiteral("all"))); });
    auto *muteNonMod = makeAction(QStringLiteral("actionMuteNonModerators"), tr("Mute non-moderators"),
                                  tr("Mute everybody except moderators (mute non_moderator)"));
    connect(muteNonMod, &QAction::triggered, this,
            [this] { m_controller->send(ConferenceCommand::mute(QStringLiteral("non_moderator"))); });
    auto *unmuteAll =
        makeAction(QStringLiteral("actionUnmuteAll"), tr("Unmute all"), tr("Unmute every member"));
    connect(unmuteAll, &QAction::triggered, this,
            [this] { m_controller->send(ConferenceCommand::unmute(QStringLiteral("all"))); });
    auto *muteMenu = new QMenu(this);
    muteMenu->setObjectName(QStringLiteral("menuMuteAll"));
    muteMenu->addActions({muteAll, muteNonMod, unmuteAll});
    auto *muteButton = new QToolButton(m_toolBar);
    muteButton->setObjectName(QStringLiteral("muteAllButton"));
    muteButton->setDefaultAction(muteAll);
    muteButton->setMenu(muteMenu);
    muteButton->setPopupMode(QToolButton::MenuButtonPopup);
    muteButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addWidget(muteButton);

    auto *deafAll = makeAction(QStringLiteral("actionDeafAll"), tr("Deaf all"), tr("Make every member deaf"));
    deafAll->setIcon(StatusIcons::icon(StatusIcons::Deaf));
    connect(deafAll, &QAction::triggered, this,
            [this] { m_controller->send(ConferenceCommand::deaf(QStringLiteral("all"))); });
    auto *undeafAll =
        makeAction(QStringLiteral("actionUndeafAll"), tr("Undeaf all"), tr("Let every member hear again"));
    connect(undeafAll, &QAction::triggered, this,
            [this] { m_controller->send(ConferenceCommand::undeaf(QStringLiteral("all"))); });
    auto *deafMenu = new QMenu(this);
    deafMenu->setObjectName(QStringLiteral("menuDeafAll"));
    deafMenu->addActions({deafAll, undeafAll});
    auto *deafButton = new QToolButton(m_toolBar);
    deafButton->setObjectName(QStringLiteral("deafAllButton"));
    deafButton->setDefaultAction(deafAll);
    deafButton->setMenu(deafMenu);
    deafButton->setPopupMode(QToolButton::MenuButtonPopup);
    deafButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addWidget(deafButton);

    auto *kickAll = makeAction(QStringLiteral("actionKickAll"), tr("Kick all…"),
                               tr("Remove every member from the conference"));
    connect(kickAll, &QAction::triggered, this, [this] {
        confirm(QStringLiteral("confirmKickAll"), tr("Kick all members"),
                tr("Remove all members (%1) from %2?").arg(memberCount()).arg(m_conference), tr("Kick all"),
                [this] { m_controller->send(ConferenceCommand::kick(QStringLiteral("all"))); });
    });
    m_toolBar->addAction(kickAll);
    m_toolBar->addSeparator();

    // Recording through sipXconfig's record&start / record&stop (sipxconfig-conference-rest.md §5.4).
    m_recordAction = makeAction(QStringLiteral("actionRecord"), tr("Record"),
                                tr("Start or stop recording to the owner's mailbox"));
    m_recordAction->setCheckable(true);
    m_recordAction->setIcon(StatusIcons::icon(StatusIcons::Recording));
    connect(m_recordAction, &QAction::triggered, this, [this](bool checked) {
        m_recordAction->setChecked(isRecording());
        if (isEventSocket()) {
            // No sipXconfig mailbox service on the socket: FreeSWITCH records to a path
            // (freeswitch-conference.md §11.7: always an absolute path; stop with norecord all).
            if (!checked) {
                m_controller->send(ConferenceCommand::noRecord(QStringLiteral("all")));
                return;
            }
            askText(QStringLiteral("recordPathDialog"), tr("Record"),
                    tr("Record to this file on the FreeSWITCH server (absolute path):"),
                    QStringLiteral("/tmp/%1-%2.wav")
                        .arg(m_conference,
                             QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))),
                    [this](const QString &path) { m_controller->send(ConferenceCommand::record(path)); });
            return;
        }
        m_controller->send(checked ? ConferenceCommand::recordStart() : ConferenceCommand::recordStop(),
                           [this](const cc::CommandOutcome &) {
                               m_recordDurationSeconds.reset();
                               pollRecording();
                           });
    });
    m_toolBar->addAction(m_recordAction);

    auto *play = makeAction(QStringLiteral("actionPlayFile"), tr("Play file…"),
                            tr("Play a sound file to the whole conference"));
    connect(play, &QAction::triggered, this, [this] {
        askText(QStringLiteral("playFileDialog"), tr("Play file"), tr("File on the media server:"), QString(),
                [this](const QString &file) { m_controller->send(ConferenceCommand::play(file)); });
    });
    auto *stopPlay = makeAction(QStringLiteral("actionStopPlay"), tr("Stop playback"),
                                tr("Stop every file playing to the conference"));
    connect(stopPlay, &QAction::triggered, this, [this] { m_controller->send(ConferenceCommand::stop()); });
    auto *say =
        makeAction(QStringLiteral("actionSay"), tr("Say…"), tr("Speak a text to the whole conference (TTS)"));
    connect(say, &QAction::triggered, this, [this] {
        askText(QStringLiteral("sayDialog"), tr("Say"), tr("Text to speak to everybody:"), QString(),
                [this](const QString &text) { m_controller->send(ConferenceCommand::say(text)); });
    });
    auto *mediaMenu = new QMenu(this);
    mediaMenu->setObjectName(QStringLiteral("menuMedia"));
    mediaMenu->addActions({play, stopPlay, say});
    auto *mediaButton = new QToolButton(m_toolBar);
    mediaButton->setObjectName(QStringLiteral("mediaButton"));
    mediaButton->setDefaultAction(play);
    mediaButton->setMenu(mediaMenu);
    mediaButton->setPopupMode(QToolButton::MenuButtonPopup);
    m_toolBar->addWidget(mediaButton);

    auto *setPin = makeAction(QStringLiteral("actionSetPin"), tr("Set PIN…"), tr("Require a PIN to join"));
    connect(setPin, &QAction::triggered, this, [this] {
        askText(QStringLiteral("pinDialog"), tr("Conference PIN"), tr("New participant PIN (digits):"),
                QString(), [this](const QString &pin) { m_controller->send(ConferenceCommand::pin(pin)); });
    });
    auto *noPin =
        makeAction(QStringLiteral("actionRemovePin"), tr("Remove PIN"), tr("Let callers join without a PIN"));
    connect(noPin, &QAction::triggered, this, [this] { m_controller->send(ConferenceCommand::noPin()); });
    auto *pinMenu = new QMenu(this);
    pinMenu->setObjectName(QStringLiteral("menuPin"));
    pinMenu->addActions({setPin, noPin});
    auto *pinButton = new QToolButton(m_toolBar);
    pinButton->setObjectName(QStringLiteral("pinButton"));
    pinButton->setDefaultAction(setPin);
    pinButton->setMenu(pinMenu);
    pinButton->setPopupMode(QToolButton::MenuButtonPopup);
    m_toolBar->addWidget(pinButton);
    m_toolBar->addSeparator();

    auto *dialOut =
        makeAction(QStringLiteral("actionDialOut"), tr("Dial out…"), tr("Call someone into the conference"));
    connect(dialOut, &QAction::triggered, this, &ConferenceView::openDialOut);
    m_toolBar->addAction(dialOut);

    auto *refresh =
        makeAction(QStringLiteral("actionRefresh"), tr("Refresh"), tr("Poll the conference now (F5)"));
    refresh->setShortcut(QKeySequence(Qt::Key_F5));
    connect(refresh, &QAction::triggered, this, &ConferenceView::refreshNow);
    m_toolBar->addAction(refresh);

    // Keyboard-only actions on the selection.
    auto *toggleMuteAction = makeAction(QStringLiteral("actionToggleMute"), tr("Toggle mute"));
    toggleMuteAction->setShortcut(QKeySequence(Qt::Key_M));
    connect(toggleMuteAction, &QAction::triggered, this, [this] { toggleMute(selectedMemberIds()); });
    auto *toggleDeafAction = makeAction(QStringLiteral("actionToggleDeaf"), tr("Toggle deaf"));
    toggleDeafAction->setShortcut(QKeySequence(Qt::Key_D));
    connect(toggleDeafAction, &QAction::triggered, this, [this] { toggleDeaf(selectedMemberIds()); });
    auto *kickSelected = makeAction(QStringLiteral("actionKickSelected"), tr("Kick selected…"));
    kickSelected->setShortcut(QKeySequence::Delete);
    connect(kickSelected, &QAction::triggered, this, [this] { kickMembers(selectedMemberIds(), false); });
    auto *energyUp = makeAction(QStringLiteral("actionEnergyUp"), tr("Energy up"));
    energyUp->setShortcuts({QKeySequence(Qt::Key_Plus), QKeySequence(Qt::Key_Equal)});
    connect(energyUp, &QAction::triggered, this, [this] {
        sendToMembers(selectedMemberIds(),
                      [](const QString &s) { return ConferenceCommand::energy(s, QStringLiteral("up")); });
    });
    auto *energyDown = makeAction(QStringLiteral("actionEnergyDown"), tr("Energy down"));
    energyDown->setShortcut(QKeySequence(Qt::Key_Minus));
    connect(energyDown, &QAction::triggered, this, [this] {
        sendToMembers(selectedMemberIds(),
                      [](const QString &s) { return ConferenceCommand::energy(s, QStringLiteral("down")); });
    });
    auto *find = makeAction(QStringLiteral("actionFind"), tr("Filter members"));
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });
    // Speaking volume (volume_in: what the others hear of the member), one step per key.
    auto *volumeUp = makeAction(QStringLiteral("actionVolumeUp"), tr("Speaking volume up"));
    volumeUp->setShortcut(QKeySequence(Qt::Key_BracketRight));
    connect(volumeUp, &QAction::triggered, this, [this] {
        sendToMembers(selectedMemberIds(),
                      [](const QString &s) { return ConferenceCommand::volumeIn(s, QStringLiteral("up")); });
    });
    auto *volumeDown = makeAction(QStringLiteral("actionVolumeDown"), tr("Speaking volume down"));
    volumeDown->setShortcut(QKeySequence(Qt::Key_BracketLeft));
    connect(volumeDown, &QAction::triggered, this, [this] {
        sendToMembers(selectedMemberIds(), [](const QString &s) {
            return ConferenceCommand::volumeIn(s, QStringLiteral("down"));
        });
    });
    auto *talker = makeAction(QStringLiteral("actionJumpToTalker"), tr("Select the current talker"));
    talker->setShortcuts({QKeySequence(Qt::Key_T), QKeySequence(Qt::CTRL | Qt::Key_J)});
    connect(talker, &QAction::triggered, this, [this] {
        if (!selectCurrentTalker())
            emit statusMessage(tr("Nobody is talking in %1 right now.").arg(m_conference), false);
    });
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
    const cc::ConferenceSnapshot &snapshot = m_model->snapshot();
    m_lockAction->setChecked(snapshot.locked);
    m_lockAction->setText(snapshot.locked ? tr("Locked") : tr("Lock"));
    m_recordAction->setChecked(isRecording());
    m_recordAction->setText(isRecording() ? tr("Stop recording") : tr("Record"));
    updateHeader();
}

void ConferenceView::updateHeader()
{
    const cc::ConferenceSnapshot &snapshot = m_model->snapshot();
    const int count = memberCount();
    if (!m_haveSnapshot)
        m_count->setText(tr("connecting…"));
    else if (!isActive())
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

    const QDateTime last = lastUpdate();
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
    if (isStale())
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
    if (ids.size() < 2)
        return std::nullopt;
    QList<quint32> all = m_model->memberIds();
    QList<quint32> chosen = ids;
    std::sort(all.begin(), all.end());
    std::sort(chosen.begin(), chosen.end());
    if (chosen == all)
        return QStringLiteral("all");
    QList<quint32> nonModerators;
    bool anyModerator = false;
    for (const quint32 id : std::as_const(all)) {
        const auto p = m_model->participant(id);
        if (p && p->isModerator)
            anyModerator = true;
        else
            nonModerators << id;
    }
    if (anyModerator && chosen == nonModerators)
        return QStringLiteral("non_moderator");
    return std::nullopt;
}

void ConferenceView::sendToMembers(const QList<quint32> &ids,
                                   const std::function<ConferenceCommand(const QString &)> &make)
{
    if (ids.isEmpty()) {
        emit statusMessage(tr("Select one or more members first."), true);
        return;
    }
    if (const auto selector = bulkSelector(ids)) {
        m_controller->send(make(*selector));
        return;
    }
    for (const quint32 id : ids)
        m_controller->send(make(QString::number(id)));
}

QString ConferenceView::memberLabel(quint32 id) const
{
    if (const auto p = m_model->participant(id)) {
        const QString name = p->callerIdName.isEmpty() ? p->callerIdNumber : p->callerIdName;
        if (!name.isEmpty())
            return tr("%1 (%2)").arg(name).arg(id);
    }
    return tr("member %1").arg(id);
}

void ConferenceView::transferMembers(const QString &target, const QList<quint32> &ids)
{
    constexpr qsizetype batchSize = ConferenceCommand::MaxTransferIds;
    const qsizetype batches = (ids.size() + batchSize - 1) / batchSize;
    if (batches <= 1) {
        m_controller->send(ConferenceCommand::transfer(target, ids));
        return;
    }
    // Each batch is its own command with its own answer (shown as it arrives); the summary
    // says how many made it once all have answered.
    struct Tally
    {
        qsizetype answered = 0;
        qsizetype succeeded = 0;
    };
    const auto tally = std::make_shared<Tally>();
    const QPointer<ConferenceView> self(this);
    for (qsizetype start = 0; start < ids.size(); start += batchSize) {
        const ConferenceCommand command = ConferenceCommand::transfer(target, ids.mid(start, batchSize));
        const bool sent = m_controller->send(
            command, [self, tally, batches, target, total = ids.size()](const cc::CommandOutcome &outcome) {
                ++tally->answered;
                if (outcome.ok())
                    ++tally->succeeded;
                if (self && tally->answered == batches) {
                    emit self->statusMessage(tr("Transfer of %1 members to %2: %3 of %4 batches succeeded")
                                                 .arg(QString::number(total), target,
                                                      QString::number(tally->succeeded),
                                                      QString::number(batches)),
                                             tally->succeeded != batches);
                }
            });
        if (!sent)
            ++tally->answered; // refused (and reported) without an answer to wait for
    }
}

QString ConferenceView::membersLabel(const QList<quint32> &ids) const
{
    if (ids.size() == 1)
        return memberLabel(ids.first());
    return memberCountText(int(ids.size()));
}

QString ConferenceView::memberCountText(int count)
{
    // Plural forms come from the translation; without one, avoid showing "member(s)".
    const QString translated = tr("%n member(s)", nullptr, count);
    if (!translated.contains(QLatin1String("(s)")))
        return translated;
    return count == 1 ? tr("1 member") : tr("%1 members").arg(count);
}

// --- small dialogs (all non-modal: open() + signals) ------------------------------------------

void ConferenceView::confirm(const QString &objectName, const QString &title, const QString &text,
                             const QString &acceptText, std::function<void()> onAccept)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Cancel, this);
    box->setObjectName(objectName);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *yes = box->addButton(acceptText, QMessageBox::AcceptRole);
    yes->setObjectName(QStringLiteral("confirmButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::buttonClicked, this,
            [yes, onAccept = std::move(onAccept)](QAbstractButton *button) {
                if (button == yes)
                    onAccept();
            });
    box->open();
}

void ConferenceView::askText(const QString &objectName, const QString &title, const QString &label,
                             const QString &initial, std::function<void(const QString &)> onText)
{
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(objectName);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    dialog->setLabelText(label);
    dialog->setTextValue(initial);
    dialog->setInputMode(QInputDialog::TextInput);
    connect(dialog, &QInputDialog::textValueSelected, this,
            [onText = std::move(onText)](const QString &text) {
                if (!text.trimmed().isEmpty())
                    onText(text.trimmed());
            });
    dialog->open();
}

void ConferenceView::openLevelDialog(int kind, const QList<quint32> &ids)
{
    if (ids.isEmpty())
        return;
    const auto first = m_model->participant(ids.first());
    const auto k = LevelDialog::Kind(kind);
    int current = 0;
    if (first) {
        current = k == LevelDialog::Kind::Energy     ? first->energy
                  : k == LevelDialog::Kind::VolumeIn ? first->volumeIn
                                                     : first->volumeOut;
    }
    auto *dialog = new LevelDialog(k, membersLabel(ids), current, this);
    connect(dialog, &LevelDialog::valueChosen, this, [this, k, ids](const QString &value) {
        sendToMembers(ids, [k, value](const QString &selector) {
            switch (k) {
            case LevelDialog::Kind::Energy:
                return ConferenceCommand::energy(selector, value);
            case LevelDialog::Kind::VolumeIn:
                return ConferenceCommand::volumeIn(selector, value);
            case LevelDialog::Kind::VolumeOut:
                break;
            }
            return ConferenceCommand::volumeOut(selector, value);
        });
    });
    dialog->open();
}

void ConferenceView::toggleMute(const QList<quint32> &ids)
{
    if (ids.isEmpty())
        return;
    // Decide from the first member so a mixed selection ends up uniform.
    const auto first = m_model->participant(ids.first());
    const bool mute = !(first && first->muted());
    sendToMembers(ids, [mute](const QString &s) {
        return mute ? ConferenceCommand::mute(s) : ConferenceCommand::unmute(s);
    });
}

void ConferenceView::toggleDeaf(const QList<quint32> &ids)
{
    if (ids.isEmpty())
        return;
    const auto first = m_model->participant(ids.first());
    const bool deaf = !(first && first->deaf());
    sendToMembers(ids, [deaf](const QString &s) {
        return deaf ? ConferenceCommand::deaf(s) : ConferenceCommand::undeaf(s);
    });
}

void ConferenceView::kickMembers(const QList<quint32> &ids, bool hangup)
{
    if (ids.isEmpty())
        return;
    const QString who = membersLabel(ids);
    if (hangup) {
        confirm(
            QStringLiteral("confirmHangup"), tr("Hang up"),
            tr("Hang up %1? The call ends without the kicked sound.").arg(who), tr("Hang up"),
            [this, ids] { sendToMembers(ids, [](const QString &s) { return ConferenceCommand::hup(s); }); });
    } else {
        confirm(QStringLiteral("confirmKick"), tr("Kick"), tr("Remove %1 from %2?").arg(who, m_conference),
                tr("Kick"), [this, ids] {
                    sendToMembers(ids, [](const QString &s) { return ConferenceCommand::kick(s); });
                });
    }
}

void ConferenceView::openDialOut()
{
    if (m_dialOut) {
        m_dialOut->raise();
        m_dialOut->activateWindow();
        return;
    }
    auto *dialog = new DialOutDialog(m_conference, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The event socket carries API lines, so dial strings with '/' (dial, bgdial) can go out.
    dialog->setApiLineTransportAvailable(isEventSocket());
    m_dialOut = dialog;
    connect(dialog, &DialOutDialog::commandRequested, this, [this, dialog](const ConferenceCommand &command) {
        const QPointer<DialOutDialog> guard(dialog);
        m_controller->send(command, [guard](const cc::CommandOutcome &outcome) {
            if (guard)
                guard->showOutcome(outcome);
        });
    });
    // New members are offered to the dialog so it can tell "joined" from "still ringing".
    connect(m_model, &QAbstractItemModel::rowsInserted, dialog,
            [this, dialog](const QModelIndex &, int first, int last) {
                for (int row = first; row <= last; ++row) {
                    if (const auto p = m_model->participant(m_model->memberIdAt(row)))
                        dialog->memberJoined(*p);
                }
            });
    dialog->open();
    emit dialOutRequested();
}

// --- context menu and relate ------------------------------------------------------------------

void ConferenceView::onContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_table->indexAt(pos);
    if (index.isValid() && !m_table->selectionModel()->isRowSelected(index.row(), QModelIndex()))
        m_table->selectionModel()->select(index,
                                          QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QMenu *menu = createMemberMenu(this);
    if (menu)
        menu->popup(m_table->viewport()->mapToGlobal(pos));
}

QMenu *ConferenceView::createMemberMenu(QWidget *parent)
{
    // Capture ids now: a poll may reorder or remove rows while the menu is open.
    const QList<quint32> ids = selectedMemberIds();
    if (ids.isEmpty())
        return nullptr;
    const bool single = ids.size() == 1;
    const auto first = m_model->participant(ids.first());

    auto *menu = new QMenu(parent ? parent : this);
    menu->setObjectName(QStringLiteral("memberMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->setToolTipsVisible(true);
    menu->addSection(membersLabel(ids));

    auto add = [menu](QMenu *target, const QString &name, const QString &text, auto slot) {
        QAction *action = target->addAction(text);
        action->setObjectName(name);
        QObject::connect(action, &QAction::triggered, menu, slot);
        return action;
    };
    auto each = [this, ids](auto make) { return [this, ids, make] { sendToMembers(ids, make); }; };

    QAction *mute = add(menu, QStringLiteral("actionMemberMute"), tr("Mute"),
                        each([](const QString &s) { return ConferenceCommand::mute(s); }));
    mute->setIcon(StatusIcons::icon(StatusIcons::Muted));
    mute->setShortcut(QKeySequence(Qt::Key_M));
    add(menu, QStringLiteral("actionMemberUnmute"), tr("Unmute"),
        each([](const QString &s) { return ConferenceCommand::unmute(s); }));
    QAction *deaf = add(menu, QStringLiteral("actionMemberDeaf"), tr("Deaf"),
                        each([](const QString &s) { return ConferenceCommand::deaf(s); }));
    deaf->setIcon(StatusIcons::icon(StatusIcons::Deaf));
    deaf->setShortcut(QKeySequence(Qt::Key_D));
    add(menu, QStringLiteral("actionMemberUndeaf"), tr("Undeaf"),
        each([](const QString &s) { return ConferenceCommand::undeaf(s); }));
    if (single && first) {
        mute->setEnabled(!first->muted() || first->hold);
        menu->findChild<QAction *>(QStringLiteral("actionMemberUnmute"))->setEnabled(first->muted());
        deaf->setEnabled(!first->deaf() || first->hold);
        menu->findChild<QAction *>(QStringLiteral("actionMemberUndeaf"))->setEnabled(first->deaf());
    }
    menu->addSeparator();

    add(menu, QStringLiteral("actionMemberEnergy"), tr("Energy…"),
        [this, ids] { openLevelDialog(int(LevelDialog::Kind::Energy), ids); });
    add(menu, QStringLiteral("actionMemberVolumeIn"), tr("Volume in…"),
        [this, ids] { openLevelDialog(int(LevelDialog::Kind::VolumeIn), ids); });
    add(menu, QStringLiteral("actionMemberVolumeOut"), tr("Volume out…"),
        [this, ids] { openLevelDialog(int(LevelDialog::Kind::VolumeOut), ids); });
    menu->addSeparator();

    add(menu, QStringLiteral("actionMemberDtmf"), tr("Send DTMF…"), [this, ids] {
        askText(
            QStringLiteral("dtmfDialog"), tr("Send DTMF"), tr("Digits to send to %1:").arg(membersLabel(ids)),
            QString(), [this, ids](const QString &digits) {
                sendToMembers(ids, [digits](const QString &s) { return ConferenceCommand::dtmf(s, digits); });
            });
    });
    add(menu, QStringLiteral("actionMemberSay"), tr("Say to member…"), [this, ids] {
        askText(QStringLiteral("sayMemberDialog"), tr("Say to member"),
                tr("Text to speak to %1:").arg(membersLabel(ids)), QString(),
                [this, ids](const QString &text) {
                    for (const quint32 id : ids)
                        m_controller->send(ConferenceCommand::sayMember(id, text));
                });
    });
    add(menu, QStringLiteral("actionMemberPlay"), tr("Play file to member…"), [this, ids] {
        askText(QStringLiteral("playMemberDialog"), tr("Play file to member"),
                tr("File to play to %1:").arg(membersLabel(ids)), QString(),
                [this, ids](const QString &file) {
                    // play accepts only one member id, never all/non_moderator (freeswitch-conference.md §2).
                    for (const quint32 id : ids)
                        m_controller->send(ConferenceCommand::play(file, id));
                });
    });
    add(menu, QStringLiteral("actionMemberStopPlay"), tr("Stop playback"), [this, ids] {
        for (const quint32 id : ids)
            m_controller->send(ConferenceCommand::stop(QStringLiteral("all"), id));
    });
    menu->addSeparator();

    // Transfer ▸ the server's other conferences.
    QMenu *transfer = menu->addMenu(tr("Transfer to conference"));
    transfer->setObjectName(QStringLiteral("menuTransfer"));
    int targets = 0;
    for (const QString &name : m_connection->conferenceNames()) {
        if (name == m_conference)
            continue;
        ++targets;
        add(transfer, QStringLiteral("actionTransferTo_") + name, name,
            [this, ids, name] { transferMembers(name, ids); });
    }
    if (targets == 0) {
        QAction *none = transfer->addAction(tr("No other conferences known"));
        none->setEnabled(false);
    }
    transfer->addSeparator();
    add(transfer, QStringLiteral("actionTransferByName"), tr("Other conference…"), [this, ids] {
        askText(QStringLiteral("transferDialog"), tr("Transfer"),
                tr("Transfer %1 to conference:").arg(membersLabel(ids)), QString(),
                [this, ids](const QString &name) { transferMembers(name, ids); });
    });

    // Relate ▸ each other member.
    QMenu *relate = menu->addMenu(StatusIcons::icon(StatusIcons::Relation), tr("Relate"));
    relate->setObjectName(QStringLiteral("menuRelate"));
    int others = 0;
    for (const quint32 other : m_model->memberIds()) {
        if (ids.contains(other))
            continue;
        ++others;
        QMenu *sub = relate->addMenu(memberLabel(other));
        sub->setObjectName(QStringLiteral("menuRelate_%1").arg(other));
        const struct
        {
            const char *key;
            cc::RelateFlag flag;
            QString text;
        } choices[] = {
            {"nospeak", cc::RelateFlag::NoSpeak, tr("Cannot speak to %1 (nospeak)").arg(memberLabel(other))},
            {"nohear", cc::RelateFlag::NoHear, tr("Cannot hear %1 (nohear)").arg(memberLabel(other))},
            {"both", cc::RelateFlag::NoSpeakNoHear,
             tr("Neither speak to nor hear %1").arg(memberLabel(other))},
            {"clear", cc::RelateFlag::Clear, tr("Clear relation")},
        };
        for (const auto &choice : choices) {
            const cc::RelateFlag flag = choice.flag;
            add(sub, QStringLiteral("actionRelate_%1_%2").arg(other).arg(QLatin1String(choice.key)),
                choice.text, [this, ids, other, flag] {
                    m_controller->send(ConferenceCommand::relate(ids, {other}, flag));
                });
        }
    }
    if (others == 0) {
        QAction *none = relate->addAction(tr("No other members"));
        none->setEnabled(false);
    }
    menu->addSeparator();

    QAction *floor = add(menu, QStringLiteral("actionMemberFloor"), tr("Give floor"), [this, ids] {
        m_controller->send(ConferenceCommand::floor(QString::number(ids.first())));
    });
    floor->setIcon(StatusIcons::icon(StatusIcons::Floor));
    floor->setEnabled(single);
    if (single && first && first->hasFloor)
        floor->setText(tr("Release floor"));
    QAction *hold = add(menu, QStringLiteral("actionMemberHold"), tr("Hold"),
                        each([](const QString &s) { return ConferenceCommand::hold(s); }));
    hold->setIcon(StatusIcons::icon(StatusIcons::Hold));
    add(menu, QStringLiteral("actionMemberUnhold"), tr("Unhold"),
        each([](const QString &s) { return ConferenceCommand::unhold(s); }));
    menu->addSeparator();

    add(menu, QStringLiteral("actionMemberKick"), tr("Kick…"), [this, ids] {
        kickMembers(ids, false);
    })->setShortcut(QKeySequence::Delete);
    add(menu, QStringLiteral("actionMemberHangup"), tr("Hang up…"), [this, ids] { kickMembers(ids, true); });
    menu->addSeparator();

    add(menu, QStringLiteral("actionCopyCallerId"), tr("Copy caller ID"), [this, ids] {
        QStringList lines;
        for (const quint32 id : ids) {
            if (const auto p = m_model->participant(id))
                lines << (p->callerIdName.isEmpty()
                              ? p->callerIdNumber
                              : QStringLiteral("%1 <%2>").arg(p->callerIdName, p->callerIdNumber));
        }
        QGuiApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
    });
    add(menu, QStringLiteral("actionCopyUuid"), tr("Copy UUID"), [this, ids] {
        QStringList lines;
        for (const quint32 id : ids) {
            if (const auto p = m_model->participant(id))
                lines << p->uuid;
        }
        QGuiApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
    });
    return menu;
}

QMenu *ConferenceView::createRelateMenu(const QList<quint32> &from, quint32 to, QWidget *parent)
{
    auto *menu = new QMenu(parent ? parent : this);
    menu->setObjectName(QStringLiteral("relateMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    const QString a = membersLabel(from);
    const QString b = memberLabel(to);
    menu->addSection(tr("%1 → %2").arg(a, b));
    const struct
    {
        const char *name;
        cc::RelateFlag flag;
        QString text;
    } choices[] = {
        {"actionRelateNoSpeak", cc::RelateFlag::NoSpeak, tr("%1 cannot speak to %2 (nospeak)").arg(a, b)},
        {"actionRelateNoHear", cc::RelateFlag::NoHear, tr("%1 cannot hear %2 (nohear)").arg(a, b)},
        {"actionRelateBoth", cc::RelateFlag::NoSpeakNoHear, tr("Both (nospeak, nohear)")},
        {"actionRelateClear", cc::RelateFlag::Clear, tr("Clear relation")},
    };
    for (const auto &choice : choices) {
        QAction *action = menu->addAction(choice.text);
        action->setObjectName(QLatin1String(choice.name));
        const cc::RelateFlag flag = choice.flag;
        connect(action, &QAction::triggered, this,
                [this, from, to, flag] { m_controller->send(ConferenceCommand::relate(from, {to}, flag)); });
    }
    return menu;
}

void ConferenceView::onRelateRequested(const QList<quint32> &from, quint32 to)
{
    QMenu *menu = createRelateMenu(from, to, this);
    menu->popup(QCursor::pos());
    emit relateMenuShown(menu);
}

} // namespace gui
