// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// AttendanceTracker: who was in a conference, when, and how long each one talked and was muted.
#pragma once

#include "core/model/participant.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace cc {

/// One stretch of talking, in ms since the epoch. `endMs` is empty while it goes on.
struct TalkSpan
{
    qint64 startMs = 0;
    std::optional<qint64> endMs;
    friend bool operator==(const TalkSpan &, const TalkSpan &) = default;
};

/// One member's stay in the conference (a caller who hangs up and dials in again gets a new
/// member id from FreeSWITCH, hence a second record).
struct AttendanceRecord
{
    quint32 memberId = 0;
    QString uuid;
    QString callerIdName;
    QString callerIdNumber;
    bool moderator = false;
    qint64 joinedAtMs = 0;              ///< now - join_time at the first sighting
    std::optional<qint64> leftAtMs;     ///< empty while the member is in the conference
    qint64 talkMs = 0;                  ///< closed spans only; see AttendanceTracker::talkMs()
    qint64 mutedMs = 0;                 ///< closed muted stretches only; see AttendanceTracker::mutedMs()
    int talkTurns = 0;                  ///< number of spans started
    QList<TalkSpan> spans;              ///< talking stretches within the retention window, oldest first
    std::optional<qint64> mutedSinceMs; ///< set while muted
    friend bool operator==(const AttendanceRecord &, const AttendanceRecord &) = default;
};

/// Follows one conference through the snapshots its ConferenceSource emits (a poll over REST,
/// or one per event over the event socket, so start/stop-talking is timed to the event) and
/// keeps, for the whole meeting, one AttendanceRecord per member: join and leave, talk time,
/// talk turns, time muted, and the talking spans of the last retentionMs() for the speaker
/// timeline. Core library, GUI thread, no QtGui. Times come from an injectable clock.
class AttendanceTracker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttendanceTracker)

public:
    using Clock = std::function<qint64()>; ///< ms since the epoch
    static constexpr qint64 kDefaultRetentionMs = 30 * 60 * 1000;

    explicit AttendanceTracker(const QString &conference, QObject *parent = nullptr);
    ~AttendanceTracker() override;

    QString conference() const { return m_conference; }
    void setClock(Clock clock);
    /// Talking spans older than this are dropped from `spans` (their time stays in talkMs).
    void setRetentionMs(qint64 ms);
    qint64 retentionMs() const { return m_retentionMs; }

    /// Applies the member list as of now: new members open a record, missing ones are closed
    /// (left now), talking / muted changes open or close spans. A member still talking is
    /// credited up to now. Emits changed() when anything changed.
    void observe(const ConferenceSnapshot &snapshot);
    /// The conference is gone ("not found"): every open record is closed now.
    void conferenceEnded();
    /// Forgets everything (a new meeting).
    void reset();

    /// Every record, in order of joining (then member id).
    QList<AttendanceRecord> records() const;
    std::optional<AttendanceRecord> record(quint32 memberId) const;
    /// Talk time including a span still open (up to now).
    qint64 talkMs(quint32 memberId) const;
    /// Muted time including a stretch still open (up to now).
    qint64 mutedMs(quint32 memberId) const;
    /// When the first member was seen (invalid: 0).
    qint64 meetingStartMs() const { return m_meetingStartMs; }
    qint64 now() const;

    /// The report as CSV (RFC 4180, header row, UTF-8, times ISO 8601 UTC, durations in s).
    QByteArray toCsv() const;
    /// The report as plain aligned text for a terminal (confctl report).
    QString toText() const;
    /// The report as a small HTML document (QTextDocument prints it to PDF).
    QString toHtml() const;

signals:
    void changed();
    void memberJoined(quint32 memberId);
    void memberLeft(quint32 memberId);

private:
    /// Closes a running talk span and muted stretch at `at`; true when there was one.
    static bool closeOpenStretches(AttendanceRecord &r, qint64 at);
    /// Drops closed spans that ended before now - retention; true when any was dropped.
    bool pruneSpans(qint64 now);
    /// The open record of the member, else its latest one; -1 when never seen.
    qsizetype latestIndex(quint32 memberId) const;
    /// Records in report order (joined, then member id).
    QList<const AttendanceRecord *> sortedRecords() const;

    QString m_conference;
    Clock m_clock;
    qint64 m_retentionMs = kDefaultRetentionMs;
    qint64 m_meetingStartMs = 0;
    QList<AttendanceRecord> m_records;
    QHash<quint32, qsizetype> m_openIndex; ///< member id -> index in m_records of the open record
};

} // namespace cc
