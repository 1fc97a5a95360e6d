// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// What the facade answers with: Jetty/Apache/Java error pages, negotiation, XStream XML and JSON.
#include "sim/facadeprivate.h"

#include "httpd/digestauth.h"

#include <QJsonDocument>

namespace sim::facade {

namespace {

const QByteArray kXml = QByteArrayLiteral("text/xml;charset=UTF-8");
const QByteArray kJson = QByteArrayLiteral("application/json;charset=UTF-8");
const QString kMethodNotAllowedDescription = QStringLiteral(
    "The method specified in the request is not allowed for the resource identified by the request URI");

QByteArray xmlEscape(const QString &text)
{
    QByteArray out;
    const QByteArray utf8 = text.toUtf8();
    out.reserve(utf8.size());
    for (const char c : utf8) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        case '\'':
            out += "&apos;";
            break;
        case '\r':
            out += "&#xd;";
            break;
        default:
            out += c;
        }
    }
    return out;
}

} // namespace

const QString kNotFoundDescription =
    QStringLiteral("The server has not found anything matching the request URI");
const QString kNotAcceptableDescription = QStringLiteral(
    "The resource identified by the request is only capable of generating response entities whose content "
    "characteristics do not match the user's requirements (in Accept* headers)");

httpd::Response errorPage(int status, const QString &description)
{
    httpd::Response r = httpd::DigestAuthenticator::jettyError(status, description);
    if (r.reason.isEmpty())
        r.reason = description.toLatin1();
    return r;
}

httpd::Response methodNotAllowed(const QByteArray &allow)
{
    httpd::Response r = errorPage(405, kMethodNotAllowedDescription);
    r.headers.append({QByteArrayLiteral("Allow"), allow});
    return r;
}

httpd::Response javaError(const QByteArray &message, const QByteArray &type)
{
    httpd::Response r;
    r.status = 500;
    r.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    r.body = "{\"error\":\"" + message + "\",\"type\":\"" + type + "\"} ";
    return r;
}

httpd::Response apachePage(int status)
{
    const bool notFound = status == 404;
    httpd::Response r;
    r.status = status;
    r.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/html; charset=iso-8859-1")});
    const QByteArray title =
        notFound ? QByteArrayLiteral("404 Not Found") : QByteArrayLiteral("400 Bad Request");
    const QByteArray text = notFound ? QByteArrayLiteral("The requested URL was not found on this server.")
                                     : QByteArrayLiteral("Your browser sent a request that this server could "
                                                         "not understand.<br />\n");
    r.body = "<!DOCTYPE HTML PUBLIC \"-//IETF//DTD HTML 2.0//EN\">\n<html><head>\n<title>" + title +
             "</title>\n</head><body>\n<h1>" + title.mid(4) + "</h1>\n<p>" + text + "</p>\n</body></html>\n";
    return r;
}

int negotiate(const QByteArray &accept, const QList<QByteArray> &variants)
{
    if (accept.trimmed().isEmpty())
        return 0;
    struct Range
    {
        QByteArray type, sub;
        double q = 1;
    };
    QList<Range> ranges;
    for (const QByteArray &item : accept.split(',')) {
        const QList<QByteArray> params = item.split(';');
        const QByteArray media = params.first().trimmed().toLower();
        if (media.isEmpty())
            continue;
        Range range;
        const qsizetype slash = media.indexOf('/');
        range.type = slash < 0 ? media : media.left(slash);
        range.sub = slash < 0 ? QByteArrayLiteral("*") : media.mid(slash + 1);
        for (qsizetype i = 1; i < params.size(); ++i) {
            const QByteArray p = params.at(i).trimmed();
            if (p.startsWith("q=") || p.startsWith("Q="))
                range.q = p.mid(2).toDouble();
        }
        ranges << range;
    }
    int best = -1;
    double bestQ = 0;
    for (int v = 0; v < variants.size(); ++v) {
        const QByteArray &variant = variants.at(v);
        const QByteArray vType = variant.left(variant.indexOf('/'));
        const QByteArray vSub = variant.mid(variant.indexOf('/') + 1);
        int specificity = 0;
        double q = 0;
        for (const Range &r : std::as_const(ranges)) {
            int s = 0;
            if (r.type == "*")
                s = 1;
            else if (r.type == vType && (r.sub == "*" || vSub == "*"))
                s = 2;
            else if (r.type == vType && r.sub == vSub)
                s = 3;
            if (s > specificity) {
                specificity = s;
                q = r.q;
            }
        }
        if (specificity > 0 && q > bestQ) {
            best = v;
            bestQ = q;
        }
    }
    return best;
}

httpd::Response plainText(const QByteArray &body)
{
    return httpd::Response::text(200, body, kTextPlain);
}

httpd::Response commandResponse(const QByteArray &inner)
{
    return plainText("<command-response>" + inner + "</command-response>\n");
}

httpd::Response representation(bool json, const QByteArray &body)
{
    return httpd::Response::text(200, body, json ? kJson : kXml);
}

QByteArray jsonBody(const QString &root, const QJsonValue &value)
{
    return QJsonDocument(QJsonObject{{root, value}}).toJson(QJsonDocument::Compact);
}

void putOptional(QJsonObject &o, const QString &key, const std::optional<QString> &value)
{
    if (value)
        o.insert(key, *value);
}

void XStreamWriter::open(const char *tag)
{
    indent();
    m_out += '<';
    m_out += tag;
    m_out += '>';
    ++m_depth;
}

void XStreamWriter::close(const char *tag)
{
    --m_depth;
    indent();
    m_out += "</";
    m_out += tag;
    m_out += '>';
}

void XStreamWriter::empty(const char *tag)
{
    indent();
    m_out += '<';
    m_out += tag;
    m_out += "/>";
}

void XStreamWriter::field(const char *tag, const QString &value)
{
    indent();
    m_out += '<';
    m_out += tag;
    m_out += '>';
    m_out += xmlEscape(value);
    m_out += "</";
    m_out += tag;
    m_out += '>';
}

void XStreamWriter::field(const char *tag, const std::optional<QString> &value)
{
    if (value)
        field(tag, *value);
}

void XStreamWriter::field(const char *tag, bool value)
{
    field(tag, value ? QStringLiteral("true") : QStringLiteral("false"));
}

void XStreamWriter::field(const char *tag, int value)
{
    field(tag, QString::number(value));
}

void XStreamWriter::indent()
{
    if (!m_out.isEmpty())
        m_out += '\n';
    m_out += QByteArray(2 * m_depth, ' ');
}

} // namespace sim::facade
