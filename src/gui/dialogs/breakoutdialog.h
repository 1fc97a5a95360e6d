// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/meeting/breakout.h"
#include "core/model/participant.h"

#include <QDialog>
#include <QList>
#include <QListWidget>
#include <QPointer>
#include <QStringList>

class QButtonGroup;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QStackedWidget;

namespace gui {

/// What the breakout dialog starts from: the conference, its members now, the moderator's
/// selection, and which conferences may be rooms.
struct BreakoutChoices
{
    QString origin;
    QList<cc::Participant> members;
    QList<quint32> selected;
    /// Over sipXconfig REST only conferences the user owns can be rooms (its API answers 403 or
    /// 404 for others): they are listed here and `roomsMustExist` is set. Over the event socket
    /// rooms are any names; the transfer creates them.
    QStringList roomCandidates;
    bool roomsMustExist = false;
};

/// A list of members that takes drops from its sibling lists. In the setup the item moves; while
/// the breakout runs the drop is only reported (memberDropped), and the breakout's record, once
/// the transfer went through, decides where the member is shown.
class MemberDropList final : public QListWidget
{
    Q_OBJECT

public:
    MemberDropList(const QString &room, bool reportOnly, QWidget *parent = nullptr);
    QString room() const { return m_room; }
    void setRoom(const QString &room) { m_room = room; }
    QList<quint32> memberIds() const;

signals:
    void memberDropped(quint32 memberId, const QString &room);

protected:
    void dropEvent(QDropEvent *event) override;

private:
    QString m_room;
    bool m_reportOnly;
};

/// Breakout rooms for one conference: choose the rooms and who goes where (evenly, at random,
/// or by dragging members between the lists), how long, and the warning before the end; then,
/// while it runs, the rooms with their members (drag a member to another room to move them),
/// "Play to all rooms…" and "Bring everyone back". Non-modal; the BreakoutSession (core) does
/// the work.
class BreakoutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BreakoutDialog)

public:
    BreakoutDialog(cc::BreakoutSession *session, const BreakoutChoices &choices, QWidget *parent = nullptr);
    ~BreakoutDialog() override;

    /// The conference's members as they are now (names in the running view; merged, so members
    /// who left for a room keep their names).
    void setMembers(const QList<cc::Participant> &members);

    // For tests and the real-input tier.
    QList<MemberDropList *> setupLists() const { return m_setupLists; } ///< [0] stays here, then the rooms
    QList<MemberDropList *> runningLists() const { return m_runningLists; }
    QSpinBox *roomCountSpin() const { return m_roomCount; }
    QSpinBox *minutesSpin() const { return m_minutes; }
    QPushButton *startButton() const { return m_start; }
    QPushButton *recallButton() const { return m_recall; }
    QPushButton *evenlyButton() const { return m_evenly; }
    QPushButton *randomButton() const { return m_random; }
    /// The room names chosen now (setup).
    QStringList roomNames() const;

signals:
    void warningChosen(const QString &file, int seconds);
    void openRoomRequested(const QString &room);

private:
    void buildSetup();
    void buildRunning();
    void rebuildRoomColumns();
    void distribute(cc::SplitMode mode);
    QList<quint32> whoGoes() const;
    void start();
    void showState();
    void refreshRunning();
    QString nameOf(quint32 id) const;
    QListWidgetItem *memberItem(quint32 id) const;

    QPointer<cc::BreakoutSession> m_session;
    BreakoutChoices m_choices;
    QStackedWidget *m_pages = nullptr;
    // setup
    QSpinBox *m_roomCount = nullptr;
    QRadioButton *m_selected = nullptr;
    QRadioButton *m_everyone = nullptr;
    QPushButton *m_evenly = nullptr;
    QPushButton *m_random = nullptr;
    QHBoxLayout *m_columns = nullptr;
    QList<MemberDropList *> m_setupLists;
    QList<QWidget *> m_roomNameEditors; ///< QLineEdit (event socket) or QComboBox (REST), per room
    QSpinBox *m_minutes = nullptr;
    QLineEdit *m_warningFile = nullptr;
    QSpinBox *m_warningSeconds = nullptr;
    QLabel *m_setupError = nullptr;
    QPushButton *m_start = nullptr;
    quint32 m_seed = 1;
    // running
    QLabel *m_countdown = nullptr;
    QHBoxLayout *m_runningColumns = nullptr;
    QList<MemberDropList *> m_runningLists;
    QPushButton *m_recall = nullptr;
    QPushButton *m_broadcast = nullptr;
};

} // namespace gui
