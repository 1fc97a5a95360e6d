// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Running the meeting from a conference tab: the Meeting menu, the waiting-room panel, the member
// menu's Admit and Send to Waiting Room, what is remembered, breakout rooms and the time box —
// against the simulator over REST, checked by what the switch shows.
#include "conferenceviewfixture.h"
#include "core/meeting/meetingvariables.h"
#include "core/meeting/waitinglist.h"
#include "core/parsers/parsers.h"
#include "gui/conference/conferencemeeting.h"
#include "gui/conference/waitingroompanel.h"
#include "gui/dialogs/breakoutdialog.h"
#include "gui/dialogs/timeboxdialog.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QToolButton>

using namespace conferencetest;
using namespace Qt::StringLiterals;

class tst_ConferenceMeeting final : public ConferenceViewFixture
{
    Q_OBJECT

    QTemporaryDir m_settingsDir;
    QList<quint32> m_added;

    sim::MemberSpec caller(const QString &name, const QString &number, bool moderator = false)
    {
        sim::MemberSpec spec;
        spec.callerIdName = name;
        spec.callerIdNumber = number;
        spec.moderator = moderator;
        return spec;
    }
    quint32 join(const QString &name, const QString &number, bool moderator = false)
    {
        const quint32 id = m_sim->engine()->addMember(u"sales"_s, caller(name, number, moderator));
        m_added << id;
        return id;
    }
    cc::ConferenceSnapshot engine(const QString &conference = u"sales"_s)
    {
        const auto parsed = cc::parseXmlList(switchApi(u"conference %1 xml_list"_s.arg(conference)));
        return parsed.ok() && !parsed.value.isEmpty() ? parsed.value.first() : cc::ConferenceSnapshot{};
    }
    std::optional<cc::Participant> onSwitch(quint32 id, const QString &conference = u"sales"_s)
    {
        for (const cc::Participant &p : engine(conference).members) {
            if (p.id == id)
                return p;
        }
        return std::nullopt;
    }
    gui::ConferenceMeeting *meeting() const { return m_view->meeting(); }
    QAction *action(const char *name) const { return m_view->findChild<QAction *>(QLatin1String(name)); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        guitest::isolateSettings(u"tst_conferencemeeting"_s, m_settingsDir.path());
        startSimulator();
    }

    void cleanup()
    {
        // Leave sales as the scenario made it: nothing on, nobody extra, no variables.
        if (m_view && m_view->meeting()->breakout()->state() == cc::BreakoutSession::State::Running) {
            m_view->meeting()->breakout()->recall();
            QTRY_COMPARE(m_view->meeting()->breakout()->state(), cc::BreakoutSession::State::Finished);
        }
        for (quint32 id : std::as_const(m_added))
            switchApi(u"conference sales kick %1"_s.arg(id));
        m_added.clear();
        switchApi(u"conference sales setvar cc_waiting_room"_s);
        switchApi(u"conference sales setvar cc_mute_on_entry"_s);
        switchApi(u"conference sales unhold all"_s);
        switchApi(u"conference sales undeaf all"_s);
        switchApi(u"conference sales unmute all"_s);
        QSettings().clear();
        closeView();
    }

    void meetingMenuSaysWhatRunsWhile()
    {
        auto *button = m_view->findChild<QToolButton *>(u"meetingButton"_s);
        QVERIFY(button && button->menu());
        const QList<QAction *> actions = button->menu()->actions();
        QVERIFY(actions.first()->isSeparator());
        QCOMPARE(actions.first()->text(), u"Runs while this console is open"_s);
        for (const char *name : {"actionWaitingRoom", "actionMuteOnEntry", "actionMuteModerators",
                                 "actionBreakoutRooms", "actionRecallBreakout", "actionTimeBox"})
            QVERIFY2(actions.contains(action(name)), name);
        QVERIFY(!action("actionRecallBreakout")->isEnabled()); // nothing to bring back
        QVERIFY(!action("actionMuteModerators")->isEnabled()); // only with mute on entry
    }

    void waitingRoomHoldsAndAdmitsByKeyboard()
    {
        auto *panel = m_view->findChild<gui::WaitingRoomPanel *>(u"waitingRoomPanel"_s);
        QVERIFY(panel);
        QVERIFY(!panel->isVisible()); // off and empty: out of the way
        action("actionWaitingRoom")->trigger();
        QVERIFY(panel->isVisible());
        QTRY_COMPARE(cc::meetingvar::value(engine(), cc::meetingvar::WaitingRoom), u"on"_s);
        QVERIFY(m_view->headerText().contains(u"Waiting room"_s));

        const quint32 nadia = join(u"Nadia Petrova"_s, u"+359888123456"_s);
        QTRY_VERIFY(onSwitch(nadia) && onSwitch(nadia)->hold);
        QTRY_COMPARE(panel->count(), 1);
        QCOMPARE(panel->currentMemberId(), nadia);
        // The table shows her held; the status line says why.
        QTRY_VERIFY(m_view->model()->participant(nadia) && m_view->model()->participant(nadia)->hold);

        panel->view()->setFocus();
        QTest::keyClick(panel->view(), Qt::Key_Return);
        QTRY_VERIFY(onSwitch(nadia) && !onSwitch(nadia)->hold);
        QVERIFY(onSwitch(nadia)->canHear); // undeafened with the admit
        QTRY_COMPARE(panel->count(), 0);

        // Back to the waiting room from the member menu, and Admit offered there.
        m_view->selectMembers({nadia});
        std::unique_ptr<QMenu> menu(m_view->createMemberMenu());
        QAction *back = menu->findChild<QAction *>(u"actionMemberToWaitingRoom"_s);
        QAction *admit = menu->findChild<QAction *>(u"actionMemberAdmit"_s);
        QVERIFY(back && admit);
        QVERIFY(back->isEnabled());
        QVERIFY(!admit->isEnabled());
        back->trigger();
        QTRY_VERIFY(onSwitch(nadia)->hold);
        QTRY_COMPARE(panel->count(), 1);
        menu.reset(m_view->createMemberMenu());
        QVERIFY(menu->findChild<QAction *>(u"actionMemberAdmit"_s)->isEnabled());
    }

    void denyAsksThenTurnsAway()
    {
        action("actionWaitingRoom")->trigger();
        const quint32 robo = join(u"Robocall"_s, u"+18005550100"_s);
        auto *panel = m_view->findChild<gui::WaitingRoomPanel *>(u"waitingRoomPanel"_s);
        QTRY_COMPARE(panel->count(), 1);
        QCOMPARE(panel->currentMemberId(), robo);
        QVERIFY(panel->denyButton()->isEnabled());
        QSignalSpy asked(panel, &gui::WaitingRoomPanel::denyRequested);
        QTest::keyClick(panel->view(), Qt::Key_Delete);
        QCOMPARE(asked.count(), 1);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = findTopLevel<QMessageBox>(u"confirmDeny"_s)));
        QVERIFY2(box->text().contains(u"Robocall"_s), qPrintable(box->text()));
        QVERIFY(onSwitch(robo)); // not before the moderator agrees
        box->findChild<QAbstractButton *>(u"confirmButton"_s)->click();
        QTRY_VERIFY(!onSwitch(robo));
        m_added.removeAll(robo);
    }

    void muteOnEntrySparesModeratorsUnlessAsked()
    {
        action("actionMuteOnEntry")->trigger();
        QVERIFY(action("actionMuteModerators")->isEnabled());
        QTRY_COMPARE(cc::meetingvar::value(engine(), cc::meetingvar::MuteOnEntry), u"callers"_s);
        const quint32 omar = join(u"Omar"_s, u"+20223456789"_s);
        const quint32 chair = join(u"Chair"_s, u"+4930100"_s, true);
        QTRY_VERIFY(onSwitch(omar) && onSwitch(omar)->muted());
        QTest::qWait(600);
        QVERIFY(!onSwitch(chair)->muted());
        action("actionMuteModerators")->trigger();
        QTRY_COMPARE(cc::meetingvar::value(engine(), cc::meetingvar::MuteOnEntry), u"all"_s);
        const quint32 chair2 = join(u"Co-chair"_s, u"+4930101"_s, true);
        QTRY_VERIFY(onSwitch(chair2) && onSwitch(chair2)->muted());
        QVERIFY(m_view->headerText().contains(u"Muting arrivals"_s));
    }

    void settingsComeBackAfterARestart()
    {
        action("actionWaitingRoom")->trigger();
        action("actionMuteOnEntry")->trigger();
        QTRY_COMPARE(cc::meetingvar::value(engine(), cc::meetingvar::WaitingRoom), u"on"_s);
        closeView();
        openView(); // the console restarts (the switch still has the variables)
        QTRY_VERIFY(action("actionWaitingRoom")->isChecked());
        QVERIFY(action("actionMuteOnEntry")->isChecked());

        // Without the switch's variables (another console turned it off), the switch wins.
        switchApi(u"conference sales setvar cc_waiting_room"_s);
        closeView();
        openView();
        QTRY_VERIFY(!action("actionWaitingRoom")->isChecked());
    }

    void breakoutFromTheDialogAndBack()
    {
        const cc::ConferenceSnapshot before = engine();
        QList<quint32> callers;
        for (const cc::Participant &p : before.members) {
            if (!p.isModerator)
                callers << p.id;
        }
        // REST: rooms must be alice's own conferences; support is the one besides sales.
        gui::BreakoutDialog *dialog = meeting()->showBreakoutDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->roomCountSpin()->maximum(), 1);
        QCOMPARE(dialog->roomNames(), QStringList{u"support"_s});
        const auto lists = dialog->setupLists();
        QCOMPARE(lists.size(), 2);
        QCOMPARE(lists.at(1)->memberIds().size(), callers.size()); // everyone but the moderator
        QCOMPARE(lists.at(0)->count(), before.members.size() - callers.size());
        dialog->minutesSpin()->setValue(0); // until brought back
        dialog->startButton()->click();
        QTRY_COMPARE(meeting()->breakout()->state(), cc::BreakoutSession::State::Running);
        for (quint32 id : callers)
            QTRY_VERIFY2(onSwitch(id, u"support"_s), qPrintable(QString::number(id)));
        QTRY_COMPARE(dialog->runningLists().size(), 1);
        QCOMPARE(dialog->runningLists().first()->count(), callers.size());
        QVERIFY(m_view->headerText().contains(u"1 room open"_s));
        QVERIFY(action("actionRecallBreakout")->isEnabled());
        // The record survives a restart of the tab.
        QVERIFY(QSettings().allKeys().join(u' ').contains(u"breakout/record"_s));

        dialog->recallButton()->click();
        QTRY_COMPARE(meeting()->breakout()->state(), cc::BreakoutSession::State::Finished);
        for (quint32 id : callers)
            QTRY_VERIFY(onSwitch(id));
        QVERIFY(!QSettings().allKeys().join(u' ').contains(u"breakout/record"_s));
        dialog->close();
    }

    void timeBoxShowsTheCountdown()
    {
        gui::TimeBoxDialog *dialog = meeting()->showTimeBoxDialog();
        QVERIFY(dialog);
        dialog->inMinutesRadio()->setChecked(true);
        dialog->minutesSpin()->setValue(30);
        dialog->endActionCombo()->setCurrentIndex(1); // lock
        const cc::TimeBoxSettings chosen = dialog->settingsAt(1'800'000'000);
        QCOMPARE(chosen.endsAtEpochSeconds, 1'800'000'000 + 30 * 60);
        QCOMPARE(chosen.endAction, cc::TimeBoxSettings::EndAction::Lock);
        dialog->accept();
        QTRY_VERIFY2(m_view->headerText().contains(u"Ends in 29:5"_s) ||
                         m_view->headerText().contains(u"Ends in 30:00"_s),
                     qPrintable(m_view->headerText()));
        QVERIFY(meeting()->timeBox()->isRunning());
        QVERIFY(action("actionCancelTimeBox")->isEnabled());
        // Remembered for the tab's next opening, gone when cancelled.
        closeView();
        openView();
        QTRY_VERIFY(meeting()->timeBox()->isRunning());
        action("actionCancelTimeBox")->trigger();
        QVERIFY(!meeting()->timeBox()->isRunning());
        QVERIFY(!m_view->headerText().contains(u"Ends in"_s));
    }

    void timeBoxRefusesWhatRestCannotCarry()
    {
        gui::TimeBoxDialog *dialog = meeting()->showTimeBoxDialog();
        auto *file = dialog->findChild<QLineEdit *>(u"timeBoxWarningFile"_s);
        file->setText(u"tone_stream://%(500,500,880)"_s);
        dialog->accept();
        auto *error = dialog->findChild<QLabel *>(u"timeBoxError"_s);
        QVERIFY(!error->isHidden());
        QVERIFY2(error->text().contains(u"/"_s) || error->text().contains(u"event socket"_s),
                 qPrintable(error->text()));
        QVERIFY(!meeting()->timeBox()->isRunning());
        dialog->reject();
    }
};

QTEST_MAIN(tst_ConferenceMeeting)
#include "tst_conferencemeeting.moc"
