// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/commands/commandtransport.h"

#include <QPointer>

namespace cc {

class RestClient;

/// Commands over the sipXconfig REST route (RestClient::runCommand + classifyCommandResponse).
/// Arguments the route cannot carry ('/', '&', '?', '#', '%': sipxconfig-conference-rest.md §3.5)
/// are refused with ConferenceCommand::restError(), never sent mangled.
class RestCommandTransport final : public CommandTransport
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RestCommandTransport)

public:
    explicit RestCommandTransport(RestClient *client, QObject *parent = nullptr);
    ~RestCommandTransport() override;

    void run(const QString &conference, const ConferenceCommand &command, QObject *context,
             Done done) override;
    QString refusalReason(const ConferenceCommand &command) const override;
    QString displayName() const override;
    RestClient *client() const { return m_client; }

private:
    QPointer<RestClient> m_client;
};

} // namespace cc
