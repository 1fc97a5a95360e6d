// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/parsers/parsers.h"
#include "testdata.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

QByteArray fixture(const QString &name)
{
    return testsupport::readTestData(u"xmllist/"_s + name);
}

/// A FreeSWITCH 1.10.12-shaped document with `count` callers (freeswitch-conference.md §4.4).
QByteArray generated(int count)
{
    QByteArray doc =
        "<?xml version=\"1.0\"?>\n<conferences>\n  <conference name=\"big\" member-count=\"" +
        QByteArray::number(count) +
        "\" ghost-count=\"0\" rate=\"8000\" uuid=\"5b8c2e8e-7f1a-4c3e-9d6b-0e2f4a1c9b77\" running=\"true\" "
        "answered=\"true\" dynamic=\"true\" run_time=\"999\">\n    <variables></variables>\n    <members>\n";
    doc.reserve(count * 1300);
    for (int i = count; i >= 1; --i) {
        const QByteArray id = QByteArray::number(i);
        doc += "      <member type=\"caller\">\n        <id>" + id + "</id>\n        <flags>\n";
        const char *flags[] = {"can_hear",     "can_see",        "can_speak",
                               "mute_detect",  "talking",        "hold",
                               "has_video",    "video_bridge",   "has_floor",
                               "is_moderator", "end_conference", "mandatory_member_end_conference",
                               "is_ghost"};
        for (int f = 0; f < 13; ++f) {
            const bool value = f < 3 ? (i % 7 != 0 || f == 1) : (f == 9 && i == 1);
            doc += "          <" + QByteArray(flags[f]) + ">" + (value ? "true" : "false") + "</" + flags[f] +
                   ">\n";
        }
        doc += "        </flags>\n        <uuid>0c1d2e3f-4a5b-4c6d-8e7f-" +
               QByteArray::number(100000000000LL + i) + "</uuid>\n        <caller_id_name>Caller%20" + id +
               "%20Jos%C3%A9</caller_id_name>\n"
               "        <caller_id_number>%2B1555" +
               id + "</caller_id_number>\n        <join_time>" + id + "</join_time>\n        <last_talking>" +
               (i % 3 ? id : QByteArray("N/A")) +
               "</last_talking>\n        <energy>100</energy>\n        <volume_in>0</volume_in>\n"
               "        <volume_out>-1</volume_out>\n        <output-volume>-1</output-volume>\n      "
               "</member>\n";
    }
    doc += "    </members>\n  </conference>\n</conferences>\n";
    return doc;
}

} // namespace

class TestXmlListParser final : public QObject
{
    Q_OBJECT

private slots:
    void referenceExample()
    {
        const auto parsed = cc::parseXmlList(fixture(u"fs1010-example.xml"_s));
        QVERIFY2(parsed.ok(), qPrintable(parsed.error ? parsed.error->message : QString()));
        QCOMPARE(parsed.value.size(), 1);
        const cc::ConferenceSnapshot &c = parsed.value.first();
        QCOMPARE(c.name, u"3000"_s);
        QCOMPARE(c.memberCount, 2);
        QCOMPARE(c.ghostCount, 0);
        QCOMPARE(c.rate, 8000);
        QCOMPARE(c.uuid, u"5b8c2e8e-7f1a-4c3e-9d6b-0e2f4a1c9b77"_s);
        QCOMPARE(c.runTimeSeconds, 312);
        QVERIFY(c.locked && c.running && c.answered && c.enforceMin && c.dynamic && c.exitSound &&
                c.enterSound && c.recording);
        QVERIFY(!c.destruct && !c.waitMod && !c.audioAlways && !c.bridgeTo && !c.videoFloorOnly &&
                !c.videoRfc4579);
        QVERIFY(!c.maxMembers.has_value());
        QVERIFY(!c.endConferenceGraceTime.has_value());
        QVERIFY(c.variables.isEmpty());

        QCOMPARE(c.recordings.size(), 1);
        QCOMPARE(c.recordings[0].path,
                 u"/var/sipxdata/mediaserver/data/recordings/3000-20240501-101500.wav"_s);
        QCOMPARE(c.recordings[0].paused, false);
        QCOMPARE(c.recordings[0].startedEpochSeconds, 1714558500);

        QCOMPARE(c.members.size(), 2);
        const cc::Participant &bob = c.members[0]; // document order: newest first
        QCOMPARE(bob.id, 8u);
        QCOMPARE(bob.uuid, u"0c1d2e3f-4a5b-4c6d-8e7f-901a2b3c4d5e"_s);
        QCOMPARE(bob.callerIdName, u"Bob Jones"_s);
        QCOMPARE(bob.callerIdNumber, u"+15551234567"_s);
        QCOMPARE(bob.joinTimeSeconds, 95);
        QVERIFY(!bob.lastTalkingSeconds.has_value());
        QCOMPARE(bob.energy, 100);
        QCOMPARE(bob.volumeIn, 0);
        QCOMPARE(bob.volumeOut, -1);
        QVERIFY(bob.canHear && bob.canSee && !bob.canSpeak && !bob.talking && !bob.hasFloor &&
                !bob.isModerator);
        QVERIFY(bob.muted());

        const cc::Participant &alice = c.members[1];
        QCOMPARE(alice.id, 7u);
        QCOMPARE(alice.callerIdName, u"Alice Smith"_s);
        QCOMPARE(alice.callerIdNumber, u"1001"_s);
        QCOMPARE(alice.lastTalkingSeconds, std::optional<qint64>(0));
        QCOMPARE(alice.energy, 300);
        QCOMPARE(alice.volumeIn, 2);
        QVERIFY(alice.canSpeak && alice.talking && alice.hasFloor && alice.isModerator);
        QVERIFY(!alice.mandatoryMemberEndConference && !alice.isGhost && !alice.hold);
    }

    void internationalAndRecording()
    {
        const auto parsed = cc::parseXmlList(fixture(u"fs1012-international.xml"_s));
        QVERIFY2(parsed.ok(), qPrintable(parsed.error ? parsed.error->message : QString()));
        QCOMPARE(parsed.value.size(), 2);
        const cc::ConferenceSnapshot &c = parsed.value[0];
        QCOMPARE(c.name, u"sales"_s);
        QCOMPARE(c.rate, 16000);
        QCOMPARE(c.maxMembers, std::optional<int>(25));
        QCOMPARE(c.endConferenceGraceTime, std::optional<int>(30));
        QVERIFY(c.locked);
        QCOMPARE(c.variables.size(), 2);
        QCOMPARE(c.variables[0], (cc::ConferenceVariable{u"billing_code"_s, u"ACME-42"_s}));
        // Attributes are entity-decoded and never URL-decoded.
        QCOMPARE(c.variables[1], (cc::ConferenceVariable{u"topic"_s, u"Q3 <plan> & \"budget\""_s}));

        QCOMPARE(c.recordings.size(), 1);
        QCOMPARE(c.recordings[0].path, u"/var/recordings/sales ü 2024.wav"_s);
        QVERIFY(c.recordings[0].paused);

        QCOMPARE(c.members.size(), 4);
        QCOMPARE(c.members[0].callerIdName, u"Ștefan Popescu"_s);
        QCOMPARE(c.members[0].callerIdNumber, u"+40721000000"_s);
        QVERIFY(c.members[0].hold);
        QVERIFY(!c.members[0].canHear && !c.members[0].canSpeak && !c.members[0].canSee);
        QVERIFY(!c.members[0].muted() && !c.members[0].deaf()); // on hold is neither
        QCOMPARE(c.members[0].energy, 200);
        QCOMPARE(c.members[1].callerIdName, u"李雷"_s);
        QCOMPARE(c.members[1].volumeIn, -2);
        QCOMPARE(c.members[1].volumeOut, 1);
        QCOMPARE(c.members[1].lastTalkingSeconds, std::optional<qint64>(3));
        QCOMPARE(c.members[2].callerIdName, u"Zoë 100% Müller+Co"_s);
        QCOMPARE(c.members[2].callerIdNumber, u"+4930"_s); // "%2B" passed through the encoder
        QVERIFY(c.members[2].talking && c.members[2].hasFloor);
        QCOMPARE(c.members[3].callerIdName, u"José"_s);
        QCOMPARE(c.members[3].callerIdNumber, u"+15551234567"_s);
        QVERIFY(c.members[3].isModerator && c.members[3].endConference && c.members[3].muteDetect);

        const cc::ConferenceSnapshot &empty = parsed.value[1];
        QCOMPARE(empty.name, u"support"_s);
        QVERIFY(empty.members.isEmpty() && empty.recordings.isEmpty() && !empty.locked);
        QCOMPARE(empty.runTimeSeconds, 5);
    }

    void emptyConferenceAndNoConferences()
    {
        auto parsed = cc::parseXmlList(fixture(u"empty-conference.xml"_s));
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.value.size(), 1);
        QVERIFY(parsed.value[0].members.isEmpty());
        QCOMPARE(parsed.value[0].memberCount, 0);

        parsed = cc::parseXmlList(fixture(u"no-conferences.xml"_s));
        QVERIFY(parsed.ok());
        QVERIFY(parsed.value.isEmpty());
        // The exact text of freeswitch-conference.md §4.1.
        parsed = cc::parseXmlList("<?xml version=\"1.0\"?>\n<conferences></conferences>\n");
        QVERIFY(parsed.ok());
        QVERIFY(parsed.value.isEmpty());
    }

    void fs1105WithoutMandatoryFlag()
    {
        const auto parsed = cc::parseXmlList(fixture(u"fs1105-no-mandatory.xml"_s));
        QVERIFY(parsed.ok());
        const cc::ConferenceSnapshot &c = parsed.value.at(0);
        QCOMPARE(c.ghostCount, 1);
        QCOMPARE(c.variables.size(), 1);
        QCOMPARE(c.members.size(), 2);
        QVERIFY(c.members[0].isGhost);
        QVERIFY(!c.members[0].mandatoryMemberEndConference);
        QCOMPARE(c.members[1].callerIdName, u"Bob"_s);
        QCOMPARE(c.members[1].lastTalkingSeconds, std::optional<qint64>(12));
    }

    void fs12Era()
    {
        const auto parsed = cc::parseXmlList(fixture(u"fs12-era.xml"_s));
        QVERIFY2(parsed.ok(), qPrintable(parsed.error ? parsed.error->message : QString()));
        const cc::ConferenceSnapshot &c = parsed.value.at(0);
        QCOMPARE(c.ghostCount, 0); // attribute absent
        QCOMPARE(c.runTimeSeconds, 75);
        QCOMPARE(c.members.size(), 2);
        QVERIFY(c.members[0].canSee); // <can_see> absent: default
        QVERIFY(c.members[0].hasFloor);
        QCOMPARE(c.members[0].lastTalkingSeconds, std::optional<qint64>(4));
        QCOMPARE(c.members[1].callerIdName, u"Seven Du"_s);
        QVERIFY(c.members[1].deaf() && c.members[1].muted() && c.members[1].isModerator);
        QCOMPARE(c.members[1].volumeIn, 1);
        QCOMPARE(c.members[1].volumeOut, -1);
    }

    void fs10EraUntypedMember()
    {
        const auto parsed = cc::parseXmlList(fixture(u"fs10-era.xml"_s));
        QVERIFY(parsed.ok());
        const cc::ConferenceSnapshot &c = parsed.value.at(0);
        QCOMPARE(c.name, u"85115"_s);
        QVERIFY(c.uuid.isEmpty());
        QCOMPARE(c.runTimeSeconds, 0);
        QCOMPARE(c.members.size(), 1); // no type attribute: a caller
        QCOMPARE(c.members[0].id, 6u);
        QCOMPARE(c.members[0].callerIdName, u"Juan Pérez"_s);
        QCOMPARE(c.members[0].energy, 0); // no energy/volume elements
        QVERIFY(c.recordings.isEmpty());
    }

    void unknownElementsAreSkipped()
    {
        const QByteArray doc =
            "<?xml version=\"1.0\"?>\n<conferences><future a=\"1\"><x><y/></x></future>"
            "<conference name=\"c\" member-count=\"1\" rate=\"8000\" new-attr=\"zz\"><canvas/>"
            "<members><member type=\"caller\"><id>9</id><video><layer>1</layer></video>"
            "<flags><can_speak>false</can_speak><new_flag>maybe</new_flag></flags>"
            "<caller_id_name>A</caller_id_name></member>"
            "<member type=\"video_node\"><id>10</id></member><note>hi</note></members>"
            "</conference></conferences>";
        const auto parsed = cc::parseXmlList(doc);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error ? parsed.error->message : QString()));
        QCOMPARE(parsed.value.size(), 1);
        QCOMPARE(parsed.value[0].members.size(), 1); // the unknown member type is ignored
        QCOMPARE(parsed.value[0].members[0].id, 9u);
        QVERIFY(!parsed.value[0].members[0].canSpeak);
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("messagePart");
        QTest::addColumn<qint64>("line");
        QTest::newRow("-ERR not found")
            << "-ERR Conference 3000 not found\n"_ba << u"-ERR Conference 3000 not found"_s << qint64(1);
        QTest::newRow("plain text") << "Conference 3000 not found\n"_ba << u"Conference 3000 not found"_s
                                    << qint64(1);
        QTest::newRow("empty") << QByteArray() << u"empty reply"_s << qint64(1);
        QTest::newRow("wrong root") << "<conference name=\"x\"/>"_ba << u"<conferences>"_s << qint64(1);
        QTest::newRow("bad member-count")
            << "<conferences>\n<conference name=\"x\" member-count=\"two\"/></conferences>"_ba
            << u"member-count=\"two\""_s << qint64(2);
        QTest::newRow("id overflow") << "<conferences><conference name=\"x\"><members>\n\n<member "
                                        "type=\"caller\"><id>4294967296</id></member>"
                                        "</members></conference></conferences>"_ba
                                     << u"<id> has the invalid value \"4294967296\""_s << qint64(3);
        QTest::newRow("negative id")
            << "<conferences><conference><members><member><id>-1</id></member></members>"
               "</conference></conferences>"_ba
            << u"<id> has the invalid value \"-1\""_s << qint64(1);
        QTest::newRow("bad energy")
            << "<conferences><conference><members><member><id>1</id><energy>1e3</energy>"
               "</member></members></conference></conferences>"_ba
            << u"<energy>"_s << qint64(1);
        QTest::newRow("bad last_talking")
            << "<conferences><conference><members><member><id>1</id>"
               "<last_talking>never</last_talking></member></members></conference>"
               "</conferences>"_ba
            << u"last_talking"_s << qint64(1);
        QTest::newRow("bad flag")
            << "<conferences><conference><members><member><id>1</id><flags>"
               "<can_hear>yes</can_hear></flags></member></members></conference></conferences>"_ba
            << u"<can_hear> has the invalid value \"yes\""_s << qint64(1);
        QTest::newRow("caller without id")
            << "<conferences><conference><members>\n<member type=\"caller\">"
               "<uuid>x</uuid></member></members></conference></conferences>"_ba
            << u"has no <id>"_s << qint64(2);
        QTest::newRow("element inside value") << "<conferences><conference><members><member><id><b>1</b></id>"
                                                 "</member></members></conference></conferences>"_ba
                                              << u"Unexpected element <b>"_s << qint64(1);
        QTest::newRow("truncated")
            << "<?xml version=\"1.0\"?>\n<conferences>\n  <conference name=\"3000\" "_ba << u"not valid XML"_s
            << qint64(3);
        QTest::newRow("trailing garbage") << "<conferences></conferences>\n<conferences></conferences>"_ba
                                          << u"not valid XML"_s << qint64(2);
        QTest::newRow("DTD refused")
            << "<?xml version=\"1.0\"?>\n<!DOCTYPE conferences [<!ENTITY a \"b\">]>\n"
               "<conferences>&a;</conferences>"_ba
            << u"document type declaration"_s << qint64(2);
        QTest::newRow("undeclared entity") << "<conferences><conference name=\"&xxe;\"/></conferences>"_ba
                                           << u"not valid XML"_s << qint64(1);
        QTest::newRow("leading blank lines keep positions")
            << "\n\n<conferences><conference member-count=\"x\"/>"
               "</conferences>"_ba
            << u"member-count"_s << qint64(3);
    }
    void errors()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, messagePart);
        QFETCH(qint64, line);
        const auto parsed = cc::parseXmlList(input);
        QVERIFY(!parsed.ok());
        QVERIFY(parsed.value.isEmpty());
        QVERIFY2(parsed.error->message.contains(messagePart), qPrintable(parsed.error->message));
        QCOMPARE(parsed.error->line, line);
        QVERIFY(parsed.error->column >= 1);
    }

    void largeDocuments()
    {
        const QByteArray doc = generated(5000);
        const auto parsed = cc::parseXmlList(doc);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.value.at(0).members.size(), 5000);
        QCOMPARE(parsed.value[0].members.first().id, 5000u);
        QCOMPARE(parsed.value[0].members.last().id, 1u);
        QVERIFY(parsed.value[0].members.last().isModerator);
        QCOMPARE(parsed.value[0].members[10].callerIdName, u"Caller 4990 José"_s);
        QCOMPARE(parsed.value[0].members[10].callerIdNumber, u"+15554990"_s);
    }

    void timing1000Members()
    {
        // A figure for the report, not an assertion (no wall-clock checks in tests).
        const QByteArray doc = generated(1000);
        constexpr int rounds = 20;
        QElapsedTimer timer;
        timer.start();
        qsizetype members = 0;
        for (int i = 0; i < rounds; ++i)
            members += cc::parseXmlList(doc).value.at(0).members.size();
        const double ms = double(timer.nsecsElapsed()) / 1e6 / rounds;
        QCOMPARE(members, qsizetype(1000) * rounds);
        qInfo("xml_list: 1000 members, %lld bytes parsed in %.2f ms (mean of %d)", qint64(doc.size()), ms,
              rounds);
    }
};

QTEST_GUILESS_MAIN(TestXmlListParser)
#include "tst_xmllistparser.moc"
