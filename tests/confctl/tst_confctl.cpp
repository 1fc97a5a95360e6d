// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the built confctl binary against an in-process bridge simulator over loopback HTTPS.
#include "confctlfixture.h"
#include "core/textwidth.h"
#include "hostileserver.h"
#include "sim/bridgeengine.h"
#include "sim/engineconfig.h"
#include "sim/simulator.h"
#include "simsupport.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>

using namespace Qt::Literals::StringLiterals;
using testsupport::ConfCtlRun;

class tst_ConfCtl final : public testsupport::ConfCtlFixture
{
    Q_OBJECT

private slots:

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("no verb") << QStringList{} << u"No verb given"_s;
        QTest::newRow("unknown option") << QStringList{u"--frob"_s, u"conferences"_s} << u"frob"_s;
        QTest::newRow("bad method") << QStringList{u"--method"_s, u"post"_s, u"conferences"_s}
                                    << u"--method"_s;
        QTest::newRow("bad pin") << QStringList{u"--pin-cert"_s, u"abc"_s, u"conferences"_s}
                                 << u"64 hexadecimal"_s;
        QTest::newRow("bad selector")
            << QStringList{u"sales"_s, u"mute"_s, u"5&kick&all"_s} << u"not a participant"_s;
        QTest::newRow("unknown command")
            << QStringList{u"sales"_s, u"mutee"_s, u"5"_s} << u"Did you mean: mute"_s;
        QTest::newRow("dial over REST")
            << QStringList{u"sales"_s, u"dial"_s, u"sofia/default/1000"_s} << u"invite"_s;
        QTest::newRow("show without conference") << QStringList{u"show"_s} << u"Usage"_s;
        QTest::newRow("watch interval")
            << QStringList{u"watch"_s, u"sales"_s, u"--interval"_s, u"0"_s} << u"interval"_s;
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const ConfCtlRun r = run(args);
        QCOMPARE(r.exitStatus, QProcess::NormalExit);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
    }

    void missingUrl()
    {
        QProcess process;
        QProcessEnvironment env = environment(u"alice"_s, u"wonderland"_s);
        env.remove(u"CONFCTL_URL"_s);
        process.setProcessEnvironment(env);
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(m_binary, {u"conferences"_s});
        QVERIFY(finished.wait(30000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(process.readAllStandardError().contains("CONFCTL_URL"));
    }

    void conferences()
    {
        const ConfCtlRun r = run(pinned({u"conferences"_s}));
        QCOMPARE(r.exitCode, 0);
        const QString out = QString::fromUtf8(r.out);
        QVERIFY2(out.contains(u"sales"_s) && out.contains(u"support"_s), r.out.constData());
        QVERIFY(out.contains(u"Sales weekly call"_s));
        QVERIFY(!out.contains(u"board"_s)); // bob's
        QVERIFY(!out.contains(u"1234"_s));  // the access code stays out of the output

        const ConfCtlRun json = run(pinned({u"--json"_s, u"conferences"_s}));
        QCOMPARE(json.exitCode, 0);
        QStringList names;
        for (const QJsonValue &c : json.json().value(u"conferences"_s).toArray())
            names << c.toObject().value(u"name"_s).toString();
        names.sort();
        QCOMPARE(names, (QStringList{u"empty"_s, u"sales"_s, u"support"_s}));
    }

    void showDecodesNames()
    {
        const ConfCtlRun r = run(pinned({u"show"_s, u"sales"_s}));
        QCOMPARE(r.exitCode, 0);
        const QString out = QString::fromUtf8(r.out);
        QVERIFY2(out.contains(u"Conference: sales"_s), r.out.constData());
        QVERIFY(out.contains(u"Members:    5"_s));
        QVERIFY(out.contains(u"Locked:     no"_s));
        // xml_list percent-encodes caller-ID text; the table shows it decoded.
        QVERIFY2(out.contains(u"José Álvarez"_s), r.out.constData());
        QVERIFY(out.contains(u"Ștefan Popescu"_s));
        QVERIFY(out.contains(u"+34915550142"_s));
        QVERIFY(!out.contains(u"%20"_s) && !out.contains(u"%2B"_s));
        const QStringList lines = out.split(u'\n');
        const auto row = [&lines](const QString &name) {
            for (const QString &line : lines) {
                if (line.contains(name))
                    return line;
            }
            return QString();
        };
        QVERIFY2(row(u"Zoë Müller"_s).contains(u"muted"_s), qPrintable(row(u"Zoë Müller"_s)));
        QVERIFY(row(u"Alice Liddell"_s).contains(u"mod"_s));
        QVERIFY(!row(u"Priya Raman"_s).contains(u"muted"_s));
    }

    void showAlignsWideCharacters()
    {
        // A caller whose name takes two terminal columns a character: the columns stay aligned.
        sim::MemberSpec spec;
        spec.callerIdName = u"王芳"_s;
        spec.callerIdNumber = u"+8613800138000"_s;
        const quint32 id = m_sim->engine()->addMember(u"support"_s, spec);
        const ConfCtlRun r = run(pinned({u"show"_s, u"support"_s}));
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = QString::fromUtf8(r.out).split(u'\n');
        const auto header = std::find_if(lines.cbegin(), lines.cend(),
                                         [](const QString &l) { return l.startsWith(u"ID"_s); });
        QVERIFY(header != lines.cend());
        const int numberColumn = cc::displayWidth(header->left(header->indexOf(u"NUMBER"_s)));
        int rows = 0;
        for (auto it = header + 1; it != lines.cend() && !it->isEmpty(); ++it) {
            // Each row's number starts in the column where the NUMBER header starts.
            const qsizetype plus = it->indexOf(u'+');
            QVERIFY2(plus > 0, qPrintable(*it));
            QCOMPARE(cc::displayWidth(it->left(plus)), numberColumn);
            ++rows;
        }
        QVERIFY(rows >= 2);
        QVERIFY(r.out.contains("王芳"));
        m_sim->engine()->api(u"conference support kick %1"_s.arg(id), this, [](const QByteArray &) {});
    }

    void muteThenShow()
    {
        const quint32 id = memberId(u"sales"_s, u"Priya Raman"_s);
        QVERIFY(id > 0);
        const ConfCtlRun mute = run(pinned({u"sales"_s, u"mute"_s, QString::number(id)}));
        QCOMPARE(mute.exitCode, 0);
        QCOMPARE(mute.out.trimmed(), "+OK mute " + QByteArray::number(id));

        const ConfCtlRun show = run(pinned({u"--json"_s, u"show"_s, u"sales"_s}));
        QCOMPARE(show.exitCode, 0);
        bool seen = false;
        for (const QJsonValue &m :
             show.json().value(u"conference"_s).toObject().value(u"members"_s).toArray()) {
            if (m.toObject().value(u"id"_s).toInteger() == id) {
                seen = true;
                QCOMPARE(m.toObject().value(u"muted"_s).toBool(), true);
            }
        }
        QVERIFY(seen);

        const ConfCtlRun unmute = run(pinned({u"sales"_s, u"unmute"_s, QString::number(id)}));
        QCOMPARE(unmute.exitCode, 0);
        QCOMPARE(unmute.out.trimmed(), "+OK unmute " + QByteArray::number(id));
        const ConfCtlRun after = run(pinned({u"show"_s, u"sales"_s}));
        for (const QString &line : QString::fromUtf8(after.out).split(u'\n')) {
            if (line.contains(u"Priya Raman"_s))
                QVERIFY2(!line.contains(u"muted"_s), qPrintable(line));
        }
    }

    void commandJson()
    {
        const ConfCtlRun r = run(pinned({u"--json"_s, u"sales"_s, u"volume_in"_s, u"all"_s, u"-2"_s}));
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = r.json();
        QCOMPARE(o.value(u"ok"_s).toBool(), true);
        QCOMPARE(o.value(u"segment"_s).toString(), u"volume_in&all&-2"_s);
        QCOMPARE(o.value(u"exitCode"_s).toInt(), 0);
        QVERIFY(o.value(u"response"_s).toString().contains(u"+OK Volume IN"_s));
        QCOMPARE(o.value(u"kind"_s).toString(), u"success"_s);

        // --method get: upstream sipXconfig only runs commands on GET (sipxconfig-conference-rest.md §0).
        const ConfCtlRun get =
            run(pinned({u"--method"_s, u"get"_s, u"--json"_s, u"sales"_s, u"energy"_s, u"all"_s}));
        QCOMPARE(get.exitCode, 0);
        QCOMPARE(get.json().value(u"method"_s).toString(), u"GET"_s);
        QVERIFY(get.json().value(u"response"_s).toString().contains(u"Energy "_s));

        const ConfCtlRun say = run(pinned({u"--json"_s, u"sales"_s, u"say"_s, u"Hello"_s, u"everyone"_s}));
        QCOMPARE(say.exitCode, 0);
        QCOMPARE(say.json().value(u"segment"_s).toString(), u"say&Hello%20everyone"_s);

        const ConfCtlRun bad = run(pinned({u"--json"_s, u"sales"_s, u"mute"_s, u"99999"_s}));
        QCOMPARE(bad.exitCode, 4);
        QCOMPARE(bad.json().value(u"ok"_s).toBool(), false);
        QCOMPARE(bad.json().value(u"exitCode"_s).toInt(), 4);

        const ConfCtlRun usage = run(pinned({u"--json"_s, u"sales"_s, u"volume_in"_s, u"all"_s, u"9"_s}));
        QCOMPARE(usage.exitCode, 2);
        QCOMPARE(usage.json().value(u"ok"_s).toBool(), false);
        QVERIFY(usage.json().value(u"error"_s).toString().contains(u"-4 to 4"_s));
    }

    void wrongPassword()
    {
        const ConfCtlRun env = run(pinned({u"conferences"_s}), u"alice"_s, u"not-the-password"_s);
        QCOMPARE(env.exitCode, 3);
        QVERIFY(!env.err.isEmpty());
        const ConfCtlRun stdinWrong =
            run(pinned({u"--password-stdin"_s, u"conferences"_s}), u"alice"_s, QString(), "nope\n");
        QCOMPARE(stdinWrong.exitCode, 3);
        const ConfCtlRun stdinRight =
            run(pinned({u"--password-stdin"_s, u"conferences"_s}), u"alice"_s, QString(), "wonderland\n");
        QCOMPARE(stdinRight.exitCode, 0);
        QVERIFY(stdinRight.out.contains("sales"));
    }

    void notFound_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("unknown conference") << QStringList{u"nosuch"_s, u"lock"_s};
        QTest::newRow("conference not running") << QStringList{u"empty"_s, u"lock"_s};
        QTest::newRow("show not running") << QStringList{u"show"_s, u"empty"_s};
        QTest::newRow("unknown member") << QStringList{u"sales"_s, u"kick"_s, u"99999"_s};
    }

    void notFound()
    {
        QFETCH(QStringList, args);
        const ConfCtlRun r = run(pinned(args));
        QCOMPARE(r.exitCode, 4);
        QVERIFY(!r.err.isEmpty());
        QVERIFY(r.out.isEmpty());
    }

    void unknownMemberIsNotSaidToHaveLeft()
    {
        // Member 99 never existed: confctl cannot tell that from "left", so it says neither alone.
        const ConfCtlRun r = run(pinned({u"sales"_s, u"mute"_s, u"99"_s}));
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains("There is no member 99 in the conference"), r.err.constData());
        QVERIFY2(!r.err.contains("no longer"), r.err.constData());
    }

    void forbidden()
    {
        const ConfCtlRun r = run(pinned({u"sales"_s, u"lock"_s}), u"bob"_s, u"builder"_s);
        QCOMPARE(r.exitCode, 5);
        QVERIFY2(r.err.contains("owner"), r.err.constData());
        const ConfCtlRun show = run(pinned({u"show"_s, u"board"_s}), u"admin"_s, u"admin"_s);
        QCOMPARE(show.exitCode, 5);
    }

    void untrustedCertificate()
    {
        const ConfCtlRun r = run({u"--timeout"_s, u"10"_s, u"conferences"_s});
        QCOMPARE(r.exitCode, 7);
        const QString err = QString::fromUtf8(r.err);
        QVERIFY2(err.contains(m_sim->certificateSha256()), r.err.constData());
        QVERIFY(err.contains(u"--pin-cert"_s));
        // A wrong pin is refused the same way.
        const ConfCtlRun wrong = run({u"--pin-cert"_s, QString(64, u'0'), u"conferences"_s});
        QCOMPARE(wrong.exitCode, 7);
    }

    void backendFailure()
    {
        m_sim->setFault(sim::BackendFault::Error);
        const ConfCtlRun r = run(pinned({u"sales"_s, u"lock"_s}));
        m_sim->setFault(sim::BackendFault::None);
        QCOMPARE(r.exitCode, 6);
        QVERIFY(!r.err.isEmpty());
    }

    void timeoutBoundsADrippingServer()
    {
        // Headers, then one byte every half second: --timeout bounds the whole exchange.
        testsupport::HostileServer dripper(testsupport::HostileServer::Behaviour::DripHttp);
        QVERIFY(dripper.start());
        const ConfCtlRun r =
            run({u"--url"_s, dripper.baseUrl().toString(), u"--timeout"_s, u"2"_s, u"show"_s, u"sales"_s});
        QCOMPARE(r.exitStatus, QProcess::NormalExit);
        QCOMPARE(r.exitCode, 7); // network, TLS or timeout
        QVERIFY2(r.err.contains("did not answer in time"), r.err.constData());
        QVERIFY(dripper.bytesSent() > 0);
    }

    void watchUntilInterrupted()
    {
        QProcess process;
        process.setProcessEnvironment(environment(u"alice"_s, u"wonderland"_s));
        QSignalSpy finished(&process, &QProcess::finished);
        QByteArray out;
        connect(&process, &QProcess::readyReadStandardOutput, this,
                [&] { out += process.readAllStandardOutput(); });
        process.start(m_binary, pinned({u"--json"_s, u"watch"_s, u"support"_s, u"--interval"_s, u"0.2"_s}));
        // At least three refreshes, then Ctrl-C.
        QTRY_VERIFY_WITH_TIMEOUT(out.count('\n') >= 3, 30000);
        ::kill(pid_t(process.processId()), SIGINT);
        QVERIFY(finished.wait(10000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
        out += process.readAllStandardOutput();
        for (const QByteArray &line : out.split('\n')) {
            if (line.isEmpty())
                continue;
            QJsonParseError error;
            const QJsonObject o = QJsonDocument::fromJson(line, &error).object();
            QCOMPARE(error.error, QJsonParseError::NoError);
            QCOMPARE(o.value(u"conference"_s).toObject().value(u"name"_s).toString(), u"support"_s);
        }
    }
};

QTEST_GUILESS_MAIN(tst_ConfCtl)
#include "tst_confctl.moc"
