// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QString>

#include <memory>

class QTabWidget;

namespace cc {
class AuditLog;
struct CommandOutcome;
class ConferenceCommand;
} // namespace cc

namespace gui {

class ConferenceView;
class ServerConnection;

/// The open conferences, one tab each: opening (or focusing), closing, finding, restarting a
/// server's tabs after a refusal was resolved, moving members dropped onto a tab, and the tab's
/// label and lock icon. Who else cares (dock, title, notifications) listens to its signals.
class ConferenceTabs final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConferenceTabs)

public:
    ConferenceTabs(QTabWidget *tabs, std::shared_ptr<cc::AuditLog> audit, QObject *parent = nullptr);
    ~ConferenceTabs() override;

    QTabWidget *widget() const { return m_tabs; }
    /// Opens (or focuses) the tab of one conference; nullptr without a connection or a name.
    ConferenceView *open(ServerConnection *connection, const QString &conference);
    void close(ConferenceView *view);
    ConferenceView *find(ServerConnection *connection, const QString &conference) const;
    QList<ConferenceView *> views() const;
    ConferenceView *current() const;
    /// Starts the views of `connection` again (their source halted on a refused password or certificate).
    void restart(ServerConnection *connection);
    /// Stops every view (before the connections go away).
    void stopAll();
    /// Closes every tab of `connection` (it is about to end).
    void closeAll(gui::ServerConnection *connection);
    /// Members of `from` dropped onto `to` (its tab or its row in the Conferences dock).
    void transferByDrop(ServerConnection *connection, const QString &from, const QString &to,
                        const QList<quint32> &ids);
    /// Tab labels name the server too ("sales @ Relay") once more than one server is connected.
    void setServerCount(int count);
    /// Moves `ids` back from `to` to `from` (member ids survive a transfer, §1.4): the Undo of a drop.
    void moveBack(gui::ServerConnection *connection, const QString &from, const QString &to,
                  const QList<quint32> &ids);

signals:
    void opened(gui::ConferenceView *view);
    /// The tab is gone; its conference is no longer followed.
    void closed(gui::ServerConnection *connection, const QString &conference);
    void countChanged(int count);
    /// Member count, lock or anything the header shows changed in `view`.
    void liveStateChanged(gui::ConferenceView *view);
    void statusMessage(gui::ServerConnection *connection, const QString &text, bool error);
    /// A view's source stopped because the server refused the password (REST 401).
    void passwordRefused(gui::ServerConnection *connection, const QString &reason);
    void commandFinished(gui::ConferenceView *view, const cc::ConferenceCommand &command,
                         const cc::CommandOutcome &outcome);
    /// Members dropped onto another conference were moved there: `names` says who, for an Undo.
    void membersMoved(gui::ServerConnection *connection, const QString &from, const QString &to,
                      const QList<quint32> &ids, const QString &names);

private:
    void updateLabel(ConferenceView *view);

    QTabWidget *m_tabs;
    std::shared_ptr<cc::AuditLog> m_audit;
    int m_serverCount = 0;
};

} // namespace gui
