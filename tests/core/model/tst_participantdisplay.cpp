// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// ParticipantModel for views: display text and roles, headers, relation tooltips, drag and drop, sorting.
#include "core/model/participantmodel.h"
#include "participantfixture.h"

#include <QMimeData>
#include <QSortFilterProxyModel>
#include <QTest>

#include <memory>

using cc::Participant;
using cc::ParticipantModel;
using namespace testsupport;

class tst_ParticipantDisplay : public testsupport::ParticipantModelFixture
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
    void formatElapsed_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("expected");
        QTest::newRow("zero") << qint64(0) << QStringLiteral("0s");
        QTest::newRow("negative clamps") << qint64(-5) << QStringLiteral("0s");
        QTest::newRow("seconds") << qint64(59) << QStringLiteral("59s");
        QTest::newRow("minutes") << qint64(21 * 60 + 5) << QStringLiteral("21m 05s");
        QTest::newRow("hours drop seconds") << qint64(3600 + 2 * 60 + 59) << QStringLiteral("1h 02m");
    }
    void formatElapsed()
    {
        QFETCH(qint64, seconds);
        QFETCH(QString, expected);
        QCOMPARE(cc::formatElapsed(seconds), expected);
    }

    void relationshipsTooltip();
    void displayAndRoles();
    void headers();
    void dragMimeRoundTrip();
    void dropOnSelfRefused();
    void dropEmitsRelateRequestedWithoutMutation();
    void proxySortsOnSortRole();
};

void tst_ParticipantDisplay::relationshipsTooltip()
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
    QVERIFY(m_model->relationDescriptions(8).contains(QStringLiteral("Does not hear Member 42")));
    spies.clear();
    m_model->setRelationships({});
    QCOMPARE(spies.changed.size(), 2);
    QVERIFY(m_model->relationDescriptions(7).isEmpty());
}

void tst_ParticipantDisplay::displayAndRoles()
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
    QCOMPARE(cell(0, ParticipantModel::JoinedColumn).toString(), QStringLiteral("1h 02m"));
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

void tst_ParticipantDisplay::headers()
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

void tst_ParticipantDisplay::dragMimeRoundTrip()
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

void tst_ParticipantDisplay::dropOnSelfRefused()
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

void tst_ParticipantDisplay::dropEmitsRelateRequestedWithoutMutation()
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

void tst_ParticipantDisplay::proxySortsOnSortRole()
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

QTEST_GUILESS_MAIN(tst_ParticipantDisplay)
#include "tst_participantdisplay.moc"
