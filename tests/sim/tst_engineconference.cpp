// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// BridgeEngine conference commands: transfer, dial, bgdial, invite, relate, recording, prompts and settings.
#include "enginefixture.h"

#include <QSignalSpy>
#include <QTest>

using namespace sim;
using namespace testsupport;

class tst_EngineConference final : public EngineFixture
{
    Q_OBJECT

private slots:
    // ------------------------------------------------------------ transfer, dial, invite
    void transfer()
    {
        add(QStringLiteral("3000"), QStringLiteral("A"), QStringLiteral("1"));
        add(QStringLiteral("3000"), QStringLiteral("B"), QStringLiteral("2"));
        QSignalSpy spy(m_engine.get(), &BridgeEngine::conferenceEvent);
        QCOMPARE(
            api(QStringLiteral("conference 3000 transfer 4000 2 9")),
            QByteArray("+OK Member '2' sent to conference 4000.\n-ERR No Member 9 in conference 3000.\n"));
        QVERIFY(m_engine->conferenceExists(QStringLiteral("4000")));
        // The member keeps its id in the new conference, as on a real 1.10.12 switch
        // (tests/data/realswitch/xml_list-support-after-transfer.xml), not a new one as §1.4 says.
        QCOMPARE(api(QStringLiteral("conference 4000 list")).left(2), QByteArray("2;"));
        QCOMPARE(actions(spy), QByteArrayList({"transfer", "conference-create", "add-member", "del-member"}));
        QCOMPARE(header(spy.at(0).at(0).value<Headers>(), "New-Conference-Name"), QByteArray("4000"));
        QCOMPARE(api(QStringLiteral("conference 3000 transfer 4000")),
                 QByteArray("transfer <conference_name> <member id> [...<member id>]"));
        // a locked target refuses inbound callers
        api(QStringLiteral("conference 4000 lock"));
        QCOMPARE(api(QStringLiteral("conference 3000 transfer 4000@default 1")),
                 QByteArray("+OK Member '1' sent to conference 4000@default.\n"));
        QVERIFY(!m_engine->conferenceExists(QStringLiteral("3000")));
        QCOMPARE(api(QStringLiteral("conference 4000 count")), QByteArray("1"));
    }

    void dialIsSynchronousAndBypassesLock()
    {
        add(QStringLiteral("3000"), QStringLiteral("A"), QStringLiteral("1"));
        api(QStringLiteral("conference 3000 lock"));
        QByteArray result;
        m_engine->api(
            QStringLiteral("conference 3000 dial sofia/gateway/gw/15551234567 15550000000 'Op Erator'"), this,
            [&](const QByteArray &out) { result = out; });
        QVERIFY(result.isEmpty()); // answers after the ring
        QTRY_COMPARE(result, QByteArray("+OK Call Requested: result: [SUCCESS]\n"));
        const QByteArray line = api(QStringLiteral("conference 3000 list")).split('\n').first();
        QCOMPARE(line,
                 QByteArray("2;sofia/gateway/gw/15551234567;00000000-0000-4000-8000-000000000003;Op Erator;"
                            "15550000000;hear|speak;0;0;100"));
        result.clear();
        m_engine->api(QStringLiteral("conference 3000 dial user/busy-bob"), this,
                      [&](const QByteArray &out) { result = out; });
        QTRY_COMPARE(result, QByteArray("+OK Call Requested: result: [USER_BUSY]\n"));
        QCOMPARE(api(QStringLiteral("conference 3000 dial")),
                 QByteArray("-ERR Bad Args\ndial <endpoint_module_name>/<destination> <callerid number> "
                            "<callerid name>"));
        QCOMPARE(api(QStringLiteral("conference nosuch dial")),
                 QByteArray("-ERR Bad Args\nmoh <file_path>|toggle|[on|off]"));
    }

    void dialCreatesMissingConference()
    {
        QByteArray result;
        m_engine->api(QStringLiteral("conference newconf dial user/1000"), this,
                      [&](const QByteArray &out) { result = out; });
        QTRY_VERIFY(!result.isEmpty());
        QCOMPARE(result, QByteArray("+OK Call Requested: result: [SUCCESS]\n"));
        QVERIFY(m_engine->conferenceExists(QStringLiteral("newconf")));
        const QByteArray xml = api(QStringLiteral("conference newconf xml_list"));
        QVERIFY(xml.contains("<caller_id_name>FreeSWITCH</caller_id_name>"));
        QVERIFY(xml.contains("<caller_id_number>00000000</caller_id_number>"));
        // answered once the dialled leg is in: "Outbound conference channel answered, setting
        // CFLAG_ANSWERED" (conference_loop.c; seen on 1.10.12)
        QVERIFY(xml.contains("answered=\"true\""));
        result.clear();
        m_engine->api(QStringLiteral("conference other dial user/unreg-1"), this,
                      [&](const QByteArray &out) { result = out; });
        QTRY_COMPARE(result, QByteArray("+OK Call Requested: result: [USER_NOT_REGISTERED]\n"));
        QVERIFY(!m_engine->conferenceExists(QStringLiteral("other")));
    }

    void bgdial()
    {
        add(QStringLiteral("3000"), QStringLiteral("A"), QStringLiteral("1"));
        QSignalSpy spy(m_engine.get(), &BridgeEngine::conferenceEvent);
        const QByteArray out = api(QStringLiteral("conference 3000 bgdial user/1002 1002 Bob"));
        QCOMPARE(out, QByteArray("+OK Job-UUID: 00000000-0000-4000-8000-000000000004\n"));
        QTRY_VERIFY(actions(spy).contains("bgdial-result"));
        const Headers h = spy.last().at(0).value<Headers>();
        QCOMPARE(header(h, "Result"), QByteArray("SUCCESS"));
        QCOMPARE(header(h, "Job-UUID"), QByteArray("00000000-0000-4000-8000-000000000004"));
        QCOMPARE(header(h, "Peer-UUID"), QByteArray("00000000-0000-4000-8000-000000000003"));
        QCOMPARE(api(QStringLiteral("conference 3000 count")), QByteArray("2"));
        // missing conference: no result event
        spy.clear();
        api(QStringLiteral("conference fresh bgdial user/1003"));
        QTRY_VERIFY(m_engine->conferenceExists(QStringLiteral("fresh")));
        QVERIFY(!actions(spy).contains("bgdial-result"));
    }

    void inviteRespectsLock()
    {
        add(QStringLiteral("3000"), QStringLiteral("A"), QStringLiteral("1"));
        m_engine->invite(QStringLiteral("3000"), QStringLiteral("sip:bob@example.com"), QString());
        QTRY_COMPARE(api(QStringLiteral("conference 3000 count")), QByteArray("2"));
        QVERIFY(api(QStringLiteral("conference 3000 list")).startsWith("2;sofia/internal/bob@127.0.0.1;"));
        api(QStringLiteral("conference 3000 lock"));
        QSignalSpy spy(m_engine.get(), &BridgeEngine::conferenceEvent);
        m_engine->invite(QStringLiteral("3000"), QStringLiteral("1003"), QStringLiteral("Carol"));
        QTest::qWait(80);
        QVERIFY(spy.isEmpty());
        QCOMPARE(api(QStringLiteral("conference 3000 count")), QByteArray("2"));
    }

    // ------------------------------------------------------------ relate (§7)
    void relate()
    {
        add(QStringLiteral("3000"), QStringLiteral("A"), QStringLiteral("1"));
        add(QStringLiteral("3000"), QStringLiteral("B"), QStringLiteral("2"));
        add(QStringLiteral("3000"), QStringLiteral("C"), QStringLiteral("3"));
        QCOMPARE(api(QStringLiteral("conference 3000 relate")), QByteArray("+OK No relationships\n"));
        QCOMPARE(api(QStringLiteral("conference 3000 relate 1")), QByteArray("+OK No relationships\n"));
        QCOMPARE(api(QStringLiteral("conference 3000 relate 1 2")),
                 QByteArray("relate <member_id>[,<member_id>] <other_member_id>[,<other_member_id>] "
                            "[nospeak|nohear|clear]"));
        QCOMPARE(api(QStringLiteral("conference 3000 relate 1 2 NOSPEAK")).left(7), QByteArray("relate "));
        QCOMPARE(api(QStringLiteral("conference 3000 relate 1,2 3 nospeak")),
                 QByteArray("+OK 1->3 nospeak set\n+OK 2->3 nospeak set\n"));
        QCOMPARE(api(QStringLiteral("conference 3000 relate")), QByteArray());
        QCOMPARE(api(QStringLiteral("conference 3000 relate 1")),
                 QByteArray("1 -> 3 NOSPEAK HEAR NOSENDVIDEO \n"));
        // re-setting replaces the flags
        QCOMPARE(api(QStringLiteral("conference 3000 relate 1 3 nohear")),
                 QByteArray("+OK 1->3 nohear set\n"));
        QCOMPARE(api(QStringLiteral("conference 3000 relate 1")),
                 QByteArray("1 -> 3 SPEAK NOHEAR NOSENDVIDEO \n"));
        QCOMPARE(api(QStringLiteral("conference 3000 relate 1 2 nospeak|nohear")),
                 QByteArray("+OK 1->2 nospeak|nohear set\n"));
        QCOMPARE(api(QStringLiteral("conference 3000 relate all")),
                 QByteArray("2 -> 3 NOSPEAK HEAR NOSENDVIDEO \n1 -> 2 NOSPEAK NOHEAR NOSENDVIDEO \n"
                            "1 -> 3 SPEAK NOHEAR NOSENDVIDEO \n"));
        QCOMPARE(api(QStringLiteral("conference 3000 relate 1 9 nospeak")),
                 QByteArray("-ERR relationship 1->9 not found.\n"));
        QCOMPARE(api(QStringLiteral("conference 3000 relate 1 3 clear")),
                 QByteArray("+OK relationship 1->3 cleared.\n"));
        QCOMPARE(api(QStringLiteral("conference 3000 relate 9 3 clear")),
                 QByteArray("-ERR relationship 9->3 not found.\n"));
        // a departed member's entries are deleted
        api(QStringLiteral("conference 3000 kick 1"));
        QCOMPARE(api(QStringLiteral("conference 3000 relate 0")),
                 QByteArray("2 -> 3 NOSPEAK HEAR NOSENDVIDEO \n"));
        api(QStringLiteral("conference 3000 kick 2"));
        QCOMPARE(api(QStringLiteral("conference 3000 relate")), QByteArray("+OK No relationships\n"));
    }

    // ------------------------------------------------------------ recording (§3.6)
    void recording()
    {
        add(QStringLiteral("3000"), QStringLiteral("A"), QStringLiteral("1"));
        QSignalSpy spy(m_engine.get(), &BridgeEngine::conferenceEvent);
        const QString path = QStringLiteral("/tmp/freeswitch/recordings/3000.wav");
        QCOMPARE(api(QStringLiteral("conference 3000 chkrecord")),
                 QByteArray("-ERR Conference is not being recorded.\n"));
        QCOMPARE(api(QStringLiteral("conference 3000 record")), QByteArray("record <filename>"));
        QCOMPARE(api(QStringLiteral("conference 3000 record ") + path),
                 QByteArray("+OK Record file /tmp/freeswitch/recordings/3000.wav\n"));
        QCOMPARE(api(QStringLiteral("conference 3000 record {foo=bar}") + path),
                 QByteArray("-ERR file [/tmp/freeswitch/recordings/3000.wav] is already being used for "
                            "recording.\n"));
        QVERIFY(api(QStringLiteral("conference 3000 xml_list")).contains(" recording=\"true\""));
        QCOMPARE(api(QStringLiteral("conference 3000 chkrecord x")),
                 QByteArray("+OK Record file /tmp/freeswitch/recordings/3000.wav\n"));
        m_now += 10'000;
        QCOMPARE(api(QStringLiteral("conference 3000 recording pause ") + path),
                 QByteArray("+OK Pause recording file /tmp/freeswitch/recordings/3000.wav\n"));
        QVERIFY(api(QStringLiteral("conference 3000 xml_list")).contains("<record_path status=\"paused\">"));
        m_now += 20'000;
        QCOMPARE(m_engine->recordingDurationSeconds(path), 10);
        QCOMPARE(api(QStringLiteral("conference 3000 resume ") + path),
                 QByteArray("+OK Resume recording file /tmp/freeswitch/recordings/3000.wav\n"));
        m_now += 5'000;
        QCOMPARE(m_engine->recordingDurationSeconds(path), 15);
        QCOMPARE(api(QStringLiteral("conference 3000 pause /nope.wav")),
                 QByteArray("+OK Pause recording file /nope.wav\n-ERR non-existant recording '/nope.wav'\n"));
        QCOMPARE(api(QStringLiteral("conference 3000 norecord /nope.wav")),
                 QByteArray("-ERR non-existant recording '/nope.wav'\n+OK Stopped recording 0 files\n"));
        QCOMPARE(api(QStringLiteral("conference 3000 norecord ") + path),
                 QByteArray("Stopped recording file /tmp/freeswitch/recordings/3000.wav\n"
                            "+OK Stopped recording 0 files\n"));
        QVERIFY(!api(QStringLiteral("conference 3000 xml_list")).contains("recording"));
        m_now += 60'000;
        QVERIFY(m_engine->recordingFileExists(path));
        QCOMPARE(m_engine->recordingDurationSeconds(path), 15); // frozen at stop
        m_engine->deleteRecordingFile(path);
        QVERIFY(!m_engine->recordingFileExists(path));
        QCOMPARE(m_engine->recordingDurationSeconds(path), -1);
        QCOMPARE(actions(spy), QByteArrayList({"start-recording", "pause-recording", "resume-recording",
                                               "stop-recording"}));
        // the gotcha: "recording pause" records into a file named "pause"
        QCOMPARE(api(QStringLiteral("conference 3000 recording pause")),
                 QByteArray("+OK Record file pause\n"));
        QCOMPARE(api(QStringLiteral("conference 3000 recording stop")),
                 QByteArray("Stopped recording file pause\n+OK Stopped recording 0 files\n"));
        QCOMPARE(api(QStringLiteral("conference 3000 recording check")),
                 QByteArray("-ERR Conference is not being recorded.\n"));
        QCOMPARE(api(QStringLiteral("conference 3000 recording")),
                 QByteArray("recording [start|stop|check|pause|resume] [<filename>|all]"));
    }

    // ------------------------------------------------------------ prompts, conference settings
    void promptsAndSettings()
    {
        add(QStringLiteral("3000"), QStringLiteral("A"), QStringLiteral("1"));
        QCOMPARE(api(QStringLiteral("conference 3000 say hello   world")), QByteArray("+OK (say) OK\n"));
        QCOMPARE(api(QStringLiteral("conference 3000 say")),
                 QByteArray("-ERR (say) Error! No text.\nsay <text>"));
        QCOMPARE(api(QStringLiteral("conference 3000 saymember 1 hi there")),
                 QByteArray("+OK (saymember) OK\n"));
        QCOMPARE(api(QStringLiteral("conference 3000 saymember 5 hi")),
                 QByteArray("-ERR (saymember) Unknown Member 5!\nsaymember <member_id> <text>"));
        QCOMPARE(api(QStringLiteral("conference 3000 play /s/hello.wav")),
                 QByteArray("+OK (play) Playing file /s/hello.wav\n"));
        QCOMPARE(api(QStringLiteral("conference 3000 play /s/missing.wav")),
                 QByteArray("-ERR (play) File: /s/missing.wav not found.\n"));
        QCOMPARE(api(QStringLiteral("conference 3000 play /s/a.wav async")),
                 QByteArray("+OK (play) Playing file /s/a.wav\n"));
        QCOMPARE(api(QStringLiteral("conference 3000 play /s/a.wav 1")),
                 QByteArray("+OK (play) Playing file /s/a.wav to member 1\n"));
        QCOMPARE(api(QStringLiteral("conference 3000 play")),
                 QByteArray("play <file_path> [async|<member_id> [nomux]]"));
        QCOMPARE(api(QStringLiteral("conference 3000 stop async")), QByteArray("+OK Stopped 1 files.\n"));
        QCOMPARE(api(QStringLiteral("conference 3000 stop")), QByteArray("+OK Stopped 1 files.\n"));
        QCOMPARE(api(QStringLiteral("conference 3000 stop all 1")), QByteArray("+OK Stopped 1 files.\n"));
        QCOMPARE(api(QStringLiteral("conference 3000 stop all 9")),
                 QByteArray("-ERR Member: 9 not found.\n"));
        QCOMPARE(api(QStringLiteral("conference 3000 dtmf 1")), QByteArray("-ERR Invalid input!\n"));
        QCOMPARE(api(QStringLiteral("conference 3000 dtmf all 1#")), QByteArray("+OK sent 1# to 1\n"));
        QCOMPARE(api(QStringLiteral("conference 3000 pin 1234")),
                 QByteArray("+OK Pin for conference 3000 set: 1234\n"));
        QCOMPARE(api(QStringLiteral("conference 3000 pin mod 99")),
                 QByteArray("+OK Moderator Pin for conference 3000 set: 99\n"));
        QCOMPARE(api(QStringLiteral("conference 3000 nopin")),
                 QByteArray("+OK Pin for conference 3000 deleted\n"));
        QCOMPARE(api(QStringLiteral("conference 3000 PIN 1")),
                 QByteArray("-ERR Invalid parameters:\npin <pin#>"));
        QCOMPARE(api(QStringLiteral("conference 3000 get is_locked")), QByteArray());
        api(QStringLiteral("conference 3000 lock"));
        QCOMPARE(api(QStringLiteral("conference 3000 get is_locked")), QByteArray("locked"));
        QCOMPARE(api(QStringLiteral("conference 3000 get bogus")), QByteArray("get <parameter-name>"));
        QCOMPARE(api(QStringLiteral("conference 3000 set max_members 10")), QByteArray("0"));
        QCOMPARE(api(QStringLiteral("conference 3000 get max_members")), QByteArray("10"));
        QVERIFY(api(QStringLiteral("conference 3000 xml_list")).contains(" max_members=\"10\" run_time="));
        QCOMPARE(api(QStringLiteral("conference 3000 set max_members -1")).left(4), QByteArray("set "));
        QCOMPARE(api(QStringLiteral("conference 3000 setvar billing ACME-42")), QByteArray("+OK\n"));
        QCOMPARE(api(QStringLiteral("conference 3000 getvar billing")), QByteArray("ACME-42"));
        QVERIFY(
            api(QStringLiteral("conference 3000 xml_list"))
                .contains("    <variables>\n      <variable name=\"billing\" value=\"ACME-42\"></variable>\n"
                          "    </variables>\n"));
        QCOMPARE(api(QStringLiteral("conference 3000 setvar billing")), QByteArray("+OK\n"));
        QCOMPARE(api(QStringLiteral("conference 3000 getvar billing")), QByteArray());
        QCOMPARE(api(QStringLiteral("conference 3000 unlock")), QByteArray("+OK 3000 unlocked\n"));
    }

    void memberFilesAndMusic()
    {
        // play_status with a member reads that member's own file (conference_api_sub_play_status);
        // a held member hears the hold file, which unhold stops.
        const quint32 a = add(QStringLiteral("3000"), QStringLiteral("A"), QStringLiteral("1"));
        const QString id = QString::number(a);
        QCOMPARE(api(QStringLiteral("conference 3000 play_status %1").arg(id)),
                 QByteArray("-ERR Nothing is playing\n"));
        QCOMPARE(api(QStringLiteral("conference 3000 play_status 99")),
                 QByteArray("-ERR Member: 99 not found.\nplay_status [<member_id>]"));
        QCOMPARE(api(QStringLiteral("conference 3000 play_status 1 2")),
                 QByteArray("play_status [<member_id>]"));
        api(QStringLiteral("conference 3000 play /s/bye.wav %1").arg(id));
        QVERIFY(api(QStringLiteral("conference 3000 play_status %1").arg(id)).endsWith("/8000 /s/bye.wav\n"));
        // Files queue: a second one waits behind the first; stop current ends the head only.
        api(QStringLiteral("conference 3000 play /s/second.wav %1").arg(id));
        QCOMPARE(api(QStringLiteral("conference 3000 stop current %1").arg(id)), QByteArray("+OK Stopped 1 files.\n"));
        QVERIFY(api(QStringLiteral("conference 3000 play_status %1").arg(id)).endsWith(" /s/second.wav\n"));
        QCOMPARE(api(QStringLiteral("conference 3000 play_status")), QByteArray("-ERR Nothing is playing\n"));
        QCOMPARE(api(QStringLiteral("conference 3000 stop all %1").arg(id)),
                 QByteArray("+OK Stopped 1 files.\n"));
        QCOMPARE(api(QStringLiteral("conference 3000 hold %1 local_stream://moh").arg(id)),
                 QByteArray("+OK hold %1\n").replace("%1", id.toUtf8()));
        QCOMPARE(api(QStringLiteral("conference 3000 play_status %1").arg(id)), QByteArray("+OK 0/0 moh\n"));
        api(QStringLiteral("conference 3000 unhold %1").arg(id));
        QCOMPARE(api(QStringLiteral("conference 3000 play_status %1").arg(id)),
                 QByteArray("-ERR Nothing is playing\n"));

        // The conference's own queue and its one async slot (conference_file_play).
        QCOMPARE(api(QStringLiteral("conference 3000 play tone_stream://%(100,0,300)")),
                 QByteArray("+OK (play) Playing file tone_stream://%(100,0,300)\n"));
        QCOMPARE(api(QStringLiteral("conference 3000 play_status")), QByteArray("+OK 0/0 %(100,0,300)\n"));
        m_now += 150; // a 100 ms tone has played
        QCOMPARE(api(QStringLiteral("conference 3000 play_status")), QByteArray("-ERR Nothing is playing\n"));
        api(QStringLiteral("conference 3000 play /s/one.wav async"));
        api(QStringLiteral("conference 3000 play /s/two.wav async")); // replaces the first
        QCOMPARE(api(QStringLiteral("conference 3000 play_status")), QByteArray("-ERR Nothing is playing\n"));
        QCOMPARE(api(QStringLiteral("conference 3000 pause_play")), QByteArray()); // async files are not its business
        QCOMPARE(api(QStringLiteral("conference 3000 file_seek +100")), QByteArray());
        QCOMPARE(api(QStringLiteral("conference 3000 file-vol 1")), QByteArray("-ERR File not playing\nfile-vol <vol#>"));
        QCOMPARE(api(QStringLiteral("conference 3000 file-vol 1 x")), QByteArray("+OK volume changed\n"));
        api(QStringLiteral("conference 3000 play /s/q.wav"));
        QCOMPARE(api(QStringLiteral("conference 3000 pause_play")), QByteArray("+OK Pause\n"));
        QCOMPARE(api(QStringLiteral("conference 3000 pause_play")), QByteArray("+OK Resume\n"));
        QVERIFY(api(QStringLiteral("conference 3000 file_seek +100")).startsWith("+OK seek to position "));
        QCOMPARE(api(QStringLiteral("conference 3000 stop all")), QByteArray("+OK Stopped 2 files.\n"));

        // moh: on, off, toggle, reset or a file; choosing one stops the async files.
        QCOMPARE(api(QStringLiteral("conference 3000 moh")), QByteArray("-ERR invalid moh param\n"));
        api(QStringLiteral("conference 3000 play /s/music.wav async"));
        QCOMPARE(api(QStringLiteral("conference 3000 moh off")), QByteArray("+OK moh\n"));
        QCOMPARE(api(QStringLiteral("conference 3000 play_status")), QByteArray("-ERR Nothing is playing\n"));
        for (const char *what : {"on", "toggle", "reset", "/s/other-music.wav"})
            QCOMPARE(api(QStringLiteral("conference 3000 moh %1").arg(QLatin1String(what))),
                     QByteArray("+OK moh\n"));
    }
};

QTEST_GUILESS_MAIN(tst_EngineConference)
#include "tst_engineconference.moc"
