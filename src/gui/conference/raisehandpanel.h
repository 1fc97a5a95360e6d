// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/insights/raisehandqueue.h" // QPointer<cc::RaiseHandQueue> needs the complete type
#include "gui/conference/memberqueuepanel.h"

#include <QPointer>

namespace gui {

/// The raised hands of one conference (cc::RaiseHandQueue), first raised on top, with "Give the
/// floor" (Enter) and "Dismiss" (Delete). It sends no command: giving the floor is the owner's
/// job (unmute), signalled by giveFloorRequested(); Dismiss removes the entry from the queue
/// itself (no command exists for it) and reports dismissed(). When the queue is empty only the
/// title line stays; the owner may hide the panel altogether (isEmpty(), queueSizeChanged()).
class RaiseHandPanel final : public MemberQueuePanel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RaiseHandPanel)

public:
    explicit RaiseHandPanel(QWidget *parent = nullptr);
    ~RaiseHandPanel() override;

    /// Shows `queue` (not owned; may be null).
    void setQueue(cc::RaiseHandQueue *queue);
    cc::RaiseHandQueue *queue() const { return m_queue; }

    QPushButton *giveFloorButton() const { return primaryButton(); }
    QPushButton *dismissButton() const { return secondaryButton(); }

public slots:
    /// Emits giveFloorRequested() for the current row.
    void giveFloorToCurrent();
    /// Dismisses the current row (queue->dismiss) and emits dismissed().
    void dismissCurrent();

signals:
    void giveFloorRequested(quint32 memberId);
    void dismissed(quint32 memberId);

protected:
    void primaryAction(quint32 memberId) override;
    void secondaryAction(quint32 memberId) override;

private:
    QPointer<cc::RaiseHandQueue> m_queue;
};

} // namespace gui
