// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The fault matrix, polling side: failing backend answers and a password changed server-side.
// ParticipantModel + ConferencePoller + RestClient over real HTTPS against the bridge simulator.
// For every fault the console keeps the last data, reports it stale, backs off and recovers by
// itself once the server is healthy again (authentication excepted: that needs start()).
// Durations are never asserted; QTRY timeouts only bound the waiting.
#include "faultfixture.h"
#include "simsupport.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace testsupport;

class tst_FaultBackend final : public FaultMatrixFixture
{
    Q_OBJECT

private slots:
    void backendBodies_data()
    {
        QTest::addColumn<int>("fault");
        QTest::newRow("ERROR: body") << int(sim::BackendFault::Error);
        QTest::newRow("empty body") << int(sim::BackendFault::Empty);
        QTest::newRow("command-exception") << int(sim::BackendFault::Exception);
    }

    void backendBodies()
    {
        QFETCH(int, fault);
        auto s = startSim();
        QVERIFY(s);
        Watch w(config(*s), u"sales"_s);
        degradeAndRecover(
            w, [&] { s->setFault(sim::BackendFault(fault)); }, [&] { s->setFault(sim::BackendFault::None); },
            QTest::currentDataTag());
        QCOMPARE(w.failed.first().kind, cc::ResponseKind::BackendFailure);
        QCOMPARE(w.failed.first().httpStatus, 200);
    }

    void passwordChangedServerSide()
    {
        ++m_faultCases;
        QJsonObject scenario = builtInScenario();
        QVERIFY(!scenario.isEmpty());
        QJsonArray users = scenario.value(u"users"_s).toArray();
        for (qsizetype i = 0; i < users.size(); ++i) {
            QJsonObject u = users.at(i).toObject();
            if (u.value(u"user"_s).toString() == u"alice")
                u.insert(u"password"_s, u"new-secret"_s);
            users[i] = u;
        }

        scenario.insert(u"users"_s, users);
        const QString changedFile = m_dir.filePath(u"changed.json"_s);
        QVERIFY(writeJson(changedFile, scenario));

        auto s = startSim();
        QVERIFY(s);
        cc::ServerConfig c = config(*s);
        Watch w(c, u"sales"_s);
        w.poller->start();
        QTRY_VERIFY_WITH_TIMEOUT(w.snapshots >= 1 && w.model.rowCount() > 0, kWaitMs);
        const int rows = w.model.rowCount();

        s.reset();
        m_handled.clear();
        s = startSim(changedFile);
        QVERIFY(s);
        QTRY_COMPARE_WITH_TIMEOUT(w.halted, 1, kWaitMs);
        QVERIFY(!w.poller->isRunning());
        QCOMPARE(w.failures, 1); // reported once
        QCOMPARE(w.failed.last().message, cc::transportErrorText(cc::TransportError::Authentication));
        QCOMPARE(w.model.rowCount(), rows);
        const int requestsAtHalt = int(m_handled.size());
        const int challenges = int(std::count_if(m_handled.cbegin(), m_handled.cend(),
                                                 [](const Handled &h) { return h.status == 401; }));
        QVERIFY2(challenges >= 1 && challenges <= 3, qPrintable(QString::number(challenges)));
        // No 401 loop: a few back-off periods later the server has seen nothing more.
        QTest::qWait(2500);
        QCOMPARE(int(m_handled.size()), requestsAtHalt);
        QCOMPARE(w.halted, 1);
        QCOMPARE(w.failures, 1);

        // The user types the new password and starts again.
        c.password = u"new-secret"_s;
        w.client.setConfig(c);
        const int before = w.snapshots;
        w.poller->start();
        QTRY_VERIFY_WITH_TIMEOUT(w.snapshots > before && !w.model.isStale(), kWaitMs);
        QCOMPARE(w.model.rowCount(), rows);
    }
};

QTEST_GUILESS_MAIN(tst_FaultBackend)
#include "tst_faultbackend.moc"
