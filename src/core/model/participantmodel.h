// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/participant.h"
#include "core/model/participantcolumns.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QStringList>

#include <functional>
#include <optional>

namespace cc {

/// "m:ss", or "h:mm:ss" from one hour; `padMinutes` gives "mm:ss" (the REC badge). Negative = 0.
QString formatDuration(qint64 seconds, bool padMinutes = false);
/// An elapsed time with units, coarse: "45s", "21m 05s", "1h 02m" (translated).
QString formatElapsed(qint64 seconds);

/// The live member table of one conference. Each poll is applied as a diff (row inserts,
/// row removals and per-cell dataChanged), never as a reset, so selections, persistent
/// indexes and scroll positions survive polling (qt-style.md §2.4). GUI thread only.
///
/// Time columns: FreeSWITCH reports join_time / last_talking as durations that grow every
/// second. The model turns them into absolute instants ("joined at", "last talked at") using
/// an injectable clock and keeps the stored instant while a new poll agrees within
/// kTimeToleranceMs. A steady member therefore produces no signal at all; DisplayRole of the
/// Joined / Last talked columns is computed from the clock when asked, so views that want
/// ticking durations repaint those two columns on their own timer (no model signal needed).
/// SortRole carries the instants in ms since the epoch.
///
/// Core library: no QtGui types. Views draw icons from SortRole/ParticipantRole and grey
/// rows out when StaleRole is true.
class ParticipantModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ParticipantModel)

public:
    enum Column {
        IdColumn,
        NameColumn,
        NumberColumn,
        TalkingColumn,
        FloorColumn,
        SpeakColumn,
        HearColumn,
        ModeratorColumn,
        HoldColumn,
        VideoColumn,
        EnergyColumn,
        VolumeInColumn,
        VolumeOutColumn,
        JoinedColumn,
        LastTalkedColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        MemberIdRole = Qt::UserRole + 1, ///< quint32, every column
        SortRole,                        ///< raw value of the cell (int, bool, QString, ms since epoch)
        ParticipantRole,                 ///< QVariant<cc::Participant>, durations as of now
        StaleRole,                       ///< bool: data older than two poll intervals
        RelationsRole,                   ///< QStringList: one sentence per relationship of the member
        JoinedAtRole,                    ///< QDateTime (UTC) the member joined
        LastTalkedAtRole,                ///< QDateTime (UTC), invalid when the member never talked
        GlyphRole,                       ///< int (cc::Glyph) of glyph cells and headers; None: draw nothing
    };
    Q_ENUM(Role)

    /// Milliseconds since the epoch; injectable so tests control "now".
    using Clock = std::function<qint64()>;

    /// Durations re-derived from a new poll may jitter by up to a second plus latency; moving
    /// a stored instant by less than this is not a change.
    static constexpr qint64 kTimeToleranceMs = 2500;
    static inline const QString kMimeType = QStringLiteral("application/x-conference-member-ids");

    explicit ParticipantModel(QObject *parent = nullptr);
    ~ParticipantModel() override;

    void setClock(Clock clock);

    /// Diff `snapshot` into the model: removals (bottom-up, merged runs), per-cell
    /// dataChanged for changed members, one insert block at the end for new members (sorted
    /// by member id, i.e. join order). Never resets.
    void applySnapshot(const ConferenceSnapshot &snapshot);
    /// The only reset: the conference was closed or the console switched conference.
    void clear();
    void setStale(bool stale);
    bool isStale() const { return m_stale; }
    void setRelationships(const QList<Relationship> &relationships);
    const QList<Relationship> &relationships() const { return m_relationships; }

    /// The latest snapshot as received (members in document order).
    const ConferenceSnapshot &snapshot() const { return m_snapshot; }
    /// When the conference started (now - run_time at the first poll that saw it).
    QDateTime conferenceStartedAt() const;
    std::optional<Participant> participant(quint32 id) const;
    int rowForMember(quint32 id) const;
    quint32 memberIdAt(int row) const;
    QList<quint32> memberIds() const;
    /// Relationship sentences for one member ("Cannot speak to Bob (8)").
    QStringList relationDescriptions(quint32 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // Drag and drop for "relate" (qt-style.md §2.4): the payload carries member ids; a drop
    // never changes rows, it asks the controller through relateRequested().
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;

    /// Encodes / decodes the drag payload (QDataStream: version, conference name, quint32 ids).
    static QByteArray encodeMemberIds(const QString &conference, const QList<quint32> &ids);
    static bool decodeMemberIds(const QByteArray &payload, QString *conference, QList<quint32> *ids);

signals:
    void relateRequested(QList<quint32> from, quint32 to);
    /// After every applySnapshot(), whether or not anything changed.
    void snapshotApplied();
    /// Conference attributes (lock, recording, recordings, member counts, start time...) changed.
    void conferenceStateChanged();

private:
    struct Row
    {
        Participant participant;
        qint64 joinedAtMs = 0;
        std::optional<qint64> lastTalkedAtMs;
    };

    QList<int> changedColumns(const Row &oldRow, const Row &newRow, qint64 nowMs) const;
    Row makeRow(const Participant &p, qint64 now) const;
    void rebuildIndex();
    QString memberLabel(quint32 id) const;
    MemberCell cellOf(const Row &row) const;
    static QVariant cellData(const ParticipantColumn &column, const MemberCell &cell, int role);
    Participant participantNow(const Row &row) const;
    bool conferenceStateDiffers(const ConferenceSnapshot &a, const ConferenceSnapshot &b) const;
    qint64 now() const;

    Clock m_clock;
    ConferenceSnapshot m_snapshot;
    std::optional<qint64> m_startedAtMs;
    QList<Row> m_rows;
    QHash<quint32, int> m_rowOf;
    QList<Relationship> m_relationships;
    bool m_stale = false;
};

} // namespace cc
