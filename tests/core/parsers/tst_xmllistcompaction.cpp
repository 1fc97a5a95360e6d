// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// parseXmlList's fast paths (docs/performance.md): indentation is dropped before parsing, and
// documents in the strict subset FreeSWITCH writes are read by StrictXmlReader instead of
// QXmlStreamReader. These tests pin that the result is exactly what QXmlStreamReader gives on
// the original bytes. A document containing CDATA is neither compacted nor in the strict subset,
// so inserting an ignored <x><![CDATA[]]></x> gives that reference parse of the same document.
#include "core/parsers/parsers.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

/// The same document with compaction disabled: an unknown element with CDATA right after
/// <conferences> (same line, so later line numbers do not move).
QByteArray uncompacted(QByteArray doc)
{
    const qsizetype root = doc.indexOf("<conferences>");
    if (root < 0)
        qFatal("no <conferences> in the test document");
    doc.insert(root + 13, "<x><![CDATA[]]></x>");
    return doc;
}

const QByteArray kHead =
    "<?xml version=\"1.0\"?>\n<conferences>\n  <conference name=\"c\" member-count=\"1\" "
    "ghost-count=\"0\" rate=\"8000\" running=\"true\" run_time=\"5\">\n"
    "    <variables></variables>\n    <members>\n";
const QByteArray kTail = "    </members>\n  </conference>\n</conferences>\n";

QByteArray member(const QByteArray &name, const QByteArray &extra = {})
{
    return "      <member type=\"caller\">\n        <id>7</id>\n        <flags>\n"
           "          <can_speak>false</can_speak>\n        </flags>\n"
           "        <caller_id_name>" +
           name + "</caller_id_name>\n        <join_time>12</join_time>\n" + extra + "      </member>\n";
}

} // namespace

class TestXmlListCompaction final : public QObject
{
    Q_OBJECT

private slots:
    void fixturesParseIdentically_data()
    {
        QTest::addColumn<QString>("file");
        const QDir dir(QStringLiteral(CONF_TEST_DATA_DIR "/xmllist"));
        const QStringList files = dir.entryList({QStringLiteral("*.xml")}, QDir::Files);
        QVERIFY(!files.isEmpty());
        for (const QString &f : files)
            QTest::newRow(qPrintable(f)) << dir.filePath(f);
    }

    void fixturesParseIdentically()
    {
        QFETCH(QString, file);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray doc = f.readAll();
        if (!doc.contains("<conferences>"))
            QSKIP("not a conferences document");
        const auto fast = cc::parseXmlList(doc);
        const auto reference = cc::parseXmlList(uncompacted(doc));
        QCOMPARE(fast.ok(), reference.ok());
        QVERIFY(fast.value == reference.value);
    }

    void whitespaceOnlyContentIsKept()
    {
        // An element whose whole content is whitespace with a newline keeps it.
        const QByteArray doc =
            kHead + member("a>\n  ") +
            "      <member type=\"recording_node\">\n        <record_path>\n   </record_path>\n"
            "        <join_time type=\"UNIX-epoch\">1700000000</join_time>\n      </member>\n" +
            kTail;
        const auto parsed = cc::parseXmlList(doc);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error ? parsed.error->message : QString()));
        QCOMPARE(parsed.value.size(), 1);
        const cc::ConferenceSnapshot &c = parsed.value.constFirst();
        QCOMPARE(c.members.size(), 1);
        QCOMPARE(c.members.constFirst().callerIdName, u"a>\n  "_s); // literal '>' in text
        QCOMPARE(c.recordings.size(), 1);
        QCOMPARE(c.recordings.constFirst().path, u"\n   "_s);
        QVERIFY(parsed.value == cc::parseXmlList(uncompacted(doc)).value);
    }

    void errorsReportOriginalPositions_data()
    {
        QTest::addColumn<QByteArray>("doc");
        QTest::newRow("bad number") << kHead + member("x", "        <energy>lots</energy>\n") + kTail;
        QTest::newRow("bad flag") << kHead + member("x").replace("<can_speak>false", "<can_speak>maybe") +
                                         kTail;
        QTest::newRow("no id") << kHead + member("x").replace("<id>7</id>", "") + kTail;
        QTest::newRow("unclosed") << kHead + member("x") + "    </members>\n  </conference>\n";
        QTest::newRow("mismatched") << kHead + member("x").replace("</flags>", "</flagz>") + kTail;
        QTest::newRow("dtd") << "<?xml version=\"1.0\"?>\n<!DOCTYPE conferences [\n  <!ENTITY a \"b\">\n]>\n"
                                "<conferences>\n</conferences>\n"_ba;
    }

    void errorsReportOriginalPositions()
    {
        QFETCH(QByteArray, doc);
        const auto fast = cc::parseXmlList(doc);
        QVERIFY(!fast.ok());
        QVERIFY(fast.value.isEmpty());
        if (doc.contains("DOCTYPE")) {
            QVERIFY(fast.error->message.contains(u"document type"_s));
            return;
        }
        const auto reference = cc::parseXmlList(uncompacted(doc));
        QVERIFY(!reference.ok());
        QCOMPARE(fast.error->message, reference.error->message);
        QVERIFY(fast.error->line > 5); // a real position in the indented text, not line 1
        QCOMPARE(fast.error->line, reference.error->line);
    }

    void mutantsParseIdentically()
    {
        // Deterministic differential check: random single-byte edits of indented documents
        // (quotes, brackets, slashes, whitespace, entities, CR, '?' and '!') parse to the same
        // outcome through the fast paths and through QXmlStreamReader alone.
        const QByteArray simple = kHead + member("a>\n  ") +
                                  member("Zo%C3%AB", "        <energy>300</energy>\n") +
                                  "      <member type=\"recording_node\">\n        <record_path "
                                  "status=\"paused\">/tmp/r.wav</record_path>\n"
                                  "      </member>\n" +
                                  kTail;
        // Self-closing tags, variables, unknown nested elements, an untyped member, two conferences.
        const QByteArray rich =
            "<?xml version=\"1.0\"?>\n<conferences>\n  <conference name=\"cd\" member-count=\"2\" "
            "locked=\"true\" run_time=\"5\">\n    <variables>\n      <variable name=\"a\" value=\"b>c\"/>\n"
            "      <variable name=\"e\" value=\"\"/>\n    </variables>\n    <members>\n"
            "      <member type=\"caller\">\n        <id>7</id>\n        <flags>\n"
            "          <can_speak>false</can_speak>\n          <talking>true</talking>\n        </flags>\n"
            "        <caller_id_name>x%20y</caller_id_name>\n        <last_talking>3</last_talking>\n"
            "        <unknown><deep>1</deep></unknown>\n      </member>\n"
            "      <member type=\"recording_node\">\n        <record_path>/tmp/a b.wav</record_path>\n"
            "        <join_time type=\"UNIX-epoch\">1700000000</join_time>\n      </member>\n"
            "      <member>\n        <id>9</id>\n      </member>\n    </members>\n  </conference>\n"
            "  <conference name=\"two\"/>\n</conferences>\n";
        const QByteArray alphabet = "<>/ \n\t\r&;\"'=!-?x[]:#0";
        QRandomGenerator rng(42);
        int compared = 0;
        for (int i = 0; i < 8000; ++i) {
            QByteArray doc = i % 2 ? simple : rich;
            const int edits = 1 + int(rng.bounded(3));
            for (int e = 0; e < edits; ++e) {
                const qsizetype at = qsizetype(rng.bounded(int(doc.size())));
                const char c = alphabet.at(qsizetype(rng.bounded(int(alphabet.size()))));
                switch (rng.bounded(3)) {
                case 0:
                    doc.insert(at, c);
                    break;
                case 1:
                    doc[at] = c;
                    break;
                default:
                    doc.remove(at, 1);
                }
            }
            if (!doc.contains("<conferences>") || doc.count("<conferences>") > 1)
                continue;
            const auto fast = cc::parseXmlList(doc);
            const auto reference = cc::parseXmlList(uncompacted(doc));
            QVERIFY2(fast.ok() == reference.ok(), doc.constData());
            QVERIFY2(fast.value == reference.value, doc.constData());
            ++compared;
        }
        QVERIFY(compared > 6000);
    }

    void indentationIsNotAValue()
    {
        // The indented and the single-line forms of one document parse to the same snapshot.
        const QByteArray indented = kHead + member("Zo%C3%AB") + kTail;
        QByteArray flat = indented;
        flat.replace("\n", "").replace("  ", "");
        const auto a = cc::parseXmlList(indented);
        const auto b = cc::parseXmlList(flat);
        QVERIFY(a.ok() && b.ok());
        QVERIFY(a.value == b.value);
        QCOMPARE(a.value.constFirst().members.constFirst().callerIdName, u"Zoë"_s);
        QCOMPARE(a.value.constFirst().members.constFirst().canSpeak, false);
    }
};

QTEST_GUILESS_MAIN(TestXmlListCompaction)
#include "tst_xmllistcompaction.moc"
