// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/esl/eslframe.h"

#include "core/parsers/parsers.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace cc {

namespace {

/// Splits "Name: value" (the space after the colon is optional). Nullopt for a line without ':'.
std::optional<QPair<QByteArrayView, QByteArrayView>> splitHeader(QByteArrayView line)
{
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0)
        return std::nullopt;
    QByteArrayView value = line.sliced(colon + 1);
    while (!value.isEmpty() && value.front() == ' ')
        value = value.sliced(1);
    return QPair<QByteArrayView, QByteArrayView>(line.first(colon).trimmed(), value);
}

/// Decimal byte count; nullopt for anything else (signs, spaces inside, overflow).
std::optional<qsizetype> parseLength(QByteArrayView text)
{
    text = text.trimmed();
    if (text.isEmpty() || text.size() > 15)
        return std::nullopt;
    qsizetype n = 0;
    for (char ch : text) {
        if (ch < '0' || ch > '9')
            return std::nullopt;
        n = n * 10 + (ch - '0');
    }
    return n;
}

/// A line without its CRs: CR characters are ignored by the protocol (§9.1).
QByteArrayView stripCr(QByteArrayView line, QByteArray *scratch)
{
    if (!line.contains('\r'))
        return line;
    *scratch = line.toByteArray();
    scratch->replace("\r", "");
    return *scratch;
}

} // namespace

QByteArray EslMessage::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers)
        if (QByteArrayView(key).compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

bool EslMessage::hasHeader(QByteArrayView name) const
{
    for (const auto &entry : headers)
        if (QByteArrayView(entry.first).compare(name, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

EslMessageType EslMessage::type() const
{
    return eslMessageType(contentType());
}

QString EslEvent::header(QStringView name) const
{
    for (const auto &[key, value] : headers)
        if (QStringView(key).compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

bool EslEvent::hasHeader(QStringView name) const
{
    for (const auto &entry : headers)
        if (QStringView(entry.first).compare(name, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

EslMessageType eslMessageType(QByteArrayView contentType)
{
    const QByteArrayView t = contentType.trimmed();
    const auto is = [&](const char *name) {
        return t.compare(QByteArrayView(name), Qt::CaseInsensitive) == 0;
    };
    if (is("auth/request"))
        return EslMessageType::AuthRequest;
    if (is("command/reply"))
        return EslMessageType::CommandReply;
    if (is("api/response"))
        return EslMessageType::ApiResponse;
    if (is("text/event-plain"))
        return EslMessageType::EventPlain;
    if (is("text/event-json"))
        return EslMessageType::EventJson;
    if (is("text/event-xml"))
        return EslMessageType::EventXml;
    if (is("text/disconnect-notice"))
        return EslMessageType::DisconnectNotice;
    if (is("text/rude-rejection"))
        return EslMessageType::RudeRejection;
    if (is("log/data"))
        return EslMessageType::LogData;
    return EslMessageType::Unknown;
}

void EslFrameParser::feed(QByteArrayView bytes)
{
    if (hasError() || bytes.isEmpty())
        return;
    compact();
    m_buffer.append(bytes);
}

void EslFrameParser::compact()
{
    // Drop consumed bytes once they dominate the buffer: amortised O(1) per byte.
    if (m_pos > 0 && (m_pos == m_buffer.size() || m_pos >= 64 * 1024 || m_pos * 2 >= m_buffer.size())) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
}

void EslFrameParser::fail(const QString &error)
{
    m_error = error;
    m_buffer.clear();
    m_pos = 0;
    m_current = {};
}

bool EslFrameParser::parseHeaderLine(QByteArrayView line)
{
    const auto header = splitHeader(line);
    if (!header)
        return true; // not a header: ignored, as FreeSWITCH's own ESL library does
    m_current.headers.append({header->first.toByteArray(), header->second.toByteArray()});
    return true;
}

std::optional<EslMessage> EslFrameParser::next()
{
    while (!hasError()) {
        if (m_bodyLength >= 0) {
            if (m_buffer.size() - m_pos < m_bodyLength)
                return std::nullopt;
            m_current.body = m_buffer.mid(m_pos, m_bodyLength);
            m_pos += m_bodyLength;
            m_bodyLength = -1;
            m_headerBytes = 0;
            EslMessage done = std::move(m_current);
            m_current = {};
            return done;
        }
        const qsizetype newline = m_buffer.indexOf('\n', m_pos);
        if (newline < 0) {
            if (m_headerBytes + (m_buffer.size() - m_pos) > kMaxHeaderBlockBytes)
                fail(QCoreApplication::translate("cc::EslFrameParser",
                                                 "The event socket sent a header block larger than %1 bytes.")
                         .arg(kMaxHeaderBlockBytes));
            return std::nullopt;
        }
        QByteArray scratch;
        const QByteArrayView line =
            stripCr(QByteArrayView(m_buffer).sliced(m_pos, newline - m_pos), &scratch);
        m_headerBytes += newline + 1 - m_pos;
        m_pos = newline + 1;
        if (m_headerBytes > kMaxHeaderBlockBytes) {
            fail(QCoreApplication::translate("cc::EslFrameParser",
                                             "The event socket sent a header block larger than %1 bytes.")
                     .arg(kMaxHeaderBlockBytes));
            return std::nullopt;
        }
        if (!line.isEmpty()) {
            parseHeaderLine(line);
            continue;
        }
        if (m_current.headers.isEmpty()) {
            m_headerBytes = 0; // stray blank line between messages
            continue;
        }
        // End of the header block (§9.1): a body follows only with Content-Length.
        if (!m_current.hasHeader("Content-Length")) {
            m_headerBytes = 0;
            EslMessage done = std::move(m_current);
            m_current = {};
            return done;
        }
        const auto length = parseLength(m_current.header("Content-Length"));
        if (!length) {
            fail(QCoreApplication::translate("cc::EslFrameParser",
                                             "The event socket sent an invalid Content-Length: \"%1\".")
                     .arg(QString::fromLatin1(m_current.header("Content-Length").left(40))));
            return std::nullopt;
        }
        if (*length > m_maxBody) {
            fail(QCoreApplication::translate(
                     "cc::EslFrameParser",
                     "The event socket announced a message of %1 bytes, more than the limit of %2 bytes.")
                     .arg(*length)
                     .arg(m_maxBody));
            return std::nullopt;
        }
        m_bodyLength = *length;
        if (m_buffer.capacity() < m_pos + m_bodyLength)
            m_buffer.reserve(m_pos + m_bodyLength);
    }
    return std::nullopt;
}

void EslFrameParser::reset()
{
    m_buffer.clear();
    m_pos = 0;
    m_current = {};
    m_headerBytes = 0;
    m_bodyLength = -1;
    m_error.clear();
}

std::optional<EslEvent> decodePlainEvent(QByteArrayView body, QString *error)
{
    EslEvent event;
    qsizetype pos = 0;
    std::optional<qsizetype> innerLength;
    bool ended = false;
    while (pos < body.size()) {
        qsizetype newline = body.indexOf('\n', pos);
        if (newline < 0)
            newline = body.size();
        QByteArray scratch;
        const QByteArrayView line = stripCr(body.sliced(pos, newline - pos), &scratch);
        pos = std::min(newline + 1, body.size());
        if (line.isEmpty()) {
            if (event.headers.isEmpty())
                continue;
            ended = true;
            break;
        }
        const auto header = splitHeader(line);
        if (!header)
            continue;
        // Header values are URL-encoded in plain format (§8.3); names are not.
        const QString name = QString::fromUtf8(header->first);
        QString value = header->second == "_undef_" ? QString() : fsUrlDecode(header->second);
        if (name.compare(u"Content-Length", Qt::CaseInsensitive) == 0) {
            innerLength = parseLength(header->second);
            if (!innerLength) {
                if (error)
                    *error = QCoreApplication::translate("cc::EslFrameParser",
                                                         "An event carries an invalid body length.");
                return std::nullopt;
            }
        }
        event.headers.append({name, value});
    }
    if (event.headers.isEmpty()) {
        if (error)
            *error =
                QCoreApplication::translate("cc::EslFrameParser", "An event without any header arrived.");
        return std::nullopt;
    }
    if (innerLength) {
        if (!ended || body.size() - pos < *innerLength) {
            if (error)
                *error = QCoreApplication::translate("cc::EslFrameParser",
                                                     "An event's body is shorter than its Content-Length.");
            return std::nullopt;
        }
        event.body = body.sliced(pos, *innerLength).toByteArray();
    }
    return event;
}

std::optional<EslEvent> decodeJsonEvent(QByteArrayView body, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body.toByteArray(), &parseError);
    if (!doc.isObject()) {
        if (error)
            *error = QCoreApplication::translate("cc::EslFrameParser", "An event is not a JSON object: %1")
                         .arg(parseError.errorString());
        return std::nullopt;
    }
    EslEvent event;
    const QJsonObject object = doc.object();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.key() == u"_body") {
            event.body = it.value().toString().toUtf8();
            continue;
        }
        QString value;
        if (it.value().isArray()) {
            // Multi-valued headers arrive as arrays: keep them joined, as the plain format's ARRAY::.
            QStringList parts;
            for (const QJsonValue &part : it.value().toArray())
                parts.append(part.toString());
            value = parts.join(u'|');
        } else if (it.value().isString()) {
            value = it.value().toString();
        } else {
            value = it.value().toVariant().toString();
        }
        event.headers.append({it.key(), value});
    }
    return event;
}

} // namespace cc
