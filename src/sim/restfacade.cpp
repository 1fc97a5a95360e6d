// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/restfacade.h"

#include "httpd/digestauth.h"
#include "sim/bridgeengine.h"
#include "sim/scenario.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QXmlStreamReader>

namespace sim {

namespace {

const QByteArray kPrefix = QByteArrayLiteral("/sipxconfig/rest");
const QByteArray kTextPlain = QByteArrayLiteral("text/plain; charset=ISO-8859-1");
const QByteArray kXml = QByteArrayLiteral("text/xml;charset=UTF-8");
const QByteArray kJson = QByteArrayLiteral("application/json;charset=UTF-8");
const QString kRecordingDir = QStringLiteral("/tmp/freeswitch/recordings/"); // §5.4

// Restlet 1.1 default status descriptions; they end up as Jetty's reason phrase (§4.1).
const QString kNotFoundDescription =
    QStringLiteral("The server has not found anything matching the request URI");
const QString kMethodNotAllowedDescription = QStringLiteral(
    "The method specified in the request is not allowed for the resource identified by the request URI");
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

// RestSpringAdapterServlet's 500: message not JSON-escaped, trailing space (§4.1).
httpd::Response javaError(const QByteArray &message, const QByteArray &type)
{
    httpd::Response r;
    r.status = 500;
    r.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    r.body = "{\"error\":\"" + message + "\",\"type\":\"" + type + "\"} ";
    return r;
}

// Apache's own 404/400 pages, for what Apache rejects before proxying (§3.5).
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

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/// Apache httpd in front of sipXconfig: ap_unescape_url() then mod_proxy's canonical
/// re-encoding (default ProxyPass, no nocanon). %2F and %00 → 404, a bad escape → 400;
/// '&', '@', ':' come out literal and a space stays %20 (sipxconfig-conference-rest.md §3.5).
QByteArray apacheCanonicalPath(const QByteArray &raw, int *rejectStatus)
{
    QByteArray decoded;
    decoded.reserve(raw.size());
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const char c = raw.at(i);
        if (c != '%') {
            decoded += c;
            continue;
        }
        const int hi = i + 2 < raw.size() ? hexValue(raw.at(i + 1)) : -1;
        const int lo = hi >= 0 ? hexValue(raw.at(i + 2)) : -1;
        if (lo < 0) {
            *rejectStatus = 400;
            return {};
        }
        const char byte = char(hi * 16 + lo);
        if (byte == '/' || byte == '\0') { // AllowEncodedSlashes Off
            *rejectStatus = 404;
            return {};
        }
        decoded += byte;
        i += 2;
    }
    static const QByteArray allowed = QByteArrayLiteral("~$-_.+!*'(),;:@&=/");
    QByteArray out;
    out.reserve(decoded.size());
    for (const char c : std::as_const(decoded)) {
        const uchar u = uchar(c);
        if ((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') ||
            allowed.contains(c)) {
            out += c;
        } else {
            out += '%';
            out += "0123456789ABCDEF"[u >> 4];
            out += "0123456789ABCDEF"[u & 0xF];
        }
    }
    *rejectStatus = 0;
    return out;
}

/// Restlet-style content negotiation: the variant with the highest q (most specific matching
/// media range wins for each variant), first variant on ties; -1 when nothing is acceptable.
/// A variant "text/*" (command resource, §2.3) accepts any text/... range.
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

/// XStream's PrettyPrintWriter: no declaration, two-space indent, nulls omitted, no final newline.
class XStreamWriter
{
public:
    void open(const char *tag)
    {
        indent();
        m_out += '<';
        m_out += tag;
        m_out += '>';
        ++m_depth;
    }
    void close(const char *tag)
    {
        --m_depth;
        indent();
        m_out += "</";
        m_out += tag;
        m_out += '>';
    }
    void empty(const char *tag)
    {
        indent();
        m_out += '<';
        m_out += tag;
        m_out += "/>";
    }
    void field(const char *tag, const QString &value)
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
    void field(const char *tag, const std::optional<QString> &value)
    {
        if (value)
            field(tag, *value);
    }
    void field(const char *tag, bool value)
    {
        field(tag, value ? QStringLiteral("true") : QStringLiteral("false"));
    }
    void field(const char *tag, int value) { field(tag, QString::number(value)); }
    QByteArray result() const { return m_out; }

private:
    void indent()
    {
        if (!m_out.isEmpty())
            m_out += '\n';
        m_out += QByteArray(2 * m_depth, ' ');
    }
    QByteArray m_out;
    int m_depth = 0;
};

void putOptional(QJsonObject &o, const QString &key, const std::optional<QString> &value)
{
    if (value)
        o.insert(key, *value);
}

httpd::Response representation(bool json, const QByteArray &body)
{
    return httpd::Response::text(200, body, json ? kJson : kXml);
}

QByteArray jsonBody(const QString &root, const QJsonValue &value)
{
    return QJsonDocument(QJsonObject{{root, value}}).toJson(QJsonDocument::Compact);
}

/// commons-lang StringUtils.split(command, '&'): runs collapse, no empty tokens (§3.2).
QList<QByteArray> splitCommand(const QByteArray &segment)
{
    QList<QByteArray> tokens;
    for (const QByteArray &t : segment.split('&')) {
        if (!t.isEmpty())
            tokens << t;
    }
    return tokens;
}

/// sipxrecording's Jetty decodes the path info as UTF-8 (§3.5).
QString jettyDecode(const QByteArray &token)
{
    return QString::fromUtf8(QByteArray::fromPercentEncoding(token));
}

QByteArray wrap(const QByteArray &inner)
{
    return "<command-response>" + inner + "</command-response>\n";
}

struct SettingsPatch
{
    QHash<QString, QString> fields; // XML element or JSON key -> text value
};

bool parseSettingsXml(const QByteArray &body, SettingsPatch *patch, QString *error)
{
    QXmlStreamReader xml(body);
    if (!xml.readNextStartElement()) {
        *error = xml.errorString();
        return false;
    }
    if (xml.name() != QLatin1String("setting")) {
        *error = QStringLiteral("Element %1 is not the expected <setting>").arg(xml.name().toString());
        return false;
    }
    while (xml.readNextStartElement())
        patch->fields.insert(xml.name().toString(), xml.readElementText());
    if (xml.hasError()) {
        *error = xml.errorString();
        return false;
    }
    return true;
}

bool parseSettingsJson(const QByteArray &body, SettingsPatch *patch, QString *error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = pe.error != QJsonParseError::NoError ? pe.errorString() : QStringLiteral("not an object");
        return false;
    }
    const QJsonValue setting = doc.object().value(QStringLiteral("setting"));
    if (!setting.isObject()) {
        *error = QStringLiteral("the root element is not setting");
        return false;
    }
    const QJsonObject o = setting.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QJsonValue v = it.value();
        if (v.isBool())
            patch->fields.insert(it.key(), v.toBool() ? QStringLiteral("true") : QStringLiteral("false"));
        else if (v.isDouble())
            patch->fields.insert(it.key(), QString::number(v.toInteger()));
        else if (v.isString())
            patch->fields.insert(it.key(), v.toString());
    }
    return true;
}

void applySettings(ScenarioConference &conf, const SettingsPatch &patch)
{
    const auto &f = patch.fields;
    auto boolean = [&](const char *key, bool *target) {
        const auto it = f.constFind(QLatin1String(key));
        if (it != f.constEnd())
            *target = it.value() == QLatin1String("true"); // Boolean.valueOf
    };
    auto text = [&](const char *key, std::optional<QString> *target) {
        const auto it = f.constFind(QLatin1String(key));
        if (it != f.constEnd())
            *target = it.value();
    };
    boolean("enabled", &conf.enabled);
    if (f.contains(QStringLiteral("name")) && !f.value(QStringLiteral("name")).isEmpty())
        conf.name = f.value(QStringLiteral("name"));
    text("description", &conf.description);
    boolean("autorecorded", &conf.autorecorded);
    text("accessCode", &conf.accessCode);
    text("moderatorCode", &conf.moderatorCode);
    boolean("quickstart", &conf.quickstart);
    boolean("video", &conf.video);
    boolean("sendActiveVideoOnly", &conf.sendActiveVideoOnly);
    if (f.contains(QStringLiteral("maxMembers")))
        conf.maxMembers = f.value(QStringLiteral("maxMembers")).toInt();
    text("moh", &conf.moh);
    boolean("moderatedRoom", &conf.moderatedRoom);
    boolean("publicRoom", &conf.publicRoom);
}

} // namespace

RestFacade::RestFacade(BridgeEngine *engine, Scenario *scenario, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_scenario(scenario)
    , m_auth(std::make_unique<httpd::DigestAuthenticator>())
{
    m_auth->setAcceptBasic(true); // §4.2: Basic and Digest both accepted
    // When a conference ends with a REST-started recording still running, sipxrecording's
    // ConfRecordThread delivers it to the owner's mailbox (§5.4), so its temporary file is gone
    // and record&status says NO_RECORDING again.
    connect(m_engine, &BridgeEngine::conferenceEvent, this,
            [this](const QList<QPair<QByteArray, QByteArray>> &headers) {
                QByteArray action;
                QByteArray name;
                for (const auto &[key, value] : headers) {
                    if (key == "Action")
                        action = value;
                    else if (key == "Conference-Name")
                        name = value;
                }
                if (action == "conference-destroy" && !name.isEmpty())
                    m_engine->deleteRecordingFile(kRecordingDir + QString::fromUtf8(name) +
                                                  QStringLiteral(".wav"));
            });
    m_auth->setNonceLifetimeMs(10000);
    m_auth->setCredentials([this](const QString &login) -> std::optional<QString> {
        if (const UserAccount *u = m_scenario->findLogin(login))
            return u->password;
        return std::nullopt;
    });
    m_sweepTimer.setInterval(1000);
    connect(&m_sweepTimer, &QTimer::timeout, this, &RestFacade::sweepHung);
}

RestFacade::~RestFacade() = default;

void RestFacade::setRealm(const QString &realm)
{
    m_auth->setRealm(realm);
}

void RestFacade::setNonceLifetimeMs(int ms)
{
    m_auth->setNonceLifetimeMs(ms);
}

void RestFacade::setMethodPolicy(MethodPolicyMode mode)
{
    m_methodPolicy = mode;
}

void RestFacade::setFault(BackendFault fault)
{
    m_fault = fault;
}

void RestFacade::setLatencyMs(int ms)
{
    m_latencyMs = qMax(0, ms);
}

void RestFacade::setDropRate(double rate, quint32 seed)
{
    m_dropRng.seed(seed);
    setDropRate(rate);
}

void RestFacade::setDropRate(double rate)
{
    m_dropRate = qBound(0.0, rate, 1.0);
}

void RestFacade::setHangLimitMs(int ms)
{
    m_hangLimitMs = ms;
}

int RestFacade::hungRequestCount() const
{
    return int(m_hung.size());
}

void RestFacade::finish(const Exchange &ex, httpd::Response response)
{
    auto send = [this, ex, response] {
        ex.responder.send(response);
        emit requestHandled(ex.method, ex.target, response.status);
    };
    if (m_latencyMs > 0)
        QTimer::singleShot(m_latencyMs, Qt::PreciseTimer, this, send);
    else
        send();
}

void RestFacade::hang(const Exchange &ex)
{
    Hung h{ex, {}};
    h.age.start();
    m_hung.append(h);
    if (!m_sweepTimer.isActive())
        m_sweepTimer.start();
}

void RestFacade::sweepHung()
{
    for (qsizetype i = m_hung.size() - 1; i >= 0; --i) {
        const Hung &h = m_hung.at(i);
        const bool expired = h.age.elapsed() >= m_hangLimitMs;
        if (h.exchange.responder.isConnected() && !expired)
            continue;
        if (expired)
            h.exchange.responder.abort(); // nobody waits 5 minutes; free the connection
        emit requestHandled(h.exchange.method, h.exchange.target, 0);
        m_hung.removeAt(i);
    }
    if (m_hung.isEmpty())
        m_sweepTimer.stop();
}

void RestFacade::handle(const httpd::Request &request, const httpd::Responder &responder)
{
    const Exchange ex{request.method, request.target, responder}; // HEAD bodies: the server drops them

    if (m_dropRate > 0 && m_dropRng.generateDouble() < m_dropRate) {
        responder.abort();
        emit requestHandled(ex.method, ex.target, 0);
        return;
    }

    int rejected = 0;
    const QByteArray path = apacheCanonicalPath(request.path, &rejected);
    if (rejected) {
        finish(ex, apachePage(rejected));
        return;
    }
    if (path != kPrefix && !path.startsWith(QByteArray(kPrefix + '/'))) {
        finish(ex, errorPage(404, QStringLiteral("Not Found"))); // not even sipXconfig's servlet
        return;
    }
    // optionsAuthFilter: OPTIONS is answered empty without authentication (§4.2).
    if (request.method == "OPTIONS") {
        httpd::Response r;
        r.status = 200;
        finish(ex, r);
        return;
    }

    const httpd::DigestAuthenticator::AuthCheck auth = m_auth->check(request);
    const bool basic =
        request.header(QByteArrayLiteral("Authorization")).trimmed().toLower().startsWith("basic");
    switch (auth.status) {
    case httpd::DigestAuthenticator::AuthCheck::Ok:
        break;
    case httpd::DigestAuthenticator::AuthCheck::Missing:
        finish(ex, m_auth->challenge(false));
        return;
    case httpd::DigestAuthenticator::AuthCheck::Stale:
        finish(ex, m_auth->challenge(true));
        return;
    case httpd::DigestAuthenticator::AuthCheck::Bad:
        finish(ex, m_auth->challenge(false, basic));
        return;
    }
    const UserAccount *user = m_scenario->findLogin(auth.user);
    if (!user) {
        finish(ex, m_auth->challenge(false, basic));
        return;
    }

    // Restlet routes, starts-with matching, variables are raw segments (§2, §3.1).
    const QList<QByteArray> seg = path.mid(kPrefix.size()).split('/');
    const auto at = [&seg](qsizetype i) { return i < seg.size() ? seg.at(i) : QByteArray(); };
    if (at(1) == "my") {
        if (at(2) == "conferences") {
            if (!at(3).isEmpty())
                conferenceSettings(ex, request, at(3));
            else
                conferenceList(ex, request, *user);
            return;
        }
        if (at(2) == "conference" && !at(3).isEmpty() && !at(4).isEmpty()) {
            command(ex, request, *user, at(3), at(4));
            return;
        }
        if (at(2) == "conferencedetails" && !at(3).isEmpty()) {
            details(ex, request, *user, at(3));
            return;
        }
        if (at(2) == "logindetails") {
            loginDetails(ex, request, *user);
            return;
        }
    }
    // The /private/{puk}/... mirrors are not emulated.
    finish(ex, errorPage(404, kNotFoundDescription));
}

void RestFacade::conferenceList(const Exchange &ex, const httpd::Request &req, const UserAccount &user)
{
    if (req.method != "GET" && req.method != "HEAD") {
        finish(ex, methodNotAllowed(QByteArrayLiteral("GET, HEAD"))); // §2.1: PUT → 405
        return;
    }
    const int variant = negotiate(req.header(QByteArrayLiteral("Accept")),
                                  {QByteArrayLiteral("text/xml"), QByteArrayLiteral("application/json")});
    if (variant < 0) {
        finish(ex, errorPage(406, kNotAcceptableDescription));
        return;
    }
    QList<const ScenarioConference *> owned;
    for (const ScenarioConference &c : std::as_const(m_scenario->conferences)) {
        if (!c.owner.isEmpty() && c.owner == user.user)
            owned << &c;
    }
    if (variant == 1) {
        QJsonArray list;
        for (const ScenarioConference *c : std::as_const(owned)) {
            QJsonObject o{{QStringLiteral("enabled"), c->enabled}, {QStringLiteral("name"), c->name}};
            putOptional(o, QStringLiteral("description"), c->description);
            putOptional(o, QStringLiteral("extension"), c->extension);
            putOptional(o, QStringLiteral("accessCode"), c->accessCode);
            list.append(o);
        }
        finish(ex, representation(true, jsonBody(QStringLiteral("conferences"), list)));
        return;
    }
    XStreamWriter w;
    if (owned.isEmpty()) {
        w.empty("conferences");
    } else {
        w.open("conferences");
        for (const ScenarioConference *c : std::as_const(owned)) {
            w.open("conference");
            w.field("enabled", c->enabled);
            w.field("name", c->name);
            w.field("description", c->description);
            w.field("extension", c->extension);
            w.field("accessCode", c->accessCode);
            w.close("conference");
        }
        w.close("conferences");
    }
    finish(ex, representation(false, w.result()));
}

void RestFacade::conferenceSettings(const Exchange &ex, const httpd::Request &req, const QByteArray &name)
{
    // No ownership check on GET or PUT: a real server weakness (§2.2).
    ScenarioConference *conf = m_scenario->findConference(QString::fromUtf8(name));
    if (req.method == "PUT") {
        if (!conf) {
            finish(ex, javaError("Internal error: null", "java.lang.NullPointerException"));
            return;
        }
        SettingsPatch patch;
        QString error;
        const QByteArray contentType = req.header(QByteArrayLiteral("Content-Type")).toLower();
        const bool json = contentType.contains("json") ||
                          (!contentType.contains("xml") && req.body.trimmed().startsWith('{'));
        if (!(json ? parseSettingsJson(req.body, &patch, &error)
                   : parseSettingsXml(req.body, &patch, &error))) {
            finish(ex, javaError("Internal error: " + error.toUtf8(),
                                 "com.thoughtworks.xstream.io.StreamException"));
            return;
        }
        applySettings(*conf, patch);
        httpd::Response ok;
        ok.status = 200;
        finish(ex, ok);
        return;
    }
    if (req.method != "GET" && req.method != "HEAD") {
        finish(ex, methodNotAllowed(QByteArrayLiteral("GET, HEAD, PUT")));
        return;
    }
    const int variant = negotiate(req.header(QByteArrayLiteral("Accept")),
                                  {QByteArrayLiteral("text/xml"), QByteArrayLiteral("application/json")});
    if (variant < 0) {
        finish(ex, errorPage(406, kNotAcceptableDescription));
        return;
    }
    if (!conf) {
        finish(ex, errorPage(404, kNotFoundDescription));
        return;
    }
    if (variant == 1) {
        QJsonObject o{{QStringLiteral("enabled"), conf->enabled}, {QStringLiteral("name"), conf->name}};
        putOptional(o, QStringLiteral("description"), conf->description);
        o.insert(QStringLiteral("autorecorded"), conf->autorecorded);
        putOptional(o, QStringLiteral("accessCode"), conf->accessCode);
        putOptional(o, QStringLiteral("moderatorCode"), conf->moderatorCode);
        o.insert(QStringLiteral("quickstart"), conf->quickstart);
        o.insert(QStringLiteral("video"), conf->video);
        o.insert(QStringLiteral("sendActiveVideoOnly"), conf->sendActiveVideoOnly);
        o.insert(QStringLiteral("maxMembers"), conf->maxMembers);
        putOptional(o, QStringLiteral("moh"), conf->moh);
        o.insert(QStringLiteral("moderatedRoom"), conf->moderatedRoom);
        o.insert(QStringLiteral("publicRoom"), conf->publicRoom);
        finish(ex, representation(true, jsonBody(QStringLiteral("setting"), o)));
        return;
    }
    // 14.x–15.08 field set, in XStream order (§2.2).
    XStreamWriter w;
    w.open("setting");
    w.field("enabled", conf->enabled);
    w.field("name", conf->name);
    w.field("description", conf->description);
    w.field("autorecorded", conf->autorecorded);
    w.field("accessCode", conf->accessCode);
    w.field("moderatorCode", conf->moderatorCode);
    w.field("quickstart", conf->quickstart);
    w.field("video", conf->video);
    w.field("sendActiveVideoOnly", conf->sendActiveVideoOnly);
    w.field("maxMembers", conf->maxMembers);
    w.field("moh", conf->moh);
    w.field("moderatedRoom", conf->moderatedRoom);
    w.field("publicRoom", conf->publicRoom);
    w.close("setting");
    finish(ex, representation(false, w.result()));
}

const ScenarioConference *RestFacade::ownedConference(const Exchange &ex, const UserAccount &user,
                                                      const QByteArray &confName)
{
    // Command and details resources check in this order (§3.3, §2.4); the caller stops on nullptr.
    const ScenarioConference *conf = m_scenario->findConference(QString::fromUtf8(confName));
    if (!conf) {
        finish(ex, errorPage(404, QStringLiteral("Conference not found")));
        return nullptr;
    }
    if (conf->owner.isEmpty() || conf->owner != user.user) {
        finish(ex, errorPage(403, QStringLiteral("User is not owner of this conference")));
        return nullptr;
    }
    return conf;
}

void RestFacade::command(const Exchange &ex, const httpd::Request &req, const UserAccount &user,
                         const QByteArray &confName, const QByteArray &segment)
{
    // Upstream the bean is modifiable=false: only GET (and HEAD) pass Restlet's Finder (§0, §4.1).
    const bool putAllowed = m_methodPolicy == MethodPolicyMode::Both;
    const bool allowed = req.method == "GET" || req.method == "HEAD" || (putAllowed && req.method == "PUT");
    if (!allowed) {
        finish(ex, methodNotAllowed(putAllowed ? QByteArrayLiteral("GET, HEAD, PUT")
                                               : QByteArrayLiteral("GET, HEAD")));
        return;
    }
    if (negotiate(req.header(QByteArrayLiteral("Accept")), {QByteArrayLiteral("text/*")}) < 0) {
        finish(ex, errorPage(406, kNotAcceptableDescription)); // variants text/* only (§2.3)
        return;
    }
    // Order of checks (§3.3).
    const ScenarioConference *conf = ownedConference(ex, user, confName);
    if (!conf)
        return;
    const QList<QByteArray> tokens = splitCommand(segment);
    if (tokens.isEmpty()) {
        finish(ex, errorPage(400, QStringLiteral("No conference command specified")));
        return;
    }
    const QByteArray &verb = tokens.first(); // compared case-sensitively (§3.2)
    if (verb == "invite" || verb == "inviteim") {
        if (tokens.size() != 2) {
            finish(ex, errorPage(400, QStringLiteral("Incorect invite command"))); // sic
            return;
        }
        QString target = QString::fromUtf8(tokens.at(1)); // used raw (§3.5)
        QString callerIdName = target;
        if (verb == "inviteim") {
            const UserAccount *invitee = m_scenario->findByImId(target);
            if (!invitee) { // §5.3, message is the bare bundle key (§4.1)
                finish(ex, javaError("error.inviteParticipant",
                                     "org.sipfoundry.sipxconfig.common.UserException"));
                return;
            }
            target = invitee->user;
            callerIdName = invitee->displayName.isEmpty() ? invitee->user : invitee->displayName;
        } else if (const UserAccount *invitee = m_scenario->findByNumber(target)) {
            callerIdName = invitee->displayName.isEmpty() ? invitee->user : invitee->displayName;
        }
        m_engine->invite(conf->name, target, callerIdName);
        finish(ex, httpd::Response::text(
                       200, QByteArrayLiteral("<command-response>Invitation sent</command-response>"),
                       kTextPlain));
        return;
    }

    // Everything below goes through sipxrecording, which the fault flags break (§4.1).
    switch (m_fault) {
    case BackendFault::None:
        break;
    case BackendFault::Error:
        finish(ex, httpd::Response::text(200, QByteArrayLiteral("ERROR: Connection refused"), kTextPlain));
        return;
    case BackendFault::Empty:
        finish(ex, httpd::Response::text(200, QByteArray(), kTextPlain));
        return;
    case BackendFault::Timeout:
        hang(ex);
        return;
    case BackendFault::Exception:
        finish(ex, httpd::Response::text(
                       200,
                       QByteArrayLiteral(
                           "<command-exception>Timeout waiting for FreeSWITCH</command-exception>\n"),
                       kTextPlain));
        return;
    }

    if (verb == "record") {
        record(ex, *conf, tokens);
        return;
    }

    // sipXconfig → PUT /conference/<conf>/<t1>/<t2>… → sipxrecording decodes and joins with
    // spaces → "conference <conf> <t1> <t2>…" over ESL (§3.4, §3.5). No whitelist.
    QStringList words;
    words.reserve(tokens.size());
    for (const QByteArray &t : tokens)
        words << jettyDecode(t);
    const QString line =
        QStringLiteral("conference ") + conf->name + QLatin1Char(' ') + words.join(QLatin1Char(' '));
    m_engine->api(line, this, [this, ex](const QByteArray &output) {
        finish(ex, httpd::Response::text(200, wrap(output), kTextPlain));
    });
}

void RestFacade::record(const Exchange &ex, const ScenarioConference &conf, const QList<QByteArray> &tokens)
{
    // sipxrecording RecordConferenceServlet (§5.4); action "start" when no second token.
    const QString action = tokens.size() == 1 ? QStringLiteral("start") : jettyDecode(tokens.at(1));
    const QString file = kRecordingDir + conf.name + QStringLiteral(".wav");
    auto reply = [this, ex](const QByteArray &inner) {
        finish(ex, httpd::Response::text(200, wrap(inner), kTextPlain));
    };
    if (action == QLatin1String("start")) {
        if (m_engine->recordingFileExists(file)) {
            reply(QByteArrayLiteral("IN_PROGRESS"));
            return;
        }
        m_engine->api(QStringLiteral("conference ") + conf.name + QStringLiteral(" record ") + file, this,
                      reply);
    } else if (action == QLatin1String("stop")) {
        // No check that a recording was running; the file is removed after the mailbox copy.
        m_engine->api(QStringLiteral("conference ") + conf.name + QStringLiteral(" norecord ") + file, this,
                      [this, reply, file](const QByteArray &output) {
                          m_engine->deleteRecordingFile(file);
                          reply(output);
                      });
    } else if (action == QLatin1String("status")) {
        reply(m_engine->recordingFileExists(file) ? QByteArrayLiteral("IN_PROGRESS")
                                                  : QByteArrayLiteral("NO_RECORDING"));
    } else if (action == QLatin1String("duration")) {
        const int seconds = m_engine->recordingDurationSeconds(file);
        if (seconds < 0) // the servlet throws, sipXconfig passes on an empty body
            finish(ex, httpd::Response::text(200, QByteArray(), kTextPlain));
        else
            reply(QByteArray::number(seconds));
    } else {
        reply(QByteArrayLiteral("ERROR: Incorect \"action\" parameter"));
    }
}

void RestFacade::details(const Exchange &ex, const httpd::Request &req, const UserAccount &user,
                         const QByteArray &confName)
{
    if (req.method != "GET" && req.method != "HEAD") {
        finish(ex, methodNotAllowed(QByteArrayLiteral("GET, HEAD")));
        return;
    }
    const int variant = negotiate(req.header(QByteArrayLiteral("Accept")),
                                  {QByteArrayLiteral("text/xml"), QByteArrayLiteral("application/json")});
    if (variant < 0) {
        finish(ex, errorPage(406, kNotAcceptableDescription));
        return;
    }
    const ScenarioConference *conf = ownedConference(ex, user, confName);
    if (!conf)
        return;
    if (!m_engine->conferenceExists(conf->name)) {
        finish(ex, errorPage(406, QStringLiteral("Conference found, but not active"))); // §2.4
        return;
    }
    const bool json = variant == 1;
    const QString name = conf->name;
    const std::optional<QString> extension = conf->extension;
    const std::optional<QString> description = conf->description;
    // sipXconfig reads "<conf> list delim >,<" and the global list header over XML-RPC (§2.4).
    m_engine->api(
        QStringLiteral("conference ") + name + QStringLiteral(" list delim >,<"), this,
        [=, this](const QByteArray &memberLines) {
            m_engine->api(
                QStringLiteral("conference list summary"), this, [=, this](const QByteArray &global) {
                    bool locked = false;
                    const QByteArray header = "Conference " + name.toUtf8() + " (";
                    for (const QByteArray &line : global.split('\n')) {
                        if (!(line.startsWith(QByteArray("+OK " + header)) || line.startsWith(header)))
                            continue;
                        const qsizetype flagsAt = line.indexOf(" flags: ");
                        const QByteArray before = flagsAt < 0 ? line : line.left(flagsAt);
                        locked = before.endsWith(" locked");
                        break;
                    }
                    struct Member
                    {
                        int id;
                        QString number, uuid;
                        int volumeIn, volumeOut, energy;
                        bool canHear, canSpeak;
                    };
                    QList<Member> members;
                    for (const QByteArray &line : memberLines.split('\n')) {
                        // "id>,<chan>,<uuid>,<name>,<number>,<flags>,<vin>,<vout>,<energy": split on the
                        // full delimiter; counted from both ends so a name containing it is harmless.
                        QList<QByteArray> fields;
                        qsizetype from = 0;
                        while (true) {
                            const qsizetype at = line.indexOf(">,<", from);
                            if (at < 0) {
                                fields << line.mid(from);
                                break;
                            }
                            fields << line.mid(from, at - from);
                            from = at + 3;
                        }
                        if (fields.size() < 9)
                            continue;
                        const qsizetype n = fields.size();
                        const QList<QByteArray> flags = fields.at(n - 4).split('|');
                        members << Member{fields.at(0).toInt(),
                                          QString::fromUtf8(fields.at(n - 5)),
                                          QString::fromUtf8(fields.at(2)),
                                          fields.at(n - 3).toInt(),
                                          fields.at(n - 2).toInt(),
                                          fields.at(n - 1).trimmed().toInt(),
                                          flags.contains("hear"),
                                          flags.contains("speak")};
                    }
                    if (json) {
                        QJsonArray list;
                        for (const Member &m : std::as_const(members)) {
                            QJsonObject o{{QStringLiteral("id"), m.id}, {QStringLiteral("name"), m.number}};
                            if (const UserAccount *u = m_scenario->findByNumber(m.number);
                                u && !u->imId.isEmpty())
                                o.insert(QStringLiteral("imId"), u->imId);
                            o.insert(QStringLiteral("uuid"), m.uuid);
                            o.insert(QStringLiteral("volumeIn"), m.volumeIn);
                            o.insert(QStringLiteral("volumeOut"), m.volumeOut);
                            o.insert(QStringLiteral("energyLevel"), m.energy);
                            o.insert(QStringLiteral("canHear"), m.canHear);
                            o.insert(QStringLiteral("canSpeak"), m.canSpeak);
                            list.append(o);
                        }
                        QJsonObject c;
                        putOptional(c, QStringLiteral("extension"), extension);
                        putOptional(c, QStringLiteral("description"), description);
                        c.insert(QStringLiteral("locked"), locked);
                        c.insert(QStringLiteral("members"), list);
                        finish(ex, representation(true, jsonBody(QStringLiteral("conference"), c)));
                        return;
                    }
                    XStreamWriter w;
                    w.open("conference");
                    w.field("extension", extension);
                    w.field("description", description);
                    w.field("locked", locked);
                    if (members.isEmpty()) {
                        w.empty("members");
                    } else {
                        w.open("members");
                        for (const Member &m : std::as_const(members)) {
                            w.open("member");
                            w.field("id", m.id);
                            w.field("name", m.number);
                            if (const UserAccount *u = m_scenario->findByNumber(m.number);
                                u && !u->imId.isEmpty())
                                w.field("imId", u->imId);
                            w.field("uuid", m.uuid);
                            w.field("volumeIn", m.volumeIn);
                            w.field("volumeOut", m.volumeOut);
                            w.field("energyLevel", m.energy);
                            w.field("canHear", m.canHear);
                            w.field("canSpeak", m.canSpeak);
                            w.close("member");
                        }
                        w.close("members");
                    }
                    w.close("conference");
                    finish(ex, representation(false, w.result()));
                });
        });
}

void RestFacade::loginDetails(const Exchange &ex, const httpd::Request &req, const UserAccount &user)
{
    if (req.method != "GET" && req.method != "HEAD") {
        finish(ex, methodNotAllowed(QByteArrayLiteral("GET, HEAD")));
        return;
    }
    const int variant = negotiate(req.header(QByteArrayLiteral("Accept")),
                                  {QByteArrayLiteral("text/xml"), QByteArrayLiteral("application/json")});
    if (variant < 0) {
        finish(ex, errorPage(406, kNotAcceptableDescription));
        return;
    }
    if (variant == 1) {
        QJsonObject o{{QStringLiteral("userName"), user.user}};
        if (!user.imId.isEmpty())
            o.insert(QStringLiteral("imId"), user.imId);
        finish(ex, representation(true, jsonBody(QStringLiteral("login-details"), o)));
        return;
    }
    XStreamWriter w;
    w.open("login-details");
    w.field("userName", user.user);
    if (!user.imId.isEmpty())
        w.field("imId", user.imId);
    w.close("login-details");
    finish(ex, representation(false, w.result()));
}

} // namespace sim
