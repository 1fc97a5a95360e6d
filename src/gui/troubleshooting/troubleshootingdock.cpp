// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/troubleshooting/troubleshootingdock.h"

#include "core/esl/eslclient.h"
#include "core/sources/conferencepoller.h"
#include "core/sources/pushconferencesource.h"
#include "gui/troubleshooting/esltrafficview.h"
#include "gui/troubleshooting/logexchangemodel.h"
#include "gui/troubleshooting/logview.h"
#include "gui/troubleshooting/troubleconsole.h"
#include "gui/troubleshooting/troubleexplainpanel.h"
#include "gui/troubleshooting/xmlviewer.h"

#include <QTabWidget>

namespace gui {

TroubleshootingDock::TroubleshootingDock(QWidget *parent)
    : QDockWidget(tr("Troubleshooting"), parent)
    , m_tabs(new QTabWidget(this))
    , m_console(new TroubleConsole(m_tabs))
    , m_log(new LogView(m_tabs))
    , m_xml(new XmlViewer(m_tabs))
    , m_explain(new TroubleExplainPanel(m_tabs))
    , m_traffic(new EslTrafficView(m_tabs))
{
    setObjectName(QStringLiteral("troubleshootingDock"));
    setAccessibleName(tr("Troubleshooting"));
    setAccessibleDescription(tr("Administrator tools: raw command console, request log, xml_list viewer and "
                                "failure explanations for the current conference"));
    m_tabs->setObjectName(QStringLiteral("troubleshootingTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->insertTab(ConsoleTab, m_console, tr("Console"));
    m_tabs->insertTab(LogTab, m_log, tr("Log"));
    m_tabs->insertTab(XmlTab, m_xml, tr("XML"));
    m_tabs->insertTab(ExplainTab, m_explain, tr("Explain"));
    m_tabs->insertTab(SocketTab, m_traffic, tr("Socket"));
    setWidget(m_tabs);

    connect(m_console, &TroubleConsole::commandSubmitted, this, &TroubleshootingDock::commandSubmitted);
    connect(m_log, &LogView::message, this, &TroubleshootingDock::message);
}

TroubleshootingDock::~TroubleshootingDock() = default;

void TroubleshootingDock::setRestClient(cc::RestClient *client)
{
    m_client = client;
    m_console->setRestPrefix(client ? client->config().baseUrl.toDisplayString() : QString());
    logRestClient(client);
}

void TroubleshootingDock::logRestClient(cc::RestClient *client)
{
    if (!client)
        return;
    m_logged.removeAll(nullptr);
    for (const QPointer<cc::RestClient> &known : std::as_const(m_logged)) {
        if (known == client)
            return;
    }
    m_logged.append(client);
    connect(client, &cc::RestClient::exchangeFinished, this,
            [this, client](const cc::RestResult &result) { onExchange(client, result); });
}

void TroubleshootingDock::onExchange(cc::RestClient *client, const cc::RestResult &result)
{
    const cc::ServerConfig &config = client->config();
    m_log->model()->addExchange(result, config.user, !config.pinnedSha256.isEmpty());
    if (result.ok())
        return;
    // Keep the transport facts (TLS errors, URL) of the current conference's last failure
    // for the Explain tab; exchangeFinished arrives before the poller/controller callback.
    const QString name = conferenceName();
    const QString path = result.url.path();
    if (client == m_client &&
        (name.isEmpty() || path.contains(QLatin1String("/conference/") + name + QLatin1Char('/')) ||
         path.endsWith(QLatin1String("/conference/") + name)))
        m_lastFailure = result;
}

QString TroubleshootingDock::conferenceName() const
{
    if (m_poller)
        return m_poller->conference();
    return m_push ? m_push->conference() : QString();
}

void TroubleshootingDock::resetConference()
{
    for (const QMetaObject::Connection &c : std::as_const(m_pollerConnections))
        disconnect(c);
    m_pollerConnections.clear();
    m_poller = nullptr;
    m_push = nullptr;
    m_lastFailure.reset();
    m_xml->clear();
    m_explain->clear();
    m_console->setConference(QString());
}

void TroubleshootingDock::setPushSource(cc::PushConferenceSource *source)
{
    if (source == m_push && (source || !m_poller))
        return;
    resetConference();
    m_push = source;
    if (!source)
        return;
    m_console->setConference(source->conference());
    m_pollerConnections << connect(source, &cc::PushConferenceSource::rawXmlReceived, m_xml,
                                   &XmlViewer::setXml);
    m_pollerConnections << connect(source, &cc::PushConferenceSource::pollFailed, this,
                                   [this](const cc::CommandOutcome &outcome) {
                                       explain(outcome, tr("reading the member list (xml_list)"));
                                   });
    m_pollerConnections << connect(source, &QObject::destroyed, this, [this] { setPushSource(nullptr); });
}

void TroubleshootingDock::logEslClient(cc::EslClient *client, const QString &serverName)
{
    if (!client)
        return;
    m_loggedEsl.removeAll(nullptr);
    if (m_loggedEsl.contains(client))
        return;
    m_loggedEsl.append(client);
    m_traffic->watch(client, serverName);
}

void TroubleshootingDock::setConferencePoller(cc::ConferencePoller *poller)
{
    if (poller && poller == m_poller)
        return;
    resetConference();
    m_poller = poller;
    m_console->setConference(poller ? poller->conference() : QString());
    if (!poller)
        return;
    m_pollerConnections << connect(poller, &cc::ConferencePoller::rawXmlReceived, m_xml, &XmlViewer::setXml);
    m_pollerConnections << connect(poller, &cc::ConferencePoller::pollFailed, this,
                                   [this](const cc::CommandOutcome &outcome) {
                                       explain(outcome, tr("reading the member list (xml_list)"));
                                   });
    m_pollerConnections << connect(
        poller, &cc::ConferencePoller::pollingHalted, this,
        [this](const cc::CommandOutcome &outcome) { explain(outcome, tr("polling stopped")); });
    m_pollerConnections << connect(poller, &QObject::destroyed, this,
                                   [this] { setConferencePoller(nullptr); });
}

void TroubleshootingDock::showOutcome(const cc::CommandOutcome &outcome, const QString &segmentOrApiLine)
{
    m_console->showOutcome(outcome, segmentOrApiLine);
    if (!outcome.ok())
        explain(outcome, segmentOrApiLine);
}

void TroubleshootingDock::explainOutcome(const cc::CommandOutcome &outcome, const QString &context)
{
    if (!outcome.ok())
        explain(outcome, context);
}

void TroubleshootingDock::explain(const cc::CommandOutcome &outcome, const QString &context)
{
    const cc::RestResult *result = nullptr;
    // Only pair the outcome with an exchange that failed the same way.
    if (m_lastFailure && m_lastFailure->httpStatus == outcome.httpStatus)
        result = &*m_lastFailure;
    const QSet<QString> pins = m_client ? m_client->config().pinnedSha256 : QSet<QString>();
    m_explain->showFailure(outcome, result, pins, context);
}

} // namespace gui
