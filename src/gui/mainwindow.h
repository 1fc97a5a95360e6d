// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectionprofile.h"

#include <QHash>
#include <QList>
#include <QMainWindow>
#include <QPointer>
#include <QSslCertificate>
#include <QSslError>

#include <memory>

class QLabel;
class QTabWidget;
class QTimer;

namespace Ui {
class MainWindow;
}

namespace sim {
class Simulator;
}

namespace gui {

class ConferenceListDock;
class ConferenceView;
class KeychainCredentialStore;
class LogDock;
class ProfileStore;
class ServerConnection;

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

    /// --demo: an in-process simulator (HTTPS on 127.0.0.1, any port) with its certificate
    /// pinned into an in-memory profile for alice; opens her conferences (sales first).
    bool startDemo(QString *error);
    sim::Simulator *demoSimulator() const { return m_demo; }
    /// --profile NAME: load the saved profile, read its password from the keychain (or ask).
    void connectProfile(const QString &name);

    ConferenceListDock *conferenceDock() const { return m_conferenceDock; }
    LogDock *logDock() const { return m_logDock; }
    QTabWidget *tabs() const;

public slots:
    void showConnectionDialog();
    void openConferenceByName();
    void refreshConferenceLists();

signals:
    void conferenceOpened(gui::ConferenceView *view);

private:
    void showMessage(const QString &text, bool error);
    void updateTitle();
    void updateCentralPage();
    void onUntrustedCertificate(ServerConnection *connection, const QSslCertificate &certificate,
                                const QList<QSslError> &errors);
    void askPassword(const ConnectionProfile &profile);
    void showShortcuts();
    void showAbout();
    ProfileStore *profileStore();
    KeychainCredentialStore *credentials();

    std::unique_ptr<Ui::MainWindow> m_ui;
    ConferenceListDock *m_conferenceDock = nullptr;
    LogDock *m_logDock = nullptr;
    QLabel *m_connectionsLabel = nullptr;
    QTimer *m_listTimer = nullptr;
    QList<ServerConnection *> m_connections;
    ProfileStore *m_profiles = nullptr;
    KeychainCredentialStore *m_credentials = nullptr;
    sim::Simulator *m_demo = nullptr;
    QHash<ServerConnection *, QPointer<QWidget>> m_certificateDialogs;
};

} // namespace gui
