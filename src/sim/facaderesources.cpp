// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The XML/JSON resources: my/conferences, conference settings, conference and login details.
#include "sim/restfacade.h"

#include "sim/bridgeengine.h"
#include "sim/facadeprivate.h"
#include "sim/scenario.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QXmlStreamReader>

namespace sim {

using namespace facade;

namespace {

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

/// One line of "conference <name> list delim >,<" as the details resource reads it (§2.4).
struct ListedMember
{
    int id;
    QString number, uuid;
    int volumeIn, volumeOut, energy;
    bool canHear, canSpeak;
};

QList<ListedMember> parseListedMembers(const QByteArray &memberLines)
{
    QList<ListedMember> members;
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
        members << ListedMember{fields.at(0).toInt(),
                                QString::fromUtf8(fields.at(n - 5)),
                                QString::fromUtf8(fields.at(2)),
                                fields.at(n - 3).toInt(),
                                fields.at(n - 2).toInt(),
                                fields.at(n - 1).trimmed().toInt(),
                                flags.contains("hear"),
                                flags.contains("speak")};
    }
    return members;
}

/// The "conference list summary" header line of `name`, empty when it is not listed.
QByteArray summaryLine(const QByteArray &global, const QString &name)
{
    const QByteArray header = "Conference " + name.toUtf8() + " (";
    for (const QByteArray &line : global.split('\n')) {
        if (line.startsWith(QByteArray("+OK " + header)) || line.startsWith(header))
            return line;
    }
    return {};
}

bool summaryListed(const QByteArray &global, const QString &name)
{
    return !summaryLine(global, name).isEmpty();
}

/// Whether the "conference list summary" line of `name` shows it locked.
bool summaryLocked(const QByteArray &global, const QString &name)
{
    const QByteArray line = summaryLine(global, name);
    const qsizetype flagsAt = line.indexOf(" flags: ");
    const QByteArray before = flagsAt < 0 ? line : line.left(flagsAt);
    return before.endsWith(" locked");
}

} // namespace

bool RestFacade::negotiateRead(const Exchange &ex, const httpd::Request &req, const QByteArray &allow,
                               bool *json)
{
    if (req.method != "GET" && req.method != "HEAD") {
        finish(ex, methodNotAllowed(allow));
        return false;
    }
    const int variant = negotiate(req.header(QByteArrayLiteral("Accept")),
                                  {QByteArrayLiteral("text/xml"), QByteArrayLiteral("application/json")});
    if (variant < 0) {
        finish(ex, errorPage(406, kNotAcceptableDescription));
        return false;
    }
    *json = variant == 1;
    return true;
}

void RestFacade::conferenceList(const Exchange &ex, const httpd::Request &req, const UserAccount &user)
{
    bool json = false;
    if (!negotiateRead(ex, req, QByteArrayLiteral("GET, HEAD"), &json)) // §2.1: PUT → 405
        return;
    QList<const ScenarioConference *> owned;
    for (const ScenarioConference &c : std::as_const(m_scenario->conferences)) {
        if (!c.owner.isEmpty() && c.owner == user.user)
            owned << &c;
    }
    if (json) {
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
    bool json = false;
    if (!negotiateRead(ex, req, QByteArrayLiteral("GET, HEAD, PUT"), &json))
        return;
    if (!conf) {
        finish(ex, errorPage(404, kNotFoundDescription));
        return;
    }
    if (json) {
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

void RestFacade::details(const Exchange &ex, const httpd::Request &req, const UserAccount &user,
                         const QByteArray &confName)
{
    bool json = false;
    if (!negotiateRead(ex, req, QByteArrayLiteral("GET, HEAD"), &json))
        return;
    const ScenarioConference *conf = ownedConference(ex, user, confName);
    if (!conf)
        return;
    if (!m_upstream && !m_engine->conferenceExists(conf->name)) {
        finish(ex, errorPage(406, QStringLiteral("Conference found, but not active"))); // §2.4
        return;
    }
    const QString name = conf->name;
    const std::optional<QString> extension = conf->extension;
    const std::optional<QString> description = conf->description;
    // sipXconfig reads the global list header and "<conf> list delim >,<" over XML-RPC (§2.4);
    // over the relay both come from the upstream switch. Unreachable (or no answer): §4.1's
    // 500 FreeswitchApiConnectException with the bare bundle key.
    auto unreachable = [this, ex] {
        finish(ex, javaError("error.connect",
                             "org.sipfoundry.sipxconfig.freeswitch.api.FreeswitchApiConnectException"));
    };
    m_backend->api(QStringLiteral("conference list summary"), this, [=, this](const ApiResult &globalResult) {
        if (!globalResult.ok()) {
            unreachable();
            return;
        }
        const QByteArray global = globalResult.output;
        if (m_upstream && !summaryListed(global, name)) { // active = in `conference list` (§2.4)
            finish(ex, errorPage(406, QStringLiteral("Conference found, but not active")));
            return;
        }
        m_backend->api(
            QStringLiteral("conference ") + name + QStringLiteral(" list delim >,<"), this,
            [=, this](const ApiResult &memberResult) {
                if (!memberResult.ok()) {
                    unreachable();
                    return;
                }
                const QByteArray memberLines = memberResult.output;
                const bool locked = summaryLocked(global, name);
                const QList<ListedMember> members = parseListedMembers(memberLines);
                if (json) {
                    QJsonArray list;
                    for (const ListedMember &m : std::as_const(members)) {
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
                    for (const ListedMember &m : std::as_const(members)) {
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
    bool json = false;
    if (!negotiateRead(ex, req, QByteArrayLiteral("GET, HEAD"), &json))
        return;
    if (json) {
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
