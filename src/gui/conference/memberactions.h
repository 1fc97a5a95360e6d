// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// What a moderator does to members of one conference: the context menu, the keyboard actions on
// the selection, bulk selectors, transfer in batches and the relate choice after a drop.
#pragma once

#include "core/commands/conferencecommand.h"

#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

class QAction;
class QMenu;
class QPoint;
class QWidget;

namespace gui {

class ConferenceView;

/// Member actions of one ConferenceView. Every action captures member ids (never rows) before a
/// menu or dialog opens, because a poll may move rows meanwhile. Commands go through the view's
/// CommandController; the keyboard actions are added to the view (shortcuts act in the visible tab).
class MemberActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemberActions)

public:
    explicit MemberActions(ConferenceView *view);

    /// See ConferenceView: these are the implementations behind its public member API.
    QMenu *createMemberMenu(QWidget *parent);
    QMenu *createRelateMenu(const QList<quint32> &from, quint32 to, QWidget *parent);
    /// Which members a transfer moved and which it did not, once every batch has answered.
    using TransferDone = std::function<void(const QList<quint32> &moved, const QList<quint32> &failed)>;
    void transferMembers(const QString &target, const QList<quint32> &ids, TransferDone done = {});
    std::optional<QString> bulkSelector(const QList<quint32> &ids) const;
    void sendToMembers(const QList<quint32> &ids,
                       const std::function<cc::ConferenceCommand(const QString &)> &make);

    /// Right click on the table at `pos` (viewport coordinates): selects the row under it if it is
    /// not part of the selection, then pops up the member menu.
    void showContextMenu(const QPoint &pos);
    /// A drop of `from` onto `to`: pops up the relate choice and reports it.
    void offerRelate(const QList<quint32> &from, quint32 to);
    /// Gives `id` the audio floor. FreeSWITCH's `floor` toggles and refuses while another member
    /// holds it ("-ERR floor is held by N", freeswitch-conference.md §3), so the holder's floor is
    /// released first and handed over on its answer; nothing is sent when `id` already holds it.
    void handFloorTo(quint32 id);

    QString memberLabel(quint32 id) const;
    QString membersLabel(const QList<quint32> &ids) const;

signals:
    void statusMessage(const QString &text, bool error);
    void relateMenuShown(QMenu *menu);

private:
    void buildKeyboardActions();
    void openLevelDialog(int kind, const QList<quint32> &ids);
    void toggleMute(const QList<quint32> &ids);
    void toggleDeaf(const QList<quint32> &ids);
    void kickMembers(const QList<quint32> &ids, bool hangup);
    void addMediaItems(QMenu *menu, const QList<quint32> &ids);
    void addTransferMenu(QMenu *menu, const QList<quint32> &ids);
    void addRelateMenu(QMenu *menu, const QList<quint32> &ids);
    void copyToClipboard(const QList<quint32> &ids, bool uuids) const;

    ConferenceView *m_view;
};

} // namespace gui
