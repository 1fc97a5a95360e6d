// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/commands/commandresponse.h"
#include "core/commands/commandtransport.h"
#include "core/commands/conferencecommand.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

namespace cc {
class AuditLog;
struct AuditTarget;
class RestClient;
class ConferencePoller;
class ParticipantModel;
} // namespace cc

namespace gui {

/// Sends the commands of one conference view. Refuses invalid commands, and commands the
/// transport cannot carry, with their reason; sends valid ones through the CommandTransport
/// (sipXconfig REST or the event socket), reports the FreeSWITCH text, and re-polls after
/// anything that changes state (REST; with the event socket the events show it). It never
/// changes the model itself: the server's answer shows what it really did.
class CommandController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommandController)

public:
    using Done = std::function<void(const cc::CommandOutcome &)>;

    /// REST: commands go through a RestCommandTransport over `client`.
    CommandController(cc::RestClient *client, const QString &conference, cc::ConferencePoller *poller,
                      QObject *parent = nullptr);
    /// Any transport; `poller` (may be nullptr) is re-polled after state changes.
    CommandController(cc::CommandTransport *transport, const QString &conference,
                      cc::ConferencePoller *poller, QObject *parent = nullptr);

    cc::CommandTransport *transport() const { return m_transport; }

    /// Every command sent from now on (queries and failures included) gets one line in `log`:
    /// profile, server (never the password), the members it aimed at as `model` showed them when
    /// it left, the outcome and the latency. A null `log` stops auditing.
    void setAudit(std::shared_ptr<cc::AuditLog> log, const QString &profile, const QUrl &serverUrl,
                  const QString &user, cc::ParticipantModel *model);

    QString conference() const { return m_conference; }
    int pendingCount() const { return m_pending; }

    /// Sends `command`; false (and commandRefused) when it is invalid or cannot travel over the
    /// transport (e.g. a path over the REST route, record&start over the event socket). `done` (optional)
    /// runs after the outcome has been reported.
    bool send(const cc::ConferenceCommand &command, Done done = {});
    /// Like send() but quiet: no status message, no re-poll (record&status, relate listing…).
    bool query(const cc::ConferenceCommand &command, Done done);
    /// What the meeting automations send (waiting room, mute on entry, time box): audited,
    /// re-polled and in commandFinished like send(), but a status message only when it failed
    /// (the automation says what it did in its own words).
    bool automate(const cc::ConferenceCommand &command, Done done);

    /// One line a moderator understands for an outcome ("+OK mute 7", or why it failed).
    static QString describeOutcome(const cc::ConferenceCommand &command, const cc::CommandOutcome &outcome);

signals:
    void commandRefused(const QString &reason);
    void commandFinished(const cc::ConferenceCommand &command, const cc::CommandOutcome &outcome);
    /// Status-bar text: the FreeSWITCH answer, or the refusal/failure explained.
    void message(const QString &text, bool error);

private:
    void audit(const cc::ConferenceCommand &command, const QList<cc::AuditTarget> &targets,
               const cc::CommandOutcome &outcome, qint64 latencyMs);
    enum class Mode { Interactive, Query, Automatic };
    bool dispatch(const cc::ConferenceCommand &command, Mode mode, Done done);

    QPointer<cc::CommandTransport> m_transport;
    QString m_conference;
    QPointer<cc::ConferencePoller> m_poller;
    int m_pending = 0;
    std::shared_ptr<cc::AuditLog> m_audit;
    QString m_auditProfile;
    QUrl m_auditServer;
    QString m_auditUser;
    QPointer<cc::ParticipantModel> m_auditModel;
};

} // namespace gui
