// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Small helpers shared by the parser files (internal to confcore).

#include <QByteArrayView>
#include <QString>
#include <QStringView>

#include <optional>

namespace cc::parserutil {

/// Strict integer: optional '-', then 1..19 ASCII digits, nothing else; range-checked.
std::optional<qint64> parseInteger(QStringView text, qint64 min, qint64 max);
std::optional<qint64> parseInteger(QByteArrayView text, qint64 min, qint64 max);

/// The first line of `text`, lossy-decoded, control characters replaced, cut to `maxChars`
/// (with an ellipsis) — for quoting server text inside a message.
QString snippet(QByteArrayView text, qsizetype maxChars = 160);
QString snippet(QStringView text, qsizetype maxChars = 160);

/// UTF-8 when valid, otherwise Latin-1 (never fails, never loses a byte).
QString lossyDecode(QByteArrayView bytes);

QByteArrayView trimmedView(QByteArrayView text);

} // namespace cc::parserutil
