// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/participantmodel.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QMimeData>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

#include <memory>

using cc::ConferenceSnapshot;
using cc::Participant;
using cc::ParticipantModel;

namespace {

constexpr qint64 kT0 = 1'780'000'000'000; // a fixed "now" for the injected clock

Participant member(quint32 id, const QString &name, qint64 joinSeconds = 60)
{
    Participant p;
    p.id = id;
    p.uuid = QStringLiteral("uuid-%1").arg(id);
    p.callerIdName = name;
    p.callerIdNumber = QString::number(1000 + id);
    p.joinTimeSeconds = joinSeconds;
    p.energy = 100;
    return p;
}

ConferenceSnapshot conference(const QList<Participant> &members, qint64 runTime = 300)
{
    ConferenceSnapshot s;
    s.name = QStringLiteral("sales");
    s.uuid = QStringLiteral("conf-uuid");
    s.rate = 8000;
    s.running = true;
    s.runTimeSeconds = runTime;
    s.memberCount = int(members.size());
    s.members = members;
    return s;
}

// Every model signal that a view reacts to.
struct Spies
{
    explicit Spies(QAbstractItemModel *m)
        : reset(m, &QAbstractItemModel::modelReset)
        , inserted(m, &QAbstractItemModel::rowsInserted)
        , removed(m, &QAbstractItemModel::rowsRemoved)
        , changed(m, &QAbstractItemModel::dataChanged)
        , layout(m, &QAbstractItemModel::layoutChanged)
        , moved(m, &QAbstractItemModel::rowsMoved)
        , header(m, &QAbstractItemModel::headerDataChanged)
    {}
    int total() const
    {
        return int(reset.size() + inserted.size() + removed.size() + changed.size() + layout.size() +
                   moved.size() + header.size());
    }
    void clear()
    {
        reset.clear();
        inserted.clear();
        removed.clear();
        changed.clear();
        layout.clear();
        moved.clear();
        header.clear();
    }
    QSignalSpy reset, inserted, removed, changed, layout, moved, header;
};

QList<quint32> rowIds(const QAbstractItemModel &m)
{
    QList<quint32> ids;
    for (int r = 0; r < m.rowCount(); ++r)
        ids << m.index(r, 0).data(ParticipantModel::MemberIdRole).value<quint32>();
    return ids;
}

} // namespace

class tst_ParticipantModel : public QObject
{
    Q_OBJECT

private slots:
    void formatDuration_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<bool>("pad");
        QTest::addColumn<QString>("expected");
        QTest::newRow("zero") << qint64(0) << false << QStringLiteral("0:00");
        QTest::newRow("negative clamps") << qint64(-5) << false << QStringLiteral("0:00");
        QTest::newRow("minutes") << qint64(65) << false << QStringLiteral("1:05");
        QTest::newRow("padded minutes") << qint64(65) << true << QStringLiteral("01:05");
        QTest::newRow("hours") << qint64(3 * 3600 + 7 * 60 + 9) << false << QStringLiteral("3:07:09");
        QTest::newRow("hours padded") << qint64(3600) << true << QStringLiteral("1:00:00");
    }
    void formatDuration()
    {
        QFETCH(qint64, seconds);
        QFETCH(bool, pad);
        QFETCH(QString, expected);
        QCOMPARE(cc::formatDuration(seconds, pad), expected);
    }

    void init();
    void cleanup();

    void firstSnapshotInsertsAllInJoinOrder();
    void identicalSnapshotEmitsNothing();
    void tickingDurationsEmitNothing();
    void muteEmitsOneCellOnly();
    void startTalkingSpansTalkingToLastTalked();
    void joinTimeJumpChangesJoinedColumn();
    void joinAndLeaveInOneSnapshot();
    void leavesAreMergedIntoRuns();
    void reorderedSnapshotDoesNotMoveRows();
    void duplicateIdsKeepFirst();
    void persistentIndexesSurvive();
    void selectionSurvives();
    void staleFlip();
    void relationshipsTooltip();
    void conferenceStateChanges();
    void clearIsTheOnlyReset();
    void displayAndRoles();
    void headers();
    void dragMimeRoundTrip();
    void dropOnSelfRefused();
    void dropEmitsRelateRequestedWithoutMutation();
    void proxySortsOnSortRole();
    void steadyLargeConferenceCostsNothing();

private:
    qint64 m_now = kT0;
    std::unique_ptr<ParticipantModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void tst_ParticipantModel::init()
{
    // Any warning (QAbstractItemModelTester, checkIndex, connect) is a failure.
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
    m_now = kT0;
    m_model = std::make_unique<ParticipantModel>();
    m_model->setClock([this] { return m_now; });
    // Created before any mutation and alive for the whole test (qt-style.md §2.6).
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void tst_ParticipantModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
}

void tst_ParticipantModel::firstSnapshotInsertsAllInJoinOrder()
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

void tst_ParticipantModel::identicalSnapshotEmitsNothing()
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

void tst_ParticipantModel::tickingDurationsEmitNothing()
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
    QCOMPARE(m_model->index(0, ParticipantModel::JoinedColumn).data().toString(), QStringLiteral("2:40"));
    QCOMPARE(m_model->index(0, ParticipantModel::LastTalkedColumn).data().toString(), QStringLiteral("1:30"));
    QCOMPARE(m_model->index(1, ParticipantModel::LastTalkedColumn).data().toString(),
             QStringLiteral("never"));
    QCOMPARE(m_model->participant(7)->joinTimeSeconds, 160);
}

void tst_ParticipantModel::muteEmitsOneCellOnly()
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

void tst_ParticipantModel::startTalkingSpansTalkingToLastTalked()
{
    Participant a = member(7, QStringLiteral("Alice"));
    m_model->applySnapshot(conference({a}));
    Spies spies(m_model.get());
    a.talking = true;
    a.lastTalkingSeconds = 0;
    m_now += 1000;
    m_model->applySnapshot(conference({a}));
    QCOMPARE(spies.changed.size(), 1);
    QCOMPARE(spies.changed.at(0).at(0).value<QModelIndex>(),
             m_model->index(0, ParticipantModel::TalkingColumn));
    QCOMPARE(spies.changed.at(0).at(1).value<QModelIndex>(),
             m_model->index(0, ParticipantModel::LastTalkedColumn));
    QCOMPARE(m_model->index(0, ParticipantModel::TalkingColumn).data().toString(), QStringLiteral("talking"));
    QCOMPARE(
        m_model->index(0, ParticipantModel::LastTalkedColumn).data(ParticipantModel::SortRole).toLongLong(),
        m_now);
}

void tst_ParticipantModel::joinTimeJumpChangesJoinedColumn()
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

void tst_ParticipantModel::joinAndLeaveInOneSnapshot()
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

void tst_ParticipantModel::leavesAreMergedIntoRuns()
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

void tst_ParticipantModel::reorderedSnapshotDoesNotMoveRows()
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

void tst_ParticipantModel::duplicateIdsKeepFirst()
{
    Spies spies(m_model.get());
    m_model->applySnapshot(
        conference({member(7, QStringLiteral("Alice")), member(7, QStringLiteral("Mallory"))}));
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->index(0, ParticipantModel::NameColumn).data().toString(), QStringLiteral("Alice"));
}

void tst_ParticipantModel::persistentIndexesSurvive()
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

void tst_ParticipantModel::selectionSurvives()
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

void tst_ParticipantModel::staleFlip()
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

void tst_ParticipantModel::relationshipsTooltip()
{
    m_model->applySnapshot(conference({member(9, QStringLiteral("Carol")), member(8, QStringLiteral("Bob")),
                                       member(7, QStringLiteral("Alice"))}));
    Spies spies(m_model.get());
    cc::Relationship r;
    r.from = 7;
    r.to = 8;
    r.canSpeak = false;
    m_model->setRelationships({r});
    // Alice (row 0) and Bob (row 1) changed, Carol did not; only the Name cell.
    QCOMPARE(spies.changed.size(), 2);
    for (int i = 0; i < 2; ++i) {
        const auto tl = spies.changed.at(i).at(0).value<QModelIndex>();
        QCOMPARE(tl.row(), i);
        QCOMPARE(tl.column(), int(ParticipantModel::NameColumn));
        QCOMPARE(spies.changed.at(i).at(1).value<QModelIndex>(), tl);
        QVERIFY(spies.changed.at(i).at(2).value<QList<int>>().contains(Qt::ToolTipRole));
    }
    const QString aliceTip = m_model->index(0, ParticipantModel::NameColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(aliceTip.contains(QStringLiteral("Cannot speak to Bob (8)")), qPrintable(aliceTip));
    const QString bobTip = m_model->index(1, ParticipantModel::NameColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(bobTip.contains(QStringLiteral("Does not hear Alice (7)")), qPrintable(bobTip));
    QCOMPARE(
        m_model->index(0, ParticipantModel::NameColumn).data(ParticipantModel::RelationsRole).toStringList(),
        QStringList{QStringLiteral("Cannot speak to Bob (8)")});
    QVERIFY(m_model->index(2, ParticipantModel::NameColumn)
                .data(ParticipantModel::RelationsRole)
                .toStringList()
                .isEmpty());

    spies.clear();
    m_model->setRelationships({r});
    QCOMPARE(spies.total(), 0);

    // nohear from Bob to Carol (an unknown member id shows as "member N").
    cc::Relationship h;
    h.from = 8;
    h.to = 42;
    h.canHear = false;
    m_model->setRelationships({r, h});
    QCOMPARE(spies.changed.size(), 1);
    QVERIFY(m_model->relationDescriptions(8).contains(QStringLiteral("Does not hear member 42")));
    spies.clear();
    m_model->setRelationships({});
    QCOMPARE(spies.changed.size(), 2);
    QVERIFY(m_model->relationDescriptions(7).isEmpty());
}

void tst_ParticipantModel::conferenceStateChanges()
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

void tst_ParticipantModel::clearIsTheOnlyReset()
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

void tst_ParticipantModel::displayAndRoles()
{
    Participant a = member(7, QStringLiteral("Alice Smith"), 3725);
    a.isModerator = true;
    a.hasFloor = true;
    a.hasVideo = true;
    a.volumeIn = 2;
    a.volumeOut = -1;
    a.energy = 300;
    Participant b = member(8, QStringLiteral("Bob"));
    b.hold = true;
    b.canSpeak = false;
    b.canHear = false;
    m_model->applySnapshot(conference({a, b}));
    auto cell = [this](int row, int col, int role = Qt::DisplayRole) {
        return m_model->index(row, col).data(role);
    };
    QCOMPARE(cell(0, ParticipantModel::IdColumn).toString(), QStringLiteral("7"));
    QCOMPARE(cell(0, ParticipantModel::NameColumn).toString(), QStringLiteral("Alice Smith"));
    QCOMPARE(cell(0, ParticipantModel::ModeratorColumn).toString(), QStringLiteral("mod"));
    QCOMPARE(cell(0, ParticipantModel::FloorColumn).toString(), QStringLiteral("floor"));
    QCOMPARE(cell(0, ParticipantModel::VideoColumn).toString(), QStringLiteral("video"));
    QCOMPARE(cell(0, ParticipantModel::VolumeInColumn).toString(), QStringLiteral("+2"));
    QCOMPARE(cell(0, ParticipantModel::VolumeOutColumn).toString(), QStringLiteral("-1"));
    QCOMPARE(cell(0, ParticipantModel::EnergyColumn).toString(), QStringLiteral("300"));
    QCOMPARE(cell(0, ParticipantModel::JoinedColumn).toString(), QStringLiteral("1:02:05"));
    QCOMPARE(cell(0, ParticipantModel::EnergyColumn, ParticipantModel::SortRole).toInt(), 300);
    QCOMPARE(cell(0, ParticipantModel::IdColumn, ParticipantModel::SortRole).value<quint32>(), 7u);
    QCOMPARE(cell(0, ParticipantModel::JoinedColumn, ParticipantModel::JoinedAtRole)
                 .toDateTime()
                 .toMSecsSinceEpoch(),
             kT0 - 3'725'000);
    QVERIFY(!cell(0, ParticipantModel::LastTalkedColumn, ParticipantModel::LastTalkedAtRole)
                 .toDateTime()
                 .isValid());
    QCOMPARE(cell(0, ParticipantModel::SpeakColumn, Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QCOMPARE(cell(0, ParticipantModel::SpeakColumn, Qt::AccessibleTextRole).toString(),
             QStringLiteral("can speak"));
    QVERIFY(!cell(0, ParticipantModel::SpeakColumn, Qt::AccessibleDescriptionRole).toString().isEmpty());
    QCOMPARE(cell(0, ParticipantModel::EnergyColumn, Qt::TextAlignmentRole).toInt(),
             int(Qt::AlignRight | Qt::AlignVCenter));
    const auto p = cell(0, 5, ParticipantModel::ParticipantRole).value<Participant>();
    QCOMPARE(p.id, 7u);
    QCOMPARE(p.callerIdName, QStringLiteral("Alice Smith"));
    // On hold: FreeSWITCH reports can_speak/can_hear false; that is hold, not mute/deaf.
    QCOMPARE(cell(1, ParticipantModel::HoldColumn).toString(), QStringLiteral("hold"));
    QCOMPARE(cell(1, ParticipantModel::SpeakColumn).toString(), QString());
    QCOMPARE(cell(1, ParticipantModel::HearColumn).toString(), QString());
    QCOMPARE(cell(1, ParticipantModel::SpeakColumn, Qt::AccessibleTextRole).toString(),
             QStringLiteral("on hold"));
    QCOMPARE(cell(1, ParticipantModel::ModeratorColumn).toString(), QString());
    QCOMPARE(cell(1, ParticipantModel::NameColumn, ParticipantModel::MemberIdRole).value<quint32>(), 8u);
}

void tst_ParticipantModel::headers()
{
    QCOMPARE(m_model->columnCount(), int(ParticipantModel::ColumnCount));
    QCOMPARE(m_model->headerData(ParticipantModel::SpeakColumn, Qt::Horizontal).toString(),
             QStringLiteral("Speak"));
    QCOMPARE(m_model->headerData(ParticipantModel::LastTalkedColumn, Qt::Horizontal).toString(),
             QStringLiteral("Last talked"));
    for (int c = 0; c < ParticipantModel::ColumnCount; ++c) {
        QVERIFY(!m_model->headerData(c, Qt::Horizontal).toString().isEmpty());
        QVERIFY(!m_model->headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());
    }
    QVERIFY(!m_model->headerData(ParticipantModel::ColumnCount, Qt::Horizontal).isValid());
}

void tst_ParticipantModel::dragMimeRoundTrip()
{
    m_model->applySnapshot(conference({member(9, QStringLiteral("Carol")), member(8, QStringLiteral("Bob")),
                                       member(7, QStringLiteral("Alice"))}));
    QCOMPARE(m_model->mimeTypes(), QStringList{QStringLiteral("application/x-conference-member-ids")});
    QVERIFY(m_model->flags(m_model->index(0, 0)).testFlag(Qt::ItemIsDragEnabled));
    QVERIFY(m_model->flags(m_model->index(0, 0)).testFlag(Qt::ItemIsDropEnabled));
    QVERIFY(!m_model->flags(QModelIndex()).testFlag(Qt::ItemIsDropEnabled));
    QVERIFY(m_model->supportedDropActions().testFlag(Qt::LinkAction));
    QVERIFY(!m_model->supportedDropActions().testFlag(Qt::MoveAction));

    // A selection of whole rows gives several indexes per row: ids stay unique, row order.
    const QModelIndexList indexes = {m_model->index(2, 3), m_model->index(0, 0), m_model->index(0, 1),
                                     m_model->index(2, 0)};
    std::unique_ptr<QMimeData> mime(m_model->mimeData(indexes));
    QVERIFY(mime);
    QVERIFY(mime->hasFormat(ParticipantModel::kMimeType));
    QString conf;
    QList<quint32> ids;
    QVERIFY(ParticipantModel::decodeMemberIds(mime->data(ParticipantModel::kMimeType), &conf, &ids));
    QCOMPARE(conf, QStringLiteral("sales"));
    QCOMPARE(ids, (QList<quint32>{7, 9}));

    QVERIFY(!m_model->mimeData({}));
    QVERIFY(!ParticipantModel::decodeMemberIds(QByteArrayLiteral("garbage"), &conf, &ids));
    QVERIFY(!ParticipantModel::decodeMemberIds({}, &conf, &ids));
}

void tst_ParticipantModel::dropOnSelfRefused()
{
    m_model->applySnapshot(conference({member(9, QStringLiteral("Carol")), member(8, QStringLiteral("Bob")),
                                       member(7, QStringLiteral("Alice"))}));
    QMimeData mime;
    mime.setData(ParticipantModel::kMimeType,
                 ParticipantModel::encodeMemberIds(QStringLiteral("sales"), {7, 9}));
    const QModelIndex alice = m_model->index(0, 1);
    const QModelIndex bob = m_model->index(1, 1);
    QVERIFY(!m_model->canDropMimeData(&mime, Qt::LinkAction, -1, -1, alice)); // onto self
    QVERIFY(!m_model->canDropMimeData(&mime, Qt::LinkAction, -1, -1, m_model->index(2, 0)));
    QVERIFY(m_model->canDropMimeData(&mime, Qt::LinkAction, -1, -1, bob));
    QVERIFY(m_model->canDropMimeData(&mime, Qt::CopyAction, -1, -1, bob));
    QVERIFY(!m_model->canDropMimeData(&mime, Qt::MoveAction, -1, -1, bob));         // would delete rows
    QVERIFY(!m_model->canDropMimeData(&mime, Qt::LinkAction, 1, 0, QModelIndex())); // between rows
    QVERIFY(!m_model->canDropMimeData(nullptr, Qt::LinkAction, -1, -1, bob));

    QMimeData foreign;
    foreign.setData(ParticipantModel::kMimeType,
                    ParticipantModel::encodeMemberIds(QStringLiteral("board"), {7}));
    QVERIFY(!m_model->canDropMimeData(&foreign, Qt::LinkAction, -1, -1, bob));
    QMimeData text;
    text.setText(QStringLiteral("7"));
    QVERIFY(!m_model->canDropMimeData(&text, Qt::LinkAction, -1, -1, bob));

    QSignalSpy relate(m_model.get(), &ParticipantModel::relateRequested);
    QVERIFY(!m_model->dropMimeData(&mime, Qt::LinkAction, -1, -1, alice));
    QCOMPARE(relate.size(), 0);
}

void tst_ParticipantModel::dropEmitsRelateRequestedWithoutMutation()
{
    m_model->applySnapshot(conference({member(9, QStringLiteral("Carol")), member(8, QStringLiteral("Bob")),
                                       member(7, QStringLiteral("Alice"))}));
    std::unique_ptr<QMimeData> mime(m_model->mimeData({m_model->index(0, 0), m_model->index(2, 0)}));
    Spies spies(m_model.get());
    QSignalSpy relate(m_model.get(), &ParticipantModel::relateRequested);
    QVERIFY(m_model->dropMimeData(mime.get(), Qt::LinkAction, -1, -1, m_model->index(1, 4)));
    QCOMPARE(relate.size(), 1);
    QCOMPARE(relate.at(0).at(0).value<QList<quint32>>(), (QList<quint32>{7, 9}));
    QCOMPARE(relate.at(0).at(1).value<quint32>(), 8u);
    QCOMPARE(spies.total(), 0);
    QCOMPARE(rowIds(*m_model), (QList<quint32>{7, 8, 9}));
}

void tst_ParticipantModel::proxySortsOnSortRole()
{
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(m_model.get());
    proxy.setSortRole(ParticipantModel::SortRole);
    proxy.setDynamicSortFilter(true);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

    Participant a = member(7, QStringLiteral("alice"));
    a.energy = 500;
    Participant b = member(8, QStringLiteral("Bob"));
    b.energy = 20;
    Participant c = member(9, QStringLiteral("Carol"));
    c.energy = 1000;
    m_model->applySnapshot(conference({c, b, a}));
    // No sort column: source order, which is join order.
    QCOMPARE(rowIds(proxy), (QList<quint32>{7, 8, 9}));

    proxy.sort(ParticipantModel::EnergyColumn, Qt::AscendingOrder);
    QCOMPARE(rowIds(proxy), (QList<quint32>{8, 7, 9}));
    // Numeric, not lexical: "1000" < "20" would be wrong.
    proxy.sort(ParticipantModel::EnergyColumn, Qt::DescendingOrder);
    QCOMPARE(rowIds(proxy), (QList<quint32>{9, 7, 8}));

    QPersistentModelIndex bobInProxy = proxy.index(2, 0);
    QSignalSpy sourceReset(m_model.get(), &QAbstractItemModel::modelReset);
    b.energy = 2000;
    m_model->applySnapshot(conference({c, b, a}));
    QCOMPARE(rowIds(proxy), (QList<quint32>{8, 9, 7}));
    QCOMPARE(bobInProxy.row(), 0);
    QCOMPARE(sourceReset.size(), 0);

    proxy.setSortCaseSensitivity(Qt::CaseInsensitive);
    proxy.sort(ParticipantModel::NameColumn, Qt::AscendingOrder);
    QCOMPARE(rowIds(proxy), (QList<quint32>{7, 8, 9}));
    proxy.sort(ParticipantModel::JoinedColumn, Qt::AscendingOrder);
    QCOMPARE(proxy.rowCount(), 3);
}

void tst_ParticipantModel::steadyLargeConferenceCostsNothing()
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

QTEST_GUILESS_MAIN(tst_ParticipantModel)
#include "tst_participantmodel.moc"
