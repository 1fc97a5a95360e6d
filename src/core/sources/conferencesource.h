// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// ConferenceSource: the signals and health bookkeeping both member-list sources share.
#pragma once

#include "core/commands/commandresponse.h"
#include "core/model/participant.h"

#include <QByteArray>
#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QString>

namespace cc {

/// Where a conference's member list comes from: ConferencePoller (xml_list polling over REST or
/// the event socket) or PushConferenceSource (event-socket pushes plus re-syncs). Both emit these
/// signals, so a view connects either the same way. Also keeps what both track the same way: the
/// active and stale flags (signalled only on a change), the last success and the error back-off.
class ConferenceSource : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConferenceSource)

public:
    static constexpr int kFirstBackoffMs = 1000;
    static constexpr int kMaxBackoffMs = 30000;

    ~ConferenceSource() override;

    virtual void start() = 0;
    virtual void stop() = 0;
    /// Fetch the whole member list now: a poll (ConferencePoller) or a re-sync (push source).
    virtual void refreshNow() = 0;

    QString conference() const { return m_conference; }
    QDateTime lastSuccess() const { return m_lastSuccess; }
    /// True when the last good data is too old to trust (each source says when that is).
    bool isStale() const { return m_stale; }
    /// False while FreeSWITCH reports "Conference X not found" (nobody in it).
    bool isActive() const { return m_active; }
    /// 0 while healthy, else the current back-off delay (1000, 2000, 4000 ... 30000).
    int currentBackoffMs() const { return m_backoffMs; }

signals:
    void snapshotReceived(const cc::ConferenceSnapshot &snapshot);
    /// The inner FreeSWITCH text of a successful xml_list, for the raw viewer.
    void rawXmlReceived(const QByteArray &inner);
    void pollFailed(const cc::CommandOutcome &outcome);
    void staleChanged(bool stale);
    /// FreeSWITCH has no instance of the conference ("Conference X not found") while the source
    /// thought it active (also the very first time). An empty snapshot follows.
    void conferenceInactive();
    void activeChanged(bool active);

protected:
    ConferenceSource(const QString &conference, QObject *parent);

    void setActive(bool active);
    void setStale(bool stale);
    /// A good answer: the back-off resets and lastSuccess() / sinceSuccess() restart.
    void noteSuccess();
    void resetBackoff() { m_backoffMs = 0; }
    /// A failed exchange: the back-off doubles, 1 s -> 2 s -> ... -> 30 s.
    void noteFailure();
    /// Invalid until the first success.
    const QElapsedTimer &sinceSuccess() const { return m_sinceSuccess; }
    /// "Conference X not found": nobody is in the conference, which is not an error.
    static bool isNotFoundText(const QString &text);

private:
    const QString m_conference;
    QDateTime m_lastSuccess;
    QElapsedTimer m_sinceSuccess;
    int m_backoffMs = 0;
    bool m_stale = false;
    bool m_active = true;
};

} // namespace cc
