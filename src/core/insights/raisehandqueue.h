// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// RaiseHandQueue: muted members who tried to speak, in the order they raised their hand.
#pragma once

#include "core/model/participant.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>

#include <functional>

namespace cc {

/// FreeSWITCH marks a muted member who talks with `mute_detect` (the member sends
/// "mute-detect" instead of "start-talking"; freeswitch-conference.md). The console shows
/// that as a raised hand. This model turns those moments into a queue: a muted member whose
/// talking flag rises joins the end of the queue (once); the entry stays when they stop
/// talking, and leaves when the member is unmuted (given the floor), leaves the conference, or
/// the moderator dismisses it. A dismissed member can raise the hand again by talking again
/// after having stopped. Fed by snapshots; never reset on a snapshot; rows move only by
/// insert/remove. Core library, GUI thread.
class RaiseHandQueue final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RaiseHandQueue)

public:
    using Clock = std::function<qint64()>; ///< ms since the epoch

    enum Role {
        MemberIdRole = Qt::UserRole + 1, ///< quint32
        RaisedAtRole,                    ///< qint64 ms since the epoch
        WaitingTextRole,                 ///< QString "waiting 0:42"
        NameRole,                        ///< the display name (cc::memberDisplayName), as DisplayRole
        NumberRole,
        TalkingNowRole, ///< bool: talking at this moment (while muted)
    };
    Q_ENUM(Role)

    explicit RaiseHandQueue(QObject *parent = nullptr);
    ~RaiseHandQueue() override;

    void setClock(Clock clock);
    void applySnapshot(const ConferenceSnapshot &snapshot);
    /// The moderator dismissed the hand (no command is sent).
    bool dismiss(quint32 memberId);
    /// Empties the queue (the conference closed); a reset, as ParticipantModel::clear().
    void clear();

    QList<quint32> memberIds() const;     ///< queue order, first = raised earliest
    int position(quint32 memberId) const; ///< 0-based, -1 when not queued

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void handRaised(quint32 memberId);

private:
    struct Entry
    {
        quint32 memberId = 0;
        qint64 raisedAtMs = 0;
        Participant participant;
    };
    qint64 now() const;
    void removeRow(int row);

    Clock m_clock;
    QList<Entry> m_entries;
    /// Last seen "muted and talking" per member present: only a rising edge queues, so a
    /// dismissed hand comes back only after the member stopped and talked again.
    QHash<quint32, bool> m_wasTalkingMuted;
};

} // namespace cc
