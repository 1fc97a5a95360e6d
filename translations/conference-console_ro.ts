<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro_RO">
    <context>
        <name>ConnectionDialog</name>
        <message>
            <location filename="../ui/connectiondialog.ui" line="20" />
            <source>Connection</source>
            <translation>Conexiune</translation>
        </message>
        <message>
            <location filename="../ui/connectiondialog.ui" line="31" />
            <source>&amp;Name:</source>
            <translation>&amp;Nume:</translation>
        </message>
        <message>
            <location filename="../ui/connectiondialog.ui" line="41" />
            <source>Head office PBX</source>
            <translation>PBX sediul central</translation>
        </message>
        <message>
            <location filename="../ui/connectiondialog.ui" line="48" />
            <source>&amp;Connect through:</source>
            <translation>&amp;Conectare prin:</translation>
        </message>
        <message>
            <location filename="../ui/connectiondialog.ui" line="59" />
            <source>sipXconfig REST API</source>
            <translation>API-ul REST sipXconfig</translation>
        </message>
        <message>
            <location filename="../ui/connectiondialog.ui" line="64" />
            <source>FreeSWITCH event socket</source>
            <translation>Socketul de evenimente FreeSWITCH</translation>
        </message>
        <message>
            <location filename="../ui/connectiondialog.ui" line="72" />
            <source>Server &amp;address:</source>
            <translation>&amp;Adresă server:</translation>
        </message>
        <message>
            <location filename="../ui/connectiondialog.ui" line="89" />
            <source>&amp;User:</source>
            <translation>&amp;Utilizator:</translation>
        </message>
        <message>
            <location filename="../ui/connectiondialog.ui" line="102" />
            <source>FreeSWITCH &amp;host:</source>
            <translation>&amp;Gazdă FreeSWITCH:</translation>
        </message>
        <message>
            <location filename="../ui/connectiondialog.ui" line="119" />
            <source>Event socket p&amp;ort:</source>
            <translation>P&amp;ort socket de evenimente:</translation>
        </message>
        <message>
            <location filename="../ui/connectiondialog.ui" line="159" />
            <source>&amp;Password:</source>
            <translation>&amp;Parolă:</translation>
        </message>
        <message>
            <location filename="../ui/connectiondialog.ui" line="176" />
            <source>The password is saved in the system keychain when one is available, otherwise kept in memory for this session only.</source>
            <translation>Parola se salvează în portcheiul sistemului, dacă există unul; altfel este păstrată în memorie doar pentru această sesiune.</translation>
        </message>
        <message>
            <location filename="../ui/connectiondialog.ui" line="186" />
            <source>Command &amp;method:</source>
            <translation>&amp;Metodă comenzi:</translation>
        </message>
        <message>
            <location filename="../ui/connectiondialog.ui" line="197" />
            <source>Auto (PUT, fall back to GET on 405)</source>
            <translation>Automat (PUT, revine la GET la 405)</translation>
        </message>
        <message>
            <location filename="../ui/connectiondialog.ui" line="202" />
            <source>GET (upstream sipXconfig)</source>
            <translation>GET (sipXconfig upstream)</translation>
        </message>
        <message>
            <location filename="../ui/connectiondialog.ui" line="207" />
            <source>PUT (as documented)</source>
            <translation>PUT (conform documentației)</translation>
        </message>
        <message>
            <location filename="../ui/connectiondialog.ui" line="215" />
            <source>&amp;Refresh every:</source>
            <translation>&amp;Reîmprospătare la fiecare:</translation>
        </message>
        <message>
            <location filename="../ui/connectiondialog.ui" line="227" />
            <source> s</source>
            <translation> s</translation>
        </message>
        <message>
            <location filename="../ui/connectiondialog.ui" line="266" />
            <source>Trusted certificates (pinned SHA-256 fingerprints)</source>
            <translation>Certificate de încredere (amprente SHA-256 fixate)</translation>
        </message>
        <message>
            <location filename="../ui/connectiondialog.ui" line="287" />
            <source>Re&amp;move</source>
            <translation>E&amp;limină</translation>
        </message>
    </context>
    <context>
        <name>DialOutDialog</name>
        <message>
            <location filename="../ui/dialoutdialog.ui" line="20" />
            <source>Dial out</source>
            <translation>Apelare</translation>
        </message>
        <message>
            <location filename="../ui/dialoutdialog.ui" line="33" />
            <source>How to reach the participant</source>
            <translation>Cum este contactat participantul</translation>
        </message>
        <message>
            <location filename="../ui/dialoutdialog.ui" line="39" />
            <source>Dial and &amp;wait (FreeSWITCH dial)</source>
            <translation>Apelează și &amp;așteaptă (FreeSWITCH dial)</translation>
        </message>
        <message>
            <location filename="../ui/dialoutdialog.ui" line="49" />
            <source>Dial in the &amp;background (bgdial)</source>
            <translation>Apelează în &amp;fundal (bgdial)</translation>
        </message>
        <message>
            <location filename="../ui/dialoutdialog.ui" line="56" />
            <source>&amp;Invite (sipXconfig: user, extension or SIP address)</source>
            <translation>&amp;Invită (sipXconfig: utilizator, interior sau adresă SIP)</translation>
        </message>
        <message>
            <location filename="../ui/dialoutdialog.ui" line="63" />
            <source>Invite by I&amp;M ID (sipXconfig)</source>
            <translation>Invită după ID I&amp;M (sipXconfig)</translation>
        </message>
        <message>
            <location filename="../ui/dialoutdialog.ui" line="95" />
            <source>&amp;Endpoint:</source>
            <translation>&amp;Endpoint:</translation>
        </message>
        <message>
            <location filename="../ui/dialoutdialog.ui" line="135" />
            <source>De&amp;stination:</source>
            <translation>De&amp;stinație:</translation>
        </message>
        <message>
            <location filename="../ui/dialoutdialog.ui" line="145" />
            <source>1000@pbx.example.com</source>
            <translation>1000@pbx.example.com</translation>
        </message>
        <message>
            <location filename="../ui/dialoutdialog.ui" line="152" />
            <source>Caller ID &amp;number:</source>
            <translation>&amp;Număr ID apelant:</translation>
        </message>
        <message>
            <location filename="../ui/dialoutdialog.ui" line="162" />
            <source>optional, e.g. 2000</source>
            <translation>opțional, de ex. 2000</translation>
        </message>
        <message>
            <location filename="../ui/dialoutdialog.ui" line="169" />
            <source>Caller ID n&amp;ame:</source>
            <translation>Nume ID a&amp;pelant:</translation>
        </message>
        <message>
            <location filename="../ui/dialoutdialog.ui" line="179" />
            <source>optional, e.g. Sales conference</source>
            <translation>opțional, de ex. Conferință vânzări</translation>
        </message>
        <message>
            <location filename="../ui/dialoutdialog.ui" line="186" />
            <source>&amp;Variables:</source>
            <translation>&amp;Variabile:</translation>
        </message>
        <message>
            <location filename="../ui/dialoutdialog.ui" line="226" />
            <source>Name</source>
            <translation>Nume</translation>
        </message>
        <message>
            <location filename="../ui/dialoutdialog.ui" line="231" />
            <source>Value</source>
            <translation>Valoare</translation>
        </message>
        <message>
            <location filename="../ui/dialoutdialog.ui" line="241" />
            <source>A&amp;dd</source>
            <translation>A&amp;daugă</translation>
        </message>
        <message>
            <location filename="../ui/dialoutdialog.ui" line="248" />
            <source>&amp;Remove</source>
            <translation>Ște&amp;rge</translation>
        </message>
        <message>
            <location filename="../ui/dialoutdialog.ui" line="291" />
            <source>&amp;Target:</source>
            <translation>Ți&amp;ntă:</translation>
        </message>
        <message>
            <location filename="../ui/dialoutdialog.ui" line="347" />
            <source>&amp;Use invite instead</source>
            <translation>Folosește invi&amp;tația în schimb</translation>
        </message>
        <message>
            <location filename="../ui/dialoutdialog.ui" line="357" />
            <source>Preview</source>
            <translation>Previzualizare</translation>
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
            <translation>&lt;h2&gt;Nicio conferință deschisă&lt;/h2&gt;&lt;p&gt;Conectați-vă la un server: un server sipXconfig prin API-ul REST de conferințe sau un switch FreeSWITCH prin socketul de evenimente (Fișier ▸ Conectare… sau o conexiune salvată din Fișier ▸ Conexiuni…). Apoi faceți dublu clic pe o conferință din lista din stânga sau folosiți Fișier ▸ Deschide conferința după nume….&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.ui" line="94" />
            <source>&amp;File</source>
            <translation>&amp;Fișier</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.ui" line="106" />
            <source>&amp;View</source>
            <translation>&amp;Vizualizare</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.ui" line="111" />
            <source>&amp;Help</source>
            <translation>&amp;Ajutor</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.ui" line="122" />
            <source>Main toolbar</source>
            <translation>Bara de instrumente principală</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.ui" line="143" />
            <source>&amp;Connect…</source>
            <translation>&amp;Conectare…</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.ui" line="146" />
            <source>Connect to a sipXconfig server</source>
            <translation>Conectare la un server sipXconfig</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.ui" line="149" />
            <source>Ctrl+N</source>
            <translation>Ctrl+N</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.ui" line="154" />
            <source>&amp;Open conference by name…</source>
            <translation>&amp;Deschide conferința după nume…</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.ui" line="157" />
            <source>Open a conference of the selected server by its name</source>
            <translation>Deschide o conferință a serverului selectat după numele ei</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.ui" line="160" />
            <source>Ctrl+O</source>
            <translation>Ctrl+O</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.ui" line="165" />
            <source>Refresh conference &amp;list</source>
            <translation>Reîmprospătează &amp;lista conferințelor</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.ui" line="168" />
            <source>Fetch the conference lists of all servers again</source>
            <translation>Preia din nou listele de conferințe ale tuturor serverelor</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.ui" line="171" />
            <source>Ctrl+R</source>
            <translation>Ctrl+R</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.ui" line="176" />
            <source>&amp;Close conference</source>
            <translation>Înc&amp;hide conferința</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.ui" line="179" />
            <source>Ctrl+W</source>
            <translation>Ctrl+W</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.ui" line="184" />
            <source>&amp;Quit</source>
            <translation>I&amp;eșire</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.ui" line="187" />
            <source>Ctrl+Q</source>
            <translation>Ctrl+Q</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.ui" line="192" />
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Scurtături de tastatură</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.ui" line="197" />
            <source>&amp;About Conference Console</source>
            <translation>&amp;Despre Conference Console</translation>
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
            <translation>Participant</translation>
        </message>
        <message>
            <location filename="../src/core/insights/attendancetracker.cpp" line="352" />
            <source>Name</source>
            <translation>Nume</translation>
        </message>
        <message>
            <location filename="../src/core/insights/attendancetracker.cpp" line="353" />
            <source>Number</source>
            <translation>Număr</translation>
        </message>
        <message>
            <location filename="../src/core/insights/attendancetracker.cpp" line="353" />
            <source>Moderator</source>
            <translation>Moderator</translation>
        </message>
        <message>
            <location filename="../src/core/insights/attendancetracker.cpp" line="354" />
            <source>Joined</source>
            <translation>Intrat</translation>
        </message>
        <message>
            <location filename="../src/core/insights/attendancetracker.cpp" line="354" />
            <source>Left</source>
            <translation>Ieșit</translation>
        </message>
        <message>
            <location filename="../src/core/insights/attendancetracker.cpp" line="355" />
            <source>Present</source>
            <translation>Prezent</translation>
        </message>
        <message>
            <location filename="../src/core/insights/attendancetracker.cpp" line="355" />
            <source>Talk time</source>
            <translation>Timp de vorbire</translation>
        </message>
        <message>
            <location filename="../src/core/insights/attendancetracker.cpp" line="356" />
            <source>Talk turns</source>
            <translation>Intervenții</translation>
        </message>
        <message>
            <location filename="../src/core/insights/attendancetracker.cpp" line="356" />
            <source>Muted</source>
            <translation>Mut</translation>
        </message>
        <message>
            <location filename="../src/core/insights/attendancetracker.cpp" line="368" />
            <source>yes</source>
            <translation>da</translation>
        </message>
        <message>
            <location filename="../src/core/insights/attendancetracker.cpp" line="368" />
            <source>no</source>
            <translation>nu</translation>
        </message>
        <message>
            <location filename="../src/core/insights/attendancetracker.cpp" line="370" />
            <source>still here</source>
            <translation>încă prezent</translation>
        </message>
        <message>
            <location filename="../src/core/insights/attendancetracker.cpp" line="389" />
            <source>Totals: members %1, talk time %2, talk turns %3, muted %4</source>
            <translation>Totaluri: participanți %1, timp de vorbire %2, intervenții %3, mut %4</translation>
        </message>
        <message>
            <location filename="../src/core/insights/attendancetracker.cpp" line="410" />
            <location filename="../src/core/insights/attendancetracker.cpp" line="436" />
            <source>Attendance — %1</source>
            <translation>Prezență — %1</translation>
        </message>
        <message>
            <location filename="../src/core/insights/attendancetracker.cpp" line="412" />
            <location filename="../src/core/insights/attendancetracker.cpp" line="447" />
            <source>Meeting start: %1</source>
            <translation>Începutul ședinței: %1</translation>
        </message>
        <message>
            <location filename="../src/core/insights/attendancetracker.cpp" line="413" />
            <location filename="../src/core/insights/attendancetracker.cpp" line="449" />
            <source>Report time: %1</source>
            <translation>Ora raportului: %1</translation>
        </message>
        <message>
            <location filename="../src/core/insights/attendancetracker.cpp" line="428" />
            <source>Nobody has been seen in the conference.</source>
            <translation>Nimeni nu a fost văzut în conferință.</translation>
        </message>
    </context>
    <context>
        <name>cc::AuditLog</name>
        <message>
            <location filename="../src/core/diagnostics/auditlog.cpp" line="279" />
            <source>The folder %1 for the audit log cannot be created.</source>
            <translation>Folderul %1 pentru jurnalul de audit nu poate fi creat.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/auditlog.cpp" line="287" />
            <location filename="../src/core/diagnostics/auditlog.cpp" line="323" />
            <source>The audit log %1 cannot be written: %2</source>
            <translation>Jurnalul de audit %1 nu poate fi scris: %2</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/auditlog.cpp" line="300" />
            <source>The old audit log %1 cannot be removed.</source>
            <translation>Jurnalul de audit vechi %1 nu poate fi șters.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/auditlog.cpp" line="306" />
            <source>The audit log %1 cannot be renamed to %2.</source>
            <translation>Jurnalul de audit %1 nu poate fi redenumit în %2.</translation>
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
[… %1 octeți în total]</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandresponse.cpp" line="160" />
            <source>The invitation needs exactly one person or number to invite.</source>
            <translation>Invitația are nevoie de exact o persoană sau un număr de invitat.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandresponse.cpp" line="164" />
            <location filename="../src/core/commands/commandresponse.cpp" line="311" />
            <source>No command was given to the conference.</source>
            <translation>Nu s-a transmis nicio comandă conferinței.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandresponse.cpp" line="166" />
            <source>The server did not accept the request (bad request).</source>
            <translation>Serverul nu a acceptat cererea (cerere greșită).</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandresponse.cpp" line="170" />
            <location filename="../src/core/rest/restclient.cpp" line="521" />
            <source>The server did not accept the user name or password.</source>
            <translation>Serverul nu a acceptat numele de utilizator sau parola.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandresponse.cpp" line="174" />
            <source>You are not the owner of this conference, so you cannot control it.</source>
            <translation>Nu sunteți proprietarul acestei conferințe, deci nu o puteți controla.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandresponse.cpp" line="179" />
            <source>sipXconfig does not know a conference with this name.</source>
            <translation>sipXconfig nu cunoaște nicio conferință cu acest nume.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandresponse.cpp" line="182" />
            <source>The server has no such address. Check the server URL in the connection settings.</source>
            <translation>Serverul nu are această adresă. Verificați URL-ul serverului în setările conexiunii.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandresponse.cpp" line="187" />
            <source>The server does not allow this request method for commands; send commands with GET.</source>
            <translation>Serverul nu permite această metodă de cerere pentru comenzi; trimiteți comenzile cu GET.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandresponse.cpp" line="193" />
            <source>The conference exists but is not active: nobody has joined it yet.</source>
            <translation>Conferința există, dar nu este activă: nu s-a alăturat încă nimeni.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandresponse.cpp" line="196" />
            <source>The server cannot answer in the requested format (content negotiation failed).</source>
            <translation>Serverul nu poate răspunde în formatul cerut (negocierea conținutului a eșuat).</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandresponse.cpp" line="206" />
            <source>The invitation failed: the IM id is unknown or the invitation could not be sent.</source>
            <translation>Invitația a eșuat: ID-ul IM este necunoscut sau invitația nu a putut fi trimisă.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandresponse.cpp" line="210" />
            <source>sipXconfig cannot reach the FreeSWITCH conference bridge.</source>
            <translation>sipXconfig nu poate contacta puntea de conferință FreeSWITCH.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandresponse.cpp" line="214" />
            <source>sipXconfig refused the request: %1</source>
            <translation>sipXconfig a refuzat cererea: %1</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandresponse.cpp" line="217" />
            <source>The server reported an internal error: %1</source>
            <translation>Serverul a raportat o eroare internă: %1</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandresponse.cpp" line="221" />
            <source>The server reported an internal error (HTTP 500).</source>
            <translation>Serverul a raportat o eroare internă (HTTP 500).</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandresponse.cpp" line="229" />
            <source>The web server got no answer from the conference service behind it (HTTP %1). The conference bridge may be down or overloaded.</source>
            <translation>Serverul web nu a primit niciun răspuns de la serviciul de conferințe din spatele lui (HTTP %1). Puntea de conferință poate fi oprită sau supraîncărcată.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandresponse.cpp" line="237" />
            <source>The server answered with HTTP status %1.</source>
            <translation>Serverul a răspuns cu starea HTTP %1.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandresponse.cpp" line="240" />
            <source>The server answered with HTTP status %1: %2.</source>
            <translation>Serverul a răspuns cu starea HTTP %1: %2.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandresponse.cpp" line="266" />
            <location filename="../src/core/commands/commandresponse.cpp" line="417" />
            <source>No recording file exists, so there is no duration.</source>
            <translation>Nu există niciun fișier de înregistrare, deci nu există nicio durată.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandresponse.cpp" line="269" />
            <source>FreeSWITCH carried out the command and had nothing to report.</source>
            <translation>FreeSWITCH a executat comanda și nu a avut nimic de raportat.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandresponse.cpp" line="271" />
            <source>FreeSWITCH printed nothing: no member matched the selection, or there was nothing to report.</source>
            <translation>FreeSWITCH nu a afișat nimic: niciun participant nu corespunde selecției sau nu era nimic de raportat.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandresponse.cpp" line="285" />
            <location filename="../src/core/commands/commandresponse.cpp" line="357" />
            <source>The command was carried out.</source>
            <translation>Comanda a fost executată.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandresponse.cpp" line="295" />
            <source>There is no member %1 in the conference: it left, or the id is wrong (a caller who rejoins gets a new id).</source>
            <translation>Participantul %1 nu există în conferință: a plecat sau ID-ul este greșit (un apelant care revine primește un ID nou).</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandresponse.cpp" line="300" />
            <source>No member in the conference matches the selection.</source>
            <translation>Niciun participant din conferință nu corespunde selecției.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandresponse.cpp" line="305" />
            <source>The conference bridge does not know the command "%1".</source>
            <translation>Puntea de conferință nu cunoaște comanda "%1".</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandresponse.cpp" line="314" />
            <source>The conference "%1" is not running on the bridge: nobody has joined it yet, or it has just ended.</source>
            <translation>Conferința "%1" nu rulează pe punte: nu s-a alăturat încă nimeni sau tocmai s-a încheiat.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandresponse.cpp" line="324" />
            <source>The conference bridge reported an error: %1</source>
            <translation>Puntea de conferință a raportat o eroare: %1</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandresponse.cpp" line="331" />
            <source>The recording service did not understand the recording action.</source>
            <translation>Serviciul de înregistrare nu a înțeles acțiunea de înregistrare.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandresponse.cpp" line="333" />
            <source>The recording service reported an error: %1</source>
            <translation>Serviciul de înregistrare a raportat o eroare: %1</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandresponse.cpp" line="344" />
            <source>The conference bridge did not accept the command's arguments. Usage: %1</source>
            <translation>Puntea de conferință nu a acceptat argumentele comenzii. Utilizare: %1</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandresponse.cpp" line="352" />
            <source>The invitation was sent.</source>
            <translation>Invitația a fost trimisă.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandresponse.cpp" line="354" />
            <source>A recording is in progress.</source>
            <translation>O înregistrare este în curs.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandresponse.cpp" line="356" />
            <source>No recording is in progress.</source>
            <translation>Nicio înregistrare nu este în curs.</translation>
        </message>
        <message>
            <location filename="../src/core/rest/restclient.cpp" line="519" />
            <source>The server answered.</source>
            <translation>Serverul a răspuns.</translation>
        </message>
        <message>
            <location filename="../src/core/rest/restclient.cpp" line="524" />
            <source>The secure connection failed: the server's certificate is not trusted or does not match.</source>
            <translation>Conexiunea securizată a eșuat: certificatul serverului nu este de încredere sau nu corespunde.</translation>
        </message>
        <message>
            <location filename="../src/core/rest/restclient.cpp" line="528" />
            <source>The server did not answer in time.</source>
            <translation>Serverul nu a răspuns la timp.</translation>
        </message>
        <message>
            <location filename="../src/core/rest/restclient.cpp" line="530" />
            <source>The server's answer was too large and was not read.</source>
            <translation>Răspunsul serverului a fost prea mare și nu a fost citit.</translation>
        </message>
        <message>
            <location filename="../src/core/rest/restclient.cpp" line="533" />
            <source>The server refused the connection. Check the address and port, and that the service is running.</source>
            <translation>Serverul a refuzat conexiunea. Verificați adresa și portul și dacă serviciul rulează.</translation>
        </message>
        <message>
            <location filename="../src/core/rest/restclient.cpp" line="538" />
            <source>The server name could not be found. Check the server address.</source>
            <translation>Numele serverului nu a putut fi găsit. Verificați adresa serverului.</translation>
        </message>
        <message>
            <location filename="../src/core/rest/restclient.cpp" line="541" />
            <source>A network error stopped the request.</source>
            <translation>O eroare de rețea a oprit cererea.</translation>
        </message>
        <message>
            <location filename="../src/core/rest/restclient.cpp" line="543" />
            <source>The request was cancelled.</source>
            <translation>Cererea a fost anulată.</translation>
        </message>
        <message>
            <location filename="../src/core/rest/restclient.cpp" line="545" />
            <source>The request failed.</source>
            <translation>Cererea a eșuat.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandresponse.cpp" line="398" />
            <source>No answer arrived from the server.</source>
            <translation>Nu a sosit niciun răspuns de la server.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandresponse.cpp" line="421" />
            <source>The conference service answered with nothing. The recording service (sipxrecording) or FreeSWITCH's event socket is probably down.</source>
            <translation>Serviciul de conferințe a răspuns fără conținut. Probabil serviciul de înregistrare (sipxrecording) sau socketul de evenimente al FreeSWITCH este oprit.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandresponse.cpp" line="432" />
            <source>The conference service's answer was cut off (no closing &lt;/command-response&gt;).</source>
            <translation>Răspunsul serviciului de conferințe a fost trunchiat (lipsește &lt;/command-response&gt; de închidere).</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandresponse.cpp" line="442" />
            <source>FreeSWITCH did not finish the command within 60 seconds, or the conference service failed while running it.</source>
            <translation>FreeSWITCH nu a terminat comanda în 60 de secunde sau serviciul de conferințe a eșuat în timpul execuției ei.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandresponse.cpp" line="450" />
            <source>The recording service (sipxrecording) cannot be reached: the Conference Event Listener service may not be running, or the bridge's host name cannot be resolved (%1).</source>
            <translation>Serviciul de înregistrare (sipxrecording) nu poate fi contactat: serviciul Conference Event Listener poate să nu ruleze sau numele de gazdă al punții nu poate fi rezolvat (%1).</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandresponse.cpp" line="461" />
            <source>The server sent a web page instead of a command reply.</source>
            <translation>Serverul a trimis o pagină web în loc de un răspuns la comandă.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandresponse.cpp" line="463" />
            <source>The server sent a web page instead of a command reply: %1</source>
            <translation>Serverul a trimis o pagină web în loc de un răspuns la comandă: %1</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandresponse.cpp" line="468" />
            <source>The server sent an unexpected reply instead of a command result.</source>
            <translation>Serverul a trimis un răspuns neașteptat în loc de rezultatul comenzii.</translation>
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
            <translation>Alegeți un participant pentru %1: un ID de participant sau last.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="512" />
            <source>Choose a participant for %1: a member id, all, last or non_moderator.</source>
            <translation>Alegeți un participant pentru %1: un ID de participant, all, last sau non_moderator.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="525" />
            <source>“%1” is not valid for %2: use a member id (a positive number) or last.</source>
            <translation>„%1” nu este valid pentru %2: folosiți un ID de participant (un număr pozitiv) sau last.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="527" />
            <source>“%1” is not a participant: use a member id (a positive number), all, last or non_moderator.</source>
            <translation>„%1” nu este un participant: folosiți un ID de participant (un număr pozitiv), all, last sau non_moderator.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="103" />
            <source>%1 must be a whole number from %2 to %3, or up or down; “%4” is not.</source>
            <translation>%1 trebuie să fie un număr întreg între %2 și %3, sau up ori down; „%4” nu este.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="118" />
            <source>The energy level</source>
            <translation>Nivelul de energie</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="123" />
            <source>The volume</source>
            <translation>Volumul</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="130" />
            <source>Enter the DTMF digits to send.</source>
            <translation>Introduceți cifrele DTMF de trimis.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="132" />
            <source>Send at most %1 DTMF digits at a time.</source>
            <translation>Trimiteți cel mult %1 cifre DTMF o dată.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="144" />
            <source>“%1” is not a DTMF digit: use 0-9, *, #, A-D, or w/W for a pause.</source>
            <translation>„%1” nu este o cifră DTMF: folosiți 0-9, *, #, A-D sau w/W pentru pauză.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="158" />
            <source>Enter the text to speak.</source>
            <translation>Introduceți textul de rostit.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="160" />
            <source>The text to speak must be a single line without control characters.</source>
            <translation>Textul de rostit trebuie să fie pe un singur rând, fără caractere de control.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="162" />
            <source>The text to speak cannot contain quotes or backslashes; please rephrase without them.</source>
            <translation>Textul de rostit nu poate conține ghilimele sau bare oblice inverse; reformulați fără ele.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="165" />
            <source>The text to speak is too long (at most %1 characters).</source>
            <translation>Textul de rostit este prea lung (cel mult %1 caractere).</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="71" />
            <source>Enter a file name.</source>
            <translation>Introduceți un nume de fișier.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="73" />
            <source>The file name cannot contain line breaks or control characters.</source>
            <translation>Numele fișierului nu poate conține întreruperi de rând sau caractere de control.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="75" />
            <source>“%1” is not an absolute path; it must start with “/” on the conference server.</source>
            <translation>„%1” nu este o cale absolută; trebuie să înceapă cu „/” pe serverul de conferințe.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="175" />
            <source>Choose the participant who should hear the text.</source>
            <translation>Alegeți participantul care trebuie să audă textul.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="196" />
            <source>Choose the participant who should hear the file.</source>
            <translation>Alegeți participantul care trebuie să audă fișierul.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="198" />
            <source>A file is played either to one participant or asynchronously to everyone, not both.</source>
            <translation>Un fișier se redă fie unui singur participant, fie asincron tuturor, nu ambele.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="212" />
            <source>FreeSWITCH lists “stop last” but does not implement it; use current, all or async.</source>
            <translation>FreeSWITCH afișează „stop last”, dar nu îl implementează; folosiți current, all sau async.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="216" />
            <source>“%1” is not a stop mode: use current, all or async.</source>
            <translation>„%1” nu este un mod de oprire: folosiți current, all sau async.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="64" />
            <source>A member id is a positive number.</source>
            <translation>Un ID de participant este un număr pozitiv.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="237" />
            <source>Enter the conference to transfer to.</source>
            <translation>Introduceți conferința către care se face transferul.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="239" />
            <source>“%1” is not a conference name: it cannot contain spaces, quotes or control characters.</source>
            <translation>„%1” nu este un nume de conferință: nu poate conține spații, ghilimele sau caractere de control.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="251" />
            <source>Choose at least one participant to transfer.</source>
            <translation>Alegeți cel puțin un participant de transferat.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="263" />
            <source>At most %1 participants can be transferred at once; transfer the others in another step.</source>
            <translation>Pot fi transferați cel mult %1 participanți deodată; transferați-i pe ceilalți într-un pas următor.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="277" />
            <source>Choose the participants on both sides of the relationship.</source>
            <translation>Alegeți participanții de pe ambele părți ale relației.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="282" />
            <source>Participant %1 cannot be related to itself.</source>
            <translation>Participantul %1 nu poate fi pus în relație cu el însuși.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="308" />
            <source>Enter the new PIN.</source>
            <translation>Introduceți noul PIN.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="310" />
            <source>A PIN can only contain the digits 0-9 (at most 32).</source>
            <translation>Un PIN poate conține doar cifrele 0-9 (cel mult 32).</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="321" />
            <source>The list delimiter must be 1 to 8 characters without spaces, quotes or control characters.</source>
            <translation>Delimitatorul de listă trebuie să aibă între 1 și 8 caractere, fără spații, ghilimele sau caractere de control.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="324" />
            <source>The list delimiter cannot contain “|”: FreeSWITCH uses it inside the flags field.</source>
            <translation>Delimitatorul de listă nu poate conține „|”: FreeSWITCH îl folosește în câmpul de indicatori.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="343" />
            <source>Enter the recording path to stop, or all.</source>
            <translation>Introduceți calea înregistrării de oprit sau all.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="349" />
            <source>Enter the path of the recording.</source>
            <translation>Introduceți calea înregistrării.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="362" />
            <source>Enter the endpoint module, for example sofia, loopback or user.</source>
            <translation>Introduceți modulul endpoint, de exemplu sofia, loopback sau user.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="364" />
            <source>“%1” is not an endpoint module name (letters, digits and _ only, for example sofia).</source>
            <translation>„%1” nu este un nume de modul endpoint (doar litere, cifre și _, de exemplu sofia).</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="372" />
            <source>The destination “%1” cannot contain spaces, quotes, braces, commas or control characters.</source>
            <translation>Destinația „%1” nu poate conține spații, ghilimele, acolade, virgule sau caractere de control.</translation>
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
            <translation>Numărul ID apelant „%1” poate conține doar cifre și un + la început.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="380" />
            <source>A caller-ID name needs a caller-ID number in front of it.</source>
            <translation>Un nume ID apelant are nevoie de un număr ID apelant înaintea lui.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="39" />
            <source>The caller-ID name cannot contain quotes, backslashes or control characters (at most %1 characters).</source>
            <translation>Numele ID apelant nu poate conține ghilimele, bare oblice inverse sau caractere de control (cel mult %1 caractere).</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="368" />
            <source>Enter the destination to dial, for example internal/1000@pbx.example.com.</source>
            <translation>Introduceți destinația de apelat, de exemplu internal/1000@pbx.example.com.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="389" />
            <source>“%1” is not a dial-string variable name (letters, digits and _ only).</source>
            <translation>„%1” nu este un nume de variabilă pentru șirul de apelare (doar litere, cifre și _).</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="393" />
            <source>The dial-string variable %1 needs a value.</source>
            <translation>Variabila %1 a șirului de apelare are nevoie de o valoare.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="397" />
            <source>The value of dial-string variable %1 cannot contain quotes, braces, backslashes or control characters.</source>
            <translation>Valoarea variabilei %1 a șirului de apelare nu poate conține ghilimele, acolade, bare oblice inverse sau caractere de control.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="433" />
            <source>Enter the extension, number or SIP address to invite.</source>
            <translation>Introduceți interiorul, numărul sau adresa SIP de invitat.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="434" />
            <source>“%1” is not an extension, number or SIP address that sipXconfig can invite.</source>
            <translation>„%1” nu este un interior, un număr sau o adresă SIP pe care sipXconfig o poate invita.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="442" />
            <source>Enter the instant-message id to invite.</source>
            <translation>Introduceți ID-ul de mesagerie instantanee de invitat.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="443" />
            <source>“%1” is not an instant-message id (letters, digits, . _ - + @ only).</source>
            <translation>„%1” nu este un ID de mesagerie instantanee (doar litere, cifre, . _ - + @).</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="460" />
            <source>“%1” is not a conference parameter; choose one of: %2.</source>
            <translation>„%1” nu este un parametru de conferință; alegeți unul dintre: %2.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="466" />
            <source>“%1” cannot be set; choose one of: %2.</source>
            <translation>„%1” nu poate fi setat; alegeți unul dintre: %2.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="474" />
            <source>Enter a value for %1.</source>
            <translation>Introduceți o valoare pentru %1.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="478" />
            <source>%1 must be a whole number of 0 or more.</source>
            <translation>%1 trebuie să fie un număr întreg mai mare sau egal cu 0.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/conferencecommand.cpp" line="223" />
            <source>sipXconfig handles “record” itself and always records into its own file, so a path cannot be given over the REST API. Use “record start” / “record stop”, or the event socket transport to record into a chosen file.</source>
            <translation>sipXconfig gestionează singur „record” și înregistrează întotdeauna în propriul fișier, deci nu se poate indica o cale prin API-ul REST. Folosiți „record start” / „record stop” sau transportul prin socketul de evenimente pentru a înregistra într-un fișier ales.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/conferencecommand.cpp" line="232" />
            <source>Use “invite” to call someone into the conference through sipXconfig instead.</source>
            <translation>Folosiți în schimb „invite” pentru a chema pe cineva în conferință prin sipXconfig.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/conferencecommand.cpp" line="234" />
            <source>Use the event socket transport for commands with file paths.</source>
            <translation>Folosiți transportul prin socketul de evenimente pentru comenzile cu căi de fișiere.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/conferencecommand.cpp" line="236" />
            <source>Remove the character from the argument.</source>
            <translation>Eliminați caracterul din argument.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/conferencecommand.cpp" line="237" />
            <source>“%1” cannot be sent over the sipXconfig REST API: the argument “%2” %3 %4</source>
            <translation>Comanda „%1” nu poate fi trimisă prin API-ul REST al sipXconfig: argumentul „%2” %3 %4</translation>
        </message>
        <message>
            <location filename="../src/core/commands/conferencecommand.cpp" line="255" />
            <source>contains “/”, which ends the URL path segment (the encoded form %2F is rejected by Apache).</source>
            <translation>conține „/”, care încheie segmentul de cale al URL-ului (forma codificată %2F este respinsă de Apache).</translation>
        </message>
        <message>
            <location filename="../src/core/commands/conferencecommand.cpp" line="258" />
            <source>contains “&amp;”, which sipXconfig uses to split arguments, even when it is encoded.</source>
            <translation>conține „&amp;”, pe care sipXconfig îl folosește pentru a separa argumentele, chiar și când este codificat.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/conferencecommand.cpp" line="261" />
            <source>contains “?”, which starts the URL query.</source>
            <translation>conține „?”, care începe interogarea URL-ului.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/conferencecommand.cpp" line="263" />
            <source>contains “#”, which starts the URL fragment.</source>
            <translation>conține „#”, care începe fragmentul URL-ului.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/conferencecommand.cpp" line="265" />
            <source>contains “%”, which the server would decode again and so change the argument.</source>
            <translation>conține „%”, pe care serverul l-ar decodifica din nou, modificând astfel argumentul.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/conferencecommand.cpp" line="271" />
            <source>contains “;”, which the server treats as the start of path parameters.</source>
            <translation>conține „;”, pe care serverul îl tratează ca început al parametrilor de cale.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/conferencecommand.cpp" line="277" />
            <source>contains a space, which FreeSWITCH would read as the start of another argument.</source>
            <translation>conține un spațiu, pe care FreeSWITCH l-ar citi ca începutul unui alt argument.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/conferencecommand.cpp" line="285" />
            <source>contains a control character.</source>
            <translation>conține un caracter de control.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/conferencecommand.cpp" line="344" />
            <source>“%1” is carried out by sipXconfig itself and has no FreeSWITCH command line.</source>
            <translation>Comanda „%1” este executată de sipXconfig însuși și nu are o linie de comandă FreeSWITCH.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandparse.cpp" line="355" />
            <source>Type a command, for example “mute 5”.</source>
            <translation>Introduceți o comandă, de exemplu „mute 5”.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandparse.cpp" line="358" />
            <source>A command must be a single line without control characters.</source>
            <translation>O comandă trebuie să fie pe un singur rând, fără caractere de control.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandparse.cpp" line="370" />
            <source>Usage: %1</source>
            <translation>Utilizare: %1</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandparse.cpp" line="370" />
            <source>Usage: %1 %2</source>
            <translation>Utilizare: %1 %2</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandparse.cpp" line="376" />
            <location filename="../src/core/commands/commandparse.cpp" line="400" />
            <source>Too many arguments.</source>
            <translation>Prea multe argumente.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandparse.cpp" line="228" />
            <source>“%1” is not a member id: saymember speaks to one participant.</source>
            <translation>„%1” nu este un ID de participant: saymember vorbește unui singur participant.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandparse.cpp" line="184" />
            <source>The dial string “%1” needs the form endpoint/destination, for example sofia/internal/1000@pbx.example.com.</source>
            <translation>Șirul de apelare „%1” trebuie să aibă forma endpoint/destinație, de exemplu sofia/internal/1000@pbx.example.com.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandparse.cpp" line="243" />
            <source>“%1” is not a member id: play goes to one participant (by id), or to everyone when left out.</source>
            <translation>„%1” nu este un ID de participant: play se adresează unui singur participant (după ID) sau tuturor, dacă este omis.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandparse.cpp" line="253" />
            <source>“%1” is not a member id.</source>
            <translation>„%1” nu este un ID de participant.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandparse.cpp" line="265" />
            <source>“%1” is not a member id: transfer moves participants by id.</source>
            <translation>„%1” nu este un ID de participant: transfer mută participanții după ID.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandparse.cpp" line="111" />
            <source>“%1” is not a list of member ids (numbers separated by commas).</source>
            <translation>„%1” nu este o listă de ID-uri de participanți (numere separate prin virgule).</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandparse.cpp" line="130" />
            <source>Say what to change: nospeak, nohear, nospeak,nohear or clear.</source>
            <translation>Precizați ce se schimbă: nospeak, nohear, nospeak,nohear sau clear.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandparse.cpp" line="136" />
            <source>“%1” is not a relationship flag: use nospeak, nohear, nospeak,nohear or clear.</source>
            <translation>„%1” nu este un indicator de relație: folosiți nospeak, nohear, nospeak,nohear sau clear.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandparse.cpp" line="380" />
            <source>%1 takes no arguments.</source>
            <translation>%1 nu primește argumente.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandparse.cpp" line="290" />
            <source>“%1” is neither start, stop, status, duration nor an absolute path.</source>
            <translation>„%1” nu este nici start, nici stop, status, duration și nici o cale absolută.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandparse.cpp" line="154" />
            <source>The dial-string variables are missing the closing “}”.</source>
            <translation>Variabilelor șirului de apelare le lipsește „}” de închidere.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandparse.cpp" line="176" />
            <source>“%1” is not a dial-string variable (use name=value).</source>
            <translation>„%1” nu este o variabilă a șirului de apelare (folosiți nume=valoare).</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandparse.cpp" line="328" />
            <source>Unknown command “%1”. Known commands: %2.</source>
            <translation>Comandă necunoscută „%1”. Comenzi cunoscute: %2.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandparse.cpp" line="330" />
            <source>Unknown command “%1”. Did you mean: %2?</source>
            <translation>Comandă necunoscută „%1”. Ați vrut să spuneți: %2?</translation>
        </message>
    </context>
    <context>
        <name>cc::ConferencePoller</name>
        <message>
            <location filename="../src/core/sources/conferencepoller.cpp" line="110" />
            <source>No connection to the server is configured.</source>
            <translation>Nu este configurată nicio conexiune la server.</translation>
        </message>
        <message>
            <location filename="../src/core/sources/conferencepoller.cpp" line="173" />
            <source>The member list of "%1" could not be read: %2</source>
            <translation>Lista de participanți a conferinței "%1" nu a putut fi citită: %2</translation>
        </message>
    </context>
    <context>
        <name>cc::ConnectionDiagnostics</name>
        <message>
            <location filename="../src/core/diagnostics/diagreport.cpp" line="19" />
            <source>Name lookup</source>
            <translation>Rezolvarea numelui</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diagreport.cpp" line="21" />
            <source>TCP connection</source>
            <translation>Conexiune TCP</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diagreport.cpp" line="23" />
            <source>TLS certificate</source>
            <translation>Certificat TLS</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diagreport.cpp" line="25" />
            <source>Authentication offered</source>
            <translation>Autentificare oferită</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diagreport.cpp" line="27" />
            <source>User name and password</source>
            <translation>Nume de utilizator și parolă</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diagreport.cpp" line="29" />
            <source>Command method</source>
            <translation>Metodă comenzi</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diagreport.cpp" line="31" />
            <source>Round-trip time</source>
            <translation>Timp dus-întors</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/connectiondiagnostics.cpp" line="125" />
            <source>The server address is not a valid http or https URL.</source>
            <translation>Adresa serverului nu este un URL http sau https valid.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/connectiondiagnostics.cpp" line="85" />
            <location filename="../src/core/diagnostics/connectiondiagnostics.cpp" line="126" />
            <source>The server address is not valid.</source>
            <translation>Adresa serverului nu este validă.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diagreport.cpp" line="33" />
            <source>Event socket password</source>
            <translation>Parolă socket de evenimente</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/connectiondiagnostics.cpp" line="84" />
            <source>The event socket address needs a host and a port.</source>
            <translation>Adresa socketului de evenimente are nevoie de o gazdă și un port.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/connectiondiagnostics.cpp" line="189" />
            <source>No result within %1 ms.</source>
            <translation>Niciun rezultat în %1 ms.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/connectiondiagnostics.cpp" line="193" />
            <source>The server could not be reached.</source>
            <translation>Serverul nu a putut fi contactat.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diagreport.cpp" line="88" />
            <source>%1 failed: %2</source>
            <translation>%1 a eșuat: %2</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diagreport.cpp" line="91" />
            <source>The connection works, with a warning. %1: %2</source>
            <translation>Conexiunea funcționează, cu un avertisment. %1: %2</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diagreport.cpp" line="93" />
            <source>All checks passed.</source>
            <translation>Toate verificările au trecut.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/connectiondiagnostics.cpp" line="267" />
            <source>%1 is an IP address; no lookup needed.</source>
            <translation>%1 este o adresă IP; nu este necesară rezolvarea numelui.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/connectiondiagnostics.cpp" line="280" />
            <source>The name %1 could not be resolved: %2</source>
            <translation>Numele %1 nu a putut fi rezolvat: %2</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/connectiondiagnostics.cpp" line="281" />
            <source>The server name is unknown.</source>
            <translation>Numele serverului este necunoscut.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/connectiondiagnostics.cpp" line="293" />
            <source>%1 resolves to %2.</source>
            <translation>%1 se rezolvă la %2.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/connectiondiagnostics.cpp" line="313" />
            <source>Connected to %1 port %2 in %3 ms.</source>
            <translation>Conectat la %1 portul %2 în %3 ms.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/connectiondiagnostics.cpp" line="324" />
            <source>%1 port %2 refused the connection: nothing listens there, or a firewall rejects it.</source>
            <translation>%1 portul %2 a refuzat conexiunea: nimic nu ascultă acolo sau un firewall o respinge.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/connectiondiagnostics.cpp" line="328" />
            <source>Connecting to %1 port %2 failed: %3</source>
            <translation>Conectarea la %1 portul %2 a eșuat: %3</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/connectiondiagnostics.cpp" line="333" />
            <source>No connection to the server.</source>
            <translation>Nicio conexiune la server.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diagreststeps.cpp" line="45" />
            <source>The address uses plain http: nothing is encrypted, and with Basic authentication the password travels readable. Use https.</source>
            <translation>Adresa folosește http simplu: nimic nu este criptat, iar cu autentificarea Basic parola circulă în clar. Folosiți https.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diagreststeps.cpp" line="87" />
            <source>%1 (issued by %2, valid %3 to %4)</source>
            <translation>%1 (emis de %2, valabil de la %3 până la %4)</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diagreststeps.cpp" line="105" />
            <source>Certificate: %1. SHA-256 %2.</source>
            <translation>Certificat: %1. SHA-256 %2.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diagreststeps.cpp" line="107" />
            <source>Trusted by this computer.</source>
            <translation>De încredere pentru acest calculator.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diagreststeps.cpp" line="114" />
            <source>Pinned, so the console accepts it, but it is outside its validity period.</source>
            <translation>Fixat, deci consola îl acceptă, dar este în afara perioadei de valabilitate.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diagreststeps.cpp" line="117" />
            <source>Not trusted by this computer, but pinned.</source>
            <translation>Nu este de încredere pentru acest calculator, dar este fixat.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diagreststeps.cpp" line="123" />
            <source>Not trusted (%1) and not pinned: the console will refuse this server until the fingerprint is checked and pinned.</source>
            <translation>Nu este de încredere (%1) și nu este fixat: consola va refuza acest server până când amprenta este verificată și fixată.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diagreststeps.cpp" line="137" />
            <source>The TLS handshake failed: %1</source>
            <translation>Negocierea TLS a eșuat: %1</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diagreststeps.cpp" line="146" />
            <location filename="../src/core/diagnostics/diagreststeps.cpp" line="262" />
            <location filename="../src/core/diagnostics/diagreststeps.cpp" line="263" />
            <source>Skipped: the server's certificate is not accepted.</source>
            <translation>Omis: certificatul serverului nu este acceptat.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diagreststeps.cpp" line="179" />
            <source>No HTTP answer: %1</source>
            <translation>Niciun răspuns HTTP: %1</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diagreststeps.cpp" line="186" />
            <source>The server answered 404 for /my/logindetails: the address does not point at sipXconfig's REST API (it should end in /sipxconfig/rest).</source>
            <translation>Serverul a răspuns 404 pentru /my/logindetails: adresa nu indică spre API-ul REST al sipXconfig (ar trebui să se termine cu /sipxconfig/rest).</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diagreststeps.cpp" line="192" />
            <source>The server answered without asking for credentials; sipXconfig always asks. Check the address.</source>
            <translation>Serverul a răspuns fără să ceară date de autentificare; sipXconfig le cere întotdeauna. Verificați adresa.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diagreststeps.cpp" line="198" />
            <source>The server answered HTTP %1 instead of asking for credentials.</source>
            <translation>Serverul a răspuns HTTP %1 în loc să ceară date de autentificare.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diagreststeps.cpp" line="224" />
            <source>Digest algorithm %1 is not supported (only MD5).</source>
            <translation>Algoritmul Digest %1 nu este acceptat (doar MD5).</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diagreststeps.cpp" line="228" />
            <source>Digest qop %1 is not supported (only auth).</source>
            <translation>Valoarea qop Digest %1 nu este acceptată (doar auth).</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diagreststeps.cpp" line="240" />
            <source>The server asks for credentials with a scheme the console does not speak: %1</source>
            <translation>Serverul cere date de autentificare cu o schemă pe care consola nu o cunoaște: %1</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diagreststeps.cpp" line="247" />
            <source>The server asks for %1 (realm "%2").</source>
            <translation>Serverul cere %1 (realm "%2").</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diagreststeps.cpp" line="248" />
            <source> or </source>
            <translation> sau </translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diagreststeps.cpp" line="251" />
            <source>Digest uses the user's web PIN; users whose password lives only in LDAP need Basic over https.</source>
            <translation>Digest folosește PIN-ul web al utilizatorului; utilizatorii a căror parolă există doar în LDAP au nevoie de Basic prin https.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diagreststeps.cpp" line="268" />
            <source>No user name is set.</source>
            <translation>Nu este setat niciun nume de utilizator.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diagreststeps.cpp" line="269" />
            <source>Skipped: no user name.</source>
            <translation>Omis: lipsește numele de utilizator.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diagreststeps.cpp" line="280" />
            <source>sipXconfig accepted %1's credentials.</source>
            <translation>sipXconfig a acceptat datele de autentificare ale lui %1.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diagreststeps.cpp" line="286" />
            <source>sipXconfig rejected the user name or password of %1.</source>
            <translation>sipXconfig a respins numele de utilizator sau parola lui %1.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diagreststeps.cpp" line="288" />
            <source>The server answered HTTP %1.</source>
            <translation>Serverul a răspuns HTTP %1.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diagreststeps.cpp" line="290" />
            <source>Skipped: the credentials were rejected.</source>
            <translation>Omis: datele de autentificare au fost respinse.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diagreststeps.cpp" line="291" />
            <source>Skipped: the login failed.</source>
            <translation>Omis: autentificarea a eșuat.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diagreststeps.cpp" line="306" />
            <source>The list of your conferences could not be read (%1), so the method was not probed.</source>
            <translation>Lista conferințelor dumneavoastră nu a putut fi citită (%1), deci metoda nu a fost testată.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diagreststeps.cpp" line="317" />
            <source>You own no conference, so the command method could not be probed. Keep the method on "Automatic": it switches to GET when the server refuses PUT.</source>
            <translation>Nu dețineți nicio conferință, deci metoda comenzilor nu a putut fi testată. Păstrați metoda pe "Automat": trece la GET când serverul refuză PUT.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diagreststeps.cpp" line="341" />
            <source>Probed with PUT …/%1/list&amp;count, which only reads the member count.</source>
            <translation>Testat cu PUT …/%1/list&amp;count, care citește doar numărul de participanți.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diagreststeps.cpp" line="347" />
            <source>The server refuses PUT (405): it is upstream sipXconfig, which runs commands only on GET. Set the method to "Automatic" or "GET".</source>
            <translation>Serverul refuză PUT (405): este sipXconfig upstream, care execută comenzi doar cu GET. Setați metoda la "Automat" sau "GET".</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diagreststeps.cpp" line="354" />
            <source>The server refuses PUT (405): upstream sipXconfig, commands go by GET.</source>
            <translation>Serverul refuză PUT (405): sipXconfig upstream, comenzile se trimit cu GET.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diagreststeps.cpp" line="359" />
            <source>The server accepts PUT for commands.</source>
            <translation>Serverul acceptă PUT pentru comenzi.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diagreststeps.cpp" line="376" />
            <source>Request %1 of %2 failed: %3</source>
            <translation>Cererea %1 din %2 a eșuat: %3</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diagreststeps.cpp" line="405" />
            <source>Median round trip %1 ms over %2 requests: slow; the member list will lag.</source>
            <translation>Timp dus-întors median %1 ms pe %2 cereri: lent; lista de participanți va rămâne în urmă.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diagreststeps.cpp" line="411" />
            <source>Median round trip %1 ms over %2 requests.</source>
            <translation>Timp dus-întors median %1 ms pe %2 cereri.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diageslsteps.cpp" line="54" />
            <source>The event socket refused this computer (its access list).</source>
            <translation>Socketul de evenimente a refuzat acest calculator (lista sa de acces).</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diageslsteps.cpp" line="60" />
            <source>%1 port %2 answered, but not like a FreeSWITCH event socket (no auth/request).</source>
            <translation>%1 portul %2 a răspuns, dar nu ca un socket de evenimente FreeSWITCH (fără auth/request).</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diageslsteps.cpp" line="73" />
            <source>The event socket accepted the password.</source>
            <translation>Socketul de evenimente a acceptat parola.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diageslsteps.cpp" line="76" />
            <source>The event socket refused the password (%1). FreeSWITCH's default is ClueCon; the real one is in event_socket.conf.xml.</source>
            <translation>Socketul de evenimente a refuzat parola (%1). Implicit, la FreeSWITCH este ClueCon; cea reală se află în event_socket.conf.xml.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diageslsteps.cpp" line="87" />
            <source>The event socket closed the connection before answering: %1</source>
            <translation>Socketul de evenimente a închis conexiunea înainte de a răspunde: %1</translation>
        </message>
    </context>
    <context>
        <name>cc::EslClient</name>
        <message>
            <location filename="../src/core/esl/eslclient.cpp" line="42" />
            <source>The event socket did not answer a request within %1 seconds.</source>
            <translation>Socketul de evenimente nu a răspuns la o cerere în %1 secunde.</translation>
        </message>
        <message>
            <location filename="../src/core/esl/eslclient.cpp" line="91" />
            <source>Reconnecting with new settings.</source>
            <translation>Reconectare cu setările noi.</translation>
        </message>
        <message>
            <location filename="../src/core/esl/eslclient.cpp" line="116" />
            <source>The connection to the event socket was closed.</source>
            <translation>Conexiunea la socketul de evenimente a fost închisă.</translation>
        </message>
        <message>
            <location filename="../src/core/esl/eslclient.cpp" line="119" />
            <source>Disconnected.</source>
            <translation>Deconectat.</translation>
        </message>
        <message>
            <location filename="../src/core/esl/eslclient.cpp" line="139" />
            <source>The event socket closed the connection.</source>
            <translation>Socketul de evenimente a închis conexiunea.</translation>
        </message>
        <message>
            <location filename="../src/core/esl/eslclient.cpp" line="149" />
            <source>The event socket refused the connection (is FreeSWITCH running and the port right?).</source>
            <translation>Socketul de evenimente a refuzat conexiunea (rulează FreeSWITCH și portul este corect?).</translation>
        </message>
        <message>
            <location filename="../src/core/esl/eslclient.cpp" line="151" />
            <source>Event socket connection failed: %1</source>
            <translation>Conectarea la socketul de evenimente a eșuat: %1</translation>
        </message>
        <message>
            <location filename="../src/core/esl/eslclient.cpp" line="192" />
            <source>The event socket rejected the password.</source>
            <translation>Socketul de evenimente a respins parola.</translation>
        </message>
        <message>
            <location filename="../src/core/esl/eslclient.cpp" line="216" />
            <source>The event socket ended the session: %1</source>
            <translation>Socketul de evenimente a încheiat sesiunea: %1</translation>
        </message>
        <message>
            <location filename="../src/core/esl/eslclient.cpp" line="221" />
            <source>The event socket refused this computer (access list): %1</source>
            <translation>Socketul de evenimente a refuzat acest calculator (listă de acces): %1</translation>
        </message>
        <message>
            <location filename="../src/core/esl/eslclient.cpp" line="286" />
            <source>The event socket refused the event subscription: %1</source>
            <translation>Socketul de evenimente a refuzat abonarea la evenimente: %1</translation>
        </message>
        <message>
            <location filename="../src/core/esl/eslclient.cpp" line="347" />
            <source>Not connected to the event socket.</source>
            <translation>Nu există conexiune la socketul de evenimente.</translation>
        </message>
    </context>
    <context>
        <name>cc::EslCommandTransport</name>
        <message>
            <location filename="../src/core/esl/eslcommandtransport.cpp" line="18" />
            <source>No answer from the event socket.</source>
            <translation>Niciun răspuns de la socketul de evenimente.</translation>
        </message>
        <message>
            <location filename="../src/core/esl/eslcommandtransport.cpp" line="50" />
            <source>event socket</source>
            <translation>socket de evenimente</translation>
        </message>
        <message>
            <location filename="../src/core/esl/eslcommandtransport.cpp" line="59" />
            <source>"%1" is a sipXconfig service; it cannot be sent over FreeSWITCH's event socket. Use the REST connection for it.</source>
            <translation>"%1" este un serviciu sipXconfig; nu poate fi trimis prin socketul de evenimente al FreeSWITCH. Folosiți conexiunea REST pentru el.</translation>
        </message>
    </context>
    <context>
        <name>cc::EslFrameParser</name>
        <message>
            <location filename="../src/core/esl/eslframe.cpp" line="171" />
            <location filename="../src/core/esl/eslframe.cpp" line="182" />
            <source>The event socket sent a header block larger than %1 bytes.</source>
            <translation>Socketul de evenimente a trimis un bloc de antete mai mare de %1 octeți.</translation>
        </message>
        <message>
            <location filename="../src/core/esl/eslframe.cpp" line="204" />
            <source>The event socket sent an invalid Content-Length: "%1".</source>
            <translation>Socketul de evenimente a trimis un Content-Length nevalid: "%1".</translation>
        </message>
        <message>
            <location filename="../src/core/esl/eslframe.cpp" line="210" />
            <source>The event socket announced a message of %1 bytes, more than the limit of %2 bytes.</source>
            <translation>Socketul de evenimente a anunțat un mesaj de %1 octeți, peste limita de %2 octeți.</translation>
        </message>
        <message>
            <location filename="../src/core/esl/eslframe.cpp" line="263" />
            <source>An event carries an invalid body length.</source>
            <translation>Un eveniment are o lungime a corpului nevalidă.</translation>
        </message>
        <message>
            <location filename="../src/core/esl/eslframe.cpp" line="273" />
            <source>An event without any header arrived.</source>
            <translation>A sosit un eveniment fără niciun antet.</translation>
        </message>
        <message>
            <location filename="../src/core/esl/eslframe.cpp" line="279" />
            <source>An event's body is shorter than its Content-Length.</source>
            <translation>Corpul unui eveniment este mai scurt decât Content-Length al său.</translation>
        </message>
        <message>
            <location filename="../src/core/esl/eslframe.cpp" line="294" />
            <source>An event is not a JSON object: %1</source>
            <translation>Un eveniment nu este un obiect JSON: %1</translation>
        </message>
    </context>
    <context>
        <name>cc::FailureExplainer</name>
        <message>
            <location filename="../src/core/diagnostics/failureexplainer.cpp" line="46" />
            <source>the server</source>
            <translation>serverul</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="50" />
            <source>Server certificate expired</source>
            <translation>Certificatul serverului a expirat</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="52" />
            <source>The certificate of %1 is outside its validity period.</source>
            <translation>Certificatul %1 este în afara perioadei de valabilitate.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="53" />
            <source>The certificate of %1 is outside its validity period (valid until %2).</source>
            <translation>Certificatul %1 este în afara perioadei de valabilitate (valabil până la %2).</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="55" />
            <source>Renew the certificate of the sipXconfig web server (Apache) on %1.</source>
            <translation>Reînnoiți certificatul serverului web sipXconfig (Apache) de pe %1.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="56" />
            <source>Check the date and time of this computer and of the server: a wrong clock makes a valid certificate look expired.</source>
            <translation>Verificați data și ora acestui calculator și ale serverului: un ceas greșit face ca un certificat valid să pară expirat.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="58" />
            <source>After the server has a new certificate, pin the new fingerprint if it is self-signed.</source>
            <translation>După ce serverul are un certificat nou, fixați noua amprentă dacă este autosemnat.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="63" />
            <source>Server certificate changed</source>
            <translation>Certificatul serverului s-a schimbat</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="64" />
            <source>%1 presented a certificate whose SHA-256 fingerprint (%2) is not the one you pinned. Either the server got a new certificate, or something is intercepting the connection.</source>
            <translation>%1 a prezentat un certificat a cărui amprentă SHA-256 (%2) nu este cea pe care ați fixat-o. Fie serverul a primit un certificat nou, fie ceva interceptează conexiunea.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="67" />
            <source>Ask the server administrator whether the certificate of %1 was replaced recently, and compare the fingerprint with the one they see on the server.</source>
            <translation>Întrebați administratorul serverului dacă certificatul %1 a fost înlocuit recent și comparați amprenta cu cea pe care o vede pe server.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="70" />
            <source>Only if it matches, pin the new fingerprint in the connection settings.</source>
            <translation>Numai dacă se potrivește, fixați noua amprentă în setările conexiunii.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="71" />
            <source>If nobody changed the certificate, do not connect: the connection may be intercepted.</source>
            <translation>Dacă nimeni nu a schimbat certificatul, nu vă conectați: conexiunea poate fi interceptată.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="75" />
            <source>Certificate is for another name</source>
            <translation>Certificatul este pentru alt nume</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="76" />
            <source>The certificate of %1 was issued for a different host name.</source>
            <translation>Certificatul %1 a fost emis pentru un alt nume de gazdă.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="77" />
            <source>Use the host name written in the certificate (usually the server's fully qualified domain name) instead of an IP address or alias.</source>
            <translation>Folosiți numele de gazdă scris în certificat (de obicei numele de domeniu complet al serverului) în locul unei adrese IP sau al unui alias.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="79" />
            <source>Or pin this certificate's fingerprint after checking it with the administrator.</source>
            <translation>Sau fixați amprenta acestui certificat după ce o verificați cu administratorul.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="83" />
            <source>The secure connection to %1 failed: its certificate is not trusted by this computer.</source>
            <translation>Conexiunea securizată la %1 a eșuat: certificatul nu este de încredere pentru acest calculator.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="85" />
            <source>The certificate of %1 (SHA-256 %2) is not trusted by this computer and not pinned.</source>
            <translation>Certificatul %1 (SHA-256 %2) nu este de încredere pentru acest calculator și nu este fixat.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="88" />
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="90" />
            <source>Reason: %1</source>
            <translation>Motiv: %1</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="91" />
            <source>Server certificate not trusted</source>
            <translation>Certificatul serverului nu este de încredere</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="92" />
            <source>sipXconfig installs a self-signed certificate by default: compare the fingerprint with the one the administrator sees on the server, then pin it.</source>
            <translation>sipXconfig instalează implicit un certificat autosemnat: comparați amprenta cu cea pe care o vede administratorul pe server, apoi fixați-o.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="94" />
            <source>Or install the certificate authority that signed the server's certificate on this computer.</source>
            <translation>Sau instalați pe acest calculator autoritatea de certificare care a semnat certificatul serverului.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="96" />
            <source>Check that the server address really is your sipXconfig server.</source>
            <translation>Verificați că adresa serverului este într-adevăr serverul dumneavoastră sipXconfig.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="107" />
            <source>User name or password rejected</source>
            <translation>Numele de utilizator sau parola au fost respinse</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="108" />
            <source>sipXconfig answered 401: it did not accept the user name or password (sipXconfig checks them with Spring Security before anything else).</source>
            <translation>sipXconfig a răspuns 401: nu a acceptat numele de utilizator sau parola (sipXconfig le verifică cu Spring Security înainte de orice altceva).</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="111" />
            <source>Check the user name: the sipXconfig user name, an alias (extension) or the IM id work.</source>
            <translation>Verificați numele de utilizator: funcționează numele de utilizator sipXconfig, un alias (interior) sau ID-ul IM.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="112" />
            <source>Check the password: Digest uses the user's web PIN (the sipXconfig "PIN"), not the voicemail PIN.</source>
            <translation>Verificați parola: Digest folosește PIN-ul web al utilizatorului ("PIN"-ul din sipXconfig), nu PIN-ul de mesagerie vocală.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="115" />
            <source>Digest is computed for the server's realm, which is the SIP realm chosen at install time; an old realm cached by a proxy breaks it.</source>
            <translation>Digest se calculează pentru realm-ul serverului, adică realm-ul SIP ales la instalare; un realm vechi păstrat în cache de un proxy îl strică.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="118" />
            <source>Users whose password lives only in LDAP cannot use Digest: connect over HTTPS so that Basic authentication is used.</source>
            <translation>Utilizatorii a căror parolă există doar în LDAP nu pot folosi Digest: conectați-vă prin HTTPS, astfel încât să se folosească autentificarea Basic.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="121" />
            <source>A disabled or locked user also gets 401: check the user in sipXconfig.</source>
            <translation>Și un utilizator dezactivat sau blocat primește 401: verificați utilizatorul în sipXconfig.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="126" />
            <source>No answer in time</source>
            <translation>Niciun răspuns la timp</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="127" />
            <source>%1 accepted the request but did not answer within the time limit.</source>
            <translation>%1 a acceptat cererea, dar nu a răspuns în limita de timp.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="128" />
            <source>The conference bridge may be busy: sipXconfig waits for the recording service, which waits up to 60 s for FreeSWITCH.</source>
            <translation>Puntea de conferință poate fi ocupată: sipXconfig așteaptă serviciul de înregistrare, care așteaptă până la 60 s după FreeSWITCH.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="130" />
            <source>Check that sipXconfig (Jetty) and the sipxrecording service are running on the server.</source>
            <translation>Verificați că sipXconfig (Jetty) și serviciul sipxrecording rulează pe server.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="131" />
            <source>A slow network or VPN may need a longer timeout in the connection settings.</source>
            <translation>O rețea lentă sau un VPN poate necesita un timp de așteptare mai lung în setările conexiunii.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="135" />
            <source>Answer too large</source>
            <translation>Răspuns prea mare</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="136" />
            <source>%1 sent more data than the console accepts; it stopped reading to protect memory.</source>
            <translation>%1 a trimis mai multe date decât acceptă consola; citirea s-a oprit pentru a proteja memoria.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="137" />
            <source>Check that the server address points at sipXconfig's REST API and not at another service.</source>
            <translation>Verificați că adresa serverului indică spre API-ul REST al sipXconfig și nu spre alt serviciu.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="139" />
            <source>A conference with very many members produces a large member list; raise the size limit only if that is the case.</source>
            <translation>O conferință cu foarte mulți participanți produce o listă de participanți mare; măriți limita de dimensiune doar dacă acesta este cazul.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="142" />
            <source>Connection refused</source>
            <translation>Conexiune refuzată</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="143" />
            <source>Nothing accepts connections at %1 port %2.</source>
            <translation>Nimic nu acceptă conexiuni la %1 portul %2.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="144" />
            <source>Check the port in the server address (sipXconfig is normally reached over HTTPS on 443 through Apache).</source>
            <translation>Verificați portul din adresa serverului (sipXconfig se accesează în mod normal prin HTTPS pe 443, prin Apache).</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="146" />
            <source>Check that Apache and sipXconfig are running on the server.</source>
            <translation>Verificați că Apache și sipXconfig rulează pe server.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="147" />
            <source>A firewall may reject the connection.</source>
            <translation>Un firewall poate respinge conexiunea.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="150" />
            <source>Server name unknown</source>
            <translation>Nume de server necunoscut</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="151" />
            <source>The name %1 could not be resolved to an address.</source>
            <translation>Numele %1 nu a putut fi rezolvat într-o adresă.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="152" />
            <source>Check the spelling of the server address.</source>
            <translation>Verificați ortografia adresei serverului.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="153" />
            <source>Check this computer's DNS settings or VPN connection.</source>
            <translation>Verificați setările DNS sau conexiunea VPN ale acestui calculator.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="154" />
            <source>Try the server's IP address to rule out DNS.</source>
            <translation>Încercați adresa IP a serverului pentru a exclude DNS-ul.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="158" />
            <source>Request cancelled</source>
            <translation>Cerere anulată</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="159" />
            <source>The request was cancelled before an answer arrived.</source>
            <translation>Cererea a fost anulată înainte să sosească un răspuns.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="160" />
            <source>Nothing to fix: repeat the action if it is still wanted; check its effect first if it was a command that must not run twice.</source>
            <translation>Nimic de remediat: repetați acțiunea dacă mai este dorită; dacă era o comandă care nu trebuie executată de două ori, verificați mai întâi efectul ei.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="166" />
            <source>Network error</source>
            <translation>Eroare de rețea</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="168" />
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="169" />
            <source>Check the network connection to %1.</source>
            <translation>Verificați conexiunea de rețea la %1.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="170" />
            <source>If a command was interrupted, check its effect in the member list before repeating it: commands such as kick or dial are never resent automatically.</source>
            <translation>Dacă o comandă a fost întreruptă, verificați efectul ei în lista de participanți înainte de a o repeta: comenzi precum kick sau dial nu sunt niciodată retrimise automat.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="17" />
            <source>Invitation malformed</source>
            <translation>Invitație incorectă</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="18" />
            <source>sipXconfig answered 400 "Incorect invite command": an invitation needs exactly one target.</source>
            <translation>sipXconfig a răspuns 400 "Incorect invite command": o invitație are nevoie de exact o țintă.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="20" />
            <source>Give exactly one SIP address, extension or IM id to invite.</source>
            <translation>Indicați exact o adresă SIP, un interior sau un ID IM de invitat.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="21" />
            <source>The target must not contain '&amp;', '/', '?' or '#'.</source>
            <translation>Ținta nu trebuie să conțină '&amp;', '/', '?' sau '#'.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="24" />
            <source>No command given</source>
            <translation>Nicio comandă indicată</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="25" />
            <source>sipXconfig answered 400 "No conference command specified": the command part of the address was empty.</source>
            <translation>sipXconfig a răspuns 400 "No conference command specified": partea de comandă a adresei era goală.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="27" />
            <source>Type a command (for example "list") before sending.</source>
            <translation>Introduceți o comandă (de exemplu "list") înainte de a trimite.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="28" />
            <source>Request refused</source>
            <translation>Cerere refuzată</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="29" />
            <source>The server answered 400 Bad Request. %1</source>
            <translation>Serverul a răspuns 400 Bad Request. %1</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="30" />
            <source>Check for characters the address cannot carry ('%', '/', '?', '#').</source>
            <translation>Verificați dacă există caractere pe care adresa nu le poate transporta ('%', '/', '?', '#').</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="33" />
            <source>Not the conference owner</source>
            <translation>Nu sunteți proprietarul conferinței</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="34" />
            <source>sipXconfig answered 403: only the conference's owner may control it through this API. Administrators are not exempt.</source>
            <translation>sipXconfig a răspuns 403: numai proprietarul conferinței o poate controla prin acest API. Administratorii nu sunt exceptați.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="36" />
            <source>Log in as the user who owns the conference (see the conference's owner in sipXconfig).</source>
            <translation>Autentificați-vă ca utilizatorul care deține conferința (vedeți proprietarul conferinței în sipXconfig).</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="37" />
            <source>Or ask an administrator to make your user the owner of the conference.</source>
            <translation>Sau rugați un administrator să facă utilizatorul dumneavoastră proprietarul conferinței.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="38" />
            <source>A conference without an owner cannot be controlled through the API at all.</source>
            <translation>O conferință fără proprietar nu poate fi controlată deloc prin API.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="41" />
            <source>Conference unknown</source>
            <translation>Conferință necunoscută</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="42" />
            <source>sipXconfig answered 404 "Conference not found": it has no conference with this name.</source>
            <translation>sipXconfig a răspuns 404 "Conference not found": nu are nicio conferință cu acest nume.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="44" />
            <source>Check the conference name (it is case-sensitive); refresh the conference list.</source>
            <translation>Verificați numele conferinței (se face distincție între majuscule și minuscule); reîmprospătați lista de conferințe.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="45" />
            <source>The conference may have been renamed or deleted in sipXconfig.</source>
            <translation>Este posibil ca conferința să fi fost redenumită sau ștearsă în sipXconfig.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="47" />
            <source>Address not found</source>
            <translation>Adresa nu a fost găsită</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="48" />
            <source>The server answered 404 for %1: no such page.</source>
            <translation>Serverul a răspuns 404 pentru %1: această pagină nu există.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="49" />
            <source>this address</source>
            <translation>această adresă</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="50" />
            <source>Check the server address: it must end in /sipxconfig/rest.</source>
            <translation>Verificați adresa serverului: trebuie să se termine cu /sipxconfig/rest.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="51" />
            <source>Check that this server runs sipXconfig (a different web application answers here).</source>
            <translation>Verificați că acest server rulează sipXconfig (aici răspunde o altă aplicație web).</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="54" />
            <source>Method not allowed</source>
            <translation>Metodă nepermisă</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="55" />
            <source>The server answered 405 to a PUT: this is upstream sipXconfig, which runs commands only on GET.</source>
            <translation>Serverul a răspuns 405 la un PUT: acesta este sipXconfig upstream, care execută comenzi doar cu GET.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="57" />
            <source>Set the command method in the connection settings to "Automatic" or "GET".</source>
            <translation>Setați metoda comenzilor din setările conexiunii la "Automat" sau "GET".</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="60" />
            <source>Conference not active</source>
            <translation>Conferința nu este activă</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="61" />
            <source>sipXconfig answered 406 "Conference found, but not active": nobody is in the conference, so the bridge has no running instance.</source>
            <translation>sipXconfig a răspuns 406 "Conference found, but not active": nu este nimeni în conferință, deci puntea nu are nicio instanță care rulează.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="63" />
            <source>Wait until somebody dials into the conference, then try again.</source>
            <translation>Așteptați până când cineva apelează în conferință, apoi încercați din nou.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="64" />
            <source>Check that the conference is enabled in sipXconfig.</source>
            <translation>Verificați că conferința este activată în sipXconfig.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="66" />
            <source>Format not acceptable</source>
            <translation>Format inacceptabil</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="67" />
            <source>The server answered 406: it cannot answer in the format the console asked for.</source>
            <translation>Serverul a răspuns 406: nu poate răspunde în formatul cerut de consolă.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="68" />
            <source>A proxy between the console and sipXconfig may rewrite the Accept header.</source>
            <translation>Un proxy între consolă și sipXconfig poate rescrie antetul Accept.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="69" />
            <source>Check that the address points straight at sipXconfig's REST API.</source>
            <translation>Verificați că adresa indică direct spre API-ul REST al sipXconfig.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="74" />
            <source>Web server got no answer</source>
            <translation>Serverul web nu a primit răspuns</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="75" />
            <source>The web server in front of sipXconfig answered %1: the service behind it did not answer (Apache gives up after its proxy timeout).</source>
            <translation>Serverul web din fața sipXconfig a răspuns %1: serviciul din spatele lui nu a răspuns (Apache renunță după timpul de așteptare al proxy-ului).</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="78" />
            <source>Check that sipXconfig (Jetty) is running on the server.</source>
            <translation>Verificați că sipXconfig (Jetty) rulează pe server.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="79" />
            <source>Check that the sipxrecording service ("Conference Event Listener") answers: sipXconfig waits for it without a timeout.</source>
            <translation>Verificați că serviciul sipxrecording ("Conference Event Listener") răspunde: sipXconfig îl așteaptă fără limită de timp.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="81" />
            <source>Check the load of the conference bridge.</source>
            <translation>Verificați încărcarea punții de conferință.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="91" />
            <source>Bridge unreachable</source>
            <translation>Punte inaccesibilă</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="92" />
            <source>sipXconfig could not reach FreeSWITCH on the conference bridge (%1).</source>
            <translation>sipXconfig nu a putut contacta FreeSWITCH pe puntea de conferință (%1).</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="93" />
            <source>Check that FreeSWITCH runs on the conference server.</source>
            <translation>Verificați că FreeSWITCH rulează pe serverul de conferințe.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="94" />
            <source>Check that mod_xml_rpc is loaded and that its port is reachable from the sipXconfig host.</source>
            <translation>Verificați că mod_xml_rpc este încărcat și că portul său este accesibil de pe gazda sipXconfig.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="97" />
            <source>Server error</source>
            <translation>Eroare de server</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="99" />
            <source>sipXconfig reported an internal error (HTTP %1).</source>
            <translation>sipXconfig a raportat o eroare internă (HTTP %1).</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="100" />
            <source>sipXconfig reported an internal error (HTTP %1): %2</source>
            <translation>sipXconfig a raportat o eroare internă (HTTP %1): %2</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="101" />
            <source>The JSON body names the error and its Java exception type; look for it in sipxconfig.log on the server.</source>
            <translation>Corpul JSON numește eroarea și tipul excepției Java; căutați-o în sipxconfig.log pe server.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="103" />
            <source>For an invitation, check that the IM id or address is known to sipXconfig.</source>
            <translation>Pentru o invitație, verificați că ID-ul IM sau adresa sunt cunoscute de sipXconfig.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failureexplainer.cpp" line="86" />
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="106" />
            <source>Unexpected answer</source>
            <translation>Răspuns neașteptat</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="107" />
            <source>The server answered HTTP %1. %2</source>
            <translation>Serverul a răspuns HTTP %1. %2</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="108" />
            <source>Check the server address and look at the raw answer in the log.</source>
            <translation>Verificați adresa serverului și consultați răspunsul brut în jurnal.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failureexplainer.cpp" line="56" />
            <source>Conference service unreachable</source>
            <translation>Serviciul de conferințe este inaccesibil</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failureexplainer.cpp" line="57" />
            <source>sipXconfig could not reach the sipxrecording service on the conference bridge: "%1".</source>
            <translation>sipXconfig nu a putut contacta serviciul sipxrecording de pe puntea de conferință: "%1".</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failureexplainer.cpp" line="59" />
            <source>Check that the "Conference Event Listener" (sipxrecording) service is enabled and running on the conference server (it needs the Conference feature on the same host).</source>
            <translation>Verificați că serviciul "Conference Event Listener" (sipxrecording) este activat și rulează pe serverul de conferințe (are nevoie de funcția Conference pe aceeași gazdă).</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failureexplainer.cpp" line="61" />
            <source>Check that the conference bridge's fully qualified host name resolves from the sipXconfig host (sipXconfig calls it by that name).</source>
            <translation>Verificați că numele de gazdă complet al punții de conferință se rezolvă de pe gazda sipXconfig (sipXconfig o apelează după acest nume).</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failureexplainer.cpp" line="63" />
            <source>Check that port 8549 on the bridge is not blocked by a firewall.</source>
            <translation>Verificați că portul 8549 de pe punte nu este blocat de un firewall.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failureexplainer.cpp" line="67" />
            <source>FreeSWITCH too slow</source>
            <translation>FreeSWITCH este prea lent</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failureexplainer.cpp" line="68" />
            <source>The recording service waited more than 60 seconds for FreeSWITCH and gave up.</source>
            <translation>Serviciul de înregistrare a așteptat mai mult de 60 de secunde după FreeSWITCH și a renunțat.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failureexplainer.cpp" line="69" />
            <source>FreeSWITCH on the conference bridge is overloaded or hung: check its CPU and its log.</source>
            <translation>FreeSWITCH de pe puntea de conferință este supraîncărcat sau blocat: verificați procesorul și jurnalul său.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failureexplainer.cpp" line="70" />
            <source>Check the effect of the command before repeating it: it may still have run.</source>
            <translation>Verificați efectul comenzii înainte de a o repeta: este posibil să se fi executat totuși.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failureexplainer.cpp" line="73" />
            <source>Answer cut off</source>
            <translation>Răspuns trunchiat</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failureexplainer.cpp" line="74" />
            <source>The answer from %1 ended before it was complete.</source>
            <translation>Răspunsul de la %1 s-a încheiat înainte de a fi complet.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failureexplainer.cpp" line="75" />
            <source>Check the network and any proxy between the console and sipXconfig.</source>
            <translation>Verificați rețeaua și orice proxy dintre consolă și sipXconfig.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failureexplainer.cpp" line="76" />
            <source>Repeat the request; check a command's effect first.</source>
            <translation>Repetați cererea; verificați mai întâi efectul unei comenzi.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failureexplainer.cpp" line="80" />
            <source>Empty answer</source>
            <translation>Răspuns gol</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failureexplainer.cpp" line="81" />
            <source>sipXconfig answered with an empty body: the recording service reached nothing behind it.</source>
            <translation>sipXconfig a răspuns cu un corp gol: serviciul de înregistrare nu a contactat nimic în spatele lui.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failureexplainer.cpp" line="82" />
            <source>Check that FreeSWITCH runs on the conference bridge and that its event socket (127.0.0.1:8021, password ClueCon) is enabled: the recording service uses it.</source>
            <translation>Verificați că FreeSWITCH rulează pe puntea de conferință și că socketul său de evenimente (127.0.0.1:8021, parola ClueCon) este activat: serviciul de înregistrare îl folosește.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failureexplainer.cpp" line="84" />
            <source>For "record duration", an empty answer means that no recording file exists yet.</source>
            <translation>Pentru "record duration", un răspuns gol înseamnă că nu există încă niciun fișier de înregistrare.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failureexplainer.cpp" line="87" />
            <source>The conference service answered something the console does not understand: "%1".</source>
            <translation>Serviciul de conferințe a răspuns ceva ce consola nu înțelege: "%1".</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failureexplainer.cpp" line="89" />
            <source>Check the server address: it must point at sipXconfig's REST API.</source>
            <translation>Verificați adresa serverului: trebuie să indice spre API-ul REST al sipXconfig.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failureexplainer.cpp" line="90" />
            <source>Look at the raw answer in the log.</source>
            <translation>Consultați răspunsul brut în jurnal.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failureexplainer.cpp" line="102" />
            <source>Member no longer there</source>
            <translation>Participantul nu mai este prezent</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failureexplainer.cpp" line="104" />
            <source>FreeSWITCH has no member %1 in the conference ("Non-Existant ID"): the caller left, or rejoined and got a new id.</source>
            <translation>FreeSWITCH nu are participantul %1 în conferință ("Non-Existant ID"): apelantul a plecat sau a revenit și a primit un ID nou.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failureexplainer.cpp" line="107" />
            <source>No member matched the selection.</source>
            <translation>Niciun participant nu corespunde selecției.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failureexplainer.cpp" line="108" />
            <source>Refresh the member list and pick the member again: ids change when a caller rejoins.</source>
            <translation>Reîmprospătați lista de participanți și alegeți din nou participantul: ID-urile se schimbă când un apelant revine.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failureexplainer.cpp" line="110" />
            <source>Unknown command</source>
            <translation>Comandă necunoscută</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failureexplainer.cpp" line="111" />
            <source>This FreeSWITCH version does not know the command "%1".</source>
            <translation>Această versiune de FreeSWITCH nu cunoaște comanda "%1".</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failureexplainer.cpp" line="112" />
            <source>Check the spelling; some commands (tmute, floor, hold) exist only in newer FreeSWITCH versions.</source>
            <translation>Verificați ortografia; unele comenzi (tmute, floor, hold) există doar în versiunile mai noi de FreeSWITCH.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failureexplainer.cpp" line="116" />
            <source>Nobody in the conference</source>
            <translation>Nimeni în conferință</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failureexplainer.cpp" line="117" />
            <source>FreeSWITCH has no running conference "%1": sipXconfig knows it, but nobody is in it, so the bridge has no instance.</source>
            <translation>FreeSWITCH nu are nicio conferință "%1" care rulează: sipXconfig o cunoaște, dar nu este nimeni în ea, deci puntea nu are nicio instanță.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failureexplainer.cpp" line="120" />
            <source>Wait until somebody dials in; the member list fills in by itself.</source>
            <translation>Așteptați până când apelează cineva; lista de participanți se completează singură.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failureexplainer.cpp" line="121" />
            <source>Dial-out and invitations still work and start the conference.</source>
            <translation>Apelarea și invitațiile funcționează în continuare și pornesc conferința.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failureexplainer.cpp" line="124" />
            <source>Arguments not accepted</source>
            <translation>Argumente neacceptate</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failureexplainer.cpp" line="125" />
            <source>Check the command's arguments against its usage text.</source>
            <translation>Verificați argumentele comenzii conform textului de utilizare.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failureexplainer.cpp" line="126" />
            <source>FreeSWITCH reported an error</source>
            <translation>FreeSWITCH a raportat o eroare</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failureexplainer.cpp" line="128" />
            <source>Look at the FreeSWITCH answer in the log; refresh the member list.</source>
            <translation>Consultați răspunsul FreeSWITCH în jurnal; reîmprospătați lista de participanți.</translation>
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
            <translation>Participantul %1</translation>
        </message>
    </context>
    <context>
        <name>cc::Parsers</name>
        <message>
            <location filename="../src/core/parsers/conferencesparser.cpp" line="63" />
            <location filename="../src/core/parsers/conferencesparser.cpp" line="97" />
            <source>The conference list from sipXconfig</source>
            <translation>Lista de conferințe de la sipXconfig</translation>
        </message>
        <message>
            <location filename="../src/core/parsers/conferencesparser.cpp" line="112" />
            <source>The conference list from sipXconfig has no "conferences" entry.</source>
            <translation>Lista de conferințe de la sipXconfig nu are intrarea "conferences".</translation>
        </message>
        <message>
            <location filename="../src/core/parsers/conferencesparser.cpp" line="122" />
            <source>The conference list from sipXconfig contains an invalid entry.</source>
            <translation>Lista de conferințe de la sipXconfig conține o intrare nevalidă.</translation>
        </message>
        <message>
            <location filename="../src/core/parsers/detailsparser.cpp" line="106" />
            <location filename="../src/core/parsers/detailsparser.cpp" line="147" />
            <source>The conference details from sipXconfig</source>
            <translation>Detaliile conferinței de la sipXconfig</translation>
        </message>
        <message>
            <location filename="../src/core/parsers/detailsparser.cpp" line="155" />
            <source>The conference details from sipXconfig have no "conference" entry.</source>
            <translation>Detaliile conferinței de la sipXconfig nu au intrarea "conference".</translation>
        </message>
        <message>
            <location filename="../src/core/parsers/detailsparser.cpp" line="203" />
            <source>The conference details from sipXconfig contain an invalid value.</source>
            <translation>Detaliile conferinței de la sipXconfig conțin o valoare nevalidă.</translation>
        </message>
        <message>
            <location filename="../src/core/parsers/listparser.cpp" line="129" />
            <source>FreeSWITCH answered "%1" instead of the member list.</source>
            <translation>FreeSWITCH a răspuns "%1" în loc de lista de participanți.</translation>
        </message>
        <message>
            <location filename="../src/core/parsers/listparser.cpp" line="138" />
            <source>Line %1 of the member list is not a valid conference header: "%2".</source>
            <translation>Linia %1 din lista de participanți nu este un antet de conferință valid: "%2".</translation>
        </message>
        <message>
            <location filename="../src/core/parsers/listparser.cpp" line="148" />
            <source>Line %1 of the member list has an invalid number.</source>
            <translation>Linia %1 din lista de participanți are un număr nevalid.</translation>
        </message>
        <message>
            <location filename="../src/core/parsers/listparser.cpp" line="168" />
            <source>Line %1 of the member list is not understood: "%2".</source>
            <translation>Linia %1 din lista de participanți nu este înțeleasă: "%2".</translation>
        </message>
        <message>
            <location filename="../src/core/parsers/listparser.cpp" line="183" />
            <source>Line %1 of the member list has an invalid number: "%2".</source>
            <translation>Linia %1 din lista de participanți are un număr nevalid: "%2".</translation>
        </message>
        <message>
            <location filename="../src/core/parsers/relateparser.cpp" line="36" />
            <source>FreeSWITCH answered "%1" instead of the relationship list.</source>
            <translation>FreeSWITCH a răspuns "%1" în loc de lista de relații.</translation>
        </message>
        <message>
            <location filename="../src/core/parsers/relateparser.cpp" line="39" />
            <source>Line %1 of the relationship list is not understood: "%2".</source>
            <translation>Linia %1 din lista de relații nu este înțeleasă: "%2".</translation>
        </message>
        <message>
            <location filename="../src/core/parsers/restxmlutil.cpp" line="18" />
            <source>the document contains a document type declaration, which is not accepted</source>
            <translation>documentul conține o declarație de tip de document, care nu este acceptată</translation>
        </message>
        <message>
            <location filename="../src/core/parsers/restxmlutil.cpp" line="28" />
            <source>the document is empty</source>
            <translation>documentul este gol</translation>
        </message>
        <message>
            <location filename="../src/core/parsers/restxmlutil.cpp" line="32" />
            <source>expected &lt;%1&gt; but found &lt;%2&gt;</source>
            <translation>se aștepta &lt;%1&gt;, dar s-a găsit &lt;%2&gt;</translation>
        </message>
        <message>
            <location filename="../src/core/parsers/restxmlutil.cpp" line="55" />
            <source>&lt;%1&gt; should be true or false but is "%2"</source>
            <translation>&lt;%1&gt; ar trebui să fie true sau false, dar este "%2"</translation>
        </message>
        <message>
            <location filename="../src/core/parsers/restxmlutil.cpp" line="68" />
            <source>&lt;%1&gt; should be a number but is "%2"</source>
            <translation>&lt;%1&gt; ar trebui să fie un număr, dar este "%2"</translation>
        </message>
        <message>
            <location filename="../src/core/parsers/restxmlutil.cpp" line="76" />
            <source>%1 could not be read: %2.</source>
            <extracomment>%1 names the document, %2 is the reason</extracomment>
            <translation>%1 – citirea a eșuat: %2.</translation>
        </message>
        <message>
            <location filename="../src/core/parsers/restxmlutil.cpp" line="89" />
            <source>%1 is not valid JSON: %2.</source>
            <translation>%1 nu este JSON valid: %2.</translation>
        </message>
        <message>
            <location filename="../src/core/parsers/xmllistreader.cpp" line="52" />
            <source>The conference list from FreeSWITCH is not valid XML: %1.</source>
            <translation>Lista de conferințe de la FreeSWITCH nu este XML valid: %1.</translation>
        </message>
        <message>
            <location filename="../src/core/parsers/xmllistreader.cpp" line="75" />
            <source>The conference list contains a document type declaration, which FreeSWITCH never sends; it was not processed.</source>
            <translation>Lista de conferințe conține o declarație de tip de document, pe care FreeSWITCH nu o trimite niciodată; nu a fost procesată.</translation>
        </message>
        <message>
            <location filename="../src/core/parsers/xmllistreader.cpp" line="87" />
            <source>The conference list from FreeSWITCH is empty.</source>
            <translation>Lista de conferințe de la FreeSWITCH este goală.</translation>
        </message>
        <message>
            <location filename="../src/core/parsers/xmllistreader.cpp" line="91" />
            <source>Expected &lt;conferences&gt; from FreeSWITCH but found &lt;%1&gt;.</source>
            <translation>Se aștepta &lt;conferences&gt; de la FreeSWITCH, dar s-a găsit &lt;%1&gt;.</translation>
        </message>
        <message>
            <location filename="../src/core/parsers/xmllistreader.cpp" line="126" />
            <source>The conference attribute %1="%2" is not a valid number.</source>
            <translation>Atributul de conferință %1="%2" nu este un număr valid.</translation>
        </message>
        <message>
            <location filename="../src/core/parsers/xmllistreader.cpp" line="252" />
            <source>Unexpected element &lt;%1&gt; where the conference list should have a value.</source>
            <translation>Element neașteptat &lt;%1&gt; acolo unde lista de conferințe ar trebui să aibă o valoare.</translation>
        </message>
        <message>
            <location filename="../src/core/parsers/xmllistreader.cpp" line="275" />
            <source>The member field &lt;%1&gt; has the invalid value "%2".</source>
            <translation>Câmpul de participant &lt;%1&gt; are valoarea nevalidă "%2".</translation>
        </message>
        <message>
            <location filename="../src/core/parsers/xmllistreader.cpp" line="330" />
            <source>The member flag &lt;%1&gt; has the invalid value "%2".</source>
            <translation>Indicatorul de participant &lt;%1&gt; are valoarea nevalidă "%2".</translation>
        </message>
        <message>
            <location filename="../src/core/parsers/xmllistreader.cpp" line="385" />
            <source>The member field &lt;last_talking&gt; has the invalid value "%1".</source>
            <translation>Câmpul de participant &lt;last_talking&gt; are valoarea nevalidă "%1".</translation>
        </message>
        <message>
            <location filename="../src/core/parsers/xmllistreader.cpp" line="422" />
            <source>A conference member at line %1, column %2 has no &lt;id&gt;.</source>
            <translation>Un participant al conferinței de la linia %1, coloana %2 nu are &lt;id&gt;.</translation>
        </message>
        <message>
            <location filename="../src/core/parsers/xmllistparser.cpp" line="81" />
            <source>FreeSWITCH sent an empty reply instead of the conference list.</source>
            <translation>FreeSWITCH a trimis un răspuns gol în loc de lista de conferințe.</translation>
        </message>
        <message>
            <location filename="../src/core/parsers/xmllistparser.cpp" line="89" />
            <source>FreeSWITCH answered "%1" instead of the conference list.</source>
            <translation>FreeSWITCH a răspuns "%1" în loc de lista de conferințe.</translation>
        </message>
    </context>
    <context>
        <name>cc::ParticipantModel</name>
        <message>
            <location filename="../src/core/model/participantmodel.cpp" line="297" />
            <location filename="../src/core/model/participantmodel.cpp" line="308" />
            <source>Cannot speak to %1</source>
            <translation>Nu poate vorbi către %1</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantmodel.cpp" line="299" />
            <location filename="../src/core/model/participantmodel.cpp" line="306" />
            <source>Does not hear %1</source>
            <translation>Nu îl aude pe %1</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantmodel.cpp" line="301" />
            <source>Sends video to %1</source>
            <translation>Trimite video către %1</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantmodel.cpp" line="310" />
            <source>Receives video from %1</source>
            <translation>Primește video de la %1</translation>
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
            <translation>vorbește</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="193" />
            <source>floor</source>
            <translation>cuvânt</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="218" />
            <location filename="../src/core/model/participantcolumns.cpp" line="229" />
            <source>muted</source>
            <translation>mut</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="247" />
            <location filename="../src/core/model/participantcolumns.cpp" line="258" />
            <source>deaf</source>
            <translation>surd</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="275" />
            <source>mod</source>
            <translation>mod</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="305" />
            <source>hold</source>
            <translation>așteptare</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="329" />
            <location filename="../src/core/model/participantcolumns.cpp" line="339" />
            <source>video</source>
            <translation>video</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="425" />
            <source>now</source>
            <translation>acum</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="427" />
            <source>%1 ago</source>
            <translation>acum %1</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="428" />
            <source>never</source>
            <translation>niciodată</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="95" />
            <source>Member id %1 (FreeSWITCH gives a new id on every join)</source>
            <translation>ID participant %1 (FreeSWITCH atribuie un ID nou la fiecare intrare)</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="114" />
            <source>No caller-ID name</source>
            <translation>Fără nume ID apelant</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="116" />
            <source>Number: %1</source>
            <translation>Număr: %1</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="118" />
            <source>Ghost member (not counted)</source>
            <translation>Participant fantomă (nu este numărat)</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="120" />
            <source>Channel UUID: %1</source>
            <translation>UUID canal: %1</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="140" />
            <source>%1 on %2</source>
            <translation>%1 pe %2</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="165" />
            <source>Talking now</source>
            <translation>Vorbește acum</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="165" />
            <source>Not talking</source>
            <translation>Nu vorbește</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="170" />
            <source>muted but talking, wants to speak</source>
            <translation>mut, dar vorbește, vrea să ia cuvântul</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="196" />
            <source>Has the floor (the loudest speaker)</source>
            <translation>Are cuvântul (vorbitorul cel mai puternic)</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="197" />
            <source>Does not have the floor</source>
            <translation>Nu are cuvântul</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="222" />
            <location filename="../src/core/model/participantcolumns.cpp" line="251" />
            <source>On hold</source>
            <translation>În așteptare</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="223" />
            <source>Can speak</source>
            <translation>Poate vorbi</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="224" />
            <source>Muted: the others cannot hear this member</source>
            <translation>Mut: ceilalți nu îl aud pe acest participant</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="252" />
            <source>Can hear</source>
            <translation>Poate auzi</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="253" />
            <source>Deaf: this member hears nobody</source>
            <translation>Surd: acest participant nu aude pe nimeni</translation>
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
            <translation>Nu este moderator</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="282" />
            <source>The conference ends when this member leaves</source>
            <translation>Conferința se încheie când acest participant pleacă</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="284" />
            <source>Mandatory member: the conference ends when this member leaves</source>
            <translation>Participant obligatoriu: conferința se încheie când acest participant pleacă</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="308" />
            <source>On hold: hears music, is not heard</source>
            <translation>În așteptare: aude muzică, nu este auzit</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="309" />
            <source>Not on hold</source>
            <translation>Nu este în așteptare</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="333" />
            <source>Audio only</source>
            <translation>Doar audio</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="334" />
            <source>Sends video (video bridge)</source>
            <translation>Trimite video (punte video)</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="335" />
            <source>Sends video</source>
            <translation>Trimite video</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="359" />
            <source>Energy threshold %1: quieter audio is not mixed</source>
            <translation>Prag de energie %1: sunetul mai slab nu este mixat</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="376" />
            <source>Input volume %1 (range -4 to 4)</source>
            <translation>Volum intrare %1 (interval -4 până la 4)</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="393" />
            <source>Output volume %1 (range -4 to 4)</source>
            <translation>Volum ieșire %1 (interval -4 până la 4)</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="409" />
            <source>Joined at %1, %2 ago</source>
            <translation>A intrat la %1, acum %2</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="433" />
            <source>Has not talked yet</source>
            <translation>Nu a vorbit încă</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="434" />
            <source>Last talked at %1, %2 ago</source>
            <translation>A vorbit ultima dată la %1, acum %2</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="171" />
            <source>not talking</source>
            <translation>nu vorbește</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="201" />
            <source>has the floor</source>
            <translation>are cuvântul</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="201" />
            <source>no floor</source>
            <translation>fără cuvânt</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="230" />
            <location filename="../src/core/model/participantcolumns.cpp" line="259" />
            <location filename="../src/core/model/participantcolumns.cpp" line="313" />
            <source>on hold</source>
            <translation>în așteptare</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="230" />
            <source>can speak</source>
            <translation>poate vorbi</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="259" />
            <source>can hear</source>
            <translation>poate auzi</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="289" />
            <source>moderator</source>
            <translation>moderator</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="289" />
            <source>not a moderator</source>
            <translation>nu este moderator</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="313" />
            <source>not on hold</source>
            <translation>nu este în așteptare</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="339" />
            <source>audio only</source>
            <translation>doar audio</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="85" />
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="102" />
            <source>Name</source>
            <translation>Nume</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="129" />
            <source>Number</source>
            <translation>Număr</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="147" />
            <source>Talking</source>
            <translation>Vorbește</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="185" />
            <source>Floor</source>
            <translation>Cuvânt</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="210" />
            <source>Speak</source>
            <translation>Vorbire</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="239" />
            <source>Hear</source>
            <translation>Auz</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="298" />
            <source>Hold</source>
            <translation>Așteptare</translation>
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
            <translation>Volum intrare</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="383" />
            <source>Volume out</source>
            <translation>Volum ieșire</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="400" />
            <source>In call</source>
            <translation>În apel</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="417" />
            <source>Last talked</source>
            <translation>Ultima vorbire</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="86" />
            <source>FreeSWITCH member id; a caller who rejoins gets a new one</source>
            <translation>ID-ul de participant FreeSWITCH; un apelant care revine primește unul nou</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="103" />
            <source>Caller-ID name, and any relationships set with relate</source>
            <translation>Numele ID apelant și eventualele relații setate cu relate</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="130" />
            <source>Caller-ID number</source>
            <translation>Numărul ID apelant</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="148" />
            <source>Marked while the member is talking</source>
            <translation>Marcat cât timp participantul vorbește</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="158" />
            <source>wants to speak</source>
            <translation>vrea să vorbească</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="164" />
            <source>Muted, but talking — wants to speak?</source>
            <translation>Mut, dar vorbește — vrea să ia cuvântul?</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="186" />
            <source>Marked for the member who has the floor (the current main speaker)</source>
            <translation>Marcat pentru participantul care are cuvântul (vorbitorul principal curent)</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="212" />
            <source>"muted" when the others cannot hear this member</source>
            <translation>"mut" când ceilalți nu îl aud pe acest participant</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="241" />
            <source>"deaf" when this member cannot hear the conference</source>
            <translation>"surd" când acest participant nu aude conferința</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="269" />
            <source>"mod" for conference moderators</source>
            <translation>"mod" pentru moderatorii conferinței</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="299" />
            <source>"hold" while the member is on hold</source>
            <translation>"așteptare" cât timp participantul este în așteptare</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="323" />
            <source>"video" when the member sends video</source>
            <translation>"video" când participantul trimite video</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="349" />
            <source>Energy threshold: audio quieter than this is not mixed</source>
            <translation>Prag de energie: sunetul mai slab decât acesta nu este mixat</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="368" />
            <source>Gain applied to what the member says (-4 to 4)</source>
            <translation>Amplificarea aplicată la ceea ce spune participantul (-4 până la 4)</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="385" />
            <source>Gain applied to what the member hears (-4 to 4)</source>
            <translation>Amplificarea aplicată la ceea ce aude participantul (-4 până la 4)</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="401" />
            <source>Time in the conference</source>
            <translation>Timpul petrecut în conferință</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="418" />
            <source>Time since the member last talked</source>
            <translation>Timpul de când participantul a vorbit ultima dată</translation>
        </message>
    </context>
    <context>
        <name>cc::PushConferenceSource</name>
        <message>
            <location filename="../src/core/sources/pushconferencesource.cpp" line="150" />
            <source>The member list of "%1" could not be read: %2</source>
            <translation>Lista de participanți a conferinței "%1" nu a putut fi citită: %2</translation>
        </message>
    </context>
    <context>
        <name>cc::RaiseHandQueue</name>
        <message>
            <location filename="../src/core/insights/raisehandqueue.cpp" line="153" />
            <source>Number: %1</source>
            <translation>Număr: %1</translation>
        </message>
        <message>
            <location filename="../src/core/insights/raisehandqueue.cpp" line="157" />
            <source>%1 raised a hand and has been waiting %2; talking now while muted.</source>
            <translation>%1 a ridicat mâna și așteaptă de %2; vorbește acum cu microfonul oprit.</translation>
        </message>
        <message>
            <location filename="../src/core/insights/raisehandqueue.cpp" line="159" />
            <source>%1 raised a hand and has been waiting %2.</source>
            <translation>%1 a ridicat mâna și așteaptă de %2.</translation>
        </message>
        <message>
            <location filename="../src/core/insights/raisehandqueue.cpp" line="166" />
            <source>waiting %1</source>
            <translation>așteaptă de %1</translation>
        </message>
    </context>
    <context>
        <name>cc::RestClient</name>
        <message>
            <location filename="../src/core/rest/restclient.cpp" line="162" />
            <source>The server address is not a valid http or https URL.</source>
            <translation>Adresa serverului nu este un URL http sau https valid.</translation>
        </message>
        <message>
            <location filename="../src/core/rest/restclient.cpp" line="169" />
            <source>The request was not sent: "." and ".." cannot be used as a conference name or path segment, because URLs treat them as navigation.</source>
            <translation>Cererea nu a fost trimisă: "." și ".." nu pot fi folosite ca nume de conferință sau segment de cale, deoarece URL-urile le tratează ca navigare.</translation>
        </message>
        <message>
            <location filename="../src/core/rest/restclient.cpp" line="368" />
            <source>No complete answer within %1 s.</source>
            <translation>Niciun răspuns complet în %1 s.</translation>
        </message>
        <message>
            <location filename="../src/core/rest/restclient.cpp" line="372" />
            <source>The connection closed before the server answered. The command was not sent again because it must not run twice; check its effect before repeating it.</source>
            <translation>Conexiunea s-a închis înainte ca serverul să răspundă. Comanda nu a fost retrimisă, deoarece nu trebuie executată de două ori; verificați efectul ei înainte de a o repeta.</translation>
        </message>
        <message>
            <location filename="../src/core/rest/restclient.cpp" line="378" />
            <source>The response exceeded %1 bytes.</source>
            <translation>Răspunsul a depășit %1 octeți.</translation>
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
            <translation>Nu este configurată nicio conexiune la server.</translation>
        </message>
    </context>
    <context>
        <name>cc::ServerUrl</name>
        <message>
            <location filename="../src/core/rest/serverurl.cpp" line="28" />
            <source>No server address given.</source>
            <translation>Nu s-a indicat nicio adresă de server.</translation>
        </message>
        <message>
            <location filename="../src/core/rest/serverurl.cpp" line="33" />
            <source>No scheme given: assumed https://.</source>
            <translation>Nu s-a indicat nicio schemă: s-a presupus https://.</translation>
        </message>
        <message>
            <location filename="../src/core/rest/serverurl.cpp" line="40" />
            <source>“%1” is not a server address.</source>
            <translation>„%1” nu este o adresă de server.</translation>
        </message>
        <message>
            <location filename="../src/core/rest/serverurl.cpp" line="44" />
            <source>“%1” is not an http(s) URL.</source>
            <translation>„%1” nu este un URL http(s).</translation>
        </message>
        <message>
            <location filename="../src/core/rest/serverurl.cpp" line="48" />
            <source>Do not put credentials into the URL; the console asks for them.</source>
            <translation>Nu puneți datele de autentificare în URL; consola le cere.</translation>
        </message>
        <message>
            <location filename="../src/core/rest/serverurl.cpp" line="52" />
            <source>Ignored the query and fragment of the URL.</source>
            <translation>Interogarea și fragmentul URL-ului au fost ignorate.</translation>
        </message>
        <message>
            <location filename="../src/core/rest/serverurl.cpp" line="72" />
            <source>No path given: assumed %1.</source>
            <translation>Nu s-a indicat nicio cale: s-a presupus %1.</translation>
        </message>
        <message>
            <location filename="../src/core/rest/serverurl.cpp" line="75" />
            <source>Completed the path to %1.</source>
            <translation>Calea a fost completată la %1.</translation>
        </message>
        <message>
            <location filename="../src/core/rest/serverurl.cpp" line="83" />
            <source>Used the server part of the URL; ignored “%1”.</source>
            <translation>S-a folosit partea de server a URL-ului; „%1” a fost ignorat.</translation>
        </message>
        <message>
            <location filename="../src/core/rest/serverurl.cpp" line="85" />
            <source>Used the server part of the URL; it names the conference “%1”.</source>
            <translation>S-a folosit partea de server a URL-ului; acesta numește conferința „%1”.</translation>
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
            <translation>Număr: %1</translation>
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
            <translation>așteaptă de %1</translation>
        </message>
    </context>
    <context>
        <name>gui::AttendanceDialog</name>
        <message>
            <location filename="../src/gui/dialogs/attendancedialog.cpp" line="77" />
            <source>Export &amp;CSV…</source>
            <translation>Exportă &amp;CSV…</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/attendancedialog.cpp" line="78" />
            <source>Export &amp;PDF…</source>
            <translation>Exportă &amp;PDF…</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/attendancedialog.cpp" line="79" />
            <source>P&amp;rint…</source>
            <translation>&amp;Tipărește…</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/attendancedialog.cpp" line="91" />
            <location filename="../src/gui/dialogs/attendancedialog.cpp" line="151" />
            <source>Attendance</source>
            <translation>Prezență</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/attendancedialog.cpp" line="88" />
            <source>Member</source>
            <translation>Participant</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/attendancedialog.cpp" line="88" />
            <source>Name</source>
            <translation>Nume</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/attendancedialog.cpp" line="88" />
            <source>Number</source>
            <translation>Număr</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/attendancedialog.cpp" line="88" />
            <source>Moderator</source>
            <translation>Moderator</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/attendancedialog.cpp" line="88" />
            <source>Joined</source>
            <translation>Intrat</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/attendancedialog.cpp" line="89" />
            <source>Left</source>
            <translation>Ieșit</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/attendancedialog.cpp" line="89" />
            <source>Present</source>
            <translation>Prezent</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/attendancedialog.cpp" line="89" />
            <source>Talk time</source>
            <translation>Timp de vorbire</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/attendancedialog.cpp" line="89" />
            <source>Turns</source>
            <translation>Intervenții</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/attendancedialog.cpp" line="90" />
            <source>Muted</source>
            <translation>Mut</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/attendancedialog.cpp" line="100" />
            <source>Export CSV</source>
            <translation>Exportă CSV</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/attendancedialog.cpp" line="102" />
            <source>Export PDF</source>
            <translation>Exportă PDF</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/attendancedialog.cpp" line="104" />
            <source>Print</source>
            <translation>Tipărește</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/attendancedialog.cpp" line="151" />
            <location filename="../src/gui/dialogs/attendancedialog.cpp" line="271" />
            <source>Attendance — %1</source>
            <translation>Prezență — %1</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/attendancedialog.cpp" line="196" />
            <source>Call %1</source>
            <translation>Apel %1</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/attendancedialog.cpp" line="199" />
            <source>yes</source>
            <translation>da</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/attendancedialog.cpp" line="199" />
            <source>no</source>
            <translation>nu</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/attendancedialog.cpp" line="204" />
            <source>still here</source>
            <translation>încă prezent</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/attendancedialog.cpp" line="222" />
            <source>No conference.</source>
            <translation>Nicio conferință.</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/attendancedialog.cpp" line="224" />
            <source>Nobody has joined %1 yet.</source>
            <translation>Nu s-a alăturat încă nimeni la %1.</translation>
        </message>
        <message numerus="yes">
            <location filename="../src/gui/dialogs/attendancedialog.cpp" line="226" />
            <source>%n member(s) seen in %1, %2 still in.</source>
            <translation>
                <numerusform>%n participant văzut în %1, încă prezenți: %2.</numerusform>
                <numerusform>%n participanți văzuți în %1, încă prezenți: %2.</numerusform>
                <numerusform>%n de participanți văzuți în %1, încă prezenți: %2.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/attendancedialog.cpp" line="229" />
            <source>%1 Meeting started at %2.</source>
            <translation>%1 Ședința a început la %2.</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/attendancedialog.cpp" line="238" />
            <location filename="../src/gui/dialogs/attendancedialog.cpp" line="254" />
            <source>There is no attendance to export.</source>
            <translation>Nu există date de prezență de exportat.</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/attendancedialog.cpp" line="244" />
            <location filename="../src/gui/dialogs/attendancedialog.cpp" line="263" />
            <source>Could not write %1: %2</source>
            <translation>Nu s-a putut scrie %1: %2</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/attendancedialog.cpp" line="278" />
            <source>Could not write %1.</source>
            <translation>Nu s-a putut scrie %1.</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/attendancedialog.cpp" line="301" />
            <source>Export Attendance as CSV</source>
            <translation>Exportă prezența ca CSV</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/attendancedialog.cpp" line="302" />
            <source>CSV files (*.csv)</source>
            <translation>Fișiere CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/attendancedialog.cpp" line="306" />
            <location filename="../src/gui/dialogs/attendancedialog.cpp" line="317" />
            <source>Saved %1.</source>
            <translation>S-a salvat %1.</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/attendancedialog.cpp" line="312" />
            <source>Export Attendance as PDF</source>
            <translation>Exportă prezența ca PDF</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/attendancedialog.cpp" line="313" />
            <source>PDF files (*.pdf)</source>
            <translation>Fișiere PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/attendancedialog.cpp" line="338" />
            <source>Sent the attendance report to %1.</source>
            <translation>Raportul de prezență a fost trimis la %1.</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/attendancedialog.cpp" line="339" />
            <source>Printing failed.</source>
            <translation>Tipărirea a eșuat.</translation>
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
            <translation>Eroare FreeSWITCH</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/auditdialog.cpp" line="34" />
            <source>Bridge unreachable</source>
            <translation>Punte inaccesibilă</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/auditdialog.cpp" line="36" />
            <source>HTTP error</source>
            <translation>Eroare HTTP</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/auditdialog.cpp" line="38" />
            <source>No answer</source>
            <translation>Niciun răspuns</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/auditdialog.cpp" line="64" />
            <source>Export CSV…</source>
            <translation>Exportă CSV…</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/auditdialog.cpp" line="68" />
            <source>Audit Trail</source>
            <translation>Jurnal de audit</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/auditdialog.cpp" line="70" />
            <source>Filter by command, member, user, answer…</source>
            <translation>Filtrează după comandă, participant, utilizator, răspuns…</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/auditdialog.cpp" line="75" />
            <source>Sent commands</source>
            <translation>Comenzi trimise</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/auditdialog.cpp" line="76" />
            <source>Time</source>
            <translation>Ora</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/auditdialog.cpp" line="76" />
            <source>Conference</source>
            <translation>Conferință</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/auditdialog.cpp" line="76" />
            <source>User</source>
            <translation>Utilizator</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/auditdialog.cpp" line="76" />
            <source>Command</source>
            <translation>Comandă</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/auditdialog.cpp" line="77" />
            <source>Members</source>
            <translation>Participanți</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/auditdialog.cpp" line="77" />
            <source>Outcome</source>
            <translation>Rezultat</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/auditdialog.cpp" line="77" />
            <source>HTTP</source>
            <translation>HTTP</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/auditdialog.cpp" line="77" />
            <source>Answer</source>
            <translation>Răspuns</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/auditdialog.cpp" line="77" />
            <source>Request</source>
            <translation>Cerere</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/auditdialog.cpp" line="78" />
            <source>Server</source>
            <translation>Server</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/auditdialog.cpp" line="82" />
            <source>Reload</source>
            <translation>Reîncarcă</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/auditdialog.cpp" line="90" />
            <source>Conference:</source>
            <translation>Conferință:</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/auditdialog.cpp" line="129" />
            <source>All</source>
            <translation>Toate</translation>
        </message>
        <message numerus="yes">
            <location filename="../src/gui/troubleshooting/auditdialog.cpp" line="171" />
            <source>%1 of %n command(s) shown.</source>
            <translation>
                <numerusform>Se afișează %1 din %n comandă.</numerusform>
                <numerusform>Se afișează %1 din %n comenzi.</numerusform>
                <numerusform>Se afișează %1 din %n de comenzi.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../src/gui/troubleshooting/auditdialog.cpp" line="173" />
            <source>%n damaged line(s) skipped.</source>
            <translation>
                <numerusform>%n linie deteriorată omisă.</numerusform>
                <numerusform>%n linii deteriorate omise.</numerusform>
                <numerusform>%n de linii deteriorate omise.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/auditdialog.cpp" line="175" />
            <source>No commands recorded yet in %1.</source>
            <translation>Nicio comandă înregistrată încă în %1.</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/auditdialog.cpp" line="185" />
            <source>Could not write %1: %2</source>
            <translation>Nu s-a putut scrie %1: %2</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/auditdialog.cpp" line="194" />
            <source>Export Audit Trail</source>
            <translation>Exportă jurnalul de audit</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/auditdialog.cpp" line="194" />
            <source>CSV files (*.csv)</source>
            <translation>Fișiere CSV (*.csv)</translation>
        </message>
        <message numerus="yes">
            <location filename="../src/gui/troubleshooting/auditdialog.cpp" line="198" />
            <source>Exported %n command(s) to %1.</source>
            <translation>
                <numerusform>S-a exportat %n comandă în %1.</numerusform>
                <numerusform>S-au exportat %n comenzi în %1.</numerusform>
                <numerusform>S-au exportat %n de comenzi în %1.</numerusform>
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
            <translation>Certificatul serverului</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/certificatedialog.cpp" line="71" />
            <source>(none)</source>
            <translation>(niciunul)</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/certificatedialog.cpp" line="75" />
            <source>Issued to:</source>
            <translation>Emis pentru:</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/certificatedialog.cpp" line="84" />
            <source>Host names:</source>
            <translation>Nume de gazdă:</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/certificatedialog.cpp" line="89" />
            <source>%1 (self-signed)</source>
            <translation>%1 (autosemnat)</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/certificatedialog.cpp" line="93" />
            <source>Issued by:</source>
            <translation>Emis de:</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/certificatedialog.cpp" line="98" />
            <source>%1 to %2</source>
            <translation>%1 până la %2</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/certificatedialog.cpp" line="104" />
            <source>(expired)</source>
            <translation>(expirat)</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/certificatedialog.cpp" line="106" />
            <source>(not yet valid)</source>
            <translation>(încă nevalid)</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/certificatedialog.cpp" line="109" />
            <source>Valid:</source>
            <translation>Valabil:</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/certificatedialog.cpp" line="114" />
            <source>SHA-256:</source>
            <translation>SHA-256:</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/certificatedialog.cpp" line="117" />
            <source>Problems found:</source>
            <translation>Probleme găsite:</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/certificatedialog.cpp" line="139" />
            <location filename="../src/gui/connection/certificatedialog.cpp" line="237" />
            <source>Trust this certificate for this profile</source>
            <translation>Consideră acest certificat de încredere pentru acest profil</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/certificatedialog.cpp" line="194" />
            <source>The certificate is self-signed: no certificate authority vouches for it.</source>
            <translation>Certificatul este autosemnat: nicio autoritate de certificare nu garantează pentru el.</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/certificatedialog.cpp" line="199" />
            <source>The certificate was issued by an authority this computer does not know.</source>
            <translation>Certificatul a fost emis de o autoritate pe care acest calculator nu o cunoaște.</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/certificatedialog.cpp" line="201" />
            <source>The certificate is not trusted for identifying servers.</source>
            <translation>Certificatul nu este de încredere pentru identificarea serverelor.</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/certificatedialog.cpp" line="203" />
            <source>The certificate has expired.</source>
            <translation>Certificatul a expirat.</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/certificatedialog.cpp" line="205" />
            <source>The certificate is not valid yet (check this computer's clock).</source>
            <translation>Certificatul nu este încă valabil (verificați ceasul acestui calculator).</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/certificatedialog.cpp" line="207" />
            <source>The certificate was issued for a different host name than the one you connected to.</source>
            <translation>Certificatul a fost emis pentru un alt nume de gazdă decât cel la care v-ați conectat.</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/certificatedialog.cpp" line="209" />
            <source>The certificate has been revoked by its issuer.</source>
            <translation>Certificatul a fost revocat de emitentul său.</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/certificatedialog.cpp" line="212" />
            <source>The certificate's signature is invalid or the certificate is blocked.</source>
            <translation>Semnătura certificatului este nevalidă sau certificatul este blocat.</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/certificatedialog.cpp" line="224" />
            <source>Refused: the certificate differs from the pinned one</source>
            <translation>Refuzat: certificatul diferă de cel fixat</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/certificatedialog.cpp" line="226" />
            <source>This profile trusts a specific certificate, and the server now presents a different one. That happens when the server's certificate was renewed, but it can also mean someone is intercepting the connection. Compare the fingerprint with the server administrator before trusting it.</source>
            <translation>Acest profil are încredere într-un anumit certificat, iar serverul prezintă acum unul diferit. Acest lucru se întâmplă când certificatul serverului a fost reînnoit, dar poate însemna și că cineva interceptează conexiunea. Comparați amprenta cu administratorul serverului înainte de a-l considera de încredere.</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/certificatedialog.cpp" line="230" />
            <source>Trust the new certificate for this profile</source>
            <translation>Consideră noul certificat de încredere pentru acest profil</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/certificatedialog.cpp" line="232" />
            <source>The server's certificate is not trusted</source>
            <translation>Certificatul serverului nu este de încredere</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/certificatedialog.cpp" line="234" />
            <source>The connection was stopped because this computer cannot verify the server's identity. If the fingerprint below matches the one your administrator gave you, you can trust this certificate for this profile; it will be pinned and checked on every connection.</source>
            <translation>Conexiunea a fost oprită deoarece acest calculator nu poate verifica identitatea serverului. Dacă amprenta de mai jos corespunde celei primite de la administrator, puteți considera acest certificat de încredere pentru acest profil; va fi fixat și verificat la fiecare conexiune.</translation>
        </message>
    </context>
    <context>
        <name>gui::CommandController</name>
        <message>
            <location filename="../src/gui/conference/commandcontroller.cpp" line="62" />
            <source>The audit trail could not be written: %1</source>
            <translation>Jurnalul de audit nu a putut fi scris: %1</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/commandcontroller.cpp" line="83" />
            <source>The command is not valid.</source>
            <translation>Comanda nu este validă.</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/commandcontroller.cpp" line="89" />
            <source>The connection to the server is closed.</source>
            <translation>Conexiunea la server este închisă.</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/commandcontroller.cpp" line="133" />
            <source>%1: done</source>
            <translation>%1: reușit</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/commandcontroller.cpp" line="134" />
            <source>%1 failed</source>
            <translation>%1 a eșuat</translation>
        </message>
    </context>
    <context>
        <name>gui::ConferenceFeed</name>
        <message>
            <location filename="../src/gui/conference/conferencefeed.cpp" line="62" />
            <source> — polling stopped</source>
            <translation> — interogarea s-a oprit</translation>
        </message>
    </context>
    <context>
        <name>gui::ConferenceHeader</name>
        <message>
            <location filename="../src/gui/conference/conferenceheader.cpp" line="60" />
            <location filename="../src/gui/conference/conferenceheader.cpp" line="115" />
            <source>Locked</source>
            <translation>Blocată</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferenceheader.cpp" line="61" />
            <source>The conference is locked: nobody new can join.</source>
            <translation>Conferința este blocată: nimeni nou nu se poate alătura.</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferenceheader.cpp" line="62" />
            <source>Conference locked</source>
            <translation>Conferință blocată</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferenceheader.cpp" line="66" />
            <source>The conference is being recorded.</source>
            <translation>Conferința este înregistrată.</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferenceheader.cpp" line="78" />
            <source>What runs for this meeting while this console is open (Meeting menu).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/gui/conference/conferenceheader.cpp" line="108" />
            <source>● REC %1</source>
            <translation>● ÎNR %1</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferenceheader.cpp" line="132" />
            <source>connecting…</source>
            <translation>se conectează…</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferenceheader.cpp" line="134" />
            <source>not running (nobody in it)</source>
            <translation>nu rulează (nu este nimeni în ea)</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferenceheader.cpp" line="144" />
            <source>Not recording</source>
            <translation>Nu se înregistrează</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferenceheader.cpp" line="145" />
            <source>Recording for %1</source>
            <translation>Se înregistrează de %1</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferenceheader.cpp" line="149" />
            <source>%1 (paused)</source>
            <translation>%1 (în pauză)</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferenceheader.cpp" line="150" />
            <source>Recording (sipXconfig)</source>
            <translation>Înregistrare (sipXconfig)</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferenceheader.cpp" line="158" />
            <source>live via event socket · re-synced just now</source>
            <translation>în timp real prin socketul de evenimente · resincronizat chiar acum</translation>
        </message>
        <message numerus="yes">
            <location filename="../src/gui/conference/conferenceheader.cpp" line="159" />
            <source>live via event socket · re-synced %n s ago</source>
            <translation>
                <numerusform>în timp real prin socketul de evenimente · resincronizat acum %n s</numerusform>
                <numerusform>în timp real prin socketul de evenimente · resincronizat acum %n s</numerusform>
                <numerusform>în timp real prin socketul de evenimente · resincronizat acum %n s</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferenceheader.cpp" line="161" />
            <source>updated just now</source>
            <translation>actualizat chiar acum</translation>
        </message>
        <message numerus="yes">
            <location filename="../src/gui/conference/conferenceheader.cpp" line="161" />
            <source>updated %n s ago</source>
            <translation>
                <numerusform>actualizat acum %n s</numerusform>
                <numerusform>actualizat acum %n s</numerusform>
                <numerusform>actualizat acum %n s</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferenceheader.cpp" line="163" />
            <source>not updated yet</source>
            <translation>încă neactualizat</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferenceheader.cpp" line="168" />
            <source>⚠ Data may be out of date</source>
            <translation>⚠ Datele pot fi învechite</translation>
        </message>
    </context>
    <context>
        <name>gui::ConferenceInsights</name>
        <message>
            <location filename="../src/gui/conference/conferenceinsights.cpp" line="71" />
            <source>&lt;b&gt;Who spoke when&lt;/b&gt;</source>
            <translation>&lt;b&gt;Cine a vorbit și când&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferenceinsights.cpp" line="73" />
            <source>Talking over the last minutes, one lane per member; right-click to change the span.</source>
            <translation>Vorbirea din ultimele minute, câte o bandă pentru fiecare participant; clic dreapta pentru a schimba intervalul.</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferenceinsights.cpp" line="105" />
            <source>Attendance — %1</source>
            <translation>Prezență — %1</translation>
        </message>
    </context>
    <context>
        <name>gui::ConferenceListDock</name>
        <message>
            <location filename="../src/gui/conference/conferencelistdock.cpp" line="30" />
            <source>Conferences</source>
            <translation>Conferințe</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencelistdock.cpp" line="36" />
            <source>Conference</source>
            <translation>Conferință</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencelistdock.cpp" line="36" />
            <source>Ext.</source>
            <translation>Int.</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencelistdock.cpp" line="36" />
            <source>Members</source>
            <translation>Participanți</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencelistdock.cpp" line="36" />
            <location filename="../src/gui/conference/conferencelistdock.cpp" line="44" />
            <source>Lock</source>
            <translation>Blocare</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencelistdock.cpp" line="36" />
            <source>Description</source>
            <translation>Descriere</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencelistdock.cpp" line="40" />
            <source>Locked conferences accept no new callers</source>
            <translation>Conferințele blocate nu acceptă apelanți noi</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencelistdock.cpp" line="78" />
            <source>%1 — loading…</source>
            <translation>%1 — se încarcă…</translation>
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
            <translation>1 conferință</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencelistdock.cpp" line="269" />
            <source>%1 conferences</source>
            <translation>%1 conferințe</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencelistdock.cpp" line="163" />
            <source>Double-click to open</source>
            <translation>Dublu clic pentru a deschide</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencelistdock.cpp" line="38" />
            <source>Members in each conference: live for open ones, as of the last list refresh for the others; — when the server does not say</source>
            <translation>Participanții din fiecare conferință: în timp real pentru cele deschise, conform ultimei reîmprospătări a listei pentru celelalte; — când serverul nu indică numărul</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencelistdock.cpp" line="163" />
            <source>Disabled on the server</source>
            <translation>Dezactivată pe server</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencelistdock.cpp" line="276" />
            <source>%1 — connecting…</source>
            <translation>%1 — se conectează…</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencelistdock.cpp" line="285" />
            <source>Right-click to disconnect, reconnect or edit it</source>
            <translation>Clic dreapta pentru a o deconecta, reconecta sau edita</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencelistdock.cpp" line="293" />
            <source>Members now (the conference is open)</source>
            <translation>Participanții de acum (conferința este deschisă)</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencelistdock.cpp" line="296" />
            <source>Members when the list was last read</source>
            <translation>Participanții la ultima citire a listei</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencelistdock.cpp" line="299" />
            <source>Not known until the conference is opened</source>
            <translation>Necunoscut până la deschiderea conferinței</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencelistdock.cpp" line="304" />
            <location filename="../src/gui/conference/conferencelistdock.cpp" line="305" />
            <source>Locked</source>
            <translation>Blocată</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencelistdock.cpp" line="308" />
            <location filename="../src/gui/conference/conferencelistdock.cpp" line="309" />
            <source>Not locked</source>
            <translation>Neblocată</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencelistdock.cpp" line="308" />
            <source>Unknown until opened</source>
            <translation>Necunoscut până la deschidere</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencelistdock.cpp" line="309" />
            <source>Unknown</source>
            <translation>Necunoscut</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencelistdock.cpp" line="345" />
            <source>Open</source>
            <translation>Deschide</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencelistdock.cpp" line="350" />
            <source>Refresh list</source>
            <translation>Reîmprospătează lista</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencelistdock.cpp" line="357" />
            <source>Reconnect</source>
            <translation>Reconectează</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencelistdock.cpp" line="361" />
            <source>Edit…</source>
            <translation>Editează…</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencelistdock.cpp" line="364" />
            <source>Disconnect</source>
            <translation>Deconectează</translation>
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
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../src/gui/conference/conferencemeeting.cpp" line="607" />
            <source>%n room(s) open</source>
            <translation type="unfinished">
                <numerusform />
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
            <translation>Participanții pot fi mutați doar între conferințe ale aceluiași server.</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetabs.cpp" line="187" />
            <source>Moved back to %1</source>
            <translation>Transfer înapoi în %1 reușit</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetabs.cpp" line="212" />
            <source>%1 @ %2</source>
            <translation>%1 @ %2</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetabs.cpp" line="213" />
            <source>%1 on %2</source>
            <translation>%1 pe %2</translation>
        </message>
    </context>
    <context>
        <name>gui::ConferenceToolbar</name>
        <message>
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="46" />
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="247" />
            <source>Lock</source>
            <translation>Blochează</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="46" />
            <source>Lock or unlock the conference</source>
            <translation>Blochează sau deblochează conferința</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="57" />
            <source>Mute all</source>
            <translation>Dezactivează microfonul tuturor</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="57" />
            <source>Mute every member (mute all)</source>
            <translation>Dezactivează microfonul fiecărui participant (mute all)</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="61" />
            <source>Mute non-moderators</source>
            <translation>Dezactivează microfonul non-moderatorilor</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="62" />
            <source>Mute everybody except moderators (mute non_moderator)</source>
            <translation>Dezactivează microfonul tuturor, cu excepția moderatorilor (mute non_moderator)</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="65" />
            <source>Unmute all</source>
            <translation>Activează microfonul tuturor</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="65" />
            <source>Unmute every member</source>
            <translation>Activează microfonul fiecărui participant</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="73" />
            <source>Deaf all</source>
            <translation>Dezactivează auzul tuturor</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="73" />
            <source>Make every member deaf</source>
            <translation>Dezactivează auzul fiecărui participant</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="76" />
            <source>Undeaf all</source>
            <translation>Activează auzul tuturor</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="77" />
            <source>Let every member hear again</source>
            <translation>Permite tuturor participanților să audă din nou</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="83" />
            <source>Kick all…</source>
            <translation>Elimină pe toți…</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="84" />
            <source>Remove every member from the conference</source>
            <translation>Elimină toți participanții din conferință</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="87" />
            <source>Kick all members</source>
            <translation>Eliminarea tuturor participanților</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="88" />
            <source>Remove all members (%1) from %2?</source>
            <translation>Eliminați toți participanții (%1) din %2?</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="89" />
            <source>Kick all</source>
            <translation>Elimină pe toți</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="97" />
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="204" />
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="251" />
            <source>Record</source>
            <translation>Înregistrează</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="98" />
            <source>Start or stop recording to the owner's mailbox</source>
            <translation>Pornește sau oprește înregistrarea în căsuța vocală a proprietarului</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="101" />
            <source>Start recording to a file on the FreeSWITCH server, or stop every recording</source>
            <translation>Pornește înregistrarea într-un fișier pe serverul FreeSWITCH sau oprește toate înregistrările</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="107" />
            <source>Play file…</source>
            <translation>Redă fișier…</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="108" />
            <source>Play a sound file to the whole conference</source>
            <translation>Redă un fișier audio pentru întreaga conferință</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="110" />
            <source>Play file</source>
            <translation>Redă fișier</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="110" />
            <source>File on the media server:</source>
            <translation>Fișier pe serverul media:</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="114" />
            <source>Stop playback</source>
            <translation>Oprește redarea</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="115" />
            <source>Stop every file playing to the conference</source>
            <translation>Oprește toate fișierele redate în conferință</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="118" />
            <source>Say…</source>
            <translation>Rostește…</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="119" />
            <source>Speak a text to the whole conference (TTS)</source>
            <translation>Rostește un text pentru întreaga conferință (TTS)</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="121" />
            <source>Say</source>
            <translation>Rostește</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="121" />
            <source>Text to speak to everybody:</source>
            <translation>Text de rostit pentru toți:</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="129" />
            <source>Set PIN…</source>
            <translation>Setează PIN…</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="129" />
            <source>Require a PIN to join</source>
            <translation>Cere un PIN pentru alăturare</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="131" />
            <source>Conference PIN</source>
            <translation>PIN conferință</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="132" />
            <source>New participant PIN (digits):</source>
            <translation>PIN nou pentru participanți (cifre):</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="135" />
            <source>Remove PIN</source>
            <translation>Elimină PIN-ul</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="136" />
            <source>Let callers join without a PIN</source>
            <translation>Permite apelanților să se alăture fără PIN</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="141" />
            <source>Dial out…</source>
            <translation>Apelează…</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="142" />
            <source>Call someone into the conference (Ctrl+Shift+D)</source>
            <translation>Cheamă pe cineva în conferință (Ctrl+Shift+D)</translation>
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
            <translation>Prezență…</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="162" />
            <source>Who joined and left, talk time and time muted; export as CSV or PDF (Ctrl+Shift+A)</source>
            <translation>Cine a intrat și a ieșit, timpul de vorbire și timpul cu microfonul oprit; export ca CSV sau PDF (Ctrl+Shift+A)</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="169" />
            <source>Refresh</source>
            <translation>Reîmprospătează</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="169" />
            <source>Poll the conference now (F5)</source>
            <translation>Interoghează conferința acum (F5)</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="205" />
            <source>Record to this file on the FreeSWITCH server (absolute path):</source>
            <translation>Înregistrează în acest fișier pe serverul FreeSWITCH (cale absolută):</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="247" />
            <source>Unlock</source>
            <translation>Deblochează</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="248" />
            <source>The conference is locked: nobody new can join. Click to unlock it.</source>
            <translation>Conferința este blocată: nimeni nou nu se poate alătura. Faceți clic pentru a o debloca.</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="249" />
            <source>Lock the conference: nobody new can join</source>
            <translation>Blochează conferința: nimeni nou nu se va mai putea alătura</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="251" />
            <source>Stop recording</source>
            <translation>Oprește înregistrarea</translation>
        </message>
    </context>
    <context>
        <name>gui::ConferenceView</name>
        <message>
            <location filename="../src/gui/conference/conferenceview.cpp" line="138" />
            <source>Filter by name or number (Ctrl+F)</source>
            <translation>Filtrează după nume sau număr (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferenceview.cpp" line="146" />
            <source>Conference</source>
            <translation>Conferință</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferenceview.cpp" line="137" />
            <source>Filter members</source>
            <translation>Filtrează participanții</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferenceview.cpp" line="176" />
            <source>Members of %1</source>
            <translation>Participanții din %1</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferenceview.cpp" line="178" />
            <source>One row per caller. M mutes, D deafens, Delete kicks, T selects the current talker.</source>
            <translation>Un rând pentru fiecare apelant. M dezactivează microfonul, D dezactivează auzul, Delete elimină, T selectează vorbitorul curent.</translation>
        </message>
        <message numerus="yes">
            <location filename="../src/gui/conference/conferenceview.cpp" line="381" />
            <source>%n member(s)</source>
            <translation>
                <numerusform>%n participant</numerusform>
                <numerusform>%n participanți</numerusform>
                <numerusform>%n de participanți</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>gui::ConnectionDialog</name>
        <message>
            <location filename="../src/gui/connection/connectiondialog.cpp" line="42" />
            <source>Upstream sipXconfig only runs commands on GET and answers PUT with 405; Auto tries PUT once and remembers GET.</source>
            <translation>sipXconfig upstream execută comenzi doar cu GET și răspunde la PUT cu 405; Automat încearcă PUT o dată și reține GET.</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectiondialog.cpp" line="46" />
            <source>sipXconfig REST: the conferences you own, polled. Event socket: every conference on the FreeSWITCH bridge, updated by events; also plays files, records to a path and dials.</source>
            <translation>REST sipXconfig: conferințele pe care le dețineți, interogate periodic. Socket de evenimente: toate conferințele de pe puntea FreeSWITCH, actualizate prin evenimente; permite și redarea fișierelor, înregistrarea într-o cale și apelarea.</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectiondialog.cpp" line="114" />
            <source>Event socket &amp;password:</source>
            <translation>&amp;Parolă socket de evenimente:</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectiondialog.cpp" line="114" />
            <source>&amp;Password:</source>
            <translation>&amp;Parolă:</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectiondialog.cpp" line="115" />
            <source>Full &amp;re-sync every:</source>
            <translation>&amp;Resincronizare completă la fiecare:</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectiondialog.cpp" line="115" />
            <source>&amp;Refresh every:</source>
            <translation>&amp;Reîmprospătare la fiecare:</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectiondialog.cpp" line="120" />
            <source>Changes arrive as events at once; the whole member list is re-read this often as a safety net.</source>
            <translation>Modificările sosesc imediat ca evenimente; întreaga listă de participanți este recitită cu această frecvență, ca măsură de siguranță.</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectiondialog.cpp" line="122" />
            <source>How often the member list is polled.</source>
            <translation>Cât de des este interogată lista de participanți.</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectiondialog.cpp" line="185" />
            <source>Checking whether a system keychain can keep the password…</source>
            <translation>Se verifică dacă un portchei al sistemului poate păstra parola…</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectiondialog.cpp" line="188" />
            <source>The password will be saved in the system keychain.</source>
            <translation>Parola va fi salvată în portcheiul sistemului.</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectiondialog.cpp" line="192" />
            <source>No system keychain is available: the password will be kept in memory until the console closes, and asked for again next time.</source>
            <translation>Nu este disponibil niciun portchei al sistemului: parola va fi păstrată în memorie până la închiderea consolei și va fi cerută din nou data viitoare.</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectiondialog.cpp" line="212" />
            <source>unchanged</source>
            <translation>neschimbată</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectiondialog.cpp" line="227" />
            <source>A connection called "%1" already exists.</source>
            <translation>Există deja o conexiune numită "%1".</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectiondialog.cpp" line="249" />
            <source>Server address: %1.</source>
            <translation>Adresa serverului: %1.</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectiondialog.cpp" line="255" />
            <source>The password stays as it is unless you type a new one.</source>
            <translation>Parola rămâne neschimbată dacă nu introduceți una nouă.</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectiondialog.cpp" line="256" />
            <source>No password entered: you will be asked when connecting.</source>
            <translation>Nu s-a introdus nicio parolă: vi se va cere la conectare.</translation>
        </message>
    </context>
    <context>
        <name>gui::ConnectionListModel</name>
        <message>
            <location filename="../src/gui/connection/connectionlistmodel.cpp" line="136" />
            <source>%1 (this session only, not saved)</source>
            <translation>%1 (doar această sesiune, nesalvat)</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionlistmodel.cpp" line="139" />
            <source>Event socket</source>
            <translation>Socket de evenimente</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionlistmodel.cpp" line="139" />
            <source>REST (sipXconfig)</source>
            <translation>REST (sipXconfig)</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionlistmodel.cpp" line="142" />
            <source>%1 as %2</source>
            <translation>%1 ca %2</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionlistmodel.cpp" line="145" />
            <source>Not connected</source>
            <translation>Neconectat</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionlistmodel.cpp" line="161" />
            <source>Name</source>
            <translation>Nume</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionlistmodel.cpp" line="163" />
            <source>Transport</source>
            <translation>Transport</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionlistmodel.cpp" line="165" />
            <source>Address</source>
            <translation>Adresă</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionlistmodel.cpp" line="167" />
            <source>State</source>
            <translation>Stare</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionlistmodel.cpp" line="169" />
            <source>Conferences</source>
            <translation>Conferințe</translation>
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
            <translation>%1: deconectat</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionmanager.cpp" line="135" />
            <location filename="../src/gui/connection/connectionmanager.cpp" line="247" />
            <source>There is no saved connection named “%1”.</source>
            <translation>Nu există nicio conexiune salvată cu numele „%1”.</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionmanager.cpp" line="141" />
            <source>Edit connection %1</source>
            <translation>Editează conexiunea %1</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionmanager.cpp" line="192" />
            <location filename="../src/gui/connection/connectionmanager.cpp" line="219" />
            <source>%1: saved</source>
            <translation>%1: salvat</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionmanager.cpp" line="204" />
            <source>%1 (copy)</source>
            <translation>%1 (copie)</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionmanager.cpp" line="206" />
            <source>%1 (copy %2)</source>
            <translation>%1 (copie %2)</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionmanager.cpp" line="210" />
            <source>Copy of connection %1</source>
            <translation>Copie a conexiunii %1</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionmanager.cpp" line="226" />
            <source>Remove connection</source>
            <translation>Elimină conexiunea</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionmanager.cpp" line="227" />
            <source>Forget the connection “%1” and its saved password?</source>
            <translation>Ștergeți conexiunea „%1” și parola ei salvată?</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionmanager.cpp" line="231" />
            <source>Remove</source>
            <translation>Elimină</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionmanager.cpp" line="238" />
            <source>%1: removed</source>
            <translation>%1: eliminat</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionmanager.cpp" line="321" />
            <source>%1: certificate pinned</source>
            <translation>%1: certificat fixat</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionmanager.cpp" line="333" />
            <source>Password for %1</source>
            <translation>Parola pentru %1</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionmanager.cpp" line="336" />
            <source>the event socket at %1</source>
            <translation>socketul de evenimente de la %1</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionmanager.cpp" line="337" />
            <source>“%1” at %2</source>
            <translation>„%1” de la %2</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionmanager.cpp" line="338" />
            <source>%1

Enter the password for %2. Updates of this server stay stopped until you do.</source>
            <translation>%1

Introduceți parola pentru %2. Actualizările acestui server rămân oprite până atunci.</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionmanager.cpp" line="354" />
            <source>%1: trying the new password</source>
            <translation>%1: se încearcă noua parolă</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionmanager.cpp" line="358" />
            <source>%1: %2 Updates stay stopped.</source>
            <translation>%1: %2 Actualizările rămân oprite.</translation>
        </message>
    </context>
    <context>
        <name>gui::ConnectionProfile</name>
        <message>
            <location filename="../src/gui/connection/connectionprofile.cpp" line="31" />
            <source>Enter a name for this connection.</source>
            <translation>Introduceți un nume pentru această conexiune.</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionprofile.cpp" line="35" />
            <source>Enter the FreeSWITCH host of the event socket, for example 127.0.0.1.</source>
            <translation>Introduceți gazda FreeSWITCH a socketului de evenimente, de exemplu 127.0.0.1.</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionprofile.cpp" line="40" />
            <source>The event socket host must be a host name or IP address only (no spaces, no scheme, no path).</source>
            <translation>Gazda socketului de evenimente trebuie să fie doar un nume de gazdă sau o adresă IP (fără spații, fără schemă, fără cale).</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionprofile.cpp" line="45" />
            <source>The event socket port must be between 1 and 65535 (FreeSWITCH uses 8021).</source>
            <translation>Portul socketului de evenimente trebuie să fie între 1 și 65535 (FreeSWITCH folosește 8021).</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionprofile.cpp" line="49" />
            <source>The re-sync interval must be between 1 and 60 seconds.</source>
            <translation>Intervalul de resincronizare trebuie să fie între 1 și 60 de secunde.</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionprofile.cpp" line="54" />
            <source>Enter the server address, for example https://pbx.example.com/sipxconfig/rest.</source>
            <translation>Introduceți adresa serverului, de exemplu https://pbx.example.com/sipxconfig/rest.</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionprofile.cpp" line="58" />
            <source>The server address is not a valid URL: %1</source>
            <translation>Adresa serverului nu este un URL valid: %1</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionprofile.cpp" line="63" />
            <source>The server address must start with https:// (or http://).</source>
            <translation>Adresa serverului trebuie să înceapă cu https:// (sau http://).</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionprofile.cpp" line="66" />
            <source>The server address has no host name.</source>
            <translation>Adresa serverului nu are nume de gazdă.</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionprofile.cpp" line="69" />
            <source>Do not put the user name or password in the address; use the User and Password fields.</source>
            <translation>Nu puneți numele de utilizator sau parola în adresă; folosiți câmpurile Utilizator și Parolă.</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionprofile.cpp" line="73" />
            <source>The server address must not contain '?' or '#'.</source>
            <translation>Adresa serverului nu trebuie să conțină '?' sau '#'.</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionprofile.cpp" line="76" />
            <source>Enter your sipXconfig user name.</source>
            <translation>Introduceți numele de utilizator sipXconfig.</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionprofile.cpp" line="79" />
            <source>The user name may only contain Latin-1 characters.</source>
            <translation>Numele de utilizator poate conține doar caractere Latin-1.</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionprofile.cpp" line="82" />
            <source>The refresh interval must be between 0.5 and 30 seconds.</source>
            <translation>Intervalul de reîmprospătare trebuie să fie între 0,5 și 30 de secunde.</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionprofile.cpp" line="89" />
            <source>A pinned certificate fingerprint is not a SHA-256 value: %1</source>
            <translation>O amprentă de certificat fixată nu este o valoare SHA-256: %1</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionprofile.cpp" line="104" />
            <source>The event socket is not encrypted; use it on a trusted network or through a tunnel.</source>
            <translation>Socketul de evenimente nu este criptat; folosiți-l într-o rețea de încredere sau printr-un tunel.</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionprofile.cpp" line="111" />
            <source>Plain http is not encrypted; sipXconfig normally redirects it to https.</source>
            <translation>http simplu nu este criptat; sipXconfig îl redirecționează în mod normal către https.</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionprofile.cpp" line="117" />
            <source>The address usually ends in /sipxconfig/rest; it will be used as typed.</source>
            <translation>Adresa se termină de obicei cu /sipxconfig/rest; va fi folosită așa cum a fost introdusă.</translation>
        </message>
    </context>
    <context>
        <name>gui::ConnectionsDialog</name>
        <message>
            <location filename="../src/gui/connection/connectionsdialog.cpp" line="28" />
            <location filename="../src/gui/connection/connectionsdialog.cpp" line="38" />
            <source>Connections</source>
            <translation>Conexiuni</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionsdialog.cpp" line="32" />
            <source>Saved servers and the ones open now. Passwords stay in the system keychain, or are asked for again when there is none.</source>
            <translation>Serverele salvate și cele deschise acum. Parolele rămân în portcheiul sistemului sau sunt cerute din nou dacă acesta lipsește.</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionsdialog.cpp" line="42" />
            <source>Enter connects, Delete removes</source>
            <translation>Enter conectează, Delete elimină</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionsdialog.cpp" line="49" />
            <source>&amp;Connect</source>
            <translation>&amp;Conectează</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionsdialog.cpp" line="50" />
            <source>&amp;Disconnect</source>
            <translation>&amp;Deconectează</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionsdialog.cpp" line="51" />
            <source>&amp;Edit…</source>
            <translation>&amp;Editează…</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionsdialog.cpp" line="52" />
            <source>D&amp;uplicate…</source>
            <translation>D&amp;uplică…</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionsdialog.cpp" line="53" />
            <source>&amp;Remove…</source>
            <translation>E&amp;limină…</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionsdialog.cpp" line="54" />
            <source>&amp;New…</source>
            <translation>&amp;Nouă…</translation>
        </message>
    </context>
    <context>
        <name>gui::DemoBridge</name>
        <message>
            <location filename="../src/app/demobridge.cpp" line="31" />
            <location filename="../src/app/demobridge.cpp" line="107" />
            <source>The demo is already running.</source>
            <translation>Demonstrația rulează deja.</translation>
        </message>
        <message>
            <location filename="../src/app/demobridge.cpp" line="44" />
            <source>The demo bridge could not start: %1</source>
            <translation>Puntea demonstrativă nu a putut porni: %1</translation>
        </message>
        <message>
            <location filename="../src/app/demobridge.cpp" line="54" />
            <source>The demo scenario has no user “alice”.</source>
            <translation>Scenariul demonstrativ nu are utilizatorul „alice”.</translation>
        </message>
        <message>
            <location filename="../src/app/demobridge.cpp" line="63" />
            <source>Demo bridge (alice)</source>
            <translation>Punte demonstrativă (alice)</translation>
        </message>
        <message>
            <location filename="../src/app/demobridge.cpp" line="77" />
            <source>Demo bridge (event socket)</source>
            <translation>Punte demonstrativă (socket de evenimente)</translation>
        </message>
        <message>
            <location filename="../src/app/demobridge.cpp" line="130" />
            <source>Connect to the Demo Bridge over the &amp;Event Socket</source>
            <translation>Conectare la puntea demonstrativă prin socketul de &amp;evenimente</translation>
        </message>
        <message>
            <location filename="../src/app/demobridge.cpp" line="134" />
            <source>Demo bridge running at %1</source>
            <translation>Puntea demonstrativă rulează la %1</translation>
        </message>
    </context>
    <context>
        <name>gui::DesktopNotifier</name>
        <message>
            <location filename="../src/gui/window/desktopnotifier.cpp" line="38" />
            <source>%1 and %2</source>
            <translation>%1 și %2</translation>
        </message>
        <message numerus="yes">
            <location filename="../src/gui/window/desktopnotifier.cpp" line="40" />
            <source>%1 and %n more</source>
            <translation>
                <numerusform>%1 și încă %n persoană</numerusform>
                <numerusform>%1 și încă %n persoane</numerusform>
                <numerusform>%1 și încă %n de persoane</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../src/gui/window/desktopnotifier.cpp" line="50" />
            <source>Desktop &amp;notifications</source>
            <translation>&amp;Notificări desktop</translation>
        </message>
        <message>
            <location filename="../src/gui/window/desktopnotifier.cpp" line="52" />
            <source>Show desktop notifications for the events chosen below.</source>
            <translation>Afișează notificări desktop pentru evenimentele alese mai jos.</translation>
        </message>
        <message>
            <location filename="../src/gui/window/desktopnotifier.cpp" line="64" />
            <source>Notify when members &amp;join</source>
            <translation>Notifică atunci când participanții se &amp;alătură</translation>
        </message>
        <message>
            <location filename="../src/gui/window/desktopnotifier.cpp" line="65" />
            <source>A notification when someone joins a conference you have open.</source>
            <translation>O notificare când cineva se alătură unei conferințe pe care o aveți deschisă.</translation>
        </message>
        <message>
            <location filename="../src/gui/window/desktopnotifier.cpp" line="66" />
            <source>Notify when members &amp;leave</source>
            <translation>Notifică atunci când participanții &amp;pleacă</translation>
        </message>
        <message>
            <location filename="../src/gui/window/desktopnotifier.cpp" line="67" />
            <source>A notification when someone leaves a conference you have open.</source>
            <translation>O notificare când cineva părăsește o conferință pe care o aveți deschisă.</translation>
        </message>
        <message>
            <location filename="../src/gui/window/desktopnotifier.cpp" line="68" />
            <source>Notify when a conference is loc&amp;ked or unlocked</source>
            <translation>Notifică atunci când o conferință este &amp;blocată sau deblocată</translation>
        </message>
        <message>
            <location filename="../src/gui/window/desktopnotifier.cpp" line="69" />
            <source>A notification when a conference you have open is locked or unlocked.</source>
            <translation>O notificare când o conferință pe care o aveți deschisă este blocată sau deblocată.</translation>
        </message>
        <message>
            <location filename="../src/gui/window/desktopnotifier.cpp" line="70" />
            <source>Notify when a connection goes &amp;stale</source>
            <translation>Notifică atunci când o conexiune nu mai &amp;răspunde</translation>
        </message>
        <message>
            <location filename="../src/gui/window/desktopnotifier.cpp" line="71" />
            <source>A notification when a server stops answering, and when it is live again.</source>
            <translation>O notificare când un server nu mai răspunde și când răspunde din nou.</translation>
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
            <translation>Conferința %1</translation>
        </message>
        <message>
            <location filename="../src/gui/window/desktopnotifier.cpp" line="195" />
            <source>%1 is now locked: nobody else can join.</source>
            <translation>%1 este acum blocată: nimeni altcineva nu se mai poate alătura.</translation>
        </message>
        <message>
            <location filename="../src/gui/window/desktopnotifier.cpp" line="196" />
            <source>%1 is now unlocked: new callers can join.</source>
            <translation>%1 este acum deblocată: apelanții noi se pot alătura.</translation>
        </message>
        <message>
            <location filename="../src/gui/window/desktopnotifier.cpp" line="212" />
            <source>Server %1</source>
            <translation>Serverul %1</translation>
        </message>
        <message>
            <location filename="../src/gui/window/desktopnotifier.cpp" line="213" />
            <source>The connection to %1 is stale: member lists may be out of date.</source>
            <translation>Conexiunea la %1 nu mai răspunde: listele de participanți pot fi învechite.</translation>
        </message>
        <message>
            <location filename="../src/gui/window/desktopnotifier.cpp" line="214" />
            <source>The connection to %1 is live again.</source>
            <translation>Conexiunea la %1 este din nou activă.</translation>
        </message>
        <message>
            <location filename="../src/gui/window/desktopnotifier.cpp" line="221" />
            <source>Someone</source>
            <translation>Cineva</translation>
        </message>
        <message>
            <location filename="../src/gui/window/desktopnotifier.cpp" line="262" />
            <source>%1 joined %2.</source>
            <translation>%1 s-a alăturat conferinței %2.</translation>
        </message>
        <message numerus="yes">
            <location filename="../src/gui/window/desktopnotifier.cpp" line="264" />
            <source>%n people joined %1: %2.</source>
            <translation>
                <numerusform>%n persoană s-a alăturat conferinței %1: %2.</numerusform>
                <numerusform>%n persoane s-au alăturat conferinței %1: %2.</numerusform>
                <numerusform>%n de persoane s-au alăturat conferinței %1: %2.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../src/gui/window/desktopnotifier.cpp" line="267" />
            <source>%1 left %2.</source>
            <translation>%1 a părăsit conferința %2.</translation>
        </message>
        <message numerus="yes">
            <location filename="../src/gui/window/desktopnotifier.cpp" line="269" />
            <source>%n people left %1: %2.</source>
            <translation>
                <numerusform>%n persoană a părăsit conferința %1: %2.</numerusform>
                <numerusform>%n persoane au părăsit conferința %1: %2.</numerusform>
                <numerusform>%n de persoane au părăsit conferința %1: %2.</numerusform>
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
            <translation>avertisment</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/diagnosticsdialog.cpp" line="43" />
            <source>FAILED</source>
            <translation>EȘUAT</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/diagnosticsdialog.cpp" line="47" />
            <source>skipped</source>
            <translation>omis</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/diagnosticsdialog.cpp" line="61" />
            <source>yes</source>
            <translation>da</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/diagnosticsdialog.cpp" line="61" />
            <source>no</source>
            <translation>nu</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/diagnosticsdialog.cpp" line="76" />
            <source>Run Again</source>
            <translation>Rulează din nou</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/diagnosticsdialog.cpp" line="77" />
            <source>Copy Report</source>
            <translation>Copiază raportul</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/diagnosticsdialog.cpp" line="80" />
            <source>Connection Diagnostics — %1</source>
            <translation>Diagnosticarea conexiunii — %1</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/diagnosticsdialog.cpp" line="85" />
            <source>Checking the event socket %1.</source>
            <translation>Se verifică socketul de evenimente %1.</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/diagnosticsdialog.cpp" line="86" />
            <source>Checking %1 as “%2”.</source>
            <translation>Se verifică %1 ca „%2”.</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/diagnosticsdialog.cpp" line="90" />
            <source>Diagnostic steps</source>
            <translation>Pași de diagnosticare</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/diagnosticsdialog.cpp" line="91" />
            <source>Step</source>
            <translation>Pas</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/diagnosticsdialog.cpp" line="91" />
            <source>Time</source>
            <translation>Ora</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/diagnosticsdialog.cpp" line="91" />
            <source>Result</source>
            <translation>Rezultat</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/diagnosticsdialog.cpp" line="172" />
            <source>Waiting…</source>
            <translation>Se așteaptă…</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/diagnosticsdialog.cpp" line="175" />
            <source>Running…</source>
            <translation>Rulează…</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/diagnosticsdialog.cpp" line="199" />
            <source>Checking…</source>
            <translation>Se verifică…</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/diagnosticsdialog.cpp" line="215" />
            <source>%1 ms</source>
            <translation>%1 ms</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/diagnosticsdialog.cpp" line="268" />
            <source>Conference Console connection diagnostics, %1</source>
            <translation>Diagnosticarea conexiunii Conference Console, %1</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/diagnosticsdialog.cpp" line="270" />
            <source>Server: %1</source>
            <translation>Server: %1</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/diagnosticsdialog.cpp" line="272" />
            <source>User: %1</source>
            <translation>Utilizator: %1</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/diagnosticsdialog.cpp" line="273" />
            <source>Command method setting: %1</source>
            <translation>Setarea metodei comenzilor: %1</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/diagnosticsdialog.cpp" line="275" />
            <source>Pinned certificates: %1</source>
            <translation>Certificate fixate: %1</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/diagnosticsdialog.cpp" line="287" />
            <source>Summary: %1</source>
            <translation>Rezumat: %1</translation>
        </message>
    </context>
    <context>
        <name>gui::DialOutDialog</name>
        <message>
            <location filename="../src/gui/dialogs/dialoutdialog.cpp" line="23" />
            <source>the line is busy</source>
            <translation>linia este ocupată</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/dialoutdialog.cpp" line="24" />
            <source>nobody answered</source>
            <translation>nu a răspuns nimeni</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/dialoutdialog.cpp" line="26" />
            <source>the phone did not respond</source>
            <translation>telefonul nu a răspuns</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/dialoutdialog.cpp" line="27" />
            <source>the call was rejected</source>
            <translation>apelul a fost respins</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/dialoutdialog.cpp" line="29" />
            <source>the phone is not registered</source>
            <translation>telefonul nu este înregistrat</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/dialoutdialog.cpp" line="31" />
            <source>the subscriber is not reachable</source>
            <translation>abonatul nu poate fi contactat</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/dialoutdialog.cpp" line="33" />
            <source>the number does not exist</source>
            <translation>numărul nu există</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/dialoutdialog.cpp" line="35" />
            <source>a temporary failure in the network</source>
            <translation>o defecțiune temporară în rețea</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/dialoutdialog.cpp" line="37" />
            <source>the call timed out</source>
            <translation>timpul de apel a expirat</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/dialoutdialog.cpp" line="39" />
            <source>the destination is out of order</source>
            <translation>destinația este defectă</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/dialoutdialog.cpp" line="41" />
            <source>the endpoint module is not available on the bridge</source>
            <translation>modulul endpoint nu este disponibil pe punte</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/dialoutdialog.cpp" line="43" />
            <source>the call was cancelled</source>
            <translation>apelul a fost anulat</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/dialoutdialog.cpp" line="56" />
            <source>Dial out — %1</source>
            <translation>Apelare — %1</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/dialoutdialog.cpp" line="57" />
            <source>Bring a participant into conference "%1".</source>
            <translation>Aduceți un participant în conferința "%1".</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/dialoutdialog.cpp" line="68" />
            <source>Channel variables for the new call, sent as {name=value,…} in front of the dial string, e.g. originate_timeout = 30.</source>
            <translation>Variabile de canal pentru noul apel, trimise ca {nume=valoare,…} înaintea șirului de apelare, de ex. originate_timeout = 30.</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/dialoutdialog.cpp" line="71" />
            <source>FreeSWITCH endpoint: sofia/internal for a SIP user or address, sofia/gateway/&lt;gw&gt; for a carrier gateway, user for a directory user, loopback for a dialplan extension.</source>
            <translation>Endpoint FreeSWITCH: sofia/internal pentru un utilizator sau o adresă SIP, sofia/gateway/&lt;gw&gt; pentru un gateway de operator, user pentru un utilizator din director, loopback pentru un interior din dialplan.</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/dialoutdialog.cpp" line="244" />
            <source>I&amp;M ID:</source>
            <translation>ID I&amp;M:</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/dialoutdialog.cpp" line="245" />
            <source>alice.smith</source>
            <translation>alice.smith</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/dialoutdialog.cpp" line="247" />
            <source>sipXconfig looks the IM ID up and invites that user; an unknown IM ID fails with an error.</source>
            <translation>sipXconfig caută ID-ul IM și invită acel utilizator; un ID IM necunoscut eșuează cu o eroare.</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/dialoutdialog.cpp" line="249" />
            <source>&amp;Target:</source>
            <translation>Ți&amp;ntă:</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/dialoutdialog.cpp" line="250" />
            <source>1000, alice or sip:alice@pbx.example.com</source>
            <translation>1000, alice sau sip:alice@pbx.example.com</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/dialoutdialog.cpp" line="252" />
            <source>sipXconfig calls the target with the conference owner's account and transfers the call into the conference. It reports no progress; the participant appears when the call is answered.</source>
            <translation>sipXconfig apelează ținta cu contul proprietarului conferinței și transferă apelul în conferință. Nu raportează progresul; participantul apare când apelul este preluat.</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/dialoutdialog.cpp" line="293" />
            <source>Enter whom to call, for example 1000@pbx.example.com.</source>
            <translation>Introduceți pe cine doriți să apelați, de exemplu 1000@pbx.example.com.</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/dialoutdialog.cpp" line="59" />
            <location filename="../src/gui/dialogs/dialoutdialog.cpp" line="257" />
            <source>Dial</source>
            <translation>Apelează</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/dialoutdialog.cpp" line="257" />
            <source>Invite</source>
            <translation>Invită</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/dialoutdialog.cpp" line="264" />
            <source>sipXconfig cannot pass this on: a dial string always contains '/', which ends the command in the REST address (%2F is refused). Dial and bgdial need a direct FreeSWITCH connection; sipXconfig's invite can call the same person instead.</source>
            <translation>sipXconfig nu poate transmite acest lucru: un șir de apelare conține întotdeauna '/', care încheie comanda în adresa REST (%2F este refuzat). Dial și bgdial au nevoie de o conexiune directă la FreeSWITCH; invite din sipXconfig poate apela aceeași persoană în schimb.</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/dialoutdialog.cpp" line="291" />
            <source>Replace &lt;gw&gt; in the endpoint with the name of a gateway.</source>
            <translation>Înlocuiți &lt;gw&gt; din endpoint cu numele unui gateway.</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/dialoutdialog.cpp" line="328" />
            <source>not possible (see above)</source>
            <translation>nu este posibil (vedeți mai sus)</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/dialoutdialog.cpp" line="333" />
            <source>none: sipXconfig handles this command itself</source>
            <translation>niciuna: sipXconfig gestionează singur această comandă</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/dialoutdialog.cpp" line="393" />
            <source>Ringing…</source>
            <translation>Sună…</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/dialoutdialog.cpp" line="406" />
            <source>The request failed.</source>
            <translation>Cererea a eșuat.</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/dialoutdialog.cpp" line="423" />
            <source>%1 — answered; the participant is joining.</source>
            <translation>%1 — a răspuns; participantul se alătură.</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/dialoutdialog.cpp" line="426" />
            <source>The call failed: %1</source>
            <translation>Apelul a eșuat: %1</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/dialoutdialog.cpp" line="427" />
            <source>The call failed: %1 (%2).</source>
            <translation>Apelul a eșuat: %1 (%2).</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/dialoutdialog.cpp" line="433" />
            <source>%1 — calling in the background; waiting for the participant to join…</source>
            <translation>%1 — se apelează în fundal; se așteaptă alăturarea participantului…</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/dialoutdialog.cpp" line="434" />
            <source>Call started</source>
            <translation>Apel pornit</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/dialoutdialog.cpp" line="439" />
            <source>%1 — waiting for the participant to answer and join…</source>
            <translation>%1 — se așteaptă ca participantul să răspundă și să se alăture…</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/dialoutdialog.cpp" line="440" />
            <source>Invitation sent</source>
            <translation>Invitație trimisă</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/dialoutdialog.cpp" line="455" />
            <source>Joined as member %1</source>
            <translation>S-a alăturat ca participantul %1</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/dialoutdialog.cpp" line="456" />
            <source>Joined as member %1 (%2)</source>
            <translation>S-a alăturat ca participantul %1 (%2)</translation>
        </message>
    </context>
    <context>
        <name>gui::EslTrafficView</name>
        <message>
            <location filename="../src/gui/troubleshooting/esltrafficview.cpp" line="24" />
            <source>Event socket traffic</source>
            <translation>Traficul socketului de evenimente</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/esltrafficview.cpp" line="25" />
            <source>The bytes exchanged with event-socket servers appear here.</source>
            <translation>Octeții schimbați cu serverele socketului de evenimente apar aici.</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/esltrafficview.cpp" line="26" />
            <source>Clear</source>
            <translation>Golește</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/esltrafficview.cpp" line="64" />
            <source>… (%1 bytes in all)</source>
            <translation>… (%1 octeți în total)</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/esltrafficview.cpp" line="72" />
            <source>sent</source>
            <translation>trimis</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/esltrafficview.cpp" line="72" />
            <source>received</source>
            <translation>primit</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/esltrafficview.cpp" line="74" />
            <source>%1  %2  %3 (%4 bytes)
%5
</source>
            <translation>%1  %2  %3 (%4 octeți)
%5
</translation>
        </message>
    </context>
    <context>
        <name>gui::EventStreamView</name>
        <message>
            <location filename="../src/gui/troubleshooting/eventstreamview.cpp" line="57" />
            <source>Time</source>
            <translation>Ora</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/eventstreamview.cpp" line="57" />
            <source>Server</source>
            <translation>Server</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/eventstreamview.cpp" line="57" />
            <source>Action</source>
            <translation>Acțiune</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/eventstreamview.cpp" line="57" />
            <source>Member</source>
            <translation>Participant</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/eventstreamview.cpp" line="57" />
            <source>Conference</source>
            <translation>Conferință</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/eventstreamview.cpp" line="57" />
            <source>Headers</source>
            <translation>Antete</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/eventstreamview.cpp" line="68" />
            <source>Filter events (action, member, conference, any header)</source>
            <translation>Filtrează evenimentele (acțiune, participant, conferință, orice antet)</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/eventstreamview.cpp" line="74" />
            <location filename="../src/gui/troubleshooting/eventstreamview.cpp" line="189" />
            <source>Pause</source>
            <translation>Pauză</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/eventstreamview.cpp" line="76" />
            <source>Hold new events so the list stands still; they are added on resume.</source>
            <translation>Reține evenimentele noi pentru ca lista să rămână nemișcată; sunt adăugate la reluare.</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/eventstreamview.cpp" line="81" />
            <source>Clear</source>
            <translation>Golește</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/eventstreamview.cpp" line="100" />
            <source>Conference events</source>
            <translation>Evenimente de conferință</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/eventstreamview.cpp" line="105" />
            <source>Select an event to see all its headers.</source>
            <translation>Selectați un eveniment pentru a-i vedea toate antetele.</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/eventstreamview.cpp" line="106" />
            <source>Event headers</source>
            <translation>Antetele evenimentului</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/eventstreamview.cpp" line="189" />
            <source>Resume</source>
            <translation>Reia</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/eventstreamview.cpp" line="225" />
            <source>%1 events</source>
            <translation>%1 evenimente</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/eventstreamview.cpp" line="226" />
            <source>%1 of %2 events</source>
            <translation>%1 din %2 evenimente</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/eventstreamview.cpp" line="228" />
            <source> · paused, %1 held</source>
            <translation> · în pauză, %1 reținute</translation>
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
            <translation>Ora</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/logexchangemodel.cpp" line="128" />
            <source>Method</source>
            <translation>Metodă</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/logexchangemodel.cpp" line="130" />
            <source>URL</source>
            <translation>URL</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/logexchangemodel.cpp" line="132" />
            <source>Status</source>
            <translation>Stare</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/logexchangemodel.cpp" line="134" />
            <source>Latency</source>
            <translation>Latență</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/logexchangemodel.cpp" line="136" />
            <source>Size</source>
            <translation>Dimensiune</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/logexchangemodel.cpp" line="203" />
            <source>Status: %1</source>
            <translation>Stare: %1</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/logexchangemodel.cpp" line="205" />
            <source>Error: %1</source>
            <translation>Eroare: %1</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/logexchangemodel.cpp" line="206" />
            <source>Latency: %1 ms</source>
            <translation>Latență: %1 ms</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/logexchangemodel.cpp" line="208" />
            <source>Content-Type: %1</source>
            <translation>Content-Type: %1</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/logexchangemodel.cpp" line="210" />
            <source>The server refused PUT (405); the request was repeated with GET.</source>
            <translation>Serverul a refuzat PUT (405); cererea a fost repetată cu GET.</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/logexchangemodel.cpp" line="211" />
            <source>Body: %1 bytes</source>
            <translation>Corp: %1 octeți</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/logexchangemodel.cpp" line="213" />
            <source>(only the first %1 bytes were kept)</source>
            <translation>(au fost păstrați doar primii %1 octeți)</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/logexchangemodel.cpp" line="228" />
            <source>The server certificate is pinned in Conference Console, not trusted by the system.</source>
            <translation>Certificatul serverului este fixat în Conference Console, nu este de încredere pentru sistem.</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/logexchangemodel.cpp" line="230" />
            <source>Save it as server.pem and add: --cacert server.pem</source>
            <translation>Salvați-l ca server.pem și adăugați: --cacert server.pem</translation>
        </message>
    </context>
    <context>
        <name>gui::KeychainCredentialStore</name>
        <message>
            <location filename="../src/gui/connection/keychaincredentialstore.cpp" line="124" />
            <source>error %1</source>
            <translation>eroarea %1</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/keychaincredentialstore.cpp" line="125" />
            <source>The system keychain cannot be used (%1).</source>
            <translation>Portcheiul sistemului nu poate fi folosit (%1).</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/keychaincredentialstore.cpp" line="137" />
            <source>The system keychain did not answer within %1 seconds.</source>
            <translation>Portcheiul sistemului nu a răspuns în %1 secunde.</translation>
        </message>
    </context>
    <context>
        <name>gui::LevelDialog</name>
        <message>
            <location filename="../src/gui/dialogs/leveldialog.cpp" line="36" />
            <source>Energy threshold</source>
            <translation>Prag de energie</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/leveldialog.cpp" line="37" />
            <source>Energy threshold for %1. Sound below it is not mixed; 0 mixes everything. Higher values make the member less sensitive.</source>
            <translation>Pragul de energie pentru %1. Sunetul sub acest prag nu este mixat; 0 mixează totul. Valorile mai mari fac participantul mai puțin sensibil.</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/leveldialog.cpp" line="46" />
            <source>Down (−200)</source>
            <translation>Scade (−200)</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/leveldialog.cpp" line="47" />
            <source>Up (+200)</source>
            <translation>Crește (+200)</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/leveldialog.cpp" line="50" />
            <source>Volume in</source>
            <translation>Volum intrare</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/leveldialog.cpp" line="50" />
            <source>Volume out</source>
            <translation>Volum ieșire</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/leveldialog.cpp" line="51" />
            <source>How loud the others hear %1 (−4 … 4).</source>
            <translation>Cât de tare îl aud ceilalți pe %1 (−4 … 4).</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/leveldialog.cpp" line="52" />
            <source>How loud %1 hears the conference (−4 … 4).</source>
            <translation>Cât de tare aude %1 conferința (−4 … 4).</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/leveldialog.cpp" line="66" />
            <source>Down (−1)</source>
            <translation>Scade (−1)</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/leveldialog.cpp" line="67" />
            <source>Up (+1)</source>
            <translation>Crește (+1)</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/leveldialog.cpp" line="80" />
            <source>Set</source>
            <translation>Setează</translation>
        </message>
    </context>
    <context>
        <name>gui::LogDock</name>
        <message>
            <location filename="../src/gui/troubleshooting/logdock.cpp" line="19" />
            <source>Log</source>
            <translation>Jurnal</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/logdock.cpp" line="26" />
            <source>Time</source>
            <translation>Ora</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/logdock.cpp" line="26" />
            <source>Server</source>
            <translation>Server</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/logdock.cpp" line="26" />
            <source>Method</source>
            <translation>Metodă</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/logdock.cpp" line="26" />
            <source>URL / answer</source>
            <translation>URL / răspuns</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/logdock.cpp" line="26" />
            <source>Status</source>
            <translation>Stare</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/logdock.cpp" line="26" />
            <source>Latency</source>
            <translation>Latență</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/logdock.cpp" line="41" />
            <source>Clear log</source>
            <translation>Golește jurnalul</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/logdock.cpp" line="45" />
            <source>Show polling requests</source>
            <translation>Afișează cererile de interogare</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/logdock.cpp" line="87" />
            <source>  (PUT refused with 405, repeated as GET)</source>
            <translation>  (PUT refuzat cu 405, repetat ca GET)</translation>
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
            <translation>eșuat</translation>
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
            <translation>Copiază ca curl</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/logview.cpp" line="37" />
            <source>Save to file…</source>
            <translation>Salvează în fișier…</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/logview.cpp" line="38" />
            <source>Clear</source>
            <translation>Golește</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/logview.cpp" line="43" />
            <source>Filter by URL, status or body text</source>
            <translation>Filtrează după URL, stare sau textul corpului</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/logview.cpp" line="46" />
            <source>All exchanges</source>
            <translation>Toate schimburile</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/logview.cpp" line="47" />
            <source>Failures only</source>
            <translation>Doar eșecurile</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/logview.cpp" line="49" />
            <source>Successes only</source>
            <translation>Doar reușitele</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/logview.cpp" line="52" />
            <source>Copy a curl command that repeats the selected request. curl asks for the password itself; it is never copied.</source>
            <translation>Copiază o comandă curl care repetă cererea selectată. curl cere singur parola; aceasta nu este copiată niciodată.</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/logview.cpp" line="61" />
            <source>Request log</source>
            <translation>Jurnal de cereri</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/logview.cpp" line="63" />
            <source>Selected exchange</source>
            <translation>Schimbul selectat</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/logview.cpp" line="64" />
            <source>Log filter</source>
            <translation>Filtru jurnal</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/logview.cpp" line="65" />
            <source>Show exchanges</source>
            <translation>Afișează schimburile</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/logview.cpp" line="77" />
            <source>Select an exchange to see the request and the raw answer.</source>
            <translation>Selectați un schimb pentru a vedea cererea și răspunsul brut.</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/logview.cpp" line="158" />
            <source>curl command copied; curl will ask for the password.</source>
            <translation>Comanda curl a fost copiată; curl va cere parola.</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/logview.cpp" line="166" />
            <location filename="../src/gui/troubleshooting/logview.cpp" line="172" />
            <source>Could not write %1: %2</source>
            <translation>Nu s-a putut scrie %1: %2</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/logview.cpp" line="180" />
            <source>Save Request Log</source>
            <translation>Salvează jurnalul de cereri</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/logview.cpp" line="184" />
            <source>Text files (*.txt *.log)</source>
            <translation>Fișiere text (*.txt *.log)</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/logview.cpp" line="184" />
            <source>All files (*)</source>
            <translation>Toate fișierele (*)</translation>
        </message>
        <message numerus="yes">
            <location filename="../src/gui/troubleshooting/logview.cpp" line="190" />
            <source>Log saved to %1 (%n exchange(s)).</source>
            <translation>
                <numerusform>Jurnal salvat în %1 (%n schimb).</numerusform>
                <numerusform>Jurnal salvat în %1 (%n schimburi).</numerusform>
                <numerusform>Jurnal salvat în %1 (%n de schimburi).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>gui::MainWindow</name>
        <message>
            <location filename="../src/gui/window/mainwindow.cpp" line="164" />
            <source>Raw conference events of event-socket connections</source>
            <translation>Evenimentele brute de conferință ale conexiunilor prin socketul de evenimente</translation>
        </message>
        <message>
            <location filename="../src/gui/window/mainwindow.cpp" line="165" />
            <location filename="../src/gui/window/mainwindow.cpp" line="167" />
            <source>Events</source>
            <translation>Evenimente</translation>
        </message>
        <message>
            <location filename="../src/gui/window/mainwindow.cpp" line="167" />
            <source>Events (%1)</source>
            <translation>Evenimente (%1)</translation>
        </message>
        <message>
            <location filename="../src/gui/window/mainwindow.cpp" line="239" />
            <source>&amp;Event Stream</source>
            <translation>&amp;Flux de evenimente</translation>
        </message>
        <message>
            <location filename="../src/gui/window/mainwindow.cpp" line="242" />
            <source>&amp;Tools</source>
            <translation>&amp;Instrumente</translation>
        </message>
        <message>
            <location filename="../src/gui/window/mainwindow.cpp" line="245" />
            <source>Connection &amp;Diagnostics…</source>
            <translation>&amp;Diagnosticarea conexiunii…</translation>
        </message>
        <message>
            <location filename="../src/gui/window/mainwindow.cpp" line="248" />
            <source>&amp;Audit Trail…</source>
            <translation>Jurnal de &amp;audit…</translation>
        </message>
        <message>
            <location filename="../src/gui/window/mainwindow.cpp" line="186" />
            <source>The conferences of each connected server</source>
            <translation>Conferințele fiecărui server conectat</translation>
        </message>
        <message>
            <location filename="../src/gui/window/mainwindow.cpp" line="187" />
            <source>Every request sent to the servers and its answer</source>
            <translation>Fiecare cerere trimisă serverelor și răspunsul ei</translation>
        </message>
        <message>
            <location filename="../src/gui/window/mainwindow.cpp" line="188" />
            <source>Administrator tools: raw command console and explanations</source>
            <translation>Instrumente de administrator: consolă de comenzi brute și explicații</translation>
        </message>
        <message>
            <location filename="../src/gui/window/mainwindow.cpp" line="195" />
            <source>Connect, open and refresh conferences</source>
            <translation>Conectează, deschide și reîmprospătează conferințe</translation>
        </message>
        <message>
            <location filename="../src/gui/window/mainwindow.cpp" line="175" />
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <location filename="../src/gui/window/mainwindow.cpp" line="236" />
            <source>&amp;Notifications</source>
            <translation>&amp;Notificări</translation>
        </message>
        <message>
            <location filename="../src/gui/window/mainwindow.cpp" line="77" />
            <source>1 server</source>
            <translation>1 server</translation>
        </message>
        <message>
            <location filename="../src/gui/window/mainwindow.cpp" line="77" />
            <source>%1 servers</source>
            <translation>%1 servere</translation>
        </message>
        <message>
            <location filename="../src/gui/window/mainwindow.cpp" line="106" />
            <source>Moved %1 to %2</source>
            <translation>Transfer în %2: %1</translation>
        </message>
        <message>
            <location filename="../src/gui/window/mainwindow.cpp" line="198" />
            <source>&amp;Undo</source>
            <translation>&amp;Anulează</translation>
        </message>
        <message>
            <location filename="../src/gui/window/mainwindow.cpp" line="257" />
            <source>Co&amp;nnections…</source>
            <translation>Co&amp;nexiuni…</translation>
        </message>
        <message>
            <location filename="../src/gui/window/mainwindow.cpp" line="261" />
            <source>Saved and open connections: connect, disconnect, edit, remove (Ctrl+Shift+O)</source>
            <translation>Conexiuni salvate și deschise: conectare, deconectare, editare, eliminare (Ctrl+Shift+O)</translation>
        </message>
        <message>
            <location filename="../src/gui/window/mainwindow.cpp" line="264" />
            <source>&amp;Recent Connections</source>
            <translation>Conexiuni &amp;recente</translation>
        </message>
        <message>
            <location filename="../src/gui/window/mainwindow.cpp" line="270" />
            <source>Reopen Connections and Tabs at Start</source>
            <translation>Redeschide conexiunile și filele la pornire</translation>
        </message>
        <message>
            <location filename="../src/gui/window/mainwindow.cpp" line="274" />
            <source>At the next start, connect again to the saved servers open at exit and reopen their conference tabs</source>
            <translation>La următoarea pornire, se reconectează la serverele salvate care erau deschise la ieșire și se redeschid filele lor de conferință</translation>
        </message>
        <message>
            <location filename="../src/gui/window/mainwindow.cpp" line="339" />
            <source>&amp;%1 %2</source>
            <translation>&amp;%1 %2</translation>
        </message>
        <message>
            <location filename="../src/gui/window/mainwindow.cpp" line="345" />
            <source>No recent connections</source>
            <translation>Nicio conexiune recentă</translation>
        </message>
        <message>
            <location filename="../src/gui/window/mainwindow.cpp" line="349" />
            <source>&amp;Clear List</source>
            <translation>&amp;Golește lista</translation>
        </message>
        <message numerus="yes">
            <location filename="../src/gui/window/mainwindow.cpp" line="392" />
            <source>Reopening %n connection(s) from the last session</source>
            <translation>
                <numerusform>Se redeschide %n conexiune din ultima sesiune</numerusform>
                <numerusform>Se redeschid %n conexiuni din ultima sesiune</numerusform>
                <numerusform>Se redeschid %n de conexiuni din ultima sesiune</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../src/gui/window/mainwindow.cpp" line="494" />
            <location filename="../src/gui/window/mainwindow.cpp" line="547" />
            <source>Connect to a server first (File ▸ Connect…).</source>
            <translation>Conectați-vă mai întâi la un server (Fișier ▸ Conectare…).</translation>
        </message>
        <message>
            <location filename="../src/gui/window/mainwindow.cpp" line="500" />
            <source>Open conference</source>
            <translation>Deschide conferința</translation>
        </message>
        <message>
            <location filename="../src/gui/window/mainwindow.cpp" line="501" />
            <source>Conference name on %1:</source>
            <translation>Numele conferinței pe %1:</translation>
        </message>
        <message>
            <location filename="../src/gui/window/mainwindow.cpp" line="529" />
            <source>Open a conference first.</source>
            <translation>Deschideți mai întâi o conferință.</translation>
        </message>
        <message>
            <location filename="../src/gui/window/mainwindow.cpp" line="587" />
            <source>Undo: %1 (Ctrl+Z)</source>
            <translation>Anulează: %1 (Ctrl+Z)</translation>
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
            <translation>Despre Conference Console</translation>
        </message>
        <message>
            <location filename="../src/gui/window/mainwindow.cpp" line="622" />
            <source>&lt;h3&gt;Conference Console %1&lt;/h3&gt;&lt;p&gt;Moderator console for FreeSWITCH conferences through the sipXconfig conference REST API.&lt;/p&gt;&lt;p&gt;Licensed under the GPL 3.0 or later.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Conference Console %1&lt;/h3&gt;&lt;p&gt;Consolă de moderator pentru conferințele FreeSWITCH prin API-ul REST de conferințe al sipXconfig.&lt;/p&gt;&lt;p&gt;Licențiat sub GPL 3.0 sau o versiune ulterioară.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>gui::MemberActions</name>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="55" />
            <source>Toggle mute</source>
            <translation>Comută microfonul</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="58" />
            <source>Toggle deaf</source>
            <translation>Comută auzul</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="61" />
            <source>Kick selected…</source>
            <translation>Elimină selectații…</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="66" />
            <source>Energy up</source>
            <translation>Crește energia</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="70" />
            <source>Energy down</source>
            <translation>Scade energia</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="76" />
            <source>Filter members</source>
            <translation>Filtrează participanții</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="83" />
            <source>Speaking volume up</source>
            <translation>Crește volumul vorbirii</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="88" />
            <source>Speaking volume down</source>
            <translation>Scade volumul vorbirii</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="94" />
            <source>Select the current talker</source>
            <translation>Selectează vorbitorul curent</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="98" />
            <source>Nobody is talking in %1 right now.</source>
            <translation>Nimeni nu vorbește acum în %1.</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="133" />
            <source>Select one or more members first.</source>
            <translation>Selectați mai întâi unul sau mai mulți participanți.</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="177" />
            <source>Transfer of %1 members to %2: %3 of %4 batches succeeded</source>
            <translation>Transferul a %1 participanți către %2: %3 din %4 loturi au reușit</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="263" />
            <location filename="../src/gui/conference/memberactions.cpp" line="264" />
            <source>Hang up</source>
            <translation>Închide apelul</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="264" />
            <source>Hang up %1? The call ends without the kicked sound.</source>
            <translation>Închideți apelul pentru %1? Apelul se încheie fără sunetul de eliminare.</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="267" />
            <location filename="../src/gui/conference/memberactions.cpp" line="268" />
            <source>Kick</source>
            <translation>Elimină</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="268" />
            <source>Remove %1 from %2?</source>
            <translation>Eliminați %1 din %2?</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="320" />
            <source>Mute</source>
            <translation>Dezactivează microfonul</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="324" />
            <source>Unmute</source>
            <translation>Activează microfonul</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="325" />
            <source>Deaf</source>
            <translation>Dezactivează auzul</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="329" />
            <source>Undeaf</source>
            <translation>Activează auzul</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="332" />
            <source>Energy…</source>
            <translation>Energie…</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="334" />
            <source>Volume in…</source>
            <translation>Volum intrare…</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="336" />
            <source>Volume out…</source>
            <translation>Volum ieșire…</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="347" />
            <source>Give floor</source>
            <translation>Dă cuvântul</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="356" />
            <source>Release floor</source>
            <translation>Retrage cuvântul</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="357" />
            <source>Hold</source>
            <translation>Așteptare</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="361" />
            <source>Unhold</source>
            <translation>Scoate din așteptare</translation>
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
            <translation>Elimină…</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="391" />
            <source>Hang up…</source>
            <translation>Închide apelul…</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="394" />
            <source>Copy caller ID</source>
            <translation>Copiază ID-ul apelantului</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="396" />
            <source>Copy UUID</source>
            <translation>Copiază UUID-ul</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="403" />
            <source>Send DTMF…</source>
            <translation>Trimite DTMF…</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="404" />
            <source>Send DTMF</source>
            <translation>Trimite DTMF</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="405" />
            <source>Digits to send to %1:</source>
            <translation>Cifre de trimis către %1:</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="411" />
            <source>Say to member…</source>
            <translation>Rostește participantului…</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="413" />
            <source>Say to member</source>
            <translation>Rostește participantului</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="414" />
            <source>Text to speak to %1:</source>
            <translation>Text de rostit pentru %1:</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="420" />
            <source>Play file to member…</source>
            <translation>Redă fișier participantului…</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="422" />
            <source>Play file to member</source>
            <translation>Redă fișier participantului</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="423" />
            <source>File to play to %1:</source>
            <translation>Fișier de redat pentru %1:</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="431" />
            <source>Stop playback</source>
            <translation>Oprește redarea</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="440" />
            <source>Transfer to conference</source>
            <translation>Transferă în conferință</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="451" />
            <source>No other conferences known</source>
            <translation>Nu se cunosc alte conferințe</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="455" />
            <source>Other conference…</source>
            <translation>Altă conferință…</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="457" />
            <source>Transfer</source>
            <translation>Transferă</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="458" />
            <source>Transfer %1 to conference:</source>
            <translation>Transferă %1 în conferința:</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="466" />
            <source>Relate</source>
            <translation>Relație</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="482" />
            <source>Cannot speak to %1 (nospeak)</source>
            <translation>Nu poate vorbi către %1 (nospeak)</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="483" />
            <source>Cannot hear %1 (nohear)</source>
            <translation>Nu îl poate auzi pe %1 (nohear)</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="484" />
            <source>Neither speak to nor hear %1</source>
            <translation>Nici nu vorbește către %1, nici nu îl aude</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="485" />
            <location filename="../src/gui/conference/memberactions.cpp" line="536" />
            <source>Clear relation</source>
            <translation>Șterge relația</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="497" />
            <source>No other members</source>
            <translation>Niciun alt participant</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="526" />
            <source>%1 → %2</source>
            <translation>%1 → %2</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="533" />
            <source>%1 cannot speak to %2 (nospeak)</source>
            <translation>%1 nu poate vorbi către %2 (nospeak)</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="534" />
            <source>%1 cannot hear %2 (nohear)</source>
            <translation>%1 nu îl poate auzi pe %2 (nohear)</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="535" />
            <source>Both (nospeak, nohear)</source>
            <translation>Ambele (nospeak, nohear)</translation>
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
            <translation>Toate fișierele (*)</translation>
        </message>
    </context>
    <context>
        <name>gui::RaiseHandPanel</name>
        <message>
            <location filename="../src/gui/conference/raisehandpanel.cpp" line="20" />
            <source>&amp;Give the floor</source>
            <translation>Dă &amp;cuvântul</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/raisehandpanel.cpp" line="23" />
            <source>&amp;Dismiss</source>
            <translation>&amp;Respinge</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/raisehandpanel.cpp" line="15" />
            <source>Raised hands</source>
            <translation>Mâini ridicate</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/raisehandpanel.cpp" line="13" />
            <source>Muted members who tried to speak, in the order they did.</source>
            <translation>Participanții cu microfonul oprit care au încercat să vorbească, în ordinea în care au făcut-o.</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/raisehandpanel.cpp" line="14" />
            <source>Nobody is waiting to speak.</source>
            <translation>Nimeni nu așteaptă să ia cuvântul.</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/raisehandpanel.cpp" line="22" />
            <source>Give the floor</source>
            <translation>Dă cuvântul</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/raisehandpanel.cpp" line="21" />
            <source>Unmute the selected member (Enter).</source>
            <translation>Activează microfonul participantului selectat (Enter).</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/raisehandpanel.cpp" line="25" />
            <source>Dismiss</source>
            <translation>Respinge</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/raisehandpanel.cpp" line="24" />
            <source>Lower the selected hand without unmuting (Delete).</source>
            <translation>Coboară mâna selectată fără a activa microfonul (Delete).</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/raisehandpanel.cpp" line="12" />
            <source>Raised hands (%1)</source>
            <translation>Mâini ridicate (%1)</translation>
        </message>
        <message numerus="yes">
            <location filename="../src/gui/conference/raisehandpanel.cpp" line="17" />
            <source>%n member(s) waiting to speak. Enter gives the floor, Delete dismisses.</source>
            <translation>
                <numerusform>%n participant așteaptă să ia cuvântul. Enter dă cuvântul, Delete respinge.</numerusform>
                <numerusform>%n participanți așteaptă să ia cuvântul. Enter dă cuvântul, Delete respinge.</numerusform>
                <numerusform>%n de participanți așteaptă să ia cuvântul. Enter dă cuvântul, Delete respinge.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>gui::RelationsPanel</name>
        <message>
            <location filename="../src/gui/conference/relationspanel.cpp" line="64" />
            <source>&lt;b&gt;Relations&lt;/b&gt;</source>
            <translation>&lt;b&gt;Relații&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/relationspanel.cpp" line="65" />
            <source>Who cannot speak to or hear whom, as reported by the server. Drag members onto each other in the table to add one.</source>
            <translation>Cine nu poate vorbi cu cine sau nu îl poate auzi pe cine, conform serverului. Trageți participanții unul peste altul în tabel pentru a adăuga o relație.</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/relationspanel.cpp" line="73" />
            <source>Relation</source>
            <translation>Relație</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/relationspanel.cpp" line="91" />
            <source>none — drag a member onto another to add one</source>
            <translation>niciuna — trageți un participant peste altul pentru a adăuga una</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/relationspanel.cpp" line="92" />
            <source>Drag one member onto another to stop them hearing or speaking to each other.</source>
            <translation>Trageți un participant peste altul pentru ca aceștia să nu se mai audă sau să nu-și mai vorbească.</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/relationspanel.cpp" line="112" />
            <source>%1 cannot speak to or hear %2</source>
            <translation>%1 nu poate vorbi către %2 și nici nu îl poate auzi</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/relationspanel.cpp" line="114" />
            <source>%1 cannot speak to %2</source>
            <translation>%1 nu poate vorbi către %2</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/relationspanel.cpp" line="116" />
            <source>%1 cannot hear %2</source>
            <translation>%1 nu îl poate auzi pe %2</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/relationspanel.cpp" line="117" />
            <source>%1 → %2 (no restriction)</source>
            <translation>%1 → %2 (fără restricții)</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/relationspanel.cpp" line="151" />
            <source>Clear</source>
            <translation>Șterge</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/relationspanel.cpp" line="152" />
            <source>Remove this relation (relate %1 %2 clear)</source>
            <translation>Elimină această relație (relate %1 %2 clear)</translation>
        </message>
    </context>
    <context>
        <name>gui::ServerConnection</name>
        <message>
            <location filename="../src/gui/connection/serverconnection.cpp" line="36" />
            <source>The event socket refused the password. Check the password in the connection settings (FreeSWITCH's default is ClueCon).</source>
            <translation>Socketul de evenimente a refuzat parola. Verificați parola în setările conexiunii (implicit, la FreeSWITCH este ClueCon).</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/serverconnection.cpp" line="42" />
            <source>Event socket: %1</source>
            <translation>Socket de evenimente: %1</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/serverconnection.cpp" line="128" />
            <source>Connecting…</source>
            <translation>Se conectează…</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/serverconnection.cpp" line="130" />
            <source>Connected</source>
            <translation>Conectat</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/serverconnection.cpp" line="132" />
            <source>Failed: %1</source>
            <translation>Eșuat: %1</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/serverconnection.cpp" line="134" />
            <source>Password refused</source>
            <translation>Parolă refuzată</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/serverconnection.cpp" line="134" />
            <source>Password refused: %1</source>
            <translation>Parolă refuzată: %1</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/serverconnection.cpp" line="230" />
            <location filename="../src/gui/connection/serverconnection.cpp" line="262" />
            <source>The conference list could not be read: %1</source>
            <translation>Lista de conferințe nu a putut fi citită: %1</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/serverconnection.cpp" line="249" />
            <source>No answer from the event socket.</source>
            <translation>Niciun răspuns de la socketul de evenimente.</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/serverconnection.cpp" line="254" />
            <source>FreeSWITCH could not list the conferences: %1</source>
            <translation>FreeSWITCH nu a putut lista conferințele: %1</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/serverconnection.cpp" line="270" />
            <source>1 member on the bridge</source>
            <translation>1 participant pe punte</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/serverconnection.cpp" line="271" />
            <source>%1 members on the bridge</source>
            <translation>%1 participanți pe punte</translation>
        </message>
    </context>
    <context>
        <name>gui::ShortcutsDialog</name>
        <message>
            <location filename="../src/gui/window/shortcutsdialog.cpp" line="15" />
            <source>Member table</source>
            <translation>Tabelul participanților</translation>
        </message>
        <message>
            <location filename="../src/gui/window/shortcutsdialog.cpp" line="16" />
            <source>Window</source>
            <translation>Fereastră</translation>
        </message>
        <message>
            <location filename="../src/gui/window/shortcutsdialog.cpp" line="20" />
            <source>Mute or unmute the selected members</source>
            <translation>Dezactivează sau activează microfonul participanților selectați</translation>
        </message>
        <message>
            <location filename="../src/gui/window/shortcutsdialog.cpp" line="21" />
            <source>Deaf or undeaf the selected members</source>
            <translation>Dezactivează sau activează auzul participanților selectați</translation>
        </message>
        <message>
            <location filename="../src/gui/window/shortcutsdialog.cpp" line="22" />
            <source>Kick the selected members (asks first)</source>
            <translation>Elimină participanții selectați (cere confirmare)</translation>
        </message>
        <message>
            <location filename="../src/gui/window/shortcutsdialog.cpp" line="23" />
            <source>Energy threshold up</source>
            <translation>Crește pragul de energie</translation>
        </message>
        <message>
            <location filename="../src/gui/window/shortcutsdialog.cpp" line="24" />
            <source>Energy threshold down</source>
            <translation>Scade pragul de energie</translation>
        </message>
        <message>
            <location filename="../src/gui/window/shortcutsdialog.cpp" line="25" />
            <source>Speaking volume up</source>
            <translation>Crește volumul vorbirii</translation>
        </message>
        <message>
            <location filename="../src/gui/window/shortcutsdialog.cpp" line="26" />
            <source>Speaking volume down</source>
            <translation>Scade volumul vorbirii</translation>
        </message>
        <message>
            <location filename="../src/gui/window/shortcutsdialog.cpp" line="28" />
            <source>Select the member who is talking now</source>
            <translation>Selectează participantul care vorbește acum</translation>
        </message>
        <message>
            <location filename="../src/gui/window/shortcutsdialog.cpp" line="30" />
            <source>Filter members by name or number</source>
            <translation>Filtrează participanții după nume sau număr</translation>
        </message>
        <message>
            <location filename="../src/gui/window/shortcutsdialog.cpp" line="31" />
            <source>Refresh the conference now</source>
            <translation>Reîmprospătează conferința acum</translation>
        </message>
        <message>
            <location filename="../src/gui/window/shortcutsdialog.cpp" line="32" />
            <source>Dial out into the conference</source>
            <translation>Cheamă pe cineva în conferință</translation>
        </message>
        <message>
            <location filename="../src/gui/window/shortcutsdialog.cpp" line="33" />
            <source>Attendance report of the conference</source>
            <translation>Raportul de prezență al conferinței</translation>
        </message>
        <message>
            <location filename="../src/gui/window/shortcutsdialog.cpp" line="34" />
            <source>Connect to a server</source>
            <translation>Conectare la un server</translation>
        </message>
        <message>
            <location filename="../src/gui/window/shortcutsdialog.cpp" line="35" />
            <source>Saved and open connections</source>
            <translation>Conexiuni salvate și deschise</translation>
        </message>
        <message>
            <location filename="../src/gui/window/shortcutsdialog.cpp" line="36" />
            <source>Open a conference by name</source>
            <translation>Deschide o conferință după nume</translation>
        </message>
        <message>
            <location filename="../src/gui/window/shortcutsdialog.cpp" line="37" />
            <source>Refresh the conference lists</source>
            <translation>Reîmprospătează listele de conferințe</translation>
        </message>
        <message>
            <location filename="../src/gui/window/shortcutsdialog.cpp" line="38" />
            <source>Close the conference tab</source>
            <translation>Închide fila conferinței</translation>
        </message>
        <message>
            <location filename="../src/gui/window/shortcutsdialog.cpp" line="40" />
            <source>Undo moving members to another conference (while offered)</source>
            <translation>Anulează transferul participanților în altă conferință (cât timp este oferit)</translation>
        </message>
        <message>
            <location filename="../src/gui/window/shortcutsdialog.cpp" line="42" />
            <source>Quit</source>
            <translation>Ieșire</translation>
        </message>
        <message>
            <location filename="../src/gui/window/shortcutsdialog.cpp" line="43" />
            <source>Show this list</source>
            <translation>Afișează această listă</translation>
        </message>
        <message>
            <location filename="../src/gui/window/shortcutsdialog.cpp" line="51" />
            <location filename="../src/gui/window/shortcutsdialog.cpp" line="61" />
            <source>Keyboard shortcuts</source>
            <translation>Scurtături de tastatură</translation>
        </message>
        <message>
            <location filename="../src/gui/window/shortcutsdialog.cpp" line="54" />
            <source>Member keys act on the selected rows of the conference tab that has the focus.</source>
            <translation>Tastele pentru participanți acționează asupra rândurilor selectate din fila de conferință care are focusul.</translation>
        </message>
        <message>
            <location filename="../src/gui/window/shortcutsdialog.cpp" line="62" />
            <source>Key</source>
            <translation>Tastă</translation>
        </message>
        <message>
            <location filename="../src/gui/window/shortcutsdialog.cpp" line="62" />
            <source>Action</source>
            <translation>Acțiune</translation>
        </message>
        <message>
            <location filename="../src/gui/window/shortcutsdialog.cpp" line="62" />
            <source>Where</source>
            <translation>Unde</translation>
        </message>
        <message>
            <location filename="../src/gui/window/shortcutsdialog.cpp" line="73" />
            <location filename="../src/gui/window/shortcutsdialog.cpp" line="77" />
            <source> or </source>
            <translation> sau </translation>
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
            <translation>%1 și %2</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/speakertimeline.cpp" line="52" />
            <source>Speaker timeline</source>
            <translation>Cronologia vorbitorilor</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/speakertimeline.cpp" line="105" />
            <source>Speaker timeline &amp;range</source>
            <translation>&amp;Intervalul cronologiei vorbitorilor</translation>
        </message>
        <message numerus="yes">
            <location filename="../src/gui/conference/speakertimeline.cpp" line="110" />
            <source>Last %n min</source>
            <translation>
                <numerusform>Ultimul %n min</numerusform>
                <numerusform>Ultimele %n min</numerusform>
                <numerusform>Ultimele %n min</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../src/gui/conference/speakertimeline.cpp" line="168" />
            <location filename="../src/gui/conference/speakertimeline.cpp" line="432" />
            <source>No conference.</source>
            <translation>Nicio conferință.</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/speakertimeline.cpp" line="171" />
            <source>Nobody is talking now.</source>
            <translation>Nimeni nu vorbește acum.</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/speakertimeline.cpp" line="173" />
            <source>%1 is talking now.</source>
            <translation>%1 vorbește acum.</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/speakertimeline.cpp" line="175" />
            <source>%1 are talking now.</source>
            <translation>%1 vorbesc acum.</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/speakertimeline.cpp" line="177" />
            <source>%1 spoke most in the last %2 (%3).</source>
            <translation>%1 a vorbit cel mai mult în ultimele %2 (%3).</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/speakertimeline.cpp" line="180" />
            <source>Nobody spoke in the last %1.</source>
            <translation>Nimeni nu a vorbit în ultimele %1.</translation>
        </message>
        <message numerus="yes">
            <location filename="../src/gui/conference/speakertimeline.cpp" line="219" />
            <location filename="../src/gui/conference/speakertimeline.cpp" line="428" />
            <source>+%n more</source>
            <translation>
                <numerusform>+%n altul</numerusform>
                <numerusform>+%n alții</numerusform>
                <numerusform>+%n de alții</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../src/gui/conference/speakertimeline.cpp" line="303" />
            <source>%n min</source>
            <translation>
                <numerusform>%n min</numerusform>
                <numerusform>%n min</numerusform>
                <numerusform>%n min</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../src/gui/conference/speakertimeline.cpp" line="311" />
            <source>%1 — silent in the last %2</source>
            <translation>%1 — nu a vorbit în ultimele %2</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/speakertimeline.cpp" line="312" />
            <source>%1 — spoke %2 in the last %3, %4</source>
            <translation>%1 — a vorbit %2 în ultimele %3, %4</translation>
        </message>
        <message numerus="yes">
            <location filename="../src/gui/conference/speakertimeline.cpp" line="314" />
            <source>%n turn(s)</source>
            <translation>
                <numerusform>%n intervenție</numerusform>
                <numerusform>%n intervenții</numerusform>
                <numerusform>%n de intervenții</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../src/gui/conference/speakertimeline.cpp" line="316" />
            <source>%1; talking now</source>
            <translation>%1; vorbește acum</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/speakertimeline.cpp" line="318" />
            <source>%1; left the conference</source>
            <translation>%1; a părăsit conferința</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/speakertimeline.cpp" line="320" />
            <source>%1. Talk time in the meeting: %2</source>
            <translation>%1. Timp de vorbire în toată ședința: %2</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/speakertimeline.cpp" line="355" />
            <source>Not shown: %1</source>
            <translation>Neafișați: %1</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/speakertimeline.cpp" line="432" />
            <source>Nobody in the conference.</source>
            <translation>Nimeni în conferință.</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/speakertimeline.cpp" line="458" />
            <source>now</source>
            <translation>acum</translation>
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
            <translation>Vorbește</translation>
        </message>
        <message>
            <location filename="../src/gui/common/statusicons.cpp" line="305" />
            <source>Muted</source>
            <translation>Mut</translation>
        </message>
        <message>
            <location filename="../src/gui/common/statusicons.cpp" line="307" />
            <source>Deaf</source>
            <translation>Surd</translation>
        </message>
        <message>
            <location filename="../src/gui/common/statusicons.cpp" line="309" />
            <source>Floor</source>
            <translation>Cuvânt</translation>
        </message>
        <message>
            <location filename="../src/gui/common/statusicons.cpp" line="311" />
            <source>Moderator</source>
            <translation>Moderator</translation>
        </message>
        <message>
            <location filename="../src/gui/common/statusicons.cpp" line="313" />
            <source>On hold</source>
            <translation>În așteptare</translation>
        </message>
        <message>
            <location filename="../src/gui/common/statusicons.cpp" line="315" />
            <source>Video</source>
            <translation>Video</translation>
        </message>
        <message>
            <location filename="../src/gui/common/statusicons.cpp" line="317" />
            <source>Recording</source>
            <translation>Înregistrare</translation>
        </message>
        <message>
            <location filename="../src/gui/common/statusicons.cpp" line="319" />
            <source>Locked</source>
            <translation>Blocată</translation>
        </message>
        <message>
            <location filename="../src/gui/common/statusicons.cpp" line="321" />
            <source>Relation</source>
            <translation>Relație</translation>
        </message>
        <message>
            <location filename="../src/gui/common/statusicons.cpp" line="323" />
            <source>Conference Console</source>
            <translation>Conference Console</translation>
        </message>
        <message>
            <location filename="../src/gui/common/statusicons.cpp" line="325" />
            <source>Wants to speak</source>
            <translation>Vrea să vorbească</translation>
        </message>
    </context>
    <context>
        <name>gui::Theme</name>
        <message>
            <location filename="../src/gui/common/theme.cpp" line="167" />
            <source>&amp;Theme</source>
            <translation>&amp;Temă</translation>
        </message>
        <message>
            <location filename="../src/gui/common/theme.cpp" line="172" />
            <source>&amp;System</source>
            <translation>&amp;Sistem</translation>
        </message>
        <message>
            <location filename="../src/gui/common/theme.cpp" line="173" />
            <source>&amp;Light</source>
            <translation>&amp;Luminoasă</translation>
        </message>
        <message>
            <location filename="../src/gui/common/theme.cpp" line="174" />
            <source>&amp;Dark</source>
            <translation>Întune&amp;cată</translation>
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
            <translation>Trimite</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/troubleconsole.cpp" line="54" />
            <source>Commands typed below go to the open conference; the server's answers appear here.</source>
            <translation>Comenzile introduse mai jos merg către conferința deschisă; răspunsurile serverului apar aici.</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/troubleconsole.cpp" line="58" />
            <source>mod_conference command, e.g. mute 5 or relate 1,2 3 nospeak</source>
            <translation>comandă mod_conference, de ex. mute 5 sau relate 1,2 3 nospeak</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/troubleconsole.cpp" line="60" />
            <source>Command line</source>
            <translation>Linie de comandă</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/troubleconsole.cpp" line="61" />
            <source>Type a mod_conference command and press Enter to send it</source>
            <translation>Introduceți o comandă mod_conference și apăsați Enter pentru a o trimite</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/troubleconsole.cpp" line="62" />
            <source>Console transcript</source>
            <translation>Transcrierea consolei</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/troubleconsole.cpp" line="75" />
            <source>Command syntax</source>
            <translation>Sintaxa comenzii</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/troubleconsole.cpp" line="80" />
            <source>Clear</source>
            <translation>Golește</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/troubleconsole.cpp" line="82" />
            <source>Clear the transcript; the command history stays</source>
            <translation>Golește transcrierea; istoricul comenzilor rămâne</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/troubleconsole.cpp" line="138" />
            <source>Open a conference to send commands to it.</source>
            <translation>Deschideți o conferință pentru a-i trimite comenzi.</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/troubleconsole.cpp" line="143" />
            <source>Type a command; pick from the list to complete it, Up/Down recall earlier lines.</source>
            <translation>Introduceți o comandă; alegeți din listă pentru a o completa, Sus/Jos readuc rândurile anterioare.</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/troubleconsole.cpp" line="157" />
            <source>Unknown command “%1”.</source>
            <translation>Comandă necunoscută „%1”.</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/troubleconsole.cpp" line="186" />
            <source>No conference is open; nothing was sent.</source>
            <translation>Nicio conferință nu este deschisă; nu s-a trimis nimic.</translation>
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
            <translation>(trimisă ca %1)</translation>
        </message>
    </context>
    <context>
        <name>gui::TroubleExplainPanel</name>
        <message>
            <location filename="../src/gui/troubleshooting/troubleexplainpanel.cpp" line="17" />
            <source>What to check:</source>
            <translation>Ce trebuie verificat:</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/troubleexplainpanel.cpp" line="39" />
            <source>What to check</source>
            <translation>Ce trebuie verificat</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/troubleexplainpanel.cpp" line="79" />
            <source>No failure</source>
            <translation>Niciun eșec</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/troubleexplainpanel.cpp" line="82" />
            <source>When a command or a poll of the current conference fails, this tab explains in plain words what happened and what to check.</source>
            <translation>Când o comandă sau o interogare a conferinței curente eșuează, această filă explică pe înțeles ce s-a întâmplat și ce trebuie verificat.</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/troubleexplainpanel.cpp" line="100" />
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/troubleexplainpanel.cpp" line="110" />
            <source>Trying again later may work without changing anything.</source>
            <translation>O nouă încercare mai târziu poate reuși fără nicio modificare.</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/troubleexplainpanel.cpp" line="111" />
            <source>Trying again unchanged will fail the same way.</source>
            <translation>O nouă încercare fără modificări va eșua la fel.</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/troubleexplainpanel.cpp" line="119" />
            <source>Server said: %1</source>
            <translation>Serverul a spus: %1</translation>
        </message>
    </context>
    <context>
        <name>gui::TroubleshootingDock</name>
        <message>
            <location filename="../src/gui/troubleshooting/troubleshootingdock.cpp" line="20" />
            <location filename="../src/gui/troubleshooting/troubleshootingdock.cpp" line="29" />
            <source>Troubleshooting</source>
            <translation>Depanare</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/troubleshootingdock.cpp" line="30" />
            <source>Administrator tools: raw command console, request log, xml_list viewer and failure explanations for the current conference</source>
            <translation>Instrumente de administrator: consolă de comenzi brute, jurnal de cereri, vizualizator xml_list și explicații ale eșecurilor pentru conferința curentă</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/troubleshootingdock.cpp" line="34" />
            <source>Console</source>
            <translation>Consolă</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/troubleshootingdock.cpp" line="35" />
            <source>Log</source>
            <translation>Jurnal</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/troubleshootingdock.cpp" line="36" />
            <source>XML</source>
            <translation>XML</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/troubleshootingdock.cpp" line="37" />
            <source>Explain</source>
            <translation>Explicație</translation>
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
            <translation>se citește lista de participanți (xml_list)</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/troubleshootingdock.cpp" line="149" />
            <source>polling stopped</source>
            <translation>interogarea s-a oprit</translation>
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
            <translation>Răspunsul xml_list brut al conferinței deschise apare aici.</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/xmlviewer.cpp" line="60" />
            <source>Field</source>
            <translation>Câmp</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/xmlviewer.cpp" line="60" />
            <source>Value as sent</source>
            <translation>Valoare așa cum a fost trimisă</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/xmlviewer.cpp" line="60" />
            <source>Decoded</source>
            <translation>Decodificat</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/xmlviewer.cpp" line="58" />
            <location filename="../src/gui/troubleshooting/xmlviewer.cpp" line="70" />
            <source>Freeze</source>
            <translation>Îngheață</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/xmlviewer.cpp" line="56" />
            <source>Conference fields</source>
            <translation>Câmpurile conferinței</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/xmlviewer.cpp" line="57" />
            <source>Raw xml_list text</source>
            <translation>Textul xml_list brut</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/xmlviewer.cpp" line="59" />
            <source>Keep the current text while reading</source>
            <translation>Păstrează textul curent în timpul citirii</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/xmlviewer.cpp" line="73" />
            <source>Keep the current text while you read it; new answers are shown when you release the button.</source>
            <translation>Păstrează textul curent cât timp îl citiți; răspunsurile noi sunt afișate când eliberați butonul.</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/xmlviewer.cpp" line="189" />
            <source>Not well-formed XML at line %1, column %2: %3</source>
            <translation>XML incorect format la linia %1, coloana %2: %3</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/xmlviewer.cpp" line="255" />
            <source>%1 → %2</source>
            <translation>%1 → %2</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/xmlviewer.cpp" line="268" />
            <source>member %1</source>
            <translation>participantul %1</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/xmlviewer.cpp" line="276" />
            <source>recording</source>
            <translation>înregistrare</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/xmlviewer.cpp" line="306" />
            <source>No xml_list answer yet.</source>
            <translation>Încă niciun răspuns xml_list.</translation>
        </message>
        <message numerus="yes">
            <location filename="../src/gui/troubleshooting/xmlviewer.cpp" line="308" />
            <source>Answer of %1, %n byte(s).</source>
            <translation>
                <numerusform>Răspunsul de la %1, %n octet.</numerusform>
                <numerusform>Răspunsul de la %1, %n octeți.</numerusform>
                <numerusform>Răspunsul de la %1, %n de octeți.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/xmlviewer.cpp" line="312" />
            <source>Frozen — a newer answer (%1) is waiting.</source>
            <translation>Înghețat — un răspuns mai nou (%1) așteaptă.</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/xmlviewer.cpp" line="314" />
            <source>Frozen.</source>
            <translation>Înghețat.</translation>
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
            <translation>Limbă necunoscută „%1”; folosiți una dintre: %2.</translation>
        </message>
        <message>
            <location filename="../src/app/main.cpp" line="57" />
            <source>Moderator console for FreeSWITCH conferences via sipXconfig.</source>
            <translation>Consolă de moderator pentru conferințele FreeSWITCH prin sipXconfig.</translation>
        </message>
        <message>
            <location filename="../src/app/main.cpp" line="29" />
            <source>Start the built-in conference bridge simulator and connect to it as alice.</source>
            <translation>Pornește simulatorul de punte de conferință încorporat și conectează-te la el ca alice.</translation>
        </message>
        <message>
            <location filename="../src/app/main.cpp" line="32" />
            <source>Connect with the saved profile &lt;name&gt;.</source>
            <translation>Conectează-te cu profilul salvat &lt;nume&gt;.</translation>
        </message>
        <message>
            <location filename="../src/app/main.cpp" line="33" />
            <location filename="../src/app/main.cpp" line="51" />
            <source>name</source>
            <translation>nume</translation>
        </message>
        <message>
            <location filename="../src/app/main.cpp" line="36" />
            <source>Save a picture of the main window to &lt;file&gt; (with --quit-after).</source>
            <translation>Salvează o imagine a ferestrei principale în &lt;fișier&gt; (cu --quit-after).</translation>
        </message>
        <message>
            <location filename="../src/app/main.cpp" line="38" />
            <source>file</source>
            <translation>fișier</translation>
        </message>
        <message>
            <location filename="../src/app/main.cpp" line="40" />
            <source>Quit after &lt;seconds&gt;.</source>
            <translation>Ieși după &lt;secunde&gt;.</translation>
        </message>
        <message>
            <location filename="../src/app/main.cpp" line="41" />
            <source>seconds</source>
            <translation>secunde</translation>
        </message>
        <message>
            <location filename="../src/app/main.cpp" line="43" />
            <source>User interface language &lt;code&gt;: en, ro, de or fr (default: the system language).</source>
            <translation>Limba interfeței &lt;cod&gt;: en, ro, de sau fr (implicit: limba sistemului).</translation>
        </message>
        <message>
            <location filename="../src/app/main.cpp" line="46" />
            <source>code</source>
            <translation>cod</translation>
        </message>
        <message>
            <location filename="../src/app/main.cpp" line="49" />
            <source>Colour theme &lt;name&gt;: system, light or dark (default: the last one chosen in View ▸ Theme).</source>
            <translation>Tema de culori &lt;nume&gt;: system, light sau dark (implicit: ultima aleasă în Vizualizare ▸ Temă).</translation>
        </message>
        <message>
            <location filename="../src/app/main.cpp" line="53" />
            <source>Same as --theme dark.</source>
            <translation>La fel ca --theme dark.</translation>
        </message>
        <message>
            <location filename="../src/app/main.cpp" line="156" />
            <source>Unknown theme “%1”; use system, light or dark.</source>
            <translation>Temă necunoscută „%1”; folosiți system, light sau dark.</translation>
        </message>
        <message>
            <location filename="../src/app/main.cpp" line="172" />
            <source>--quit-after needs a number of seconds.</source>
            <translation>--quit-after are nevoie de un număr de secunde.</translation>
        </message>
        <message>
            <location filename="../src/app/main.cpp" line="191" />
            <source>Demo</source>
            <translation>Demonstrație</translation>
        </message>
        <message>
            <location filename="../src/app/main.cpp" line="210" />
            <source>Could not write the screenshot %1.</source>
            <translation>Nu s-a putut scrie captura de ecran %1.</translation>
        </message>
        <message>
            <location filename="../src/app/main.cpp" line="219" />
            <source>--screenshot needs --quit-after.</source>
            <translation>--screenshot are nevoie de --quit-after.</translation>
        </message>
    </context>
</TS>
