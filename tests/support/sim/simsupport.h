// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Bridge-simulator helpers: the built-in scenario, starting a simulator, a client configuration for it.
#pragma once

#include "core/rest/restclient.h"
#include "sim/bridgeengine.h"
#include "sim/simulator.h"

#include <QJsonObject>

#include <memory>

namespace testsupport {

/// The built-in scenario (:/sim/default-scenario.json); empty when the resource is missing.
QJsonObject builtInScenario();
/// Writes `root` as a JSON document to `path`; false when the file cannot be written.
bool writeJson(const QString &path, const QJsonObject &root);

/// A started simulator, or nullptr (and a warning saying why) when it cannot listen.
std::unique_ptr<sim::Simulator> startSimulator(const sim::SimulatorOptions &options);
/// A client configuration for `sim` as alice/wonderland, its certificate pinned unless `pin` is false.
cc::ServerConfig simulatorConfig(const sim::Simulator &sim, bool pin = true);

/// A caller with a name and number (no flags), for BridgeEngine::addMember.
sim::MemberSpec caller(const QString &name, const QString &number);

/// Runs an API line on `engine` and returns its output (waits up to 5 s for a deferred answer).
QByteArray engineApi(sim::BridgeEngine *engine, const QString &line);

} // namespace testsupport
