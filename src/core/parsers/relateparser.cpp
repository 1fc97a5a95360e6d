// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/parsers/parsers.h"
#include "core/parsers/parserutil.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <limits>

namespace cc {

Parsed<QList<Relationship>> parseRelateListing(QByteArrayView output)
{
    Parsed<QList<Relationship>> result;
    const QString text = QString::fromUtf8(output);
    // "<A> -> <B> <SPEAK|NOSPEAK> <HEAR|NOHEAR> <SENDVIDEO|NOSENDVIDEO> " (freeswitch-conference.md §7.3)
    static const QRegularExpression line(
        QStringLiteral(R"(^(\d+) -> (\d+) (SPEAK|NOSPEAK) (HEAR|NOHEAR) (SENDVIDEO|NOSENDVIDEO)\s*$)"));
    qint64 lineNumber = 0;
    for (QStringView l : QStringView(text).split(u'\n')) {
        ++lineNumber;
        const QStringView trimmed = l.trimmed();
        if (trimmed.isEmpty() || trimmed == u"+OK No relationships")
            continue;
        const auto m = line.match(l);
        const auto from =
            m.hasMatch() ? parserutil::parseInteger(m.capturedView(1), 0, std::numeric_limits<quint32>::max())
                         : std::nullopt;
        const auto to =
            m.hasMatch() ? parserutil::parseInteger(m.capturedView(2), 0, std::numeric_limits<quint32>::max())
                         : std::nullopt;
        if (!from || !to) {
            const QString message =
                trimmed.startsWith(u"-ERR")
                    ? QCoreApplication::translate("cc::Parsers", "FreeSWITCH answered \"%1\" instead of "
                                                                 "the relationship list.")
                          .arg(parserutil::snippet(trimmed))
                    : QCoreApplication::translate("cc::Parsers", "Line %1 of the relationship list is "
                                                                 "not understood: \"%2\".")
                          .arg(lineNumber)
                          .arg(parserutil::snippet(trimmed));
            result.value.clear();
            result.error = ParseError{message, lineNumber, 1};
            return result;
        }
        Relationship r;
        r.from = quint32(*from);
        r.to = quint32(*to);
        r.canSpeak = m.capturedView(3) == u"SPEAK";
        r.canHear = m.capturedView(4) == u"HEAR";
        r.sendVideo = m.capturedView(5) == u"SENDVIDEO";
        result.value.append(r);
    }
    return result;
}

} // namespace cc
