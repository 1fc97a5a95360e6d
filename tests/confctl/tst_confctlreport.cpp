// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// "confctl report": the built confctl binary polls an in-process bridge simulator over loopback
// HTTPS and prints the attendance report (text or CSV).
#include "confctlfixture.h"
#include "sim/simulator.h"
#include "simsupport.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>

using namespace Qt::Literals::StringLiterals;
using testsupport::ConfCtlRun;

namespace {

/// The line of `text` that contains `needle` (empty when none).
QString lineWith(const QString &text, const QString &needle)
{
    for (const QString &line : text.split(u'\n')) {
        if (line.contains(needle))
            return line;
    }
    return {};
}

} // namespace

class tst_ConfCtlReport final : public testsupport::ConfCtlFixture
{
    Q_OBJECT

private slots:

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("no conference") << QStringList{u"report"_s} << u"Usage: confctl report"_s;
        QTest::newRow("for not a number")
            << QStringList{u"report"_s, u"sales"_s, u"--for"_s, u"soon"_s} << u"--for must be"_s;
        QTest::newRow("for negative")
            << QStringList{u"report"_s, u"sales"_s, u"--for=-1"_s} << u"--for must be"_s;
        QTest::newRow("for missing value")
            << QStringList{u"report"_s, u"sales"_s, u"--for"_s} << u"Usage: confctl report"_s;
        QTest::newRow("format") << QStringList{u"report"_s, u"sales"_s, u"--format"_s, u"xml"_s}
                                << u"--format must be text or csv"_s;
        QTest::newRow("interval") << QStringList{u"report"_s, u"sales"_s, u"--interval"_s, u"0"_s}
                                  << u"interval"_s;
        QTest::newRow("unknown option")
            << QStringList{u"report"_s, u"sales"_s, u"--frob"_s, u"1"_s} << u"Usage: confctl report"_s;
        QTest::newRow("json") << QStringList{u"--json"_s, u"report"_s, u"sales"_s} << u"--format csv"_s;
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const ConfCtlRun r = run(pinned(args));
        QCOMPARE(r.exitStatus, QProcess::NormalExit);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
        if (!args.contains(u"--json"_s))
            QVERIFY(r.out.isEmpty());
    }

    void helpListsReport()
    {
        const ConfCtlRun r = run({u"--help"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("report CONF [--for S]"), r.out.constData());
    }

    void reportForTwoSeconds()
    {
        const quint32 alice = memberId(u"sales"_s, u"Alice Liddell"_s);
        QVERIFY(alice);
        // Alice talks for the whole report: one turn, credited up to the end.
        m_sim->engine()->setTalkingForTesting(alice, true);
        QElapsedTimer elapsed;
        elapsed.start();
        const ConfCtlRun r =
            run(pinned({u"report"_s, u"sales"_s, u"--for"_s, u"2"_s, u"--interval"_s, u"0.5"_s}));
        m_sim->engine()->setTalkingForTesting(alice, false);
        QCOMPARE(r.exitStatus, QProcess::NormalExit);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(elapsed.elapsed() >= 1900, qPrintable(QString::number(elapsed.elapsed())));
        QVERIFY2(r.err.isEmpty(), r.err.constData());

        const QString out = QString::fromUtf8(r.out);
        QVERIFY2(out.startsWith(u"Attendance — sales\n"_s), r.out.constData());
        const QString header = lineWith(out, u"Talk time"_s);
        QVERIFY2(header.contains(u"Talk turns"_s) && header.contains(u"Muted"_s), r.out.constData());
        for (const QString &name :
             {u"Alice Liddell"_s, u"José Álvarez"_s, u"Zoë Müller"_s, u"Ștefan Popescu"_s, u"Priya Raman"_s})
            QVERIFY2(out.contains(name), qPrintable(name));
        // Columns after the name: number, moderator, joined, left, present, talk, turns, muted.
        static const QRegularExpression talked(
            u"Alice Liddell +201 +yes .* still here +\\d+:\\d\\d +0:0[123] +1 +0:00$"_s);
        QVERIFY2(talked.match(lineWith(out, u"Alice Liddell"_s)).hasMatch(),
                 qPrintable(lineWith(out, u"Alice Liddell"_s)));
        // Zoë is muted throughout.
        static const QRegularExpression mutedLine(u"Zoë Müller .* 0:00 +0 +0:0[123]$"_s);
        QVERIFY2(mutedLine.match(lineWith(out, u"Zoë Müller"_s)).hasMatch(),
                 qPrintable(lineWith(out, u"Zoë Müller"_s)));
        QVERIFY2(out.contains(u"Totals: members 5, "_s), r.out.constData());
    }

    void reportCsvOnePoll()
    {
        const ConfCtlRun r = run(pinned({u"report"_s, u"sales"_s, u"--format"_s, u"csv"_s}));
        QCOMPARE(r.exitCode, 0);
        const QList<QByteArray> lines = r.out.split('\n');
        QCOMPARE(lines.size(), 7); // header, five members, the empty rest after the last CRLF
        QCOMPARE(lines.at(0), "Member,Name,Number,Moderator,Joined (UTC),Left (UTC),Present (s),"
                              "Talk time (s),Talk turns,Muted (s)\r");
        const QString csv = QString::fromUtf8(r.out);
        // Phone numbers are guarded against formula injection; names stay UTF-8.
        QVERIFY2(csv.contains(u",José Álvarez,'+34915550142,no,"_s), r.out.constData());
        QVERIFY(csv.contains(u",Alice Liddell,201,yes,"_s));
        static const QRegularExpression row(
            u"^\\d+,[^,]+,[^,]+,(yes|no),\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ,,\\d+,\\d+,\\d+,\\d+\r$"_s);
        for (qsizetype i = 1; i < 6; ++i)
            QVERIFY2(row.match(QString::fromUtf8(lines.at(i))).hasMatch(), lines.at(i).constData());
    }

    // A user copies the host, or a whole URL from the API document: both reach the server, and
    // confctl says once on stderr what it assumed.
    void urlAsUsersPasteIt_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<QString>("says");
        QTest::newRow("host only") << QString() << u"No path given"_s;
        QTest::newRow("whole api url") << u"/sipxconfig/rest/my/conference/sales/xml_list"_s << u"“sales”"_s;
    }
    void urlAsUsersPasteIt()
    {
        QFETCH(QString, suffix);
        QFETCH(QString, says);
        QUrl host = m_sim->baseUrl();
        host.setPath(QString());
        const ConfCtlRun r = run(pinned({u"--url"_s, host.toString() + suffix, u"report"_s, u"sales"_s}));
        QCOMPARE(r.exitCode, 0);
        const QString err = QString::fromUtf8(r.err);
        QVERIFY2(err.contains(u"using "_s + m_sim->baseUrl().toString()), r.err.constData());
        QVERIFY2(err.contains(says), r.err.constData());
        QVERIFY(QString::fromUtf8(r.out).contains(u"Alice Liddell"_s));
    }

    void notFound_data()
    {
        QTest::addColumn<QString>("conference");
        QTest::newRow("unknown conference") << u"nosuch"_s;
        QTest::newRow("conference not running") << u"empty"_s;
    }

    void notFound()
    {
        QFETCH(QString, conference);
        const ConfCtlRun r = run(pinned({u"report"_s, conference, u"--for"_s, u"1"_s}));
        QCOMPARE(r.exitStatus, QProcess::NormalExit);
        QCOMPARE(r.exitCode, 4);
        QVERIFY(!r.err.isEmpty());
        QVERIFY(r.out.isEmpty());
    }

    void forbidden()
    {
        const ConfCtlRun r = run(pinned({u"report"_s, u"board"_s})); // bob's conference
        QCOMPARE(r.exitCode, 5);
        QVERIFY(r.out.isEmpty());
    }

    void interruptedPrintsReport()
    {
        QProcess process;
        process.setProcessEnvironment(environment());
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(m_binary,
                      pinned({u"report"_s, u"support"_s, u"--for"_s, u"600"_s, u"--interval"_s, u"0.2"_s}));
        QVERIFY(process.waitForStarted(10000));
        // Long enough for the Ctrl-C watcher to be installed and a few polls to land.
        QTest::qWait(1500);
        ::kill(pid_t(process.processId()), SIGINT);
        QVERIFY(finished.wait(10000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY2(out.startsWith(u"Attendance — support\n"_s), qPrintable(out));
        QVERIFY(out.contains(u"Søren Kierkegaard"_s));
        QVERIFY(out.contains(u"Totals: members 4, "_s));
    }

    // Last: it empties "support".
    void conferenceEndsDuringReport()
    {
        QProcess process;
        process.setProcessEnvironment(environment());
        QSignalSpy finished(&process, &QProcess::finished);
        QElapsedTimer elapsed;
        elapsed.start();
        process.start(m_binary, pinned({u"report"_s, u"support"_s, u"--for"_s, u"60"_s, u"--interval"_s,
                                        u"0.2"_s, u"--format"_s, u"csv"_s}));
        QVERIFY(process.waitForStarted(10000));
        QTest::qWait(1000);
        const ConfCtlRun kick = run(pinned({u"support"_s, u"kick"_s, u"all"_s}));
        QCOMPARE(kick.exitCode, 0);
        // The report ends when the conference is gone, long before its 60 s.
        QVERIFY(finished.wait(30000));
        QVERIFY(elapsed.elapsed() < 45000);
        QCOMPARE(process.exitCode(), 0);
        const QList<QByteArray> lines = process.readAllStandardOutput().split('\n');
        QCOMPARE(lines.size(), 6);
        // Every member has a leave time now.
        static const QRegularExpression left(u",\\d{4}-\\d\\d-\\d\\dT[^,]+Z,\\d{4}-\\d\\d-\\d\\dT[^,]+Z,"_s);
        for (qsizetype i = 1; i < 5; ++i)
            QVERIFY2(left.match(QString::fromUtf8(lines.at(i))).hasMatch(), lines.at(i).constData());
    }
};

QTEST_GUILESS_MAIN(tst_ConfCtlReport)
#include "tst_confctlreport.moc"
