// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// relate: who hears and speaks to whom, and its listing (freeswitch-conference.md §7).
#include "engineprivate.h"

#include "fsutil.h"

#include <algorithm>

namespace sim {

using namespace sim::engine;

std::span<const BridgeEngine::Private::Handler> BridgeEngine::Private::relateCommands()
{
    static constexpr Handler rows[] = {
        {"relate", &Private::sRelate},
    };
    return rows;
}

bool BridgeEngine::Private::sRelate(Conference &c, Call &call)
{
    const auto &a = call.argv;
    if (a.size() <= 3) {
        if (c.relationshipTotal == 0) {
            call.out += "+OK No relationships\n";
            return true;
        }
        if (a.size() < 3)
            return true; // relationships exist: nothing at all
        // One pass over the members per listed id, in the order given; 0 lists everybody
        // (conference_api.c, _conference_api_sub_relate_show_member_relationships; the real
        // 1.10.12 switch lists "relate 10,11" as 10's relations, then 11's).
        for (const QByteArray &token : a.at(2).split(',')) {
            const auto id = static_cast<quint32>(fs::atoi(token));
            for (const auto &m : c.members) {
                if (m->recorder || m->leaving || (id != 0 && m->id != id))
                    continue;
                for (const Relation &r : m->relations)
                    call.out += num(m->id) + " -> " + num(r.other) + " " +
                                (r.canSpeak ? "SPEAK" : "NOSPEAK") + " " + (r.canHear ? "HEAR" : "NOHEAR") +
                                " " + (r.sendVideo ? "SENDVIDEO" : "NOSENDVIDEO") + " \n";
            }
        }
        return true;
    }
    if (a.size() <= 4)
        return false;
    const QByteArray &flag = a.at(4);
    const bool nospeak = flag.contains("nospeak"); // substring match on one token (§7.1)
    const bool nohear = flag.contains("nohear");
    const bool sendvideo = flag.contains("sendvideo");
    const bool clear = ieq(flag, "clear");
    if (!(clear || nospeak || nohear || sendvideo))
        return false;
    for (const QByteArray &fromTok : a.at(2).split(',')) {
        for (const QByteArray &toTok : a.at(3).split(',')) {
            const auto id = static_cast<quint32>(fs::atoi(fromTok));
            const auto oid = static_cast<quint32>(fs::atoi(toTok));
            const QByteArray pair = num(id) + "->" + num(oid);
            if (clear) {
                if (Member *m = c.member(id)) {
                    const qsizetype before = m->relations.size();
                    m->relations.removeIf([oid](const Relation &r) { return r.other == oid; });
                    c.relationshipTotal -= int(before - m->relations.size());
                    call.out += "+OK relationship " + pair + " cleared.\n";
                } else {
                    call.out += "-ERR relationship " + pair + " not found.\n";
                }
                continue;
            }
            Member *m = c.member(id);
            Member *other = c.member(oid);
            if (!m || !other) {
                call.out += "-ERR relationship " + pair + " not found.\n";
                continue;
            }
            if (sendvideo) {
                bool receiving = false;
                for (const auto &mm : c.members)
                    for (const Relation &r : mm->relations)
                        if (r.other == oid && r.sendVideo && mm->id != id)
                            receiving = true;
                if (receiving) {
                    call.out += "-ERR member " + num(oid) + " already receiving video";
                    continue;
                }
            }
            auto it = std::find_if(m->relations.begin(), m->relations.end(),
                                   [oid](const Relation &r) { return r.other == oid; });
            Relation *rel = nullptr;
            if (it != m->relations.end()) {
                rel = &*it;
            } else {
                m->relations.prepend(Relation{oid});
                ++c.relationshipTotal;
                rel = &m->relations.first();
            }
            // re-setting a pair resets its flags first (§7.1)
            *rel = Relation{oid, true, true, false};
            if (nospeak) {
                rel->canSpeak = false;
                m->talking = false;
            }
            if (nohear)
                rel->canHear = false;
            if (sendvideo)
                rel->sendVideo = true;
            call.out += "+OK " + pair + " " + flag + " set\n";
        }
    }
    return true;
}

} // namespace sim
