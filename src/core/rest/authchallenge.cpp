// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/rest/authchallenge.h"

namespace cc {

namespace {
bool isSpace(char c)
{
    return c == ' ' || c == '\t';
}
} // namespace

qsizetype authSchemeParamsAt(QByteArrayView header, QByteArrayView scheme)
{
    const qsizetype n = header.size();
    const qsizetype len = scheme.size();
    qsizetype i = 0;
    while (i < n) {
        while (i < n && (isSpace(header[i]) || header[i] == ','))
            ++i;
        // A token here is a scheme name when no '=' follows it before a space/comma.
        const qsizetype start = i;
        while (i < n && !isSpace(header[i]) && header[i] != ',' && header[i] != '=')
            ++i;
        const QByteArrayView token = header.sliced(start, i - start);
        if ((i >= n || header[i] != '=') && token.compare(scheme, Qt::CaseInsensitive) == 0 && len > 0)
            return i;
        // Skip a parameter value (quoted strings may hold commas).
        if (i < n && header[i] == '=') {
            ++i;
            readAuthParamValue(header, &i);
        }
    }
    return -1;
}

QHash<QByteArray, QByteArray> parseAuthChallengeParams(QByteArrayView s)
{
    QHash<QByteArray, QByteArray> out;
    qsizetype i = 0;
    const qsizetype n = s.size();
    while (i < n) {
        while (i < n && (isSpace(s[i]) || s[i] == ','))
            ++i;
        const qsizetype keyStart = i;
        while (i < n && s[i] != '=' && s[i] != ',' && !isSpace(s[i]))
            ++i;
        const QByteArray key = s.sliced(keyStart, i - keyStart).toByteArray().toLower();
        if (i >= n || s[i] != '=') {
            if (!key.isEmpty())
                break; // a bare token: the next challenge's scheme name
            continue;
        }
        ++i;
        const QByteArray value = readAuthParamValue(s, &i);
        if (!key.isEmpty() && !out.contains(key))
            out.insert(key, value);
    }
    return out;
}

QByteArray readAuthParamValue(QByteArrayView s, qsizetype *pos)
{
    qsizetype i = *pos;
    const qsizetype n = s.size();
    QByteArray value;
    if (i < n && s[i] == '"') {
        ++i;
        while (i < n && s[i] != '"') {
            if (s[i] == '\\' && i + 1 < n)
                ++i;
            value.append(s[i++]);
        }
        ++i; // closing quote (past the end when unterminated)
    } else {
        const qsizetype valueStart = i;
        while (i < n && s[i] != ',')
            ++i;
        value = s.sliced(valueStart, i - valueStart).trimmed().toByteArray();
    }
    *pos = i;
    return value;
}

QHash<QByteArray, QByteArray> authChallengeParams(QByteArrayView header, QByteArrayView scheme, bool *offered)
{
    const qsizetype at = authSchemeParamsAt(header, scheme);
    if (offered)
        *offered = at >= 0;
    if (at < 0)
        return {};
    return parseAuthChallengeParams(header.sliced(at));
}

} // namespace cc
