// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDockWidget>
#include <QUrl>

class QTreeWidget;

namespace cc {
class ConferenceCommand;
struct CommandOutcome;
struct RestResult;
} // namespace cc

namespace gui {

/// The request/response log: one row per exchange (time, method, URL, status, latency) and
/// one per command outcome. URLs never carry credentials (RestResult guarantees it) and the
/// log never sees a password.
class LogDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogDock)

public:
    enum Column {
        TimeColumn,
        ServerColumn,
        MethodColumn,
        UrlColumn,
        StatusColumn,
        LatencyColumn,
        ColumnCount
    };

    explicit LogDock(QWidget *parent = nullptr);

    static constexpr int MaxRows = 2000;

    QTreeWidget *view() const { return m_view; }
    int rowCount() const;

    /// Successful periodic reads (xml_list, relate listing, record status) flood the log at one
    /// per second per tab; they are hidden unless asked for. Failures are always shown.
    void setShowPolls(bool show);
    bool showPolls() const { return m_showPolls; }
    static bool isPollRequest(const QUrl &url);

public slots:
    void addExchange(const QString &server, const cc::RestResult &result);
    /// A FreeSWITCH answer or a refused command, shown under the request it belongs to.
    void addMessage(const QString &server, const QString &text, bool error);
    /// A command sent on an event socket: the API line, FreeSWITCH's answer and the time between.
    void addEslCommand(const QString &server, const cc::ConferenceCommand &command, const QString &apiLine,
                       const cc::CommandOutcome &outcome, qint64 latencyMs);
    void clear();

private:
    void append(const QStringList &columns, bool error);

    QTreeWidget *m_view = nullptr;
    QAction *m_showPollsAction = nullptr;
    bool m_showPolls = false;
};

} // namespace gui
