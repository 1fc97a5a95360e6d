// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/esl/eventapplier.h"

#include <algorithm>
#include <optional>

namespace cc {

namespace {

std::optional<bool> boolHeader(const EslEvent &e, QStringView name)
{
    if (!e.hasHeader(name))
        return std::nullopt;
    return e.header(name).compare(u"true", Qt::CaseInsensitive) == 0;
}

std::optional<int> intHeader(const EslEvent &e, QStringView name)
{
    if (!e.hasHeader(name))
        return std::nullopt;
    bool ok = false;
    const int v = e.header(name).trimmed().toInt(&ok);
    return ok ? std::optional<int>(v) : std::nullopt;
}

std::optional<quint32> idHeader(const EslEvent &e, QStringView name)
{
    bool ok = false;
    const quint32 v = e.header(name).trimmed().toUInt(&ok);
    return ok && v > 0 ? std::optional<quint32>(v) : std::nullopt; // "none" -> nullopt
}

template <class T> bool assign(T &field, const T &value)
{
    if (field == value)
        return false;
    field = value;
    return true;
}

qsizetype indexOfMember(const ConferenceSnapshot &s, quint32 id)
{
    for (qsizetype i = 0; i < s.members.size(); ++i)
        if (s.members.at(i).id == id)
            return i;
    return -1;
}

} // namespace

EventApplier::EventApplier(const QString &conference)
    : m_conference(conference)
{}

bool EventApplier::isMaintenanceEvent(const EslEvent &event)
{
    return event.subclass() == u"conference::maintenance";
}

bool EventApplier::applyMemberData(Participant &p, const EslEvent &e)
{
    bool changed = false;
    // Raw flags, not masked by hold (§8.1); xml_list masks them (§3.1), and so do we.
    const std::optional<bool> hold = boolHeader(e, u"Hold");
    const bool onHold = hold.value_or(p.hold);
    changed |= assign(p.hold, onHold);
    if (const auto v = boolHeader(e, u"Hear"))
        changed |= assign(p.canHear, *v && !onHold);
    if (const auto v = boolHeader(e, u"See"))
        changed |= assign(p.canSee, *v && !onHold);
    if (const auto v = boolHeader(e, u"Speak"))
        changed |= assign(p.canSpeak, *v && !onHold);
    if (const auto v = boolHeader(e, u"Talking"))
        changed |= assign(p.talking, *v && !onHold);
    if (const auto v = boolHeader(e, u"Mute-Detect"))
        changed |= assign(p.muteDetect, *v);
    if (const auto v = boolHeader(e, u"Video"))
        changed |= assign(p.hasVideo, *v);
    if (const auto v = boolHeader(e, u"Floor"))
        changed |= assign(p.hasFloor, *v);
    if (const auto v = boolHeader(e, u"Member-Ghost"))
        changed |= assign(p.isGhost, *v);
    if (e.hasHeader(u"Member-Type"))
        changed |= assign(p.isModerator, e.header(u"Member-Type") == u"moderator");
    if (const auto v = intHeader(e, u"Energy-Level"))
        changed |= assign(p.energy, *v);
    if (e.hasHeader(u"Unique-ID"))
        changed |= assign(p.uuid, e.header(u"Unique-ID"));
    if (e.hasHeader(u"Caller-Caller-ID-Name"))
        changed |= assign(p.callerIdName, e.header(u"Caller-Caller-ID-Name"));
    if (e.hasHeader(u"Caller-Caller-ID-Number"))
        changed |= assign(p.callerIdNumber, e.header(u"Caller-Caller-ID-Number"));
    return changed;
}

Participant EventApplier::memberFromEvent(const EslEvent &event)
{
    Participant p;
    p.id = idHeader(event, u"Member-ID").value_or(0);
    applyMemberData(p, event);
    return p;
}

EventApplier::Result EventApplier::apply(ConferenceSnapshot &s, const EslEvent &e) const
{
    Result r;
    if (!isMaintenanceEvent(e) || e.header(u"Conference-Name") != m_conference)
        return r;
    r.relevant = true;
    r.action = e.action();
    const QString &action = r.action;
    const QString uuid = e.header(u"Conference-Unique-ID");

    if (action == u"conference-create") {
        // A new instance (§4.5): start from nothing, the attributes come with the re-sync.
        ConferenceSnapshot fresh;
        fresh.name = m_conference;
        fresh.uuid = uuid;
        fresh.running = true;
        r.changed = !(fresh == s);
        s = fresh;
        r.resyncWanted = true;
        return r;
    }
    if (action == u"conference-destroy") {
        ConferenceSnapshot empty;
        empty.name = m_conference;
        r.changed = !(empty == s);
        s = empty;
        return r;
    }
    if (!uuid.isEmpty() && !s.uuid.isEmpty() && uuid != s.uuid) {
        // The conference ended and was re-created meanwhile: our roster belongs to the old one.
        r.resyncWanted = true;
        s.members.clear();
        s.recordings.clear();
        s.uuid = uuid;
        r.changed = true;
    }
    if (s.uuid.isEmpty() && !uuid.isEmpty()) {
        s.uuid = uuid;
        r.changed = true;
    }

    const std::optional<quint32> memberId = idHeader(e, u"Member-ID");
    qsizetype index = memberId ? indexOfMember(s, *memberId) : -1;

    if (action == u"del-member" || action == u"kick-member" || action == u"hup-member" ||
        (action == u"transfer" && e.header(u"Old-Conference-Name") == m_conference)) {
        // kick/hup/transfer are followed by del-member; leaving at once is what the user expects.
        if (index >= 0) {
            s.members.removeAt(index);
            r.changed = true;
        }
        s.memberCount = int(s.members.size());
        return r;
    }

    if (action == u"add-member") {
        if (!memberId) {
            r.resyncWanted = true;
            return r;
        }
        if (index < 0) {
            // Newest first, like xml_list (§4.3); fired before the member is linked in (§4.5).
            s.members.prepend(memberFromEvent(e));
            r.changed = true;
        } else {
            r.changed |= applyMemberData(s.members[index], e);
        }
        s.memberCount = int(s.members.size());
        return r;
    }

    if (action == u"floor-change") {
        const std::optional<quint32> oldId = idHeader(e, u"Old-ID");
        const std::optional<quint32> newId = idHeader(e, u"New-ID");
        for (Participant &p : s.members) {
            const bool floor = newId && p.id == *newId;
            r.changed |= assign(p.hasFloor, floor);
        }
        if (newId && indexOfMember(s, *newId) < 0)
            r.resyncWanted = true;
        Q_UNUSED(oldId)
        // The new holder's member data follows (§8.2); applying it below would also do.
        if (newId && memberId && *memberId == *newId && (index = indexOfMember(s, *newId)) >= 0)
            r.changed |= applyMemberData(s.members[index], e);
        return r;
    }

    if (action == u"lock" || action == u"unlock") {
        r.changed |= assign(s.locked, action == u"lock");
        return r;
    }

    if (action == u"start-recording" || action == u"stop-recording" || action == u"pause-recording" ||
        action == u"resume-recording") {
        const QString path = e.header(u"Path");
        auto it = std::find_if(s.recordings.begin(), s.recordings.end(),
                               [&](const RecordingNode &n) { return n.path == path; });
        if (action == u"start-recording") {
            if (e.hasHeader(u"Error"))
                return r; // the file could not be opened: nothing records (§8.2)
            if (it == s.recordings.end()) {
                RecordingNode node;
                node.path = path;
                const qint64 us = e.header(u"Event-Date-Timestamp").toLongLong();
                node.startedEpochSeconds = us / 1000000;
                s.recordings.prepend(node);
                r.changed = true;
            }
            r.changed |= assign(s.recording, true);
        } else if (action == u"stop-recording") {
            if (it != s.recordings.end()) {
                s.recordings.erase(it);
                r.changed = true;
            }
            const bool others = boolHeader(e, u"Other-Recordings").value_or(!s.recordings.isEmpty());
            r.changed |= assign(s.recording, others);
        } else {
            if (it == s.recordings.end()) {
                r.resyncWanted = true;
                return r;
            }
            r.changed |= assign(it->paused, action == u"pause-recording");
        }
        return r;
    }

    if (!memberId) {
        // Conference-level events we do not model (play-file, speak-text, heartbeat, bgdial-result...).
        return r;
    }
    if (index < 0) {
        // An event for a member we never saw join: an add-member was missed. The event carries the
        // whole member, so show it now and let the re-sync fill in the rest.
        if (!e.hasHeader(u"Unique-ID")) {
            r.resyncWanted = true;
            return r;
        }
        s.members.prepend(memberFromEvent(e));
        s.memberCount = int(s.members.size());
        index = 0;
        r.changed = true;
        r.resyncWanted = true;
    }
    Participant &p = s.members[index];
    r.changed |= applyMemberData(p, e);

    // Action-specific fields not part of the member data (§8.2).
    if (action == u"start-talking" || action == u"stop-talking") {
        if (!e.hasHeader(u"Talking"))
            r.changed |= assign(p.talking, action == u"start-talking" && !p.hold);
        r.changed |= assign(p.lastTalkingSeconds, std::optional<qint64>(0));
    } else if (action == u"mute-detect") {
        // A muted member is talking: a transient "wants to speak" (talking while muted).
        r.changed |= assign(p.talking, !p.hold);
        r.changed |= assign(p.muteDetect, true);
    } else if (action == u"mute-member" || action == u"unmute-member") {
        if (!e.hasHeader(u"Speak"))
            r.changed |= assign(p.canSpeak, action == u"unmute-member" && !p.hold);
    } else if (action == u"deaf-member" || action == u"undeaf-member") {
        if (!e.hasHeader(u"Hear"))
            r.changed |= assign(p.canHear, action == u"undeaf-member" && !p.hold);
    } else if (action == u"hold-member" || action == u"unhold-member") {
        if (!e.hasHeader(u"Hold"))
            r.changed |= assign(p.hold, action == u"hold-member");
    } else if (action == u"energy-level-member") {
        if (const auto v = intHeader(e, u"Energy-Level"))
            r.changed |= assign(p.energy, *v);
    } else if (action == u"energy-level") {
        if (const auto v = intHeader(e, u"New-Level"))
            r.changed |= assign(p.energy, *v);
    } else if (action == u"volume-in-member") {
        if (const auto v = intHeader(e, u"Volume-Level"))
            r.changed |= assign(p.volumeIn, *v);
    } else if (action == u"volume-out-member") {
        if (const auto v = intHeader(e, u"Volume-Level"))
            r.changed |= assign(p.volumeOut, *v);
    } else if (action == u"volume-level") {
        // DTMF "vol talk" changes volume_out, "vol listen" (gain-level) volume_in (§8.2).
        if (const auto v = intHeader(e, u"New-Level"))
            r.changed |= assign(p.volumeOut, *v);
    } else if (action == u"gain-level") {
        if (const auto v = intHeader(e, u"New-Level"))
            r.changed |= assign(p.volumeIn, *v);
    }
    return r;
}

} // namespace cc
