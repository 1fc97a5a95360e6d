// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// ParticipantModel: applying snapshots as diffs, relationships and member look-ups. What the
// cells show: participantmodeldata.cpp; drag and drop: participantmodelmime.cpp.
#include "core/model/participantmodel.h"

#include "core/model/membername.h"

#include <QDateTime>

#include <algorithm>

namespace cc {

namespace {

// Roles whose value may change when a cell's underlying data changes.
const QList<int> kCellRoles = {Qt::DisplayRole,
                               Qt::ToolTipRole,
                               Qt::CheckStateRole,
                               Qt::AccessibleTextRole,
                               Qt::AccessibleDescriptionRole,
                               ParticipantModel::SortRole,
                               ParticipantModel::ParticipantRole,
                               ParticipantModel::JoinedAtRole,
                               ParticipantModel::LastTalkedAtRole,
                               ParticipantModel::GlyphRole};

// The roles that a column computes for a cell (ParticipantModel::cellData()).
const QList<int> kColumnRoles = {Qt::DisplayRole,
                                 Qt::ToolTipRole,
                                 Qt::CheckStateRole,
                                 Qt::AccessibleTextRole,
                                 Qt::AccessibleDescriptionRole,
                                 ParticipantModel::SortRole,
                                 ParticipantModel::GlyphRole};

bool closeEnough(qint64 a, qint64 b)
{
    return std::abs(a - b) < ParticipantModel::kTimeToleranceMs;
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

QList<int> ParticipantModel::changedColumns(const Row &o, const Row &n, qint64 nowMs) const
{
    // A cell changed when anything a view can read from it changed: each column says what it
    // shows (participantcolumns.cpp), so nothing here has to know which field feeds which cell.
    MemberCell before = cellOf(o);
    MemberCell after = cellOf(n);
    before.nowMs = after.nowMs = nowMs;
    QList<int> cols;
    for (const ParticipantColumn &column : participantColumns()) {
        for (const int role : kColumnRoles) {
            if (cellData(column, before, role) != cellData(column, after, role)) {
                cols << column.column;
                break;
            }
        }
    }
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

    // 2. Changes: one dataChanged per run of adjacent changed cells, so a view repaints and an
    // accessibility client re-reads exactly what changed.
    for (int r = 0; r < m_rows.size(); ++r) {
        Row &old = m_rows[r];
        const Participant &p = snapshot.members.at(incoming.value(old.participant.id));
        if (p == old.participant)
            continue;
        Row fresh = makeRow(p, nowMs);
        // Keep the stored instants while the new poll agrees within tolerance: no jitter.
        if (closeEnough(old.joinedAtMs, fresh.joinedAtMs))
            fresh.joinedAtMs = old.joinedAtMs;
        if (old.lastTalkedAtMs && fresh.lastTalkedAtMs &&
            closeEnough(*old.lastTalkedAtMs, *fresh.lastTalkedAtMs))
            fresh.lastTalkedAtMs = old.lastTalkedAtMs;
        // The ticking durations alone are not a change: xml_list's join_time and last_talking
        // grow every second, and the cells read the instants kept above. Most rows of a busy
        // conference change only so; they need no cell-by-cell look.
        Participant a = old.participant;
        Participant b = p;
        a.joinTimeSeconds = b.joinTimeSeconds = 0;
        a.lastTalkingSeconds = b.lastTalkingSeconds = std::nullopt;
        const bool fieldsChanged = !(a == b);
        if (!fieldsChanged && fresh.joinedAtMs == old.joinedAtMs &&
            fresh.lastTalkedAtMs == old.lastTalkedAtMs) {
            old = std::move(fresh);
            continue;
        }
        const QList<int> cols = changedColumns(old, fresh, nowMs);
        // A field no column shows (a future Participant member) still reaches ParticipantRole users.
        const bool hiddenChange = cols.isEmpty() && fieldsChanged;
        old = std::move(fresh);
        for (qsizetype i = 0; i < cols.size();) {
            qsizetype j = i;
            while (j + 1 < cols.size() && cols.at(j + 1) == cols.at(j) + 1)
                ++j;
            emit dataChanged(index(r, cols.at(i)), index(r, cols.at(j)), kCellRoles);
            i = j + 1;
        }
        if (hiddenChange)
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
    return it == m_rowOf.cend() ? cc::memberLabel(id) : cc::memberLabel(m_rows.at(*it).participant);
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

} // namespace cc
