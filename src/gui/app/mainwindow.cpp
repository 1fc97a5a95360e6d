// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/app/mainwindow.h"

#include "core/commands/conferencecommand.h"
#include "core/diagnostics/auditlog.h"
#include "core/model/participantmodel.h"
#include "core/rest/restclient.h"
#include "core/sources/conferencepoller.h"
#include "core/sources/pushconferencesource.h"
#include "core/version.h"
#include "gui/app/demobridge.h"
#include "gui/app/desktopnotifier.h"
#include "gui/app/shortcutsdialog.h"
#include "gui/app/statusicons.h"
#include "gui/app/theme.h"
#include "gui/conference/commandcontroller.h"
#include "gui/conference/conferencelistdock.h"
#include "gui/conference/conferenceview.h"
#include "gui/conference/tabtransferdrop.h"
#include "gui/connection/certificatedialog.h"
#include "gui/connection/connectiondialog.h"
#include "gui/connection/keychaincredentialstore.h"
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
#include <memory>
#include <optional>

namespace gui {

namespace {
constexpr int ConferenceListRefreshMs = 30000;
constexpr int StatusMessageMs = 10000;
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_listTimer(new QTimer(this))
    , m_auditLog(std::make_shared<cc::AuditLog>())
{
    m_ui->setupUi(this);
    setWindowIcon(StatusIcons::icon(StatusIcons::App));
    resize(1280, 760);

    m_conferenceDock = new ConferenceListDock(this);
    addDockWidget(Qt::LeftDockWidgetArea, m_conferenceDock);
    m_logDock = new LogDock(this);
    addDockWidget(Qt::BottomDockWidgetArea, m_logDock);
    resizeDocks({m_conferenceDock}, {250}, Qt::Horizontal);
    resizeDocks({m_logDock}, {130}, Qt::Vertical);
    m_ui->menuView->addAction(m_conferenceDock->toggleViewAction());
    m_ui->menuView->addAction(m_logDock->toggleViewAction());
    // Administrator tools share the log's place and stay hidden until asked for.
    m_troubleDock = new TroubleshootingDock(this);
    addDockWidget(Qt::BottomDockWidgetArea, m_troubleDock);
    tabifyDockWidget(m_logDock, m_troubleDock);
    m_troubleDock->hide();
    m_ui->menuView->addAction(m_troubleDock->toggleViewAction());
    m_notifier = new DesktopNotifier(this);
    QMenu *notifications = m_ui->menuView->addMenu(tr("&Notifications"));
    notifications->setObjectName(QStringLiteral("menuNotifications"));
    notifications->addActions(m_notifier->toggleActions());
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
    // Raw conference::maintenance events of the event-socket connections: a tab of the
    // troubleshooting dock, also reachable from the View menu.
    m_eventStream = new EventStreamView(m_troubleDock);
    m_eventStream->setAccessibleDescription(tr("Raw conference events of event-socket connections"));
    m_eventsTab = m_troubleDock->tabs()->addTab(m_eventStream, tr("Events"));
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
    connect(m_troubleDock, &TroubleshootingDock::commandSubmitted, this, &MainWindow::sendConsoleCommand);
    connect(m_troubleDock, &TroubleshootingDock::message, this, &MainWindow::showMessage);
    m_ui->menuView->addAction(m_ui->mainToolBar->toggleViewAction());
    m_ui->menuView->addSeparator();
    m_ui->menuView->addMenu(Theme::createMenu(this));
    // Screen readers announce a dock by its title only (QAccessibleDockWidget); its content
    // says what it holds.
    const std::pair<QDockWidget *, QString> dockDescriptions[] = {
        {m_conferenceDock, tr("The conferences of each connected server")},
        {m_logDock, tr("Every request sent to the servers and its answer")},
        {m_troubleDock, tr("Administrator tools: raw command console and explanations")},
    };
    for (const auto &[dock, description] : dockDescriptions) {
        if (!dock)
            continue;
        dock->setAccessibleDescription(description);
        if (dock->widget())
            dock->widget()->setAccessibleDescription(description);
    }
    m_ui->mainToolBar->setAccessibleDescription(tr("Connect, open and refresh conferences"));

    m_connectionsLabel = new QLabel(this);
    m_connectionsLabel->setObjectName(QStringLiteral("connectionsLabel"));
    m_connectionsLabel->setContentsMargins(8, 0, 8, 0);
    statusBar()->addPermanentWidget(m_connectionsLabel);

    connect(m_ui->actionConnect, &QAction::triggered, this, &MainWindow::showConnectionDialog);
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
    connect(m_ui->tabs, &QTabWidget::tabCloseRequested, this, [this](int index) {
        if (auto *view = qobject_cast<ConferenceView *>(m_ui->tabs->widget(index)))
            closeConference(view);
    });
    connect(m_ui->tabs, &QTabWidget::currentChanged, this, &MainWindow::updateTitle);
    connect(m_ui->tabs, &QTabWidget::currentChanged, this, &MainWindow::updateTroubleshooting);
    connect(m_conferenceDock, &ConferenceListDock::openRequested, this,
            [this](ServerConnection *connection, const QString &conference) {
                openConference(connection, conference);
            });
    connect(m_conferenceDock, &ConferenceListDock::refreshRequested, this,
            [](ServerConnection *connection) { connection->refreshConferences(); });
    connect(m_conferenceDock, &ConferenceListDock::transferRequested, this, &MainWindow::transferByDrop);
    connect(m_conferenceDock, &ConferenceListDock::contentsChanged, this, &MainWindow::fitConferenceDock);
    auto *tabDrop = new TabTransferDrop(m_ui->tabs);
    connect(tabDrop, &TabTransferDrop::transferRequested, this,
            [this](ConferenceView *target, const QString &from, const QList<quint32> &ids) {
                transferByDrop(target->connection(), from, target->conference(), ids);
            });

    m_listTimer->setInterval(ConferenceListRefreshMs);
    connect(m_listTimer, &QTimer::timeout, this, &MainWindow::refreshConferenceLists);
    m_listTimer->start();

    updateCentralPage();
    updateTitle();
}

MainWindow::~MainWindow()
{
    // Views poll through the connections' clients: stop them before anything is torn down.
    for (ConferenceView *view : conferenceViews())
        view->stop();
}

QTabWidget *MainWindow::tabs() const
{
    return m_ui->tabs;
}

ProfileStore *MainWindow::profileStore()
{
    if (!m_profiles)
        m_profiles = new ProfileStore(this);
    return m_profiles;
}

KeychainCredentialStore *MainWindow::credentials()
{
    if (!m_credentials)
        m_credentials = new KeychainCredentialStore(this);
    return m_credentials;
}

// --- connections --------------------------------------------------------------------------

ServerConnection *MainWindow::addConnection(const ConnectionProfile &profile, const QString &password)
{
    for (ServerConnection *existing : std::as_const(m_connections)) {
        if (existing->name() == profile.name) {
            existing->updateProfile(profile);
            m_auditLog->addSecret(password);
            existing->setPassword(password);
            existing->refreshConferences();
            return existing;
        }
    }
    m_auditLog->addSecret(password); // never in the audit trail, whatever field it lands in
    auto *connection = new ServerConnection(profile, password, this);
    m_connections.append(connection);
    m_eventStream->watch(connection->eslClient(), connection->name());
    m_troubleDock->logEslClient(connection->eslClient(), connection->name());
    // An event-socket connection has no RestClient (connection->client() is nullptr).
    if (cc::RestClient *client = connection->client()) {
        m_troubleDock->logRestClient(client);
        connect(client, &cc::RestClient::exchangeFinished, m_logDock,
                [this, connection](const cc::RestResult &result) {
                    m_logDock->addExchange(connection->name(), result);
                });
        connect(client, &cc::RestClient::untrustedCertificate, this,
                [this, connection](const QSslCertificate &certificate, const QList<QSslError> &errors) {
                    onUntrustedCertificate(connection, certificate, errors);
                });
    }
    connect(connection, &ServerConnection::authenticationFailed, this,
            [this, connection](const QString &message) { askNewPassword(connection, message); });
    connect(connection, &ServerConnection::conferencesFailed, this,
            [this, connection](const QString &message) {
                showMessage(tr("%1: %2").arg(connection->name(), message), true);
            });
    m_conferenceDock->addConnection(connection);
    connection->refreshConferences();
    m_connectionsLabel->setText(m_connections.size() == 1 ? tr("1 server")
                                                          : tr("%1 servers").arg(m_connections.size()));
    return connection;
}

void MainWindow::refreshConferenceLists()
{
    for (ServerConnection *connection : std::as_const(m_connections))
        connection->refreshConferences();
}

void MainWindow::onUntrustedCertificate(ServerConnection *connection, const QSslCertificate &certificate,
                                        const QList<QSslError> &errors)
{
    if (m_certificateDialogs.value(connection))
        return; // one question per server at a time
    auto *dialog = new CertificateDialog(certificate, errors, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // A profile with pins that now sees another certificate was refused by the pin check: say so
    // plainly, it may be a re-keyed server or an interception.
    dialog->setPinnedCertificateChanged(!connection->profile().pinnedSha256.isEmpty());
    m_certificateDialogs.insert(connection, dialog);
    connect(dialog, &CertificateDialog::pinAccepted, this, [this, connection](const QString &sha256) {
        connection->pinCertificate(sha256);
        if (connection != nullptr && !m_demo)
            profileStore()->save(connection->profile());
        connection->refreshConferences();
        for (ConferenceView *view : conferenceViews()) {
            if (view->connection() == connection)
                view->start(); // polling halted on the TLS failure
        }
        showMessage(tr("%1: certificate pinned").arg(connection->name()), false);
    });
    dialog->open();
}

void MainWindow::askNewPassword(ServerConnection *connection, const QString &reason)
{
    if (!connection || m_passwordDialogs.value(connection))
        return; // one question per server, however many tabs halted
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("passwordPrompt"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Password for %1").arg(connection->name()));
    const QString who =
        connection->isEventSocket()
            ? tr("the event socket at %1").arg(connection->profile().displayAddress())
            : tr("“%1” at %2").arg(connection->profile().user, connection->profile().displayAddress());
    dialog->setLabelText(tr("%1\n\nEnter the password for %2. Updates of this server stay stopped until "
                            "you do.")
                             .arg(reason, who));
    dialog->setTextEchoMode(QLineEdit::Password);
    dialog->setTextValue(QString());
    m_passwordDialogs.insert(connection, dialog);
    dialog->setModal(false); // the other servers and tabs stay usable meanwhile
    const QPointer<ServerConnection> guard(connection);
    connect(dialog, &QInputDialog::textValueSelected, this, [this, guard](const QString &password) {
        if (!guard)
            return;
        m_auditLog->addSecret(password);
        // KeychainCredentialStore keeps it in memory for this run when no keychain works.
        credentials()->writePassword(guard->name(), password);
        guard->setPassword(password);
        for (ConferenceView *view : conferenceViews()) {
            if (view->connection() == guard)
                view->start(); // the pollers halted on the refusal
        }
        showMessage(tr("%1: trying the new password").arg(guard->name()), false);
    });
    connect(dialog, &QDialog::rejected, this, [this, guard, reason] {
        if (guard)
            showMessage(tr("%1: %2 Updates stay stopped.").arg(guard->name(), reason), true);
    });
    dialog->show();
    dialog->raise();
}

void MainWindow::showConnectionDialog()
{
    auto *dialog = new ConnectionDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setExistingNames(profileStore()->names());
    dialog->setKeychainAvailable(credentials()->keychainAvailable());
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const ConnectionProfile profile = dialog->profile();
        const QString password = dialog->password();
        profileStore()->save(profile);
        profileStore()->setLastUsed(profile.name);
        credentials()->writePassword(profile.name, password);
        addConnection(profile, password);
    });
    dialog->open();
}

void MainWindow::askPassword(const ConnectionProfile &profile)
{
    auto *dialog = new ConnectionDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setProfile(profile, QString());
    dialog->setKeychainAvailable(credentials()->keychainAvailable());
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const ConnectionProfile updated = dialog->profile();
        const QString password = dialog->password();
        profileStore()->save(updated);
        credentials()->writePassword(updated.name, password);
        addConnection(updated, password);
    });
    dialog->open();
}

void MainWindow::connectProfile(const QString &name)
{
    const std::optional<ConnectionProfile> profile = profileStore()->load(name);
    if (!profile) {
        showMessage(tr("There is no saved connection named “%1”.").arg(name), true);
        showConnectionDialog();
        return;
    }
    credentials()->readPassword(name, this, [this, profile = *profile](std::optional<QString> password) {
        if (password && !password->isEmpty())
            addConnection(profile, *password);
        else
            askPassword(profile); // keychain empty or unavailable: ask, never guess
    });
}

// --- demo ---------------------------------------------------------------------------------

bool MainWindow::startDemo(QString *error)
{
    if (m_demo) {
        if (error)
            *error = tr("The demo is already running.");
        return false;
    }
    auto demo = std::make_unique<DemoBridge>(this);
    if (!demo->start(error))
        return false;
    m_demo = demo.release();
    ServerConnection *connection = addConnection(m_demo->restProfile(), m_demo->restPassword());

    ConferenceView *first = nullptr;
    for (const QString &conference : m_demo->conferences()) {
        ConferenceView *view = openConference(connection, conference);
        if (!first)
            first = view;
    }
    if (first)
        m_ui->tabs->setCurrentWidget(first);

    // The same bridge over the event socket, offered (File menu) but not opened, so the demo's
    // first screen stays the REST one.
    if (const auto esl = m_demo->eventSocketProfile()) {
        const QString eslPassword = m_demo->eventSocketPassword();
        auto *demoEsl = new QAction(tr("Connect to the Demo Bridge over the &Event Socket"), this);
        demoEsl->setObjectName(QStringLiteral("actionDemoEventSocket"));
        m_ui->menuFile->insertAction(m_ui->actionRefreshConferences, demoEsl);
        connect(demoEsl, &QAction::triggered, this, [this, profile = *esl, eslPassword, demoEsl] {
            addConnection(profile, eslPassword);
            demoEsl->setEnabled(false);
            m_conferenceDock->show();
        });
    }
    showMessage(tr("Demo bridge running at %1").arg(m_demo->displayUrl()), false);
    return true;
}

sim::Simulator *MainWindow::demoSimulator() const
{
    return m_demo ? m_demo->simulator() : nullptr;
}

// --- conference tabs ----------------------------------------------------------------------

ConferenceView *MainWindow::conferenceView(ServerConnection *connection, const QString &conference) const
{
    for (ConferenceView *view : conferenceViews()) {
        if (view->connection() == connection && view->conference() == conference)
            return view;
    }
    return nullptr;
}

void MainWindow::transferByDrop(ServerConnection *connection, const QString &from, const QString &to,
                                const QList<quint32> &ids)
{
    ConferenceView *source = conferenceView(connection, from);
    if (!source) {
        // A drag from another server's table: transfer only moves members within one switch.
        showMessage(tr("Members can only be moved between conferences of the same server."), true);
        return;
    }
    source->transferMembers(to, ids);
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

QList<ConferenceView *> MainWindow::conferenceViews() const
{
    QList<ConferenceView *> views;
    for (int i = 0; i < m_ui->tabs->count(); ++i) {
        if (auto *view = qobject_cast<ConferenceView *>(m_ui->tabs->widget(i)))
            views.append(view);
    }
    return views;
}

ConferenceView *MainWindow::currentView() const
{
    return qobject_cast<ConferenceView *>(m_ui->tabs->currentWidget());
}

ConferenceView *MainWindow::openConference(ServerConnection *connection, const QString &conference)
{
    if (!connection || conference.trimmed().isEmpty())
        return nullptr;
    if (ConferenceView *existing = conferenceView(connection, conference)) {
        m_ui->tabs->setCurrentWidget(existing);
        return existing;
    }
    auto *view = new ConferenceView(connection, conference, m_ui->tabs);
    const QString label =
        m_connections.size() > 1 ? tr("%1 @ %2").arg(conference, connection->name()) : conference;
    const int index = m_ui->tabs->addTab(view, label);
    m_ui->tabs->setTabToolTip(index, tr("%1 on %2").arg(conference, connection->name()));
    connect(view, &ConferenceView::statusMessage, this, [this, connection](const QString &text, bool error) {
        showMessage(text, error);
        m_logDock->addMessage(connection->name(), text, error);
    });
    m_notifier->followConference(view);
    auto updateLive = [this, view, connection] {
        m_conferenceDock->setLiveState(connection, view->conference(), view->memberCount(),
                                       view->model()->snapshot().locked);
        const int i = m_ui->tabs->indexOf(view);
        if (i >= 0) {
            const bool locked = view->model()->snapshot().locked;
            m_ui->tabs->setTabIcon(i, locked ? StatusIcons::icon(StatusIcons::Lock) : QIcon());
        }
        if (view == currentView())
            updateTitle();
    };
    {
        const ConnectionProfile &profile = connection->profile();
        // ESL: an esl://host:port address; it has no user (the socket knows only a password).
        const QUrl server = profile.isEventSocket() ? QUrl(profile.displayAddress()) : profile.baseUrl;
        view->controller()->setAudit(m_auditLog, profile.name, server, profile.user, view->model());
    }
    if (cc::ConferencePoller *poller = view->poller()) {
        connect(poller, &cc::ConferencePoller::pollingHalted, this,
                [this, connection](const cc::CommandOutcome &outcome) {
                    if (outcome.httpStatus == 401) // TLS halts have the certificate dialog
                        askNewPassword(connection, outcome.message);
                });
    }
    connect(view, &ConferenceView::memberCountChanged, this, updateLive);
    connect(view->controller(), &CommandController::commandFinished, this,
            [this, view](const cc::ConferenceCommand &command, const cc::CommandOutcome &outcome) {
                if (view == currentView())
                    m_troubleDock->explainOutcome(outcome, command.name());
            });
    connect(view->model(), &cc::ParticipantModel::conferenceStateChanged, this, updateLive);
    connect(view->model(), &cc::ParticipantModel::snapshotApplied, this, updateLive);
    m_ui->tabs->setCurrentWidget(view);
    updateCentralPage();
    view->start();
    emit conferenceOpened(view);
    return view;
}

void MainWindow::closeConference(ConferenceView *view)
{
    if (!view)
        return;
    view->stop();
    m_conferenceDock->setLiveState(view->connection(), view->conference(), std::nullopt, false);
    m_ui->tabs->removeTab(m_ui->tabs->indexOf(view));
    view->deleteLater();
    updateCentralPage();
    updateTitle();
}

void MainWindow::openConferenceByName()
{
    ServerConnection *connection = m_conferenceDock->currentConnection();
    if (!connection && currentView())
        connection = currentView()->connection();
    if (!connection && !m_connections.isEmpty())
        connection = m_connections.first();
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
    if (!connection && !m_connections.isEmpty())
        connection = m_connections.first();
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
    box->setIconPixmap(StatusIcons::icon(StatusIcons::App).pixmap(64));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace gui
