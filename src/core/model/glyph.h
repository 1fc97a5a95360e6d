// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace cc {

/// Which picture the console draws for a state. The GUI maps each to an icon
/// (gui/common/statusicons: the same shapes in SVG and painted); core only
/// names them, so the column table can say which picture a cell shows.
enum class Glyph {
    None,
    Talking,
    Muted,
    Deaf,
    Floor,
    Moderator,
    Hold,
    Video,
    Recording,
    Lock,
    Relation,
    App,
    RaisedHand, ///< muted but talking: wants to speak
};

} // namespace cc
