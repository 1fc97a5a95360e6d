// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/parsers/parsers.h"
#include "testdata.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

QByteArray fixture(const QString &name)
{
    return testsupport::readTestData(u"list/"_s + name);
}

} // namespace

class TestListParser final : public QObject
{
    Q_OBJECT

private slots:
    void globalForm()
    {
        const auto parsed = cc::parseList(fixture(u"fs1012-global.txt"_s));
        QVERIFY2(parsed.ok(), qPrintable(parsed.error ? parsed.error->message : QString()));
        QCOMPARE(parsed.value.size(), 2);
        const cc::ConferenceSnapshot &c = parsed.value[0];
        QCOMPARE(c.name, u"3000"_s);
        QCOMPARE(c.memberCount, 2);
        QCOMPARE(c.rate, 8000);
        QVERIFY(c.locked && c.running && c.answered && c.enforceMin && c.dynamic && c.exitSound &&
                c.enterSound && c.recording);
        QVERIFY(!c.waitMod && !c.destruct);
        QCOMPARE(c.members.size(), 2);
        const cc::Participant &bob = c.members[0];
        QCOMPARE(bob.id, 8u);
        QCOMPARE(bob.channelName, u"sofia/internal/+15551234567@10.1.1.20"_s);
        QCOMPARE(bob.uuid, u"0c1d2e3f-4a5b-4c6d-8e7f-901a2b3c4d5e"_s);
        QCOMPARE(bob.callerIdName, u"Bob Jones"_s);
        QCOMPARE(bob.callerIdNumber, u"+15551234567"_s); // raw, not URL-encoded
        QVERIFY(bob.canHear && !bob.canSpeak && !bob.talking && bob.muted());
        QCOMPARE(bob.volumeIn, 0);
        QCOMPARE(bob.volumeOut, -1);
        QCOMPARE(bob.energy, 100);
        const cc::Participant &alice = c.members[1];
        QVERIFY(alice.canHear && alice.canSpeak && alice.talking && alice.hasFloor && alice.isModerator);
        QCOMPARE(alice.volumeIn, 2);
        QCOMPARE(alice.energy, 300);

        const cc::ConferenceSnapshot &s = parsed.value[1];
        QCOMPARE(s.name, u"support"_s);
        QCOMPARE(s.memberCount, 1); // "1 member"
        QCOMPARE(s.rate, 16000);
        QVERIFY(!s.locked);
        const cc::Participant &held = s.members.at(0);
        QCOMPARE(held.callerIdName, u"José Ştefan 李雷"_s);
        QVERIFY(held.hold && !held.canHear && !held.canSpeak && !held.talking && !held.canSee);
        QVERIFY(held.hasVideo && held.hasVideoFloor && held.isGhost);
        QCOMPARE(held.videoResId, u"presenter"_s);
        QCOMPARE(held.videoRoleId, u"speaker"_s);
    }

    void pre18Form()
    {
        const auto parsed = cc::parseList(fixture(u"fs16-global.txt"_s));
        QVERIFY2(parsed.ok(), qPrintable(parsed.error ? parsed.error->message : QString()));
        QCOMPARE(parsed.value.size(), 1);
        const cc::ConferenceSnapshot &c = parsed.value[0];
        QCOMPARE(c.name, u"3000-172.31.6.132"_s);
        QCOMPARE(c.memberCount, 3);
        QVERIFY(!c.locked && c.running);
        QCOMPARE(c.members.size(), 3);
        QCOMPARE(c.members[0].id, 11u);
        QVERIFY(c.members[0].hasVideo && c.members[0].canSpeak);
        QCOMPARE(c.members[0].energy, 100);
        // vol_in;agc;vol_out;energy
        QCOMPARE(c.members[1].volumeIn, 1);
        QCOMPARE(c.members[1].volumeOut, -1);
        QCOMPARE(c.members[1].energy, 300);
        QVERIFY(!c.members[1].canSpeak);
        // Empty flags field: neither hears nor speaks.
        QVERIFY(!c.members[2].canHear && !c.members[2].canSpeak);
        QCOMPARE(c.members[2].callerIdNumber, u"1017"_s);
    }

    void perConferenceWithMultiCharDelimiter()
    {
        const auto parsed = cc::parseList(fixture(u"per-conference-delim.txt"_s), u">,<"_s);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error ? parsed.error->message : QString()));
        QCOMPARE(parsed.value.size(), 1);
        QVERIFY(parsed.value[0].name.isEmpty());
        QCOMPARE(parsed.value[0].memberCount, 2);
        QCOMPARE(parsed.value[0].members[0].callerIdName, u"Bob; Jones"_s);
        QCOMPARE(parsed.value[0].members[1].callerIdName, u"Alice Smith"_s);
        QVERIFY(parsed.value[0].members[1].isModerator);
    }

    void delimiterInsideName()
    {
        // Raw values: a ';' in the caller name leaves an extra field, which belongs to the name.
        const QByteArray line = "9;sofia/internal/9@h;uuid-9;Smith; John;1009;hear|speak;0;0;100\n";
        const auto parsed = cc::parseList(line);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.value.at(0).members.at(0).callerIdName, u"Smith; John"_s);
        QCOMPARE(parsed.value.at(0).members.at(0).callerIdNumber, u"1009"_s);
        QCOMPARE(parsed.value.at(0).members.at(0).energy, 100);
    }

    void noConferencesAndEmpty()
    {
        auto parsed = cc::parseList(fixture(u"no-active.txt"_s));
        QVERIFY(parsed.ok());
        QVERIFY(parsed.value.isEmpty());

        parsed = cc::parseList(QByteArray());
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.value.size(), 1); // `conference x list` with only a recorder prints nothing
        QVERIFY(parsed.value[0].members.isEmpty());
    }

    void sipxconfigHeaderForm()
    {
        const auto parsed = cc::parseList(fixture(u"sipxconfig-header.txt"_s));
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.value.size(), 1);
        QCOMPARE(parsed.value[0].name, u"myconf"_s);
        QCOMPARE(parsed.value[0].memberCount, 2);
        QVERIFY(parsed.value[0].locked);
    }

    void crlfLines()
    {
        const auto parsed = cc::parseList("+OK Conference a b (1 member rate: 8000 flags: none)\r\n"
                                          "1;chan;uuid;Name;100;hear;0;0;100\r\n");
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.value.at(0).name, u"a b"_s);
        QCOMPARE(parsed.value.at(0).members.at(0).energy, 100);
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("messagePart");
        QTest::addColumn<qint64>("line");
        QTest::newRow("-ERR") << "-ERR Conference 3000 not found\n"_ba << u"-ERR Conference 3000 not found"_s
                              << qint64(1);
        QTest::newRow("pre-1.8 not found")
            << "Conference 3000 not found\n"_ba << u"Conference 3000 not found"_s << qint64(1);
        QTest::newRow("short line") << "+OK Conference x (1 member rate: 8000 flags: none)\n1;a;b\n"_ba
                                    << u"Line 2"_s << qint64(2);
        QTest::newRow("bad id") << "x;chan;uuid;Name;100;hear;0;0;100\n"_ba << u"invalid number"_s
                                << qint64(1);
        QTest::newRow("id zero") << "0;chan;uuid;Name;100;hear;0;0;100\n"_ba << u"invalid number"_s
                                 << qint64(1);
        QTest::newRow("overflow energy")
            << "1;chan;uuid;Name;100;hear;0;0;99999999999\n"_ba << u"invalid number"_s << qint64(1);
        QTest::newRow("bad header") << "+OK Conference broken header\n"_ba << u"conference header"_s
                                    << qint64(1);
    }
    void errors()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, messagePart);
        QFETCH(qint64, line);
        const auto parsed = cc::parseList(input);
        QVERIFY(!parsed.ok());
        QVERIFY(parsed.value.isEmpty());
        QVERIFY2(parsed.error->message.contains(messagePart), qPrintable(parsed.error->message));
        QCOMPARE(parsed.error->line, line);
    }
};

QTEST_GUILESS_MAIN(TestListParser)
#include "tst_listparser.moc"
