// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sources/conferencepoller.h"

#include "core/commands/commandtransport.h"
#include "core/parsers/parsers.h"
#include "core/rest/restclient.h"

#include <algorithm>

namespace cc {

namespace {
const QString kXmlList = QStringLiteral("xml_list");
// "relate 0" lists every member's entries (freeswitch-conference.md §7.3); '&' separates REST
// arguments (sipxconfig-conference-rest.md §3.2).
const QString kRelateAll = QStringLiteral("relate&0");
} // namespace

ConferencePoller::ConferencePoller(RestClient *client, const QString &conference, QObject *parent)
    : ConferenceSource(conference, parent)
    , m_client(client)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (m_running && !m_inFlight)
            sendXmlList();
    });
    m_staleTimer.setSingleShot(true);
    connect(&m_staleTimer, &QTimer::timeout, this, [this] {
        if (!sinceSuccess().isValid())
            return;
        // A coarse timer may fire a little early: re-arm for the remainder.
        const qint64 remaining = 2LL * m_intervalMs - sinceSuccess().elapsed();
        if (remaining > 0)
            m_staleTimer.start(int(remaining) + 1);
        else
            setStale(true);
    });
}

ConferencePoller::ConferencePoller(CommandTransport *transport, const QString &conference, QObject *parent)
    : ConferencePoller(static_cast<RestClient *>(nullptr), conference, parent)
{
    m_transport = transport;
    m_useTransport = true;
}

ConferencePoller::~ConferencePoller() = default;

void ConferencePoller::setInterval(int ms)
{
    m_intervalMs = std::clamp(ms, kMinIntervalMs, kMaxIntervalMs);
    // A healthy poller waiting on the old interval switches at once; back-off keeps its delay.
    if (m_timer.isActive() && currentBackoffMs() == 0) {
        m_nextDelayMs = m_intervalMs;
        m_timer.start(m_intervalMs);
    }
    if (m_running)
        armStaleTimer();
}

void ConferencePoller::setRelationsPolling(bool enabled, int every)
{
    m_relationsEvery = enabled ? std::max(1, every) : 0;
    m_successesSinceRelations = 0;
    m_relationsDue = enabled;
}

void ConferencePoller::start()
{
    if (m_running)
        return;
    m_running = true;
    m_relationsDue = m_relationsEvery > 0;
    armStaleTimer();
    if (m_inFlight)
        m_pollAgain = true; // the exchange started before stop() is still out
    else
        sendXmlList();
}

void ConferencePoller::stop()
{
    m_running = false;
    m_pollAgain = false;
    m_timer.stop();
    m_staleTimer.stop();
}

void ConferencePoller::pollNow()
{
    if (!m_running)
        return;
    if (m_relationsEvery > 0)
        m_relationsDue = true;
    if (m_inFlight) {
        m_pollAgain = true; // however many commands were sent meanwhile: one follow-up
        return;
    }
    m_timer.stop();
    sendXmlList();
}

void ConferencePoller::sendXmlList()
{
    if (m_useTransport ? !m_transport : !m_client) {
        CommandOutcome o;
        o.kind = ResponseKind::TransportFailure;
        o.message = tr("No connection to the server is configured.");
        failed(o);
        finishCycle();
        return;
    }
    m_inFlight = true;
    ++m_pollCount;
    if (m_useTransport) {
        m_transport->run(conference(), ConferenceCommand::xmlList(), this, [this](const CommandOutcome &o) {
            if (!m_running) {
                finishCycle();
                return;
            }
            handleXmlList(o, false, o.payload.toUtf8());
        });
        return;
    }
    m_client->runCommand(conference(), kXmlList, true, this, [this](const RestResult &r) { onXmlList(r); });
}

void ConferencePoller::onXmlList(const RestResult &result)
{
    if (!m_running) {
        // Stopped while the request was out: drop the answer (start() may have asked for more).
        finishCycle();
        return;
    }
    const CommandOutcome outcome = classifyCommandResponse(result, kXmlList);
    const bool needsUser =
        result.error == TransportError::Authentication || result.error == TransportError::Tls;
    // Feed the wrapper's inner bytes straight to the parser; fall back to the decoded payload.
    const std::optional<QByteArrayView> innerView = commandResponseInner(result.body);
    handleXmlList(outcome, needsUser, innerView ? innerView->toByteArray() : outcome.payload.toUtf8());
}

void ConferencePoller::handleXmlList(CommandOutcome outcome, bool needsUser, const QByteArray &inner)
{
    const bool textOk =
        outcome.kind == ResponseKind::Success || outcome.kind == ResponseKind::FreeSwitchError;

    if (textOk && isNotFoundText(outcome.payload)) {
        // Nobody is in the conference: FreeSWITCH has no instance. Not a failure.
        emit rawXmlReceived(outcome.payload.toUtf8());
        succeeded();
        deliverInactive();
        return;
    }
    if (!outcome.ok()) {
        failed(outcome);
        if (needsUser && m_running) {
            stop();
            // Nothing will refresh the data until the user acts: it is stale from now on.
            setStale(true);
            emit pollingHalted(outcome);
        }
        finishCycle();
        return;
    }

    const Parsed<QList<ConferenceSnapshot>> parsed = parseXmlList(inner);
    if (!parsed.ok()) {
        outcome.kind = ResponseKind::BackendFailure;
        outcome.message =
            tr("The member list of \"%1\" could not be read: %2").arg(conference(), parsed.error->message);
        failed(outcome);
        finishCycle();
        return;
    }
    emit rawXmlReceived(inner);

    const auto it = std::find_if(parsed.value.cbegin(), parsed.value.cend(),
                                 [this](const ConferenceSnapshot &s) { return s.name == conference(); });
    succeeded();
    if (it == parsed.value.cend()) {
        // "<conferences></conferences>": the same situation as "not found".
        deliverInactive();
        return;
    }
    setActive(true);
    emit snapshotReceived(*it);

    if (m_running && m_relationsEvery > 0) {
        ++m_successesSinceRelations;
        if (m_relationsDue || m_successesSinceRelations >= m_relationsEvery) {
            sendRelate();
            return;
        }
    }
    finishCycle();
}

void ConferencePoller::sendRelate()
{
    m_relationsDue = false;
    m_successesSinceRelations = 0;
    if (m_useTransport && m_transport) {
        m_transport->run(
            conference(), ConferenceCommand::relateList({}), this, [this](const CommandOutcome &o) {
                if (m_running && o.ok()) {
                    const Parsed<QList<Relationship>> parsed = parseRelateListing(o.payload.toUtf8());
                    if (parsed.ok())
                        emit relationshipsReceived(parsed.value);
                }
                finishCycle();
            });
        return;
    }
    if (!m_client) {
        finishCycle();
        return;
    }
    // Still one exchange in flight: the relate request is part of this poll cycle.
    m_client->runCommand(conference(), kRelateAll, true, this, [this](const RestResult &r) { onRelate(r); });
}

void ConferencePoller::onRelate(const RestResult &result)
{
    if (m_running) {
        const CommandOutcome outcome = classifyCommandResponse(result, QStringLiteral("relate 0"));
        if (outcome.ok()) {
            const Parsed<QList<Relationship>> parsed = parseRelateListing(outcome.payload.toUtf8());
            if (parsed.ok())
                emit relationshipsReceived(parsed.value);
        }
        // A failed relate listing leaves the last known relationships and the back-off alone:
        // the member list, which matters more, was fine.
    }
    finishCycle();
}

void ConferencePoller::finishCycle()
{
    m_inFlight = false;
    if (!m_running)
        return;
    if (m_pollAgain) {
        m_pollAgain = false;
        m_nextDelayMs = 0;
        m_timer.start(0);
        return;
    }
    m_nextDelayMs = currentBackoffMs() > 0 ? std::max(currentBackoffMs(), m_intervalMs) : m_intervalMs;
    m_timer.start(m_nextDelayMs);
}

void ConferencePoller::succeeded()
{
    noteSuccess();
    setStale(false);
    armStaleTimer();
}

void ConferencePoller::failed(const CommandOutcome &outcome)
{
    noteFailure();
    emit pollFailed(outcome);
}

/// Nobody is in the conference: FreeSWITCH has no instance of it. An empty member list follows.
void ConferencePoller::deliverInactive()
{
    setActive(false);
    ConferenceSnapshot empty;
    empty.name = conference();
    emit snapshotReceived(empty);
    finishCycle();
}

void ConferencePoller::armStaleTimer()
{
    if (!sinceSuccess().isValid() || !m_running)
        return;
    const qint64 remaining = 2LL * m_intervalMs - sinceSuccess().elapsed();
    if (remaining <= 0) {
        m_staleTimer.stop();
        setStale(true);
    } else {
        m_staleTimer.start(int(remaining) + 1);
    }
}

} // namespace cc
