// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Event-socket fixture: a BridgeEngine with three callers in 3000 (one in 4000) behind an EslServer.
#include "eslfixture.h"

#include "core/parsers/parsers.h"
#include "simsupport.h"

#include <QTest>

namespace testsupport {

void EslFixture::init()
{
    m_engine = std::make_unique<sim::BridgeEngine>();
    sim::ActivityConfig activity;
    activity.enabled = false;
    m_engine->setActivity(activity);
    m_engine->setClockForTesting([] { return qint64(5000000); });
    m_engine->setRingDelayMs(20);
    sim::MemberSpec alice = caller(QStringLiteral("Alice Ärger"), QStringLiteral("1001"));
    alice.moderator = true;
    m_alice = m_engine->addMember(kConf, alice);
    m_bob = m_engine->addMember(kConf, caller(QStringLiteral("Bob & Co"), QStringLiteral("+15551234567")));
    sim::MemberSpec carol = caller(QStringLiteral("Carol"), QStringLiteral("1003"));
    carol.muteDetect = true;
    m_carol = m_engine->addMember(kConf, carol);
    m_engine->addMember(QStringLiteral("4000"), caller(QStringLiteral("Elsewhere"), QStringLiteral("2001")));

    m_server = std::make_unique<sim::EslServer>(m_engine.get());
    QString error;
    QVERIFY2(m_server->listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
    m_port = m_server->port();
}

void EslFixture::cleanup()
{
    m_server.reset();
    m_engine.reset();
}

std::unique_ptr<cc::EslClient> EslFixture::connectedClient(const QString &password)
{
    auto client = std::make_unique<cc::EslClient>();
    client->setReconnectDelays(50, 200);
    client->connectToServer(QStringLiteral("127.0.0.1"), m_port, password);
    return client;
}

cc::ConferenceSnapshot EslFixture::engineSnapshot()
{
    const auto parsed = cc::parseXmlList(engineApi(QStringLiteral("conference 3000 xml_list")));
    if (!parsed.ok() || parsed.value.isEmpty())
        return {};
    return parsed.value.first();
}

QByteArray EslFixture::engineApi(const QString &line)
{
    return testsupport::engineApi(m_engine.get(), line);
}

} // namespace testsupport
