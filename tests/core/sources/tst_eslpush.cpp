// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Push updates over the event socket: events applied to the model, re-syncs after gaps and reconnects.
#include "core/esl/eslcommandtransport.h"
#include "core/model/participantmodel.h"
#include "core/sources/conferencepoller.h"
#include "core/sources/pushconferencesource.h"
#include "eslfixture.h"
#include "simsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace cc;
using namespace testsupport;
using namespace Qt::Literals::StringLiterals;

namespace {

/// Every field that xml_list and events can both tell (durations are not in events).
QList<Participant> comparable(QList<Participant> members)
{
    for (Participant &p : members) {
        p.joinTimeSeconds = 0;
        p.lastTalkingSeconds.reset();
        p.channelName.clear();
    }
    std::sort(members.begin(), members.end(),
              [](const Participant &a, const Participant &b) { return a.id < b.id; });
    return members;
}
} // namespace

class tst_EslPush final : public EslFixture
{
    Q_OBJECT

private slots:
    void pushSourceResyncsAfterReconnect()
    {
        auto client = connectedClient();
        EslCommandTransport transport(client.get());
        PushConferenceSource source(&transport, kConf);
        source.setResyncInterval(60000);
        QTRY_VERIFY(client->isConnected());
        source.start();
        QTRY_COMPARE(source.snapshot().members.size(), 3);
        const int before = source.resyncCount();
        QSignalSpy stale(&source, &PushConferenceSource::staleChanged);
        m_server.reset();
        QTRY_VERIFY(source.isStale());
        // While away, somebody mutes Alice: no event can reach us.
        engineApi(QStringLiteral("conference 3000 mute ") + QString::number(m_alice));
        m_server = std::make_unique<sim::EslServer>(m_engine.get());
        QVERIFY(m_server->listen(QHostAddress::LocalHost, m_port, nullptr));
        QTRY_VERIFY_WITH_TIMEOUT(!source.isStale(), 5000);
        QVERIFY(source.resyncCount() > before);
        QTRY_VERIFY(!source.snapshot().members.isEmpty());
        const auto alice = std::find_if(source.snapshot().members.cbegin(), source.snapshot().members.cend(),
                                        [&](const Participant &p) { return p.id == m_alice; });
        QVERIFY(alice != source.snapshot().members.cend());
        QVERIFY(!alice->canSpeak);
        QVERIFY(stale.count() >= 2);
    }

    void everyEventKindAppliedToTheModel()
    {
        auto client = connectedClient();
        EslCommandTransport transport(client.get());
        PushConferenceSource source(&transport, kConf);
        source.setResyncInterval(300000); // only events may change the model after the first sync
        ParticipantModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.setClock([] { return qint64(1700000000000); });
        connect(&source, &PushConferenceSource::snapshotReceived, &model, &ParticipantModel::applySnapshot);
        QTRY_VERIFY(client->isConnected());
        source.start();
        QTRY_COMPARE(model.rowCount(), 3);
        QTRY_COMPARE(source.resyncCount(), 1);
        QTRY_VERIFY(source.lastSuccess().isValid());

        const auto member = [&](quint32 id) { return model.participant(id).value_or(Participant{}); };
        const auto run = [&](const QString &args) {
            CommandOutcome outcome;
            bool done = false;
            transport.run(kConf, ConferenceCommand::parse(args), this, [&](const CommandOutcome &o) {
                outcome = o;
                done = true;
            });
            QTRY_VERIFY(done);
            QVERIFY2(outcome.ok(), qPrintable(args + u" -> " + outcome.message + u" / " + outcome.payload));
        };
        const QString bob = QString::number(m_bob);
        const QString alice = QString::number(m_alice);
        const QString carol = QString::number(m_carol);

        run(u"mute "_s + bob);
        QTRY_VERIFY(!member(m_bob).canSpeak);
        run(u"unmute "_s + bob);
        QTRY_VERIFY(member(m_bob).canSpeak);
        run(u"deaf "_s + bob);
        QTRY_VERIFY(!member(m_bob).canHear);
        run(u"undeaf "_s + bob);
        QTRY_VERIFY(member(m_bob).canHear);

        m_engine->setTalkingForTesting(m_alice, true);
        QTRY_VERIFY(member(m_alice).talking);
        QTRY_VERIFY(member(m_alice).hasFloor); // floor-change follows the loudest talker
        QVERIFY(member(m_alice).lastTalkingSeconds.has_value());
        m_engine->setTalkingForTesting(m_alice, false);
        QTRY_VERIFY(!member(m_alice).talking);

        // §3.1: floor on the holder releases it; a free floor goes to whoever asks.
        run(u"floor "_s + alice);
        QTRY_VERIFY(!member(m_alice).hasFloor);
        run(u"floor "_s + bob);
        QTRY_VERIFY(member(m_bob).hasFloor);
        QVERIFY(!member(m_alice).hasFloor);

        run(u"energy "_s + bob + u" 345"_s);
        QTRY_COMPARE(member(m_bob).energy, 345);
        run(u"volume_in "_s + bob + u" 2"_s);
        QTRY_COMPARE(member(m_bob).volumeIn, 2);
        run(u"volume_out "_s + bob + u" -3"_s);
        QTRY_COMPARE(member(m_bob).volumeOut, -3);

        run(u"hold "_s + carol);
        QTRY_VERIFY(member(m_carol).hold);
        QVERIFY(!member(m_carol).canSpeak); // masked like xml_list (§3.1)
        QVERIFY(!member(m_carol).canHear);
        run(u"unhold "_s + carol);
        QTRY_VERIFY(!member(m_carol).hold);
        QVERIFY(member(m_carol).canHear);

        // mute-detect: a muted member with the flag who talks "wants to speak".
        run(u"mute "_s + carol);
        QTRY_VERIFY(!member(m_carol).canSpeak);
        m_engine->setTalkingForTesting(m_carol, true);
        QTRY_VERIFY(member(m_carol).talking);
        QVERIFY(member(m_carol).muteDetect);
        QVERIFY(!member(m_carol).canSpeak);
        m_engine->setTalkingForTesting(m_carol, false);
        QTRY_VERIFY(!member(m_carol).talking);

        run(u"lock"_s);
        QTRY_VERIFY(model.snapshot().locked);
        run(u"unlock"_s);
        QTRY_VERIFY(!model.snapshot().locked);

        run(u"record /tmp/esl-test-r.wav"_s);
        QTRY_COMPARE(model.snapshot().recordings.size(), 1);
        QCOMPARE(model.snapshot().recordings.first().path, u"/tmp/esl-test-r.wav"_s);
        QVERIFY(model.snapshot().recording);
        run(u"recording pause /tmp/esl-test-r.wav"_s);
        QTRY_VERIFY(model.snapshot().recordings.first().paused);
        run(u"recording resume /tmp/esl-test-r.wav"_s);
        QTRY_VERIFY(!model.snapshot().recordings.first().paused);
        run(u"norecord /tmp/esl-test-r.wav"_s);
        QTRY_VERIFY(model.snapshot().recordings.isEmpty());
        QVERIFY(!model.snapshot().recording);

        const quint32 daveId =
            m_engine->addMember(kConf, caller(QStringLiteral("Dave"), QStringLiteral("1004")));
        QTRY_COMPARE(model.rowCount(), 4);
        QCOMPARE(member(daveId).callerIdName, u"Dave"_s);
        run(u"kick "_s + QString::number(daveId));
        QTRY_COMPARE(model.rowCount(), 3);
        QCOMPARE(model.rowForMember(daveId), -1);
        run(u"transfer 4000 "_s + bob);
        QTRY_COMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowForMember(m_bob), -1);
        run(u"hup "_s + alice);
        QTRY_COMPARE(model.rowCount(), 1);

        QCOMPARE(resets.count(), 0); // events arrive as diffs, never as a reset
        // Nothing above needed a re-sync, and the event-built list equals the switch's own.
        QCOMPARE(source.resyncCount(), 1);
        QCOMPARE(source.sequenceGaps(), 0);
        const ConferenceSnapshot truth = engineSnapshot();
        QCOMPARE(comparable(model.snapshot().members), comparable(truth.members));
        QCOMPARE(model.snapshot().locked, truth.locked);
        QCOMPARE(model.snapshot().recordings.size(), truth.recordings.size());
    }

    void periodicResyncRepairsAMissedEvent()
    {
        auto client = connectedClient();
        EslCommandTransport transport(client.get());
        PushConferenceSource source(&transport, kConf);
        source.setSequenceGapResync(false); // only the periodic re-sync may repair it
        source.setResyncInterval(400);
        QTRY_VERIFY(client->isConnected());
        source.start();
        QTRY_COMPARE(source.snapshot().members.size(), 3);
        m_server->suppressNextEventsForTesting(1);
        bool done = false;
        transport.run(kConf, ConferenceCommand::mute(QString::number(m_bob)), this,
                      [&](const CommandOutcome &o) {
                          QVERIFY(o.ok());
                          done = true;
                      });
        QTRY_VERIFY(done);
        const auto bob = [&] {
            for (const Participant &p : source.snapshot().members)
                if (p.id == m_bob)
                    return p;
            return Participant{};
        };
        // The reply came after where the event would have been: the event is really lost.
        QVERIFY(bob().canSpeak);
        QTRY_VERIFY_WITH_TIMEOUT(!bob().canSpeak, 5000);
        QCOMPARE(source.sequenceGaps(), 0); // no later event revealed the gap
    }

    void sequenceGapTriggersResync()
    {
        auto client = connectedClient();
        EslCommandTransport transport(client.get());
        PushConferenceSource source(&transport, kConf);
        source.setResyncInterval(300000);
        QTRY_VERIFY(client->isConnected());
        source.start();
        QTRY_COMPARE(source.resyncCount(), 1);
        QTRY_COMPARE(source.snapshot().members.size(), 3);
        QTRY_VERIFY(source.lastSuccess().isValid());
        engineApi(QStringLiteral("conference 4000 lock")); // a first event: the sequence baseline
        m_server->suppressNextEventsForTesting(1);
        engineApi(QStringLiteral("conference 3000 deaf ") + QString::number(m_alice)); // lost
        engineApi(QStringLiteral("conference 4000 unlock"));                           // reveals the gap
        QTRY_COMPARE(source.sequenceGaps(), 1);
        QTRY_COMPARE(source.resyncCount(), 2);
        QTRY_VERIFY(std::any_of(source.snapshot().members.cbegin(), source.snapshot().members.cend(),
                                [&](const Participant &p) { return p.id == m_alice && !p.canHear; }));
    }

    void pollerOverTheEventSocket()
    {
        auto client = connectedClient();
        EslCommandTransport esl(client.get());
        QTRY_VERIFY(client->isConnected());
        ConferencePoller poller(&esl, kConf);
        QSignalSpy snapshots(&poller, &ConferencePoller::snapshotReceived);
        poller.start();
        QTRY_VERIFY(snapshots.count() >= 1);
        QCOMPARE(snapshots.first().first().value<ConferenceSnapshot>().members.size(), 3);
        ConferencePoller missing(&esl, QStringLiteral("nobody-here"));
        QSignalSpy inactive(&missing, &ConferencePoller::conferenceInactive);
        missing.start();
        QTRY_COMPARE(inactive.count(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_EslPush)
#include "tst_eslpush.moc"
