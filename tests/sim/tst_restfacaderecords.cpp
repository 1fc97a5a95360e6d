// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The simulator's sipXconfig resources besides commands: scenarios, lists, settings, details, login.
// Real loopback HTTPS (sipxconfig-conference-rest.md; the examples of seed-conference-rest-api.txt).
#include "core/parsers/parsers.h"
#include "facadefixture.h"
#include "testdata.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace testsupport;

class tst_RestFacadeRecords final : public RestFacadeFixture
{
    Q_OBJECT

private slots:
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
};

QTEST_GUILESS_MAIN(tst_RestFacadeRecords)
#include "tst_restfacaderecords.moc"
