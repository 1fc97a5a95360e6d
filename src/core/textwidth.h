// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace cc {

/// Columns a terminal gives `text`: East Asian wide and fullwidth characters (王芳, ｶ, most
/// emoji) take two, combining marks and zero-width characters none, the rest one (the rules of
/// Markus Kuhn's wcwidth, without depending on the process locale).
int displayWidth(QStringView text);

/// `text` padded with spaces to `width` display columns, on the right or (numbers) the left.
QString padToWidth(const QString &text, int width, bool alignRight = false);

} // namespace cc
