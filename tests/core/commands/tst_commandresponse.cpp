// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/commands/commandresponse.h"
#include "core/parsers/parsers.h"
#include "testdata.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(cc::ResponseKind)
Q_DECLARE_METATYPE(cc::TransportError)

using testsupport::readTestData;
using testsupport::wrap;

namespace {

cc::RestResult reply(int status, const QByteArray &body, cc::TransportError error = cc::TransportError::None)
{
    cc::RestResult r;
    r.method = "GET";
    r.httpStatus = status;
    r.body = body;
    r.error = error;
    return r;
}

} // namespace

class TestCommandResponse final : public QObject
{
    Q_OBJECT

private slots:
    void classify_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<cc::TransportError>("error");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("command");
        QTest::addColumn<cc::ResponseKind>("kind");
        QTest::addColumn<QString>("messagePart");

        using K = cc::ResponseKind;
        const auto ok = cc::TransportError::None;
        // Success texts (freeswitch-conference.md §1.5, §3)
        QTest::newRow("+OK mute") << 200 << ok << wrap("+OK mute 5\n") << u"mute&5"_s << K::Success
                                  << u"carried out"_s;
        QTest::newRow("sipx unit test OK mute")
            << 200 << ok << wrap("OK mute 1\n") << QString() << K::Success << u"carried out"_s;
        QTest::newRow("energy without +OK")
            << 200 << ok << wrap("Energy 5 = 300\n") << u"energy"_s << K::Success << u"carried out"_s;
        QTest::newRow("saymember OK bug 1.8-1.10.5")
            << 200 << ok << wrap("-ERR (saymember) OK\n") << u"saymember"_s << K::Success << u"carried out"_s;
        QTest::newRow("norecord lines")
            << 200 << ok << wrap("Stopped recording file /tmp/a.wav\n+OK Stopped recording 0 files\n")
            << u"norecord"_s << K::Success << u"carried out"_s;
        QTest::newRow("skipping moderator")
            << 200 << ok << wrap("Skipping moderator (member id 7).\n+OK mute 8\n") << u"mute&non_moderator"_s
            << K::Success << u"carried out"_s;
        QTest::newRow("list lines") << 200 << ok << wrap("8;sofia/x;u;Conference not found;1;hear;0;0;100\n")
                                    << u"list"_s << K::Success << u"carried out"_s;
        QTest::newRow("count raw") << 200 << ok << wrap("3") << u"count"_s << K::Success << u"carried out"_s;
        QTest::newRow("get raw") << 200 << ok << wrap("8000") << u"get&rate"_s << K::Success
                                 << u"carried out"_s;
        QTest::newRow("relate empty")
            << 200 << ok << wrap("") << u"relate"_s << K::Success << u"nothing to report"_s;
        QTest::newRow("last with nobody")
            << 200 << ok << wrap("") << u"mute&last"_s << K::Success << u"nothing to report"_s;
        QTest::newRow("esl no reply, last")
            << 200 << ok << wrap("-ERR no reply\n") << u"kick last"_s << K::Success << u"nothing to report"_s;
        QTest::newRow("esl no reply, id") << 200 << ok << wrap("-ERR no reply\n") << u"mute&5"_s
                                          << K::FreeSwitchError << u"printed nothing"_s;
        QTest::newRow("invitation") << 200 << ok << "<command-response>Invitation sent</command-response>"_ba
                                    << u"invite&bob"_s << K::Success << u"invitation was sent"_s;
        QTest::newRow("IN_PROGRESS") << 200 << ok << wrap("IN_PROGRESS") << u"record&status"_s << K::Success
                                     << u"recording is in progress"_s;
        QTest::newRow("NO_RECORDING") << 200 << ok << wrap("NO_RECORDING") << u"record&status"_s << K::Success
                                      << u"No recording is in progress"_s;
        QTest::newRow("duration empty body")
            << 200 << ok << QByteArray() << u"record&duration"_s << K::Success << u"No recording file"_s;

        // FreeSWITCH errors
        QTest::newRow("unknown command pre-1.8")
            << 200 << ok << wrap("Conference command 'wrong' not found.\n") << QString() << K::FreeSwitchError
            << u"\"wrong\""_s;
        QTest::newRow("unknown command") << 200 << ok << wrap("-ERR Conference command 'wrong' not found.\n")
                                         << QString() << K::FreeSwitchError << u"does not know the command"_s;
        QTest::newRow("conference not running") << 200 << ok << wrap("-ERR Conference 3000 not found\n")
                                                << QString() << K::FreeSwitchError << u"not running"_s;
        QTest::newRow("conference not running pre-1.8") << 200 << ok << wrap("Conference 3000 not found\n")
                                                        << QString() << K::FreeSwitchError << u"\"3000\""_s;
        QTest::newRow("non-existant id")
            << 200 << ok << wrap("-ERR Non-Existant ID 42\n") << u"mute&42"_s << K::FreeSwitchError
            << u"There is no member 42 in the conference"_s;
        QTest::newRow("non-existant id pre-1.8") << 200 << ok << wrap("Non-Existant ID 42\n") << QString()
                                                 << K::FreeSwitchError << u"no member 42"_s;
        QTest::newRow("non-existant member") << 200 << ok << wrap("-ERR Non-Existant member\n") << QString()
                                             << K::FreeSwitchError << u"No member"_s;
        QTest::newRow("mute syntax") << 200 << ok
                                     << wrap("mute <[member_id|all]|last|non_moderator> [<quiet>]")
                                     << u"mute"_s << K::FreeSwitchError << u"Usage: mute"_s;
        QTest::newRow("record syntax") << 200 << ok << wrap("record <filename>") << u"record"_s
                                       << K::FreeSwitchError << u"Usage: record <filename>"_s;
        QTest::newRow("get syntax") << 200 << ok << wrap("get <parameter-name>") << u"get&bogus"_s
                                    << K::FreeSwitchError << u"Usage: get"_s;
        QTest::newRow("say error + syntax")
            << 200 << ok << wrap("-ERR (say) Error! No text.\nsay <text>") << u"say"_s << K::FreeSwitchError
            << u"-ERR (say) Error! No text."_s;
        QTest::newRow("floor held") << 200 << ok << wrap("-ERR floor is held by 7\n") << u"floor&8"_s
                                    << K::FreeSwitchError << u"floor is held by 7"_s;
        QTest::newRow("pause missing recording")
            << 200 << ok << wrap("+OK Pause recording file x\n-ERR non-existant recording 'x'\n")
            << u"pause"_s << K::FreeSwitchError << u"non-existant recording"_s;
        QTest::newRow("record bad action")
            << 200 << ok << wrap("ERROR: Incorect \"action\" parameter") << u"record&bogus"_s
            << K::FreeSwitchError << u"recording action"_s;
        QTest::newRow("not specified")
            << 200 << ok << wrap("Conference command, not specified.\nTry 'help'\n") << QString()
            << K::FreeSwitchError << u"No command"_s;

        // Back end failures (sipxconfig-conference-rest.md §4.1)
        QTest::newRow("ERROR: refused") << 200 << ok << "ERROR: Connection refused"_ba << u"mute&5"_s
                                        << K::BackendFailure << u"Conference Event Listener"_s;
        QTest::newRow("empty body") << 200 << ok << QByteArray() << u"mute&5"_s << K::BackendFailure
                                    << u"event socket"_s;
        QTest::newRow("command-exception")
            << 200 << ok << "<command-exception>Read timed out</command-exception>\n"_ba << u"dial"_s
            << K::BackendFailure << u"60 seconds"_s;
        QTest::newRow("html in 200") << 200 << ok << readTestData(u"rest/jetty-404.html"_s) << QString()
                                     << K::BackendFailure << u"web page"_s;
        QTest::newRow("cut off") << 200 << ok << "<command-response>+OK mute 5\n"_ba << QString()
                                 << K::BackendFailure << u"cut off"_s;

        // HTTP errors (sipxconfig-conference-rest.md §4.1)
        QTest::newRow("400 no command") << 400 << ok << "<pre>No conference command specified</pre>"_ba
                                        << QString() << K::HttpError << u"No command"_s;
        QTest::newRow("400 invite") << 400 << ok << "<pre>Incorect invite command</pre>"_ba << u"invite"_s
                                    << K::HttpError << u"exactly one"_s;
        QTest::newRow("401") << 401 << ok << QByteArray() << QString() << K::HttpError << u"password"_s;
        QTest::newRow("403") << 403 << ok << "<pre>User is not owner of this conference</pre>"_ba << QString()
                             << K::HttpError << u"not the owner"_s;
        QTest::newRow("404 conference") << 404 << ok << readTestData(u"rest/jetty-404.html"_s) << QString()
                                        << K::HttpError << u"does not know a conference"_s;
        QTest::newRow("404 route") << 404 << ok << "<title>Error 404 Not Found</title>"_ba << QString()
                                   << K::HttpError << u"no such address"_s;
        QTest::newRow("405") << 405 << ok << QByteArray() << QString() << K::HttpError << u"GET"_s;
        QTest::newRow("406 not active") << 406 << ok << "<pre>Conference found, but not active</pre>"_ba
                                        << QString() << K::HttpError << u"not active"_s;
        QTest::newRow("406 negotiation")
            << 406 << ok << "<pre>Not Acceptable</pre>"_ba << QString() << K::HttpError << u"format"_s;
        QTest::newRow("500 inviteim") << 500 << ok << readTestData(u"rest/error-500-inviteim.json"_s)
                                      << u"inviteim"_s << K::HttpError << u"IM id is unknown"_s;
        QTest::newRow("500 unescaped quotes")
            << 500 << ok << readTestData(u"rest/error-500-internal.json"_s) << u"invite"_s << K::HttpError
            << u"Internal error: can't send \"INVITE\" to sip:bob@example.com"_s;
        QTest::newRow("500 xmlrpc down")
            << 500 << ok
            << R"({"error":"error.connect","type":"org.sipfoundry.sipxconfig.freeswitch.api.FreeswitchApiConnectException"} )"_ba
            << QString() << K::HttpError << u"cannot reach the FreeSWITCH"_s;
        QTest::newRow("500 html") << 500 << ok << "<html><title>Error 500</title></html>"_ba << QString()
                                  << K::HttpError << u"internal error"_s;
        QTest::newRow("502") << 502 << ok << "<html><title>502 Proxy Error</title></html>"_ba << QString()
                             << K::HttpError << u"no answer"_s;
        QTest::newRow("504") << 504 << ok << QByteArray() << QString() << K::HttpError << u"HTTP 504"_s;
        QTest::newRow("418 other") << 418 << ok << "<title>Teapot</title>"_ba << QString() << K::HttpError
                                   << u"418: Teapot"_s;

        // Transport
        QTest::newRow("refused") << 0 << cc::TransportError::ConnectionRefused << QByteArray() << QString()
                                 << K::TransportFailure << u"refused the connection"_s;
        QTest::newRow("timeout") << 0 << cc::TransportError::Timeout << QByteArray() << QString()
                                 << K::TransportFailure << u"did not answer in time"_s;
        QTest::newRow("tls") << 0 << cc::TransportError::Tls << QByteArray() << QString()
                             << K::TransportFailure << u"certificate"_s;
        QTest::newRow("auth") << 401 << cc::TransportError::Authentication << QByteArray() << QString()
                              << K::TransportFailure << u"password"_s;
        QTest::newRow("no status") << 0 << cc::TransportError::None << QByteArray() << QString()
                                   << K::TransportFailure << u"No answer"_s;
    }

    void classify()
    {
        QFETCH(int, status);
        QFETCH(cc::TransportError, error);
        QFETCH(QByteArray, body);
        QFETCH(QString, command);
        QFETCH(cc::ResponseKind, kind);
        QFETCH(QString, messagePart);
        const cc::CommandOutcome o = cc::classifyCommandResponse(reply(status, body, error), command);
        QVERIFY2(o.message.contains(messagePart), qPrintable(o.message));
        QCOMPARE(o.kind, kind);
        QCOMPARE(o.ok(), kind == cc::ResponseKind::Success);
        QCOMPARE(o.httpStatus, status);
        QCOMPARE(o.raw, QString::fromUtf8(body));
    }

    void payloadIsInnerText()
    {
        const QByteArray inner = "<?xml version=\"1.0\"?>\n<conferences></conferences>\n";
        const cc::CommandOutcome o = cc::classifyCommandResponse(reply(200, wrap(inner)));
        QVERIFY(o.ok());
        QCOMPARE(o.payload, QString::fromUtf8(inner));
        QCOMPARE(cc::commandResponseInner(wrap(inner)).value(), QByteArrayView(inner));
        QVERIFY(!cc::commandResponseInner("ERROR: x").has_value());
        QVERIFY(!cc::commandResponseInner("<command-response>open").has_value());
    }

    void jettyDetail()
    {
        const cc::CommandOutcome o =
            cc::classifyCommandResponse(reply(404, readTestData(u"rest/jetty-404.html"_s)));
        QCOMPARE(o.detail, u"Conference not found"_s); // from <pre>
        const cc::CommandOutcome t =
            cc::classifyCommandResponse(reply(404, "<title>Error 404 Not &amp; Found</title>"));
        QCOMPARE(t.detail, u"Error 404 Not & Found"_s);
    }

    void latin1Body()
    {
        // The command resource declares ISO-8859-1; invalid UTF-8 falls back to Latin-1, nothing is lost.
        const cc::CommandOutcome o =
            cc::classifyCommandResponse(reply(200, wrap("1;c;u;Jos\xe9;1;hear;0;0;1\n")));
        QVERIFY(o.ok());
        QVERIFY(o.payload.contains(u"José"_s));
    }

    void hugeBodyRawIsTruncated()
    {
        const QByteArray body(2 * 1024 * 1024, 'A');
        const cc::CommandOutcome o = cc::classifyCommandResponse(reply(200, body));
        QCOMPARE(o.kind, cc::ResponseKind::BackendFailure);
        QVERIFY(o.raw.size() < 70 * 1024);
        QVERIFY(o.raw.contains(u"2097152"_s));
    }

    // The classifier and the xml_list parser together on malformed or hostile bodies.
    void hostile_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<cc::ResponseKind>("kind");
        QTest::addColumn<QString>("classifierPart"); // in CommandOutcome::message
        QTest::addColumn<bool>("xmlOk");             // only when kind == Success
        QTest::addColumn<QString>("xmlPart");        // in ParseError::message
        QTest::addColumn<int>("members");            // when xmlOk

        using K = cc::ResponseKind;
        const QByteArray example = readTestData(u"xmllist/fs1010-example.xml"_s);
        const QByteArray head =
            "<?xml version=\"1.0\"?>\n<conferences>\n  <conference name=\"c\" member-count=\"1\">\n"
            "    <members>\n      <member type=\"caller\">\n";
        const QByteArray tail = "      </member>\n    </members>\n  </conference>\n</conferences>\n";

        QTest::newRow("valid 1.10 reply")
            << 200 << wrap(example) << K::Success << u"carried out"_s << true << QString() << 2;
        QTest::newRow("truncated XML") << 200 << wrap(example.left(example.size() / 2)) << K::Success
                                       << QString() << false << u"not valid XML"_s << 0;
        QTest::newRow("unclosed tags") << 200 << wrap("<?xml version=\"1.0\"?>\n<conferences><conference>")
                                       << K::Success << QString() << false << u"not valid XML"_s << 0;
        QTest::newRow("mismatched tags")
            << 200 << wrap("<conferences><conference></members></conference></conferences>") << K::Success
            << QString() << false << u"not valid XML"_s << 0;
        QTest::newRow("garbage bytes") << 200 << wrap("\x01\x02\xff\xfe\x80garbage") << K::Success
                                       << QString() << false << u"instead of the conference list"_s << 0;
        QTest::newRow("invalid UTF-8 in text")
            << 200 << wrap(head + "<id>1</id><caller_id_name>Jos\xe9\xff</caller_id_name>" + tail)
            << K::Success << QString() << false << u"not valid XML"_s << 0;
        QTest::newRow("invalid UTF-8 percent-encoded")
            << 200 << wrap(head + "<id>1</id><caller_id_name>Jos%E9%FF</caller_id_name>" + tail) << K::Success
            << QString() << true << QString() << 1;
        QTest::newRow("NUL byte") << 200
                                  << wrap(head + "<id>1</id><caller_id_name>a" + QByteArray(1, '\0') +
                                          "b</caller_id_name>" + tail)
                                  << K::Success << QString() << false << u"not valid XML"_s << 0;
        QTest::newRow("1 MB name") << 200
                                   << wrap(head + "<id>1</id><caller_id_name>" +
                                           QByteArray(1024 * 1024, 'x') + "</caller_id_name>" + tail)
                                   << K::Success << QString() << true << QString() << 1;
        QByteArray deep;
        for (int i = 0; i < 20000; ++i)
            deep += "<n>";
        for (int i = 0; i < 20000; ++i)
            deep += "</n>";
        QTest::newRow("deeply nested unknown") << 200 << wrap(head + "<id>1</id>" + deep + tail) << K::Success
                                               << QString() << true << QString() << 1;
        QTest::newRow("billion laughs")
            << 200
            << wrap("<?xml version=\"1.0\"?>\n<!DOCTYPE conferences [\n<!ENTITY a \"aaaaaaaaaa\">\n"
                    "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">\n<!ENTITY c "
                    "\"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">\n"
                    "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">\n<!ENTITY e "
                    "\"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">\n"
                    "<!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\">\n<!ENTITY g "
                    "\"&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;\">\n"
                    "<!ENTITY h \"&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;\">\n]>\n<conferences><conference "
                    "name=\"&h;\"/>"
                    "</conferences>")
            << K::Success << QString() << false << u"document type declaration"_s << 0;
        QTest::newRow("external entity")
            << 200
            << wrap("<?xml version=\"1.0\"?>\n<!DOCTYPE conferences [<!ENTITY x SYSTEM "
                    "\"file:///etc/passwd\">]>\n"
                    "<conferences><conference name=\"&x;\"/></conferences>")
            << K::Success << QString() << false << u"document type declaration"_s << 0;
        QTest::newRow("undeclared entity")
            << 200 << wrap("<conferences><conference name=\"&x;\"/></conferences>") << K::Success << QString()
            << false << u"not valid XML"_s << 0;
        QTest::newRow("html error page in 200")
            << 200 << readTestData(u"rest/jetty-404.html"_s) << K::BackendFailure << u"web page"_s << false
            << QString() << 0;
        QTest::newRow("empty body") << 200 << QByteArray() << K::BackendFailure << u"answered with nothing"_s
                                    << false << QString() << 0;
        QTest::newRow("whitespace body") << 200 << "\r\n \n"_ba << K::BackendFailure
                                         << u"answered with nothing"_s << false << QString() << 0;
        QTest::newRow("ERROR: Connection refused")
            << 200 << "ERROR: Connection refused\n"_ba << K::BackendFailure << u"Connection refused"_s
            << false << QString() << 0;
        QTest::newRow("command-exception") << 200 << "<command-exception>timeout</command-exception>\n"_ba
                                           << K::BackendFailure << u"60 seconds"_s << false << QString() << 0;
        QTest::newRow("JSON instead of XML") << 200 << wrap("[{\"conference_name\":\"3000\"}]") << K::Success
                                             << QString() << false << u"[{\"conference_name\""_s << 0;
        QTest::newRow("bare JSON body") << 200 << "{\"conferences\":[]}"_ba << K::BackendFailure
                                        << u"unexpected reply"_s << false << QString() << 0;
        QTest::newRow("bad number") << 200 << wrap(head + "<id>1</id><energy>12abc</energy>" + tail)
                                    << K::Success << QString() << false
                                    << u"<energy> has the invalid value \"12abc\""_s << 0;
        QTest::newRow("negative id") << 200 << wrap(head + "<id>-5</id>" + tail) << K::Success << QString()
                                     << false << u"<id> has the invalid value \"-5\""_s << 0;
        QTest::newRow("overflowing id")
            << 200 << wrap(head + "<id>99999999999999999999999</id>" + tail) << K::Success << QString()
            << false << u"<id> has the invalid value"_s << 0;
        QTest::newRow("missing </command-response>")
            << 200 << "<command-response>" + example << K::BackendFailure << u"cut off"_s << false
            << QString() << 0;
        QTest::newRow("two wrappers") << 200 << wrap(example) + wrap(example) << K::Success << QString()
                                      << false << u"not valid XML"_s << 0;
        QTest::newRow("-ERR conference not found")
            << 200 << wrap("-ERR Conference 3000 not found\n") << K::FreeSwitchError << u"not running"_s
            << false << QString() << 0;
        QTest::newRow("empty wrapper")
            << 200 << wrap("") << K::Success << QString() << false << u"empty reply"_s << 0;
        QTest::newRow("no conferences")
            << 200 << wrap("<?xml version=\"1.0\"?>\n<conferences></conferences>\n") << K::Success
            << QString() << true << QString() << 0;
        QTest::newRow("proxy timeout 504") << 504 << "<html><title>504 Gateway Timeout</title></html>"_ba
                                           << K::HttpError << u"no answer"_s << false << QString() << 0;
        QTest::newRow("trailing text after wrapper")
            << 200 << wrap(example) + "junk" << K::Success << QString() << true << QString() << 2;
    }

    void hostile()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(cc::ResponseKind, kind);
        QFETCH(QString, classifierPart);
        QFETCH(bool, xmlOk);
        QFETCH(QString, xmlPart);
        QFETCH(int, members);

        const cc::CommandOutcome o = cc::classifyCommandResponse(reply(status, body), u"xml_list"_s);
        QCOMPARE(o.kind, kind);
        QVERIFY2(o.message.contains(classifierPart), qPrintable(o.message));
        QVERIFY(!o.message.isEmpty());
        if (kind != cc::ResponseKind::Success)
            return;
        const auto inner = cc::commandResponseInner(body);
        QVERIFY(inner.has_value());
        const auto parsed = cc::parseXmlList(*inner);
        QCOMPARE(parsed.ok(), xmlOk);
        if (xmlOk) {
            qsizetype total = 0;
            for (const auto &c : parsed.value)
                total += c.members.size();
            QCOMPARE(total, qsizetype(members));
        } else {
            QVERIFY2(parsed.error->message.contains(xmlPart), qPrintable(parsed.error->message));
            QVERIFY(parsed.error->line >= 1);
            QVERIFY(parsed.value.isEmpty());
        }
    }

    void hostileDetails()
    {
        // Spot checks of values decoded from the hostile rows above.
        const QByteArray head =
            "<conferences><conference name=\"c\"><members><member type=\"caller\"><id>1</id>";
        auto parsed = cc::parseXmlList(QByteArray(head + "<caller_id_name>Jos%E9%FF</caller_id_name></member>"
                                                         "</members></conference></conferences>"));
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.value[0].members[0].callerIdName, u"Jos\uFFFD\uFFFD"_s);
        parsed =
            cc::parseXmlList(QByteArray(head + "<caller_id_name>" + QByteArray(1024 * 1024, 'x') +
                                        "</caller_id_name></member></members></conference></conferences>"));
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.value[0].members[0].callerIdName.size(), 1024 * 1024);
    }
};

QTEST_GUILESS_MAIN(TestCommandResponse)
#include "tst_commandresponse.moc"
