// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The two readers behind parseXmlList(): the strict fast path and QXmlStreamReader.
// Internal to the xml_list parser (xmllistparser.cpp, xmllistreader.cpp).
#pragma once

#include "core/parsers/parsers.h"

#include <QByteArray>

namespace cc::xmllist {

/// Reads `document` with StrictXmlReader (xmllistfastreader.h). An error only means that the
/// document is outside the strict subset; its message is never shown.
Parsed<QList<ConferenceSnapshot>> readStrict(const QByteArray &document);
/// Reads `document` with QXmlStreamReader; its errors are the ones the user sees.
Parsed<QList<ConferenceSnapshot>> readStream(const QByteArray &document);

} // namespace cc::xmllist
