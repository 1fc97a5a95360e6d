// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/conference/relationspanel.h"

#include "core/model/membername.h"
#include "core/model/participantmodel.h"
#include "gui/common/statusicons.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QStyledItemDelegate>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace gui {

namespace {

/// QTreeView measures rows without the column's width; this one wraps the relation at it.
class WrappingDelegate final : public QStyledItemDelegate
{
public:
    explicit WrappingDelegate(QTreeView *view)
        : QStyledItemDelegate(view)
        , m_view(view)
    {}

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        if (index.column() != 0)
            return size;
        const int iconRoom = option.decorationSize.width() + 12; // icon, its gap and the margins
        const int width = std::max(40, m_view->header()->sectionSize(0) - iconRoom);
        const QRect text = option.fontMetrics.boundingRect(QRect(0, 0, width, 0), Qt::TextWordWrap,
                                                           index.data(Qt::DisplayRole).toString());
        size.setHeight(std::max(size.height(), text.height() + 6));
        return size;
    }

private:
    QTreeView *m_view;
};

} // namespace

RelationsPanel::RelationsPanel(const cc::ParticipantModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_view(new QTreeWidget(this))
    , m_empty(new QLabel(this))
{
    setObjectName(QStringLiteral("relationsPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);

    // Title and empty state share one line: an empty panel costs one text line, not a fifth
    // of the window.
    auto *titleRow = new QHBoxLayout;
    titleRow->setContentsMargins(0, 0, 0, 0);
    auto *title = new QLabel(tr("<b>Relations</b>"), this);
    title->setToolTip(tr("Who cannot speak to or hear whom, as reported by the server. "
                         "Drag members onto each other in the table to add one."));
    titleRow->addWidget(title);
    titleRow->addWidget(m_empty, 1);
    layout->addLayout(titleRow);

    m_view->setObjectName(QStringLiteral("relationsView"));
    m_view->setColumnCount(2);
    m_view->setHeaderLabels({tr("Relation"), QString()});
    m_view->setRootIsDecorated(false);
    // A relation names two members; in a narrow panel it wraps instead of hiding the second name.
    m_view->setUniformRowHeights(false);
    m_view->setWordWrap(true);
    m_view->setTextElideMode(Qt::ElideNone);
    m_view->setItemDelegate(new WrappingDelegate(m_view));
    // Row heights are measured at the column's width: measure again when it changes.
    connect(m_view->header(), &QHeaderView::sectionResized, m_view, [this] { m_view->doItemsLayout(); });
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::NoSelection);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    layout->addWidget(m_view, 1);

    m_empty->setObjectName(QStringLiteral("relationsEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setText(tr("none — drag a member onto another to add one"));
    m_empty->setToolTip(tr("Drag one member onto another to stop them hearing or speaking to each other."));
    m_empty->setStyleSheet(QStringLiteral("color: palette(mid);"));
    layout->addStretch(0);

    if (m_model)
        connect(m_model, &cc::ParticipantModel::snapshotApplied, this, &RelationsPanel::refreshLabels);
    rebuild();
}

void RelationsPanel::setRelationships(const QList<cc::Relationship> &relationships)
{
    if (relationships == m_relationships)
        return; // nothing to redraw on an unchanged poll
    m_relationships = relationships;
    rebuild();
}

QString RelationsPanel::describe(const cc::Relationship &r, const QString &from, const QString &to)
{
    if (!r.canSpeak && !r.canHear)
        return tr("%1 cannot speak to or hear %2").arg(from, to);
    if (!r.canSpeak)
        return tr("%1 cannot speak to %2").arg(from, to);
    if (!r.canHear)
        return tr("%1 cannot hear %2").arg(from, to);
    return tr("%1 → %2 (no restriction)").arg(from, to);
}

QString RelationsPanel::label(quint32 id) const
{
    const auto p = m_model ? m_model->participant(id) : std::nullopt;
    return p ? cc::memberLabel(*p) : cc::memberLabel(id);
}

void RelationsPanel::refreshLabels()
{
    // Names may change between polls; keep the buttons (a click may be in progress).
    for (int i = 0; i < m_view->topLevelItemCount() && i < m_relationships.size(); ++i) {
        const cc::Relationship &r = m_relationships.at(i);
        const QString text = describe(r, label(r.from), label(r.to));
        QTreeWidgetItem *item = m_view->topLevelItem(i);
        if (item->text(0) != text) {
            item->setText(0, text);
            item->setToolTip(0, text);
        }
    }
}

void RelationsPanel::rebuild()
{
    m_view->clear();
    for (const cc::Relationship &r : std::as_const(m_relationships)) {
        auto *item = new QTreeWidgetItem(m_view);
        const QString text = describe(r, label(r.from), label(r.to));
        item->setText(0, text);
        item->setToolTip(0, text);
        item->setIcon(0, StatusIcons::icon(cc::Glyph::Relation));
        auto *clear = new QToolButton(m_view);
        clear->setObjectName(QStringLiteral("clearRelation_%1_%2").arg(r.from).arg(r.to));
        clear->setText(tr("Clear"));
        clear->setToolTip(tr("Remove this relation (relate %1 %2 clear)").arg(r.from).arg(r.to));
        clear->setAutoRaise(true);
        const quint32 from = r.from;
        const quint32 to = r.to;
        connect(clear, &QToolButton::clicked, this, [this, from, to] { emit clearRequested(from, to); });
        m_view->setItemWidget(item, 1, clear);
    }
    m_empty->setVisible(m_relationships.isEmpty());
    m_view->setVisible(!m_relationships.isEmpty());
    // Empty: as tall as its one line; with relations: as tall as the splitter gives.
    setSizePolicy(QSizePolicy::Preferred,
                  m_relationships.isEmpty() ? QSizePolicy::Maximum : QSizePolicy::Preferred);
    updateGeometry();
}

} // namespace gui
