// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// WaitingList: the members of the waiting room, longest waiting first.
#pragma once

#include "core/model/participant.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>

#include <functional>

namespace cc {

/// Who waits to be let in: every member the switch shows on hold (`hold` in xml_list), which is
/// how the waiting room keeps them (ArrivalRules). The state lives on the switch, so after a
/// console restart or a reconnect the same people wait here again. Time waited counts from the
/// listing that first showed them held; for members already held in the first listing this
/// console read, from their join (the best the switch tells). Fed by snapshots, rows move only
/// by insert/remove; `refreshWaitedTimes()` (once a second) signals the ticking texts alone.
class WaitingList final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WaitingList)

public:
    using Clock = std::function<qint64()>; ///< ms since the epoch

    enum Role {
        MemberIdRole = Qt::UserRole + 1, ///< quint32
        HeldSinceRole,                   ///< qint64 ms since the epoch
        WaitedTextRole,                  ///< QString "waiting 0:42"
        NameRole,                        ///< the display name (cc::memberDisplayName), as DisplayRole
        NumberRole,
        ModeratorRole, ///< bool
    };
    Q_ENUM(Role)

    explicit WaitingList(QObject *parent = nullptr);
    ~WaitingList() override;

    void setClock(Clock clock);
    void applySnapshot(const ConferenceSnapshot &snapshot);
    /// The conference closed: empty, as a reset.
    void clear();
    /// dataChanged for the waited texts (one signal for all rows).
    void refreshWaitedTimes();

    QList<quint32> memberIds() const; ///< longest waiting first
    int position(quint32 memberId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    /// Someone started waiting (a new arrival held, or a member sent back).
    void memberWaiting(quint32 memberId);

private:
    struct Entry
    {
        quint32 memberId = 0;
        qint64 heldSinceMs = 0;
        Participant participant;
    };
    qint64 now() const;

    Clock m_clock;
    QList<Entry> m_entries;
    bool m_firstListing = true;
};

} // namespace cc
