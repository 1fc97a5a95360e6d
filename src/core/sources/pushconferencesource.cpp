// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sources/pushconferencesource.h"

#include "core/esl/eslclient.h"
#include "core/esl/eslcommandtransport.h"
#include "core/parsers/parsers.h"

#include <algorithm>

namespace cc {

namespace {
constexpr qsizetype kMaxReplay = 20000;
}

PushConferenceSource::PushConferenceSource(EslCommandTransport *transport, const QString &conference,
                                           QObject *parent)
    : ConferenceSource(conference, parent)
    , m_transport(transport)
    , m_applier(conference)
{
    m_snapshot.name = conference;
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (m_running)
            sendResync();
    });
    m_staleTimer.setSingleShot(true);
    connect(&m_staleTimer, &QTimer::timeout, this, &PushConferenceSource::updateStale);
    if (transport) {
        connect(transport, &CommandTransport::eventReceived, this, &PushConferenceSource::onEvent);
        if (EslClient *client = transport->client()) {
            connect(client, &EslClient::connected, this, [this] {
                // Anything may have happened while we were away: start over from xml_list.
                m_lastSequence = -1;
                resetBackoff();
                updateStale();
                if (m_running)
                    resyncNow();
            });
            connect(client, &EslClient::disconnected, this, [this] {
                m_lastSequence = -1;
                updateStale();
            });
        }
    }
}

PushConferenceSource::~PushConferenceSource() = default;

void PushConferenceSource::setResyncInterval(int ms)
{
    m_intervalMs = std::clamp(ms, 200, 300000);
    if (m_running && !m_inFlight && currentBackoffMs() == 0)
        scheduleResync(m_intervalMs);
}

void PushConferenceSource::start()
{
    if (m_running)
        return;
    m_running = true;
    resyncNow();
}

void PushConferenceSource::stop()
{
    m_running = false;
    m_again = false;
    m_timer.stop();
    m_staleTimer.stop();
    m_replay.clear();
}

void PushConferenceSource::resyncNow()
{
    if (!m_running)
        return;
    if (m_inFlight) {
        m_againDelayMs = 0;
        m_again = true;
        return;
    }
    m_timer.stop();
    sendResync();
}

void PushConferenceSource::scheduleResync(int delayMs)
{
    if (!m_running)
        return;
    if (m_inFlight) {
        // The answer in flight may predate what prompted this: ask once more afterwards.
        m_againDelayMs = m_again ? std::min(m_againDelayMs, delayMs) : delayMs;
        m_again = true;
        return;
    }
    // Never postpone an earlier re-sync.
    if (m_timer.isActive() && m_timer.remainingTime() <= delayMs)
        return;
    m_timer.start(delayMs);
}

void PushConferenceSource::sendResync()
{
    if (!m_transport)
        return;
    if (const EslClient *client = m_transport->client(); client && !client->isConnected()) {
        updateStale(); // nothing to ask yet: the connected() handler re-syncs
        return;
    }
    m_inFlight = true;
    m_again = false;
    m_replay.clear();
    ++m_resyncCount;
    m_sinceResyncSent.start();
    const quint64 generation = ++m_generation;
    m_transport->run(conference(), ConferenceCommand::xmlList(), this,
                     [this, generation](const CommandOutcome &o) {
                         if (generation == m_generation)
                             onResync(o);
                     });
}

void PushConferenceSource::onResync(const CommandOutcome &outcomeIn)
{
    CommandOutcome outcome = outcomeIn;
    m_inFlight = false;
    if (!m_running) {
        m_replay.clear();
        return;
    }
    ConferenceSnapshot base;
    base.name = conference();
    bool found = false;
    const bool textOk =
        outcome.kind == ResponseKind::Success || outcome.kind == ResponseKind::FreeSwitchError;
    if (textOk && isNotFoundText(outcome.payload)) {
        emit rawXmlReceived(outcome.payload.toUtf8());
    } else if (!outcome.ok()) {
        emit pollFailed(outcome);
        finishResync(false);
        return;
    } else {
        const QByteArray inner = outcome.payload.toUtf8();
        const Parsed<QList<ConferenceSnapshot>> parsed = parseXmlList(inner);
        if (!parsed.ok()) {
            outcome.kind = ResponseKind::BackendFailure;
            outcome.message = tr("The member list of \"%1\" could not be read: %2")
                                  .arg(conference(), parsed.error->message);
            emit pollFailed(outcome);
            finishResync(false);
            return;
        }
        emit rawXmlReceived(inner);
        const auto it = std::find_if(parsed.value.cbegin(), parsed.value.cend(),
                                     [this](const ConferenceSnapshot &s) { return s.name == conference(); });
        if (it != parsed.value.cend()) {
            base = *it;
            found = true;
        }
    }
    // Events that raced the request: replay them on the fresh list (§4.5).
    const QList<EslEvent> replay = std::exchange(m_replay, {});
    for (const EslEvent &event : replay)
        m_applier.apply(base, event);
    m_snapshot = base;
    m_haveSnapshot = true;
    setActive(found || !m_snapshot.members.isEmpty());
    emit snapshotReceived(m_snapshot);
    emit resynced();
    finishResync(true);
}

void PushConferenceSource::finishResync(bool ok)
{
    if (ok)
        noteSuccess();
    else
        noteFailure();
    updateStale();
    if (!m_running)
        return;
    if (m_again && ok) {
        m_again = false;
        m_timer.start(m_againDelayMs);
        return;
    }
    const int backoffMs = currentBackoffMs();
    m_timer.start(backoffMs > 0 ? std::max(backoffMs, std::min(m_intervalMs, kMaxBackoffMs)) : m_intervalMs);
}

void PushConferenceSource::onEvent(const EslEvent &event)
{
    if (!m_running || !EventApplier::isMaintenanceEvent(event))
        return;
    // Event-Sequence is one counter for the switch (§8.1): a jump means we missed something.
    bool ok = false;
    const qint64 sequence = event.header(u"Event-Sequence").toLongLong(&ok);
    bool gap = false;
    if (ok) {
        if (m_lastSequence >= 0 && sequence != m_lastSequence + 1) {
            ++m_sequenceGaps;
            gap = true;
        }
        m_lastSequence = sequence;
    }
    const bool relevant = event.header(u"Conference-Name") == conference();
    if (gap && m_gapResync) {
        const qint64 since = m_sinceResyncSent.isValid() ? m_sinceResyncSent.elapsed() : kMinGapResyncMs;
        scheduleResync(int(std::max<qint64>(0, kMinGapResyncMs - since)));
    }
    if (!relevant)
        return;
    if (m_inFlight && m_replay.size() < kMaxReplay)
        m_replay.append(event);
    const EventApplier::Result r = m_applier.apply(m_snapshot, event);
    ++m_eventsApplied;
    if (r.changed) {
        if (r.action == u"conference-destroy")
            setActive(false);
        else if (!m_snapshot.members.isEmpty() || r.action == u"conference-create")
            setActive(true);
        emit snapshotReceived(m_snapshot);
    }
    emit eventApplied(event, r.changed);
    if (r.resyncWanted)
        scheduleResync(kEventResyncDelayMs);
}

void PushConferenceSource::updateStale()
{
    bool stale = false;
    if (m_running && m_haveSnapshot) {
        const EslClient *client = m_transport ? m_transport->client() : nullptr;
        if (!client || !client->isConnected())
            stale = true; // no pushes arrive: the list may be wrong any moment
        const qint64 limit = 2LL * m_intervalMs + 1000;
        if (sinceSuccess().isValid()) {
            const qint64 remaining = limit - sinceSuccess().elapsed();
            if (remaining <= 0)
                stale = true;
            else
                m_staleTimer.start(int(remaining) + 1);
        }
    }
    setStale(stale);
}

} // namespace cc
