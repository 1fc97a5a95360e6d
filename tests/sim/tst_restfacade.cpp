// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The sipXconfig REST facade of the bridge simulator over real loopback HTTPS
// (sipxconfig-conference-rest.md; the examples of seed-conference-rest-api.txt).
#include "core/parsers.h"
#include "httpd/httpserver.h"
#include "sim/simulator.h"

#include <QAuthenticator>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

struct Reply
{
    bool finished = false;
    int status = 0;
    QByteArray reason;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QList<QNetworkReply::RawHeaderPair> headers;
    int authPrompts = 0;
    qint64 elapsedMs = 0;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }
};

struct Call
{
    QByteArray method = "GET";
    QByteArray path; ///< raw, appended to /sipxconfig/rest
    QString user = u"alice"_s;
    QString password = u"wonderland"_s;
    QByteArray accept;
    QByteArray body;
    QByteArray contentType;
    QByteArray authorization; ///< preset header (Basic)
    int transferTimeoutMs = 0;
    int waitMs = 20000;
};

QByteArray wrap(const QByteArray &inner)
{
    return "<command-response>" + inner + "</command-response>\n";
}

} // namespace

class TstRestFacade final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<sim::Simulator> m_sim;
    QTemporaryDir m_dir;
    QString m_scenarioPath;
    QList<int> m_handled;

    sim::SimulatorOptions baseOptions() const
    {
        sim::SimulatorOptions o;
        o.activity.enabled = false;
        o.ringDelayMs = 30;
        o.scenarioFile = m_scenarioPath;
        return o;
    }

    Reply request(sim::Simulator *sim, const Call &call)
    {
        Reply r;
        QNetworkAccessManager nam; // fresh per call: no cached credentials across users
        const QUrl url = QUrl::fromEncoded(sim->baseUrl().toEncoded() + call.path, QUrl::TolerantMode);
        QNetworkRequest req(url);
        req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        req.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
        if (sim->options().tls) {
            QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
            ssl.setCaCertificates({sim->certificate()});
            req.setSslConfiguration(ssl);
        }
        if (!call.accept.isEmpty())
            req.setRawHeader("Accept", call.accept);
        if (!call.contentType.isEmpty())
            req.setHeader(QNetworkRequest::ContentTypeHeader, call.contentType);
        if (!call.authorization.isEmpty())
            req.setRawHeader("Authorization", call.authorization);
        if (call.transferTimeoutMs > 0)
            req.setTransferTimeout(call.transferTimeoutMs);
        connect(&nam, &QNetworkAccessManager::authenticationRequired, this,
                [&r, &call](QNetworkReply *, QAuthenticator *auth) {
                    ++r.authPrompts;
                    if (r.authPrompts > 2)
                        return; // wrong password: give up
                    auth->setUser(call.user);
                    auth->setPassword(call.password);
                });
        QElapsedTimer timer;
        timer.start();
        // QNAM expects no body only for its own HEAD operation, not for a custom "HEAD".
        QNetworkReply *reply =
            call.method == "HEAD" ? nam.head(req) : nam.sendCustomRequest(req, call.method, call.body);
        connect(reply, &QNetworkReply::sslErrors, this, [](const QList<QSslError> &errors) {
            for (const QSslError &e : errors)
                qWarning() << "TLS error:" << e.errorString();
        });
        QSignalSpy done(reply, &QNetworkReply::finished);
        r.finished = done.wait(call.waitMs);
        r.elapsedMs = timer.elapsed();
        if (!r.finished) {
            reply->abort();
            delete reply;
            return r;
        }
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
        r.body = reply->isOpen() ? reply->readAll() : QByteArray();
        r.error = reply->error();
        r.headers = reply->rawHeaderPairs();
        delete reply;
        return r;
    }

    Reply get(const QByteArray &path, const QString &user = u"alice"_s,
              const QString &password = u"wonderland"_s)
    {
        Call c;
        c.path = path;
        c.user = user;
        c.password = password;
        return request(m_sim.get(), c);
    }

    QByteArray api(sim::Simulator *sim, const QString &line)
    {
        QByteArray out;
        bool done = false;
        sim->engine()->api(line, this, [&](const QByteArray &o) {
            out = o;
            done = true;
        });
        if (!done)
            (void)QTest::qWaitFor([&] { return done; }, 5000);
        return out;
    }

    /// Member ids of a conference (plain list: "id;channel;uuid;name;number;flags;…").
    QList<quint32> memberIds(const QString &conf)
    {
        QList<quint32> ids;
        for (const QByteArray &line : api(m_sim.get(), u"conference "_s + conf + u" list"_s).split('\n')) {
            bool ok = false;
            const quint32 id = line.left(line.indexOf(';')).toUInt(&ok);
            if (ok)
                ids << id;
        }
        return ids;
    }

    int memberCount(const QString &conf) { return int(memberIds(conf).size()); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // The built-in scenario plus a conference nobody is in and one without an owner.
        QFile builtIn(u":/sim/default-scenario.json"_s);
        sim::Simulator resourceLoader(sim::SimulatorOptions{}); // registers the resources
        QVERIFY2(builtIn.open(QIODevice::ReadOnly), "built-in scenario resource missing");
        QJsonObject root = QJsonDocument::fromJson(builtIn.readAll()).object();
        QJsonArray confs = root.value(u"conferences"_s).toArray();
        QCOMPARE(confs.size(), 3);
        confs.append(
            QJsonObject{{u"name"_s, u"empty"_s}, {u"extension"_s, u"3009"_s}, {u"owner"_s, u"alice"_s}});
        confs.append(QJsonObject{{u"name"_s, u"orphan"_s}, {u"extension"_s, u"3010"_s}});
        root.insert(u"conferences"_s, confs);
        m_scenarioPath = m_dir.filePath(u"scenario.json"_s);
        QFile out(m_scenarioPath);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(root).toJson());
        out.close();

        m_sim = std::make_unique<sim::Simulator>(baseOptions());
        QString error;
        QVERIFY2(m_sim->start(&error), qPrintable(error));
        QVERIFY(m_sim->baseUrl().toString().startsWith(u"https://127.0.0.1:"_s));
        QCOMPARE(m_sim->certificateSha256().size(), 64);
        QCOMPARE(m_sim->certificateSha256(), m_sim->certificateSha256().toLower());
        QCOMPARE(m_sim->conferencesOwnedBy(u"alice"_s), (QStringList{u"sales"_s, u"support"_s, u"empty"_s}));
        QCOMPARE(m_sim->conferencesOwnedBy(u"admin"_s), QStringList());
        connect(m_sim.get(), &sim::Simulator::requestHandled, this,
                [this](const QByteArray &, const QByteArray &, int status) { m_handled << status; });
        QCOMPARE(memberCount(u"sales"_s), 5);
        QCOMPARE(memberCount(u"support"_s), 4);
        QCOMPARE(memberCount(u"board"_s), 3);
        QVERIFY(!m_sim->engine()->conferenceExists(u"empty"_s));
    }

    void defaultScenarioIsValid()
    {
        QString error;
        QFile f(u":/sim/default-scenario.json"_s);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const auto s = sim::Scenario::fromJson(f.readAll(), &error);
        QVERIFY2(s, qPrintable(error));
        QCOMPARE(s->users.size(), 3);
        int members = 0, moderators = 0, muted = 0;
        for (const auto &c : s->conferences) {
            members += int(c.members.size());
            int mods = 0;
            for (const auto &m : c.members) {
                mods += m.moderator ? 1 : 0;
                muted += m.muted ? 1 : 0;
            }
            QCOMPARE(mods, 1);
            moderators += mods;
        }
        QCOMPARE(members, 12);
        QCOMPARE(muted, 1);
    }

    void invalidScenarioIsRejected_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not json") << QByteArray("{") << u"not valid JSON"_s;
        QTest::newRow("no users") << QByteArray(R"({"users":[]})") << u"users"_s;
        QTest::newRow("unknown owner") << QByteArray(R"({"users":[{"user":"a","password":"b"}],
            "conferences":[{"name":"c","owner":"zed"}]})")
                                       << u"conferences[0]: the owner \"zed\""_s;
        QTest::newRow("member without number") << QByteArray(R"({"users":[{"user":"a","password":"b"}],
            "conferences":[{"name":"c","members":[{"callerIdName":"x"}]}]})")
                                               << u"members[0]"_s;
        QTest::newRow("duplicate alias")
            << QByteArray(R"({"users":[{"user":"a","password":"b","aliases":["1"]},
            {"user":"b","password":"c","aliases":["1"]}]})")
            << u"users[1]"_s;
    }

    void invalidScenarioIsRejected()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        QString error;
        QVERIFY(!sim::Scenario::fromJson(json, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));

        const QString path = m_dir.filePath(u"bad.json"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(json);
        f.close();
        sim::SimulatorOptions o = baseOptions();
        o.scenarioFile = path;
        sim::Simulator s(o);
        QString startError;
        QVERIFY(!s.start(&startError));
        QVERIFY2(startError.contains(u"invalid scenario"_s), qPrintable(startError));
    }

    // --- /my/conferences --------------------------------------------------------------------

    void conferenceListXml()
    {
        const Reply r = get("/my/conferences");
        QVERIFY(r.finished);
        QCOMPARE(r.status, 200);
        QVERIFY(r.header("Content-Type").startsWith("text/xml"));
        QCOMPARE(r.authPrompts, 1); // Digest challenge answered once
        const QByteArray expected = "<conferences>\n"
                                    "  <conference>\n"
                                    "    <enabled>true</enabled>\n"
                                    "    <name>sales</name>\n"
                                    "    <description>Sales weekly call</description>\n"
                                    "    <extension>3001</extension>\n"
                                    "    <accessCode>1234</accessCode>\n"
                                    "  </conference>\n"
                                    "  <conference>\n"
                                    "    <enabled>true</enabled>\n"
                                    "    <name>support</name>\n"
                                    "    <description>Customer support bridge</description>\n"
                                    "    <extension>3002</extension>\n"
                                    "    <accessCode>5678</accessCode>\n"
                                    "  </conference>\n"
                                    "  <conference>\n"
                                    "    <enabled>true</enabled>\n"
                                    "    <name>empty</name>\n"
                                    "    <extension>3009</extension>\n" // null description omitted
                                    "  </conference>\n"
                                    "</conferences>";
        QCOMPARE(r.body, expected);

        const Reply admin = get("/my/conferences", u"admin"_s, u"admin"_s);
        QCOMPARE(admin.status, 200);
        QCOMPARE(admin.body, QByteArray("<conferences/>"));
    }

    void conferenceListJson()
    {
        Call c;
        c.path = "/my/conferences";
        c.user = u"bob"_s;
        c.password = u"builder"_s;
        c.accept = "application/json";
        const Reply r = request(m_sim.get(), c);
        QCOMPARE(r.status, 200);
        QVERIFY(r.header("Content-Type").startsWith("application/json"));
        const QJsonArray list = QJsonDocument::fromJson(r.body).object().value(u"conferences"_s).toArray();
        QCOMPARE(list.size(), 1);
        const QJsonObject board = list.at(0).toObject();
        QCOMPARE(board.value(u"name"_s).toString(), u"board"_s);
        QCOMPARE(board.value(u"enabled"_s).toBool(false), true);
        QCOMPARE(board.value(u"extension"_s).toString(), u"3003"_s);
        QCOMPARE(board.value(u"accessCode"_s).toString(), u"9012"_s);

        c.accept = "text/xml;q=0.5, application/json";
        QVERIFY(request(m_sim.get(), c).body.startsWith("{"));
        c.accept = "*/*";
        QVERIFY(request(m_sim.get(), c).body.startsWith("<conferences>"));
    }

    void conferenceListErrors()
    {
        Call c;
        c.path = "/my/conferences";
        c.accept = "image/png";
        Reply r = request(m_sim.get(), c);
        QCOMPARE(r.status, 406);
        QVERIFY(r.header("Content-Type").startsWith("text/html"));

        c.accept.clear();
        c.method = "PUT";
        r = request(m_sim.get(), c);
        QCOMPARE(r.status, 405);
    }

    void conferenceSettings()
    {
        Reply r = get("/my/conferences/board"); // no ownership check (§2.2)
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, QByteArray("<setting>\n"
                                    "  <enabled>true</enabled>\n"
                                    "  <name>board</name>\n"
                                    "  <description>Board meeting</description>\n"
                                    "  <autorecorded>false</autorecorded>\n"
                                    "  <accessCode>9012</accessCode>\n"
                                    "  <moderatorCode>9999</moderatorCode>\n"
                                    "  <quickstart>true</quickstart>\n"
                                    "  <video>false</video>\n"
                                    "  <sendActiveVideoOnly>false</sendActiveVideoOnly>\n"
                                    "  <maxMembers>0</maxMembers>\n"
                                    "  <moderatedRoom>false</moderatedRoom>\n"
                                    "  <publicRoom>false</publicRoom>\n"
                                    "</setting>"));

        Call put;
        put.method = "PUT";
        put.path = "/my/conferences/support";
        put.contentType = "text/xml";
        put.body =
            "<setting><description>Tier 2 &amp; friends</description><maxMembers>25</maxMembers></setting>";
        r = request(m_sim.get(), put);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, QByteArray());

        put.contentType = "application/json";
        put.body = R"({"setting":{"accessCode":"4321","video":true}})";
        QCOMPARE(request(m_sim.get(), put).status, 200);

        Call json;
        json.path = "/my/conferences/support";
        json.accept = "application/json";
        r = request(m_sim.get(), json);
        QCOMPARE(r.status, 200);
        const QJsonObject s = QJsonDocument::fromJson(r.body).object().value(u"setting"_s).toObject();
        QCOMPARE(s.value(u"description"_s).toString(), u"Tier 2 & friends"_s);
        QCOMPARE(s.value(u"maxMembers"_s).toInt(), 25);
        QCOMPARE(s.value(u"accessCode"_s).toString(), u"4321"_s);
        QCOMPARE(s.value(u"video"_s).toBool(), true);
        QCOMPARE(s.value(u"name"_s).toString(), u"support"_s);
        // The list reflects the change, escaped the XStream way.
        QVERIFY(get("/my/conferences").body.contains("<description>Tier 2 &amp; friends</description>"));

        QCOMPARE(get("/my/conferences/nosuch").status, 404);
        put.path = "/my/conferences/nosuch";
        r = request(m_sim.get(), put);
        QCOMPARE(r.status, 500);
        QCOMPARE(r.body,
                 QByteArray(R"({"error":"Internal error: null","type":"java.lang.NullPointerException"} )"));
    }

    // --- the seed document's examples ----------------------------------------------------------

    void lockByPut()
    {
        Call c;
        c.method = "PUT";
        c.path = "/my/conference/sales/lock";
        const Reply r = request(m_sim.get(), c);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("Content-Type"), QByteArray("text/plain; charset=ISO-8859-1"));
        QCOMPARE(r.body, wrap("+OK sales locked\n"));
        // The engine state changed: the details resource reads the lock from the list header.
        const Reply details = get("/my/conferencedetails/sales");
        QCOMPARE(details.status, 200);
        QVERIFY2(details.body.contains("<locked>true</locked>"), details.body.constData());
        QCOMPARE(get("/my/conference/sales/unlock").body, wrap("+OK sales unlocked\n"));
        QVERIFY(get("/my/conferencedetails/sales").body.contains("<locked>false</locked>"));
    }

    void invite()
    {
        const int before = memberCount(u"sales"_s);
        const Reply r = get("/my/conference/sales/invite&401");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, QByteArray("<command-response>Invitation sent</command-response>")); // no newline
        QCOMPARE(memberCount(u"sales"_s), before);                                            // still ringing
        QTRY_COMPARE_WITH_TIMEOUT(memberCount(u"sales"_s), before + 1, 5000);
        QVERIFY(api(m_sim.get(), u"conference sales list"_s).contains(";401;"));
    }

    void inviteIm()
    {
        const int before = memberCount(u"board"_s);
        const Reply r = get("/my/conference/board/inviteim&alice.im", u"bob"_s, u"builder"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, QByteArray("<command-response>Invitation sent</command-response>"));
        QTRY_COMPARE_WITH_TIMEOUT(memberCount(u"board"_s), before + 1, 5000);
        QVERIFY(api(m_sim.get(), u"conference board list"_s).contains("Alice Liddell"));

        const Reply unknown = get("/my/conference/board/inviteim&nobody.im", u"bob"_s, u"builder"_s);
        QCOMPARE(unknown.status, 500);
        QCOMPARE(unknown.header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(unknown.body, QByteArray(R"({"error":"error.inviteParticipant",)"
                                          R"("type":"org.sipfoundry.sipxconfig.common.UserException"} )"));
    }

    void xmlList()
    {
        const Reply r = get("/my/conference/sales/xml_list");
        QCOMPARE(r.status, 200);
        QVERIFY2(r.body.startsWith("<command-response><?xml version=\"1.0\"?>\n<conferences>"),
                 r.body.left(80));
        QVERIFY(r.body.endsWith("</conferences></command-response>\n") ||
                r.body.endsWith("</conferences>\n</command-response>\n"));
        const QByteArray inner = r.body.mid(18, r.body.size() - 18 - 20);
        const auto parsed = cc::parseXmlList(inner);
        QVERIFY2(parsed.ok(), parsed.error ? qPrintable(parsed.error->message) : "");
        QCOMPARE(parsed.value.size(), 1);
        QStringList names;
        for (const auto &p : parsed.value.first().members)
            names << p.callerIdName;
        QVERIFY2(names.contains(u"José Álvarez"_s), qPrintable(names.join(u", "_s)));
        QVERIFY(names.contains(u"Ștefan Popescu"_s));
    }

    void memberCommandsAndSplitting()
    {
        const QList<quint32> ids = memberIds(u"sales"_s);
        QVERIFY(ids.size() >= 3);
        const QByteArray a = QByteArray::number(ids.at(0));
        const QByteArray b = QByteArray::number(ids.at(1));
        QCOMPARE(get("/my/conference/sales/mute&" + a).body, wrap("+OK mute " + a + "\n"));
        // Runs of '&' count once (StringUtils.split, §3.2).
        QCOMPARE(get("/my/conference/sales/mute&&" + b + "&").body, wrap("+OK mute " + b + "\n"));
        QCOMPARE(get("/my/conference/sales/unmute&&&" + a).body, wrap("+OK unmute " + a + "\n"));
        // Extra path after the command is ignored (starts-with routing, §2).
        QCOMPARE(get("/my/conference/sales/unmute&" + b + "/anything/else").body,
                 wrap("+OK unmute " + b + "\n"));
        // "invite" is intercepted case-sensitively; anything else reaches FreeSWITCH.
        QCOMPARE(get("/my/conference/sales/Invite&401").body,
                 wrap("-ERR Conference command 'Invite' not found.\n"));
        // No whitelist: unknown sub-commands reach FreeSWITCH.
        QCOMPARE(get("/my/conference/sales/wrong").body,
                 wrap("-ERR Conference command 'wrong' not found.\n"));
    }

    void kickDoubleAmpersand()
    {
        const QList<quint32> ids = memberIds(u"board"_s);
        QVERIFY(ids.size() >= 2);
        const QByteArray a = QByteArray::number(ids.at(0));
        const QByteArray b = QByteArray::number(ids.at(1));
        const Reply one = get("/my/conference/board/kick&&" + a, u"bob"_s, u"builder"_s);
        const Reply two = get("/my/conference/board/kick&" + b, u"bob"_s, u"builder"_s);
        QCOMPARE(one.body, wrap("+OK kicked " + a + "\n"));
        QCOMPARE(two.body, wrap("+OK kicked " + b + "\n"));
        QTRY_VERIFY_WITH_TIMEOUT(!memberIds(u"board"_s).contains(ids.at(0)), 5000);
    }

    void percentDecoding()
    {
        // %20 becomes a space, i.e. an argument separator, before FreeSWITCH splits (§3.5).
        QCOMPARE(get("/my/conference/sales/xyz%20abc").body,
                 wrap("-ERR Conference command 'xyz' not found.\n"));
        // Percent-decoded as UTF-8 by sipxrecording's Jetty; "set" prints the old value.
        get("/my/conference/sales/set&caller_id_name&Zo%C3%AB");
        QCOMPARE(api(m_sim.get(), u"conference sales get caller_id_name"_s), u"Zoë"_s.toUtf8());
        // say text with %20 arrives as one text with spaces.
        QList<QList<QPair<QByteArray, QByteArray>>> events;
        connect(m_sim->engine(), &sim::BridgeEngine::conferenceEvent, this,
                [&events](const QList<QPair<QByteArray, QByteArray>> &headers) { events << headers; });
        const Reply say = get("/my/conference/sales/say&Hello%20big%20world");
        QCOMPARE(say.status, 200);
        QVERIFY2(!say.body.contains("say <text>"), say.body.constData()); // not the syntax error
        disconnect(m_sim->engine(), &sim::BridgeEngine::conferenceEvent, this, nullptr);
        bool sawText = false;
        for (const auto &headers : std::as_const(events)) {
            for (const auto &h : headers)
                sawText = sawText || (h.first == "Text" && h.second == "Hello big world");
        }
        QVERIFY2(sawText, "no speak-text event with the decoded text");
        // %2F is refused by Apache (AllowEncodedSlashes Off) before sipXconfig sees it.
        const Reply slash = get("/my/conference/sales/play&%2Ftmp%2Fx.wav");
        QCOMPARE(slash.status, 404);
        QVERIFY(slash.body.contains("Not Found"));
    }

    void conferenceWithoutEngineInstance()
    {
        QCOMPARE(get("/my/conference/empty/lock").body, wrap("-ERR Conference empty not found\n"));
    }

    void record()
    {
        const QByteArray file = "/tmp/freeswitch/recordings/sales.wav";
        QCOMPARE(get("/my/conference/sales/record&status").body, wrap("NO_RECORDING"));
        const Reply duration0 = get("/my/conference/sales/record&duration");
        QCOMPARE(duration0.status, 200);
        QCOMPARE(duration0.body, QByteArray()); // servlet exception → empty body
        const Reply start = get("/my/conference/sales/record");
        QCOMPARE(start.status, 200);
        QCOMPARE(start.body, wrap("+OK Record file " + file + "\n"));
        QCOMPARE(get("/my/conference/sales/record&start").body, wrap("IN_PROGRESS"));
        QCOMPARE(get("/my/conference/sales/record&status").body, wrap("IN_PROGRESS"));
        const Reply duration = get("/my/conference/sales/record&duration");
        QVERIFY2(QRegularExpression(u"^<command-response>\\d+</command-response>\n$"_s)
                     .match(QString::fromLatin1(duration.body))
                     .hasMatch(),
                 duration.body.constData());
        const Reply stop = get("/my/conference/sales/record&stop");
        QCOMPARE(stop.status, 200);
        QVERIFY2(stop.body.contains(QByteArray("Stopped recording file " + file)), stop.body.constData());
        QCOMPARE(get("/my/conference/sales/record&status").body, wrap("NO_RECORDING"));
        QCOMPARE(get("/my/conference/sales/record&duration").body, QByteArray());
        QCOMPARE(get("/my/conference/sales/record&rewind").body,
                 wrap("ERROR: Incorect \"action\" parameter"));
    }

    void kickAll()
    {
        // A REST-started recording that is still running when the conference ends is delivered
        // by sipxrecording's ConfRecordThread, so its file is gone afterwards (§5.4).
        QCOMPARE(get("/my/conference/support/record").status, 200);
        QCOMPARE(get("/my/conference/support/record&status").body, wrap("IN_PROGRESS"));
        const Reply r = get("/my/conference/support/kick&all");
        QCOMPARE(r.status, 200);
        QVERIFY2(r.body.startsWith("<command-response>+OK kicked "), r.body.constData());
        QCOMPARE(r.body.count("+OK kicked "), 4); // `all` skips the recording node
        QTRY_COMPARE_WITH_TIMEOUT(memberCount(u"support"_s), 0, 5000);
        QCOMPARE(get("/my/conference/support/record&status").body, wrap("NO_RECORDING"));
    }

    // --- details and login -------------------------------------------------------------------

    void conferenceDetails()
    {
        Reply r = get("/my/conferencedetails/sales");
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.startsWith("<conference>\n  <extension>3001</extension>\n"
                                  "  <description>Sales weekly call</description>\n  <locked>false</locked>\n"
                                  "  <members>\n    <member>\n      <id>"));
        const auto details = cc::parseConferenceDetails(r.body, false);
        QVERIFY2(details.ok(), details.error ? qPrintable(details.error->message) : "");
        QCOMPARE(details.value.members.size(), qsizetype(memberCount(u"sales"_s)));
        bool sawAlice = false, sawZoe = false;
        for (const auto &m : details.value.members) {
            if (m.name == u"201"_s) { // name is the caller-ID number
                sawAlice = true;
                QCOMPARE(m.imId, u"alice.im"_s);
                QVERIFY(m.canSpeak);
            }
            if (m.name == u"+4930555019"_s) {
                sawZoe = true;
                QVERIFY(!m.canSpeak); // the muted member
                QVERIFY(m.canHear);
                QVERIFY(m.imId.isEmpty());
            }
        }
        QVERIFY(sawAlice && sawZoe);

        Call json;
        json.path = "/my/conferencedetails/sales";
        json.accept = "application/json";
        r = request(m_sim.get(), json);
        QCOMPARE(r.status, 200);
        const auto jd = cc::parseConferenceDetails(r.body, true);
        QVERIFY(jd.ok());
        QCOMPARE(jd.value.members.size(), details.value.members.size());
        QCOMPARE(jd.value.extension, u"3001"_s);

        json.accept = "image/png";
        QCOMPARE(request(m_sim.get(), json).status, 406);
    }

    void loginDetails()
    {
        const Reply r = get("/my/logindetails", u"201"_s, u"wonderland"_s); // alias login
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, QByteArray("<login-details>\n  <userName>alice</userName>\n  <imId>alice.im</imId>\n"
                                    "</login-details>"));
    }

    // --- every error code ----------------------------------------------------------------------

    void errors_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QString>("user");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("reason");
        const QString alice = u"alice"_s;
        QTest::newRow("unknown conference")
            << QByteArray("/my/conference/nosuch/lock") << alice << 404 << QByteArray("Conference not found");
        QTest::newRow("admin is not owner") << QByteArray("/my/conference/sales/lock") << u"admin"_s << 403
                                            << QByteArray("User is not owner of this conference");
        QTest::newRow("bob is not owner") << QByteArray("/my/conference/sales/xml_list") << u"bob"_s << 403
                                          << QByteArray("User is not owner of this conference");
        QTest::newRow("no owner") << QByteArray("/my/conference/orphan/lock") << alice << 403
                                  << QByteArray("User is not owner of this conference");
        // Order of checks (§3.3): 404 before 403 before 400.
        QTest::newRow("404 before 403") << QByteArray("/my/conference/nosuch/&") << u"admin"_s << 404
                                        << QByteArray("Conference not found");
        QTest::newRow("403 before 400") << QByteArray("/my/conference/sales/&") << u"admin"_s << 403
                                        << QByteArray("User is not owner of this conference");
        QTest::newRow("only &") << QByteArray("/my/conference/sales/&") << alice << 400
                                << QByteArray("No conference command specified");
        QTest::newRow("only &&&") << QByteArray("/my/conference/sales/&&&") << alice << 400
                                  << QByteArray("No conference command specified");
        QTest::newRow("invite no target") << QByteArray("/my/conference/sales/invite") << alice << 400
                                          << QByteArray("Incorect invite command");
        QTest::newRow("invite two targets") << QByteArray("/my/conference/sales/invite&1&2") << alice << 400
                                            << QByteArray("Incorect invite command");
        QTest::newRow("inviteim arity") << QByteArray("/my/conference/sales/inviteim") << alice << 400
                                        << QByteArray("Incorect invite command");
        QTest::newRow("details inactive") << QByteArray("/my/conferencedetails/empty") << alice << 406
                                          << QByteArray("Conference found, but not active");
        QTest::newRow("details unknown") << QByteArray("/my/conferencedetails/nosuch") << alice << 404
                                         << QByteArray("Conference not found");
        QTest::newRow("details not owner") << QByteArray("/my/conferencedetails/board") << alice << 403
                                           << QByteArray("User is not owner of this conference");
        QTest::newRow("no command segment")
            << QByteArray("/my/conference/sales") << alice << 404 << QByteArray();
        QTest::newRow("no route") << QByteArray("/my/nothing") << alice << 404 << QByteArray();
        QTest::newRow("encoded slash")
            << QByteArray("/my/conference/sales/say&a%2fb") << alice << 404 << QByteArray();
    }

    void errors()
    {
        QFETCH(QByteArray, path);
        QFETCH(QString, user);
        QFETCH(int, status);
        QFETCH(QByteArray, reason);
        const QString password = user == u"alice"_s ? u"wonderland"_s
                                 : user == u"bob"_s ? u"builder"_s
                                                    : u"admin"_s;
        const Reply r = get(path, user, password);
        QVERIFY(r.finished);
        QCOMPARE(r.status, status);
        if (!reason.isEmpty()) {
            QCOMPARE(r.reason, reason);
            QVERIFY2(r.body.contains(reason), r.body.constData()); // Jetty page repeats it
        }
    }

    void unknownRootPath()
    {
        const QUrl url = QUrl(m_sim->baseUrl()).resolved(QUrl(u"/elsewhere"_s));
        QNetworkAccessManager nam;
        QNetworkRequest req(url);
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setCaCertificates({m_sim->certificate()});
        req.setSslConfiguration(ssl);
        QNetworkReply *reply = nam.get(req);
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait(10000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 404);
        delete reply;
    }

    void optionsNeedsNoAuth()
    {
        Call c;
        c.method = "OPTIONS";
        c.path = "/my/conference/sales/lock";
        const Reply r = request(m_sim.get(), c);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.authPrompts, 0);
        QCOMPARE(r.body, QByteArray());
    }

    // --- authentication ------------------------------------------------------------------------

    void basicAuth()
    {
        Call c;
        c.path = "/my/conference/sales/list&count";
        c.authorization = "Basic " + QByteArray("alice:wonderland").toBase64();
        Reply r = request(m_sim.get(), c);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.authPrompts, 0);
        QVERIFY(r.body.startsWith("<command-response>"));

        c.authorization = "Basic " + QByteArray("alice:wrong").toBase64();
        c.user = u"nobody"_s; // the retry after the challenge fails too
        c.password = u"x"_s;
        r = request(m_sim.get(), c);
        QCOMPARE(r.status, 401);
    }

    void wrongDigestPassword()
    {
        const Reply r = get("/my/conferences", u"alice"_s, u"not-the-password"_s);
        QCOMPARE(r.status, 401);
        QVERIFY(r.authPrompts >= 1);
    }

    void staleNonce()
    {
        // Plain HTTP and a hand-made digest handshake, to see the challenge headers themselves.
        sim::SimulatorOptions o = baseOptions();
        o.tls = false;
        o.nonceLifetimeMs = 400;
        sim::Simulator s(o);
        QString error;
        QVERIFY2(s.start(&error), qPrintable(error));
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, s.port());
        QVERIFY(QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::ConnectedState; }, 5000));

        QByteArray buffer;
        auto exchange = [&](const QByteArray &authorization,
                            const QByteArray &path =
                                "/sipxconfig/rest/my/conference/sales/list&count") -> QByteArray {
            QByteArray req = "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
            if (!authorization.isEmpty())
                req += "Authorization: " + authorization + "\r\n";
            socket.write(req + "\r\n");
            const bool complete = QTest::qWaitFor(
                [&] {
                    buffer += socket.readAll();
                    const qsizetype end = buffer.indexOf("\r\n\r\n");
                    if (end < 0)
                        return false;
                    const QRegularExpression cl(u"(?i)content-length:\\s*(\\d+)"_s);
                    const auto m = cl.match(QString::fromLatin1(buffer.left(end)));
                    const qsizetype length = m.hasMatch() ? m.captured(1).toLongLong() : 0;
                    return buffer.size() >= end + 4 + length;
                },
                5000);
            if (!complete)
                return {};
            const qsizetype end = buffer.indexOf("\r\n\r\n");
            const QRegularExpression cl(u"(?i)content-length:\\s*(\\d+)"_s);
            const auto m = cl.match(QString::fromLatin1(buffer.left(end)));
            const qsizetype total = end + 4 + (m.hasMatch() ? m.captured(1).toLongLong() : 0);
            const QByteArray response = buffer.left(total);
            buffer.remove(0, total);
            return response;
        };
        auto md5 = [](const QByteArray &in) -> QByteArray {
            return QCryptographicHash::hash(in, QCryptographicHash::Md5).toHex();
        };
        auto digest = [&](const QByteArray &nonce, const QByteArray &password) -> QByteArray {
            const QByteArray uri = "/sipxconfig/rest/my/conference/sales/list&count";
            const QByteArray ha1 = md5("alice:example.com:" + password);
            const QByteArray ha2 = md5("GET:" + uri);
            const QByteArray response = md5(ha1 + ':' + nonce + ":00000001:0a4f113b:auth:" + ha2);
            return "Digest username=\"alice\", realm=\"example.com\", nonce=\"" + nonce + "\", uri=\"" + uri +
                   "\", qop=auth, nc=00000001, cnonce=\"0a4f113b\", response=\"" + response + "\"";
        };
        auto nonceOf = [](const QByteArray &response) -> QByteArray {
            const QRegularExpression re(u"nonce=\"([^\"]+)\""_s);
            return re.match(QString::fromLatin1(response)).captured(1).toLatin1();
        };

        const QByteArray challenge = exchange({});
        QVERIFY2(challenge.startsWith("HTTP/1.1 401"), challenge.constData());
        QVERIFY(challenge.contains("WWW-Authenticate: Digest realm=\"example.com\", qop=\"auth\", nonce=\""));
        QVERIFY(!challenge.contains("stale"));
        const QByteArray nonce = nonceOf(challenge);
        QVERIFY(!nonce.isEmpty());

        const QByteArray ok = exchange(digest(nonce, "wonderland"));
        QVERIFY2(ok.startsWith("HTTP/1.1 200"), ok.constData());

        const QByteArray bad = exchange(digest(nonce, "wrong"));
        QVERIFY2(bad.startsWith("HTTP/1.1 401"), bad.constData());
        QVERIFY(!bad.contains("stale"));

        QTest::qWait(o.nonceLifetimeMs + 300);
        const QByteArray stale = exchange(digest(nonce, "wonderland"));
        QVERIFY2(stale.startsWith("HTTP/1.1 401"), stale.constData());
        QVERIFY2(stale.contains("stale=\"true\""), stale.constData());
        const QByteArray fresh = nonceOf(stale);
        QVERIFY(fresh != nonce);
        QVERIFY(exchange(digest(fresh, "wonderland")).startsWith("HTTP/1.1 200"));

        // What Apache refuses before sipXconfig sees it (§3.5): a broken escape, %00, %2F.
        const QByteArray basic = "Basic " + QByteArray("alice:wonderland").toBase64();
        QVERIFY(exchange(basic, "/sipxconfig/rest/my/conference/sales/say&%zz").startsWith("HTTP/1.1 400"));
        QVERIFY(exchange(basic, "/sipxconfig/rest/my/conference/sales/say&a%00b").startsWith("HTTP/1.1 404"));
        QVERIFY(exchange(basic, "/sipxconfig/rest/my/conference/sales/say&a%2Fb").startsWith("HTTP/1.1 404"));
        // %26 comes out of Apache as a literal '&' and splits (§3.5): "get%26x" is "get&x".
        const QByteArray split = exchange(basic, "/sipxconfig/rest/my/conference/sales/get%26max_members");
        QVERIFY2(split.contains("<command-response>0</command-response>"), split.constData());
    }

    // --- method policies -----------------------------------------------------------------------

    void methodPolicyBoth()
    {
        Call c;
        c.method = "PUT";
        c.path = "/my/conference/sales/list&count";
        QCOMPARE(request(m_sim.get(), c).status, 200);
        c.method = "HEAD";
        const Reply head = request(m_sim.get(), c);
        QCOMPARE(head.status, 200);
        QCOMPARE(head.body, QByteArray());
        QVERIFY(head.header("Content-Length").toInt() > 0); // the GET entity's length
        c.method = "POST";
        const Reply r = request(m_sim.get(), c);
        QCOMPARE(r.status, 405);
        QCOMPARE(r.header("Allow"), QByteArray("GET, HEAD, PUT"));
    }

    void methodPolicyUpstream()
    {
        sim::SimulatorOptions o = baseOptions();
        o.methodPolicy = sim::MethodPolicyMode::Upstream;
        sim::Simulator s(o);
        QString error;
        QVERIFY2(s.start(&error), qPrintable(error));
        Call c;
        c.path = "/my/conference/sales/lock";
        QCOMPARE(request(&s, c).body, wrap("+OK sales locked\n"));
        for (const QByteArray &method : {QByteArray("PUT"), QByteArray("POST"), QByteArray("DELETE")}) {
            c.method = method;
            const Reply r = request(&s, c);
            QCOMPARE(r.status, 405);
            QCOMPARE(r.header("Allow"), QByteArray("GET, HEAD"));
        }
        // The 405 comes before the ownership check.
        c.method = "PUT";
        c.user = u"admin"_s;
        c.password = u"admin"_s;
        QCOMPARE(request(&s, c).status, 405);
    }

    // --- fault injection -----------------------------------------------------------------------

    void faults_data()
    {
        QTest::addColumn<int>("fault");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("error") << int(sim::BackendFault::Error) << QByteArray("ERROR: Connection refused");
        QTest::newRow("empty") << int(sim::BackendFault::Empty) << QByteArray();
        QTest::newRow("exception") << int(sim::BackendFault::Exception)
                                   << QByteArray("<command-exception>Timeout waiting for FreeSWITCH"
                                                 "</command-exception>\n");
    }

    void faults()
    {
        QFETCH(int, fault);
        QFETCH(QByteArray, body);
        m_sim->setFault(sim::BackendFault(fault));
        const Reply r = get("/my/conference/sales/xml_list");
        const Reply rec = get("/my/conference/sales/record&status");
        const Reply invite = get("/my/conference/sales/invite&301");  // sipXconfig itself: unaffected
        const Reply list = get("/my/conferences");                    // not the command route
        const Reply notFound = get("/my/conference/nosuch/xml_list"); // checks come first
        m_sim->setFault(sim::BackendFault::None);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, body);
        QCOMPARE(rec.body, body);
        QCOMPARE(invite.body, QByteArray("<command-response>Invitation sent</command-response>"));
        QVERIFY(list.body.startsWith("<conferences>"));
        QCOMPARE(notFound.status, 404);
        QVERIFY(get("/my/conference/sales/xml_list").body.startsWith("<command-response><?xml"));
    }

    void faultTimeout()
    {
        m_sim->setFault(sim::BackendFault::Timeout);
        Call c;
        c.path = "/my/conference/sales/xml_list";
        c.transferTimeoutMs = 1500;
        const Reply r = request(m_sim.get(), c);
        m_sim->setFault(sim::BackendFault::None);
        QVERIFY(r.finished);
        QVERIFY2(r.error == QNetworkReply::OperationCanceledError || r.error == QNetworkReply::TimeoutError,
                 qPrintable(QString::number(r.error)));
        QCOMPARE(r.status, 0);
        // The abandoned request is forgotten once the client has gone.
        QTRY_VERIFY_WITH_TIMEOUT(m_handled.contains(0), 5000);
    }

    void latency()
    {
        get("/my/conferences"); // warm up (certificate, first challenge)
        m_sim->setLatencyMs(400);
        Call c;
        c.path = "/my/conference/sales/list&count";
        c.authorization = "Basic " + QByteArray("alice:wonderland").toBase64(); // one round trip
        const Reply r = request(m_sim.get(), c);
        m_sim->setLatencyMs(0);
        QCOMPARE(r.status, 200);
        QVERIFY2(r.elapsedMs >= 400, qPrintable(QString::number(r.elapsedMs)));
    }

    void dropRate()
    {
        m_sim->setDropRate(1.0);
        m_handled.clear();
        Call c;
        c.path = "/my/conferences";
        c.authorization = "Basic " + QByteArray("alice:wonderland").toBase64();
        const Reply r = request(m_sim.get(), c);
        m_sim->setDropRate(0);
        QVERIFY(r.finished);
        QCOMPARE(r.status, 0);
        QVERIFY2(r.error != QNetworkReply::NoError, "the connection was not closed");
        QVERIFY(m_handled.contains(0));
        QCOMPARE(request(m_sim.get(), c).status, 200);
    }

    void requestHandledSignal()
    {
        QSignalSpy spy(m_sim.get(), &sim::Simulator::requestHandled);
        Call c;
        c.path = "/my/conference/sales/list&count";
        QCOMPARE(request(m_sim.get(), c).status, 200);
        QCOMPARE(spy.size(), 2); // 401 challenge, then the answer
        QCOMPARE(spy.at(0).at(2).toInt(), 401);
        QCOMPARE(spy.at(1).at(0).toByteArray(), QByteArray("GET"));
        QCOMPARE(spy.at(1).at(1).toByteArray(),
                 QByteArray("/sipxconfig/rest/my/conference/sales/list&count"));
        QCOMPARE(spy.at(1).at(2).toInt(), 200);
    }

    void certificateFromFiles()
    {
        const httpd::SelfSignedIdentity id = httpd::generateSelfSigned(u"pinned.example"_s);
        QVERIFY(!id.certificate.isNull());
        const QString certPath = m_dir.filePath(u"cert.pem"_s);
        const QString keyPath = m_dir.filePath(u"key.pem"_s);
        QFile cert(certPath), key(keyPath);
        QVERIFY(cert.open(QIODevice::WriteOnly) && key.open(QIODevice::WriteOnly));
        cert.write(id.certificate.toPem());
        key.write(id.key.toPem());
        cert.close();
        key.close();
        sim::SimulatorOptions o = baseOptions();
        o.certFile = certPath;
        o.keyFile = keyPath;
        sim::Simulator s(o);
        QString error;
        QVERIFY2(s.start(&error), qPrintable(error));
        QCOMPARE(s.certificate(), id.certificate);
        QCOMPARE(s.certificateSha256(), httpd::sha256Fingerprint(id.certificate));
        Call c;
        c.path = "/my/logindetails";
        QCOMPARE(request(&s, c).status, 200); // pinned to the loaded certificate

        o.keyFile = m_dir.filePath(u"missing.pem"_s);
        sim::Simulator broken(o);
        QVERIFY(!broken.start(&error));
        QVERIFY2(error.contains(u"missing.pem"_s), qPrintable(error));
    }

    void loadXmlListCapture()
    {
        // A capture of "sales", renamed, seeds a conference the scenario does not know.
        QByteArray capture = api(m_sim.get(), u"conference sales xml_list"_s);
        QVERIFY(capture.contains("name=\"sales\""));
        capture.replace("name=\"sales\"", "name=\"captured\"");
        const QString path = m_dir.filePath(u"capture.xml"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(wrap(capture)); // with the sipX wrapper, as saved from a real server
        f.close();
        sim::SimulatorOptions o = baseOptions();
        o.tls = false;
        o.loadXmlListFiles = {path};
        sim::Simulator s(o);
        QString error;
        QVERIFY2(s.start(&error), qPrintable(error));
        QVERIFY(s.engine()->conferenceExists(u"captured"_s));
        QVERIFY(s.conferencesOwnedBy(u"alice"_s).contains(u"captured"_s));
        Call c;
        c.path = "/my/conference/captured/xml_list";
        const Reply r = request(&s, c);
        QCOMPARE(r.status, 200);
        const auto parsed = cc::parseXmlList(r.body.mid(18, r.body.size() - 18 - 20));
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.value.size(), 1);
        QCOMPARE(parsed.value.first().members.size(), qsizetype(memberCount(u"sales"_s)));

        f.open(QIODevice::WriteOnly | QIODevice::Truncate);
        f.write("<not-xml");
        f.close();
        sim::Simulator bad(o);
        QVERIFY(!bad.start(&error));
        QVERIFY2(error.contains(u"xml_list"_s), qPrintable(error));
    }

    void cleanupTestCase() { m_sim.reset(); }
};

QTEST_GUILESS_MAIN(TstRestFacade)
#include "tst_restfacade.moc"
