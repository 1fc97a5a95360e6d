// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/app/demobridge.h"

#include "sim/simulator.h"

#include <algorithm>

namespace gui {

namespace {
const QString DemoUser = QStringLiteral("alice");
}

DemoBridge::DemoBridge(QObject *parent)
    : QObject(parent)
{}

DemoBridge::~DemoBridge() = default;

bool DemoBridge::start(QString *error)
{
    if (m_simulator) {
        if (error)
            *error = tr("The demo is already running.");
        return false;
    }
    sim::SimulatorOptions options;
    options.address = QHostAddress::LocalHost; // loopback only
    options.port = 0;
    options.tls = true;
    options.eslPort = 0; // the event socket too, any free port (loopback)
    auto *simulator = new sim::Simulator(options, this);
    QString startError;
    if (!simulator->start(&startError)) {
        delete simulator;
        if (error)
            *error = tr("The demo bridge could not start: %1").arg(startError);
        return false;
    }
    m_simulator = simulator;
    for (const sim::UserAccount &account : simulator->users()) {
        if (account.user == DemoUser)
            m_password = account.password;
    }
    if (m_password.isEmpty()) {
        if (error)
            *error = tr("The demo scenario has no user “alice”.");
        return false;
    }
    return true;
}

ConnectionProfile DemoBridge::restProfile() const
{
    ConnectionProfile profile;
    profile.name = tr("Demo bridge (alice)");
    profile.baseUrl = m_simulator->baseUrl();
    profile.user = DemoUser;
    profile.methodPolicy = cc::MethodPolicy::Auto;
    profile.pollIntervalMs = 1000;
    profile.pinnedSha256 = {m_simulator->certificateSha256()};
    return profile;
}

std::optional<ConnectionProfile> DemoBridge::eventSocketProfile() const
{
    if (m_simulator->eslPort() == 0)
        return std::nullopt;
    ConnectionProfile esl;
    esl.name = tr("Demo bridge (event socket)");
    esl.transport = ConnectionProfile::Transport::EventSocket;
    esl.eslHost = QStringLiteral("127.0.0.1");
    esl.eslPort = m_simulator->eslPort();
    return esl;
}

QString DemoBridge::eventSocketPassword() const
{
    return m_simulator->options().eslPassword;
}

QStringList DemoBridge::conferences() const
{
    QStringList conferences = m_simulator->conferencesOwnedBy(DemoUser);
    std::stable_sort(conferences.begin(), conferences.end(), [](const QString &a, const QString &b) {
        return a == QLatin1String("sales") && b != QLatin1String("sales");
    });
    return conferences;
}

QString DemoBridge::displayUrl() const
{
    return m_simulator->baseUrl().toDisplayString();
}

} // namespace gui
