// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Connection troubleshooting over real loopback HTTPS against the bridge simulator (both method
// policies), a closed port, an unpinned certificate, wrong credentials and a slow server.
// (In tests/sim rather than tests/net: it needs confsim.)
#include "core/diagnostics/connectiondiagnostics.h"
#include "sim/simulator.h"
#include "simsupport.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using Id = cc::DiagnosticStep::Id;
using Status = cc::DiagnosticStep::Status;
using testsupport::simulatorConfig;
using testsupport::startSimulator;

namespace {

struct Run
{
    QList<cc::DiagnosticStep> steps;
    std::optional<cc::DiagnosticsSummary> summary;
    int finishedCount = 0;
    cc::ConnectionDiagnostics diagnostics; // last: destroyed before what its signals fill

    const cc::DiagnosticStep &step(Id id) const
    {
        static const cc::DiagnosticStep none;
        for (const auto &s : steps) {
            if (s.id == id)
                return s;
        }
        return none;
    }
};

QByteArray describe(const Run &run)
{
    QString out;
    for (const auto &s : run.steps)
        out += u"\n  %1 [%2] %3"_s.arg(s.name).arg(int(s.status)).arg(s.detail);
    return out.toUtf8();
}

} // namespace

class TstConnectionDiagnostics final : public QObject
{
    Q_OBJECT

private:
    static std::unique_ptr<sim::Simulator>
    startSim(sim::MethodPolicyMode policy = sim::MethodPolicyMode::Both)
    {
        sim::SimulatorOptions o;
        o.activity.enabled = false;
        o.methodPolicy = policy;
        return startSimulator(o);
    }

    /// Records every step and the summary of `run`'s diagnostics.
    void collect(Run &run)
    {
        connect(&run.diagnostics, &cc::ConnectionDiagnostics::stepFinished, this,
                [&run](const cc::DiagnosticStep &s) { run.steps << s; });
        connect(&run.diagnostics, &cc::ConnectionDiagnostics::finished, this,
                [&run](const cc::DiagnosticsSummary &s) {
                    run.summary = s;
                    ++run.finishedCount;
                });
    }

    void runDiagnostics(const cc::ServerConfig &config, Run &run)
    {
        collect(run);
        run.diagnostics.start(config);
        QVERIFY(run.steps.isEmpty()); // nothing happens inside start()
        QTRY_VERIFY_WITH_TIMEOUT(run.summary.has_value(), 30000);
        QTest::qWait(50);
        QCOMPARE(run.finishedCount, 1);
        QCOMPARE(run.steps.size(), 7); // every step reports, skipped ones included
        QCOMPARE(run.summary->steps.size(), 7);
        for (int i = 0; i < 7; ++i)
            QCOMPARE(int(run.steps.at(i).id), i);
        QVERIFY(!run.diagnostics.isRunning());
    }

private slots:
    void healthySimulator_data()
    {
        QTest::addColumn<int>("policy");
        QTest::addColumn<bool>("upstream");
        QTest::newRow("PUT and GET") << int(sim::MethodPolicyMode::Both) << false;
        QTest::newRow("upstream GET only") << int(sim::MethodPolicyMode::Upstream) << true;
    }

    void healthySimulator()
    {
        QFETCH(int, policy);
        QFETCH(bool, upstream);
        auto s = startSim(sim::MethodPolicyMode(policy));
        QVERIFY(s);
        QList<QByteArray> puts;
        connect(s.get(), &sim::Simulator::requestHandled, this,
                [&puts](const QByteArray &method, const QByteArray &target, int) {
                    if (method == "PUT")
                        puts << target;
                });
        Run run;
        runDiagnostics(simulatorConfig(*s), run);
        qInfo("%s", describe(run).constData());
        QVERIFY2(run.summary->ok(), describe(run).constData());
        QCOMPARE(run.summary->warnings, 0);

        QCOMPARE(run.step(Id::Dns).status, Status::Ok);
        QCOMPARE(run.step(Id::Tcp).status, Status::Ok);
        QVERIFY(run.step(Id::Tcp).facts.contains(u"rttMs"_s));

        const cc::DiagnosticStep &tls = run.step(Id::Tls);
        QCOMPARE(tls.status, Status::Ok);
        QCOMPARE(tls.facts.value(u"sha256"_s).toString(), s->certificateSha256());
        QCOMPARE(tls.facts.value(u"systemTrusted"_s).toBool(), false);
        QCOMPARE(tls.facts.value(u"pinned"_s).toBool(), true);
        QVERIFY(tls.facts.value(u"notAfter"_s).toDateTime() > QDateTime::currentDateTimeUtc());
        QVERIFY(tls.detail.contains(s->certificateSha256()));

        const cc::DiagnosticStep &auth = run.step(Id::AuthScheme);
        QCOMPARE(auth.status, Status::Ok);
        QVERIFY(auth.facts.value(u"schemes"_s).toStringList().contains(u"Digest"_s));
        QCOMPARE(auth.facts.value(u"realm"_s).toString(), u"example.com"_s);
        QCOMPARE(auth.facts.value(u"qop"_s).toString(), u"auth"_s);
        QCOMPARE(auth.facts.value(u"algorithm"_s).toString(), u"MD5"_s);
        QCOMPARE(auth.facts.value(u"httpStatus"_s).toInt(), 401);

        QCOMPARE(run.step(Id::Login).status, Status::Ok);

        const cc::DiagnosticStep &method = run.step(Id::MethodPolicy);
        QCOMPARE(method.status, Status::Ok);
        QCOMPARE(method.facts.value(u"upstream"_s).toBool(), upstream);
        QCOMPARE(method.facts.value(u"conference"_s).toString(), s->conferencesOwnedBy(u"alice"_s).first());
        QCOMPARE(method.facts.value(u"httpStatus"_s).toInt(), upstream ? 405 : 200);
        // The only PUT ever sent is the harmless list&count probe.
        QVERIFY(!puts.isEmpty());
        for (const QByteArray &t : std::as_const(puts))
            QVERIFY2(t.endsWith("/list&count"), t.constData());

        const cc::DiagnosticStep &rtt = run.step(Id::RoundTrip);
        QCOMPARE(rtt.status, Status::Ok);
        QCOMPARE(rtt.facts.value(u"samplesMs"_s).toList().size(),
                 cc::ConnectionDiagnostics::kRoundTripSamples);
        QVERIFY(rtt.facts.contains(u"medianMs"_s));
    }

    void putPolicyAgainstUpstreamFails()
    {
        auto s = startSim(sim::MethodPolicyMode::Upstream);
        QVERIFY(s);
        cc::ServerConfig c = simulatorConfig(*s);
        c.methodPolicy = cc::MethodPolicy::Put;
        Run run;
        runDiagnostics(c, run);
        QCOMPARE(run.step(Id::MethodPolicy).status, Status::Failed);
        QVERIFY(run.step(Id::MethodPolicy).detail.contains(u"GET"_s));
        QCOMPARE(run.summary->failures, 1);
        QCOMPARE(run.step(Id::RoundTrip).status, Status::Ok);
    }

    void userWithoutConferencesGetsAWarning()
    {
        auto s = startSim();
        QVERIFY(s);
        cc::ServerConfig c = simulatorConfig(*s);
        c.user = u"admin"_s; // owns nothing
        c.password = u"admin"_s;
        Run run;
        runDiagnostics(c, run);
        QCOMPARE(run.step(Id::Login).status, Status::Ok);
        QCOMPARE(run.step(Id::MethodPolicy).status, Status::Warning);
        QVERIFY(run.summary->ok());
        QCOMPARE(run.summary->warnings, 1);
    }

    void closedPortIsRefused()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        cc::ServerConfig c;
        c.baseUrl = QUrl(u"https://127.0.0.1:%1/sipxconfig/rest"_s.arg(port));
        c.user = u"alice"_s;
        c.password = u"wonderland"_s;
        Run run;
        runDiagnostics(c, run);
        QCOMPARE(run.step(Id::Dns).status, Status::Ok);
        QCOMPARE(run.step(Id::Tcp).status, Status::Failed);
        QVERIFY(run.step(Id::Tcp).detail.contains(u"refused"_s));
        for (Id id : {Id::Tls, Id::AuthScheme, Id::Login, Id::MethodPolicy, Id::RoundTrip})
            QCOMPARE(run.step(id).status, Status::Skipped);
        QVERIFY(!run.summary->ok());
        QVERIFY(run.summary->text.contains(u"refused"_s));
    }

    void unpinnedCertificate()
    {
        auto s = startSim();
        QVERIFY(s);
        int requests = 0;
        connect(s.get(), &sim::Simulator::requestHandled, this, [&requests] { ++requests; });
        cc::ServerConfig c = simulatorConfig(*s, false);
        c.pinnedSha256 = {u"00"_s.repeated(32)}; // pinned something else
        Run run;
        runDiagnostics(c, run);
        const cc::DiagnosticStep &tls = run.step(Id::Tls);
        QCOMPARE(tls.status, Status::Failed);
        QCOMPARE(tls.facts.value(u"sha256"_s).toString(), s->certificateSha256());
        QCOMPARE(tls.facts.value(u"systemTrusted"_s).toBool(), false);
        QCOMPARE(tls.facts.value(u"pinned"_s).toBool(), false);
        QVERIFY(!tls.facts.value(u"errors"_s).toStringList().isEmpty());
        for (Id id : {Id::AuthScheme, Id::Login, Id::MethodPolicy, Id::RoundTrip})
            QCOMPARE(run.step(id).status, Status::Skipped);
        QCOMPARE(requests, 0); // nothing was sent over the untrusted connection
    }

    void wrongPassword()
    {
        auto s = startSim();
        QVERIFY(s);
        cc::ServerConfig c = simulatorConfig(*s);
        c.password = u"not-it"_s;
        Run run;
        runDiagnostics(c, run);
        QCOMPARE(run.step(Id::AuthScheme).status, Status::Ok);
        QCOMPARE(run.step(Id::Login).status, Status::Failed);
        QVERIFY(run.step(Id::Login).detail.contains(u"alice"_s));
        QCOMPARE(run.step(Id::MethodPolicy).status, Status::Skipped);
        QCOMPARE(run.step(Id::RoundTrip).status, Status::Skipped);
        QVERIFY(!run.summary->text.contains(c.password));
    }

    void hostNameIsLookedUp()
    {
        auto s = startSim();
        QVERIFY(s);
        cc::ServerConfig c = simulatorConfig(*s);
        QUrl url = c.baseUrl;
        url.setHost(u"localhost"_s);
        c.baseUrl = url;
        Run run;
        runDiagnostics(c, run);
        QCOMPARE(run.step(Id::Dns).status, Status::Ok);
        QVERIFY(run.step(Id::Dns).facts.value(u"addresses"_s).toStringList().contains(u"127.0.0.1"_s));
        QCOMPARE(run.step(Id::Tcp).status, Status::Ok);
        QCOMPARE(run.step(Id::Login).status, Status::Ok);
    }

    void slowServerTimesOutPerStep()
    {
        auto s = startSim();
        QVERIFY(s);
        s->setLatencyMs(3000);
        Run run;
        run.diagnostics.setStepTimeoutMs(800);
        runDiagnostics(simulatorConfig(*s), run);
        QCOMPARE(run.step(Id::Tcp).status, Status::Ok);
        QCOMPARE(run.step(Id::Tls).status, Status::Ok);
        QCOMPARE(run.step(Id::AuthScheme).status, Status::Failed);
        QCOMPARE(run.step(Id::Login).status, Status::Failed);
        QVERIFY(!run.summary->ok());
    }

    void cancelStopsSignals()
    {
        auto s = startSim();
        QVERIFY(s);
        s->setLatencyMs(1000);
        cc::ConnectionDiagnostics d;
        int steps = 0;
        int finished = 0;
        connect(&d, &cc::ConnectionDiagnostics::stepFinished, this, [&steps] { ++steps; });
        connect(&d, &cc::ConnectionDiagnostics::finished, this, [&finished] { ++finished; });
        d.start(simulatorConfig(*s));
        QTRY_VERIFY_WITH_TIMEOUT(steps >= 3, 10000); // DNS, TCP, TLS done; auth in flight
        d.cancel();
        const int at = steps;
        QTest::qWait(1500);
        QCOMPARE(steps, at);
        QCOMPARE(finished, 0);
        QVERIFY(!d.isRunning());
    }

    // Event socket: DNS, TCP, then the auth exchange (freeswitch-conference.md §9.1).
    void eventSocket_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("password");
        QTest::addColumn<bool>("closedPort");
        QTest::addColumn<int>("expected"); // Status of each of the three steps, as digits
        QTest::newRow("right password") << u"127.0.0.1"_s << u"ClueCon"_s << false << 0;
        QTest::newRow("by name") << u"localhost"_s << u"ClueCon"_s << false << 0;
        QTest::newRow("wrong password") << u"127.0.0.1"_s << u"NotClueCon"_s << false << 2;
        QTest::newRow("nothing listening") << u"127.0.0.1"_s << u"ClueCon"_s << true << 23;
    }

    void eventSocket()
    {
        QFETCH(QString, host);
        QFETCH(QString, password);
        QFETCH(bool, closedPort);
        QFETCH(int, expected);
        sim::SimulatorOptions o;
        o.activity.enabled = false;
        o.eslPort = 0;
        sim::Simulator s(o);
        QString error;
        QVERIFY2(s.start(&error), qPrintable(error));
        quint16 port = s.eslPort();
        if (closedPort) {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            port = probe.serverPort();
            probe.close(); // free again: connecting is refused
        }
        Run run;
        collect(run);
        run.diagnostics.startEventSocket(host, port, password);
        QVERIFY(run.diagnostics.isEventSocketRun());
        QTRY_VERIFY_WITH_TIMEOUT(run.summary.has_value(), 20000);
        QCOMPARE(run.finishedCount, 1);
        QCOMPARE(run.steps.size(), 3);
        const QList<Id> ids{Id::Dns, Id::Tcp, Id::EslAuth};
        const int statuses[3] = {expected / 100, (expected / 10) % 10, expected % 10};
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(run.steps.at(i).id, ids.at(i));
            QVERIFY2(int(run.steps.at(i).status) == statuses[i], describe(run).constData());
        }
        QCOMPARE(run.summary->ok(), expected == 0);
        if (expected == 2) {
            QVERIFY(run.step(Id::EslAuth).detail.contains(u"refused the password"_s));
            QVERIFY(!run.step(Id::EslAuth).detail.contains(password)); // the password is never shown
        }
        QCOMPARE(cc::ConnectionDiagnostics::stepName(Id::EslAuth).isEmpty(), false);
    }
};

QTEST_GUILESS_MAIN(TstConnectionDiagnostics)
#include "tst_connectiondiagnostics.moc"
