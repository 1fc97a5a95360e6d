// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// BridgeEngine: construction, the public API and the conference API dispatcher (§1).
#include "bridgeengine.h"

#include "engineprivate.h"
#include "fsutil.h"

#include <QDateTime>
#include <QUuid>

namespace sim {

using namespace sim::engine;

BridgeEngine::Private::Private(BridgeEngine *qq)
    : q(qq)
{
    elapsed.start();
    clock = [this] { return elapsed.elapsed(); };
    wallClock = [] { return QDateTime::currentMSecsSinceEpoch(); };
    uuidGen = [] { return QUuid::createUuid().toString(QUuid::WithoutBraces); };
    coreUuid = QUuid::createUuid().toString(QUuid::WithoutBraces).toUtf8();
    timer.setParent(qq);
    QObject::connect(&timer, &QTimer::timeout, qq, [this] { tick(); });
}

// ==================================================================== dispatcher

// Every family's rows by CommandDef::name; each row must name a sub-command of its kind.
const QHash<QByteArray, BridgeEngine::Private::Handler> &BridgeEngine::Private::handlerIndex()
{
    static const QHash<QByteArray, Handler> index = [] {
        QHash<QByteArray, Handler> h;
        for (const auto family : {memberCommands(), conferenceCommands(), playbackCommands(),
                                  relateCommands(), dialCommands(), listingCommands()}) {
            for (const Handler &row : family) {
                const CommandDef *def = findCommand(row.name);
                Q_ASSERT(def && def->name == QByteArrayView(row.name));
                Q_ASSERT(def->kind == (row.member  ? CommandKind::Member
                                       : row.split ? CommandKind::Split
                                                   : CommandKind::AsOne));
                Q_ASSERT(!h.contains(row.name));
                Q_UNUSED(def);
                h.insert(row.name, row);
            }
        }
        return h;
    }();
    return index;
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
    const auto row = handlerIndex().constFind(name);
    const Handler *handler = row != handlerIndex().cend() ? &*row : nullptr;
    switch (def->kind) {
    case CommandKind::Member:
        // the vid-* rows without a handler answer like an audio-only mixer (mVideo)
        dispatchMember(c, *def, handler ? handler->member : &Private::mVideo, call);
        return;
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
        Q_ASSERT(handler); // every AsOne row (say, saymember, clear-vid-floor) has one
        if (!(this->*handler->text)(c, text, call))
            call.out += syntaxOf(*def);
        return;
    }
    case CommandKind::Split: {
        const SplitFn fn = handler ? handler->split : &Private::sUnsupported;
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

void BridgeEngine::setConferenceSounds(const QString &conference, const ConferenceSounds &sounds)
{
    if (conference.isEmpty()) {
        d->defaultSounds = sounds;
        return;
    }
    d->soundsByConference.insert(conference.toUtf8(), sounds);
    if (Conference *c = d->find(conference.toUtf8()))
        c->sounds = sounds;
}

quint32 BridgeEngine::addMember(const QString &conference, const MemberSpec &spec)
{
    const QByteArray name = conference.toUtf8();
    Conference *c = d->find(name);
    if (!c)
        c = d->createConference(name, true);
    return d->join(*c, spec, false)->id;
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
        c->turnsTaken = 0;
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
