// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/glyph.h"

#include <QIcon>
#include <QString>

namespace gui {

/// The status glyphs of the console (cc::Glyph names them; this draws them). Shapes differ (not only colours)
/// so they read in greyscale and for colour-blind moderators. Loaded from :/gui/icons/*.svg when Qt's SVG
/// image plugin is present; otherwise the same shapes are painted with QPainter so the
/// console never shows blank cells.
class StatusIcons final
{
public:
    using Glyph = cc::Glyph;

    static QIcon icon(Glyph glyph);
    /// Short text used when icons cannot be shown and as the accessible name.
    static QString text(Glyph glyph);
    static QString resourcePath(Glyph glyph);

private:
    static QIcon painted(Glyph glyph);
};

} // namespace gui
