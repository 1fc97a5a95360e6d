// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The participant model fed by a real FreeSWITCH: xml_list polling while members talk, and the push source
// over real events.
#include "core/insights/attendancetracker.h"
#include "core/model/participantmodel.h"
#include "core/sources/conferencepoller.h"
#include "core/sources/pushconferencesource.h"
#include "realswitch.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace cc;
using namespace realswitch;
using namespace Qt::Literals::StringLiterals;

namespace {
const QString kSales = u"sales"_s;
}

class tst_RealLive final : public QObject
{
    Q_OBJECT

    std::unique_ptr<Session> s;

    QList<quint32> toneMembers(const ConferenceSnapshot &snap)
    {
        QList<quint32> ids;
        for (const Participant &p : snap.members)
            if (p.callerIdName == u"Zoë Müller"_s || p.callerIdName == u"Ștefan Ionescu"_s)
                ids.append(p.id);
        return ids;
    }

private slots:
    void init()
    {
        REALSWITCH_REQUIRE();
        s = std::make_unique<Session>();
        QVERIFY(s->connected());
        QVERIFY2(s->snapshot(kSales), "conference sales is not running (scripts/real-switch scenario)");
    }
    void cleanup() { s.reset(); }

    void pollerSeesTonesTalkAndPause()
    {
        ConferencePoller poller(s->transport.get(), kSales);
        poller.setInterval(ConferencePoller::kMinIntervalMs);
        ParticipantModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        // Per tone member: seen talking, then seen silent after that, then talking again.
        QHash<quint32, QList<bool>> changes;
        connect(&poller, &ConferencePoller::snapshotReceived, &model, [&](const ConferenceSnapshot &snap) {
            model.applySnapshot(snap);
            for (const quint32 id : toneMembers(snap)) {
                const bool talking = model.participant(id)->talking;
                QList<bool> &seen = changes[id];
                if (seen.isEmpty() || seen.constLast() != talking)
                    seen.append(talking);
            }
        });
        poller.start();
        QTRY_VERIFY(model.rowCount() >= 5);
        const QList<quint32> tones = toneMembers(model.snapshot());
        QCOMPARE(tones.size(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(tones.cbegin(), tones.cend(),
                                             [&](quint32 id) {
                                                 return changes.value(id).count(true) >= 2 &&
                                                        changes.value(id).count(false) >= 1;
                                             }),
                                 20000);
        for (const quint32 id : tones)
            qInfo() << "  member" << id << "talking changes seen:" << changes.value(id);
        // Silent members never talk.
        for (const Participant &p : model.snapshot().members)
            if (!tones.contains(p.id) && p.callerIdName != u"Outbound Call"_s)
                QVERIFY2(!p.talking && !p.lastTalkingSeconds.has_value(), qPrintable(p.callerIdName));
        QVERIFY(model.participant(tones.first())->lastTalkingSeconds.has_value());
        QCOMPARE(resets.count(), 0);
        poller.stop();
    }

    void pushSourceFollowsRealEvents()
    {
        PushConferenceSource source(s->transport.get(), kSales);
        source.setResyncInterval(60000); // after the first sync, changes must come from events
        source.setSequenceGapResync(false);
        ParticipantModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        connect(&source, &PushConferenceSource::snapshotReceived, &model, &ParticipantModel::applySnapshot);
        QSet<QString> actions;
        connect(&source, &PushConferenceSource::eventApplied, this,
                [&](const EslEvent &event, bool) { actions.insert(event.action()); });
        source.start();
        QTRY_VERIFY(model.rowCount() >= 5);
        QTRY_COMPARE(source.resyncCount(), 1);
        const int rows = model.rowCount();

        // Talking: the tone members start and stop talking every second.
        QTRY_VERIFY_WITH_TIMEOUT(actions.contains(u"start-talking"_s) && actions.contains(u"stop-talking"_s),
                                 10000);

        // add-member: a new loopback member appears without a re-sync.
        const int resyncsBefore = source.resyncCount();
        const quint32 added = s->addMember(kSales, u"silent"_s, u"Push Probe"_s, u"+4444"_s);
        QVERIFY(added);
        QTRY_VERIFY_WITH_TIMEOUT(model.participant(added).has_value(), 5000);
        QCOMPARE(model.participant(added)->callerIdName, u"Push Probe"_s);
        QVERIFY(actions.contains(u"add-member"_s));
        qInfo() << "  re-syncs around add-member:" << resyncsBefore << "->" << source.resyncCount();

        // mute-member / unmute-member events.
        QVERIFY(s->run(kSales, u"mute "_s + QString::number(added)).ok());
        QTRY_VERIFY(!model.participant(added)->canSpeak);
        QVERIFY(actions.contains(u"mute-member"_s));
        QVERIFY(s->run(kSales, u"unmute "_s + QString::number(added)).ok());
        QTRY_VERIFY(model.participant(added)->canSpeak);
        QVERIFY(s->run(kSales, u"deaf "_s + QString::number(added)).ok());
        QTRY_VERIFY(!model.participant(added)->canHear);
        QVERIFY(s->run(kSales, u"energy "_s + QString::number(added) + u" 250"_s).ok());
        QTRY_COMPARE(model.participant(added)->energy, 250);

        // del-member via kick.
        QVERIFY(s->run(kSales, u"kick "_s + QString::number(added)).ok());
        QTRY_VERIFY_WITH_TIMEOUT(!model.participant(added).has_value(), 5000);
        // kick-member removes the row at once; del-member follows when the channel has left.
        QVERIFY(actions.contains(u"kick-member"_s));
        QTRY_VERIFY_WITH_TIMEOUT(actions.contains(u"del-member"_s), 3000);
        QCOMPARE(model.rowCount(), rows);
        qInfo() << "  actions applied:" << QStringList(actions.cbegin(), actions.cend());
        source.stop();
    }

    void talkTimeFromRealTalkingEvents()
    {
        // The tone members talk 1.5 s in every 4 s; start/stop-talking events time the spans.
        PushConferenceSource source(s->transport.get(), kSales);
        source.setResyncInterval(300000);
        AttendanceTracker tracker(kSales);
        connect(&source, &PushConferenceSource::snapshotReceived, &tracker, &AttendanceTracker::observe);
        source.start();
        QTRY_VERIFY(tracker.records().size() >= 5);
        const QList<quint32> tones = toneMembers(source.snapshot());
        QCOMPARE(tones.size(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(tracker.record(tones.at(0))->talkTurns >= 2 &&
                                     tracker.record(tones.at(1))->talkTurns >= 2,
                                 15000);
        for (const quint32 id : tones) {
            const AttendanceRecord r = *tracker.record(id);
            QVERIFY(tracker.talkMs(id) > 0);
            // Every closed span ends after it starts, and spans never overlap.
            for (qsizetype i = 0; i < r.spans.size(); ++i) {
                if (r.spans.at(i).endMs)
                    QVERIFY(*r.spans.at(i).endMs > r.spans.at(i).startMs);
                if (i > 0)
                    QVERIFY(r.spans.at(i).startMs >= r.spans.at(i - 1).endMs.value_or(0));
            }
            qInfo() << "  member" << id << "talk turns" << r.talkTurns << "talk ms" << tracker.talkMs(id);
        }
        // The silent members never talked.
        for (const AttendanceRecord &r : tracker.records())
            if (!tones.contains(r.memberId))
                QCOMPARE(r.talkTurns, 0);
        source.stop();
    }
};

QTEST_MAIN(tst_RealLive)
#include "tst_reallive.moc"
