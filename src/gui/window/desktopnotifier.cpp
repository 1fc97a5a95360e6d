// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/window/desktopnotifier.h"

#include "core/model/participantmodel.h"
#include "core/sources/conferencepoller.h"
#include "core/sources/pushconferencesource.h"
#include "gui/conference/conferenceinsights.h"
#include "gui/conference/conferencemeeting.h"
#include "gui/conference/conferenceview.h"
#include "gui/connection/serverconnection.h"

#include "gui/common/statusicons.h"

#include <QAction>
#include <QCoreApplication>
#include <QSettings>

#include <QSystemTrayIcon>
#include <QTimer>
#include <memory>
#include <optional>

namespace gui {

namespace {
constexpr auto kEnabledKey = "notifications/enabled";
constexpr int kNamesListed = 5; ///< names spelled out in a merged message

/// "Alice", "Alice and Bob", "Alice, Bob and Carol", "A, B, C, D, E and 3 more".
QString nameList(const QStringList &names)
{
    if (names.size() <= 1)
        return names.value(0);
    if (names.size() <= kNamesListed) {
        QStringList head = names;
        const QString last = head.takeLast();
        return DesktopNotifier::tr("%1 and %2").arg(head.join(QLatin1String(", ")), last);
    }
    return DesktopNotifier::tr("%1 and %n more", nullptr, int(names.size() - kNamesListed))
        .arg(names.mid(0, kNamesListed).join(QLatin1String(", ")));
}
} // namespace

DesktopNotifier::DesktopNotifier(QObject *parent, const QString &settingsFile)
    : QObject(parent)
    , m_settingsFile(settingsFile)
{
    setObjectName(QStringLiteral("desktopNotifier"));
    m_master = new QAction(tr("Desktop &notifications"), this);
    m_master->setObjectName(QStringLiteral("notifyEnabledAction"));
    m_master->setToolTip(tr("Show desktop notifications for the events chosen below."));
    m_master->setCheckable(true);
    connect(m_master, &QAction::toggled, this, &DesktopNotifier::setEnabled);

    struct Spec
    {
        Kind kind;
        const char *objectName;
        QString text;
        QString toolTip;
    };
    const Spec specs[] = {
        {Joins, "notifyJoinsAction", tr("Notify when members &join"),
         tr("A notification when someone joins a conference you have open.")},
        {Leaves, "notifyLeavesAction", tr("Notify when members &leave"),
         tr("A notification when someone leaves a conference you have open.")},
        {LockChanges, "notifyLockAction", tr("Notify when a conference is loc&ked or unlocked"),
         tr("A notification when a conference you have open is locked or unlocked.")},
        {StaleConnection, "notifyStaleAction", tr("Notify when a connection goes &stale"),
         tr("A notification when a server stops answering, and when it is live again.")},
        {Meeting, "notifyMeetingAction", tr("Notify about the &meeting"),
         tr("A notification when a caller waits in the waiting room, the time box warns, or someone has "
            "spoken for long.")},
    };
    for (const Spec &spec : specs) {
        auto *action = new QAction(spec.text, this);
        action->setObjectName(QString::fromLatin1(spec.objectName));
        action->setToolTip(spec.toolTip);
        action->setCheckable(true);
        const Kind kind = spec.kind;
        connect(action, &QAction::toggled, this, [this, kind](bool on) { setKindEnabled(kind, on); });
        m_kindActions[kind] = action;
    }
    syncActions();
}

DesktopNotifier::~DesktopNotifier() = default;

std::unique_ptr<QSettings> DesktopNotifier::settings() const
{
    if (m_settingsFile.isEmpty())
        return std::make_unique<QSettings>();
    return std::make_unique<QSettings>(m_settingsFile, QSettings::IniFormat);
}

QString DesktopNotifier::settingsKey(Kind kind)
{
    switch (kind) {
    case Joins:
        return QStringLiteral("notifications/joins");
    case Leaves:
        return QStringLiteral("notifications/leaves");
    case LockChanges:
        return QStringLiteral("notifications/lock");
    case StaleConnection:
        return QStringLiteral("notifications/stale");
    case Meeting:
        return QStringLiteral("notifications/meeting");
    }
    return {};
}

bool DesktopNotifier::isEnabled() const
{
    return settings()->value(QLatin1String(kEnabledKey), true).toBool();
}

void DesktopNotifier::setEnabled(bool enabled)
{
    if (enabled == isEnabled())
        return;
    settings()->setValue(QLatin1String(kEnabledKey), enabled);
    if (!enabled) {
        // Switched off: nothing queued may still pop up, and the tray icon goes away.
        for (Pending &p : m_pending)
            delete p.timer;
        m_pending.clear();
        if (m_tray)
            m_tray->hide();
    }
    syncActions();
}

bool DesktopNotifier::isKindEnabled(Kind kind) const
{
    return settings()->value(settingsKey(kind), true).toBool();
}

void DesktopNotifier::setKindEnabled(Kind kind, bool enabled)
{
    if (enabled == isKindEnabled(kind))
        return;
    settings()->setValue(settingsKey(kind), enabled);
    syncActions();
}

void DesktopNotifier::syncActions()
{
    const bool master = isEnabled();
    const QSignalBlocker blockMaster(m_master); // the actions mirror the settings, no echo
    m_master->setChecked(master);
    for (int k = 0; k < kKindCount; ++k) {
        QAction *action = m_kindActions[k];
        const QSignalBlocker block(action);
        action->setChecked(isKindEnabled(Kind(k)));
        action->setEnabled(master);
    }
}

QList<QAction *> DesktopNotifier::toggleActions() const
{
    QList<QAction *> actions{m_master};
    for (QAction *action : m_kindActions)
        actions << action;
    return actions;
}

void DesktopNotifier::setHistoryLimit(int limit)
{
    m_historyLimit = std::max(1, limit);
    while (m_history.size() > m_historyLimit)
        m_history.removeFirst();
}

void DesktopNotifier::notifyJoined(const QString &conference, const QString &name)
{
    queueMember(Joins, conference, name);
}

void DesktopNotifier::notifyLeft(const QString &conference, const QString &name)
{
    queueMember(Leaves, conference, name);
}

void DesktopNotifier::notifyLockChanged(const QString &conference, bool locked)
{
    // Remember the state even when not shown, so a repeated call is never a "change".
    const auto previous = m_lockState.constFind(conference);
    const bool changed = previous == m_lockState.cend() || *previous != locked;
    m_lockState.insert(conference, locked);
    if (!changed || !wouldNotify(LockChanges))
        return;
    post(LockChanges, tr("Conference %1").arg(conference),
         locked ? tr("%1 is now locked: nobody else can join.").arg(conference)
                : tr("%1 is now unlocked: new callers can join.").arg(conference));
}

void DesktopNotifier::notifyMeeting(const QString &title, const QString &body)
{
    if (wouldNotify(Meeting))
        post(Meeting, title, body);
}

void DesktopNotifier::notifyStale(const QString &serverName, bool stale)
{
    const bool wasStale = m_staleState.value(serverName, false);
    m_staleState.insert(serverName, stale);
    // "Live again" only after a stale report: a first healthy connection is not news.
    if (stale == wasStale || !wouldNotify(StaleConnection))
        return;
    post(StaleConnection, tr("Server %1").arg(serverName),
         stale ? tr("The connection to %1 is stale: member lists may be out of date.").arg(serverName)
               : tr("The connection to %1 is live again.").arg(serverName));
}

void DesktopNotifier::queueMember(Kind kind, const QString &conference, const QString &name)
{
    if (!wouldNotify(kind))
        return;
    const QString who = name.isEmpty() ? tr("Someone") : name;
    const QString key = QString::number(int(kind)) + QLatin1Char('/') + conference;
    auto it = m_pending.find(key);
    if (it == m_pending.end()) {
        Pending pending;
        pending.kind = kind;
        pending.conference = conference;
        if (m_coalesceMs > 0) {
            // A fixed window from the first event (not a debounce): a steady stream of
            // joins still produces a message every few seconds.
            pending.timer = new QTimer(this);
            pending.timer->setSingleShot(true);
            connect(pending.timer, &QTimer::timeout, this, [this, key] { postPending(key); });
            pending.timer->start(m_coalesceMs);
        }
        it = m_pending.insert(key, pending);
    }
    it->names << who;
    if (m_coalesceMs == 0)
        postPending(key);
}

void DesktopNotifier::flush()
{
    const QStringList keys = m_pending.keys();
    for (const QString &key : keys)
        postPending(key);
}

void DesktopNotifier::postPending(const QString &key)
{
    const Pending pending = m_pending.take(key);
    if (pending.timer)
        pending.timer->deleteLater();
    if (pending.names.isEmpty() || !wouldNotify(pending.kind)) // switched off meanwhile
        return;
    const int n = int(pending.names.size());
    const QString &conf = pending.conference;
    QString body;
    if (pending.kind == Joins) {
        if (n == 1)
            body = tr("%1 joined %2.").arg(pending.names.first(), conf);
        else
            body = tr("%n people joined %1: %2.", nullptr, n).arg(conf, nameList(pending.names));
    } else {
        if (n == 1)
            body = tr("%1 left %2.").arg(pending.names.first(), conf);
        else
            body = tr("%n people left %1: %2.", nullptr, n).arg(conf, nameList(pending.names));
    }
    post(pending.kind, tr("Conference %1").arg(conf), body);
}

void DesktopNotifier::post(Kind kind, const QString &title, const QString &body)
{
    m_history.append({kind, title, body, QDateTime::currentDateTime()});
    while (m_history.size() > m_historyLimit)
        m_history.removeFirst();

    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        if (!m_tray) {
            // Created on first use: no tray icon for someone who never gets a notification.
            // The app glyph (:/gui/icons/app.svg, or its painted twin when SVG is unavailable).
            m_tray = new QSystemTrayIcon(StatusIcons::icon(cc::Glyph::App), this);
            m_tray->setObjectName(QStringLiteral("notificationTrayIcon"));
            m_tray->setToolTip(QCoreApplication::applicationName());
            connect(m_tray, &QSystemTrayIcon::messageClicked, this, &DesktopNotifier::activationRequested);
            connect(m_tray, &QSystemTrayIcon::activated, this,
                    [this](QSystemTrayIcon::ActivationReason reason) {
                        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                            emit activationRequested();
                    });
        }
        m_tray->show();
        m_tray->showMessage(title, body, QSystemTrayIcon::Information);
    }
    emit notificationPosted(title, body);
}

void DesktopNotifier::followConference(ConferenceView *view)
{
    connect(view->insights(), &ConferenceInsights::memberJoined, this, &DesktopNotifier::notifyJoined);
    connect(view->insights(), &ConferenceInsights::memberLeft, this, &DesktopNotifier::notifyLeft);
    connect(view->meeting(), &ConferenceMeeting::notice, this, &DesktopNotifier::notifyMeeting);
    // The lock state at opening is not news; a change after it is.
    auto lastLocked = std::make_shared<std::optional<bool>>();
    connect(view->model(), &cc::ParticipantModel::conferenceStateChanged, this, [this, view, lastLocked] {
        const bool locked = view->model()->snapshot().locked;
        if (lastLocked->has_value() && **lastLocked != locked)
            notifyLockChanged(view->conference(), locked);
        *lastLocked = locked;
    });
    cc::ConferenceSource *source = view->poller() ? static_cast<cc::ConferenceSource *>(view->poller())
                                                  : static_cast<cc::ConferenceSource *>(view->pushSource());
    const QString server = view->connection()->name();
    if (source)
        connect(source, &cc::ConferenceSource::staleChanged, this,
                [this, server](bool stale) { notifyStale(server, stale); });
}

} // namespace gui
