// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace cc {

enum class CommandId {
    BgDial,
    Deaf,
    Dial,
    Dtmf,
    Energy,
    Hup,
    Kick,
    List,
    ListCount,
    Lock,
    Mute,
    NoRecord,
    NoPin,
    Pin,
    Play,
    Record,
    Relate,
    RelateList,
    Say,
    SayMember,
    Stop,
    Transfer,
    Unmute,
    Undeaf,
    Unlock,
    VolumeIn,
    VolumeOut,
    XmlList,
    Invite,
    InviteIm,
    RecordStart,
    RecordStop,
    RecordStatus,
    RecordDuration,
    TMute,
    Floor,
    Hold,
    Unhold,
    RecordingPause,
    RecordingResume,
    RecordingCheck,
    Get,
    Set,
    Count,
    SetVar,
    GetVar,
    PlayStatus,
    Invalid, ///< parse() of an unknown command word; never valid
};

/// `relate` flags (freeswitch-conference.md §7.1). NoSpeakNoHear is sent as the single token
/// "nospeak,nohear": separate tokens would set only the first flag.
enum class RelateFlag { NoSpeak, NoHear, NoSpeakNoHear, Clear };

/// Arguments of `dial` / `bgdial`, rendered as `{k=v,k2=v2}endpoint/destination <number> <name>`.
struct DialRequest
{
    QString endpoint;    ///< endpoint module: sofia, loopback, user, ...
    QString destination; ///< everything after "endpoint/", e.g. default/1000@softswitch
    QString callerIdNumber;
    QString callerIdName;
    QList<QPair<QString, QString>> variables;
};

/// A validated mod_conference command plus its two encodings: the sipXconfig REST path segment
/// and the FreeSWITCH API line. Value type; invalid commands carry a translated reason.
class ConferenceCommand final
{
    Q_DECLARE_TR_FUNCTIONS(cc::ConferenceCommand)

public:
    ConferenceCommand() = default;

    // Factories validate; on bad input the returned command is invalid and error() says why
    // (translated, one sentence a moderator understands).
    static ConferenceCommand mute(const QString &selector); // id | all | last | non_moderator
    static ConferenceCommand unmute(const QString &selector);
    static ConferenceCommand deaf(const QString &selector);
    static ConferenceCommand undeaf(const QString &selector);
    static ConferenceCommand tmute(const QString &selector);
    /// `file` (optional) is played to the member as it leaves, but only where the conference
    /// profile has a kicked-sound (mod_conference.c, conference_member_join's exit path).
    static ConferenceCommand kick(const QString &selector, const QString &file = {});
    static ConferenceCommand hup(const QString &selector);
    /// `file` (optional) is played to the held member (conference_api_sub_hold).
    static ConferenceCommand hold(const QString &selector, const QString &file = {});
    static ConferenceCommand unhold(const QString &selector);
    static ConferenceCommand floor(const QString &selector); // id | last
    static ConferenceCommand energy(const QString &selector, const QString &value = {});
    static ConferenceCommand volumeIn(const QString &selector, const QString &value = {});
    static ConferenceCommand volumeOut(const QString &selector, const QString &value = {});
    static ConferenceCommand dtmf(const QString &selector, const QString &digits);
    static ConferenceCommand say(const QString &text);
    static ConferenceCommand sayMember(quint32 memberId, const QString &text);
    static ConferenceCommand play(const QString &file, std::optional<quint32> memberId = {},
                                  bool async = false);
    static ConferenceCommand stop(const QString &mode = QStringLiteral("all"),
                                  std::optional<quint32> memberId = {});
    /// At most MaxTransferIds ids: FreeSWITCH splits the line into 25 tokens (§1.1).
    static constexpr int MaxTransferIds = 25 - 3;
    static ConferenceCommand transfer(const QString &targetConference, const QList<quint32> &memberIds);
    static ConferenceCommand relate(const QList<quint32> &from, const QList<quint32> &to, RelateFlag flag);
    static ConferenceCommand relateList(const QList<quint32> &ids); // "relate 7,8" listing; empty = all
    static ConferenceCommand lock();
    static ConferenceCommand unlock();
    static ConferenceCommand pin(const QString &digits);
    static ConferenceCommand noPin();
    static ConferenceCommand xmlList();
    static ConferenceCommand list(const QString &delimiter = {});
    static ConferenceCommand listCount();
    static ConferenceCommand count();
    static ConferenceCommand record(const QString &path); // FreeSWITCH form, absolute path
    static ConferenceCommand noRecord(const QString &pathOrAll);
    static ConferenceCommand recordingPause(const QString &path);
    static ConferenceCommand recordingResume(const QString &path);
    static ConferenceCommand recordingCheck();
    static ConferenceCommand dial(const DialRequest &request);
    static ConferenceCommand bgDial(const DialRequest &request);
    static ConferenceCommand invite(const QString &target);
    static ConferenceCommand inviteIm(const QString &imId);
    static ConferenceCommand recordStart(); // sipXconfig record&...
    static ConferenceCommand recordStop();
    static ConferenceCommand recordStatus();
    static ConferenceCommand recordDuration();
    static ConferenceCommand get(const QString &parameter);
    static ConferenceCommand set(const QString &parameter, const QString &value);
    /// A conference variable (since 1.10.8, freeswitch-conference.md §3.4): shown in xml_list's
    /// <variables>; an empty value deletes it.
    static ConferenceCommand setVar(const QString &name, const QString &value);
    static ConferenceCommand getVar(const QString &name);
    /// What is playing to the conference, or to one member: "+OK <pos>/<duration> <path>" or
    /// "-ERR Nothing is playing".
    static ConferenceCommand playStatus(std::optional<quint32> memberId = {});
    /// Parses a raw line such as "mute 5" or "relate 1,2 3 nospeak" (troubleshooting console, confctl).
    static ConferenceCommand parse(const QString &line);

    /// Command words parse() understands, sorted (for completion).
    static QStringList knownCommands();
    /// The syntax text of a command (FreeSWITCH's own help string where one exists), or empty.
    static QString syntaxHint(const QString &name);
    /// Parameter names accepted by get() / set() (freeswitch-conference.md §3.4).
    static QStringList getParameters();
    static QStringList setParameters();

    bool isValid() const { return m_valid; }
    QString error() const { return m_error; }
    CommandId id() const { return m_id; }
    /// The command word as sent (e.g. "volume_in", "record", "recording", "relate").
    QString name() const { return m_name; }
    /// The argument tokens after the command word, unencoded (say text is one token).
    QStringList arguments() const { return m_args; }
    /// False for commands that must never be sent twice: dial, bgdial, invite, inviteim, record*,
    /// kick, hup, transfer, and also toggles and one-shot actions (tmute, floor, dtmf, say, saymember,
    /// play, relative up/down steps) whose repetition would change the outcome.
    bool isRetryable() const;
    /// False for read-only commands: xml_list, list, count, get, relate listing, record&status...
    bool changesState() const;
    /// True for commands sipXconfig handles itself (invite, inviteim, record&...): no API line.
    bool isSipXconfigOnly() const;

    /// REST path segment "command&arg&arg"; spaces as %20. std::nullopt + restError() when the
    /// sipXconfig route cannot carry an argument ('/', '&', '?', '#', '%': sipxconfig-conference-rest.md
    /// §3.5).
    std::optional<QString> restSegment() const;
    QString restError() const;
    /// "conference <name> <cmd> <args>" with single-quote grouping (freeswitch-conference.md §1.1).
    /// Empty for invalid commands and sipXconfig-only commands (see apiError()).
    QString apiLine(const QString &conference) const;
    QString apiError() const;

    /// Quotes one token for the FreeSWITCH splitter: backslash-escapes '\' and '\'', and wraps
    /// tokens with spaces (or empty tokens) in single quotes.
    static QString quoteApiToken(const QString &token);

private:
    ConferenceCommand(CommandId id, const QString &name, const QStringList &args);
    static ConferenceCommand invalid(CommandId id, const QString &name, const QString &error);
    /// Checks `inputs` against the command table row of `id` (commandtable.h: selector first, then
    /// the inputs of each argument kind) and builds the command or the invalid one.
    static ConferenceCommand make(CommandId id, const QStringList &inputs);

    std::optional<QString> encodeRest(QString *error) const;
    /// Index of the ARGS_AS_ONE text argument (say, saymember): spaces allowed; -1 for none.
    qsizetype textArgIndex() const;

    CommandId m_id = CommandId::Invalid;
    QString m_name;
    QStringList m_args;
    QString m_error;
    bool m_valid = false;
};

} // namespace cc
