// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/common/statusicons.h"

#include <QStyledItemDelegate>

#include <optional>

namespace gui {

/// Draws the member table: flag columns as glyphs (with a text fallback; the model supplies
/// tooltips and accessible text), a level bar for the energy threshold, a relation badge on
/// the name, and grey text for stale rows.
class ParticipantDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ParticipantDelegate)

public:
    explicit ParticipantDelegate(QObject *parent = nullptr);

    /// Upper end of the energy bar (freeswitch-conference.md §11.3: 0..1800 is the useful range).
    static constexpr int MaxEnergy = 1800;

    /// The glyph a glyph cell shows (GlyphRole), or nullopt when it shows none / is no glyph cell.
    static std::optional<cc::Glyph> glyphFor(const QModelIndex &index);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    void paintLevel(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;
};

} // namespace gui
