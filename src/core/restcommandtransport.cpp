// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "restcommandtransport.h"

#include "restclient.h"

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
    const QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    // Refusals are delivered asynchronously too, like every other outcome.
    const auto deliverLater = [this, guard, hasContext, done](const CommandOutcome &o) {
        QTimer::singleShot(0, this, [guard, hasContext, done, o] {
            if ((!hasContext || guard) && done)
                done(o);
        });
    };
    if (const QString reason = refusalReason(command); !reason.isEmpty()) {
        deliverLater(refusal(reason));
        return;
    }
    if (!m_client) {
        CommandOutcome o;
        o.kind = ResponseKind::TransportFailure;
        o.message = tr("No connection to the server is configured.");
        deliverLater(o);
        return;
    }
    const QString segment = *command.restSegment();
    m_client->runCommand(conference, segment, command.isRetryable(), context,
                         [done, segment](const RestResult &result) {
                             if (done)
                                 done(classifyCommandResponse(result, segment));
                         });
}

} // namespace cc
