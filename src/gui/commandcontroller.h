// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/commandresponse.h"
#include "core/conferencecommand.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

namespace cc {
class RestClient;
class ConferencePoller;
} // namespace cc

namespace gui {

/// Sends the commands of one conference view. Refuses invalid commands with their reason,
/// sends valid ones via RestClient::runCommand, classifies the answer, reports the
/// FreeSWITCH text, and re-polls after anything that changes state. It never changes the
/// model itself: the next poll shows what the server really did.
class CommandController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommandController)

public:
    using Done = std::function<void(const cc::CommandOutcome &)>;

    CommandController(cc::RestClient *client, const QString &conference, cc::ConferencePoller *poller,
                      QObject *parent = nullptr);

    QString conference() const { return m_conference; }
    int pendingCount() const { return m_pending; }

    /// Sends `command`; false (and commandRefused) when it is invalid or cannot travel over the
    /// REST route. `done` (optional) runs after the outcome has been reported.
    bool send(const cc::ConferenceCommand &command, Done done = {});
    /// Like send() but quiet: no status message, no re-poll (record&status, relate listing…).
    bool query(const cc::ConferenceCommand &command, Done done);

    /// One line a moderator understands for an outcome ("+OK mute 7", or why it failed).
    static QString describeOutcome(const cc::ConferenceCommand &command, const cc::CommandOutcome &outcome);

signals:
    void commandRefused(const QString &reason);
    void commandFinished(const cc::ConferenceCommand &command, const cc::CommandOutcome &outcome);
    /// Status-bar text: the FreeSWITCH answer, or the refusal/failure explained.
    void message(const QString &text, bool error);

private:
    bool dispatch(const cc::ConferenceCommand &command, bool quiet, Done done);

    cc::RestClient *m_client;
    QString m_conference;
    QPointer<cc::ConferencePoller> m_poller;
    int m_pending = 0;
};

} // namespace gui
