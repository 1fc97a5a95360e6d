// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// ArrivalRules: the waiting room and mute on entry, applied to every member who joins.
#pragma once

#include "core/meeting/commandsender.h"
#include "core/model/participant.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>

#include <functional>
#include <optional>

namespace cc {

/// What happens to a member who joins.
struct ArrivalSettings
{
    /// Every caller who joins and is not a moderator waits: held (`hold`: not heard) and deafened
    /// (`deaf`). A held member still hears the meeting on a real switch (the mixer checks only
    /// can_hear; mod_conference.c, conference_thread_run), so hold alone is no waiting room.
    bool waitingRoom = false;
    /// Played to waiting callers (`hold <id> <file>`); empty: they hear silence.
    QString holdMusic;
    /// Every member who joins is muted on arrival, moderators too when muteModerators is set.
    bool muteOnEntry = false;
    bool muteModerators = false;

    bool isActive() const { return waitingRoom || muteOnEntry; }
    friend bool operator==(const ArrivalSettings &, const ArrivalSettings &) = default;
};

/// One thing the rules did, or tried to do, to a member.
struct ArrivalAction
{
    enum class Kind { Held, Muted, Admitted, SentBack, Denied };
    Kind kind = Kind::Held;
    quint32 memberId = 0;
    QString memberLabel; ///< cc::memberLabel() when it happened
    bool ok = false;
    QString message;       ///< what the server said, or why nothing was sent
    qint64 latencyMs = -1; ///< for Held and Muted: from the snapshot that showed the member to the answer
};

/// Applies the waiting room and mute on entry to one conference, as long as this object lives
/// (the console's tab, or a running `confctl … --watch`): it watches the member list a
/// ConferenceSource delivers (observe()) and sends `hold`/`deaf`/`mute` for each member who was
/// not there before. The settings are also kept on the switch as conference variables
/// (cc_waiting_room, cc_mute_on_entry; meetingvariables.h), so another console and a restart find
/// them: the first snapshot's variables, and any later change of them, become the settings here.
/// The moderator's own decisions go through admit(), sendToWaitingRoom() and deny(). Core
/// library, GUI thread; every command goes through the CommandSender, which reports it.
class ArrivalRules final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArrivalRules)

public:
    using Clock = std::function<qint64()>; ///< ms, monotonic

    ArrivalRules(CommandSender *sender, const QString &conference, QObject *parent = nullptr);
    ~ArrivalRules() override;

    QString conference() const { return m_conference; }
    ArrivalSettings settings() const { return m_settings; }
    /// Changes what happens to the next arrivals (those present now are left as they are). With
    /// `publish`, the switch's conference variables follow (setvar).
    void setSettings(const ArrivalSettings &settings, bool publish = true);

    /// The console itself is calling someone (dial, bgdial, invite): the next member who joins
    /// within `withinMs` showing one of `callerIds` (caller-ID number or name; digits compared
    /// for numbers) is not held.
    void expectOwnCall(const QStringList &callerIds, int withinMs = 120000);
    /// These members are coming back (from breakout rooms): never held or muted by the rules.
    void expectReturn(const QList<quint32> &memberIds);

    /// Feed every member list of the conference here (ConferenceSource::snapshotReceived).
    void observe(const cc::ConferenceSnapshot &snapshot);

    /// Lets waiting members in: mute first when mute on entry applies, then undeaf, unhold.
    void admit(const QList<quint32> &memberIds);
    /// Puts members (back) into the waiting room: hold (with the hold music), deaf.
    void sendToWaitingRoom(const QList<quint32> &memberIds);
    /// Turns a waiting member away: with `file`, stops what plays to them, plays `file`, waits
    /// until it has played (play_status, at most `maxWaitMs`), then kicks; without, kicks at once.
    void deny(quint32 memberId, const QString &file = {}, int maxWaitMs = 120000);

    void setClock(Clock clock);
    /// How often deny() asks whether the file still plays.
    void setPlayStatusIntervalMs(int ms) { m_playStatusIntervalMs = ms; }

signals:
    void acted(const cc::ArrivalAction &action);
    /// The settings changed, here or (through the conference variables) elsewhere.
    void settingsChanged(const cc::ArrivalSettings &settings);

private:
    struct OwnCall
    {
        QStringList callerIds;
        qint64 untilMs = 0;
    };
    qint64 now() const;
    bool isOwnCall(const Participant &p);
    void onArrival(const Participant &p, qint64 seenAtMs);
    void adoptVariables(const ConferenceSnapshot &snapshot);
    void publish();
    void report(ArrivalAction::Kind kind, quint32 id, const CommandOutcome &outcome, qint64 latencyMs = -1);
    void pollPlayStatus(quint32 memberId, qint64 deadlineMs);
    QString labelOf(quint32 id) const;

    CommandSender *m_sender;
    QString m_conference;
    ArrivalSettings m_settings;
    Clock m_clock;
    QElapsedTimer m_monotonic;
    bool m_haveBaseline = false;
    QSet<quint32> m_known;
    QHash<quint32, Participant> m_present;
    QList<OwnCall> m_ownCalls;
    std::optional<QString> m_lastWaitingVar;
    std::optional<QString> m_lastMuteVar;
    bool m_sawSnapshot = false;
    QHash<QString, QString> m_published; ///< what the switch was last told (or showed)
    int m_publishing = 0;                ///< setvar answers outstanding
    bool m_republish = false;
    int m_playStatusIntervalMs = 1000;
};

} // namespace cc

Q_DECLARE_METATYPE(cc::ArrivalAction)
Q_DECLARE_METATYPE(cc::ArrivalSettings)
