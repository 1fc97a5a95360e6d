// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace sim {

/// A caller to put into a conference directly (scenario loading, invite, activity model).
struct MemberSpec
{
    QString callerIdName;
    QString callerIdNumber;
    QString channelName;        ///< empty: "sofia/internal/<number>@127.0.0.1"
    bool moderator = false;
    bool muted = false;
    bool deaf = false;
    bool hasVideo = false;
    bool muteDetect = false;
    int energy = -1;            ///< -1: the profile default (100)
    qint64 joinedSecondsAgo = 0;
    QList<QPair<QString, QString>> variables;  ///< channel variables (for var=value selectors)
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
    void api(const QString &line, QObject *context, ApiCallback done);

    /// Whether a conference instance currently exists in the engine.
    bool conferenceExists(const QString &name) const;
    QStringList conferenceNames() const;

    // --- hooks for the sipXconfig facade (sipxconfig-conference-rest.md §5) ---
    /// sipXconfig's invite: after `ringDelayMs` the target joins `conference` as a new member.
    void invite(const QString &conference, const QString &target, const QString &callerIdName);
    /// Recording file helpers for record&status / record&duration (§5.4).
    bool recordingFileExists(const QString &path) const;
    /// Whole seconds recorded into `path`, or -1 when no such file exists.
    int recordingDurationSeconds(const QString &path) const;

    /// Simulated ring time for dial/bgdial/invite.
    void setRingDelayMs(int ms);

    // --- population (scenario, --load-xml-list, tests) ---
    /// Adds a caller; creates the conference (dynamic, running, answered) if it does not exist.
    /// Returns the new member id (one global counter, never reused).
    quint32 addMember(const QString &conference, const MemberSpec &spec);
    /// Seeds conferences from a captured `xml_list` document (with or without the
    /// <command-response> wrapper). Returns false and sets `error` when it cannot be read.
    bool loadXmlList(const QByteArray &document, QString *error);
    /// Removes every conference and member (ids keep counting).
    void clear();

    void setActivity(const ActivityConfig &config);
    ActivityConfig activity() const;

signals:
    /// One `conference::maintenance` event: headers in FreeSWITCH order, values not encoded.
    void conferenceEvent(const QList<QPair<QByteArray, QByteArray>> &headers);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace sim
