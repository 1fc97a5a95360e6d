// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/commands/commandresponse.h"
#include "core/commands/conferencecommand.h"
#include "core/rest/restclient.h"

#include <QDockWidget>
#include <QList>
#include <QPointer>

#include <optional>

class QTabWidget;

namespace cc {
class ConferencePoller;
class EslClient;
class PushConferenceSource;
} // namespace cc

namespace gui {

class EslTrafficView;
class LogView;
class TroubleConsole;
class TroubleExplainPanel;
class XmlViewer;

/// The administrator's troubleshooting dock: Console | Log | XML | Explain | Socket (the main window
/// adds Events).
/// The log collects every exchange of every client given to setRestClient(); console, XML and
/// Explain follow the current conference (setConferencePoller()).
class TroubleshootingDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TroubleshootingDock)

public:
    enum Tab { ConsoleTab, LogTab, XmlTab, ExplainTab, SocketTab };

    explicit TroubleshootingDock(QWidget *parent = nullptr);
    ~TroubleshootingDock() override;

    /// The client of the current server. Its exchanges are logged from now on (earlier clients
    /// stay logged until destroyed); its pins and user name are used for explanations.
    void setRestClient(cc::RestClient *client);
    /// Only logs the exchanges of `client` (another server connection), without making it current.
    void logRestClient(cc::RestClient *client);
    /// The current conference (nullptr: none). Feeds the XML tab and the Explain tab.
    void setConferencePoller(cc::ConferencePoller *poller);
    /// The current conference of an event-socket connection (nullptr: none): its xml_list
    /// re-syncs feed the XML tab, its failures the Explain tab.
    void setPushSource(cc::PushConferenceSource *source);
    /// Shows the raw traffic of `client` (another event-socket connection) in the Socket tab.
    void logEslClient(cc::EslClient *client, const QString &serverName);
    /// The answer to a command (typically one sent from the console): shown in the console and,
    /// when it failed, explained.
    void showOutcome(const cc::CommandOutcome &outcome, const QString &segmentOrApiLine);
    /// A failed command of the current conference sent elsewhere (toolbar, menus): Explain tab
    /// only. Successes are ignored.
    void explainOutcome(const cc::CommandOutcome &outcome, const QString &context);

    TroubleConsole *console() const { return m_console; }
    LogView *logView() const { return m_log; }
    XmlViewer *xmlViewer() const { return m_xml; }
    TroubleExplainPanel *explainPanel() const { return m_explain; }
    EslTrafficView *eslTraffic() const { return m_traffic; }
    QTabWidget *tabs() const { return m_tabs; }

signals:
    void commandSubmitted(const cc::ConferenceCommand &command);
    /// Status-bar text (log saved, curl copied…).
    void message(const QString &text, bool error);

private:
    void onExchange(cc::RestClient *client, const cc::RestResult &result);
    void explain(const cc::CommandOutcome &outcome, const QString &context);
    QString conferenceName() const;
    void resetConference();

    QTabWidget *m_tabs;
    TroubleConsole *m_console;
    LogView *m_log;
    XmlViewer *m_xml;
    TroubleExplainPanel *m_explain;
    EslTrafficView *m_traffic;
    QPointer<cc::RestClient> m_client;
    QList<QPointer<cc::RestClient>> m_logged;
    QPointer<cc::ConferencePoller> m_poller;
    QPointer<cc::PushConferenceSource> m_push;
    QList<QPointer<cc::EslClient>> m_loggedEsl;
    QList<QMetaObject::Connection> m_pollerConnections;
    std::optional<cc::RestResult> m_lastFailure; ///< latest failed exchange of the current conference
};

} // namespace gui
