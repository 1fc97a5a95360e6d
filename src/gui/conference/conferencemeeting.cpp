// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/conference/conferencemeeting.h"

#include "core/meeting/commandsender.h"
#include "core/meeting/waitinglist.h"
#include "core/model/membername.h"
#include "core/model/participantmodel.h"
#include "core/parsers/parsers.h"
#include "gui/conference/commandcontroller.h"
#include "gui/conference/conferenceview.h"
#include "gui/conference/waitingroompanel.h"
#include "gui/connection/serverconnection.h"
#include "gui/dialogs/breakoutdialog.h"
#include "gui/dialogs/prompts.h"
#include "gui/dialogs/timeboxdialog.h"

#include <QAction>
#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QUrl>
#include <QVBoxLayout>

#include <memory>

namespace gui {

namespace {

QString clock(qint64 seconds)
{
    const qint64 s = std::max<qint64>(0, seconds);
    return s >= 3600 ? QStringLiteral("%1:%2:%3")
                           .arg(s / 3600)
                           .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
                           .arg(s % 60, 2, 10, QLatin1Char('0'))
                     : QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

ConferenceMeeting::ConferenceMeeting(ConferenceView *view)
    : QObject(view)
    , m_view(view)
    , m_sender(new cc::CommandSender(view->controller()->transport(), this))
    , m_rules(new cc::ArrivalRules(m_sender, view->conference(), this))
    , m_waiting(new cc::WaitingList(this))
    , m_timeBox(new cc::TimeBox(m_sender, view->conference(), this))
    , m_breakout(new cc::BreakoutSession(m_sender, this))
{
    setObjectName(QStringLiteral("conferenceMeeting"));
    // Commands on this conference go through the tab's controller: audited, in the log, and the
    // table re-read after them. Commands on other conferences (breakout rooms) go straight over
    // the transport, which logs them too.
    m_sender->setRunner([this](const QString &conference, const cc::ConferenceCommand &command,
                               cc::CommandSender::Done done) {
        if (conference != m_view->conference())
            return false;
        return m_view->controller()->automate(command, std::move(done));
    });
    m_breakout->setNameOf([this](quint32 id) { return nameOf(id); });

    m_waitingRoomAction = view->makeAction(
        QStringLiteral("actionWaitingRoom"), tr("&Waiting Room"),
        tr("Hold every caller who joins (moderators and your own calls excepted) until you admit them: they "
           "hear the hold music or silence, nothing of the meeting, and nobody hears them."));
    m_waitingRoomAction->setCheckable(true);
    connect(m_waitingRoomAction, &QAction::toggled, this, &ConferenceMeeting::setWaitingRoom);
    m_muteOnEntryAction =
        view->makeAction(QStringLiteral("actionMuteOnEntry"), tr("&Mute Everyone Who Joins"),
                         tr("Mute every member who joins from now on, until you turn this off."));
    m_muteOnEntryAction->setCheckable(true);
    connect(m_muteOnEntryAction, &QAction::toggled, this, &ConferenceMeeting::setMuteOnEntry);
    m_muteModeratorsAction = view->makeAction(QStringLiteral("actionMuteModerators"), tr("Moderators &Too"),
                                              tr("Mute joining moderators as well."));
    m_muteModeratorsAction->setCheckable(true);
    connect(m_muteModeratorsAction, &QAction::toggled, this, &ConferenceMeeting::setMuteModerators);
    m_waitingSettingsAction =
        view->makeAction(QStringLiteral("actionWaitingRoomSettings"), tr("Waiting Room &Settings…"),
                         tr("The hold music and the message played to callers turned away."));
    connect(m_waitingSettingsAction, &QAction::triggered, this, &ConferenceMeeting::showWaitingRoomSettings);
    m_breakoutAction = view->makeAction(QStringLiteral("actionBreakoutRooms"), tr("&Breakout Rooms…"),
                                        tr("Split members into rooms for a while, then bring them back."));
    connect(m_breakoutAction, &QAction::triggered, this, &ConferenceMeeting::showBreakoutDialog);
    m_recallAction = view->makeAction(QStringLiteral("actionRecallBreakout"), tr("Bring &Everyone Back"),
                                      tr("End the breakout now: every member returns to this conference."));
    connect(m_recallAction, &QAction::triggered, this, &ConferenceMeeting::recallBreakout);
    m_broadcastAction = view->makeAction(QStringLiteral("actionBroadcastToRooms"), tr("&Play to All Rooms…"),
                                         tr("Play a file in every breakout room."));
    connect(m_broadcastAction, &QAction::triggered, this, [this] {
        askForText(m_view, QStringLiteral("broadcastFilePrompt"), tr("Play to All Rooms"),
                   tr("File to play in every room:"), m_breakout->warningFile(),
                   [this](const QString &file) { m_breakout->broadcast(file); });
    });
    m_timeBoxAction =
        view->makeAction(QStringLiteral("actionTimeBox"), tr("&Time Box…"),
                         tr("When the meeting ends, a warning before, and what happens at the end."));
    connect(m_timeBoxAction, &QAction::triggered, this, &ConferenceMeeting::showTimeBoxDialog);
    m_cancelTimeBoxAction = view->makeAction(QStringLiteral("actionCancelTimeBox"), tr("&Cancel Time Box"));
    connect(m_cancelTimeBoxAction, &QAction::triggered, this, [this] {
        m_timeBox->cancel();
        QSettings().remove(settingsGroup() + QStringLiteral("/timeBox"));
        updateHeader();
        updateActions();
    });

    connect(view->model(), &cc::ParticipantModel::snapshotApplied, this, &ConferenceMeeting::observe);
    connect(m_rules, &cc::ArrivalRules::acted, this, &ConferenceMeeting::onActed);
    connect(m_rules, &cc::ArrivalRules::settingsChanged, this, &ConferenceMeeting::onSettingsChanged);
    connect(m_waiting, &cc::WaitingList::memberWaiting, this, [this](quint32 id) {
        emit notice(tr("Waiting room — %1").arg(m_view->conference()),
                    tr("%1 is waiting to be let in.").arg(nameOf(id)));
    });

    connect(m_timeBox, &cc::TimeBox::tick, this, &ConferenceMeeting::updateHeader);
    connect(m_timeBox, &cc::TimeBox::warningDue, this, [this](int minutes) {
        const QString text = tr("%n minute(s) left in %1.", nullptr, minutes).arg(m_view->conference());
        emit statusMessage(text, false);
        emit notice(tr("Time box"), text);
    });
    connect(m_timeBox, &cc::TimeBox::ended, this, [this](cc::TimeBoxSettings::EndAction action) {
        QSettings().remove(settingsGroup() + QStringLiteral("/timeBox"));
        switch (action) {
        case cc::TimeBoxSettings::EndAction::Nothing:
            emit statusMessage(tr("The time for %1 is up.").arg(m_view->conference()), false);
            break;
        case cc::TimeBoxSettings::EndAction::Lock:
            emit statusMessage(
                tr("The time for %1 is up: the conference is locked.").arg(m_view->conference()), false);
            break;
        case cc::TimeBoxSettings::EndAction::EndMeeting:
            break; // asked, or ending: the table shows it
        }
        updateHeader();
        updateActions();
    });
    connect(m_timeBox, &cc::TimeBox::endConfirmationNeeded, this, [this] {
        confirmAction(m_view, QStringLiteral("confirmEndMeeting"), tr("Time Is Up"),
                      tr("The time for %1 is up. End the meeting now? Everyone is disconnected.")
                          .arg(m_view->conference()),
                      tr("End Meeting"), [this] { m_timeBox->endMeeting(); });
    });
    connect(m_timeBox, &cc::TimeBox::speakerOverLimit, this,
            [this](quint32, const QString &name, int minutes) {
                const QString text = tr("%1 has been speaking for %n minute(s).", nullptr, minutes).arg(name);
                emit statusMessage(text, false);
                emit notice(tr("Long speech — %1").arg(m_view->conference()), text);
            });
    connect(m_timeBox, &cc::TimeBox::problem, this,
            [this](const QString &text) { emit statusMessage(text, true); });

    connect(m_breakout, &cc::BreakoutSession::stateChanged, this, [this] {
        updateActions();
        updateHeader();
    });
    connect(m_breakout, &cc::BreakoutSession::tick, this, &ConferenceMeeting::updateHeader);
    connect(m_breakout, &cc::BreakoutSession::recordChanged, this, &ConferenceMeeting::onBreakoutRecord);
    connect(m_breakout, &cc::BreakoutSession::returning, m_rules, &cc::ArrivalRules::expectReturn);
    connect(m_breakout, &cc::BreakoutSession::warningPlayed, this,
            [this] { emit statusMessage(tr("The rooms heard the warning."), false); });
    connect(m_breakout, &cc::BreakoutSession::problem, this, [this](const QString &text) {
        emit statusMessage(text, true);
        emit notice(tr("Breakout rooms — %1").arg(m_view->conference()), text);
    });
    connect(m_breakout, &cc::BreakoutSession::finished, this, [this] {
        emit statusMessage(tr("Everyone who could come back is back in %1.").arg(m_view->conference()),
                           false);
    });

    loadLocalState();
    updateActions();
}

ConferenceMeeting::~ConferenceMeeting() = default;

// --- state and persistence ---------------------------------------------------------------------

QString ConferenceMeeting::settingsGroup() const
{
    // Per server (its address, which a rename keeps) and conference.
    const QString server = m_view->connection()->profile().displayAddress();
    return QStringLiteral("meeting/") + QString::fromLatin1(QUrl::toPercentEncoding(server)) + u'/' +
           QString::fromLatin1(QUrl::toPercentEncoding(m_view->conference()));
}

void ConferenceMeeting::loadLocalState()
{
    QSettings s;
    s.beginGroup(settingsGroup());
    cc::ArrivalSettings a;
    a.waitingRoom = s.value(QStringLiteral("waitingRoom"), false).toBool();
    a.muteOnEntry = s.value(QStringLiteral("muteOnEntry"), false).toBool();
    a.muteModerators = s.value(QStringLiteral("muteModerators"), false).toBool();
    a.holdMusic = s.value(QStringLiteral("holdMusic")).toString();
    m_denyFile = s.value(QStringLiteral("denyMessage")).toString();
    // Not published now: the first listing tells whether the switch already knows (it wins).
    m_rules->setSettings(a, false);

    const qint64 ends = s.value(QStringLiteral("timeBox/endsAt"), 0).toLongLong();
    if (ends > QDateTime::currentSecsSinceEpoch()) {
        cc::TimeBoxSettings t;
        t.endsAtEpochSeconds = ends;
        t.warnMinutesBefore = s.value(QStringLiteral("timeBox/warnMinutes"), 5).toInt();
        t.warningFile = s.value(QStringLiteral("timeBox/warningFile")).toString();
        t.endAction = cc::TimeBoxSettings::EndAction(s.value(QStringLiteral("timeBox/endAction"), 0).toInt());
        t.askBeforeEnding = s.value(QStringLiteral("timeBox/ask"), true).toBool();
        t.speakerLimitMinutes = s.value(QStringLiteral("timeBox/speakerLimit"), 0).toInt();
        m_timeBox->setSettings(t);
    }
    m_breakout->setWarning(s.value(QStringLiteral("breakout/warningFile")).toString(),
                           s.value(QStringLiteral("breakout/warningSeconds"), 60).toInt());
    if (const auto record =
            cc::BreakoutRecord::fromText(s.value(QStringLiteral("breakout/record")).toString());
        record && !record->isEmpty())
        m_breakout->resume(*record);
    s.endGroup();
}

void ConferenceMeeting::saveArrivalSettings()
{
    const cc::ArrivalSettings a = m_rules->settings();
    QSettings s;
    s.beginGroup(settingsGroup());
    s.setValue(QStringLiteral("waitingRoom"), a.waitingRoom);
    s.setValue(QStringLiteral("muteOnEntry"), a.muteOnEntry);
    s.setValue(QStringLiteral("muteModerators"), a.muteModerators);
    s.setValue(QStringLiteral("holdMusic"), a.holdMusic);
    s.setValue(QStringLiteral("denyMessage"), m_denyFile);
}

void ConferenceMeeting::onSettingsChanged(const cc::ArrivalSettings &)
{
    saveArrivalSettings();
    updateActions();
    updateHeader();
}

void ConferenceMeeting::onBreakoutRecord(const cc::BreakoutRecord &record)
{
    QSettings s;
    s.beginGroup(settingsGroup());
    if (record.isEmpty())
        s.remove(QStringLiteral("breakout/record"));
    else
        s.setValue(QStringLiteral("breakout/record"), record.toText());
    updateHeader();
}

void ConferenceMeeting::observe()
{
    const cc::ConferenceSnapshot &snapshot = m_view->model()->snapshot();
    m_rules->observe(snapshot);
    m_waiting->applySnapshot(snapshot);
    m_timeBox->observe(snapshot);
    if (!m_sawFirstSnapshot) {
        m_sawFirstSnapshot = true;
        if (m_breakout->state() == cc::BreakoutSession::State::Idle)
            recoverBreakout();
    }
}

void ConferenceMeeting::recoverBreakout()
{
    // Nothing known here (another console started it, or the settings were lost): the rooms
    // carry cc_breakout_from on the switch.
    QStringList names = m_view->connection()->conferenceNames();
    names.removeAll(m_view->conference());
    if (names.isEmpty() || names.size() > 50)
        return;
    m_recovering = true;
    auto found = std::make_shared<QList<cc::ConferenceSnapshot>>();
    auto left = std::make_shared<int>(int(names.size()));
    for (const QString &name : std::as_const(names)) {
        m_sender->send(name, cc::ConferenceCommand::xmlList(),
                       [this, found, left](const cc::CommandOutcome &o) {
                           if (o.ok()) {
                               const auto parsed = cc::parseXmlList(o.payload.toUtf8());
                               if (parsed.ok())
                                   *found << parsed.value;
                           }
                           if (--*left > 0)
                               return;
                           m_recovering = false;
                           const auto record = cc::BreakoutRecord::fromRooms(m_view->conference(), *found);
                           if (record && m_breakout->state() == cc::BreakoutSession::State::Idle) {
                               m_breakout->resume(*record);
                               onBreakoutRecord(*record);
                               emit statusMessage(tr("A breakout of %1 is running in %n room(s).", nullptr,
                                                     int(record->rooms.size()))
                                                      .arg(m_view->conference()),
                                                  false);
                           }
                       });
    }
}

QString ConferenceMeeting::nameOf(quint32 id) const
{
    for (const cc::Participant &p : m_view->model()->snapshot().members) {
        if (p.id == id)
            return cc::memberDisplayName(p);
    }
    return cc::memberLabel(id);
}

// --- what the moderator does ---------------------------------------------------------------------

void ConferenceMeeting::setWaitingRoom(bool on)
{
    cc::ArrivalSettings a = m_rules->settings();
    if (a.waitingRoom == on)
        return;
    a.waitingRoom = on;
    m_rules->setSettings(a);
    emit statusMessage(on ? tr("Waiting room on: callers who join now wait until you admit them (while this "
                               "console is open).")
                          : tr("Waiting room off: callers who join now come straight in."),
                       false);
}

void ConferenceMeeting::setMuteOnEntry(bool on)
{
    cc::ArrivalSettings a = m_rules->settings();
    if (a.muteOnEntry == on)
        return;
    a.muteOnEntry = on;
    m_rules->setSettings(a);
    emit statusMessage(on ? tr("Members who join now are muted on arrival (while this console is open).")
                          : tr("Members who join now are no longer muted on arrival."),
                       false);
}

void ConferenceMeeting::setMuteModerators(bool on)
{
    cc::ArrivalSettings a = m_rules->settings();
    if (a.muteModerators == on)
        return;
    a.muteModerators = on;
    m_rules->setSettings(a);
}

void ConferenceMeeting::admit(const QList<quint32> &memberIds)
{
    m_rules->admit(memberIds);
}

void ConferenceMeeting::deny(quint32 memberId)
{
    const QString who = nameOf(memberId);
    const QString text =
        m_denyFile.isEmpty()
            ? tr("Turn %1 away? The call ends.").arg(who)
            : tr("Turn %1 away? They hear “%2” first, then the call ends.").arg(who, m_denyFile);
    confirmAction(m_view, QStringLiteral("confirmDeny"), tr("Deny"), text, tr("Turn Away"),
                  [this, memberId] { m_rules->deny(memberId, m_denyFile); });
}

void ConferenceMeeting::sendToWaitingRoom(const QList<quint32> &memberIds)
{
    m_rules->sendToWaitingRoom(memberIds);
}

void ConferenceMeeting::onActed(const cc::ArrivalAction &a)
{
    using Kind = cc::ArrivalAction::Kind;
    QString name = a.memberLabel;
    if (!a.ok) {
        QString what;
        switch (a.kind) {
        case Kind::Held:
            what = tr("%1 could not be held in the waiting room: %2");
            break;
        case Kind::Muted:
            what = tr("%1 could not be muted on arrival: %2");
            break;
        case Kind::Admitted:
            what = tr("%1 could not be let in: %2");
            break;
        case Kind::SentBack:
            what = tr("%1 could not be sent to the waiting room: %2");
            break;
        case Kind::Denied:
            what = tr("%1 could not be turned away: %2");
            break;
        }
        emit statusMessage(what.arg(name, a.message), true);
        return;
    }
    switch (a.kind) {
    case Kind::Held:
        emit statusMessage(tr("%1 waits in the waiting room.").arg(name), false);
        break;
    case Kind::Muted:
        emit statusMessage(tr("%1 was muted on arrival.").arg(name), false);
        break;
    case Kind::Admitted:
        emit statusMessage(tr("%1 was let in.").arg(name), false);
        break;
    case Kind::SentBack:
        emit statusMessage(tr("%1 is back in the waiting room.").arg(name), false);
        break;
    case Kind::Denied:
        emit statusMessage(tr("%1 was turned away.").arg(name), false);
        break;
    }
}

void ConferenceMeeting::recallBreakout()
{
    if (m_breakout->state() != cc::BreakoutSession::State::Running)
        return;
    m_breakout->recall();
}

BreakoutDialog *ConferenceMeeting::showBreakoutDialog()
{
    if (!m_breakoutDialog) {
        BreakoutChoices choices;
        choices.origin = m_view->conference();
        choices.members = m_view->model()->snapshot().members;
        choices.selected = m_view->selectedMemberIds();
        choices.roomsMustExist = !m_view->isEventSocket();
        if (choices.roomsMustExist) {
            choices.roomCandidates = m_view->connection()->conferenceNames();
            choices.roomCandidates.removeAll(choices.origin);
        }
        m_breakoutDialog = new BreakoutDialog(m_breakout, choices, m_view);
        connect(m_breakoutDialog, &BreakoutDialog::openRoomRequested, m_view,
                &ConferenceView::openConferenceRequested);
        connect(m_view->model(), &cc::ParticipantModel::snapshotApplied, m_breakoutDialog, [this] {
            if (m_breakoutDialog)
                m_breakoutDialog->setMembers(m_view->model()->snapshot().members);
        });
        m_breakoutDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_breakoutDialog, &BreakoutDialog::warningChosen, this,
                [this](const QString &file, int seconds) {
                    QSettings s;
                    s.beginGroup(settingsGroup());
                    s.setValue(QStringLiteral("breakout/warningFile"), file);
                    s.setValue(QStringLiteral("breakout/warningSeconds"), seconds);
                });
    }
    m_breakoutDialog->show();
    m_breakoutDialog->raise();
    m_breakoutDialog->activateWindow();
    return m_breakoutDialog;
}

TimeBoxDialog *ConferenceMeeting::showTimeBoxDialog()
{
    if (!m_timeBoxDialog) {
        m_timeBoxDialog = new TimeBoxDialog(m_timeBox->settings(), m_view->isEventSocket(), m_view);
        m_timeBoxDialog->setAttribute(Qt::WA_DeleteOnClose);
        m_timeBoxDialog->setWindowTitle(tr("Time Box — %1").arg(m_view->conference()));
        connect(m_timeBoxDialog, &TimeBoxDialog::chosen, this, [this](const cc::TimeBoxSettings &t) {
            m_timeBox->setSettings(t);
            QSettings s;
            s.beginGroup(settingsGroup());
            s.setValue(QStringLiteral("timeBox/endsAt"), t.endsAtEpochSeconds);
            s.setValue(QStringLiteral("timeBox/warnMinutes"), t.warnMinutesBefore);
            s.setValue(QStringLiteral("timeBox/warningFile"), t.warningFile);
            s.setValue(QStringLiteral("timeBox/endAction"), int(t.endAction));
            s.setValue(QStringLiteral("timeBox/ask"), t.askBeforeEnding);
            s.setValue(QStringLiteral("timeBox/speakerLimit"), t.speakerLimitMinutes);
            updateHeader();
            updateActions();
            emit statusMessage(
                t.endsAtEpochSeconds > 0
                    ? tr("%1 ends at %2 (while this console is open).")
                          .arg(m_view->conference(), QDateTime::fromSecsSinceEpoch(t.endsAtEpochSeconds)
                                                         .toString(QStringLiteral("HH:mm")))
                    : tr("The speaker limit for %1 is set.").arg(m_view->conference()),
                false);
        });
    }
    m_timeBoxDialog->open();
    return m_timeBoxDialog;
}

void ConferenceMeeting::showWaitingRoomSettings()
{
    auto *dialog = new QDialog(m_view);
    dialog->setObjectName(QStringLiteral("waitingRoomSettingsDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Waiting Room Settings — %1").arg(m_view->conference()));
    auto *layout = new QVBoxLayout(dialog);
    auto *form = new QFormLayout;
    auto *music = new QLineEdit(m_rules->settings().holdMusic, dialog);
    music->setObjectName(QStringLiteral("holdMusicEdit"));
    music->setPlaceholderText(m_view->isEventSocket() ? QStringLiteral("local_stream://moh")
                                                      : tr("none (silence)"));
    auto *message = new QLineEdit(m_denyFile, dialog);
    message->setObjectName(QStringLiteral("denyMessageEdit"));
    message->setPlaceholderText(tr("none (the call just ends)"));
    form->addRow(tr("&Hold music:"), music);
    form->addRow(tr("&Message for callers turned away:"), message);
    layout->addLayout(form);
    auto *note =
        new QLabel(m_view->isEventSocket()
                       ? tr("A sound file on the conference server, or a stream such as local_stream://moh. "
                            "Waiting callers are also deafened, so they never hear the meeting.")
                       : tr("Over sipXconfig REST a file cannot contain “/”: give a file name from the "
                            "conference's sound folder. Waiting callers are also deafened, so they never "
                            "hear the meeting."),
                   dialog);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(note);
    auto *error = new QLabel(dialog);
    error->setObjectName(QStringLiteral("waitingRoomSettingsError"));
    error->setWordWrap(true);
    error->hide();
    layout->addWidget(error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, dialog, [this, dialog, music, message, error] {
        // Say now what the route cannot carry, not when the first caller arrives.
        for (const auto &[file, command] :
             {std::pair(music->text().trimmed(),
                        cc::ConferenceCommand::hold(QStringLiteral("1"), music->text())),
              std::pair(message->text().trimmed(),
                        cc::ConferenceCommand::play(message->text(), quint32(1)))}) {
            if (file.isEmpty())
                continue;
            QString why = command.isValid() ? m_view->controller()->transport()->refusalReason(command)
                                            : command.error();
            if (!why.isEmpty()) {
                error->setText(why);
                error->show();
                return;
            }
        }
        cc::ArrivalSettings a = m_rules->settings();
        a.holdMusic = music->text().trimmed();
        m_denyFile = message->text().trimmed();
        m_rules->setSettings(a, false);
        saveArrivalSettings();
        dialog->accept();
    });
    dialog->open();
}

// --- what the tab shows ---------------------------------------------------------------------------

WaitingRoomPanel *ConferenceMeeting::createWaitingPanel(QWidget *parent)
{
    m_panel = new WaitingRoomPanel(parent);
    m_panel->setList(m_waiting);
    connect(m_panel, &WaitingRoomPanel::admitRequested, this, &ConferenceMeeting::admit);
    connect(m_panel, &WaitingRoomPanel::denyRequested, this, &ConferenceMeeting::deny);
    // Shown while the waiting room is on, or while anyone is held.
    auto visibility = [this] {
        if (m_panel)
            m_panel->setVisible(m_rules->settings().waitingRoom || !m_panel->isEmpty());
    };
    connect(m_panel, &WaitingRoomPanel::queueSizeChanged, this, visibility);
    connect(m_rules, &cc::ArrivalRules::settingsChanged, this, visibility);
    visibility();
    return m_panel;
}

void ConferenceMeeting::populateMenu(QMenu *menu)
{
    menu->addSection(tr("Runs while this console is open"));
    menu->addAction(m_waitingRoomAction);
    menu->addAction(m_waitingSettingsAction);
    menu->addAction(m_muteOnEntryAction);
    menu->addAction(m_muteModeratorsAction);
    menu->addSeparator();
    menu->addAction(m_breakoutAction);
    menu->addAction(m_broadcastAction);
    menu->addAction(m_recallAction);
    menu->addSeparator();
    menu->addAction(m_timeBoxAction);
    menu->addAction(m_cancelTimeBoxAction);
}

void ConferenceMeeting::updateActions()
{
    const cc::ArrivalSettings a = m_rules->settings();
    const QSignalBlocker b1(m_waitingRoomAction), b2(m_muteOnEntryAction), b3(m_muteModeratorsAction);
    m_waitingRoomAction->setChecked(a.waitingRoom);
    m_muteOnEntryAction->setChecked(a.muteOnEntry);
    m_muteModeratorsAction->setChecked(a.muteModerators);
    m_muteModeratorsAction->setEnabled(a.muteOnEntry);
    const bool running = m_breakout->state() == cc::BreakoutSession::State::Running;
    const bool busy = m_breakout->state() == cc::BreakoutSession::State::Starting ||
                      m_breakout->state() == cc::BreakoutSession::State::Recalling;
    m_recallAction->setEnabled(running);
    m_broadcastAction->setEnabled(running);
    m_breakoutAction->setEnabled(!busy);
    m_breakoutAction->setText(running ? tr("&Breakout Rooms (running)…") : tr("&Breakout Rooms…"));
    m_cancelTimeBoxAction->setEnabled(m_timeBox->isRunning() ||
                                      m_timeBox->settings().speakerLimitMinutes > 0);
}

QString ConferenceMeeting::headerText() const
{
    QStringList parts;
    const cc::ArrivalSettings a = m_rules->settings();
    if (a.waitingRoom)
        parts << tr("Waiting room");
    if (a.muteOnEntry)
        parts << tr("Muting arrivals");
    if (const auto left = m_timeBox->secondsLeft(); left && m_timeBox->isRunning())
        parts << tr("Ends in %1").arg(clock(*left));
    const auto state = m_breakout->state();
    if (state == cc::BreakoutSession::State::Running || state == cc::BreakoutSession::State::Starting) {
        const int rooms = int(m_breakout->record().rooms.size());
        if (const auto left = m_breakout->secondsLeft())
            parts << tr("%n room(s), %1 left", nullptr, rooms).arg(clock(*left));
        else
            parts << tr("%n room(s) open", nullptr, rooms);
    } else if (state == cc::BreakoutSession::State::Recalling) {
        parts << tr("Bringing everyone back");
    }
    return parts.join(QStringLiteral(" · "));
}

void ConferenceMeeting::updateHeader()
{
    const QString text = headerText();
    if (text == m_lastHeader)
        return;
    m_lastHeader = text;
    emit headerTextChanged(text);
}

} // namespace gui
