// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/conference/participantproxymodel.h"

#include "core/model/participant.h"
#include "core/model/participantmodel.h"
#include "gui/app/statusicons.h"

#include <optional>

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
        std::optional<StatusIcons::Glyph> glyph;
        switch (section) {
        case cc::ParticipantModel::TalkingColumn:
            glyph = StatusIcons::Talking;
            break;
        case cc::ParticipantModel::FloorColumn:
            glyph = StatusIcons::Floor;
            break;
        case cc::ParticipantModel::SpeakColumn:
            glyph = StatusIcons::Muted;
            break;
        case cc::ParticipantModel::HearColumn:
            glyph = StatusIcons::Deaf;
            break;
        case cc::ParticipantModel::ModeratorColumn:
            glyph = StatusIcons::Moderator;
            break;
        case cc::ParticipantModel::HoldColumn:
            glyph = StatusIcons::Hold;
            break;
        case cc::ParticipantModel::VideoColumn:
            glyph = StatusIcons::Video;
            break;
        default:
            break;
        }
        if (glyph) {
            if (role == Qt::DecorationRole)
                return StatusIcons::icon(*glyph);
            if (role == Qt::DisplayRole)
                return QString();
            if (role == Qt::AccessibleTextRole)
                return QSortFilterProxyModel::headerData(section, orientation, Qt::DisplayRole);
            if (role == Qt::ToolTipRole) {
                const QString name =
                    QSortFilterProxyModel::headerData(section, orientation, Qt::DisplayRole).toString();
                const QString tip =
                    QSortFilterProxyModel::headerData(section, orientation, Qt::ToolTipRole).toString();
                return tip.isEmpty()
                           ? name
                           : QStringLiteral("<b>%1</b><br>%2").arg(name.toHtmlEscaped(), tip.toHtmlEscaped());
            }
        }
    }
    return QSortFilterProxyModel::headerData(section, orientation, role);
}

bool ParticipantProxyModel::wantsToSpeak(const cc::Participant &p)
{
    return p.muteDetect && p.talking && !p.canSpeak && !p.hold;
}

QVariant ParticipantProxyModel::data(const QModelIndex &index, int role) const
{
    if (index.isValid() && index.column() == cc::ParticipantModel::TalkingColumn &&
        (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == Qt::AccessibleTextRole ||
         role == Qt::AccessibleDescriptionRole)) {
        const QVariant value = QSortFilterProxyModel::data(index, cc::ParticipantModel::ParticipantRole);
        if (value.canConvert<cc::Participant>() && wantsToSpeak(value.value<cc::Participant>())) {
            switch (role) {
            case Qt::DisplayRole:
                return tr("wants to speak");
            case Qt::ToolTipRole:
                return tr("Muted, but talking — wants to speak?");
            default:
                return tr("muted but talking, wants to speak");
            }
        }
    }
    return QSortFilterProxyModel::data(index, role);
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
