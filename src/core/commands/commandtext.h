// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Text helpers of cc::ConferenceCommand's checks, parser and encoders (internal to confcore).

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace cc::command {

/// Newlines and other controls would end or split the FreeSWITCH command line (ESL framing).
bool isControl(QChar c);
bool hasControl(const QString &s);
bool hasWhitespace(const QString &s);
bool hasQuoteOrBackslash(const QString &s);
bool isAsciiDigits(QStringView s);
/// Strict signed integer: optional sign and ASCII digits only (QString::toInt accepts spaces).
std::optional<int> parseInt(QStringView s);
bool isCallerIdNumber(const QString &s);
/// Input echoed inside a message: short and without control characters.
QString shown(const QString &s);
/// A member id: plain positive decimal that fits quint32 (freeswitch-conference.md §1.3).
std::optional<quint32> parseId(QStringView s);
/// "7,8" as member ids; nullopt when a part is not one.
std::optional<QList<quint32>> parseIdList(const QString &s);
QString joinIds(const QList<quint32> &ids);

} // namespace cc::command
