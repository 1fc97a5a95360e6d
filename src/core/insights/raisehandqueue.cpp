// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/insights/raisehandqueue.h"

#include "core/model/membername.h"
#include "core/model/participantmodel.h" // formatDuration()

#include <QDateTime>

#include <algorithm>

namespace cc {

namespace {} // namespace

RaiseHandQueue::RaiseHandQueue(QObject *parent)
    : QAbstractListModel(parent)
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{}

RaiseHandQueue::~RaiseHandQueue() = default;

void RaiseHandQueue::setClock(Clock clock)
{
    m_clock = clock ? std::move(clock) : Clock([] { return QDateTime::currentMSecsSinceEpoch(); });
}

qint64 RaiseHandQueue::now() const
{
    return m_clock();
}

void RaiseHandQueue::removeRow(int row)
{
    beginRemoveRows({}, row, row);
    m_entries.removeAt(row);
    endRemoveRows();
}

void RaiseHandQueue::applySnapshot(const ConferenceSnapshot &snapshot)
{
    QHash<quint32, const Participant *> present;
    present.reserve(snapshot.members.size());
    for (const Participant &p : snapshot.members) {
        if (!present.contains(p.id)) // a duplicate id (broken listing): the first one counts
            present.insert(p.id, &p);
    }

    // Leave the queue: gone, or unmuted (given the floor; hold counts too, as muted() says).
    for (int row = int(m_entries.size()) - 1; row >= 0; --row) {
        const Participant *p = present.value(m_entries.at(row).memberId);
        if (!p || !p->muted())
            removeRow(row);
    }

    // Name, number and talking-now shown by the views; other fields change without a signal.
    for (int row = 0; row < m_entries.size(); ++row) {
        Entry &e = m_entries[row];
        const Participant &p = *present.value(e.memberId);
        QList<int> roles;
        if (p.callerIdName != e.participant.callerIdName || p.callerIdNumber != e.participant.callerIdNumber)
            roles << Qt::DisplayRole << NameRole << NumberRole << Qt::AccessibleTextRole;
        if (p.talking != e.participant.talking)
            roles << TalkingNowRole << Qt::AccessibleTextRole;
        e.participant = p;
        if (!roles.isEmpty()) {
            std::sort(roles.begin(), roles.end());
            roles.erase(std::unique(roles.begin(), roles.end()), roles.end());
            const QModelIndex i = index(row);
            emit dataChanged(i, i, roles);
        }
    }

    // Rising edges of "muted and talking" join the end of the queue, in listing order.
    QHash<quint32, bool> was;
    was.reserve(snapshot.members.size());
    QList<quint32> raised;
    for (const Participant &p : snapshot.members) {
        if (was.contains(p.id))
            continue;
        const bool up = p.wantsToSpeak();
        was.insert(p.id, up);
        if (!up || m_wasTalkingMuted.value(p.id, false) || position(p.id) >= 0)
            continue;
        const int row = int(m_entries.size());
        beginInsertRows({}, row, row);
        m_entries.append(Entry{p.id, now(), p});
        endInsertRows();
        raised << p.id;
    }
    // Members who left are forgotten: FreeSWITCH never reuses a member id in a conference.
    m_wasTalkingMuted = std::move(was);
    for (quint32 id : std::as_const(raised))
        emit handRaised(id);
}

bool RaiseHandQueue::dismiss(quint32 memberId)
{
    const int row = position(memberId);
    if (row < 0)
        return false;
    // m_wasTalkingMuted keeps its value: still talking means no new rising edge until they stop.
    removeRow(row);
    return true;
}

void RaiseHandQueue::clear()
{
    beginResetModel();
    m_entries.clear();
    m_wasTalkingMuted.clear();
    endResetModel();
}

QList<quint32> RaiseHandQueue::memberIds() const
{
    QList<quint32> ids;
    ids.reserve(m_entries.size());
    for (const Entry &e : m_entries)
        ids << e.memberId;
    return ids;
}

int RaiseHandQueue::position(quint32 memberId) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).memberId == memberId)
            return row;
    }
    return -1;
}

int RaiseHandQueue::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant RaiseHandQueue::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_entries.at(index.row());
    const Participant &p = e.participant;
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return memberDisplayName(p);
    case Qt::ToolTipRole: {
        // The number tells two Alices apart.
        const QString name = memberDisplayName(p);
        return p.callerIdNumber.isEmpty() || p.callerIdNumber == name
                   ? name
                   : name + u'\n' + tr("Number: %1").arg(p.callerIdNumber);
    }
    case Qt::AccessibleTextRole: {
        const QString waiting = formatDuration((now() - e.raisedAtMs) / 1000);
        return p.talking ? tr("%1 raised a hand and has been waiting %2; talking now while muted.")
                               .arg(memberDisplayName(p), waiting)
                         : tr("%1 raised a hand and has been waiting %2.").arg(memberDisplayName(p), waiting);
    }
    case MemberIdRole:
        return QVariant::fromValue(e.memberId);
    case RaisedAtRole:
        return QVariant::fromValue(e.raisedAtMs);
    case WaitingTextRole:
        return tr("waiting %1").arg(formatDuration((now() - e.raisedAtMs) / 1000));
    case NumberRole:
        return p.callerIdNumber;
    case TalkingNowRole:
        return p.talking;
    default:
        return {};
    }
}

QHash<int, QByteArray> RaiseHandQueue::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(MemberIdRole, "memberId");
    names.insert(RaisedAtRole, "raisedAt");
    names.insert(WaitingTextRole, "waitingText");
    names.insert(NameRole, "name");
    names.insert(NumberRole, "number");
    names.insert(TalkingNowRole, "talkingNow");
    return names;
}

} // namespace cc
