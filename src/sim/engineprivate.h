// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// BridgeEngine::Private: engine state, shared helpers and the sub-command handlers of every family.
#pragma once

#include "bridgeengine.h"
#include "enginecommands.h"
#include "enginemodel.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QPointer>
#include <QTimer>

#include <random>
#include <span>
#include <vector>

namespace sim::engine {

inline QByteArray num(qint64 v)
{
    return QByteArray::number(v);
}

inline bool ieq(QByteArrayView a, QByteArrayView b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

// Files "exist" unless their path says otherwise (documented simulator rule).
inline bool fileExists(QByteArrayView path)
{
    return !path.contains(QByteArrayView("missing")) && !path.contains(QByteArrayView("nonexistent"));
}

// record paths may carry a {var=val} prefix (freeswitch-conference.md §3.6)
inline QByteArray stripParams(const QByteArray &path)
{
    if (path.startsWith('{')) {
        const qsizetype close = path.indexOf('}');
        if (close > 0)
            return path.mid(close + 1);
    }
    return path;
}

inline constexpr qint64 kFilePlayMs = 8000; // simulated length of a played prompt

} // namespace sim::engine

namespace sim {

struct BridgeEngine::Private
{
    using Conference = engine::Conference;
    using Member = engine::Member;
    using PlayingFile = engine::PlayingFile;
    using Headers = QList<QPair<QByteArray, QByteArray>>;

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
    /// CommandKind::AsOne: the raw text after the command name.
    using TextFn = bool (Private::*)(Conference &, const QByteArray &text, Call &);

    /// One row of a family's dispatch table. How arguments arrive, the syntax and the order
    /// come from engine::commandTable(); a row only names the handler.
    struct Handler
    {
        constexpr Handler(const char *n, SplitFn f)
            : name(n)
            , split(f)
        {}
        constexpr Handler(const char *n, MemberFn f)
            : name(n)
            , member(f)
        {}
        constexpr Handler(const char *n, TextFn f)
            : name(n)
            , text(f)
        {}
        const char *name; ///< CommandDef::name
        SplitFn split = nullptr;
        MemberFn member = nullptr;
        TextFn text = nullptr;
    };

    explicit Private(BridgeEngine *qq);

    BridgeEngine *q;
    std::vector<std::unique_ptr<Conference>> conferences; // creation order
    quint32 nextId = 1;
    int ringDelayMs = 1500;
    ConferenceSounds defaultSounds;                   ///< prompts of conferences created from now on
    QHash<QByteArray, ConferenceSounds> soundsByConference; ///< by name, for conferences made later
    /// A profile prompt played to one member, as conference_member_play_file does.
    void promptMember(Member &m, const QString &sound, const QByteArray *data);
    ActivityConfig activity;
    QTimer timer;
    std::mt19937 rng{1};
    QElapsedTimer elapsed;
    std::function<qint64()> clock;
    std::function<qint64()> wallClock;
    std::function<QString()> uuidGen;
    QByteArray coreUuid;
    quint64 eventSequence = 0;
    QHash<QByteArray, engine::RecordingFile> recordingFiles;
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

    // ---------------------------------------------------------------- lookup (enginestate.cpp)
    Conference *find(QByteArrayView name) const;
    Member *memberAnywhere(quint32 id, Conference **conf = nullptr) const;
    static QByteArray variable(const Member &m, QByteArrayView var, bool *found);
    static Member *memberByVar(const Conference &c, QByteArrayView token);
    static Member *memberByStr(const Conference &c, const QByteArray &token);

    // ---------------------------------------------------------------- events (§8, enginestate.cpp)
    Headers baseEvent(const Conference &c);
    static const char *tf(bool b) { return b ? "true" : "false"; }
    void addMemberData(Headers &h, const Conference &c, const Member &m) const;
    void fire(const Headers &h) { emit q->conferenceEvent(h); }
    void conferenceEvent(const Conference &c, QByteArrayView action, const Headers &extra = {});
    void memberEvent(const Conference &c, const Member &m, QByteArrayView action, const Headers &extra = {});

    // ---------------------------------------------------------------- lifecycle (enginestate.cpp)
    Conference *createConference(const QByteArray &name, bool answered);
    quint32 takeId() { return nextId++; }
    /// `sessionId`: the id the session already holds (a transfer re-enters with it), 0 for a new one.
    Member *join(Conference &c, const MemberSpec &spec, bool outbound, const QByteArray &uuid = {},
                 quint32 sessionId = 0);
    void stopRecorder(Conference &c, Member &r);
    /// Removes members that left during a command, then conferences without callers.
    void reap();
    void reapNow();
    void purgeFiles(Conference &c);
    void startRecordingFile(const QByteArray &path);

    // ---------------------------------------------------------------- talk detector and floor
    // (enginestate.cpp)
    void setFloor(Conference &c, Member *m);
    /// The talk detector: voice above the gate turns into talking unless muted (mute-detect shows it).
    void applyVoice(Conference &c, Member &m, bool voice, int level);
    /// Picks who speaks next and for how long (the activity model's turn-taking).
    void startTurn(Conference &c, const QList<Member *> &all, int tickMs);
    void updateFloor(Conference &c);

    // ---------------------------------------------------------------- activity model (engineactivity.cpp)
    void restartTimer();
    double perTick(double perMinute) const { return perMinute * activity.tickMs / 60000.0; }
    void tick();
    QList<Member *> callers(const Conference &c) const;
    void tickConference(Conference &c);

    // ---------------------------------------------------------------- listings (enginelistings.cpp)
    void appendXmlMember(QByteArray &o, const Conference &c, const Member &m) const;
    void appendXmlConference(QByteArray &o, const Conference &c) const;
    QByteArray xmlList(const Conference *only) const;
    QByteArray jsonList(const Conference *only, bool compact) const;
    static void appendListMembers(QByteArray &o, const Conference &c, QByteArrayView d);
    static void appendListPretty(QByteArray &o, const Conference &c);
    static void appendListHeader(QByteArray &o, const Conference &c);
    void list(Conference *conf, const QList<QByteArray> &argv, QByteArray &o);

    // ---------------------------------------------------------------- dispatcher (§1, bridgeengine.cpp)
    void runConferenceApi(Call &call);
    void dispatch(Conference &c, Call &call);
    void dispatchMember(Conference &c, const engine::CommandDef &def, MemberFn fn, Call &call);

    // each family's dispatch table, merged by the dispatcher
    static std::span<const Handler> memberCommands();     // enginemembercommands.cpp
    static std::span<const Handler> conferenceCommands(); // engineconferencecommands.cpp
    static std::span<const Handler> playbackCommands();   // engineplayback.cpp (and recording)
    static std::span<const Handler> relateCommands();     // enginerelate.cpp
    static std::span<const Handler> dialCommands();       // enginedial.cpp
    static std::span<const Handler> listingCommands();    // enginelistings.cpp
    /// The families' rows merged by name (built once).
    static const QHash<QByteArray, Handler> &handlerIndex();

    // member commands (§3.1–§3.3)
    bool ackMember(Conference &, Member &, const QByteArray &word, Call &);
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
    bool adjustVolume(Conference &, Member &, const QByteArray *, Call &, int Member::*level,
                      const char *label, const char *action);
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

    // conference commands (§3.4)
    bool sLock(Conference &, Call &);
    bool sUnlock(Conference &, Call &);
    bool sPin(Conference &, Call &);
    bool sGet(Conference &, Call &);
    bool sSet(Conference &, Call &);
    bool sGetVar(Conference &, Call &);
    bool sSetVar(Conference &, Call &);
    bool sSounds(Conference &, Call &);
    bool sUnsupported(Conference &, Call &);
    bool tClearVidFloor(Conference &, const QByteArray &text, Call &);

    // listings (§5, §6)
    bool sCount(Conference &, Call &);
    bool sList(Conference &, Call &);
    bool sXmlList(Conference &, Call &);
    bool sJsonList(Conference &, Call &);

    // files and prompts (§3.3)
    bool sPlay(Conference &, Call &);
    bool sStop(Conference &, Call &);
    bool sMoh(Conference &, Call &);
    bool sPausePlay(Conference &, Call &);
    bool sPlayStatus(Conference &, Call &);
    bool sFileVol(Conference &, Call &);
    bool sFileSeek(Conference &, Call &);
    bool fileTarget(Conference &c, Call &call, qsizetype memberArg, PlayingFile **file);
    void queueMemberFile(Member &m, const QByteArray &path);
    void queueConferenceFile(Conference &c, const QByteArray &path);
    bool say(Conference &, const QByteArray &text, Call &);
    bool sayMember(Conference &, const QByteArray &text, Call &);

    // recording (§3.6)
    bool sRecord(Conference &, Call &);
    bool sNoRecord(Conference &, Call &);
    bool sCheckRecord(Conference &, Call &);
    bool sPauseRecord(Conference &, Call &);
    bool sRecording(Conference &, Call &);

    // relate (§7)
    bool sRelate(Conference &, Call &);

    // dial / bgdial on an existing or missing conference, transfer (§3.2, §3.5)
    bool sDial(Conference &, Call &);
    bool sBgDial(Conference &, Call &);
    bool sTransfer(Conference &, Call &);
    bool dial(const QByteArray &confName, bool existed, Call &call, bool background);
    void completeDial(const QByteArray &confName, const QByteArray &dialString, const QByteArray &cidNumber,
                      const QByteArray &cidName, bool created, const QByteArray &uuid);
    static QByteArray dialCause(const QByteArray &dialString);

    // population (engineloadxml.cpp)
    bool loadXml(const QByteArray &document, QString *error);
};

} // namespace sim
