// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/connection/connectionprofile.h"

#include <QHash>
#include <QList>
#include <QMainWindow>
#include <QPointer>
#include <QSslCertificate>
#include <QSslError>

#include <memory>

class QDockWidget;
class QLabel;
class QTabWidget;
class QTimer;

namespace Ui {
class MainWindow;
}

namespace cc {
class AuditLog;
class ConferenceCommand;
} // namespace cc

namespace sim {
class Simulator;
}

namespace gui {

class ConferenceListDock;
class DesktopNotifier;
class DemoBridge;
class ConferenceView;
class EventStreamView;
class KeychainCredentialStore;
class LogDock;
class ProfileStore;
class ServerConnection;
class TroubleshootingDock;

/// The moderator desktop: several server connections, their conference lists in a dock, one
/// tab per open conference, a request log and the status bar.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens a server connection and fetches its conference list. The password stays in memory.
    ServerConnection *addConnection(const ConnectionProfile &profile, const QString &password);
    /// Opens (or focuses) the tab of one conference.
    ConferenceView *openConference(ServerConnection *connection, const QString &conference);
    ConferenceView *conferenceView(ServerConnection *connection, const QString &conference) const;
    QList<ConferenceView *> conferenceViews() const;
    ConferenceView *currentView() const;
    QList<ServerConnection *> connections() const { return m_connections; }
    void closeConference(ConferenceView *view);
    /// Members of `from` dropped onto `to` (its tab or its row in the Conferences dock).
    void transferByDrop(ServerConnection *connection, const QString &from, const QString &to,
                        const QList<quint32> &ids);

    /// --demo: an in-process simulator (HTTPS on 127.0.0.1, any port) with its certificate
    /// pinned into an in-memory profile for alice; opens her conferences (sales first).
    bool startDemo(QString *error);
    /// The embedded simulator of --demo (tests), nullptr before startDemo().
    sim::Simulator *demoSimulator() const;
    /// --profile NAME: load the saved profile, read its password from the keychain (or ask).
    void connectProfile(const QString &name);

    ConferenceListDock *conferenceDock() const { return m_conferenceDock; }
    /// Desktop notifications of joins, leaves, lock changes and stale connections.
    DesktopNotifier *notifier() const { return m_notifier; }
    LogDock *logDock() const { return m_logDock; }
    TroubleshootingDock *troubleshootingDock() const { return m_troubleDock; }
    /// Raw conference::maintenance events of the event-socket connections (a tab of the
    /// troubleshooting dock, index eventStreamTab()).
    EventStreamView *eventStreamView() const { return m_eventStream; }
    int eventStreamTab() const { return m_eventsTab; }
    QTabWidget *tabs() const;
    /// The audit trail every conference view's commands are written to (AppDataLocation/audit.jsonl).
    cc::AuditLog *auditLog() const { return m_auditLog.get(); }

public slots:
    void showConnectionDialog();
    void openConferenceByName();
    void refreshConferenceLists();
    /// Tools ▸ Connection diagnostics…: checks the current (or first) server connection.
    void showConnectionDiagnostics();
    /// Tools ▸ Audit trail…
    void showAuditTrail();
    /// View ▸ Event stream: the troubleshooting dock on its Events tab.
    void showEventStream();

signals:
    void conferenceOpened(gui::ConferenceView *view);

private:
    void showMessage(const QString &text, bool error);
    void updateTitle();
    /// Widens the Conferences dock (never narrows it) so that its rows fit, up to 40% of the window;
    /// only when the rows grew wider than at the last fit, so a width the user chose stays.
    void fitConferenceDock();
    void updateCentralPage();
    void onUntrustedCertificate(ServerConnection *connection, const QSslCertificate &certificate,
                                const QList<QSslError> &errors);
    void askPassword(const ConnectionProfile &profile);
    /// The server refused the password (list 401, halted poller, ESL auth): one non-modal prompt
    /// per server saying why; accepting retries with the new password, cancel leaves it halted.
    void askNewPassword(ServerConnection *connection, const QString &reason);
    void showShortcuts();
    void showAbout();
    void updateTroubleshooting();
    void sendConsoleCommand(const cc::ConferenceCommand &command);
    ProfileStore *profileStore();
    KeychainCredentialStore *credentials();

    std::unique_ptr<Ui::MainWindow> m_ui;
    ConferenceListDock *m_conferenceDock = nullptr;
    DesktopNotifier *m_notifier = nullptr;
    int m_dockFitWidth = 0; ///< what fitConferenceDock() last asked for
    LogDock *m_logDock = nullptr;
    TroubleshootingDock *m_troubleDock = nullptr;
    EventStreamView *m_eventStream = nullptr;
    int m_eventsTab = -1;
    QLabel *m_connectionsLabel = nullptr;
    QTimer *m_listTimer = nullptr;
    QList<ServerConnection *> m_connections;
    ProfileStore *m_profiles = nullptr;
    KeychainCredentialStore *m_credentials = nullptr;
    DemoBridge *m_demo = nullptr;
    QHash<ServerConnection *, QPointer<QWidget>> m_certificateDialogs;
    QHash<ServerConnection *, QPointer<QWidget>> m_passwordDialogs;
    std::shared_ptr<cc::AuditLog> m_auditLog; ///< shared with the controllers of the views
};

} // namespace gui
