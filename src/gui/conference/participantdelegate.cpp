// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/conference/participantdelegate.h"

#include "core/model/participantmodel.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>

namespace gui {

using cc::ParticipantModel;

ParticipantDelegate::ParticipantDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

std::optional<cc::Glyph> ParticipantDelegate::glyphFor(const QModelIndex &index)
{
    const QVariant value = index.data(ParticipantModel::GlyphRole);
    if (!value.isValid() || cc::Glyph(value.toInt()) == cc::Glyph::None)
        return std::nullopt;
    return cc::Glyph(value.toInt());
}

namespace {

cc::CellKind kindOf(const QModelIndex &index)
{
    return cc::participantColumn(index.column()).kind;
}

} // namespace

void ParticipantDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (kindOf(index) == cc::CellKind::Glyph) {
        // The model's CheckStateRole is for accessibility and plain views; here the glyph says it.
        option->features &= ~QStyleOptionViewItem::HasCheckIndicator;
        option->text.clear();
    }
    if (index.data(ParticipantModel::StaleRole).toBool()) {
        // Data older than two poll intervals: still readable, visibly not live.
        option->palette.setColor(QPalette::Text, option->palette.color(QPalette::Disabled, QPalette::Text));
        option->palette.setColor(QPalette::HighlightedText,
                                 option->palette.color(QPalette::Disabled, QPalette::HighlightedText));
        option->font.setItalic(true);
    }
    if (index.column() == ParticipantModel::NameColumn &&
        !index.data(ParticipantModel::RelationsRole).toStringList().isEmpty()) {
        option->features |= QStyleOptionViewItem::HasDecoration;
        option->icon = StatusIcons::icon(cc::Glyph::Relation);
        option->decorationPosition = QStyleOptionViewItem::Right;
    }
}

void ParticipantDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    if (kindOf(index) == cc::CellKind::Level) {
        paintLevel(painter, option, index);
        return;
    }
    if (kindOf(index) != cc::CellKind::Glyph) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }

    // Background/selection/focus from the style, then the glyph centred.
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    opt.icon = QIcon();
    opt.features &= ~QStyleOptionViewItem::HasDecoration;
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const auto glyph = glyphFor(index);
    if (!glyph)
        return;
    const bool stale = index.data(ParticipantModel::StaleRole).toBool();
    const int side = qMin(18, qMin(opt.rect.width(), opt.rect.height()) - 4);
    const QIcon icon = StatusIcons::icon(*glyph);
    painter->save();
    if (!icon.isNull() && side >= 8) {
        const QRect target(opt.rect.center().x() - side / 2 + 1, opt.rect.center().y() - side / 2 + 1, side,
                           side);
        icon.paint(painter, target, Qt::AlignCenter, stale ? QIcon::Disabled : QIcon::Normal);
    } else {
        // Text fallback: the first letter of the state name.
        painter->setPen(opt.palette.color(opt.state & QStyle::State_Selected ? QPalette::HighlightedText
                                                                             : QPalette::Text));
        painter->drawText(opt.rect, Qt::AlignCenter, StatusIcons::text(*glyph).left(1));
    }
    painter->restore();
}

void ParticipantDelegate::paintLevel(QPainter *painter, const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    bool ok = false;
    const int energy = index.data(ParticipantModel::SortRole).toInt(&ok);
    if (!ok)
        return;
    const bool stale = index.data(ParticipantModel::StaleRole).toBool();
    const QRect area = opt.rect.adjusted(4, 4, -4, -4);
    const QFontMetrics fm(opt.font);
    const int textWidth = fm.horizontalAdvance(QStringLiteral("18000"));
    QRect bar = area.adjusted(0, area.height() / 2 - 3, -textWidth - 6, -(area.height() / 2 - 3));
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QColor frame = opt.palette.color(QPalette::Mid);
    painter->setPen(QPen(frame, 1));
    painter->setBrush(opt.palette.color(QPalette::Base));
    painter->drawRoundedRect(QRectF(bar).adjusted(0.5, 0.5, -0.5, -0.5), 2, 2);
    const double fraction = qBound(0.0, double(energy) / MaxEnergy, 1.0);
    if (fraction > 0) {
        QRectF fill = QRectF(bar).adjusted(1, 1, -1, -1);
        fill.setWidth(fill.width() * fraction);
        painter->setPen(Qt::NoPen);
        painter->setBrush(stale ? opt.palette.color(QPalette::Disabled, QPalette::Highlight)
                                : opt.palette.color(QPalette::Active, QPalette::Highlight));
        painter->drawRoundedRect(fill, 1.5, 1.5);
    }
    painter->setPen(
        opt.palette.color(opt.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
    painter->setFont(opt.font);
    const QRect textRect(bar.right() + 6, area.top(), textWidth, area.height());
    painter->drawText(textRect, Qt::AlignRight | Qt::AlignVCenter,
                      text.isEmpty() ? QString::number(energy) : text);
    painter->restore();
}

QSize ParticipantDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(qMax(size.height(), 26));
    const cc::ParticipantColumn &column = cc::participantColumn(index.column());
    if (column.width == cc::ColumnWidth::Fixed)
        size.setWidth(column.minimumWidth);
    else
        size.setWidth(qMax(size.width(), column.minimumWidth));
    return size;
}

} // namespace gui
