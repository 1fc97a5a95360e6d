// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/participant.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

#include <optional>

namespace cc {
class ConferencePoller;
class ConferenceSource;
class ParticipantModel;
class PushConferenceSource;
} // namespace cc

namespace gui {

class CommandController;
class ServerConnection;

/// What one open conference knows, without widgets: the member model, the source that keeps it
/// current (ConferencePoller over REST, PushConferenceSource over the event socket), the command
/// controller, and the extras neither source reports by itself: relationships (`relate 0`) and
/// sipXconfig's recording state (`record&status`, `record&duration`). It follows its server's
/// profile: a changed poll or re-sync interval applies at once.
class ConferenceFeed final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConferenceFeed)

public:
    ConferenceFeed(ServerConnection *connection, const QString &conference, QObject *parent = nullptr);
    ~ConferenceFeed() override;

    QString conference() const { return m_conference; }
    ServerConnection *connection() const { return m_connection; }
    cc::ParticipantModel *model() const { return m_model; }
    /// The REST poller; nullptr on an event-socket connection (see pushSource()).
    cc::ConferencePoller *poller() const { return m_poller; }
    /// The event-socket source; nullptr on a REST connection.
    cc::PushConferenceSource *pushSource() const { return m_push; }
    /// Whichever of the two follows the conference.
    cc::ConferenceSource *source() const { return m_source; }
    CommandController *controller() const { return m_controller; }
    bool isEventSocket() const { return m_push != nullptr; }

    void start();
    void stop();
    /// Poll (REST) or re-sync (event socket) now.
    void refreshNow();
    /// Once a second while shown: reads sipXconfig's recording duration every 5 s while it records.
    void tick();

    bool hasSnapshot() const { return m_haveSnapshot; }
    /// The last poll's failure in plain words, empty after a success.
    QString lastPollError() const { return m_lastPollError; }
    /// xml_list shows a recorder, or sipXconfig says a recording is in progress.
    bool isRecording() const;
    /// Seconds recorded so far, when known (sipXconfig's duration, else the recorder's start).
    std::optional<qint64> recordingSeconds() const;
    /// A record command was answered: forget the duration read before and ask sipXconfig again.
    void recordingCommandAnswered();

signals:
    /// Anything the header shows changed (data, freshness, failure, activity).
    void changed();
    /// Recording started or stopped (the toolbar's Record button follows it).
    void recordingChanged();
    void relationshipsChanged(const QList<cc::Relationship> &relationships);

private:
    void applyProfile();
    void refreshRecording();
    void pollRelations();
    void setRelationships(const QList<cc::Relationship> &relationships);

    ServerConnection *m_connection;
    QString m_conference;
    cc::ParticipantModel *m_model = nullptr;
    cc::ConferencePoller *m_poller = nullptr;
    cc::PushConferenceSource *m_push = nullptr;
    cc::ConferenceSource *m_source = nullptr;
    CommandController *m_controller = nullptr;

    QString m_lastPollError;
    bool m_haveSnapshot = false;
    bool m_recordingQueryInFlight = false;
    bool m_relationsQueryInFlight = false;
    bool m_sipxRecording = false;               ///< record&status said IN_PROGRESS
    std::optional<int> m_recordDurationSeconds; ///< last record&duration answer
    qint64 m_recordDurationAtMs = 0;            ///< when it was read
    int m_ticks = 0;
};

} // namespace gui
