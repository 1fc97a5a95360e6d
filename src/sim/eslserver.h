// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>

#include <memory>

namespace sim {

class BridgeEngine;

/// FreeSWITCH's mod_event_socket (inbound, freeswitch-conference.md §9) served from a
/// BridgeEngine: `auth`, `api`, `bgapi` (+ BACKGROUND_JOB), `event plain|json`, `filter`,
/// `nixevent`, `noevents`, `exit`. Commands of one connection run strictly in order (a
/// synchronous `api ... dial` holds the connection until it answers, as in FreeSWITCH); events
/// are written as they happen. Events are framed per §9.1 / §8.3: plain values URL-encoded
/// (switch_url_encode), `_undef_` for empty values, Content-Length in bytes.
class EslServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EslServer)

public:
    explicit EslServer(BridgeEngine *engine, QObject *parent = nullptr);
    ~EslServer() override;

    void setPassword(const QString &password); // default "ClueCon"
    /// Listens; `error` in plain words on failure.
    bool listen(const QHostAddress &address, quint16 port, QString *error);
    quint16 port() const;
    bool isListening() const;
    /// Stops listening; open connections get a disconnect notice and are closed.
    void close();
    int connectionCount() const;

    // --- test hooks ---
    /// The next `count` conference events are dropped for every connection (a lost event).
    void suppressNextEventsForTesting(int count = 1);
    int acceptedConnections() const;
    int failedAuthentications() const;

signals:
    void clientConnected();
    void clientDisconnected();
    /// Every command line received, with an `auth` password masked.
    void commandReceived(const QByteArray &line);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace sim
