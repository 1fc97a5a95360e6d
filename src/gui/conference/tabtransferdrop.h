// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// TabTransferDrop: member rows dropped onto another conference's tab are transferred there.
#pragma once

#include <QList>
#include <QObject>
#include <QString>

class QTabWidget;

namespace gui {

class ConferenceView;

/// Watches the tab bar of the conference tabs. A drag that carries member ids
/// (cc::ParticipantModel::kMimeType) is accepted over the tab of another conference on the same
/// server, and a drop there asks for a transfer (the MCU consoles' gesture). The current tab does
/// not change while dragging, so a drop never lands in a table it was not aimed at.
class TabTransferDrop final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TabTransferDrop)

public:
    explicit TabTransferDrop(QTabWidget *tabs);

    /// The view whose tab is at `pos` (tab bar coordinates) and may receive members of `from`.
    ConferenceView *targetAt(const QPoint &pos, const QString &from) const;

signals:
    void transferRequested(gui::ConferenceView *target, const QString &from, const QList<quint32> &ids);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTabWidget *m_tabs;
};

} // namespace gui
