// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/commands/commandresponse.h"
#include "core/commands/conferencecommand.h"
#include "core/model/participant.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QWidget>

#include <functional>
#include <optional>

class QAction;
class QLabel;
class QLineEdit;
class QMenu;
class QSplitter;
class QTableView;
class QTimer;
class QToolBar;
class QToolButton;

namespace cc {
class ConferencePoller;
class ConferenceSource;
class ParticipantModel;
class PushConferenceSource;
} // namespace cc

namespace gui {

class CommandController;
class ConferenceInsights;
class ConferenceToolbar;
class MemberActions;
class ParticipantProxyModel;
class RelationsPanel;
class ServerConnection;

/// One open conference (a tab): header line, conference toolbar, filterable member table
/// over cc::ParticipantModel, relations panel. Follows the conference with its own
/// ConferencePoller (REST) or PushConferenceSource (event socket) and sends commands through
/// its own CommandController. What the moderator does lives in two controllers: MemberActions
/// (context menu, keys on the selection, relate, transfer) and ConferenceToolbar.
class ConferenceView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConferenceView)

public:
    ConferenceView(ServerConnection *connection, const QString &conference, QWidget *parent = nullptr);
    ~ConferenceView() override;

    QString conference() const { return m_conference; }
    ServerConnection *connection() const { return m_connection; }
    cc::ParticipantModel *model() const { return m_model; }
    ParticipantProxyModel *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    /// The REST poller; nullptr on an event-socket connection (see pushSource()).
    cc::ConferencePoller *poller() const { return m_poller; }
    /// The event-socket source; nullptr on a REST connection.
    cc::PushConferenceSource *pushSource() const { return m_push; }
    bool isEventSocket() const;
    CommandController *controller() const { return m_controller; }
    RelationsPanel *relationsPanel() const { return m_relations; }
    QToolBar *toolBar() const { return m_toolBar; }
    QLineEdit *filterEdit() const { return m_filter; }
    MemberActions *memberActions() const { return m_memberActions; }
    ConferenceToolbar *toolbarController() const { return m_toolbarController; }
    /// Attendance, talk time, speaker timeline and raise-hand queue of this conference.
    ConferenceInsights *insights() const { return m_insights; }

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
    void transferMembers(const QString &target, const QList<quint32> &ids);
    /// The "relate" choice offered after a drop of `from` onto `to`.
    QMenu *createRelateMenu(const QList<quint32> &from, quint32 to, QWidget *parent = nullptr);

    /// Header texts, for tests and the window title.
    QString headerText() const;
    QString recordingBadgeText() const;
    bool isRecording() const;
    int memberCount() const;
    /// "1 member", "5 members" (translated plural forms when a translation is loaded).
    static QString memberCountText(int count);

    /// Sends one member command per id, or one with `all`/`non_moderator` when that matches.
    void sendToMembers(const QList<quint32> &ids,
                       const std::function<cc::ConferenceCommand(const QString &)> &make);

    /// A view action (its shortcut acts only in this tab), owned by the view so tests find it.
    QAction *makeAction(const QString &objectName, const QString &text, const QString &toolTip = {});

signals:
    void statusMessage(const QString &text, bool error);
    void memberCountChanged(int count);
    /// The relate popup opened after a drop (tests trigger its actions).
    void relateMenuShown(QMenu *menu);
    void dialOutRequested();

private:
    void buildUi();
    void connectSource();
    void connectPoller();
    void connectPushSource();
    void pollRelations();
    void updateHeader();
    void updateConferenceState();
    void tick();
    void pollRecording();

    ServerConnection *m_connection;
    QString m_conference;
    cc::ParticipantModel *m_model = nullptr;
    ParticipantProxyModel *m_proxy = nullptr;
    cc::ConferencePoller *m_poller = nullptr;
    cc::PushConferenceSource *m_push = nullptr;
    cc::ConferenceSource *m_source = nullptr; ///< whichever of the two follows the conference
    CommandController *m_controller = nullptr;
    RelationsPanel *m_relations = nullptr;
    MemberActions *m_memberActions = nullptr;
    ConferenceToolbar *m_toolbarController = nullptr;
    ConferenceInsights *m_insights = nullptr;

    QTableView *m_table = nullptr;
    QLineEdit *m_filter = nullptr;
    QToolBar *m_toolBar = nullptr;
    QSplitter *m_splitter = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_count = nullptr;
    QToolButton *m_lockBadge = nullptr;
    QToolButton *m_recBadge = nullptr;
    QLabel *m_updated = nullptr;
    QLabel *m_warning = nullptr;
    QTimer *m_tick = nullptr;

    QString m_lastPollError;
    bool m_haveSnapshot = false;
    bool m_recordingQueryInFlight = false;
    bool m_relationsQueryInFlight = false;
    bool m_sipxRecording = false;               ///< record&status said IN_PROGRESS
    std::optional<int> m_recordDurationSeconds; ///< last record&duration answer
    qint64 m_recordDurationAtMs = 0;            ///< when it was read (monotonic-ish wall clock)
    int m_ticks = 0;
};

} // namespace gui
