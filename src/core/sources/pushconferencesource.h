// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/esl/eslframe.h"
#include "core/esl/eventapplier.h"
#include "core/sources/conferencesource.h"

#include <QElapsedTimer>
#include <QList>
#include <QPointer>
#include <QTimer>

namespace cc {

class EslCommandTransport;

/// Live member list of one conference fed by event-socket pushes: `conference::maintenance`
/// events are applied to the current snapshot as they arrive (EventApplier), and a full
/// `xml_list` re-sync runs every few seconds, after every (re)connect, after a gap in
/// Event-Sequence and whenever an event cannot be applied with certainty, because events can
/// race the member list (freeswitch-conference.md §4.5) and some state has no event (§8.2).
/// Events that arrive while a re-sync is in flight are replayed on top of its result (events
/// carry whole states, so replaying one already included is harmless).
///
/// Emits the same signals as ConferencePoller (ConferenceSource), so a view can use either.
class PushConferenceSource final : public ConferenceSource
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PushConferenceSource)

public:
    static constexpr int kDefaultResyncIntervalMs = 5000;
    /// Delay of the re-sync asked for by an event (lets an add-member get linked in first, §4.5).
    static constexpr int kEventResyncDelayMs = 150;
    /// Sequence gaps re-sync at most this often (a real switch may show a gap on every event).
    static constexpr int kMinGapResyncMs = 1000;

    PushConferenceSource(EslCommandTransport *transport, const QString &conference,
                         QObject *parent = nullptr);
    ~PushConferenceSource() override;

    void setResyncInterval(int ms);
    int resyncInterval() const { return m_intervalMs; }
    /// Re-sync when Event-Sequence skips (default on). FreeSWITCH numbers all events of the
    /// switch with one counter, so with a partial subscription a real switch shows gaps that
    /// are not losses; re-syncs are coalesced (one in flight, one queued) either way.
    void setSequenceGapResync(bool enabled) { m_gapResync = enabled; }

    void start() override;
    void stop() override;
    bool isRunning() const { return m_running; }
    /// Queue a full xml_list re-sync now (one in flight at most, one queued).
    void resyncNow();
    void refreshNow() override { resyncNow(); }

    const ConferenceSnapshot &snapshot() const { return m_snapshot; }
    int resyncCount() const { return m_resyncCount; }
    int eventsApplied() const { return m_eventsApplied; }
    int sequenceGaps() const { return m_sequenceGaps; }

signals:
    // snapshotReceived, rawXmlReceived, pollFailed, staleChanged, conferenceInactive and
    // activeChanged come from ConferenceSource.
    /// A relevant event was applied (after snapshotReceived when it changed something).
    void eventApplied(const cc::EslEvent &event, bool changed);
    /// A full re-sync finished and was delivered.
    void resynced();

private:
    void onEvent(const EslEvent &event);
    void sendResync();
    void onResync(const CommandOutcome &outcome);
    void finishResync(bool ok);
    void scheduleResync(int delayMs);
    void updateStale();

    QPointer<EslCommandTransport> m_transport;
    EventApplier m_applier;
    ConferenceSnapshot m_snapshot;
    QList<EslEvent> m_replay;
    QTimer m_timer;
    QTimer m_staleTimer;
    QElapsedTimer m_sinceResyncSent;
    int m_againDelayMs = 0;
    int m_intervalMs = kDefaultResyncIntervalMs;
    int m_resyncCount = 0;
    int m_eventsApplied = 0;
    int m_sequenceGaps = 0;
    qint64 m_lastSequence = -1;
    quint64 m_generation = 0;
    bool m_running = false;
    bool m_inFlight = false;
    bool m_again = false;
    bool m_gapResync = true;
    bool m_haveSnapshot = false;
};

} // namespace cc
