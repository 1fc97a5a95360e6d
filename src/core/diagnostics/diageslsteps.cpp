// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// ConnectionDiagnostics: the step of an event-socket run (the `auth` exchange).
#include "core/diagnostics/connectiondiagnostics.h"

#include <QHostAddress>
#include <QTcpSocket>

#include <memory>

namespace cc {

namespace {

using Status = DiagnosticStep::Status;

} // namespace

void ConnectionDiagnostics::runEslAuth()
{
    // freeswitch-conference.md §9.1: the server greets with auth/request, `auth <password>` is
    // answered by a command/reply "+OK accepted" or "-ERR invalid"; an ACL refusal arrives as
    // text/rudeness-rejection instead of the greeting.
    armTimeout(m_stepTimeoutMs);
    auto *socket = new QTcpSocket(this);
    m_tcp = socket;
    const quint64 generation = m_generation;
    auto buffer = std::make_shared<QByteArray>();
    auto authSent = std::make_shared<bool>(false);
    const auto done = [this, socket](Status status, const QString &detail, const QVariantMap &facts = {}) {
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
        finishStep(status, detail, facts);
        next();
    };
    connect(socket, &QTcpSocket::readyRead, this, [this, socket, generation, buffer, authSent, done] {
        if (generation != m_generation)
            return;
        buffer->append(socket->readAll());
        qsizetype end;
        while ((end = buffer->indexOf("\n\n")) >= 0) {
            const QByteArray head = buffer->left(end);
            buffer->remove(0, end + 2);
            QByteArray contentType;
            QByteArray replyText;
            for (const QByteArray &line : head.split('\n')) {
                if (line.startsWith("Content-Type:"))
                    contentType = line.mid(13).trimmed();
                else if (line.startsWith("Reply-Text:"))
                    replyText = line.mid(11).trimmed();
            }
            if (contentType == "text/rudeness-rejection") {
                done(Status::Failed, tr("The event socket refused this computer (its access list)."));
                return;
            }
            if (!*authSent) {
                if (contentType != "auth/request") {
                    done(Status::Failed,
                         tr("%1 port %2 answered, but not like a FreeSWITCH event socket (no auth/request).")
                             .arg(m_connectAddress)
                             .arg(m_port));
                    return;
                }
                *authSent = true;
                socket->write("auth " + m_eslPassword.toUtf8() + "\n\n");
                continue;
            }
            if (contentType != "command/reply")
                continue; // e.g. an early event: wait for the reply
            const QVariantMap facts{{QStringLiteral("reply"), QString::fromUtf8(replyText)}};
            if (replyText.startsWith("+OK"))
                done(Status::Ok, tr("The event socket accepted the password."), facts);
            else
                done(Status::Failed,
                     tr("The event socket refused the password (%1). FreeSWITCH's default is ClueCon; the "
                        "real one is in event_socket.conf.xml.")
                         .arg(QString::fromUtf8(replyText)),
                     facts);
            return;
        }
    });
    connect(socket, &QTcpSocket::errorOccurred, this, [this, socket, generation, done] {
        if (generation != m_generation)
            return;
        done(Status::Failed,
             tr("The event socket closed the connection before answering: %1").arg(socket->errorString()));
    });
    socket->connectToHost(QHostAddress(m_connectAddress), m_port);
}

} // namespace cc
