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

#include <cmath>
#include <limits>

namespace cc {

namespace {

constexpr qint64 kIntMin = std::numeric_limits<int>::min();
constexpr qint64 kIntMax = std::numeric_limits<int>::max();

bool readMemberField(QXmlStreamReader &reader, DetailsMember &m)
{
    const QStringView name = reader.name();
    std::optional<qint64> n;
    std::optional<bool> b;
    if (name == u"id") {
        if (!(n = restxml::readInt(reader, 0, std::numeric_limits<quint32>::max())))
            return false;
        m.id = quint32(*n);
    } else if (name == u"name") {
        m.name = reader.readElementText();
    } else if (name == u"imId") {
        m.imId = reader.readElementText();
    } else if (name == u"uuid") {
        m.uuid = reader.readElementText();
    } else if (name == u"volumeIn") {
        if (!(n = restxml::readInt(reader, kIntMin, kIntMax)))
            return false;
        m.volumeIn = int(*n);
    } else if (name == u"volumeOut") {
        if (!(n = restxml::readInt(reader, kIntMin, kIntMax)))
            return false;
        m.volumeOut = int(*n);
    } else if (name == u"energyLevel") {
        if (!(n = restxml::readInt(reader, kIntMin, kIntMax)))
            return false;
        m.energyLevel = int(*n);
    } else if (name == u"canHear") {
        if (!(b = restxml::readBool(reader)))
            return false;
        m.canHear = *b;
    } else if (name == u"canSpeak") {
        if (!(b = restxml::readBool(reader)))
            return false;
        m.canSpeak = *b;
    } else {
        reader.skipCurrentElement();
    }
    return !reader.hasError();
}

Parsed<ConferenceDetails> parseXml(QByteArrayView body)
{
    Parsed<ConferenceDetails> result;
    ConferenceDetails &d = result.value;
    QXmlStreamReader reader(QByteArray::fromRawData(body.data(), body.size()));
    // <conference><extension/><description/><locked/><members><member>… (sipxconfig-conference-rest.md §2.4)
    if (restxml::openRoot(reader, u"conference")) {
        while (reader.readNextStartElement()) {
            const QStringView name = reader.name();
            if (name == u"extension") {
                d.extension = reader.readElementText();
            } else if (name == u"description") {
                d.description = reader.readElementText();
            } else if (name == u"locked") {
                const auto locked = restxml::readBool(reader);
                if (!locked)
                    break;
                d.locked = *locked;
            } else if (name == u"members") {
                while (reader.readNextStartElement()) {
                    if (reader.name() != u"member") {
                        reader.skipCurrentElement();
                        continue;
                    }
                    DetailsMember m;
                    while (reader.readNextStartElement()) {
                        if (!readMemberField(reader, m))
                            break;
                    }
                    if (reader.hasError())
                        break;
                    d.members.append(std::move(m));
                }
            } else {
                reader.skipCurrentElement();
            }
        }
        restxml::readToEnd(reader);
    }
    if (reader.hasError()) {
        result.value = {};
        result.error = restxml::errorFrom(
            reader, QCoreApplication::translate("cc::Parsers", "The conference details from sipXconfig"));
    }
    return result;
}

std::optional<qint64> jsonInt(const QJsonValue &v, qint64 min, qint64 max)
{
    if (v.isUndefined() || v.isNull())
        return 0;
    if (v.isDouble()) {
        const double d = v.toDouble();
        // Range before the cast: converting 1e300 to qint64 is undefined behaviour (found by fuzz_details).
        if (!(d >= -0x1p63 && d < 0x1p63) || d != std::trunc(d))
            return std::nullopt;
        const qint64 i = qint64(d);
        if (i < min || i > max)
            return std::nullopt;
        return i;
    }
    if (v.isString())
        return parserutil::parseInteger(QStringView(v.toString()).trimmed(), min, max);
    return std::nullopt;
}

std::optional<bool> jsonBool(const QJsonValue &v)
{
    if (v.isUndefined() || v.isNull())
        return false;
    if (v.isBool())
        return v.toBool();
    if (v.isString() && (v.toString() == u"true" || v.toString() == u"false"))
        return v.toString() == u"true";
    return std::nullopt;
}

Parsed<ConferenceDetails> parseJson(QByteArrayView body)
{
    Parsed<ConferenceDetails> result;
    QJsonParseError jsonError;
    const QJsonDocument doc =
        QJsonDocument::fromJson(QByteArray::fromRawData(body.data(), body.size()), &jsonError);
    const QString what = QCoreApplication::translate("cc::Parsers", "The conference details from sipXconfig");
    if (jsonError.error != QJsonParseError::NoError) {
        result.error = restxml::jsonErrorFrom(body, jsonError, what);
        return result;
    }
    const QJsonValue root = doc.object().value(QLatin1String("conference"));
    if (!root.isObject()) {
        result.error = ParseError{
            QCoreApplication::translate(
                "cc::Parsers", "The conference details from sipXconfig have no \"conference\" entry."),
            0, 0};
        return result;
    }
    const QJsonObject c = root.toObject();
    ConferenceDetails &d = result.value;
    d.extension = restxml::jsonString(c.value(QLatin1String("extension")));
    d.description = restxml::jsonString(c.value(QLatin1String("description")));
    const auto locked = jsonBool(c.value(QLatin1String("locked")));
    QJsonValue members = c.value(QLatin1String("members"));
    if (members.isObject() && members.toObject().contains(QLatin1String("member")))
        members = members.toObject().value(QLatin1String("member")); // XStream/Jettison variant
    QJsonArray items;
    if (members.isArray())
        items = members.toArray();
    else if (members.isObject())
        items.append(members);
    bool valid = locked.has_value();
    for (const QJsonValue &item : std::as_const(items)) {
        if (!valid)
            break;
        const QJsonObject o = item.toObject();
        DetailsMember m;
        const auto id = jsonInt(o.value(QLatin1String("id")), 0, std::numeric_limits<quint32>::max());
        const auto in = jsonInt(o.value(QLatin1String("volumeIn")), kIntMin, kIntMax);
        const auto out = jsonInt(o.value(QLatin1String("volumeOut")), kIntMin, kIntMax);
        const auto energy = jsonInt(o.value(QLatin1String("energyLevel")), kIntMin, kIntMax);
        const auto hear = jsonBool(o.value(QLatin1String("canHear")));
        const auto speak = jsonBool(o.value(QLatin1String("canSpeak")));
        if (!item.isObject() || !id || !in || !out || !energy || !hear || !speak) {
            valid = false;
            break;
        }
        m.id = quint32(*id);
        m.name = restxml::jsonString(o.value(QLatin1String("name")));
        m.imId = restxml::jsonString(o.value(QLatin1String("imId")));
        m.uuid = restxml::jsonString(o.value(QLatin1String("uuid")));
        m.volumeIn = int(*in);
        m.volumeOut = int(*out);
        m.energyLevel = int(*energy);
        m.canHear = *hear;
        m.canSpeak = *speak;
        d.members.append(std::move(m));
    }
    if (!valid) {
        result.value = {};
        result.error =
            ParseError{QCoreApplication::translate(
                           "cc::Parsers", "The conference details from sipXconfig contain an invalid value."),
                       0, 0};
        return result;
    }
    d.locked = *locked;
    return result;
}

} // namespace

Parsed<ConferenceDetails> parseConferenceDetails(QByteArrayView body, bool json)
{
    return json ? parseJson(body) : parseXml(body);
}

} // namespace cc
