// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Breakout rooms: members split into other conferences for a while, then brought back.
#pragma once

#include "core/meeting/commandsender.h"
#include "core/model/participant.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <functional>
#include <optional>

namespace cc {

struct BreakoutRoom
{
    QString name;             ///< the conference the room is
    QList<quint32> memberIds; ///< the members the console moved into it
    friend bool operator==(const BreakoutRoom &, const BreakoutRoom &) = default;
};

/// A breakout as it runs: where the members came from, where they went, when it ends. Kept in
/// the rooms' conference variables (meetingvariables.h) and, by the console, in its settings, so
/// that a console restart finds it again.
struct BreakoutRecord
{
    QString origin;
    QList<BreakoutRoom> rooms;
    qint64 endsAtEpochSeconds = 0; ///< 0: no countdown

    bool isEmpty() const { return rooms.isEmpty(); }
    QList<quint32> allMemberIds() const;
    /// The room a member was moved into, or empty.
    QString roomOf(quint32 memberId) const;
    friend bool operator==(const BreakoutRecord &, const BreakoutRecord &) = default;

    /// One line of text for local settings; fromText() reads it back (nullopt when malformed).
    QString toText() const;
    static std::optional<BreakoutRecord> fromText(const QString &text);
    /// A breakout of `origin` read from the conference variables of the conferences listed (the
    /// rooms mark themselves with cc_breakout_from); nullopt when none of them is a room of it.
    static std::optional<BreakoutRecord> fromRooms(const QString &origin,
                                                   const QList<ConferenceSnapshot> &conferences);
};

enum class SplitMode { Evenly, Randomly };

/// Splits `memberIds` over `roomNames`: evenly in the order given (round robin, so sizes differ
/// by one at most), or shuffled first with `seed`. Rooms left empty are kept (the moderator may
/// fill them by hand).
QList<BreakoutRoom> splitIntoRooms(const QList<quint32> &memberIds, const QStringList &roomNames,
                                   SplitMode mode, quint32 seed = 0);

/// "room-1", "room-2", … after `origin`: free names for rooms the event socket creates by the
/// transfer itself ("sales-room-1").
QStringList defaultRoomNames(const QString &origin, int count);

/// Runs one breakout: moves the members (one `transfer` per room, several when a room gets more
/// ids than one command carries), keeps the record on the switch, counts down, plays the warning
/// in every room before the end, and brings everyone back to `origin` at the end or on recall().
/// Members keep their ids across a transfer (a real 1.10.12 switch: mod_conference keeps the id
/// in the channel's __confmid), so the record is a list of ids.
///
/// Nobody is left behind silently: a locked room keeps its members where they are, a member who
/// hung up is named, a transfer that fails for some ids moves the others; each is a problem().
class BreakoutSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BreakoutSession)

public:
    using Clock = std::function<qint64()>; ///< ms since the epoch
    /// Member names for messages, by id (the origin's table); may return an empty string.
    using NameOf = std::function<QString(quint32)>;

    enum class State { Idle, Starting, Running, Recalling, Finished };
    Q_ENUM(State)

    explicit BreakoutSession(CommandSender *sender, QObject *parent = nullptr);
    ~BreakoutSession() override;

    void setClock(Clock clock);
    void setNameOf(NameOf nameOf) { m_nameOf = std::move(nameOf); }
    /// Played in every room `seconds` before the end (`play <file>` on the room); empty: none.
    void setWarning(const QString &file, int seconds = 60);
    QString warningFile() const { return m_warningFile; }
    int warningSeconds() const { return m_warningSeconds; }

    /// Moves the members as `record` says and starts the countdown (if it has an end).
    void start(const BreakoutRecord &record);
    /// Takes over a breakout that already runs (found after a restart): no transfer, the
    /// countdown goes on; an end already past recalls at once.
    void resume(const BreakoutRecord &record);
    /// Brings every member of the record still in a room back to the origin.
    void recall();
    /// Moves one member from the room it is in to another room (drag and drop between rooms).
    void moveMember(quint32 memberId, const QString &toRoom);
    /// Plays `file` in every room.
    void broadcast(const QString &file);

    State state() const { return m_state; }
    BreakoutRecord record() const { return m_record; }
    /// Seconds until the end; nullopt without a countdown.
    std::optional<qint64> secondsLeft() const;
    /// How many ids one transfer command carries (FreeSWITCH reads 25 tokens).
    static int idsPerTransfer();

signals:
    void stateChanged(cc::BreakoutSession::State state);
    /// The record changed (a member moved, the rooms were set up): store it.
    void recordChanged(const cc::BreakoutRecord &record);
    /// Once a second while a countdown runs.
    void tick(qint64 secondsLeft);
    void warningPlayed();
    /// These ids are being moved back to the origin (so its waiting room lets them in).
    void returning(const QList<quint32> &memberIds);
    /// Something did not go as asked (a translated sentence a moderator understands).
    void problem(const QString &text);
    /// Everyone who could come back is back (or the transfers to do so were answered).
    void finished();

private:
    void setState(State state);
    void transferInto(const QString &from, const QString &room, const QList<quint32> &ids,
                      std::function<void(QList<quint32> moved)> done);
    void markRoom(const BreakoutRoom &room, int attemptsLeft);
    void unmarkRoom(const QString &room);
    void scheduleTimers();
    void onSecond();
    QString nameOf(quint32 id) const;
    qint64 now() const;

    CommandSender *m_sender;
    Clock m_clock;
    NameOf m_nameOf;
    State m_state = State::Idle;
    BreakoutRecord m_record;
    QString m_warningFile;
    int m_warningSeconds = 60;
    bool m_warned = false;
    QTimer m_second;
    int m_pendingRooms = 0;
};

/// The per-id lines of a transfer answer ("+OK Member '5' sent to conference R." /
/// "-ERR No Member 5 in conference sales."; conference_api_sub_transfer): the ids sent, and the
/// ids named as missing.
struct TransferAnswer
{
    QList<quint32> sent;
    QList<quint32> missing;
};
TransferAnswer parseTransferAnswer(const QString &output);

} // namespace cc

Q_DECLARE_METATYPE(cc::BreakoutRecord)
