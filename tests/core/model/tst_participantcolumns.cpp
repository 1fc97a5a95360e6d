// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The column table (participantcolumns.cpp), the one display-name rule (membername.cpp), the one
// "wants to speak" rule (Participant::wantsToSpeak) and the promise the model makes from them:
// a poll signals exactly the cells whose shown value changed.
#include "core/model/membername.h"
#include "core/model/participantcolumns.h"
#include "core/model/participantmodel.h"
#include "participantfixture.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>

using cc::Participant;
using cc::ParticipantModel;
using namespace testsupport;
using namespace Qt::StringLiterals;

class tst_ParticipantColumns final : public ParticipantModelFixture
{
    Q_OBJECT

private slots:
    void everyColumnDescribedOnce()
    {
        const auto columns = cc::participantColumns();
        QCOMPARE(int(columns.size()), int(ParticipantModel::ColumnCount));
        QSet<QByteArray> keys;
        const Participant p = member(7, QStringLiteral("Alice"));
        const cc::MemberCell cell = cc::MemberCell::fromDurations(p, kT0);
        for (int c = 0; c < int(columns.size()); ++c) {
            const cc::ParticipantColumn &column = columns[std::size_t(c)];
            QCOMPARE(column.column, c);
            QCOMPARE(&cc::participantColumn(c), &column);
            QVERIFY2(column.key && !keys.contains(column.key), column.key);
            keys.insert(column.key);
            QVERIFY(!column.headerText().isEmpty());
            QVERIFY(!column.headerToolTipText().isEmpty());
            QVERIFY(column.display && column.toolTip && column.sortKey);
            QVERIFY(column.sortKey(cell).isValid());
            QVERIFY(column.minimumWidth > 0);
            // A glyph column draws a picture, says its state in words and has a header picture.
            QCOMPARE(column.isGlyph(), column.glyph != nullptr);
            QCOMPARE(column.isGlyph(), column.checked != nullptr);
            QCOMPARE(column.isGlyph(), column.headerGlyph != cc::Glyph::None);
            QVERIFY(column.isGlyph() || column.ownTerminalColumn || c == ParticipantModel::LastTalkedColumn);
            // The model serves exactly what the table says.
            m_model->applySnapshot(conference({p}));
            const QModelIndex index = m_model->index(0, c);
            QCOMPARE(index.data(Qt::DisplayRole).toString(), column.display(cell));
            QCOMPARE(index.data(Qt::ToolTipRole).toString(), column.toolTip(cell));
            QCOMPARE(index.data(Qt::TextAlignmentRole).toInt(), int(column.alignment));
            QCOMPARE(m_model->headerData(c, Qt::Horizontal).toString(), column.headerText());
            QCOMPARE(m_model->headerData(c, Qt::Horizontal, ParticipantModel::GlyphRole).isValid(),
                     column.isGlyph());
        }
        QCOMPARE(cc::participantColumn(-1).column, 0); // out of range: the id column, never a crash
        QCOMPARE(cc::participantColumn(int(columns.size())).column, 0);
        QCOMPARE(cc::participantColumn(ParticipantModel::NameColumn).width, cc::ColumnWidth::Stretch);
    }

    void displayNameRule_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("shown");
        QTest::addColumn<QString>("label");
        QTest::newRow("name") << u"Alice"_s << u"1001"_s << u"Alice"_s << u"Alice (7)"_s;
        QTest::newRow("number only") << QString() << u"+4930555019"_s << u"+4930555019"_s
                                     << u"+4930555019 (7)"_s;
        QTest::newRow("neither") << QString() << QString() << u"Member 7"_s << u"Member 7"_s;
    }

    void displayNameRule()
    {
        QFETCH(QString, name);
        QFETCH(QString, number);
        QFETCH(QString, shown);
        QFETCH(QString, label);
        Participant p = member(7, name);
        p.callerIdName = name;
        p.callerIdNumber = number;
        QCOMPARE(cc::memberDisplayName(p), shown);
        QCOMPARE(cc::memberDisplayName(name, number, 7), shown);
        QCOMPARE(cc::memberLabel(p), label);
        // The table's Name column shows it, and sorts by it.
        m_model->applySnapshot(conference({p}));
        QCOMPARE(m_model->index(0, ParticipantModel::NameColumn).data().toString(), shown);
        QCOMPARE(m_model->index(0, ParticipantModel::NameColumn).data(ParticipantModel::SortRole).toString(),
                 shown);
        QCOMPARE(cc::memberLabel(42), u"Member 42"_s);
    }

    void wantsToSpeakRule_data()
    {
        QTest::addColumn<bool>("canSpeak");
        QTest::addColumn<bool>("hold");
        QTest::addColumn<bool>("talking");
        QTest::addColumn<bool>("muteDetect");
        QTest::addColumn<bool>("wants");
        // FreeSWITCH reports talking for a muted member only with mute-detect (§3.1, §4.3); an
        // older xml_list has no <mute_detect> element, so the flag is not required.
        QTest::newRow("muted, talking, mute-detect") << false << false << true << true << true;
        QTest::newRow("muted, talking, no element") << false << false << true << false << true;
        QTest::newRow("muted, silent") << false << false << false << true << false;
        QTest::newRow("talking, not muted") << true << false << true << true << false;
        QTest::newRow("on hold") << false << true << true << true << false;
    }

    void wantsToSpeakRule()
    {
        QFETCH(bool, canSpeak);
        QFETCH(bool, hold);
        QFETCH(bool, talking);
        QFETCH(bool, muteDetect);
        QFETCH(bool, wants);
        Participant p = member(7, QStringLiteral("Zoë"));
        p.canSpeak = canSpeak;
        p.hold = hold;
        p.talking = talking;
        p.muteDetect = muteDetect;
        QCOMPARE(p.wantsToSpeak(), wants);
        m_model->applySnapshot(conference({p}));
        const QModelIndex cell = m_model->index(0, ParticipantModel::TalkingColumn);
        const auto glyph = cc::Glyph(cell.data(ParticipantModel::GlyphRole).toInt());
        if (wants) {
            QCOMPARE(glyph, cc::Glyph::RaisedHand);
            QCOMPARE(cell.data().toString(), u"wants to speak"_s);
        } else {
            QCOMPARE(glyph, talking ? cc::Glyph::Talking : cc::Glyph::None);
            QVERIFY(cell.data().toString() != u"wants to speak"_s);
        }
    }

    /// Random polls: every dataChanged names only cells whose shown value changed, and every
    /// changed cell is named (a view repaints exactly what changed, the rest is never touched).
    void signalledCellsAreExactlyTheChangedOnes()
    {
        QRandomGenerator random(20261208);
        QList<Participant> members;
        for (quint32 id = 1; id <= 12; ++id)
            members << member(id, QStringLiteral("Member %1").arg(id), 30 + id);
        m_model->applySnapshot(conference(members));
        const QList<int> roles = {Qt::DisplayRole,
                                  Qt::ToolTipRole,
                                  Qt::CheckStateRole,
                                  Qt::AccessibleTextRole,
                                  ParticipantModel::SortRole,
                                  ParticipantModel::GlyphRole};
        const auto capture = [&] {
            QHash<QPair<int, int>, QList<QVariant>> cells;
            for (int r = 0; r < m_model->rowCount(); ++r)
                for (int c = 0; c < ParticipantModel::ColumnCount; ++c)
                    for (const int role : roles)
                        cells[{r, c}] << m_model->index(r, c).data(role);
            return cells;
        };
        int changedTotal = 0;
        for (int poll = 0; poll < 200; ++poll) {
            for (Participant &p : members) {
                p.joinTimeSeconds += 1; // durations tick every second
                if (p.lastTalkingSeconds)
                    *p.lastTalkingSeconds += 1;
                switch (random.bounded(12)) {
                case 0:
                    p.talking = !p.talking;
                    if (p.talking)
                        p.lastTalkingSeconds = 0;
                    break;
                case 1:
                    p.canSpeak = !p.canSpeak;
                    break;
                case 2:
                    p.hasFloor = !p.hasFloor;
                    break;
                case 3:
                    p.energy = int(random.bounded(20)) * 100;
                    break;
                case 4:
                    p.volumeIn = int(random.bounded(9)) - 4;
                    break;
                case 5:
                    p.hold = !p.hold;
                    break;
                default:
                    break;
                }
            }
            m_now += 1000;
            const auto before = capture();
            Spies spies(m_model.get());
            m_model->applySnapshot(conference(members));
            const auto after = capture();
            QSet<QPair<int, int>> signalled;
            for (const QList<QVariant> &args : std::as_const(spies.changed)) {
                const auto tl = args.at(0).value<QModelIndex>();
                const auto br = args.at(1).value<QModelIndex>();
                if (args.at(2).value<QList<int>>() == QList<int>{ParticipantModel::ParticipantRole})
                    continue; // a field no column shows
                for (int r = tl.row(); r <= br.row(); ++r)
                    for (int c = tl.column(); c <= br.column(); ++c)
                        signalled.insert({r, c});
            }
            QSet<QPair<int, int>> changed;
            for (auto it = after.cbegin(); it != after.cend(); ++it) {
                if (before.value(it.key()) != it.value())
                    changed.insert(it.key());
            }
            QCOMPARE(signalled, changed);
            changedTotal += int(changed.size());
        }
        QVERIFY(changedTotal > 100); // the walk really changed things
    }
};

QTEST_MAIN(tst_ParticipantColumns)
#include "tst_participantcolumns.moc"
