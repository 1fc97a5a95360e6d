// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// ConferenceInsights: what one conference view learns over the meeting (attendance, talk time,
// the speaker timeline and the raise-hand queue), and the strip that shows it.
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

namespace cc {
class AttendanceTracker;
class RaiseHandQueue;
} // namespace cc

class QWidget;

namespace gui {

class AttendanceDialog;
class ConferenceView;
class RaiseHandPanel;
class RelationsPanel;
class SpeakerTimeline;

/// Follows the view's ParticipantModel: every applied snapshot (a poll over REST, or each event
/// over the event socket, so talking is timed to start/stop-talking) goes to an
/// AttendanceTracker and a RaiseHandQueue. Builds the strip under the member table — speaker
/// timeline, raised hands, relations — and the Attendance dialog. "Give the floor" unmutes the
/// member and hands them the floor (two commands through the view's controller).
class ConferenceInsights final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConferenceInsights)

public:
    explicit ConferenceInsights(ConferenceView *view);
    ~ConferenceInsights() override;

    cc::AttendanceTracker *tracker() const { return m_tracker; }
    cc::RaiseHandQueue *raiseHandQueue() const { return m_queue; }
    SpeakerTimeline *timeline() const { return m_timeline; }
    RaiseHandPanel *raiseHandPanel() const { return m_raiseHands; }

    /// The strip: timeline (wide), raised hands, relations. Parent takes ownership.
    QWidget *createStrip(RelationsPanel *relations, QWidget *parent);
    /// Opens (or raises) the non-modal Attendance dialog of this conference.
    AttendanceDialog *showAttendance();
    /// Unmute + floor for one member (the raise-hand queue's "Give the floor").
    void giveFloor(quint32 memberId);

signals:
    /// Joins and leaves after the first snapshot (the members present at opening are not news).
    void memberJoined(const QString &conference, const QString &name);
    void memberLeft(const QString &conference, const QString &name);

private:
    void observe();
    QString nameOf(quint32 memberId) const;

    ConferenceView *m_view;
    cc::AttendanceTracker *m_tracker;
    cc::RaiseHandQueue *m_queue;
    SpeakerTimeline *m_timeline = nullptr;
    RaiseHandPanel *m_raiseHands = nullptr;
    QPointer<AttendanceDialog> m_attendance;
    bool m_seeded = false;
};

} // namespace gui
