// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The activity model: deterministic talking, joining and leaving that make the conferences live.
#include "engineprivate.h"

#include <algorithm>
#include <cmath>

namespace sim {

using namespace sim::engine;

namespace {

const char *const kNames[] = {
    "Alice Smith",    "Bob Jones",       "José Álvarez",    "Zoë Fischer",    "Søren Madsen",
    "Jürgen Müller",  "Chloé Dubois",    "Łukasz Nowak",    "Priya Patel",    "Björk Guðmundsdóttir",
    "Renée O'Connor", "Ana María Pérez", "Øyvind Hansen",   "Nikolai Петров", "李雷",
    "Grace Hopper",   "Kwame Mensah",    "Fatima Al-Sayed", "Hiroshi Tanaka", "Mary-Jane Watson"};

} // namespace

void BridgeEngine::Private::restartTimer()
{
    timer.stop();
    if (activity.enabled && activity.tickMs > 0)
        timer.start(activity.tickMs);
}

void BridgeEngine::Private::tick()
{
    if (!activity.enabled || busy)
        return;
    ++busy;
    std::vector<QByteArray> names;
    for (const auto &c : conferences)
        names.push_back(c->name);
    for (const auto &name : names) {
        Conference *c = find(name);
        if (c)
            tickConference(*c);
    }
    if (--busy == 0)
        reap();
}

QList<Member *> BridgeEngine::Private::callers(const Conference &c) const
{
    QList<Member *> out;
    for (const auto &m : c.members)
        if (!m->recorder && !m->leaving)
            out.append(m.get());
    return out;
}

void BridgeEngine::Private::startTurn(Conference &c, const QList<Member *> &all, int tickMs)
{
    c.speakers.clear();
    QList<Member *> audible; // a muted speaker only raises a hand; the floor never moves to them
    QList<Member *> hands;
    for (Member *m : all) {
        if (m->hold)
            continue;
        if (m->canSpeak)
            audible.append(m);
        else if (m->muteDetect)
            hands.append(m);
    }
    // mean turn length 60 s / turns-per-minute, exponential
    const double meanTicks = 60000.0 / activity.talkTurnsPerMinute / tickMs;
    c.turnTicksLeft = qMax(2, int(-std::log(1.0 - uniform()) * meanTicks));
    const bool opening = c.turnsTaken++ == 0;
    const double r = uniform();
    if (audible.isEmpty() && hands.isEmpty())
        return;
    if (!opening && r < 0.12) { // a pause, short: a live call is rarely silent for long
        c.turnTicksLeft = qMin(c.turnTicksLeft, qMax(2, 1500 / tickMs));
        return;
    }
    if (opening && !audible.isEmpty()) {
        // Someone is heard from the first tick (the demo's first impression): the moderator
        // when there is one who can speak, else the longest-present caller.
        auto mod = std::find_if(audible.begin(), audible.end(), [](Member *m) { return m->moderator; });
        c.speakers.append(mod != audible.end() ? (*mod)->id : audible.first()->id);
        return;
    }
    if (!hands.isEmpty() && (audible.isEmpty() || uniform() < 0.15)) {
        c.speakers.append(hands.at(uniformInt(0, int(hands.size()) - 1))->id);
        return;
    }
    const QList<Member *> &pool = audible.isEmpty() ? hands : audible;
    c.speakers.append(pool.at(uniformInt(0, int(pool.size()) - 1))->id);
    if (r > 0.85 && pool.size() > 1) { // two people talking over each other
        const quint32 second = pool.at(uniformInt(0, int(pool.size()) - 1))->id;
        if (second != c.speakers.first())
            c.speakers.append(second);
    }
}

void BridgeEngine::Private::tickConference(Conference &c)
{
    const QList<Member *> all = callers(c);
    const int tickMs = qMax(1, activity.tickMs);
    if (activity.talkTurnsPerMinute > 0 && !all.isEmpty()) {
        if (--c.turnTicksLeft <= 0)
            startTurn(c, all, tickMs);
        if (c.interjectTicksLeft > 0) {
            --c.interjectTicksLeft;
        } else if (all.size() > 1 && uniform() < perTick(activity.talkTurnsPerMinute) * 0.5) {
            c.interjector = all.at(uniformInt(0, int(all.size()) - 1))->id;
            c.interjectTicksLeft = uniformInt(2, 6);
        } else {
            c.interjector = 0;
        }
        for (Member *m : all) {
            const bool speaking = c.speakers.contains(m->id);
            const bool interjecting = c.interjectTicksLeft > 0 && c.interjector == m->id;
            // speech has gaps between words: a speaker is silent on some ticks
            const bool voice = (speaking && uniform() > 0.1) || interjecting;
            const int gate = qMax(0, m->energy);
            const int level = voice ? gate + uniformInt(speaking ? 250 : 120, speaking ? 1500 : 600) : 0;
            applyVoice(c, *m, voice, level);
        }
        updateFloor(c);
    } else {
        for (Member *m : all)
            if (m->voice || m->talking)
                applyVoice(c, *m, false, 0);
    }

    if (activity.joinsPerMinute > 0 && uniform() < perTick(activity.joinsPerMinute)) {
        const int cap = c.maxMembers > 0 ? qMin(c.maxMembers, activity.maxMembersPerConference)
                                         : activity.maxMembersPerConference;
        if (!c.locked && c.count() < cap) { // inbound caller: the lock applies (§3.4)
            MemberSpec spec;
            spec.callerIdName = QString::fromUtf8(kNames[uniformInt(0, int(std::size(kNames)) - 1)]);
            spec.callerIdNumber =
                uniform() < 0.5 ? QString::number(uniformInt(1000, 1999))
                                : QStringLiteral("+1555") + QString::number(uniformInt(1000000, 9999999));
            spec.muteDetect = uniform() < 0.2;
            join(c, spec, false);
        }
    }
    if (activity.leavesPerMinute > 0 && uniform() < perTick(activity.leavesPerMinute)) {
        QList<Member *> candidates;
        for (Member *m : callers(c))
            if (!m->moderator)
                candidates.append(m);
        // the model never hangs up the last caller, so conferences persist
        if (!candidates.isEmpty() && c.count() > 1)
            candidates.at(uniformInt(0, int(candidates.size()) - 1))->leaving = true;
    }
}

} // namespace sim
