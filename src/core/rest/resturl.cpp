// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Path encoding of RestClient's request URLs (sipxconfig-conference-rest.md §3.1, §3.5).
#include "core/rest/resturl.h"

#include <QUrl>

#include <algorithm>

namespace cc {

namespace {

bool isPchar(char c)
{
    // RFC 3986 pchar without pct-encoded: unreserved / sub-delims / ":" / "@".
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    switch (c) {
    case '-':
    case '.':
    case '_':
    case '~':
    case '!':
    case '$':
    case '&':
    case '\'':
    case '(':
    case ')':
    case '*':
    case '+':
    case ',':
    case ';':
    case '=':
    case ':':
    case '@':
        return true;
    default:
        return false;
    }
}

void appendPercent(QByteArray &out, unsigned char c)
{
    static constexpr char hex[] = "0123456789ABCDEF";
    out.append('%');
    out.append(hex[c >> 4]);
    out.append(hex[c & 0xf]);
}

bool isHex(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

/// Percent-encodes every byte that is not a pchar; with `keepEscapes` an existing %XX stays.
QByteArray encodeSegment(const QString &text, bool keepEscapes)
{
    QByteArray out;
    const QByteArray utf8 = text.toUtf8();
    out.reserve(utf8.size() * 3);
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const char c = utf8.at(i);
        if (isPchar(c))
            out.append(c);
        else if (keepEscapes && c == '%' && i + 2 < utf8.size() && isHex(utf8.at(i + 1)) &&
                 isHex(utf8.at(i + 2)))
            out.append(c); // an existing escape such as %20
        else
            appendPercent(out, static_cast<unsigned char>(c));
    }
    return out;
}

} // namespace

QByteArray encodeNameSegment(const QString &name)
{
    return encodeSegment(name, false);
}

QByteArray encodeCommandSegment(const QString &segment)
{
    return encodeSegment(segment, true);
}

QByteArray encodeRelativePath(const QString &relativePath)
{
    QByteArray path;
    const QByteArray raw = relativePath.toUtf8();
    const qsizetype question = raw.indexOf('?');
    const QByteArray pathPart = question < 0 ? raw : raw.left(question);
    for (const QByteArray &segment : pathPart.split('/')) {
        if (segment.isEmpty())
            continue;
        path += '/' + encodeCommandSegment(QString::fromUtf8(segment));
    }
    if (path.isEmpty())
        path = "/";
    if (question >= 0) {
        // The query goes through as typed, minus bytes that are never legal in a URL.
        path += '?' + QUrl::toPercentEncoding(QString::fromUtf8(raw.mid(question + 1)), "!$&'()*+,;=:@/?%");
    }
    return path;
}

bool hasDotSegment(const QUrl &url)
{
    const QList<QByteArray> segments = url.path(QUrl::FullyEncoded).toLatin1().split('/');
    return std::any_of(segments.cbegin(), segments.cend(), [](const QByteArray &s) {
        return s == "." || s == ".." || s.compare("%2E", Qt::CaseInsensitive) == 0 ||
               s.compare("%2E%2E", Qt::CaseInsensitive) == 0;
    });
}

} // namespace cc
