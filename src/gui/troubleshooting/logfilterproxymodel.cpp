// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/troubleshooting/logfilterproxymodel.h"

#include "gui/troubleshooting/logexchangemodel.h"

namespace gui {

LogFilterProxyModel::LogFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ExchangeLogModel::SortRole);
    setDynamicSortFilter(true);
}

void LogFilterProxyModel::setText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateRowsFilter();
}

void LogFilterProxyModel::setStatusFilter(StatusFilter filter)
{
    if (filter == m_status)
        return;
    m_status = filter;
    invalidateRowsFilter();
}

bool LogFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *source = sourceModel();
    const QModelIndex first = source->index(sourceRow, 0, sourceParent);
    if (m_status != StatusFilter::All) {
        const bool ok = first.data(ExchangeLogModel::OkRole).toBool();
        if (ok != (m_status == StatusFilter::Successes))
            return false;
    }
    if (m_text.isEmpty())
        return true;
    for (int column = 0; column < source->columnCount(sourceParent); ++column) {
        if (source->index(sourceRow, column, sourceParent)
                .data()
                .toString()
                .contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    // Searching the bodies finds e.g. "-ERR" or a member name in an xml_list answer.
    return first.data(ExchangeLogModel::RawTextRole).toString().contains(m_text, Qt::CaseInsensitive);
}

} // namespace gui
