// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "meetingfixture.h"

#include "core/parsers/parsers.h"
#include "simsupport.h"

#include <QJsonArray>
#include <QTest>

namespace testsupport {

MeetingRig::MeetingRig(Route route)
    : m_route(route)
{
    sim::SimulatorOptions options;
    options.activity.enabled = false;
    options.ringDelayMs = 50;
    options.eslPort = 0;
    // Three empty conferences alice owns besides sales and support: breakout rooms a sipXconfig
    // user can reach over REST.
    QJsonObject scenario = builtInScenario();
    QJsonArray conferences = scenario.value(QStringLiteral("conferences")).toArray();
    for (int i = 1; i <= 3; ++i) {
        conferences.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("sales-room-%1").arg(i)},
                                       {QStringLiteral("extension"), QStringLiteral("31%1").arg(i)},
                                       {QStringLiteral("owner"), QStringLiteral("alice")},
                                       {QStringLiteral("enabled"), true},
                                       {QStringLiteral("members"), QJsonArray()}});
    }
    scenario.insert(QStringLiteral("conferences"), conferences);
    m_scenarioFile = std::make_unique<QTemporaryFile>();
    if (!m_scenarioFile->open() || !writeJson(m_scenarioFile->fileName(), scenario))
        return;
    options.scenarioFile = m_scenarioFile->fileName();
    m_sim = startSimulator(options);
    if (!m_sim)
        return;
    if (route == Route::Rest) {
        m_rest = std::make_unique<cc::RestClient>();
        m_rest->setConfig(simulatorConfig(*m_sim));
        m_transport = std::make_unique<cc::RestCommandTransport>(m_rest.get());
        return;
    }
    m_esl = std::make_unique<cc::EslClient>();
    m_esl->connectToServer(QStringLiteral("127.0.0.1"), m_sim->eslPort(), m_sim->options().eslPassword);
    m_transport = std::make_unique<cc::EslCommandTransport>(m_esl.get());
    (void)QTest::qWaitFor([this] { return m_esl->isConnected(); }, 5000); // ready() tells
}

MeetingRig::~MeetingRig()
{
    m_sources.clear();
    m_transport.reset();
}

bool MeetingRig::ready(QString *why) const
{
    if (!m_sim) {
        *why = QStringLiteral("the simulator did not start");
        return false;
    }
    if (m_esl && !m_esl->isConnected()) {
        *why = QStringLiteral("the event socket did not connect");
        return false;
    }
    return true;
}

cc::ConferenceSource *MeetingRig::follow(const QString &conference)
{
    std::unique_ptr<cc::ConferenceSource> source;
    if (m_route == Route::Rest) {
        auto poller = std::make_unique<cc::ConferencePoller>(m_rest.get(), conference);
        poller->setInterval(200);
        source = std::move(poller);
    } else {
        auto push = std::make_unique<cc::PushConferenceSource>(
            static_cast<cc::EslCommandTransport *>(m_transport.get()), conference);
        push->setResyncInterval(60000); // events alone must do it
        source = std::move(push);
    }
    source->start();
    m_sources.push_back(std::move(source));
    return m_sources.back().get();
}

cc::ConferenceSnapshot MeetingRig::engineSnapshot(const QString &conference) const
{
    const QByteArray xml = api(QStringLiteral("conference %1 xml_list").arg(conference));
    const auto parsed = cc::parseXmlList(xml);
    if (!parsed.ok() || parsed.value.isEmpty())
        return {};
    return parsed.value.first();
}

const cc::Participant *MeetingRig::member(const cc::ConferenceSnapshot &s, quint32 id)
{
    for (const cc::Participant &p : s.members) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

QByteArray MeetingRig::api(const QString &line) const
{
    return engineApi(m_sim->engine(), line);
}

} // namespace testsupport
