// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/connection/connectionprofile.h"

#include <QList>
#include <QMainWindow>
#include <QPointer>

#include <functional>
#include <memory>

class QAction;
class QCloseEvent;
class QMenu;
class QLabel;
class QTabWidget;
class QTimer;
class QToolButton;

namespace Ui {
class MainWindow;
}

namespace cc {
class AuditLog;
class ConferenceCommand;
} // namespace cc

namespace gui {

class ConferenceListDock;
class ConferenceTabs;
class ConferenceView;
class ConnectionManager;
class DesktopNotifier;
class EventStreamView;
class LogDock;
class ServerConnection;
class TroubleshootingDock;

/// The moderator desktop's window: menus, docks, status bar, and the wiring between the parts
/// that do the work: ConnectionManager (servers), ConferenceTabs (one tab per open conference),
/// the Conferences dock, the request log, troubleshooting and notifications.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    ConnectionManager *connectionManager() const { return m_connections; }
    ConferenceTabs *conferenceTabs() const { return m_conferences; }

    // The two most used entry points, for main() and the tests.
    /// Opens a server connection (ConnectionManager::add); a pinned certificate is saved to its profile.
    ServerConnection *addConnection(const ConnectionProfile &profile, const QString &password);
    /// Opens (or focuses) the tab of one conference (ConferenceTabs::open).
    ConferenceView *openConference(ServerConnection *connection, const QString &conference);
    ConferenceView *conferenceView(ServerConnection *connection, const QString &conference) const;
    QList<ConferenceView *> conferenceViews() const;
    ConferenceView *currentView() const;
    QList<ServerConnection *> connections() const;
    void closeConference(ConferenceView *view);
    /// --profile NAME: load the saved profile, read its password from the keychain (or ask).
    void connectProfile(const QString &name);
    /// A File-menu entry that opens `profile` once, e.g. the demo bridge over the event socket.
    QAction *offerConnection(const QString &text, const ConnectionProfile &profile, const QString &password);
    void showMessage(const QString &text, bool error);
    /// `text` in the status bar with an Undo button (and Ctrl+Z) for a few seconds.
    void offerUndo(const QString &text, std::function<void()> undo);
    /// How long an Undo stays offered.
    static constexpr int UndoOfferMs = 10000;

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

    /// Reopens the saved connections and their conference tabs that were open at the last exit,
    /// when File ▸ Reopen Connections at Start is on. Returns whether anything was reopened.
    bool restoreSession();

public slots:
    void showConnectionDialog();
    /// File ▸ Connections…: every saved and open connection, to connect, edit or remove.
    void showConnections();
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

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void rebuildRecentMenu();
    void saveSession();
    void buildDocks();
    void buildMenus();
    void wireConnection(ServerConnection *connection);
    void wireConference(ConferenceView *view);
    void updateTitle();
    /// Widens the Conferences dock (never narrows it) so that its rows fit, up to 40% of the window;
    /// only when the rows grew wider than at the last fit, so a width the user chose stays.
    void fitConferenceDock();
    void updateCentralPage();
    void showShortcuts();
    void showAbout();
    void updateTroubleshooting();
    void sendConsoleCommand(const cc::ConferenceCommand &command);

    std::unique_ptr<Ui::MainWindow> m_ui;
    std::shared_ptr<cc::AuditLog> m_auditLog; ///< shared with the controllers of the views
    ConnectionManager *m_connections = nullptr;
    ConferenceTabs *m_conferences = nullptr;
    ConferenceListDock *m_conferenceDock = nullptr;
    DesktopNotifier *m_notifier = nullptr;
    int m_dockFitWidth = 0; ///< what fitConferenceDock() last asked for
    LogDock *m_logDock = nullptr;
    TroubleshootingDock *m_troubleDock = nullptr;
    EventStreamView *m_eventStream = nullptr;
    int m_eventsTab = -1;
    QLabel *m_connectionsLabel = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_undoAction = nullptr;
    QToolButton *m_undoButton = nullptr;
    QTimer *m_undoTimer = nullptr;
    std::function<void()> m_undo;
    QPointer<QWidget> m_connectionsDialog;
};

} // namespace gui
