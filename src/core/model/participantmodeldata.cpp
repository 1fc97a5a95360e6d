// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// ParticipantModel: cells and headers, read from the column table (participantcolumns.cpp).
#include "core/model/participantmodel.h"

#include "core/model/participantcolumns.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

#include <algorithm>

namespace cc {

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

QString formatElapsed(qint64 seconds)
{
    seconds = std::max<qint64>(0, seconds);
    const qint64 h = seconds / 3600;
    const qint64 m = (seconds / 60) % 60;
    const qint64 sec = seconds % 60;
    // Units on every number: "21:05" in a "Joined" column read as a time of day.
    if (h > 0)
        return QCoreApplication::translate("cc::ParticipantModel", "%1h %2m", "elapsed hours and minutes")
            .arg(h)
            .arg(m, 2, 10, QLatin1Char('0'));
    if (m > 0)
        return QCoreApplication::translate("cc::ParticipantModel", "%1m %2s", "elapsed minutes and seconds")
            .arg(m)
            .arg(sec, 2, 10, QLatin1Char('0'));
    return QCoreApplication::translate("cc::ParticipantModel", "%1s", "elapsed seconds").arg(sec);
}

MemberCell ParticipantModel::cellOf(const Row &row) const
{
    MemberCell cell{row.participant};
    cell.joinedAtMs = row.joinedAtMs;
    cell.lastTalkedAtMs = row.lastTalkedAtMs;
    cell.nowMs = now();
    cell.model = this;
    return cell;
}

QVariant ParticipantModel::data(const QModelIndex &index, int role) const
{
    // isValid() first: checkIndex() warns about invalid indexes, which views pass routinely.
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const ParticipantColumn &column = participantColumn(index.column());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
    case Qt::AccessibleDescriptionRole:
    case Qt::CheckStateRole:
    case SortRole:
    case GlyphRole:
        return cellData(column, cellOf(row), role);
    case Qt::TextAlignmentRole:
        return int(column.alignment);
    case MemberIdRole:
        return row.participant.id;
    case ParticipantRole:
        return QVariant::fromValue(participantNow(row));
    case StaleRole:
        return m_stale;
    case RelationsRole:
        return relationDescriptions(row.participant.id);
    case JoinedAtRole:
        return QDateTime::fromMSecsSinceEpoch(row.joinedAtMs, Qt::UTC);
    case LastTalkedAtRole:
        return row.lastTalkedAtMs ? QDateTime::fromMSecsSinceEpoch(*row.lastTalkedAtMs, Qt::UTC)
                                  : QDateTime();
    }
    return {};
}

QVariant ParticipantModel::cellData(const ParticipantColumn &column, const MemberCell &cell, int role)
{
    switch (role) {
    case Qt::DisplayRole:
        return column.display(cell);
    case Qt::ToolTipRole:
        return column.toolTip(cell);
    case Qt::AccessibleTextRole:
        return column.accessibleText ? column.accessibleText(cell) : column.display(cell);
    case Qt::AccessibleDescriptionRole:
        // Glyph cells say in words what the picture shows.
        return column.isGlyph() ? QVariant(column.toolTip(cell)) : QVariant();
    case Qt::CheckStateRole:
        // Read-only state for plain views; changes go through commands, never setData().
        return column.checked ? QVariant(column.checked(cell) ? Qt::Checked : Qt::Unchecked) : QVariant();
    case SortRole:
        return column.sortKey(cell);
    case GlyphRole:
        return column.glyph ? QVariant(int(column.glyph(cell))) : QVariant();
    }
    return {};
}

QVariant ParticipantModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section < 0 || section >= ColumnCount)
        return {};
    const ParticipantColumn &column = participantColumn(section);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return column.headerText();
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
        return column.headerToolTipText();
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case GlyphRole:
        return column.headerGlyph == Glyph::None ? QVariant() : QVariant(int(column.headerGlyph));
    }
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

} // namespace cc
