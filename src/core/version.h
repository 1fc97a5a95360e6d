// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace cc {
/// Product version, as set in the top-level CMakeLists.txt.
QString versionString();
/// The User-Agent the console sends.
QByteArray userAgent();
} // namespace cc
