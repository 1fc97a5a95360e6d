// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The conference command route after its checks: invite/inviteim, backend faults, the ESL relay.
#include "sim/restfacade.h"

#include "sim/bridgeengine.h"
#include "sim/facadeprivate.h"
#include "sim/scenario.h"

namespace sim {

using namespace facade;

namespace {
const QByteArray kCommandException =
    QByteArrayLiteral("<command-exception>Timeout waiting for FreeSWITCH</command-exception>\n");
} // namespace

QList<QByteArray> facade::splitCommand(const QByteArray &segment)
{
    QList<QByteArray> tokens;
    for (const QByteArray &t : segment.split('&')) {
        if (!t.isEmpty())
            tokens << t;
    }
    return tokens;
}

QString facade::jettyDecode(const QByteArray &token)
{
    return QString::fromUtf8(QByteArray::fromPercentEncoding(token));
}

void RestFacade::servletApi(const Exchange &ex, const QString &line,
                            std::function<void(const QByteArray &)> onOutput)
{
    m_backend->api(line, this, [this, ex, onOutput = std::move(onOutput)](const ApiResult &result) {
        switch (result.status) {
        case ApiResult::Status::Ok:
            onOutput(result.output);
            return;
        case ApiResult::Status::Unreachable:
            // §4.1 "sipxrecording up but FreeSWITCH ESL (localhost:8021) down": the servlet logs
            // the IOException and writes nothing, so sipXconfig answers 200 with an empty body.
            // A rejected password is not in the reference; sipxrecording's ESL connect fails the
            // same way (its auth is part of connecting), so it is answered the same (closest
            // documented behaviour). The `ERROR: …` body of §4.1 is sipXconfig failing to reach
            // sipxrecording itself, which cannot happen here: the facade is both.
            finish(ex, plainText(QByteArray()));
            return;
        case ApiResult::Status::Timeout:
            // §1 / §4.1: the api call threw after 60 s, "<command-exception>%s</command-exception>\n";
            // the same message as --fail-backend exception.
            finish(ex, plainText(kCommandException));
            return;
        }
    });
}

void RestFacade::runCommand(const Exchange &ex, const ScenarioConference &conf,
                            const QList<QByteArray> &tokens)
{
    const QByteArray &verb = tokens.first(); // compared case-sensitively (§3.2)
    if (verb == "invite" || verb == "inviteim") {
        invite(ex, conf, tokens);
        return;
    }

    // Everything below goes through sipxrecording, which the fault flags break (§4.1).
    switch (m_fault) {
    case BackendFault::None:
        break;
    case BackendFault::Error:
        finish(ex, plainText(QByteArrayLiteral("ERROR: Connection refused")));
        return;
    case BackendFault::Empty:
        finish(ex, plainText(QByteArray()));
        return;
    case BackendFault::Timeout:
        hang(ex);
        return;
    case BackendFault::Exception:
        finish(ex, plainText(kCommandException));
        return;
    }

    if (verb == "record") {
        record(ex, conf, tokens);
        return;
    }

    // sipXconfig → PUT /conference/<conf>/<t1>/<t2>… → sipxrecording decodes and joins with
    // spaces → "conference <conf> <t1> <t2>…" over ESL (§3.4, §3.5). No whitelist.
    QStringList words;
    words.reserve(tokens.size());
    for (const QByteArray &t : tokens)
        words << jettyDecode(t);
    const QString line =
        QStringLiteral("conference ") + conf.name + QLatin1Char(' ') + words.join(QLatin1Char(' '));
    servletApi(ex, line, [this, ex](const QByteArray &output) { finish(ex, commandResponse(output)); });
}

void RestFacade::invite(const Exchange &ex, const ScenarioConference &conf, const QList<QByteArray> &tokens)
{
    const QByteArray &verb = tokens.first();
    if (tokens.size() != 2) {
        finish(ex, errorPage(400, QStringLiteral("Incorect invite command"))); // sic
        return;
    }
    QString target = QString::fromUtf8(tokens.at(1)); // used raw (§3.5)
    QString callerIdName = target;
    if (verb == "inviteim") {
        const UserAccount *invitee = m_scenario->findByImId(target);
        if (!invitee) { // §5.3, message is the bare bundle key (§4.1)
            finish(ex,
                   javaError("error.inviteParticipant", "org.sipfoundry.sipxconfig.common.UserException"));
            return;
        }
        target = invitee->user;
        callerIdName = invitee->displayName.isEmpty() ? invitee->user : invitee->displayName;
    } else if (const UserAccount *invitee = m_scenario->findByNumber(target)) {
        callerIdName = invitee->displayName.isEmpty() ? invitee->user : invitee->displayName;
    }
    // §3.3 step 4, §5.2: sipXconfig's own SIP stack sends INVITE + REFER to the target; neither
    // sipxrecording nor FreeSWITCH is asked anything, and the answer does not wait for the call.
    // Relaying to a real switch there is therefore no command to send: the literal answer goes
    // back and nothing joins (this facade has no SIP stack). The engine simulates the REFER'd
    // call-in instead.
    if (!m_upstream)
        m_engine->invite(conf.name, target, callerIdName);
    finish(ex, plainText(QByteArrayLiteral("<command-response>Invitation sent</command-response>")));
}

} // namespace sim
