// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "participantmodel.h"

#include <QDataStream>
#include <QDateTime>
#include <QIODevice>
#include <QLocale>
#include <QMimeData>
#include <QSet>

#include <algorithm>

namespace cc {

namespace {

constexpr quint8 kMimeFormatVersion = 1;

// Roles whose value may change when a cell's underlying data changes.
const QList<int> kCellRoles = {Qt::DisplayRole,
                               Qt::ToolTipRole,
                               Qt::CheckStateRole,
                               Qt::AccessibleTextRole,
                               Qt::AccessibleDescriptionRole,
                               ParticipantModel::SortRole,
                               ParticipantModel::ParticipantRole,
                               ParticipantModel::JoinedAtRole,
                               ParticipantModel::LastTalkedAtRole};

bool closeEnough(qint64 a, qint64 b)
{
    return std::abs(a - b) < ParticipantModel::kTimeToleranceMs;
}

QString signedNumber(int value)
{
    return value > 0 ? QLatin1Char('+') + QString::number(value) : QString::number(value);
}

} // namespace

ParticipantModel::ParticipantModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{}

ParticipantModel::~ParticipantModel() = default;

void ParticipantModel::setClock(Clock clock)
{
    m_clock = clock ? std::move(clock) : Clock([] { return QDateTime::currentMSecsSinceEpoch(); });
}

qint64 ParticipantModel::now() const
{
    return m_clock();
}

ParticipantModel::Row ParticipantModel::makeRow(const Participant &p, qint64 nowMs) const
{
    Row row;
    row.participant = p;
    row.joinedAtMs = nowMs - p.joinTimeSeconds * 1000;
    if (p.lastTalkingSeconds)
        row.lastTalkedAtMs = nowMs - *p.lastTalkingSeconds * 1000;
    return row;
}

QList<int> ParticipantModel::changedColumns(const Row &o, const Row &n) const
{
    const Participant &a = o.participant;
    const Participant &b = n.participant;
    QList<int> cols;
    // Id never changes: rows are keyed by it.
    if (a.callerIdName != b.callerIdName || a.uuid != b.uuid || a.isGhost != b.isGhost)
        cols << NameColumn;
    if (a.callerIdNumber != b.callerIdNumber || a.channelName != b.channelName)
        cols << NumberColumn;
    if (a.talking != b.talking || a.muteDetect != b.muteDetect)
        cols << TalkingColumn;
    if (a.hasFloor != b.hasFloor)
        cols << FloorColumn;
    if (a.canSpeak != b.canSpeak || a.hold != b.hold)
        cols << SpeakColumn;
    if (a.canHear != b.canHear || a.hold != b.hold)
        cols << HearColumn;
    if (a.isModerator != b.isModerator || a.endConference != b.endConference ||
        a.mandatoryMemberEndConference != b.mandatoryMemberEndConference)
        cols << ModeratorColumn;
    if (a.hold != b.hold)
        cols << HoldColumn;
    if (a.hasVideo != b.hasVideo || a.videoBridge != b.videoBridge || a.canSee != b.canSee ||
        a.hasVideoFloor != b.hasVideoFloor || a.videoResId != b.videoResId || a.videoRoleId != b.videoRoleId)
        cols << VideoColumn;
    if (a.energy != b.energy)
        cols << EnergyColumn;
    if (a.volumeIn != b.volumeIn)
        cols << VolumeInColumn;
    if (a.volumeOut != b.volumeOut)
        cols << VolumeOutColumn;
    if (!closeEnough(o.joinedAtMs, n.joinedAtMs))
        cols << JoinedColumn;
    if (o.lastTalkedAtMs.has_value() != n.lastTalkedAtMs.has_value() ||
        (o.lastTalkedAtMs && !closeEnough(*o.lastTalkedAtMs, *n.lastTalkedAtMs)))
        cols << LastTalkedColumn;
    return cols;
}

bool ParticipantModel::conferenceStateDiffers(const ConferenceSnapshot &a, const ConferenceSnapshot &b) const
{
    // Everything but the members and the ticking run time (tracked as m_startedAtMs).
    ConferenceSnapshot x = a;
    ConferenceSnapshot y = b;
    x.members.clear();
    y.members.clear();
    x.runTimeSeconds = y.runTimeSeconds = 0;
    return !(x == y);
}

void ParticipantModel::applySnapshot(const ConferenceSnapshot &snapshot)
{
    const qint64 nowMs = now();

    // Unique members of the new snapshot; a malformed duplicate id keeps its first entry.
    QHash<quint32, int> incoming;
    incoming.reserve(snapshot.members.size());
    for (int i = 0; i < snapshot.members.size(); ++i) {
        const quint32 id = snapshot.members.at(i).id;
        if (!incoming.contains(id))
            incoming.insert(id, i);
    }

    // 1. Removals, bottom-up, merging contiguous runs.
    int row = m_rows.size() - 1;
    while (row >= 0) {
        if (incoming.contains(m_rows.at(row).participant.id)) {
            --row;
            continue;
        }
        const int last = row;
        while (row - 1 >= 0 && !incoming.contains(m_rows.at(row - 1).participant.id))
            --row;
        const int first = row;
        beginRemoveRows({}, first, last);
        m_rows.remove(first, last - first + 1);
        endRemoveRows();
        --row;
    }
    rebuildIndex();

    // 2. Changes, one dataChanged per row spanning the changed columns only.
    for (int r = 0; r < m_rows.size(); ++r) {
        Row &old = m_rows[r];
        const Participant &p = snapshot.members.at(incoming.value(old.participant.id));
        if (p == old.participant)
            continue;
        Row fresh = makeRow(p, nowMs);
        const QList<int> cols = changedColumns(old, fresh);
        // Keep the stored instants while the new poll agrees within tolerance: no jitter.
        if (closeEnough(old.joinedAtMs, fresh.joinedAtMs))
            fresh.joinedAtMs = old.joinedAtMs;
        if (old.lastTalkedAtMs && fresh.lastTalkedAtMs &&
            closeEnough(*old.lastTalkedAtMs, *fresh.lastTalkedAtMs))
            fresh.lastTalkedAtMs = old.lastTalkedAtMs;
        // A field no column shows (a future Participant member) still reaches ParticipantRole
        // users; the ticking durations alone are not a change.
        Participant a = old.participant;
        Participant b = p;
        a.joinTimeSeconds = b.joinTimeSeconds = 0;
        a.lastTalkingSeconds = b.lastTalkingSeconds = std::nullopt;
        const bool hiddenChange = cols.isEmpty() && !(a == b);
        old = std::move(fresh);
        if (!cols.isEmpty())
            emit dataChanged(index(r, cols.first()), index(r, cols.last()), kCellRoles);
        else if (hiddenChange)
            emit dataChanged(index(r, 0), index(r, ColumnCount - 1), {ParticipantRole});
    }

    // 3. Newcomers in one block at the end, in join order (ids come from a global counter,
    // freeswitch-conference.md §1.4; xml_list lists the newest first).
    QList<const Participant *> added;
    for (auto it = incoming.cbegin(); it != incoming.cend(); ++it) {
        if (!m_rowOf.contains(it.key()))
            added << &snapshot.members.at(it.value());
    }
    if (!added.isEmpty()) {
        std::sort(added.begin(), added.end(),
                  [](const Participant *a, const Participant *b) { return a->id < b->id; });
        const int first = m_rows.size();
        beginInsertRows({}, first, first + int(added.size()) - 1);
        for (const Participant *p : std::as_const(added))
            m_rows.append(makeRow(*p, nowMs));
        rebuildIndex();
        endInsertRows();
    }

    // Conference attributes; run_time ticks, so compare the derived start instant instead.
    bool stateChanged = conferenceStateDiffers(m_snapshot, snapshot);
    const qint64 startedAt = nowMs - snapshot.runTimeSeconds * 1000;
    if (!m_startedAtMs || !closeEnough(*m_startedAtMs, startedAt)) {
        stateChanged = true;
        m_startedAtMs = startedAt;
    }
    m_snapshot = snapshot;
    if (stateChanged)
        emit conferenceStateChanged();
    emit snapshotApplied();
}

void ParticipantModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_rowOf.clear();
    m_snapshot = {};
    m_startedAtMs.reset();
    m_relationships.clear();
    endResetModel();
    emit conferenceStateChanged();
}

void ParticipantModel::setStale(bool stale)
{
    if (stale == m_stale)
        return;
    m_stale = stale;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1), {StaleRole});
}

void ParticipantModel::setRelationships(const QList<Relationship> &relationships)
{
    if (relationships == m_relationships)
        return;
    QHash<quint32, QStringList> before;
    for (const Row &row : std::as_const(m_rows))
        before.insert(row.participant.id, relationDescriptions(row.participant.id));
    m_relationships = relationships;
    for (int r = 0; r < m_rows.size(); ++r) {
        const quint32 id = m_rows.at(r).participant.id;
        if (relationDescriptions(id) != before.value(id))
            emit dataChanged(index(r, NameColumn), index(r, NameColumn), {Qt::ToolTipRole, RelationsRole});
    }
}

QDateTime ParticipantModel::conferenceStartedAt() const
{
    return m_startedAtMs ? QDateTime::fromMSecsSinceEpoch(*m_startedAtMs, Qt::UTC) : QDateTime();
}

void ParticipantModel::rebuildIndex()
{
    m_rowOf.clear();
    m_rowOf.reserve(m_rows.size());
    for (int r = 0; r < m_rows.size(); ++r)
        m_rowOf.insert(m_rows.at(r).participant.id, r);
}

std::optional<Participant> ParticipantModel::participant(quint32 id) const
{
    const auto it = m_rowOf.constFind(id);
    if (it == m_rowOf.cend())
        return std::nullopt;
    return participantNow(m_rows.at(*it));
}

int ParticipantModel::rowForMember(quint32 id) const
{
    return m_rowOf.value(id, -1);
}

quint32 ParticipantModel::memberIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).participant.id : 0;
}

QList<quint32> ParticipantModel::memberIds() const
{
    QList<quint32> ids;
    ids.reserve(m_rows.size());
    for (const Row &row : m_rows)
        ids << row.participant.id;
    return ids;
}

QString ParticipantModel::memberLabel(quint32 id) const
{
    const auto it = m_rowOf.constFind(id);
    if (it != m_rowOf.cend()) {
        const Participant &p = m_rows.at(*it).participant;
        const QString name = p.callerIdName.isEmpty() ? p.callerIdNumber : p.callerIdName;
        if (!name.isEmpty())
            return tr("%1 (%2)").arg(name).arg(id);
    }
    return tr("member %1").arg(id);
}

QStringList ParticipantModel::relationDescriptions(quint32 id) const
{
    // Mixer semantics, freeswitch-conference.md §7.1: "relate A B nospeak" -> B does not hear
    // A; "relate A B nohear" -> A does not hear B.
    QStringList lines;
    for (const Relationship &r : m_relationships) {
        if (r.from == id) {
            const QString other = memberLabel(r.to);
            if (!r.canSpeak)
                lines << tr("Cannot speak to %1").arg(other);
            if (!r.canHear)
                lines << tr("Does not hear %1").arg(other);
            if (r.sendVideo)
                lines << tr("Sends video to %1").arg(other);
        }
        if (r.to == id && r.from != id) {
            const QString other = memberLabel(r.from);
            if (!r.canSpeak)
                lines << tr("Does not hear %1").arg(other);
            if (!r.canHear)
                lines << tr("Cannot speak to %1").arg(other);
            if (r.sendVideo)
                lines << tr("Receives video from %1").arg(other);
        }
    }
    lines.removeDuplicates();
    return lines;
}

int ParticipantModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ParticipantModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Participant ParticipantModel::participantNow(const Row &row) const
{
    Participant p = row.participant;
    const qint64 nowMs = now();
    p.joinTimeSeconds = std::max<qint64>(0, (nowMs - row.joinedAtMs) / 1000);
    if (row.lastTalkedAtMs)
        p.lastTalkingSeconds = std::max<qint64>(0, (nowMs - *row.lastTalkedAtMs) / 1000);
    return p;
}

QString formatDuration(qint64 seconds, bool padMinutes)
{
    seconds = std::max<qint64>(0, seconds);
    const qint64 h = seconds / 3600;
    const qint64 m = (seconds / 60) % 60;
    const qint64 sec = seconds % 60;
    if (h > 0)
        return QStringLiteral("%1:%2:%3")
            .arg(h)
            .arg(m, 2, 10, QLatin1Char('0'))
            .arg(sec, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2")
        .arg(m, padMinutes ? 2 : 0, 10, QLatin1Char('0'))
        .arg(sec, 2, 10, QLatin1Char('0'));
}

QString ParticipantModel::durationText(qint64 ms) const
{
    return formatDuration(ms / 1000);
}

QString ParticipantModel::timeOfDay(qint64 msSinceEpoch) const
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(msSinceEpoch).time(), QLocale::LongFormat);
}

QVariant ParticipantModel::displayData(const Row &row, int column) const
{
    const Participant &p = row.participant;
    switch (column) {
    case IdColumn:
        return QString::number(p.id);
    case NameColumn:
        return p.callerIdName;
    case NumberColumn:
        return p.callerIdNumber;
    // Short words so the table reads without colour or icons.
    case TalkingColumn:
        return p.talking ? tr("talking") : (p.muteDetect ? tr("muted talk") : QString());
    case FloorColumn:
        return p.hasFloor ? tr("floor") : QString();
    case SpeakColumn:
        return p.muted() ? tr("muted") : QString();
    case HearColumn:
        return p.deaf() ? tr("deaf") : QString();
    case ModeratorColumn:
        return p.isModerator ? tr("mod") : QString();
    case HoldColumn:
        return p.hold ? tr("hold") : QString();
    case VideoColumn:
        return p.hasVideo ? tr("video") : QString();
    case EnergyColumn:
        return QString::number(p.energy);
    case VolumeInColumn:
        return signedNumber(p.volumeIn);
    case VolumeOutColumn:
        return signedNumber(p.volumeOut);
    case JoinedColumn:
        return durationText(now() - row.joinedAtMs);
    case LastTalkedColumn:
        return row.lastTalkedAtMs ? durationText(now() - *row.lastTalkedAtMs) : tr("never");
    }
    return {};
}

QVariant ParticipantModel::toolTipData(const Row &row, int column) const
{
    const Participant &p = row.participant;
    switch (column) {
    case IdColumn:
        return tr("Member id %1 (FreeSWITCH gives a new id on every join)").arg(p.id);
    case NameColumn: {
        QStringList lines;
        lines << (p.callerIdName.isEmpty() ? tr("No caller-ID name") : p.callerIdName);
        if (!p.callerIdNumber.isEmpty())
            lines << tr("Number: %1").arg(p.callerIdNumber);
        if (p.isGhost)
            lines << tr("Ghost member (not counted)");
        if (!p.uuid.isEmpty())
            lines << tr("Channel UUID: %1").arg(p.uuid);
        lines << relationDescriptions(p.id);
        return lines.join(QLatin1Char('\n'));
    }
    case NumberColumn:
        return p.channelName.isEmpty() ? p.callerIdNumber
                                       : tr("%1 on %2").arg(p.callerIdNumber, p.channelName);
    case TalkingColumn:
        if (p.talking)
            return tr("Talking now");
        return p.muteDetect ? tr("Talking while muted") : tr("Not talking");
    case FloorColumn:
        return p.hasFloor ? tr("Has the floor (the loudest speaker)") : tr("Does not have the floor");
    case SpeakColumn:
        if (p.hold)
            return tr("On hold");
        return p.canSpeak ? tr("Can speak") : tr("Muted: the others cannot hear this member");
    case HearColumn:
        if (p.hold)
            return tr("On hold");
        return p.canHear ? tr("Can hear") : tr("Deaf: this member hears nobody");
    case ModeratorColumn: {
        QStringList lines;
        lines << (p.isModerator ? tr("Moderator") : tr("Not a moderator"));
        if (p.endConference)
            lines << tr("The conference ends when this member leaves");
        if (p.mandatoryMemberEndConference)
            lines << tr("Mandatory member: the conference ends when this member leaves");
        return lines.join(QLatin1Char('\n'));
    }
    case HoldColumn:
        return p.hold ? tr("On hold: hears music, is not heard") : tr("Not on hold");
    case VideoColumn:
        if (!p.hasVideo)
            return tr("Audio only");
        return p.videoBridge ? tr("Sends video (video bridge)") : tr("Sends video");
    case EnergyColumn:
        return tr("Energy threshold %1: quieter audio is not mixed").arg(p.energy);
    case VolumeInColumn:
        return tr("Input volume %1 (range -4 to 4)").arg(signedNumber(p.volumeIn));
    case VolumeOutColumn:
        return tr("Output volume %1 (range -4 to 4)").arg(signedNumber(p.volumeOut));
    case JoinedColumn:
        return tr("Joined at %1, %2 ago")
            .arg(timeOfDay(row.joinedAtMs), durationText(now() - row.joinedAtMs));
    case LastTalkedColumn:
        if (!row.lastTalkedAtMs)
            return tr("Has not talked yet");
        return tr("Last talked at %1, %2 ago")
            .arg(timeOfDay(*row.lastTalkedAtMs), durationText(now() - *row.lastTalkedAtMs));
    }
    return {};
}

QVariant ParticipantModel::accessibleText(const Row &row, int column) const
{
    const Participant &p = row.participant;
    switch (column) {
    case TalkingColumn:
        return p.talking ? tr("talking") : tr("not talking");
    case FloorColumn:
        return p.hasFloor ? tr("has the floor") : tr("no floor");
    case SpeakColumn:
        return p.muted() ? tr("muted") : (p.hold ? tr("on hold") : tr("can speak"));
    case HearColumn:
        return p.deaf() ? tr("deaf") : (p.hold ? tr("on hold") : tr("can hear"));
    case ModeratorColumn:
        return p.isModerator ? tr("moderator") : tr("not a moderator");
    case HoldColumn:
        return p.hold ? tr("on hold") : tr("not on hold");
    case VideoColumn:
        return p.hasVideo ? tr("video") : tr("audio only");
    default:
        return displayData(row, column);
    }
}

QVariant ParticipantModel::sortData(const Row &row, int column) const
{
    const Participant &p = row.participant;
    switch (column) {
    case IdColumn:
        return p.id;
    case NameColumn:
        return p.callerIdName;
    case NumberColumn:
        return p.callerIdNumber;
    case TalkingColumn:
        return p.talking;
    case FloorColumn:
        return p.hasFloor;
    case SpeakColumn:
        return !p.muted();
    case HearColumn:
        return !p.deaf();
    case ModeratorColumn:
        return p.isModerator;
    case HoldColumn:
        return p.hold;
    case VideoColumn:
        return p.hasVideo;
    case EnergyColumn:
        return p.energy;
    case VolumeInColumn:
        return p.volumeIn;
    case VolumeOutColumn:
        return p.volumeOut;
    case JoinedColumn:
        return row.joinedAtMs;
    case LastTalkedColumn:
        return row.lastTalkedAtMs.value_or(0); // never talked sorts as the oldest
    }
    return {};
}

QVariant ParticipantModel::data(const QModelIndex &index, int role) const
{
    // isValid() first: checkIndex() warns about invalid indexes, which views pass routinely.
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const int column = index.column();
    const Participant &p = row.participant;

    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, column);
    case Qt::ToolTipRole:
        return toolTipData(row, column);
    case Qt::AccessibleTextRole:
        return accessibleText(row, column);
    case Qt::AccessibleDescriptionRole:
        return isFlagColumn(column) ? toolTipData(row, column) : QVariant();
    case Qt::CheckStateRole:
        // Read-only state for plain views; changes go through commands, never setData().
        switch (column) {
        case TalkingColumn:
            return p.talking ? Qt::Checked : Qt::Unchecked;
        case FloorColumn:
            return p.hasFloor ? Qt::Checked : Qt::Unchecked;
        case SpeakColumn:
            return p.canSpeak ? Qt::Checked : Qt::Unchecked;
        case HearColumn:
            return p.canHear ? Qt::Checked : Qt::Unchecked;
        case ModeratorColumn:
            return p.isModerator ? Qt::Checked : Qt::Unchecked;
        case HoldColumn:
            return p.hold ? Qt::Checked : Qt::Unchecked;
        case VideoColumn:
            return p.hasVideo ? Qt::Checked : Qt::Unchecked;
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        switch (column) {
        case NameColumn:
        case NumberColumn:
            return int(Qt::AlignLeft | Qt::AlignVCenter);
        case IdColumn:
        case EnergyColumn:
        case VolumeInColumn:
        case VolumeOutColumn:
        case JoinedColumn:
        case LastTalkedColumn:
            return int(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return int(Qt::AlignCenter);
        }
    case MemberIdRole:
        return p.id;
    case SortRole:
        return sortData(row, column);
    case ParticipantRole:
        return QVariant::fromValue(participantNow(row));
    case StaleRole:
        return m_stale;
    case RelationsRole:
        return relationDescriptions(p.id);
    case JoinedAtRole:
        return QDateTime::fromMSecsSinceEpoch(row.joinedAtMs, Qt::UTC);
    case LastTalkedAtRole:
        return row.lastTalkedAtMs ? QDateTime::fromMSecsSinceEpoch(*row.lastTalkedAtMs, Qt::UTC)
                                  : QDateTime();
    }
    return {};
}

QVariant ParticipantModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section < 0 || section >= ColumnCount)
        return {};

    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (section) {
        case IdColumn:
            return tr("ID");
        case NameColumn:
            return tr("Name");
        case NumberColumn:
            return tr("Number");
        case TalkingColumn:
            return tr("Talking");
        case FloorColumn:
            return tr("Floor");
        case SpeakColumn:
            return tr("Speak");
        case HearColumn:
            return tr("Hear");
        case ModeratorColumn:
            return tr("Moderator");
        case HoldColumn:
            return tr("Hold");
        case VideoColumn:
            return tr("Video");
        case EnergyColumn:
            return tr("Energy");
        case VolumeInColumn:
            return tr("Volume in");
        case VolumeOutColumn:
            return tr("Volume out");
        case JoinedColumn:
            return tr("Joined");
        case LastTalkedColumn:
            return tr("Last talked");
        }
    }
    if (role == Qt::ToolTipRole || role == Qt::AccessibleDescriptionRole) {
        switch (section) {
        case IdColumn:
            return tr("FreeSWITCH member id; a caller who rejoins gets a new one");
        case NameColumn:
            return tr("Caller-ID name, and any relationships set with relate");
        case NumberColumn:
            return tr("Caller-ID number");
        case TalkingColumn:
            return tr("Marked while the member is talking");
        case FloorColumn:
            return tr("Marked for the member who has the floor (the current main speaker)");
        case SpeakColumn:
            return tr("\"muted\" when the others cannot hear this member");
        case HearColumn:
            return tr("\"deaf\" when this member cannot hear the conference");
        case ModeratorColumn:
            return tr("\"mod\" for conference moderators");
        case HoldColumn:
            return tr("\"hold\" while the member is on hold");
        case VideoColumn:
            return tr("\"video\" when the member sends video");
        case EnergyColumn:
            return tr("Energy threshold: audio quieter than this is not mixed");
        case VolumeInColumn:
            return tr("Gain applied to what the member says (-4 to 4)");
        case VolumeOutColumn:
            return tr("Gain applied to what the member hears (-4 to 4)");
        case JoinedColumn:
            return tr("Time in the conference");
        case LastTalkedColumn:
            return tr("Time since the member last talked");
        }
    }
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignCenter);
    return {};
}

Qt::ItemFlags ParticipantModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren | Qt::ItemIsDragEnabled |
           Qt::ItemIsDropEnabled;
}

QStringList ParticipantModel::mimeTypes() const
{
    return {kMimeType};
}

QByteArray ParticipantModel::encodeMemberIds(const QString &conference, const QList<quint32> &ids)
{
    QByteArray payload;
    QDataStream out(&payload, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << kMimeFormatVersion << conference << ids;
    return payload;
}

bool ParticipantModel::decodeMemberIds(const QByteArray &payload, QString *conference, QList<quint32> *ids)
{
    QDataStream in(payload);
    in.setVersion(QDataStream::Qt_6_4);
    quint8 version = 0;
    QString name;
    QList<quint32> list;
    in >> version;
    if (in.status() != QDataStream::Ok || version != kMimeFormatVersion)
        return false;
    in >> name >> list;
    if (in.status() != QDataStream::Ok || !in.atEnd())
        return false;
    if (conference)
        *conference = name;
    if (ids)
        *ids = list;
    return true;
}

QMimeData *ParticipantModel::mimeData(const QModelIndexList &indexes) const
{
    QList<int> rows;
    for (const QModelIndex &index : indexes) {
        if (index.isValid() && index.model() == this && !index.parent().isValid())
            rows << index.row();
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    if (rows.isEmpty())
        return nullptr;
    QList<quint32> ids;
    for (int row : std::as_const(rows))
        ids << m_rows.at(row).participant.id;
    auto *data = new QMimeData;
    data->setData(kMimeType, encodeMemberIds(m_snapshot.name, ids));
    return data;
}

bool ParticipantModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                       const QModelIndex &parent) const
{
    Q_UNUSED(column)
    // Move would make the view delete the dragged rows; a relate is a link.
    if (!data || (action != Qt::LinkAction && action != Qt::CopyAction))
        return false;
    // Only a drop onto a member names a target; between rows (row >= 0, invalid parent) is not.
    if (!parent.isValid() || parent.model() != this || parent.parent().isValid() || row >= 0 ||
        parent.row() >= m_rows.size())
        return false;
    if (!data->hasFormat(kMimeType))
        return false;
    QString conference;
    QList<quint32> ids;
    if (!decodeMemberIds(data->data(kMimeType), &conference, &ids) || ids.isEmpty())
        return false;
    if (conference != m_snapshot.name)
        return false;
    const quint32 target = m_rows.at(parent.row()).participant.id;
    return !ids.contains(target);
}

bool ParticipantModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                    const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    QList<quint32> ids;
    decodeMemberIds(data->data(kMimeType), nullptr, &ids);
    // The model mirrors the server: the controller sends relate, the next poll shows it.
    emit relateRequested(ids, m_rows.at(parent.row()).participant.id);
    return true;
}

Qt::DropActions ParticipantModel::supportedDropActions() const
{
    return Qt::LinkAction | Qt::CopyAction;
}

Qt::DropActions ParticipantModel::supportedDragActions() const
{
    return Qt::LinkAction | Qt::CopyAction;
}

bool ParticipantModel::isFlagColumn(int column)
{
    switch (column) {
    case ParticipantModel::TalkingColumn:
    case ParticipantModel::FloorColumn:
    case ParticipantModel::SpeakColumn:
    case ParticipantModel::HearColumn:
    case ParticipantModel::ModeratorColumn:
    case ParticipantModel::HoldColumn:
    case ParticipantModel::VideoColumn:
        return true;
    default:
        return false;
    }
}

} // namespace cc
