// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/conference/conferencetoolbar.h"

#include "core/commands/conferencecommand.h"
#include "core/model/participantmodel.h"
#include "gui/common/statusicons.h"
#include "gui/conference/commandcontroller.h"
#include "gui/conference/conferenceinsights.h"
#include "gui/conference/conferencemeeting.h"
#include "gui/conference/conferenceview.h"
#include "gui/connection/serverconnection.h"
#include "gui/dialogs/dialoutdialog.h"
#include "gui/dialogs/prompts.h"

#include <QAction>
#include <QDateTime>
#include <QMenu>
#include <QToolBar>
#include <QToolButton>

namespace gui {

using cc::ConferenceCommand;

ConferenceToolbar::ConferenceToolbar(ConferenceView *view, QToolBar *toolBar)
    : QObject(view)
    , m_view(view)
    , m_toolBar(toolBar)
{
    setObjectName(QStringLiteral("conferenceToolbarController"));
    CommandController *controller = view->controller();
    auto sendOnTrigger = [this, controller](QAction *action, ConferenceCommand (*make)()) {
        connect(action, &QAction::triggered, this, [controller, make] { controller->send(make()); });
    };
    auto sendToAll = [this, controller](QAction *action, ConferenceCommand (*make)(const QString &),
                                        const QString &selector) {
        connect(action, &QAction::triggered, this,
                [controller, make, selector] { controller->send(make(selector)); });
    };
    const QString all = QStringLiteral("all");

    // Lock reflects the server's `locked`; a click sends the command and puts the check mark
    // back until the next poll confirms.
    m_lockAction =
        view->makeAction(QStringLiteral("actionLock"), tr("Lock"), tr("Lock or unlock the conference"));
    m_lockAction->setCheckable(true);
    m_lockAction->setIcon(StatusIcons::icon(cc::Glyph::Lock));
    connect(m_lockAction, &QAction::triggered, this, [this, controller](bool checked) {
        m_lockAction->setChecked(m_view->model()->snapshot().locked);
        controller->send(checked ? ConferenceCommand::lock() : ConferenceCommand::unlock());
    });
    m_toolBar->addAction(m_lockAction);
    m_toolBar->addSeparator();

    m_muteAll =
        view->makeAction(QStringLiteral("actionMuteAll"), tr("Mute all"), tr("Mute every member (mute all)"));
    m_muteAll->setIcon(StatusIcons::icon(cc::Glyph::Muted));
    sendToAll(m_muteAll, &ConferenceCommand::mute, all);
    m_muteNonModerators =
        view->makeAction(QStringLiteral("actionMuteNonModerators"), tr("Mute non-moderators"),
                         tr("Mute everybody except moderators (mute non_moderator)"));
    sendToAll(m_muteNonModerators, &ConferenceCommand::mute, QStringLiteral("non_moderator"));
    m_unmuteAll =
        view->makeAction(QStringLiteral("actionUnmuteAll"), tr("Unmute all"), tr("Unmute every member"));
    m_unmuteAll->setIcon(StatusIcons::icon(cc::Glyph::Muted));
    sendToAll(m_unmuteAll, &ConferenceCommand::unmute, all);
    m_muteButton =
        addMenuButton(QStringLiteral("muteAllButton"), m_muteAll,
                      {m_muteAll, m_muteNonModerators, m_unmuteAll}, QStringLiteral("menuMuteAll"), true);

    m_deafAll =
        view->makeAction(QStringLiteral("actionDeafAll"), tr("Deaf all"), tr("Make every member deaf"));
    m_deafAll->setIcon(StatusIcons::icon(cc::Glyph::Deaf));
    sendToAll(m_deafAll, &ConferenceCommand::deaf, all);
    m_undeafAll = view->makeAction(QStringLiteral("actionUndeafAll"), tr("Undeaf all"),
                                   tr("Let every member hear again"));
    m_undeafAll->setIcon(StatusIcons::icon(cc::Glyph::Deaf));
    sendToAll(m_undeafAll, &ConferenceCommand::undeaf, all);
    m_deafButton = addMenuButton(QStringLiteral("deafAllButton"), m_deafAll, {m_deafAll, m_undeafAll},
                                 QStringLiteral("menuDeafAll"), true);

    auto *kickAll = view->makeAction(QStringLiteral("actionKickAll"), tr("Kick all…"),
                                     tr("Remove every member from the conference"));
    connect(kickAll, &QAction::triggered, this, [this, controller] {
        confirmAction(
            m_view, QStringLiteral("confirmKickAll"), tr("Kick all members"),
            tr("Remove all members (%1) from %2?").arg(m_view->memberCount()).arg(m_view->conference()),
            tr("Kick all"),
            [controller] { controller->send(ConferenceCommand::kick(QStringLiteral("all"))); });
    });
    m_toolBar->addAction(kickAll);
    m_kickAll = kickAll;
    m_toolBar->addSeparator();

    // Recording through sipXconfig's record&start / record&stop (sipxconfig-conference-rest.md §5.4).
    m_recordAction = view->makeAction(QStringLiteral("actionRecord"), tr("Record"),
                                      tr("Start or stop recording to the owner's mailbox"));
    if (view->isEventSocket())
        m_recordAction->setToolTip(
            tr("Start recording to a file on the FreeSWITCH server, or stop every recording"));
    m_recordAction->setCheckable(true);
    m_recordAction->setIcon(StatusIcons::icon(cc::Glyph::Recording));
    connect(m_recordAction, &QAction::triggered, this, &ConferenceToolbar::toggleRecording);
    m_toolBar->addAction(m_recordAction);

    auto *play = view->makeAction(QStringLiteral("actionPlayFile"), tr("Play file…"),
                                  tr("Play a sound file to the whole conference"));
    connect(play, &QAction::triggered, this, [this, controller] {
        askForText(m_view, QStringLiteral("playFileDialog"), tr("Play file"), tr("File on the media server:"),
                   QString(),
                   [controller](const QString &file) { controller->send(ConferenceCommand::play(file)); });
    });
    auto *stopPlay = view->makeAction(QStringLiteral("actionStopPlay"), tr("Stop playback"),
                                      tr("Stop every file playing to the conference"));
    connect(stopPlay, &QAction::triggered, this,
            [controller] { controller->send(ConferenceCommand::stop()); });
    auto *say = view->makeAction(QStringLiteral("actionSay"), tr("Say…"),
                                 tr("Speak a text to the whole conference (TTS)"));
    connect(say, &QAction::triggered, this, [this, controller] {
        askForText(m_view, QStringLiteral("sayDialog"), tr("Say"), tr("Text to speak to everybody:"),
                   QString(),
                   [controller](const QString &text) { controller->send(ConferenceCommand::say(text)); });
    });
    addMenuButton(QStringLiteral("mediaButton"), play, {play, stopPlay, say}, QStringLiteral("menuMedia"),
                  false);

    auto *setPin =
        view->makeAction(QStringLiteral("actionSetPin"), tr("Set PIN…"), tr("Require a PIN to join"));
    connect(setPin, &QAction::triggered, this, [this, controller] {
        askForText(m_view, QStringLiteral("pinDialog"), tr("Conference PIN"),
                   tr("New participant PIN (digits):"), QString(),
                   [controller](const QString &pin) { controller->send(ConferenceCommand::pin(pin)); });
    });
    auto *noPin = view->makeAction(QStringLiteral("actionRemovePin"), tr("Remove PIN"),
                                   tr("Let callers join without a PIN"));
    sendOnTrigger(noPin, &ConferenceCommand::noPin);
    addMenuButton(QStringLiteral("pinButton"), setPin, {setPin, noPin}, QStringLiteral("menuPin"), false);
    m_toolBar->addSeparator();

    auto *dialOut = view->makeAction(QStringLiteral("actionDialOut"), tr("Dial out…"),
                                     tr("Call someone into the conference (Ctrl+Shift+D)"));
    dialOut->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    connect(dialOut, &QAction::triggered, this, &ConferenceToolbar::openDialOut);
    m_toolBar->addAction(dialOut);

    // Waiting room, mute on entry, breakout rooms, time box: one button with the Meeting menu.
    auto *meetingMenu = new QMenu(m_view);
    meetingMenu->setObjectName(QStringLiteral("menuMeeting"));
    view->meeting()->populateMenu(meetingMenu);
    auto *meetingButton = new QToolButton(m_toolBar);
    meetingButton->setObjectName(QStringLiteral("meetingButton"));
    meetingButton->setText(tr("Meeting"));
    meetingButton->setToolTip(tr("Waiting room, mute on entry, breakout rooms and the time box"));
    meetingButton->setAccessibleName(tr("Meeting"));
    meetingButton->setMenu(meetingMenu);
    meetingButton->setPopupMode(QToolButton::InstantPopup);
    meetingButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->addWidget(meetingButton);

    auto *attendance = view->makeAction(QStringLiteral("actionAttendance"), tr("Attendance…"),
                                        tr("Who joined and left, talk time and time muted; export as CSV "
                                           "or PDF (Ctrl+Shift+A)"));
    attendance->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    connect(attendance, &QAction::triggered, this, [view] { view->insights()->showAttendance(); });
    m_toolBar->addAction(attendance);

    auto *refresh =
        view->makeAction(QStringLiteral("actionRefresh"), tr("Refresh"), tr("Poll the conference now (F5)"));
    refresh->setShortcut(QKeySequence(Qt::Key_F5));
    connect(refresh, &QAction::triggered, view, &ConferenceView::refreshNow);
    m_toolBar->addAction(refresh);
}

QToolButton *ConferenceToolbar::addMenuButton(const QString &objectName, QAction *defaultAction,
                                              const QList<QAction *> &actions, const QString &menuName,
                                              bool textBesideIcon)
{
    auto *menu = new QMenu(m_view);
    menu->setObjectName(menuName);
    menu->addActions(actions);
    auto *button = new QToolButton(m_toolBar);
    button->setObjectName(objectName);
    button->setDefaultAction(defaultAction);
    button->setMenu(menu);
    button->setPopupMode(QToolButton::MenuButtonPopup);
    if (textBesideIcon)
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addWidget(button);
    return button;
}

void ConferenceToolbar::toggleRecording(bool start)
{
    CommandController *controller = m_view->controller();
    m_recordAction->setChecked(m_view->isRecording());
    if (m_view->isEventSocket()) {
        // No sipXconfig mailbox service on the socket: FreeSWITCH records to a path
        // (freeswitch-conference.md §11.7: always an absolute path; stop with norecord all).
        if (!start) {
            controller->send(ConferenceCommand::noRecord(QStringLiteral("all")));
            return;
        }
        askForText(m_view, QStringLiteral("recordPathDialog"), tr("Record"),
                   tr("Record to this file on the FreeSWITCH server (absolute path):"),
                   QStringLiteral("/tmp/%1-%2.wav")
                       .arg(m_view->conference(),
                            QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))),
                   [controller](const QString &path) { controller->send(ConferenceCommand::record(path)); });
        return;
    }
    const QPointer<ConferenceToolbar> self(this);
    controller->send(start ? ConferenceCommand::recordStart() : ConferenceCommand::recordStop(),
                     [self](const cc::CommandOutcome &) {
                         if (self)
                             emit self->recordingChangeAnswered();
                     });
}

void ConferenceToolbar::updateState()
{
    const cc::ConferenceSnapshot &snapshot = m_view->model()->snapshot();
    const bool locked = snapshot.locked;
    const bool recording = m_view->isRecording();
    bool anySpeaks = false, anyNonModeratorSpeaks = false, anyMuted = false, anyHears = false,
         anyDeaf = false;
    for (const cc::Participant &p : snapshot.members) {
        anySpeaks |= !p.muted();
        anyNonModeratorSpeaks |= !p.muted() && !p.isModerator;
        anyMuted |= p.muted();
        anyHears |= !p.deaf();
        anyDeaf |= p.deaf();
    }
    const bool empty = snapshot.members.isEmpty();
    m_muteAll->setEnabled(anySpeaks || empty);
    m_muteNonModerators->setEnabled(anyNonModeratorSpeaks || empty);
    m_unmuteAll->setEnabled(anyMuted || empty);
    m_deafAll->setEnabled(anyHears || empty);
    m_undeafAll->setEnabled(anyDeaf || empty);
    m_kickAll->setEnabled(!empty);
    // The button's own click does what can still be done.
    m_muteButton->setDefaultAction(anySpeaks || !anyMuted ? m_muteAll : m_unmuteAll);
    m_deafButton->setDefaultAction(anyHears || !anyDeaf ? m_deafAll : m_undeafAll);

    // The button names what a click does; its pressed look and the header's badge show the state.
    m_lockAction->setChecked(locked);
    m_lockAction->setText(locked ? tr("Unlock") : tr("Lock"));
    m_lockAction->setToolTip(locked ? tr("The conference is locked: nobody new can join. Click to unlock it.")
                                    : tr("Lock the conference: nobody new can join"));
    m_recordAction->setChecked(recording);
    m_recordAction->setText(recording ? tr("Stop recording") : tr("Record"));
}

void ConferenceToolbar::openDialOut()
{
    if (m_dialOut) {
        m_dialOut->raise();
        m_dialOut->activateWindow();
        return;
    }
    cc::ParticipantModel *model = m_view->model();
    auto *dialog = new DialOutDialog(m_view->conference(), m_view);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The event socket carries API lines, so dial strings with '/' (dial, bgdial) can go out.
    dialog->setEventSocket(m_view->isEventSocket());
    dialog->setRestClient(m_view->connection()->client()); // the preview shows the real method and URL
    m_dialOut = dialog;
    connect(dialog, &DialOutDialog::commandRequested, this, [this, dialog](const ConferenceCommand &command) {
        const QPointer<DialOutDialog> guard(dialog);
        m_view->controller()->send(command, [guard](const cc::CommandOutcome &outcome) {
            if (guard)
                guard->showOutcome(outcome);
        });
    });
    // New members are offered to the dialog so it can tell "joined" from "still ringing".
    connect(model, &QAbstractItemModel::rowsInserted, dialog,
            [model, dialog](const QModelIndex &, int first, int last) {
                for (int row = first; row <= last; ++row) {
                    if (const auto p = model->participant(model->memberIdAt(row)))
                        dialog->memberJoined(*p);
                }
            });
    dialog->open();
}

} // namespace gui
