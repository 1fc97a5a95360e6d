// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// BridgeEngine activity model (seeded, lock-aware), mute-detect and xml_list speed.
#include "enginefixture.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace sim;
using namespace testsupport;

class tst_EngineActivity final : public EngineFixture
{
    Q_OBJECT

private:
    QByteArray runActivity(quint32 seed)
    {
        resetEngine();
        add(QStringLiteral("3000"), QStringLiteral("A"), QStringLiteral("1"), true);
        add(QStringLiteral("3000"), QStringLiteral("B"), QStringLiteral("2"));
        add(QStringLiteral("3000"), QStringLiteral("C"), QStringLiteral("3"));
        ActivityConfig config;
        config.enabled = true;
        config.seed = seed;
        config.tickMs = 250;
        config.talkTurnsPerMinute = 30;
        config.joinsPerMinute = 6;
        config.leavesPerMinute = 3;
        m_engine->setActivity(config);
        QByteArray trace;
        QSignalSpy spy(m_engine.get(), &BridgeEngine::conferenceEvent);
        for (int i = 0; i < 480; ++i) { // two simulated minutes
            m_now += 250;
            m_engine->advanceActivityForTesting(1);
            trace += api(QStringLiteral("conference 3000 list"));
        }
        const QByteArrayList seen = actions(spy);
        [&] {
            QVERIFY(seen.contains("start-talking"));
            QVERIFY(seen.contains("stop-talking"));
            QVERIFY(seen.contains("floor-change"));
            QVERIFY(seen.contains("add-member"));
        }();
        return trace;
    }

private slots:
    // ------------------------------------------------------------ activity model
    void activityIsDeterministic()
    {
        const QByteArray a = runActivity(42);
        const QByteArray b = runActivity(42);
        const QByteArray c = runActivity(43);
        QCOMPARE(a, b);
        QVERIFY(a != c);
        QVERIFY(a.contains("|talking|"));
    }

    void activityDisabledChangesNothing()
    {
        add(QStringLiteral("3000"), QStringLiteral("A"), QStringLiteral("1"));
        const QByteArray before = api(QStringLiteral("conference xml_list"));
        QSignalSpy spy(m_engine.get(), &BridgeEngine::conferenceEvent);
        m_engine->advanceActivityForTesting(1000);
        QTest::qWait(50);
        QCOMPARE(api(QStringLiteral("conference xml_list")), before);
        QVERIFY(spy.isEmpty());
    }

    void activityRespectsLock()
    {
        add(QStringLiteral("3000"), QStringLiteral("A"), QStringLiteral("1"), true);
        api(QStringLiteral("conference 3000 lock"));
        ActivityConfig config;
        config.enabled = true;
        config.tickMs = 250;
        config.joinsPerMinute = 120;
        config.leavesPerMinute = 0;
        config.talkTurnsPerMinute = 0;
        m_engine->setActivity(config);
        m_engine->advanceActivityForTesting(400);
        QCOMPARE(api(QStringLiteral("conference 3000 count")), QByteArray("1"));
        api(QStringLiteral("conference 3000 unlock"));
        m_engine->advanceActivityForTesting(400);
        QCOMPARE(api(QStringLiteral("conference 3000 count")), QByteArray("14")); // maxMembersPerConference
    }

    void muteDetectShowsTalking()
    {
        MemberSpec spec;
        spec.callerIdName = QStringLiteral("M");
        spec.callerIdNumber = QStringLiteral("1");
        spec.muted = true;
        spec.muteDetect = true;
        m_engine->addMember(QStringLiteral("3000"), spec);
        QSignalSpy spy(m_engine.get(), &BridgeEngine::conferenceEvent);
        m_engine->setTalkingForTesting(1, true);
        QCOMPARE(actions(spy), QByteArrayList({"mute-detect"}));
        QVERIFY(api(QStringLiteral("conference 3000 xml_list")).contains("<talking>true</talking>"));
        QVERIFY(!api(QStringLiteral("conference 3000 xml_list")).contains("<has_floor>true"));
    }

    // ------------------------------------------------------------ performance
    void xmlListOf100Members()
    {
        for (int i = 0; i < 100; ++i)
            add(QStringLiteral("big"), QStringLiteral("Caller Nº %1").arg(i),
                QStringLiteral("+1555000%1").arg(i));
        QElapsedTimer t;
        t.start();
        qsizetype bytes = 0;
        const int rounds = 2000;
        for (int i = 0; i < rounds; ++i)
            bytes += api(QStringLiteral("conference big xml_list")).size();
        const qint64 ms = qMax<qint64>(1, t.elapsed());
        qInfo("xml_list, 100 members: %lld calls/s, %lld bytes each", rounds * 1000 / ms,
              qint64(bytes / rounds));
        QVERIFY(bytes > 0);
    }
};

QTEST_GUILESS_MAIN(tst_EngineActivity)
#include "tst_engineactivity.moc"
