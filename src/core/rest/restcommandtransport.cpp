// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/rest/restcommandtransport.h"

#include "core/rest/restclient.h"

#include <QPointer>
#include <QTimer>

namespace cc {

RestCommandTransport::RestCommandTransport(RestClient *client, QObject *parent)
    : CommandTransport(parent)
    , m_client(client)
{}

RestCommandTransport::~RestCommandTransport() = default;

QString RestCommandTransport::displayName() const
{
    return tr("REST");
}

QString RestCommandTransport::refusalReason(const ConferenceCommand &command) const
{
    if (!command.isValid())
        return command.error();
    if (!command.restSegment())
        return command.restError();
    return {};
}

void RestCommandTransport::run(const QString &conference, const ConferenceCommand &command, QObject *context,
                               Done done)
{
    if (const QString reason = refusalReason(command); !reason.isEmpty()) {
        deliverLater(context, done, refusal(reason));
        return;
    }
    if (!m_client) {
        CommandOutcome o;
        o.kind = ResponseKind::TransportFailure;
        o.message = tr("No connection to the server is configured.");
        deliverLater(context, done, o);
        return;
    }
    const QString segment = *command.restSegment();
    m_client->runCommand(conference, segment, command.isRetryable(), context,
                         [done, segment](const RestResult &result) {
                             if (!done)
                                 return;
                             CommandOutcome outcome = classifyCommandResponse(result, segment);
                             outcome.method = result.method;
                             done(outcome);
                         });
}

} // namespace cc
