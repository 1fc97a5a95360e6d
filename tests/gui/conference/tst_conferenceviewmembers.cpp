// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// ConferenceView's per-member commands against the in-process bridge simulator over loopback
// HTTPS: the member menu (one member, several, the whole table, a bulk selector), confirmation
// before kick and hangup, the energy and volume dialogs, refused input and the keyboard path.
// Each action is checked by the request the simulator saw and by the state the next poll shows.
#include "conferenceviewfixture.h"
#include "core/model/participantmodel.h"
#include "core/sources/conferencepoller.h"
#include "gui/conference/commandcontroller.h"
#include "gui/conference/conferenceview.h"
#include "gui/dialogs/leveldialog.h"
#include "sim/bridgeengine.h"
#include "sim/simulator.h"

#include <QAbstractButton>
#include <QAction>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace gui;
using conferencetest::ConferenceViewFixture;

class tst_ConferenceViewMembers final : public ConferenceViewFixture
{
    Q_OBJECT

private slots:
    void muteFromContextMenu();
    void wholeTableUsesAll();
    void nonModeratorsSelector();
    void multiSelectionSendsPerMember();
    void kickNeedsConfirmation();
    void energyDialogShowsCurrentValue();
    void volumeSliderSetsVolumeOut();
    void invalidCommandIsRefused();
    void keyboardToggleMute();
};

void tst_ConferenceViewMembers::muteFromContextMenu()
{
    const quint32 jose = idOf(QStringLiteral("José Álvarez"));
    QVERIFY(jose != 0);
    QVERIFY(!m_view->model()->participant(jose)->muted());
    m_view->selectMembers({jose});
    std::unique_ptr<QMenu> menu(m_view->createMemberMenu());
    QVERIFY(menu);
    auto *mute = menu->findChild<QAction *>(QStringLiteral("actionMemberMute"));
    QVERIFY(mute);
    QVERIFY(mute->isEnabled());
    QSignalSpy finished(m_view->controller(), &CommandController::commandFinished);
    mute->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(sawRequest("mute&" + QByteArray::number(jose)), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(m_view->model()->participant(jose)->muted(), 5000);
    QCOMPARE(finished.size(), 1);
    const auto outcome = finished.first().at(1).value<cc::CommandOutcome>();
    QVERIFY(outcome.ok());
    QVERIFY(outcome.payload.contains(QStringLiteral("+OK mute %1").arg(jose)));

    // Unmute restores it (and the menu now offers Unmute).
    m_view->selectMembers({jose});
    menu.reset(m_view->createMemberMenu());
    auto *unmute = menu->findChild<QAction *>(QStringLiteral("actionMemberUnmute"));
    QVERIFY(unmute->isEnabled());
    unmute->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(sawRequest("unmute&" + QByteArray::number(jose)), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(!m_view->model()->participant(jose)->muted(), 5000);
}

void tst_ConferenceViewMembers::wholeTableUsesAll()
{
    m_view->table()->selectAll();
    QCOMPARE(m_view->selectedMemberIds().size(), 5);
    std::unique_ptr<QMenu> menu(m_view->createMemberMenu());
    menu->findChild<QAction *>(QStringLiteral("actionMemberDeaf"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(sawRequest("deaf&all"), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(m_view->model()->participant(idOf(QStringLiteral("Priya Raman")))->deaf(), 5000);
    for (const quint32 id : m_view->model()->memberIds())
        QVERIFY(m_view->model()->participant(id)->deaf());

    // Toolbar: Undeaf all.
    auto *undeafAll = m_view->findChild<QAction *>(QStringLiteral("actionUndeafAll"));
    QVERIFY(undeafAll);
    undeafAll->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(sawRequest("undeaf&all"), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(!m_view->model()->participant(idOf(QStringLiteral("Priya Raman")))->deaf(),
                             5000);
}

void tst_ConferenceViewMembers::nonModeratorsSelector()
{
    QList<quint32> nonModerators;
    for (const quint32 id : m_view->model()->memberIds()) {
        if (!m_view->model()->participant(id)->isModerator)
            nonModerators << id;
    }
    QCOMPARE(nonModerators.size(), 4);
    QCOMPARE(m_view->bulkSelector(nonModerators), std::optional<QString>(QStringLiteral("non_moderator")));
    m_view->selectMembers(nonModerators);
    std::unique_ptr<QMenu> menu(m_view->createMemberMenu());
    menu->findChild<QAction *>(QStringLiteral("actionMemberMute"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(sawRequest("mute&non_moderator"), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(m_view->model()->participant(idOf(QStringLiteral("Priya Raman")))->muted(),
                             5000);
    QVERIFY(!m_view->model()->participant(idOf(QStringLiteral("Alice Liddell")))->muted());

    m_view->findChild<QAction *>(QStringLiteral("actionUnmuteAll"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(sawRequest("unmute&all"), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(!m_view->model()->participant(idOf(QStringLiteral("Priya Raman")))->muted(),
                             5000);
}

void tst_ConferenceViewMembers::multiSelectionSendsPerMember()
{
    const quint32 a = idOf(QStringLiteral("José Álvarez"));
    const quint32 b = idOf(QStringLiteral("Priya Raman"));
    m_view->selectMembers({a, b});
    QCOMPARE(m_view->selectedMemberIds(), (QList<quint32>{a, b}));
    QVERIFY(!m_view->bulkSelector({a, b}));
    std::unique_ptr<QMenu> menu(m_view->createMemberMenu());
    // The menu follows their state: nobody is on hold, so Unhold is not offered.
    QVERIFY(!menu->findChild<QAction *>(QStringLiteral("actionMemberUnhold"))->isEnabled());
    QVERIFY(menu->findChild<QAction *>(QStringLiteral("actionMemberHold"))->isEnabled());
    menu->findChild<QAction *>(QStringLiteral("actionMemberHold"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(
        sawRequest("hold&" + QByteArray::number(a)) && sawRequest("hold&" + QByteArray::number(b)), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(m_view->model()->participant(a)->hold && m_view->model()->participant(b)->hold,
                             5000);
    m_view->selectMembers({a, b});
    menu.reset(m_view->createMemberMenu());
    QVERIFY(!menu->findChild<QAction *>(QStringLiteral("actionMemberHold"))->isEnabled());
    menu->findChild<QAction *>(QStringLiteral("actionMemberUnhold"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!m_view->model()->participant(a)->hold && !m_view->model()->participant(b)->hold,
                             5000);
}

void tst_ConferenceViewMembers::kickNeedsConfirmation()
{
    // Kick a member added for this test so the scenario stays intact for the others.
    sim::MemberSpec spec;
    spec.callerIdName = QStringLiteral("Temp Caller");
    spec.callerIdNumber = QStringLiteral("555");
    const quint32 temp = m_sim->engine()->addMember(QStringLiteral("sales"), spec);
    QTRY_VERIFY_WITH_TIMEOUT(m_view->model()->rowForMember(temp) >= 0, 5000);

    m_view->selectMembers({temp});
    std::unique_ptr<QMenu> menu(m_view->createMemberMenu());
    menu->findChild<QAction *>(QStringLiteral("actionMemberKick"))->trigger();
    auto *box = m_view->findChild<QMessageBox *>(QStringLiteral("confirmKick"));
    QVERIFY(box);
    QVERIFY(box->isVisible());
    QCOMPARE(box->windowModality(), Qt::WindowModal); // QMessageBox::open(), not exec()
    QCoreApplication::processEvents();
    QVERIFY(!sawRequest("kick&" + QByteArray::number(temp))); // nothing without confirmation
    auto *yes = box->findChild<QPushButton *>(QStringLiteral("confirmButton"));
    QVERIFY(yes);
    yes->click();
    QTRY_VERIFY_WITH_TIMEOUT(sawRequest("kick&" + QByteArray::number(temp)), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(m_view->model()->rowForMember(temp), -1, 5000);

    // Cancel sends nothing.
    const quint32 temp2 = m_sim->engine()->addMember(QStringLiteral("sales"), spec);
    QTRY_VERIFY_WITH_TIMEOUT(m_view->model()->rowForMember(temp2) >= 0, 5000);
    m_view->selectMembers({temp2});
    menu.reset(m_view->createMemberMenu());
    menu->findChild<QAction *>(QStringLiteral("actionMemberHangup"))->trigger();
    box = m_view->findChild<QMessageBox *>(QStringLiteral("confirmHangup"));
    QVERIFY(box);
    box->button(QMessageBox::Cancel)->click();
    const int polls = m_view->poller()->pollCount();
    QTRY_VERIFY_WITH_TIMEOUT(m_view->poller()->pollCount() >= polls + 2, 5000);
    QVERIFY(!sawRequest("hup&" + QByteArray::number(temp2)));
    QVERIFY(m_view->model()->rowForMember(temp2) >= 0);
    // Tidy up through the same path.
    m_view->selectMembers({temp2});
    menu.reset(m_view->createMemberMenu());
    menu->findChild<QAction *>(QStringLiteral("actionMemberHangup"))->trigger();
    m_view->findChild<QMessageBox *>(QStringLiteral("confirmHangup"))
        ->findChild<QPushButton *>(QStringLiteral("confirmButton"))
        ->click();
    QTRY_VERIFY_WITH_TIMEOUT(sawRequest("hup&" + QByteArray::number(temp2)), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(m_view->model()->rowForMember(temp2), -1, 5000);
}

void tst_ConferenceViewMembers::energyDialogShowsCurrentValue()
{
    const quint32 stefan = idOf(QStringLiteral("Ștefan Popescu"));
    QCOMPARE(m_view->model()->participant(stefan)->energy, 300);
    m_view->selectMembers({stefan});
    std::unique_ptr<QMenu> menu(m_view->createMemberMenu());
    menu->findChild<QAction *>(QStringLiteral("actionMemberEnergy"))->trigger();
    auto *dialog = m_view->findChild<LevelDialog *>(QStringLiteral("levelDialog"));
    QVERIFY(dialog);
    auto *spin = dialog->findChild<QSpinBox *>(QStringLiteral("energySpin"));
    QVERIFY(spin);
    QCOMPARE(spin->value(), 300);
    spin->setValue(500);
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QTRY_VERIFY_WITH_TIMEOUT(sawRequest("energy&" + QByteArray::number(stefan) + "&500"), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(m_view->model()->participant(stefan)->energy, 500, 5000);

    // "+" key path: energy up by FreeSWITCH's own step.
    m_view->selectMembers({stefan});
    m_view->findChild<QAction *>(QStringLiteral("actionEnergyDown"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(sawRequest("energy&" + QByteArray::number(stefan) + "&down"), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(m_view->model()->participant(stefan)->energy, 300, 5000);
}

void tst_ConferenceViewMembers::volumeSliderSetsVolumeOut()
{
    const quint32 priya = idOf(QStringLiteral("Priya Raman"));
    m_view->selectMembers({priya});
    std::unique_ptr<QMenu> menu(m_view->createMemberMenu());
    menu->findChild<QAction *>(QStringLiteral("actionMemberVolumeOut"))->trigger();
    auto *dialog = m_view->findChild<LevelDialog *>(QStringLiteral("levelDialog"));
    QVERIFY(dialog);
    auto *slider = dialog->findChild<QSlider *>(QStringLiteral("volumeSlider"));
    QCOMPARE(slider->minimum(), -4);
    QCOMPARE(slider->maximum(), 4);
    QCOMPARE(slider->value(), m_view->model()->participant(priya)->volumeOut);
    slider->setValue(-2);
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QTRY_VERIFY_WITH_TIMEOUT(sawRequest("volume_out&" + QByteArray::number(priya) + "&-2"), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(m_view->model()->participant(priya)->volumeOut, -2, 5000);
    m_view->controller()->send(cc::ConferenceCommand::volumeOut(QString::number(priya), QStringLiteral("0")));
    QTRY_COMPARE_WITH_TIMEOUT(m_view->model()->participant(priya)->volumeOut, 0, 5000);
}

void tst_ConferenceViewMembers::invalidCommandIsRefused()
{
    QSignalSpy refused(m_view->controller(), &CommandController::commandRefused);
    QSignalSpy status(m_view.get(), &ConferenceView::statusMessage);
    const quint32 jose = idOf(QStringLiteral("José Álvarez"));
    m_view->selectMembers({jose});
    std::unique_ptr<QMenu> menu(m_view->createMemberMenu());
    menu->findChild<QAction *>(QStringLiteral("actionMemberPlay"))->trigger();
    auto *input = m_view->findChild<QInputDialog *>(QStringLiteral("playMemberDialog"));
    QVERIFY(input);
    input->setTextValue(QStringLiteral("sounds/a&b.wav")); // '&' cannot cross the REST route
    input->accept();
    QCOMPARE(refused.size(), 1);
    QVERIFY(!refused.first().first().toString().isEmpty());
    QVERIFY(!status.isEmpty());
    QCOMPARE(status.last().at(1).toBool(), true);
    QCOMPARE(m_view->controller()->pendingCount(), 0); // nothing was sent
}

void tst_ConferenceViewMembers::keyboardToggleMute()
{
    const quint32 jose = idOf(QStringLiteral("José Álvarez"));
    m_view->activateWindow();
    m_view->table()->setFocus();
    QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
    m_view->selectMembers({jose});
    QTest::keyClick(m_view->table(), Qt::Key_M);
    QTRY_VERIFY_WITH_TIMEOUT(sawRequest("mute&" + QByteArray::number(jose)), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(m_view->model()->participant(jose)->muted(), 5000);
    QTest::keyClick(m_view->table(), Qt::Key_M);
    QTRY_VERIFY_WITH_TIMEOUT(sawRequest("unmute&" + QByteArray::number(jose)), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(!m_view->model()->participant(jose)->muted(), 5000);
    const int before = int(m_requests.size());
    QTest::keyClick(m_view->table(), Qt::Key_F5);
    QTRY_VERIFY_WITH_TIMEOUT(m_requests.size() > before, 5000);
}

QTEST_MAIN(tst_ConferenceViewMembers)
#include "tst_conferenceviewmembers.moc"
