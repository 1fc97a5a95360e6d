// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Event-socket fixture: a BridgeEngine with three callers in 3000 (one in 4000) behind an EslServer.
#pragma once

#include "core/esl/eslclient.h"
#include "core/model/participant.h"
#include "sim/bridgeengine.h"
#include "sim/eslserver.h"

#include <memory>

namespace testsupport {

inline const QString kConf = QStringLiteral("3000");
inline const QString kEslPassword = QStringLiteral("ClueCon");

/// QTest runs the slots below for every suite that derives from the fixture.
class EslFixture : public QObject
{
    Q_OBJECT

private slots:
    /// Alice (moderator), Bob and Carol (mute-detect) in 3000, one caller in 4000, the switch
    /// listening on a free port.
    void init();
    void cleanup();

protected:
    /// A client connecting (not yet connected) to the switch, with short reconnect delays.
    std::unique_ptr<cc::EslClient> connectedClient(const QString &password = kEslPassword);
    /// The engine's own xml_list of the conference, parsed.
    cc::ConferenceSnapshot engineSnapshot();
    QByteArray engineApi(const QString &line);

    std::unique_ptr<sim::BridgeEngine> m_engine;
    std::unique_ptr<sim::EslServer> m_server;
    quint16 m_port = 0;
    quint32 m_alice = 0;
    quint32 m_bob = 0;
    quint32 m_carol = 0;
};

} // namespace testsupport
