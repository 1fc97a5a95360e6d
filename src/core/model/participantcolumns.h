// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Each column of the participant table described once: the model, the sort/filter proxy, the
// delegate, the view's sizing and confctl's member table all read this table.
#pragma once

#include "core/model/glyph.h"
#include "core/model/participant.h"

#include <QString>
#include <QVariant>

#include <optional>
#include <span>

namespace cc {

class ParticipantModel;

/// What one cell is computed from: the member, the instants the model derived from its
/// durations, and "now" (the Joined and Last talked cells tick).
struct MemberCell
{
    const Participant &member;
    qint64 joinedAtMs = 0;
    std::optional<qint64> lastTalkedAtMs;
    qint64 nowMs = 0;
    const ParticipantModel *model = nullptr; ///< for relationship sentences; null in confctl

    /// A cell from a snapshot's durations alone (confctl, reports).
    static MemberCell fromDurations(const Participant &member, qint64 nowMs);
    QStringList relations() const;
};

/// How a cell is drawn.
enum class CellKind {
    Text,  ///< the display text
    Glyph, ///< a status picture (glyph()), centred; the text is for screen readers and plain views
    Level, ///< a bar with the number beside it (energy)
};

/// How the view sizes a column.
enum class ColumnWidth {
    Stretch,    ///< takes the room the others leave (the name)
    FitContent, ///< as wide as its widest cell or header, at least minimumWidth
    Fixed,      ///< minimumWidth exactly (glyph columns)
};

struct ParticipantColumn
{
    using Text = QString (*)(const MemberCell &);

    int column = 0;                      ///< ParticipantModel::Column
    const char *key = nullptr;           ///< stable English name: settings, confctl --json field names
    const char *header = nullptr;        ///< translated with the context "cc::ParticipantModel"
    const char *headerToolTip = nullptr; ///< same context
    CellKind kind = CellKind::Text;
    ColumnWidth width = ColumnWidth::FitContent;
    int minimumWidth = 0; ///< pixels at the default font
    Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter;
    Glyph headerGlyph = Glyph::None; ///< drawn instead of the header text (glyph columns)
    bool ownTerminalColumn = false;  ///< a column of its own in confctl's table (glyph columns
                                     ///< are listed together under FLAGS)

    Text display = nullptr;
    Text toolTip = nullptr;
    Text accessibleText = nullptr; ///< null: the display text
    QVariant (*sortKey)(const MemberCell &) = nullptr;
    Glyph (*glyph)(const MemberCell &) = nullptr;  ///< glyph columns: what to draw (None: nothing)
    bool (*checked)(const MemberCell &) = nullptr; ///< glyph columns: Qt::CheckStateRole for plain views

    bool isGlyph() const { return kind == CellKind::Glyph; }
    QString headerText() const;
    QString headerToolTipText() const;
};

/// Every column, in ParticipantModel::Column order.
std::span<const ParticipantColumn> participantColumns();
/// The column `column` (ParticipantModel::Column); the id column for a number out of range.
const ParticipantColumn &participantColumn(int column);

} // namespace cc
