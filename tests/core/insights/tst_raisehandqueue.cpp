// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// RaiseHandQueue: muted members who talk queue up once, in order; rows move by insert/remove only.
#include "core/insights/raisehandqueue.h"
#include "participantfixture.h"

#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using cc::Participant;
using cc::RaiseHandQueue;
using namespace testsupport;
using namespace Qt::Literals::StringLiterals;

namespace {

/// A muted member, talking (a raised hand) or not.
Participant mutedMember(quint32 id, const QString &name, bool talking)
{
    Participant p = member(id, name);
    p.canSpeak = false;
    p.talking = talking;
    return p;
}

} // namespace

class tst_RaiseHandQueue final : public QObject
{
    Q_OBJECT

private:
    qint64 m_now = kT0;
    std::unique_ptr<RaiseHandQueue> m_queue;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    void apply(const QList<Participant> &members) { m_queue->applySnapshot(conference(members)); }

private slots:
    void init()
    {
        QTest::failOnWarning(QRegularExpression(u".*"_s));
        m_now = kT0;
        m_queue = std::make_unique<RaiseHandQueue>();
        m_queue->setClock([this] { return m_now; });
        // Alive from before the first change to the end of every test.
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_queue.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }
    void cleanup()
    {
        m_tester.reset();
        m_queue.reset();
    }

    void mutedTalkingRaisesHand();
    void unmutedTalkingIsNoHand();
    void queueOrder();
    void entryStaysWhenTalkingStops();
    void unmuteRemoves();
    void holdRemoves();
    void leaveRemoves();
    void dismissAndReraise();
    void dismissWhileSilentThenTalk();
    void dataChangedOnlyOnChange();
    void roles();
    void snapshotsNeverReset();
    void clearResets();
};

void tst_RaiseHandQueue::mutedTalkingRaisesHand()
{
    Spies spies(m_queue.get());
    QSignalSpy raised(m_queue.get(), &RaiseHandQueue::handRaised);
    apply({mutedMember(7, u"Alice"_s, false)});
    QCOMPARE(spies.total(), 0);
    m_now += 1500;
    apply({mutedMember(7, u"Alice"_s, true)});
    QCOMPARE(spies.inserted.size(), 1);
    QCOMPARE(spies.inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(spies.inserted.at(0).at(2).toInt(), 0);
    QCOMPARE(raised.size(), 1);
    QCOMPARE(raised.at(0).at(0).value<quint32>(), 7u);
    QCOMPARE(m_queue->memberIds(), (QList<quint32>{7}));
    QCOMPARE(m_queue->index(0).data(RaiseHandQueue::RaisedAtRole).toLongLong(), kT0 + 1500);
    // Still talking: no second entry, no signal.
    spies.clear();
    apply({mutedMember(7, u"Alice"_s, true)});
    QCOMPARE(spies.total(), 0);
    QCOMPARE(raised.size(), 1);
}

void tst_RaiseHandQueue::unmutedTalkingIsNoHand()
{
    Participant a = member(7, u"Alice"_s);
    a.talking = true;
    Participant held = mutedMember(8, u"Bob"_s, true);
    held.hold = true; // on hold is not muted (participant.h)
    apply({a, held});
    QCOMPARE(m_queue->rowCount(), 0);
}

void tst_RaiseHandQueue::queueOrder()
{
    apply({mutedMember(7, u"Alice"_s, false), mutedMember(8, u"Bob"_s, true),
           mutedMember(9, u"Carol"_s, false)});
    m_now += 1000;
    apply({mutedMember(7, u"Alice"_s, false), mutedMember(8, u"Bob"_s, false),
           mutedMember(9, u"Carol"_s, true)});
    m_now += 1000;
    apply(
        {mutedMember(7, u"Alice"_s, true), mutedMember(8, u"Bob"_s, true), mutedMember(9, u"Carol"_s, true)});
    // Bob first, then Carol, then Alice; Bob's second rising edge does not move him.
    QCOMPARE(m_queue->memberIds(), (QList<quint32>{8, 9, 7}));
    QCOMPARE(m_queue->position(8), 0);
    QCOMPARE(m_queue->position(7), 2);
    QCOMPARE(m_queue->position(42), -1);
    QCOMPARE(m_queue->index(0).data(RaiseHandQueue::RaisedAtRole).toLongLong(), kT0);
    QCOMPARE(m_queue->index(1).data(RaiseHandQueue::RaisedAtRole).toLongLong(), kT0 + 1000);
    QCOMPARE(m_queue->index(2).data(RaiseHandQueue::RaisedAtRole).toLongLong(), kT0 + 2000);
}

void tst_RaiseHandQueue::entryStaysWhenTalkingStops()
{
    apply({mutedMember(7, u"Alice"_s, true)});
    m_now += 5000;
    apply({mutedMember(7, u"Alice"_s, false)});
    QCOMPARE(m_queue->memberIds(), (QList<quint32>{7}));
    QCOMPARE(m_queue->index(0).data(RaiseHandQueue::RaisedAtRole).toLongLong(), kT0);
    // A new rising edge while still queued keeps the place and the time.
    apply({mutedMember(7, u"Alice"_s, true)});
    QCOMPARE(m_queue->rowCount(), 1);
    QCOMPARE(m_queue->index(0).data(RaiseHandQueue::RaisedAtRole).toLongLong(), kT0);
}

void tst_RaiseHandQueue::unmuteRemoves()
{
    apply(
        {mutedMember(7, u"Alice"_s, true), mutedMember(8, u"Bob"_s, true), mutedMember(9, u"Carol"_s, true)});
    Spies spies(m_queue.get());
    Participant bob = member(8, u"Bob"_s); // given the floor
    bob.talking = true;
    apply({mutedMember(7, u"Alice"_s, true), bob, mutedMember(9, u"Carol"_s, true)});
    QCOMPARE(spies.removed.size(), 1);
    QCOMPARE(spies.removed.at(0).at(1).toInt(), 1);
    QCOMPARE(spies.removed.at(0).at(2).toInt(), 1);
    QCOMPARE(spies.inserted.size(), 0);
    QCOMPARE(m_queue->memberIds(), (QList<quint32>{7, 9}));
}

void tst_RaiseHandQueue::holdRemoves()
{
    apply({mutedMember(7, u"Alice"_s, true)});
    Participant held = mutedMember(7, u"Alice"_s, false);
    held.hold = true;
    apply({held});
    QCOMPARE(m_queue->rowCount(), 0);
}

void tst_RaiseHandQueue::leaveRemoves()
{
    apply(
        {mutedMember(7, u"Alice"_s, true), mutedMember(8, u"Bob"_s, true), mutedMember(9, u"Carol"_s, true)});
    Spies spies(m_queue.get());
    apply({mutedMember(8, u"Bob"_s, true)});
    QCOMPARE(spies.removed.size(), 2);
    QCOMPARE(m_queue->memberIds(), (QList<quint32>{8}));
    apply({}); // "not found": everyone left
    QCOMPARE(m_queue->rowCount(), 0);
    QCOMPARE(spies.reset.size(), 0);
}

void tst_RaiseHandQueue::dismissAndReraise()
{
    QSignalSpy raised(m_queue.get(), &RaiseHandQueue::handRaised);
    apply({mutedMember(7, u"Alice"_s, true), mutedMember(8, u"Bob"_s, true)});
    Spies spies(m_queue.get());
    QVERIFY(m_queue->dismiss(7));
    QVERIFY(!m_queue->dismiss(7));
    QVERIFY(!m_queue->dismiss(42));
    QCOMPARE(spies.removed.size(), 1);
    QCOMPARE(m_queue->memberIds(), (QList<quint32>{8}));
    // Still talking: no new hand.
    apply({mutedMember(7, u"Alice"_s, true), mutedMember(8, u"Bob"_s, true)});
    QCOMPARE(m_queue->memberIds(), (QList<quint32>{8}));
    // Stops, then talks again: back, at the end, with a new time.
    m_now += 3000;
    apply({mutedMember(7, u"Alice"_s, false), mutedMember(8, u"Bob"_s, true)});
    QCOMPARE(m_queue->memberIds(), (QList<quint32>{8}));
    m_now += 1000;
    apply({mutedMember(7, u"Alice"_s, true), mutedMember(8, u"Bob"_s, true)});
    QCOMPARE(m_queue->memberIds(), (QList<quint32>{8, 7}));
    QCOMPARE(m_queue->index(1).data(RaiseHandQueue::RaisedAtRole).toLongLong(), kT0 + 4000);
    QCOMPARE(raised.size(), 3);
}

void tst_RaiseHandQueue::dismissWhileSilentThenTalk()
{
    apply({mutedMember(7, u"Alice"_s, true)});
    apply({mutedMember(7, u"Alice"_s, false)});
    QVERIFY(m_queue->dismiss(7));
    apply({mutedMember(7, u"Alice"_s, false)});
    QCOMPARE(m_queue->rowCount(), 0);
    apply({mutedMember(7, u"Alice"_s, true)});
    QCOMPARE(m_queue->memberIds(), (QList<quint32>{7}));
}

void tst_RaiseHandQueue::dataChangedOnlyOnChange()
{
    apply({mutedMember(7, u"Alice"_s, true), mutedMember(8, u"Bob"_s, true)});
    Spies spies(m_queue.get());

    // Durations and energy tick; nothing the queue shows.
    Participant a = mutedMember(7, u"Alice"_s, true);
    Participant b = mutedMember(8, u"Bob"_s, true);
    a.joinTimeSeconds += 5;
    a.energy = 300;
    b.lastTalkingSeconds = 0;
    m_now += 5000;
    apply({a, b});
    QCOMPARE(spies.total(), 0);

    // Bob stops talking: one dataChanged, his row only.
    b.talking = false;
    apply({a, b});
    QCOMPARE(spies.total(), 1);
    QCOMPARE(spies.changed.size(), 1);
    QCOMPARE(spies.changed.at(0).at(0).value<QModelIndex>(), m_queue->index(1));
    QCOMPARE(spies.changed.at(0).at(1).value<QModelIndex>(), m_queue->index(1));
    auto roles = spies.changed.at(0).at(2).value<QList<int>>();
    QVERIFY(roles.contains(RaiseHandQueue::TalkingNowRole));
    QVERIFY(!roles.contains(RaiseHandQueue::NameRole));
    QCOMPARE(m_queue->index(1).data(RaiseHandQueue::TalkingNowRole).toBool(), false);

    // Alice's name is corrected: her row only.
    spies.clear();
    a.callerIdName = u"Alice Smith"_s;
    apply({a, b});
    QCOMPARE(spies.total(), 1);
    QCOMPARE(spies.changed.at(0).at(0).value<QModelIndex>(), m_queue->index(0));
    roles = spies.changed.at(0).at(2).value<QList<int>>();
    QVERIFY(roles.contains(Qt::DisplayRole));
    QVERIFY(roles.contains(RaiseHandQueue::NameRole));
    QCOMPARE(m_queue->index(0).data().toString(), u"Alice Smith"_s);
    QCOMPARE(m_queue->index(0).data(Qt::ToolTipRole).toString(), u"Alice Smith\nNumber: 1007"_s);

    // The same snapshot again: silence.
    spies.clear();
    apply({a, b});
    QCOMPARE(spies.total(), 0);
}

void tst_RaiseHandQueue::roles()
{
    Participant a = mutedMember(7, u"Alice"_s, true);
    Participant n = mutedMember(8, QString(), true);
    n.callerIdNumber = u"+4930555019"_s;
    apply({a, n});
    m_now += 42'000;
    const QModelIndex i = m_queue->index(0);
    QCOMPARE(i.data().toString(), u"Alice"_s);
    QCOMPARE(i.data(RaiseHandQueue::MemberIdRole).value<quint32>(), 7u);
    QCOMPARE(i.data(RaiseHandQueue::NameRole).toString(), u"Alice"_s);
    QCOMPARE(i.data(RaiseHandQueue::NumberRole).toString(), u"1007"_s);
    QCOMPARE(i.data(RaiseHandQueue::TalkingNowRole).toBool(), true);
    QCOMPARE(i.data(RaiseHandQueue::WaitingTextRole).toString(), u"waiting 0:42"_s);
    const QString accessible = i.data(Qt::AccessibleTextRole).toString();
    QVERIFY2(accessible.startsWith(u"Alice raised a hand"_s), qPrintable(accessible));
    QVERIFY(accessible.contains(u"0:42"_s));
    QVERIFY(accessible.endsWith(u'.'));
    // No name: the number stands in.
    const QModelIndex j = m_queue->index(1);
    QCOMPARE(j.data().toString(), u"+4930555019"_s);
    QCOMPARE(j.data(RaiseHandQueue::NameRole).toString(), u"+4930555019"_s);
    QVERIFY(!m_queue->index(5).data().isValid());
    const auto names = m_queue->roleNames();
    QCOMPARE(names.value(RaiseHandQueue::WaitingTextRole), QByteArray("waitingText"));
    QCOMPARE(names.value(Qt::DisplayRole), QByteArray("display"));
}

void tst_RaiseHandQueue::snapshotsNeverReset()
{
    Spies spies(m_queue.get());
    for (int i = 0; i < 20; ++i) {
        m_now += 1000;
        apply({mutedMember(7, u"Alice"_s, i % 3 == 0), mutedMember(8, u"Bob"_s, i % 2 == 0)});
        if (i % 5 == 4)
            m_queue->dismiss(8);
    }
    apply({});
    QCOMPARE(spies.reset.size(), 0);
    QCOMPARE(spies.layout.size(), 0);
    QCOMPARE(spies.moved.size(), 0);
    QVERIFY(spies.inserted.size() > 0);
}

void tst_RaiseHandQueue::clearResets()
{
    apply({mutedMember(7, u"Alice"_s, true)});
    Spies spies(m_queue.get());
    m_queue->clear();
    QCOMPARE(spies.reset.size(), 1);
    QCOMPARE(m_queue->rowCount(), 0);
    // Edges are forgotten with the conference: a member talking muted in the next one queues.
    apply({mutedMember(7, u"Alice"_s, true)});
    QCOMPARE(m_queue->memberIds(), (QList<quint32>{7}));
}

QTEST_GUILESS_MAIN(tst_RaiseHandQueue)
#include "tst_raisehandqueue.moc"
