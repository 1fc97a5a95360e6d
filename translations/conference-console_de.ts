<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
    <context>
        <name>ConnectionDialog</name>
        <message>
            <location filename="../ui/connectiondialog.ui" line="20" />
            <source>Connection</source>
            <translation>Verbindung</translation>
        </message>
        <message>
            <location filename="../ui/connectiondialog.ui" line="31" />
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <location filename="../ui/connectiondialog.ui" line="41" />
            <source>Head office PBX</source>
            <translation>TK-Anlage Zentrale</translation>
        </message>
        <message>
            <location filename="../ui/connectiondialog.ui" line="48" />
            <source>&amp;Connect through:</source>
            <translation>&amp;Verbinden über:</translation>
        </message>
        <message>
            <location filename="../ui/connectiondialog.ui" line="59" />
            <source>sipXconfig REST API</source>
            <translation>sipXconfig-REST-API</translation>
        </message>
        <message>
            <location filename="../ui/connectiondialog.ui" line="64" />
            <source>FreeSWITCH event socket</source>
            <translation>FreeSWITCH-Event-Socket</translation>
        </message>
        <message>
            <location filename="../ui/connectiondialog.ui" line="72" />
            <source>Server &amp;address:</source>
            <translation>Server-A&amp;dresse:</translation>
        </message>
        <message>
            <location filename="../ui/connectiondialog.ui" line="89" />
            <source>&amp;User:</source>
            <translation>&amp;Benutzer:</translation>
        </message>
        <message>
            <location filename="../ui/connectiondialog.ui" line="102" />
            <source>FreeSWITCH &amp;host:</source>
            <translation>FreeSWITCH-&amp;Host:</translation>
        </message>
        <message>
            <location filename="../ui/connectiondialog.ui" line="119" />
            <source>Event socket p&amp;ort:</source>
            <translation>Event-Socket-P&amp;ort:</translation>
        </message>
        <message>
            <location filename="../ui/connectiondialog.ui" line="159" />
            <source>&amp;Password:</source>
            <translation>&amp;Passwort:</translation>
        </message>
        <message>
            <location filename="../ui/connectiondialog.ui" line="176" />
            <source>The password is saved in the system keychain when one is available, otherwise kept in memory for this session only.</source>
            <translation>Das Passwort wird im Schlüsselbund des Systems gespeichert, sofern einer verfügbar ist; andernfalls nur für diese Sitzung im Speicher gehalten.</translation>
        </message>
        <message>
            <location filename="../ui/connectiondialog.ui" line="186" />
            <source>Command &amp;method:</source>
            <translation>Befehls&amp;methode:</translation>
        </message>
        <message>
            <location filename="../ui/connectiondialog.ui" line="197" />
            <source>Auto (PUT, fall back to GET on 405)</source>
            <translation>Automatisch (PUT, bei 405 Rückfall auf GET)</translation>
        </message>
        <message>
            <location filename="../ui/connectiondialog.ui" line="202" />
            <source>GET (upstream sipXconfig)</source>
            <translation>GET (sipXconfig-Original)</translation>
        </message>
        <message>
            <location filename="../ui/connectiondialog.ui" line="207" />
            <source>PUT (as documented)</source>
            <translation>PUT (laut Dokumentation)</translation>
        </message>
        <message>
            <location filename="../ui/connectiondialog.ui" line="215" />
            <source>&amp;Refresh every:</source>
            <translation>Aktualisierung &amp;alle:</translation>
        </message>
        <message>
            <location filename="../ui/connectiondialog.ui" line="227" />
            <source> s</source>
            <translation> s</translation>
        </message>
        <message>
            <location filename="../ui/connectiondialog.ui" line="266" />
            <source>Trusted certificates (pinned SHA-256 fingerprints)</source>
            <translation>Vertrauenswürdige Zertifikate (gepinnte SHA-256-Fingerabdrücke)</translation>
        </message>
        <message>
            <location filename="../ui/connectiondialog.ui" line="287" />
            <source>Re&amp;move</source>
            <translation>Ent&amp;fernen</translation>
        </message>
    </context>
    <context>
        <name>DialOutDialog</name>
        <message>
            <location filename="../ui/dialoutdialog.ui" line="20" />
            <source>Dial out</source>
            <translation>Hinauswählen</translation>
        </message>
        <message>
            <location filename="../ui/dialoutdialog.ui" line="33" />
            <source>How to reach the participant</source>
            <translation>So wird der Teilnehmer erreicht</translation>
        </message>
        <message>
            <location filename="../ui/dialoutdialog.ui" line="39" />
            <source>Dial and &amp;wait (FreeSWITCH dial)</source>
            <translation>Wählen und w&amp;arten (FreeSWITCH dial)</translation>
        </message>
        <message>
            <location filename="../ui/dialoutdialog.ui" line="49" />
            <source>Dial in the &amp;background (bgdial)</source>
            <translation>Im &amp;Hintergrund wählen (bgdial)</translation>
        </message>
        <message>
            <location filename="../ui/dialoutdialog.ui" line="56" />
            <source>&amp;Invite (sipXconfig: user, extension or SIP address)</source>
            <translation>E&amp;inladen (sipXconfig: Benutzer, Nebenstelle oder SIP-Adresse)</translation>
        </message>
        <message>
            <location filename="../ui/dialoutdialog.ui" line="63" />
            <source>Invite by I&amp;M ID (sipXconfig)</source>
            <translation>Per I&amp;M-ID einladen (sipXconfig)</translation>
        </message>
        <message>
            <location filename="../ui/dialoutdialog.ui" line="95" />
            <source>&amp;Endpoint:</source>
            <translation>End&amp;punkt:</translation>
        </message>
        <message>
            <location filename="../ui/dialoutdialog.ui" line="135" />
            <source>De&amp;stination:</source>
            <translation>&amp;Ziel:</translation>
        </message>
        <message>
            <location filename="../ui/dialoutdialog.ui" line="145" />
            <source>1000@pbx.example.com</source>
            <translation>1000@pbx.example.com</translation>
        </message>
        <message>
            <location filename="../ui/dialoutdialog.ui" line="152" />
            <source>Caller ID &amp;number:</source>
            <translation>&amp;Rufnummer (Anrufer-ID):</translation>
        </message>
        <message>
            <location filename="../ui/dialoutdialog.ui" line="162" />
            <source>optional, e.g. 2000</source>
            <translation>optional, z. B. 2000</translation>
        </message>
        <message>
            <location filename="../ui/dialoutdialog.ui" line="169" />
            <source>Caller ID n&amp;ame:</source>
            <translation>&amp;Name (Anrufer-ID):</translation>
        </message>
        <message>
            <location filename="../ui/dialoutdialog.ui" line="179" />
            <source>optional, e.g. Sales conference</source>
            <translation>optional, z. B. Vertriebskonferenz</translation>
        </message>
        <message>
            <location filename="../ui/dialoutdialog.ui" line="186" />
            <source>&amp;Variables:</source>
            <translation>&amp;Variablen:</translation>
        </message>
        <message>
            <location filename="../ui/dialoutdialog.ui" line="226" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../ui/dialoutdialog.ui" line="231" />
            <source>Value</source>
            <translation>Wert</translation>
        </message>
        <message>
            <location filename="../ui/dialoutdialog.ui" line="241" />
            <source>A&amp;dd</source>
            <translation>Hinzu&amp;fügen</translation>
        </message>
        <message>
            <location filename="../ui/dialoutdialog.ui" line="248" />
            <source>&amp;Remove</source>
            <translation>&amp;Löschen</translation>
        </message>
        <message>
            <location filename="../ui/dialoutdialog.ui" line="291" />
            <source>&amp;Target:</source>
            <translation>&amp;Ziel:</translation>
        </message>
        <message>
            <location filename="../ui/dialoutdialog.ui" line="347" />
            <source>&amp;Use invite instead</source>
            <translation>Stattdessen &amp;einladen</translation>
        </message>
        <message>
            <location filename="../ui/dialoutdialog.ui" line="357" />
            <source>Preview</source>
            <translation>Vorschau</translation>
        </message>
        <message>
            <location filename="../ui/dialoutdialog.ui" line="366" />
            <source>REST:</source>
            <translation>REST:</translation>
        </message>
        <message>
            <location filename="../ui/dialoutdialog.ui" line="386" />
            <source>API:</source>
            <translation>API:</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../ui/mainwindow.ui" line="14" />
            <source>Conference Console</source>
            <translation>Conference Console</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.ui" line="46" />
            <source>&lt;h2&gt;No conference open&lt;/h2&gt;&lt;p&gt;Connect to a server: a sipXconfig server through its conference REST API, or a FreeSWITCH switch through its event socket (File ▸ Connect…, or a saved one in File ▸ Connections…). Then double-click a conference in the list on the left, or use File ▸ Open conference by name….&lt;/p&gt;</source>
            <translation>&lt;h2&gt;Keine Konferenz geöffnet&lt;/h2&gt;&lt;p&gt;Verbinden Sie sich mit einem Server: mit einem sipXconfig-Server über dessen Konferenz-REST-API oder mit einem FreeSWITCH-Switch über dessen Event-Socket (Datei ▸ Verbinden… oder eine gespeicherte Verbindung unter Datei ▸ Verbindungen…). Doppelklicken Sie dann links in der Liste auf eine Konferenz, oder verwenden Sie Datei ▸ Konferenz nach Namen öffnen….&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.ui" line="94" />
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.ui" line="106" />
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.ui" line="111" />
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.ui" line="122" />
            <source>Main toolbar</source>
            <translation>Hauptwerkzeugleiste</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.ui" line="143" />
            <source>&amp;Connect…</source>
            <translation>&amp;Verbinden…</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.ui" line="146" />
            <source>Connect to a sipXconfig server</source>
            <translation>Mit einem sipXconfig-Server verbinden</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.ui" line="149" />
            <source>Ctrl+N</source>
            <translation>Ctrl+N</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.ui" line="154" />
            <source>&amp;Open conference by name…</source>
            <translation>Konferenz nach Namen ö&amp;ffnen…</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.ui" line="157" />
            <source>Open a conference of the selected server by its name</source>
            <translation>Eine Konferenz des ausgewählten Servers über ihren Namen öffnen</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.ui" line="160" />
            <source>Ctrl+O</source>
            <translation>Ctrl+O</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.ui" line="165" />
            <source>Refresh conference &amp;list</source>
            <translation>Konferenz&amp;liste aktualisieren</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.ui" line="168" />
            <source>Fetch the conference lists of all servers again</source>
            <translation>Die Konferenzlisten aller Server erneut abrufen</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.ui" line="171" />
            <source>Ctrl+R</source>
            <translation>Ctrl+R</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.ui" line="176" />
            <source>&amp;Close conference</source>
            <translation>Konferenz &amp;schließen</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.ui" line="179" />
            <source>Ctrl+W</source>
            <translation>Ctrl+W</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.ui" line="184" />
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.ui" line="187" />
            <source>Ctrl+Q</source>
            <translation>Ctrl+Q</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.ui" line="192" />
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Tastenkürzel</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.ui" line="197" />
            <source>&amp;About Conference Console</source>
            <translation>&amp;Über Conference Console</translation>
        </message>
    </context>
    <context>
        <name>cc::ArrivalRules</name>
        <message>
            <location filename="../src/core/meeting/arrivalrules.cpp" line="329" />
            <source>%1 (the file did not play: %2)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cc::AttendanceTracker</name>
        <message>
            <location filename="../src/core/insights/attendancetracker.cpp" line="352" />
            <source>Member</source>
            <translation>Teilnehmer</translation>
        </message>
        <message>
            <location filename="../src/core/insights/attendancetracker.cpp" line="352" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../src/core/insights/attendancetracker.cpp" line="353" />
            <source>Number</source>
            <translation>Rufnummer</translation>
        </message>
        <message>
            <location filename="../src/core/insights/attendancetracker.cpp" line="353" />
            <source>Moderator</source>
            <translation>Moderator</translation>
        </message>
        <message>
            <location filename="../src/core/insights/attendancetracker.cpp" line="354" />
            <source>Joined</source>
            <translation>Beigetreten</translation>
        </message>
        <message>
            <location filename="../src/core/insights/attendancetracker.cpp" line="354" />
            <source>Left</source>
            <translation>Gegangen</translation>
        </message>
        <message>
            <location filename="../src/core/insights/attendancetracker.cpp" line="355" />
            <source>Present</source>
            <translation>Anwesend</translation>
        </message>
        <message>
            <location filename="../src/core/insights/attendancetracker.cpp" line="355" />
            <source>Talk time</source>
            <translation>Redezeit</translation>
        </message>
        <message>
            <location filename="../src/core/insights/attendancetracker.cpp" line="356" />
            <source>Talk turns</source>
            <translation>Wortbeiträge</translation>
        </message>
        <message>
            <location filename="../src/core/insights/attendancetracker.cpp" line="356" />
            <source>Muted</source>
            <translation>Stummgeschaltet</translation>
        </message>
        <message>
            <location filename="../src/core/insights/attendancetracker.cpp" line="368" />
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <location filename="../src/core/insights/attendancetracker.cpp" line="368" />
            <source>no</source>
            <translation>nein</translation>
        </message>
        <message>
            <location filename="../src/core/insights/attendancetracker.cpp" line="370" />
            <source>still here</source>
            <translation>noch anwesend</translation>
        </message>
        <message>
            <location filename="../src/core/insights/attendancetracker.cpp" line="389" />
            <source>Totals: members %1, talk time %2, talk turns %3, muted %4</source>
            <translation>Summen: Teilnehmer %1, Redezeit %2, Wortbeiträge %3, stummgeschaltet %4</translation>
        </message>
        <message>
            <location filename="../src/core/insights/attendancetracker.cpp" line="410" />
            <location filename="../src/core/insights/attendancetracker.cpp" line="436" />
            <source>Attendance — %1</source>
            <translation>Anwesenheit — %1</translation>
        </message>
        <message>
            <location filename="../src/core/insights/attendancetracker.cpp" line="412" />
            <location filename="../src/core/insights/attendancetracker.cpp" line="447" />
            <source>Meeting start: %1</source>
            <translation>Beginn der Besprechung: %1</translation>
        </message>
        <message>
            <location filename="../src/core/insights/attendancetracker.cpp" line="413" />
            <location filename="../src/core/insights/attendancetracker.cpp" line="449" />
            <source>Report time: %1</source>
            <translation>Berichtszeitpunkt: %1</translation>
        </message>
        <message>
            <location filename="../src/core/insights/attendancetracker.cpp" line="428" />
            <source>Nobody has been seen in the conference.</source>
            <translation>In der Konferenz wurde niemand erfasst.</translation>
        </message>
    </context>
    <context>
        <name>cc::AuditLog</name>
        <message>
            <location filename="../src/core/diagnostics/auditlog.cpp" line="279" />
            <source>The folder %1 for the audit log cannot be created.</source>
            <translation>Der Ordner %1 für das Prüfprotokoll kann nicht angelegt werden.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/auditlog.cpp" line="287" />
            <location filename="../src/core/diagnostics/auditlog.cpp" line="323" />
            <source>The audit log %1 cannot be written: %2</source>
            <translation>Das Prüfprotokoll %1 kann nicht geschrieben werden: %2</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/auditlog.cpp" line="300" />
            <source>The old audit log %1 cannot be removed.</source>
            <translation>Das alte Prüfprotokoll %1 kann nicht entfernt werden.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/auditlog.cpp" line="306" />
            <source>The audit log %1 cannot be renamed to %2.</source>
            <translation>Das Prüfprotokoll %1 kann nicht in %2 umbenannt werden.</translation>
        </message>
    </context>
    <context>
        <name>cc::BreakoutSession</name>
        <message>
            <location filename="../src/core/meeting/breakout.cpp" line="243" />
            <source>%1 could not be moved to %2: no longer in %3 (hung up?).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/core/meeting/breakout.cpp" line="250" />
            <source>Moving %1 to %2 failed: %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/core/meeting/breakout.cpp" line="292" />
            <source>A breakout is already running; bring everyone back first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/core/meeting/breakout.cpp" line="339" />
            <source>Room %1 cannot be used (%2): %3 stay in %4.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/core/meeting/breakout.cpp" line="348" />
            <source>Room %1 is locked, and a locked conference turns callers away: %2 stay in %3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/core/meeting/breakout.cpp" line="412" />
            <source>The file did not play in %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/core/meeting/breakout.cpp" line="487" />
            <source>Room %1 cannot be read (%2); its members were not brought back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/core/meeting/breakout.cpp" line="501" />
            <source>%1 left %2 and cannot be brought back.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cc::CommandOutcome</name>
        <message>
            <location filename="../src/core/commands/commandresponse.cpp" line="29" />
            <source>
[… %1 bytes in total]</source>
            <translation>
[… insgesamt %1 Bytes]</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandresponse.cpp" line="160" />
            <source>The invitation needs exactly one person or number to invite.</source>
            <translation>Die Einladung benötigt genau eine Person oder Rufnummer.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandresponse.cpp" line="164" />
            <location filename="../src/core/commands/commandresponse.cpp" line="311" />
            <source>No command was given to the conference.</source>
            <translation>Der Konferenz wurde kein Befehl übergeben.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandresponse.cpp" line="166" />
            <source>The server did not accept the request (bad request).</source>
            <translation>Der Server hat die Anfrage nicht angenommen (Bad Request).</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandresponse.cpp" line="170" />
            <location filename="../src/core/rest/restclient.cpp" line="521" />
            <source>The server did not accept the user name or password.</source>
            <translation>Der Server hat den Benutzernamen oder das Passwort nicht akzeptiert.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandresponse.cpp" line="174" />
            <source>You are not the owner of this conference, so you cannot control it.</source>
            <translation>Sie sind nicht der Inhaber dieser Konferenz und können sie daher nicht steuern.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandresponse.cpp" line="179" />
            <source>sipXconfig does not know a conference with this name.</source>
            <translation>sipXconfig kennt keine Konferenz mit diesem Namen.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandresponse.cpp" line="182" />
            <source>The server has no such address. Check the server URL in the connection settings.</source>
            <translation>Diese Adresse gibt es auf dem Server nicht. Prüfen Sie die Server-URL in den Verbindungseinstellungen.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandresponse.cpp" line="187" />
            <source>The server does not allow this request method for commands; send commands with GET.</source>
            <translation>Der Server erlaubt diese Anfragemethode für Befehle nicht; senden Sie Befehle mit GET.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandresponse.cpp" line="193" />
            <source>The conference exists but is not active: nobody has joined it yet.</source>
            <translation>Die Konferenz existiert, ist aber nicht aktiv: Es ist noch niemand beigetreten.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandresponse.cpp" line="196" />
            <source>The server cannot answer in the requested format (content negotiation failed).</source>
            <translation>Der Server kann nicht im angeforderten Format antworten (Content Negotiation fehlgeschlagen).</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandresponse.cpp" line="206" />
            <source>The invitation failed: the IM id is unknown or the invitation could not be sent.</source>
            <translation>Die Einladung ist fehlgeschlagen: Die IM-ID ist unbekannt oder die Einladung konnte nicht gesendet werden.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandresponse.cpp" line="210" />
            <source>sipXconfig cannot reach the FreeSWITCH conference bridge.</source>
            <translation>sipXconfig kann die FreeSWITCH-Konferenzbrücke nicht erreichen.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandresponse.cpp" line="214" />
            <source>sipXconfig refused the request: %1</source>
            <translation>sipXconfig hat die Anfrage abgelehnt: %1</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandresponse.cpp" line="217" />
            <source>The server reported an internal error: %1</source>
            <translation>Der Server hat einen internen Fehler gemeldet: %1</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandresponse.cpp" line="221" />
            <source>The server reported an internal error (HTTP 500).</source>
            <translation>Der Server hat einen internen Fehler gemeldet (HTTP 500).</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandresponse.cpp" line="229" />
            <source>The web server got no answer from the conference service behind it (HTTP %1). The conference bridge may be down or overloaded.</source>
            <translation>Der Webserver hat vom dahinterliegenden Konferenzdienst keine Antwort erhalten (HTTP %1). Die Konferenzbrücke ist möglicherweise ausgefallen oder überlastet.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandresponse.cpp" line="237" />
            <source>The server answered with HTTP status %1.</source>
            <translation>Der Server hat mit HTTP-Status %1 geantwortet.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandresponse.cpp" line="240" />
            <source>The server answered with HTTP status %1: %2.</source>
            <translation>Der Server hat mit HTTP-Status %1 geantwortet: %2.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandresponse.cpp" line="266" />
            <location filename="../src/core/commands/commandresponse.cpp" line="417" />
            <source>No recording file exists, so there is no duration.</source>
            <translation>Es gibt keine Aufnahmedatei, daher gibt es keine Dauer.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandresponse.cpp" line="269" />
            <source>FreeSWITCH carried out the command and had nothing to report.</source>
            <translation>FreeSWITCH hat den Befehl ausgeführt und hatte nichts zu melden.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandresponse.cpp" line="271" />
            <source>FreeSWITCH printed nothing: no member matched the selection, or there was nothing to report.</source>
            <translation>FreeSWITCH hat nichts ausgegeben: Kein Teilnehmer entsprach der Auswahl, oder es gab nichts zu melden.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandresponse.cpp" line="285" />
            <location filename="../src/core/commands/commandresponse.cpp" line="357" />
            <source>The command was carried out.</source>
            <translation>Der Befehl wurde ausgeführt.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandresponse.cpp" line="295" />
            <source>There is no member %1 in the conference: it left, or the id is wrong (a caller who rejoins gets a new id).</source>
            <translation>In der Konferenz gibt es keinen Teilnehmer %1: Er hat sie verlassen, oder die ID ist falsch (ein Anrufer, der erneut beitritt, erhält eine neue ID).</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandresponse.cpp" line="300" />
            <source>No member in the conference matches the selection.</source>
            <translation>Kein Teilnehmer der Konferenz entspricht der Auswahl.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandresponse.cpp" line="305" />
            <source>The conference bridge does not know the command "%1".</source>
            <translation>Die Konferenzbrücke kennt den Befehl „%1“ nicht.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandresponse.cpp" line="314" />
            <source>The conference "%1" is not running on the bridge: nobody has joined it yet, or it has just ended.</source>
            <translation>Die Konferenz „%1“ läuft nicht auf der Konferenzbrücke: Es ist noch niemand beigetreten, oder sie wurde gerade beendet.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandresponse.cpp" line="324" />
            <source>The conference bridge reported an error: %1</source>
            <translation>Die Konferenzbrücke hat einen Fehler gemeldet: %1</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandresponse.cpp" line="331" />
            <source>The recording service did not understand the recording action.</source>
            <translation>Der Aufnahmedienst hat die Aufnahmeaktion nicht verstanden.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandresponse.cpp" line="333" />
            <source>The recording service reported an error: %1</source>
            <translation>Der Aufnahmedienst hat einen Fehler gemeldet: %1</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandresponse.cpp" line="344" />
            <source>The conference bridge did not accept the command's arguments. Usage: %1</source>
            <translation>Die Konferenzbrücke hat die Argumente des Befehls nicht akzeptiert. Aufruf: %1</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandresponse.cpp" line="352" />
            <source>The invitation was sent.</source>
            <translation>Die Einladung wurde gesendet.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandresponse.cpp" line="354" />
            <source>A recording is in progress.</source>
            <translation>Eine Aufnahme läuft.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandresponse.cpp" line="356" />
            <source>No recording is in progress.</source>
            <translation>Es läuft keine Aufnahme.</translation>
        </message>
        <message>
            <location filename="../src/core/rest/restclient.cpp" line="519" />
            <source>The server answered.</source>
            <translation>Der Server hat geantwortet.</translation>
        </message>
        <message>
            <location filename="../src/core/rest/restclient.cpp" line="524" />
            <source>The secure connection failed: the server's certificate is not trusted or does not match.</source>
            <translation>Die sichere Verbindung ist fehlgeschlagen: Das Serverzertifikat ist nicht vertrauenswürdig oder passt nicht.</translation>
        </message>
        <message>
            <location filename="../src/core/rest/restclient.cpp" line="528" />
            <source>The server did not answer in time.</source>
            <translation>Der Server hat nicht rechtzeitig geantwortet.</translation>
        </message>
        <message>
            <location filename="../src/core/rest/restclient.cpp" line="530" />
            <source>The server's answer was too large and was not read.</source>
            <translation>Die Antwort des Servers war zu groß und wurde nicht gelesen.</translation>
        </message>
        <message>
            <location filename="../src/core/rest/restclient.cpp" line="533" />
            <source>The server refused the connection. Check the address and port, and that the service is running.</source>
            <translation>Der Server hat die Verbindung abgelehnt. Prüfen Sie Adresse und Port und ob der Dienst läuft.</translation>
        </message>
        <message>
            <location filename="../src/core/rest/restclient.cpp" line="538" />
            <source>The server name could not be found. Check the server address.</source>
            <translation>Der Servername wurde nicht gefunden. Prüfen Sie die Serveradresse.</translation>
        </message>
        <message>
            <location filename="../src/core/rest/restclient.cpp" line="541" />
            <source>A network error stopped the request.</source>
            <translation>Ein Netzwerkfehler hat die Anfrage abgebrochen.</translation>
        </message>
        <message>
            <location filename="../src/core/rest/restclient.cpp" line="543" />
            <source>The request was cancelled.</source>
            <translation>Die Anfrage wurde abgebrochen.</translation>
        </message>
        <message>
            <location filename="../src/core/rest/restclient.cpp" line="545" />
            <source>The request failed.</source>
            <translation>Die Anfrage ist fehlgeschlagen.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandresponse.cpp" line="398" />
            <source>No answer arrived from the server.</source>
            <translation>Vom Server ist keine Antwort eingetroffen.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandresponse.cpp" line="421" />
            <source>The conference service answered with nothing. The recording service (sipxrecording) or FreeSWITCH's event socket is probably down.</source>
            <translation>Der Konferenzdienst hat leer geantwortet. Der Aufnahmedienst (sipxrecording) oder der Event-Socket von FreeSWITCH ist vermutlich ausgefallen.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandresponse.cpp" line="432" />
            <source>The conference service's answer was cut off (no closing &lt;/command-response&gt;).</source>
            <translation>Die Antwort des Konferenzdienstes wurde abgeschnitten (kein schließendes &lt;/command-response&gt;).</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandresponse.cpp" line="442" />
            <source>FreeSWITCH did not finish the command within 60 seconds, or the conference service failed while running it.</source>
            <translation>FreeSWITCH hat den Befehl nicht innerhalb von 60 Sekunden abgeschlossen, oder der Konferenzdienst ist bei der Ausführung ausgefallen.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandresponse.cpp" line="450" />
            <source>The recording service (sipxrecording) cannot be reached: the Conference Event Listener service may not be running, or the bridge's host name cannot be resolved (%1).</source>
            <translation>Der Aufnahmedienst (sipxrecording) ist nicht erreichbar: Der Dienst „Conference Event Listener“ läuft möglicherweise nicht, oder der Hostname der Konferenzbrücke kann nicht aufgelöst werden (%1).</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandresponse.cpp" line="461" />
            <source>The server sent a web page instead of a command reply.</source>
            <translation>Der Server hat eine Webseite statt einer Befehlsantwort gesendet.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandresponse.cpp" line="463" />
            <source>The server sent a web page instead of a command reply: %1</source>
            <translation>Der Server hat eine Webseite statt einer Befehlsantwort gesendet: %1</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandresponse.cpp" line="468" />
            <source>The server sent an unexpected reply instead of a command result.</source>
            <translation>Der Server hat eine unerwartete Antwort statt eines Befehlsergebnisses gesendet.</translation>
        </message>
    </context>
    <context>
        <name>cc::CommandSender</name>
        <message>
            <location filename="../src/core/meeting/commandsender.cpp" line="27" />
            <source>The connection to the server is closed; “%1” was not sent.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cc::ConferenceCommand</name>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="511" />
            <source>Choose a participant for %1: a member id or last.</source>
            <translation>Wählen Sie einen Teilnehmer für %1: eine Teilnehmer-ID oder last.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="512" />
            <source>Choose a participant for %1: a member id, all, last or non_moderator.</source>
            <translation>Wählen Sie einen Teilnehmer für %1: eine Teilnehmer-ID, all, last oder non_moderator.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="525" />
            <source>“%1” is not valid for %2: use a member id (a positive number) or last.</source>
            <translation>„%1“ ist für %2 ungültig: Verwenden Sie eine Teilnehmer-ID (eine positive Zahl) oder last.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="527" />
            <source>“%1” is not a participant: use a member id (a positive number), all, last or non_moderator.</source>
            <translation>„%1“ ist kein Teilnehmer: Verwenden Sie eine Teilnehmer-ID (eine positive Zahl), all, last oder non_moderator.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="103" />
            <source>%1 must be a whole number from %2 to %3, or up or down; “%4” is not.</source>
            <translation>%1 muss eine ganze Zahl von %2 bis %3 oder up bzw. down sein; „%4“ ist das nicht.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="118" />
            <source>The energy level</source>
            <translation>Die Energieschwelle</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="123" />
            <source>The volume</source>
            <translation>Die Lautstärke</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="130" />
            <source>Enter the DTMF digits to send.</source>
            <translation>Geben Sie die zu sendenden DTMF-Ziffern ein.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="132" />
            <source>Send at most %1 DTMF digits at a time.</source>
            <translation>Senden Sie höchstens %1 DTMF-Ziffern auf einmal.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="144" />
            <source>“%1” is not a DTMF digit: use 0-9, *, #, A-D, or w/W for a pause.</source>
            <translation>„%1“ ist keine DTMF-Ziffer: Verwenden Sie 0-9, *, #, A-D oder w/W für eine Pause.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="158" />
            <source>Enter the text to speak.</source>
            <translation>Geben Sie den anzusagenden Text ein.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="160" />
            <source>The text to speak must be a single line without control characters.</source>
            <translation>Der anzusagende Text muss eine einzelne Zeile ohne Steuerzeichen sein.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="162" />
            <source>The text to speak cannot contain quotes or backslashes; please rephrase without them.</source>
            <translation>Der anzusagende Text darf keine Anführungszeichen oder Backslashes enthalten; bitte formulieren Sie ihn ohne diese.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="165" />
            <source>The text to speak is too long (at most %1 characters).</source>
            <translation>Der anzusagende Text ist zu lang (höchstens %1 Zeichen).</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="71" />
            <source>Enter a file name.</source>
            <translation>Geben Sie einen Dateinamen ein.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="73" />
            <source>The file name cannot contain line breaks or control characters.</source>
            <translation>Der Dateiname darf keine Zeilenumbrüche oder Steuerzeichen enthalten.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="75" />
            <source>“%1” is not an absolute path; it must start with “/” on the conference server.</source>
            <translation>„%1“ ist kein absoluter Pfad; er muss auf dem Konferenzserver mit „/“ beginnen.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="175" />
            <source>Choose the participant who should hear the text.</source>
            <translation>Wählen Sie den Teilnehmer, der den Text hören soll.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="196" />
            <source>Choose the participant who should hear the file.</source>
            <translation>Wählen Sie den Teilnehmer, der die Datei hören soll.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="198" />
            <source>A file is played either to one participant or asynchronously to everyone, not both.</source>
            <translation>Eine Datei wird entweder für einen Teilnehmer oder asynchron für alle abgespielt, nicht beides.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="212" />
            <source>FreeSWITCH lists “stop last” but does not implement it; use current, all or async.</source>
            <translation>FreeSWITCH führt „stop last“ auf, implementiert es aber nicht; verwenden Sie current, all oder async.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="216" />
            <source>“%1” is not a stop mode: use current, all or async.</source>
            <translation>„%1“ ist kein Stoppmodus: Verwenden Sie current, all oder async.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="64" />
            <source>A member id is a positive number.</source>
            <translation>Eine Teilnehmer-ID ist eine positive Zahl.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="237" />
            <source>Enter the conference to transfer to.</source>
            <translation>Geben Sie die Zielkonferenz für die Verschiebung ein.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="239" />
            <source>“%1” is not a conference name: it cannot contain spaces, quotes or control characters.</source>
            <translation>„%1“ ist kein Konferenzname: Er darf keine Leerzeichen, Anführungszeichen oder Steuerzeichen enthalten.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="251" />
            <source>Choose at least one participant to transfer.</source>
            <translation>Wählen Sie mindestens einen zu verschiebenden Teilnehmer.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="263" />
            <source>At most %1 participants can be transferred at once; transfer the others in another step.</source>
            <translation>Es können höchstens %1 Teilnehmer auf einmal verschoben werden; verschieben Sie die übrigen in einem weiteren Schritt.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="277" />
            <source>Choose the participants on both sides of the relationship.</source>
            <translation>Wählen Sie die Teilnehmer auf beiden Seiten der Beziehung.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="282" />
            <source>Participant %1 cannot be related to itself.</source>
            <translation>Teilnehmer %1 kann keine Beziehung zu sich selbst haben.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="308" />
            <source>Enter the new PIN.</source>
            <translation>Geben Sie die neue PIN ein.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="310" />
            <source>A PIN can only contain the digits 0-9 (at most 32).</source>
            <translation>Eine PIN darf nur die Ziffern 0-9 enthalten (höchstens 32).</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="321" />
            <source>The list delimiter must be 1 to 8 characters without spaces, quotes or control characters.</source>
            <translation>Das Listentrennzeichen muss 1 bis 8 Zeichen lang sein, ohne Leerzeichen, Anführungszeichen oder Steuerzeichen.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="324" />
            <source>The list delimiter cannot contain “|”: FreeSWITCH uses it inside the flags field.</source>
            <translation>Das Listentrennzeichen darf kein „|“ enthalten: FreeSWITCH verwendet es im Feld flags.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="343" />
            <source>Enter the recording path to stop, or all.</source>
            <translation>Geben Sie den Pfad der zu beendenden Aufnahme oder all ein.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="349" />
            <source>Enter the path of the recording.</source>
            <translation>Geben Sie den Pfad der Aufnahme ein.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="362" />
            <source>Enter the endpoint module, for example sofia, loopback or user.</source>
            <translation>Geben Sie das Endpunkt-Modul ein, zum Beispiel sofia, loopback oder user.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="364" />
            <source>“%1” is not an endpoint module name (letters, digits and _ only, for example sofia).</source>
            <translation>„%1“ ist kein Endpunkt-Modulname (nur Buchstaben, Ziffern und _, zum Beispiel sofia).</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="372" />
            <source>The destination “%1” cannot contain spaces, quotes, braces, commas or control characters.</source>
            <translation>Das Ziel „%1“ darf keine Leerzeichen, Anführungszeichen, geschweiften Klammern, Kommas oder Steuerzeichen enthalten.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="545" />
            <source>Enter the name of the conference variable.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="551" />
            <source>“%1” is not a variable name: use letters, digits, “_”, “-” and “.” only.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="565" />
            <source>“%1” cannot be a variable value: it cannot contain spaces, quotes or control characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="47" />
            <source>The caller-ID number “%1” may only contain digits and a leading +.</source>
            <translation>Die Anrufer-Rufnummer „%1“ darf nur Ziffern und ein führendes + enthalten.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="380" />
            <source>A caller-ID name needs a caller-ID number in front of it.</source>
            <translation>Ein Anrufername erfordert davor eine Anrufer-Rufnummer.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="39" />
            <source>The caller-ID name cannot contain quotes, backslashes or control characters (at most %1 characters).</source>
            <translation>Der Anrufername darf keine Anführungszeichen, Backslashes oder Steuerzeichen enthalten (höchstens %1 Zeichen).</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="368" />
            <source>Enter the destination to dial, for example internal/1000@pbx.example.com.</source>
            <translation>Geben Sie das zu wählende Ziel ein, zum Beispiel internal/1000@pbx.example.com.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="389" />
            <source>“%1” is not a dial-string variable name (letters, digits and _ only).</source>
            <translation>„%1“ ist kein Variablenname für die Wählzeichenfolge (nur Buchstaben, Ziffern und _).</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="393" />
            <source>The dial-string variable %1 needs a value.</source>
            <translation>Die Wählzeichenfolgen-Variable %1 benötigt einen Wert.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="397" />
            <source>The value of dial-string variable %1 cannot contain quotes, braces, backslashes or control characters.</source>
            <translation>Der Wert der Wählzeichenfolgen-Variable %1 darf keine Anführungszeichen, geschweiften Klammern, Backslashes oder Steuerzeichen enthalten.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="433" />
            <source>Enter the extension, number or SIP address to invite.</source>
            <translation>Geben Sie die einzuladende Nebenstelle, Rufnummer oder SIP-Adresse ein.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="434" />
            <source>“%1” is not an extension, number or SIP address that sipXconfig can invite.</source>
            <translation>„%1“ ist keine Nebenstelle, Rufnummer oder SIP-Adresse, die sipXconfig einladen kann.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="442" />
            <source>Enter the instant-message id to invite.</source>
            <translation>Geben Sie die einzuladende Instant-Messaging-ID ein.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="443" />
            <source>“%1” is not an instant-message id (letters, digits, . _ - + @ only).</source>
            <translation>„%1“ ist keine Instant-Messaging-ID (nur Buchstaben, Ziffern, . _ - + @).</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="460" />
            <source>“%1” is not a conference parameter; choose one of: %2.</source>
            <translation>„%1“ ist kein Konferenzparameter; wählen Sie einen von: %2.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="466" />
            <source>“%1” cannot be set; choose one of: %2.</source>
            <translation>„%1“ kann nicht gesetzt werden; wählen Sie einen von: %2.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="474" />
            <source>Enter a value for %1.</source>
            <translation>Geben Sie einen Wert für %1 ein.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="478" />
            <source>%1 must be a whole number of 0 or more.</source>
            <translation>%1 muss eine ganze Zahl größer oder gleich 0 sein.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/conferencecommand.cpp" line="223" />
            <source>sipXconfig handles “record” itself and always records into its own file, so a path cannot be given over the REST API. Use “record start” / “record stop”, or the event socket transport to record into a chosen file.</source>
            <translation>sipXconfig verarbeitet „record“ selbst und nimmt immer in eine eigene Datei auf, daher kann über die REST-API kein Pfad angegeben werden. Verwenden Sie „record start“ / „record stop“ oder den Event-Socket-Transport, um in eine gewählte Datei aufzunehmen.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/conferencecommand.cpp" line="232" />
            <source>Use “invite” to call someone into the conference through sipXconfig instead.</source>
            <translation>Verwenden Sie stattdessen „invite“, um jemanden über sipXconfig in die Konferenz anzurufen.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/conferencecommand.cpp" line="234" />
            <source>Use the event socket transport for commands with file paths.</source>
            <translation>Verwenden Sie für Befehle mit Dateipfaden den Event-Socket-Transport.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/conferencecommand.cpp" line="236" />
            <source>Remove the character from the argument.</source>
            <translation>Entfernen Sie das Zeichen aus dem Argument.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/conferencecommand.cpp" line="237" />
            <source>“%1” cannot be sent over the sipXconfig REST API: the argument “%2” %3 %4</source>
            <translation>„%1“ kann nicht über die sipXconfig-REST-API gesendet werden: Das Argument „%2“ %3 %4</translation>
        </message>
        <message>
            <location filename="../src/core/commands/conferencecommand.cpp" line="255" />
            <source>contains “/”, which ends the URL path segment (the encoded form %2F is rejected by Apache).</source>
            <translation>enthält „/“, das das URL-Pfadsegment beendet (die kodierte Form %2F wird von Apache abgewiesen).</translation>
        </message>
        <message>
            <location filename="../src/core/commands/conferencecommand.cpp" line="258" />
            <source>contains “&amp;”, which sipXconfig uses to split arguments, even when it is encoded.</source>
            <translation>enthält „&amp;“, an dem sipXconfig Argumente trennt, auch wenn es kodiert ist.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/conferencecommand.cpp" line="261" />
            <source>contains “?”, which starts the URL query.</source>
            <translation>enthält „?“, das den URL-Query-Teil einleitet.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/conferencecommand.cpp" line="263" />
            <source>contains “#”, which starts the URL fragment.</source>
            <translation>enthält „#“, das das URL-Fragment einleitet.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/conferencecommand.cpp" line="265" />
            <source>contains “%”, which the server would decode again and so change the argument.</source>
            <translation>enthält „%“, das der Server erneut dekodieren und so das Argument verändern würde.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/conferencecommand.cpp" line="271" />
            <source>contains “;”, which the server treats as the start of path parameters.</source>
            <translation>enthält „;“, das der Server als Beginn von Pfadparametern behandelt.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/conferencecommand.cpp" line="277" />
            <source>contains a space, which FreeSWITCH would read as the start of another argument.</source>
            <translation>enthält ein Leerzeichen, das FreeSWITCH als Beginn eines weiteren Arguments lesen würde.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/conferencecommand.cpp" line="285" />
            <source>contains a control character.</source>
            <translation>enthält ein Steuerzeichen.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/conferencecommand.cpp" line="344" />
            <source>“%1” is carried out by sipXconfig itself and has no FreeSWITCH command line.</source>
            <translation>„%1“ wird von sipXconfig selbst ausgeführt und hat keine FreeSWITCH-Befehlszeile.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandparse.cpp" line="355" />
            <source>Type a command, for example “mute 5”.</source>
            <translation>Geben Sie einen Befehl ein, zum Beispiel „mute 5“.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandparse.cpp" line="358" />
            <source>A command must be a single line without control characters.</source>
            <translation>Ein Befehl muss eine einzelne Zeile ohne Steuerzeichen sein.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandparse.cpp" line="370" />
            <source>Usage: %1</source>
            <translation>Aufruf: %1</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandparse.cpp" line="370" />
            <source>Usage: %1 %2</source>
            <translation>Aufruf: %1 %2</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandparse.cpp" line="376" />
            <location filename="../src/core/commands/commandparse.cpp" line="400" />
            <source>Too many arguments.</source>
            <translation>Zu viele Argumente.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandparse.cpp" line="228" />
            <source>“%1” is not a member id: saymember speaks to one participant.</source>
            <translation>„%1“ ist keine Teilnehmer-ID: saymember spricht zu einem einzelnen Teilnehmer.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandparse.cpp" line="184" />
            <source>The dial string “%1” needs the form endpoint/destination, for example sofia/internal/1000@pbx.example.com.</source>
            <translation>Die Wählzeichenfolge „%1“ benötigt die Form endpoint/destination, zum Beispiel sofia/internal/1000@pbx.example.com.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandparse.cpp" line="243" />
            <source>“%1” is not a member id: play goes to one participant (by id), or to everyone when left out.</source>
            <translation>„%1“ ist keine Teilnehmer-ID: play geht an einen Teilnehmer (per ID) oder an alle, wenn sie weggelassen wird.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandparse.cpp" line="253" />
            <source>“%1” is not a member id.</source>
            <translation>„%1“ ist keine Teilnehmer-ID.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandparse.cpp" line="265" />
            <source>“%1” is not a member id: transfer moves participants by id.</source>
            <translation>„%1“ ist keine Teilnehmer-ID: transfer verschiebt Teilnehmer per ID.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandparse.cpp" line="111" />
            <source>“%1” is not a list of member ids (numbers separated by commas).</source>
            <translation>„%1“ ist keine Liste von Teilnehmer-IDs (durch Kommas getrennte Zahlen).</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandparse.cpp" line="130" />
            <source>Say what to change: nospeak, nohear, nospeak,nohear or clear.</source>
            <translation>Geben Sie an, was geändert werden soll: nospeak, nohear, nospeak,nohear oder clear.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandparse.cpp" line="136" />
            <source>“%1” is not a relationship flag: use nospeak, nohear, nospeak,nohear or clear.</source>
            <translation>„%1“ ist kein Beziehungs-Flag: Verwenden Sie nospeak, nohear, nospeak,nohear oder clear.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandparse.cpp" line="380" />
            <source>%1 takes no arguments.</source>
            <translation>%1 erwartet keine Argumente.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandparse.cpp" line="290" />
            <source>“%1” is neither start, stop, status, duration nor an absolute path.</source>
            <translation>„%1“ ist weder start, stop, status, duration noch ein absoluter Pfad.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandparse.cpp" line="154" />
            <source>The dial-string variables are missing the closing “}”.</source>
            <translation>Bei den Wählzeichenfolgen-Variablen fehlt die schließende „}“.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandparse.cpp" line="176" />
            <source>“%1” is not a dial-string variable (use name=value).</source>
            <translation>„%1“ ist keine Wählzeichenfolgen-Variable (verwenden Sie name=value).</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandparse.cpp" line="328" />
            <source>Unknown command “%1”. Known commands: %2.</source>
            <translation>Unbekannter Befehl „%1“. Bekannte Befehle: %2.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandparse.cpp" line="330" />
            <source>Unknown command “%1”. Did you mean: %2?</source>
            <translation>Unbekannter Befehl „%1“. Meinten Sie: %2?</translation>
        </message>
    </context>
    <context>
        <name>cc::ConferencePoller</name>
        <message>
            <location filename="../src/core/sources/conferencepoller.cpp" line="110" />
            <source>No connection to the server is configured.</source>
            <translation>Es ist keine Verbindung zum Server eingerichtet.</translation>
        </message>
        <message>
            <location filename="../src/core/sources/conferencepoller.cpp" line="173" />
            <source>The member list of "%1" could not be read: %2</source>
            <translation>Die Teilnehmerliste von „%1“ konnte nicht gelesen werden: %2</translation>
        </message>
    </context>
    <context>
        <name>cc::ConnectionDiagnostics</name>
        <message>
            <location filename="../src/core/diagnostics/diagreport.cpp" line="19" />
            <source>Name lookup</source>
            <translation>Namensauflösung</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diagreport.cpp" line="21" />
            <source>TCP connection</source>
            <translation>TCP-Verbindung</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diagreport.cpp" line="23" />
            <source>TLS certificate</source>
            <translation>TLS-Zertifikat</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diagreport.cpp" line="25" />
            <source>Authentication offered</source>
            <translation>Angebotene Authentifizierung</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diagreport.cpp" line="27" />
            <source>User name and password</source>
            <translation>Benutzername und Passwort</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diagreport.cpp" line="29" />
            <source>Command method</source>
            <translation>Befehlsmethode</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diagreport.cpp" line="31" />
            <source>Round-trip time</source>
            <translation>Umlaufzeit</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/connectiondiagnostics.cpp" line="125" />
            <source>The server address is not a valid http or https URL.</source>
            <translation>Die Serveradresse ist keine gültige http- oder https-URL.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/connectiondiagnostics.cpp" line="85" />
            <location filename="../src/core/diagnostics/connectiondiagnostics.cpp" line="126" />
            <source>The server address is not valid.</source>
            <translation>Die Serveradresse ist ungültig.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diagreport.cpp" line="33" />
            <source>Event socket password</source>
            <translation>Event-Socket-Passwort</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/connectiondiagnostics.cpp" line="84" />
            <source>The event socket address needs a host and a port.</source>
            <translation>Die Event-Socket-Adresse benötigt einen Host und einen Port.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/connectiondiagnostics.cpp" line="189" />
            <source>No result within %1 ms.</source>
            <translation>Kein Ergebnis innerhalb von %1 ms.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/connectiondiagnostics.cpp" line="193" />
            <source>The server could not be reached.</source>
            <translation>Der Server war nicht erreichbar.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diagreport.cpp" line="88" />
            <source>%1 failed: %2</source>
            <translation>%1 fehlgeschlagen: %2</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diagreport.cpp" line="91" />
            <source>The connection works, with a warning. %1: %2</source>
            <translation>Die Verbindung funktioniert, mit einer Warnung. %1: %2</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diagreport.cpp" line="93" />
            <source>All checks passed.</source>
            <translation>Alle Prüfungen bestanden.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/connectiondiagnostics.cpp" line="267" />
            <source>%1 is an IP address; no lookup needed.</source>
            <translation>%1 ist eine IP-Adresse; keine Namensauflösung nötig.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/connectiondiagnostics.cpp" line="280" />
            <source>The name %1 could not be resolved: %2</source>
            <translation>Der Name %1 konnte nicht aufgelöst werden: %2</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/connectiondiagnostics.cpp" line="281" />
            <source>The server name is unknown.</source>
            <translation>Der Servername ist unbekannt.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/connectiondiagnostics.cpp" line="293" />
            <source>%1 resolves to %2.</source>
            <translation>%1 wird zu %2 aufgelöst.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/connectiondiagnostics.cpp" line="313" />
            <source>Connected to %1 port %2 in %3 ms.</source>
            <translation>Mit %1 Port %2 in %3 ms verbunden.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/connectiondiagnostics.cpp" line="324" />
            <source>%1 port %2 refused the connection: nothing listens there, or a firewall rejects it.</source>
            <translation>%1 Port %2 hat die Verbindung abgelehnt: Dort lauscht nichts, oder eine Firewall weist sie ab.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/connectiondiagnostics.cpp" line="328" />
            <source>Connecting to %1 port %2 failed: %3</source>
            <translation>Verbindung zu %1 Port %2 fehlgeschlagen: %3</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/connectiondiagnostics.cpp" line="333" />
            <source>No connection to the server.</source>
            <translation>Keine Verbindung zum Server.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diagreststeps.cpp" line="45" />
            <source>The address uses plain http: nothing is encrypted, and with Basic authentication the password travels readable. Use https.</source>
            <translation>Die Adresse verwendet einfaches http: Nichts wird verschlüsselt, und bei Basic-Authentifizierung wird das Passwort lesbar übertragen. Verwenden Sie https.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diagreststeps.cpp" line="87" />
            <source>%1 (issued by %2, valid %3 to %4)</source>
            <translation>%1 (ausgestellt von %2, gültig %3 bis %4)</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diagreststeps.cpp" line="105" />
            <source>Certificate: %1. SHA-256 %2.</source>
            <translation>Zertifikat: %1. SHA-256 %2.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diagreststeps.cpp" line="107" />
            <source>Trusted by this computer.</source>
            <translation>Von diesem Computer als vertrauenswürdig eingestuft.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diagreststeps.cpp" line="114" />
            <source>Pinned, so the console accepts it, but it is outside its validity period.</source>
            <translation>Gepinnt, daher akzeptiert die Konsole es, aber es liegt außerhalb seines Gültigkeitszeitraums.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diagreststeps.cpp" line="117" />
            <source>Not trusted by this computer, but pinned.</source>
            <translation>Von diesem Computer nicht als vertrauenswürdig eingestuft, aber gepinnt.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diagreststeps.cpp" line="123" />
            <source>Not trusted (%1) and not pinned: the console will refuse this server until the fingerprint is checked and pinned.</source>
            <translation>Nicht vertrauenswürdig (%1) und nicht gepinnt: Die Konsole lehnt diesen Server ab, bis der Fingerabdruck geprüft und gepinnt ist.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diagreststeps.cpp" line="137" />
            <source>The TLS handshake failed: %1</source>
            <translation>Der TLS-Handshake ist fehlgeschlagen: %1</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diagreststeps.cpp" line="146" />
            <location filename="../src/core/diagnostics/diagreststeps.cpp" line="262" />
            <location filename="../src/core/diagnostics/diagreststeps.cpp" line="263" />
            <source>Skipped: the server's certificate is not accepted.</source>
            <translation>Übersprungen: Das Serverzertifikat wird nicht akzeptiert.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diagreststeps.cpp" line="179" />
            <source>No HTTP answer: %1</source>
            <translation>Keine HTTP-Antwort: %1</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diagreststeps.cpp" line="186" />
            <source>The server answered 404 for /my/logindetails: the address does not point at sipXconfig's REST API (it should end in /sipxconfig/rest).</source>
            <translation>Der Server hat für /my/logindetails mit 404 geantwortet: Die Adresse zeigt nicht auf die REST-API von sipXconfig (sie sollte auf /sipxconfig/rest enden).</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diagreststeps.cpp" line="192" />
            <source>The server answered without asking for credentials; sipXconfig always asks. Check the address.</source>
            <translation>Der Server hat geantwortet, ohne Anmeldedaten anzufordern; sipXconfig fordert sie immer an. Prüfen Sie die Adresse.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diagreststeps.cpp" line="198" />
            <source>The server answered HTTP %1 instead of asking for credentials.</source>
            <translation>Der Server hat mit HTTP %1 geantwortet, statt Anmeldedaten anzufordern.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diagreststeps.cpp" line="224" />
            <source>Digest algorithm %1 is not supported (only MD5).</source>
            <translation>Der Digest-Algorithmus %1 wird nicht unterstützt (nur MD5).</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diagreststeps.cpp" line="228" />
            <source>Digest qop %1 is not supported (only auth).</source>
            <translation>Digest-qop %1 wird nicht unterstützt (nur auth).</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diagreststeps.cpp" line="240" />
            <source>The server asks for credentials with a scheme the console does not speak: %1</source>
            <translation>Der Server fordert Anmeldedaten mit einem Verfahren an, das die Konsole nicht beherrscht: %1</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diagreststeps.cpp" line="247" />
            <source>The server asks for %1 (realm "%2").</source>
            <translation>Der Server fordert %1 an (Realm „%2“).</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diagreststeps.cpp" line="248" />
            <source> or </source>
            <translation> oder </translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diagreststeps.cpp" line="251" />
            <source>Digest uses the user's web PIN; users whose password lives only in LDAP need Basic over https.</source>
            <translation>Digest verwendet die Web-PIN des Benutzers; Benutzer, deren Passwort nur im LDAP hinterlegt ist, benötigen Basic über https.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diagreststeps.cpp" line="268" />
            <source>No user name is set.</source>
            <translation>Es ist kein Benutzername festgelegt.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diagreststeps.cpp" line="269" />
            <source>Skipped: no user name.</source>
            <translation>Übersprungen: kein Benutzername.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diagreststeps.cpp" line="280" />
            <source>sipXconfig accepted %1's credentials.</source>
            <translation>sipXconfig hat die Anmeldedaten von %1 akzeptiert.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diagreststeps.cpp" line="286" />
            <source>sipXconfig rejected the user name or password of %1.</source>
            <translation>sipXconfig hat den Benutzernamen oder das Passwort von %1 abgelehnt.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diagreststeps.cpp" line="288" />
            <source>The server answered HTTP %1.</source>
            <translation>Der Server hat mit HTTP %1 geantwortet.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diagreststeps.cpp" line="290" />
            <source>Skipped: the credentials were rejected.</source>
            <translation>Übersprungen: Die Anmeldedaten wurden abgelehnt.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diagreststeps.cpp" line="291" />
            <source>Skipped: the login failed.</source>
            <translation>Übersprungen: Die Anmeldung ist fehlgeschlagen.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diagreststeps.cpp" line="306" />
            <source>The list of your conferences could not be read (%1), so the method was not probed.</source>
            <translation>Die Liste Ihrer Konferenzen konnte nicht gelesen werden (%1), daher wurde die Methode nicht getestet.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diagreststeps.cpp" line="317" />
            <source>You own no conference, so the command method could not be probed. Keep the method on "Automatic": it switches to GET when the server refuses PUT.</source>
            <translation>Sie besitzen keine Konferenz, daher konnte die Befehlsmethode nicht getestet werden. Belassen Sie die Methode auf „Automatisch“: Sie wechselt zu GET, wenn der Server PUT ablehnt.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diagreststeps.cpp" line="341" />
            <source>Probed with PUT …/%1/list&amp;count, which only reads the member count.</source>
            <translation>Getestet mit PUT …/%1/list&amp;count, das nur die Teilnehmerzahl liest.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diagreststeps.cpp" line="347" />
            <source>The server refuses PUT (405): it is upstream sipXconfig, which runs commands only on GET. Set the method to "Automatic" or "GET".</source>
            <translation>Der Server lehnt PUT ab (405): Es ist das originale sipXconfig, das Befehle nur bei GET ausführt. Stellen Sie die Methode auf „Automatisch“ oder „GET“.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diagreststeps.cpp" line="354" />
            <source>The server refuses PUT (405): upstream sipXconfig, commands go by GET.</source>
            <translation>Der Server lehnt PUT ab (405): originales sipXconfig, Befehle laufen über GET.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diagreststeps.cpp" line="359" />
            <source>The server accepts PUT for commands.</source>
            <translation>Der Server akzeptiert PUT für Befehle.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diagreststeps.cpp" line="376" />
            <source>Request %1 of %2 failed: %3</source>
            <translation>Anfrage %1 von %2 fehlgeschlagen: %3</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diagreststeps.cpp" line="405" />
            <source>Median round trip %1 ms over %2 requests: slow; the member list will lag.</source>
            <translation>Median-Umlaufzeit %1 ms über %2 Anfragen: langsam; die Teilnehmerliste wird verzögert sein.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diagreststeps.cpp" line="411" />
            <source>Median round trip %1 ms over %2 requests.</source>
            <translation>Median-Umlaufzeit %1 ms über %2 Anfragen.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diageslsteps.cpp" line="54" />
            <source>The event socket refused this computer (its access list).</source>
            <translation>Der Event-Socket hat diesen Computer abgewiesen (seine Zugriffsliste).</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diageslsteps.cpp" line="60" />
            <source>%1 port %2 answered, but not like a FreeSWITCH event socket (no auth/request).</source>
            <translation>%1 Port %2 hat geantwortet, aber nicht wie ein FreeSWITCH-Event-Socket (kein auth/request).</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diageslsteps.cpp" line="73" />
            <source>The event socket accepted the password.</source>
            <translation>Der Event-Socket hat das Passwort akzeptiert.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diageslsteps.cpp" line="76" />
            <source>The event socket refused the password (%1). FreeSWITCH's default is ClueCon; the real one is in event_socket.conf.xml.</source>
            <translation>Der Event-Socket hat das Passwort abgelehnt (%1). Standard bei FreeSWITCH ist ClueCon; das tatsächliche steht in event_socket.conf.xml.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diageslsteps.cpp" line="87" />
            <source>The event socket closed the connection before answering: %1</source>
            <translation>Der Event-Socket hat die Verbindung vor einer Antwort geschlossen: %1</translation>
        </message>
    </context>
    <context>
        <name>cc::EslClient</name>
        <message>
            <location filename="../src/core/esl/eslclient.cpp" line="42" />
            <source>The event socket did not answer a request within %1 seconds.</source>
            <translation>Der Event-Socket hat eine Anfrage nicht innerhalb von %1 Sekunden beantwortet.</translation>
        </message>
        <message>
            <location filename="../src/core/esl/eslclient.cpp" line="91" />
            <source>Reconnecting with new settings.</source>
            <translation>Neu verbinden mit neuen Einstellungen.</translation>
        </message>
        <message>
            <location filename="../src/core/esl/eslclient.cpp" line="116" />
            <source>The connection to the event socket was closed.</source>
            <translation>Die Verbindung zum Event-Socket wurde geschlossen.</translation>
        </message>
        <message>
            <location filename="../src/core/esl/eslclient.cpp" line="119" />
            <source>Disconnected.</source>
            <translation>Getrennt.</translation>
        </message>
        <message>
            <location filename="../src/core/esl/eslclient.cpp" line="139" />
            <source>The event socket closed the connection.</source>
            <translation>Der Event-Socket hat die Verbindung geschlossen.</translation>
        </message>
        <message>
            <location filename="../src/core/esl/eslclient.cpp" line="149" />
            <source>The event socket refused the connection (is FreeSWITCH running and the port right?).</source>
            <translation>Der Event-Socket hat die Verbindung abgelehnt (läuft FreeSWITCH und ist der Port richtig?).</translation>
        </message>
        <message>
            <location filename="../src/core/esl/eslclient.cpp" line="151" />
            <source>Event socket connection failed: %1</source>
            <translation>Verbindung zum Event-Socket fehlgeschlagen: %1</translation>
        </message>
        <message>
            <location filename="../src/core/esl/eslclient.cpp" line="192" />
            <source>The event socket rejected the password.</source>
            <translation>Der Event-Socket hat das Passwort abgelehnt.</translation>
        </message>
        <message>
            <location filename="../src/core/esl/eslclient.cpp" line="216" />
            <source>The event socket ended the session: %1</source>
            <translation>Der Event-Socket hat die Sitzung beendet: %1</translation>
        </message>
        <message>
            <location filename="../src/core/esl/eslclient.cpp" line="221" />
            <source>The event socket refused this computer (access list): %1</source>
            <translation>Der Event-Socket hat diesen Computer abgewiesen (Zugriffsliste): %1</translation>
        </message>
        <message>
            <location filename="../src/core/esl/eslclient.cpp" line="286" />
            <source>The event socket refused the event subscription: %1</source>
            <translation>Der Event-Socket hat das Event-Abonnement abgelehnt: %1</translation>
        </message>
        <message>
            <location filename="../src/core/esl/eslclient.cpp" line="347" />
            <source>Not connected to the event socket.</source>
            <translation>Nicht mit dem Event-Socket verbunden.</translation>
        </message>
    </context>
    <context>
        <name>cc::EslCommandTransport</name>
        <message>
            <location filename="../src/core/esl/eslcommandtransport.cpp" line="18" />
            <source>No answer from the event socket.</source>
            <translation>Keine Antwort vom Event-Socket.</translation>
        </message>
        <message>
            <location filename="../src/core/esl/eslcommandtransport.cpp" line="50" />
            <source>event socket</source>
            <translation>Event-Socket</translation>
        </message>
        <message>
            <location filename="../src/core/esl/eslcommandtransport.cpp" line="59" />
            <source>"%1" is a sipXconfig service; it cannot be sent over FreeSWITCH's event socket. Use the REST connection for it.</source>
            <translation>„%1“ ist ein sipXconfig-Dienst; er kann nicht über den Event-Socket von FreeSWITCH gesendet werden. Verwenden Sie dafür die REST-Verbindung.</translation>
        </message>
    </context>
    <context>
        <name>cc::EslFrameParser</name>
        <message>
            <location filename="../src/core/esl/eslframe.cpp" line="171" />
            <location filename="../src/core/esl/eslframe.cpp" line="182" />
            <source>The event socket sent a header block larger than %1 bytes.</source>
            <translation>Der Event-Socket hat einen Header-Block größer als %1 Bytes gesendet.</translation>
        </message>
        <message>
            <location filename="../src/core/esl/eslframe.cpp" line="204" />
            <source>The event socket sent an invalid Content-Length: "%1".</source>
            <translation>Der Event-Socket hat eine ungültige Content-Length gesendet: „%1“.</translation>
        </message>
        <message>
            <location filename="../src/core/esl/eslframe.cpp" line="210" />
            <source>The event socket announced a message of %1 bytes, more than the limit of %2 bytes.</source>
            <translation>Der Event-Socket hat eine Nachricht von %1 Bytes angekündigt, mehr als die Grenze von %2 Bytes.</translation>
        </message>
        <message>
            <location filename="../src/core/esl/eslframe.cpp" line="263" />
            <source>An event carries an invalid body length.</source>
            <translation>Ein Event enthält eine ungültige Body-Länge.</translation>
        </message>
        <message>
            <location filename="../src/core/esl/eslframe.cpp" line="273" />
            <source>An event without any header arrived.</source>
            <translation>Ein Event ohne jeglichen Header ist eingetroffen.</translation>
        </message>
        <message>
            <location filename="../src/core/esl/eslframe.cpp" line="279" />
            <source>An event's body is shorter than its Content-Length.</source>
            <translation>Der Body eines Events ist kürzer als seine Content-Length.</translation>
        </message>
        <message>
            <location filename="../src/core/esl/eslframe.cpp" line="294" />
            <source>An event is not a JSON object: %1</source>
            <translation>Ein Event ist kein JSON-Objekt: %1</translation>
        </message>
    </context>
    <context>
        <name>cc::FailureExplainer</name>
        <message>
            <location filename="../src/core/diagnostics/failureexplainer.cpp" line="46" />
            <source>the server</source>
            <translation>dem Server</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="50" />
            <source>Server certificate expired</source>
            <translation>Serverzertifikat abgelaufen</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="52" />
            <source>The certificate of %1 is outside its validity period.</source>
            <translation>Das Zertifikat von %1 liegt außerhalb seines Gültigkeitszeitraums.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="53" />
            <source>The certificate of %1 is outside its validity period (valid until %2).</source>
            <translation>Das Zertifikat von %1 liegt außerhalb seines Gültigkeitszeitraums (gültig bis %2).</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="55" />
            <source>Renew the certificate of the sipXconfig web server (Apache) on %1.</source>
            <translation>Erneuern Sie das Zertifikat des sipXconfig-Webservers (Apache) auf %1.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="56" />
            <source>Check the date and time of this computer and of the server: a wrong clock makes a valid certificate look expired.</source>
            <translation>Prüfen Sie Datum und Uhrzeit dieses Computers und des Servers: Eine falsche Uhr lässt ein gültiges Zertifikat abgelaufen erscheinen.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="58" />
            <source>After the server has a new certificate, pin the new fingerprint if it is self-signed.</source>
            <translation>Sobald der Server ein neues Zertifikat hat, pinnen Sie den neuen Fingerabdruck, falls es selbstsigniert ist.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="63" />
            <source>Server certificate changed</source>
            <translation>Serverzertifikat geändert</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="64" />
            <source>%1 presented a certificate whose SHA-256 fingerprint (%2) is not the one you pinned. Either the server got a new certificate, or something is intercepting the connection.</source>
            <translation>Von %1 wurde ein Zertifikat vorgelegt, dessen SHA-256-Fingerabdruck (%2) nicht dem gepinnten entspricht. Entweder hat der Server ein neues Zertifikat erhalten, oder etwas fängt die Verbindung ab.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="67" />
            <source>Ask the server administrator whether the certificate of %1 was replaced recently, and compare the fingerprint with the one they see on the server.</source>
            <translation>Fragen Sie den Serveradministrator, ob das Zertifikat von %1 kürzlich ersetzt wurde, und vergleichen Sie den Fingerabdruck mit dem, der auf dem Server angezeigt wird.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="70" />
            <source>Only if it matches, pin the new fingerprint in the connection settings.</source>
            <translation>Nur wenn er übereinstimmt, pinnen Sie den neuen Fingerabdruck in den Verbindungseinstellungen.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="71" />
            <source>If nobody changed the certificate, do not connect: the connection may be intercepted.</source>
            <translation>Wenn niemand das Zertifikat geändert hat, verbinden Sie sich nicht: Die Verbindung wird möglicherweise abgefangen.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="75" />
            <source>Certificate is for another name</source>
            <translation>Zertifikat gilt für einen anderen Namen</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="76" />
            <source>The certificate of %1 was issued for a different host name.</source>
            <translation>Das Zertifikat von %1 wurde für einen anderen Hostnamen ausgestellt.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="77" />
            <source>Use the host name written in the certificate (usually the server's fully qualified domain name) instead of an IP address or alias.</source>
            <translation>Verwenden Sie den im Zertifikat eingetragenen Hostnamen (meist den vollqualifizierten Domainnamen des Servers) statt einer IP-Adresse oder eines Alias.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="79" />
            <source>Or pin this certificate's fingerprint after checking it with the administrator.</source>
            <translation>Oder pinnen Sie den Fingerabdruck dieses Zertifikats, nachdem Sie ihn mit dem Administrator abgeglichen haben.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="83" />
            <source>The secure connection to %1 failed: its certificate is not trusted by this computer.</source>
            <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen: Das Zertifikat wird von diesem Computer nicht als vertrauenswürdig eingestuft.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="85" />
            <source>The certificate of %1 (SHA-256 %2) is not trusted by this computer and not pinned.</source>
            <translation>Das Zertifikat von %1 (SHA-256 %2) wird von diesem Computer nicht als vertrauenswürdig eingestuft und ist nicht gepinnt.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="88" />
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="90" />
            <source>Reason: %1</source>
            <translation>Grund: %1</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="91" />
            <source>Server certificate not trusted</source>
            <translation>Serverzertifikat nicht vertrauenswürdig</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="92" />
            <source>sipXconfig installs a self-signed certificate by default: compare the fingerprint with the one the administrator sees on the server, then pin it.</source>
            <translation>sipXconfig installiert standardmäßig ein selbstsigniertes Zertifikat: Vergleichen Sie den Fingerabdruck mit dem, den der Administrator auf dem Server sieht, und pinnen Sie ihn dann.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="94" />
            <source>Or install the certificate authority that signed the server's certificate on this computer.</source>
            <translation>Oder installieren Sie auf diesem Computer die Zertifizierungsstelle, die das Serverzertifikat signiert hat.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="96" />
            <source>Check that the server address really is your sipXconfig server.</source>
            <translation>Prüfen Sie, ob die Serveradresse wirklich Ihr sipXconfig-Server ist.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="107" />
            <source>User name or password rejected</source>
            <translation>Benutzername oder Passwort abgelehnt</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="108" />
            <source>sipXconfig answered 401: it did not accept the user name or password (sipXconfig checks them with Spring Security before anything else).</source>
            <translation>sipXconfig hat mit 401 geantwortet: Benutzername oder Passwort wurden nicht akzeptiert (sipXconfig prüft sie vor allem anderen mit Spring Security).</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="111" />
            <source>Check the user name: the sipXconfig user name, an alias (extension) or the IM id work.</source>
            <translation>Prüfen Sie den Benutzernamen: Der sipXconfig-Benutzername, ein Alias (Nebenstelle) oder die IM-ID funktionieren.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="112" />
            <source>Check the password: Digest uses the user's web PIN (the sipXconfig "PIN"), not the voicemail PIN.</source>
            <translation>Prüfen Sie das Passwort: Digest verwendet die Web-PIN des Benutzers (die „PIN“ in sipXconfig), nicht die Voicemail-PIN.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="115" />
            <source>Digest is computed for the server's realm, which is the SIP realm chosen at install time; an old realm cached by a proxy breaks it.</source>
            <translation>Digest wird für den Realm des Servers berechnet, also den bei der Installation gewählten SIP-Realm; ein von einem Proxy zwischengespeicherter alter Realm macht es ungültig.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="118" />
            <source>Users whose password lives only in LDAP cannot use Digest: connect over HTTPS so that Basic authentication is used.</source>
            <translation>Benutzer, deren Passwort nur im LDAP hinterlegt ist, können Digest nicht verwenden: Verbinden Sie sich über HTTPS, damit Basic-Authentifizierung verwendet wird.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="121" />
            <source>A disabled or locked user also gets 401: check the user in sipXconfig.</source>
            <translation>Auch ein deaktivierter oder gesperrter Benutzer erhält 401: Prüfen Sie den Benutzer in sipXconfig.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="126" />
            <source>No answer in time</source>
            <translation>Keine rechtzeitige Antwort</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="127" />
            <source>%1 accepted the request but did not answer within the time limit.</source>
            <translation>Die Anfrage wurde von %1 angenommen, aber nicht innerhalb des Zeitlimits beantwortet.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="128" />
            <source>The conference bridge may be busy: sipXconfig waits for the recording service, which waits up to 60 s for FreeSWITCH.</source>
            <translation>Die Konferenzbrücke ist möglicherweise ausgelastet: sipXconfig wartet auf den Aufnahmedienst, der bis zu 60 s auf FreeSWITCH wartet.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="130" />
            <source>Check that sipXconfig (Jetty) and the sipxrecording service are running on the server.</source>
            <translation>Prüfen Sie, ob sipXconfig (Jetty) und der Dienst sipxrecording auf dem Server laufen.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="131" />
            <source>A slow network or VPN may need a longer timeout in the connection settings.</source>
            <translation>Ein langsames Netz oder VPN erfordert möglicherweise ein längeres Zeitlimit in den Verbindungseinstellungen.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="135" />
            <source>Answer too large</source>
            <translation>Antwort zu groß</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="136" />
            <source>%1 sent more data than the console accepts; it stopped reading to protect memory.</source>
            <translation>Von %1 kamen mehr Daten, als die Konsole annimmt; sie hat das Lesen zum Schutz des Speichers beendet.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="137" />
            <source>Check that the server address points at sipXconfig's REST API and not at another service.</source>
            <translation>Prüfen Sie, ob die Serveradresse auf die REST-API von sipXconfig zeigt und nicht auf einen anderen Dienst.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="139" />
            <source>A conference with very many members produces a large member list; raise the size limit only if that is the case.</source>
            <translation>Eine Konferenz mit sehr vielen Teilnehmern erzeugt eine große Teilnehmerliste; erhöhen Sie die Größengrenze nur in diesem Fall.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="142" />
            <source>Connection refused</source>
            <translation>Verbindung abgelehnt</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="143" />
            <source>Nothing accepts connections at %1 port %2.</source>
            <translation>Bei %1, Port %2, nimmt nichts Verbindungen an.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="144" />
            <source>Check the port in the server address (sipXconfig is normally reached over HTTPS on 443 through Apache).</source>
            <translation>Prüfen Sie den Port in der Serveradresse (sipXconfig ist normalerweise per HTTPS auf 443 über Apache erreichbar).</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="146" />
            <source>Check that Apache and sipXconfig are running on the server.</source>
            <translation>Prüfen Sie, ob Apache und sipXconfig auf dem Server laufen.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="147" />
            <source>A firewall may reject the connection.</source>
            <translation>Möglicherweise weist eine Firewall die Verbindung ab.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="150" />
            <source>Server name unknown</source>
            <translation>Servername unbekannt</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="151" />
            <source>The name %1 could not be resolved to an address.</source>
            <translation>Die Namensauflösung zu %1 ist fehlgeschlagen: keine Adresse gefunden.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="152" />
            <source>Check the spelling of the server address.</source>
            <translation>Prüfen Sie die Schreibweise der Serveradresse.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="153" />
            <source>Check this computer's DNS settings or VPN connection.</source>
            <translation>Prüfen Sie die DNS-Einstellungen oder die VPN-Verbindung dieses Computers.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="154" />
            <source>Try the server's IP address to rule out DNS.</source>
            <translation>Versuchen Sie es mit der IP-Adresse des Servers, um DNS als Ursache auszuschließen.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="158" />
            <source>Request cancelled</source>
            <translation>Anfrage abgebrochen</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="159" />
            <source>The request was cancelled before an answer arrived.</source>
            <translation>Die Anfrage wurde abgebrochen, bevor eine Antwort eintraf.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="160" />
            <source>Nothing to fix: repeat the action if it is still wanted; check its effect first if it was a command that must not run twice.</source>
            <translation>Nichts zu beheben: Wiederholen Sie die Aktion, falls sie noch gewünscht ist; prüfen Sie zuerst ihre Wirkung, wenn es ein Befehl war, der nicht zweimal ausgeführt werden darf.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="166" />
            <source>Network error</source>
            <translation>Netzwerkfehler</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="168" />
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="169" />
            <source>Check the network connection to %1.</source>
            <translation>Prüfen Sie die Netzwerkverbindung zu %1.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="170" />
            <source>If a command was interrupted, check its effect in the member list before repeating it: commands such as kick or dial are never resent automatically.</source>
            <translation>Wenn ein Befehl unterbrochen wurde, prüfen Sie seine Wirkung in der Teilnehmerliste, bevor Sie ihn wiederholen: Befehle wie kick oder dial werden nie automatisch erneut gesendet.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="17" />
            <source>Invitation malformed</source>
            <translation>Einladung fehlerhaft</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="18" />
            <source>sipXconfig answered 400 "Incorect invite command": an invitation needs exactly one target.</source>
            <translation>sipXconfig hat mit 400 „Incorect invite command“ geantwortet: Eine Einladung benötigt genau ein Ziel.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="20" />
            <source>Give exactly one SIP address, extension or IM id to invite.</source>
            <translation>Geben Sie genau eine SIP-Adresse, Nebenstelle oder IM-ID zum Einladen an.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="21" />
            <source>The target must not contain '&amp;', '/', '?' or '#'.</source>
            <translation>Das Ziel darf weder '&amp;', '/', '?' noch '#' enthalten.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="24" />
            <source>No command given</source>
            <translation>Kein Befehl angegeben</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="25" />
            <source>sipXconfig answered 400 "No conference command specified": the command part of the address was empty.</source>
            <translation>sipXconfig hat mit 400 „No conference command specified“ geantwortet: Der Befehlsteil der Adresse war leer.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="27" />
            <source>Type a command (for example "list") before sending.</source>
            <translation>Geben Sie vor dem Senden einen Befehl ein (zum Beispiel „list“).</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="28" />
            <source>Request refused</source>
            <translation>Anfrage abgelehnt</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="29" />
            <source>The server answered 400 Bad Request. %1</source>
            <translation>Der Server hat mit 400 Bad Request geantwortet. %1</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="30" />
            <source>Check for characters the address cannot carry ('%', '/', '?', '#').</source>
            <translation>Prüfen Sie auf Zeichen, die die Adresse nicht transportieren kann ('%', '/', '?', '#').</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="33" />
            <source>Not the conference owner</source>
            <translation>Nicht Inhaber der Konferenz</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="34" />
            <source>sipXconfig answered 403: only the conference's owner may control it through this API. Administrators are not exempt.</source>
            <translation>sipXconfig hat mit 403 geantwortet: Nur der Inhaber der Konferenz darf sie über diese API steuern. Administratoren sind davon nicht ausgenommen.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="36" />
            <source>Log in as the user who owns the conference (see the conference's owner in sipXconfig).</source>
            <translation>Melden Sie sich als der Benutzer an, dem die Konferenz gehört (siehe Inhaber der Konferenz in sipXconfig).</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="37" />
            <source>Or ask an administrator to make your user the owner of the conference.</source>
            <translation>Oder bitten Sie einen Administrator, Ihren Benutzer zum Inhaber der Konferenz zu machen.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="38" />
            <source>A conference without an owner cannot be controlled through the API at all.</source>
            <translation>Eine Konferenz ohne Inhaber kann über die API überhaupt nicht gesteuert werden.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="41" />
            <source>Conference unknown</source>
            <translation>Konferenz unbekannt</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="42" />
            <source>sipXconfig answered 404 "Conference not found": it has no conference with this name.</source>
            <translation>sipXconfig hat mit 404 „Conference not found“ geantwortet: Es gibt keine Konferenz mit diesem Namen.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="44" />
            <source>Check the conference name (it is case-sensitive); refresh the conference list.</source>
            <translation>Prüfen Sie den Konferenznamen (Groß-/Kleinschreibung beachten); aktualisieren Sie die Konferenzliste.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="45" />
            <source>The conference may have been renamed or deleted in sipXconfig.</source>
            <translation>Die Konferenz wurde in sipXconfig möglicherweise umbenannt oder gelöscht.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="47" />
            <source>Address not found</source>
            <translation>Adresse nicht gefunden</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="48" />
            <source>The server answered 404 for %1: no such page.</source>
            <translation>Der Server hat für %1 mit 404 geantwortet: Diese Seite gibt es nicht.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="49" />
            <source>this address</source>
            <translation>diese Adresse</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="50" />
            <source>Check the server address: it must end in /sipxconfig/rest.</source>
            <translation>Prüfen Sie die Serveradresse: Sie muss auf /sipxconfig/rest enden.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="51" />
            <source>Check that this server runs sipXconfig (a different web application answers here).</source>
            <translation>Prüfen Sie, ob auf diesem Server sipXconfig läuft (hier antwortet eine andere Webanwendung).</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="54" />
            <source>Method not allowed</source>
            <translation>Methode nicht erlaubt</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="55" />
            <source>The server answered 405 to a PUT: this is upstream sipXconfig, which runs commands only on GET.</source>
            <translation>Der Server hat auf ein PUT mit 405 geantwortet: Dies ist das originale sipXconfig, das Befehle nur bei GET ausführt.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="57" />
            <source>Set the command method in the connection settings to "Automatic" or "GET".</source>
            <translation>Stellen Sie die Befehlsmethode in den Verbindungseinstellungen auf „Automatisch“ oder „GET“.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="60" />
            <source>Conference not active</source>
            <translation>Konferenz nicht aktiv</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="61" />
            <source>sipXconfig answered 406 "Conference found, but not active": nobody is in the conference, so the bridge has no running instance.</source>
            <translation>sipXconfig hat mit 406 „Conference found, but not active“ geantwortet: Niemand ist in der Konferenz, daher hat die Konferenzbrücke keine laufende Instanz.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="63" />
            <source>Wait until somebody dials into the conference, then try again.</source>
            <translation>Warten Sie, bis sich jemand in die Konferenz einwählt, und versuchen Sie es dann erneut.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="64" />
            <source>Check that the conference is enabled in sipXconfig.</source>
            <translation>Prüfen Sie, ob die Konferenz in sipXconfig aktiviert ist.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="66" />
            <source>Format not acceptable</source>
            <translation>Format nicht akzeptabel</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="67" />
            <source>The server answered 406: it cannot answer in the format the console asked for.</source>
            <translation>Der Server hat mit 406 geantwortet: Er kann nicht in dem von der Konsole angeforderten Format antworten.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="68" />
            <source>A proxy between the console and sipXconfig may rewrite the Accept header.</source>
            <translation>Möglicherweise schreibt ein Proxy zwischen Konsole und sipXconfig den Accept-Header um.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="69" />
            <source>Check that the address points straight at sipXconfig's REST API.</source>
            <translation>Prüfen Sie, ob die Adresse direkt auf die REST-API von sipXconfig zeigt.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="74" />
            <source>Web server got no answer</source>
            <translation>Webserver hat keine Antwort erhalten</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="75" />
            <source>The web server in front of sipXconfig answered %1: the service behind it did not answer (Apache gives up after its proxy timeout).</source>
            <translation>Der Webserver vor sipXconfig hat mit %1 geantwortet: Der dahinterliegende Dienst hat nicht geantwortet (Apache gibt nach seinem Proxy-Zeitlimit auf).</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="78" />
            <source>Check that sipXconfig (Jetty) is running on the server.</source>
            <translation>Prüfen Sie, ob sipXconfig (Jetty) auf dem Server läuft.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="79" />
            <source>Check that the sipxrecording service ("Conference Event Listener") answers: sipXconfig waits for it without a timeout.</source>
            <translation>Prüfen Sie, ob der Dienst sipxrecording („Conference Event Listener“) antwortet: sipXconfig wartet ohne Zeitlimit auf ihn.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="81" />
            <source>Check the load of the conference bridge.</source>
            <translation>Prüfen Sie die Auslastung der Konferenzbrücke.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="91" />
            <source>Bridge unreachable</source>
            <translation>Konferenzbrücke nicht erreichbar</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="92" />
            <source>sipXconfig could not reach FreeSWITCH on the conference bridge (%1).</source>
            <translation>sipXconfig konnte FreeSWITCH auf der Konferenzbrücke nicht erreichen (%1).</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="93" />
            <source>Check that FreeSWITCH runs on the conference server.</source>
            <translation>Prüfen Sie, ob FreeSWITCH auf dem Konferenzserver läuft.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="94" />
            <source>Check that mod_xml_rpc is loaded and that its port is reachable from the sipXconfig host.</source>
            <translation>Prüfen Sie, ob mod_xml_rpc geladen ist und sein Port vom sipXconfig-Host aus erreichbar ist.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="97" />
            <source>Server error</source>
            <translation>Serverfehler</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="99" />
            <source>sipXconfig reported an internal error (HTTP %1).</source>
            <translation>sipXconfig hat einen internen Fehler gemeldet (HTTP %1).</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="100" />
            <source>sipXconfig reported an internal error (HTTP %1): %2</source>
            <translation>sipXconfig hat einen internen Fehler gemeldet (HTTP %1): %2</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="101" />
            <source>The JSON body names the error and its Java exception type; look for it in sipxconfig.log on the server.</source>
            <translation>Der JSON-Body nennt den Fehler und seinen Java-Exception-Typ; suchen Sie danach in sipxconfig.log auf dem Server.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="103" />
            <source>For an invitation, check that the IM id or address is known to sipXconfig.</source>
            <translation>Prüfen Sie bei einer Einladung, ob die IM-ID oder Adresse sipXconfig bekannt ist.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failureexplainer.cpp" line="86" />
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="106" />
            <source>Unexpected answer</source>
            <translation>Unerwartete Antwort</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="107" />
            <source>The server answered HTTP %1. %2</source>
            <translation>Der Server hat mit HTTP %1 geantwortet. %2</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="108" />
            <source>Check the server address and look at the raw answer in the log.</source>
            <translation>Prüfen Sie die Serveradresse und sehen Sie sich die Rohantwort im Protokoll an.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failureexplainer.cpp" line="56" />
            <source>Conference service unreachable</source>
            <translation>Konferenzdienst nicht erreichbar</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failureexplainer.cpp" line="57" />
            <source>sipXconfig could not reach the sipxrecording service on the conference bridge: "%1".</source>
            <translation>sipXconfig konnte den Dienst sipxrecording auf der Konferenzbrücke nicht erreichen: „%1“.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failureexplainer.cpp" line="59" />
            <source>Check that the "Conference Event Listener" (sipxrecording) service is enabled and running on the conference server (it needs the Conference feature on the same host).</source>
            <translation>Prüfen Sie, ob der Dienst „Conference Event Listener“ (sipxrecording) auf dem Konferenzserver aktiviert ist und läuft (er benötigt die Conference-Funktion auf demselben Host).</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failureexplainer.cpp" line="61" />
            <source>Check that the conference bridge's fully qualified host name resolves from the sipXconfig host (sipXconfig calls it by that name).</source>
            <translation>Prüfen Sie, ob der vollqualifizierte Hostname der Konferenzbrücke vom sipXconfig-Host aus aufgelöst wird (sipXconfig spricht sie unter diesem Namen an).</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failureexplainer.cpp" line="63" />
            <source>Check that port 8549 on the bridge is not blocked by a firewall.</source>
            <translation>Prüfen Sie, ob Port 8549 auf der Konferenzbrücke nicht durch eine Firewall blockiert wird.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failureexplainer.cpp" line="67" />
            <source>FreeSWITCH too slow</source>
            <translation>FreeSWITCH zu langsam</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failureexplainer.cpp" line="68" />
            <source>The recording service waited more than 60 seconds for FreeSWITCH and gave up.</source>
            <translation>Der Aufnahmedienst hat mehr als 60 Sekunden auf FreeSWITCH gewartet und aufgegeben.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failureexplainer.cpp" line="69" />
            <source>FreeSWITCH on the conference bridge is overloaded or hung: check its CPU and its log.</source>
            <translation>FreeSWITCH auf der Konferenzbrücke ist überlastet oder hängt: Prüfen Sie CPU-Last und Log.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failureexplainer.cpp" line="70" />
            <source>Check the effect of the command before repeating it: it may still have run.</source>
            <translation>Prüfen Sie die Wirkung des Befehls, bevor Sie ihn wiederholen: Er wurde möglicherweise trotzdem ausgeführt.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failureexplainer.cpp" line="73" />
            <source>Answer cut off</source>
            <translation>Antwort abgeschnitten</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failureexplainer.cpp" line="74" />
            <source>The answer from %1 ended before it was complete.</source>
            <translation>Die Antwort von %1 endete, bevor sie vollständig war.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failureexplainer.cpp" line="75" />
            <source>Check the network and any proxy between the console and sipXconfig.</source>
            <translation>Prüfen Sie das Netzwerk und etwaige Proxys zwischen Konsole und sipXconfig.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failureexplainer.cpp" line="76" />
            <source>Repeat the request; check a command's effect first.</source>
            <translation>Wiederholen Sie die Anfrage; prüfen Sie bei Befehlen zuerst deren Wirkung.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failureexplainer.cpp" line="80" />
            <source>Empty answer</source>
            <translation>Leere Antwort</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failureexplainer.cpp" line="81" />
            <source>sipXconfig answered with an empty body: the recording service reached nothing behind it.</source>
            <translation>sipXconfig hat mit leerem Body geantwortet: Der Aufnahmedienst hat dahinter nichts erreicht.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failureexplainer.cpp" line="82" />
            <source>Check that FreeSWITCH runs on the conference bridge and that its event socket (127.0.0.1:8021, password ClueCon) is enabled: the recording service uses it.</source>
            <translation>Prüfen Sie, ob FreeSWITCH auf der Konferenzbrücke läuft und sein Event-Socket (127.0.0.1:8021, Passwort ClueCon) aktiviert ist: Der Aufnahmedienst verwendet ihn.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failureexplainer.cpp" line="84" />
            <source>For "record duration", an empty answer means that no recording file exists yet.</source>
            <translation>Bei „record duration“ bedeutet eine leere Antwort, dass noch keine Aufnahmedatei existiert.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failureexplainer.cpp" line="87" />
            <source>The conference service answered something the console does not understand: "%1".</source>
            <translation>Der Konferenzdienst hat etwas geantwortet, das die Konsole nicht versteht: „%1“.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failureexplainer.cpp" line="89" />
            <source>Check the server address: it must point at sipXconfig's REST API.</source>
            <translation>Prüfen Sie die Serveradresse: Sie muss auf die REST-API von sipXconfig zeigen.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failureexplainer.cpp" line="90" />
            <source>Look at the raw answer in the log.</source>
            <translation>Sehen Sie sich die Rohantwort im Protokoll an.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failureexplainer.cpp" line="102" />
            <source>Member no longer there</source>
            <translation>Teilnehmer nicht mehr vorhanden</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failureexplainer.cpp" line="104" />
            <source>FreeSWITCH has no member %1 in the conference ("Non-Existant ID"): the caller left, or rejoined and got a new id.</source>
            <translation>FreeSWITCH hat keinen Teilnehmer %1 in der Konferenz („Non-Existant ID“): Der Anrufer hat sie verlassen oder ist erneut beigetreten und hat eine neue ID erhalten.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failureexplainer.cpp" line="107" />
            <source>No member matched the selection.</source>
            <translation>Kein Teilnehmer entsprach der Auswahl.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failureexplainer.cpp" line="108" />
            <source>Refresh the member list and pick the member again: ids change when a caller rejoins.</source>
            <translation>Aktualisieren Sie die Teilnehmerliste und wählen Sie den Teilnehmer erneut: IDs ändern sich, wenn ein Anrufer erneut beitritt.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failureexplainer.cpp" line="110" />
            <source>Unknown command</source>
            <translation>Unbekannter Befehl</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failureexplainer.cpp" line="111" />
            <source>This FreeSWITCH version does not know the command "%1".</source>
            <translation>Diese FreeSWITCH-Version kennt den Befehl „%1“ nicht.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failureexplainer.cpp" line="112" />
            <source>Check the spelling; some commands (tmute, floor, hold) exist only in newer FreeSWITCH versions.</source>
            <translation>Prüfen Sie die Schreibweise; manche Befehle (tmute, floor, hold) gibt es nur in neueren FreeSWITCH-Versionen.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failureexplainer.cpp" line="116" />
            <source>Nobody in the conference</source>
            <translation>Niemand in der Konferenz</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failureexplainer.cpp" line="117" />
            <source>FreeSWITCH has no running conference "%1": sipXconfig knows it, but nobody is in it, so the bridge has no instance.</source>
            <translation>FreeSWITCH hat keine laufende Konferenz „%1“: sipXconfig kennt sie, aber niemand ist darin, daher hat die Konferenzbrücke keine Instanz.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failureexplainer.cpp" line="120" />
            <source>Wait until somebody dials in; the member list fills in by itself.</source>
            <translation>Warten Sie, bis sich jemand einwählt; die Teilnehmerliste füllt sich von selbst.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failureexplainer.cpp" line="121" />
            <source>Dial-out and invitations still work and start the conference.</source>
            <translation>Hinauswählen und Einladungen funktionieren trotzdem und starten die Konferenz.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failureexplainer.cpp" line="124" />
            <source>Arguments not accepted</source>
            <translation>Argumente nicht akzeptiert</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failureexplainer.cpp" line="125" />
            <source>Check the command's arguments against its usage text.</source>
            <translation>Prüfen Sie die Argumente des Befehls anhand seines Aufruftexts.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failureexplainer.cpp" line="126" />
            <source>FreeSWITCH reported an error</source>
            <translation>FreeSWITCH hat einen Fehler gemeldet</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failureexplainer.cpp" line="128" />
            <source>Look at the FreeSWITCH answer in the log; refresh the member list.</source>
            <translation>Sehen Sie sich die FreeSWITCH-Antwort im Protokoll an; aktualisieren Sie die Teilnehmerliste.</translation>
        </message>
    </context>
    <context>
        <name>cc::MemberName</name>
        <message>
            <location filename="../src/core/model/membername.cpp" line="37" />
            <source>%1 (%2)</source>
            <comment>a member's name, then the member id</comment>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <location filename="../src/core/model/membername.cpp" line="44" />
            <source>Member %1</source>
            <comment>a member known only by id</comment>
            <translation>Teilnehmer %1</translation>
        </message>
    </context>
    <context>
        <name>cc::Parsers</name>
        <message>
            <location filename="../src/core/parsers/conferencesparser.cpp" line="63" />
            <location filename="../src/core/parsers/conferencesparser.cpp" line="97" />
            <source>The conference list from sipXconfig</source>
            <translation>Die Konferenzliste von sipXconfig</translation>
        </message>
        <message>
            <location filename="../src/core/parsers/conferencesparser.cpp" line="112" />
            <source>The conference list from sipXconfig has no "conferences" entry.</source>
            <translation>Die Konferenzliste von sipXconfig hat keinen Eintrag „conferences“.</translation>
        </message>
        <message>
            <location filename="../src/core/parsers/conferencesparser.cpp" line="122" />
            <source>The conference list from sipXconfig contains an invalid entry.</source>
            <translation>Die Konferenzliste von sipXconfig enthält einen ungültigen Eintrag.</translation>
        </message>
        <message>
            <location filename="../src/core/parsers/detailsparser.cpp" line="106" />
            <location filename="../src/core/parsers/detailsparser.cpp" line="147" />
            <source>The conference details from sipXconfig</source>
            <translation>Die Konferenzdetails von sipXconfig</translation>
        </message>
        <message>
            <location filename="../src/core/parsers/detailsparser.cpp" line="155" />
            <source>The conference details from sipXconfig have no "conference" entry.</source>
            <translation>Die Konferenzdetails von sipXconfig haben keinen Eintrag „conference“.</translation>
        </message>
        <message>
            <location filename="../src/core/parsers/detailsparser.cpp" line="203" />
            <source>The conference details from sipXconfig contain an invalid value.</source>
            <translation>Die Konferenzdetails von sipXconfig enthalten einen ungültigen Wert.</translation>
        </message>
        <message>
            <location filename="../src/core/parsers/listparser.cpp" line="129" />
            <source>FreeSWITCH answered "%1" instead of the member list.</source>
            <translation>FreeSWITCH hat „%1“ statt der Teilnehmerliste geantwortet.</translation>
        </message>
        <message>
            <location filename="../src/core/parsers/listparser.cpp" line="138" />
            <source>Line %1 of the member list is not a valid conference header: "%2".</source>
            <translation>Zeile %1 der Teilnehmerliste ist kein gültiger Konferenzkopf: „%2“.</translation>
        </message>
        <message>
            <location filename="../src/core/parsers/listparser.cpp" line="148" />
            <source>Line %1 of the member list has an invalid number.</source>
            <translation>Zeile %1 der Teilnehmerliste enthält eine ungültige Zahl.</translation>
        </message>
        <message>
            <location filename="../src/core/parsers/listparser.cpp" line="168" />
            <source>Line %1 of the member list is not understood: "%2".</source>
            <translation>Zeile %1 der Teilnehmerliste ist unverständlich: „%2“.</translation>
        </message>
        <message>
            <location filename="../src/core/parsers/listparser.cpp" line="183" />
            <source>Line %1 of the member list has an invalid number: "%2".</source>
            <translation>Zeile %1 der Teilnehmerliste enthält eine ungültige Zahl: „%2“.</translation>
        </message>
        <message>
            <location filename="../src/core/parsers/relateparser.cpp" line="36" />
            <source>FreeSWITCH answered "%1" instead of the relationship list.</source>
            <translation>FreeSWITCH hat „%1“ statt der Beziehungsliste geantwortet.</translation>
        </message>
        <message>
            <location filename="../src/core/parsers/relateparser.cpp" line="39" />
            <source>Line %1 of the relationship list is not understood: "%2".</source>
            <translation>Zeile %1 der Beziehungsliste ist unverständlich: „%2“.</translation>
        </message>
        <message>
            <location filename="../src/core/parsers/restxmlutil.cpp" line="18" />
            <source>the document contains a document type declaration, which is not accepted</source>
            <translation>das Dokument enthält eine Dokumenttyp-Deklaration, die nicht akzeptiert wird</translation>
        </message>
        <message>
            <location filename="../src/core/parsers/restxmlutil.cpp" line="28" />
            <source>the document is empty</source>
            <translation>das Dokument ist leer</translation>
        </message>
        <message>
            <location filename="../src/core/parsers/restxmlutil.cpp" line="32" />
            <source>expected &lt;%1&gt; but found &lt;%2&gt;</source>
            <translation>&lt;%1&gt; erwartet, aber &lt;%2&gt; gefunden</translation>
        </message>
        <message>
            <location filename="../src/core/parsers/restxmlutil.cpp" line="55" />
            <source>&lt;%1&gt; should be true or false but is "%2"</source>
            <translation>&lt;%1&gt; sollte true oder false sein, ist aber „%2“</translation>
        </message>
        <message>
            <location filename="../src/core/parsers/restxmlutil.cpp" line="68" />
            <source>&lt;%1&gt; should be a number but is "%2"</source>
            <translation>&lt;%1&gt; sollte eine Zahl sein, ist aber „%2“</translation>
        </message>
        <message>
            <location filename="../src/core/parsers/restxmlutil.cpp" line="76" />
            <source>%1 could not be read: %2.</source>
            <extracomment>%1 names the document, %2 is the reason</extracomment>
            <translation>%1 konnte nicht gelesen werden: %2.</translation>
        </message>
        <message>
            <location filename="../src/core/parsers/restxmlutil.cpp" line="89" />
            <source>%1 is not valid JSON: %2.</source>
            <translation>%1 ist kein gültiges JSON: %2.</translation>
        </message>
        <message>
            <location filename="../src/core/parsers/xmllistreader.cpp" line="52" />
            <source>The conference list from FreeSWITCH is not valid XML: %1.</source>
            <translation>Die Konferenzliste von FreeSWITCH ist kein gültiges XML: %1.</translation>
        </message>
        <message>
            <location filename="../src/core/parsers/xmllistreader.cpp" line="75" />
            <source>The conference list contains a document type declaration, which FreeSWITCH never sends; it was not processed.</source>
            <translation>Die Konferenzliste enthält eine Dokumenttyp-Deklaration, die FreeSWITCH nie sendet; sie wurde nicht verarbeitet.</translation>
        </message>
        <message>
            <location filename="../src/core/parsers/xmllistreader.cpp" line="87" />
            <source>The conference list from FreeSWITCH is empty.</source>
            <translation>Die Konferenzliste von FreeSWITCH ist leer.</translation>
        </message>
        <message>
            <location filename="../src/core/parsers/xmllistreader.cpp" line="91" />
            <source>Expected &lt;conferences&gt; from FreeSWITCH but found &lt;%1&gt;.</source>
            <translation>&lt;conferences&gt; von FreeSWITCH erwartet, aber &lt;%1&gt; gefunden.</translation>
        </message>
        <message>
            <location filename="../src/core/parsers/xmllistreader.cpp" line="126" />
            <source>The conference attribute %1="%2" is not a valid number.</source>
            <translation>Das Konferenzattribut %1="%2" ist keine gültige Zahl.</translation>
        </message>
        <message>
            <location filename="../src/core/parsers/xmllistreader.cpp" line="252" />
            <source>Unexpected element &lt;%1&gt; where the conference list should have a value.</source>
            <translation>Unerwartetes Element &lt;%1&gt; an einer Stelle, an der die Konferenzliste einen Wert haben sollte.</translation>
        </message>
        <message>
            <location filename="../src/core/parsers/xmllistreader.cpp" line="275" />
            <source>The member field &lt;%1&gt; has the invalid value "%2".</source>
            <translation>Das Teilnehmerfeld &lt;%1&gt; hat den ungültigen Wert „%2“.</translation>
        </message>
        <message>
            <location filename="../src/core/parsers/xmllistreader.cpp" line="330" />
            <source>The member flag &lt;%1&gt; has the invalid value "%2".</source>
            <translation>Das Teilnehmer-Flag &lt;%1&gt; hat den ungültigen Wert „%2“.</translation>
        </message>
        <message>
            <location filename="../src/core/parsers/xmllistreader.cpp" line="385" />
            <source>The member field &lt;last_talking&gt; has the invalid value "%1".</source>
            <translation>Das Teilnehmerfeld &lt;last_talking&gt; hat den ungültigen Wert „%1“.</translation>
        </message>
        <message>
            <location filename="../src/core/parsers/xmllistreader.cpp" line="422" />
            <source>A conference member at line %1, column %2 has no &lt;id&gt;.</source>
            <translation>Ein Konferenzteilnehmer in Zeile %1, Spalte %2 hat keine &lt;id&gt;.</translation>
        </message>
        <message>
            <location filename="../src/core/parsers/xmllistparser.cpp" line="81" />
            <source>FreeSWITCH sent an empty reply instead of the conference list.</source>
            <translation>FreeSWITCH hat eine leere Antwort statt der Konferenzliste gesendet.</translation>
        </message>
        <message>
            <location filename="../src/core/parsers/xmllistparser.cpp" line="89" />
            <source>FreeSWITCH answered "%1" instead of the conference list.</source>
            <translation>FreeSWITCH hat „%1“ statt der Konferenzliste geantwortet.</translation>
        </message>
    </context>
    <context>
        <name>cc::ParticipantModel</name>
        <message>
            <location filename="../src/core/model/participantmodel.cpp" line="297" />
            <location filename="../src/core/model/participantmodel.cpp" line="308" />
            <source>Cannot speak to %1</source>
            <translation>Kann nicht zu %1 sprechen</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantmodel.cpp" line="299" />
            <location filename="../src/core/model/participantmodel.cpp" line="306" />
            <source>Does not hear %1</source>
            <translation>Hört %1 nicht</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantmodel.cpp" line="301" />
            <source>Sends video to %1</source>
            <translation>Sendet Video an %1</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantmodel.cpp" line="310" />
            <source>Receives video from %1</source>
            <translation>Empfängt Video von %1</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantmodeldata.cpp" line="40" />
            <source>%1h %2m</source>
            <comment>elapsed hours and minutes</comment>
            <translation>%1 h %2 min</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantmodeldata.cpp" line="44" />
            <source>%1m %2s</source>
            <comment>elapsed minutes and seconds</comment>
            <translation>%1 min %2 s</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantmodeldata.cpp" line="47" />
            <source>%1s</source>
            <comment>elapsed seconds</comment>
            <translation>%1 s</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="159" />
            <location filename="../src/core/model/participantcolumns.cpp" line="171" />
            <source>talking</source>
            <translation>spricht</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="193" />
            <source>floor</source>
            <translation>Rederecht</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="218" />
            <location filename="../src/core/model/participantcolumns.cpp" line="229" />
            <source>muted</source>
            <translation>stumm</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="247" />
            <location filename="../src/core/model/participantcolumns.cpp" line="258" />
            <source>deaf</source>
            <translation>taub</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="275" />
            <source>mod</source>
            <translation>Mod</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="305" />
            <source>hold</source>
            <translation>gehalten</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="329" />
            <location filename="../src/core/model/participantcolumns.cpp" line="339" />
            <source>video</source>
            <translation>Video</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="425" />
            <source>now</source>
            <translation>jetzt</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="427" />
            <source>%1 ago</source>
            <translation>vor %1</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="428" />
            <source>never</source>
            <translation>nie</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="95" />
            <source>Member id %1 (FreeSWITCH gives a new id on every join)</source>
            <translation>Teilnehmer-ID %1 (FreeSWITCH vergibt bei jedem Beitritt eine neue ID)</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="114" />
            <source>No caller-ID name</source>
            <translation>Kein Anrufername</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="116" />
            <source>Number: %1</source>
            <translation>Rufnummer: %1</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="118" />
            <source>Ghost member (not counted)</source>
            <translation>Geisterteilnehmer (nicht mitgezählt)</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="120" />
            <source>Channel UUID: %1</source>
            <translation>Kanal-UUID: %1</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="140" />
            <source>%1 on %2</source>
            <translation>%1 auf %2</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="165" />
            <source>Talking now</source>
            <translation>Spricht gerade</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="165" />
            <source>Not talking</source>
            <translation>Spricht nicht</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="170" />
            <source>muted but talking, wants to speak</source>
            <translation>stummgeschaltet, spricht aber, möchte sprechen</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="196" />
            <source>Has the floor (the loudest speaker)</source>
            <translation>Hat das Rederecht (lautester Sprecher)</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="197" />
            <source>Does not have the floor</source>
            <translation>Hat nicht das Rederecht</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="222" />
            <location filename="../src/core/model/participantcolumns.cpp" line="251" />
            <source>On hold</source>
            <translation>Gehalten</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="223" />
            <source>Can speak</source>
            <translation>Kann sprechen</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="224" />
            <source>Muted: the others cannot hear this member</source>
            <translation>Stummgeschaltet: Die anderen hören diesen Teilnehmer nicht</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="252" />
            <source>Can hear</source>
            <translation>Kann hören</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="253" />
            <source>Deaf: this member hears nobody</source>
            <translation>Taub geschaltet: Dieser Teilnehmer hört niemanden</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="268" />
            <location filename="../src/core/model/participantcolumns.cpp" line="280" />
            <source>Moderator</source>
            <translation>Moderator</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="280" />
            <source>Not a moderator</source>
            <translation>Kein Moderator</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="282" />
            <source>The conference ends when this member leaves</source>
            <translation>Die Konferenz endet, wenn dieser Teilnehmer sie verlässt</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="284" />
            <source>Mandatory member: the conference ends when this member leaves</source>
            <translation>Pflichtteilnehmer: Die Konferenz endet, wenn dieser Teilnehmer sie verlässt</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="308" />
            <source>On hold: hears music, is not heard</source>
            <translation>Gehalten: hört Wartemusik, wird nicht gehört</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="309" />
            <source>Not on hold</source>
            <translation>Nicht gehalten</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="333" />
            <source>Audio only</source>
            <translation>Nur Audio</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="334" />
            <source>Sends video (video bridge)</source>
            <translation>Sendet Video (Videobrücke)</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="335" />
            <source>Sends video</source>
            <translation>Sendet Video</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="359" />
            <source>Energy threshold %1: quieter audio is not mixed</source>
            <translation>Energieschwelle %1: Leiseres Audio wird nicht gemischt</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="376" />
            <source>Input volume %1 (range -4 to 4)</source>
            <translation>Eingangslautstärke %1 (Bereich -4 bis 4)</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="393" />
            <source>Output volume %1 (range -4 to 4)</source>
            <translation>Ausgangslautstärke %1 (Bereich -4 bis 4)</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="409" />
            <source>Joined at %1, %2 ago</source>
            <translation>Beigetreten um %1, vor %2</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="433" />
            <source>Has not talked yet</source>
            <translation>Hat noch nicht gesprochen</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="434" />
            <source>Last talked at %1, %2 ago</source>
            <translation>Zuletzt gesprochen um %1, vor %2</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="171" />
            <source>not talking</source>
            <translation>spricht nicht</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="201" />
            <source>has the floor</source>
            <translation>hat das Rederecht</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="201" />
            <source>no floor</source>
            <translation>kein Rederecht</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="230" />
            <location filename="../src/core/model/participantcolumns.cpp" line="259" />
            <location filename="../src/core/model/participantcolumns.cpp" line="313" />
            <source>on hold</source>
            <translation>gehalten</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="230" />
            <source>can speak</source>
            <translation>kann sprechen</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="259" />
            <source>can hear</source>
            <translation>kann hören</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="289" />
            <source>moderator</source>
            <translation>Moderator</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="289" />
            <source>not a moderator</source>
            <translation>kein Moderator</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="313" />
            <source>not on hold</source>
            <translation>nicht gehalten</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="339" />
            <source>audio only</source>
            <translation>nur Audio</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="85" />
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="102" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="129" />
            <source>Number</source>
            <translation>Rufnummer</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="147" />
            <source>Talking</source>
            <translation>Spricht</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="185" />
            <source>Floor</source>
            <translation>Rederecht</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="210" />
            <source>Speak</source>
            <translation>Sprechen</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="239" />
            <source>Hear</source>
            <translation>Hören</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="298" />
            <source>Hold</source>
            <translation>Halten</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="322" />
            <source>Video</source>
            <translation>Video</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="348" />
            <source>Energy</source>
            <translation>Energie</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="366" />
            <source>Volume in</source>
            <translation>Lautst. ein</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="383" />
            <source>Volume out</source>
            <translation>Lautst. aus</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="400" />
            <source>In call</source>
            <translation>Im Gespräch</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="417" />
            <source>Last talked</source>
            <translation>Zuletzt gesprochen</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="86" />
            <source>FreeSWITCH member id; a caller who rejoins gets a new one</source>
            <translation>FreeSWITCH-Teilnehmer-ID; ein Anrufer, der erneut beitritt, erhält eine neue</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="103" />
            <source>Caller-ID name, and any relationships set with relate</source>
            <translation>Anrufername und alle mit relate festgelegten Beziehungen</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="130" />
            <source>Caller-ID number</source>
            <translation>Rufnummer des Anrufers</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="148" />
            <source>Marked while the member is talking</source>
            <translation>Markiert, solange der Teilnehmer spricht</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="158" />
            <source>wants to speak</source>
            <translation>möchte sprechen</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="164" />
            <source>Muted, but talking — wants to speak?</source>
            <translation>Stummgeschaltet, spricht aber — möchte sprechen?</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="186" />
            <source>Marked for the member who has the floor (the current main speaker)</source>
            <translation>Markiert beim Teilnehmer mit dem Rederecht (dem aktuellen Hauptsprecher)</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="212" />
            <source>"muted" when the others cannot hear this member</source>
            <translation>„stumm“, wenn die anderen diesen Teilnehmer nicht hören</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="241" />
            <source>"deaf" when this member cannot hear the conference</source>
            <translation>„taub“, wenn dieser Teilnehmer die Konferenz nicht hört</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="269" />
            <source>"mod" for conference moderators</source>
            <translation>„Mod“ bei Konferenzmoderatoren</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="299" />
            <source>"hold" while the member is on hold</source>
            <translation>„gehalten“, solange der Teilnehmer gehalten wird</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="323" />
            <source>"video" when the member sends video</source>
            <translation>„Video“, wenn der Teilnehmer Video sendet</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="349" />
            <source>Energy threshold: audio quieter than this is not mixed</source>
            <translation>Energieschwelle: Leiseres Audio wird nicht gemischt</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="368" />
            <source>Gain applied to what the member says (-4 to 4)</source>
            <translation>Verstärkung für das, was der Teilnehmer sagt (-4 bis 4)</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="385" />
            <source>Gain applied to what the member hears (-4 to 4)</source>
            <translation>Verstärkung für das, was der Teilnehmer hört (-4 bis 4)</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="401" />
            <source>Time in the conference</source>
            <translation>Zeit in der Konferenz</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="418" />
            <source>Time since the member last talked</source>
            <translation>Zeit seit dem letzten Sprechen des Teilnehmers</translation>
        </message>
    </context>
    <context>
        <name>cc::PushConferenceSource</name>
        <message>
            <location filename="../src/core/sources/pushconferencesource.cpp" line="150" />
            <source>The member list of "%1" could not be read: %2</source>
            <translation>Die Teilnehmerliste von „%1“ konnte nicht gelesen werden: %2</translation>
        </message>
    </context>
    <context>
        <name>cc::RaiseHandQueue</name>
        <message>
            <location filename="../src/core/insights/raisehandqueue.cpp" line="153" />
            <source>Number: %1</source>
            <translation>Rufnummer: %1</translation>
        </message>
        <message>
            <location filename="../src/core/insights/raisehandqueue.cpp" line="157" />
            <source>%1 raised a hand and has been waiting %2; talking now while muted.</source>
            <translation>%1 hat sich gemeldet und wartet seit %2; spricht gerade trotz Stummschaltung.</translation>
        </message>
        <message>
            <location filename="../src/core/insights/raisehandqueue.cpp" line="159" />
            <source>%1 raised a hand and has been waiting %2.</source>
            <translation>%1 hat sich gemeldet und wartet seit %2.</translation>
        </message>
        <message>
            <location filename="../src/core/insights/raisehandqueue.cpp" line="166" />
            <source>waiting %1</source>
            <translation>wartet seit %1</translation>
        </message>
    </context>
    <context>
        <name>cc::RestClient</name>
        <message>
            <location filename="../src/core/rest/restclient.cpp" line="162" />
            <source>The server address is not a valid http or https URL.</source>
            <translation>Die Serveradresse ist keine gültige http- oder https-URL.</translation>
        </message>
        <message>
            <location filename="../src/core/rest/restclient.cpp" line="169" />
            <source>The request was not sent: "." and ".." cannot be used as a conference name or path segment, because URLs treat them as navigation.</source>
            <translation>Die Anfrage wurde nicht gesendet: „.“ und „..“ können nicht als Konferenzname oder Pfadsegment verwendet werden, weil URLs sie als Navigation behandeln.</translation>
        </message>
        <message>
            <location filename="../src/core/rest/restclient.cpp" line="368" />
            <source>No complete answer within %1 s.</source>
            <translation>Keine vollständige Antwort innerhalb von %1 s.</translation>
        </message>
        <message>
            <location filename="../src/core/rest/restclient.cpp" line="372" />
            <source>The connection closed before the server answered. The command was not sent again because it must not run twice; check its effect before repeating it.</source>
            <translation>Die Verbindung wurde geschlossen, bevor der Server geantwortet hat. Der Befehl wurde nicht erneut gesendet, da er nicht zweimal ausgeführt werden darf; prüfen Sie seine Wirkung, bevor Sie ihn wiederholen.</translation>
        </message>
        <message>
            <location filename="../src/core/rest/restclient.cpp" line="378" />
            <source>The response exceeded %1 bytes.</source>
            <translation>Die Antwort hat %1 Bytes überschritten.</translation>
        </message>
    </context>
    <context>
        <name>cc::RestCommandTransport</name>
        <message>
            <location filename="../src/core/rest/restcommandtransport.cpp" line="21" />
            <source>REST</source>
            <translation>REST</translation>
        </message>
        <message>
            <location filename="../src/core/rest/restcommandtransport.cpp" line="43" />
            <source>No connection to the server is configured.</source>
            <translation>Es ist keine Verbindung zum Server eingerichtet.</translation>
        </message>
    </context>
    <context>
        <name>cc::ServerUrl</name>
        <message>
            <location filename="../src/core/rest/serverurl.cpp" line="28" />
            <source>No server address given.</source>
            <translation>Keine Serveradresse angegeben.</translation>
        </message>
        <message>
            <location filename="../src/core/rest/serverurl.cpp" line="33" />
            <source>No scheme given: assumed https://.</source>
            <translation>Kein Schema angegeben: https:// angenommen.</translation>
        </message>
        <message>
            <location filename="../src/core/rest/serverurl.cpp" line="40" />
            <source>“%1” is not a server address.</source>
            <translation>„%1“ ist keine Serveradresse.</translation>
        </message>
        <message>
            <location filename="../src/core/rest/serverurl.cpp" line="44" />
            <source>“%1” is not an http(s) URL.</source>
            <translation>„%1“ ist keine http(s)-URL.</translation>
        </message>
        <message>
            <location filename="../src/core/rest/serverurl.cpp" line="48" />
            <source>Do not put credentials into the URL; the console asks for them.</source>
            <translation>Keine Zugangsdaten in die URL schreiben; die Konsole fragt danach.</translation>
        </message>
        <message>
            <location filename="../src/core/rest/serverurl.cpp" line="52" />
            <source>Ignored the query and fragment of the URL.</source>
            <translation>Abfrage und Fragment der URL wurden ignoriert.</translation>
        </message>
        <message>
            <location filename="../src/core/rest/serverurl.cpp" line="72" />
            <source>No path given: assumed %1.</source>
            <translation>Kein Pfad angegeben: %1 angenommen.</translation>
        </message>
        <message>
            <location filename="../src/core/rest/serverurl.cpp" line="75" />
            <source>Completed the path to %1.</source>
            <translation>Pfad zu %1 ergänzt.</translation>
        </message>
        <message>
            <location filename="../src/core/rest/serverurl.cpp" line="83" />
            <source>Used the server part of the URL; ignored “%1”.</source>
            <translation>Der Serverteil der URL wurde verwendet; „%1“ wurde ignoriert.</translation>
        </message>
        <message>
            <location filename="../src/core/rest/serverurl.cpp" line="85" />
            <source>Used the server part of the URL; it names the conference “%1”.</source>
            <translation>Der Serverteil der URL wurde verwendet; sie bezeichnet die Konferenz „%1“.</translation>
        </message>
    </context>
    <context>
        <name>cc::TimeBox</name>
        <message>
            <location filename="../src/core/meeting/timebox.cpp" line="77" />
            <source>The warning did not play: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/core/meeting/timebox.cpp" line="92" />
            <source>The conference was not locked at the end: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/core/meeting/timebox.cpp" line="111" />
            <source>The meeting was not ended: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cc::WaitingList</name>
        <message>
            <location filename="../src/core/meeting/waitinglist.cpp" line="141" />
            <source>Number: %1</source>
            <translation>Rufnummer: %1</translation>
        </message>
        <message>
            <location filename="../src/core/meeting/waitinglist.cpp" line="142" />
            <source>Waiting for %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/core/meeting/waitinglist.cpp" line="145" />
            <source>%1 is in the waiting room and has been waiting %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/core/meeting/waitinglist.cpp" line="151" />
            <source>waiting %1</source>
            <translation>wartet seit %1</translation>
        </message>
    </context>
    <context>
        <name>gui::AttendanceDialog</name>
        <message>
            <location filename="../src/gui/dialogs/attendancedialog.cpp" line="77" />
            <source>Export &amp;CSV…</source>
            <translation>&amp;CSV exportieren…</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/attendancedialog.cpp" line="78" />
            <source>Export &amp;PDF…</source>
            <translation>&amp;PDF exportieren…</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/attendancedialog.cpp" line="79" />
            <source>P&amp;rint…</source>
            <translation>&amp;Drucken…</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/attendancedialog.cpp" line="91" />
            <location filename="../src/gui/dialogs/attendancedialog.cpp" line="151" />
            <source>Attendance</source>
            <translation>Anwesenheit</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/attendancedialog.cpp" line="88" />
            <source>Member</source>
            <translation>Teilnehmer</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/attendancedialog.cpp" line="88" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/attendancedialog.cpp" line="88" />
            <source>Number</source>
            <translation>Rufnummer</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/attendancedialog.cpp" line="88" />
            <source>Moderator</source>
            <translation>Moderator</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/attendancedialog.cpp" line="88" />
            <source>Joined</source>
            <translation>Beigetreten</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/attendancedialog.cpp" line="89" />
            <source>Left</source>
            <translation>Gegangen</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/attendancedialog.cpp" line="89" />
            <source>Present</source>
            <translation>Anwesend</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/attendancedialog.cpp" line="89" />
            <source>Talk time</source>
            <translation>Redezeit</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/attendancedialog.cpp" line="89" />
            <source>Turns</source>
            <translation>Beiträge</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/attendancedialog.cpp" line="90" />
            <source>Muted</source>
            <translation>Stummgeschaltet</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/attendancedialog.cpp" line="100" />
            <source>Export CSV</source>
            <translation>CSV exportieren</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/attendancedialog.cpp" line="102" />
            <source>Export PDF</source>
            <translation>PDF exportieren</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/attendancedialog.cpp" line="104" />
            <source>Print</source>
            <translation>Drucken</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/attendancedialog.cpp" line="151" />
            <location filename="../src/gui/dialogs/attendancedialog.cpp" line="271" />
            <source>Attendance — %1</source>
            <translation>Anwesenheit — %1</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/attendancedialog.cpp" line="196" />
            <source>Call %1</source>
            <translation>Anruf %1</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/attendancedialog.cpp" line="199" />
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/attendancedialog.cpp" line="199" />
            <source>no</source>
            <translation>nein</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/attendancedialog.cpp" line="204" />
            <source>still here</source>
            <translation>noch anwesend</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/attendancedialog.cpp" line="222" />
            <source>No conference.</source>
            <translation>Keine Konferenz.</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/attendancedialog.cpp" line="224" />
            <source>Nobody has joined %1 yet.</source>
            <translation>%1 ist noch niemand beigetreten.</translation>
        </message>
        <message numerus="yes">
            <location filename="../src/gui/dialogs/attendancedialog.cpp" line="226" />
            <source>%n member(s) seen in %1, %2 still in.</source>
            <translation>
                <numerusform>%n Teilnehmer in %1 erfasst, davon noch anwesend: %2.</numerusform>
                <numerusform>%n Teilnehmer in %1 erfasst, davon noch anwesend: %2.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/attendancedialog.cpp" line="229" />
            <source>%1 Meeting started at %2.</source>
            <translation>%1 Besprechung begonnen um %2.</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/attendancedialog.cpp" line="238" />
            <location filename="../src/gui/dialogs/attendancedialog.cpp" line="254" />
            <source>There is no attendance to export.</source>
            <translation>Keine Anwesenheitsdaten zum Exportieren vorhanden.</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/attendancedialog.cpp" line="244" />
            <location filename="../src/gui/dialogs/attendancedialog.cpp" line="263" />
            <source>Could not write %1: %2</source>
            <translation>%1 konnte nicht geschrieben werden: %2</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/attendancedialog.cpp" line="278" />
            <source>Could not write %1.</source>
            <translation>%1 konnte nicht geschrieben werden.</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/attendancedialog.cpp" line="301" />
            <source>Export Attendance as CSV</source>
            <translation>Anwesenheit als CSV exportieren</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/attendancedialog.cpp" line="302" />
            <source>CSV files (*.csv)</source>
            <translation>CSV-Dateien (*.csv)</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/attendancedialog.cpp" line="306" />
            <location filename="../src/gui/dialogs/attendancedialog.cpp" line="317" />
            <source>Saved %1.</source>
            <translation>%1 gespeichert.</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/attendancedialog.cpp" line="312" />
            <source>Export Attendance as PDF</source>
            <translation>Anwesenheit als PDF exportieren</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/attendancedialog.cpp" line="313" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF-Dateien (*.pdf)</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/attendancedialog.cpp" line="338" />
            <source>Sent the attendance report to %1.</source>
            <translation>Anwesenheitsbericht an %1 gesendet.</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/attendancedialog.cpp" line="339" />
            <source>Printing failed.</source>
            <translation>Drucken fehlgeschlagen.</translation>
        </message>
    </context>
    <context>
        <name>gui::AuditDialog</name>
        <message>
            <location filename="../src/gui/troubleshooting/auditdialog.cpp" line="30" />
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/auditdialog.cpp" line="32" />
            <source>FreeSWITCH error</source>
            <translation>FreeSWITCH-Fehler</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/auditdialog.cpp" line="34" />
            <source>Bridge unreachable</source>
            <translation>Konferenzbrücke nicht erreichbar</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/auditdialog.cpp" line="36" />
            <source>HTTP error</source>
            <translation>HTTP-Fehler</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/auditdialog.cpp" line="38" />
            <source>No answer</source>
            <translation>Keine Antwort</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/auditdialog.cpp" line="64" />
            <source>Export CSV…</source>
            <translation>CSV exportieren…</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/auditdialog.cpp" line="68" />
            <source>Audit Trail</source>
            <translation>Prüfprotokoll</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/auditdialog.cpp" line="70" />
            <source>Filter by command, member, user, answer…</source>
            <translation>Nach Befehl, Teilnehmer, Benutzer, Antwort filtern…</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/auditdialog.cpp" line="75" />
            <source>Sent commands</source>
            <translation>Gesendete Befehle</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/auditdialog.cpp" line="76" />
            <source>Time</source>
            <translation>Zeit</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/auditdialog.cpp" line="76" />
            <source>Conference</source>
            <translation>Konferenz</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/auditdialog.cpp" line="76" />
            <source>User</source>
            <translation>Benutzer</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/auditdialog.cpp" line="76" />
            <source>Command</source>
            <translation>Befehl</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/auditdialog.cpp" line="77" />
            <source>Members</source>
            <translation>Teilnehmer</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/auditdialog.cpp" line="77" />
            <source>Outcome</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/auditdialog.cpp" line="77" />
            <source>HTTP</source>
            <translation>HTTP</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/auditdialog.cpp" line="77" />
            <source>Answer</source>
            <translation>Antwort</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/auditdialog.cpp" line="77" />
            <source>Request</source>
            <translation>Anfrage</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/auditdialog.cpp" line="78" />
            <source>Server</source>
            <translation>Server</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/auditdialog.cpp" line="82" />
            <source>Reload</source>
            <translation>Neu laden</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/auditdialog.cpp" line="90" />
            <source>Conference:</source>
            <translation>Konferenz:</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/auditdialog.cpp" line="129" />
            <source>All</source>
            <translation>Alle</translation>
        </message>
        <message numerus="yes">
            <location filename="../src/gui/troubleshooting/auditdialog.cpp" line="171" />
            <source>%1 of %n command(s) shown.</source>
            <translation>
                <numerusform>%1 von %n Befehl angezeigt.</numerusform>
                <numerusform>%1 von %n Befehlen angezeigt.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../src/gui/troubleshooting/auditdialog.cpp" line="173" />
            <source>%n damaged line(s) skipped.</source>
            <translation>
                <numerusform>%n beschädigte Zeile übersprungen.</numerusform>
                <numerusform>%n beschädigte Zeilen übersprungen.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/auditdialog.cpp" line="175" />
            <source>No commands recorded yet in %1.</source>
            <translation>In %1 sind noch keine Befehle aufgezeichnet.</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/auditdialog.cpp" line="185" />
            <source>Could not write %1: %2</source>
            <translation>%1 konnte nicht geschrieben werden: %2</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/auditdialog.cpp" line="194" />
            <source>Export Audit Trail</source>
            <translation>Prüfprotokoll exportieren</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/auditdialog.cpp" line="194" />
            <source>CSV files (*.csv)</source>
            <translation>CSV-Dateien (*.csv)</translation>
        </message>
        <message numerus="yes">
            <location filename="../src/gui/troubleshooting/auditdialog.cpp" line="198" />
            <source>Exported %n command(s) to %1.</source>
            <translation>
                <numerusform>%n Befehl nach %1 exportiert.</numerusform>
                <numerusform>%n Befehle nach %1 exportiert.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>gui::BreakoutDialog</name>
        <message>
            <location filename="../src/gui/dialogs/breakoutdialog.cpp" line="51" />
            <source>Drag a member onto another room to move them there.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/gui/dialogs/breakoutdialog.cpp" line="52" />
            <source>Drag members between the lists to choose their room.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/gui/dialogs/breakoutdialog.cpp" line="90" />
            <source>Breakout Rooms — %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/gui/dialogs/breakoutdialog.cpp" line="104" />
            <location filename="../src/gui/dialogs/breakoutdialog.cpp" line="507" />
            <source>The rooms close in %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/gui/dialogs/breakoutdialog.cpp" line="143" />
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/breakoutdialog.cpp" line="157" />
            <source>&amp;Rooms:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/gui/dialogs/breakoutdialog.cpp" line="169" />
            <source>Everyone but the &amp;moderators (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/gui/dialogs/breakoutdialog.cpp" line="171" />
            <source>The &amp;selected members (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/gui/dialogs/breakoutdialog.cpp" line="181" />
            <source>Split &amp;evenly</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/gui/dialogs/breakoutdialog.cpp" line="183" />
            <source>Split at r&amp;andom</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/gui/dialogs/breakoutdialog.cpp" line="190" />
            <source>Drag members between the lists to choose their room. Moderators lose the moderator flag in a room (a transfer rejoins as a plain member), so they stay here unless you move them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/gui/dialogs/breakoutdialog.cpp" line="207" />
            <source> min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/gui/dialogs/breakoutdialog.cpp" line="208" />
            <source>until I bring them back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/gui/dialogs/breakoutdialog.cpp" line="209" />
            <source>Close the rooms &amp;after:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/gui/dialogs/breakoutdialog.cpp" line="213" />
            <source>a file name in the sound folder (no “/”)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/gui/dialogs/breakoutdialog.cpp" line="219" />
            <source> s before the end</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/gui/dialogs/breakoutdialog.cpp" line="222" />
            <source>&amp;Warning:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/gui/dialogs/breakoutdialog.cpp" line="225" />
            <source>Over sipXconfig REST, rooms must be conferences you own: sipXconfig answers “not found” or “not owner” for any other, so only yours are offered.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/gui/dialogs/breakoutdialog.cpp" line="237" />
            <source>&amp;Open the Rooms</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/gui/dialogs/breakoutdialog.cpp" line="293" />
            <source>Staying in %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/gui/dialogs/breakoutdialog.cpp" line="294" />
            <source>&lt;b&gt;Staying in %1&lt;/b&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/gui/dialogs/breakoutdialog.cpp" line="308" />
            <source>Name of room %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/gui/dialogs/breakoutdialog.cpp" line="315" />
            <location filename="../src/gui/dialogs/breakoutdialog.cpp" line="475" />
            <source>Room %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/gui/dialogs/breakoutdialog.cpp" line="367" />
            <source>Give every room a name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/gui/dialogs/breakoutdialog.cpp" line="369" />
            <source>A room cannot be %1 itself.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/gui/dialogs/breakoutdialog.cpp" line="371" />
            <source>Two rooms are called “%1”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/gui/dialogs/breakoutdialog.cpp" line="383" />
            <source>Nobody would go to a room: drag members into the rooms, or split them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/gui/dialogs/breakoutdialog.cpp" line="418" />
            <source>Drag a member onto another room to move them there; double-click a room's name to open its tab.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/gui/dialogs/breakoutdialog.cpp" line="429" />
            <source>&amp;Play to All Rooms…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/gui/dialogs/breakoutdialog.cpp" line="431" />
            <source>&amp;Bring Everyone Back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/gui/dialogs/breakoutdialog.cpp" line="444" />
            <source>Play to All Rooms</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/gui/dialogs/breakoutdialog.cpp" line="445" />
            <source>File to play in every room:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/gui/dialogs/breakoutdialog.cpp" line="470" />
            <source>Open the tab of %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/gui/dialogs/breakoutdialog.cpp" line="500" />
            <source>Opening the rooms…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/gui/dialogs/breakoutdialog.cpp" line="503" />
            <source>Bringing everyone back…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/gui/dialogs/breakoutdialog.cpp" line="509" />
            <source>The rooms stay open until you bring everyone back.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>gui::CertificateDialog</name>
        <message>
            <location filename="../src/gui/connection/certificatedialog.cpp" line="52" />
            <source>Server certificate</source>
            <translation>Serverzertifikat</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/certificatedialog.cpp" line="71" />
            <source>(none)</source>
            <translation>(keine)</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/certificatedialog.cpp" line="75" />
            <source>Issued to:</source>
            <translation>Ausgestellt für:</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/certificatedialog.cpp" line="84" />
            <source>Host names:</source>
            <translation>Hostnamen:</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/certificatedialog.cpp" line="89" />
            <source>%1 (self-signed)</source>
            <translation>%1 (selbstsigniert)</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/certificatedialog.cpp" line="93" />
            <source>Issued by:</source>
            <translation>Ausgestellt von:</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/certificatedialog.cpp" line="98" />
            <source>%1 to %2</source>
            <translation>%1 bis %2</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/certificatedialog.cpp" line="104" />
            <source>(expired)</source>
            <translation>(abgelaufen)</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/certificatedialog.cpp" line="106" />
            <source>(not yet valid)</source>
            <translation>(noch nicht gültig)</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/certificatedialog.cpp" line="109" />
            <source>Valid:</source>
            <translation>Gültig:</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/certificatedialog.cpp" line="114" />
            <source>SHA-256:</source>
            <translation>SHA-256:</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/certificatedialog.cpp" line="117" />
            <source>Problems found:</source>
            <translation>Gefundene Probleme:</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/certificatedialog.cpp" line="139" />
            <location filename="../src/gui/connection/certificatedialog.cpp" line="237" />
            <source>Trust this certificate for this profile</source>
            <translation>Diesem Zertifikat für dieses Profil vertrauen</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/certificatedialog.cpp" line="194" />
            <source>The certificate is self-signed: no certificate authority vouches for it.</source>
            <translation>Das Zertifikat ist selbstsigniert: Keine Zertifizierungsstelle bürgt dafür.</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/certificatedialog.cpp" line="199" />
            <source>The certificate was issued by an authority this computer does not know.</source>
            <translation>Das Zertifikat wurde von einer Zertifizierungsstelle ausgestellt, die dieser Computer nicht kennt.</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/certificatedialog.cpp" line="201" />
            <source>The certificate is not trusted for identifying servers.</source>
            <translation>Das Zertifikat ist für die Identifizierung von Servern nicht vertrauenswürdig.</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/certificatedialog.cpp" line="203" />
            <source>The certificate has expired.</source>
            <translation>Das Zertifikat ist abgelaufen.</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/certificatedialog.cpp" line="205" />
            <source>The certificate is not valid yet (check this computer's clock).</source>
            <translation>Das Zertifikat ist noch nicht gültig (prüfen Sie die Uhr dieses Computers).</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/certificatedialog.cpp" line="207" />
            <source>The certificate was issued for a different host name than the one you connected to.</source>
            <translation>Das Zertifikat wurde für einen anderen Hostnamen ausgestellt als den, mit dem Sie verbunden sind.</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/certificatedialog.cpp" line="209" />
            <source>The certificate has been revoked by its issuer.</source>
            <translation>Das Zertifikat wurde von seinem Aussteller widerrufen.</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/certificatedialog.cpp" line="212" />
            <source>The certificate's signature is invalid or the certificate is blocked.</source>
            <translation>Die Signatur des Zertifikats ist ungültig oder das Zertifikat ist gesperrt.</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/certificatedialog.cpp" line="224" />
            <source>Refused: the certificate differs from the pinned one</source>
            <translation>Abgelehnt: Das Zertifikat weicht vom gepinnten ab</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/certificatedialog.cpp" line="226" />
            <source>This profile trusts a specific certificate, and the server now presents a different one. That happens when the server's certificate was renewed, but it can also mean someone is intercepting the connection. Compare the fingerprint with the server administrator before trusting it.</source>
            <translation>Dieses Profil vertraut einem bestimmten Zertifikat, und der Server legt jetzt ein anderes vor. Das passiert, wenn das Serverzertifikat erneuert wurde, kann aber auch bedeuten, dass jemand die Verbindung abfängt. Vergleichen Sie den Fingerabdruck mit dem Serveradministrator, bevor Sie ihm vertrauen.</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/certificatedialog.cpp" line="230" />
            <source>Trust the new certificate for this profile</source>
            <translation>Dem neuen Zertifikat für dieses Profil vertrauen</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/certificatedialog.cpp" line="232" />
            <source>The server's certificate is not trusted</source>
            <translation>Das Serverzertifikat ist nicht vertrauenswürdig</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/certificatedialog.cpp" line="234" />
            <source>The connection was stopped because this computer cannot verify the server's identity. If the fingerprint below matches the one your administrator gave you, you can trust this certificate for this profile; it will be pinned and checked on every connection.</source>
            <translation>Die Verbindung wurde abgebrochen, weil dieser Computer die Identität des Servers nicht überprüfen kann. Wenn der Fingerabdruck unten mit dem übereinstimmt, den Ihnen Ihr Administrator genannt hat, können Sie diesem Zertifikat für dieses Profil vertrauen; es wird dann gepinnt und bei jeder Verbindung geprüft.</translation>
        </message>
    </context>
    <context>
        <name>gui::CommandController</name>
        <message>
            <location filename="../src/gui/conference/commandcontroller.cpp" line="62" />
            <source>The audit trail could not be written: %1</source>
            <translation>Das Prüfprotokoll konnte nicht geschrieben werden: %1</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/commandcontroller.cpp" line="83" />
            <source>The command is not valid.</source>
            <translation>Der Befehl ist ungültig.</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/commandcontroller.cpp" line="89" />
            <source>The connection to the server is closed.</source>
            <translation>Die Verbindung zum Server ist geschlossen.</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/commandcontroller.cpp" line="133" />
            <source>%1: done</source>
            <translation>%1: erledigt</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/commandcontroller.cpp" line="134" />
            <source>%1 failed</source>
            <translation>%1 fehlgeschlagen</translation>
        </message>
    </context>
    <context>
        <name>gui::ConferenceFeed</name>
        <message>
            <location filename="../src/gui/conference/conferencefeed.cpp" line="62" />
            <source> — polling stopped</source>
            <translation> — Abfrage angehalten</translation>
        </message>
    </context>
    <context>
        <name>gui::ConferenceHeader</name>
        <message>
            <location filename="../src/gui/conference/conferenceheader.cpp" line="60" />
            <location filename="../src/gui/conference/conferenceheader.cpp" line="115" />
            <source>Locked</source>
            <translation>Gesperrt</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferenceheader.cpp" line="61" />
            <source>The conference is locked: nobody new can join.</source>
            <translation>Die Konferenz ist gesperrt: Niemand Neues kann beitreten.</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferenceheader.cpp" line="62" />
            <source>Conference locked</source>
            <translation>Konferenz gesperrt</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferenceheader.cpp" line="66" />
            <source>The conference is being recorded.</source>
            <translation>Die Konferenz wird aufgenommen.</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferenceheader.cpp" line="78" />
            <source>What runs for this meeting while this console is open (Meeting menu).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/gui/conference/conferenceheader.cpp" line="108" />
            <source>● REC %1</source>
            <translation>● REC %1</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferenceheader.cpp" line="132" />
            <source>connecting…</source>
            <translation>verbinde…</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferenceheader.cpp" line="134" />
            <source>not running (nobody in it)</source>
            <translation>läuft nicht (niemand darin)</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferenceheader.cpp" line="144" />
            <source>Not recording</source>
            <translation>Keine Aufnahme</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferenceheader.cpp" line="145" />
            <source>Recording for %1</source>
            <translation>Aufnahme läuft seit %1</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferenceheader.cpp" line="149" />
            <source>%1 (paused)</source>
            <translation>%1 (pausiert)</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferenceheader.cpp" line="150" />
            <source>Recording (sipXconfig)</source>
            <translation>Aufnahme (sipXconfig)</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferenceheader.cpp" line="158" />
            <source>live via event socket · re-synced just now</source>
            <translation>live über Event-Socket · gerade abgeglichen</translation>
        </message>
        <message numerus="yes">
            <location filename="../src/gui/conference/conferenceheader.cpp" line="159" />
            <source>live via event socket · re-synced %n s ago</source>
            <translation>
                <numerusform>live über Event-Socket · vor %n s abgeglichen</numerusform>
                <numerusform>live über Event-Socket · vor %n s abgeglichen</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferenceheader.cpp" line="161" />
            <source>updated just now</source>
            <translation>gerade aktualisiert</translation>
        </message>
        <message numerus="yes">
            <location filename="../src/gui/conference/conferenceheader.cpp" line="161" />
            <source>updated %n s ago</source>
            <translation>
                <numerusform>vor %n s aktualisiert</numerusform>
                <numerusform>vor %n s aktualisiert</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferenceheader.cpp" line="163" />
            <source>not updated yet</source>
            <translation>noch nicht aktualisiert</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferenceheader.cpp" line="168" />
            <source>⚠ Data may be out of date</source>
            <translation>⚠ Daten sind möglicherweise veraltet</translation>
        </message>
    </context>
    <context>
        <name>gui::ConferenceInsights</name>
        <message>
            <location filename="../src/gui/conference/conferenceinsights.cpp" line="71" />
            <source>&lt;b&gt;Who spoke when&lt;/b&gt;</source>
            <translation>&lt;b&gt;Wer hat wann gesprochen&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferenceinsights.cpp" line="73" />
            <source>Talking over the last minutes, one lane per member; right-click to change the span.</source>
            <translation>Sprechaktivität der letzten Minuten, eine Spur pro Teilnehmer; Rechtsklick ändert den Zeitraum.</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferenceinsights.cpp" line="105" />
            <source>Attendance — %1</source>
            <translation>Anwesenheit — %1</translation>
        </message>
    </context>
    <context>
        <name>gui::ConferenceListDock</name>
        <message>
            <location filename="../src/gui/conference/conferencelistdock.cpp" line="30" />
            <source>Conferences</source>
            <translation>Konferenzen</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencelistdock.cpp" line="36" />
            <source>Conference</source>
            <translation>Konferenz</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencelistdock.cpp" line="36" />
            <source>Ext.</source>
            <translation>Nst.</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencelistdock.cpp" line="36" />
            <source>Members</source>
            <translation>Teilnehmer</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencelistdock.cpp" line="36" />
            <location filename="../src/gui/conference/conferencelistdock.cpp" line="44" />
            <source>Lock</source>
            <translation>Sperre</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencelistdock.cpp" line="36" />
            <source>Description</source>
            <translation>Beschreibung</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencelistdock.cpp" line="40" />
            <source>Locked conferences accept no new callers</source>
            <translation>Gesperrte Konferenzen nehmen keine neuen Anrufer an</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencelistdock.cpp" line="78" />
            <source>%1 — loading…</source>
            <translation>%1 — wird geladen…</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencelistdock.cpp" line="273" />
            <location filename="../src/gui/conference/conferencelistdock.cpp" line="280" />
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencelistdock.cpp" line="269" />
            <source>1 conference</source>
            <translation>1 Konferenz</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencelistdock.cpp" line="269" />
            <source>%1 conferences</source>
            <translation>%1 Konferenzen</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencelistdock.cpp" line="163" />
            <source>Double-click to open</source>
            <translation>Zum Öffnen doppelklicken</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencelistdock.cpp" line="38" />
            <source>Members in each conference: live for open ones, as of the last list refresh for the others; — when the server does not say</source>
            <translation>Teilnehmer je Konferenz: live bei geöffneten, bei den übrigen Stand der letzten Listenaktualisierung; — wenn der Server keine Angabe macht</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencelistdock.cpp" line="163" />
            <source>Disabled on the server</source>
            <translation>Auf dem Server deaktiviert</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencelistdock.cpp" line="276" />
            <source>%1 — connecting…</source>
            <translation>%1 — verbinde…</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencelistdock.cpp" line="285" />
            <source>Right-click to disconnect, reconnect or edit it</source>
            <translation>Rechtsklick zum Trennen, erneuten Verbinden oder Bearbeiten</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencelistdock.cpp" line="293" />
            <source>Members now (the conference is open)</source>
            <translation>Teilnehmer jetzt (die Konferenz ist geöffnet)</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencelistdock.cpp" line="296" />
            <source>Members when the list was last read</source>
            <translation>Teilnehmer beim letzten Lesen der Liste</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencelistdock.cpp" line="299" />
            <source>Not known until the conference is opened</source>
            <translation>Unbekannt, bis die Konferenz geöffnet wird</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencelistdock.cpp" line="304" />
            <location filename="../src/gui/conference/conferencelistdock.cpp" line="305" />
            <source>Locked</source>
            <translation>Gesperrt</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencelistdock.cpp" line="308" />
            <location filename="../src/gui/conference/conferencelistdock.cpp" line="309" />
            <source>Not locked</source>
            <translation>Nicht gesperrt</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencelistdock.cpp" line="308" />
            <source>Unknown until opened</source>
            <translation>Unbekannt bis zum Öffnen</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencelistdock.cpp" line="309" />
            <source>Unknown</source>
            <translation>Unbekannt</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencelistdock.cpp" line="345" />
            <source>Open</source>
            <translation>Öffnen</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencelistdock.cpp" line="350" />
            <source>Refresh list</source>
            <translation>Liste aktualisieren</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencelistdock.cpp" line="357" />
            <source>Reconnect</source>
            <translation>Neu verbinden</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencelistdock.cpp" line="361" />
            <source>Edit…</source>
            <translation>Bearbeiten…</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencelistdock.cpp" line="364" />
            <source>Disconnect</source>
            <translation>Trennen</translation>
        </message>
    </context>
    <context>
        <name>gui::ConferenceMeeting</name>
        <message>
            <location filename="../src/gui/conference/conferencemeeting.cpp" line="70" />
            <source>&amp;Waiting Room</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/gui/conference/conferencemeeting.cpp" line="71" />
            <source>Hold every caller who joins (moderators and your own calls excepted) until you admit them: they hear the hold music or silence, nothing of the meeting, and nobody hears them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/gui/conference/conferencemeeting.cpp" line="75" />
            <source>&amp;Mute Everyone Who Joins</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/gui/conference/conferencemeeting.cpp" line="76" />
            <source>Mute every member who joins from now on, until you turn this off.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/gui/conference/conferencemeeting.cpp" line="79" />
            <source>Moderators &amp;Too</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/gui/conference/conferencemeeting.cpp" line="80" />
            <source>Mute joining moderators as well.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/gui/conference/conferencemeeting.cpp" line="84" />
            <source>Waiting Room &amp;Settings…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/gui/conference/conferencemeeting.cpp" line="85" />
            <source>The hold music and the message played to callers turned away.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/gui/conference/conferencemeeting.cpp" line="87" />
            <location filename="../src/gui/conference/conferencemeeting.cpp" line="587" />
            <source>&amp;Breakout Rooms…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/gui/conference/conferencemeeting.cpp" line="88" />
            <source>Split members into rooms for a while, then bring them back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/gui/conference/conferencemeeting.cpp" line="90" />
            <source>Bring &amp;Everyone Back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/gui/conference/conferencemeeting.cpp" line="91" />
            <source>End the breakout now: every member returns to this conference.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/gui/conference/conferencemeeting.cpp" line="93" />
            <source>&amp;Play to All Rooms…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/gui/conference/conferencemeeting.cpp" line="94" />
            <source>Play a file in every breakout room.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/gui/conference/conferencemeeting.cpp" line="96" />
            <source>Play to All Rooms</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/gui/conference/conferencemeeting.cpp" line="97" />
            <source>File to play in every room:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/gui/conference/conferencemeeting.cpp" line="100" />
            <source>&amp;Time Box…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/gui/conference/conferencemeeting.cpp" line="101" />
            <source>When the meeting ends, a warning before, and what happens at the end.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/gui/conference/conferencemeeting.cpp" line="103" />
            <source>&amp;Cancel Time Box</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/gui/conference/conferencemeeting.cpp" line="115" />
            <source>Waiting room — %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/gui/conference/conferencemeeting.cpp" line="116" />
            <source>%1 is waiting to be let in.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../src/gui/conference/conferencemeeting.cpp" line="121" />
            <source>%n minute(s) left in %1.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencemeeting.cpp" line="123" />
            <source>Time box</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/gui/conference/conferencemeeting.cpp" line="129" />
            <source>The time for %1 is up.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/gui/conference/conferencemeeting.cpp" line="132" />
            <source>The time for %1 is up: the conference is locked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/gui/conference/conferencemeeting.cpp" line="142" />
            <source>Time Is Up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/gui/conference/conferencemeeting.cpp" line="143" />
            <source>The time for %1 is up. End the meeting now? Everyone is disconnected.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/gui/conference/conferencemeeting.cpp" line="145" />
            <source>End Meeting</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../src/gui/conference/conferencemeeting.cpp" line="148" />
            <source>%1 has been speaking for %n minute(s).</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencemeeting.cpp" line="150" />
            <source>Long speech — %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/gui/conference/conferencemeeting.cpp" line="162" />
            <source>The rooms heard the warning.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/gui/conference/conferencemeeting.cpp" line="166" />
            <source>Breakout rooms — %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/gui/conference/conferencemeeting.cpp" line="169" />
            <source>Everyone who could come back is back in %1.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../src/gui/conference/conferencemeeting.cpp" line="288" />
            <source>A breakout of %1 is running in %n room(s).</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencemeeting.cpp" line="314" />
            <source>Waiting room on: callers who join now wait until you admit them (while this console is open).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/gui/conference/conferencemeeting.cpp" line="316" />
            <source>Waiting room off: callers who join now come straight in.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/gui/conference/conferencemeeting.cpp" line="327" />
            <source>Members who join now are muted on arrival (while this console is open).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/gui/conference/conferencemeeting.cpp" line="328" />
            <source>Members who join now are no longer muted on arrival.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/gui/conference/conferencemeeting.cpp" line="351" />
            <source>Turn %1 away? The call ends.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/gui/conference/conferencemeeting.cpp" line="352" />
            <source>Turn %1 away? They hear “%2” first, then the call ends.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/gui/conference/conferencemeeting.cpp" line="353" />
            <source>Deny</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/gui/conference/conferencemeeting.cpp" line="353" />
            <source>Turn Away</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/gui/conference/conferencemeeting.cpp" line="370" />
            <source>%1 could not be held in the waiting room: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/gui/conference/conferencemeeting.cpp" line="373" />
            <source>%1 could not be muted on arrival: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/gui/conference/conferencemeeting.cpp" line="376" />
            <source>%1 could not be let in: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/gui/conference/conferencemeeting.cpp" line="379" />
            <source>%1 could not be sent to the waiting room: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/gui/conference/conferencemeeting.cpp" line="382" />
            <source>%1 could not be turned away: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/gui/conference/conferencemeeting.cpp" line="390" />
            <source>%1 waits in the waiting room.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/gui/conference/conferencemeeting.cpp" line="393" />
            <source>%1 was muted on arrival.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/gui/conference/conferencemeeting.cpp" line="396" />
            <source>%1 was let in.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/gui/conference/conferencemeeting.cpp" line="399" />
            <source>%1 is back in the waiting room.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/gui/conference/conferencemeeting.cpp" line="402" />
            <source>%1 was turned away.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/gui/conference/conferencemeeting.cpp" line="452" />
            <source>Time Box — %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/gui/conference/conferencemeeting.cpp" line="467" />
            <source>%1 ends at %2 (while this console is open).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/gui/conference/conferencemeeting.cpp" line="470" />
            <source>The speaker limit for %1 is set.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/gui/conference/conferencemeeting.cpp" line="483" />
            <source>Waiting Room Settings — %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/gui/conference/conferencemeeting.cpp" line="488" />
            <source>none (silence)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/gui/conference/conferencemeeting.cpp" line="491" />
            <source>none (the call just ends)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/gui/conference/conferencemeeting.cpp" line="492" />
            <source>&amp;Hold music:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/gui/conference/conferencemeeting.cpp" line="493" />
            <source>&amp;Message for callers turned away:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/gui/conference/conferencemeeting.cpp" line="496" />
            <source>A sound file on the conference server, or a stream such as local_stream://moh. Waiting callers are also deafened, so they never hear the meeting.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/gui/conference/conferencemeeting.cpp" line="498" />
            <source>Over sipXconfig REST a file cannot contain “/”: give a file name from the conference's sound folder. Waiting callers are also deafened, so they never hear the meeting.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/gui/conference/conferencemeeting.cpp" line="559" />
            <source>Runs while this console is open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/gui/conference/conferencemeeting.cpp" line="587" />
            <source>&amp;Breakout Rooms (running)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/gui/conference/conferencemeeting.cpp" line="596" />
            <source>Waiting room</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/gui/conference/conferencemeeting.cpp" line="598" />
            <source>Muting arrivals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/gui/conference/conferencemeeting.cpp" line="600" />
            <source>Ends in %1</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../src/gui/conference/conferencemeeting.cpp" line="605" />
            <source>%n room(s), %1 left</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../src/gui/conference/conferencemeeting.cpp" line="607" />
            <source>%n room(s) open</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencemeeting.cpp" line="609" />
            <source>Bringing everyone back</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>gui::ConferenceTabs</name>
        <message>
            <location filename="../src/gui/conference/conferencetabs.cpp" line="155" />
            <source>Members can only be moved between conferences of the same server.</source>
            <translation>Teilnehmer können nur zwischen Konferenzen desselben Servers verschoben werden.</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetabs.cpp" line="187" />
            <source>Moved back to %1</source>
            <translation>Nach %1 zurückverschoben</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetabs.cpp" line="212" />
            <source>%1 @ %2</source>
            <translation>%1 @ %2</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetabs.cpp" line="213" />
            <source>%1 on %2</source>
            <translation>%1 auf %2</translation>
        </message>
    </context>
    <context>
        <name>gui::ConferenceToolbar</name>
        <message>
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="46" />
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="247" />
            <source>Lock</source>
            <translation>Sperren</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="46" />
            <source>Lock or unlock the conference</source>
            <translation>Konferenz sperren oder entsperren</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="57" />
            <source>Mute all</source>
            <translation>Alle stummschalten</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="57" />
            <source>Mute every member (mute all)</source>
            <translation>Alle Teilnehmer stummschalten (mute all)</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="61" />
            <source>Mute non-moderators</source>
            <translation>Nicht-Moderatoren stummschalten</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="62" />
            <source>Mute everybody except moderators (mute non_moderator)</source>
            <translation>Alle außer Moderatoren stummschalten (mute non_moderator)</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="65" />
            <source>Unmute all</source>
            <translation>Stummschaltung für alle aufheben</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="65" />
            <source>Unmute every member</source>
            <translation>Stummschaltung aller Teilnehmer aufheben</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="73" />
            <source>Deaf all</source>
            <translation>Alle taub schalten</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="73" />
            <source>Make every member deaf</source>
            <translation>Alle Teilnehmer taub schalten</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="76" />
            <source>Undeaf all</source>
            <translation>Taubschaltung für alle aufheben</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="77" />
            <source>Let every member hear again</source>
            <translation>Alle Teilnehmer wieder hören lassen</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="83" />
            <source>Kick all…</source>
            <translation>Alle entfernen…</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="84" />
            <source>Remove every member from the conference</source>
            <translation>Alle Teilnehmer aus der Konferenz entfernen</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="87" />
            <source>Kick all members</source>
            <translation>Alle Teilnehmer entfernen</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="88" />
            <source>Remove all members (%1) from %2?</source>
            <translation>Alle Teilnehmer (%1) aus %2 entfernen?</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="89" />
            <source>Kick all</source>
            <translation>Alle entfernen</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="97" />
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="204" />
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="251" />
            <source>Record</source>
            <translation>Aufnehmen</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="98" />
            <source>Start or stop recording to the owner's mailbox</source>
            <translation>Aufnahme in die Mailbox des Konferenzinhabers starten oder beenden</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="101" />
            <source>Start recording to a file on the FreeSWITCH server, or stop every recording</source>
            <translation>Aufnahme in eine Datei auf dem FreeSWITCH-Server starten oder alle Aufnahmen beenden</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="107" />
            <source>Play file…</source>
            <translation>Datei abspielen…</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="108" />
            <source>Play a sound file to the whole conference</source>
            <translation>Eine Audiodatei für die gesamte Konferenz abspielen</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="110" />
            <source>Play file</source>
            <translation>Datei abspielen</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="110" />
            <source>File on the media server:</source>
            <translation>Datei auf dem Medienserver:</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="114" />
            <source>Stop playback</source>
            <translation>Wiedergabe beenden</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="115" />
            <source>Stop every file playing to the conference</source>
            <translation>Alle in der Konferenz laufenden Dateien beenden</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="118" />
            <source>Say…</source>
            <translation>Ansagen…</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="119" />
            <source>Speak a text to the whole conference (TTS)</source>
            <translation>Einen Text für die gesamte Konferenz ansagen (TTS)</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="121" />
            <source>Say</source>
            <translation>Ansagen</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="121" />
            <source>Text to speak to everybody:</source>
            <translation>Text für alle ansagen:</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="129" />
            <source>Set PIN…</source>
            <translation>PIN festlegen…</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="129" />
            <source>Require a PIN to join</source>
            <translation>PIN zum Beitreten verlangen</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="131" />
            <source>Conference PIN</source>
            <translation>Konferenz-PIN</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="132" />
            <source>New participant PIN (digits):</source>
            <translation>Neue Teilnehmer-PIN (Ziffern):</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="135" />
            <source>Remove PIN</source>
            <translation>PIN entfernen</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="136" />
            <source>Let callers join without a PIN</source>
            <translation>Anrufer ohne PIN beitreten lassen</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="141" />
            <source>Dial out…</source>
            <translation>Hinauswählen…</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="142" />
            <source>Call someone into the conference (Ctrl+Shift+D)</source>
            <translation>Jemanden in die Konferenz anrufen (Strg+Umschalt+D)</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="153" />
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="155" />
            <source>Meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="154" />
            <source>Waiting room, mute on entry, breakout rooms and the time box</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="161" />
            <source>Attendance…</source>
            <translation>Anwesenheit…</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="162" />
            <source>Who joined and left, talk time and time muted; export as CSV or PDF (Ctrl+Shift+A)</source>
            <translation>Wer beigetreten und gegangen ist, Redezeit und Zeit der Stummschaltung; Export als CSV oder PDF (Strg+Umschalt+A)</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="169" />
            <source>Refresh</source>
            <translation>Aktualisieren</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="169" />
            <source>Poll the conference now (F5)</source>
            <translation>Konferenz jetzt abfragen (F5)</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="205" />
            <source>Record to this file on the FreeSWITCH server (absolute path):</source>
            <translation>In diese Datei auf dem FreeSWITCH-Server aufnehmen (absoluter Pfad):</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="247" />
            <source>Unlock</source>
            <translation>Entsperren</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="248" />
            <source>The conference is locked: nobody new can join. Click to unlock it.</source>
            <translation>Die Konferenz ist gesperrt: Niemand Neues kann beitreten. Klicken Sie, um sie zu entsperren.</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="249" />
            <source>Lock the conference: nobody new can join</source>
            <translation>Konferenz sperren: Niemand Neues kann beitreten</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="251" />
            <source>Stop recording</source>
            <translation>Aufnahme beenden</translation>
        </message>
    </context>
    <context>
        <name>gui::ConferenceView</name>
        <message>
            <location filename="../src/gui/conference/conferenceview.cpp" line="138" />
            <source>Filter by name or number (Ctrl+F)</source>
            <translation>Nach Name oder Rufnummer filtern (Strg+F)</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferenceview.cpp" line="146" />
            <source>Conference</source>
            <translation>Konferenz</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferenceview.cpp" line="137" />
            <source>Filter members</source>
            <translation>Teilnehmer filtern</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferenceview.cpp" line="176" />
            <source>Members of %1</source>
            <translation>Teilnehmer von %1</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferenceview.cpp" line="178" />
            <source>One row per caller. M mutes, D deafens, Delete kicks, T selects the current talker.</source>
            <translation>Eine Zeile pro Anrufer. M schaltet stumm, D schaltet taub, Entf entfernt, T wählt den aktuellen Sprecher aus.</translation>
        </message>
        <message numerus="yes">
            <location filename="../src/gui/conference/conferenceview.cpp" line="381" />
            <source>%n member(s)</source>
            <translation>
                <numerusform>%n Teilnehmer</numerusform>
                <numerusform>%n Teilnehmer</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>gui::ConnectionDialog</name>
        <message>
            <location filename="../src/gui/connection/connectiondialog.cpp" line="42" />
            <source>Upstream sipXconfig only runs commands on GET and answers PUT with 405; Auto tries PUT once and remembers GET.</source>
            <translation>Das originale sipXconfig führt Befehle nur bei GET aus und beantwortet PUT mit 405; „Automatisch“ versucht PUT einmal und merkt sich dann GET.</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectiondialog.cpp" line="46" />
            <source>sipXconfig REST: the conferences you own, polled. Event socket: every conference on the FreeSWITCH bridge, updated by events; also plays files, records to a path and dials.</source>
            <translation>sipXconfig-REST: die Konferenzen, deren Inhaber Sie sind, per Abfrage. Event-Socket: alle Konferenzen auf der FreeSWITCH-Konferenzbrücke, aktualisiert über Events; spielt außerdem Dateien ab, nimmt in einen Pfad auf und wählt hinaus.</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectiondialog.cpp" line="114" />
            <source>Event socket &amp;password:</source>
            <translation>Event-Socket-&amp;Passwort:</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectiondialog.cpp" line="114" />
            <source>&amp;Password:</source>
            <translation>&amp;Passwort:</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectiondialog.cpp" line="115" />
            <source>Full &amp;re-sync every:</source>
            <translation>Vollständiger Abgleich &amp;alle:</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectiondialog.cpp" line="115" />
            <source>&amp;Refresh every:</source>
            <translation>Aktualisierung &amp;alle:</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectiondialog.cpp" line="120" />
            <source>Changes arrive as events at once; the whole member list is re-read this often as a safety net.</source>
            <translation>Änderungen kommen sofort als Events an; die gesamte Teilnehmerliste wird zur Sicherheit in diesem Abstand neu gelesen.</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectiondialog.cpp" line="122" />
            <source>How often the member list is polled.</source>
            <translation>Wie oft die Teilnehmerliste abgefragt wird.</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectiondialog.cpp" line="185" />
            <source>Checking whether a system keychain can keep the password…</source>
            <translation>Prüfe, ob ein Schlüsselbund des Systems das Passwort speichern kann…</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectiondialog.cpp" line="188" />
            <source>The password will be saved in the system keychain.</source>
            <translation>Das Passwort wird im Schlüsselbund des Systems gespeichert.</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectiondialog.cpp" line="192" />
            <source>No system keychain is available: the password will be kept in memory until the console closes, and asked for again next time.</source>
            <translation>Kein Schlüsselbund des Systems verfügbar: Das Passwort wird bis zum Schließen der Konsole im Speicher gehalten und beim nächsten Mal erneut abgefragt.</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectiondialog.cpp" line="212" />
            <source>unchanged</source>
            <translation>unverändert</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectiondialog.cpp" line="227" />
            <source>A connection called "%1" already exists.</source>
            <translation>Eine Verbindung namens „%1“ ist bereits vorhanden.</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectiondialog.cpp" line="249" />
            <source>Server address: %1.</source>
            <translation>Serveradresse: %1.</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectiondialog.cpp" line="255" />
            <source>The password stays as it is unless you type a new one.</source>
            <translation>Das Passwort bleibt unverändert, sofern Sie kein neues eingeben.</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectiondialog.cpp" line="256" />
            <source>No password entered: you will be asked when connecting.</source>
            <translation>Kein Passwort eingegeben: Sie werden beim Verbinden danach gefragt.</translation>
        </message>
    </context>
    <context>
        <name>gui::ConnectionListModel</name>
        <message>
            <location filename="../src/gui/connection/connectionlistmodel.cpp" line="136" />
            <source>%1 (this session only, not saved)</source>
            <translation>%1 (nur diese Sitzung, nicht gespeichert)</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionlistmodel.cpp" line="139" />
            <source>Event socket</source>
            <translation>Event-Socket</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionlistmodel.cpp" line="139" />
            <source>REST (sipXconfig)</source>
            <translation>REST (sipXconfig)</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionlistmodel.cpp" line="142" />
            <source>%1 as %2</source>
            <translation>%1 als %2</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionlistmodel.cpp" line="145" />
            <source>Not connected</source>
            <translation>Nicht verbunden</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionlistmodel.cpp" line="161" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionlistmodel.cpp" line="163" />
            <source>Transport</source>
            <translation>Transport</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionlistmodel.cpp" line="165" />
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionlistmodel.cpp" line="167" />
            <source>State</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionlistmodel.cpp" line="169" />
            <source>Conferences</source>
            <translation>Konferenzen</translation>
        </message>
    </context>
    <context>
        <name>gui::ConnectionManager</name>
        <message>
            <location filename="../src/gui/connection/connectionmanager.cpp" line="92" />
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionmanager.cpp" line="116" />
            <source>%1: disconnected</source>
            <translation>%1: getrennt</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionmanager.cpp" line="135" />
            <location filename="../src/gui/connection/connectionmanager.cpp" line="247" />
            <source>There is no saved connection named “%1”.</source>
            <translation>Es gibt keine gespeicherte Verbindung namens „%1“.</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionmanager.cpp" line="141" />
            <source>Edit connection %1</source>
            <translation>Verbindung %1 bearbeiten</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionmanager.cpp" line="192" />
            <location filename="../src/gui/connection/connectionmanager.cpp" line="219" />
            <source>%1: saved</source>
            <translation>%1: gespeichert</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionmanager.cpp" line="204" />
            <source>%1 (copy)</source>
            <translation>%1 (Kopie)</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionmanager.cpp" line="206" />
            <source>%1 (copy %2)</source>
            <translation>%1 (Kopie %2)</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionmanager.cpp" line="210" />
            <source>Copy of connection %1</source>
            <translation>Kopie der Verbindung %1</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionmanager.cpp" line="226" />
            <source>Remove connection</source>
            <translation>Verbindung entfernen</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionmanager.cpp" line="227" />
            <source>Forget the connection “%1” and its saved password?</source>
            <translation>Die Verbindung „%1“ und ihr gespeichertes Passwort vergessen?</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionmanager.cpp" line="231" />
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionmanager.cpp" line="238" />
            <source>%1: removed</source>
            <translation>%1: entfernt</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionmanager.cpp" line="321" />
            <source>%1: certificate pinned</source>
            <translation>%1: Zertifikat gepinnt</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionmanager.cpp" line="333" />
            <source>Password for %1</source>
            <translation>Passwort für %1</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionmanager.cpp" line="336" />
            <source>the event socket at %1</source>
            <translation>den Event-Socket unter %1</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionmanager.cpp" line="337" />
            <source>“%1” at %2</source>
            <translation>„%1“ auf %2</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionmanager.cpp" line="338" />
            <source>%1

Enter the password for %2. Updates of this server stay stopped until you do.</source>
            <translation>%1

Geben Sie das Passwort für %2 ein. Bis dahin bleiben die Aktualisierungen dieses Servers angehalten.</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionmanager.cpp" line="354" />
            <source>%1: trying the new password</source>
            <translation>%1: Das neue Passwort wird versucht</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionmanager.cpp" line="358" />
            <source>%1: %2 Updates stay stopped.</source>
            <translation>%1: %2 Die Aktualisierungen bleiben angehalten.</translation>
        </message>
    </context>
    <context>
        <name>gui::ConnectionProfile</name>
        <message>
            <location filename="../src/gui/connection/connectionprofile.cpp" line="31" />
            <source>Enter a name for this connection.</source>
            <translation>Geben Sie einen Namen für diese Verbindung ein.</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionprofile.cpp" line="35" />
            <source>Enter the FreeSWITCH host of the event socket, for example 127.0.0.1.</source>
            <translation>Geben Sie den FreeSWITCH-Host des Event-Sockets ein, zum Beispiel 127.0.0.1.</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionprofile.cpp" line="40" />
            <source>The event socket host must be a host name or IP address only (no spaces, no scheme, no path).</source>
            <translation>Der Event-Socket-Host darf nur ein Hostname oder eine IP-Adresse sein (keine Leerzeichen, kein Schema, kein Pfad).</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionprofile.cpp" line="45" />
            <source>The event socket port must be between 1 and 65535 (FreeSWITCH uses 8021).</source>
            <translation>Der Event-Socket-Port muss zwischen 1 und 65535 liegen (FreeSWITCH verwendet 8021).</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionprofile.cpp" line="49" />
            <source>The re-sync interval must be between 1 and 60 seconds.</source>
            <translation>Das Abgleichsintervall muss zwischen 1 und 60 Sekunden liegen.</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionprofile.cpp" line="54" />
            <source>Enter the server address, for example https://pbx.example.com/sipxconfig/rest.</source>
            <translation>Geben Sie die Serveradresse ein, zum Beispiel https://pbx.example.com/sipxconfig/rest.</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionprofile.cpp" line="58" />
            <source>The server address is not a valid URL: %1</source>
            <translation>Die Serveradresse ist keine gültige URL: %1</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionprofile.cpp" line="63" />
            <source>The server address must start with https:// (or http://).</source>
            <translation>Die Serveradresse muss mit https:// (oder http://) beginnen.</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionprofile.cpp" line="66" />
            <source>The server address has no host name.</source>
            <translation>Die Serveradresse enthält keinen Hostnamen.</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionprofile.cpp" line="69" />
            <source>Do not put the user name or password in the address; use the User and Password fields.</source>
            <translation>Geben Sie Benutzername und Passwort nicht in der Adresse an; verwenden Sie die Felder „Benutzer“ und „Passwort“.</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionprofile.cpp" line="73" />
            <source>The server address must not contain '?' or '#'.</source>
            <translation>Die Serveradresse darf weder '?' noch '#' enthalten.</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionprofile.cpp" line="76" />
            <source>Enter your sipXconfig user name.</source>
            <translation>Geben Sie Ihren sipXconfig-Benutzernamen ein.</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionprofile.cpp" line="79" />
            <source>The user name may only contain Latin-1 characters.</source>
            <translation>Der Benutzername darf nur Latin-1-Zeichen enthalten.</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionprofile.cpp" line="82" />
            <source>The refresh interval must be between 0.5 and 30 seconds.</source>
            <translation>Das Aktualisierungsintervall muss zwischen 0,5 und 30 Sekunden liegen.</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionprofile.cpp" line="89" />
            <source>A pinned certificate fingerprint is not a SHA-256 value: %1</source>
            <translation>Ein gepinnter Zertifikatsfingerabdruck ist kein SHA-256-Wert: %1</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionprofile.cpp" line="104" />
            <source>The event socket is not encrypted; use it on a trusted network or through a tunnel.</source>
            <translation>Der Event-Socket ist unverschlüsselt; verwenden Sie ihn in einem vertrauenswürdigen Netz oder über einen Tunnel.</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionprofile.cpp" line="111" />
            <source>Plain http is not encrypted; sipXconfig normally redirects it to https.</source>
            <translation>Einfaches http ist unverschlüsselt; sipXconfig leitet es normalerweise auf https um.</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionprofile.cpp" line="117" />
            <source>The address usually ends in /sipxconfig/rest; it will be used as typed.</source>
            <translation>Die Adresse endet normalerweise auf /sipxconfig/rest; sie wird wie eingegeben verwendet.</translation>
        </message>
    </context>
    <context>
        <name>gui::ConnectionsDialog</name>
        <message>
            <location filename="../src/gui/connection/connectionsdialog.cpp" line="28" />
            <location filename="../src/gui/connection/connectionsdialog.cpp" line="38" />
            <source>Connections</source>
            <translation>Verbindungen</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionsdialog.cpp" line="32" />
            <source>Saved servers and the ones open now. Passwords stay in the system keychain, or are asked for again when there is none.</source>
            <translation>Gespeicherte Server und die derzeit geöffneten. Passwörter bleiben im Schlüsselbund des Systems oder werden erneut abgefragt, wenn es keinen gibt.</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionsdialog.cpp" line="42" />
            <source>Enter connects, Delete removes</source>
            <translation>Eingabetaste verbindet, Entf entfernt</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionsdialog.cpp" line="49" />
            <source>&amp;Connect</source>
            <translation>&amp;Verbinden</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionsdialog.cpp" line="50" />
            <source>&amp;Disconnect</source>
            <translation>&amp;Trennen</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionsdialog.cpp" line="51" />
            <source>&amp;Edit…</source>
            <translation>&amp;Bearbeiten…</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionsdialog.cpp" line="52" />
            <source>D&amp;uplicate…</source>
            <translation>&amp;Duplizieren…</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionsdialog.cpp" line="53" />
            <source>&amp;Remove…</source>
            <translation>&amp;Entfernen…</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionsdialog.cpp" line="54" />
            <source>&amp;New…</source>
            <translation>&amp;Neu…</translation>
        </message>
    </context>
    <context>
        <name>gui::DemoBridge</name>
        <message>
            <location filename="../src/app/demobridge.cpp" line="31" />
            <location filename="../src/app/demobridge.cpp" line="107" />
            <source>The demo is already running.</source>
            <translation>Die Demo läuft bereits.</translation>
        </message>
        <message>
            <location filename="../src/app/demobridge.cpp" line="44" />
            <source>The demo bridge could not start: %1</source>
            <translation>Die Demo-Konferenzbrücke konnte nicht starten: %1</translation>
        </message>
        <message>
            <location filename="../src/app/demobridge.cpp" line="54" />
            <source>The demo scenario has no user “alice”.</source>
            <translation>Das Demo-Szenario hat keinen Benutzer „alice“.</translation>
        </message>
        <message>
            <location filename="../src/app/demobridge.cpp" line="63" />
            <source>Demo bridge (alice)</source>
            <translation>Demo-Konferenzbrücke (alice)</translation>
        </message>
        <message>
            <location filename="../src/app/demobridge.cpp" line="77" />
            <source>Demo bridge (event socket)</source>
            <translation>Demo-Konferenzbrücke (Event-Socket)</translation>
        </message>
        <message>
            <location filename="../src/app/demobridge.cpp" line="130" />
            <source>Connect to the Demo Bridge over the &amp;Event Socket</source>
            <translation>Über den &amp;Event-Socket mit der Demo-Konferenzbrücke verbinden</translation>
        </message>
        <message>
            <location filename="../src/app/demobridge.cpp" line="134" />
            <source>Demo bridge running at %1</source>
            <translation>Demo-Konferenzbrücke läuft unter %1</translation>
        </message>
    </context>
    <context>
        <name>gui::DesktopNotifier</name>
        <message>
            <location filename="../src/gui/window/desktopnotifier.cpp" line="38" />
            <source>%1 and %2</source>
            <translation>%1 und %2</translation>
        </message>
        <message numerus="yes">
            <location filename="../src/gui/window/desktopnotifier.cpp" line="40" />
            <source>%1 and %n more</source>
            <translation>
                <numerusform>%1 und %n weitere Person</numerusform>
                <numerusform>%1 und %n weitere Personen</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../src/gui/window/desktopnotifier.cpp" line="50" />
            <source>Desktop &amp;notifications</source>
            <translation>&amp;Desktop-Benachrichtigungen</translation>
        </message>
        <message>
            <location filename="../src/gui/window/desktopnotifier.cpp" line="52" />
            <source>Show desktop notifications for the events chosen below.</source>
            <translation>Desktop-Benachrichtigungen für die unten gewählten Ereignisse anzeigen.</translation>
        </message>
        <message>
            <location filename="../src/gui/window/desktopnotifier.cpp" line="64" />
            <source>Notify when members &amp;join</source>
            <translation>Benachrichtigen, wenn Teilnehmer &amp;beitreten</translation>
        </message>
        <message>
            <location filename="../src/gui/window/desktopnotifier.cpp" line="65" />
            <source>A notification when someone joins a conference you have open.</source>
            <translation>Eine Benachrichtigung, wenn jemand einer geöffneten Konferenz beitritt.</translation>
        </message>
        <message>
            <location filename="../src/gui/window/desktopnotifier.cpp" line="66" />
            <source>Notify when members &amp;leave</source>
            <translation>Benachrichtigen, wenn Teilnehmer die Konferenz &amp;verlassen</translation>
        </message>
        <message>
            <location filename="../src/gui/window/desktopnotifier.cpp" line="67" />
            <source>A notification when someone leaves a conference you have open.</source>
            <translation>Eine Benachrichtigung, wenn jemand eine geöffnete Konferenz verlässt.</translation>
        </message>
        <message>
            <location filename="../src/gui/window/desktopnotifier.cpp" line="68" />
            <source>Notify when a conference is loc&amp;ked or unlocked</source>
            <translation>Benachrichtigen, wenn eine Konferenz &amp;gesperrt oder entsperrt wird</translation>
        </message>
        <message>
            <location filename="../src/gui/window/desktopnotifier.cpp" line="69" />
            <source>A notification when a conference you have open is locked or unlocked.</source>
            <translation>Eine Benachrichtigung, wenn eine geöffnete Konferenz gesperrt oder entsperrt wird.</translation>
        </message>
        <message>
            <location filename="../src/gui/window/desktopnotifier.cpp" line="70" />
            <source>Notify when a connection goes &amp;stale</source>
            <translation>Benachrichtigen, wenn eine Verbindung &amp;stockt</translation>
        </message>
        <message>
            <location filename="../src/gui/window/desktopnotifier.cpp" line="71" />
            <source>A notification when a server stops answering, and when it is live again.</source>
            <translation>Eine Benachrichtigung, wenn ein Server nicht mehr antwortet und wenn er wieder erreichbar ist.</translation>
        </message>
        <message>
            <location filename="../src/gui/window/desktopnotifier.cpp" line="72" />
            <source>Notify about the &amp;meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/gui/window/desktopnotifier.cpp" line="73" />
            <source>A notification when a caller waits in the waiting room, the time box warns, or someone has spoken for long.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/gui/window/desktopnotifier.cpp" line="194" />
            <location filename="../src/gui/window/desktopnotifier.cpp" line="271" />
            <source>Conference %1</source>
            <translation>Konferenz %1</translation>
        </message>
        <message>
            <location filename="../src/gui/window/desktopnotifier.cpp" line="195" />
            <source>%1 is now locked: nobody else can join.</source>
            <translation>%1 ist jetzt gesperrt: Niemand kann mehr beitreten.</translation>
        </message>
        <message>
            <location filename="../src/gui/window/desktopnotifier.cpp" line="196" />
            <source>%1 is now unlocked: new callers can join.</source>
            <translation>%1 ist jetzt entsperrt: Neue Anrufer können beitreten.</translation>
        </message>
        <message>
            <location filename="../src/gui/window/desktopnotifier.cpp" line="212" />
            <source>Server %1</source>
            <translation>Server %1</translation>
        </message>
        <message>
            <location filename="../src/gui/window/desktopnotifier.cpp" line="213" />
            <source>The connection to %1 is stale: member lists may be out of date.</source>
            <translation>Die Verbindung zu %1 stockt: Teilnehmerlisten sind möglicherweise veraltet.</translation>
        </message>
        <message>
            <location filename="../src/gui/window/desktopnotifier.cpp" line="214" />
            <source>The connection to %1 is live again.</source>
            <translation>Die Verbindung zu %1 ist wieder aktiv.</translation>
        </message>
        <message>
            <location filename="../src/gui/window/desktopnotifier.cpp" line="221" />
            <source>Someone</source>
            <translation>Jemand</translation>
        </message>
        <message>
            <location filename="../src/gui/window/desktopnotifier.cpp" line="262" />
            <source>%1 joined %2.</source>
            <translation>%1 ist %2 beigetreten.</translation>
        </message>
        <message numerus="yes">
            <location filename="../src/gui/window/desktopnotifier.cpp" line="264" />
            <source>%n people joined %1: %2.</source>
            <translation>
                <numerusform>%n Person ist %1 beigetreten: %2.</numerusform>
                <numerusform>%n Personen sind %1 beigetreten: %2.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../src/gui/window/desktopnotifier.cpp" line="267" />
            <source>%1 left %2.</source>
            <translation>%1 hat %2 verlassen.</translation>
        </message>
        <message numerus="yes">
            <location filename="../src/gui/window/desktopnotifier.cpp" line="269" />
            <source>%n people left %1: %2.</source>
            <translation>
                <numerusform>%n Person hat %1 verlassen: %2.</numerusform>
                <numerusform>%n Personen haben %1 verlassen: %2.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>gui::DiagnosticsDialog</name>
        <message>
            <location filename="../src/gui/troubleshooting/diagnosticsdialog.cpp" line="39" />
            <source>ok</source>
            <translation>ok</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/diagnosticsdialog.cpp" line="41" />
            <source>warning</source>
            <translation>Warnung</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/diagnosticsdialog.cpp" line="43" />
            <source>FAILED</source>
            <translation>FEHLGESCHLAGEN</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/diagnosticsdialog.cpp" line="47" />
            <source>skipped</source>
            <translation>übersprungen</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/diagnosticsdialog.cpp" line="61" />
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/diagnosticsdialog.cpp" line="61" />
            <source>no</source>
            <translation>nein</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/diagnosticsdialog.cpp" line="76" />
            <source>Run Again</source>
            <translation>Erneut ausführen</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/diagnosticsdialog.cpp" line="77" />
            <source>Copy Report</source>
            <translation>Bericht kopieren</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/diagnosticsdialog.cpp" line="80" />
            <source>Connection Diagnostics — %1</source>
            <translation>Verbindungsdiagnose — %1</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/diagnosticsdialog.cpp" line="85" />
            <source>Checking the event socket %1.</source>
            <translation>Prüfe den Event-Socket %1.</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/diagnosticsdialog.cpp" line="86" />
            <source>Checking %1 as “%2”.</source>
            <translation>Prüfe %1 als „%2“.</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/diagnosticsdialog.cpp" line="90" />
            <source>Diagnostic steps</source>
            <translation>Diagnoseschritte</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/diagnosticsdialog.cpp" line="91" />
            <source>Step</source>
            <translation>Schritt</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/diagnosticsdialog.cpp" line="91" />
            <source>Time</source>
            <translation>Zeit</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/diagnosticsdialog.cpp" line="91" />
            <source>Result</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/diagnosticsdialog.cpp" line="172" />
            <source>Waiting…</source>
            <translation>Warte…</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/diagnosticsdialog.cpp" line="175" />
            <source>Running…</source>
            <translation>Läuft…</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/diagnosticsdialog.cpp" line="199" />
            <source>Checking…</source>
            <translation>Prüfe…</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/diagnosticsdialog.cpp" line="215" />
            <source>%1 ms</source>
            <translation>%1 ms</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/diagnosticsdialog.cpp" line="268" />
            <source>Conference Console connection diagnostics, %1</source>
            <translation>Conference Console Verbindungsdiagnose, %1</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/diagnosticsdialog.cpp" line="270" />
            <source>Server: %1</source>
            <translation>Server: %1</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/diagnosticsdialog.cpp" line="272" />
            <source>User: %1</source>
            <translation>Benutzer: %1</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/diagnosticsdialog.cpp" line="273" />
            <source>Command method setting: %1</source>
            <translation>Einstellung Befehlsmethode: %1</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/diagnosticsdialog.cpp" line="275" />
            <source>Pinned certificates: %1</source>
            <translation>Gepinnte Zertifikate: %1</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/diagnosticsdialog.cpp" line="287" />
            <source>Summary: %1</source>
            <translation>Zusammenfassung: %1</translation>
        </message>
    </context>
    <context>
        <name>gui::DialOutDialog</name>
        <message>
            <location filename="../src/gui/dialogs/dialoutdialog.cpp" line="23" />
            <source>the line is busy</source>
            <translation>die Leitung ist besetzt</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/dialoutdialog.cpp" line="24" />
            <source>nobody answered</source>
            <translation>niemand hat sich gemeldet</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/dialoutdialog.cpp" line="26" />
            <source>the phone did not respond</source>
            <translation>das Telefon hat nicht reagiert</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/dialoutdialog.cpp" line="27" />
            <source>the call was rejected</source>
            <translation>der Anruf wurde abgewiesen</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/dialoutdialog.cpp" line="29" />
            <source>the phone is not registered</source>
            <translation>das Telefon ist nicht registriert</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/dialoutdialog.cpp" line="31" />
            <source>the subscriber is not reachable</source>
            <translation>der Teilnehmer ist nicht erreichbar</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/dialoutdialog.cpp" line="33" />
            <source>the number does not exist</source>
            <translation>die Rufnummer existiert nicht</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/dialoutdialog.cpp" line="35" />
            <source>a temporary failure in the network</source>
            <translation>eine vorübergehende Störung im Netz</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/dialoutdialog.cpp" line="37" />
            <source>the call timed out</source>
            <translation>Zeitüberschreitung beim Anruf</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/dialoutdialog.cpp" line="39" />
            <source>the destination is out of order</source>
            <translation>das Ziel ist außer Betrieb</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/dialoutdialog.cpp" line="41" />
            <source>the endpoint module is not available on the bridge</source>
            <translation>das Endpunkt-Modul ist auf der Konferenzbrücke nicht verfügbar</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/dialoutdialog.cpp" line="43" />
            <source>the call was cancelled</source>
            <translation>der Anruf wurde abgebrochen</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/dialoutdialog.cpp" line="56" />
            <source>Dial out — %1</source>
            <translation>Hinauswählen — %1</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/dialoutdialog.cpp" line="57" />
            <source>Bring a participant into conference "%1".</source>
            <translation>Einen Teilnehmer in die Konferenz „%1“ holen.</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/dialoutdialog.cpp" line="68" />
            <source>Channel variables for the new call, sent as {name=value,…} in front of the dial string, e.g. originate_timeout = 30.</source>
            <translation>Kanalvariablen für den neuen Anruf, gesendet als {name=value,…} vor der Wählzeichenfolge, z. B. originate_timeout = 30.</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/dialoutdialog.cpp" line="71" />
            <source>FreeSWITCH endpoint: sofia/internal for a SIP user or address, sofia/gateway/&lt;gw&gt; for a carrier gateway, user for a directory user, loopback for a dialplan extension.</source>
            <translation>FreeSWITCH-Endpunkt: sofia/internal für einen SIP-Benutzer oder eine SIP-Adresse, sofia/gateway/&lt;gw&gt; für ein Provider-Gateway, user für einen Verzeichnisbenutzer, loopback für eine Dialplan-Nebenstelle.</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/dialoutdialog.cpp" line="244" />
            <source>I&amp;M ID:</source>
            <translation>I&amp;M-ID:</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/dialoutdialog.cpp" line="245" />
            <source>alice.smith</source>
            <translation>alice.smith</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/dialoutdialog.cpp" line="247" />
            <source>sipXconfig looks the IM ID up and invites that user; an unknown IM ID fails with an error.</source>
            <translation>sipXconfig sucht die IM-ID und lädt diesen Benutzer ein; eine unbekannte IM-ID führt zu einem Fehler.</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/dialoutdialog.cpp" line="249" />
            <source>&amp;Target:</source>
            <translation>&amp;Ziel:</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/dialoutdialog.cpp" line="250" />
            <source>1000, alice or sip:alice@pbx.example.com</source>
            <translation>1000, alice oder sip:alice@pbx.example.com</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/dialoutdialog.cpp" line="252" />
            <source>sipXconfig calls the target with the conference owner's account and transfers the call into the conference. It reports no progress; the participant appears when the call is answered.</source>
            <translation>sipXconfig ruft das Ziel mit dem Konto des Konferenzinhabers an und verbindet den Anruf in die Konferenz. Es wird kein Fortschritt gemeldet; der Teilnehmer erscheint, sobald der Anruf angenommen wird.</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/dialoutdialog.cpp" line="293" />
            <source>Enter whom to call, for example 1000@pbx.example.com.</source>
            <translation>Geben Sie ein, wen Sie anrufen möchten, zum Beispiel 1000@pbx.example.com.</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/dialoutdialog.cpp" line="59" />
            <location filename="../src/gui/dialogs/dialoutdialog.cpp" line="257" />
            <source>Dial</source>
            <translation>Wählen</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/dialoutdialog.cpp" line="257" />
            <source>Invite</source>
            <translation>Einladen</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/dialoutdialog.cpp" line="264" />
            <source>sipXconfig cannot pass this on: a dial string always contains '/', which ends the command in the REST address (%2F is refused). Dial and bgdial need a direct FreeSWITCH connection; sipXconfig's invite can call the same person instead.</source>
            <translation>sipXconfig kann dies nicht weitergeben: Eine Wählzeichenfolge enthält immer '/', was den Befehl in der REST-Adresse beendet (%2F wird abgelehnt). dial und bgdial benötigen eine direkte FreeSWITCH-Verbindung; stattdessen kann invite von sipXconfig dieselbe Person anrufen.</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/dialoutdialog.cpp" line="291" />
            <source>Replace &lt;gw&gt; in the endpoint with the name of a gateway.</source>
            <translation>Ersetzen Sie &lt;gw&gt; im Endpunkt durch den Namen eines Gateways.</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/dialoutdialog.cpp" line="328" />
            <source>not possible (see above)</source>
            <translation>nicht möglich (siehe oben)</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/dialoutdialog.cpp" line="333" />
            <source>none: sipXconfig handles this command itself</source>
            <translation>keiner: sipXconfig verarbeitet diesen Befehl selbst</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/dialoutdialog.cpp" line="393" />
            <source>Ringing…</source>
            <translation>Klingelt…</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/dialoutdialog.cpp" line="406" />
            <source>The request failed.</source>
            <translation>Die Anfrage ist fehlgeschlagen.</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/dialoutdialog.cpp" line="423" />
            <source>%1 — answered; the participant is joining.</source>
            <translation>%1 — angenommen; der Teilnehmer tritt bei.</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/dialoutdialog.cpp" line="426" />
            <source>The call failed: %1</source>
            <translation>Der Anruf ist fehlgeschlagen: %1</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/dialoutdialog.cpp" line="427" />
            <source>The call failed: %1 (%2).</source>
            <translation>Der Anruf ist fehlgeschlagen: %1 (%2).</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/dialoutdialog.cpp" line="433" />
            <source>%1 — calling in the background; waiting for the participant to join…</source>
            <translation>%1 — Anruf im Hintergrund; warte auf den Beitritt des Teilnehmers…</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/dialoutdialog.cpp" line="434" />
            <source>Call started</source>
            <translation>Anruf gestartet</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/dialoutdialog.cpp" line="439" />
            <source>%1 — waiting for the participant to answer and join…</source>
            <translation>%1 — warte, bis der Teilnehmer annimmt und beitritt…</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/dialoutdialog.cpp" line="440" />
            <source>Invitation sent</source>
            <translation>Einladung gesendet</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/dialoutdialog.cpp" line="455" />
            <source>Joined as member %1</source>
            <translation>Als Teilnehmer %1 beigetreten</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/dialoutdialog.cpp" line="456" />
            <source>Joined as member %1 (%2)</source>
            <translation>Als Teilnehmer %1 beigetreten (%2)</translation>
        </message>
    </context>
    <context>
        <name>gui::EslTrafficView</name>
        <message>
            <location filename="../src/gui/troubleshooting/esltrafficview.cpp" line="24" />
            <source>Event socket traffic</source>
            <translation>Event-Socket-Datenverkehr</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/esltrafficview.cpp" line="25" />
            <source>The bytes exchanged with event-socket servers appear here.</source>
            <translation>Die mit Event-Socket-Servern ausgetauschten Bytes erscheinen hier.</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/esltrafficview.cpp" line="26" />
            <source>Clear</source>
            <translation>Leeren</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/esltrafficview.cpp" line="64" />
            <source>… (%1 bytes in all)</source>
            <translation>… (insgesamt %1 Bytes)</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/esltrafficview.cpp" line="72" />
            <source>sent</source>
            <translation>gesendet</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/esltrafficview.cpp" line="72" />
            <source>received</source>
            <translation>empfangen</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/esltrafficview.cpp" line="74" />
            <source>%1  %2  %3 (%4 bytes)
%5
</source>
            <translation>%1  %2  %3 (%4 Bytes)
%5
</translation>
        </message>
    </context>
    <context>
        <name>gui::EventStreamView</name>
        <message>
            <location filename="../src/gui/troubleshooting/eventstreamview.cpp" line="57" />
            <source>Time</source>
            <translation>Zeit</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/eventstreamview.cpp" line="57" />
            <source>Server</source>
            <translation>Server</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/eventstreamview.cpp" line="57" />
            <source>Action</source>
            <translation>Aktion</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/eventstreamview.cpp" line="57" />
            <source>Member</source>
            <translation>Teilnehmer</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/eventstreamview.cpp" line="57" />
            <source>Conference</source>
            <translation>Konferenz</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/eventstreamview.cpp" line="57" />
            <source>Headers</source>
            <translation>Header</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/eventstreamview.cpp" line="68" />
            <source>Filter events (action, member, conference, any header)</source>
            <translation>Events filtern (Aktion, Teilnehmer, Konferenz, beliebiger Header)</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/eventstreamview.cpp" line="74" />
            <location filename="../src/gui/troubleshooting/eventstreamview.cpp" line="189" />
            <source>Pause</source>
            <translation>Pause</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/eventstreamview.cpp" line="76" />
            <source>Hold new events so the list stands still; they are added on resume.</source>
            <translation>Neue Events zurückhalten, damit die Liste stillsteht; sie werden beim Fortsetzen hinzugefügt.</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/eventstreamview.cpp" line="81" />
            <source>Clear</source>
            <translation>Leeren</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/eventstreamview.cpp" line="100" />
            <source>Conference events</source>
            <translation>Konferenz-Events</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/eventstreamview.cpp" line="105" />
            <source>Select an event to see all its headers.</source>
            <translation>Wählen Sie ein Event aus, um alle seine Header zu sehen.</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/eventstreamview.cpp" line="106" />
            <source>Event headers</source>
            <translation>Event-Header</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/eventstreamview.cpp" line="189" />
            <source>Resume</source>
            <translation>Fortsetzen</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/eventstreamview.cpp" line="225" />
            <source>%1 events</source>
            <translation>%1 Events</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/eventstreamview.cpp" line="226" />
            <source>%1 of %2 events</source>
            <translation>%1 von %2 Events</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/eventstreamview.cpp" line="228" />
            <source> · paused, %1 held</source>
            <translation> · pausiert, %1 zurückgehalten</translation>
        </message>
    </context>
    <context>
        <name>gui::ExchangeLogModel</name>
        <message>
            <location filename="../src/gui/troubleshooting/logexchangemodel.cpp" line="80" />
            <source>%1 ms</source>
            <translation>%1 ms</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/logexchangemodel.cpp" line="126" />
            <source>Time</source>
            <translation>Zeit</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/logexchangemodel.cpp" line="128" />
            <source>Method</source>
            <translation>Methode</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/logexchangemodel.cpp" line="130" />
            <source>URL</source>
            <translation>URL</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/logexchangemodel.cpp" line="132" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/logexchangemodel.cpp" line="134" />
            <source>Latency</source>
            <translation>Latenz</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/logexchangemodel.cpp" line="136" />
            <source>Size</source>
            <translation>Größe</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/logexchangemodel.cpp" line="203" />
            <source>Status: %1</source>
            <translation>Status: %1</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/logexchangemodel.cpp" line="205" />
            <source>Error: %1</source>
            <translation>Fehler: %1</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/logexchangemodel.cpp" line="206" />
            <source>Latency: %1 ms</source>
            <translation>Latenz: %1 ms</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/logexchangemodel.cpp" line="208" />
            <source>Content-Type: %1</source>
            <translation>Content-Type: %1</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/logexchangemodel.cpp" line="210" />
            <source>The server refused PUT (405); the request was repeated with GET.</source>
            <translation>Der Server hat PUT abgelehnt (405); die Anfrage wurde mit GET wiederholt.</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/logexchangemodel.cpp" line="211" />
            <source>Body: %1 bytes</source>
            <translation>Body: %1 Bytes</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/logexchangemodel.cpp" line="213" />
            <source>(only the first %1 bytes were kept)</source>
            <translation>(nur die ersten %1 Bytes wurden behalten)</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/logexchangemodel.cpp" line="228" />
            <source>The server certificate is pinned in Conference Console, not trusted by the system.</source>
            <translation>Das Serverzertifikat ist in Conference Console gepinnt, nicht vom System als vertrauenswürdig eingestuft.</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/logexchangemodel.cpp" line="230" />
            <source>Save it as server.pem and add: --cacert server.pem</source>
            <translation>Speichern Sie es als server.pem und ergänzen Sie: --cacert server.pem</translation>
        </message>
    </context>
    <context>
        <name>gui::KeychainCredentialStore</name>
        <message>
            <location filename="../src/gui/connection/keychaincredentialstore.cpp" line="124" />
            <source>error %1</source>
            <translation>Fehler %1</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/keychaincredentialstore.cpp" line="125" />
            <source>The system keychain cannot be used (%1).</source>
            <translation>Der Schlüsselbund des Systems kann nicht verwendet werden (%1).</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/keychaincredentialstore.cpp" line="137" />
            <source>The system keychain did not answer within %1 seconds.</source>
            <translation>Der Schlüsselbund des Systems hat nicht innerhalb von %1 Sekunden geantwortet.</translation>
        </message>
    </context>
    <context>
        <name>gui::LevelDialog</name>
        <message>
            <location filename="../src/gui/dialogs/leveldialog.cpp" line="36" />
            <source>Energy threshold</source>
            <translation>Energieschwelle</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/leveldialog.cpp" line="37" />
            <source>Energy threshold for %1. Sound below it is not mixed; 0 mixes everything. Higher values make the member less sensitive.</source>
            <translation>Energieschwelle für %1. Ton darunter wird nicht gemischt; 0 mischt alles. Höhere Werte machen den Teilnehmer unempfindlicher.</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/leveldialog.cpp" line="46" />
            <source>Down (−200)</source>
            <translation>Senken (−200)</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/leveldialog.cpp" line="47" />
            <source>Up (+200)</source>
            <translation>Erhöhen (+200)</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/leveldialog.cpp" line="50" />
            <source>Volume in</source>
            <translation>Eingangslautstärke</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/leveldialog.cpp" line="50" />
            <source>Volume out</source>
            <translation>Ausgangslautstärke</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/leveldialog.cpp" line="51" />
            <source>How loud the others hear %1 (−4 … 4).</source>
            <translation>Wie laut die anderen %1 hören (−4 … 4).</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/leveldialog.cpp" line="52" />
            <source>How loud %1 hears the conference (−4 … 4).</source>
            <translation>Wie laut %1 die Konferenz hört (−4 … 4).</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/leveldialog.cpp" line="66" />
            <source>Down (−1)</source>
            <translation>Leiser (−1)</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/leveldialog.cpp" line="67" />
            <source>Up (+1)</source>
            <translation>Lauter (+1)</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/leveldialog.cpp" line="80" />
            <source>Set</source>
            <translation>Festlegen</translation>
        </message>
    </context>
    <context>
        <name>gui::LogDock</name>
        <message>
            <location filename="../src/gui/troubleshooting/logdock.cpp" line="19" />
            <source>Log</source>
            <translation>Protokoll</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/logdock.cpp" line="26" />
            <source>Time</source>
            <translation>Zeit</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/logdock.cpp" line="26" />
            <source>Server</source>
            <translation>Server</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/logdock.cpp" line="26" />
            <source>Method</source>
            <translation>Methode</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/logdock.cpp" line="26" />
            <source>URL / answer</source>
            <translation>URL / Antwort</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/logdock.cpp" line="26" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/logdock.cpp" line="26" />
            <source>Latency</source>
            <translation>Latenz</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/logdock.cpp" line="41" />
            <source>Clear log</source>
            <translation>Protokoll leeren</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/logdock.cpp" line="45" />
            <source>Show polling requests</source>
            <translation>Abfrageanfragen anzeigen</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/logdock.cpp" line="87" />
            <source>  (PUT refused with 405, repeated as GET)</source>
            <translation>  (PUT mit 405 abgelehnt, als GET wiederholt)</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/logdock.cpp" line="89" />
            <location filename="../src/gui/troubleshooting/logdock.cpp" line="117" />
            <source>%1 ms</source>
            <translation>%1 ms</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/logdock.cpp" line="98" />
            <location filename="../src/gui/troubleshooting/logdock.cpp" line="117" />
            <source>failed</source>
            <translation>fehlgeschlagen</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/logdock.cpp" line="98" />
            <location filename="../src/gui/troubleshooting/logdock.cpp" line="117" />
            <source>ok</source>
            <translation>ok</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/logdock.cpp" line="116" />
            <source>%1  ⇒  %2</source>
            <translation>%1  ⇒  %2</translation>
        </message>
    </context>
    <context>
        <name>gui::LogView</name>
        <message>
            <location filename="../src/gui/troubleshooting/logview.cpp" line="36" />
            <source>Copy as curl</source>
            <translation>Als curl kopieren</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/logview.cpp" line="37" />
            <source>Save to file…</source>
            <translation>In Datei speichern…</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/logview.cpp" line="38" />
            <source>Clear</source>
            <translation>Leeren</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/logview.cpp" line="43" />
            <source>Filter by URL, status or body text</source>
            <translation>Nach URL, Status oder Body-Text filtern</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/logview.cpp" line="46" />
            <source>All exchanges</source>
            <translation>Alle Austausche</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/logview.cpp" line="47" />
            <source>Failures only</source>
            <translation>Nur Fehlschläge</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/logview.cpp" line="49" />
            <source>Successes only</source>
            <translation>Nur Erfolge</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/logview.cpp" line="52" />
            <source>Copy a curl command that repeats the selected request. curl asks for the password itself; it is never copied.</source>
            <translation>Einen curl-Befehl kopieren, der die ausgewählte Anfrage wiederholt. curl fragt selbst nach dem Passwort; es wird nie mitkopiert.</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/logview.cpp" line="61" />
            <source>Request log</source>
            <translation>Anfrageprotokoll</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/logview.cpp" line="63" />
            <source>Selected exchange</source>
            <translation>Ausgewählter Austausch</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/logview.cpp" line="64" />
            <source>Log filter</source>
            <translation>Protokollfilter</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/logview.cpp" line="65" />
            <source>Show exchanges</source>
            <translation>Austausche anzeigen</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/logview.cpp" line="77" />
            <source>Select an exchange to see the request and the raw answer.</source>
            <translation>Wählen Sie einen Austausch aus, um die Anfrage und die Rohantwort zu sehen.</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/logview.cpp" line="158" />
            <source>curl command copied; curl will ask for the password.</source>
            <translation>curl-Befehl kopiert; curl wird nach dem Passwort fragen.</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/logview.cpp" line="166" />
            <location filename="../src/gui/troubleshooting/logview.cpp" line="172" />
            <source>Could not write %1: %2</source>
            <translation>%1 konnte nicht geschrieben werden: %2</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/logview.cpp" line="180" />
            <source>Save Request Log</source>
            <translation>Anfrageprotokoll speichern</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/logview.cpp" line="184" />
            <source>Text files (*.txt *.log)</source>
            <translation>Textdateien (*.txt *.log)</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/logview.cpp" line="184" />
            <source>All files (*)</source>
            <translation>Alle Dateien (*)</translation>
        </message>
        <message numerus="yes">
            <location filename="../src/gui/troubleshooting/logview.cpp" line="190" />
            <source>Log saved to %1 (%n exchange(s)).</source>
            <translation>
                <numerusform>Protokoll in %1 gespeichert (%n Austausch).</numerusform>
                <numerusform>Protokoll in %1 gespeichert (%n Austausche).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>gui::MainWindow</name>
        <message>
            <location filename="../src/gui/window/mainwindow.cpp" line="164" />
            <source>Raw conference events of event-socket connections</source>
            <translation>Unbearbeitete Konferenz-Events der Event-Socket-Verbindungen</translation>
        </message>
        <message>
            <location filename="../src/gui/window/mainwindow.cpp" line="165" />
            <location filename="../src/gui/window/mainwindow.cpp" line="167" />
            <source>Events</source>
            <translation>Events</translation>
        </message>
        <message>
            <location filename="../src/gui/window/mainwindow.cpp" line="167" />
            <source>Events (%1)</source>
            <translation>Events (%1)</translation>
        </message>
        <message>
            <location filename="../src/gui/window/mainwindow.cpp" line="239" />
            <source>&amp;Event Stream</source>
            <translation>&amp;Event-Stream</translation>
        </message>
        <message>
            <location filename="../src/gui/window/mainwindow.cpp" line="242" />
            <source>&amp;Tools</source>
            <translation>&amp;Extras</translation>
        </message>
        <message>
            <location filename="../src/gui/window/mainwindow.cpp" line="245" />
            <source>Connection &amp;Diagnostics…</source>
            <translation>Verbindungs&amp;diagnose…</translation>
        </message>
        <message>
            <location filename="../src/gui/window/mainwindow.cpp" line="248" />
            <source>&amp;Audit Trail…</source>
            <translation>&amp;Prüfprotokoll…</translation>
        </message>
        <message>
            <location filename="../src/gui/window/mainwindow.cpp" line="186" />
            <source>The conferences of each connected server</source>
            <translation>Die Konferenzen jedes verbundenen Servers</translation>
        </message>
        <message>
            <location filename="../src/gui/window/mainwindow.cpp" line="187" />
            <source>Every request sent to the servers and its answer</source>
            <translation>Jede an die Server gesendete Anfrage und ihre Antwort</translation>
        </message>
        <message>
            <location filename="../src/gui/window/mainwindow.cpp" line="188" />
            <source>Administrator tools: raw command console and explanations</source>
            <translation>Administratorwerkzeuge: Befehlskonsole und Erklärungen</translation>
        </message>
        <message>
            <location filename="../src/gui/window/mainwindow.cpp" line="195" />
            <source>Connect, open and refresh conferences</source>
            <translation>Konferenzen verbinden, öffnen und aktualisieren</translation>
        </message>
        <message>
            <location filename="../src/gui/window/mainwindow.cpp" line="175" />
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <location filename="../src/gui/window/mainwindow.cpp" line="236" />
            <source>&amp;Notifications</source>
            <translation>&amp;Benachrichtigungen</translation>
        </message>
        <message>
            <location filename="../src/gui/window/mainwindow.cpp" line="77" />
            <source>1 server</source>
            <translation>1 Server</translation>
        </message>
        <message>
            <location filename="../src/gui/window/mainwindow.cpp" line="77" />
            <source>%1 servers</source>
            <translation>%1 Server</translation>
        </message>
        <message>
            <location filename="../src/gui/window/mainwindow.cpp" line="106" />
            <source>Moved %1 to %2</source>
            <translation>%1 nach %2 verschoben</translation>
        </message>
        <message>
            <location filename="../src/gui/window/mainwindow.cpp" line="198" />
            <source>&amp;Undo</source>
            <translation>&amp;Rückgängig</translation>
        </message>
        <message>
            <location filename="../src/gui/window/mainwindow.cpp" line="257" />
            <source>Co&amp;nnections…</source>
            <translation>Verbi&amp;ndungen…</translation>
        </message>
        <message>
            <location filename="../src/gui/window/mainwindow.cpp" line="261" />
            <source>Saved and open connections: connect, disconnect, edit, remove (Ctrl+Shift+O)</source>
            <translation>Gespeicherte und geöffnete Verbindungen: verbinden, trennen, bearbeiten, entfernen (Strg+Umschalt+O)</translation>
        </message>
        <message>
            <location filename="../src/gui/window/mainwindow.cpp" line="264" />
            <source>&amp;Recent Connections</source>
            <translation>&amp;Zuletzt verwendete Verbindungen</translation>
        </message>
        <message>
            <location filename="../src/gui/window/mainwindow.cpp" line="270" />
            <source>Reopen Connections and Tabs at Start</source>
            <translation>Verbindungen und Tabs beim Start wiederherstellen</translation>
        </message>
        <message>
            <location filename="../src/gui/window/mainwindow.cpp" line="274" />
            <source>At the next start, connect again to the saved servers open at exit and reopen their conference tabs</source>
            <translation>Beim nächsten Start erneut mit den gespeicherten Servern verbinden, die beim Beenden geöffnet waren, und ihre Konferenz-Tabs wieder öffnen</translation>
        </message>
        <message>
            <location filename="../src/gui/window/mainwindow.cpp" line="339" />
            <source>&amp;%1 %2</source>
            <translation>&amp;%1 %2</translation>
        </message>
        <message>
            <location filename="../src/gui/window/mainwindow.cpp" line="345" />
            <source>No recent connections</source>
            <translation>Keine zuletzt verwendeten Verbindungen</translation>
        </message>
        <message>
            <location filename="../src/gui/window/mainwindow.cpp" line="349" />
            <source>&amp;Clear List</source>
            <translation>Liste &amp;leeren</translation>
        </message>
        <message numerus="yes">
            <location filename="../src/gui/window/mainwindow.cpp" line="392" />
            <source>Reopening %n connection(s) from the last session</source>
            <translation>
                <numerusform>%n Verbindung aus der letzten Sitzung wird wiederhergestellt</numerusform>
                <numerusform>%n Verbindungen aus der letzten Sitzung werden wiederhergestellt</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../src/gui/window/mainwindow.cpp" line="494" />
            <location filename="../src/gui/window/mainwindow.cpp" line="547" />
            <source>Connect to a server first (File ▸ Connect…).</source>
            <translation>Verbinden Sie sich zuerst mit einem Server (Datei ▸ Verbinden…).</translation>
        </message>
        <message>
            <location filename="../src/gui/window/mainwindow.cpp" line="500" />
            <source>Open conference</source>
            <translation>Konferenz öffnen</translation>
        </message>
        <message>
            <location filename="../src/gui/window/mainwindow.cpp" line="501" />
            <source>Conference name on %1:</source>
            <translation>Konferenzname auf %1:</translation>
        </message>
        <message>
            <location filename="../src/gui/window/mainwindow.cpp" line="529" />
            <source>Open a conference first.</source>
            <translation>Öffnen Sie zuerst eine Konferenz.</translation>
        </message>
        <message>
            <location filename="../src/gui/window/mainwindow.cpp" line="587" />
            <source>Undo: %1 (Ctrl+Z)</source>
            <translation>Rückgängig: %1 (Strg+Z)</translation>
        </message>
        <message>
            <location filename="../src/gui/window/mainwindow.cpp" line="603" />
            <source>Conference Console</source>
            <translation>Conference Console</translation>
        </message>
        <message>
            <location filename="../src/gui/window/mainwindow.cpp" line="606" />
            <source>%1 (%2) — %3 — Conference Console</source>
            <translation>%1 (%2) — %3 — Conference Console</translation>
        </message>
        <message>
            <location filename="../src/gui/window/mainwindow.cpp" line="621" />
            <source>About Conference Console</source>
            <translation>Über Conference Console</translation>
        </message>
        <message>
            <location filename="../src/gui/window/mainwindow.cpp" line="622" />
            <source>&lt;h3&gt;Conference Console %1&lt;/h3&gt;&lt;p&gt;Moderator console for FreeSWITCH conferences through the sipXconfig conference REST API.&lt;/p&gt;&lt;p&gt;Licensed under the GPL 3.0 or later.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Conference Console %1&lt;/h3&gt;&lt;p&gt;Moderatorkonsole für FreeSWITCH-Konferenzen über die Konferenz-REST-API von sipXconfig.&lt;/p&gt;&lt;p&gt;Lizenziert unter der GPL 3.0 oder später.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>gui::MemberActions</name>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="55" />
            <source>Toggle mute</source>
            <translation>Stummschaltung umschalten</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="58" />
            <source>Toggle deaf</source>
            <translation>Taubschaltung umschalten</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="61" />
            <source>Kick selected…</source>
            <translation>Ausgewählte entfernen…</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="66" />
            <source>Energy up</source>
            <translation>Energieschwelle erhöhen</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="70" />
            <source>Energy down</source>
            <translation>Energieschwelle senken</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="76" />
            <source>Filter members</source>
            <translation>Teilnehmer filtern</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="83" />
            <source>Speaking volume up</source>
            <translation>Sprechlautstärke erhöhen</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="88" />
            <source>Speaking volume down</source>
            <translation>Sprechlautstärke senken</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="94" />
            <source>Select the current talker</source>
            <translation>Aktuellen Sprecher auswählen</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="98" />
            <source>Nobody is talking in %1 right now.</source>
            <translation>In %1 spricht gerade niemand.</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="133" />
            <source>Select one or more members first.</source>
            <translation>Wählen Sie zuerst einen oder mehrere Teilnehmer aus.</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="177" />
            <source>Transfer of %1 members to %2: %3 of %4 batches succeeded</source>
            <translation>Verschieben von %1 Teilnehmern nach %2: %3 von %4 Teilaufträgen erfolgreich</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="263" />
            <location filename="../src/gui/conference/memberactions.cpp" line="264" />
            <source>Hang up</source>
            <translation>Auflegen</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="264" />
            <source>Hang up %1? The call ends without the kicked sound.</source>
            <translation>%1 auflegen? Der Anruf endet ohne den Entfernen-Hinweiston.</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="267" />
            <location filename="../src/gui/conference/memberactions.cpp" line="268" />
            <source>Kick</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="268" />
            <source>Remove %1 from %2?</source>
            <translation>%1 aus %2 entfernen?</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="320" />
            <source>Mute</source>
            <translation>Stummschalten</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="324" />
            <source>Unmute</source>
            <translation>Stummschaltung aufheben</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="325" />
            <source>Deaf</source>
            <translation>Taub schalten</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="329" />
            <source>Undeaf</source>
            <translation>Taubschaltung aufheben</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="332" />
            <source>Energy…</source>
            <translation>Energieschwelle…</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="334" />
            <source>Volume in…</source>
            <translation>Eingangslautstärke…</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="336" />
            <source>Volume out…</source>
            <translation>Ausgangslautstärke…</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="347" />
            <source>Give floor</source>
            <translation>Rederecht erteilen</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="356" />
            <source>Release floor</source>
            <translation>Rederecht entziehen</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="357" />
            <source>Hold</source>
            <translation>Halten</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="361" />
            <source>Unhold</source>
            <translation>Halten beenden</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="363" />
            <source>Send to Waiting Room</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="365" />
            <source>Admit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="388" />
            <source>Kick…</source>
            <translation>Entfernen…</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="391" />
            <source>Hang up…</source>
            <translation>Auflegen…</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="394" />
            <source>Copy caller ID</source>
            <translation>Anrufer-ID kopieren</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="396" />
            <source>Copy UUID</source>
            <translation>UUID kopieren</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="403" />
            <source>Send DTMF…</source>
            <translation>DTMF senden…</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="404" />
            <source>Send DTMF</source>
            <translation>DTMF senden</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="405" />
            <source>Digits to send to %1:</source>
            <translation>An %1 zu sendende Ziffern:</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="411" />
            <source>Say to member…</source>
            <translation>Dem Teilnehmer ansagen…</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="413" />
            <source>Say to member</source>
            <translation>Dem Teilnehmer ansagen</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="414" />
            <source>Text to speak to %1:</source>
            <translation>Für %1 anzusagender Text:</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="420" />
            <source>Play file to member…</source>
            <translation>Datei für Teilnehmer abspielen…</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="422" />
            <source>Play file to member</source>
            <translation>Datei für Teilnehmer abspielen</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="423" />
            <source>File to play to %1:</source>
            <translation>Für %1 abzuspielende Datei:</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="431" />
            <source>Stop playback</source>
            <translation>Wiedergabe beenden</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="440" />
            <source>Transfer to conference</source>
            <translation>In Konferenz verschieben</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="451" />
            <source>No other conferences known</source>
            <translation>Keine anderen Konferenzen bekannt</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="455" />
            <source>Other conference…</source>
            <translation>Andere Konferenz…</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="457" />
            <source>Transfer</source>
            <translation>Verschieben</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="458" />
            <source>Transfer %1 to conference:</source>
            <translation>%1 in Konferenz verschieben:</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="466" />
            <source>Relate</source>
            <translation>Beziehung festlegen</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="482" />
            <source>Cannot speak to %1 (nospeak)</source>
            <translation>Kann nicht zu %1 sprechen (nospeak)</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="483" />
            <source>Cannot hear %1 (nohear)</source>
            <translation>Kann %1 nicht hören (nohear)</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="484" />
            <source>Neither speak to nor hear %1</source>
            <translation>Weder zu %1 sprechen noch hören</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="485" />
            <location filename="../src/gui/conference/memberactions.cpp" line="536" />
            <source>Clear relation</source>
            <translation>Beziehung aufheben</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="497" />
            <source>No other members</source>
            <translation>Keine anderen Teilnehmer</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="526" />
            <source>%1 → %2</source>
            <translation>%1 → %2</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="533" />
            <source>%1 cannot speak to %2 (nospeak)</source>
            <translation>%1 kann nicht zu %2 sprechen (nospeak)</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="534" />
            <source>%1 cannot hear %2 (nohear)</source>
            <translation>%1 kann %2 nicht hören (nohear)</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="535" />
            <source>Both (nospeak, nohear)</source>
            <translation>Beides (nospeak, nohear)</translation>
        </message>
    </context>
    <context>
        <name>gui::MemberQueuePanel</name>
        <message>
            <location filename="../src/gui/conference/memberqueuepanel.cpp" line="58" />
            <source>%1. %2</source>
            <translation>%1. %2</translation>
        </message>
    </context>
    <context>
        <name>gui::Prompts</name>
        <message>
            <location filename="../src/gui/dialogs/prompts.cpp" line="56" />
            <source>All files (*)</source>
            <translation>Alle Dateien (*)</translation>
        </message>
    </context>
    <context>
        <name>gui::RaiseHandPanel</name>
        <message>
            <location filename="../src/gui/conference/raisehandpanel.cpp" line="20" />
            <source>&amp;Give the floor</source>
            <translation>&amp;Rederecht erteilen</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/raisehandpanel.cpp" line="23" />
            <source>&amp;Dismiss</source>
            <translation>&amp;Ablehnen</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/raisehandpanel.cpp" line="15" />
            <source>Raised hands</source>
            <translation>Wortmeldungen</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/raisehandpanel.cpp" line="13" />
            <source>Muted members who tried to speak, in the order they did.</source>
            <translation>Stummgeschaltete Teilnehmer, die zu sprechen versucht haben, in der Reihenfolge ihrer Versuche.</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/raisehandpanel.cpp" line="14" />
            <source>Nobody is waiting to speak.</source>
            <translation>Niemand wartet auf das Rederecht.</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/raisehandpanel.cpp" line="22" />
            <source>Give the floor</source>
            <translation>Rederecht erteilen</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/raisehandpanel.cpp" line="21" />
            <source>Unmute the selected member (Enter).</source>
            <translation>Stummschaltung des ausgewählten Teilnehmers aufheben (Eingabetaste).</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/raisehandpanel.cpp" line="25" />
            <source>Dismiss</source>
            <translation>Ablehnen</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/raisehandpanel.cpp" line="24" />
            <source>Lower the selected hand without unmuting (Delete).</source>
            <translation>Ausgewählte Wortmeldung zurücknehmen, ohne die Stummschaltung aufzuheben (Entf).</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/raisehandpanel.cpp" line="12" />
            <source>Raised hands (%1)</source>
            <translation>Wortmeldungen (%1)</translation>
        </message>
        <message numerus="yes">
            <location filename="../src/gui/conference/raisehandpanel.cpp" line="17" />
            <source>%n member(s) waiting to speak. Enter gives the floor, Delete dismisses.</source>
            <translation>
                <numerusform>%n Teilnehmer möchte sprechen. Eingabetaste erteilt das Rederecht, Entf lehnt ab.</numerusform>
                <numerusform>%n Teilnehmer möchten sprechen. Eingabetaste erteilt das Rederecht, Entf lehnt ab.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>gui::RelationsPanel</name>
        <message>
            <location filename="../src/gui/conference/relationspanel.cpp" line="64" />
            <source>&lt;b&gt;Relations&lt;/b&gt;</source>
            <translation>&lt;b&gt;Beziehungen&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/relationspanel.cpp" line="65" />
            <source>Who cannot speak to or hear whom, as reported by the server. Drag members onto each other in the table to add one.</source>
            <translation>Wer zu wem nicht sprechen bzw. wen nicht hören kann, laut Server. Ziehen Sie in der Tabelle einen Teilnehmer auf einen anderen, um eine Beziehung hinzuzufügen.</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/relationspanel.cpp" line="73" />
            <source>Relation</source>
            <translation>Beziehung</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/relationspanel.cpp" line="91" />
            <source>none — drag a member onto another to add one</source>
            <translation>keine — einen Teilnehmer auf einen anderen ziehen, um eine hinzuzufügen</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/relationspanel.cpp" line="92" />
            <source>Drag one member onto another to stop them hearing or speaking to each other.</source>
            <translation>Ziehen Sie einen Teilnehmer auf einen anderen, damit sie sich nicht mehr hören oder nicht mehr zueinander sprechen.</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/relationspanel.cpp" line="112" />
            <source>%1 cannot speak to or hear %2</source>
            <translation>%1 kann weder zu %2 sprechen noch hören</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/relationspanel.cpp" line="114" />
            <source>%1 cannot speak to %2</source>
            <translation>%1 kann nicht zu %2 sprechen</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/relationspanel.cpp" line="116" />
            <source>%1 cannot hear %2</source>
            <translation>%1 kann %2 nicht hören</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/relationspanel.cpp" line="117" />
            <source>%1 → %2 (no restriction)</source>
            <translation>%1 → %2 (keine Einschränkung)</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/relationspanel.cpp" line="151" />
            <source>Clear</source>
            <translation>Aufheben</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/relationspanel.cpp" line="152" />
            <source>Remove this relation (relate %1 %2 clear)</source>
            <translation>Diese Beziehung entfernen (relate %1 %2 clear)</translation>
        </message>
    </context>
    <context>
        <name>gui::ServerConnection</name>
        <message>
            <location filename="../src/gui/connection/serverconnection.cpp" line="36" />
            <source>The event socket refused the password. Check the password in the connection settings (FreeSWITCH's default is ClueCon).</source>
            <translation>Der Event-Socket hat das Passwort abgelehnt. Prüfen Sie das Passwort in den Verbindungseinstellungen (Standard bei FreeSWITCH ist ClueCon).</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/serverconnection.cpp" line="42" />
            <source>Event socket: %1</source>
            <translation>Event-Socket: %1</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/serverconnection.cpp" line="128" />
            <source>Connecting…</source>
            <translation>Verbinde…</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/serverconnection.cpp" line="130" />
            <source>Connected</source>
            <translation>Verbunden</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/serverconnection.cpp" line="132" />
            <source>Failed: %1</source>
            <translation>Fehlgeschlagen: %1</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/serverconnection.cpp" line="134" />
            <source>Password refused</source>
            <translation>Passwort abgelehnt</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/serverconnection.cpp" line="134" />
            <source>Password refused: %1</source>
            <translation>Passwort abgelehnt: %1</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/serverconnection.cpp" line="230" />
            <location filename="../src/gui/connection/serverconnection.cpp" line="262" />
            <source>The conference list could not be read: %1</source>
            <translation>Die Konferenzliste konnte nicht gelesen werden: %1</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/serverconnection.cpp" line="249" />
            <source>No answer from the event socket.</source>
            <translation>Keine Antwort vom Event-Socket.</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/serverconnection.cpp" line="254" />
            <source>FreeSWITCH could not list the conferences: %1</source>
            <translation>FreeSWITCH konnte die Konferenzen nicht auflisten: %1</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/serverconnection.cpp" line="270" />
            <source>1 member on the bridge</source>
            <translation>1 Teilnehmer auf der Konferenzbrücke</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/serverconnection.cpp" line="271" />
            <source>%1 members on the bridge</source>
            <translation>%1 Teilnehmer auf der Konferenzbrücke</translation>
        </message>
    </context>
    <context>
        <name>gui::ShortcutsDialog</name>
        <message>
            <location filename="../src/gui/window/shortcutsdialog.cpp" line="15" />
            <source>Member table</source>
            <translation>Teilnehmertabelle</translation>
        </message>
        <message>
            <location filename="../src/gui/window/shortcutsdialog.cpp" line="16" />
            <source>Window</source>
            <translation>Fenster</translation>
        </message>
        <message>
            <location filename="../src/gui/window/shortcutsdialog.cpp" line="20" />
            <source>Mute or unmute the selected members</source>
            <translation>Ausgewählte Teilnehmer stummschalten oder Stummschaltung aufheben</translation>
        </message>
        <message>
            <location filename="../src/gui/window/shortcutsdialog.cpp" line="21" />
            <source>Deaf or undeaf the selected members</source>
            <translation>Ausgewählte Teilnehmer taub schalten oder Taubschaltung aufheben</translation>
        </message>
        <message>
            <location filename="../src/gui/window/shortcutsdialog.cpp" line="22" />
            <source>Kick the selected members (asks first)</source>
            <translation>Ausgewählte Teilnehmer entfernen (mit Rückfrage)</translation>
        </message>
        <message>
            <location filename="../src/gui/window/shortcutsdialog.cpp" line="23" />
            <source>Energy threshold up</source>
            <translation>Energieschwelle erhöhen</translation>
        </message>
        <message>
            <location filename="../src/gui/window/shortcutsdialog.cpp" line="24" />
            <source>Energy threshold down</source>
            <translation>Energieschwelle senken</translation>
        </message>
        <message>
            <location filename="../src/gui/window/shortcutsdialog.cpp" line="25" />
            <source>Speaking volume up</source>
            <translation>Sprechlautstärke erhöhen</translation>
        </message>
        <message>
            <location filename="../src/gui/window/shortcutsdialog.cpp" line="26" />
            <source>Speaking volume down</source>
            <translation>Sprechlautstärke senken</translation>
        </message>
        <message>
            <location filename="../src/gui/window/shortcutsdialog.cpp" line="28" />
            <source>Select the member who is talking now</source>
            <translation>Den Teilnehmer auswählen, der gerade spricht</translation>
        </message>
        <message>
            <location filename="../src/gui/window/shortcutsdialog.cpp" line="30" />
            <source>Filter members by name or number</source>
            <translation>Teilnehmer nach Name oder Rufnummer filtern</translation>
        </message>
        <message>
            <location filename="../src/gui/window/shortcutsdialog.cpp" line="31" />
            <source>Refresh the conference now</source>
            <translation>Die Konferenz jetzt aktualisieren</translation>
        </message>
        <message>
            <location filename="../src/gui/window/shortcutsdialog.cpp" line="32" />
            <source>Dial out into the conference</source>
            <translation>In die Konferenz hinauswählen</translation>
        </message>
        <message>
            <location filename="../src/gui/window/shortcutsdialog.cpp" line="33" />
            <source>Attendance report of the conference</source>
            <translation>Anwesenheitsbericht der Konferenz</translation>
        </message>
        <message>
            <location filename="../src/gui/window/shortcutsdialog.cpp" line="34" />
            <source>Connect to a server</source>
            <translation>Mit einem Server verbinden</translation>
        </message>
        <message>
            <location filename="../src/gui/window/shortcutsdialog.cpp" line="35" />
            <source>Saved and open connections</source>
            <translation>Gespeicherte und geöffnete Verbindungen</translation>
        </message>
        <message>
            <location filename="../src/gui/window/shortcutsdialog.cpp" line="36" />
            <source>Open a conference by name</source>
            <translation>Eine Konferenz nach Namen öffnen</translation>
        </message>
        <message>
            <location filename="../src/gui/window/shortcutsdialog.cpp" line="37" />
            <source>Refresh the conference lists</source>
            <translation>Die Konferenzlisten aktualisieren</translation>
        </message>
        <message>
            <location filename="../src/gui/window/shortcutsdialog.cpp" line="38" />
            <source>Close the conference tab</source>
            <translation>Konferenz-Tab schließen</translation>
        </message>
        <message>
            <location filename="../src/gui/window/shortcutsdialog.cpp" line="40" />
            <source>Undo moving members to another conference (while offered)</source>
            <translation>Verschieben von Teilnehmern in eine andere Konferenz rückgängig machen (solange angeboten)</translation>
        </message>
        <message>
            <location filename="../src/gui/window/shortcutsdialog.cpp" line="42" />
            <source>Quit</source>
            <translation>Beenden</translation>
        </message>
        <message>
            <location filename="../src/gui/window/shortcutsdialog.cpp" line="43" />
            <source>Show this list</source>
            <translation>Diese Liste anzeigen</translation>
        </message>
        <message>
            <location filename="../src/gui/window/shortcutsdialog.cpp" line="51" />
            <location filename="../src/gui/window/shortcutsdialog.cpp" line="61" />
            <source>Keyboard shortcuts</source>
            <translation>Tastenkürzel</translation>
        </message>
        <message>
            <location filename="../src/gui/window/shortcutsdialog.cpp" line="54" />
            <source>Member keys act on the selected rows of the conference tab that has the focus.</source>
            <translation>Teilnehmertasten wirken auf die ausgewählten Zeilen des Konferenz-Tabs, der den Fokus hat.</translation>
        </message>
        <message>
            <location filename="../src/gui/window/shortcutsdialog.cpp" line="62" />
            <source>Key</source>
            <translation>Taste</translation>
        </message>
        <message>
            <location filename="../src/gui/window/shortcutsdialog.cpp" line="62" />
            <source>Action</source>
            <translation>Aktion</translation>
        </message>
        <message>
            <location filename="../src/gui/window/shortcutsdialog.cpp" line="62" />
            <source>Where</source>
            <translation>Wo</translation>
        </message>
        <message>
            <location filename="../src/gui/window/shortcutsdialog.cpp" line="73" />
            <location filename="../src/gui/window/shortcutsdialog.cpp" line="77" />
            <source> or </source>
            <translation> oder </translation>
        </message>
        <message>
            <location filename="../src/gui/window/shortcutsdialog.cpp" line="77" />
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
    </context>
    <context>
        <name>gui::SpeakerTimeline</name>
        <message>
            <location filename="../src/gui/conference/speakertimeline.cpp" line="43" />
            <source>%1 and %2</source>
            <translation>%1 und %2</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/speakertimeline.cpp" line="52" />
            <source>Speaker timeline</source>
            <translation>Sprecher-Zeitleiste</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/speakertimeline.cpp" line="105" />
            <source>Speaker timeline &amp;range</source>
            <translation>&amp;Zeitraum der Sprecher-Zeitleiste</translation>
        </message>
        <message numerus="yes">
            <location filename="../src/gui/conference/speakertimeline.cpp" line="110" />
            <source>Last %n min</source>
            <translation>
                <numerusform>Letzte %n min</numerusform>
                <numerusform>Letzte %n min</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../src/gui/conference/speakertimeline.cpp" line="168" />
            <location filename="../src/gui/conference/speakertimeline.cpp" line="432" />
            <source>No conference.</source>
            <translation>Keine Konferenz.</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/speakertimeline.cpp" line="171" />
            <source>Nobody is talking now.</source>
            <translation>Gerade spricht niemand.</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/speakertimeline.cpp" line="173" />
            <source>%1 is talking now.</source>
            <translation>%1 spricht gerade.</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/speakertimeline.cpp" line="175" />
            <source>%1 are talking now.</source>
            <translation>%1 sprechen gerade.</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/speakertimeline.cpp" line="177" />
            <source>%1 spoke most in the last %2 (%3).</source>
            <translation>%1 hat in den letzten %2 am meisten gesprochen (%3).</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/speakertimeline.cpp" line="180" />
            <source>Nobody spoke in the last %1.</source>
            <translation>In den letzten %1 hat niemand gesprochen.</translation>
        </message>
        <message numerus="yes">
            <location filename="../src/gui/conference/speakertimeline.cpp" line="219" />
            <location filename="../src/gui/conference/speakertimeline.cpp" line="428" />
            <source>+%n more</source>
            <translation>
                <numerusform>+%n weitere</numerusform>
                <numerusform>+%n weitere</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../src/gui/conference/speakertimeline.cpp" line="303" />
            <source>%n min</source>
            <translation>
                <numerusform>%n min</numerusform>
                <numerusform>%n min</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../src/gui/conference/speakertimeline.cpp" line="311" />
            <source>%1 — silent in the last %2</source>
            <translation>%1 — hat in den letzten %2 nicht gesprochen</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/speakertimeline.cpp" line="312" />
            <source>%1 — spoke %2 in the last %3, %4</source>
            <translation>%1 — %2 Redezeit in den letzten %3, %4</translation>
        </message>
        <message numerus="yes">
            <location filename="../src/gui/conference/speakertimeline.cpp" line="314" />
            <source>%n turn(s)</source>
            <translation>
                <numerusform>%n Wortbeitrag</numerusform>
                <numerusform>%n Wortbeiträge</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../src/gui/conference/speakertimeline.cpp" line="316" />
            <source>%1; talking now</source>
            <translation>%1; spricht gerade</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/speakertimeline.cpp" line="318" />
            <source>%1; left the conference</source>
            <translation>%1; hat die Konferenz verlassen</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/speakertimeline.cpp" line="320" />
            <source>%1. Talk time in the meeting: %2</source>
            <translation>%1. Redezeit in der gesamten Konferenz: %2</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/speakertimeline.cpp" line="355" />
            <source>Not shown: %1</source>
            <translation>Nicht angezeigt: %1</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/speakertimeline.cpp" line="432" />
            <source>Nobody in the conference.</source>
            <translation>Niemand in der Konferenz.</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/speakertimeline.cpp" line="458" />
            <source>now</source>
            <translation>jetzt</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/speakertimeline.cpp" line="460" />
            <source>-%1 min</source>
            <translation>-%1 min</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/speakertimeline.cpp" line="461" />
            <source>-%1 s</source>
            <translation>-%1 s</translation>
        </message>
    </context>
    <context>
        <name>gui::StatusIcons</name>
        <message>
            <location filename="../src/gui/common/statusicons.cpp" line="303" />
            <source>Talking</source>
            <translation>Spricht</translation>
        </message>
        <message>
            <location filename="../src/gui/common/statusicons.cpp" line="305" />
            <source>Muted</source>
            <translation>Stummgeschaltet</translation>
        </message>
        <message>
            <location filename="../src/gui/common/statusicons.cpp" line="307" />
            <source>Deaf</source>
            <translation>Taub geschaltet</translation>
        </message>
        <message>
            <location filename="../src/gui/common/statusicons.cpp" line="309" />
            <source>Floor</source>
            <translation>Rederecht</translation>
        </message>
        <message>
            <location filename="../src/gui/common/statusicons.cpp" line="311" />
            <source>Moderator</source>
            <translation>Moderator</translation>
        </message>
        <message>
            <location filename="../src/gui/common/statusicons.cpp" line="313" />
            <source>On hold</source>
            <translation>Gehalten</translation>
        </message>
        <message>
            <location filename="../src/gui/common/statusicons.cpp" line="315" />
            <source>Video</source>
            <translation>Video</translation>
        </message>
        <message>
            <location filename="../src/gui/common/statusicons.cpp" line="317" />
            <source>Recording</source>
            <translation>Aufnahme</translation>
        </message>
        <message>
            <location filename="../src/gui/common/statusicons.cpp" line="319" />
            <source>Locked</source>
            <translation>Gesperrt</translation>
        </message>
        <message>
            <location filename="../src/gui/common/statusicons.cpp" line="321" />
            <source>Relation</source>
            <translation>Beziehung</translation>
        </message>
        <message>
            <location filename="../src/gui/common/statusicons.cpp" line="323" />
            <source>Conference Console</source>
            <translation>Conference Console</translation>
        </message>
        <message>
            <location filename="../src/gui/common/statusicons.cpp" line="325" />
            <source>Wants to speak</source>
            <translation>Möchte sprechen</translation>
        </message>
    </context>
    <context>
        <name>gui::Theme</name>
        <message>
            <location filename="../src/gui/common/theme.cpp" line="167" />
            <source>&amp;Theme</source>
            <translation>&amp;Design</translation>
        </message>
        <message>
            <location filename="../src/gui/common/theme.cpp" line="172" />
            <source>&amp;System</source>
            <translation>&amp;System</translation>
        </message>
        <message>
            <location filename="../src/gui/common/theme.cpp" line="173" />
            <source>&amp;Light</source>
            <translation>&amp;Hell</translation>
        </message>
        <message>
            <location filename="../src/gui/common/theme.cpp" line="174" />
            <source>&amp;Dark</source>
            <translation>&amp;Dunkel</translation>
        </message>
    </context>
    <context>
        <name>gui::TimeBoxDialog</name>
        <message>
            <location filename="../src/gui/dialogs/timeboxdialog.cpp" line="26" />
            <source>Ends &amp;at</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/gui/dialogs/timeboxdialog.cpp" line="27" />
            <source>Ends &amp;in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/gui/dialogs/timeboxdialog.cpp" line="28" />
            <source>&amp;No end (only the speaker limit)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/gui/dialogs/timeboxdialog.cpp" line="34" />
            <source>As&amp;k me before ending it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/gui/dialogs/timeboxdialog.cpp" line="39" />
            <source>Time Box</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/gui/dialogs/timeboxdialog.cpp" line="51" />
            <location filename="../src/gui/dialogs/timeboxdialog.cpp" line="80" />
            <source> min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/gui/dialogs/timeboxdialog.cpp" line="65" />
            <source> min before</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/gui/dialogs/timeboxdialog.cpp" line="66" />
            <source>no warning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/gui/dialogs/timeboxdialog.cpp" line="69" />
            <source>a file name in the sound folder (no “/”)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/gui/dialogs/timeboxdialog.cpp" line="71" />
            <source>Nothing: only tell me</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/gui/dialogs/timeboxdialog.cpp" line="72" />
            <source>Lock the conference</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/gui/dialogs/timeboxdialog.cpp" line="73" />
            <source>End the meeting (disconnect everyone)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/gui/dialogs/timeboxdialog.cpp" line="81" />
            <source>no limit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/gui/dialogs/timeboxdialog.cpp" line="82" />
            <source>Tell me (not the speaker) when one member has talked longer than this.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/gui/dialogs/timeboxdialog.cpp" line="93" />
            <source>End:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/gui/dialogs/timeboxdialog.cpp" line="98" />
            <source>&amp;Warning:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/gui/dialogs/timeboxdialog.cpp" line="99" />
            <source>At the &amp;end:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/gui/dialogs/timeboxdialog.cpp" line="101" />
            <source>&amp;Speaker limit:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/gui/dialogs/timeboxdialog.cpp" line="103" />
            <source>The time box runs while this console is open; it is remembered if you close and reopen the tab.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/gui/dialogs/timeboxdialog.cpp" line="163" />
            <source>Choose an end, a speaker limit, or both.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>gui::TroubleConsole</name>
        <message>
            <location filename="../src/gui/troubleshooting/troubleconsole.cpp" line="43" />
            <source>Send</source>
            <translation>Senden</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/troubleconsole.cpp" line="54" />
            <source>Commands typed below go to the open conference; the server's answers appear here.</source>
            <translation>Unten eingegebene Befehle gehen an die geöffnete Konferenz; die Antworten des Servers erscheinen hier.</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/troubleconsole.cpp" line="58" />
            <source>mod_conference command, e.g. mute 5 or relate 1,2 3 nospeak</source>
            <translation>mod_conference-Befehl, z. B. mute 5 oder relate 1,2 3 nospeak</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/troubleconsole.cpp" line="60" />
            <source>Command line</source>
            <translation>Befehlszeile</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/troubleconsole.cpp" line="61" />
            <source>Type a mod_conference command and press Enter to send it</source>
            <translation>Geben Sie einen mod_conference-Befehl ein und drücken Sie die Eingabetaste, um ihn zu senden</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/troubleconsole.cpp" line="62" />
            <source>Console transcript</source>
            <translation>Konsolenverlauf</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/troubleconsole.cpp" line="75" />
            <source>Command syntax</source>
            <translation>Befehlssyntax</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/troubleconsole.cpp" line="80" />
            <source>Clear</source>
            <translation>Leeren</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/troubleconsole.cpp" line="82" />
            <source>Clear the transcript; the command history stays</source>
            <translation>Protokoll leeren; der Befehlsverlauf bleibt erhalten</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/troubleconsole.cpp" line="138" />
            <source>Open a conference to send commands to it.</source>
            <translation>Öffnen Sie eine Konferenz, um Befehle an sie zu senden.</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/troubleconsole.cpp" line="143" />
            <source>Type a command; pick from the list to complete it, Up/Down recall earlier lines.</source>
            <translation>Geben Sie einen Befehl ein; zum Vervollständigen aus der Liste wählen, Auf/Ab ruft frühere Zeilen ab.</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/troubleconsole.cpp" line="157" />
            <source>Unknown command “%1”.</source>
            <translation>Unbekannter Befehl „%1“.</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/troubleconsole.cpp" line="186" />
            <source>No conference is open; nothing was sent.</source>
            <translation>Keine Konferenz geöffnet; es wurde nichts gesendet.</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/troubleconsole.cpp" line="202" />
            <source>REST: %1</source>
            <translation>REST: %1</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/troubleconsole.cpp" line="206" />
            <source>API:  %1</source>
            <translation>API:  %1</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/troubleconsole.cpp" line="224" />
            <source>(sent as %1)</source>
            <translation>(gesendet als %1)</translation>
        </message>
    </context>
    <context>
        <name>gui::TroubleExplainPanel</name>
        <message>
            <location filename="../src/gui/troubleshooting/troubleexplainpanel.cpp" line="17" />
            <source>What to check:</source>
            <translation>Was zu prüfen ist:</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/troubleexplainpanel.cpp" line="39" />
            <source>What to check</source>
            <translation>Was zu prüfen ist</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/troubleexplainpanel.cpp" line="79" />
            <source>No failure</source>
            <translation>Kein Fehler</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/troubleexplainpanel.cpp" line="82" />
            <source>When a command or a poll of the current conference fails, this tab explains in plain words what happened and what to check.</source>
            <translation>Wenn ein Befehl oder eine Abfrage der aktuellen Konferenz fehlschlägt, erklärt dieser Tab in einfachen Worten, was passiert ist und was zu prüfen ist.</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/troubleexplainpanel.cpp" line="100" />
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/troubleexplainpanel.cpp" line="110" />
            <source>Trying again later may work without changing anything.</source>
            <translation>Ein späterer erneuter Versuch kann ohne Änderungen funktionieren.</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/troubleexplainpanel.cpp" line="111" />
            <source>Trying again unchanged will fail the same way.</source>
            <translation>Ein unveränderter erneuter Versuch schlägt auf dieselbe Weise fehl.</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/troubleexplainpanel.cpp" line="119" />
            <source>Server said: %1</source>
            <translation>Antwort des Servers: %1</translation>
        </message>
    </context>
    <context>
        <name>gui::TroubleshootingDock</name>
        <message>
            <location filename="../src/gui/troubleshooting/troubleshootingdock.cpp" line="20" />
            <location filename="../src/gui/troubleshooting/troubleshootingdock.cpp" line="29" />
            <source>Troubleshooting</source>
            <translation>Fehlerbehebung</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/troubleshootingdock.cpp" line="30" />
            <source>Administrator tools: raw command console, request log, xml_list viewer and failure explanations for the current conference</source>
            <translation>Administratorwerkzeuge: Befehlskonsole, Anfrageprotokoll, xml_list-Anzeige und Fehlererklärungen für die aktuelle Konferenz</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/troubleshootingdock.cpp" line="34" />
            <source>Console</source>
            <translation>Konsole</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/troubleshootingdock.cpp" line="35" />
            <source>Log</source>
            <translation>Protokoll</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/troubleshootingdock.cpp" line="36" />
            <source>XML</source>
            <translation>XML</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/troubleshootingdock.cpp" line="37" />
            <source>Explain</source>
            <translation>Erklärung</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/troubleshootingdock.cpp" line="38" />
            <source>Socket</source>
            <translation>Socket</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/troubleshootingdock.cpp" line="117" />
            <location filename="../src/gui/troubleshooting/troubleshootingdock.cpp" line="145" />
            <source>reading the member list (xml_list)</source>
            <translation>Lesen der Teilnehmerliste (xml_list)</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/troubleshootingdock.cpp" line="149" />
            <source>polling stopped</source>
            <translation>Abfrage angehalten</translation>
        </message>
    </context>
    <context>
        <name>gui::WaitingRoomPanel</name>
        <message>
            <location filename="../src/gui/conference/waitingroompanel.cpp" line="14" />
            <source>Waiting room (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/gui/conference/waitingroompanel.cpp" line="15" />
            <source>Callers held on arrival: they hear the hold music (or silence), nobody hears them, and they hear nothing of the meeting until admitted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/gui/conference/waitingroompanel.cpp" line="18" />
            <source>Nobody is waiting to be let in.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/gui/conference/waitingroompanel.cpp" line="19" />
            <source>Waiting room</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../src/gui/conference/waitingroompanel.cpp" line="21" />
            <source>%n caller(s) waiting to be let in. Enter admits, Delete turns away.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../src/gui/conference/waitingroompanel.cpp" line="24" />
            <source>&amp;Admit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/gui/conference/waitingroompanel.cpp" line="25" />
            <source>Let the selected caller into the meeting (Enter).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/gui/conference/waitingroompanel.cpp" line="26" />
            <source>Admit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/gui/conference/waitingroompanel.cpp" line="27" />
            <source>De&amp;ny…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/gui/conference/waitingroompanel.cpp" line="29" />
            <source>Turn the selected caller away, after an optional message (Delete).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/gui/conference/waitingroompanel.cpp" line="30" />
            <source>Deny</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/gui/conference/waitingroompanel.cpp" line="42" />
            <source>Admit a&amp;ll</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/gui/conference/waitingroompanel.cpp" line="43" />
            <source>Let everyone who waits into the meeting.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>gui::XmlViewer</name>
        <message>
            <location filename="../src/gui/troubleshooting/xmlviewer.cpp" line="53" />
            <source>The raw xml_list answer of the open conference appears here.</source>
            <translation>Die unbearbeitete xml_list-Antwort der geöffneten Konferenz erscheint hier.</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/xmlviewer.cpp" line="60" />
            <source>Field</source>
            <translation>Feld</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/xmlviewer.cpp" line="60" />
            <source>Value as sent</source>
            <translation>Wert wie gesendet</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/xmlviewer.cpp" line="60" />
            <source>Decoded</source>
            <translation>Dekodiert</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/xmlviewer.cpp" line="58" />
            <location filename="../src/gui/troubleshooting/xmlviewer.cpp" line="70" />
            <source>Freeze</source>
            <translation>Einfrieren</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/xmlviewer.cpp" line="56" />
            <source>Conference fields</source>
            <translation>Konferenzfelder</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/xmlviewer.cpp" line="57" />
            <source>Raw xml_list text</source>
            <translation>Unbearbeiteter xml_list-Text</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/xmlviewer.cpp" line="59" />
            <source>Keep the current text while reading</source>
            <translation>Den aktuellen Text beim Lesen beibehalten</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/xmlviewer.cpp" line="73" />
            <source>Keep the current text while you read it; new answers are shown when you release the button.</source>
            <translation>Den aktuellen Text beim Lesen beibehalten; neue Antworten werden angezeigt, wenn Sie die Schaltfläche lösen.</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/xmlviewer.cpp" line="189" />
            <source>Not well-formed XML at line %1, column %2: %3</source>
            <translation>Kein wohlgeformtes XML in Zeile %1, Spalte %2: %3</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/xmlviewer.cpp" line="255" />
            <source>%1 → %2</source>
            <translation>%1 → %2</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/xmlviewer.cpp" line="268" />
            <source>member %1</source>
            <translation>Teilnehmer %1</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/xmlviewer.cpp" line="276" />
            <source>recording</source>
            <translation>Aufnahme</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/xmlviewer.cpp" line="306" />
            <source>No xml_list answer yet.</source>
            <translation>Noch keine xml_list-Antwort.</translation>
        </message>
        <message numerus="yes">
            <location filename="../src/gui/troubleshooting/xmlviewer.cpp" line="308" />
            <source>Answer of %1, %n byte(s).</source>
            <translation>
                <numerusform>Antwort um %1, %n Byte.</numerusform>
                <numerusform>Antwort um %1, %n Bytes.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/xmlviewer.cpp" line="312" />
            <source>Frozen — a newer answer (%1) is waiting.</source>
            <translation>Eingefroren — eine neuere Antwort (%1) wartet.</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/xmlviewer.cpp" line="314" />
            <source>Frozen.</source>
            <translation>Eingefroren.</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <location filename="../src/app/main.cpp" line="139" />
            <source>Conference Console</source>
            <translation>Conference Console</translation>
        </message>
        <message>
            <location filename="../src/app/main.cpp" line="94" />
            <source>Unknown language “%1”; use one of: %2.</source>
            <translation>Unbekannte Sprache „%1“; verwenden Sie eine von: %2.</translation>
        </message>
        <message>
            <location filename="../src/app/main.cpp" line="57" />
            <source>Moderator console for FreeSWITCH conferences via sipXconfig.</source>
            <translation>Moderatorkonsole für FreeSWITCH-Konferenzen über sipXconfig.</translation>
        </message>
        <message>
            <location filename="../src/app/main.cpp" line="29" />
            <source>Start the built-in conference bridge simulator and connect to it as alice.</source>
            <translation>Den eingebauten Konferenzbrücken-Simulator starten und sich als alice damit verbinden.</translation>
        </message>
        <message>
            <location filename="../src/app/main.cpp" line="32" />
            <source>Connect with the saved profile &lt;name&gt;.</source>
            <translation>Mit dem gespeicherten Profil &lt;Name&gt; verbinden.</translation>
        </message>
        <message>
            <location filename="../src/app/main.cpp" line="33" />
            <location filename="../src/app/main.cpp" line="51" />
            <source>name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../src/app/main.cpp" line="36" />
            <source>Save a picture of the main window to &lt;file&gt; (with --quit-after).</source>
            <translation>Ein Bild des Hauptfensters in &lt;Datei&gt; speichern (mit --quit-after).</translation>
        </message>
        <message>
            <location filename="../src/app/main.cpp" line="38" />
            <source>file</source>
            <translation>Datei</translation>
        </message>
        <message>
            <location filename="../src/app/main.cpp" line="40" />
            <source>Quit after &lt;seconds&gt;.</source>
            <translation>Nach &lt;Sekunden&gt; beenden.</translation>
        </message>
        <message>
            <location filename="../src/app/main.cpp" line="41" />
            <source>seconds</source>
            <translation>Sekunden</translation>
        </message>
        <message>
            <location filename="../src/app/main.cpp" line="43" />
            <source>User interface language &lt;code&gt;: en, ro, de or fr (default: the system language).</source>
            <translation>Sprache der Benutzeroberfläche &lt;Code&gt;: en, ro, de oder fr (Standard: die Systemsprache).</translation>
        </message>
        <message>
            <location filename="../src/app/main.cpp" line="46" />
            <source>code</source>
            <translation>Code</translation>
        </message>
        <message>
            <location filename="../src/app/main.cpp" line="49" />
            <source>Colour theme &lt;name&gt;: system, light or dark (default: the last one chosen in View ▸ Theme).</source>
            <translation>Farbschema &lt;Name&gt;: system, light oder dark (Standard: das zuletzt unter Ansicht ▸ Design gewählte).</translation>
        </message>
        <message>
            <location filename="../src/app/main.cpp" line="53" />
            <source>Same as --theme dark.</source>
            <translation>Wie --theme dark.</translation>
        </message>
        <message>
            <location filename="../src/app/main.cpp" line="156" />
            <source>Unknown theme “%1”; use system, light or dark.</source>
            <translation>Unbekanntes Farbschema „%1“; verwenden Sie system, light oder dark.</translation>
        </message>
        <message>
            <location filename="../src/app/main.cpp" line="172" />
            <source>--quit-after needs a number of seconds.</source>
            <translation>--quit-after benötigt eine Anzahl Sekunden.</translation>
        </message>
        <message>
            <location filename="../src/app/main.cpp" line="191" />
            <source>Demo</source>
            <translation>Demo</translation>
        </message>
        <message>
            <location filename="../src/app/main.cpp" line="210" />
            <source>Could not write the screenshot %1.</source>
            <translation>Der Screenshot %1 konnte nicht geschrieben werden.</translation>
        </message>
        <message>
            <location filename="../src/app/main.cpp" line="219" />
            <source>--screenshot needs --quit-after.</source>
            <translation>--screenshot benötigt --quit-after.</translation>
        </message>
    </context>
</TS>
