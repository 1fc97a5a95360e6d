// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/conference/conferencefeed.h"

#include "core/commands/conferencecommand.h"
#include "core/esl/eslclient.h" // complete type for EslCommandTransport::client()
#include "core/esl/eslcommandtransport.h"
#include "core/model/participantmodel.h"
#include "core/parsers/parsers.h"
#include "core/sources/conferencepoller.h"
#include "core/sources/pushconferencesource.h"
#include "gui/conference/commandcontroller.h"
#include "gui/connection/serverconnection.h"

namespace gui {

using cc::ConferenceCommand;

ConferenceFeed::ConferenceFeed(ServerConnection *connection, const QString &conference, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_conference(conference)
    , m_model(new cc::ParticipantModel(this))
{
    // REST polls xml_list; the event socket applies events at once and re-syncs now and then.
    if (cc::EslCommandTransport *esl = connection->eslTransport())
        m_push = new cc::PushConferenceSource(esl, conference, this);
    else
        m_poller = new cc::ConferencePoller(connection->client(), conference, this);
    m_source = m_push ? static_cast<cc::ConferenceSource *>(m_push) : m_poller;
    m_controller = new CommandController(connection->transport(), conference, m_poller, this);
    applyProfile();
    connect(connection, &ServerConnection::profileChanged, this, &ConferenceFeed::applyProfile);

    connect(m_source, &cc::ConferenceSource::snapshotReceived, this,
            [this](const cc::ConferenceSnapshot &snapshot) {
                m_haveSnapshot = true;
                m_lastPollError.clear();
                m_model->applySnapshot(snapshot);
                emit changed();
            });
    connect(m_source, &cc::ConferenceSource::activeChanged, this, &ConferenceFeed::changed);
    connect(m_source, &cc::ConferenceSource::pollFailed, this, [this](const cc::CommandOutcome &outcome) {
        m_lastPollError = CommandController::describeOutcome(ConferenceCommand::xmlList(), outcome);
        emit changed();
    });
    connect(m_source, &cc::ConferenceSource::staleChanged, this, [this](bool stale) {
        m_model->setStale(stale);
        emit changed();
    });
    connect(m_model, &cc::ParticipantModel::conferenceStateChanged, this, &ConferenceFeed::changed);

    if (m_poller) {
        // Relationships are invisible in xml_list; only `relate 0` lists them (freeswitch-conference.md
        // §7.2).
        m_poller->setRelationsPolling(true, 3);
        connect(m_poller, &cc::ConferencePoller::relationshipsReceived, this,
                &ConferenceFeed::setRelationships);
        connect(
            m_poller, &cc::ConferencePoller::pollingHalted, this, [this](const cc::CommandOutcome &outcome) {
                m_lastPollError = CommandController::describeOutcome(ConferenceCommand::xmlList(), outcome) +
                                  tr(" — polling stopped");
                emit changed();
            });
    } else {
        // Relationships have no event and are invisible in xml_list (freeswitch-conference.md §7.2,
        // §8.2): read `relate 0` after each full re-sync and after each relate command.
        connect(m_push, &cc::PushConferenceSource::resynced, this, &ConferenceFeed::pollRelations);
        connect(m_controller, &CommandController::commandFinished, this,
                [this](const cc::ConferenceCommand &command, const cc::CommandOutcome &) {
                    if (command.id() == cc::CommandId::Relate)
                        pollRelations();
                });
    }
}

ConferenceFeed::~ConferenceFeed() = default;

void ConferenceFeed::applyProfile()
{
    const ConnectionProfile &profile = m_connection->profile();
    if (m_poller)
        m_poller->setInterval(profile.pollIntervalMs);
    if (m_push)
        m_push->setResyncInterval(profile.eslResyncIntervalMs);
}

void ConferenceFeed::start()
{
    m_source->start();
}

void ConferenceFeed::stop()
{
    m_source->stop();
}

void ConferenceFeed::refreshNow()
{
    m_source->refreshNow();
}

void ConferenceFeed::tick()
{
    ++m_ticks;
    // record&status is a sipXconfig service; over the event socket xml_list shows the recorders.
    if (isRecording() && m_ticks % 5 == 0 && !isEventSocket())
        refreshRecording();
}

void ConferenceFeed::setRelationships(const QList<cc::Relationship> &relationships)
{
    m_model->setRelationships(relationships);
    emit relationshipsChanged(relationships);
}

void ConferenceFeed::pollRelations()
{
    if (m_relationsQueryInFlight)
        return;
    m_relationsQueryInFlight = true;
    m_controller->query(ConferenceCommand::relateList({}), [this](const cc::CommandOutcome &outcome) {
        m_relationsQueryInFlight = false;
        if (!outcome.ok())
            return; // keep the last known relationships
        const auto parsed = cc::parseRelateListing(outcome.payload.toUtf8());
        if (parsed.ok())
            setRelationships(parsed.value);
    });
}

bool ConferenceFeed::isRecording() const
{
    return !m_model->snapshot().recordings.isEmpty() || m_sipxRecording;
}

std::optional<qint64> ConferenceFeed::recordingSeconds() const
{
    const auto &recordings = m_model->snapshot().recordings;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (m_recordDurationSeconds)
        return *m_recordDurationSeconds + (now - m_recordDurationAtMs) / 1000;
    if (!recordings.isEmpty() && recordings.first().startedEpochSeconds > 0)
        return now / 1000 - recordings.first().startedEpochSeconds;
    return std::nullopt;
}

void ConferenceFeed::recordingCommandAnswered()
{
    m_recordDurationSeconds.reset();
    refreshRecording();
}

void ConferenceFeed::refreshRecording()
{
    if (m_recordingQueryInFlight)
        return;
    m_recordingQueryInFlight = true;
    // sipxconfig-conference-rest.md §5.4: status is IN_PROGRESS / NO_RECORDING; duration whole seconds.
    m_controller->query(ConferenceCommand::recordStatus(), [this](const cc::CommandOutcome &status) {
        const bool wasRecording = isRecording();
        m_sipxRecording = status.ok() && status.payload.contains(QLatin1String("IN_PROGRESS"));
        if (!m_sipxRecording) {
            m_recordingQueryInFlight = false;
            m_recordDurationSeconds.reset();
            if (wasRecording != isRecording())
                emit recordingChanged();
            return;
        }
        m_controller->query(ConferenceCommand::recordDuration(), [this](const cc::CommandOutcome &duration) {
            m_recordingQueryInFlight = false;
            bool ok = false;
            const int seconds = duration.payload.trimmed().toInt(&ok);
            if (duration.ok() && ok) {
                m_recordDurationSeconds = seconds;
                m_recordDurationAtMs = QDateTime::currentMSecsSinceEpoch();
            }
            emit recordingChanged();
        });
    });
}

} // namespace gui
