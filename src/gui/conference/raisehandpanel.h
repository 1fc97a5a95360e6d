// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/insights/raisehandqueue.h" // QPointer<cc::RaiseHandQueue> needs the complete type

#include <QPointer>
#include <QWidget>

class QLabel;
class QListView;
class QPushButton;
class QTimer;

namespace gui {

/// The raised hands of one conference (cc::RaiseHandQueue), first raised on top, with "Give the
/// floor" (Enter) and "Dismiss" (Delete). It sends no command: giving the floor is the owner's
/// job (unmute), signalled by giveFloorRequested(); Dismiss removes the entry from the queue
/// itself (no command exists for it) and reports dismissed(). When the queue is empty only the
/// title line stays; the owner may hide the panel altogether (isEmpty(), queueSizeChanged()).
class RaiseHandPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RaiseHandPanel)

public:
    static constexpr int kMaxVisibleRows = 5; ///< the list scrolls beyond this

    explicit RaiseHandPanel(QWidget *parent = nullptr);
    ~RaiseHandPanel() override;

    /// Shows `queue` (not owned; may be null).
    void setQueue(cc::RaiseHandQueue *queue);
    cc::RaiseHandQueue *queue() const { return m_queue; }

    int count() const;
    bool isEmpty() const { return count() == 0; }
    /// The member of the current row, 0 when none.
    quint32 currentMemberId() const;
    /// Makes `memberId`'s row current; false when it is not queued.
    bool setCurrentMemberId(quint32 memberId);

    QListView *view() const { return m_view; }
    QPushButton *giveFloorButton() const { return m_giveFloor; }
    QPushButton *dismissButton() const { return m_dismiss; }

public slots:
    /// Emits giveFloorRequested() for the current row.
    void giveFloorToCurrent();
    /// Dismisses the current row (queue->dismiss) and emits dismissed().
    void dismissCurrent();

signals:
    void giveFloorRequested(quint32 memberId);
    void dismissed(quint32 memberId);
    void queueSizeChanged(int size);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void updateState();
    void updateButtons();

    QPointer<cc::RaiseHandQueue> m_queue;
    QLabel *m_title;
    QLabel *m_empty;
    QListView *m_view;
    QPushButton *m_giveFloor;
    QPushButton *m_dismiss;
    QWidget *m_buttons;
    QTimer *m_tick;
    int m_lastCount = 0;
};

} // namespace gui
