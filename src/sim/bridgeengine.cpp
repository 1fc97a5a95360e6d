// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bridgeengine.h"

#include "enginecommands.h"
#include "enginejson.h"
#include "enginemodel.h"
#include "fsutil.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <QUuid>
#include <QXmlStreamReader>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <random>

namespace sim {

using namespace sim::engine;
namespace {

using Headers = QList<QPair<QByteArray, QByteArray>>;

QByteArray num(qint64 v)
{
    return QByteArray::number(v);
}

void add(Headers &h, const QByteArray &name, const QByteArray &value)
{
    h.append(qMakePair(name, value));
}

bool ieq(QByteArrayView a, QByteArrayView b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

// Files "exist" unless their path says otherwise (documented simulator rule).
bool fileExists(QByteArrayView path)
{
    return !path.contains(QByteArrayView("missing"));
}

// record paths may carry a {var=val} prefix (freeswitch-conference.md §3.6)
QByteArray stripParams(const QByteArray &path)
{
    if (path.startsWith('{')) {
        const qsizetype close = path.indexOf('}');
        if (close > 0)
            return path.mid(close + 1);
    }
    return path;
}

constexpr qint64 kFilePlayMs = 8000; // simulated length of a played prompt

const char *const kNames[] = {
    "Alice Smith",    "Bob Jones",       "José Álvarez",    "Zoë Fischer",    "Søren Madsen",
    "Jürgen Müller",  "Chloé Dubois",    "Łukasz Nowak",    "Priya Patel",    "Björk Guðmundsdóttir",
    "Renée O'Connor", "Ana María Pérez", "Øyvind Hansen",   "Nikolai Петров", "李雷",
    "Grace Hopper",   "Kwame Mensah",    "Fatima Al-Sayed", "Hiroshi Tanaka", "Mary-Jane Watson"};

} // namespace

struct RecordingFile
{
    qint64 startMs = 0;
    qint64 pausedTotalMs = 0;
    qint64 pauseStartMs = -1;
    qint64 stopMs = -1;
};

struct BridgeEngine::Private
{
    struct Call
    {
        QByteArray cmdline;     // what the conference API got: "<conf> <cmd> <args>"
        QList<QByteArray> argv; // switch_separate_string tokens
        QByteArray out;
        QPointer<QObject> context;
        bool hasContext = false;
        ApiCallback done;
        bool deferred = false;

        const QByteArray *arg(int i) const { return i < argv.size() ? &argv.at(i) : nullptr; }
    };
    using SplitFn = bool (Private::*)(Conference &, Call &);
    using MemberFn = bool (Private::*)(Conference &, Member &, const QByteArray *, Call &);

    explicit Private(BridgeEngine *qq)
        : q(qq)
    {
        elapsed.start();
        clock = [this] { return elapsed.elapsed(); };
        wallClock = [] { return QDateTime::currentMSecsSinceEpoch(); };
        uuidGen = [] { return QUuid::createUuid().toString(QUuid::WithoutBraces); };
        coreUuid = QUuid::createUuid().toString(QUuid::WithoutBraces).toUtf8();
        registerHandlers();
        timer.setParent(qq);
        QObject::connect(&timer, &QTimer::timeout, qq, [this] { tick(); });
    }

    BridgeEngine *q;
    std::vector<std::unique_ptr<Conference>> conferences; // creation order
    quint32 nextId = 1;
    int ringDelayMs = 1500;
    ActivityConfig activity;
    QTimer timer;
    std::mt19937 rng{1};
    QElapsedTimer elapsed;
    std::function<qint64()> clock;
    std::function<qint64()> wallClock;
    std::function<QString()> uuidGen;
    QByteArray coreUuid;
    quint64 eventSequence = 0;
    QHash<QByteArray, RecordingFile> recordingFiles;
    QHash<QByteArray, SplitFn> splitHandlers;
    QHash<QByteArray, MemberFn> memberHandlers;
    QByteArray domain = "example.com";
    int busy = 0; ///< re-entrancy depth: a slot on conferenceEvent may call api() again

    qint64 now() const { return clock(); }
    QByteArray newUuid() const { return uuidGen().toUtf8(); }

    // ---------------------------------------------------------------- random (deterministic)
    double uniform() { return (rng() >> 8) * (1.0 / 16777216.0); } // [0, 1), 24 bits
    int uniformInt(int lo, int hi)                                 // inclusive
    {
        if (hi <= lo)
            return lo;
        return lo + static_cast<int>(rng() % static_cast<quint32>(hi - lo + 1));
    }

    // ---------------------------------------------------------------- lookup
    Conference *find(QByteArrayView name) const
    {
        for (const auto &c : conferences)
            if (c->name == name) // case-sensitive hash (§1.1)
                return c.get();
        return nullptr;
    }
    Conference *conferenceOf(const Member *m) const
    {
        for (const auto &c : conferences)
            for (const auto &mm : c->members)
                if (mm.get() == m)
                    return c.get();
        return nullptr;
    }
    Member *memberAnywhere(quint32 id, Conference **conf = nullptr) const
    {
        for (const auto &c : conferences)
            if (Member *m = c->member(id)) {
                if (conf)
                    *conf = c.get();
                return m;
            }
        return nullptr;
    }

    static QByteArray variable(const Member &m, QByteArrayView var, bool *found)
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
    static Member *memberByVar(const Conference &c, QByteArrayView token)
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
    static Member *memberByStr(const Conference &c, const QByteArray &token)
    {
        if (token.contains('='))
            return memberByVar(c, token);
        return c.member(static_cast<quint32>(fs::atoi(token)));
    }

    // ---------------------------------------------------------------- events (§8)
    Headers baseEvent(const Conference &c)
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
        add(h, "Event-Date-Local",
            when.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")).toUtf8());
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
    static const char *tf(bool b) { return b ? "true" : "false"; }
    void addMemberData(Headers &h, const Conference &c, const Member &m) const
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
    void fire(const Headers &h) { emit q->conferenceEvent(h); }
    void conferenceEvent(const Conference &c, QByteArrayView action, const Headers &extra = {})
    {
        Headers h = baseEvent(c);
        add(h, "Action", action.toByteArray());
        h.append(extra);
        fire(h);
    }
    void memberEvent(const Conference &c, const Member &m, QByteArrayView action, const Headers &extra = {})
    {
        Headers h = baseEvent(c);
        addMemberData(h, c, m);
        add(h, "Action", action.toByteArray());
        h.append(extra);
        fire(h);
    }

    // ---------------------------------------------------------------- lifecycle
    Conference *createConference(const QByteArray &name, bool answered)
    {
        auto c = std::make_unique<Conference>();
        c->name = name;
        c->uuid = newUuid();
        c->createdMs = now();
        c->answered = answered;
        Conference *raw = c.get();
        conferences.push_back(std::move(c));
        conferenceEvent(*raw, "conference-create");
        return raw;
    }

    quint32 takeId() { return nextId++; }

    Member *join(Conference &c, const MemberSpec &spec, bool outbound, const QByteArray &uuid = {})
    {
        auto m = std::make_unique<Member>();
        m->id = takeId();
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

    void stopRecorder(Conference &c, Member &r)
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

    /// Removes members that left during a command, then conferences without callers.
    void reap()
    {
        if (busy)
            return;
        ++busy; // del-member/destroy events may re-enter api(); they must not reap in between
        reapNow();
        --busy;
    }

    void reapNow()
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

    void setFloor(Conference &c, Member *m)
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

    /// The talk detector: voice above the gate turns into talking unless muted (mute-detect shows it).
    void applyVoice(Conference &c, Member &m, bool voice, int level)
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

    void updateFloor(Conference &c)
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

    // ---------------------------------------------------------------- activity model
    void restartTimer()
    {
        timer.stop();
        if (activity.enabled && activity.tickMs > 0)
            timer.start(activity.tickMs);
    }

    double perTick(double perMinute) const { return perMinute * activity.tickMs / 60000.0; }

    void tick()
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

    QList<Member *> callers(const Conference &c) const
    {
        QList<Member *> out;
        for (const auto &m : c.members)
            if (!m->recorder && !m->leaving)
                out.append(m.get());
        return out;
    }

    void tickConference(Conference &c)
    {
        const QList<Member *> all = callers(c);
        const int tickMs = qMax(1, activity.tickMs);
        if (activity.talkTurnsPerMinute > 0 && !all.isEmpty()) {
            if (--c.turnTicksLeft <= 0) {
                c.speakers.clear();
                // mean turn length 60 s / turns-per-minute, exponential
                const double meanTicks = 60000.0 / activity.talkTurnsPerMinute / tickMs;
                c.turnTicksLeft = qMax(2, int(-std::log(1.0 - uniform()) * meanTicks));
                const double r = uniform();
                if (r >= 0.12) { // otherwise a pause
                    c.speakers.append(all.at(uniformInt(0, int(all.size()) - 1))->id);
                    if (r > 0.85 && all.size() > 1) { // two people talking over each other
                        const quint32 second = all.at(uniformInt(0, int(all.size()) - 1))->id;
                        if (second != c.speakers.first())
                            c.speakers.append(second);
                    }
                }
            }
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

    // ---------------------------------------------------------------- output builders
    void appendXmlMember(QByteArray &o, const Conference &c, const Member &m) const
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

    void appendXmlConference(QByteArray &o, const Conference &c) const
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

    QByteArray xmlList(const Conference *only) const
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
    QByteArray jsonList(const Conference *only, bool compact) const
    {
        JsonWriter w(!compact);
        const qint64 t = now();
        w.beginArray();
        for (const auto &cp : conferences) {
            const Conference &c = *cp;
            if (only && only != &c)
                continue;
            w.beginObject();
            w.key("conference_name");
            w.string(c.name);
            w.key("member_count");
            w.number(c.count());
            w.key("ghost_count");
            w.number(c.ghostCount());
            w.key("rate");
            w.number(c.rate);
            w.key("run_time");
            w.number((t - c.createdMs) / 1000);
            w.key("conference_uuid");
            w.string(c.uuid);
            for (const char *k : {"canvas_count", "max_bw_in", "force_bw_in", "video_floor_packets"}) {
                w.key(k);
                w.number(0);
            }
            const std::pair<const char *, bool> flags[] = {
                {"locked", c.locked},          {"destruct", false},
                {"wait_mod", c.waitMod},       {"audio_always", false},
                {"running", c.running},        {"answered", c.answered},
                {"enforce_min", c.enforceMin}, {"bridge_to", false},
                {"dynamic", c.dynamic},        {"exit_sound", c.exitSound},
                {"enter_sound", c.enterSound}, {"recording", c.recordCount > 0},
                {"video_bridge", false},       {"video_floor_only", false},
                {"video_rfc4579", false}};
            for (const auto &f : flags) {
                w.key(f.first);
                w.boolean(f.second);
            }
            if (c.maxMembers > 0) {
                w.key("max_members");
                w.number(c.maxMembers);
            }
            w.key("variables");
            w.beginObject();
            for (const auto &kv : c.variables) {
                w.key(kv.first);
                w.string(kv.second);
            }
            w.endObject();
            w.key("members");
            w.beginArray();
            for (const auto &mp : c.members) {
                const Member &m = *mp;
                if (m.leaving)
                    continue;
                w.beginObject();
                if (m.recorder) {
                    w.key("type");
                    w.string("recording_node");
                    w.key("record_path");
                    w.string(m.recordPath);
                    if (m.paused) {
                        w.key("status");
                        w.string("paused");
                    }
                    w.key("join_time");
                    w.number(m.recordEpochSeconds);
                    w.endObject();
                    continue;
                }
                w.key("type");
                w.string("caller");
                w.key("id");
                w.number(m.id);
                w.key("flags");
                w.beginObject();
                const std::pair<const char *, bool> mf[] = {{"can_hear", m.canHear},
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
                                                            {"pass_digits", false}};
                for (const auto &f : mf) {
                    w.key(f.first);
                    w.boolean(f.second);
                }
                w.endObject();
                w.key("uuid");
                w.string(m.uuid);
                w.key("caller_id_name");
                w.string(m.name);
                w.key("caller_id_number");
                w.string(m.number);
                w.key("join_time");
                w.number((t - m.joinMs) / 1000);
                w.key("last_talking"); // 0 when the member never talked (§6)
                w.number(m.lastTalkMs < 0 || m.talking ? 0 : (t - m.lastTalkMs) / 1000);
                w.key("energy");
                w.number(m.energy);
                w.key("volume_in");
                w.number(m.volumeIn);
                w.key("volume_out");
                w.number(m.volumeOut);
                w.key("output-volume");
                w.number(m.volumeOut);
                w.key("input-volume");
                w.number(m.volumeIn);
                w.endObject();
            }
            w.endArray();
            w.endObject();
        }
        w.endArray();
        return w.data();
    }

    static void appendListMembers(QByteArray &o, const Conference &c, QByteArrayView d)
    {
        for (const auto &mp : c.members) {
            const Member &m = *mp;
            if (m.recorder || m.leaving)
                continue;
            o += num(m.id) + d + m.channel + d + m.uuid + d + m.name + d + m.number + d;
            int n = 0;
            auto f = [&](bool on, QByteArrayView word) {
                if (!on)
                    return;
                if (n++)
                    o += '|';
                o += word;
            };
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

    static void appendListPretty(QByteArray &o, const Conference &c)
    {
        for (const auto &m : c.members)
            if (!m->recorder && !m->leaving)
                o += num(m->id) + ") " + m->name + " (" + m->number + ")\n";
    }

    static void appendListHeader(QByteArray &o, const Conference &c)
    {
        const int count = c.count();
        o += "+OK Conference " + c.name + " (" + num(count) + " member" + (count == 1 ? "" : "s") +
             " rate: " + num(c.rate) + (c.locked ? " locked" : "") + " flags: ";
        int n = 0;
        auto f = [&](bool on, QByteArrayView word) {
            if (!on)
                return;
            if (n++)
                o += '|';
            o += word;
        };
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
        if (!n)
            o += "none";
        o += ")\n";
    }

    // conference_api_sub_list for both the global (conf == nullptr) and per-conference form (§5)
    void list(Conference *conf, const QList<QByteArray> &argv, QByteArray &o)
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

    // ---------------------------------------------------------------- dispatcher (§1)
    void registerHandlers();
    void runConferenceApi(Call &call);
    void dispatch(Conference &c, Call &call);
    void dispatchMember(Conference &c, const CommandDef &def, MemberFn fn, Call &call);

    // member handlers
    bool mMute(Conference &, Member &, const QByteArray *, Call &);
    bool mUnmute(Conference &, Member &, const QByteArray *, Call &);
    bool mTmute(Conference &, Member &, const QByteArray *, Call &);
    bool mDeaf(Conference &, Member &, const QByteArray *, Call &);
    bool mUndeaf(Conference &, Member &, const QByteArray *, Call &);
    bool mHold(Conference &, Member &, const QByteArray *, Call &);
    bool mUnhold(Conference &, Member &, const QByteArray *, Call &);
    bool mKick(Conference &, Member &, const QByteArray *, Call &);
    bool mHup(Conference &, Member &, const QByteArray *, Call &);
    bool mEnergy(Conference &, Member &, const QByteArray *, Call &);
    bool mVolumeIn(Conference &, Member &, const QByteArray *, Call &);
    bool mVolumeOut(Conference &, Member &, const QByteArray *, Call &);
    bool mFloor(Conference &, Member &, const QByteArray *, Call &);
    bool mDtmf(Conference &, Member &, const QByteArray *, Call &);
    bool mGetUuid(Conference &, Member &, const QByteArray *, Call &);
    bool mVideo(Conference &, Member &, const QByteArray *, Call &);
    bool mAutoEnergy(Conference &, Member &, const QByteArray *, Call &);
    bool mMaxEnergy(Conference &, Member &, const QByteArray *, Call &);
    bool mAgc(Conference &, Member &, const QByteArray *, Call &);
    bool mPosition(Conference &, Member &, const QByteArray *, Call &);
    bool sNoOpenAl(Conference &, Call &);

    // split handlers
    bool sCount(Conference &, Call &);
    bool sList(Conference &, Call &);
    bool sXmlList(Conference &, Call &);
    bool sJsonList(Conference &, Call &);
    bool sPlay(Conference &, Call &);
    bool sStop(Conference &, Call &);
    bool sLock(Conference &, Call &);
    bool sUnlock(Conference &, Call &);
    bool sPin(Conference &, Call &);
    bool sGet(Conference &, Call &);
    bool sSet(Conference &, Call &);
    bool sGetVar(Conference &, Call &);
    bool sSetVar(Conference &, Call &);
    bool sRelate(Conference &, Call &);
    bool sTransfer(Conference &, Call &);
    bool sRecord(Conference &, Call &);
    bool sNoRecord(Conference &, Call &);
    bool sCheckRecord(Conference &, Call &);
    bool sPauseRecord(Conference &, Call &);
    bool sRecording(Conference &, Call &);
    bool sDial(Conference &, Call &);
    bool sBgDial(Conference &, Call &);
    bool sSounds(Conference &, Call &);
    bool sMoh(Conference &, Call &);
    bool sPausePlay(Conference &, Call &);
    bool sPlayStatus(Conference &, Call &);
    bool sFileVol(Conference &, Call &);
    bool sUnsupported(Conference &, Call &);

    bool say(Conference &, const QByteArray &text, Call &);
    bool sayMember(Conference &, const QByteArray &text, Call &);

    // dial / bgdial on an existing or missing conference (§3.5)
    bool dial(const QByteArray &confName, bool existed, Call &call, bool background);
    void completeDial(const QByteArray &confName, const QByteArray &dialString, const QByteArray &cidNumber,
                      const QByteArray &cidName, bool created, const QByteArray &uuid);
    static QByteArray dialCause(const QByteArray &dialString);

    void purgeFiles(Conference &c)
    {
        const qint64 t = now();
        c.files.erase(std::remove_if(c.files.begin(), c.files.end(),
                                     [t](const PlayingFile &f) { return f.endMs <= t; }),
                      c.files.end());
        for (const auto &m : c.members)
            m->fileEndsMs.removeIf([t](qint64 end) { return end <= t; });
    }

    void startRecordingFile(const QByteArray &path)
    {
        RecordingFile f;
        f.startMs = now();
        recordingFiles.insert(path, f); // record truncates an old file of that name
    }

    bool loadXml(const QByteArray &document, QString *error);
};

// ==================================================================== dispatcher

void BridgeEngine::Private::registerHandlers()
{
    memberHandlers = {
        {"mute", &Private::mMute},
        {"unmute", &Private::mUnmute},
        {"tmute", &Private::mTmute},
        {"deaf", &Private::mDeaf},
        {"undeaf", &Private::mUndeaf},
        {"hold", &Private::mHold},
        {"unhold", &Private::mUnhold},
        {"kick", &Private::mKick},
        {"hup", &Private::mHup},
        {"energy", &Private::mEnergy},
        {"volume_in", &Private::mVolumeIn},
        {"volume_out", &Private::mVolumeOut},
        {"floor", &Private::mFloor},
        {"dtmf", &Private::mDtmf},
        {"get-uuid", &Private::mGetUuid},
        {"vmute", &Private::mVideo},
        {"unvmute", &Private::mVideo},
        {"tvmute", &Private::mVideo},
        {"vblind", &Private::mVideo},
        {"unvblind", &Private::mVideo},
        {"tvblind", &Private::mVideo},
        {"vmute-snap", &Private::mVideo},
        {"auto-energy", &Private::mAutoEnergy},
        {"max-energy", &Private::mMaxEnergy},
        {"agc", &Private::mAgc},
        {"position", &Private::mPosition},
    };
    splitHandlers = {
        {"count", &Private::sCount},
        {"list", &Private::sList},
        {"xml_list", &Private::sXmlList},
        {"json_list", &Private::sJsonList},
        {"play", &Private::sPlay},
        {"stop", &Private::sStop},
        {"lock", &Private::sLock},
        {"unlock", &Private::sUnlock},
        {"pin", &Private::sPin},
        {"nopin", &Private::sPin},
        {"get", &Private::sGet},
        {"set", &Private::sSet},
        {"getvar", &Private::sGetVar},
        {"setvar", &Private::sSetVar},
        {"relate", &Private::sRelate},
        {"transfer", &Private::sTransfer},
        {"record", &Private::sRecord},
        {"norecord", &Private::sNoRecord},
        {"chkrecord", &Private::sCheckRecord},
        {"pause", &Private::sPauseRecord},
        {"resume", &Private::sPauseRecord},
        {"recording", &Private::sRecording},
        {"dial", &Private::sDial},
        {"bgdial", &Private::sBgDial},
        {"enter_sound", &Private::sSounds},
        {"exit_sound", &Private::sSounds},
        {"moh", &Private::sMoh},
        {"pause_play", &Private::sPausePlay},
        {"play_status", &Private::sPlayStatus},
        {"file-vol", &Private::sFileVol},
        {"auto-3d-position", &Private::sNoOpenAl},
    };
}

static QByteArray syntaxOf(const CommandDef &def)
{
    return QByteArray(def.pcommand) + ' ' + def.syntax; // "%s %s": no newline (§1.2)
}

void BridgeEngine::Private::runConferenceApi(Call &call)
{
    // conference_api_main_real (§1.1)
    call.argv = fs::separateString(call.cmdline, 25);
    const QList<QByteArray> &argv = call.argv;
    if (call.cmdline.isEmpty() || argv.isEmpty()) {
        call.out += helpText();
        return;
    }
    if (Conference *c = find(argv.at(0))) {
        if (argv.size() >= 2)
            dispatch(*c, call);
        else
            call.out += "Conference command, not specified.\nTry 'help'\n";
        return;
    }
    const QByteArray &a0 = argv.at(0);
    if (ieq(a0, "list")) {
        list(nullptr, argv, call.out);
    } else if (ieq(a0, "count")) {
        call.out += num(qint64(conferences.size()));
    } else if (ieq(a0, "xml_list")) {
        call.out += xmlList(nullptr);
    } else if (ieq(a0, "json_list")) {
        call.out += jsonList(nullptr, argv.size() > 1 && ieq(argv.at(1), "compact"));
    } else if (ieq(a0, "help") || ieq(a0, "commands")) {
        call.out += helpText();
    } else if (argv.size() > 1 && ieq(argv.at(1), "dial")) {
        if (!dial(a0, false, call, false))
            call.out += syntaxOf(commandTable()[17]); // fixed index: prints moh's syntax (§2 oddity)
    } else if (argv.size() > 1 && ieq(argv.at(1), "bgdial")) {
        if (!dial(a0, false, call, true))
            call.out += syntaxOf(commandTable()[18]);
    } else {
        call.out += "-ERR Conference " + a0 + " not found\n";
    }
}

void BridgeEngine::Private::dispatch(Conference &c, Call &call)
{
    const QByteArray &sub = call.argv.at(1);
    const CommandDef *def = findCommand(sub);
    if (!def) {
        call.out += "-ERR Conference command '" + sub + "' not found.\n";
        return;
    }
    const QByteArray name(def->name);
    switch (def->kind) {
    case CommandKind::Member: {
        const MemberFn fn = memberHandlers.value(name, &Private::mVideo);
        dispatchMember(c, *def, fn, call);
        return;
    }
    case CommandKind::AsOne: {
        // the handler gets the raw command line after the first occurrence of the command
        // name (strstr, case-sensitive): "3000 SAY hi" hands over the whole line
        QByteArray text = call.cmdline;
        const qsizetype at = call.cmdline.indexOf(name);
        if (at >= 0) {
            text = call.cmdline.mid(at + name.size());
            qsizetype i = 0;
            while (i < text.size() && (text.at(i) == ' ' || text.at(i) == '\t'))
                ++i;
            text = text.mid(i);
        }
        bool ok = false;
        if (name == "say")
            ok = say(c, text, call);
        else if (name == "saymember")
            ok = sayMember(c, text, call);
        else
            call.out += "+OK floor Cleared\n", ok = true; // clear-vid-floor
        if (!ok)
            call.out += syntaxOf(*def);
        return;
    }
    case CommandKind::Split: {
        const SplitFn fn = splitHandlers.value(name, &Private::sUnsupported);
        if (!(this->*fn)(c, call))
            call.out += syntaxOf(*def);
        return;
    }
    }
}

void BridgeEngine::Private::dispatchMember(Conference &c, const CommandDef &def, MemberFn fn, Call &call)
{
    // conference_api_dispatch, CONF_API_SUB_MEMBER_TARGET (§1.3)
    const QByteArray *sel = call.arg(2);
    const QByteArray *data = call.arg(3);
    quint32 id = 0;
    bool all = false, nonMod = false, last = false;
    if (sel) {
        id = static_cast<quint32>(fs::atoi(*sel));
        if (!id) {
            all = ieq(*sel, "all");
            nonMod = ieq(*sel, "non_moderator");
            last = ieq(*sel, "last");
        }
    }
    if (all || nonMod) {
        QList<quint32> ids;
        for (const auto &m : c.members)
            if (!m->leaving)
                ids.append(m->id);
        for (quint32 mid : ids) {
            Member *m = nullptr;
            for (const auto &mm : c.members)
                if (mm->id == mid && !mm->leaving)
                    m = mm.get();
            if (!m)
                continue;
            if (nonMod && m->moderator) {
                call.out += "Skipping moderator (member id " + num(m->id) + ").\n";
                continue;
            }
            if (!m->recorder)
                (this->*fn)(c, *m, data, call);
        }
    } else if (last) {
        Member *lastMember = nullptr;
        for (const auto &m : c.members)
            if (!m->leaving && (!lastMember || m->id > lastMember->id))
                lastMember = m.get();
        if (lastMember && !lastMember->recorder) // the recorder as "last": silently nothing
            (this->*fn)(c, *lastMember, data, call);
    } else if (id) {
        if (Member *m = c.member(id))
            (this->*fn)(c, *m, data, call);
        else
            call.out += "-ERR Non-Existant ID " + num(id) + "\n";
    } else if (sel && !sel->isEmpty() && sel->contains('=')) {
        if (Member *m = memberByVar(c, *sel))
            (this->*fn)(c, *m, data, call);
        else
            call.out += "-ERR Non-Existant member\n";
    } else {
        call.out += syntaxOf(def);
    }
}

// ==================================================================== member commands (§3.1–§3.3)

bool BridgeEngine::Private::mMute(Conference &c, Member &m, const QByteArray *, Call &call)
{
    m.canSpeak = false;
    m.talking = false;
    m.currentEnergy = 0;
    call.out += "+OK mute " + num(m.id) + "\n";
    memberEvent(c, m, "mute-member");
    return true;
}

bool BridgeEngine::Private::mUnmute(Conference &c, Member &m, const QByteArray *, Call &call)
{
    m.canSpeak = true;
    call.out += "+OK unmute " + num(m.id) + "\n";
    memberEvent(c, m, "unmute-member");
    return true;
}

bool BridgeEngine::Private::mTmute(Conference &c, Member &m, const QByteArray *data, Call &call)
{
    return m.canSpeak ? mMute(c, m, data, call) : mUnmute(c, m, data, call);
}

bool BridgeEngine::Private::mDeaf(Conference &c, Member &m, const QByteArray *, Call &call)
{
    m.canHear = false;
    call.out += "+OK deaf " + num(m.id) + "\n";
    memberEvent(c, m, "deaf-member");
    return true;
}

bool BridgeEngine::Private::mUndeaf(Conference &c, Member &m, const QByteArray *, Call &call)
{
    m.canHear = true;
    call.out += "+OK undeaf " + num(m.id) + "\n";
    memberEvent(c, m, "undeaf-member");
    return true;
}

bool BridgeEngine::Private::mHold(Conference &c, Member &m, const QByteArray *data, Call &call)
{
    m.talking = false;
    m.hold = true;
    if (data && !data->isEmpty())
        m.fileEndsMs.append(now() + kFilePlayMs);
    call.out += "+OK hold " + num(m.id) + "\n";
    memberEvent(c, m, "hold-member");
    return true;
}

bool BridgeEngine::Private::mUnhold(Conference &c, Member &m, const QByteArray *, Call &call)
{
    m.hold = false;
    m.fileEndsMs.clear(); // unhold stops the files playing to the member
    call.out += "+OK unhold " + num(m.id) + "\n";
    memberEvent(c, m, "unhold-member");
    return true;
}

bool BridgeEngine::Private::mKick(Conference &c, Member &m, const QByteArray *, Call &call)
{
    call.out += "+OK kicked " + num(m.id) + "\n";
    memberEvent(c, m, "kick-member");
    m.leaving = true; // del-member follows when the member actually leaves (reap)
    return true;
}

bool BridgeEngine::Private::mHup(Conference &c, Member &m, const QByteArray *, Call &call)
{
    call.out += "+OK hup " + num(m.id) + "\n";
    memberEvent(c, m, "hup-member");
    m.leaving = true;
    return true;
}

bool BridgeEngine::Private::mEnergy(Conference &c, Member &m, const QByteArray *data, Call &call)
{
    if (data) {
        if (ieq(*data, "up"))
            m.energy = qMin(m.energy + 200, 1800);
        else if (ieq(*data, "down"))
            m.energy = qMax(m.energy - 200, 0);
        else
            m.energy = fs::atoi(*data); // no clamping (§3.1)
    }
    call.out += "Energy " + num(m.id) + " = " + num(m.energy) + "\n";
    if (data)
        memberEvent(c, m, "energy-level-member", {{"Energy-Level", num(m.energy)}});
    return true;
}

static int normalizeVolume(int v)
{
    return qBound(-4, v, 4); // switch_normalize_volume
}

static int adjustVolume(int current, const QByteArray &data)
{
    if (ieq(data, "up"))
        return normalizeVolume(current + 1);
    if (ieq(data, "down"))
        return normalizeVolume(current - 1);
    return normalizeVolume(fs::atoi(data));
}

bool BridgeEngine::Private::mVolumeIn(Conference &c, Member &m, const QByteArray *data, Call &call)
{
    if (data)
        m.volumeIn = adjustVolume(m.volumeIn, *data);
    call.out += "+OK Volume IN " + num(m.id) + " = " + num(m.volumeIn) + "\n";
    if (data)
        memberEvent(c, m, "volume-in-member", {{"Volume-Level", num(m.volumeIn)}});
    return true;
}

bool BridgeEngine::Private::mVolumeOut(Conference &c, Member &m, const QByteArray *data, Call &call)
{
    if (data)
        m.volumeOut = adjustVolume(m.volumeOut, *data);
    call.out += "+OK Volume OUT " + num(m.id) + " = " + num(m.volumeOut) + "\n";
    if (data)
        memberEvent(c, m, "volume-out-member", {{"Volume-Level", num(m.volumeOut)}});
    return true;
}

bool BridgeEngine::Private::mFloor(Conference &c, Member &m, const QByteArray *, Call &call)
{
    if (c.floorHolder == m.id) {
        setFloor(c, nullptr);
        call.out += "+OK floor none\n";
    } else if (c.floorHolder == 0) {
        setFloor(c, &m);
        call.out += "+OK floor " + num(m.id) + "\n";
    } else {
        call.out += "-ERR floor is held by " + num(c.floorHolder) + "\n";
    }
    return true;
}

bool BridgeEngine::Private::mDtmf(Conference &c, Member &m, const QByteArray *data, Call &call)
{
    if (!data || data->isEmpty()) {
        call.out += "-ERR Invalid input!\n";
        return false;
    }
    call.out += "+OK sent " + *data + " to " + num(m.id) + "\n";
    memberEvent(c, m, "dtmf-member", {{"Digits", *data}});
    return true;
}

bool BridgeEngine::Private::mGetUuid(Conference &, Member &m, const QByteArray *, Call &call)
{
    call.out += m.uuid;
    return true;
}

bool BridgeEngine::Private::mVideo(Conference &c, Member &m, const QByteArray *, Call &call)
{
    // the video flags exist on audio members too; vblind clears can_see (§4.3)
    const QByteArray cmd = call.argv.at(1).toLower();
    QByteArray word;
    if (cmd == "vmute" || (cmd == "tvmute" && !m.videoMuted)) {
        m.videoMuted = true;
        word = "vmute";
    } else if (cmd == "unvmute" || cmd == "tvmute") {
        m.videoMuted = false;
        word = "unvmute";
    } else if (cmd == "vblind" || (cmd == "tvblind" && m.canSee)) {
        m.canSee = false;
        word = "vblind";
    } else if (cmd == "unvblind" || cmd == "tvblind") {
        m.canSee = true;
        word = "unvblind";
    } else if (cmd == "vmute-snap") {
        call.out += "+OK vmute image snapped " + num(m.id) + "\n";
        return true;
    } else {
        // canvas/layer/banner commands need the video mixer, which an audio bridge lacks
        if (!call.out.endsWith("-ERR Conference is not in mixing mode\n"))
            call.out += "-ERR Conference is not in mixing mode\n";
        return true;
    }
    call.out += "+OK " + word + " " + num(m.id) + "\n";
    memberEvent(c, m, QByteArray(word + "-member"));
    return true;
}

static int stepEnergy(int current, const QByteArray &data)
{
    if (ieq(data, "up"))
        return qMin(current + 200, 1800);
    if (ieq(data, "down"))
        return qMax(current - 200, 0);
    return fs::atoi(data);
}

bool BridgeEngine::Private::mAutoEnergy(Conference &c, Member &m, const QByteArray *data, Call &call)
{
    if (data) {
        m.autoEnergy = stepEnergy(m.autoEnergy, *data);
        memberEvent(c, m, "auto-energy-level-member",
                    {{"Auto-Energy-Level", num(m.autoEnergy)}, {"Energy-Level", num(m.energy)}});
    }
    call.out += num(m.id) + " = Auto-Energy: " + num(m.autoEnergy) + " Energy: " + num(m.energy) + "\n";
    return true;
}

bool BridgeEngine::Private::mMaxEnergy(Conference &c, Member &m, const QByteArray *data, Call &call)
{
    if (data) {
        const QList<QByteArray> parts = data->split(':');
        const int value = stepEnergy(m.maxEnergy, parts.at(0));
        if (value && value <= m.energy) {
            call.out += "-ERR " + num(m.id) + " Max-Energy cannot exceed energy level.\n";
            return true;
        }
        m.maxEnergy = value;
        if (parts.size() > 1)
            m.maxEnergyMuteMs = fs::atoi(parts.at(1));
        if (parts.size() > 2)
            m.maxEnergyHits = fs::atoi(parts.at(2));
        memberEvent(c, m, "max-energy-level-member",
                    {{"Max-Energy-Level", num(m.maxEnergy)},
                     {"Max-Energy-Mute", num(m.maxEnergyMuteMs)},
                     {"Max-Energy-Hit-Trigger", num(m.maxEnergyHits)},
                     {"Energy-Level", num(m.energy)}});
    }
    // the first two numbers are swapped relative to their labels (§3.1)
    call.out += num(m.id) + " = Max-Energy: " + num(m.energy) + " Energy: " + num(m.maxEnergy) +
                " Max-Energy-Mute: " + num(m.maxEnergyMuteMs) + "ms Max-Energy-Hit-Trigger " +
                num(m.maxEnergyHits) + "\n";
    return true;
}

bool BridgeEngine::Private::mAgc(Conference &c, Member &m, const QByteArray *data, Call &call)
{
    if (data) {
        m.agc = ieq(*data, "up") ? m.agc + 200 : ieq(*data, "down") ? qMax(0, m.agc - 200) : fs::atoi(*data);
        memberEvent(c, m, "agc-level-member", {{"Agc-Level", num(m.agc)}});
    }
    call.out += "Agc " + num(m.id) + " = " + num(m.agc) + "\n";
    return true;
}

bool BridgeEngine::Private::mPosition(Conference &, Member &, const QByteArray *, Call &call)
{
    call.out += "-ERR not supported\n"; // built without OpenAL (§2 row 15)
    return true;
}

bool BridgeEngine::Private::sNoOpenAl(Conference &, Call &call)
{
    call.out += "-ERR not supported\n";
    return true;
}

// ==================================================================== conference-level commands (§3.4)

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

bool BridgeEngine::Private::sUnsupported(Conference &, Call &call)
{
    call.out += "-ERR Conference is not in mixing mode\n";
    return true;
}

bool BridgeEngine::Private::sLock(Conference &c, Call &call)
{
    c.locked = true;
    call.out += "+OK " + c.name + " locked\n";
    conferenceEvent(c, "lock");
    return true;
}

bool BridgeEngine::Private::sUnlock(Conference &c, Call &call)
{
    c.locked = false;
    call.out += "+OK " + c.name + " unlocked\n";
    conferenceEvent(c, "unlock");
    return true;
}

bool BridgeEngine::Private::sPin(Conference &c, Call &call)
{
    const auto &a = call.argv;
    // the handler compares its own name case-sensitively (§3.4)
    if (a.size() == 4 && a.at(2) == "mod") {
        c.modPin = a.at(3);
        call.out += "+OK Moderator Pin for conference " + c.name + " set: " + c.modPin + "\n";
    } else if (a.size() == 3 && a.at(1) == "pin") {
        c.pin = a.at(2);
        call.out += "+OK Pin for conference " + c.name + " set: " + c.pin + "\n";
    } else if (a.size() == 2 && a.at(1) == "nopin") {
        c.pin.clear();
        call.out += "+OK Pin for conference " + c.name + " deleted\n";
    } else {
        call.out += "-ERR Invalid parameters:\n";
        return false;
    }
    return true;
}

bool BridgeEngine::Private::sGet(Conference &c, Call &call)
{
    if (call.argv.size() != 3)
        return false;
    const QByteArray &p = call.argv.at(2);
    QByteArray &o = call.out;
    if (ieq(p, "run_time"))
        o += num((now() - c.createdMs) / 1000);
    else if (ieq(p, "count"))
        o += num(c.count());
    else if (ieq(p, "count_ghosts"))
        o += num(c.ghostCount());
    else if (ieq(p, "max_members"))
        o += num(c.maxMembers);
    else if (ieq(p, "rate"))
        o += num(c.rate);
    else if (ieq(p, "profile_name"))
        o += "default";
    else if (ieq(p, "sound_prefix"))
        o += c.soundPrefix;
    else if (ieq(p, "caller_id_name"))
        o += c.callerIdName;
    else if (ieq(p, "caller_id_number"))
        o += c.callerIdNumber;
    else if (ieq(p, "is_locked"))
        o += c.locked ? "locked" : "";
    else if (ieq(p, "endconference_grace_time"))
        o += num(c.graceTime);
    else if (ieq(p, "uuid"))
        o += c.uuid;
    else if (ieq(p, "wait_mod"))
        o += c.waitMod ? "true" : "";
    else
        return false;
    return true;
}

bool BridgeEngine::Private::sSet(Conference &c, Call &call)
{
    if (call.argv.size() != 4 || call.argv.at(3).isEmpty())
        return false;
    const QByteArray &p = call.argv.at(2);
    const QByteArray &v = call.argv.at(3);
    QByteArray &o = call.out;
    if (ieq(p, "max_members")) {
        const int n = fs::atoi(v);
        if (n < 0)
            return false;
        o += num(c.maxMembers);
        c.maxMembers = n;
    } else if (ieq(p, "sound_prefix")) {
        o += c.soundPrefix;
        c.soundPrefix = v;
    } else if (ieq(p, "caller_id_name")) {
        o += c.callerIdName;
        c.callerIdName = v;
    } else if (ieq(p, "caller_id_number")) {
        o += c.callerIdNumber;
        c.callerIdNumber = v;
    } else if (ieq(p, "endconference_grace_time")) {
        const int n = fs::atoi(v);
        if (n < 0)
            return false;
        o += num(c.graceTime);
        c.graceTime = n;
    } else {
        return false;
    }
    return true;
}

bool BridgeEngine::Private::sGetVar(Conference &c, Call &call)
{
    if (call.argv.size() < 3)
        return false;
    for (const auto &kv : c.variables)
        if (kv.first == call.argv.at(2))
            call.out += kv.second;
    return true;
}

bool BridgeEngine::Private::sSetVar(Conference &c, Call &call)
{
    if (call.argv.size() < 3)
        return false;
    const QByteArray &name = call.argv.at(2);
    auto it = std::find_if(c.variables.begin(), c.variables.end(),
                           [&](const auto &kv) { return kv.first == name; });
    if (call.argv.size() < 4) {
        if (it != c.variables.end())
            c.variables.erase(it);
    } else if (it != c.variables.end()) {
        it->second = call.argv.at(3);
    } else {
        c.variables.append({name, call.argv.at(3)});
    }
    call.out += "+OK\n";
    return true;
}

bool BridgeEngine::Private::sSounds(Conference &c, Call &call)
{
    const bool enter = ieq(call.argv.at(1), "enter_sound");
    const QByteArray prefix = enter ? "enter" : "exit";
    bool &flag = enter ? c.enterSound : c.exitSound;
    QByteArray &file = enter ? c.enterSoundFile : c.exitSoundFile;
    if (call.argv.size() < 3) {
        call.out += "-ERR Not enough args\n";
        return true;
    }
    const QByteArray &a = call.argv.at(2);
    if (ieq(a, "on")) {
        flag = true;
        call.out += "+OK " + c.name + " " + prefix + " sounds on (" + file + ")\n";
        conferenceEvent(c, QByteArray(prefix + "-sounds-on"));
    } else if (ieq(a, "off") || ieq(a, "none")) {
        flag = false;
        call.out += "+OK " + c.name + " " + prefix + " sounds off (" + file + ")\n";
        conferenceEvent(c, QByteArray(prefix + "-sounds-off"));
    } else if (ieq(a, "file")) {
        if (call.argv.size() < 4) {
            call.out += "-ERR No filename specified\n";
            return true;
        }
        if (!enter)
            call.out += "+OK Old exit sound: [" + file + "]\n";
        file = call.argv.at(3);
        call.out += "+OK " + c.name + " " + prefix + " sound file set to " + file + "\n";
        conferenceEvent(c, QByteArray(prefix + "-sound-file-changed"));
    } else {
        call.out += "-ERR Bad args\n";
    }
    return true;
}

// ==================================================================== files and prompts (§3.3)

bool BridgeEngine::Private::sPlay(Conference &c, Call &call)
{
    int argc = int(call.argv.size());
    const auto &a = call.argv;
    bool async = false;
    if ((argc == 4 && ieq(a.at(3), "async")) || (argc == 5 && ieq(a.at(4), "async"))) {
        --argc;
        async = true;
    }
    purgeFiles(c);
    if (argc == 3) {
        if (fileExists(a.at(2)) && c.count() > 0) {
            c.files.append({a.at(2), async, now() + kFilePlayMs});
            call.out += "+OK (play) Playing file " + a.at(2) + "\n";
            conferenceEvent(c, "play-file", {{"File", a.at(2)}, {"Async", async ? "true" : "false"}});
        } else {
            call.out += "-ERR (play) File: " + a.at(2) + " not found.\n";
        }
        return true;
    }
    if (argc >= 4) {
        if (Member *m = memberByStr(c, a.at(3))) {
            if (fileExists(a.at(2))) {
                m->fileEndsMs.append(now() + kFilePlayMs);
                call.out += "+OK (play) Playing file " + a.at(2) + " to member " + num(m->id) + "\n";
                memberEvent(c, *m, "play-file-member", {{"File", a.at(2)}});
            } else {
                call.out += "-ERR (play) File: " + a.at(2) + " not found.\n";
            }
            return true;
        }
        // FreeSWITCH formats an uninitialised %u here; the simulator shows atoi(token)
        call.out += "-ERR Member: " + num(static_cast<quint32>(fs::atoi(a.at(3)))) + " not found.\n";
        return false;
    }
    return false;
}

bool BridgeEngine::Private::sStop(Conference &c, Call &call)
{
    const auto &a = call.argv;
    bool current = false, all = false, async = false;
    if (a.size() > 2) {
        current = ieq(a.at(2), "current");
        all = ieq(a.at(2), "all");
        async = ieq(a.at(2), "async");
    } else {
        all = true;
    }
    if (!(current || all || async))
        return false;
    purgeFiles(c);
    qsizetype stopped = 0;
    if (a.size() == 4) {
        Member *m = memberByStr(c, a.at(3));
        if (!m) {
            call.out += "-ERR Member: " + a.at(3) + " not found.\n";
            return true;
        }
        stopped = current ? qMin<qsizetype>(1, m->fileEndsMs.size()) : m->fileEndsMs.size();
        m->fileEndsMs.remove(0, stopped);
    } else {
        for (auto it = c.files.begin(); it != c.files.end();) {
            const bool match = async ? it->async : (all || !it->async);
            if (match && (!current || stopped == 0)) {
                it = c.files.erase(it);
                ++stopped;
            } else {
                ++it;
            }
        }
    }
    call.out += "+OK Stopped " + num(stopped) + " files.\n";
    return true;
}

bool BridgeEngine::Private::sMoh(Conference &, Call &call)
{
    if (call.argv.size() < 3) {
        call.out += "-ERR invalid moh param\n";
        return true;
    }
    call.out += "+OK moh\n";
    return true;
}

bool BridgeEngine::Private::sPausePlay(Conference &c, Call &call)
{
    purgeFiles(c);
    if (!c.files.isEmpty())
        call.out += "+OK Pause\n";
    return true;
}

bool BridgeEngine::Private::sPlayStatus(Conference &c, Call &call)
{
    purgeFiles(c);
    if (c.files.isEmpty()) {
        call.out += "-ERR Nothing is playing\n";
        return true;
    }
    const PlayingFile &f = c.files.first();
    const qint64 pos = kFilePlayMs - (f.endMs - now());
    call.out += "+OK " + num(pos) + "/" + num(kFilePlayMs) + " " + f.path + "\n";
    return true;
}

bool BridgeEngine::Private::sFileVol(Conference &c, Call &call)
{
    if (call.argv.size() < 3) {
        call.out += "-ERR missing args\n";
        return true;
    }
    purgeFiles(c);
    call.out += c.files.isEmpty() ? "-ERR File not playing\n" : "+OK volume changed\n";
    return true;
}

bool BridgeEngine::Private::say(Conference &c, const QByteArray &text, Call &call)
{
    if (text.isEmpty()) {
        call.out += "-ERR (say) Error! No text.\n";
        return false;
    }
    if (c.count() == 0) { // TTS is assumed configured; no members means no one to speak to
        call.out += "-ERR (say) Error!\n";
        return false;
    }
    call.out += "+OK (say) OK\n";
    conferenceEvent(c, "speak-text", {{"Text", text}});
    return true;
}

bool BridgeEngine::Private::sayMember(Conference &c, const QByteArray &text, Call &call)
{
    if (text.isEmpty()) {
        call.out += "-ERR (saymember) No Text!\n";
        return false;
    }
    const qsizetype sp = text.indexOf(' ');
    const QByteArray token = sp < 0 ? text : text.left(sp);
    const QByteArray message = sp < 0 ? QByteArray() : text.mid(sp + 1);
    Member *m = memberByStr(c, token);
    if (!m) {
        call.out += "-ERR (saymember) Unknown Member " + token + "!\n";
        return false;
    }
    if (message.isEmpty()) {
        call.out += "-ERR (saymember) No Text!\n";
        return false;
    }
    call.out += "+OK (saymember) OK\n"; // 1.10.6+ wording
    memberEvent(c, *m, "speak-text-member", {{"Text", message}});
    return true;
}

// ==================================================================== relate (§7)

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
        const QList<QByteArray> tokens = a.at(2).split(',');
        bool everyone = false;
        QList<quint32> ids;
        for (const auto &t : tokens) {
            const auto id = static_cast<quint32>(fs::atoi(t));
            if (!id)
                everyone = true;
            ids.append(id);
        }
        for (const auto &m : c.members) {
            if (m->recorder || m->leaving || (!everyone && !ids.contains(m->id)))
                continue;
            for (const Relation &r : m->relations)
                call.out += num(m->id) + " -> " + num(r.other) + " " + (r.canSpeak ? "SPEAK" : "NOSPEAK") +
                            " " + (r.canHear ? "HEAR" : "NOHEAR") + " " +
                            (r.sendVideo ? "SENDVIDEO" : "NOSENDVIDEO") + " \n";
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
        // The session re-enters the conference application: a new member with a new id and
        // default member flags. Inbound callers meet the target's lock and member limit.
        Conference *dest = find(destName);
        if (dest && !m->outbound &&
            (dest->locked || (dest->maxMembers > 0 && dest->count() >= dest->maxMembers)))
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
        join(*dest, spec, m->outbound, m->uuid);
    }
    return true;
}

// ==================================================================== recording (§3.6)

bool BridgeEngine::Private::sRecord(Conference &c, Call &call)
{
    if (call.argv.size() <= 2)
        return false;
    const QByteArray &given = call.argv.at(2);
    const QByteArray path = stripParams(given);
    for (const auto &m : c.members) {
        if (m->recorder && !m->leaving && stripParams(m->recordPath) == path) {
            call.out += "-ERR file [" + path + "] is already being used for recording.\n";
            return true;
        }
    }
    call.out += "+OK Record file " + given + "\n";
    ++c.recordCount;
    auto r = std::make_unique<Member>();
    r->id = takeId(); // the recorder consumes an id that is never shown (§1.4)
    r->recorder = true;
    r->recordPath = given;
    r->recordEpochSeconds = wallClock() / 1000;
    r->joinMs = now();
    c.members.insert(c.members.begin(), std::move(r));
    startRecordingFile(path);
    conferenceEvent(c, "start-recording", {{"Path", given}});
    return true;
}

bool BridgeEngine::Private::sNoRecord(Conference &c, Call &call)
{
    if (call.argv.size() <= 2)
        return false;
    const QByteArray &arg = call.argv.at(2);
    const bool all = ieq(arg, "all");
    int matched = 0;
    for (const auto &m : c.members) {
        if (m->recorder && !m->leaving && (all || m->recordPath == arg)) {
            call.out += "Stopped recording file " + m->recordPath + "\n";
            ++matched;
        }
    }
    if (!matched && !all)
        call.out += "-ERR non-existant recording '" + arg + "'\n";
    // the count covers recorders that already exited: they stop asynchronously, so 0 (§3.6)
    call.out += "+OK Stopped recording 0 files\n";
    QList<Member *> stopping; // collected first: event slots may call api() again
    for (const auto &m : c.members)
        if (m->recorder && !m->leaving && (all || m->recordPath == arg))
            stopping.append(m.get());
    for (Member *m : stopping)
        stopRecorder(c, *m);
    return true;
}

bool BridgeEngine::Private::sCheckRecord(Conference &c, Call &call)
{
    if (c.recordCount <= 0) {
        call.out += "-ERR Conference is not being recorded.\n";
        return true;
    }
    for (const auto &m : c.members)
        if (m->recorder && !m->leaving)
            call.out += "+OK Record file " + m->recordPath + "\n";
    return true;
}

bool BridgeEngine::Private::sPauseRecord(Conference &c, Call &call)
{
    if (call.argv.size() <= 2)
        return false;
    const bool pause = ieq(call.argv.at(1), "pause");
    if (!pause && !ieq(call.argv.at(1), "resume"))
        return false;
    const QByteArray &path = call.argv.at(2);
    call.out += QByteArray(pause ? "+OK Pause" : "+OK Resume") + " recording file " + path + "\n";
    Member *rec = nullptr;
    for (const auto &m : c.members)
        if (m->recorder && !m->leaving && m->recordPath == path)
            rec = m.get();
    if (!rec) {
        call.out += "-ERR non-existant recording '" + path + "'\n";
        return true;
    }
    auto it = recordingFiles.find(stripParams(path));
    if (it != recordingFiles.end() && rec->paused != pause) {
        if (pause) {
            it->pauseStartMs = now();
        } else if (it->pauseStartMs >= 0) {
            it->pausedTotalMs += now() - it->pauseStartMs;
            it->pauseStartMs = -1;
        }
    }
    rec->paused = pause;
    conferenceEvent(c, pause ? "pause-recording" : "resume-recording",
                    {{"Path", path}, {"Other-Recordings", tf(c.recordCount > 1)}});
    return true;
}

bool BridgeEngine::Private::sRecording(Conference &c, Call &call)
{
    // conference_api_sub_recording, including its one-argument gotcha (§3.6)
    QList<QByteArray> &a = call.argv;
    if (a.size() == 3 && (ieq(a.at(2), "stop") || ieq(a.at(2), "check")))
        a.append("all");
    if (a.size() <= 3)
        return sRecord(c, call); // "recording pause" records into a file named "pause"
    const QByteArray verb = a.at(2);
    QList<QByteArray> shifted = {a.at(0), verb, a.at(3)};
    Call sub;
    sub.argv = shifted;
    bool ok = false;
    if (ieq(verb, "start"))
        ok = sRecord(c, sub);
    else if (ieq(verb, "stop"))
        ok = sNoRecord(c, sub);
    else if (ieq(verb, "check"))
        ok = sCheckRecord(c, sub);
    else if (ieq(verb, "pause") || ieq(verb, "resume"))
        ok = sPauseRecord(c, sub);
    call.out += sub.out;
    return ok;
}

// ==================================================================== dial (§3.5)

QByteArray BridgeEngine::Private::dialCause(const QByteArray &dialString)
{
    const QByteArray d = dialString.toLower();
    if (d.contains("busy"))
        return "USER_BUSY";
    if (d.contains("noanswer"))
        return "NO_ANSWER";
    if (d.contains("unreg"))
        return "USER_NOT_REGISTERED";
    if (d.contains("reject"))
        return "CALL_REJECTED";
    if (d.contains("fail"))
        return "NORMAL_TEMPORARY_FAILURE";
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
        c = createConference(confName, false); // only outbound legs: no "answered" flag
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

// ==================================================================== loadXmlList

bool BridgeEngine::Private::loadXml(const QByteArray &document, QString *error)
{
    QByteArray doc = document;
    const qsizetype open = doc.indexOf("<command-response>");
    if (open >= 0) {
        const qsizetype start = open + qsizetype(qstrlen("<command-response>"));
        const qsizetype close = doc.lastIndexOf("</command-response>");
        doc = doc.mid(start, close > start ? close - start : -1);
    }
    doc = doc.trimmed();
    if (doc.startsWith("-ERR")) {
        if (error)
            *error =
                QCoreApplication::translate("sim::BridgeEngine", "The document is an error reply, not an "
                                                                 "xml_list: %1")
                    .arg(QString::fromUtf8(doc.left(120)));
        return false;
    }
    struct PendingMember
    {
        bool recorder = false;
        quint32 id = 0;
        QByteArray recordPath;
        bool paused = false;
        qint64 epoch = 0;
        QHash<QByteArray, QByteArray> values;
    };
    struct PendingConference
    {
        QXmlStreamAttributes attrs;
        QList<QPair<QByteArray, QByteArray>> variables;
        QList<PendingMember> members;
    };
    QList<PendingConference> pending;
    QXmlStreamReader xml(doc);
    PendingMember *member = nullptr;
    bool sawRoot = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            if (xml.isEndElement() && xml.name() == QLatin1String("member"))
                member = nullptr;
            continue;
        }
        const auto name = xml.name();
        if (name == QLatin1String("conferences")) {
            sawRoot = true;
        } else if (name == QLatin1String("conference")) {
            pending.append(PendingConference{xml.attributes(), {}, {}});
        } else if (pending.isEmpty()) {
            continue;
        } else if (name == QLatin1String("variable")) {
            pending.last().variables.append({xml.attributes().value(QLatin1String("name")).toUtf8(),
                                             xml.attributes().value(QLatin1String("value")).toUtf8()});
        } else if (name == QLatin1String("member")) {
            PendingMember pm;
            pm.recorder = xml.attributes().value(QLatin1String("type")) == QLatin1String("recording_node");
            pending.last().members.append(pm);
            member = &pending.last().members.last();
        } else if (member && name == QLatin1String("record_path")) {
            member->paused = xml.attributes().value(QLatin1String("status")) == QLatin1String("paused");
            member->recordPath = xml.readElementText().toUtf8();
        } else if (member && name != QLatin1String("flags")) {
            const QByteArray key = name.toUtf8();
            member->values.insert(key, xml.readElementText().toUtf8());
        }
    }
    if (xml.hasError() || !sawRoot) {
        if (error)
            *error = xml.hasError() ? QCoreApplication::translate("sim::BridgeEngine",
                                                                  "The xml_list document is not valid XML "
                                                                  "(line %1, column %2): %3")
                                          .arg(xml.lineNumber())
                                          .arg(xml.columnNumber())
                                          .arg(xml.errorString())
                                    : QCoreApplication::translate(
                                          "sim::BridgeEngine", "The document has no <conferences> element.");
        return false;
    }
    const qint64 t = now();
    auto decode = [](const QByteArray &v) { return QByteArray::fromPercentEncoding(v); };
    for (const PendingConference &pc : pending) {
        const QByteArray name = pc.attrs.value(QLatin1String("name")).toUtf8();
        if (name.isEmpty())
            continue;
        Conference *c = find(name);
        if (!c) {
            c = createConference(name, pc.attrs.hasAttribute(QLatin1String("answered")));
            const QByteArray uuid = pc.attrs.value(QLatin1String("uuid")).toUtf8();
            if (!uuid.isEmpty())
                c->uuid = uuid;
        }
        auto flag = [&pc](const char *attr) {
            return pc.attrs.value(QLatin1String(attr)) == QLatin1String("true");
        };
        c->locked = flag("locked");
        c->waitMod = flag("wait_mod");
        c->running = flag("running");
        c->enforceMin = flag("enforce_min");
        c->dynamic = flag("dynamic");
        c->exitSound = flag("exit_sound");
        c->enterSound = flag("enter_sound");
        c->maxMembers = pc.attrs.value(QLatin1String("max_members")).toInt();
        c->graceTime = pc.attrs.value(QLatin1String("endconference_grace_time")).toInt();
        if (const int rate = pc.attrs.value(QLatin1String("rate")).toInt(); rate > 0)
            c->rate = rate;
        if (pc.attrs.hasAttribute(QLatin1String("run_time")))
            c->createdMs = t - pc.attrs.value(QLatin1String("run_time")).toLongLong() * 1000;
        c->variables = pc.variables;
        // members are listed newest first: add them oldest first so the order survives
        for (auto it = pc.members.crbegin(); it != pc.members.crend(); ++it) {
            const PendingMember &pm = *it;
            if (pm.recorder) {
                auto r = std::make_unique<Member>();
                r->id = takeId();
                r->recorder = true;
                r->recordPath = pm.recordPath;
                r->paused = pm.paused;
                r->recordEpochSeconds = pm.values.value("join_time").toLongLong();
                const qint64 ago = qMax<qint64>(0, wallClock() - r->recordEpochSeconds * 1000);
                r->joinMs = t - ago;
                RecordingFile f;
                f.startMs = r->joinMs;
                if (pm.paused)
                    f.pauseStartMs = t;
                recordingFiles.insert(stripParams(pm.recordPath), f);
                ++c->recordCount;
                c->members.insert(c->members.begin(), std::move(r));
                continue;
            }
            auto boolValue = [&pm](const char *key) { return pm.values.value(key) == "true"; };
            MemberSpec spec;
            spec.callerIdName = QString::fromUtf8(decode(pm.values.value("caller_id_name")));
            spec.callerIdNumber = QString::fromUtf8(decode(pm.values.value("caller_id_number")));
            spec.moderator = boolValue("is_moderator");
            spec.hasVideo = boolValue("has_video");
            spec.muteDetect = boolValue("mute_detect");
            const bool hold = boolValue("hold");
            // on hold the three flags read false whatever the real state is: assume unmuted
            spec.muted = !hold && pm.values.contains("can_speak") && !boolValue("can_speak");
            spec.deaf = !hold && pm.values.contains("can_hear") && !boolValue("can_hear");
            spec.energy = pm.values.contains("energy") ? decode(pm.values.value("energy")).toInt() : -1;
            spec.joinedSecondsAgo = decode(pm.values.value("join_time")).toLongLong();
            const QByteArray uuid = decode(pm.values.value("uuid"));
            const quint32 wantedId = decode(pm.values.value("id")).toUInt();
            // keep the captured id when it is free, so the loaded state reads like the capture
            const quint32 savedNext = nextId;
            const bool keepId = wantedId > 0 && !memberAnywhere(wantedId);
            if (keepId)
                nextId = wantedId;
            Member *m = join(*c, spec, false, uuid);
            if (keepId)
                nextId = qMax(savedNext, wantedId + 1);
            m->hold = hold;
            m->endConference = boolValue("end_conference");
            m->ghost = boolValue("is_ghost");
            m->volumeIn = decode(pm.values.value("volume_in")).toInt();
            m->volumeOut = decode(pm.values.value("volume_out")).toInt();
            m->talking = boolValue("talking");
            m->voice = m->talking;
            const QByteArray lastTalking = decode(pm.values.value("last_talking"));
            if (!lastTalking.isEmpty() && lastTalking != "N/A")
                m->lastTalkMs = t - lastTalking.toLongLong() * 1000;
            if (boolValue("has_floor"))
                c->floorHolder = m->id;
        }
        c->answered = pc.attrs.value(QLatin1String("answered")) == QLatin1String("true");
    }
    return true;
}

// ==================================================================== public API

BridgeEngine::BridgeEngine(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this))
{
    d->rng.seed(d->activity.seed);
    d->restartTimer();
}

BridgeEngine::~BridgeEngine() = default;

void BridgeEngine::api(const QString &line, QObject *context, ApiCallback done)
{
    QByteArray bytes = line.toUtf8();
    qsizetype start = 0;
    while (start < bytes.size() && bytes.at(start) == ' ')
        ++start;
    bytes = bytes.mid(start);
    const qsizetype sp = bytes.indexOf(' ');
    const QByteArray command = sp < 0 ? bytes : bytes.left(sp);
    Private::Call call;
    call.cmdline = sp < 0 ? QByteArray() : bytes.mid(sp + 1);
    call.context = context;
    call.hasContext = context != nullptr;
    call.done = done;
    if (command != "conference") {
        // what mod_event_socket answers for an unknown API (§9.2)
        if (done)
            done("-ERR " + command + " Command not found!\n");
        return;
    }
    // members leave after the command; a nested call (from an event slot) must not free
    // objects the outer command still uses
    ++d->busy;
    d->runConferenceApi(call);
    if (--d->busy == 0)
        d->reap();
    if (!call.deferred && done)
        done(call.out);
}

bool BridgeEngine::conferenceExists(const QString &name) const
{
    return d->find(name.toUtf8()) != nullptr;
}

QStringList BridgeEngine::conferenceNames() const
{
    QStringList names;
    for (const auto &c : d->conferences)
        names.append(QString::fromUtf8(c->name));
    return names;
}

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
        if (c && (c->locked || (c->maxMembers > 0 && c->count() >= c->maxMembers)))
            return; // locked or full: the invitee hears the prompt and hangs up
        if (!c)
            c = p.createConference(conf, true);
        MemberSpec spec;
        spec.callerIdName = name;
        spec.callerIdNumber = user;
        p.join(*c, spec, false);
    });
}

bool BridgeEngine::recordingFileExists(const QString &path) const
{
    return d->recordingFiles.contains(path.toUtf8());
}

int BridgeEngine::recordingDurationSeconds(const QString &path) const
{
    const auto it = d->recordingFiles.constFind(path.toUtf8());
    if (it == d->recordingFiles.constEnd())
        return -1;
    const qint64 end = it->stopMs >= 0 ? it->stopMs : d->now();
    qint64 ms = end - it->startMs - it->pausedTotalMs;
    if (it->pauseStartMs >= 0)
        ms -= end - it->pauseStartMs;
    return int(qMax<qint64>(0, (ms + 500) / 1000)); // rounded, like the servlet
}

void BridgeEngine::deleteRecordingFile(const QString &path)
{
    d->recordingFiles.remove(path.toUtf8());
}

void BridgeEngine::setRingDelayMs(int ms)
{
    d->ringDelayMs = qMax(0, ms);
}

quint32 BridgeEngine::addMember(const QString &conference, const MemberSpec &spec)
{
    const QByteArray name = conference.toUtf8();
    Conference *c = d->find(name);
    if (!c)
        c = d->createConference(name, true);
    return d->join(*c, spec, false)->id;
}

bool BridgeEngine::loadXmlList(const QByteArray &document, QString *error)
{
    return d->loadXml(document, error);
}

void BridgeEngine::clear()
{
    d->conferences.clear();
}

void BridgeEngine::setActivity(const ActivityConfig &config)
{
    d->activity = config;
    d->rng.seed(config.seed);
    for (auto &c : d->conferences) {
        c->speakers.clear();
        c->turnTicksLeft = 0;
        c->interjectTicksLeft = 0;
    }
    d->restartTimer();
}

ActivityConfig BridgeEngine::activity() const
{
    return d->activity;
}

void BridgeEngine::setClockForTesting(std::function<qint64()> msNow)
{
    d->clock = msNow ? std::move(msNow) : std::function<qint64()>([this] { return d->elapsed.elapsed(); });
}

void BridgeEngine::setWallClockForTesting(std::function<qint64()> msSinceEpoch)
{
    d->wallClock = msSinceEpoch ? std::move(msSinceEpoch)
                                : std::function<qint64()>([] { return QDateTime::currentMSecsSinceEpoch(); });
}

void BridgeEngine::setUuidGeneratorForTesting(std::function<QString()> generator)
{
    d->uuidGen = generator ? std::move(generator) : std::function<QString()>([] {
        return QUuid::createUuid().toString(QUuid::WithoutBraces);
    });
}

void BridgeEngine::setNextMemberIdForTesting(quint32 nextId)
{
    d->nextId = qMax(d->nextId, nextId);
}

void BridgeEngine::setTalkingForTesting(quint32 memberId, bool talking)
{
    Conference *c = nullptr;
    Member *m = d->memberAnywhere(memberId, &c);
    if (!m)
        return;
    d->applyVoice(*c, *m, talking, talking ? qMax(0, m->energy) + 400 : 0);
    d->updateFloor(*c);
}

void BridgeEngine::advanceActivityForTesting(int ticks)
{
    for (int i = 0; i < ticks; ++i)
        d->tick();
}

} // namespace sim
