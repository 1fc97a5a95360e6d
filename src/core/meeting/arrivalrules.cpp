// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/meeting/arrivalrules.h"

#include "core/meeting/meetingvariables.h"
#include "core/model/membername.h"

#include <QTimer>

#include <memory>
#include <utility>

namespace cc {

namespace {

QString digitsOf(const QString &s)
{
    QString d;
    for (QChar c : s) {
        if (c.isDigit())
            d += c;
    }
    return d;
}

QString waitingValue(const ArrivalSettings &s)
{
    return s.waitingRoom ? QStringLiteral("on") : QString();
}

QString muteValue(const ArrivalSettings &s)
{
    if (!s.muteOnEntry)
        return {};
    return s.muteModerators ? QStringLiteral("all") : QStringLiteral("callers");
}

/// Two or more answers that make one action: the first failure speaks for them all.
struct Combined
{
    int waiting = 0;
    CommandOutcome first;
    std::optional<CommandOutcome> failure;
    qint64 firstAnsweredMs = -1;
};

} // namespace

ArrivalRules::ArrivalRules(CommandSender *sender, const QString &conference, QObject *parent)
    : QObject(parent)
    , m_sender(sender)
    , m_conference(conference)
{
    m_monotonic.start();
    m_clock = [this] { return m_monotonic.elapsed(); };
}

ArrivalRules::~ArrivalRules() = default;

void ArrivalRules::setClock(Clock clock)
{
    m_clock = clock ? std::move(clock) : Clock([this] { return m_monotonic.elapsed(); });
}

qint64 ArrivalRules::now() const
{
    return m_clock();
}

void ArrivalRules::setSettings(const ArrivalSettings &settings, bool publishToSwitch)
{
    if (settings == m_settings)
        return;
    m_settings = settings;
    if (publishToSwitch)
        publish();
    emit settingsChanged(m_settings);
}

void ArrivalRules::publish()
{
    // An empty value deletes the variable (conference_api_sub_setvar), so "off" leaves no trace.
    // One setvar per variable at a time: two in flight over REST may arrive in either order, and
    // the older would win. What changed meanwhile goes out when the answers are in.
    if (m_publishing > 0) {
        m_republish = true;
        return;
    }
    const QList<std::pair<QLatin1StringView, QString>> wanted{
        {meetingvar::WaitingRoom, waitingValue(m_settings)},
        {meetingvar::MuteOnEntry, muteValue(m_settings)}};
    QList<std::pair<QLatin1StringView, QString>> changed;
    for (const auto &[name, value] : wanted) {
        const auto known = m_published.constFind(name);
        if (known == m_published.cend() || *known != value)
            changed.append({name, value});
    }
    m_publishing = int(changed.size());
    for (const auto &[name, value] : std::as_const(changed)) {
        m_published.insert(name, value);
        m_sender->send(m_conference, ConferenceCommand::setVar(name, value), [this](const CommandOutcome &) {
            if (--m_publishing > 0)
                return;
            if (std::exchange(m_republish, false))
                publish();
        });
    }
}

void ArrivalRules::expectOwnCall(const QStringList &callerIds, int withinMs)
{
    QStringList ids;
    for (const QString &id : callerIds) {
        if (!id.trimmed().isEmpty())
            ids << id.trimmed();
    }
    if (!ids.isEmpty())
        m_ownCalls.append({ids, now() + withinMs});
}

void ArrivalRules::expectReturn(const QList<quint32> &memberIds)
{
    for (quint32 id : memberIds)
        m_known.insert(id);
}

bool ArrivalRules::isOwnCall(const Participant &p)
{
    const qint64 t = now();
    m_ownCalls.removeIf([t](const OwnCall &c) { return c.untilMs < t; });
    const QString number = digitsOf(p.callerIdNumber);
    for (qsizetype i = 0; i < m_ownCalls.size(); ++i) {
        for (const QString &id : m_ownCalls.at(i).callerIds) {
            const QString digits = digitsOf(id);
            const bool sameNumber = !digits.isEmpty() && digits == number;
            const bool sameName = !p.callerIdName.isEmpty() && id == p.callerIdName;
            if (sameNumber || sameName) {
                m_ownCalls.removeAt(i);
                return true;
            }
        }
    }
    return false;
}

void ArrivalRules::adoptVariables(const ConferenceSnapshot &snapshot)
{
    if (snapshot.uuid.isEmpty())
        return; // nobody there: FreeSWITCH has no conference, hence no variables
    const std::optional<QString> waiting = meetingvar::value(snapshot, meetingvar::WaitingRoom);
    const std::optional<QString> mute = meetingvar::value(snapshot, meetingvar::MuteOnEntry);
    const bool first = !m_sawSnapshot;
    const bool changed = waiting != m_lastWaitingVar || mute != m_lastMuteVar;
    m_sawSnapshot = true;
    m_lastWaitingVar = waiting;
    m_lastMuteVar = mute;
    if (first && !waiting && !mute) {
        // A conference that does not know the settings yet (new, or started after they were
        // chosen): tell it, so others see them.
        if (m_settings.isActive())
            publish();
        return;
    }
    // Only a change counts after the first look: a listing older than our own setvar must not
    // undo it.
    if (!first && !changed)
        return;
    m_published.insert(meetingvar::WaitingRoom, waiting.value_or(QString()));
    m_published.insert(meetingvar::MuteOnEntry, mute.value_or(QString()));
    ArrivalSettings s = m_settings;
    s.waitingRoom = waiting.value_or(QString()) == u"on";
    const QString m = mute.value_or(QString());
    s.muteOnEntry = m == u"all" || m == u"callers";
    s.muteModerators = m == u"all";
    setSettings(s, false);
}

void ArrivalRules::observe(const ConferenceSnapshot &snapshot)
{
    adoptVariables(snapshot);
    const qint64 seenAt = now();
    QHash<quint32, Participant> present;
    present.reserve(snapshot.members.size());
    QList<const Participant *> arrivals;
    for (const Participant &p : snapshot.members) {
        if (present.contains(p.id))
            continue;
        present.insert(p.id, p);
        if (!m_known.contains(p.id)) {
            m_known.insert(p.id);
            // The first listing is what was there before the rules looked: left alone.
            if (m_haveBaseline)
                arrivals << &p;
        }
    }
    m_haveBaseline = true;
    m_present = std::move(present);
    // xml_list lists the newest first: act in join order.
    for (auto it = arrivals.crbegin(); it != arrivals.crend(); ++it)
        onArrival(**it, seenAt);
}

QString ArrivalRules::labelOf(quint32 id) const
{
    const auto it = m_present.constFind(id);
    return it == m_present.cend() ? memberLabel(id) : memberLabel(*it);
}

void ArrivalRules::report(ArrivalAction::Kind kind, quint32 id, const CommandOutcome &outcome,
                          qint64 latencyMs)
{
    ArrivalAction a;
    a.kind = kind;
    a.memberId = id;
    a.memberLabel = labelOf(id);
    a.ok = outcome.ok();
    a.message = outcome.ok() ? outcome.payload.trimmed() : outcome.message;
    a.latencyMs = latencyMs;
    emit acted(a);
}

void ArrivalRules::onArrival(const Participant &p, qint64 seenAtMs)
{
    const bool own = isOwnCall(p);
    const bool wait = m_settings.waitingRoom && !p.isModerator && !own && !p.hold;
    const bool mute = m_settings.muteOnEntry && (!p.isModerator || m_settings.muteModerators);
    const quint32 id = p.id;
    const QString sel = QString::number(id);
    if (wait) {
        // Hold first, so nobody hears them, then deaf, so they hear nothing of the meeting; muted
        // as well when mute on entry applies, so they are admitted muted.
        auto state = std::make_shared<Combined>();
        QList<ConferenceCommand> commands{ConferenceCommand::hold(sel, m_settings.holdMusic),
                                          ConferenceCommand::deaf(sel)};
        if (mute)
            commands << ConferenceCommand::mute(sel);
        state->waiting = int(commands.size());
        for (const ConferenceCommand &command : std::as_const(commands)) {
            m_sender->send(m_conference, command, [this, state, id, seenAtMs](const CommandOutcome &o) {
                if (state->firstAnsweredMs < 0) {
                    state->firstAnsweredMs = now();
                    state->first = o;
                }
                if (!o.ok() && !state->failure)
                    state->failure = o;
                if (--state->waiting == 0)
                    report(ArrivalAction::Kind::Held, id, state->failure.value_or(state->first),
                           state->firstAnsweredMs - seenAtMs);
            });
        }
        return;
    }
    if (mute) {
        m_sender->send(m_conference, ConferenceCommand::mute(sel),
                       [this, id, seenAtMs](const CommandOutcome &o) {
                           report(ArrivalAction::Kind::Muted, id, o, now() - seenAtMs);
                       });
    }
}

void ArrivalRules::admit(const QList<quint32> &memberIds)
{
    for (quint32 id : memberIds) {
        const QString sel = QString::number(id);
        const auto it = m_present.constFind(id);
        const bool moderator = it != m_present.cend() && it->isModerator;
        QList<ConferenceCommand> commands;
        if (m_settings.muteOnEntry && (!moderator || m_settings.muteModerators))
            commands << ConferenceCommand::mute(sel);
        commands << ConferenceCommand::undeaf(sel) << ConferenceCommand::unhold(sel);
        auto state = std::make_shared<Combined>();
        state->waiting = int(commands.size());
        for (const ConferenceCommand &command : std::as_const(commands)) {
            m_sender->send(m_conference, command, [this, state, id](const CommandOutcome &o) {
                state->first = o; // the last answer (unhold) speaks when all went well
                if (!o.ok() && !state->failure)
                    state->failure = o;
                if (--state->waiting == 0)
                    report(ArrivalAction::Kind::Admitted, id, state->failure.value_or(state->first));
            });
        }
    }
}

void ArrivalRules::sendToWaitingRoom(const QList<quint32> &memberIds)
{
    for (quint32 id : memberIds) {
        const QString sel = QString::number(id);
        auto state = std::make_shared<Combined>();
        state->waiting = 2;
        for (const ConferenceCommand &command :
             {ConferenceCommand::hold(sel, m_settings.holdMusic), ConferenceCommand::deaf(sel)}) {
            m_sender->send(m_conference, command, [this, state, id](const CommandOutcome &o) {
                if (state->firstAnsweredMs < 0) {
                    state->firstAnsweredMs = 0;
                    state->first = o;
                }
                if (!o.ok() && !state->failure)
                    state->failure = o;
                if (--state->waiting == 0)
                    report(ArrivalAction::Kind::SentBack, id, state->failure.value_or(state->first));
            });
        }
    }
}

void ArrivalRules::deny(quint32 memberId, const QString &file, int maxWaitMs)
{
    const QString sel = QString::number(memberId);
    if (file.trimmed().isEmpty()) {
        m_sender->send(m_conference, ConferenceCommand::kick(sel), [this, memberId](const CommandOutcome &o) {
            report(ArrivalAction::Kind::Denied, memberId, o);
        });
        return;
    }
    // kick's own file plays only where the profile has a kicked-sound (mod_conference.c), so the
    // file is played first and the kick follows when it has ended. What played before (the hold
    // music) stops, so play_status speaks of this file alone.
    m_sender->send(m_conference, ConferenceCommand::stop(QStringLiteral("all"), memberId));
    const qint64 deadline = now() + maxWaitMs;
    m_sender->send(m_conference, ConferenceCommand::play(file.trimmed(), memberId),
                   [this, memberId, deadline](const CommandOutcome &o) {
                       if (!o.ok()) {
                           // The file could not play: turn them away all the same, and say why.
                           m_sender->send(m_conference, ConferenceCommand::kick(QString::number(memberId)),
                                          [this, memberId, o](const CommandOutcome &kick) {
                                              CommandOutcome shown = kick;
                                              if (kick.ok())
                                                  shown.payload = tr("%1 (the file did not play: %2)")
                                                                      .arg(kick.payload.trimmed(), o.message);
                                              report(ArrivalAction::Kind::Denied, memberId, shown);
                                          });
                           return;
                       }
                       pollPlayStatus(memberId, deadline);
                   });
}

void ArrivalRules::pollPlayStatus(quint32 memberId, qint64 deadlineMs)
{
    QTimer::singleShot(m_playStatusIntervalMs, this, [this, memberId, deadlineMs] {
        m_sender->send(m_conference, ConferenceCommand::playStatus(memberId),
                       [this, memberId, deadlineMs](const CommandOutcome &o) {
                           // "+OK <pos>/<duration> <path>" while it plays; "-ERR Nothing is playing"
                           // once it ended (freeswitch-conference.md §3.8).
                           const bool playing = o.ok() && o.payload.trimmed().startsWith(u"+OK");
                           if (playing && now() < deadlineMs) {
                               pollPlayStatus(memberId, deadlineMs);
                               return;
                           }
                           m_sender->send(m_conference, ConferenceCommand::kick(QString::number(memberId)),
                                          [this, memberId](const CommandOutcome &kick) {
                                              report(ArrivalAction::Kind::Denied, memberId, kick);
                                          });
                       });
    });
}

} // namespace cc
