// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/common/tableviews.h"

#include <QHeaderView>
#include <QTableView>

namespace gui {

void setUpRecordTable(QTableView *table, const QString &objectName, const QString &accessibleName,
                      const RecordTableOptions &options)
{
    table->setObjectName(objectName);
    table->setAccessibleName(accessibleName);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(options.selection);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 6);
    QHeaderView *header = table->horizontalHeader();
    if (options.fitToContents)
        header->setSectionResizeMode(QHeaderView::ResizeToContents);
    if (options.stretchColumn < 0) {
        header->setStretchLastSection(true);
    } else {
        header->setStretchLastSection(false);
        header->setSectionResizeMode(options.stretchColumn, QHeaderView::Stretch);
    }
    if (options.sortColumn >= 0) {
        header->setSortIndicator(options.sortColumn, Qt::AscendingOrder);
        table->setSortingEnabled(true);
    } else {
        table->setSortingEnabled(false);
    }
}

} // namespace gui
