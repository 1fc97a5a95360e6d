// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace cc {

/// One caller member of a FreeSWITCH conference, decoded from `xml_list`
/// (freeswitch-conference.md §4.3). All text fields are already percent-decoded.
struct Participant
{
    quint32 id = 0;
    QString uuid;
    QString callerIdName;
    QString callerIdNumber;
    QString channelName;                      ///< only in plain `list` output (§5.3)
    qint64 joinTimeSeconds = 0;               ///< seconds since the member joined (a duration)
    std::optional<qint64> lastTalkingSeconds; ///< empty when FreeSWITCH says "N/A" (never talked)
    int energy = 0;
    int volumeIn = 0;
    int volumeOut = 0;

    // <flags> — absent elements (older FreeSWITCH) read as false, except canSee/canHear/canSpeak
    // which older versions always emit.
    bool canHear = true;
    bool canSee = true;
    bool canSpeak = true;
    bool muteDetect = false;
    bool talking = false;
    bool hold = false;
    bool hasVideo = false;
    bool videoBridge = false;
    bool hasFloor = false;
    bool isModerator = false;
    bool endConference = false;
    bool mandatoryMemberEndConference = false;
    bool isGhost = false;

    // Only in plain `list` flags (freeswitch-conference.md §5.3); xml_list has no such elements.
    bool hasVideoFloor = false; ///< `vid-floor`
    QString videoResId;         ///< `res-id:<id>`
    QString videoRoleId;        ///< `role-id:<id>`

    bool muted() const { return !canSpeak && !hold; }
    bool deaf() const { return !canHear && !hold; }
    /// The one "raised hand" rule: muted, yet its voice is detected. FreeSWITCH reports talking
    /// for a muted member only when it has mute-detect (freeswitch-conference.md §3.1, §4.3), so
    /// the flag itself need not be checked; an older xml_list without <mute_detect> still counts.
    bool wantsToSpeak() const { return muted() && talking; }

    friend bool operator==(const Participant &, const Participant &) = default;
};

/// A `<member type="recording_node">` entry (freeswitch-conference.md §4.3).
struct RecordingNode
{
    QString path;                   ///< record_path text, entity-decoded, never URL-decoded
    bool paused = false;            ///< record_path status="paused"
    qint64 startedEpochSeconds = 0; ///< join_time type="UNIX-epoch"

    friend bool operator==(const RecordingNode &, const RecordingNode &) = default;
};

/// One conference variable from `<variables>`.
struct ConferenceVariable
{
    QString name;
    QString value;
    friend bool operator==(const ConferenceVariable &, const ConferenceVariable &) = default;
};

/// One `<conference>` element of `xml_list`: attributes, variables, members in document order
/// (FreeSWITCH lists the newest member first).
struct ConferenceSnapshot
{
    QString name;
    int memberCount = 0;
    int ghostCount = 0;
    int rate = 0;
    QString uuid;
    qint64 runTimeSeconds = 0;
    std::optional<int> maxMembers;
    std::optional<int> endConferenceGraceTime;
    // Boolean attributes: present only when true (freeswitch-conference.md §4.3).
    bool locked = false;
    bool destruct = false;
    bool waitMod = false;
    bool audioAlways = false;
    bool running = false;
    bool answered = false;
    bool enforceMin = false;
    bool bridgeTo = false;
    bool dynamic = false;
    bool exitSound = false;
    bool enterSound = false;
    bool recording = false;
    bool videoFloorOnly = false;
    bool videoRfc4579 = false;

    QList<ConferenceVariable> variables;
    QList<Participant> members;      ///< callers, document order
    QList<RecordingNode> recordings; ///< recording nodes, document order

    friend bool operator==(const ConferenceSnapshot &, const ConferenceSnapshot &) = default;
};

/// An entry of sipXconfig `GET /my/conferences` (sipxconfig-conference-rest.md §2.1).
struct ConferenceInfo
{
    bool enabled = false;
    QString name;
    QString description;
    QString extension;
    QString accessCode;
    /// Members on the bridge when the list was read (the event socket's `conference list
    /// summary`, or a `list count` per conference over REST); empty when not known.
    std::optional<int> memberCount;
    friend bool operator==(const ConferenceInfo &, const ConferenceInfo &) = default;
};

/// A member of sipXconfig `GET /my/conferencedetails/{name}` (sipxconfig-conference-rest.md §2.4).
struct DetailsMember
{
    quint32 id = 0;
    QString name; ///< the caller-ID *number* (sipXconfig drops the caller-ID name)
    QString imId;
    QString uuid;
    int volumeIn = 0;
    int volumeOut = 0;
    int energyLevel = 0;
    bool canHear = false;
    bool canSpeak = false;
    friend bool operator==(const DetailsMember &, const DetailsMember &) = default;
};

struct ConferenceDetails
{
    QString extension;
    QString description;
    bool locked = false;
    QList<DetailsMember> members;
    friend bool operator==(const ConferenceDetails &, const ConferenceDetails &) = default;
};

/// One line of `relate <ids>` output: "<A> -> <B> <SPEAK|NOSPEAK> <HEAR|NOHEAR> <SENDVIDEO|NOSENDVIDEO> "
/// (freeswitch-conference.md §7.3).
struct Relationship
{
    quint32 from = 0;
    quint32 to = 0;
    bool canSpeak = true;
    bool canHear = true;
    bool sendVideo = false;
    friend bool operator==(const Relationship &, const Relationship &) = default;
};

} // namespace cc

Q_DECLARE_METATYPE(cc::Participant)
Q_DECLARE_METATYPE(cc::ConferenceSnapshot)
