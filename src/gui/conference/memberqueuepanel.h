// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractItemModel>
#include <QPointer>
#include <QString>
#include <QWidget>

#include <functional>

class QLabel;
class QListView;
class QPushButton;
class QTimer;

namespace gui {

/// A short list of members waiting for the moderator, oldest first, in the strip under the
/// member table: "1. Alice      waiting 0:42". The first action (Enter, double click) and the
/// second (Delete) act on the current row; more buttons may follow. The raised hands
/// (RaiseHandPanel) and the waiting room (WaitingRoomPanel) are two of them: what they say and
/// which model roles they read is theirs, the look and the keys are the same.
class MemberQueuePanel : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemberQueuePanel)

public:
    static constexpr int kMaxVisibleRows = 5; ///< the list scrolls beyond this

    /// What the panel says; all texts translated by the owner.
    struct Texts
    {
        QString titleWithCount;  ///< "Raised hands (%1)"
        QString titleToolTip;
        QString empty;           ///< beside the title when nobody waits
        QString accessibleName;
        std::function<QString(int)> listDescription; ///< for a screen reader, by count
        QString primary, primaryToolTip, primaryAccessible;
        QString secondary, secondaryToolTip, secondaryAccessible;
        QString primaryObjectName, secondaryObjectName; ///< not shown: for tests and accessibility tools
    };
    /// Which roles of the model the rows read.
    struct Roles
    {
        int memberId = 0;   ///< quint32
        int waitedText = 0; ///< "waiting 0:42", on the right
        int bold = -1;      ///< bool: the name in bold (the member talks now); -1: never
    };

    ~MemberQueuePanel() override;

    /// Shows `model` (not owned; may be null).
    void setModel(QAbstractItemModel *model);
    QAbstractItemModel *model() const { return m_model; }

    int count() const;
    bool isEmpty() const { return count() == 0; }
    /// The member of the current row, 0 when none.
    quint32 currentMemberId() const;
    /// Makes `memberId`'s row current; false when it is not listed.
    bool setCurrentMemberId(quint32 memberId);
    /// Every member listed, in order.
    QList<quint32> memberIds() const;

    QListView *view() const { return m_view; }
    QPushButton *primaryButton() const { return m_primary; }
    QPushButton *secondaryButton() const { return m_secondary; }
    /// A further button after the two, enabled while anyone is listed.
    QPushButton *addButton(const QString &objectName, const QString &text, const QString &toolTip);

signals:
    void queueSizeChanged(int size);

protected:
    MemberQueuePanel(const QString &objectNamePrefix, const Texts &texts, const Roles &roles, QWidget *parent);

    /// Enter / double click / the first button, on the current member.
    virtual void primaryAction(quint32 memberId) = 0;
    /// Delete / the second button, on the current member.
    virtual void secondaryAction(quint32 memberId) = 0;

    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void updateState();
    void updateButtons();
    void actOnCurrent(bool primary);

    Texts m_texts;
    Roles m_roles;
    QPointer<QAbstractItemModel> m_model;
    QLabel *m_title;
    QLabel *m_empty;
    QListView *m_view;
    QPushButton *m_primary;
    QPushButton *m_secondary;
    QList<QPushButton *> m_more;
    QWidget *m_buttons;
    QTimer *m_tick;
    int m_lastCount = 0;
};

} // namespace gui
