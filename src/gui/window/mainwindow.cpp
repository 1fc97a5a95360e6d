// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/window/mainwindow.h"

#include "core/commands/conferencecommand.h"
#include "core/diagnostics/auditlog.h"
#include "core/esl/eslclient.h"
#include "core/esl/eslcommandtransport.h"
#include "core/model/participantmodel.h"
#include "core/rest/restclient.h"
#include "core/sources/conferencepoller.h"
#include "core/sources/pushconferencesource.h"
#include "core/version.h"
#include "gui/window/desktopnotifier.h"
#include "gui/window/shortcutsdialog.h"
#include "gui/common/statusicons.h"
#include "gui/common/theme.h"
#include "gui/conference/commandcontroller.h"
#include "gui/conference/conferencelistdock.h"
#include "gui/conference/conferencetabs.h"
#include "gui/conference/conferenceview.h"
#include "gui/connection/connectionmanager.h"
#include "gui/connection/connectionsdialog.h"
#include "gui/connection/profilestore.h"
#include "gui/connection/serverconnection.h"
#include "gui/troubleshooting/auditdialog.h"
#include "gui/troubleshooting/diagnosticsdialog.h"
#include "gui/troubleshooting/eventstreamview.h"
#include "gui/troubleshooting/logdock.h"
#include "gui/troubleshooting/troubleshootingdock.h"

#include "ui_mainwindow.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>
#include <memory>
#include <optional>

namespace gui {

namespace {
constexpr int StatusMessageMs = 10000;
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_auditLog(std::make_shared<cc::AuditLog>())
{
    m_ui->setupUi(this);
    setWindowIcon(StatusIcons::icon(cc::Glyph::App));
    resize(1280, 760);
    m_connections = new ConnectionManager(m_auditLog, this);
    m_conferences = new ConferenceTabs(m_ui->tabs, m_auditLog, this);
    buildDocks();
    buildMenus();

    // Servers: each new one is logged, listed in the dock and counted in the status bar.
    connect(m_connections, &ConnectionManager::connectionAdded, this, &MainWindow::wireConnection);
    connect(m_connections, &ConnectionManager::connectionResumed, m_conferences, &ConferenceTabs::restart);
    connect(m_connections, &ConnectionManager::connectionRemoved, m_conferences, &ConferenceTabs::closeAll);
    connect(m_connections, &ConnectionManager::message, this, &MainWindow::showMessage);
    connect(m_connections, &ConnectionManager::countChanged, this, [this](int count) {
        m_connectionsLabel->setText(count == 1 ? tr("1 server") : tr("%1 servers").arg(count));
        m_conferences->setServerCount(count);
    });

    // Conference tabs: the dock mirrors what they show, the title follows the current one.
    connect(m_conferences, &ConferenceTabs::opened, this, &MainWindow::wireConference);
    connect(m_conferences, &ConferenceTabs::closed, this,
            [this](ServerConnection *connection, const QString &conference) {
                m_conferenceDock->setLiveState(connection, conference, std::nullopt, false);
                updateTitle();
            });
    connect(m_conferences, &ConferenceTabs::countChanged, this, &MainWindow::updateCentralPage);
    connect(m_conferences, &ConferenceTabs::liveStateChanged, this, [this](ConferenceView *view) {
        m_conferenceDock->setLiveState(view->connection(), view->conference(), view->memberCount(),
                                       view->model()->snapshot().locked);
        if (view == currentView())
            updateTitle();
    });
    connect(m_conferences, &ConferenceTabs::statusMessage, this,
            [this](ServerConnection *connection, const QString &text, bool error) {
                showMessage(text, error);
                m_logDock->addMessage(connection->name(), text, error);
            });
    connect(m_conferences, &ConferenceTabs::passwordRefused, m_connections,
            &ConnectionManager::askNewPassword);
    connect(m_conferences, &ConferenceTabs::membersMoved, this,
            [this](ServerConnection *connection, const QString &from, const QString &to,
                   const QList<quint32> &ids, const QString &names) {
                const QPointer<ServerConnection> guard(connection);
                offerUndo(tr("Moved %1 to %2").arg(names, to), [this, guard, from, to, ids] {
                    if (guard)
                        m_conferences->moveBack(guard, from, to, ids);
                });
            });
    connect(m_conferences, &ConferenceTabs::commandFinished, this,
            [this](ConferenceView *view, const cc::ConferenceCommand &command,
                   const cc::CommandOutcome &outcome) {
                if (view == currentView())
                    m_troubleDock->explainOutcome(outcome, command.name());
            });
    connect(m_ui->tabs, &QTabWidget::currentChanged, this, &MainWindow::updateTitle);
    connect(m_ui->tabs, &QTabWidget::currentChanged, this, &MainWindow::updateTroubleshooting);

    connect(m_conferenceDock, &ConferenceListDock::openRequested, this,
            [this](ServerConnection *connection, const QString &conference) {
                openConference(connection, conference);
            });
    connect(m_conferenceDock, &ConferenceListDock::refreshRequested, this,
            [](ServerConnection *connection) { connection->refreshConferences(); });
    connect(m_conferenceDock, &ConferenceListDock::transferRequested, m_conferences,
            &ConferenceTabs::transferByDrop);
    connect(m_conferenceDock, &ConferenceListDock::contentsChanged, this, &MainWindow::fitConferenceDock);
    connect(m_conferenceDock, &ConferenceListDock::disconnectRequested, m_connections,
            &ConnectionManager::disconnectFrom);
    connect(m_conferenceDock, &ConferenceListDock::reconnectRequested, m_connections,
            &ConnectionManager::reconnect);
    connect(m_conferenceDock, &ConferenceListDock::editRequested, this,
            [this](ServerConnection *connection) { m_connections->editProfile(connection->name()); });

    updateCentralPage();
    updateTitle();
}

MainWindow::~MainWindow()
{
    // Views poll through the connections' clients: stop them before anything is torn down.
    m_conferences->stopAll();
}

void MainWindow::buildDocks()
{
    m_conferenceDock = new ConferenceListDock(this);
    addDockWidget(Qt::LeftDockWidgetArea, m_conferenceDock);
    m_logDock = new LogDock(this);
    addDockWidget(Qt::BottomDockWidgetArea, m_logDock);
    resizeDocks({m_conferenceDock}, {250}, Qt::Horizontal);
    resizeDocks({m_logDock}, {130}, Qt::Vertical);
    // Administrator tools share the log's place and stay hidden until asked for.
    m_troubleDock = new TroubleshootingDock(this);
    addDockWidget(Qt::BottomDockWidgetArea, m_troubleDock);
    tabifyDockWidget(m_logDock, m_troubleDock);
    m_troubleDock->hide();
    connect(m_troubleDock, &TroubleshootingDock::commandSubmitted, this, &MainWindow::sendConsoleCommand);
    connect(m_troubleDock, &TroubleshootingDock::message, this, &MainWindow::showMessage);
    // Raw conference::maintenance events of the event-socket connections: a tab of the
    // troubleshooting dock, also reachable from the View menu.
    m_eventStream = new EventStreamView(m_troubleDock);
    m_eventStream->setAccessibleDescription(tr("Raw conference events of event-socket connections"));
    m_eventsTab = m_troubleDock->tabs()->addTab(m_eventStream, tr("Events"));
    connect(m_eventStream, &EventStreamView::countChanged, this, [this](int kept) {
        m_troubleDock->tabs()->setTabText(m_eventsTab, kept > 0 ? tr("Events (%1)").arg(kept) : tr("Events"));
    });

    m_notifier = new DesktopNotifier(this);
    connect(m_notifier, &DesktopNotifier::notificationPosted, this,
            [this](const QString &title, const QString &body) {
                // Without a system tray (some desktops, offscreen) the status bar still tells.
                if (!QSystemTrayIcon::isSystemTrayAvailable())
                    showMessage(tr("%1: %2").arg(title, body), false);
            });
    connect(m_notifier, &DesktopNotifier::activationRequested, this, [this] {
        showNormal();
        raise();
        activateWindow();
    });

    // Screen readers announce a dock by its title only (QAccessibleDockWidget); its content
    // says what it holds.
    const std::pair<QDockWidget *, QString> dockDescriptions[] = {
        {m_conferenceDock, tr("The conferences of each connected server")},
        {m_logDock, tr("Every request sent to the servers and its answer")},
        {m_troubleDock, tr("Administrator tools: raw command console and explanations")},
    };
    for (const auto &[dock, description] : dockDescriptions) {
        dock->setAccessibleDescription(description);
        if (dock->widget())
            dock->widget()->setAccessibleDescription(description);
    }
    m_ui->mainToolBar->setAccessibleDescription(tr("Connect, open and refresh conferences"));

    // Undo of the last drag to another conference, offered for a few seconds.
    m_undoAction = new QAction(tr("&Undo"), this);
    m_undoAction->setObjectName(QStringLiteral("actionUndoMove"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setEnabled(false);
    addAction(m_undoAction);
    m_undoButton = new QToolButton(this);
    m_undoButton->setObjectName(QStringLiteral("undoButton"));
    m_undoButton->setDefaultAction(m_undoAction);
    m_undoButton->hide();
    statusBar()->addPermanentWidget(m_undoButton);
    m_undoTimer = new QTimer(this);
    m_undoTimer->setSingleShot(true);
    connect(m_undoTimer, &QTimer::timeout, this, [this] {
        m_undo = nullptr;
        m_undoAction->setEnabled(false);
        m_undoButton->hide();
    });
    connect(m_undoAction, &QAction::triggered, this, [this] {
        const auto undo = std::move(m_undo);
        m_undo = nullptr;
        m_undoTimer->stop();
        m_undoAction->setEnabled(false);
        m_undoButton->hide();
        if (undo)
            undo();
    });

    m_connectionsLabel = new QLabel(this);
    m_connectionsLabel->setObjectName(QStringLiteral("connectionsLabel"));
    m_connectionsLabel->setContentsMargins(8, 0, 8, 0);
    statusBar()->addPermanentWidget(m_connectionsLabel);
}

void MainWindow::buildMenus()
{
    m_ui->menuView->addAction(m_conferenceDock->toggleViewAction());
    m_ui->menuView->addAction(m_logDock->toggleViewAction());
    m_ui->menuView->addAction(m_troubleDock->toggleViewAction());
    QMenu *notifications = m_ui->menuView->addMenu(tr("&Notifications"));
    notifications->setObjectName(QStringLiteral("menuNotifications"));
    notifications->addActions(m_notifier->toggleActions());
    auto *showEvents = m_ui->menuView->addAction(tr("&Event Stream"));
    showEvents->setObjectName(QStringLiteral("actionShowEventStream"));
    connect(showEvents, &QAction::triggered, this, &MainWindow::showEventStream);
    auto *toolsMenu = new QMenu(tr("&Tools"), this);
    toolsMenu->setObjectName(QStringLiteral("menuTools"));
    menuBar()->insertMenu(m_ui->menuHelp->menuAction(), toolsMenu);
    QAction *diagnosticsAction = toolsMenu->addAction(tr("Connection &Diagnostics…"));
    diagnosticsAction->setObjectName(QStringLiteral("actionConnectionDiagnostics"));
    connect(diagnosticsAction, &QAction::triggered, this, &MainWindow::showConnectionDiagnostics);
    QAction *auditAction = toolsMenu->addAction(tr("&Audit Trail…"));
    auditAction->setObjectName(QStringLiteral("actionAuditTrail"));
    connect(auditAction, &QAction::triggered, this, &MainWindow::showAuditTrail);
    m_ui->menuView->addAction(m_ui->mainToolBar->toggleViewAction());
    m_ui->menuView->addSeparator();
    m_ui->menuView->addMenu(Theme::createMenu(this));

    connect(m_ui->actionConnect, &QAction::triggered, this, &MainWindow::showConnectionDialog);
    // Saved connections: the list, the recent ones, and reopening what was open at exit.
    auto *connections = new QAction(tr("Co&nnections…"), this);
    connections->setObjectName(QStringLiteral("actionConnections"));
    connections->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connections->setToolTip(
        tr("Saved and open connections: connect, disconnect, edit, remove (Ctrl+Shift+O)"));
    connect(connections, &QAction::triggered, this, &MainWindow::showConnections);
    m_ui->menuFile->insertAction(m_ui->actionOpenConference, connections);
    m_recentMenu = new QMenu(tr("&Recent Connections"), this);
    m_recentMenu->setObjectName(QStringLiteral("menuRecentConnections"));
    m_ui->menuFile->insertMenu(m_ui->actionOpenConference, m_recentMenu);
    connect(m_connections->profiles(), &ProfileStore::recentChanged, this, &MainWindow::rebuildRecentMenu);
    connect(m_connections->profiles(), &ProfileStore::profilesChanged, this, &MainWindow::rebuildRecentMenu);
    rebuildRecentMenu();
    auto *reopen = new QAction(tr("Reopen Connections and Tabs at Start"), this);
    reopen->setObjectName(QStringLiteral("actionReopenAtStart"));
    reopen->setCheckable(true);
    reopen->setChecked(m_connections->profiles()->reopenAtStart());
    reopen->setToolTip(tr("At the next start, connect again to the saved servers open at exit and reopen "
                          "their conference tabs"));
    connect(reopen, &QAction::toggled, this,
            [this](bool on) { m_connections->profiles()->setReopenAtStart(on); });
    m_ui->menuFile->insertAction(m_ui->actionCloseTab, reopen);
    m_ui->menuFile->insertSeparator(m_ui->actionCloseTab);
    connect(m_ui->actionOpenConference, &QAction::triggered, this, &MainWindow::openConferenceByName);
    connect(m_ui->actionRefreshConferences, &QAction::triggered, this, &MainWindow::refreshConferenceLists);
    connect(m_ui->actionCloseTab, &QAction::triggered, this, [this] {
        if (ConferenceView *view = currentView())
            closeConference(view);
    });
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    m_ui->actionShortcuts->setShortcut(QKeySequence::HelpContents); // F1
    connect(m_ui->actionShortcuts, &QAction::triggered, this, &MainWindow::showShortcuts);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
}

QTabWidget *MainWindow::tabs() const
{
    return m_ui->tabs;
}

// --- connections --------------------------------------------------------------------------

ServerConnection *MainWindow::addConnection(const ConnectionProfile &profile, const QString &password)
{
    return m_connections->add(profile, password);
}

QList<ServerConnection *> MainWindow::connections() const
{
    return m_connections->connections();
}

void MainWindow::connectProfile(const QString &name)
{
    m_connections->connectProfile(name);
}

void MainWindow::showConnectionDialog()
{
    m_connections->showConnectionDialog();
}

void MainWindow::showConnections()
{
    if (m_connectionsDialog) {
        m_connectionsDialog->raise();
        m_connectionsDialog->activateWindow();
        return;
    }
    auto *dialog = new ConnectionsDialog(m_connections, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_connectionsDialog = dialog;
    dialog->show();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = m_connections->profiles()->recent();
    for (int i = 0; i < recent.size(); ++i) {
        const QString name = recent.at(i);
        // &1 … &8: the recent list is reachable by keyboard like any menu.
        QAction *action = m_recentMenu->addAction(tr("&%1 %2").arg(i + 1).arg(name));
        action->setObjectName(QStringLiteral("actionRecent_%1").arg(i + 1));
        action->setData(name);
        connect(action, &QAction::triggered, this, [this, name] { m_connections->connectProfile(name); });
    }
    if (recent.isEmpty()) {
        m_recentMenu->addAction(tr("No recent connections"))->setEnabled(false);
        return;
    }
    m_recentMenu->addSeparator();
    QAction *clear = m_recentMenu->addAction(tr("&Clear List"));
    clear->setObjectName(QStringLiteral("actionClearRecent"));
    connect(clear, &QAction::triggered, m_connections->profiles(), &ProfileStore::clearRecent);
}

void MainWindow::saveSession()
{
    QList<ProfileStore::SessionEntry> entries;
    for (ServerConnection *connection : connections()) {
        if (!m_connections->isSaved(connection) || !m_connections->profiles()->contains(connection->name()))
            continue; // the demo and other session connections are not reopened
        ProfileStore::SessionEntry entry{connection->name(), {}};
        for (ConferenceView *view : conferenceViews()) {
            if (view->connection() == connection)
                entry.conferences << view->conference();
        }
        entries << entry;
    }
    m_connections->profiles()->saveSession(entries);
}

bool MainWindow::restoreSession()
{
    ProfileStore *store = m_connections->profiles();
    if (!store->reopenAtStart())
        return false;
    const QList<ProfileStore::SessionEntry> entries = store->session();
    for (const ProfileStore::SessionEntry &entry : entries) {
        if (!store->contains(entry.profile))
            continue;
        // The tabs open as soon as the connection does (its password may have to be asked first).
        auto *once = new QObject(this);
        connect(m_connections, &ConnectionManager::connectionAdded, once,
                [this, once, entry](ServerConnection *connection) {
                    if (connection->name() != entry.profile)
                        return;
                    for (const QString &conference : entry.conferences)
                        openConference(connection, conference);
                    once->deleteLater();
                });
        m_connections->connectProfile(entry.profile);
    }
    if (!entries.isEmpty())
        showMessage(tr("Reopening %n connection(s) from the last session", nullptr, int(entries.size())),
                    false);
    return !entries.isEmpty();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSession();
    QMainWindow::closeEvent(event);
}

void MainWindow::refreshConferenceLists()
{
    m_connections->refreshAll();
}

QAction *MainWindow::offerConnection(const QString &text, const ConnectionProfile &profile,
                                     const QString &password)
{
    auto *action = new QAction(text, this);
    m_ui->menuFile->insertAction(m_ui->actionRefreshConferences, action);
    connect(action, &QAction::triggered, this, [this, profile, password, action] {
        m_connections->add(profile, password, ConnectionManager::Persistence::Session);
        action->setEnabled(false);
        m_conferenceDock->show();
    });
    return action;
}

void MainWindow::wireConnection(ServerConnection *connection)
{
    m_eventStream->watch(connection->eslClient(), connection->name());
    m_troubleDock->logEslClient(connection->eslClient(), connection->name());
    if (cc::RestClient *client = connection->client()) {
        m_troubleDock->logRestClient(client);
        connect(client, &cc::RestClient::exchangeFinished, m_logDock,
                [this, connection](const cc::RestResult &result) {
                    m_logDock->addExchange(connection->name(), result);
                });
    }
    if (cc::EslCommandTransport *esl = connection->eslTransport()) {
        connect(esl, &cc::EslCommandTransport::commandFinished, m_logDock,
                [this, connection](const cc::ConferenceCommand &command, const QString &line,
                                   const cc::CommandOutcome &outcome, qint64 latencyMs) {
                    m_logDock->addEslCommand(connection->name(), command, line, outcome, latencyMs);
                });
    }
    m_conferenceDock->addConnection(connection);
}

// --- conference tabs ----------------------------------------------------------------------

ConferenceView *MainWindow::openConference(ServerConnection *connection, const QString &conference)
{
    return m_conferences->open(connection, conference);
}

void MainWindow::closeConference(ConferenceView *view)
{
    m_conferences->close(view);
}

ConferenceView *MainWindow::conferenceView(ServerConnection *connection, const QString &conference) const
{
    return m_conferences->find(connection, conference);
}

QList<ConferenceView *> MainWindow::conferenceViews() const
{
    return m_conferences->views();
}

ConferenceView *MainWindow::currentView() const
{
    return m_conferences->current();
}

void MainWindow::wireConference(ConferenceView *view)
{
    m_notifier->followConference(view);
    emit conferenceOpened(view);
}

void MainWindow::fitConferenceDock()
{
    // The list refreshes every 30 s: re-fitting each time would undo a user's narrower dock.
    const int wanted = qMin(m_conferenceDock->preferredWidth(), width() * 2 / 5);
    if (wanted <= m_dockFitWidth || m_conferenceDock->isHidden() || m_conferenceDock->isFloating())
        return;
    m_dockFitWidth = wanted;
    if (m_conferenceDock->width() < wanted)
        resizeDocks({m_conferenceDock}, {wanted}, Qt::Horizontal);
}

void MainWindow::openConferenceByName()
{
    ServerConnection *connection = m_conferenceDock->currentConnection();
    if (!connection && currentView())
        connection = currentView()->connection();
    if (!connection && !connections().isEmpty())
        connection = connections().first();
    if (!connection) {
        showMessage(tr("Connect to a server first (File ▸ Connect…)."), true);
        return;
    }
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("openConferenceDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Open conference"));
    dialog->setLabelText(tr("Conference name on %1:").arg(connection->name()));
    dialog->setComboBoxEditable(true);
    dialog->setComboBoxItems(connection->conferenceNames());
    dialog->setTextValue(QString());
    const QPointer<ServerConnection> guard(connection);
    connect(dialog, &QInputDialog::textValueSelected, this, [this, guard](const QString &name) {
        if (guard && !name.trimmed().isEmpty())
            openConference(guard, name.trimmed());
    });
    dialog->open();
}

// --- troubleshooting ----------------------------------------------------------------------

void MainWindow::updateTroubleshooting()
{
    ConferenceView *view = currentView();
    m_troubleDock->setRestClient(view ? view->connection()->client() : nullptr);
    if (view && view->pushSource())
        m_troubleDock->setPushSource(view->pushSource()); // event socket: XML and failures too
    else
        m_troubleDock->setConferencePoller(view ? view->poller() : nullptr);
}

void MainWindow::sendConsoleCommand(const cc::ConferenceCommand &command)
{
    ConferenceView *view = currentView();
    if (!view) {
        showMessage(tr("Open a conference first."), true);
        return;
    }
    const QString sent = command.restSegment().value_or(command.name());
    const QPointer<TroubleshootingDock> dock(m_troubleDock);
    view->controller()->send(command, [dock, sent](const cc::CommandOutcome &outcome) {
        if (dock)
            dock->showOutcome(outcome, sent);
    });
}

void MainWindow::showConnectionDiagnostics()
{
    ServerConnection *connection =
        currentView() ? currentView()->connection() : m_conferenceDock->currentConnection();
    if (!connection && !connections().isEmpty())
        connection = connections().first();
    if (!connection) {
        showMessage(tr("Connect to a server first (File ▸ Connect…)."), true);
        return;
    }
    // REST: DNS, TCP, TLS, auth, method, round trip; event socket: DNS, TCP, ESL auth.
    auto *dialog = new DiagnosticsDialog(connection->profile(), connection->password(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    dialog->start();
}

void MainWindow::showEventStream()
{
    m_troubleDock->show();
    m_troubleDock->raise();
    m_troubleDock->tabs()->setCurrentWidget(m_eventStream);
}

void MainWindow::showAuditTrail()
{
    auto *dialog = new AuditDialog(m_auditLog->path(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AuditDialog::message, this, &MainWindow::showMessage);
    dialog->open();
}

// --- chrome -------------------------------------------------------------------------------

void MainWindow::showMessage(const QString &text, bool error)
{
    // Dark red reads on light windows only; a light red on dark ones (View ▸ Theme ▸ Dark).
    statusBar()->setStyleSheet(!error                     ? QString()
                               : Theme::isDark(palette()) ? QStringLiteral("QStatusBar { color: #ff8a80; }")
                                                          : QStringLiteral("QStatusBar { color: #8a1f11; }"));
    statusBar()->showMessage(text, StatusMessageMs);
}

void MainWindow::offerUndo(const QString &text, std::function<void()> undo)
{
    m_undo = std::move(undo);
    m_undoAction->setEnabled(true);
    m_undoAction->setToolTip(tr("Undo: %1 (Ctrl+Z)").arg(text));
    m_undoButton->show();
    m_undoTimer->start(UndoOfferMs);
    showMessage(text, false);
}

void MainWindow::updateCentralPage()
{
    m_ui->centralStack->setCurrentWidget(m_ui->tabs->count() > 0 ? m_ui->tabsPage : m_ui->welcomePage);
    m_ui->actionCloseTab->setEnabled(m_ui->tabs->count() > 0);
}

void MainWindow::updateTitle()
{
    ConferenceView *view = currentView();
    if (!view) {
        setWindowTitle(tr("Conference Console"));
        return;
    }
    setWindowTitle(tr("%1 (%2) — %3 — Conference Console")
                       .arg(view->conference(), ConferenceView::memberCountText(view->memberCount()),
                            view->connection()->name()));
}

void MainWindow::showShortcuts()
{
    auto *dialog = new ShortcutsDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showAbout()
{
    auto *box = new QMessageBox(
        QMessageBox::Information, tr("About Conference Console"),
        tr("<h3>Conference Console %1</h3><p>Moderator console for FreeSWITCH conferences "
           "through the sipXconfig conference REST API.</p><p>Licensed under the GPL 3.0 or later.</p>")
            .arg(cc::versionString()),
        QMessageBox::Close, this);
    box->setIconPixmap(StatusIcons::icon(cc::Glyph::App).pixmap(64));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace gui
