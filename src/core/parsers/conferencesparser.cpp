// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/parsers/parsers.h"
#include "core/parsers/parserutil.h"
#include "core/parsers/restxmlutil.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QXmlStreamReader>

namespace cc {

namespace {

bool readInfoField(QXmlStreamReader &reader, ConferenceInfo &info)
{
    const QStringView name = reader.name();
    if (name == u"enabled") {
        const auto value = restxml::readBool(reader);
        if (!value)
            return false;
        info.enabled = *value;
    } else if (name == u"name") {
        info.name = reader.readElementText();
    } else if (name == u"description") {
        info.description = reader.readElementText();
    } else if (name == u"extension") {
        info.extension = reader.readElementText();
    } else if (name == u"accessCode") {
        info.accessCode = reader.readElementText();
    } else {
        reader.skipCurrentElement();
    }
    return !reader.hasError();
}

Parsed<QList<ConferenceInfo>> parseXml(QByteArrayView body)
{
    Parsed<QList<ConferenceInfo>> result;
    QXmlStreamReader reader(QByteArray::fromRawData(body.data(), body.size()));
    if (restxml::openRoot(reader, u"conferences")) {
        // XStream: <conferences><conference><enabled>…</enabled>…; null fields omitted (§2.1).
        while (reader.readNextStartElement()) {
            if (reader.name() != u"conference") {
                reader.skipCurrentElement();
                continue;
            }
            ConferenceInfo info;
            while (reader.readNextStartElement()) {
                if (!readInfoField(reader, info))
                    break;
            }
            if (!reader.hasError())
                result.value.append(std::move(info));
        }
        restxml::readToEnd(reader);
    }
    if (reader.hasError()) {
        result.value.clear();
        result.error = restxml::errorFrom(
            reader, QCoreApplication::translate("cc::Parsers", "The conference list from sipXconfig"));
    }
    return result;
}

std::optional<ConferenceInfo> infoFromJson(const QJsonValue &value)
{
    if (!value.isObject())
        return std::nullopt;
    const QJsonObject o = value.toObject();
    ConferenceInfo info;
    const QJsonValue enabled = o.value(QLatin1String("enabled"));
    if (enabled.isBool())
        info.enabled = enabled.toBool();
    else if (enabled.isString())
        info.enabled = enabled.toString() == u"true";
    else if (!enabled.isUndefined() && !enabled.isNull())
        return std::nullopt;
    info.name = restxml::jsonString(o.value(QLatin1String("name")));
    info.description = restxml::jsonString(o.value(QLatin1String("description")));
    info.extension = restxml::jsonString(o.value(QLatin1String("extension")));
    info.accessCode = restxml::jsonString(o.value(QLatin1String("accessCode")));
    return info;
}

Parsed<QList<ConferenceInfo>> parseJson(QByteArrayView body)
{
    Parsed<QList<ConferenceInfo>> result;
    QJsonParseError jsonError;
    const QJsonDocument doc =
        QJsonDocument::fromJson(QByteArray::fromRawData(body.data(), body.size()), &jsonError);
    if (jsonError.error != QJsonParseError::NoError) {
        result.error = restxml::jsonErrorFrom(
            body, jsonError,
            QCoreApplication::translate("cc::Parsers", "The conference list from sipXconfig"));
        return result;
    }
    // {"conferences":[…]} (§2.1); XStream/Jettison variants {"conferences":{"conference":[…]|{…}}}
    // and an empty string for an empty list are accepted too.
    QJsonValue list = doc.object().value(QLatin1String("conferences"));
    if (list.isObject() && list.toObject().contains(QLatin1String("conference")))
        list = list.toObject().value(QLatin1String("conference"));
    QJsonArray items;
    if (list.isArray())
        items = list.toArray();
    else if (list.isObject())
        items.append(list);
    else if (!(list.isString() && list.toString().isEmpty()) && !list.isNull()) {
        result.error = ParseError{
            QCoreApplication::translate("cc::Parsers",
                                        "The conference list from sipXconfig has no \"conferences\" entry."),
            0, 0};
        return result;
    }
    for (const QJsonValue &item : std::as_const(items)) {
        const auto info = infoFromJson(item);
        if (!info) {
            result.value.clear();
            result.error = ParseError{
                QCoreApplication::translate("cc::Parsers",
                                            "The conference list from sipXconfig contains an invalid entry."),
                0, 0};
            return result;
        }
        result.value.append(*info);
    }
    return result;
}

} // namespace

Parsed<QList<ConferenceInfo>> parseConferences(QByteArrayView body, bool json)
{
    return json ? parseJson(body) : parseXml(body);
}

} // namespace cc
