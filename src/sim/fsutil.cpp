// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fsutil.h"

#include <climits>
#include <cstdlib>
#include <cstring>

namespace sim::fs {

namespace {

constexpr char kEscapeMeta = '\\';

char unescapeChar(char c)
{
    switch (c) {
    case 'n':
        return '\n';
    case 'r':
        return '\r';
    case 't':
        return '\t';
    case 's':
        return ' ';
    default:
        return c;
    }
}

bool hasQuoteAfter(const QByteArray &s, qsizetype pos)
{
    return s.indexOf('\'', pos + 1) >= 0;
}

// cleanup_separated_string(): strip quotes and escapes, leading and trailing blanks.
QByteArray cleanup(const QByteArray &s)
{
    qsizetype i = 0;
    while (i < s.size() && s.at(i) == ' ')
        ++i;
    QByteArray dest;
    dest.reserve(s.size() - i);
    qsizetype end = -1;
    bool insideQuotes = false;
    for (; i < s.size(); ++i) {
        bool escaped = false;
        const char c = s.at(i);
        if (c == kEscapeMeta && i + 1 < s.size()) {
            const char next = s.at(i + 1);
            char e = next;
            if (next == '\'' || next == '"' || next == ' ' || next == kEscapeMeta ||
                (e = unescapeChar(next)) != next) {
                ++i;
                dest.append(e);
                end = dest.size();
                escaped = true;
            }
        }
        if (escaped)
            continue;
        if (c == '\'' && (insideQuotes || hasQuoteAfter(s, i))) {
            insideQuotes = !insideQuotes;
            if (insideQuotes)
                end = dest.size();
        } else {
            dest.append(c);
            if (c != ' ' || insideQuotes)
                end = dest.size();
        }
    }
    if (end >= 0)
        dest.truncate(end);
    return dest;
}

} // namespace

QList<QByteArray> separateString(QByteArrayView lineView, int maxTokens)
{
    // separate_string_blank_delim() from switch_utils.c, state machine kept as is.
    const QByteArray line = lineView.toByteArray();
    QList<QByteArray> tokens;
    enum State { Start, FindDelim, SkipDelim } state = Start;
    bool insideQuotes = false;
    qsizetype tokenStart = 0;
    qsizetype i = 0;
    QList<QPair<qsizetype, qsizetype>> ranges;
    while (i < line.size() && ranges.size() < maxTokens) {
        if (state == Start) {
            tokenStart = i;
            ranges.append({tokenStart, line.size()});
            state = FindDelim;
            continue;
        }
        if (state == FindDelim) {
            const char c = line.at(i);
            if (c == kEscapeMeta) {
                ++i; // the escaped byte is skipped over
            } else if (c == '\'' && (insideQuotes || hasQuoteAfter(line, i))) {
                insideQuotes = !insideQuotes;
            } else if (c == ' ' && !insideQuotes) {
                ranges.last().second = i;
                state = SkipDelim;
            }
            ++i;
            continue;
        }
        if (line.at(i) == ' ')
            ++i;
        else
            state = Start;
    }
    tokens.reserve(ranges.size());
    for (const auto &r : ranges)
        tokens.append(cleanup(line.mid(r.first, qMin(r.second, line.size()) - r.first)));
    return tokens;
}

int atoi(QByteArrayView text)
{
    const QByteArray s = text.toByteArray();
    const long v = std::strtol(s.constData(), nullptr, 10);
    return static_cast<int>(static_cast<unsigned long>(v) & 0xffffffffUL);
}

void appendUrlEncoded(QByteArray &out, QByteArrayView value)
{
    static const char hex[] = "0123456789ABCDEF";
    static const char unsafe[] = "\r\n #%&+:;<=>?@[\\]^`{|}\"";
    const qsizetype n = value.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char c = value.at(i);
        bool passThrough = false;
        // the C code checks e - p > 1: at least two more bytes follow the '%'
        if (c == '%' && n - 1 - i > 1) {
            const char a = value.at(i + 1);
            const char b = value.at(i + 2);
            passThrough = std::strchr(hex, a) && a && std::strchr(hex, b) && b;
        }
        const auto uc = static_cast<unsigned char>(c);
        if (!passThrough && (uc < 0x20 || uc > 0x7E || std::strchr(unsafe, c))) {
            out.append('%');
            out.append(hex[(uc >> 4) & 0x0f]);
            out.append(hex[uc & 0x0f]);
        } else {
            out.append(c);
        }
    }
}

QByteArray urlEncode(QByteArrayView value)
{
    QByteArray out;
    out.reserve(value.size() * 3);
    appendUrlEncoded(out, value);
    return out;
}

void appendXmlEscaped(QByteArray &out, QByteArrayView value, bool attribute)
{
    const qsizetype n = value.size();
    for (qsizetype i = 0; i < n; ++i) {
        const auto c = static_cast<unsigned char>(value.at(i));
        if (c & 0x80) {
            // decode one UTF-8 sequence; invalid bytes are written as their own value
            int len = 0;
            char32_t cp = 0;
            if ((c & 0xE0) == 0xC0) {
                len = 1;
                cp = c & 0x1F;
            } else if ((c & 0xF0) == 0xE0) {
                len = 2;
                cp = c & 0x0F;
            } else if ((c & 0xF8) == 0xF0) {
                len = 3;
                cp = c & 0x07;
            } else {
                cp = c;
            }
            for (int k = 0; k < len && i + 1 < n; ++k) {
                const auto cc = static_cast<unsigned char>(value.at(i + 1));
                if ((cc & 0xC0) != 0x80)
                    break;
                cp = (cp << 6) | (cc & 0x3F);
                ++i;
            }
            out.append("&#x");
            out.append(QByteArray::number(static_cast<uint>(cp), 16).toUpper());
            out.append(';');
            continue;
        }
        switch (c) {
        case '&':
            out.append("&amp;");
            break;
        case '<':
            out.append("&lt;");
            break;
        case '>':
            out.append("&gt;");
            break;
        case '"':
            out.append(attribute ? QByteArrayView("&quot;") : QByteArrayView("\""));
            break;
        case '\n':
            out.append(attribute ? QByteArrayView("&#xA;") : QByteArrayView("\n"));
            break;
        case '\t':
            out.append(attribute ? QByteArrayView("&#x9;") : QByteArrayView("\t"));
            break;
        case '\r':
            out.append("&#xD;");
            break;
        default:
            out.append(static_cast<char>(c));
        }
    }
}

} // namespace sim::fs
