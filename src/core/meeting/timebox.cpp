// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/meeting/timebox.h"

#include "core/model/membername.h"

#include <QDateTime>

namespace cc {

TimeBox::TimeBox(CommandSender *sender, const QString &conference, QObject *parent)
    : QObject(parent)
    , m_sender(sender)
    , m_conference(conference)
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    m_second.setInterval(1000);
    connect(&m_second, &QTimer::timeout, this, &TimeBox::onSecond);
}

TimeBox::~TimeBox() = default;

void TimeBox::setClock(Clock clock)
{
    m_clock = clock ? std::move(clock) : Clock([] { return QDateTime::currentMSecsSinceEpoch(); });
}

qint64 TimeBox::now() const
{
    return m_clock();
}

void TimeBox::setSettings(const TimeBoxSettings &settings)
{
    m_settings = settings;
    m_ended = false;
    // A warning time already past when the box is set is not a warning any more.
    const auto left = secondsLeft();
    m_warned = !left || *left <= qint64(m_settings.warnMinutesBefore) * 60;
    if (m_settings.endsAtEpochSeconds > 0) {
        m_second.start();
        onSecond();
    } else {
        m_second.stop();
    }
}

void TimeBox::cancel()
{
    TimeBoxSettings s = m_settings;
    s.endsAtEpochSeconds = 0;
    setSettings(s);
}

std::optional<qint64> TimeBox::secondsLeft() const
{
    if (m_settings.endsAtEpochSeconds <= 0)
        return std::nullopt;
    return std::max<qint64>(0, m_settings.endsAtEpochSeconds - now() / 1000);
}

void TimeBox::onSecond()
{
    const auto left = secondsLeft();
    if (!left || m_ended) {
        m_second.stop();
        return;
    }
    emit tick(*left);
    if (!m_warned && m_settings.warnMinutesBefore > 0 && *left <= qint64(m_settings.warnMinutesBefore) * 60 &&
        *left > 0) {
        m_warned = true;
        if (!m_settings.warningFile.isEmpty()) {
            m_sender->send(m_conference, ConferenceCommand::play(m_settings.warningFile),
                           [this](const CommandOutcome &o) {
                               if (!o.ok())
                                   emit problem(tr("The warning did not play: %1").arg(o.message));
                           });
        }
        emit warningDue(int((*left + 59) / 60));
    }
    if (*left > 0)
        return;
    m_ended = true;
    m_second.stop();
    switch (m_settings.endAction) {
    case TimeBoxSettings::EndAction::Nothing:
        break;
    case TimeBoxSettings::EndAction::Lock:
        m_sender->send(m_conference, ConferenceCommand::lock(), [this](const CommandOutcome &o) {
            if (!o.ok())
                emit problem(tr("The conference was not locked at the end: %1").arg(o.message));
        });
        break;
    case TimeBoxSettings::EndAction::EndMeeting:
        if (m_settings.askBeforeEnding) {
            emit endConfirmationNeeded();
            break;
        }
        endMeeting();
        break;
    }
    emit ended(m_settings.endAction);
}

void TimeBox::endMeeting()
{
    m_sender->send(m_conference, ConferenceCommand::kick(QStringLiteral("all")),
                   [this](const CommandOutcome &o) {
                       if (!o.ok())
                           emit problem(tr("The meeting was not ended: %1").arg(o.message));
                   });
}

void TimeBox::observe(const ConferenceSnapshot &snapshot)
{
    const Participant *holder = nullptr;
    for (const Participant &p : snapshot.members) {
        if (p.hasFloor) {
            holder = &p;
            break;
        }
    }
    const qint64 t = now();
    if (!holder) {
        m_floorHolder = 0;
        return;
    }
    // A turn is the floor held while talking; a pause of kTurnPauseMs ends it (the floor stays
    // with the last talker when the room falls silent, which is no long speech).
    if (holder->id != m_floorHolder || (!holder->talking && t - m_floorLastTalkMs > kTurnPauseMs)) {
        m_floorHolder = holder->id;
        m_floorSinceMs = t;
        m_floorLastTalkMs = t;
        m_floorToldAbout = false;
        if (!holder->talking)
            m_floorSinceMs = -1; // the turn starts when they talk
    }
    if (holder->talking) {
        if (m_floorSinceMs < 0)
            m_floorSinceMs = t;
        m_floorLastTalkMs = t;
    }
    if (m_floorSinceMs < 0)
        return;
    m_floorHolderName = memberDisplayName(*holder);
    const int limit = m_settings.speakerLimitMinutes;
    if (limit > 0 && !m_floorToldAbout && t - m_floorSinceMs > qint64(limit) * 60000) {
        m_floorToldAbout = true;
        emit speakerOverLimit(m_floorHolder, m_floorHolderName, int((t - m_floorSinceMs) / 60000));
    }
}

} // namespace cc
