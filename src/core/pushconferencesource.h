// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commandresponse.h"
#include "eslframe.h"
#include "eventapplier.h"
#include "participant.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
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
/// Emits the same signals as ConferencePoller, so a view can use either.
class PushConferenceSource final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PushConferenceSource)

public:
    static constexpr int kDefaultResyncIntervalMs = 5000;
    static constexpr int kFirstBackoffMs = 1000;
    static constexpr int kMaxBackoffMs = 30000;
    /// Delay of the re-sync asked for by an event (lets an add-member get linked in first, §4.5).
    static constexpr int kEventResyncDelayMs = 150;
    /// Sequence gaps re-sync at most this often (a real switch may show a gap on every event).
    static constexpr int kMinGapResyncMs = 1000;

    PushConferenceSource(EslCommandTransport *transport, const QString &conference,
                         QObject *parent = nullptr);
    ~PushConferenceSource() override;

    QString conference() const { return m_conference; }
    void setResyncInterval(int ms);
    int resyncInterval() const { return m_intervalMs; }
    /// Re-sync when Event-Sequence skips (default on). FreeSWITCH numbers all events of the
    /// switch with one counter, so with a partial subscription a real switch shows gaps that
    /// are not losses; re-syncs are coalesced (one in flight, one queued) either way.
    void setSequenceGapResync(bool enabled) { m_gapResync = enabled; }

    void start();
    void stop();
    bool isRunning() const { return m_running; }
    /// Queue a full xml_list re-sync now (one in flight at most, one queued).
    void resyncNow();

    const ConferenceSnapshot &snapshot() const { return m_snapshot; }
    QDateTime lastSuccess() const { return m_lastSuccess; }
    bool isStale() const { return m_stale; }
    bool isActive() const { return m_active; }
    int resyncCount() const { return m_resyncCount; }
    int eventsApplied() const { return m_eventsApplied; }
    int sequenceGaps() const { return m_sequenceGaps; }
    int currentBackoffMs() const { return m_backoffMs; }

signals:
    void snapshotReceived(const cc::ConferenceSnapshot &snapshot);
    void rawXmlReceived(const QByteArray &inner);
    void pollFailed(const cc::CommandOutcome &outcome);
    void staleChanged(bool stale);
    void conferenceInactive();
    void activeChanged(bool active);
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
    void setStale(bool stale);
    void setActive(bool active);
    void updateStale();
    bool isNotFoundText(const QString &text) const;

    QPointer<EslCommandTransport> m_transport;
    QString m_conference;
    EventApplier m_applier;
    ConferenceSnapshot m_snapshot;
    QList<EslEvent> m_replay;
    QTimer m_timer;
    QTimer m_staleTimer;
    QElapsedTimer m_sinceSuccess;
    QElapsedTimer m_sinceResyncSent;
    int m_againDelayMs = 0;
    QDateTime m_lastSuccess;
    int m_intervalMs = kDefaultResyncIntervalMs;
    int m_backoffMs = 0;
    int m_resyncCount = 0;
    int m_eventsApplied = 0;
    int m_sequenceGaps = 0;
    qint64 m_lastSequence = -1;
    quint64 m_generation = 0;
    bool m_running = false;
    bool m_inFlight = false;
    bool m_again = false;
    bool m_gapResync = true;
    bool m_stale = false;
    bool m_active = true;
    bool m_haveSnapshot = false;
};

} // namespace cc
