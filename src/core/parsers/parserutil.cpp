// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/parsers/parserutil.h"

#include <QStringDecoder>

#include <limits>

namespace cc::parserutil {

namespace {

char16_t unit(QChar c)
{
    return c.unicode();
}
char16_t unit(char c)
{
    return char16_t(uchar(c));
}

template <class View> std::optional<qint64> parseIntegerImpl(View text, qint64 min, qint64 max)
{
    qsizetype i = 0;
    const qsizetype n = text.size();
    bool negative = false;
    if (n > 0 && unit(text[0]) == u'-') {
        negative = true;
        i = 1;
    }
    if (i == n || n - i > 19)
        return std::nullopt;
    quint64 value = 0;
    for (; i < n; ++i) {
        const char16_t c = unit(text[i]);
        if (c < u'0' || c > u'9')
            return std::nullopt;
        const quint64 digit = quint64(c - u'0');
        if (value > (std::numeric_limits<quint64>::max() - digit) / 10)
            return std::nullopt;
        value = value * 10 + digit;
    }
    // |min(qint64)| fits in quint64; anything beyond the signed range is out anyway.
    if (!negative && value > quint64(std::numeric_limits<qint64>::max()))
        return std::nullopt;
    if (negative && value > quint64(std::numeric_limits<qint64>::max()) + 1)
        return std::nullopt;
    const qint64 result = negative ? qint64(0 - value) : qint64(value);
    if (result < min || result > max)
        return std::nullopt;
    return result;
}

} // namespace

std::optional<qint64> parseInteger(QStringView text, qint64 min, qint64 max)
{
    return parseIntegerImpl(text, min, max);
}

std::optional<qint64> parseInteger(QByteArrayView text, qint64 min, qint64 max)
{
    return parseIntegerImpl(text, min, max);
}

QString snippet(QStringView text, qsizetype maxChars)
{
    qsizetype end = 0;
    while (end < text.size() && text[end] != u'\n' && text[end] != u'\r')
        ++end;
    QString out = text.first(std::min(end, maxChars)).toString();
    for (QChar &c : out) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7F)
            c = QChar(0xFFFD);
    }
    if (end > maxChars || end < text.size())
        out += QChar(0x2026); // more text follows
    return out;
}

QString snippet(QByteArrayView text, qsizetype maxChars)
{
    // Decode only what can be shown; a 1 MB body must not be converted whole.
    const QString decoded = QString::fromUtf8(text.first(std::min(text.size(), maxChars * 4 + 4)));
    QString out = snippet(QStringView(decoded), maxChars);
    if (text.size() > maxChars * 4 + 4 && !out.endsWith(QChar(0x2026)))
        out += QChar(0x2026);
    return out;
}

QString lossyDecode(QByteArrayView bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder.decode(bytes);
    if (!decoder.hasError())
        return text;
    return QString::fromLatin1(bytes);
}

QByteArrayView trimmedView(QByteArrayView text)
{
    qsizetype b = 0;
    qsizetype e = text.size();
    auto space = [](char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
    };
    while (b < e && space(text[b]))
        ++b;
    while (e > b && space(text[e - 1]))
        --e;
    return text.sliced(b, e - b);
}

} // namespace cc::parserutil
