// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Engine state shared by every command family: lookup, events, joining and leaving, the floor.
#include "engineprivate.h"

#include "fsutil.h"

#include <QDateTime>

#include <algorithm>

namespace sim {

using namespace sim::engine;

namespace {

void add(QList<QPair<QByteArray, QByteArray>> &h, const QByteArray &name, const QByteArray &value)
{
    h.append(qMakePair(name, value));
}

} // namespace

// ==================================================================== lookup

Conference *BridgeEngine::Private::find(QByteArrayView name) const
{
    for (const auto &c : conferences)
        if (c->name == name) // case-sensitive hash (§1.1)
            return c.get();
    return nullptr;
}

Member *BridgeEngine::Private::memberAnywhere(quint32 id, Conference **conf) const
{
    for (const auto &c : conferences)
        if (Member *m = c->member(id)) {
            if (conf)
                *conf = c.get();
            return m;
        }
    return nullptr;
}

QByteArray BridgeEngine::Private::variable(const Member &m, QByteArrayView var, bool *found)
{
    *found = true;
    for (const auto &kv : m.variables)
        if (kv.first == var)
            return kv.second;
    // switch_channel_get_variable falls back to the caller profile (§1.3)
    if (var == "uuid" || var == "unique_id" || var == "call_uuid")
        return m.uuid;
    if (var == "conference_member_id")
        return num(m.id);
    if (var == "caller_id_number" || var == "ani" || var == "sip_from_user" || var == "username")
        return m.number;
    if (var == "caller_id_name")
        return m.name;
    if (var == "channel_name")
        return m.channel;
    *found = false;
    return {};
}

Member *BridgeEngine::Private::memberByVar(const Conference &c, QByteArrayView token)
{
    const qsizetype eq = token.indexOf('=');
    const QByteArrayView var = token.first(eq);
    const QByteArrayView val = token.sliced(eq + 1);
    for (const auto &m : c.members) {
        if (m->recorder || m->leaving)
            continue;
        bool found = false;
        const QByteArray v = variable(*m, var, &found);
        if (found && v == val)
            return m.get();
    }
    return nullptr;
}

// conference_member_get_by_str (v1.10.7+)
Member *BridgeEngine::Private::memberByStr(const Conference &c, const QByteArray &token)
{
    if (token.contains('='))
        return memberByVar(c, token);
    return c.member(static_cast<quint32>(fs::atoi(token)));
}

// ==================================================================== events (§8)

BridgeEngine::Private::Headers BridgeEngine::Private::baseEvent(const Conference &c)
{
    Headers h;
    h.reserve(48);
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(wallClock(), Qt::UTC);
    add(h, "Event-Name", "CUSTOM");
    add(h, "Core-UUID", coreUuid);
    add(h, "FreeSWITCH-Hostname", "conference-bridge-sim");
    add(h, "FreeSWITCH-Switchname", "conference-bridge-sim");
    add(h, "FreeSWITCH-IPv4", "127.0.0.1");
    add(h, "FreeSWITCH-IPv6", "::1");
    add(h, "Event-Date-Local", when.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")).toUtf8());
    add(h, "Event-Date-GMT", when.toString(Qt::RFC2822Date).toUtf8());
    add(h, "Event-Date-Timestamp", num(when.toMSecsSinceEpoch() * 1000));
    add(h, "Event-Sequence", num(static_cast<qint64>(++eventSequence)));
    add(h, "Event-Subclass", "conference::maintenance");
    add(h, "Conference-Name", c.name);
    add(h, "Conference-Domain", domain);
    add(h, "Conference-Size", num(c.count()));
    add(h, "Conference-Ghosts", num(c.ghostCount()));
    add(h, "Conference-Profile-Name", "default");
    add(h, "Conference-Unique-ID", c.uuid);
    for (const auto &kv : c.variables)
        h.append(kv);
    return h;
}

void BridgeEngine::Private::addMemberData(Headers &h, const Conference &c, const Member &m) const
{
    add(h, "Floor", tf(c.floorHolder == m.id));
    add(h, "Channel-State", "CS_EXECUTE");
    add(h, "Channel-Call-State", "ACTIVE");
    add(h, "Channel-Name", m.channel);
    add(h, "Unique-ID", m.uuid);
    add(h, "Call-Direction", m.outbound ? "outbound" : "inbound");
    add(h, "Answer-State", "answered");
    add(h, "Caller-Caller-ID-Name", m.name);
    add(h, "Caller-Caller-ID-Number", m.number);
    add(h, "Caller-Unique-ID", m.uuid);
    add(h, "Video", tf(m.video));
    add(h, "Hear", tf(m.canHear)); // raw flags, not masked by hold (§8.1)
    add(h, "See", tf(m.canSee));
    add(h, "Speak", tf(m.canSpeak));
    add(h, "Talking", tf(m.talking));
    add(h, "Mute-Detect", tf(m.muteDetect));
    add(h, "Hold", tf(m.hold));
    add(h, "Member-ID", num(m.id));
    add(h, "Member-Type", m.moderator ? "moderator" : "member");
    add(h, "Member-Ghost", tf(m.ghost));
    add(h, "Energy-Level", num(m.energy));
    add(h, "Current-Energy", num(m.currentEnergy));
}

void BridgeEngine::Private::conferenceEvent(const Conference &c, QByteArrayView action, const Headers &extra)
{
    Headers h = baseEvent(c);
    add(h, "Action", action.toByteArray());
    h.append(extra);
    fire(h);
}

void BridgeEngine::Private::memberEvent(const Conference &c, const Member &m, QByteArrayView action,
                                        const Headers &extra)
{
    Headers h = baseEvent(c);
    addMemberData(h, c, m);
    add(h, "Action", action.toByteArray());
    h.append(extra);
    fire(h);
}

// ==================================================================== lifecycle

Conference *BridgeEngine::Private::createConference(const QByteArray &name, bool answered)
{
    auto c = std::make_unique<Conference>();
    c->name = name;
    c->uuid = newUuid();
    c->createdMs = now();
    c->answered = answered;
    c->sounds = soundsByConference.value(name, defaultSounds);
    Conference *raw = c.get();
    conferences.push_back(std::move(c));
    conferenceEvent(*raw, "conference-create");
    return raw;
}

Member *BridgeEngine::Private::join(Conference &c, const MemberSpec &spec, bool outbound,
                                    const QByteArray &uuid, quint32 sessionId)
{
    // "Outbound conference channel answered, setting CFLAG_ANSWERED" (conference_loop.c): a
    // conference made by a dial or a transfer of a dialled leg is answered once that leg is in.
    if (outbound)
        c.answered = true;
    auto m = std::make_unique<Member>();
    m->id = sessionId != 0 ? sessionId : takeId();
    m->uuid = uuid.isEmpty() ? newUuid() : uuid;
    m->name = spec.callerIdName.toUtf8();
    m->number = spec.callerIdNumber.toUtf8();
    m->channel = spec.channelName.isEmpty() ? QByteArray("sofia/internal/" + m->number + "@127.0.0.1")
                                            : spec.channelName.toUtf8();
    m->uuidEnc = fs::urlEncode(m->uuid);
    m->nameEnc = fs::urlEncode(m->name);
    m->numberEnc = fs::urlEncode(m->number);
    m->outbound = outbound;
    m->moderator = spec.moderator;
    m->canSpeak = !spec.muted;
    m->canHear = !spec.deaf;
    m->video = spec.hasVideo;
    m->muteDetect = spec.muteDetect;
    m->energy = spec.energy < 0 ? 100 : spec.energy;
    m->joinMs = now() - spec.joinedSecondsAgo * 1000;
    for (const auto &kv : spec.variables)
        m->variables.append({kv.first.toUtf8(), kv.second.toUtf8()});
    m->variables.append({"conference_member_id", num(m->id)});
    m->variables.append({"conference_name", c.name});
    if (m->joinMs < c.createdMs)
        c.createdMs = m->joinMs;
    if (!outbound)
        c.answered = true;
    Member *raw = m.get();
    // add-member fires before the member is linked in (§4.5)
    memberEvent(c, *raw, "add-member");
    c.members.insert(c.members.begin(), std::move(m));
    return raw;
}

void BridgeEngine::Private::stopRecorder(Conference &c, Member &r)
{
    r.leaving = true;
    --c.recordCount;
    auto it = recordingFiles.find(r.recordPath);
    const qint64 t = now();
    if (it != recordingFiles.end() && it->stopMs < 0) {
        if (it->pauseStartMs >= 0) {
            it->pausedTotalMs += t - it->pauseStartMs;
            it->pauseStartMs = -1;
        }
        it->stopMs = t;
    }
    const qint64 ms = it != recordingFiles.end() ? it->stopMs - it->startMs - it->pausedTotalMs : 0;
    conferenceEvent(c, "stop-recording",
                    {{"Path", r.recordPath},
                     {"Other-Recordings", tf(c.recordCount > 0)},
                     {"Samples-Out", num(ms * c.rate / 1000)},
                     {"Samplerate", num(c.rate)},
                     {"Milliseconds-Elapsed", num(ms)}});
}

void BridgeEngine::Private::reap()
{
    if (busy)
        return;
    ++busy; // del-member/destroy events may re-enter api(); they must not reap in between
    reapNow();
    --busy;
}

void BridgeEngine::Private::reapNow()
{
    for (std::size_t ci = 0; ci < conferences.size();) {
        Conference &c = *conferences[ci];
        for (auto it = c.members.begin(); it != c.members.end();) {
            Member &m = **it;
            if (!m.leaving) {
                ++it;
                continue;
            }
            if (!m.recorder) {
                if (c.floorHolder == m.id) {
                    c.floorHolder = 0;
                    conferenceEvent(c, "floor-change", {{"Old-ID", num(m.id)}, {"New-ID", "none"}});
                }
                c.relationshipTotal -= int(m.relations.size());
                c.speakers.removeAll(m.id);
                // member data is still complete: the member is unlinked after the event
                memberEvent(c, m, "del-member");
            }
            it = c.members.erase(it);
        }
        const bool hasCaller =
            std::any_of(c.members.begin(), c.members.end(), [](const auto &m) { return !m->recorder; });
        if (hasCaller) {
            ++ci;
            continue;
        }
        // last caller gone: recorders stop by themselves, then the conference ends
        for (auto &m : c.members)
            if (m->recorder && !m->leaving)
                stopRecorder(c, *m);
        conferenceEvent(c, "conference-destroy");
        conferences.erase(conferences.begin() + ci);
    }
}

void BridgeEngine::Private::purgeFiles(Conference &c)
{
    const qint64 t = now();
    c.files.erase(
        std::remove_if(c.files.begin(), c.files.end(), [t](const PlayingFile &f) { return f.endMs <= t; }),
        c.files.end());
    for (const auto &m : c.members)
        m->files.removeIf([t](const PlayingFile &f) { return f.endMs <= t; });
}

void BridgeEngine::Private::startRecordingFile(const QByteArray &path)
{
    RecordingFile f;
    f.startMs = now();
    recordingFiles.insert(path, f); // record truncates an old file of that name
}

// ==================================================================== talk detector and floor

void BridgeEngine::Private::setFloor(Conference &c, Member *m)
{
    const quint32 old = c.floorHolder;
    const quint32 neu = m ? m->id : 0;
    if (old == neu)
        return;
    c.floorHolder = neu;
    Headers h = baseEvent(c);
    add(h, "Action", "floor-change");
    add(h, "Old-ID", old ? num(old) : QByteArray("none"));
    if (m)
        addMemberData(h, c, *m);
    add(h, "New-ID", neu ? num(neu) : QByteArray("none"));
    fire(h);
}

void BridgeEngine::Private::applyVoice(Conference &c, Member &m, bool voice, int level)
{
    m.voice = voice;
    m.currentEnergy = voice ? level : 0;
    const bool wasTalking = m.talking;
    bool talking = false;
    if (voice && !m.hold)
        talking = m.canSpeak || m.muteDetect;
    if (talking)
        m.lastTalkMs = now();
    if (talking == wasTalking)
        return;
    m.talking = talking;
    if (talking) {
        if (m.canSpeak)
            memberEvent(c, m, "start-talking");
        else
            memberEvent(c, m, "mute-detect");
    } else {
        memberEvent(c, m, "stop-talking");
    }
}

void BridgeEngine::Private::updateFloor(Conference &c)
{
    Member *holder = c.member(c.floorHolder);
    if (holder && holder->talking && holder->canSpeak)
        return;
    Member *loudest = nullptr;
    for (const auto &m : c.members)
        if (!m->recorder && !m->leaving && m->talking && m->canSpeak &&
            (!loudest || m->currentEnergy > loudest->currentEnergy))
            loudest = m.get();
    if (loudest)
        setFloor(c, loudest);
}

} // namespace sim
