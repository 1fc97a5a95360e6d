// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/esl/eslcommandtransport.h"

#include "core/esl/eslclient.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>

namespace cc {

namespace {
CommandOutcome noAnswer(const EslReply &reply)
{
    CommandOutcome o;
    o.kind = ResponseKind::TransportFailure;
    o.message = reply.error.isEmpty() ? QCoreApplication::translate("cc::EslCommandTransport",
                                                                    "No answer from the event socket.")
                                      : reply.error;
    return o;
}

/// "mute last", "relate 7,8": what the classifier needs to judge an empty reply.
QString commandWords(const ConferenceCommand &command)
{
    QStringList words{command.name()};
    words += command.arguments();
    return words.join(u' ');
}
} // namespace

EslCommandTransport::EslCommandTransport(EslClient *client, QObject *parent)
    : CommandTransport(parent)
    , m_client(client)
{
    if (client)
        connect(client, &EslClient::eventReceived, this, &EslCommandTransport::onEvent);
}

EslCommandTransport::~EslCommandTransport() = default;

bool EslCommandTransport::supportsPush() const
{
    return true;
}

QString EslCommandTransport::displayName() const
{
    return tr("event socket");
}

QString EslCommandTransport::refusalReason(const ConferenceCommand &command) const
{
    if (!command.isValid())
        return command.error();
    if (command.isSipXconfigOnly()) {
        const QString why = command.apiError();
        return why.isEmpty() ? tr("\"%1\" is a sipXconfig service; it cannot be sent over FreeSWITCH's event "
                                  "socket. Use the REST connection for it.")
                                   .arg(command.name())
                             : why;
    }
    if (command.apiLine(QStringLiteral("x")).isEmpty())
        return command.apiError();
    return {};
}

void EslCommandTransport::run(const QString &conference, const ConferenceCommand &command, QObject *context,
                              Done done)
{
    if (const QString reason = refusalReason(command); !reason.isEmpty()) {
        deliverLater(context, done, refusal(reason));
        return;
    }
    if (!m_client) {
        deliverLater(context, done, noAnswer({}));
        return;
    }
    const QString line = command.apiLine(conference);
    const QString words = commandWords(command);
    // The socket's answer is logged whether or not the caller still waits for it.
    const QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    QElapsedTimer sent;
    sent.start();
    const auto finish = [this, guard, hadContext, done, command, line, sent](const CommandOutcome &outcome) {
        emit commandFinished(command, line, outcome, sent.elapsed());
        if (done && (!hadContext || guard))
            done(outcome);
    };
    if (command.id() == CommandId::Dial) {
        // Same output as the synchronous api, delivered in the BACKGROUND_JOB body (§9.2.4).
        m_client->bgapi(
            line, this,
            [finish](const EslReply &accepted) {
                if (!accepted.ok) {
                    finish(noAnswer(accepted));
                } else if (!accepted.body.startsWith("+OK")) {
                    CommandOutcome o = classifyFreeSwitchOutput(accepted.body, QStringLiteral("bgapi"));
                    o.kind = ResponseKind::FreeSwitchError;
                    finish(o);
                }
            },
            [finish, words](const EslReply &finished) {
                finish(finished.ok ? classifyFreeSwitchOutput(finished.body, words) : noAnswer(finished));
            });
        return;
    }
    m_client->api(line, this, [finish, words](const EslReply &reply) {
        finish(reply.ok ? classifyFreeSwitchOutput(reply.body, words) : noAnswer(reply));
    });
}

void EslCommandTransport::onEvent(const EslEvent &event)
{
    emit eventReceived(event);
    if (event.subclass() == u"conference::maintenance" && event.action() == u"bgdial-result")
        emit backgroundDialFinished(event.header(u"Conference-Name"), event.header(u"Job-UUID"),
                                    event.header(u"Result"), event.header(u"Peer-UUID"));
}

} // namespace cc
