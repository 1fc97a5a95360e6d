// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/parsers/restxmlutil.h"

#include "core/parsers/parserutil.h"

#include <QCoreApplication>

namespace cc::restxml {

namespace {} // namespace

bool openRoot(QXmlStreamReader &reader, QStringView root)
{
    while (!reader.atEnd()) {
        const auto token = reader.readNext();
        if (token == QXmlStreamReader::DTD) {
            reader.raiseError(QCoreApplication::translate(
                "cc::Parsers", "the document contains a document type declaration, which is not accepted"));
            return false;
        }
        if (token == QXmlStreamReader::StartElement)
            break;
    }
    if (reader.hasError())
        return false;
    if (!reader.isStartElement()) {
        reader.raiseError(QCoreApplication::translate("cc::Parsers", "the document is empty"));
        return false;
    }
    if (reader.name() != root) {
        reader.raiseError(QCoreApplication::translate("cc::Parsers", "expected <%1> but found <%2>")
                              .arg(root, reader.name()));
        return false;
    }
    return true;
}

void readToEnd(QXmlStreamReader &reader)
{
    while (!reader.atEnd() && !reader.hasError())
        reader.readNext();
}

std::optional<bool> readBool(QXmlStreamReader &reader)
{
    const QString name = reader.name().toString();
    const QString text = reader.readElementText().trimmed();
    if (reader.hasError())
        return std::nullopt;
    if (text == u"true")
        return true;
    if (text == u"false")
        return false;
    reader.raiseError(QCoreApplication::translate("cc::Parsers", "<%1> should be true or false but is \"%2\"")
                          .arg(name, parserutil::snippet(text, 40)));
    return std::nullopt;
}

std::optional<qint64> readInt(QXmlStreamReader &reader, qint64 min, qint64 max)
{
    const QString name = reader.name().toString();
    const QString text = reader.readElementText().trimmed();
    if (reader.hasError())
        return std::nullopt;
    const auto value = parserutil::parseInteger(QStringView(text), min, max);
    if (!value)
        reader.raiseError(QCoreApplication::translate("cc::Parsers", "<%1> should be a number but is \"%2\"")
                              .arg(name, parserutil::snippet(text, 40)));
    return value;
}

ParseError errorFrom(const QXmlStreamReader &reader, const QString &what)
{
    //: %1 names the document, %2 is the reason
    return ParseError{QCoreApplication::translate("cc::Parsers", "%1 could not be read: %2.")
                          .arg(what, reader.errorString()),
                      reader.lineNumber(), reader.columnNumber()};
}

ParseError jsonErrorFrom(QByteArrayView body, const QJsonParseError &error, const QString &what)
{
    // Convert the byte offset to line/column for the message.
    const qsizetype offset = std::clamp<qsizetype>(error.offset, 0, body.size());
    const QByteArrayView before = body.first(offset);
    const qint64 line = before.count('\n') + 1;
    const qsizetype lastNewline = before.lastIndexOf('\n');
    const qint64 column = offset - lastNewline;
    return ParseError{QCoreApplication::translate("cc::Parsers", "%1 is not valid JSON: %2.")
                          .arg(what, error.errorString()),
                      line, column};
}

QString jsonString(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

} // namespace cc::restxml
