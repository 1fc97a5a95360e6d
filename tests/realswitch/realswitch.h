// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Shared helpers of the real-switch tests: connect to FreeSWITCH's event socket or skip, run api lines, find
// members.
#pragma once

#include "core/commands/commandresponse.h"
#include "core/commands/conferencecommand.h"
#include "core/esl/eslclient.h"
#include "core/esl/eslcommandtransport.h"
#include "core/model/participant.h"
#include "core/parsers/parsers.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTest>

#include <memory>
#include <optional>

namespace realswitch {

inline quint16 eslPort()
{
    bool ok = false;
    const int port = qEnvironmentVariableIntValue("REALSWITCH_ESL_PORT", &ok);
    return ok && port > 0 && port < 65536 ? quint16(port) : quint16(8021);
}

inline QString eslPassword()
{
    const QString password = qEnvironmentVariable("REALSWITCH_ESL_PASSWORD");
    return password.isEmpty() ? QStringLiteral("ClueCon") : password;
}

/// True when something on 127.0.0.1:port greets like an event socket (auth/request) within 2 s.
inline bool switchAnswers(quint16 port)
{
    QTcpSocket socket;
    QByteArray greeting;
    QObject::connect(&socket, &QTcpSocket::readyRead, [&] { greeting += socket.readAll(); });
    socket.connectToHost(QHostAddress::LocalHost, port);
    (void)QTest::qWaitFor(
        [&] { return greeting.contains("\n\n") || socket.state() == QAbstractSocket::UnconnectedState; },
        2000);
    return greeting.startsWith("Content-Type: auth/request");
}

/// Skips the current test (one line) when no switch answers.
#define REALSWITCH_REQUIRE()                                                                                 \
    do {                                                                                                     \
        if (!realswitch::switchAnswers(realswitch::eslPort()))                                               \
            QSKIP(qPrintable(                                                                                \
                QStringLiteral("no FreeSWITCH event socket on 127.0.0.1:%1 (scripts/real-switch start)")     \
                    .arg(realswitch::eslPort())));                                                           \
    } while (false)

/// A connected EslClient + EslCommandTransport with blocking-in-test helpers (QTest::qWaitFor).
class Session
{
public:
    explicit Session(quint16 port = eslPort(), const QString &password = eslPassword())
        : client(std::make_unique<cc::EslClient>())
    {
        client->setReconnectDelays(200, 1000);
        client->setReplyTimeoutMs(20000);
        transport = std::make_unique<cc::EslCommandTransport>(client.get());
        client->connectToServer(QStringLiteral("127.0.0.1"), port, password);
        (void)QTest::qWaitFor(
            [&] { return client->isConnected() || client->state() == cc::EslClient::State::Halted; }, 5000);
    }
    ~Session()
    {
        transport.reset();
        client->disconnectFromServer();
    }
    bool connected() const { return client->isConnected(); }

    /// `api <line>`: the raw body ("" and ok=false when no answer).
    cc::EslReply api(const QString &line, int timeoutMs = 20000)
    {
        cc::EslReply reply;
        bool done = false;
        QObject guard;
        client->api(line, &guard, [&](const cc::EslReply &r) {
            reply = r;
            done = true;
        });
        (void)QTest::qWaitFor([&] { return done; }, timeoutMs);
        return reply;
    }
    QByteArray body(const QString &line) { return api(line).body; }

    /// One command through the transport, classified as the console classifies it.
    cc::CommandOutcome run(const QString &conference, const cc::ConferenceCommand &command,
                           int timeoutMs = 30000)
    {
        cc::CommandOutcome outcome;
        outcome.message = QStringLiteral("(no outcome within %1 ms)").arg(timeoutMs);
        bool done = false;
        QObject guard;
        transport->run(conference, command, &guard, [&](const cc::CommandOutcome &o) {
            outcome = o;
            done = true;
        });
        (void)QTest::qWaitFor([&] { return done; }, timeoutMs);
        return outcome;
    }
    cc::CommandOutcome run(const QString &conference, const QString &line, int timeoutMs = 30000)
    {
        return run(conference, cc::ConferenceCommand::parse(line), timeoutMs);
    }

    /// The conference as xml_list shows it now (nullopt when it does not exist).
    std::optional<cc::ConferenceSnapshot> snapshot(const QString &conference)
    {
        const QByteArray xml = body(QStringLiteral("conference %1 xml_list").arg(conference));
        const auto parsed = cc::parseXmlList(xml);
        if (!parsed.ok() || parsed.value.isEmpty())
            return std::nullopt;
        return parsed.value.first();
    }
    std::optional<cc::Participant> member(const QString &conference, quint32 id)
    {
        if (const auto snap = snapshot(conference)) {
            for (const cc::Participant &p : snap->members)
                if (p.id == id)
                    return p;
        }
        return std::nullopt;
    }
    std::optional<cc::Participant> memberByUuid(const QString &conference, const QString &uuid)
    {
        if (const auto snap = snapshot(conference)) {
            for (const cc::Participant &p : snap->members)
                if (p.uuid == uuid)
                    return p;
        }
        return std::nullopt;
    }

    /// originate a loopback member (`tone` or `silent`) into `conference`; returns its member id
    /// once xml_list shows it, or 0.
    quint32 addMember(const QString &conference, const QString &extension, const QString &name,
                      const QString &number, const QString &flags = {},
                      const QString &profile = QStringLiteral("default"))
    {
        const QString at = conference + u'@' + profile;
        const QString target = flags.isEmpty() ? at : QString(at + u"+flags{" + flags + u'}');
        const QByteArray out = body(
            QStringLiteral("originate {origination_callee_id_name='%1',origination_callee_id_number='%2'}"
                           "loopback/%3/default &conference(%4)")
                .arg(name, number, extension, target));
        if (!out.startsWith("+OK "))
            return 0;
        const QString uuid = QString::fromUtf8(out.mid(4)).trimmed();
        std::optional<cc::Participant> p;
        (void)QTest::qWaitFor([&] { return (p = memberByUuid(conference, uuid)).has_value(); }, 5000);
        return p ? p->id : 0;
    }

    std::unique_ptr<cc::EslClient> client;
    std::unique_ptr<cc::EslCommandTransport> transport;
};

/// "+OK Job-UUID: ..." and uuids in general -> <uuid>.
inline QString maskUuids(QString text)
{
    static const QRegularExpression uuid(
        QStringLiteral("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"));
    return text.replace(uuid, QStringLiteral("<uuid>"));
}

inline const char *kindName(cc::ResponseKind kind)
{
    switch (kind) {
    case cc::ResponseKind::Success:
        return "Success";
    case cc::ResponseKind::FreeSwitchError:
        return "FreeSwitchError";
    case cc::ResponseKind::BackendFailure:
        return "BackendFailure";
    case cc::ResponseKind::HttpError:
        return "HttpError";
    case cc::ResponseKind::TransportFailure:
        return "TransportFailure";
    }
    return "?";
}

} // namespace realswitch
