// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// ConferenceMeeting: running one conference as a meeting — waiting room, mute on entry, breakout
// rooms, time box — for the view it belongs to.
#pragma once

#include "core/meeting/arrivalrules.h"
#include "core/meeting/breakout.h"
#include "core/meeting/timebox.h"
#include "gui/conference/waitingroompanel.h" // QPointer<WaitingRoomPanel> needs the complete type
#include "gui/dialogs/breakoutdialog.h"
#include "gui/dialogs/timeboxdialog.h"

#include <QObject>
#include <QPointer>
#include <QString>

class QAction;
class QMenu;
class QSettings;
class QWidget;

namespace cc {
class CommandSender;
class WaitingList;
} // namespace cc

namespace gui {

class ConferenceView;

/// Owns the meeting automations of one conference tab (core/meeting) and wires them to the
/// view: the member list of every applied snapshot goes to the arrival rules, the waiting list
/// and the time box; their commands go through the view's command controller (audited, in the
/// log). It builds the Meeting menu, the waiting-room panel of the strip, and the breakout and
/// time-box dialogs. What it runs runs as long as the tab is open, which the menu says.
///
/// Remembered in the settings per server and conference: the waiting room and mute-on-entry
/// choices (also kept on the switch, which wins when it has them), the hold music and the
/// turn-away message, a running time box, and a running breakout (also on the switch, in the
/// rooms' variables, read when nothing local is known).
class ConferenceMeeting final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConferenceMeeting)

public:
    explicit ConferenceMeeting(ConferenceView *view);
    ~ConferenceMeeting() override;

    cc::ArrivalRules *rules() const { return m_rules; }
    cc::WaitingList *waitingList() const { return m_waiting; }
    cc::TimeBox *timeBox() const { return m_timeBox; }
    cc::BreakoutSession *breakout() const { return m_breakout; }

    /// The waiting-room panel for the strip; parent takes ownership.
    WaitingRoomPanel *createWaitingPanel(QWidget *parent);
    WaitingRoomPanel *waitingPanel() const { return m_panel; }
    /// Fills the Meeting menu (the toolbar's Meeting button).
    void populateMenu(QMenu *menu);

    QAction *waitingRoomAction() const { return m_waitingRoomAction; }
    QAction *muteOnEntryAction() const { return m_muteOnEntryAction; }
    QAction *muteModeratorsAction() const { return m_muteModeratorsAction; }

    void setWaitingRoom(bool on);
    void setMuteOnEntry(bool on);
    void setMuteModerators(bool on);
    void admit(const QList<quint32> &memberIds);
    /// Asks first; plays the turn-away message (if one is set) before the kick.
    void deny(quint32 memberId);
    void sendToWaitingRoom(const QList<quint32> &memberIds);

    BreakoutDialog *showBreakoutDialog();
    TimeBoxDialog *showTimeBoxDialog();
    void recallBreakout();
    void showWaitingRoomSettings();

    /// "Waiting room · Mute on entry · Ends in 12:34 · Rooms 04:12" (empty when nothing runs).
    QString headerText() const;

signals:
    void headerTextChanged(const QString &text);
    void statusMessage(const QString &text, bool error);
    /// Worth a desktop notification: someone waits, the meeting nears its end, a long speech.
    void notice(const QString &title, const QString &text);

private:
    void observe();
    void onActed(const cc::ArrivalAction &action);
    void onSettingsChanged(const cc::ArrivalSettings &settings);
    void onBreakoutRecord(const cc::BreakoutRecord &record);
    void recoverBreakout();
    void updateHeader();
    void updateActions();
    QString settingsGroup() const;
    void saveArrivalSettings();
    void loadLocalState();
    QString nameOf(quint32 id) const;

    ConferenceView *m_view;
    cc::CommandSender *m_sender;
    cc::ArrivalRules *m_rules;
    cc::WaitingList *m_waiting;
    cc::TimeBox *m_timeBox;
    cc::BreakoutSession *m_breakout;
    QPointer<WaitingRoomPanel> m_panel;
    QPointer<BreakoutDialog> m_breakoutDialog;
    QPointer<TimeBoxDialog> m_timeBoxDialog;
    QAction *m_waitingRoomAction;
    QAction *m_muteOnEntryAction;
    QAction *m_muteModeratorsAction;
    QAction *m_breakoutAction;
    QAction *m_recallAction;
    QAction *m_broadcastAction;
    QAction *m_timeBoxAction;
    QAction *m_cancelTimeBoxAction;
    QAction *m_waitingSettingsAction;
    QString m_denyFile;
    QString m_lastHeader;
    bool m_sawFirstSnapshot = false;
    bool m_recovering = false;
};

} // namespace gui
