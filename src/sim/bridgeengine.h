// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engineconfig.h"

#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace sim {

/// Emulates FreeSWITCH 1.10 mod_conference (freeswitch-conference.md). The REST facade and the
/// event-socket server talk to it only through this class. All on one thread, no blocking.
class BridgeEngine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BridgeEngine)

public:
    using ApiCallback = std::function<void(const QByteArray &output)>;

    explicit BridgeEngine(QObject *parent = nullptr);
    ~BridgeEngine() override;

    /// Runs a FreeSWITCH API line such as "conference 3000 mute 5" and delivers exactly what
    /// FreeSWITCH would write (UTF-8 bytes, quirks included). Most commands answer before
    /// api() returns; `dial` answers after the simulated ring (synchronous in FreeSWITCH).
    /// `context` guards the callback's lifetime.
    ///
    /// Simulator rules where a real switch depends on its environment:
    /// - an API other than `conference` answers `-ERR <cmd> Command not found!\n` (the ESL text);
    ///   an empty output stays empty (XML-RPC behaviour; ESL would say `-ERR no reply\n`);
    /// - played files exist unless their path contains "missing"; a prompt plays for 8 s;
    /// - dial/bgdial causes by destination: "busy" USER_BUSY, "noanswer" NO_ANSWER, "unreg"
    ///   USER_NOT_REGISTERED, "reject" CALL_REJECTED, "fail" NORMAL_TEMPORARY_FAILURE, else
    ///   SUCCESS (the leg joins with the caller ID it was dialled with);
    /// - transfer: the new member keeps channel, uuid and caller ID but gets default member
    ///   flags; an inbound caller is refused (hung up) by a locked or full target;
    /// - recorders stop at once on norecord (FreeSWITCH: shortly after), so `recording="true"`
    ///   never lingers; the "Stopped recording N files" count stays 0 as in FreeSWITCH;
    /// - video-mixer commands answer `-ERR Conference is not in mixing mode\n`;
    /// - json_list follows §6 with cJSON's layout; no trailing newline (not verified live).
    void api(const QString &line, QObject *context, ApiCallback done);

    /// Whether a conference instance currently exists in the engine.
    bool conferenceExists(const QString &name) const;
    QStringList conferenceNames() const;

    // --- hooks for the sipXconfig facade (sipxconfig-conference-rest.md §5) ---
    /// sipXconfig's invite: after `ringDelayMs` the target joins `conference` as a new member.
    /// The REFER makes the invitee call in, so it is an inbound join: a locked or full
    /// conference refuses it (nothing joins). Number = user part of the target; name =
    /// `callerIdName` or that user part.
    void invite(const QString &conference, const QString &target, const QString &callerIdName);
    /// Recording file helpers for record&status / record&duration (§5.4).
    bool recordingFileExists(const QString &path) const;
    /// Whole seconds recorded into `path`, or -1 when no such file exists.
    int recordingDurationSeconds(const QString &path) const;

    /// Simulated ring time for dial/bgdial/invite.
    void setRingDelayMs(int ms);
    /// The prompts of conference `conference` (existing, or created later with that name); an
    /// empty name sets them for every conference created from now on.
    void setConferenceSounds(const QString &conference, const ConferenceSounds &sounds);

    // --- population (scenario, --load-xml-list, tests) ---
    /// Adds a caller; creates the conference (dynamic, running, answered) if it does not exist.
    /// Returns the new member id (one global counter, never reused).
    quint32 addMember(const QString &conference, const MemberSpec &spec);
    /// Seeds conferences from a captured `xml_list` document (with or without the
    /// <command-response> wrapper). Returns false and sets `error` when it cannot be read.
    /// Captured member ids are kept when no current member uses them; recorders get new ids.
    bool loadXmlList(const QByteArray &document, QString *error);
    /// Removes every conference and member (ids keep counting).
    void clear();

    void setActivity(const ActivityConfig &config);
    ActivityConfig activity() const;

    /// sipxrecording deletes its temporary file after record&stop delivered it (§5.4).
    void deleteRecordingFile(const QString &path);

    // --- determinism hooks for tests ---
    /// Monotonic milliseconds used for join_time, last_talking, run_time and recording durations.
    void setClockForTesting(std::function<qint64()> msNow);
    /// Milliseconds since the Unix epoch (recording join_time, event dates).
    void setWallClockForTesting(std::function<qint64()> msSinceEpoch);
    /// Replaces QUuid::createUuid() for conference, member and job uuids.
    void setUuidGeneratorForTesting(std::function<QString()> generator);
    /// Moves the global member id counter forward (never backwards: ids are never reused).
    void setNextMemberIdForTesting(quint32 nextId);
    /// Voice on/off for a member as the talk detector would see it (events, floor, last_talking).
    void setTalkingForTesting(quint32 memberId, bool talking);
    /// Runs `ticks` activity ticks at once, without the timer (needs activity().enabled).
    void advanceActivityForTesting(int ticks);

signals:
    /// One `conference::maintenance` event: headers in FreeSWITCH order, values not encoded.
    void conferenceEvent(const QList<QPair<QByteArray, QByteArray>> &headers);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace sim
