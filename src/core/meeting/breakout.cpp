// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/meeting/breakout.h"

#include "core/meeting/meetingvariables.h"
#include "core/model/membername.h"
#include "core/parsers/parsers.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <algorithm>
#include <memory>

namespace cc {

namespace {

/// "Conference R not found": FreeSWITCH has no such conference (nobody in it yet).
bool saysNotFound(const CommandOutcome &o)
{
    // FreeSWITCH's words, not sipXconfig's 404 for a conference it does not know (or the user
    // does not own): that room cannot be used over REST at all.
    if (o.kind == ResponseKind::HttpError)
        return false;
    const QString text = o.payload.isEmpty() ? o.message : o.payload;
    return text.contains(QLatin1String("not found"), Qt::CaseInsensitive) && text.contains(u"Conference");
}

QList<QList<quint32>> chunks(const QList<quint32> &ids, int size)
{
    QList<QList<quint32>> out;
    for (qsizetype i = 0; i < ids.size(); i += size)
        out << ids.mid(i, size);
    return out;
}

} // namespace

// ------------------------------------------------------------------ record

QList<quint32> BreakoutRecord::allMemberIds() const
{
    QList<quint32> ids;
    for (const BreakoutRoom &r : rooms)
        ids << r.memberIds;
    return ids;
}

QString BreakoutRecord::roomOf(quint32 memberId) const
{
    for (const BreakoutRoom &r : rooms) {
        if (r.memberIds.contains(memberId))
            return r.name;
    }
    return {};
}

QString BreakoutRecord::toText() const
{
    QJsonArray roomArray;
    for (const BreakoutRoom &r : rooms) {
        QJsonArray ids;
        for (quint32 id : r.memberIds)
            ids.append(qint64(id));
        roomArray.append(QJsonObject{{QStringLiteral("name"), r.name}, {QStringLiteral("members"), ids}});
    }
    const QJsonObject o{{QStringLiteral("origin"), origin},
                        {QStringLiteral("ends"), endsAtEpochSeconds},
                        {QStringLiteral("rooms"), roomArray}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

std::optional<BreakoutRecord> BreakoutRecord::fromText(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    BreakoutRecord r;
    r.origin = o.value(QStringLiteral("origin")).toString();
    r.endsAtEpochSeconds = o.value(QStringLiteral("ends")).toInteger();
    for (const QJsonValue &v : o.value(QStringLiteral("rooms")).toArray()) {
        BreakoutRoom room;
        room.name = v.toObject().value(QStringLiteral("name")).toString();
        for (const QJsonValue &id : v.toObject().value(QStringLiteral("members")).toArray()) {
            if (id.toInteger() > 0)
                room.memberIds << quint32(id.toInteger());
        }
        if (room.name.isEmpty())
            return std::nullopt;
        r.rooms << room;
    }
    if (r.origin.isEmpty())
        return std::nullopt;
    return r;
}

std::optional<BreakoutRecord> BreakoutRecord::fromRooms(const QString &origin,
                                                        const QList<ConferenceSnapshot> &conferences)
{
    BreakoutRecord r;
    r.origin = origin;
    for (const ConferenceSnapshot &c : conferences) {
        if (meetingvar::value(c, meetingvar::BreakoutFrom) != origin)
            continue;
        BreakoutRoom room;
        room.name = c.name;
        room.memberIds =
            meetingvar::parseIds(meetingvar::value(c, meetingvar::BreakoutMembers).value_or(QString()));
        r.endsAtEpochSeconds =
            std::max(r.endsAtEpochSeconds,
                     meetingvar::value(c, meetingvar::BreakoutEnds).value_or(QString()).toLongLong());
        r.rooms << room;
    }
    if (r.rooms.isEmpty())
        return std::nullopt;
    std::sort(r.rooms.begin(), r.rooms.end(),
              [](const BreakoutRoom &a, const BreakoutRoom &b) { return a.name < b.name; });
    return r;
}

QList<BreakoutRoom> splitIntoRooms(const QList<quint32> &memberIds, const QStringList &roomNames,
                                   SplitMode mode, quint32 seed)
{
    QList<BreakoutRoom> rooms;
    for (const QString &name : roomNames)
        rooms << BreakoutRoom{name, {}};
    if (rooms.isEmpty())
        return rooms;
    QList<quint32> ids = memberIds;
    if (mode == SplitMode::Randomly) {
        QRandomGenerator random(seed);
        std::shuffle(ids.begin(), ids.end(), random);
    }
    for (qsizetype i = 0; i < ids.size(); ++i)
        rooms[i % rooms.size()].memberIds << ids.at(i);
    return rooms;
}

QStringList defaultRoomNames(const QString &origin, int count)
{
    QStringList names;
    for (int i = 1; i <= count; ++i)
        names << QStringLiteral("%1-room-%2").arg(origin).arg(i);
    return names;
}

TransferAnswer parseTransferAnswer(const QString &output)
{
    // conference_api_sub_transfer prints one line per id it was given.
    static const QRegularExpression sent(QStringLiteral(R"(^\+OK Member '(\d+)' sent to conference )"),
                                         QRegularExpression::MultilineOption);
    static const QRegularExpression missing(QStringLiteral(R"(^-ERR No Member (\d+) in conference )"),
                                            QRegularExpression::MultilineOption);
    TransferAnswer a;
    for (auto it = sent.globalMatch(output); it.hasNext();)
        a.sent << it.next().captured(1).toUInt();
    for (auto it = missing.globalMatch(output); it.hasNext();)
        a.missing << it.next().captured(1).toUInt();
    return a;
}

// ------------------------------------------------------------------ session

BreakoutSession::BreakoutSession(CommandSender *sender, QObject *parent)
    : QObject(parent)
    , m_sender(sender)
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    m_second.setInterval(1000);
    connect(&m_second, &QTimer::timeout, this, &BreakoutSession::onSecond);
}

BreakoutSession::~BreakoutSession() = default;

void BreakoutSession::setClock(Clock clock)
{
    m_clock = clock ? std::move(clock) : Clock([] { return QDateTime::currentMSecsSinceEpoch(); });
}

qint64 BreakoutSession::now() const
{
    return m_clock();
}

void BreakoutSession::setWarning(const QString &file, int seconds)
{
    m_warningFile = file.trimmed();
    m_warningSeconds = std::max(0, seconds);
}

int BreakoutSession::idsPerTransfer()
{
    return ConferenceCommand::MaxTransferIds;
}

void BreakoutSession::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged(state);
}

std::optional<qint64> BreakoutSession::secondsLeft() const
{
    if (m_record.endsAtEpochSeconds <= 0 || m_state == State::Idle || m_state == State::Finished)
        return std::nullopt;
    return std::max<qint64>(0, m_record.endsAtEpochSeconds - now() / 1000);
}

QString BreakoutSession::nameOf(quint32 id) const
{
    const QString name = m_nameOf ? m_nameOf(id) : QString();
    return name.isEmpty() ? memberLabel(id) : name;
}

void BreakoutSession::transferInto(const QString &from, const QString &room, const QList<quint32> &ids,
                                   std::function<void(QList<quint32>)> done)
{
    const QList<QList<quint32>> parts = chunks(ids, idsPerTransfer());
    if (parts.isEmpty()) {
        done({});
        return;
    }
    auto moved = std::make_shared<QList<quint32>>();
    auto waiting = std::make_shared<int>(int(parts.size()));
    for (const QList<quint32> &part : parts) {
        m_sender->send(from, ConferenceCommand::transfer(room, part),
                       [this, from, room, part, moved, waiting, done](const CommandOutcome &o) {
                           const TransferAnswer answer = parseTransferAnswer(o.payload);
                           *moved << answer.sent;
                           if (!answer.missing.isEmpty()) {
                               QStringList names;
                               for (quint32 id : answer.missing)
                                   names << nameOf(id);
                               emit problem(tr("%1 could not be moved to %2: no longer in %3 (hung up?).")
                                                .arg(names.join(QStringLiteral(", ")), room, from));
                           }
                           if (answer.sent.isEmpty() && answer.missing.isEmpty()) {
                               QStringList names;
                               for (quint32 id : part)
                                   names << nameOf(id);
                               emit problem(tr("Moving %1 to %2 failed: %3")
                                                .arg(names.join(QStringLiteral(", ")), room,
                                                     o.ok() ? o.payload.trimmed() : o.message));
                           }
                           if (--*waiting == 0)
                               done(*moved);
                       });
    }
}

void BreakoutSession::markRoom(const BreakoutRoom &room, int attemptsLeft)
{
    // The room exists once its first member arrived, a moment after the transfer was answered:
    // "Conference R not found" before that, so try again shortly.
    const QString from = m_record.origin;
    const QString ends = QString::number(m_record.endsAtEpochSeconds);
    m_sender->send(room.name, ConferenceCommand::setVar(meetingvar::BreakoutFrom, from),
                   [this, room, attemptsLeft, ends](const CommandOutcome &o) {
                       if (saysNotFound(o) && attemptsLeft > 0 && !room.memberIds.isEmpty()) {
                           QTimer::singleShot(
                               300, this, [this, room, attemptsLeft] { markRoom(room, attemptsLeft - 1); });
                           return;
                       }
                       if (!o.ok())
                           return; // older than 1.10.8, or not ours: the console's own settings still know
                       m_sender->send(room.name,
                                      ConferenceCommand::setVar(meetingvar::BreakoutMembers,
                                                                meetingvar::joinIds(room.memberIds)));
                       m_sender->send(room.name, ConferenceCommand::setVar(meetingvar::BreakoutEnds, ends));
                   });
}

void BreakoutSession::unmarkRoom(const QString &room)
{
    for (QLatin1StringView var :
         {meetingvar::BreakoutFrom, meetingvar::BreakoutMembers, meetingvar::BreakoutEnds})
        m_sender->send(room, ConferenceCommand::setVar(var, QString()));
}

void BreakoutSession::start(const BreakoutRecord &record)
{
    if (m_state == State::Starting || m_state == State::Running || m_state == State::Recalling) {
        emit problem(tr("A breakout is already running; bring everyone back first."));
        return;
    }
    m_record = record;
    m_warned = false;
    setState(State::Starting);
    m_pendingRooms = int(m_record.rooms.size());
    if (m_pendingRooms == 0) {
        setState(State::Finished);
        emit finished();
        return;
    }
    for (int i = 0; i < m_record.rooms.size(); ++i) {
        const QString room = m_record.rooms.at(i).name;
        // A locked room would turn every caller away (the conference application refuses a
        // non-moderator at a locked door and hangs up): look first.
        m_sender->send(room, ConferenceCommand::xmlList(), [this, room](const CommandOutcome &o) {
            BreakoutRoom *target = nullptr;
            for (BreakoutRoom &r : m_record.rooms) {
                if (r.name == room)
                    target = &r;
            }
            auto roomDone = [this] {
                if (--m_pendingRooms > 0)
                    return;
                m_record.rooms.removeIf([](const BreakoutRoom &r) { return r.memberIds.isEmpty(); });
                emit recordChanged(m_record);
                if (m_record.rooms.isEmpty()) {
                    setState(State::Finished);
                    emit finished();
                    return;
                }
                setState(State::Running);
                scheduleTimers();
            };
            const QList<quint32> ids = target ? target->memberIds : QList<quint32>();
            auto names = [this, &ids] {
                QStringList n;
                for (quint32 id : ids)
                    n << nameOf(id);
                return n.join(QStringLiteral(", "));
            };
            bool locked = false;
            if (o.ok()) {
                const auto parsed = parseXmlList(o.payload.toUtf8());
                locked = parsed.ok() && !parsed.value.isEmpty() && parsed.value.first().locked;
            } else if (!saysNotFound(o)) {
                emit problem(tr("Room %1 cannot be used (%2): %3 stay in %4.")
                                 .arg(room, o.message, names(), m_record.origin));
                if (target)
                    target->memberIds.clear();
                roomDone();
                return;
            }
            if (locked) {
                emit problem(
                    tr("Room %1 is locked, and a locked conference turns callers away: %2 stay in %3.")
                        .arg(room, names(), m_record.origin));
                if (target)
                    target->memberIds.clear();
                roomDone();
                return;
            }
            transferInto(m_record.origin, room, ids, [this, room, roomDone](const QList<quint32> &moved) {
                for (BreakoutRoom &r : m_record.rooms) {
                    if (r.name == room) {
                        r.memberIds = moved;
                        if (!moved.isEmpty())
                            markRoom(r, 10);
                    }
                }
                roomDone();
            });
        });
    }
}

void BreakoutSession::resume(const BreakoutRecord &record)
{
    m_record = record;
    const auto left = m_record.endsAtEpochSeconds > 0 ? m_record.endsAtEpochSeconds - now() / 1000 : 1;
    m_warned = m_record.endsAtEpochSeconds > 0 && left <= m_warningSeconds; // played before the restart
    setState(State::Running);
    scheduleTimers();
    if (m_record.endsAtEpochSeconds > 0 && left <= 0)
        recall();
}

void BreakoutSession::scheduleTimers()
{
    if (m_record.endsAtEpochSeconds > 0) {
        m_second.start();
        onSecond();
    }
}

void BreakoutSession::onSecond()
{
    if (m_state != State::Running) {
        m_second.stop();
        return;
    }
    const auto left = secondsLeft();
    if (!left)
        return;
    emit tick(*left);
    if (!m_warned && !m_warningFile.isEmpty() && *left <= m_warningSeconds && *left > 0) {
        m_warned = true;
        broadcast(m_warningFile);
        emit warningPlayed();
    }
    if (*left <= 0)
        recall();
}

void BreakoutSession::broadcast(const QString &file)
{
    for (const BreakoutRoom &r : std::as_const(m_record.rooms)) {
        m_sender->send(r.name, ConferenceCommand::play(file), [this, room = r.name](const CommandOutcome &o) {
            if (!o.ok())
                emit problem(tr("The file did not play in %1: %2").arg(room, o.message));
        });
    }
}

void BreakoutSession::moveMember(quint32 memberId, const QString &toRoom)
{
    if (m_state != State::Running)
        return;
    QString from = m_record.roomOf(memberId);
    if (from == toRoom)
        return;
    if (from.isEmpty())
        from = m_record.origin;
    transferInto(from, toRoom, {memberId}, [this, memberId, from, toRoom](const QList<quint32> &moved) {
        if (!moved.contains(memberId))
            return;
        bool known = false;
        for (BreakoutRoom &r : m_record.rooms) {
            r.memberIds.removeAll(memberId);
            if (r.name == toRoom) {
                r.memberIds << memberId;
                known = true;
            }
        }
        if (!known && toRoom != m_record.origin)
            m_record.rooms << BreakoutRoom{toRoom, {memberId}};
        for (const BreakoutRoom &r : std::as_const(m_record.rooms)) {
            if (r.name == from || r.name == toRoom)
                markRoom(r, 10);
        }
        emit recordChanged(m_record);
    });
}

void BreakoutSession::recall()
{
    if (m_state != State::Running && m_state != State::Starting)
        return;
    m_second.stop();
    setState(State::Recalling);
    m_pendingRooms = int(m_record.rooms.size());
    auto roomDone = [this] {
        if (--m_pendingRooms > 0)
            return;
        m_record.rooms.clear();
        emit recordChanged(m_record);
        setState(State::Finished);
        emit finished();
    };
    if (m_pendingRooms == 0) {
        m_pendingRooms = 1;
        roomDone();
        return;
    }
    const QString origin = m_record.origin;
    for (const BreakoutRoom &room : std::as_const(m_record.rooms)) {
        // Who is still in the room: those who hung up cannot come back, and are named.
        m_sender->send(
            room.name, ConferenceCommand::xmlList(), [this, room, origin, roomDone](const CommandOutcome &o) {
                QList<quint32> present;
                bool known = false;
                if (o.ok()) {
                    const auto parsed = parseXmlList(o.payload.toUtf8());
                    if (parsed.ok()) {
                        known = true;
                        for (const ConferenceSnapshot &c : parsed.value) {
                            for (const Participant &p : c.members)
                                present << p.id;
                        }
                    }
                } else if (saysNotFound(o)) {
                    known = true; // nobody left in the room
                }
                if (!known) {
                    emit problem(tr("Room %1 cannot be read (%2); its members were not brought back.")
                                     .arg(room.name, o.message));
                    roomDone();
                    return;
                }
                QList<quint32> back;
                QStringList gone;
                for (quint32 id : room.memberIds) {
                    if (present.contains(id))
                        back << id;
                    else
                        gone << nameOf(id);
                }
                if (!gone.isEmpty())
                    emit problem(tr("%1 left %2 and cannot be brought back.")
                                     .arg(gone.join(QStringLiteral(", ")), room.name));
                unmarkRoom(room.name);
                if (back.isEmpty()) {
                    roomDone();
                    return;
                }
                emit returning(back);
                transferInto(room.name, origin, back, [roomDone](const QList<quint32> &) { roomDone(); });
            });
    }
}

} // namespace cc
