// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// ConferenceView's member-to-member and member-to-conference actions against the in-process
// bridge simulator over loopback HTTPS: relate by drag and drop or from the menu (read back
// through the relations panel), and transfer to another conference, in batches of 22 ids.
#include "conferenceviewfixture.h"
#include "core/model/participantmodel.h"
#include "gui/conference/commandcontroller.h"
#include "gui/conference/conferenceview.h"
#include "gui/conference/relationspanel.h"
#include "sim/bridgeengine.h"
#include "sim/simulator.h"

#include <QAction>
#include <QMenu>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

#include <algorithm>
#include <memory>

using namespace gui;
using cc::ParticipantModel;
using conferencetest::ConferenceViewFixture;

class tst_ConferenceViewRelateTransfer final : public ConferenceViewFixture
{
    Q_OBJECT

private slots:
    void dropOffersRelateMenu();
    void relateSubmenuAndClearButton();
    void transferToOtherConference();
    void transferInBatchesOf22();
};

void tst_ConferenceViewRelateTransfer::dropOffersRelateMenu()
{
    const quint32 jose = idOf(QStringLiteral("José Álvarez"));
    const quint32 zoe = idOf(QStringLiteral("Zoë Müller"));
    ParticipantModel *model = m_view->model();
    std::unique_ptr<QMimeData> mime(model->mimeData({model->index(model->rowForMember(jose), 0)}));
    QVERIFY(mime);
    QSignalSpy menus(m_view.get(), &ConferenceView::relateMenuShown);
    QVERIFY(
        model->dropMimeData(mime.get(), Qt::LinkAction, -1, -1, model->index(model->rowForMember(zoe), 0)));
    QCOMPARE(menus.size(), 1);
    auto *menu = menus.first().first().value<QMenu *>();
    QVERIFY(menu);
    auto *noSpeak = menu->findChild<QAction *>(QStringLiteral("actionRelateNoSpeak"));
    QVERIFY(noSpeak);
    QVERIFY(noSpeak->text().contains(QStringLiteral("nospeak")));
    noSpeak->trigger();
    menu->close();
    const QByteArray relate =
        "relate&" + QByteArray::number(jose) + '&' + QByteArray::number(zoe) + "&nospeak";
    QTRY_VERIFY_WITH_TIMEOUT(sawRequest(relate), 5000);
    // Read back through the relate listing: panel row and row badge.
    QTRY_COMPARE_WITH_TIMEOUT(m_view->relationsPanel()->relationships().size(), 1, 5000);
    const cc::Relationship r = m_view->relationsPanel()->relationships().first();
    QCOMPARE(r.from, jose);
    QCOMPARE(r.to, zoe);
    QVERIFY(!r.canSpeak);
    QVERIFY(r.canHear);
    QVERIFY(!model->index(model->rowForMember(jose), 0)
                 .data(ParticipantModel::RelationsRole)
                 .toStringList()
                 .isEmpty());

    // Clear button per pair.
    auto *clear = m_view->relationsPanel()->findChild<QToolButton *>(
        QStringLiteral("clearRelation_%1_%2").arg(jose).arg(zoe));
    QVERIFY(clear);
    clear->click();
    QTRY_VERIFY_WITH_TIMEOUT(
        sawRequest("relate&" + QByteArray::number(jose) + '&' + QByteArray::number(zoe) + "&clear"), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(m_view->relationsPanel()->relationships().size(), 0, 5000);

    // A drop onto the dragged member itself is refused by the model: no menu.
    std::unique_ptr<QMimeData> self(model->mimeData({model->index(model->rowForMember(zoe), 0)}));
    QVERIFY(
        !model->dropMimeData(self.get(), Qt::LinkAction, -1, -1, model->index(model->rowForMember(zoe), 0)));
    QCOMPARE(menus.size(), 1);
}

void tst_ConferenceViewRelateTransfer::relateSubmenuAndClearButton()
{
    const quint32 alice = idOf(QStringLiteral("Alice Liddell"));
    const quint32 priya = idOf(QStringLiteral("Priya Raman"));
    m_view->selectMembers({priya});
    std::unique_ptr<QMenu> menu(m_view->createMemberMenu());
    auto *both = menu->findChild<QAction *>(QStringLiteral("actionRelate_%1_both").arg(alice));
    QVERIFY(both);
    both->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(sawRequest("relate&" + QByteArray::number(priya) + '&' +
                                        QByteArray::number(alice) + "&nospeak,nohear"),
                             5000);
    QTRY_COMPARE_WITH_TIMEOUT(m_view->relationsPanel()->relationships().size(), 1, 5000);
    QVERIFY(!m_view->relationsPanel()->relationships().first().canHear);
    m_view->selectMembers({priya});
    menu.reset(m_view->createMemberMenu());
    menu->findChild<QAction *>(QStringLiteral("actionRelate_%1_clear").arg(alice))->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(m_view->relationsPanel()->relationships().size(), 0, 5000);
}

void tst_ConferenceViewRelateTransfer::transferToOtherConference()
{
    sim::MemberSpec spec;
    spec.callerIdName = QStringLiteral("Moving Caller");
    spec.callerIdNumber = QStringLiteral("557");
    const quint32 moving = m_sim->engine()->addMember(QStringLiteral("sales"), spec);
    QTRY_VERIFY_WITH_TIMEOUT(m_view->model()->rowForMember(moving) >= 0, 5000);
    m_view->selectMembers({moving});
    std::unique_ptr<QMenu> menu(m_view->createMemberMenu());
    auto *toSupport = menu->findChild<QAction *>(QStringLiteral("actionTransferTo_support"));
    QVERIFY(toSupport);
    QVERIFY(!menu->findChild<QAction *>(QStringLiteral("actionTransferTo_sales")));
    toSupport->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(sawRequest("transfer&support&" + QByteArray::number(moving)), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(m_view->model()->rowForMember(moving), -1, 5000);
    // It re-joined support with a new id; remove it there so support keeps its scenario.
    m_sim->engine()->api(QStringLiteral("conference support hup last"), this, [](const QByteArray &) {});
}

void tst_ConferenceViewRelateTransfer::transferInBatchesOf22()
{
    // 30 members: FreeSWITCH reads at most 22 ids per transfer line, so two commands (22 + 8).
    QList<quint32> moving;
    for (int i = 0; i < 30; ++i) {
        sim::MemberSpec spec;
        spec.callerIdName = QStringLiteral("Batch %1").arg(i);
        spec.callerIdNumber = QString::number(700 + i);
        moving << m_sim->engine()->addMember(QStringLiteral("sales"), spec);
    }
    QTRY_VERIFY_WITH_TIMEOUT(m_view->model()->rowForMember(moving.last()) >= 0, 5000);
    m_view->selectMembers(moving);
    QCOMPARE(m_view->selectedMemberIds().size(), 30);
    std::unique_ptr<QMenu> menu(m_view->createMemberMenu());
    auto *toSupport = menu->findChild<QAction *>(QStringLiteral("actionTransferTo_support"));
    QVERIFY(toSupport);
    QSignalSpy finished(m_view->controller(), &CommandController::commandFinished);
    QSignalSpy status(m_view.get(), &ConferenceView::statusMessage);
    toSupport->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 10000);
    QList<int> batchSizes;
    for (const QList<QVariant> &args : std::as_const(finished)) {
        const auto command = args.at(0).value<cc::ConferenceCommand>();
        QCOMPARE(command.name(), QStringLiteral("transfer"));
        QVERIFY2(args.at(1).value<cc::CommandOutcome>().ok(),
                 qPrintable(args.at(1).value<cc::CommandOutcome>().message));
        batchSizes << int(command.arguments().size()) - 1; // target, then one id per argument
    }
    std::sort(batchSizes.begin(), batchSizes.end());
    QCOMPARE(batchSizes, (QList<int>{8, 22}));
    int transferRequests = 0;
    for (const QByteArray &request : std::as_const(m_requests))
        transferRequests += request.contains("/transfer&support&") ? 1 : 0;
    QCOMPARE(transferRequests, 2);
    QTRY_VERIFY_WITH_TIMEOUT(
        !status.isEmpty() && status.last().at(0).toString().contains(QStringLiteral("2 of 2")), 5000);
    for (const quint32 id : std::as_const(moving))
        QTRY_COMPARE_WITH_TIMEOUT(m_view->model()->rowForMember(id), -1, 5000);
    // They re-joined support with new ids; remove them so support keeps its scenario.
    for (int i = 0; i < 30; ++i)
        m_sim->engine()->api(QStringLiteral("conference support hup last"), this, [](const QByteArray &) {});
}

QTEST_MAIN(tst_ConferenceViewRelateTransfer)
#include "tst_conferenceviewrelatetransfer.moc"
