// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Files, prompts and recording: play … say, record … recording (freeswitch-conference.md §3.3, §3.6).
#include "engineprivate.h"

#include "fsutil.h"

#include <QRegularExpression>

#include <limits>

namespace sim {

using namespace sim::engine;

std::span<const BridgeEngine::Private::Handler> BridgeEngine::Private::playbackCommands()
{
    static constexpr Handler rows[] = {
        {"play", &Private::sPlay},
        {"stop", &Private::sStop},
        {"moh", &Private::sMoh},
        {"pause_play", &Private::sPausePlay},
        {"play_status", &Private::sPlayStatus},
        {"file-vol", &Private::sFileVol},
        {"file_seek", &Private::sFileSeek},
        {"say", &Private::say},
        {"saymember", &Private::sayMember},
        {"record", &Private::sRecord},
        {"norecord", &Private::sNoRecord},
        {"chkrecord", &Private::sCheckRecord},
        {"pause", &Private::sPauseRecord},
        {"resume", &Private::sPauseRecord},
        {"recording", &Private::sRecording},
    };
    return rows;
}

// ==================================================================== files and prompts (§3.3)
//
// What conference_file_play keeps (conference_file.c, 1.10.12): `play <file>` queues onto the
// conference's fnode list, played head first; `play <file> async` takes the one async slot
// (replacing what was there, music on hold too); a member's files queue on its own fnode.
// play_status, pause_play and file_seek look at the head of the non-async queue only.

namespace {

/// How long a file plays here: a tone stream as its pattern says (each %(on,off,…) group,
/// times loops; loops=-1 without end), silence_stream://<ms> that long, other streams without end,
/// and a file the simulated prompt length (the simulator cannot open it).
qint64 playLengthMs(const QByteArray &path)
{
    constexpr qint64 endless = std::numeric_limits<qint64>::max() / 4;
    const qsizetype scheme = path.indexOf("://");
    if (scheme < 0)
        return kFilePlayMs;
    const QByteArray kind = path.left(scheme);
    const QByteArray rest = path.mid(scheme + 3);
    if (kind == "silence_stream") {
        const qint64 ms = rest.split(',').value(0).toLongLong();
        return ms < 0 ? endless : ms;
    }
    if (kind != "tone_stream")
        return kind.endsWith("_stream") ? endless : kFilePlayMs;
    static const QRegularExpression group(QStringLiteral(R"(%\((\d+),(\d+))"));
    static const QRegularExpression loops(QStringLiteral(R"(loops=(-?\d+))"));
    const QString text = QString::fromUtf8(rest);
    qint64 cycle = 0;
    for (auto it = group.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        cycle += m.captured(1).toLongLong() + m.captured(2).toLongLong();
    }
    const auto l = loops.match(text);
    const qint64 times = l.hasMatch() ? l.captured(1).toLongLong() : 1;
    return times < 0 ? endless : cycle * std::max<qint64>(1, times);
}

/// Queues `path` after the files already queued (non-async ones).
void enqueue(QList<PlayingFile> &files, const QByteArray &path, qint64 now)
{
    qint64 start = now;
    for (const PlayingFile &f : files) {
        if (!f.async)
            start = std::max(start, f.endMs);
    }
    files.append({path, false, start + playLengthMs(path)});
}

/// The file playing at the head of the non-async queue, or nullptr.
PlayingFile *headOf(QList<PlayingFile> &files)
{
    for (PlayingFile &f : files) {
        if (!f.async)
            return &f;
    }
    return nullptr;
}

PlayingFile *asyncOf(QList<PlayingFile> &files)
{
    for (PlayingFile &f : files) {
        if (f.async)
            return &f;
    }
    return nullptr;
}

/// A stream's handle keeps the path after the scheme, and has neither position nor duration
/// (1.10.12: "+OK 0/0 %(3000,0,350);loops=1").
bool isStream(const QByteArray &path)
{
    const qsizetype scheme = path.indexOf("://");
    return scheme > 0 && path.left(scheme).endsWith("_stream");
}

} // namespace

void BridgeEngine::Private::queueMemberFile(Member &m, const QByteArray &path)
{
    enqueue(m.files, path, now());
}

void BridgeEngine::Private::queueConferenceFile(Conference &c, const QByteArray &path)
{
    enqueue(c.files, path, now());
}

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
            if (async) {
                c.files.removeIf([](const PlayingFile &f) { return f.async; }); // one async slot
                c.files.append({a.at(2), true, now() + playLengthMs(a.at(2))});
            } else {
                enqueue(c.files, a.at(2), now());
            }
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
                enqueue(m->files, a.at(2), now());
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
    // conference_file_stop / conference_member_stop_file: what is queued counts, played or not.
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
        stopped = all ? m->files.size() : qMin<qsizetype>(1, m->files.size()); // current = async = head
        m->files.remove(0, stopped);
    } else if (current) {
        if (PlayingFile *head = headOf(c.files)) {
            const QByteArray path = head->path;
            c.files.removeIf([&path](const PlayingFile &f) { return !f.async && f.path == path; });
            stopped = 1;
        }
    } else if (async) {
        stopped = c.files.removeIf([](const PlayingFile &f) { return f.async; });
    } else {
        stopped = c.files.size();
        c.files.clear();
    }
    call.out += "+OK Stopped " + num(stopped) + " files.\n";
    return true;
}

bool BridgeEngine::Private::sMoh(Conference &c, Call &call)
{
    // conference_api_set_moh: toggle/on/off switch the NO_MOH flag, reset forgets the temporary
    // sound, anything else becomes it; turning music off or choosing a new one stops the async
    // files (the music plays as one).
    if (call.argv.size() < 3) {
        call.out += "-ERR invalid moh param\n";
        return true;
    }
    const QByteArray what = call.argv.at(2);
    if (ieq(what, "toggle"))
        c.noMoh = !c.noMoh;
    else if (ieq(what, "on"))
        c.noMoh = false;
    else if (ieq(what, "off"))
        c.noMoh = true;
    else if (ieq(what, "reset"))
        c.tmpMohSound.clear();
    else
        c.tmpMohSound = what;
    if (c.noMoh || !c.tmpMohSound.isEmpty())
        c.files.removeIf([](const PlayingFile &f) { return f.async; });
    call.out += "+OK moh\n";
    return true;
}

/// The head file of the conference, or with a member argument of that member; false (and the
/// answer written) when the member is unknown.
bool BridgeEngine::Private::fileTarget(Conference &c, Call &call, qsizetype memberArg, PlayingFile **file)
{
    purgeFiles(c);
    *file = nullptr;
    if (call.argv.size() > memberArg) {
        Member *m = memberByStr(c, call.argv.at(memberArg));
        if (!m) {
            call.out += "-ERR Member: " + call.argv.at(memberArg) + " not found.\n"; // then the usage
            return false;
        }
        *file = headOf(m->files);
        return true;
    }
    *file = headOf(c.files);
    return true;
}

bool BridgeEngine::Private::sPausePlay(Conference &c, Call &call)
{
    if (call.argv.size() > 3)
        return false;
    PlayingFile *f = nullptr;
    if (!fileTarget(c, call, 2, &f))
        return false;
    if (f) { // nothing playing: nothing printed
        f->paused = !f->paused;
        call.out += f->paused ? "+OK Pause\n" : "+OK Resume\n";
    }
    return true;
}

bool BridgeEngine::Private::sPlayStatus(Conference &c, Call &call)
{
    // conference_api_sub_play_status + conference_fnode_check_status (mod_conference.c)
    if (call.argv.size() > 3)
        return false;
    PlayingFile *f = nullptr;
    if (!fileTarget(c, call, 2, &f))
        return false;
    if (!f) {
        call.out += "-ERR Nothing is playing\n";
        return true;
    }
    if (isStream(f->path)) {
        call.out += "+OK 0/0 " + f->path.mid(f->path.indexOf("://") + 3) + "\n";
        return true;
    }
    const qint64 pos = kFilePlayMs - (f->endMs - now());
    call.out += "+OK " + num(pos) + "/" + num(kFilePlayMs) + " " + f->path + "\n";
    return true;
}

bool BridgeEngine::Private::sFileSeek(Conference &c, Call &call)
{
    if (call.argv.size() < 3 || call.argv.size() > 4)
        return false;
    PlayingFile *f = nullptr;
    if (!fileTarget(c, call, 3, &f))
        return false;
    if (!f || isStream(f->path))
        return true; // nothing seekable: nothing printed
    // samples at the conference's 8 kHz: "+N"/"-N" from the position, "N" absolute
    const QByteArray v = call.argv.at(2);
    const qint64 step = fs::atoi(v) == 0 ? 1000 : fs::atoi(v);
    const qint64 posMs = kFilePlayMs - (f->endMs - now());
    const qint64 target =
        (v.startsWith('+') || v.startsWith('-')) ? std::max<qint64>(0, posMs * 8 + step * 8) : fs::atoi(v) * 8;
    call.out += "+OK seek to position " + num(target) + "\n";
    return true;
}

bool BridgeEngine::Private::sFileVol(Conference &c, Call &call)
{
    if (call.argv.size() < 3) {
        call.out += "-ERR missing args\n";
        return false;
    }
    purgeFiles(c);
    // conference_api_sub_file_vol: a third word other than "async" picks the async file; "async"
    // itself (a 1.10.12 slip) the queued one.
    const bool pickAsync = call.argv.size() > 3 && !ieq(call.argv.at(3), "async");
    const PlayingFile *f = pickAsync ? asyncOf(c.files) : headOf(c.files);
    if (!f) {
        call.out += "-ERR File not playing\n";
        return false;
    }
    call.out += "+OK volume changed\n";
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

} // namespace sim
