// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/conference/waitingroompanel.h"

#include <QPushButton>

namespace gui {

namespace {

MemberQueuePanel::Texts waitingTexts()
{
    MemberQueuePanel::Texts t;
    t.titleWithCount = WaitingRoomPanel::tr("Waiting room (%1)");
    t.titleToolTip = WaitingRoomPanel::tr(
        "Callers held on arrival: they hear the hold music (or silence), nobody hears them, and they hear "
        "nothing of the meeting until admitted.");
    t.empty = WaitingRoomPanel::tr("Nobody is waiting to be let in.");
    t.accessibleName = WaitingRoomPanel::tr("Waiting room");
    t.listDescription = [](int n) {
        return WaitingRoomPanel::tr("%n caller(s) waiting to be let in. Enter admits, Delete turns away.", nullptr,
                                    n);
    };
    t.primary = WaitingRoomPanel::tr("&Admit");
    t.primaryToolTip = WaitingRoomPanel::tr("Let the selected caller into the meeting (Enter).");
    t.primaryAccessible = WaitingRoomPanel::tr("Admit");
    t.secondary = WaitingRoomPanel::tr("De&ny…");
    t.secondaryToolTip =
        WaitingRoomPanel::tr("Turn the selected caller away, after an optional message (Delete).");
    t.secondaryAccessible = WaitingRoomPanel::tr("Deny");
    t.primaryObjectName = QStringLiteral("waitingRoomAdmit");
    t.secondaryObjectName = QStringLiteral("waitingRoomDeny");
    return t;
}

} // namespace

WaitingRoomPanel::WaitingRoomPanel(QWidget *parent)
    : MemberQueuePanel(QStringLiteral("waitingRoom"), waitingTexts(),
                       {cc::WaitingList::MemberIdRole, cc::WaitingList::WaitedTextRole, -1}, parent)
{
    m_admitAll = addButton(QStringLiteral("waitingRoomAdmitAll"), tr("Admit a&ll"),
                           tr("Let everyone who waits into the meeting."));
    connect(m_admitAll, &QPushButton::clicked, this, [this] {
        const QList<quint32> ids = memberIds();
        if (!ids.isEmpty())
            emit admitRequested(ids);
    });
}

WaitingRoomPanel::~WaitingRoomPanel() = default;

void WaitingRoomPanel::setList(cc::WaitingList *list)
{
    m_list = list;
    setModel(list);
}

void WaitingRoomPanel::primaryAction(quint32 memberId)
{
    emit admitRequested({memberId});
}

void WaitingRoomPanel::secondaryAction(quint32 memberId)
{
    emit denyRequested(memberId);
}

} // namespace gui
