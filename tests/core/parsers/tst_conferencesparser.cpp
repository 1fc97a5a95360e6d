// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/parsers/parsers.h"
#include "testdata.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

QByteArray fixture(const QString &name)
{
    return testsupport::readTestData(u"rest/"_s + name);
}

QList<cc::ConferenceInfo> expectedConferences()
{
    cc::ConferenceInfo sales{true, u"sales"_s, u"Sales team & partners"_s, u"3000"_s, u"1234"_s};
    cc::ConferenceInfo board{false, u"board"_s, {}, u"3001"_s, {}}; // null fields omitted
    return {sales, board};
}

cc::ConferenceDetails expectedDetails()
{
    cc::ConferenceDetails d;
    d.extension = u"3000"_s;
    d.description = u"Sales team"_s;
    d.locked = true;
    d.members = {
        cc::DetailsMember{
            8, u"+15551234567"_s, {}, u"0c1d2e3f-4a5b-4c6d-8e7f-901a2b3c4d5e"_s, 0, -1, 100, true, false},
        cc::DetailsMember{7, u"1001"_s, u"alice"_s, u"a3f1c9e2-5b7d-4e8f-9a0b-1c2d3e4f5a6b"_s, 2, 0, 300,
                          true, true},
    };
    return d;
}

} // namespace

class TestConferencesParser final : public QObject
{
    Q_OBJECT

private slots:
    void conferencesXml()
    {
        const auto parsed = cc::parseConferences(fixture(u"conferences.xml"_s), false);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error ? parsed.error->message : QString()));
        QCOMPARE(parsed.value, expectedConferences());
    }

    void conferencesJson()
    {
        const auto parsed = cc::parseConferences(fixture(u"conferences.json"_s), true);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error ? parsed.error->message : QString()));
        QCOMPARE(parsed.value, expectedConferences());
    }

    void conferencesEmpty()
    {
        auto parsed = cc::parseConferences("<conferences/>", false);
        QVERIFY(parsed.ok());
        QVERIFY(parsed.value.isEmpty());
        parsed = cc::parseConferences("{\"conferences\":[]}", true);
        QVERIFY(parsed.ok());
        QVERIFY(parsed.value.isEmpty());
        // Jettison style: a single entry as an object.
        parsed =
            cc::parseConferences(R"({"conferences":{"conference":{"enabled":"true","name":"x"}}})", true);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.value.size(), 1);
        QVERIFY(parsed.value[0].enabled);
    }

    void conferencesErrors_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("json");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("xml wrong root") << "<setting/>"_ba << false << u"<conferences>"_s;
        QTest::newRow("xml bad bool")
            << "<conferences><conference><enabled>yes</enabled></conference></conferences>"_ba << false
            << u"true or false"_s;
        QTest::newRow("xml truncated")
            << "<conferences><conference><name>x"_ba << false << u"could not be read"_s;
        QTest::newRow("xml given json") << "{\"conferences\":[]}"_ba << false << u"could not be read"_s;
        QTest::newRow("json given xml") << "<conferences/>"_ba << true << u"not valid JSON"_s;
        QTest::newRow("json missing key") << "{\"other\":1}"_ba << true << u"\"conferences\""_s;
        QTest::newRow("json bad entry") << "{\"conferences\":[1]}"_ba << true << u"invalid entry"_s;
        QTest::newRow("empty") << QByteArray() << false << u"could not be read"_s;
    }
    void conferencesErrors()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, json);
        QFETCH(QString, messagePart);
        const auto parsed = cc::parseConferences(body, json);
        QVERIFY(!parsed.ok());
        QVERIFY(parsed.value.isEmpty());
        QVERIFY2(parsed.error->message.contains(messagePart), qPrintable(parsed.error->message));
    }

    void detailsXml()
    {
        const auto parsed = cc::parseConferenceDetails(fixture(u"details.xml"_s), false);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error ? parsed.error->message : QString()));
        QCOMPARE(parsed.value, expectedDetails());
    }

    void detailsJson()
    {
        const auto parsed = cc::parseConferenceDetails(fixture(u"details.json"_s), true);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error ? parsed.error->message : QString()));
        QCOMPARE(parsed.value, expectedDetails());
    }

    void detailsErrors_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("json");
        QTest::addColumn<QString>("messagePart");
        QTest::addColumn<qint64>("line");
        QTest::newRow("bad id")
            << "<conference>\n<members><member><id>x</id></member></members></conference>"_ba << false
            << u"<id> should be a number"_s << qint64(2);
        QTest::newRow("negative id")
            << "<conference><members><member><id>-4</id></member></members></conference>"_ba << false
            << u"<id> should be a number"_s << qint64(1);
        QTest::newRow("bad locked") << "<conference><locked>1</locked></conference>"_ba << false
                                    << u"true or false"_s << qint64(1);
        QTest::newRow("jetty html") << fixture(u"jetty-404.html"_s) << false << u"<conference>"_s
                                    << qint64(1);
        QTest::newRow("json bad volume")
            << R"({"conference":{"locked":false,"members":[{"id":1,"volumeIn":"loud"}]}})"_ba << true
            << u"invalid value"_s << qint64(0);
        QTest::newRow("json fractional id") << R"({"conference":{"locked":false,"members":[{"id":1.5}]}})"_ba
                                            << true << u"invalid value"_s << qint64(0);
        QTest::newRow("json syntax") << "{\"conference\":\n{"_ba << true << u"not valid JSON"_s << qint64(2);
        // Fuzz regressions (tests/data/fuzz-regressions/details/): numbers beyond qint64 were cast
        // before the range check (undefined behaviour).
        QTest::newRow("json huge id") << R"({"conference":{"locked":false,"members":[{"id":7e56}]}})"_ba
                                      << true << u"invalid value"_s << qint64(0);
        QTest::newRow("json huge negative volume")
            << R"({"conference":{"locked":false,"members":[{"id":1,"volumeIn":-1e300}]}})"_ba << true
            << u"invalid value"_s << qint64(0);
        QTest::newRow("json 2^63 id")
            << R"({"conference":{"locked":false,"members":[{"id":9223372036854775808}]}})"_ba << true
            << u"invalid value"_s << qint64(0);
    }
    void detailsErrors()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, json);
        QFETCH(QString, messagePart);
        QFETCH(qint64, line);
        const auto parsed = cc::parseConferenceDetails(body, json);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.value, cc::ConferenceDetails{});
        QVERIFY2(parsed.error->message.contains(messagePart), qPrintable(parsed.error->message));
        QCOMPARE(parsed.error->line, line);
    }

    void relateListing()
    {
        const auto parsed = cc::parseRelateListing("7 -> 8 NOSPEAK HEAR NOSENDVIDEO \n"
                                                   "7 -> 9 SPEAK NOHEAR NOSENDVIDEO \n"
                                                   "9 -> 7 SPEAK HEAR SENDVIDEO \n");
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.value.size(), 3);
        QCOMPARE(parsed.value[0], (cc::Relationship{7, 8, false, true, false}));
        QCOMPARE(parsed.value[1], (cc::Relationship{7, 9, true, false, false}));
        QCOMPARE(parsed.value[2], (cc::Relationship{9, 7, true, true, true}));
    }

    void relateEmpty()
    {
        auto parsed = cc::parseRelateListing("+OK No relationships\n");
        QVERIFY(parsed.ok());
        QVERIFY(parsed.value.isEmpty());
        parsed = cc::parseRelateListing("");
        QVERIFY(parsed.ok());
        QVERIFY(parsed.value.isEmpty());
    }

    void relateErrors_data()
    {
        QTest::addColumn<QByteArray>("output");
        QTest::addColumn<QString>("messagePart");
        QTest::addColumn<qint64>("line");
        QTest::newRow("-ERR") << "-ERR Conference 3000 not found\n"_ba << u"-ERR Conference 3000 not found"_s
                              << qint64(1);
        QTest::newRow("syntax text")
            << "relate <member_id>[,<member_id>] <other_member_id>[,<other_member_id>] [nospeak|nohear|clear]"_ba
            << u"not understood"_s << qint64(1);
        QTest::newRow("bad word") << "7 -> 8 NOSPEAK HEAR NOSENDVIDEO \n7 -> 9 MAYBE HEAR NOSENDVIDEO \n"_ba
                                  << u"Line 2"_s << qint64(2);
        QTest::newRow("id overflow") << "99999999999 -> 8 SPEAK HEAR NOSENDVIDEO \n"_ba << u"Line 1"_s
                                     << qint64(1);
    }
    void relateErrors()
    {
        QFETCH(QByteArray, output);
        QFETCH(QString, messagePart);
        QFETCH(qint64, line);
        const auto parsed = cc::parseRelateListing(output);
        QVERIFY(!parsed.ok());
        QVERIFY(parsed.value.isEmpty());
        QVERIFY2(parsed.error->message.contains(messagePart), qPrintable(parsed.error->message));
        QCOMPARE(parsed.error->line, line);
    }
};

QTEST_GUILESS_MAIN(TestConferencesParser)
#include "tst_conferencesparser.moc"
