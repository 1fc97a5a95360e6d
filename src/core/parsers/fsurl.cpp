// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/parsers/parsers.h"

#include <cstring>

namespace cc {

namespace {

int hexValue(char16_t c)
{
    if (c >= u'0' && c <= u'9')
        return c - u'0';
    if (c >= u'A' && c <= u'F')
        return c - u'A' + 10;
    if (c >= u'a' && c <= u'f')
        return c - u'a' + 10;
    return -1;
}

bool isUpperHex(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F');
}

// SWITCH_URL_UNSAFE (freeswitch-conference.md §4.2).
constexpr char kUnsafe[] = "\r\n #%&+:;<=>?@[\\]^`{|}\"";

} // namespace

QString fsUrlDecode(QByteArrayView encoded)
{
    if (!encoded.contains('%'))
        return QString::fromUtf8(encoded); // invalid UTF-8 becomes U+FFFD
    QByteArray bytes;
    bytes.reserve(encoded.size());
    const qsizetype n = encoded.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char c = encoded[i];
        if (c == '%' && i + 2 < n) {
            const int hi = hexValue(char16_t(uchar(encoded[i + 1])));
            const int lo = hexValue(char16_t(uchar(encoded[i + 2])));
            if (hi >= 0 && lo >= 0) {
                bytes.append(char(hi * 16 + lo));
                i += 2;
                continue;
            }
        }
        bytes.append(c); // '+' stays '+', a lone or invalid '%' is kept literally
    }
    return QString::fromUtf8(bytes);
}

QString fsUrlDecode(QStringView encoded)
{
    if (!encoded.contains(u'%'))
        return encoded.toString();
    // Collect bytes: %XX as a byte, anything else as its UTF-8 form, then decode once so that
    // multi-byte sequences split over several %XX come out right.
    QByteArray bytes;
    bytes.reserve(encoded.size());
    const qsizetype n = encoded.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = encoded[i].unicode();
        if (c == u'%' && i + 2 < n) {
            const int hi = hexValue(encoded[i + 1].unicode());
            const int lo = hexValue(encoded[i + 2].unicode());
            if (hi >= 0 && lo >= 0) {
                bytes.append(char(hi * 16 + lo));
                i += 2;
                continue;
            }
        }
        if (c < 0x80) {
            bytes.append(char(c));
        } else {
            // Rare: non-ASCII that came from a character reference. Keep surrogate pairs together.
            qsizetype len = 1;
            if (QChar::isHighSurrogate(c) && i + 1 < n && encoded[i + 1].isLowSurrogate())
                len = 2;
            bytes.append(encoded.mid(i, len).toUtf8());
            i += len - 1;
        }
    }
    return QString::fromUtf8(bytes);
}

QByteArray fsUrlEncode(QStringView text)
{
    static constexpr char hex[] = "0123456789ABCDEF";
    const QByteArray utf8 = text.toUtf8();
    QByteArray out;
    out.reserve(utf8.size() * 3);
    const qsizetype n = utf8.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char c = utf8[i];
        // An existing "%XX" with UPPERCASE hex passes through (switch_url_encode, double_encode off).
        const bool passThrough = c == '%' && i + 2 < n && isUpperHex(utf8[i + 1]) && isUpperHex(utf8[i + 2]);
        const uchar u = uchar(c);
        if (!passThrough && (u < 0x20 || u > 0x7E || std::strchr(kUnsafe, c) != nullptr)) {
            out.append('%');
            out.append(hex[(u >> 4) & 0x0F]);
            out.append(hex[u & 0x0F]);
        } else {
            out.append(c);
        }
    }
    return out;
}

} // namespace cc
