// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/conference/tabtransferdrop.h"

#include "core/model/participantmodel.h"
#include "gui/conference/conferenceview.h"

#include <QDropEvent>
#include <QMimeData>
#include <QTabBar>
#include <QTabWidget>

namespace gui {

TabTransferDrop::TabTransferDrop(QTabWidget *tabs)
    : QObject(tabs)
    , m_tabs(tabs)
{
    tabs->tabBar()->setAcceptDrops(true);
    tabs->tabBar()->installEventFilter(this);
}

ConferenceView *TabTransferDrop::targetAt(const QPoint &pos, const QString &from) const
{
    const int index = m_tabs->tabBar()->tabAt(pos);
    auto *target = qobject_cast<ConferenceView *>(m_tabs->widget(index));
    if (!target || target->conference() == from)
        return nullptr;
    return target;
}

bool TabTransferDrop::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_tabs->tabBar() || (event->type() != QEvent::DragEnter &&
                                        event->type() != QEvent::DragMove && event->type() != QEvent::Drop))
        return QObject::eventFilter(watched, event);
    auto *drop = static_cast<QDropEvent *>(event);
    const QMimeData *mime = drop->mimeData();
    QString from;
    QList<quint32> ids;
    if (!mime || !mime->hasFormat(cc::ParticipantModel::kMimeType) ||
        !cc::ParticipantModel::decodeMemberIds(mime->data(cc::ParticipantModel::kMimeType), &from, &ids) ||
        ids.isEmpty()) {
        drop->ignore();
        return true;
    }
    if (event->type() == QEvent::DragEnter) {
        drop->acceptProposedAction(); // positions are judged on DragMove
        return true;
    }
    ConferenceView *target = targetAt(drop->position().toPoint(), from);
    if (!target) {
        drop->ignore();
        return true;
    }
    drop->acceptProposedAction();
    if (event->type() == QEvent::Drop)
        emit transferRequested(target, from, ids);
    return true;
}

} // namespace gui
