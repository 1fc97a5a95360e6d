// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/version.h"

namespace cc {

QString versionString()
{
    return QStringLiteral(CONFCONSOLE_VERSION);
}

QByteArray userAgent()
{
    return QByteArrayLiteral("ConferenceConsole/" CONFCONSOLE_VERSION);
}

} // namespace cc
