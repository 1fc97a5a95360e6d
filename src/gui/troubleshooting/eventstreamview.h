// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/esl/eslframe.h"

#include <QList>
#include <QPair>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSortFilterProxyModel;
class QStandardItemModel;
class QToolButton;
class QTreeView;

namespace cc {
class EslClient;
}

namespace gui {

/// The raw `conference::maintenance` event stream of the event-socket connections
/// (freeswitch-conference.md §8): one row per event (time, server, Action, Member-ID,
/// Conference-Name), every header of the selected event in a details pane, a filter that
/// matches any header, a pause toggle (events arriving meanwhile are held, not lost, up to the
/// cap) and a cap on the rows kept (oldest dropped first).
class EventStreamView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventStreamView)

public:
    enum Column { TimeColumn, ServerColumn, ActionColumn, MemberColumn, ConferenceColumn, HeadersColumn };
    static constexpr int DefaultCap = 2000;

    explicit EventStreamView(QWidget *parent = nullptr);
    ~EventStreamView() override;

    /// Shows the maintenance events `client` receives, labelled with `serverName`.
    void watch(cc::EslClient *client, const QString &serverName);
    /// Adds one event; anything but a conference::maintenance event is ignored.
    void addEvent(const QString &serverName, const cc::EslEvent &event);
    void clear();

    void setCap(int maxEvents);
    int cap() const { return m_cap; }
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    void setFilterText(const QString &text);

    /// Rows kept (after the cap), and rows the filter lets through.
    int eventCount() const;
    int visibleCount() const;
    int heldCount() const { return int(m_held.size()); }
    /// Header lines of the event in visible row `row` ("Name: value").
    QString detailsText(int row) const;

    QTreeView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    QPlainTextEdit *detailsPane() const { return m_details; }
    QToolButton *pauseButton() const { return m_pause; }

signals:
    void countChanged(int kept);

private:
    struct Held
    {
        QString server;
        cc::EslEvent event;
        qint64 receivedMs = 0;
    };
    void append(const Held &held);
    void trimToCap();
    void updateStatus();
    void showDetails();

    QStandardItemModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTreeView *m_view = nullptr;
    QLineEdit *m_filter = nullptr;
    QPlainTextEdit *m_details = nullptr;
    QToolButton *m_pause = nullptr;
    QLabel *m_status = nullptr;
    QList<Held> m_held;
    int m_cap = DefaultCap;
    bool m_paused = false;
};

} // namespace gui
