// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractItemView>
#include <QString>

class QTableView;

namespace gui {

/// How a read-only list of records differs from the others (attendance, audit trail, request log).
struct RecordTableOptions
{
    int stretchColumn = -1;     ///< the column that takes the spare width; -1: the last one
    bool fitToContents = false; ///< the other columns follow their contents
    QAbstractItemView::SelectionMode selection = QAbstractItemView::ExtendedSelection;
    int sortColumn = -1; ///< sorting on, by this column ascending; -1: the rows keep their order
};

/// The one look of the console's record tables: whole rows selected, alternating colours, one
/// line per record (no wrap) at the font's height, no row numbers, never editable in place.
void setUpRecordTable(QTableView *table, const QString &objectName, const QString &accessibleName,
                      const RecordTableOptions &options = {});

} // namespace gui
