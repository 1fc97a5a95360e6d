// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// ConferenceCommand factories: validation, REST segments and API lines of every command, injection refused.
#include "core/commands/conferencecommand.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using cc::CommandId;
using cc::ConferenceCommand;
using cc::DialRequest;
using cc::RelateFlag;

Q_DECLARE_METATYPE(cc::ConferenceCommand)

namespace {

DialRequest dialExample()
{
    DialRequest r;
    r.endpoint = u"sofia"_s;
    r.destination = u"default/1000@softswitch"_s;
    r.callerIdNumber = u"1234567890"_s;
    r.callerIdName = u"FreeSWITCH_Conference"_s;
    r.variables = {{u"originate_timeout"_s, u"30"_s}};
    return r;
}

DialRequest dialWith(void (*change)(DialRequest &))
{
    DialRequest r = dialExample();
    change(r);
    return r;
}

} // namespace

class tst_CommandFactories final : public QObject
{
    Q_OBJECT

private slots:
    void factories_data();
    void factories();
    void injectionRefused_data();
    void injectionRefused();
};

// Columns: the command; valid; error substring (invalid) or empty; expected REST segment (empty =
// none); REST error substring; expected API line for conference "c" (empty = none).
void tst_CommandFactories::factories_data()
{
    QTest::addColumn<ConferenceCommand>("command");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("rest");
    QTest::addColumn<QString>("restError");
    QTest::addColumn<QString>("api");

    auto ok = [](const char *tag, const ConferenceCommand &c, const QString &rest, const QString &api,
                 const QString &restError = {}) {
        QTest::newRow(tag) << c << true << QString() << rest << restError << api;
    };
    auto bad = [](const char *tag, const ConferenceCommand &c, const QString &error) {
        QTest::newRow(tag) << c << false << error << QString() << error << QString();
    };

    // Member selectors (freeswitch-conference.md §1.3, §2).
    ok("mute id", ConferenceCommand::mute(u"5"_s), u"mute&5"_s, u"conference c mute 5"_s);
    ok("mute all", ConferenceCommand::mute(u"all"_s), u"mute&all"_s, u"conference c mute all"_s);
    ok("mute ALL normalised", ConferenceCommand::mute(u" ALL "_s), u"mute&all"_s, u"conference c mute all"_s);
    ok("mute leading zeros", ConferenceCommand::mute(u"007"_s), u"mute&7"_s, u"conference c mute 7"_s);
    ok("unmute last", ConferenceCommand::unmute(u"last"_s), u"unmute&last"_s, u"conference c unmute last"_s);
    ok("deaf non_moderator", ConferenceCommand::deaf(u"non_moderator"_s), u"deaf&non_moderator"_s,
       u"conference c deaf non_moderator"_s);
    ok("undeaf", ConferenceCommand::undeaf(u"3"_s), u"undeaf&3"_s, u"conference c undeaf 3"_s);
    ok("tmute", ConferenceCommand::tmute(u"4"_s), u"tmute&4"_s, u"conference c tmute 4"_s);
    ok("kick all", ConferenceCommand::kick(u"all"_s), u"kick&all"_s, u"conference c kick all"_s);
    ok("hup last", ConferenceCommand::hup(u"last"_s), u"hup&last"_s, u"conference c hup last"_s);
    ok("hold", ConferenceCommand::hold(u"2"_s), u"hold&2"_s, u"conference c hold 2"_s);
    ok("unhold all", ConferenceCommand::unhold(u"all"_s), u"unhold&all"_s, u"conference c unhold all"_s);
    ok("floor id", ConferenceCommand::floor(u"5"_s), u"floor&5"_s, u"conference c floor 5"_s);
    ok("floor last", ConferenceCommand::floor(u"last"_s), u"floor&last"_s, u"conference c floor last"_s);
    bad("mute empty", ConferenceCommand::mute(u""_s), u"Choose a participant"_s);
    bad("mute zero", ConferenceCommand::mute(u"0"_s), u"is not a participant"_s);
    bad("mute negative", ConferenceCommand::mute(u"-1"_s), u"is not a participant"_s);
    bad("mute overflow", ConferenceCommand::mute(u"4294967296"_s), u"is not a participant"_s);
    bad("mute word", ConferenceCommand::mute(u"everyone"_s), u"is not a participant"_s);
    bad("mute var=val unsupported", ConferenceCommand::mute(u"uuid=abc"_s), u"is not a participant"_s);
    bad("mute two ids", ConferenceCommand::mute(u"5 6"_s), u"is not a participant"_s);
    bad("kick injection &", ConferenceCommand::kick(u"5&kick&all"_s), u"is not a participant"_s);
    bad("kick injection /", ConferenceCommand::kick(u"5/../x"_s), u"is not a participant"_s);
    bad("floor all", ConferenceCommand::floor(u"all"_s), u"member id (a positive number) or last"_s);
    bad("floor non_moderator", ConferenceCommand::floor(u"non_moderator"_s), u"or last"_s);

    // Levels.
    ok("energy query", ConferenceCommand::energy(u"5"_s), u"energy&5"_s, u"conference c energy 5"_s);
    ok("energy set", ConferenceCommand::energy(u"5"_s, u"300"_s), u"energy&5&300"_s,
       u"conference c energy 5 300"_s);
    ok("energy zero", ConferenceCommand::energy(u"all"_s, u"0"_s), u"energy&all&0"_s,
       u"conference c energy all 0"_s);
    ok("energy up", ConferenceCommand::energy(u"all"_s, u"UP"_s), u"energy&all&up"_s,
       u"conference c energy all up"_s);
    ok("energy max", ConferenceCommand::energy(u"1"_s, u"32767"_s), u"energy&1&32767"_s,
       u"conference c energy 1 32767"_s);
    bad("energy word", ConferenceCommand::energy(u"5"_s, u"loud"_s),
        u"energy level must be a whole number"_s);
    bad("energy negative", ConferenceCommand::energy(u"5"_s, u"-1"_s), u"from 0 to 32767"_s);
    bad("energy too high", ConferenceCommand::energy(u"5"_s, u"40000"_s), u"from 0 to 32767"_s);
    bad("energy bad selector", ConferenceCommand::energy(u"x"_s, u"100"_s), u"is not a participant"_s);
    ok("volume_in all -2", ConferenceCommand::volumeIn(u"all"_s, u"-2"_s), u"volume_in&all&-2"_s,
       u"conference c volume_in all -2"_s);
    ok("volume_out +4", ConferenceCommand::volumeOut(u"5"_s, u"+4"_s), u"volume_out&5&4"_s,
       u"conference c volume_out 5 4"_s);
    ok("volume_out down", ConferenceCommand::volumeOut(u"5"_s, u"down"_s), u"volume_out&5&down"_s,
       u"conference c volume_out 5 down"_s);
    ok("volume_in query", ConferenceCommand::volumeIn(u"5"_s), u"volume_in&5"_s,
       u"conference c volume_in 5"_s);
    bad("volume 5", ConferenceCommand::volumeIn(u"5"_s, u"5"_s), u"from -4 to 4"_s);
    bad("volume fraction", ConferenceCommand::volumeOut(u"5"_s, u"1.5"_s), u"from -4 to 4"_s);
    bad("volume spaced", ConferenceCommand::volumeOut(u"5"_s, u"1 2"_s), u"from -4 to 4"_s);

    // DTMF.
    ok("dtmf", ConferenceCommand::dtmf(u"5"_s, u"123*abcdw"_s), u"dtmf&5&123*ABCDw"_s,
       u"conference c dtmf 5 123*ABCDw"_s);
    ok("dtmf hash not over REST", ConferenceCommand::dtmf(u"5"_s, u"12#"_s), QString(),
       u"conference c dtmf 5 12#"_s, u"starts the URL fragment"_s);
    bad("dtmf empty", ConferenceCommand::dtmf(u"5"_s, u""_s), u"Enter the DTMF digits"_s);
    bad("dtmf letter", ConferenceCommand::dtmf(u"5"_s, u"12x"_s), u"is not a DTMF digit"_s);
    bad("dtmf injection", ConferenceCommand::dtmf(u"5"_s, u"1&kick&all"_s), u"is not a DTMF digit"_s);
    bad("dtmf long", ConferenceCommand::dtmf(u"5"_s, QString(65, u'1')), u"at most 64"_s);
    bad("dtmf bad selector", ConferenceCommand::dtmf(u"5&x"_s, u"1"_s), u"is not a participant"_s);

    // Speech.
    ok("say", ConferenceCommand::say(u"Hello world"_s), u"say&Hello%20world"_s,
       u"conference c say Hello world"_s);
    ok("say punctuation", ConferenceCommand::say(u"Break: 5 min, (back at 10)!"_s),
       u"say&Break:%205%20min,%20(back%20at%2010)!"_s, u"conference c say Break: 5 min, (back at 10)!"_s);
    ok("saymember", ConferenceCommand::sayMember(5, u"Hi there"_s), u"saymember&5&Hi%20there"_s,
       u"conference c saymember 5 Hi there"_s);
    ok("say &", ConferenceCommand::say(u"hi&kick&all"_s), QString(), u"conference c say hi&kick&all"_s,
       u"which sipXconfig uses to split arguments"_s);
    ok("say %", ConferenceCommand::say(u"hi%26kick"_s), QString(), u"conference c say hi%26kick"_s,
       u"decode again"_s);
    ok("say /", ConferenceCommand::say(u"a/b"_s), QString(), u"conference c say a/b"_s, u"Apache"_s);
    ok("say ?", ConferenceCommand::say(u"ready?"_s), QString(), u"conference c say ready?"_s, u"URL query"_s);
    ok("say #", ConferenceCommand::say(u"room #1"_s), QString(), u"conference c say room #1"_s,
       u"URL fragment"_s);
    ok("say ;", ConferenceCommand::say(u"a;b"_s), QString(), u"conference c say a;b"_s, u"path parameters"_s);
    bad("say empty", ConferenceCommand::say(u"   "_s), u"Enter the text to speak"_s);
    bad("say newline", ConferenceCommand::say(u"hi\nconference c kick all"_s), u"single line"_s);
    bad("say CR", ConferenceCommand::say(u"hi\rx"_s), u"single line"_s);
    bad("say quote", ConferenceCommand::say(u"don't"_s), u"quotes"_s);
    bad("say dquote", ConferenceCommand::say(u"\"x\""_s), u"quotes"_s);
    bad("say backslash", ConferenceCommand::say(u"a\\b"_s), u"backslashes"_s);
    bad("say too long", ConferenceCommand::say(QString(501, u'a')), u"too long"_s);
    bad("saymember zero", ConferenceCommand::sayMember(0, u"x"_s), u"Choose the participant"_s);
    bad("saymember empty", ConferenceCommand::sayMember(5, u""_s), u"Enter the text"_s);

    // Files.
    ok("play", ConferenceCommand::play(u"beep.wav"_s), u"play&beep.wav"_s, u"conference c play beep.wav"_s);
    ok("play member", ConferenceCommand::play(u"beep.wav"_s, 5u), u"play&beep.wav&5"_s,
       u"conference c play beep.wav 5"_s);
    ok("play async", ConferenceCommand::play(u"beep.wav"_s, std::nullopt, true), u"play&beep.wav&async"_s,
       u"conference c play beep.wav async"_s);
    ok("play path", ConferenceCommand::play(u"/tmp/x.wav"_s), QString(), u"conference c play /tmp/x.wav"_s,
       u"event socket"_s);
    ok("play path with space", ConferenceCommand::play(u"/tmp/my file.wav"_s), QString(),
       u"conference c play '/tmp/my file.wav'"_s, u"“/”"_s);
    ok("play name with space", ConferenceCommand::play(u"my file.wav"_s), QString(),
       u"conference c play 'my file.wav'"_s, u"contains a space"_s);
    bad("play empty", ConferenceCommand::play(u""_s), u"Enter a file name"_s);
    bad("play both", ConferenceCommand::play(u"x.wav"_s, 5u, true), u"not both"_s);
    bad("play newline", ConferenceCommand::play(u"x.wav\nkick all"_s), u"line breaks"_s);
    bad("play member zero", ConferenceCommand::play(u"x.wav"_s, 0u), u"Choose the participant"_s);
    ok("stop", ConferenceCommand::stop(), u"stop&all"_s, u"conference c stop all"_s);
    ok("stop current member", ConferenceCommand::stop(u"current"_s, 5u), u"stop&current&5"_s,
       u"conference c stop current 5"_s);
    ok("stop async", ConferenceCommand::stop(u"ASYNC"_s), u"stop&async"_s, u"conference c stop async"_s);
    bad("stop last", ConferenceCommand::stop(u"last"_s), u"does not implement"_s);
    bad("stop bogus", ConferenceCommand::stop(u"everything"_s), u"is not a stop mode"_s);

    // Transfer and relate.
    ok("transfer", ConferenceCommand::transfer(u"other"_s, {5, 6, 5}), u"transfer&other&5&6"_s,
       u"conference c transfer other 5 6"_s);
    ok("transfer profile", ConferenceCommand::transfer(u"other@default"_s, {5}),
       u"transfer&other@default&5"_s, u"conference c transfer other@default 5"_s);
    bad("transfer no target", ConferenceCommand::transfer(u""_s, {5}), u"Enter the conference"_s);
    bad("transfer no ids", ConferenceCommand::transfer(u"other"_s, {}), u"at least one participant"_s);
    bad("transfer spaced target", ConferenceCommand::transfer(u"a b"_s, {5}), u"is not a conference name"_s);
    bad("transfer zero", ConferenceCommand::transfer(u"other"_s, {0}), u"positive number"_s);
    {
        // Fuzz regression (tests/data/fuzz-regressions/conferencecommand/): FreeSWITCH reads at most
        // 25 tokens (freeswitch-conference.md §1.1), so a 23rd id would silently stay behind.
        QList<quint32> ids;
        QStringList idTexts;
        for (quint32 id = 1; id <= 22; ++id) {
            ids << id;
            idTexts << QString::number(id);
        }
        ok("transfer 22 ids", ConferenceCommand::transfer(u"other"_s, ids),
           u"transfer&other&"_s + idTexts.join(u'&'), u"conference c transfer other "_s + idTexts.join(u' '));
        ids << 23;
        bad("transfer 23 ids", ConferenceCommand::transfer(u"other"_s, ids), u"At most 22 participants"_s);
        ok("transfer 22 ids with duplicates",
           ConferenceCommand::transfer(u"other"_s, ids.mid(0, 22) + ids.mid(0, 22)),
           u"transfer&other&"_s + idTexts.join(u'&'), u"conference c transfer other "_s + idTexts.join(u' '));
    }
    ok("relate nospeak", ConferenceCommand::relate({1, 2}, {3}, RelateFlag::NoSpeak),
       u"relate&1,2&3&nospeak"_s, u"conference c relate 1,2 3 nospeak"_s);
    ok("relate nohear", ConferenceCommand::relate({1}, {3}, RelateFlag::NoHear), u"relate&1&3&nohear"_s,
       u"conference c relate 1 3 nohear"_s);
    ok("relate both one token", ConferenceCommand::relate({1}, {3, 4}, RelateFlag::NoSpeakNoHear),
       u"relate&1&3,4&nospeak,nohear"_s, u"conference c relate 1 3,4 nospeak,nohear"_s);
    ok("relate clear", ConferenceCommand::relate({1}, {3}, RelateFlag::Clear), u"relate&1&3&clear"_s,
       u"conference c relate 1 3 clear"_s);
    bad("relate empty", ConferenceCommand::relate({}, {3}, RelateFlag::Clear), u"both sides"_s);
    bad("relate self", ConferenceCommand::relate({1, 2}, {2}, RelateFlag::NoHear), u"related to itself"_s);
    bad("relate zero", ConferenceCommand::relate({0}, {2}, RelateFlag::NoHear), u"positive number"_s);
    ok("relate list all", ConferenceCommand::relateList({}), u"relate&all"_s, u"conference c relate all"_s);
    ok("relate list ids", ConferenceCommand::relateList({7, 8}), u"relate&7,8"_s,
       u"conference c relate 7,8"_s);

    // Conference level.
    ok("lock", ConferenceCommand::lock(), u"lock"_s, u"conference c lock"_s);
    ok("unlock", ConferenceCommand::unlock(), u"unlock"_s, u"conference c unlock"_s);
    ok("pin", ConferenceCommand::pin(u"1234"_s), u"pin&1234"_s, u"conference c pin 1234"_s);
    ok("nopin", ConferenceCommand::noPin(), u"nopin"_s, u"conference c nopin"_s);
    bad("pin letters", ConferenceCommand::pin(u"12a4"_s), u"only contain the digits"_s);
    bad("pin empty", ConferenceCommand::pin(u""_s), u"Enter the new PIN"_s);
    ok("xml_list", ConferenceCommand::xmlList(), u"xml_list"_s, u"conference c xml_list"_s);
    ok("list", ConferenceCommand::list(), u"list"_s, u"conference c list"_s);
    ok("list delim", ConferenceCommand::list(u">,<"_s), u"list&delim&%3E,%3C"_s,
       u"conference c list delim >,<"_s);
    ok("list count", ConferenceCommand::listCount(), u"list&count"_s, u"conference c list count"_s);
    ok("count", ConferenceCommand::count(), u"count"_s, u"conference c count"_s);
    bad("list delim space", ConferenceCommand::list(u"a b"_s), u"delimiter must be"_s);
    bad("list delim pipe", ConferenceCommand::list(u"|"_s), u"flags field"_s);
    ok("get", ConferenceCommand::get(u"run_time"_s), u"get&run_time"_s, u"conference c get run_time"_s);
    ok("get is_locked", ConferenceCommand::get(u"IS_LOCKED"_s), u"get&is_locked"_s,
       u"conference c get is_locked"_s);
    bad("get bogus", ConferenceCommand::get(u"bogus"_s), u"is not a conference parameter"_s);
    ok("set max_members", ConferenceCommand::set(u"max_members"_s, u"10"_s), u"set&max_members&10"_s,
       u"conference c set max_members 10"_s);
    ok("set caller_id_number", ConferenceCommand::set(u"caller_id_number"_s, u"+15551234"_s),
       u"set&caller_id_number&+15551234"_s, u"conference c set caller_id_number +15551234"_s);
    ok("set caller_id_name spaced", ConferenceCommand::set(u"caller_id_name"_s, u"Bob Smith"_s), QString(),
       u"conference c set caller_id_name 'Bob Smith'"_s, u"contains a space"_s);
    ok("set sound_prefix", ConferenceCommand::set(u"sound_prefix"_s, u"/usr/share/sounds"_s), QString(),
       u"conference c set sound_prefix /usr/share/sounds"_s, u"event socket"_s);
    bad("set rate", ConferenceCommand::set(u"rate"_s, u"8000"_s), u"cannot be set"_s);
    bad("set negative", ConferenceCommand::set(u"max_members"_s, u"-1"_s), u"0 or more"_s);
    bad("set cid number", ConferenceCommand::set(u"caller_id_number"_s, u"12a"_s),
        u"digits and a leading +"_s);
    bad("set cid name quote", ConferenceCommand::set(u"caller_id_name"_s, u"O'Neil"_s), u"quotes"_s);
    bad("set sound_prefix relative", ConferenceCommand::set(u"sound_prefix"_s, u"sounds"_s),
        u"absolute path"_s);
    bad("set empty", ConferenceCommand::set(u"max_members"_s, u""_s), u"Enter a value"_s);
    ok("setvar", ConferenceCommand::setVar(u"cc_waiting_room"_s, u"on"_s), u"setvar&cc_waiting_room&on"_s,
       u"conference c setvar cc_waiting_room on"_s);
    ok("setvar ids", ConferenceCommand::setVar(u"cc_breakout_members"_s, u"5,6,7"_s),
       u"setvar&cc_breakout_members&5,6,7"_s, u"conference c setvar cc_breakout_members 5,6,7"_s);
    ok("setvar delete", ConferenceCommand::setVar(u"cc_waiting_room"_s, u""_s), u"setvar&cc_waiting_room"_s,
       u"conference c setvar cc_waiting_room"_s);
    bad("setvar no name", ConferenceCommand::setVar(u""_s, u"on"_s), u"name of the conference variable"_s);
    bad("setvar odd name", ConferenceCommand::setVar(u"a b"_s, u"on"_s), u"is not a variable name"_s);
    bad("setvar injection", ConferenceCommand::setVar(u"x&kick"_s, u"on"_s), u"is not a variable name"_s);
    bad("setvar spaced value", ConferenceCommand::setVar(u"x"_s, u"a b"_s), u"cannot be a variable value"_s);
    ok("setvar value with &", ConferenceCommand::setVar(u"x"_s, u"a&b"_s), QString(),
       u"conference c setvar x a&b"_s, u"split arguments"_s);
    ok("getvar", ConferenceCommand::getVar(u"cc_waiting_room"_s), u"getvar&cc_waiting_room"_s,
       u"conference c getvar cc_waiting_room"_s);
    ok("play_status", ConferenceCommand::playStatus(), u"play_status"_s, u"conference c play_status"_s);
    ok("play_status member", ConferenceCommand::playStatus(7), u"play_status&7"_s,
       u"conference c play_status 7"_s);
    ok("hold music", ConferenceCommand::hold(u"5"_s, u"local_stream://moh"_s), QString(),
       u"conference c hold 5 local_stream://moh"_s, u"event socket"_s);
    ok("hold file", ConferenceCommand::hold(u"5"_s, u"hold.wav"_s), u"hold&5&hold.wav"_s,
       u"conference c hold 5 hold.wav"_s);
    bad("hold file newline", ConferenceCommand::hold(u"5"_s, u"a\nb"_s), u"line breaks"_s);
    ok("kick file", ConferenceCommand::kick(u"5"_s, u"bye.wav"_s), u"kick&5&bye.wav"_s,
       u"conference c kick 5 bye.wav"_s);

    // Recording.
    ok("record path", ConferenceCommand::record(u"/tmp/r.wav"_s), QString(),
       u"conference c record /tmp/r.wav"_s, u"record start"_s);
    bad("record relative", ConferenceCommand::record(u"r.wav"_s), u"not an absolute path"_s);
    bad("record empty", ConferenceCommand::record(u""_s), u"Enter a file name"_s);
    ok("norecord all", ConferenceCommand::noRecord(u"all"_s), u"norecord&all"_s,
       u"conference c norecord all"_s);
    ok("norecord path", ConferenceCommand::noRecord(u"/tmp/r.wav"_s), QString(),
       u"conference c norecord /tmp/r.wav"_s, u"event socket"_s);
    bad("norecord empty", ConferenceCommand::noRecord(u""_s), u"recording path to stop"_s);
    ok("recording pause", ConferenceCommand::recordingPause(u"/tmp/r.wav"_s), QString(),
       u"conference c recording pause /tmp/r.wav"_s, u"“/”"_s);
    ok("recording resume", ConferenceCommand::recordingResume(u"/tmp/r.wav"_s), QString(),
       u"conference c recording resume /tmp/r.wav"_s, u"“/”"_s);
    bad("recording pause empty", ConferenceCommand::recordingPause(u""_s), u"path of the recording"_s);
    ok("recording check", ConferenceCommand::recordingCheck(), u"recording&check"_s,
       u"conference c recording check"_s);
    ok("record start", ConferenceCommand::recordStart(), u"record"_s, QString());
    ok("record stop", ConferenceCommand::recordStop(), u"record&stop"_s, QString());
    ok("record status", ConferenceCommand::recordStatus(), u"record&status"_s, QString());
    ok("record duration", ConferenceCommand::recordDuration(), u"record&duration"_s, QString());

    // Dialing.
    ok("dial seed example", ConferenceCommand::dial(dialExample()), QString(),
       u"conference c dial {originate_timeout=30}sofia/default/1000@softswitch 1234567890 FreeSWITCH_Conference"_s,
       u"invite"_s);
    ok("bgdial", ConferenceCommand::bgDial(dialWith([](DialRequest &r) { r.variables.clear(); })), QString(),
       u"conference c bgdial sofia/default/1000@softswitch 1234567890 FreeSWITCH_Conference"_s, u"“/”"_s);
    ok("dial quoted name and comma value", ConferenceCommand::dial(dialWith([](DialRequest &r) {
           r.callerIdName = u"John Doe"_s;
           r.variables = {{u"sip_h_X_A"_s, u"a,b"_s}, {u"ignore_early_media"_s, u"true"_s}};
       })),
       QString(),
       u"conference c dial {sip_h_X_A=\\'a,b\\',ignore_early_media=true}sofia/default/1000@softswitch "
       u"1234567890 'John Doe'"_s,
       u"invite"_s);
    ok("dial no caller id", ConferenceCommand::dial(dialWith([](DialRequest &r) {
           r.callerIdNumber.clear();
           r.callerIdName.clear();
           r.variables.clear();
       })),
       QString(), u"conference c dial sofia/default/1000@softswitch"_s, u"invite"_s);
    // One broken field of the seed example each: the factory refuses it and says why.
    struct BrokenDial
    {
        const char *tag;
        void (*change)(DialRequest &);
        const char16_t *error;
    };
    // clang-format off
    const BrokenDial brokenDials[] = {
        {"dial no endpoint",          [](DialRequest &r) { r.endpoint.clear(); },                  u"Enter the endpoint module"},
        {"dial bad endpoint",         [](DialRequest &r) { r.endpoint = u"so fia"_s; },            u"is not an endpoint module"},
        {"dial no destination",       [](DialRequest &r) { r.destination.clear(); },               u"Enter the destination"},
        {"dial destination space",    [](DialRequest &r) { r.destination = u"a b"_s; },            u"cannot contain"},
        {"dial cid number letters",   [](DialRequest &r) { r.callerIdNumber = u"12ab"_s; },        u"digits and a leading +"},
        {"dial cid number injection", [](DialRequest &r) { r.callerIdNumber = u"1&kick&all"_s; },  u"digits and a leading +"},
        {"dial name without number",  [](DialRequest &r) { r.callerIdNumber.clear(); },            u"needs a caller-ID number"},
        {"dial name quote",           [](DialRequest &r) { r.callerIdName = u"O'Neil"_s; },        u"cannot contain quotes"},
        {"dial name newline",         [](DialRequest &r) { r.callerIdName = u"Bob\napi shutdown"_s; }, u"control characters"},
        {"dial bad variable key",     [](DialRequest &r) { r.variables = {{u"a-b"_s, u"1"_s}}; },  u"is not a dial-string variable name"},
        {"dial brace in value",       [](DialRequest &r) { r.variables = {{u"a"_s, u"x}sofia/evil"_s}}; },
                                                                                                   u"cannot contain quotes, braces"},
        {"dial empty value",          [](DialRequest &r) { r.variables = {{u"a"_s, QString()}}; }, u"needs a value"},
    };
    // clang-format on
    for (const BrokenDial &row : brokenDials)
        bad(row.tag, ConferenceCommand::dial(dialWith(row.change)), QString::fromUtf16(row.error));

    // sipXconfig's own commands (sipxconfig-conference-rest.md §5).
    ok("invite extension", ConferenceCommand::invite(u"401"_s), u"invite&401"_s, QString());
    ok("invite sip uri", ConferenceCommand::invite(u"sip:bob@example.com"_s), u"invite&sip:bob@example.com"_s,
       QString());
    ok("invite with params", ConferenceCommand::invite(u"bob@example.com;transport=tcp"_s),
       u"invite&bob@example.com;transport=tcp"_s, QString());
    ok("invite e164", ConferenceCommand::invite(u"+15551234567"_s), u"invite&+15551234567"_s, QString());
    bad("invite empty", ConferenceCommand::invite(u""_s), u"Enter the extension"_s);
    bad("invite &", ConferenceCommand::invite(u"401&kick&all"_s), u"is not an extension"_s);
    bad("invite /", ConferenceCommand::invite(u"401/x"_s), u"is not an extension"_s);
    bad("invite ?", ConferenceCommand::invite(u"sip:a@b?x=y"_s), u"is not an extension"_s);
    bad("invite %", ConferenceCommand::invite(u"a%40b"_s), u"is not an extension"_s);
    bad("invite space", ConferenceCommand::invite(u"a b"_s), u"is not an extension"_s);
    ok("inviteim", ConferenceCommand::inviteIm(u"401im"_s), u"inviteim&401im"_s, QString());
    bad("inviteim space", ConferenceCommand::inviteIm(u"a b"_s), u"is not an instant-message id"_s);
}

void tst_CommandFactories::factories()
{
    QFETCH(ConferenceCommand, command);
    QFETCH(bool, valid);
    QFETCH(QString, error);
    QFETCH(QString, rest);
    QFETCH(QString, restError);
    QFETCH(QString, api);

    QCOMPARE(command.isValid(), valid);
    if (!valid) {
        QVERIFY2(command.error().contains(error), qPrintable(command.error()));
        QVERIFY(!command.restSegment());
        QCOMPARE(command.restError(), command.error());
        QVERIFY(command.apiLine(u"c"_s).isEmpty());
        return;
    }
    QVERIFY(command.error().isEmpty());

    const auto segment = command.restSegment();
    if (rest.isEmpty()) {
        QVERIFY2(!segment, qPrintable(segment.value_or(QString())));
        QVERIFY2(command.restError().contains(restError), qPrintable(command.restError()));
    } else {
        QVERIFY2(segment, qPrintable(command.restError()));
        QCOMPARE(*segment, rest);
        QVERIFY(command.restError().isEmpty());
    }
    QCOMPARE(command.apiLine(u"c"_s), api);
    QCOMPARE(command.apiError().isEmpty(), !api.isEmpty());

    // Round trip: the API line (without "conference c ") parses back into the same command.
    if (!api.isEmpty()) {
        const QString line = api.mid(QStringLiteral("conference c ").size());
        const ConferenceCommand again = ConferenceCommand::parse(line);
        QVERIFY2(again.isValid(), qPrintable(line + u" -> "_s + again.error()));
        QCOMPARE(again.name(), command.name());
        QCOMPARE(again.arguments(), command.arguments());
        QCOMPARE(again.apiLine(u"c"_s), api);
    }
    // The REST segment parses back too (after turning %20 into spaces for say text).
    if (segment && !command.isSipXconfigOnly() && !segment->contains(u'%')) {
        const ConferenceCommand again = ConferenceCommand::parse(QString(*segment).replace(u'&', u' '));
        if (command.id() != CommandId::Say && command.id() != CommandId::SayMember) {
            QVERIFY2(again.isValid(), qPrintable(again.error()));
            QCOMPARE(again.restSegment(), segment);
        }
    }
}

void tst_CommandFactories::injectionRefused_data()
{
    QTest::addColumn<QString>("payload");
    QTest::newRow("ampersand") << u"5&kick&all"_s;
    QTest::newRow("slash") << u"5/../x"_s;
    QTest::newRow("percent") << u"5%26kick%26all"_s;
    QTest::newRow("question") << u"5?x=1"_s;
    QTest::newRow("hash") << u"5#x"_s;
    QTest::newRow("single quote") << u"5' kick all"_s;
    QTest::newRow("double quote") << u"5\" kick all"_s;
    QTest::newRow("newline") << u"5\nconference c kick all"_s;
    QTest::newRow("carriage return") << u"5\rkick"_s;
    QTest::newRow("nul") << QString(u"5"_s + QChar(0) + u"kick"_s);
    QTest::newRow("line separator") << QString(u"5"_s + QChar(0x2028) + u"kick"_s);
    QTest::newRow("non-ascii digits") << u"\u0665"_s; // ARABIC-INDIC DIGIT FIVE
    QTest::newRow("space") << u"5 kick"_s;
}

// Every attack either fails validation or cannot be encoded for REST, and whatever is encoded
// is plain ASCII with no raw separator in an argument.
void tst_CommandFactories::injectionRefused()
{
    QFETCH(QString, payload);

    // Selectors and caller-ID numbers are typed: never valid.
    QVERIFY(!ConferenceCommand::mute(payload).isValid());
    QVERIFY(!ConferenceCommand::kick(payload).isValid());
    QVERIFY(!ConferenceCommand::floor(payload).isValid());
    QVERIFY(!ConferenceCommand::volumeIn(u"5"_s, payload).isValid());
    QVERIFY(!ConferenceCommand::dtmf(u"5"_s, payload).isValid());
    QVERIFY(!ConferenceCommand::pin(payload).isValid());
    QVERIFY(!ConferenceCommand::invite(payload).isValid());
    DialRequest dial = dialExample();
    dial.callerIdNumber = payload;
    QVERIFY(!ConferenceCommand::dial(dial).isValid());
    QVERIFY(!ConferenceCommand::parse(u"mute "_s + payload).restSegment());
    // (kick takes a sound file after the id, so "kick 5 kick" is a kick with the file "kick";
    // hup takes nothing more.)
    QVERIFY(!ConferenceCommand::parse(u"hup "_s + payload).restSegment());

    // Free text: refused for REST (or invalid outright), never encoded into extra arguments.
    const ConferenceCommand sayCmd = ConferenceCommand::say(u"hi"_s + payload);
    const ConferenceCommand sayMemberCmd = ConferenceCommand::sayMember(5, u"hi"_s + payload);
    dial = dialExample();
    dial.callerIdName = u"Bob"_s + payload;
    const ConferenceCommand dialName = ConferenceCommand::dial(dial);
    for (const ConferenceCommand &c : {sayCmd, sayMemberCmd, dialName}) {
        const auto segment = c.restSegment();
        if (!segment)
            continue; // refused, as required
        QCOMPARE(segment->count(u'&'), c.name() == u"saymember"_s ? 2 : 1);
        for (QChar ch : *segment)
            QVERIFY2(ch.unicode() > 0x20 && ch.unicode() < 0x7f, qPrintable(*segment));
        QVERIFY(!segment->contains(u'/') && !segment->contains(u'?') && !segment->contains(u'#'));
    }
    // Newlines, quotes and NUL make the text itself invalid (they would reach the FreeSWITCH line).
    if (payload.contains(u'\n') || payload.contains(u'\'') || payload.contains(u'"') ||
        payload.contains(QChar(0)))
        QVERIFY(!sayCmd.isValid());
}

QTEST_GUILESS_MAIN(tst_CommandFactories)
#include "tst_commandfactories.moc"
