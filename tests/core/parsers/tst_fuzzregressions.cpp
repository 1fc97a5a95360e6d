// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Replays the fuzz crash inputs (tests/data/fuzz-regressions/<target>/), the fuzz seed corpora
// (fuzz/corpus/<target>/) and every fixture under tests/data through the properties the fuzz
// targets check (fuzz/harness.h), so the normal CTest run guards against regressions without
// clang or libFuzzer. Files of a target directory go through that target's harness; every other
// file goes through all of them.
#include <QTest>

// In this test a broken property is a test failure instead of a trap.
#define FUZZ_CHECK(cond) QVERIFY2((cond), #cond)
#include "../../fuzz/harness.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QHash>

namespace {

using Check = void (*)(QByteArrayView);

const QHash<QString, Check> &harnesses()
{
    static const QHash<QString, Check> all{
        {QStringLiteral("xmllist"), &fuzz::checkXmlList},
        {QStringLiteral("list"), &fuzz::checkList},
        {QStringLiteral("commandresponse"), &fuzz::checkCommandResponse},
        {QStringLiteral("conferences"), &fuzz::checkConferences},
        {QStringLiteral("details"), &fuzz::checkDetails},
        {QStringLiteral("relate"), &fuzz::checkRelate},
        {QStringLiteral("fsurl"), &fuzz::checkFsUrl},
        {QStringLiteral("conferencecommand"), &fuzz::checkConferenceCommand},
    };
    return all;
}

const QString dataDir = QStringLiteral(CONF_TEST_DATA_DIR);
const QString regressionDir = dataDir + QStringLiteral("/fuzz-regressions");
const QString corpusDir = dataDir + QStringLiteral("/../../fuzz/corpus");

QStringList filesBelow(const QString &dir)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    return files;
}

} // namespace

class TestFuzzRegressions final : public QObject
{
    Q_OBJECT

private:
    // One row per file and harness: "<target>: <path relative to its root>".
    static void addRows(const QString &root, bool byTargetDir, const QString &skip = {})
    {
        for (const QString &file : filesBelow(root)) {
            if (!skip.isEmpty() && file.startsWith(skip))
                continue;
            const QString relative = QDir(root).relativeFilePath(file);
            const QString target = relative.section(u'/', 0, 0);
            if (byTargetDir) {
                QVERIFY2(harnesses().contains(target),
                         qPrintable(QStringLiteral("no fuzz target named %1 (%2)").arg(target, file)));
                QTest::newRow(qPrintable(target + u": " + relative)) << file << target;
            } else {
                for (auto it = harnesses().cbegin(); it != harnesses().cend(); ++it)
                    QTest::newRow(qPrintable(it.key() + u": " + relative)) << file << it.key();
            }
        }
    }

    static void replay()
    {
        QFETCH(QString, file);
        QFETCH(QString, target);
        QFile f(file);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(file));
        const QByteArray bytes = f.readAll();
        harnesses().value(target)(bytes);
    }

private slots:
    void initTestCase()
    {
        // The corpora must be there; an empty replay would pass without checking anything.
        QVERIFY(QDir(corpusDir).exists());
        QVERIFY(filesBelow(corpusDir).size() >= harnesses().size());
        for (const QString &target : harnesses().keys())
            QVERIFY2(!filesBelow(corpusDir + u'/' + target).isEmpty(), qPrintable(target));
    }

    void regressions_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("target");
        addRows(regressionDir, true);
        if (filesBelow(regressionDir).isEmpty())
            QTest::newRow("none yet") << QString() << QString();
    }
    void regressions()
    {
        QFETCH(QString, file);
        if (file.isEmpty())
            QSKIP("no fuzz regression inputs");
        replay();
    }

    void seedCorpora_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("target");
        addRows(corpusDir, true);
    }
    void seedCorpora() { replay(); }

    // Every fixture of the other tests through every parser: none may crash or misbehave.
    void fixtures_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("target");
        addRows(dataDir, false, regressionDir + u'/');
    }
    void fixtures() { replay(); }

    // The properties themselves must be able to fail.
    void propertiesCanFail()
    {
        // A "+" in fsUrlEncode's output would break decode(encode(x)) == x (freeswitch-conference.md §4.2).
        QCOMPARE(cc::fsUrlEncode(u"a+b"), QByteArray("a%2Bb"));
        QCOMPARE(fuzz::splitLikeFreeSwitch(QStringLiteral("a 'b c' d\\ e")),
                 (QStringList{QStringLiteral("a"), QStringLiteral("b c"), QStringLiteral("d e")}));
        QVERIFY(fuzz::hasUpperEscape("x%41"));
        QVERIFY(!fuzz::hasUpperEscape("x%4a"));
    }
};

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
