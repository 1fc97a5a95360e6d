// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// ConferenceView's member table against the in-process bridge simulator over loopback HTTPS:
// join order, selection that survives polls, the filter, the right-click menu, keyboard focus
// in the filter, and the status glyphs the delegate paints.
#include "conferenceviewfixture.h"
#include "core/model/participantmodel.h"
#include "core/sources/conferencepoller.h"
#include "gui/conference/commandcontroller.h"
#include "gui/conference/conferenceview.h"
#include "gui/conference/participantdelegate.h"
#include "gui/conference/participantproxymodel.h"
#include "sim/bridgeengine.h"
#include "sim/simulator.h"

#include <QAction>
#include <QImage>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QScrollBar>
#include <QSet>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace gui;
using cc::ParticipantModel;
using conferencetest::ConferenceViewFixture;

class tst_ConferenceViewTable final : public ConferenceViewFixture
{
    Q_OBJECT

private slots:
    void rowsInJoinOrder();
    void selectionSurvivesPolls();
    void filterMatchesNameAndNumber();
    void rightClickPopsUpMenuForClickedRow();
    void typingInFilterIsNotAShortcut();
    void delegateGlyphs();
};

void tst_ConferenceViewTable::rowsInJoinOrder()
{
    const QAbstractItemModel *proxy = m_view->proxy();
    QCOMPARE(proxy->rowCount(), 5);
    QCOMPARE(proxy->index(0, ParticipantModel::NameColumn).data().toString(),
             QStringLiteral("Alice Liddell"));
    QCOMPARE(proxy->index(4, ParticipantModel::NameColumn).data().toString(), QStringLiteral("Priya Raman"));
    quint32 previous = 0;
    for (int row = 0; row < proxy->rowCount(); ++row) {
        const quint32 id = proxy->index(row, 0).data(ParticipantModel::MemberIdRole).toUInt();
        QVERIFY(id > previous);
        previous = id;
    }
    QVERIFY(m_view->table()->dragEnabled());
    QVERIFY(m_view->table()->showDropIndicator());
    QCOMPARE(m_view->table()->dragDropMode(), QAbstractItemView::DragDrop);
    QVERIFY(m_view->headerText().contains(QStringLiteral("5 members")));
}

void tst_ConferenceViewTable::selectionSurvivesPolls()
{
    // Make the table short so it scrolls, then scroll and select.
    m_view->resize(900, 200);
    const quint32 zoe = idOf(QStringLiteral("Zoë Müller"));
    const quint32 priya = idOf(QStringLiteral("Priya Raman"));
    m_view->selectMembers({zoe});
    const QModelIndex current = m_view->table()->currentIndex();
    QCOMPARE(current.data(ParticipantModel::MemberIdRole).toUInt(), zoe);
    m_view->table()->scrollToBottom();
    const int scroll = m_view->table()->verticalScrollBar()->value();

    QSignalSpy selectionChanged(m_view->table()->selectionModel(), &QItemSelectionModel::selectionChanged);
    QSignalSpy reset(m_view->proxy(), &QAbstractItemModel::modelReset);
    // A state change elsewhere plus a join: rows change around the selection.
    m_view->controller()->send(cc::ConferenceCommand::mute(QString::number(priya)));
    sim::MemberSpec spec;
    spec.callerIdName = QStringLiteral("Late Joiner");
    spec.callerIdNumber = QStringLiteral("556");
    const quint32 late = m_sim->engine()->addMember(QStringLiteral("sales"), spec);
    QTRY_VERIFY_WITH_TIMEOUT(
        m_view->model()->participant(priya)->muted() && m_view->model()->rowForMember(late) >= 0, 5000);
    const int polls = m_view->poller()->pollCount();
    QTRY_VERIFY_WITH_TIMEOUT(m_view->poller()->pollCount() >= polls + 2, 5000);

    QCOMPARE(m_view->selectedMemberIds(), QList<quint32>{zoe});
    QCOMPARE(m_view->table()->currentIndex().data(ParticipantModel::MemberIdRole).toUInt(), zoe);
    QCOMPARE(selectionChanged.size(), 0);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(m_view->table()->verticalScrollBar()->value(), scroll);

    m_view->controller()->send(cc::ConferenceCommand::unmute(QString::number(priya)));
    m_view->controller()->send(cc::ConferenceCommand::kick(QString::number(late)));
    QTRY_VERIFY_WITH_TIMEOUT(
        !m_view->model()->participant(priya)->muted() && m_view->model()->rowForMember(late) < 0, 5000);
    QCOMPARE(m_view->selectedMemberIds(), QList<quint32>{zoe});
}

void tst_ConferenceViewTable::filterMatchesNameAndNumber()
{
    QLineEdit *filter = m_view->filterEdit();
    filter->setText(QStringLiteral("zoë"));
    QCOMPARE(m_view->proxy()->rowCount(), 1);
    filter->setText(QStringLiteral("+9198"));
    QCOMPARE(m_view->proxy()->rowCount(), 1);
    QCOMPARE(m_view->proxy()->index(0, ParticipantModel::NameColumn).data().toString(),
             QStringLiteral("Priya Raman"));
    filter->setText(QStringLiteral("nobody-matches-this"));
    QCOMPARE(m_view->proxy()->rowCount(), 0);
    filter->clear();
    QCOMPARE(m_view->proxy()->rowCount(), 5);
    // Ctrl+F focuses the filter.
    auto *find = m_view->findChild<QAction *>(QStringLiteral("actionFind"));
    QCOMPARE(find->shortcut(), QKeySequence(QKeySequence::Find));
}

void tst_ConferenceViewTable::rightClickPopsUpMenuForClickedRow()
{
    const quint32 stefan = idOf(QStringLiteral("Ștefan Popescu"));
    m_view->selectMembers({idOf(QStringLiteral("Alice Liddell"))});
    QTableView *table = m_view->table();
    const QModelIndex index = m_view->proxy()->mapFromSource(
        m_view->model()->index(m_view->model()->rowForMember(stefan), ParticipantModel::NameColumn));
    const QPoint pos = table->visualRect(index).center();
    emit table->customContextMenuRequested(pos);
    // Right-clicking an unselected row selects it; the menu acts on that member.
    QCOMPARE(m_view->selectedMemberIds(), QList<quint32>{stefan});
    QMenu *menu = nullptr;
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (widget->objectName() == QLatin1String("memberMenu") && widget->isVisible())
            menu = qobject_cast<QMenu *>(widget);
    }
    QVERIFY(menu);
    menu->findChild<QAction *>(QStringLiteral("actionMemberFloor"))->trigger();
    menu->close();
    QTRY_VERIFY_WITH_TIMEOUT(sawRequest("floor&" + QByteArray::number(stefan)), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(m_view->model()->participant(stefan)->hasFloor, 5000);
}

void tst_ConferenceViewTable::typingInFilterIsNotAShortcut()
{
    m_view->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
    m_view->selectMembers({idOf(QStringLiteral("José Álvarez"))});
    m_view->filterEdit()->setFocus();
    QTest::keyClicks(m_view->filterEdit(), QStringLiteral("md"));
    QTest::keyClick(m_view->filterEdit(), Qt::Key_Backspace);
    QCOMPARE(m_view->filterEdit()->text(), QStringLiteral("m"));
    const int polls = m_view->poller()->pollCount();
    QTRY_VERIFY_WITH_TIMEOUT(m_view->poller()->pollCount() >= polls + 1, 5000);
    for (const QByteArray &request : std::as_const(m_requests)) {
        QVERIFY2(!request.contains("/mute&") && !request.contains("/deaf&"), request.constData());
    }
    QVERIFY(!m_view->findChild<QMessageBox *>());
}

void tst_ConferenceViewTable::delegateGlyphs()
{
    const quint32 alice = idOf(QStringLiteral("Alice Liddell"));
    const quint32 zoe = idOf(QStringLiteral("Zoë Müller"));
    const QAbstractItemModel *model = m_view->model();
    const int aliceRow = m_view->model()->rowForMember(alice);
    const int zoeRow = m_view->model()->rowForMember(zoe);
    QCOMPARE(ParticipantDelegate::glyphFor(model->index(aliceRow, ParticipantModel::ModeratorColumn)),
             std::optional(cc::Glyph::Moderator));
    QCOMPARE(ParticipantDelegate::glyphFor(model->index(zoeRow, ParticipantModel::ModeratorColumn)),
             std::nullopt);
    m_view->controller()->send(cc::ConferenceCommand::mute(QString::number(zoe)));
    QTRY_VERIFY_WITH_TIMEOUT(m_view->model()->participant(zoe)->muted(), 5000);
    QCOMPARE(ParticipantDelegate::glyphFor(model->index(zoeRow, ParticipantModel::SpeakColumn)),
             std::optional(cc::Glyph::Muted));
    QCOMPARE(ParticipantDelegate::glyphFor(model->index(aliceRow, ParticipantModel::SpeakColumn)),
             std::nullopt);
    // Every glyph renders (SVG or painted fallback) and the shapes differ without colour.
    QSet<QByteArray> shapes;
    for (int g = int(cc::Glyph::Talking); g <= int(cc::Glyph::Lock); ++g) {
        const QIcon icon = StatusIcons::icon(cc::Glyph(g));
        QVERIFY(!icon.isNull());
        QImage image = icon.pixmap(24).toImage().convertToFormat(QImage::Format_Alpha8);
        QVERIFY(!image.isNull());
        shapes.insert(QByteArray(reinterpret_cast<const char *>(image.constBits()), image.sizeInBytes()));
        QVERIFY(!StatusIcons::text(cc::Glyph(g)).isEmpty());
    }
    QCOMPARE(shapes.size(), int(cc::Glyph::Lock) - int(cc::Glyph::Talking) + 1);
    // Header tooltips come from the model.
    QVERIFY(!m_view->proxy()
                 ->headerData(ParticipantModel::EnergyColumn, Qt::Horizontal, Qt::ToolTipRole)
                 .toString()
                 .isEmpty());
}

QTEST_MAIN(tst_ConferenceViewTable)
#include "tst_conferenceviewtable.moc"
