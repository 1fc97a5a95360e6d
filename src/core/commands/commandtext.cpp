// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Text helpers of cc::ConferenceCommand: control characters, member ids, shown input.
#include "core/commands/commandtext.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace cc::command {

bool isControl(QChar c)
{
    return c.category() == QChar::Other_Control || c == QChar(0x2028) || c == QChar(0x2029) ||
           c == QChar(0x85);
}

bool hasControl(const QString &s)
{
    return std::any_of(s.cbegin(), s.cend(), isControl);
}

bool hasWhitespace(const QString &s)
{
    return std::any_of(s.cbegin(), s.cend(), [](QChar c) { return c.isSpace(); });
}

bool hasQuoteOrBackslash(const QString &s)
{
    return s.contains(u'\'') || s.contains(u'"') || s.contains(u'\\');
}

QString shown(const QString &s)
{
    QString out;
    for (QChar c : s)
        out += isControl(c) ? QChar(0xFFFD) : c;
    if (out.size() > 40)
        out = out.left(39) + QChar(0x2026);
    return out;
}

bool isAsciiDigits(QStringView s)
{
    return !s.isEmpty() && std::all_of(s.cbegin(), s.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

std::optional<int> parseInt(QStringView s)
{
    QStringView digits = s;
    if (!digits.isEmpty() && (digits.front() == u'-' || digits.front() == u'+'))
        digits = digits.mid(1);
    if (!isAsciiDigits(digits) || digits.size() > 9)
        return std::nullopt;
    return s.toInt();
}

bool isCallerIdNumber(const QString &s)
{
    static const QRegularExpression re(u"^\\+?[0-9]{1,32}$"_s);
    return re.match(s).hasMatch();
}

std::optional<quint32> parseId(QStringView s)
{
    if (!isAsciiDigits(s) || s.size() > 10)
        return std::nullopt;
    const qulonglong v = s.toULongLong();
    if (v == 0 || v > std::numeric_limits<quint32>::max())
        return std::nullopt;
    return quint32(v);
}

std::optional<QList<quint32>> parseIdList(const QString &s)
{
    QList<quint32> ids;
    for (const QString &part : s.split(u',')) {
        const auto id = parseId(part);
        if (!id)
            return std::nullopt;
        ids << *id;
    }
    return ids;
}

QString joinIds(const QList<quint32> &ids)
{
    QStringList parts;
    for (quint32 id : ids)
        parts << QString::number(id);
    return parts.join(u',');
}

} // namespace cc::command
