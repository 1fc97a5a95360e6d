// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/conference/participantproxymodel.h"

#include "core/model/participantmodel.h"
#include "gui/common/statusicons.h"

namespace gui {

ParticipantProxyModel::ParticipantProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setObjectName(QStringLiteral("participantProxy"));
    setSortRole(cc::ParticipantModel::SortRole);
    setDynamicSortFilter(true);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void ParticipantProxyModel::setFilterText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_filterText)
        return;
    m_filterText = trimmed;
    invalidateRowsFilter();
}

QVariant ParticipantProxyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        const QVariant glyph =
            QSortFilterProxyModel::headerData(section, orientation, cc::ParticipantModel::GlyphRole);
        if (glyph.isValid()) {
            const auto text = [&](int textRole) {
                return QSortFilterProxyModel::headerData(section, orientation, textRole).toString();
            };
            switch (role) {
            case Qt::DecorationRole:
                return StatusIcons::icon(cc::Glyph(glyph.toInt()));
            case Qt::DisplayRole:
                return QString();
            case Qt::AccessibleTextRole:
                return text(Qt::DisplayRole);
            case Qt::ToolTipRole: {
                const QString name = text(Qt::DisplayRole);
                const QString tip = text(Qt::ToolTipRole);
                return tip.isEmpty()
                           ? name
                           : QStringLiteral("<b>%1</b><br>%2").arg(name.toHtmlEscaped(), tip.toHtmlEscaped());
            }
            default:
                break;
            }
        }
    }
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && m_wrappedHeaders.contains(section))
        return wrapInTwo(QSortFilterProxyModel::headerData(section, orientation, role).toString());
    return QSortFilterProxyModel::headerData(section, orientation, role);
}

QString ParticipantProxyModel::wrapInTwo(const QString &text)
{
    const qsizetype middle = text.size() / 2;
    qsizetype best = -1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u' ' && (best < 0 || std::abs(i - middle) < std::abs(best - middle)))
            best = i;
    }
    if (best < 0)
        return text;
    QString wrapped = text;
    wrapped[best] = u'\n';
    return wrapped;
}

void ParticipantProxyModel::setHeaderWrapped(int section, bool wrapped)
{
    if (m_wrappedHeaders.contains(section) == wrapped)
        return;
    if (wrapped)
        m_wrappedHeaders.insert(section);
    else
        m_wrappedHeaders.remove(section);
    emit headerDataChanged(Qt::Horizontal, section, section);
}

bool ParticipantProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_filterText.isEmpty())
        return true;
    const QAbstractItemModel *source = sourceModel();
    for (const int column :
         {int(cc::ParticipantModel::NameColumn), int(cc::ParticipantModel::NumberColumn)}) {
        const QString text = source->index(sourceRow, column, sourceParent).data(Qt::DisplayRole).toString();
        if (text.contains(m_filterText, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace gui
