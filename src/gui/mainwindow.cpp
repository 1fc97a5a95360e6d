// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "certificatedialog.h"
#include "commandcontroller.h"
#include "conferencelistdock.h"
#include "conferenceview.h"
#include "connectiondialog.h"
#include "core/participantmodel.h"
#include "core/restclient.h"
#include "core/version.h"
#include "keychaincredentialstore.h"
#include "logdock.h"
#include "profilestore.h"
#include "serverconnection.h"
#include "sim/simulator.h"
#include "statusicons.h"

#include "ui_mainwindow.h"

#include <QApplication>
#include <QCloseEvent>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabBar>
#include <QTimer>

namespace gui {

namespace {
constexpr int ConferenceListRefreshMs = 30000;
constexpr int StatusMessageMs = 10000;
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_listTimer(new QTimer(this))
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
    m_ui->menuView->addAction(m_ui->mainToolBar->toggleViewAction());

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
    connect(m_ui->actionShortcuts, &QAction::triggered, this, &MainWindow::showShortcuts);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->tabs, &QTabWidget::tabCloseRequested, this, [this](int index) {
        if (auto *view = qobject_cast<ConferenceView *>(m_ui->tabs->widget(index)))
            closeConference(view);
    });
    connect(m_ui->tabs, &QTabWidget::currentChanged, this, &MainWindow::updateTitle);
    connect(m_conferenceDock, &ConferenceListDock::openRequested, this,
            [this](ServerConnection *connection, const QString &conference) {
                openConference(connection, conference);
            });
    connect(m_conferenceDock, &ConferenceListDock::refreshRequested, this,
            [](ServerConnection *connection) { connection->refreshConferences(); });

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
            existing->refreshConferences();
            return existing;
        }
    }
    auto *connection = new ServerConnection(profile, password, this);
    m_connections.append(connection);
    cc::RestClient *client = connection->client();
    connect(client, &cc::RestClient::exchangeFinished, m_logDock,
            [this, connection](const cc::RestResult &result) {
                m_logDock->addExchange(connection->name(), result);
            });
    connect(client, &cc::RestClient::untrustedCertificate, this,
            [this, connection](const QSslCertificate &certificate, const QList<QSslError> &errors) {
                onUntrustedCertificate(connection, certificate, errors);
            });
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
    sim::SimulatorOptions options;
    options.address = QHostAddress::LocalHost; // loopback only
    options.port = 0;
    options.tls = true;
    auto *simulator = new sim::Simulator(options, this);
    QString startError;
    if (!simulator->start(&startError)) {
        delete simulator;
        if (error)
            *error = tr("The demo bridge could not start: %1").arg(startError);
        return false;
    }
    m_demo = simulator;

    QString password;
    for (const sim::UserAccount &account : simulator->users()) {
        if (account.user == QLatin1String("alice"))
            password = account.password;
    }
    if (password.isEmpty()) {
        if (error)
            *error = tr("The demo scenario has no user “alice”.");
        return false;
    }
    ConnectionProfile profile;
    profile.name = tr("Demo bridge (alice)");
    profile.baseUrl = simulator->baseUrl();
    profile.user = QStringLiteral("alice");
    profile.methodPolicy = cc::MethodPolicy::Auto;
    profile.pollIntervalMs = 1000;
    // The simulator's self-signed certificate is trusted by pin, never by ignoring errors.
    profile.pinnedSha256 = {simulator->certificateSha256()};
    ServerConnection *connection = addConnection(profile, password);

    QStringList conferences = simulator->conferencesOwnedBy(QStringLiteral("alice"));
    std::stable_sort(conferences.begin(), conferences.end(), [](const QString &a, const QString &b) {
        const bool aSales = a == QLatin1String("sales");
        const bool bSales = b == QLatin1String("sales");
        return aSales && !bSales;
    });
    ConferenceView *first = nullptr;
    for (const QString &conference : std::as_const(conferences)) {
        ConferenceView *view = openConference(connection, conference);
        if (!first)
            first = view;
    }
    if (first)
        m_ui->tabs->setCurrentWidget(first);
    showMessage(tr("Demo bridge running at %1").arg(simulator->baseUrl().toDisplayString()), false);
    return true;
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
    connect(view, &ConferenceView::memberCountChanged, this, updateLive);
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

// --- chrome -------------------------------------------------------------------------------

void MainWindow::showMessage(const QString &text, bool error)
{
    statusBar()->setStyleSheet(error ? QStringLiteral("QStatusBar { color: #8a1f11; }") : QString());
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
    auto *box =
        new QMessageBox(QMessageBox::Information, tr("Keyboard shortcuts"),
                        tr("<table cellspacing='6'>"
                           "<tr><td><b>M</b></td><td>Mute / unmute the selected members</td></tr>"
                           "<tr><td><b>D</b></td><td>Deaf / undeaf the selected members</td></tr>"
                           "<tr><td><b>Del</b></td><td>Kick the selected members (asks first)</td></tr>"
                           "<tr><td><b>+ / −</b></td><td>Energy threshold up / down</td></tr>"
                           "<tr><td><b>Ctrl+F</b></td><td>Filter members by name or number</td></tr>"
                           "<tr><td><b>F5</b></td><td>Refresh now</td></tr>"
                           "<tr><td><b>Ctrl+W</b></td><td>Close the conference tab</td></tr>"
                           "</table>"),
                        QMessageBox::Close, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
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
