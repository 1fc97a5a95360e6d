// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPalette>
#include <QString>

#include <optional>

class QMenu;
class QWidget;

namespace gui {

/// Light and dark appearance. "System" keeps the platform's palette (a desktop platform theme
/// follows the desktop's dark mode); Light and Dark switch to the Fusion style with a palette of
/// our own, so the console is readable even without a platform theme (plain X11, offscreen).
/// Status glyphs take their ink from the palette (StatusIcons), so they stay visible.
class Theme final
{
public:
    enum Mode { System, Light, Dark };

    static QString name(Mode mode); ///< "system", "light", "dark"
    static std::optional<Mode> fromName(const QString &name);

    /// Applies `mode` to the application (style and palette). Call after QApplication exists.
    static void apply(Mode mode);
    static Mode current();
    /// The mode saved in QSettings ("ui/theme"), System when none or unknown.
    static Mode saved();
    static void save(Mode mode);

    static QPalette lightPalette();
    static QPalette darkPalette();
    /// True when `palette` has a dark window background (whatever set it).
    static bool isDark(const QPalette &palette);

    /// View ▸ Theme: System / Light / Dark, exclusive; choosing applies and saves.
    static QMenu *createMenu(QWidget *parent);
};

} // namespace gui
