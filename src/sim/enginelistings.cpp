// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Listings: count, list, xml_list and json_list, per conference and for all (§5, §6).
#include "engineprivate.h"

#include "enginejson.h"
#include "fsutil.h"

#include <algorithm>
#include <charconv>

namespace sim {

using namespace sim::engine;

namespace {

// list's flag words: the ones that are on, joined by '|'
struct FlagWords
{
    QByteArray &o;
    int count = 0;
    void operator()(bool on, QByteArrayView word)
    {
        if (!on)
            return;
        if (count++)
            o += '|';
        o += word;
    }
};

} // namespace

std::span<const BridgeEngine::Private::Handler> BridgeEngine::Private::listingCommands()
{
    static constexpr Handler rows[] = {
        {"count", &Private::sCount},
        {"list", &Private::sList},
        {"xml_list", &Private::sXmlList},
        {"json_list", &Private::sJsonList},
    };
    return rows;
}

void BridgeEngine::Private::appendXmlMember(QByteArray &o, const Conference &c, const Member &m) const
{
    const qint64 t = now();
    if (m.recorder) {
        o += "      <member type=\"recording_node\">\n        <record_path";
        if (m.paused)
            o += " status=\"paused\"";
        o += '>';
        fs::appendXmlEscaped(o, m.recordPath, false);
        o += "</record_path>\n        <join_time type=\"UNIX-epoch\">";
        o += num(m.recordEpochSeconds);
        o += "</join_time>\n      </member>\n";
        return;
    }
    // one append per line where possible: xml_list of 100 members must stay cheap
#define CC_FLAG(name)                                                                                        \
    [](bool v) {                                                                                             \
        static constexpr char t[] = "          <" name ">true</" name ">\n";                                 \
        static constexpr char f[] = "          <" name ">false</" name ">\n";                                \
        return v ? QByteArrayView(t, sizeof t - 1) : QByteArrayView(f, sizeof f - 1);                        \
    }
#define CC_TAG(name, value)                                                                                  \
    do {                                                                                                     \
        static constexpr char open[] = "        <" name ">";                                                 \
        static constexpr char close[] = "</" name ">\n";                                                     \
        o.append(open, sizeof open - 1);                                                                     \
        o.append(value);                                                                                     \
        o.append(close, sizeof close - 1);                                                                   \
    } while (false)
    o.append(QByteArrayView("      <member type=\"caller\">\n"));
    char buf[24];
    auto number = [&buf](qint64 v) {
        const auto r = std::to_chars(buf, buf + sizeof buf, v);
        return QByteArrayView(buf, r.ptr - buf);
    };
    CC_TAG("id", number(m.id));
    o.append(QByteArrayView("        <flags>\n"));
    o.append(CC_FLAG("can_hear")(m.canHear && !m.hold));
    o.append(CC_FLAG("can_see")(m.canSee && !m.hold));
    o.append(CC_FLAG("can_speak")(m.canSpeak && !m.hold));
    o.append(CC_FLAG("mute_detect")(m.muteDetect));
    o.append(CC_FLAG("talking")(m.talking && !m.hold));
    o.append(CC_FLAG("hold")(m.hold));
    o.append(CC_FLAG("has_video")(m.video));
    o.append(CC_FLAG("video_bridge")(false));
    o.append(CC_FLAG("has_floor")(c.floorHolder == m.id));
    o.append(CC_FLAG("is_moderator")(m.moderator));
    o.append(CC_FLAG("end_conference")(m.endConference));
    o.append(CC_FLAG("mandatory_member_end_conference")(false));
    o.append(CC_FLAG("is_ghost")(m.ghost));
    o.append(QByteArrayView("        </flags>\n"));
    CC_TAG("uuid", m.uuidEnc);
    CC_TAG("caller_id_name", m.nameEnc);
    CC_TAG("caller_id_number", m.numberEnc);
    CC_TAG("join_time", number((t - m.joinMs) / 1000));
    if (m.lastTalkMs < 0)
        CC_TAG("last_talking", QByteArrayView("N/A"));
    else
        CC_TAG("last_talking", number(m.talking ? 0 : (t - m.lastTalkMs) / 1000));
    // numbers need no URL-encoding: digits and '-' are safe
    CC_TAG("energy", number(m.energy));
    CC_TAG("volume_in", number(m.volumeIn));
    CC_TAG("volume_out", number(m.volumeOut));
    CC_TAG("output-volume", number(m.volumeOut));
    o.append(QByteArrayView("      </member>\n"));
#undef CC_FLAG
#undef CC_TAG
}

void BridgeEngine::Private::appendXmlConference(QByteArray &o, const Conference &c) const
{
    o += "  <conference name=\"";
    fs::appendXmlEscaped(o, c.name, true);
    o += "\" member-count=\"";
    o += num(c.count());
    o += "\" ghost-count=\"";
    o += num(c.ghostCount());
    o += "\" rate=\"";
    o += num(c.rate);
    o += "\" uuid=\"";
    fs::appendXmlEscaped(o, c.uuid, true);
    o += '"';
    auto b = [&o](const char *name, bool v) {
        if (v) {
            o += ' ';
            o += name;
            o += "=\"true\"";
        }
    };
    b("locked", c.locked);
    b("wait_mod", c.waitMod);
    b("running", c.running);
    b("answered", c.answered);
    b("enforce_min", c.enforceMin);
    b("dynamic", c.dynamic);
    b("exit_sound", c.exitSound);
    b("enter_sound", c.enterSound);
    if (c.maxMembers > 0)
        o += " max_members=\"" + num(c.maxMembers) + '"';
    b("recording", c.recordCount > 0);
    if (c.graceTime > 0)
        o += " endconference_grace_time=\"" + num(c.graceTime) + '"';
    o += " run_time=\"" + num((now() - c.createdMs) / 1000) + "\">\n";
    if (c.variables.isEmpty()) {
        o += "    <variables></variables>\n";
    } else {
        o += "    <variables>\n";
        for (const auto &kv : c.variables) {
            o += "      <variable name=\"";
            fs::appendXmlEscaped(o, kv.first, true);
            o += "\" value=\"";
            fs::appendXmlEscaped(o, kv.second, true);
            o += "\"></variable>\n";
        }
        o += "    </variables>\n";
    }
    const bool anyMember =
        std::any_of(c.members.begin(), c.members.end(), [](const auto &m) { return !m->leaving; });
    if (!anyMember) {
        o += "    <members></members>\n";
    } else {
        o += "    <members>\n";
        for (const auto &m : c.members)
            if (!m->leaving)
                appendXmlMember(o, c, *m);
        o += "    </members>\n";
    }
    o += "  </conference>\n";
}

QByteArray BridgeEngine::Private::xmlList(const Conference *only) const
{
    QByteArray o;
    qsizetype members = 0;
    for (const auto &c : conferences)
        members += qsizetype(c->members.size());
    o.reserve(256 + members * 1100);
    o += "<?xml version=\"1.0\"?>\n";
    if (!only && conferences.empty()) {
        o += "<conferences></conferences>\n";
        return o;
    }
    o += "<conferences>\n";
    if (only) {
        appendXmlConference(o, *only);
    } else {
        for (const auto &c : conferences)
            appendXmlConference(o, *c);
    }
    o += "</conferences>\n";
    return o;
}

// conference_jlist (§6): not URL-encoded, raw flags (hold does not mask them)
QByteArray BridgeEngine::Private::jsonList(const Conference *only, bool compact) const
{
    JsonWriter w(!compact);
    const qint64 t = now();
    w.beginArray();
    for (const auto &cp : conferences) {
        const Conference &c = *cp;
        if (only && only != &c)
            continue;
        w.beginObject();
        w.strings({{"conference_name", c.name}});
        w.numbers({{"member_count", c.count()},
                   {"ghost_count", c.ghostCount()},
                   {"rate", c.rate},
                   {"run_time", (t - c.createdMs) / 1000}});
        w.strings({{"conference_uuid", c.uuid}});
        w.numbers({{"canvas_count", 0}, {"max_bw_in", 0}, {"force_bw_in", 0}, {"video_floor_packets", 0}});
        w.booleans({{"locked", c.locked},
                    {"destruct", false},
                    {"wait_mod", c.waitMod},
                    {"audio_always", false},
                    {"running", c.running},
                    {"answered", c.answered},
                    {"enforce_min", c.enforceMin},
                    {"bridge_to", false},
                    {"dynamic", c.dynamic},
                    {"exit_sound", c.exitSound},
                    {"enter_sound", c.enterSound},
                    {"recording", c.recordCount > 0},
                    {"video_bridge", false},
                    {"video_floor_only", false},
                    {"video_rfc4579", false}});
        if (c.maxMembers > 0)
            w.numbers({{"max_members", c.maxMembers}});
        w.key("variables");
        w.beginObject();
        for (const auto &kv : c.variables)
            w.strings({{kv.first, kv.second}});
        w.endObject();
        w.key("members");
        w.beginArray();
        for (const auto &mp : c.members) {
            const Member &m = *mp;
            if (m.leaving)
                continue;
            w.beginObject();
            if (m.recorder) {
                w.strings({{"type", "recording_node"}, {"record_path", m.recordPath}});
                if (m.paused)
                    w.strings({{"status", "paused"}});
                w.numbers({{"join_time", m.recordEpochSeconds}});
                w.endObject();
                continue;
            }
            w.strings({{"type", "caller"}});
            w.numbers({{"id", m.id}});
            w.key("flags");
            w.beginObject();
            w.booleans({{"can_hear", m.canHear},
                        {"can_see", m.canSee},
                        {"can_speak", m.canSpeak},
                        {"hold", m.hold},
                        {"mute_detect", m.muteDetect},
                        {"talking", m.talking},
                        {"has_video", m.video},
                        {"video_bridge", false},
                        {"has_floor", c.floorHolder == m.id},
                        {"is_moderator", m.moderator},
                        {"end_conference", m.endConference},
                        {"mandatory_member_end_conference", false},
                        {"pass_digits", false}});
            w.endObject();
            w.strings({{"uuid", m.uuid}, {"caller_id_name", m.name}, {"caller_id_number", m.number}});
            w.numbers({{"join_time", (t - m.joinMs) / 1000},
                       // 0 when the member never talked (§6)
                       {"last_talking", m.lastTalkMs < 0 || m.talking ? 0 : (t - m.lastTalkMs) / 1000},
                       {"energy", m.energy},
                       {"volume_in", m.volumeIn},
                       {"volume_out", m.volumeOut},
                       {"output-volume", m.volumeOut},
                       {"input-volume", m.volumeIn}});
            w.endObject();
        }
        w.endArray();
        w.endObject();
    }
    w.endArray();
    return w.data();
}

void BridgeEngine::Private::appendListMembers(QByteArray &o, const Conference &c, QByteArrayView d)
{
    for (const auto &mp : c.members) {
        const Member &m = *mp;
        if (m.recorder || m.leaving)
            continue;
        o += num(m.id) + d + m.channel + d + m.uuid + d + m.name + d + m.number + d;
        FlagWords f{o};
        f(m.canHear && !m.hold, "hear");
        f(m.canSpeak && !m.hold, "speak");
        f(m.talking && !m.hold, "talking");
        f(m.hold, "hold");
        f(m.video, "video");
        f(c.floorHolder == m.id, "floor");
        f(m.moderator, "moderator");
        f(m.ghost, "ghost");
        o += d + num(m.volumeIn) + d + num(m.volumeOut) + d + num(m.energy) + '\n';
    }
}

void BridgeEngine::Private::appendListPretty(QByteArray &o, const Conference &c)
{
    for (const auto &m : c.members)
        if (!m->recorder && !m->leaving)
            o += num(m->id) + ") " + m->name + " (" + m->number + ")\n";
}

void BridgeEngine::Private::appendListHeader(QByteArray &o, const Conference &c)
{
    const int count = c.count();
    o += "+OK Conference " + c.name + " (" + num(count) + " member" + (count == 1 ? "" : "s") +
         " rate: " + num(c.rate) + (c.locked ? " locked" : "") + " flags: ";
    FlagWords f{o};
    f(c.locked, "locked");
    f(c.waitMod, "wait_mod");
    f(c.running, "running");
    f(c.answered, "answered");
    f(c.enforceMin, "enforce_min");
    f(c.dynamic, "dynamic");
    f(c.exitSound, "exit_sound");
    f(c.enterSound, "enter_sound");
    f(c.recordCount > 0, "recording");
    f(c.jsonStatus, "json_status");
    if (!f.count)
        o += "none";
    o += ")\n";
}

// conference_api_sub_list for both the global (conf == nullptr) and per-conference form (§5)
void BridgeEngine::Private::list(Conference *conf, const QList<QByteArray> &argv, QByteArray &o)
{
    QByteArray d = ";";
    bool pretty = false, summary = false, countOnly = false;
    const int argofs = (argv.size() >= 2 && ieq(argv.at(1), "list")) ? 1 : 0;
    if (argv.size() > 1 + argofs) {
        const QByteArray &a = argv.at(1 + argofs);
        if (argv.size() > 2 + argofs && ieq(a, "delim")) {
            d = argv.at(2 + argofs);
            if (d.startsWith('"')) {
                d = d.mid(1);
                const qsizetype p = d.indexOf('"');
                if (p >= 0)
                    d.truncate(p);
            }
        } else if (ieq(a, "pretty")) {
            pretty = true;
        } else if (ieq(a, "summary")) {
            summary = true;
        } else if (ieq(a, "count")) {
            countOnly = true;
        }
    }
    int count = 0;
    if (!conf) {
        for (const auto &c : conferences) {
            appendListHeader(o, *c);
            ++count;
            if (summary)
                continue;
            if (pretty)
                appendListPretty(o, *c);
            else
                appendListMembers(o, *c, d);
        }
    } else {
        ++count;
        if (countOnly)
            o += num(conf->count());
        else if (pretty)
            appendListPretty(o, *conf);
        else
            appendListMembers(o, *conf, d);
    }
    if (!count)
        o += "+OK No active conferences.\n";
}

bool BridgeEngine::Private::sCount(Conference &c, Call &call)
{
    call.out += num(c.count());
    return true;
}

bool BridgeEngine::Private::sList(Conference &c, Call &call)
{
    list(&c, call.argv, call.out);
    return true;
}

bool BridgeEngine::Private::sXmlList(Conference &c, Call &call)
{
    call.out += xmlList(&c);
    return true;
}

bool BridgeEngine::Private::sJsonList(Conference &c, Call &call)
{
    call.out += jsonList(&c, call.argv.size() > 2 && ieq(call.argv.at(2), "compact"));
    return true;
}

} // namespace sim
