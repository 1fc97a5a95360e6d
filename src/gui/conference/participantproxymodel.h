// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QSortFilterProxyModel>

namespace gui {

/// Sorting (on cc::ParticipantModel::SortRole, dynamic) and the Ctrl+F filter, which matches
/// the caller-ID name and number only — not ids or flag columns. Also marks the "mute-detect"
/// request to speak in the Talking column (text, tooltip, accessible text).
class ParticipantProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ParticipantProxyModel)

public:
    explicit ParticipantProxyModel(QObject *parent = nullptr);

    void setFilterText(const QString &text);
    QString filterText() const { return m_filterText; }

    /// Glyph columns show their glyph in the header (the text stays as tooltip/accessible name).
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Shows the header of `section` on two lines, broken at the space nearest its middle (a
    /// long header over short values: "Volume\nin"), or on one line again.
    void setHeaderWrapped(int section, bool wrapped);
    /// The header text broken at the space nearest its middle; unchanged when it has no space.
    static QString wrapInTwo(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_filterText;
    QSet<int> m_wrappedHeaders;
};

} // namespace gui
