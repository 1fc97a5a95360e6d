// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Plain configuration structs of the simulated bridge: a caller to add and the activity model.
#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace sim {

/// A caller to put into a conference directly (scenario loading, invite, activity model).
struct MemberSpec
{
    QString callerIdName;
    QString callerIdNumber;
    QString channelName; ///< empty: "sofia/internal/<number>@127.0.0.1"
    bool moderator = false;
    bool muted = false;
    bool deaf = false;
    bool hasVideo = false;
    bool muteDetect = false;
    int energy = -1; ///< -1: the profile default (100)
    qint64 joinedSecondsAgo = 0;
    QList<QPair<QString, QString>> variables; ///< channel variables (for var=value selectors)
};

/// The prompts a conference profile plays (conference.conf.xml: muted-sound, unmuted-sound,
/// deaf-sound, undeaf-sound, is-locked-sound, is-unlocked-sound). Empty: none, as in a profile
/// without them. mute/unmute/deaf/undeaf (unless "quiet") play theirs to the member, lock and
/// unlock to the conference; play_status and stop see them as files (a real 1.10.12 switch).
struct ConferenceSounds
{
    QString muted, unmuted, deaf, undeaf, isLocked, isUnlocked;
};

/// The simulated "life" of the conferences. Deterministic for a given seed.
struct ActivityConfig
{
    bool enabled = true;
    quint32 seed = 1;
    int tickMs = 250;               ///< how often talking/energy is re-evaluated
    double talkTurnsPerMinute = 12; ///< how often the active speaker changes, per conference
    double joinsPerMinute = 0.5;    ///< new callers per conference per minute
    double leavesPerMinute = 0.4;   ///< callers hanging up per conference per minute
    int maxMembersPerConference = 14;
};

} // namespace sim
