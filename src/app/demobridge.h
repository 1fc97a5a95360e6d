// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The embedded bridge simulator behind --demo: the console's one door into src/sim. It is built
// into the conference-console executable only (library confdemo): confgui never links the simulator.
#pragma once

#include "gui/connection/connectionprofile.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace sim {
class Simulator;
}

namespace gui {

class MainWindow;

/// Starts a sim::Simulator on loopback (HTTPS with a self-signed certificate and an event socket)
/// and describes it as connection profiles the console opens like any other server.
class DemoBridge final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoBridge)

public:
    explicit DemoBridge(QObject *parent = nullptr);
    ~DemoBridge() override;

    /// Listens on free loopback ports; false with `error` in plain words when it cannot.
    bool start(QString *error);

    /// REST as the scenario's user alice; the certificate is trusted by its pin, never by
    /// ignoring errors.
    ConnectionProfile restProfile() const;
    QString restPassword() const { return m_password; }
    /// The same bridge over the event socket; nullopt when the socket is off.
    std::optional<ConnectionProfile> eventSocketProfile() const;
    QString eventSocketPassword() const;
    /// alice's conferences, `sales` first (the demo's first screen).
    QStringList conferences() const;
    QString displayUrl() const;

    sim::Simulator *simulator() const { return m_simulator; }

private:
    sim::Simulator *m_simulator = nullptr;
    QString m_password;
};

/// --demo: starts a DemoBridge owned by `window`, connects to it as alice (the certificate
/// pinned in a profile that is never saved), opens her conferences with sales in front, and
/// offers the same bridge over the event socket in the File menu. Null with `error` on failure.
DemoBridge *startDemo(MainWindow &window, QString *error);

} // namespace gui
