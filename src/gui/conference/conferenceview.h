// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/commands/commandresponse.h"
#include "core/commands/conferencecommand.h"
#include "core/model/participant.h"

#include <QList>
#include <QString>
#include <QWidget>

#include <functional>
#include <optional>

class QAction;
class QLineEdit;
class QMenu;
class QSplitter;
class QTableView;
class QTimer;
class QToolBar;

namespace cc {
class ConferencePoller;
class ConferenceSource;
class ParticipantModel;
class PushConferenceSource;
} // namespace cc

namespace gui {

class CommandController;
class ConferenceFeed;
class ConferenceHeader;
class ConferenceInsights;
class ConferenceMeeting;
class ConferenceToolbar;
class MemberActions;
class ParticipantProxyModel;
class RelationsPanel;
class ServerConnection;

/// One open conference (a tab): the header line, the conference toolbar, the filterable member
/// table with its selection, and the insights strip under it. What the conference knows comes
/// from its ConferenceFeed (model, source, command controller); what the moderator does lives
/// in two controllers: MemberActions (context menu, keys on the selection, relate, transfer)
/// and ConferenceToolbar.
class ConferenceView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConferenceView)

public:
    ConferenceView(ServerConnection *connection, const QString &conference, QWidget *parent = nullptr);
    ~ConferenceView() override;

    QString conference() const { return m_conference; }
    ServerConnection *connection() const { return m_connection; }
    ConferenceFeed *feed() const { return m_feed; }
    cc::ParticipantModel *model() const;
    ParticipantProxyModel *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    /// The REST poller; nullptr on an event-socket connection (see pushSource()).
    cc::ConferencePoller *poller() const;
    /// The event-socket source; nullptr on a REST connection.
    cc::PushConferenceSource *pushSource() const;
    bool isEventSocket() const;
    CommandController *controller() const;
    RelationsPanel *relationsPanel() const { return m_relations; }
    QLineEdit *filterEdit() const { return m_filter; }
    MemberActions *memberActions() const { return m_memberActions; }
    /// Attendance, talk time, speaker timeline and raise-hand queue of this conference.
    ConferenceInsights *insights() const { return m_insights; }
    /// Waiting room, mute on entry, breakout rooms and time box of this conference.
    ConferenceMeeting *meeting() const { return m_meeting; }

    void start();
    void stop();
    /// Poll (REST) or re-sync (event socket) now.
    void refreshNow();

    /// Members of the selected rows (any column), in table order.
    QList<quint32> selectedMemberIds() const;
    /// Selects the rows of these members (tests, restoring state).
    void selectMembers(const QList<quint32> &ids);
    /// T / Ctrl+J: selects and scrolls to the floor holder who is talking, else the first
    /// talker, else the floor holder. False when there is none (or it is filtered out).
    bool selectCurrentTalker();
    /// The selector for M commands when the selection covers the whole conference ("all"),
    /// exactly the non-moderators ("non_moderator"), or nullopt (send per member).
    std::optional<QString> bulkSelector(const QList<quint32> &ids) const;

    /// Builds the member context menu for the current selection (ids captured now).
    /// Returns nullptr when nothing is selected. The caller owns it (WA_DeleteOnClose set).
    QMenu *createMemberMenu(QWidget *parent = nullptr);
    /// Transfers `ids` to `target` in batches of ConferenceCommand::MaxTransferIds (FreeSWITCH
    /// reads at most 22 ids per line): one command per batch, each outcome reported, then a
    /// summary when there was more than one batch.
    void
    transferMembers(const QString &target, const QList<quint32> &ids,
                    std::function<void(const QList<quint32> &moved, const QList<quint32> &failed)> done = {});

    /// Header texts, for tests and the window title.
    QString headerText() const;
    QString recordingBadgeText() const;
    bool isRecording() const;
    int memberCount() const;
    /// "1 member", "5 members" (translated plural forms when a translation is loaded).
    static QString memberCountText(int count);

    /// A view action (its shortcut acts only in this tab), owned by the view so tests find it.
    QAction *makeAction(const QString &objectName, const QString &text, const QString &toolTip = {});

signals:
    void statusMessage(const QString &text, bool error);
    void memberCountChanged(int count);
    /// The relate popup opened after a drop (tests trigger its actions).
    void relateMenuShown(QMenu *menu);
    /// Open (or show) the tab of another conference of the same server (a breakout room).
    void openConferenceRequested(const QString &conference);

private:
    void buildUi();
    void buildTable();
    void fitColumns();
    void updateConferenceState();
    void tick();

    ServerConnection *m_connection;
    QString m_conference;
    ConferenceFeed *m_feed = nullptr;
    ParticipantProxyModel *m_proxy = nullptr;
    RelationsPanel *m_relations = nullptr;
    MemberActions *m_memberActions = nullptr;
    ConferenceToolbar *m_toolbarController = nullptr;
    ConferenceInsights *m_insights = nullptr;
    ConferenceMeeting *m_meeting = nullptr;

    ConferenceHeader *m_header = nullptr;
    QTableView *m_table = nullptr;
    QLineEdit *m_filter = nullptr;
    QToolBar *m_toolBar = nullptr;
    QSplitter *m_splitter = nullptr;
    QTimer *m_tick = nullptr;
};

} // namespace gui
