// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/engineconfig.h"

#include <QByteArray>
#include <QList>
#include <QPair>

#include <memory>
#include <vector>

/// Internal state of the mod_conference emulation (freeswitch-conference.md §4.3, §7).
namespace sim::engine {

struct Relation
{
    quint32 other = 0;
    bool canSpeak = true;
    bool canHear = true;
    bool sendVideo = false;
};

struct PlayingFile
{
    QByteArray path;
    bool async = false;
    qint64 endMs = 0;
    bool paused = false; ///< pause_play
};

struct Member
{
    quint32 id = 0;
    bool recorder = false; ///< recording_node: no channel, id never shown
    bool leaving = false;  ///< kicked/hung up/transferred; reaped after the command (FS leaves async)

    // caller (UTF-8, raw) and their switch_url_encode'd forms, cached for xml_list
    QByteArray uuid, name, number, channel;
    QByteArray uuidEnc, nameEnc, numberEnc;
    bool outbound = false;

    bool canHear = true, canSee = true, canSpeak = true, muteDetect = false, talking = false;
    bool hold = false, video = false, moderator = false, endConference = false, ghost = false;
    bool voice = false; ///< the talk detector hears speech (talking flag may still be off: muted)
    qint64 joinMs = 0;
    qint64 lastTalkMs = -1; ///< -1: never talked (N/A)
    int energy = 100, volumeIn = 0, volumeOut = 0, currentEnergy = 0;
    bool videoMuted = false;
    // max_energy_hit_trigger starts at the profile default, 5 (mod_conference.c, conference_new;
    // seen on a real 1.10.12 switch, tests/data/realswitch/max-energy-query.txt).
    int autoEnergy = 0, maxEnergy = 0, maxEnergyMuteMs = 0, maxEnergyHits = 5, agc = 0;
    QList<QPair<QByteArray, QByteArray>> variables;
    QList<Relation> relations; ///< newest first

    // files playing to this member, the one playing first (its fnode, then the queue)
    QList<PlayingFile> files;

    // recording_node
    QByteArray recordPath;
    bool paused = false;
    qint64 recordEpochSeconds = 0;
};

/// A file a recorder writes (or wrote): what record&status / record&duration read (§3.6).
struct RecordingFile
{
    qint64 startMs = 0;
    qint64 pausedTotalMs = 0;
    qint64 pauseStartMs = -1;
    qint64 stopMs = -1;
};

struct Conference
{
    QByteArray name;
    QByteArray uuid;
    qint64 createdMs = 0;
    bool locked = false, waitMod = false, running = true, answered = true, enforceMin = true;
    bool dynamic = true, exitSound = true, enterSound = true, jsonStatus = true;
    int rate = 8000;
    int maxMembers = 0;
    int recordCount = 0;
    int graceTime = 0;
    QByteArray soundPrefix = "/usr/share/freeswitch/sounds/en/us/callie";
    QByteArray callerIdName = "FreeSWITCH";
    QByteArray callerIdNumber = "0000000000";
    QByteArray enterSoundFile = "tone_stream://%(200,0,500,600,700)";
    QByteArray exitSoundFile = "tone_stream://%(500,0,300,200,100,50,25)";
    QByteArray pin, modPin;
    ConferenceSounds sounds; ///< the profile's prompts
    bool noMoh = false;     ///< `moh off` (CFLAG_NO_MOH)
    QByteArray tmpMohSound; ///< `moh <file>` until `moh reset`
    QList<QPair<QByteArray, QByteArray>> variables;
    std::vector<std::unique_ptr<Member>> members; ///< newest first, like mod_conference's list
    quint32 floorHolder = 0;
    QList<PlayingFile> files;
    int relationshipTotal = 0;

    // activity model
    QList<quint32> speakers;
    int turnTicksLeft = 0;
    int turnsTaken = 0; ///< the first turn opens at once, with someone who can be heard
    quint32 interjector = 0;
    int interjectTicksLeft = 0;

    int count() const
    {
        int n = 0;
        for (const auto &m : members)
            if (!m->recorder && !m->ghost && !m->leaving)
                ++n;
        return n;
    }
    int ghostCount() const
    {
        int n = 0;
        for (const auto &m : members)
            if (!m->recorder && m->ghost && !m->leaving)
                ++n;
        return n;
    }
    /// An inbound caller meets the lock and the member limit (§3.4); dial bypasses both.
    bool refusesInbound() const { return locked || (maxMembers > 0 && count() >= maxMembers); }
    Member *member(quint32 id) const
    {
        for (const auto &m : members)
            if (m->id == id && !m->recorder && !m->leaving)
                return m.get();
        return nullptr;
    }
};

} // namespace sim::engine
