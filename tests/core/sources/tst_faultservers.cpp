// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The fault matrix, polling side: a killed, a stalled and a slow bridge simulator.
// ParticipantModel + ConferencePoller + RestClient over real HTTPS against the bridge simulator.
// For every fault the console keeps the last data, reports it stale, backs off and recovers by
// itself once the server is healthy again.
// Durations are never asserted; QTRY timeouts only bound the waiting.
#include "faultfixture.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace testsupport;

class tst_FaultServers final : public FaultMatrixFixture
{
    Q_OBJECT

private slots:
    void serverKilledAndRestartedOnSamePort()
    {
        auto s = startSim();
        QVERIFY(s);
        QCOMPARE(s->port(), m_port);
        const cc::ServerConfig c = config(*s);
        Watch w(c, u"sales"_s);
        degradeAndRecover(
            w, [&] { s.reset(); },
            [&] {
                s = startSim();
                QVERIFY(s);
            },
            "killed");
        QCOMPARE(w.failed.first().kind, cc::ResponseKind::TransportFailure);
    }

    void stalledServer()
    {
        auto s = startSim();
        QVERIFY(s);
        Watch w(config(*s, 1000), u"sales"_s);
        degradeAndRecover(
            w, [&] { s->setFault(sim::BackendFault::Timeout); },
            [&] { s->setFault(sim::BackendFault::None); }, "stalled");
        QCOMPARE(w.failed.first().kind, cc::ResponseKind::TransportFailure);
        QCOMPARE(w.failed.first().message, cc::transportErrorText(cc::TransportError::Timeout));
    }

    void slowServerShortTimeout()
    {
        auto s = startSim();
        QVERIFY(s);
        Watch w(config(*s, 1000), u"sales"_s);
        degradeAndRecover(
            w, [&] { s->setLatencyMs(2000); }, [&] { s->setLatencyMs(0); }, "slow, 1 s timeout");
        QCOMPARE(w.failed.first().message, cc::transportErrorText(cc::TransportError::Timeout));
    }

    void slowServerLongTimeout()
    {
        ++m_faultCases;
        auto s = startSim();
        QVERIFY(s);
        s->setLatencyMs(2000);
        Watch w(config(*s, 5000), u"sales"_s);
        w.poller->start();
        QTRY_VERIFY_WITH_TIMEOUT(w.snapshots >= 2, kWaitMs);
        QCOMPARE(w.failures, 0);
        QCOMPARE(w.poller->currentBackoffMs(), 0);
        QVERIFY(w.model.rowCount() > 0);
        // Never two requests in flight, however slow the server (qt-style.md §2.5).
        QVERIFY(w.poller->pollCount() <= w.snapshots + 1);
    }
};

QTEST_GUILESS_MAIN(tst_FaultServers)
#include "tst_faultservers.moc"
