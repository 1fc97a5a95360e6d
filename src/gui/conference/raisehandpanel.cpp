// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/conference/raisehandpanel.h"

namespace gui {

namespace {

MemberQueuePanel::Texts raiseHandTexts()
{
    MemberQueuePanel::Texts t;
    t.titleWithCount = RaiseHandPanel::tr("Raised hands (%1)");
    t.titleToolTip = RaiseHandPanel::tr("Muted members who tried to speak, in the order they did.");
    t.empty = RaiseHandPanel::tr("Nobody is waiting to speak.");
    t.accessibleName = RaiseHandPanel::tr("Raised hands");
    t.listDescription = [](int n) {
        return RaiseHandPanel::tr("%n member(s) waiting to speak. Enter gives the floor, Delete dismisses.", nullptr,
                                  n);
    };
    t.primary = RaiseHandPanel::tr("&Give the floor");
    t.primaryToolTip = RaiseHandPanel::tr("Unmute the selected member (Enter).");
    t.primaryAccessible = RaiseHandPanel::tr("Give the floor");
    t.secondary = RaiseHandPanel::tr("&Dismiss");
    t.secondaryToolTip = RaiseHandPanel::tr("Lower the selected hand without unmuting (Delete).");
    t.secondaryAccessible = RaiseHandPanel::tr("Dismiss");
    t.primaryObjectName = QStringLiteral("raiseHandGiveFloor");
    t.secondaryObjectName = QStringLiteral("raiseHandDismiss");
    return t;
}

} // namespace

RaiseHandPanel::RaiseHandPanel(QWidget *parent)
    : MemberQueuePanel(QStringLiteral("raiseHand"), raiseHandTexts(),
                       {cc::RaiseHandQueue::MemberIdRole, cc::RaiseHandQueue::WaitingTextRole,
                        cc::RaiseHandQueue::TalkingNowRole},
                       parent)
{}

RaiseHandPanel::~RaiseHandPanel() = default;

void RaiseHandPanel::setQueue(cc::RaiseHandQueue *queue)
{
    m_queue = queue;
    setModel(queue);
}

void RaiseHandPanel::giveFloorToCurrent()
{
    if (const quint32 id = currentMemberId())
        primaryAction(id);
}

void RaiseHandPanel::dismissCurrent()
{
    if (const quint32 id = currentMemberId())
        secondaryAction(id);
}

void RaiseHandPanel::primaryAction(quint32 memberId)
{
    emit giveFloorRequested(memberId);
}

void RaiseHandPanel::secondaryAction(quint32 memberId)
{
    if (m_queue && m_queue->dismiss(memberId))
        emit dismissed(memberId);
}

} // namespace gui
