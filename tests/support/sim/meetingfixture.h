// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// One simulator, reached over either transport: the sipXconfig REST route (polled xml_list) or
// the event socket (pushed events). The meeting automations must behave the same on both.
#pragma once

#include "core/commands/commandtransport.h"
#include "core/esl/eslclient.h"
#include "core/esl/eslcommandtransport.h"
#include "core/model/participant.h"
#include "core/rest/restclient.h"
#include "core/rest/restcommandtransport.h"
#include "core/sources/conferencepoller.h"
#include "core/sources/conferencesource.h"
#include "core/sources/pushconferencesource.h"
#include "sim/bridgeengine.h"
#include "sim/simulator.h"

#include <QMetaType>
#include <QString>
#include <QTemporaryFile>

#include <memory>

namespace testsupport {

enum class Route { Rest, EventSocket };

/// A started simulator (activity off, built-in scenario: sales and support owned by alice, plus
/// empty sales-room-1 … 3 of hers) and a
/// transport to it; sources() follow a conference the way the console does (a poller every
/// 200 ms over REST, events plus re-syncs over the event socket).
class MeetingRig
{
public:
    explicit MeetingRig(Route route);
    ~MeetingRig();
    /// False (with a reason) when the simulator did not start or the event socket did not connect.
    bool ready(QString *why) const;

    cc::CommandTransport *transport() const { return m_transport.get(); }
    sim::BridgeEngine *engine() const { return m_sim->engine(); }
    sim::Simulator *simulator() const { return m_sim.get(); }
    Route route() const { return m_route; }

    /// A started source for `conference`, owned by the rig.
    cc::ConferenceSource *follow(const QString &conference);
    /// The engine's own xml_list of `conference`, parsed (an empty snapshot when it is gone).
    cc::ConferenceSnapshot engineSnapshot(const QString &conference) const;
    /// One member of the engine's listing, or nullptr.
    static const cc::Participant *member(const cc::ConferenceSnapshot &s, quint32 id);
    /// Runs an API line on the switch (as another moderator or a caller would).
    QByteArray api(const QString &line) const;

private:
    Route m_route;
    std::unique_ptr<QTemporaryFile> m_scenarioFile;
    std::unique_ptr<sim::Simulator> m_sim;
    std::unique_ptr<cc::RestClient> m_rest;
    std::unique_ptr<cc::EslClient> m_esl;
    std::unique_ptr<cc::CommandTransport> m_transport;
    std::vector<std::unique_ptr<cc::ConferenceSource>> m_sources;
};

} // namespace testsupport

Q_DECLARE_METATYPE(testsupport::Route)
