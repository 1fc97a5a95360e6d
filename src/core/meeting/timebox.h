// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// TimeBox: the meeting ends at a set time; a warning before; one member may not hold the floor too long.
#pragma once

#include "core/meeting/commandsender.h"
#include "core/model/participant.h"

#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>
#include <optional>

namespace cc {

struct TimeBoxSettings
{
    enum class EndAction { Nothing, Lock, EndMeeting };

    qint64 endsAtEpochSeconds = 0; ///< 0: no end set
    int warnMinutesBefore = 5;     ///< 0: no warning
    QString warningFile;           ///< played to the conference at the warning; empty: none
    EndAction endAction = EndAction::Nothing;
    bool askBeforeEnding = true; ///< EndMeeting asks the moderator first (endConfirmationNeeded)
    int speakerLimitMinutes = 0; ///< 0: no limit; else the moderator is told past it

    friend bool operator==(const TimeBoxSettings &, const TimeBoxSettings &) = default;
};

/// Counts down to a meeting's end: tells the moderator and plays the warning file
/// `warnMinutesBefore` minutes before, then at the end does nothing, locks the conference, or ends
/// the meeting (`kick all`) — at once, or after the moderator agreed (endMeeting()). Independent of
/// the end, it watches the floor (observe()): when one member has held it for more than
/// `speakerLimitMinutes` while talking (a pause of 30 s ends a turn), the moderator is told, once
/// per turn; the member hears nothing of it.
/// Runs as long as this object lives (the console's tab).
class TimeBox final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimeBox)

public:
    using Clock = std::function<qint64()>; ///< ms since the epoch

    TimeBox(CommandSender *sender, const QString &conference, QObject *parent = nullptr);
    ~TimeBox() override;

    void setClock(Clock clock);
    void setSettings(const TimeBoxSettings &settings);
    TimeBoxSettings settings() const { return m_settings; }
    void cancel();

    bool isRunning() const { return m_settings.endsAtEpochSeconds > 0 && !m_ended; }
    std::optional<qint64> secondsLeft() const;

    /// Feed the conference's member lists here (floor tracking).
    void observe(const cc::ConferenceSnapshot &snapshot);
    /// The moderator agreed to end the meeting: kick all.
    void endMeeting();

signals:
    void tick(qint64 secondsLeft);
    /// The warning time came (the file, if any, was sent to play).
    void warningDue(int minutesLeft);
    /// The end came and `action` was done (or, for EndMeeting with askBeforeEnding, is asked).
    void ended(cc::TimeBoxSettings::EndAction action);
    void endConfirmationNeeded();
    void speakerOverLimit(quint32 memberId, const QString &memberName, int minutes);
    void problem(const QString &text);

private:
    void onSecond();
    qint64 now() const;

    CommandSender *m_sender;
    QString m_conference;
    Clock m_clock;
    TimeBoxSettings m_settings;
    QTimer m_second;
    bool m_warned = false;
    bool m_ended = false;
    quint32 m_floorHolder = 0;
    QString m_floorHolderName;
    qint64 m_floorSinceMs = -1; ///< -1: holds the floor but has not talked since the turn began
    qint64 m_floorLastTalkMs = 0;
    static constexpr qint64 kTurnPauseMs = 30000;
    bool m_floorToldAbout = false;
};

} // namespace cc

Q_DECLARE_METATYPE(cc::TimeBoxSettings::EndAction)
