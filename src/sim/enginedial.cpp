// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Calls into and between conferences: dial, bgdial, transfer and sipXconfig's invite.
#include "engineprivate.h"

#include "fsutil.h"

namespace sim {

using namespace sim::engine;

std::span<const BridgeEngine::Private::Handler> BridgeEngine::Private::dialCommands()
{
    static constexpr Handler rows[] = {
        {"dial", &Private::sDial},
        {"bgdial", &Private::sBgDial},
        {"transfer", &Private::sTransfer},
    };
    return rows;
}

// ==================================================================== dial (§3.5)

QByteArray BridgeEngine::Private::dialCause(const QByteArray &dialString)
{
    // What a real switch answers, as far as the dial string tells (1.10.12, mod_dptools and the
    // switch core): the `error` endpoint hangs up with the cause it names (error/user_busy), an
    // endpoint module that is not loaded gives CHAN_NOT_IMPLEMENTED. What only the dialplan or the
    // far end knows follows the documented simulator rule: a word in the destination picks the
    // cause ("nosuch"/"noroute" for a destination the dialplan has no route to).
    QByteArray d = dialString.toLower();
    if (d.startsWith('{'))
        d = d.mid(d.indexOf('}') + 1);
    const QByteArray module = d.left(d.indexOf('/'));
    if (module == "error")
        return d.mid(d.indexOf('/') + 1).toUpper();
    static const QList<QByteArray> kModules{"sofia", "loopback", "user", "group", "verto", "null", "freetdm"};
    if (!kModules.contains(module))
        return "CHAN_NOT_IMPLEMENTED";
    static constexpr std::pair<const char *, const char *> kCauses[] = {
        {"busy", "USER_BUSY"},
        {"noanswer", "NO_ANSWER"},
        {"unreg", "USER_NOT_REGISTERED"},
        {"reject", "CALL_REJECTED"},
        {"fail", "NORMAL_TEMPORARY_FAILURE"},
        {"nosuch", "NO_ROUTE_DESTINATION"},
        {"noroute", "NO_ROUTE_DESTINATION"},
    };
    for (const auto &[word, cause] : kCauses)
        if (d.contains(word))
            return cause;
    return "SUCCESS";
}

bool BridgeEngine::Private::sDial(Conference &c, Call &call)
{
    return dial(c.name, true, call, false);
}

bool BridgeEngine::Private::sBgDial(Conference &c, Call &call)
{
    return dial(c.name, true, call, true);
}

bool BridgeEngine::Private::dial(const QByteArray &confName, bool existed, Call &call, bool background)
{
    const auto &a = call.argv;
    if (a.size() < 3) {
        call.out += "-ERR Bad Args\n";
        return false;
    }
    QByteArray dialString = a.at(2);
    QByteArray cidNumber = a.size() > 3 ? a.at(3) : QByteArray();
    QByteArray cidName = a.size() > 4 ? a.at(4) : QByteArray();
    if (Conference *c = find(confName)) {
        if (cidNumber.isEmpty())
            cidNumber = c->callerIdNumber; // profile caller-id-number
        if (cidName.isEmpty())
            cidName = c->callerIdName;
    } else {
        // a conference created by the call (seed spec, "Dial Additional Information")
        if (cidNumber.isEmpty())
            cidNumber = "00000000";
        if (cidName.isEmpty())
            cidName = "FreeSWITCH";
    }
    const QByteArray peerUuid = newUuid();
    if (background) {
        const QByteArray job = newUuid();
        call.out += "+OK Job-UUID: " + job + "\n";
        QTimer::singleShot(
            ringDelayMs, q, [this, confName, dialString, cidNumber, cidName, existed, job, peerUuid] {
                const QByteArray cause = dialCause(dialString);
                if (cause == "SUCCESS")
                    completeDial(confName, dialString, cidNumber, cidName, !existed, peerUuid);
                if (existed) { // the result event only exists when the conference existed (§3.5)
                    if (Conference *c = find(confName)) {
                        Headers extra = {{"Result", cause}, {"Job-UUID", job}};
                        if (cause == "SUCCESS")
                            extra.append({"Peer-UUID", peerUuid});
                        conferenceEvent(*c, "bgdial-result", extra);
                    }
                }
            });
        return true;
    }
    call.deferred = true;
    auto context = call.context;
    const bool hasContext = call.hasContext;
    auto done = call.done;
    QTimer::singleShot(
        ringDelayMs, q,
        [this, confName, dialString, cidNumber, cidName, existed, peerUuid, context, hasContext, done] {
            const QByteArray cause = dialCause(dialString);
            if (cause == "SUCCESS")
                completeDial(confName, dialString, cidNumber, cidName, !existed, peerUuid);
            if (hasContext && !context)
                return;
            if (done)
                done("+OK Call Requested: result: [" + cause + "]\n");
        });
    return true;
}

void BridgeEngine::Private::completeDial(const QByteArray &confName, const QByteArray &dialString,
                                         const QByteArray &cidNumber, const QByteArray &cidName, bool created,
                                         const QByteArray &uuid)
{
    Conference *c = find(confName);
    if (!c) {
        c = createConference(confName, false); // answered once the dialled leg joins (join())
        if (created) {
            c->callerIdName = "FreeSWITCH";
            c->callerIdNumber = "00000000";
        }
    }
    QByteArray channel = dialString;
    if (channel.startsWith('{')) {
        const qsizetype close = channel.indexOf('}');
        channel = close > 0 ? channel.mid(close + 1) : channel;
    }
    MemberSpec spec;
    // the leg's caller profile carries the caller ID the call was placed with
    spec.callerIdName = QString::fromUtf8(cidName);
    spec.callerIdNumber = QString::fromUtf8(cidNumber);
    spec.channelName = QString::fromUtf8(channel);
    QByteArray dest = channel.mid(channel.lastIndexOf('/') + 1);
    if (dest.contains('@'))
        dest.truncate(dest.indexOf('@'));
    spec.variables.append({QStringLiteral("destination_number"), QString::fromUtf8(dest)});
    join(*c, spec, true, uuid); // dial bypasses lock and PIN (§3.4)
}

// ==================================================================== transfer (§3.2)

bool BridgeEngine::Private::sTransfer(Conference &c, Call &call)
{
    const auto &a = call.argv;
    if (a.size() <= 3 || a.at(2).isEmpty())
        return false;
    const QByteArray typed = a.at(2);
    QByteArray destName = typed;
    const qsizetype at = destName.indexOf('@');
    if (at >= 0)
        destName.truncate(at); // "<conf>@<profile>"
    for (int x = 3; x < a.size(); ++x) {
        Member *m = memberByStr(c, a.at(x));
        if (!m) {
            call.out += "-ERR No Member " + a.at(x) + " in conference " + c.name + ".\n";
            continue;
        }
        call.out += "+OK Member '" + num(m->id) + "' sent to conference " + typed + ".\n";
        memberEvent(c, *m, "transfer", {{"Old-Conference-Name", c.name}, {"New-Conference-Name", destName}});
        m->leaving = true;
        // The session re-enters the conference application with default member flags but keeps
        // its id: mod_conference keeps it in the channel's private "__confmid" (mod_conference.c,
        // conference_member_join; seen on a real 1.10.12 switch, where freeswitch-conference.md
        // §1.4 says "a new id"). Inbound callers meet the target's lock and member limit.
        Conference *dest = find(destName);
        if (dest && !m->outbound && dest->refusesInbound())
            continue; // refused: the caller hears the locked/full prompt and is hung up
        if (!dest)
            dest = createConference(destName, !m->outbound);
        MemberSpec spec;
        spec.callerIdName = QString::fromUtf8(m->name);
        spec.callerIdNumber = QString::fromUtf8(m->number);
        spec.channelName = QString::fromUtf8(m->channel);
        spec.hasVideo = m->video;
        for (const auto &kv : m->variables)
            if (kv.first != "conference_member_id" && kv.first != "conference_name")
                spec.variables.append({QString::fromUtf8(kv.first), QString::fromUtf8(kv.second)});
        join(*dest, spec, m->outbound, m->uuid, m->id);
    }
    return true;
}

// ==================================================================== sipXconfig invite (§5.2)

void BridgeEngine::invite(const QString &conference, const QString &target, const QString &callerIdName)
{
    // sipXconfig's REFER makes the invitee call in: an inbound join, so lock and member limit
    // apply (sipxconfig-conference-rest.md §5.2)
    QString user = target.trimmed();
    const qsizetype lt = user.indexOf(QLatin1Char('<'));
    if (lt >= 0)
        user = user.mid(lt + 1, user.indexOf(QLatin1Char('>'), lt) - lt - 1);
    if (user.startsWith(QLatin1String("sip:"), Qt::CaseInsensitive))
        user = user.mid(4);
    user = user.section(QLatin1Char('@'), 0, 0).section(QLatin1Char(';'), 0, 0);
    const QString name = callerIdName.isEmpty() ? user : callerIdName;
    const QByteArray conf = conference.toUtf8();
    QTimer::singleShot(d->ringDelayMs, this, [this, conf, user, name] {
        Private &p = *d;
        Conference *c = p.find(conf);
        if (c && c->refusesInbound())
            return; // locked or full: the invitee hears the prompt and hangs up
        if (!c)
            c = p.createConference(conf, true);
        MemberSpec spec;
        spec.callerIdName = name;
        spec.callerIdNumber = user;
        p.join(*c, spec, false);
    });
}

} // namespace sim
