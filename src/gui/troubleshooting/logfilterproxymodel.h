// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace gui {

/// Filters the exchange log by free text (method, URL, status, body) and by outcome.
class LogFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogFilterProxyModel)

public:
    enum class StatusFilter { All, Failures, Successes };
    Q_ENUM(StatusFilter)

    explicit LogFilterProxyModel(QObject *parent = nullptr);

    void setText(const QString &text);
    QString text() const { return m_text; }
    void setStatusFilter(StatusFilter filter);
    StatusFilter statusFilter() const { return m_status; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    StatusFilter m_status = StatusFilter::All;
};

} // namespace gui
