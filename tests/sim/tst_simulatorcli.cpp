// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// conference-bridge-sim as a program: the relay's secret never on the command line, the public
// demo users never beyond loopback, --verbose tells what arrives.
#include "simsupport.h"
#include "testdata.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class tst_SimulatorCli final : public QObject
{
    Q_OBJECT

private:
    QString m_binary;

    struct Started
    {
        std::unique_ptr<QProcess> process;
        QString baseUrl; ///< from the "listening on" line
    };

    /// Starts the simulator over plain HTTP on a free port and waits for its "listening" line.
    Started start(const QStringList &args,
                  const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
    {
        Started s;
        s.process = std::make_unique<QProcess>();
        s.process->setProcessEnvironment(env);
        s.process->start(m_binary,
                         QStringList{u"--http"_s, u"--port"_s, u"0"_s, u"--activity"_s, u"off"_s} + args);
        QString out;
        // What arrived is checked after the wait.
        (void)QTest::qWaitFor(
            [&] {
                out += QString::fromUtf8(s.process->readAllStandardOutput());
                return out.contains(u"listening on"_s) || s.process->state() == QProcess::NotRunning;
            },
            20000);
        const auto m = QRegularExpression(u"listening on (\\S+)"_s).match(out);
        if (m.hasMatch())
            s.baseUrl = m.captured(1);
        return s;
    }

    /// GET through the simulator with alice's credentials (Basic, one round trip).
    QByteArray get(const QString &url)
    {
        QNetworkAccessManager nam;
        QNetworkRequest request{QUrl(url)};
        request.setRawHeader("Authorization", "Basic " + QByteArray("alice:wonderland").toBase64());
        QNetworkReply *reply = nam.get(request);
        QSignalSpy done(reply, &QNetworkReply::finished);
        done.wait(20000);
        const QByteArray body = reply->readAll();
        reply->deleteLater();
        return body;
    }

private slots:
    void initTestCase()
    {
        m_binary = testsupport::builtProgram(u"conference-bridge-sim"_s);
        QVERIFY2(!m_binary.isEmpty(), "conference-bridge-sim is built beside the tests");
    }

    void demoUsersStayOnLoopback()
    {
        QProcess process;
        process.start(m_binary, {u"--http"_s, u"--address"_s, u"0.0.0.0"_s, u"--port"_s, u"0"_s});
        QVERIFY(process.waitForFinished(20000));
        QCOMPARE(process.exitCode(), 2);
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(err.contains(u"--scenario"_s) && err.contains(u"public"_s), qPrintable(err));
    }

    void relayPasswordNeverOnTheCommandLine()
    {
        QProcess process;
        process.start(m_binary,
                      {u"--upstream-esl"_s, u"127.0.0.1:8021"_s, u"--upstream-esl-password"_s, u"x"_s});
        QVERIFY(process.waitForFinished(20000));
        QVERIFY(process.exitCode() != 0); // no such option: the secret would show in ps
    }

    void relayPasswordFromFileOrEnvironment_data()
    {
        QTest::addColumn<bool>("fromFile");
        QTest::newRow("file") << true;
        QTest::newRow("environment") << false;
    }

    void relayPasswordFromFileOrEnvironment()
    {
        QFETCH(bool, fromFile);
        // The upstream "switch": an in-process simulator's event socket with its own password.
        sim::SimulatorOptions o;
        o.tls = false;
        o.activity.enabled = false;
        o.eslPort = 0;
        o.eslPassword = u"Sw1tchSecret"_s;
        sim::Simulator upstream(o);
        QString error;
        QVERIFY2(upstream.start(&error), qPrintable(error));
        const QString address = u"127.0.0.1:%1"_s.arg(upstream.eslPort());

        QTemporaryDir dir;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        QStringList args{u"--upstream-esl"_s, address};
        if (fromFile) {
            QFile file(dir.filePath(u"password"_s));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("Sw1tchSecret\n");
            file.close();
            args << u"--upstream-esl-password-file"_s << file.fileName();
        } else {
            env.insert(u"CONFERENCE_BRIDGE_SIM_UPSTREAM_ESL_PASSWORD"_s, u"Sw1tchSecret"_s);
        }
        Started relay = start(args, env);
        QVERIFY2(!relay.baseUrl.isEmpty(), relay.process->readAllStandardError().constData());
        // Accepted by the switch: the relayed list is the upstream's, not sipxrecording's empty body.
        const QByteArray body = get(relay.baseUrl + u"/my/conference/sales/list&count"_s);
        QVERIFY2(body.contains("<command-response>"), body.constData());
        QVERIFY(!relay.process->arguments().join(u' ').contains(u"Sw1tchSecret"_s));
        relay.process->terminate();
        relay.process->waitForFinished(10000);
    }

    void verboseLogsRequests()
    {
        Started sim = start({u"--verbose"_s});
        QVERIFY(!sim.baseUrl.isEmpty());
        get(sim.baseUrl + u"/my/conferences"_s);
        QString err;
        // What arrived is checked after the wait.
        (void)QTest::qWaitFor(
            [&] {
                err += QString::fromUtf8(sim.process->readAllStandardError());
                return err.contains(u"/my/conferences -> 200"_s);
            },
            10000);
        QVERIFY2(err.contains(u"HTTP GET /sipxconfig/rest/my/conferences -> 200"_s), qPrintable(err));
        sim.process->terminate();
        sim.process->waitForFinished(10000);
    }
};

QTEST_MAIN(tst_SimulatorCli)
#include "tst_simulatorcli.moc"
