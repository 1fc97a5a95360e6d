// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// ParticipantModel diffs: each snapshot becomes the fewest row and cell signals, never a reset.
#include "core/model/participantmodel.h"
#include "participantfixture.h"

#include <QItemSelectionModel>
#include <QTest>

#include <memory>

using cc::Participant;
using cc::ParticipantModel;
using namespace testsupport;

class tst_ParticipantDiff : public testsupport::ParticipantModelFixture
{
    Q_OBJECT

private slots:
    void firstSnapshotInsertsAllInJoinOrder();
    void identicalSnapshotEmitsNothing();
    void tickingDurationsEmitNothing();
    void muteEmitsOneCellOnly();
    void startTalkingSignalsOnlyTheTwoChangedCells();
    void joinTimeJumpChangesJoinedColumn();
    void joinAndLeaveInOneSnapshot();
    void leavesAreMergedIntoRuns();
    void reorderedSnapshotDoesNotMoveRows();
    void duplicateIdsKeepFirst();
    void persistentIndexesSurvive();
    void selectionSurvives();
    void staleFlip();
    void conferenceStateChanges();
    void clearIsTheOnlyReset();
    void steadyLargeConferenceCostsNothing();
};

void tst_ParticipantDiff::firstSnapshotInsertsAllInJoinOrder()
{
    Spies spies(m_model.get());
    QSignalSpy applied(m_model.get(), &ParticipantModel::snapshotApplied);
    // xml_list lists the newest member first.
    m_model->applySnapshot(conference({member(9, QStringLiteral("Carol")), member(8, QStringLiteral("Bob")),
                                       member(7, QStringLiteral("Alice"))}));
    QCOMPARE(spies.reset.size(), 0);
    QCOMPARE(spies.inserted.size(), 1);
    QCOMPARE(spies.inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(spies.inserted.at(0).at(2).toInt(), 2);
    QCOMPARE(spies.changed.size(), 0);
    QCOMPARE(applied.size(), 1);
    QCOMPARE(rowIds(*m_model), (QList<quint32>{7, 8, 9}));
    QCOMPARE(m_model->rowForMember(8), 1);
    QCOMPARE(m_model->rowForMember(42), -1);
    QCOMPARE(m_model->participant(9)->callerIdName, QStringLiteral("Carol"));
    QVERIFY(!m_model->participant(42));
}

void tst_ParticipantDiff::identicalSnapshotEmitsNothing()
{
    const auto snap = conference({member(7, QStringLiteral("Alice")), member(8, QStringLiteral("Bob"))});
    m_model->applySnapshot(snap);
    Spies spies(m_model.get());
    QSignalSpy state(m_model.get(), &ParticipantModel::conferenceStateChanged);
    QSignalSpy applied(m_model.get(), &ParticipantModel::snapshotApplied);
    m_model->applySnapshot(snap);
    m_model->applySnapshot(snap);
    QCOMPARE(spies.total(), 0);
    QCOMPARE(state.size(), 0);
    QCOMPARE(applied.size(), 2);
}

void tst_ParticipantDiff::tickingDurationsEmitNothing()
{
    // A steady conference polled over a minute: join_time, last_talking and run_time grow
    // with the clock, arrival jitter up to a second. No model signal at all.
    Participant a = member(7, QStringLiteral("Alice"), 100);
    a.lastTalkingSeconds = 30;
    Participant b = member(8, QStringLiteral("Bob"), 50);
    m_model->applySnapshot(conference({a, b}, 200));
    Spies spies(m_model.get());
    QSignalSpy state(m_model.get(), &ParticipantModel::conferenceStateChanged);
    for (int i = 1; i <= 60; ++i) {
        const int jitterMs = (i * 379) % 1000; // the poll arrives anywhere inside the second
        m_now = kT0 + i * 1000 + jitterMs;
        Participant a2 = a;
        a2.joinTimeSeconds += i;
        a2.lastTalkingSeconds = *a.lastTalkingSeconds + i;
        Participant b2 = b;
        b2.joinTimeSeconds += i;
        m_model->applySnapshot(conference({a2, b2}, 200 + i));
    }
    QCOMPARE(spies.total(), 0);
    QCOMPARE(state.size(), 0);
    // The display follows the clock without signals.
    m_now = kT0 + 60'000;
    QCOMPARE(m_model->index(0, ParticipantModel::JoinedColumn).data().toString(), QStringLiteral("2m 40s"));
    QCOMPARE(m_model->index(0, ParticipantModel::LastTalkedColumn).data().toString(),
             QStringLiteral("1m 30s ago"));
    QCOMPARE(m_model->index(1, ParticipantModel::LastTalkedColumn).data().toString(),
             QStringLiteral("never"));
    QCOMPARE(m_model->participant(7)->joinTimeSeconds, 160);
}

void tst_ParticipantDiff::muteEmitsOneCellOnly()
{
    Participant a = member(7, QStringLiteral("Alice"));
    Participant b = member(8, QStringLiteral("Bob"));
    m_model->applySnapshot(conference({a, b}));
    Spies spies(m_model.get());
    b.canSpeak = false;
    m_model->applySnapshot(conference({a, b}));
    QCOMPARE(spies.total(), 1);
    QCOMPARE(spies.changed.size(), 1);
    const auto topLeft = spies.changed.at(0).at(0).value<QModelIndex>();
    const auto bottomRight = spies.changed.at(0).at(1).value<QModelIndex>();
    QCOMPARE(topLeft, m_model->index(1, ParticipantModel::SpeakColumn));
    QCOMPARE(bottomRight, m_model->index(1, ParticipantModel::SpeakColumn));
    const auto roles = spies.changed.at(0).at(2).value<QList<int>>();
    QVERIFY(roles.contains(Qt::DisplayRole));
    QVERIFY(roles.contains(ParticipantModel::SortRole));
    QVERIFY(!roles.contains(ParticipantModel::StaleRole));
    QCOMPARE(m_model->index(1, ParticipantModel::SpeakColumn).data().toString(), QStringLiteral("muted"));
    QCOMPARE(m_model->index(0, ParticipantModel::SpeakColumn).data().toString(), QString());
    QCOMPARE(m_model->index(1, ParticipantModel::SpeakColumn).data(ParticipantModel::SortRole).toBool(),
             false);
}

void tst_ParticipantDiff::startTalkingSignalsOnlyTheTwoChangedCells()
{
    Participant a = member(7, QStringLiteral("Alice"));
    m_model->applySnapshot(conference({a}));
    Spies spies(m_model.get());
    a.talking = true;
    a.lastTalkingSeconds = 0;
    m_now += 1000;
    m_model->applySnapshot(conference({a}));
    // Talking and Last talked changed; the eight cells between them did not, so they are not
    // signalled: one dataChanged per run of adjacent changed cells.
    QCOMPARE(spies.changed.size(), 2);
    for (int i = 0; i < 2; ++i) {
        const int column = i == 0 ? ParticipantModel::TalkingColumn : ParticipantModel::LastTalkedColumn;
        QCOMPARE(spies.changed.at(i).at(0).value<QModelIndex>(), m_model->index(0, column));
        QCOMPARE(spies.changed.at(i).at(1).value<QModelIndex>(), m_model->index(0, column));
    }
    QCOMPARE(m_model->index(0, ParticipantModel::TalkingColumn).data().toString(), QStringLiteral("talking"));
    QCOMPARE(
        m_model->index(0, ParticipantModel::LastTalkedColumn).data(ParticipantModel::SortRole).toLongLong(),
        m_now);
}

void tst_ParticipantDiff::joinTimeJumpChangesJoinedColumn()
{
    Participant a = member(7, QStringLiteral("Alice"), 100);
    m_model->applySnapshot(conference({a}));
    Spies spies(m_model.get());
    a.joinTimeSeconds = 10; // far outside the tolerance
    m_model->applySnapshot(conference({a}));
    QCOMPARE(spies.changed.size(), 1);
    QCOMPARE(spies.changed.at(0).at(0).value<QModelIndex>(),
             m_model->index(0, ParticipantModel::JoinedColumn));
    QCOMPARE(spies.changed.at(0).at(1).value<QModelIndex>(),
             m_model->index(0, ParticipantModel::JoinedColumn));
    QCOMPARE(m_model->index(0, ParticipantModel::JoinedColumn).data(ParticipantModel::SortRole).toLongLong(),
             kT0 - 10'000);
}

void tst_ParticipantDiff::joinAndLeaveInOneSnapshot()
{
    m_model->applySnapshot(conference({member(9, QStringLiteral("Carol")), member(8, QStringLiteral("Bob")),
                                       member(7, QStringLiteral("Alice"))}));
    Spies spies(m_model.get());
    m_model->applySnapshot(
        conference({member(11, QStringLiteral("Eve")), member(10, QStringLiteral("Dan")),
                    member(9, QStringLiteral("Carol")), member(7, QStringLiteral("Alice"))}));
    QCOMPARE(spies.reset.size(), 0);
    QCOMPARE(spies.changed.size(), 0);
    QCOMPARE(spies.removed.size(), 1);
    QCOMPARE(spies.removed.at(0).at(1).toInt(), 1);
    QCOMPARE(spies.removed.at(0).at(2).toInt(), 1);
    QCOMPARE(spies.inserted.size(), 1);
    QCOMPARE(spies.inserted.at(0).at(1).toInt(), 2);
    QCOMPARE(spies.inserted.at(0).at(2).toInt(), 3);
    QCOMPARE(rowIds(*m_model), (QList<quint32>{7, 9, 10, 11}));
}

void tst_ParticipantDiff::leavesAreMergedIntoRuns()
{
    QList<Participant> all;
    for (quint32 id = 1; id <= 10; ++id)
        all << member(id, QStringLiteral("M%1").arg(id));
    m_model->applySnapshot(conference(all));
    Spies spies(m_model.get());
    QList<Participant> kept;
    for (const Participant &p : all) {
        if (!QList<quint32>{2, 3, 4, 7, 8, 10}.contains(p.id))
            kept << p;
    }
    m_model->applySnapshot(conference(kept));
    QCOMPARE(spies.removed.size(), 3);
    // Bottom-up: [9,9] (id 10), [6,7] (ids 7,8), [1,3] (ids 2..4).
    const QList<QPair<int, int>> expected = {{9, 9}, {6, 7}, {1, 3}};
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(spies.removed.at(i).at(1).toInt(), expected.at(i).first);
        QCOMPARE(spies.removed.at(i).at(2).toInt(), expected.at(i).second);
    }
    QCOMPARE(spies.inserted.size(), 0);
    QCOMPARE(spies.changed.size(), 0);
    QCOMPARE(rowIds(*m_model), (QList<quint32>{1, 5, 6, 9}));
    for (int r = 0; r < m_model->rowCount(); ++r)
        QCOMPARE(m_model->rowForMember(rowIds(*m_model).at(r)), r);

    // Everybody leaves: one run.
    spies.clear();
    m_model->applySnapshot(conference({}));
    QCOMPARE(spies.removed.size(), 1);
    QCOMPARE(spies.removed.at(0).at(1).toInt(), 0);
    QCOMPARE(spies.removed.at(0).at(2).toInt(), 3);
    QCOMPARE(m_model->rowCount(), 0);
}

void tst_ParticipantDiff::reorderedSnapshotDoesNotMoveRows()
{
    QList<Participant> members = {member(7, QStringLiteral("Alice")), member(8, QStringLiteral("Bob")),
                                  member(9, QStringLiteral("Carol"))};
    m_model->applySnapshot(conference(members));
    Spies spies(m_model.get());
    std::reverse(members.begin(), members.end());
    m_model->applySnapshot(conference(members));
    QCOMPARE(spies.total(), 0);
    QCOMPARE(rowIds(*m_model), (QList<quint32>{7, 8, 9}));
}

void tst_ParticipantDiff::duplicateIdsKeepFirst()
{
    Spies spies(m_model.get());
    m_model->applySnapshot(
        conference({member(7, QStringLiteral("Alice")), member(7, QStringLiteral("Mallory"))}));
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->index(0, ParticipantModel::NameColumn).data().toString(), QStringLiteral("Alice"));
}

void tst_ParticipantDiff::persistentIndexesSurvive()
{
    QList<Participant> members;
    for (quint32 id = 1; id <= 6; ++id)
        members << member(id, QStringLiteral("M%1").arg(id));
    m_model->applySnapshot(conference(members));
    const QPersistentModelIndex five(m_model->index(m_model->rowForMember(5), ParticipantModel::NameColumn));
    const QPersistentModelIndex two(m_model->index(m_model->rowForMember(2), ParticipantModel::NameColumn));
    QCOMPARE(five.row(), 4);

    members.removeAt(2); // id 3
    members.removeAt(0); // id 1
    members << member(7, QStringLiteral("M7"));
    members[2].volumeIn = 2; // id 5
    m_now += 5000;
    m_model->applySnapshot(conference(members));
    QVERIFY(five.isValid());
    QCOMPARE(five.row(), 2);
    QCOMPARE(five.data(ParticipantModel::MemberIdRole).value<quint32>(), 5u);
    QCOMPARE(five.column(), int(ParticipantModel::NameColumn));
    QVERIFY(two.isValid());
    QCOMPARE(two.row(), 0);

    members.removeAt(2); // id 5 leaves
    m_model->applySnapshot(conference(members));
    QVERIFY(!five.isValid());
    QVERIFY(two.isValid());
}

void tst_ParticipantDiff::selectionSurvives()
{
    QList<Participant> members;
    for (quint32 id = 1; id <= 6; ++id)
        members << member(id, QStringLiteral("M%1").arg(id));
    m_model->applySnapshot(conference(members));
    QItemSelectionModel selection(m_model.get());
    selection.select(m_model->index(m_model->rowForMember(5), 0),
                     QItemSelectionModel::Select | QItemSelectionModel::Rows);
    selection.select(m_model->index(m_model->rowForMember(6), 0),
                     QItemSelectionModel::Select | QItemSelectionModel::Rows);
    selection.setCurrentIndex(m_model->index(m_model->rowForMember(6), 0), QItemSelectionModel::NoUpdate);
    QSignalSpy selectionChanged(&selection, &QItemSelectionModel::selectionChanged);

    members.removeFirst(); // id 1 leaves
    members.prepend(member(8, QStringLiteral("M8")));
    members[4].canHear = false; // id 5 deaf
    m_model->applySnapshot(conference(members));
    m_model->applySnapshot(conference(members));

    QList<quint32> selected;
    for (const QModelIndex &i : selection.selectedRows())
        selected << i.data(ParticipantModel::MemberIdRole).value<quint32>();
    std::sort(selected.begin(), selected.end());
    QCOMPARE(selected, (QList<quint32>{5, 6}));
    QCOMPARE(selection.currentIndex().data(ParticipantModel::MemberIdRole).value<quint32>(), 6u);
    // Qt announces the row shift with empty selected/deselected lists; nothing was deselected.
    for (const auto &args : selectionChanged) {
        QVERIFY(args.at(0).value<QItemSelection>().isEmpty());
        QVERIFY(args.at(1).value<QItemSelection>().isEmpty());
    }
}

void tst_ParticipantDiff::staleFlip()
{
    m_model->applySnapshot(
        conference({member(7, QStringLiteral("Alice")), member(8, QStringLiteral("Bob"))}));
    Spies spies(m_model.get());
    QCOMPARE(m_model->index(0, 0).data(ParticipantModel::StaleRole).toBool(), false);
    m_model->setStale(true);
    QCOMPARE(spies.changed.size(), 1);
    QCOMPARE(spies.changed.at(0).at(0).value<QModelIndex>(), m_model->index(0, 0));
    QCOMPARE(spies.changed.at(0).at(1).value<QModelIndex>(),
             m_model->index(1, ParticipantModel::ColumnCount - 1));
    QCOMPARE(spies.changed.at(0).at(2).value<QList<int>>(), QList<int>{ParticipantModel::StaleRole});
    QCOMPARE(m_model->index(1, 3).data(ParticipantModel::StaleRole).toBool(), true);
    m_model->setStale(true);
    QCOMPARE(spies.changed.size(), 1);
    m_model->setStale(false);
    QCOMPARE(spies.changed.size(), 2);
    QCOMPARE(m_model->isStale(), false);
    QCOMPARE(spies.total(), 2);
}

void tst_ParticipantDiff::conferenceStateChanges()
{
    QSignalSpy state(m_model.get(), &ParticipantModel::conferenceStateChanged);
    auto snap = conference({member(7, QStringLiteral("Alice"))}, 300);
    m_model->applySnapshot(snap);
    QCOMPARE(state.size(), 1);
    QCOMPARE(m_model->conferenceStartedAt().toMSecsSinceEpoch(), kT0 - 300'000);
    snap.locked = true;
    m_model->applySnapshot(snap);
    QCOMPARE(state.size(), 2);
    QCOMPARE(m_model->snapshot().locked, true);
    cc::RecordingNode rec;
    rec.path = QStringLiteral("/tmp/rec.wav");
    snap.recording = true;
    snap.recordings = {rec};
    m_now += 1500;
    snap.runTimeSeconds += 1;
    m_model->applySnapshot(snap);
    QCOMPARE(state.size(), 3);
    m_now += 1000;
    snap.runTimeSeconds += 1;
    m_model->applySnapshot(snap);
    QCOMPARE(state.size(), 3);
    // A new instance under the same name restarts its run time.
    snap.uuid = QStringLiteral("other");
    snap.runTimeSeconds = 0;
    m_model->applySnapshot(snap);
    QCOMPARE(state.size(), 4);
    QCOMPARE(m_model->conferenceStartedAt().toMSecsSinceEpoch(), m_now);
}

void tst_ParticipantDiff::clearIsTheOnlyReset()
{
    m_model->applySnapshot(conference({member(7, QStringLiteral("Alice"))}));
    Spies spies(m_model.get());
    m_model->clear();
    QCOMPARE(spies.reset.size(), 1);
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(m_model->snapshot().name.isEmpty());
    m_model->applySnapshot(conference({member(7, QStringLiteral("Alice"))}));
    QCOMPARE(spies.reset.size(), 1);
    QCOMPARE(spies.inserted.size(), 1);
}

void tst_ParticipantDiff::steadyLargeConferenceCostsNothing()
{
    QList<Participant> members;
    for (quint32 id = 1000; id > 0; --id) {
        Participant p = member(id, QStringLiteral("Caller %1").arg(id), id);
        p.lastTalkingSeconds = id % 7 == 0 ? std::optional<qint64>() : std::optional<qint64>(id % 50);
        members << p;
    }
    m_model->applySnapshot(conference(members));
    QCOMPARE(m_model->rowCount(), 1000);
    Spies spies(m_model.get());
    int tick = 0;
    QBENCHMARK
    {
        // Every poll a second later: all durations grew, nothing else changed.
        ++tick;
        m_now = kT0 + tick * 1000;
        for (Participant &p : members) {
            ++p.joinTimeSeconds;
            if (p.lastTalkingSeconds)
                ++*p.lastTalkingSeconds;
        }
        m_model->applySnapshot(conference(members, 300 + tick));
    }
    QCOMPARE(spies.total(), 0);
}

QTEST_GUILESS_MAIN(tst_ParticipantDiff)
#include "tst_participantdiff.moc"
