// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers for the sipXconfig (XStream) XML/JSON parsers (internal to confcore).

#include "core/parsers/parsers.h"

#include <QJsonParseError>
#include <QJsonValue>
#include <QXmlStreamReader>

#include <optional>

namespace cc::restxml {

/// Moves to the root element, refusing DTDs; raises an error unless it is `root`.
bool openRoot(QXmlStreamReader &reader, QStringView root);
/// Reads past the root so trailing garbage is reported.
void readToEnd(QXmlStreamReader &reader);
/// "true"/"false" element text; anything else raises an error.
std::optional<bool> readBool(QXmlStreamReader &reader);
/// Strict integer element text; anything else raises an error.
std::optional<qint64> readInt(QXmlStreamReader &reader, qint64 min, qint64 max);
/// `what` names the document, e.g. "The conference list from sipXconfig".
ParseError errorFrom(const QXmlStreamReader &reader, const QString &what);
ParseError jsonErrorFrom(QByteArrayView body, const QJsonParseError &error, const QString &what);
/// String, number or bool as text; null/undefined as empty.
QString jsonString(const QJsonValue &value);

} // namespace cc::restxml
