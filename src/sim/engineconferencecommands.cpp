// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Conference commands: lock, pin, get/set, conference variables, sounds (freeswitch-conference.md §3.4).
#include "engineprivate.h"

#include "fsutil.h"

#include <algorithm>

namespace sim {

using namespace sim::engine;

std::span<const BridgeEngine::Private::Handler> BridgeEngine::Private::conferenceCommands()
{
    static constexpr Handler rows[] = {
        {"lock", &Private::sLock},
        {"unlock", &Private::sUnlock},
        {"pin", &Private::sPin},
        {"nopin", &Private::sPin},
        {"get", &Private::sGet},
        {"set", &Private::sSet},
        {"getvar", &Private::sGetVar},
        {"setvar", &Private::sSetVar},
        {"enter_sound", &Private::sSounds},
        {"exit_sound", &Private::sSounds},
        {"clear-vid-floor", &Private::tClearVidFloor},
    };
    return rows;
}

bool BridgeEngine::Private::sLock(Conference &c, Call &call)
{
    c.locked = true;
    if (!c.sounds.isLocked.isEmpty()) // conference_file_play of is-locked-sound
        queueConferenceFile(c, c.sounds.isLocked.toUtf8());
    call.out += "+OK " + c.name + " locked\n";
    conferenceEvent(c, "lock");
    return true;
}

bool BridgeEngine::Private::sUnlock(Conference &c, Call &call)
{
    c.locked = false;
    if (!c.sounds.isUnlocked.isEmpty())
        queueConferenceFile(c, c.sounds.isUnlocked.toUtf8());
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
    // Both -ERR answers return SWITCH_STATUS_GENERR, so the usage line follows (conference_api.c
    // conference_api_sub_enter_sound; seen on a real 1.10.12 switch).
    if (call.argv.size() < 3) {
        call.out += "-ERR Not enough args\n";
        return false;
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
        return false;
    }
    return true;
}

bool BridgeEngine::Private::sUnsupported(Conference &c, Call &call)
{
    // The conference-level video commands of an audio-only conference (no canvas), as
    // conference_api.c of 1.10.12 answers them: most refuse for want of the video mixer, some
    // check their arguments first.
    const QByteArray cmd = call.argv.at(1).toLower();
    const qsizetype argc = call.argv.size();
    if ((cmd == "vid-layout" || cmd == "vid-write-png" || cmd == "vid-bandwidth") && argc < 3) {
        call.out += "-ERR Invalid input\n";
        return true;
    }
    if (cmd == "vid-bandwidth") {
        if (argc > 4)
            call.out += "-ERR Invalid canvas\n";
        call.out += "-ERR Bandwidth not set\n";
        return true;
    }
    if (cmd == "vid-personal") {
        call.out += "-ERR conference is not in mixing mode\n"; // lower case, as it prints
        return true;
    }
    if (cmd == "canvas-auto-clear") {
        // With a canvas id >= 1 the real 1.10.12 dereferences canvases[0] of an audio-only
        // conference and crashes; the simulator answers as for the safe forms.
        call.out += "+OK\n";
        return true;
    }
    if (cmd == "vid-res-id") {
        // Argument-split: bad counts and unknown members print the usage alone; a member
        // without video answers nothing.
        if (argc < 3 || argc > 5)
            return false;
        const QByteArray &who = call.argv.at(2);
        if (ieq(who, "all"))
            return argc == 3 || ieq(call.argv.at(3), "clear");
        return memberByStr(c, who) != nullptr;
    }
    call.out += "-ERR Conference is not in mixing mode\n";
    return true;
}

bool BridgeEngine::Private::tClearVidFloor(Conference &, const QByteArray &, Call &call)
{
    call.out += "+OK floor Cleared\n";
    return true;
}

} // namespace sim
