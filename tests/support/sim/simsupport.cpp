// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Bridge-simulator helpers: the built-in scenario, starting a simulator, a client configuration for it.
#include "simsupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

namespace testsupport {

QJsonObject builtInScenario()
{
    sim::Simulator resourceLoader(sim::SimulatorOptions{}); // registers the resources
    QFile builtIn(QStringLiteral(":/sim/default-scenario.json"));
    if (!builtIn.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(builtIn.readAll()).object();
}

bool writeJson(const QString &path, const QJsonObject &root)
{
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return false;
    out.write(QJsonDocument(root).toJson());
    return true;
}

std::unique_ptr<sim::Simulator> startSimulator(const sim::SimulatorOptions &options)
{
    auto s = std::make_unique<sim::Simulator>(options);
    QString error;
    if (!s->start(&error)) {
        qWarning("simulator: %s", qPrintable(error));
        return nullptr;
    }
    return s;
}

cc::ServerConfig simulatorConfig(const sim::Simulator &sim, bool pin)
{
    cc::ServerConfig c;
    c.baseUrl = sim.baseUrl();
    c.user = QStringLiteral("alice");
    c.password = QStringLiteral("wonderland");
    if (pin)
        c.pinnedSha256 = {sim.certificateSha256()};
    return c;
}

sim::MemberSpec caller(const QString &name, const QString &number)
{
    sim::MemberSpec spec;
    spec.callerIdName = name;
    spec.callerIdNumber = number;
    return spec;
}

QByteArray engineApi(sim::BridgeEngine *engine, const QString &line)
{
    QObject context; // a late answer after the wait is dropped with it
    QByteArray out;
    bool done = false;
    engine->api(line, &context, [&](const QByteArray &o) {
        out = o;
        done = true;
    });
    if (!done)
        (void)QTest::qWaitFor([&] { return done; }, 5000);
    return out;
}

} // namespace testsupport
