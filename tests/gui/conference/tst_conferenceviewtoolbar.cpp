// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// ConferenceView's conference-wide actions against the in-process bridge simulator over
// loopback HTTPS: lock and record follow the server's state, not the click, and dial-out
// invites a new member through the DialOutDialog.
#include "conferenceviewfixture.h"
#include "core/model/participantmodel.h"
#include "gui/conference/commandcontroller.h"
#include "gui/conference/conferenceview.h"
#include "gui/dialogs/dialoutdialog.h"
#include "sim/simulator.h"

#include <QAction>
#include <QTest>
#include <QToolButton>
#include <QWidget>

#include <algorithm>
#include <memory>

using namespace gui;
using conferencetest::ConferenceViewFixture;

class tst_ConferenceViewToolbar final : public ConferenceViewFixture
{
    Q_OBJECT

private slots:
    void lockToolbarReflectsServer();
    void allMemberActionsFollowTheMembers();
    void recordStartStop();
    void dialOutInvite();
};

void tst_ConferenceViewToolbar::lockToolbarReflectsServer()
{
    auto *lock = m_view->findChild<QAction *>(QStringLiteral("actionLock"));
    QVERIFY(lock);
    QVERIFY(lock->isCheckable());
    QVERIFY(!lock->isChecked());
    lock->trigger();             // user checks it
    QVERIFY(!lock->isChecked()); // not faked: waits for the server
    QTRY_VERIFY_WITH_TIMEOUT(sawRequest("lock"), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(lock->isChecked(), 5000);
    QCOMPARE(lock->text(), QStringLiteral("Unlock")); // the button names what a click does
    QVERIFY(m_view->findChild<QWidget *>(QStringLiteral("lockedBadge"))->isVisible());
    QVERIFY(m_view->model()->snapshot().locked);
    lock->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(sawRequest("unlock"), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(!lock->isChecked(), 5000);
    QCOMPARE(lock->text(), QStringLiteral("Lock"));
    QVERIFY(!m_view->findChild<QWidget *>(QStringLiteral("lockedBadge"))->isVisible());
}

void tst_ConferenceViewToolbar::allMemberActionsFollowTheMembers()
{
    auto *muteAll = m_view->findChild<QAction *>(QStringLiteral("actionMuteAll"));
    auto *unmuteAll = m_view->findChild<QAction *>(QStringLiteral("actionUnmuteAll"));
    auto *button = m_view->findChild<QToolButton *>(QStringLiteral("muteAllButton"));
    QVERIFY(muteAll && unmuteAll && button);
    QList<quint32> mutedBefore; // put back at the end, as the scenario has them
    for (const cc::Participant &p : m_view->model()->snapshot().members) {
        if (p.muted())
            mutedBefore << p.id;
    }
    QVERIFY(muteAll->isEnabled());
    QCOMPARE(button->defaultAction(), muteAll);
    muteAll->trigger();
    // Everybody muted: the button's own click now unmutes, and muting all again is not offered.
    QTRY_VERIFY_WITH_TIMEOUT(!muteAll->isEnabled(), 5000);
    QCOMPARE(button->defaultAction(), unmuteAll);
    QVERIFY(unmuteAll->isEnabled());
    button->click();
    QTRY_VERIFY_WITH_TIMEOUT(!unmuteAll->isEnabled(), 5000);
    QCOMPARE(button->defaultAction(), muteAll);
    QVERIFY(m_view->findChild<QAction *>(QStringLiteral("actionKickAll"))->isEnabled());
    for (const quint32 id : std::as_const(mutedBefore))
        m_view->controller()->send(cc::ConferenceCommand::mute(QString::number(id)));
    QTRY_VERIFY_WITH_TIMEOUT(
        std::all_of(mutedBefore.cbegin(), mutedBefore.cend(),
                    [&](quint32 id) { return m_view->model()->participant(id)->muted(); }),
        5000);
}

void tst_ConferenceViewToolbar::recordStartStop()
{
    auto *record = m_view->findChild<QAction *>(QStringLiteral("actionRecord"));
    QVERIFY(record);
    QVERIFY(!m_view->isRecording());
    record->trigger();
    // sipxconfig-conference-rest.md §5.4: "record" and "record&start" both start.
    QTRY_VERIFY_WITH_TIMEOUT(sawRequest("record") || sawRequest("record&start"), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(m_view->findChild<QWidget *>(QStringLiteral("recordingBadge"))->isVisible(),
                             5000);
    QVERIFY(m_view->recordingBadgeText().contains(QStringLiteral("REC")));
    QTRY_VERIFY_WITH_TIMEOUT(record->isChecked(), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(sawRequest("record&status"), 5000);
    // The recording node is never a member row.
    QCOMPARE(m_view->model()->rowCount(), 5);
    record->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(sawRequest("record&stop"), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(!m_view->findChild<QWidget *>(QStringLiteral("recordingBadge"))->isVisible(),
                             8000);
    QTRY_VERIFY_WITH_TIMEOUT(!record->isChecked(), 5000);
}

void tst_ConferenceViewToolbar::dialOutInvite()
{
    m_view->findChild<QAction *>(QStringLiteral("actionDialOut"))->trigger();
    auto *dialog = m_view->findChild<DialOutDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->conference(), QStringLiteral("sales"));
    // Triggering again focuses the same dialog.
    m_view->findChild<QAction *>(QStringLiteral("actionDialOut"))->trigger();
    QCOMPARE(m_view->findChildren<DialOutDialog *>().size(), 1);

    const int before = m_view->model()->rowCount();
    emit dialog->commandRequested(cc::ConferenceCommand::invite(QStringLiteral("bob")));
    QTRY_VERIFY_WITH_TIMEOUT(sawRequest("invite&bob"), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(m_view->model()->rowCount(), before + 1, 10000);
    QVERIFY(!dialog->isWaitingForOutcome());
    // Tidy up: the new member leaves again.
    const QList<quint32> ids = m_view->model()->memberIds();
    const quint32 newest = *std::max_element(ids.begin(), ids.end());
    m_view->controller()->send(cc::ConferenceCommand::hup(QString::number(newest)));
    QTRY_COMPARE_WITH_TIMEOUT(m_view->model()->rowCount(), before, 5000);
    dialog->close();
}

QTEST_MAIN(tst_ConferenceViewToolbar)
#include "tst_conferenceviewtoolbar.moc"
