// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/demobridge.h"

#include "gui/window/mainwindow.h"
#include "gui/conference/conferenceview.h"
#include "gui/connection/connectionmanager.h"
#include "sim/simulator.h"

#include <QAction>
#include <QTabWidget>

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

DemoBridge *startDemo(MainWindow &window, QString *error)
{
    if (window.findChild<DemoBridge *>()) {
        if (error)
            *error = DemoBridge::tr("The demo is already running.");
        return nullptr;
    }
    auto *demo = new DemoBridge(&window);
    if (!demo->start(error)) {
        delete demo;
        return nullptr;
    }
    ServerConnection *connection = window.connectionManager()->add(demo->restProfile(), demo->restPassword(),
                                                                   ConnectionManager::Persistence::Session);
    ConferenceView *first = nullptr;
    for (const QString &conference : demo->conferences()) {
        ConferenceView *view = window.openConference(connection, conference);
        if (!first)
            first = view;
    }
    if (first)
        window.tabs()->setCurrentWidget(first);

    // The same bridge over the event socket, offered (File menu) but not opened, so the demo's
    // first screen stays the REST one.
    if (const auto esl = demo->eventSocketProfile()) {
        QAction *action =
            window.offerConnection(DemoBridge::tr("Connect to the Demo Bridge over the &Event Socket"), *esl,
                                   demo->eventSocketPassword());
        action->setObjectName(QStringLiteral("actionDemoEventSocket"));
    }
    window.showMessage(DemoBridge::tr("Demo bridge running at %1").arg(demo->displayUrl()), false);
    return demo;
}

} // namespace gui
