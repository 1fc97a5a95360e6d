// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>

#include <optional>

namespace cc {

/// Server message types of mod_event_socket, by Content-Type (freeswitch-conference.md §9.1).
enum class EslMessageType {
    AuthRequest,      ///< auth/request
    CommandReply,     ///< command/reply
    ApiResponse,      ///< api/response
    EventPlain,       ///< text/event-plain
    EventJson,        ///< text/event-json
    EventXml,         ///< text/event-xml (not decoded)
    DisconnectNotice, ///< text/disconnect-notice
    RudeRejection,    ///< text/rude-rejection
    LogData,          ///< log/data
    Unknown,
};

/// One framed server message: the outer header block (values as sent, not decoded) and the
/// Content-Length body.
struct EslMessage
{
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    /// First header of that name (case-insensitive), or empty.
    QByteArray header(QByteArrayView name) const;
    bool hasHeader(QByteArrayView name) const;
    QByteArray contentType() const { return header("Content-Type"); }
    EslMessageType type() const;
};

/// A decoded event: header values URL-decoded (plain) or taken from JSON, the event's own body
/// (BACKGROUND_JOB output, for example) raw.
struct EslEvent
{
    QList<QPair<QString, QString>> headers;
    QByteArray body;

    /// First header of that name (case-insensitive), or empty.
    QString header(QStringView name) const;
    bool hasHeader(QStringView name) const;
    QString eventName() const { return header(u"Event-Name"); }
    QString subclass() const { return header(u"Event-Subclass"); }
    QString action() const { return header(u"Action"); }
};

EslMessageType eslMessageType(QByteArrayView contentType);

/// Incremental parser of the server->client wire format (freeswitch-conference.md §9.1): header
/// blocks ended by an empty line, CR ignored, then exactly Content-Length bytes of body. Feed it
/// whatever the socket delivered (one byte or many messages); take complete messages with
/// next(). Malformed framing (a bad Content-Length, an oversized header block or body) puts the
/// parser into a sticky error state: the stream cannot be resynchronised, the connection must
/// be dropped.
class EslFrameParser final
{
public:
    static constexpr qsizetype kMaxHeaderBlockBytes = 256 * 1024;
    static constexpr qsizetype kDefaultMaxBodyBytes = 64 * 1024 * 1024;

    void feed(QByteArrayView bytes);
    /// The next complete message, if any.
    std::optional<EslMessage> next();
    bool hasError() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    void setMaxBodyBytes(qsizetype bytes) { m_maxBody = bytes; }
    /// Bytes received but not yet part of a returned message.
    qsizetype bufferedBytes() const { return m_buffer.size() - m_pos; }
    void reset();

private:
    bool parseHeaderLine(QByteArrayView line);
    void fail(const QString &error);
    void compact();

    QByteArray m_buffer;
    qsizetype m_pos = 0; ///< first unconsumed byte of m_buffer
    EslMessage m_current;
    qsizetype m_headerBytes = 0;
    qsizetype m_bodyLength = -1; ///< >= 0 while reading a body
    qsizetype m_maxBody = kDefaultMaxBodyBytes;
    QString m_error;
};

/// Decodes a text/event-plain body: `Name: url-encoded-value` lines, a blank line, and for events
/// with a body a nested `Content-Length: M` whose M bytes follow (freeswitch-conference.md §9.2,
/// §8.3). `_undef_` reads as empty. Returns nullopt (and `error`) for a malformed body.
std::optional<EslEvent> decodePlainEvent(QByteArrayView body, QString *error = nullptr);
/// Decodes a text/event-json body: one object of string values, the body under `_body`.
std::optional<EslEvent> decodeJsonEvent(QByteArrayView body, QString *error = nullptr);

} // namespace cc

Q_DECLARE_METATYPE(cc::EslEvent)
