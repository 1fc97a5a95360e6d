// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The conference toolbar of one ConferenceView: lock, mute/deaf/kick all, record, media, PIN,
// dial out and refresh, and the state they mirror (locked, recording).
#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QMenu;
class QToolBar;
class QToolButton;
class QWidget;

namespace gui {

class ConferenceView;

/// Builds the toolbar actions into the view's QToolBar (the actions belong to the view, so its
/// shortcuts act in the visible tab only) and keeps Lock and Record in step with the server.
class ConferenceToolbar final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConferenceToolbar)

public:
    ConferenceToolbar(ConferenceView *view, QToolBar *toolBar);

    /// Lock and Record follow the last snapshot (and sipXconfig's record&status).
    /// Every action follows the conference: Lock or Unlock, Record or Stop recording, and the
    /// all-member actions are offered when they would change somebody (the mute and deaf buttons
    /// show Unmute all / Undeaf all once everybody is muted / deaf).
    void updateState();
    /// Opens the dial-out dialog, or raises the one already open.
    void openDialOut();

signals:
    /// A sipXconfig record&start or record&stop was answered: re-read the recording state.
    void recordingChangeAnswered();

private:
    QToolButton *addMenuButton(const QString &objectName, QAction *defaultAction,
                               const QList<QAction *> &actions, const QString &menuName, bool textBesideIcon);
    void toggleRecording(bool start);

    ConferenceView *m_view;
    QToolBar *m_toolBar;
    QAction *m_lockAction = nullptr;
    QAction *m_recordAction = nullptr;
    QAction *m_muteAll = nullptr;
    QAction *m_muteNonModerators = nullptr;
    QAction *m_unmuteAll = nullptr;
    QAction *m_deafAll = nullptr;
    QAction *m_undeafAll = nullptr;
    QAction *m_kickAll = nullptr;
    QToolButton *m_muteButton = nullptr;
    QToolButton *m_deafButton = nullptr;
    QPointer<QWidget> m_dialOut;
};

} // namespace gui
