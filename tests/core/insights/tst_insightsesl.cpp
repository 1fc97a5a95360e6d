// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Talk time and raised hands over the event socket: start/stop-talking and mute-detect events
// reach the AttendanceTracker and the RaiseHandQueue as they happen, with no poll in between.
#include "core/esl/eslcommandtransport.h"
#include "core/insights/attendancetracker.h"
#include "core/insights/raisehandqueue.h"
#include "core/sources/pushconferencesource.h"
#include "eslfixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace cc;
using namespace testsupport;

namespace {
constexpr qint64 kT0 = 1'700'000'000'000;
}

class tst_InsightsEsl final : public EslFixture
{
    Q_OBJECT

private slots:
    void talkTimeFollowsTalkingEvents()
    {
        auto client = connectedClient();
        EslCommandTransport transport(client.get());
        PushConferenceSource source(&transport, kConf);
        source.setResyncInterval(300000); // after the first sync only events can tell
        qint64 now = kT0;
        AttendanceTracker tracker(kConf);
        tracker.setClock([&] { return now; });
        connect(&source, &PushConferenceSource::snapshotReceived, &tracker, &AttendanceTracker::observe);
        QTRY_VERIFY(client->isConnected());
        source.start();
        QTRY_COMPARE(tracker.records().size(), 3);
        const int resyncs = source.resyncCount();

        now = kT0 + 1000;
        m_engine->setTalkingForTesting(m_bob, true); // start-talking
        QTRY_COMPARE(tracker.record(m_bob)->spans.size(), 1);
        QCOMPARE(tracker.record(m_bob)->spans.first().startMs, kT0 + 1000);
        QVERIFY(!tracker.record(m_bob)->spans.first().endMs.has_value());

        now = kT0 + 4250;
        m_engine->setTalkingForTesting(m_bob, false); // stop-talking
        QTRY_VERIFY(tracker.record(m_bob)->spans.first().endMs.has_value());
        QCOMPARE(*tracker.record(m_bob)->spans.first().endMs, kT0 + 4250);
        QCOMPARE(tracker.talkMs(m_bob), qint64(3250)); // to the millisecond of the events
        QCOMPARE(tracker.record(m_bob)->talkTurns, 1);
        QCOMPARE(tracker.talkMs(m_alice), qint64(0));
        QCOMPARE(source.resyncCount(), resyncs); // no xml_list was needed for any of it
    }

    void mutedTalkerRaisesAHandByEvent()
    {
        auto client = connectedClient();
        EslCommandTransport transport(client.get());
        PushConferenceSource source(&transport, kConf);
        source.setResyncInterval(300000);
        RaiseHandQueue queue;
        QAbstractItemModelTester tester(&queue, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy raised(&queue, &RaiseHandQueue::handRaised);
        connect(&source, &PushConferenceSource::snapshotReceived, &queue, &RaiseHandQueue::applySnapshot);
        QTRY_VERIFY(client->isConnected());
        source.start();
        QTRY_COMPARE(source.snapshot().members.size(), 3);

        engineApi(QStringLiteral("conference 3000 mute %1").arg(m_carol));
        m_engine->setTalkingForTesting(m_carol, true); // mute-detect: talking while muted
        QTRY_COMPARE(raised.size(), 1);
        QCOMPARE(queue.memberIds(), QList<quint32>{m_carol});
        m_engine->setTalkingForTesting(m_carol, false);
        QTest::qWait(100);
        QCOMPARE(queue.memberIds(), QList<quint32>{m_carol}); // the hand stays up after she stops

        engineApi(QStringLiteral("conference 3000 unmute %1").arg(m_carol)); // given the floor
        QTRY_VERIFY(queue.memberIds().isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_InsightsEsl)
#include "tst_insightsesl.moc"
