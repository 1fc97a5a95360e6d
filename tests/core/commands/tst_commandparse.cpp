// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// ConferenceCommand::parse of console lines, API quoting, retry and state flags, completion.
#include "core/commands/conferencecommand.h"

#include <QTest>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using cc::CommandId;
using cc::ConferenceCommand;

class tst_CommandParse final : public QObject
{
    Q_OBJECT

private slots:
    void nonAsciiIsPercentEncoded();
    void apiQuoting();
    void parse_data();
    void parse();
    void parseErrors_data();
    void parseErrors();
    void retryAndState_data();
    void retryAndState();
    void completion();
};

void tst_CommandParse::nonAsciiIsPercentEncoded()
{
    const ConferenceCommand c = ConferenceCommand::say(u"Café Grüße 日本"_s);
    QVERIFY(c.isValid());
    QCOMPARE(c.restSegment().value_or(QString()), u"say&Caf%C3%A9%20Gr%C3%BC%C3%9Fe%20%E6%97%A5%E6%9C%AC"_s);
    QCOMPARE(c.apiLine(u"c"_s), u"conference c say Café Grüße 日本"_s);
    // Other characters outside the RFC 3986 pchar set are escaped too.
    QCOMPARE(ConferenceCommand::list(u"<>"_s).restSegment().value_or(QString()), u"list&delim&%3C%3E"_s);
}

void tst_CommandParse::apiQuoting()
{
    QCOMPARE(ConferenceCommand::quoteApiToken(u"plain"_s), u"plain"_s);
    QCOMPARE(ConferenceCommand::quoteApiToken(u"John Doe"_s), u"'John Doe'"_s);
    QCOMPARE(ConferenceCommand::quoteApiToken(u"it's"_s), u"it\\'s"_s);
    QCOMPARE(ConferenceCommand::quoteApiToken(u"a\\b"_s), u"a\\\\b"_s);
    QCOMPARE(ConferenceCommand::quoteApiToken(u"it's mine"_s), u"'it\\'s mine'"_s);
    QCOMPARE(ConferenceCommand::quoteApiToken(QString()), u"''"_s);
    QCOMPARE(ConferenceCommand::mute(u"5"_s).apiLine(u"Weekly Team"_s), u"conference 'Weekly Team' mute 5"_s);
    QVERIFY(ConferenceCommand::mute(u"5"_s).apiLine(u"a\nb"_s).isEmpty());
    QVERIFY(ConferenceCommand::mute(u"5"_s).apiLine(QString()).isEmpty());
    // say text is ARGS_AS_ONE: spaces stay as they are, no quotes are added.
    QCOMPARE(ConferenceCommand::say(u"two  spaces"_s).apiLine(u"c"_s), u"conference c say two  spaces"_s);
    QVERIFY(ConferenceCommand::invite(u"401"_s).apiLine(u"c"_s).isEmpty());
    QVERIFY(ConferenceCommand::invite(u"401"_s).apiError().contains(u"sipXconfig"_s));
}

void tst_CommandParse::parse_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<int>("id");
    QTest::addColumn<QString>("rest"); // empty: no REST form
    QTest::addColumn<QString>("api");  // empty: no API line

    auto row = [](const char *tag, const QString &line, CommandId id, const QString &rest,
                  const QString &api) { QTest::newRow(tag) << line << int(id) << rest << api; };
    row("mute", u"mute 5"_s, CommandId::Mute, u"mute&5"_s, u"conference c mute 5"_s);
    row("upper case word", u"  MUTE   all "_s, CommandId::Mute, u"mute&all"_s, u"conference c mute all"_s);
    row("relate", u"relate 1,2 3 nospeak"_s, CommandId::Relate, u"relate&1,2&3&nospeak"_s,
        u"conference c relate 1,2 3 nospeak"_s);
    row("relate both", u"relate 1 3 nospeak,nohear"_s, CommandId::Relate, u"relate&1&3&nospeak,nohear"_s,
        u"conference c relate 1 3 nospeak,nohear"_s);
    row("relate listing", u"relate 7,8"_s, CommandId::RelateList, u"relate&7,8"_s,
        u"conference c relate 7,8"_s);
    row("relate bare", u"relate"_s, CommandId::RelateList, u"relate&all"_s, u"conference c relate all"_s);
    row("say", u"say hello world"_s, CommandId::Say, u"say&hello%20world"_s,
        u"conference c say hello world"_s);
    row("saymember", u"saymember 5 hello  there"_s, CommandId::SayMember, u"saymember&5&hello%20%20there"_s,
        u"conference c saymember 5 hello  there"_s);
    row("volume_in", u"volume_in all -2"_s, CommandId::VolumeIn, u"volume_in&all&-2"_s,
        u"conference c volume_in all -2"_s);
    row("energy query", u"energy 5"_s, CommandId::Energy, u"energy&5"_s, u"conference c energy 5"_s);
    row("dial",
        u"dial {originate_timeout=30}sofia/default/1000@softswitch 1234567890 FreeSWITCH_Conference"_s,
        CommandId::Dial, QString(),
        u"conference c dial {originate_timeout=30}sofia/default/1000@softswitch 1234567890 FreeSWITCH_Conference"_s);
    row("dial name words", u"bgdial user/1000 1000 John Doe"_s, CommandId::BgDial, QString(),
        u"conference c bgdial user/1000 1000 'John Doe'"_s);
    row("dial quoted name", u"dial loopback/9999 1000 'John Doe'"_s, CommandId::Dial, QString(),
        u"conference c dial loopback/9999 1000 'John Doe'"_s);
    row("invite", u"invite 401"_s, CommandId::Invite, u"invite&401"_s, QString());
    row("inviteim", u"inviteim 401im"_s, CommandId::InviteIm, u"inviteim&401im"_s, QString());
    row("record", u"record"_s, CommandId::RecordStart, u"record"_s, QString());
    row("record start", u"record start"_s, CommandId::RecordStart, u"record"_s, QString());
    row("record stop", u"record stop"_s, CommandId::RecordStop, u"record&stop"_s, QString());
    row("record status", u"record status"_s, CommandId::RecordStatus, u"record&status"_s, QString());
    row("record duration", u"record duration"_s, CommandId::RecordDuration, u"record&duration"_s, QString());
    row("record path", u"record /tmp/a.wav"_s, CommandId::Record, QString(),
        u"conference c record /tmp/a.wav"_s);
    row("recording start", u"recording start /tmp/a.wav"_s, CommandId::Record, QString(),
        u"conference c record /tmp/a.wav"_s);
    row("recording stop", u"recording stop"_s, CommandId::NoRecord, u"norecord&all"_s,
        u"conference c norecord all"_s);
    row("chkrecord", u"chkrecord"_s, CommandId::RecordingCheck, u"recording&check"_s,
        u"conference c recording check"_s);
    row("pause", u"pause /tmp/a.wav"_s, CommandId::RecordingPause, QString(),
        u"conference c recording pause /tmp/a.wav"_s);
    row("list count", u"list count"_s, CommandId::ListCount, u"list&count"_s, u"conference c list count"_s);
    row("list delim", u"list delim ;"_s, CommandId::List, QString(), u"conference c list delim ;"_s);
    row("count", u"count"_s, CommandId::Count, u"count"_s, u"conference c count"_s);
    row("xml_list", u"xml_list"_s, CommandId::XmlList, u"xml_list"_s, u"conference c xml_list"_s);
    row("play async", u"play beep.wav async"_s, CommandId::Play, u"play&beep.wav&async"_s,
        u"conference c play beep.wav async"_s);
    row("play quoted", u"play '/tmp/my file.wav' 5"_s, CommandId::Play, QString(),
        u"conference c play '/tmp/my file.wav' 5"_s);
    row("stop", u"stop"_s, CommandId::Stop, u"stop&all"_s, u"conference c stop all"_s);
    row("transfer", u"transfer other 5 6"_s, CommandId::Transfer, u"transfer&other&5&6"_s,
        u"conference c transfer other 5 6"_s);
    row("tmute", u"tmute 4"_s, CommandId::TMute, u"tmute&4"_s, u"conference c tmute 4"_s);
    row("floor", u"floor last"_s, CommandId::Floor, u"floor&last"_s, u"conference c floor last"_s);
    row("hold", u"hold 3"_s, CommandId::Hold, u"hold&3"_s, u"conference c hold 3"_s);
    row("hold music", u"hold 3 hold.wav"_s, CommandId::Hold, u"hold&3&hold.wav"_s,
        u"conference c hold 3 hold.wav"_s);
    row("kick file", u"kick 3 bye.wav"_s, CommandId::Kick, u"kick&3&bye.wav"_s,
        u"conference c kick 3 bye.wav"_s);
    row("setvar", u"setvar cc_waiting_room on"_s, CommandId::SetVar, u"setvar&cc_waiting_room&on"_s,
        u"conference c setvar cc_waiting_room on"_s);
    row("setvar delete", u"setvar cc_waiting_room"_s, CommandId::SetVar, u"setvar&cc_waiting_room"_s,
        u"conference c setvar cc_waiting_room"_s);
    row("getvar", u"getvar cc_waiting_room"_s, CommandId::GetVar, u"getvar&cc_waiting_room"_s,
        u"conference c getvar cc_waiting_room"_s);
    row("play_status", u"play_status 4"_s, CommandId::PlayStatus, u"play_status&4"_s,
        u"conference c play_status 4"_s);
    row("get", u"get count"_s, CommandId::Get, u"get&count"_s, u"conference c get count"_s);
    row("set name words", u"set caller_id_name Conference Bridge"_s, CommandId::Set, QString(),
        u"conference c set caller_id_name 'Conference Bridge'"_s);
    row("pin", u"pin 4321"_s, CommandId::Pin, u"pin&4321"_s, u"conference c pin 4321"_s);
    row("dtmf", u"dtmf last 1*"_s, CommandId::Dtmf, u"dtmf&last&1*"_s, u"conference c dtmf last 1*"_s);
}

void tst_CommandParse::parse()
{
    QFETCH(QString, line);
    QFETCH(int, id);
    QFETCH(QString, rest);
    QFETCH(QString, api);

    const ConferenceCommand c = ConferenceCommand::parse(line);
    QVERIFY2(c.isValid(), qPrintable(c.error()));
    QCOMPARE(int(c.id()), id);
    QCOMPARE(c.restSegment().value_or(QString()), rest);
    if (rest.isEmpty())
        QVERIFY(!c.restError().isEmpty());
    QCOMPARE(c.apiLine(u"c"_s), api);
}

void tst_CommandParse::parseErrors_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("error");
    QTest::newRow("empty") << u"  "_s << u"Type a command"_s;
    QTest::newRow("typo") << u"mutee 5"_s << u"Did you mean: mute"_s;
    QTest::newRow("typo volume") << u"volume_i 5"_s << u"volume_in"_s;
    QTest::newRow("unknown") << u"frobnicate"_s << u"Unknown command “frobnicate”"_s;
    QTest::newRow("too many") << u"mute 5 6"_s << u"Too many arguments"_s;
    QTest::newRow("relate without flag") << u"relate 1 2"_s << u"nospeak"_s;
    QTest::newRow("relate bad flag") << u"relate 1 2 mute"_s << u"is not a relationship flag"_s;
    QTest::newRow("relate bad ids") << u"relate 1,x 2 clear"_s << u"is not a list of member ids"_s;
    QTest::newRow("dtmf missing") << u"dtmf 5"_s << u"Usage: dtmf"_s;
    QTest::newRow("saymember selector") << u"saymember all hi"_s << u"is not a member id"_s;
    QTest::newRow("play all") << u"play a.wav all"_s << u"is not a member id"_s;
    QTest::newRow("transfer all") << u"transfer other all"_s << u"is not a member id"_s;
    QTest::newRow("record relative") << u"record a.wav"_s << u"absolute path"_s;
    QTest::newRow("invite two") << u"invite 401 402"_s << u"Usage: invite"_s;
    QTest::newRow("dial no slash") << u"dial 1000"_s << u"endpoint/destination"_s;
    QTest::newRow("dial unclosed vars") << u"dial {a=1 sofia/x"_s << u"closing"_s;
    QTest::newRow("lock args") << u"lock now"_s << u"takes no arguments"_s;
    QTest::newRow("multi-line") << u"mute 5\nkick all"_s << u"single line"_s;
    QTest::newRow("selector injection") << u"mute 5&kick&all"_s << u"is not a participant"_s;
}

void tst_CommandParse::parseErrors()
{
    QFETCH(QString, line);
    QFETCH(QString, error);
    const ConferenceCommand c = ConferenceCommand::parse(line);
    QVERIFY(!c.isValid());
    QVERIFY2(c.error().contains(error), qPrintable(c.error()));
    QVERIFY(!c.restSegment());
}

void tst_CommandParse::retryAndState_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("retryable");
    QTest::addColumn<bool>("changesState");
    auto row = [](const char *line, bool retry, bool change) {
        QTest::newRow(line) << QString::fromUtf8(line) << retry << change;
    };
    row("dial sofia/x/1", false, true);
    row("bgdial sofia/x/1", false, true);
    row("invite 401", false, true);
    row("inviteim a", false, true);
    row("record", false, true);
    row("record stop", false, true);
    row("record status", false, false);
    row("record duration", false, false);
    row("record /tmp/a.wav", false, true);
    row("kick 5", false, true);
    row("hup all", false, true);
    row("transfer b 5", false, true);
    row("tmute 5", false, true);
    row("floor 5", false, true);
    row("say hi", false, true);
    row("mute 5", true, true);
    row("lock", true, true);
    row("volume_in 5 2", true, true);
    row("volume_in 5 up", false, true);
    row("volume_in 5", true, false);
    row("energy all", true, false);
    row("xml_list", true, false);
    row("list", true, false);
    row("list count", true, false);
    row("count", true, false);
    row("get run_time", true, false);
    row("relate 5", true, false);
    row("relate 5 6 nohear", true, true);
    row("recording check", true, false);
    row("norecord all", true, true);
}

void tst_CommandParse::retryAndState()
{
    QFETCH(QString, line);
    QFETCH(bool, retryable);
    QFETCH(bool, changesState);
    const ConferenceCommand c = ConferenceCommand::parse(line);
    QVERIFY2(c.isValid(), qPrintable(c.error()));
    QCOMPARE(c.isRetryable(), retryable);
    QCOMPARE(c.changesState(), changesState);
}

void tst_CommandParse::completion()
{
    const QStringList known = ConferenceCommand::knownCommands();
    // Every command of the seed document plus the sipXconfig and FreeSWITCH extras.
    for (const char *name :
         {"bgdial",     "deaf",      "dial",     "dtmf",     "energy", "hup",    "kick",       "list",
          "lock",       "mute",      "norecord", "nopin",    "pin",    "play",   "record",     "relate",
          "say",        "saymember", "stop",     "transfer", "unmute", "undeaf", "unlock",     "volume_in",
          "volume_out", "xml_list",  "invite",   "inviteim", "tmute",  "floor",  "hold",       "unhold",
          "recording",  "get",       "set",      "count",    "setvar", "getvar", "play_status"}) {
        QVERIFY2(known.contains(QString::fromLatin1(name)), name);
        // Every known word parses to something other than "unknown command".
        const ConferenceCommand c = ConferenceCommand::parse(QString::fromLatin1(name));
        QVERIFY2(c.id() != CommandId::Invalid, name);
    }
    QVERIFY(std::is_sorted(known.cbegin(), known.cend()));
    QCOMPARE(ConferenceCommand::syntaxHint(u"mute"_s), u"<[member_id|all]|last|non_moderator>"_s);
    QCOMPARE(ConferenceCommand::syntaxHint(u"Relate"_s),
             u"<member_id>[,<member_id>] <other_member_id>[,<other_member_id>] [nospeak|nohear|clear]"_s);
    QCOMPARE(ConferenceCommand::syntaxHint(u"dial"_s),
             u"<endpoint_module_name>/<destination> <callerid number> <callerid name>"_s);
    QVERIFY(ConferenceCommand::syntaxHint(u"nosuch"_s).isEmpty());
}

QTEST_GUILESS_MAIN(tst_CommandParse)
#include "tst_commandparse.moc"
