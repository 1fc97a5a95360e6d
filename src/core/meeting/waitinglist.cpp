// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/meeting/waitinglist.h"

#include "core/model/membername.h"
#include "core/model/participantmodel.h" // formatDuration()

#include <QDateTime>

#include <algorithm>

namespace cc {

WaitingList::WaitingList(QObject *parent)
    : QAbstractListModel(parent)
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{}

WaitingList::~WaitingList() = default;

void WaitingList::setClock(Clock clock)
{
    m_clock = clock ? std::move(clock) : Clock([] { return QDateTime::currentMSecsSinceEpoch(); });
}

qint64 WaitingList::now() const
{
    return m_clock();
}

void WaitingList::applySnapshot(const ConferenceSnapshot &snapshot)
{
    QHash<quint32, const Participant *> held;
    for (const Participant &p : snapshot.members) {
        if (p.hold && !held.contains(p.id))
            held.insert(p.id, &p);
    }

    // Admitted (no longer held) or gone.
    for (int row = int(m_entries.size()) - 1; row >= 0; --row) {
        if (!held.contains(m_entries.at(row).memberId)) {
            beginRemoveRows({}, row, row);
            m_entries.removeAt(row);
            endRemoveRows();
        }
    }

    // Still waiting: names and numbers can change (a caller-ID update).
    for (int row = 0; row < m_entries.size(); ++row) {
        Entry &e = m_entries[row];
        const Participant &p = *held.value(e.memberId);
        const bool shownChanged = p.callerIdName != e.participant.callerIdName ||
                                  p.callerIdNumber != e.participant.callerIdNumber ||
                                  p.isModerator != e.participant.isModerator;
        e.participant = p;
        if (shownChanged) {
            const QModelIndex i = index(row);
            emit dataChanged(i, i,
                             {Qt::DisplayRole, Qt::ToolTipRole, Qt::AccessibleTextRole, NameRole, NumberRole,
                              ModeratorRole});
        }
        held.remove(e.memberId);
    }

    // New waiting members, in join order (xml_list lists the newest first).
    QList<const Participant *> fresh = held.values();
    std::sort(fresh.begin(), fresh.end(),
              [](const Participant *a, const Participant *b) { return a->id < b->id; });
    const qint64 t = now();
    QList<quint32> started;
    for (const Participant *p : std::as_const(fresh)) {
        // Already held when this console first looked: waiting since they joined, as far as
        // anyone can tell.
        const qint64 since = m_firstListing ? t - p->joinTimeSeconds * 1000 : t;
        const int row = int(m_entries.size());
        beginInsertRows({}, row, row);
        m_entries.append(Entry{p->id, since, *p});
        endInsertRows();
        if (!m_firstListing)
            started << p->id;
    }
    m_firstListing = false;
    for (quint32 id : std::as_const(started))
        emit memberWaiting(id);
}

void WaitingList::clear()
{
    beginResetModel();
    m_entries.clear();
    m_firstListing = true;
    endResetModel();
}

void WaitingList::refreshWaitedTimes()
{
    if (m_entries.isEmpty())
        return;
    emit dataChanged(index(0), index(int(m_entries.size()) - 1),
                     {Qt::AccessibleTextRole, WaitedTextRole, Qt::ToolTipRole});
}

QList<quint32> WaitingList::memberIds() const
{
    QList<quint32> ids;
    ids.reserve(m_entries.size());
    for (const Entry &e : m_entries)
        ids << e.memberId;
    return ids;
}

int WaitingList::position(quint32 memberId) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).memberId == memberId)
            return row;
    }
    return -1;
}

int WaitingList::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant WaitingList::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_entries.at(index.row());
    const Participant &p = e.participant;
    const QString waited = formatDuration(std::max<qint64>(0, now() - e.heldSinceMs) / 1000);
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return memberDisplayName(p);
    case Qt::ToolTipRole: {
        const QString name = memberDisplayName(p);
        QString text = p.callerIdNumber.isEmpty() || p.callerIdNumber == name
                           ? name
                           : name + u'\n' + tr("Number: %1").arg(p.callerIdNumber);
        return QString(text + u'\n' + tr("Waiting for %1").arg(waited));
    }
    case Qt::AccessibleTextRole:
        return tr("%1 is in the waiting room and has been waiting %2.").arg(memberDisplayName(p), waited);
    case MemberIdRole:
        return QVariant::fromValue(e.memberId);
    case HeldSinceRole:
        return QVariant::fromValue(e.heldSinceMs);
    case WaitedTextRole:
        return tr("waiting %1").arg(waited);
    case NumberRole:
        return p.callerIdNumber;
    case ModeratorRole:
        return p.isModerator;
    default:
        return {};
    }
}

QHash<int, QByteArray> WaitingList::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(MemberIdRole, "memberId");
    names.insert(HeldSinceRole, "heldSince");
    names.insert(WaitedTextRole, "waitedText");
    names.insert(NameRole, "name");
    names.insert(NumberRole, "number");
    names.insert(ModeratorRole, "moderator");
    return names;
}

} // namespace cc
