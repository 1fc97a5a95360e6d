// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Member commands: mute … agc, one member at a time (freeswitch-conference.md §3.1–§3.3).
#include "engineprivate.h"

#include "fsutil.h"

namespace sim {

using namespace sim::engine;

std::span<const BridgeEngine::Private::Handler> BridgeEngine::Private::memberCommands()
{
    static constexpr Handler rows[] = {
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
        {"auto-3d-position", &Private::sNoOpenAl},
    };
    return rows;
}

// "+OK <word> <id>" and the "<word>-member" event: every flag toggle answers this way (§3.1)
bool BridgeEngine::Private::ackMember(Conference &c, Member &m, const QByteArray &word, Call &call)
{
    call.out += "+OK " + word + " " + num(m.id) + "\n";
    memberEvent(c, m, QByteArray(word + "-member"));
    return true;
}

void BridgeEngine::Private::promptMember(Member &m, const QString &sound, const QByteArray *data)
{
    // MFLAG_INDICATE_*: the member's output loop plays the profile's prompt, unless "quiet".
    if (sound.isEmpty() || (data && data->contains("quiet")))
        return;
    queueMemberFile(m, sound.toUtf8());
}

bool BridgeEngine::Private::mMute(Conference &c, Member &m, const QByteArray *data, Call &call)
{
    m.canSpeak = false;
    m.talking = false;
    m.currentEnergy = 0;
    promptMember(m, c.sounds.muted, data);
    return ackMember(c, m, "mute", call);
}

bool BridgeEngine::Private::mUnmute(Conference &c, Member &m, const QByteArray *data, Call &call)
{
    m.canSpeak = true;
    promptMember(m, c.sounds.unmuted, data);
    return ackMember(c, m, "unmute", call);
}

bool BridgeEngine::Private::mTmute(Conference &c, Member &m, const QByteArray *data, Call &call)
{
    return m.canSpeak ? mMute(c, m, data, call) : mUnmute(c, m, data, call);
}

bool BridgeEngine::Private::mDeaf(Conference &c, Member &m, const QByteArray *data, Call &call)
{
    m.canHear = false;
    promptMember(m, c.sounds.deaf, data);
    return ackMember(c, m, "deaf", call);
}

bool BridgeEngine::Private::mUndeaf(Conference &c, Member &m, const QByteArray *data, Call &call)
{
    m.canHear = true;
    promptMember(m, c.sounds.undeaf, data);
    return ackMember(c, m, "undeaf", call);
}

bool BridgeEngine::Private::mHold(Conference &c, Member &m, const QByteArray *data, Call &call)
{
    m.talking = false;
    m.hold = true;
    if (data && !data->isEmpty())
        queueMemberFile(m, *data);
    return ackMember(c, m, "hold", call);
}

bool BridgeEngine::Private::mUnhold(Conference &c, Member &m, const QByteArray *, Call &call)
{
    m.hold = false;
    m.files.clear(); // unhold stops the files playing to the member
    return ackMember(c, m, "unhold", call);
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
    ackMember(c, m, "hup", call);
    m.leaving = true;
    return true;
}

// up/down move by 200 within 0..1800
static int stepEnergy(int current, const QByteArray &data)
{
    if (ieq(data, "up"))
        return qMin(current + 200, 1800);
    if (ieq(data, "down"))
        return qMax(current - 200, 0);
    return fs::atoi(data);
}

bool BridgeEngine::Private::mEnergy(Conference &c, Member &m, const QByteArray *data, Call &call)
{
    if (data)
        m.energy = stepEnergy(m.energy, *data); // no clamping of a typed value (§3.1)
    call.out += "Energy " + num(m.id) + " = " + num(m.energy) + "\n";
    if (data)
        memberEvent(c, m, "energy-level-member", {{"Energy-Level", num(m.energy)}});
    return true;
}

static int normalizeVolume(int v)
{
    return qBound(-4, v, 4); // switch_normalize_volume
}

static int stepVolume(int current, const QByteArray &data)
{
    if (ieq(data, "up"))
        return normalizeVolume(current + 1);
    if (ieq(data, "down"))
        return normalizeVolume(current - 1);
    return normalizeVolume(fs::atoi(data));
}

bool BridgeEngine::Private::adjustVolume(Conference &c, Member &m, const QByteArray *data, Call &call,
                                         int Member::*level, const char *label, const char *action)
{
    if (data)
        m.*level = stepVolume(m.*level, *data);
    call.out += QByteArray("+OK Volume ") + label + " " + num(m.id) + " = " + num(m.*level) + "\n";
    if (data)
        memberEvent(c, m, action, {{"Volume-Level", num(m.*level)}});
    return true;
}

bool BridgeEngine::Private::mVolumeIn(Conference &c, Member &m, const QByteArray *data, Call &call)
{
    return adjustVolume(c, m, data, call, &Member::volumeIn, "IN", "volume-in-member");
}

bool BridgeEngine::Private::mVolumeOut(Conference &c, Member &m, const QByteArray *data, Call &call)
{
    return adjustVolume(c, m, data, call, &Member::volumeOut, "OUT", "volume-out-member");
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

bool BridgeEngine::Private::mVideo(Conference &c, Member &m, const QByteArray *data, Call &call)
{
    // the video flags exist on audio members too; vblind clears can_see (§4.3). Each plays the
    // matching prompt, as mute does: vmute the muted-sound, vblind the deaf-sound
    // (conference_api_sub_vmute, _vblind, … set MFLAG_INDICATE_*).
    const QByteArray cmd = call.argv.at(1).toLower();
    QByteArray word;
    QString prompt;
    if (cmd == "vmute" || (cmd == "tvmute" && !m.videoMuted)) {
        m.videoMuted = true;
        word = "vmute";
        prompt = c.sounds.muted;
    } else if (cmd == "unvmute" || cmd == "tvmute") {
        m.videoMuted = false;
        word = "unvmute";
        prompt = c.sounds.unmuted;
    } else if (cmd == "vblind" || (cmd == "tvblind" && m.canSee)) {
        m.canSee = false;
        word = "vblind";
        prompt = c.sounds.deaf;
    } else if (cmd == "unvblind" || cmd == "tvblind") {
        m.canSee = true;
        word = "unvblind";
        prompt = c.sounds.undeaf;
    } else {
        // The member's channel has no video: what each command of conference_api.c (1.10.12)
        // does then. Empty output is what the event socket shows as "-ERR no reply".
        if (cmd == "vid-banner" || cmd == "vid-filter")
            call.out += "+OK\n";
        else if (cmd == "vid-flip")
            call.out += "+OK flipped " + num(m.id) + "\n";
        else if (cmd == "vid-border")
            call.out += data && !data->isEmpty() ? "-ERR Channel " + m.channel + " is not in a video layer\n"
                                                 : QByteArray("-ERR No text supplied\n");
        else if (cmd == "vid-canvas" || cmd == "vid-watching-canvas" || cmd == "vid-layer")
            call.out += "-ERR Invalid DATA\n"; // vid-layer with a value crashes a real 1.10.12
        else if (cmd == "vid-floor" || cmd == "vid-mute-img" || cmd == "vid-logo-img" || cmd == "vid-codec-group" ||
                 cmd == "vid-role-id")
            ; // "does not have video capability": nothing printed
        else if (!call.out.endsWith("-ERR Conference is not in mixing mode\n"))
            call.out += "-ERR Conference is not in mixing mode\n"; // vmute-snap
        return true;
    }
    promptMember(m, prompt, data);
    return ackMember(c, m, word, call);
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

} // namespace sim
