// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

/// Byte-exact ports of the FreeSWITCH core helpers that shape mod_conference output
/// (freeswitch-conference.md §1.1, §4.2). They work on UTF-8 bytes like the C originals.
namespace sim::fs {

/// switch_separate_string(buf, ' ', argv, max): blank-delimited split with single-quote
/// grouping, backslash escapes and collapsed spaces; the last token keeps the remainder.
QList<QByteArray> separateString(QByteArrayView line, int maxTokens = 25);

/// C atoi() as glibc implements it (strtol, then truncation to int).
int atoi(QByteArrayView text);

/// switch_url_encode: SWITCH_URL_UNSAFE + bytes outside 0x20..0x7E as uppercase %XX; an
/// existing %XX with uppercase hex digits passes through.
void appendUrlEncoded(QByteArray &out, QByteArrayView value);
QByteArray urlEncode(QByteArrayView value);

/// switch_xml_ampencode with USE_UTF_8_ENCODING: entity escaping, non-ASCII as &#xNN;.
void appendXmlEscaped(QByteArray &out, QByteArrayView value, bool attribute);

} // namespace sim::fs
