// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Answer building blocks shared by the RestFacade source files (internal to confsim).

#include "httpd/httpserver.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace sim::facade {

inline const QByteArray kTextPlain = QByteArrayLiteral("text/plain; charset=ISO-8859-1");

// Restlet 1.1 default status descriptions; they end up as Jetty's reason phrase (§4.1).
extern const QString kNotFoundDescription;
extern const QString kNotAcceptableDescription;

/// Jetty's error page with `description` as reason phrase (§4.1).
httpd::Response errorPage(int status, const QString &description);
/// Restlet's 405 with the resource's Allow list.
httpd::Response methodNotAllowed(const QByteArray &allow);
/// RestSpringAdapterServlet's 500: message not JSON-escaped, trailing space (§4.1).
httpd::Response javaError(const QByteArray &message, const QByteArray &type);
/// Apache's own 404/400 pages, for what Apache rejects before proxying (§3.5).
httpd::Response apachePage(int status);

/// Restlet-style content negotiation: the variant with the highest q (most specific matching
/// media range wins for each variant), first variant on ties; -1 when nothing is acceptable.
/// A variant "text/*" (command resource, §2.3) accepts any text/... range.
int negotiate(const QByteArray &accept, const QList<QByteArray> &variants);

/// 200 text/plain, the content type of everything the command servlet answers (§3.6).
httpd::Response plainText(const QByteArray &body);
/// sipxrecording's "<command-response>…</command-response>" wrapper around `inner` (§3.6).
httpd::Response commandResponse(const QByteArray &inner);
/// 200 with an XStream XML or a JSON body.
httpd::Response representation(bool json, const QByteArray &body);
/// {"<root>": value}, compact, as Restlet's JSON representation writes it.
QByteArray jsonBody(const QString &root, const QJsonValue &value);
void putOptional(QJsonObject &o, const QString &key, const std::optional<QString> &value);

/// XStream's PrettyPrintWriter: no declaration, two-space indent, nulls omitted, no final newline.
class XStreamWriter
{
public:
    void open(const char *tag);
    void close(const char *tag);
    void empty(const char *tag);
    void field(const char *tag, const QString &value);
    void field(const char *tag, const std::optional<QString> &value);
    void field(const char *tag, bool value);
    void field(const char *tag, int value);
    QByteArray result() const { return m_out; }

private:
    void indent();

    QByteArray m_out;
    int m_depth = 0;
};

/// commons-lang StringUtils.split(command, '&'): runs collapse, no empty tokens (§3.2).
QList<QByteArray> splitCommand(const QByteArray &segment);
/// sipxrecording's Jetty decodes the path info as UTF-8 (§3.5).
QString jettyDecode(const QByteArray &token);

} // namespace sim::facade
