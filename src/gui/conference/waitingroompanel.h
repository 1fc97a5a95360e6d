// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/meeting/waitinglist.h" // QPointer<cc::WaitingList> needs the complete type
#include "gui/conference/memberqueuepanel.h"

#include <QPointer>

namespace gui {

/// Who waits in the waiting room (cc::WaitingList), longest first, with "Admit" (Enter), "Deny…"
/// (Delete) and "Admit all". It sends nothing itself: the owner (ConferenceMeeting) does what the
/// moderator asked for.
class WaitingRoomPanel final : public MemberQueuePanel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WaitingRoomPanel)

public:
    explicit WaitingRoomPanel(QWidget *parent = nullptr);
    ~WaitingRoomPanel() override;

    void setList(cc::WaitingList *list);
    cc::WaitingList *list() const { return m_list; }

    QPushButton *admitButton() const { return primaryButton(); }
    QPushButton *denyButton() const { return secondaryButton(); }
    QPushButton *admitAllButton() const { return m_admitAll; }

signals:
    void admitRequested(const QList<quint32> &memberIds);
    void denyRequested(quint32 memberId);

protected:
    void primaryAction(quint32 memberId) override;
    void secondaryAction(quint32 memberId) override;

private:
    QPointer<cc::WaitingList> m_list;
    QPushButton *m_admitAll;
};

} // namespace gui
