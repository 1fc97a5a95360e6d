// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/upstreambackend.h"

#include "sim/bridgeengine.h"

namespace sim {

EngineApiBackend::EngineApiBackend(BridgeEngine *engine)
    : m_engine(engine)
{}

void EngineApiBackend::api(const QString &line, QObject *context, Callback done)
{
    m_engine->api(line, context, [done = std::move(done)](const QByteArray &output) {
        ApiResult result;
        result.output = output;
        done(result);
    });
}

} // namespace sim
