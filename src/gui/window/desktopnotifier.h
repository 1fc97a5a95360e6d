// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

class QAction;
class QSettings;
class QSystemTrayIcon;
class QTimer;

namespace gui {

class ConferenceView;

/// Desktop notifications for what a moderator may miss while looking elsewhere: members joining
/// and leaving, a conference locked or unlocked, a server connection going stale and coming
/// back, and the meeting (someone in the waiting room, the time box, a long speech). Each kind can be
/// switched off (QSettings "notifications/<kind>", all on by default) and there is a master switch
/// ("notifications/enabled"). Bursts of joins or leaves in one conference are merged into one message ("5
/// people joined sales"). Every notification is signalled (notificationPosted) and kept in history(), so it
/// is not lost where there is no system tray (offscreen, some desktops); the tray balloon is shown when there
/// is one.
class DesktopNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DesktopNotifier)

public:
    enum Kind { Joins, Leaves, LockChanges, StaleConnection, Meeting };
    Q_ENUM(Kind)
    static constexpr int kKindCount = 5;

    struct Notification
    {
        Kind kind = Joins;
        QString title;
        QString body;
        QDateTime postedAt;
    };

    static constexpr int kDefaultCoalesceMs = 2000;
    static constexpr int kDefaultHistoryLimit = 50;

    /// `settingsFile` empty: the application's QSettings (tests pass an .ini path).
    explicit DesktopNotifier(QObject *parent = nullptr, const QString &settingsFile = {});
    ~DesktopNotifier() override;

    /// "notifications/joins", "notifications/leaves", "notifications/lock", "notifications/stale".
    static QString settingsKey(Kind kind);

    bool isEnabled() const;
    void setEnabled(bool enabled);
    bool isKindEnabled(Kind kind) const;
    void setKindEnabled(Kind kind, bool enabled);
    /// Whether a message of `kind` would be shown now (master and kind switch both on).
    bool wouldNotify(Kind kind) const { return isEnabled() && isKindEnabled(kind); }

    /// Checkable actions, kept in step with the settings: the master switch
    /// (notifyEnabledAction) first, then notifyJoinsAction, notifyLeavesAction,
    /// notifyLockAction, notifyStaleAction (disabled while the master is off).
    QList<QAction *> toggleActions() const;
    QAction *masterAction() const { return m_master; }
    QAction *kindAction(Kind kind) const { return m_kindActions[kind]; }

    /// Joins or leaves of one conference within this time make one message (0: none merged).
    void setCoalesceMs(int ms) { m_coalesceMs = std::max(0, ms); }
    int coalesceMs() const { return m_coalesceMs; }

    /// The most recent notifications, oldest first.
    QList<Notification> history() const { return m_history; }
    void setHistoryLimit(int limit);
    void clearHistory() { m_history.clear(); }

    /// The tray icon, once a notification needed it (null where there is no system tray).
    QSystemTrayIcon *trayIcon() const { return m_tray; }

    /// Joins and leaves (after the first snapshot), lock changes (after the first state seen) and
    /// the staleness of one conference view's source, until the view is destroyed.
    void followConference(ConferenceView *view);

public slots:
    void notifyJoined(const QString &conference, const QString &name);
    void notifyLeft(const QString &conference, const QString &name);
    void notifyLockChanged(const QString &conference, bool locked);
    /// `stale` false: the connection is live again (announced only after a stale one).
    void notifyStale(const QString &serverName, bool stale);
    /// The meeting automations: a caller waits, the time box warns, a long speech, a breakout
    /// that went wrong.
    void notifyMeeting(const QString &title, const QString &body);
    /// Posts the merged joins and leaves now instead of at the end of their window.
    void flush();

signals:
    /// Every notification shown (or that would be shown without a tray).
    void notificationPosted(const QString &title, const QString &body);
    /// The user clicked the tray icon or a message: bring the window forward.
    void activationRequested();

private:
    struct Pending
    {
        Kind kind = Joins;
        QString conference;
        QStringList names;
        QTimer *timer = nullptr;
    };

    std::unique_ptr<QSettings> settings() const;
    void queueMember(Kind kind, const QString &conference, const QString &name);
    void postPending(const QString &key);
    void post(Kind kind, const QString &title, const QString &body);
    void syncActions();

    QString m_settingsFile;
    int m_coalesceMs = kDefaultCoalesceMs;
    int m_historyLimit = kDefaultHistoryLimit;
    QList<Notification> m_history;
    QHash<QString, Pending> m_pending; ///< "<kind>/<conference>"
    QHash<QString, bool> m_lockState;  ///< last lock state seen per conference
    QHash<QString, bool> m_staleState; ///< last stale state seen per server
    QAction *m_master = nullptr;
    QAction *m_kindActions[kKindCount] = {};
    QSystemTrayIcon *m_tray = nullptr;
};

} // namespace gui
