// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sources/conferencesource.h"

#include <QList>
#include <QPointer>
#include <QTimer>

namespace cc {

class CommandTransport;
class RestClient;

/// Polls `xml_list` of one conference (and optionally its `relate` listing) on the GUI thread.
/// A single-shot timer is re-armed only when the previous exchange has finished, so there is
/// never more than one request in flight and a slow server never sees a pile-up
/// (qt-style.md §2.5). Errors back off 1 s -> 2 s -> ... -> 30 s; a success resets the back-off.
/// "Conference X not found" is not an error: sipXconfig knows the conference but FreeSWITCH has
/// no instance because nobody is in it (sipxconfig-conference-rest.md §4.1); the poller then
/// reports the conference inactive and delivers an empty snapshot. isStale() turns true when the
/// last good data is older than two intervals.
class ConferencePoller final : public ConferenceSource
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConferencePoller)

public:
    static constexpr int kDefaultIntervalMs = 1000;
    static constexpr int kMinIntervalMs = 200;     ///< confctl watch --interval 0.2
    static constexpr int kMaxIntervalMs = 3600000; ///< an hour; the console's profiles allow 0.5–30 s

    ConferencePoller(RestClient *client, const QString &conference, QObject *parent = nullptr);
    /// Polls through any command transport (REST or event socket). An authentication failure
    /// does not halt polling here: the transport reports it itself (EslClient stops retrying).
    ConferencePoller(CommandTransport *transport, const QString &conference, QObject *parent = nullptr);
    /// No client yet (keeps `ConferencePoller(nullptr, name)` unambiguous).
    ConferencePoller(std::nullptr_t, const QString &conference, QObject *parent = nullptr)
        : ConferencePoller(static_cast<RestClient *>(nullptr), conference, parent)
    {}
    ~ConferencePoller() override;

    /// Clamped to kMinIntervalMs–kMaxIntervalMs. Takes effect from the next arming of the timer.
    void setInterval(int ms);
    int interval() const { return m_intervalMs; }

    /// Starts polling at once (the first request goes out immediately).
    void start() override;
    /// Stops arming the timer; an exchange already in flight finishes but is ignored.
    void stop() override;
    bool isRunning() const { return m_running; }
    /// Poll as soon as possible (call after every state-changing command). While a request is in
    /// flight this only remembers to poll once more right after it; never two in flight. Also
    /// refreshes the relationships when relation polling is on. Ignored while stopped.
    void pollNow();
    void refreshNow() override { pollNow(); }

    /// Also poll `relate 0` (all relationships, freeswitch-conference.md §7.3) after every
    /// `every`-th successful xml_list and after every pollNow(). Off by default.
    void setRelationsPolling(bool enabled, int every = 5);
    bool isRelationsPolling() const { return m_relationsEvery > 0; }

    /// Delay used the last time the timer was armed (interval or back-off).
    int nextDelayMs() const { return m_nextDelayMs; }
    bool isRequestInFlight() const { return m_inFlight; }
    /// Number of xml_list requests sent since construction (diagnostics, tests).
    int pollCount() const { return m_pollCount; }

signals:
    // snapshotReceived, rawXmlReceived, pollFailed, staleChanged, conferenceInactive and
    // activeChanged come from ConferenceSource.
    void relationshipsReceived(const QList<cc::Relationship> &relationships);
    /// Authentication or TLS failed: retrying cannot help until the user acts, so polling
    /// stopped (qt-style.md §2.5). start() again after new credentials / a pinned certificate.
    void pollingHalted(const cc::CommandOutcome &outcome);

private:
    void sendXmlList();
    void onXmlList(const RestResult &result);
    void handleXmlList(CommandOutcome outcome, bool needsUser, const QByteArray &inner);
    void sendRelate();
    void onRelate(const RestResult &result);
    void finishCycle();
    void succeeded();
    void failed(const CommandOutcome &outcome);
    void deliverInactive();
    void armStaleTimer();

    QPointer<RestClient> m_client;
    QPointer<CommandTransport> m_transport;
    bool m_useTransport = false;
    QTimer m_timer;
    QTimer m_staleTimer;
    int m_intervalMs = kDefaultIntervalMs;
    int m_nextDelayMs = 0;
    int m_relationsEvery = 0;
    int m_successesSinceRelations = 0;
    int m_pollCount = 0;
    bool m_running = false;
    bool m_inFlight = false;
    bool m_pollAgain = false;
    bool m_relationsDue = false;
};

} // namespace cc
