// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The conference command route after its checks: invite/inviteim, backend faults, the ESL relay.
#include "sim/restfacade.h"

#include "sim/bridgeengine.h"
#include "sim/facadeprivate.h"
#include "sim/scenario.h"

namespace sim {

using namespace facade;

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
        finish(ex, plainText(QByteArrayLiteral(
                       "<command-exception>Timeout waiting for FreeSWITCH</command-exception>\n")));
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
    m_engine->api(line, this, [this, ex](const QByteArray &output) { finish(ex, commandResponse(output)); });
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
    m_engine->invite(conf.name, target, callerIdName);
    finish(ex, plainText(QByteArrayLiteral("<command-response>Invitation sent</command-response>")));
}

} // namespace sim
