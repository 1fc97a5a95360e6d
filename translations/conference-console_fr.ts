<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
    <context>
        <name>ConnectionDialog</name>
        <message>
            <location filename="../ui/connectiondialog.ui" line="20" />
            <source>Connection</source>
            <translation>Connexion</translation>
        </message>
        <message>
            <location filename="../ui/connectiondialog.ui" line="31" />
            <source>&amp;Name:</source>
            <translation>&amp;Nom :</translation>
        </message>
        <message>
            <location filename="../ui/connectiondialog.ui" line="41" />
            <source>Head office PBX</source>
            <translation>PBX du siège</translation>
        </message>
        <message>
            <location filename="../ui/connectiondialog.ui" line="48" />
            <source>&amp;Connect through:</source>
            <translation>&amp;Connexion via :</translation>
        </message>
        <message>
            <location filename="../ui/connectiondialog.ui" line="59" />
            <source>sipXconfig REST API</source>
            <translation>API REST sipXconfig</translation>
        </message>
        <message>
            <location filename="../ui/connectiondialog.ui" line="64" />
            <source>FreeSWITCH event socket</source>
            <translation>Socket d’événements FreeSWITCH</translation>
        </message>
        <message>
            <location filename="../ui/connectiondialog.ui" line="72" />
            <source>Server &amp;address:</source>
            <translation>&amp;Adresse du serveur :</translation>
        </message>
        <message>
            <location filename="../ui/connectiondialog.ui" line="89" />
            <source>&amp;User:</source>
            <translation>&amp;Utilisateur :</translation>
        </message>
        <message>
            <location filename="../ui/connectiondialog.ui" line="102" />
            <source>FreeSWITCH &amp;host:</source>
            <translation>&amp;Hôte FreeSWITCH :</translation>
        </message>
        <message>
            <location filename="../ui/connectiondialog.ui" line="119" />
            <source>Event socket p&amp;ort:</source>
            <translation>P&amp;ort du socket d’événements :</translation>
        </message>
        <message>
            <location filename="../ui/connectiondialog.ui" line="159" />
            <source>&amp;Password:</source>
            <translation>Mot de &amp;passe :</translation>
        </message>
        <message>
            <location filename="../ui/connectiondialog.ui" line="176" />
            <source>The password is saved in the system keychain when one is available, otherwise kept in memory for this session only.</source>
            <translation>Le mot de passe est enregistré dans le trousseau système s’il en existe un ; sinon, il est conservé en mémoire pour cette session uniquement.</translation>
        </message>
        <message>
            <location filename="../ui/connectiondialog.ui" line="186" />
            <source>Command &amp;method:</source>
            <translation>&amp;Méthode des commandes :</translation>
        </message>
        <message>
            <location filename="../ui/connectiondialog.ui" line="197" />
            <source>Auto (PUT, fall back to GET on 405)</source>
            <translation>Auto (PUT, repli sur GET en cas de 405)</translation>
        </message>
        <message>
            <location filename="../ui/connectiondialog.ui" line="202" />
            <source>GET (upstream sipXconfig)</source>
            <translation>GET (sipXconfig d’origine)</translation>
        </message>
        <message>
            <location filename="../ui/connectiondialog.ui" line="207" />
            <source>PUT (as documented)</source>
            <translation>PUT (selon la documentation)</translation>
        </message>
        <message>
            <location filename="../ui/connectiondialog.ui" line="215" />
            <source>&amp;Refresh every:</source>
            <translation>Actualiser &amp;toutes les :</translation>
        </message>
        <message>
            <location filename="../ui/connectiondialog.ui" line="227" />
            <source> s</source>
            <translation> s</translation>
        </message>
        <message>
            <location filename="../ui/connectiondialog.ui" line="266" />
            <source>Trusted certificates (pinned SHA-256 fingerprints)</source>
            <translation>Certificats approuvés (empreintes SHA-256 épinglées)</translation>
        </message>
        <message>
            <location filename="../ui/connectiondialog.ui" line="287" />
            <source>Re&amp;move</source>
            <translation>&amp;Supprimer</translation>
        </message>
    </context>
    <context>
        <name>DialOutDialog</name>
        <message>
            <location filename="../ui/dialoutdialog.ui" line="20" />
            <source>Dial out</source>
            <translation>Appeler</translation>
        </message>
        <message>
            <location filename="../ui/dialoutdialog.ui" line="33" />
            <source>How to reach the participant</source>
            <translation>Comment joindre le participant</translation>
        </message>
        <message>
            <location filename="../ui/dialoutdialog.ui" line="39" />
            <source>Dial and &amp;wait (FreeSWITCH dial)</source>
            <translation>Appeler et a&amp;ttendre (dial FreeSWITCH)</translation>
        </message>
        <message>
            <location filename="../ui/dialoutdialog.ui" line="49" />
            <source>Dial in the &amp;background (bgdial)</source>
            <translation>Appeler en arrière-&amp;plan (bgdial)</translation>
        </message>
        <message>
            <location filename="../ui/dialoutdialog.ui" line="56" />
            <source>&amp;Invite (sipXconfig: user, extension or SIP address)</source>
            <translation>&amp;Inviter (sipXconfig : utilisateur, poste ou adresse SIP)</translation>
        </message>
        <message>
            <location filename="../ui/dialoutdialog.ui" line="63" />
            <source>Invite by I&amp;M ID (sipXconfig)</source>
            <translation>Inviter par identifiant I&amp;M (sipXconfig)</translation>
        </message>
        <message>
            <location filename="../ui/dialoutdialog.ui" line="95" />
            <source>&amp;Endpoint:</source>
            <translation>Point de t&amp;erminaison :</translation>
        </message>
        <message>
            <location filename="../ui/dialoutdialog.ui" line="135" />
            <source>De&amp;stination:</source>
            <translation>De&amp;stination :</translation>
        </message>
        <message>
            <location filename="../ui/dialoutdialog.ui" line="145" />
            <source>1000@pbx.example.com</source>
            <translation>1000@pbx.example.com</translation>
        </message>
        <message>
            <location filename="../ui/dialoutdialog.ui" line="152" />
            <source>Caller ID &amp;number:</source>
            <translation>&amp;Numéro d’appelant :</translation>
        </message>
        <message>
            <location filename="../ui/dialoutdialog.ui" line="162" />
            <source>optional, e.g. 2000</source>
            <translation>facultatif, p. ex. 2000</translation>
        </message>
        <message>
            <location filename="../ui/dialoutdialog.ui" line="169" />
            <source>Caller ID n&amp;ame:</source>
            <translation>N&amp;om d’appelant :</translation>
        </message>
        <message>
            <location filename="../ui/dialoutdialog.ui" line="179" />
            <source>optional, e.g. Sales conference</source>
            <translation>facultatif, p. ex. Conférence commerciale</translation>
        </message>
        <message>
            <location filename="../ui/dialoutdialog.ui" line="186" />
            <source>&amp;Variables:</source>
            <translation>&amp;Variables :</translation>
        </message>
        <message>
            <location filename="../ui/dialoutdialog.ui" line="226" />
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <location filename="../ui/dialoutdialog.ui" line="231" />
            <source>Value</source>
            <translation>Valeur</translation>
        </message>
        <message>
            <location filename="../ui/dialoutdialog.ui" line="241" />
            <source>A&amp;dd</source>
            <translation>A&amp;jouter</translation>
        </message>
        <message>
            <location filename="../ui/dialoutdialog.ui" line="248" />
            <source>&amp;Remove</source>
            <translation>Supp&amp;rimer</translation>
        </message>
        <message>
            <location filename="../ui/dialoutdialog.ui" line="291" />
            <source>&amp;Target:</source>
            <translation>&amp;Cible :</translation>
        </message>
        <message>
            <location filename="../ui/dialoutdialog.ui" line="347" />
            <source>&amp;Use invite instead</source>
            <translation>Utiliser pl&amp;utôt l’invitation</translation>
        </message>
        <message>
            <location filename="../ui/dialoutdialog.ui" line="357" />
            <source>Preview</source>
            <translation>Aperçu</translation>
        </message>
        <message>
            <location filename="../ui/dialoutdialog.ui" line="366" />
            <source>REST:</source>
            <translation>REST :</translation>
        </message>
        <message>
            <location filename="../ui/dialoutdialog.ui" line="386" />
            <source>API:</source>
            <translation>API :</translation>
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
            <translation>&lt;h2&gt;Aucune conférence ouverte&lt;/h2&gt;&lt;p&gt;Connectez-vous à un serveur : un serveur sipXconfig via son API REST de conférence, ou un commutateur FreeSWITCH via son socket d’événements (Fichier ▸ Connexion…, ou une connexion enregistrée dans Fichier ▸ Connexions…). Double-cliquez ensuite sur une conférence dans la liste de gauche, ou utilisez Fichier ▸ Ouvrir une conférence par son nom….&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.ui" line="94" />
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.ui" line="106" />
            <source>&amp;View</source>
            <translation>&amp;Affichage</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.ui" line="111" />
            <source>&amp;Help</source>
            <translation>Aid&amp;e</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.ui" line="122" />
            <source>Main toolbar</source>
            <translation>Barre d’outils principale</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.ui" line="143" />
            <source>&amp;Connect…</source>
            <translation>&amp;Connexion…</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.ui" line="146" />
            <source>Connect to a sipXconfig server</source>
            <translation>Se connecter à un serveur sipXconfig</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.ui" line="149" />
            <source>Ctrl+N</source>
            <translation>Ctrl+N</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.ui" line="154" />
            <source>&amp;Open conference by name…</source>
            <translation>&amp;Ouvrir une conférence par son nom…</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.ui" line="157" />
            <source>Open a conference of the selected server by its name</source>
            <translation>Ouvrir une conférence du serveur sélectionné par son nom</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.ui" line="160" />
            <source>Ctrl+O</source>
            <translation>Ctrl+O</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.ui" line="165" />
            <source>Refresh conference &amp;list</source>
            <translation>Actualiser la &amp;liste des conférences</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.ui" line="168" />
            <source>Fetch the conference lists of all servers again</source>
            <translation>Récupérer à nouveau les listes de conférences de tous les serveurs</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.ui" line="171" />
            <source>Ctrl+R</source>
            <translation>Ctrl+R</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.ui" line="176" />
            <source>&amp;Close conference</source>
            <translation>&amp;Fermer la conférence</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.ui" line="179" />
            <source>Ctrl+W</source>
            <translation>Ctrl+W</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.ui" line="184" />
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.ui" line="187" />
            <source>Ctrl+Q</source>
            <translation>Ctrl+Q</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.ui" line="192" />
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Raccourcis clavier</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.ui" line="197" />
            <source>&amp;About Conference Console</source>
            <translation>À &amp;propos de Conference Console</translation>
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
            <translation>Nom</translation>
        </message>
        <message>
            <location filename="../src/core/insights/attendancetracker.cpp" line="353" />
            <source>Number</source>
            <translation>Numéro</translation>
        </message>
        <message>
            <location filename="../src/core/insights/attendancetracker.cpp" line="353" />
            <source>Moderator</source>
            <translation>Modérateur</translation>
        </message>
        <message>
            <location filename="../src/core/insights/attendancetracker.cpp" line="354" />
            <source>Joined</source>
            <translation>Arrivée</translation>
        </message>
        <message>
            <location filename="../src/core/insights/attendancetracker.cpp" line="354" />
            <source>Left</source>
            <translation>Départ</translation>
        </message>
        <message>
            <location filename="../src/core/insights/attendancetracker.cpp" line="355" />
            <source>Present</source>
            <translation>Présence</translation>
        </message>
        <message>
            <location filename="../src/core/insights/attendancetracker.cpp" line="355" />
            <source>Talk time</source>
            <translation>Temps de parole</translation>
        </message>
        <message>
            <location filename="../src/core/insights/attendancetracker.cpp" line="356" />
            <source>Talk turns</source>
            <translation>Prises de parole</translation>
        </message>
        <message>
            <location filename="../src/core/insights/attendancetracker.cpp" line="356" />
            <source>Muted</source>
            <translation>Micro coupé</translation>
        </message>
        <message>
            <location filename="../src/core/insights/attendancetracker.cpp" line="368" />
            <source>yes</source>
            <translation>oui</translation>
        </message>
        <message>
            <location filename="../src/core/insights/attendancetracker.cpp" line="368" />
            <source>no</source>
            <translation>non</translation>
        </message>
        <message>
            <location filename="../src/core/insights/attendancetracker.cpp" line="370" />
            <source>still here</source>
            <translation>toujours présent</translation>
        </message>
        <message>
            <location filename="../src/core/insights/attendancetracker.cpp" line="389" />
            <source>Totals: members %1, talk time %2, talk turns %3, muted %4</source>
            <translation>Totaux : participants %1, temps de parole %2, prises de parole %3, micro coupé %4</translation>
        </message>
        <message>
            <location filename="../src/core/insights/attendancetracker.cpp" line="410" />
            <location filename="../src/core/insights/attendancetracker.cpp" line="436" />
            <source>Attendance — %1</source>
            <translation>Liste de présence — %1</translation>
        </message>
        <message>
            <location filename="../src/core/insights/attendancetracker.cpp" line="412" />
            <location filename="../src/core/insights/attendancetracker.cpp" line="447" />
            <source>Meeting start: %1</source>
            <translation>Début de la réunion : %1</translation>
        </message>
        <message>
            <location filename="../src/core/insights/attendancetracker.cpp" line="413" />
            <location filename="../src/core/insights/attendancetracker.cpp" line="449" />
            <source>Report time: %1</source>
            <translation>Heure du rapport : %1</translation>
        </message>
        <message>
            <location filename="../src/core/insights/attendancetracker.cpp" line="428" />
            <source>Nobody has been seen in the conference.</source>
            <translation>Aucun participant n’a été vu dans la conférence.</translation>
        </message>
    </context>
    <context>
        <name>cc::AuditLog</name>
        <message>
            <location filename="../src/core/diagnostics/auditlog.cpp" line="279" />
            <source>The folder %1 for the audit log cannot be created.</source>
            <translation>Impossible de créer le dossier %1 du journal d’audit.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/auditlog.cpp" line="287" />
            <location filename="../src/core/diagnostics/auditlog.cpp" line="323" />
            <source>The audit log %1 cannot be written: %2</source>
            <translation>Impossible d’écrire le journal d’audit %1 : %2</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/auditlog.cpp" line="300" />
            <source>The old audit log %1 cannot be removed.</source>
            <translation>Impossible de supprimer l’ancien journal d’audit %1.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/auditlog.cpp" line="306" />
            <source>The audit log %1 cannot be renamed to %2.</source>
            <translation>Impossible de renommer le journal d’audit %1 en %2.</translation>
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
[… %1 octets au total]</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandresponse.cpp" line="160" />
            <source>The invitation needs exactly one person or number to invite.</source>
            <translation>L’invitation nécessite exactement une personne ou un numéro à inviter.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandresponse.cpp" line="164" />
            <location filename="../src/core/commands/commandresponse.cpp" line="311" />
            <source>No command was given to the conference.</source>
            <translation>Aucune commande n’a été transmise à la conférence.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandresponse.cpp" line="166" />
            <source>The server did not accept the request (bad request).</source>
            <translation>Le serveur n’a pas accepté la requête (requête incorrecte).</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandresponse.cpp" line="170" />
            <location filename="../src/core/rest/restclient.cpp" line="521" />
            <source>The server did not accept the user name or password.</source>
            <translation>Le serveur n’a pas accepté le nom d’utilisateur ou le mot de passe.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandresponse.cpp" line="174" />
            <source>You are not the owner of this conference, so you cannot control it.</source>
            <translation>Vous n’êtes pas le propriétaire de cette conférence : vous ne pouvez donc pas la piloter.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandresponse.cpp" line="179" />
            <source>sipXconfig does not know a conference with this name.</source>
            <translation>sipXconfig ne connaît aucune conférence portant ce nom.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandresponse.cpp" line="182" />
            <source>The server has no such address. Check the server URL in the connection settings.</source>
            <translation>Cette adresse n’existe pas sur le serveur. Vérifiez l’URL du serveur dans les paramètres de connexion.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandresponse.cpp" line="187" />
            <source>The server does not allow this request method for commands; send commands with GET.</source>
            <translation>Le serveur n’autorise pas cette méthode de requête pour les commandes ; envoyez les commandes en GET.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandresponse.cpp" line="193" />
            <source>The conference exists but is not active: nobody has joined it yet.</source>
            <translation>La conférence existe mais n’est pas active : personne ne l’a encore rejointe.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandresponse.cpp" line="196" />
            <source>The server cannot answer in the requested format (content negotiation failed).</source>
            <translation>Le serveur ne peut pas répondre dans le format demandé (échec de la négociation de contenu).</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandresponse.cpp" line="206" />
            <source>The invitation failed: the IM id is unknown or the invitation could not be sent.</source>
            <translation>L’invitation a échoué : l’identifiant IM est inconnu ou l’invitation n’a pas pu être envoyée.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandresponse.cpp" line="210" />
            <source>sipXconfig cannot reach the FreeSWITCH conference bridge.</source>
            <translation>sipXconfig ne parvient pas à joindre le pont de conférence FreeSWITCH.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandresponse.cpp" line="214" />
            <source>sipXconfig refused the request: %1</source>
            <translation>sipXconfig a refusé la requête : %1</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandresponse.cpp" line="217" />
            <source>The server reported an internal error: %1</source>
            <translation>Le serveur a signalé une erreur interne : %1</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandresponse.cpp" line="221" />
            <source>The server reported an internal error (HTTP 500).</source>
            <translation>Le serveur a signalé une erreur interne (HTTP 500).</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandresponse.cpp" line="229" />
            <source>The web server got no answer from the conference service behind it (HTTP %1). The conference bridge may be down or overloaded.</source>
            <translation>Le serveur web n’a reçu aucune réponse du service de conférence situé derrière lui (HTTP %1). Le pont de conférence est peut-être arrêté ou surchargé.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandresponse.cpp" line="237" />
            <source>The server answered with HTTP status %1.</source>
            <translation>Le serveur a répondu avec le code HTTP %1.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandresponse.cpp" line="240" />
            <source>The server answered with HTTP status %1: %2.</source>
            <translation>Le serveur a répondu avec le code HTTP %1 : %2.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandresponse.cpp" line="266" />
            <location filename="../src/core/commands/commandresponse.cpp" line="417" />
            <source>No recording file exists, so there is no duration.</source>
            <translation>Aucun fichier d’enregistrement n’existe : il n’y a donc pas de durée.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandresponse.cpp" line="269" />
            <source>FreeSWITCH carried out the command and had nothing to report.</source>
            <translation>FreeSWITCH a exécuté la commande et n’avait rien à signaler.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandresponse.cpp" line="271" />
            <source>FreeSWITCH printed nothing: no member matched the selection, or there was nothing to report.</source>
            <translation>FreeSWITCH n’a rien affiché : aucun participant ne correspondait à la sélection, ou il n’y avait rien à signaler.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandresponse.cpp" line="285" />
            <location filename="../src/core/commands/commandresponse.cpp" line="357" />
            <source>The command was carried out.</source>
            <translation>La commande a été exécutée.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandresponse.cpp" line="295" />
            <source>There is no member %1 in the conference: it left, or the id is wrong (a caller who rejoins gets a new id).</source>
            <translation>La conférence n’a aucun participant %1 : il est parti, ou l’identifiant est erroné (un appelant qui revient reçoit un nouvel identifiant).</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandresponse.cpp" line="300" />
            <source>No member in the conference matches the selection.</source>
            <translation>Aucun participant de la conférence ne correspond à la sélection.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandresponse.cpp" line="305" />
            <source>The conference bridge does not know the command "%1".</source>
            <translation>Le pont de conférence ne connaît pas la commande « %1 ».</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandresponse.cpp" line="314" />
            <source>The conference "%1" is not running on the bridge: nobody has joined it yet, or it has just ended.</source>
            <translation>La conférence « %1 » n’est pas active sur le pont : personne ne l’a encore rejointe, ou elle vient de se terminer.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandresponse.cpp" line="324" />
            <source>The conference bridge reported an error: %1</source>
            <translation>Le pont de conférence a signalé une erreur : %1</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandresponse.cpp" line="331" />
            <source>The recording service did not understand the recording action.</source>
            <translation>Le service d’enregistrement n’a pas compris l’action d’enregistrement.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandresponse.cpp" line="333" />
            <source>The recording service reported an error: %1</source>
            <translation>Le service d’enregistrement a signalé une erreur : %1</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandresponse.cpp" line="344" />
            <source>The conference bridge did not accept the command's arguments. Usage: %1</source>
            <translation>Le pont de conférence n’a pas accepté les arguments de la commande. Syntaxe : %1</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandresponse.cpp" line="352" />
            <source>The invitation was sent.</source>
            <translation>L’invitation a été envoyée.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandresponse.cpp" line="354" />
            <source>A recording is in progress.</source>
            <translation>Un enregistrement est en cours.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandresponse.cpp" line="356" />
            <source>No recording is in progress.</source>
            <translation>Aucun enregistrement n’est en cours.</translation>
        </message>
        <message>
            <location filename="../src/core/rest/restclient.cpp" line="519" />
            <source>The server answered.</source>
            <translation>Le serveur a répondu.</translation>
        </message>
        <message>
            <location filename="../src/core/rest/restclient.cpp" line="524" />
            <source>The secure connection failed: the server's certificate is not trusted or does not match.</source>
            <translation>La connexion sécurisée a échoué : le certificat du serveur n’est pas approuvé ou ne correspond pas.</translation>
        </message>
        <message>
            <location filename="../src/core/rest/restclient.cpp" line="528" />
            <source>The server did not answer in time.</source>
            <translation>Le serveur n’a pas répondu à temps.</translation>
        </message>
        <message>
            <location filename="../src/core/rest/restclient.cpp" line="530" />
            <source>The server's answer was too large and was not read.</source>
            <translation>La réponse du serveur était trop volumineuse et n’a pas été lue.</translation>
        </message>
        <message>
            <location filename="../src/core/rest/restclient.cpp" line="533" />
            <source>The server refused the connection. Check the address and port, and that the service is running.</source>
            <translation>Le serveur a refusé la connexion. Vérifiez l’adresse et le port, ainsi que le fonctionnement du service.</translation>
        </message>
        <message>
            <location filename="../src/core/rest/restclient.cpp" line="538" />
            <source>The server name could not be found. Check the server address.</source>
            <translation>Le nom du serveur est introuvable. Vérifiez l’adresse du serveur.</translation>
        </message>
        <message>
            <location filename="../src/core/rest/restclient.cpp" line="541" />
            <source>A network error stopped the request.</source>
            <translation>Une erreur réseau a interrompu la requête.</translation>
        </message>
        <message>
            <location filename="../src/core/rest/restclient.cpp" line="543" />
            <source>The request was cancelled.</source>
            <translation>La requête a été annulée.</translation>
        </message>
        <message>
            <location filename="../src/core/rest/restclient.cpp" line="545" />
            <source>The request failed.</source>
            <translation>La requête a échoué.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandresponse.cpp" line="398" />
            <source>No answer arrived from the server.</source>
            <translation>Aucune réponse n’est parvenue du serveur.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandresponse.cpp" line="421" />
            <source>The conference service answered with nothing. The recording service (sipxrecording) or FreeSWITCH's event socket is probably down.</source>
            <translation>Le service de conférence a renvoyé une réponse vide. Le service d’enregistrement (sipxrecording) ou le socket d’événements de FreeSWITCH est probablement arrêté.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandresponse.cpp" line="432" />
            <source>The conference service's answer was cut off (no closing &lt;/command-response&gt;).</source>
            <translation>La réponse du service de conférence a été tronquée (pas de &lt;/command-response&gt; de fermeture).</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandresponse.cpp" line="442" />
            <source>FreeSWITCH did not finish the command within 60 seconds, or the conference service failed while running it.</source>
            <translation>FreeSWITCH n’a pas terminé la commande en 60 secondes, ou le service de conférence a échoué pendant son exécution.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandresponse.cpp" line="450" />
            <source>The recording service (sipxrecording) cannot be reached: the Conference Event Listener service may not be running, or the bridge's host name cannot be resolved (%1).</source>
            <translation>Le service d’enregistrement (sipxrecording) est injoignable : le service Conference Event Listener n’est peut-être pas démarré, ou le nom d’hôte du pont ne peut pas être résolu (%1).</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandresponse.cpp" line="461" />
            <source>The server sent a web page instead of a command reply.</source>
            <translation>Le serveur a envoyé une page web au lieu d’une réponse à la commande.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandresponse.cpp" line="463" />
            <source>The server sent a web page instead of a command reply: %1</source>
            <translation>Le serveur a envoyé une page web au lieu d’une réponse à la commande : %1</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandresponse.cpp" line="468" />
            <source>The server sent an unexpected reply instead of a command result.</source>
            <translation>Le serveur a envoyé une réponse inattendue au lieu d’un résultat de commande.</translation>
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
            <translation>Choisissez un participant pour %1 : un identifiant de participant ou last.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="512" />
            <source>Choose a participant for %1: a member id, all, last or non_moderator.</source>
            <translation>Choisissez un participant pour %1 : un identifiant de participant, all, last ou non_moderator.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="525" />
            <source>“%1” is not valid for %2: use a member id (a positive number) or last.</source>
            <translation>« %1 » n’est pas valide pour %2 : utilisez un identifiant de participant (nombre positif) ou last.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="527" />
            <source>“%1” is not a participant: use a member id (a positive number), all, last or non_moderator.</source>
            <translation>« %1 » n’est pas un participant : utilisez un identifiant de participant (nombre positif), all, last ou non_moderator.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="103" />
            <source>%1 must be a whole number from %2 to %3, or up or down; “%4” is not.</source>
            <translation>%1 doit être un nombre entier de %2 à %3, ou up ou down ; « %4 » ne l’est pas.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="118" />
            <source>The energy level</source>
            <translation>Le seuil d’énergie</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="123" />
            <source>The volume</source>
            <translation>Le volume</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="130" />
            <source>Enter the DTMF digits to send.</source>
            <translation>Saisissez les chiffres DTMF à envoyer.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="132" />
            <source>Send at most %1 DTMF digits at a time.</source>
            <translation>Envoyez au plus %1 chiffres DTMF à la fois.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="144" />
            <source>“%1” is not a DTMF digit: use 0-9, *, #, A-D, or w/W for a pause.</source>
            <translation>« %1 » n’est pas un chiffre DTMF : utilisez 0-9, *, #, A-D, ou w/W pour une pause.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="158" />
            <source>Enter the text to speak.</source>
            <translation>Saisissez le texte à énoncer.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="160" />
            <source>The text to speak must be a single line without control characters.</source>
            <translation>Le texte à énoncer doit tenir sur une seule ligne, sans caractères de contrôle.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="162" />
            <source>The text to speak cannot contain quotes or backslashes; please rephrase without them.</source>
            <translation>Le texte à énoncer ne peut contenir ni guillemets ni barres obliques inverses ; reformulez-le sans ces caractères.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="165" />
            <source>The text to speak is too long (at most %1 characters).</source>
            <translation>Le texte à énoncer est trop long (%1 caractères au maximum).</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="71" />
            <source>Enter a file name.</source>
            <translation>Saisissez un nom de fichier.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="73" />
            <source>The file name cannot contain line breaks or control characters.</source>
            <translation>Le nom de fichier ne peut contenir ni sauts de ligne ni caractères de contrôle.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="75" />
            <source>“%1” is not an absolute path; it must start with “/” on the conference server.</source>
            <translation>« %1 » n’est pas un chemin absolu ; il doit commencer par « / » sur le serveur de conférence.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="175" />
            <source>Choose the participant who should hear the text.</source>
            <translation>Choisissez le participant qui doit entendre le texte.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="196" />
            <source>Choose the participant who should hear the file.</source>
            <translation>Choisissez le participant qui doit entendre le fichier.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="198" />
            <source>A file is played either to one participant or asynchronously to everyone, not both.</source>
            <translation>Un fichier est lu soit à un seul participant, soit de manière asynchrone à tous, mais pas les deux.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="212" />
            <source>FreeSWITCH lists “stop last” but does not implement it; use current, all or async.</source>
            <translation>FreeSWITCH liste « stop last » mais ne l’implémente pas ; utilisez current, all ou async.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="216" />
            <source>“%1” is not a stop mode: use current, all or async.</source>
            <translation>« %1 » n’est pas un mode d’arrêt : utilisez current, all ou async.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="64" />
            <source>A member id is a positive number.</source>
            <translation>Un identifiant de participant est un nombre positif.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="237" />
            <source>Enter the conference to transfer to.</source>
            <translation>Saisissez la conférence de destination du transfert.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="239" />
            <source>“%1” is not a conference name: it cannot contain spaces, quotes or control characters.</source>
            <translation>« %1 » n’est pas un nom de conférence : il ne peut contenir ni espaces, ni guillemets, ni caractères de contrôle.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="251" />
            <source>Choose at least one participant to transfer.</source>
            <translation>Choisissez au moins un participant à transférer.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="263" />
            <source>At most %1 participants can be transferred at once; transfer the others in another step.</source>
            <translation>Au plus %1 participants peuvent être transférés à la fois ; transférez les autres en une étape suivante.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="277" />
            <source>Choose the participants on both sides of the relationship.</source>
            <translation>Choisissez les participants des deux côtés de la relation.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="282" />
            <source>Participant %1 cannot be related to itself.</source>
            <translation>Le participant %1 ne peut pas être mis en relation avec lui-même.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="308" />
            <source>Enter the new PIN.</source>
            <translation>Saisissez le nouveau code PIN.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="310" />
            <source>A PIN can only contain the digits 0-9 (at most 32).</source>
            <translation>Un code PIN ne peut contenir que les chiffres 0-9 (32 au maximum).</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="321" />
            <source>The list delimiter must be 1 to 8 characters without spaces, quotes or control characters.</source>
            <translation>Le délimiteur de liste doit comporter de 1 à 8 caractères, sans espaces, guillemets ni caractères de contrôle.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="324" />
            <source>The list delimiter cannot contain “|”: FreeSWITCH uses it inside the flags field.</source>
            <translation>Le délimiteur de liste ne peut pas contenir « | » : FreeSWITCH l’utilise dans le champ des indicateurs.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="343" />
            <source>Enter the recording path to stop, or all.</source>
            <translation>Saisissez le chemin de l’enregistrement à arrêter, ou all.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="349" />
            <source>Enter the path of the recording.</source>
            <translation>Saisissez le chemin de l’enregistrement.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="362" />
            <source>Enter the endpoint module, for example sofia, loopback or user.</source>
            <translation>Saisissez le module de terminaison, par exemple sofia, loopback ou user.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="364" />
            <source>“%1” is not an endpoint module name (letters, digits and _ only, for example sofia).</source>
            <translation>« %1 » n’est pas un nom de module de terminaison (lettres, chiffres et _ uniquement, par exemple sofia).</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="372" />
            <source>The destination “%1” cannot contain spaces, quotes, braces, commas or control characters.</source>
            <translation>La destination « %1 » ne peut contenir ni espaces, ni guillemets, ni accolades, ni virgules, ni caractères de contrôle.</translation>
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
            <translation>Le numéro d’appelant « %1 » ne peut contenir que des chiffres et un + initial.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="380" />
            <source>A caller-ID name needs a caller-ID number in front of it.</source>
            <translation>Un nom d’appelant doit être précédé d’un numéro d’appelant.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="39" />
            <source>The caller-ID name cannot contain quotes, backslashes or control characters (at most %1 characters).</source>
            <translation>Le nom d’appelant ne peut contenir ni guillemets, ni barres obliques inverses, ni caractères de contrôle (%1 caractères au maximum).</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="368" />
            <source>Enter the destination to dial, for example internal/1000@pbx.example.com.</source>
            <translation>Saisissez la destination à appeler, par exemple internal/1000@pbx.example.com.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="389" />
            <source>“%1” is not a dial-string variable name (letters, digits and _ only).</source>
            <translation>« %1 » n’est pas un nom de variable de chaîne de numérotation (lettres, chiffres et _ uniquement).</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="393" />
            <source>The dial-string variable %1 needs a value.</source>
            <translation>La variable de chaîne de numérotation %1 nécessite une valeur.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="397" />
            <source>The value of dial-string variable %1 cannot contain quotes, braces, backslashes or control characters.</source>
            <translation>La valeur de la variable de chaîne de numérotation %1 ne peut contenir ni guillemets, ni accolades, ni barres obliques inverses, ni caractères de contrôle.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="433" />
            <source>Enter the extension, number or SIP address to invite.</source>
            <translation>Saisissez le poste, le numéro ou l’adresse SIP à inviter.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="434" />
            <source>“%1” is not an extension, number or SIP address that sipXconfig can invite.</source>
            <translation>« %1 » n’est pas un poste, un numéro ou une adresse SIP que sipXconfig peut inviter.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="442" />
            <source>Enter the instant-message id to invite.</source>
            <translation>Saisissez l’identifiant de messagerie instantanée à inviter.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="443" />
            <source>“%1” is not an instant-message id (letters, digits, . _ - + @ only).</source>
            <translation>« %1 » n’est pas un identifiant de messagerie instantanée (lettres, chiffres, . _ - + @ uniquement).</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="460" />
            <source>“%1” is not a conference parameter; choose one of: %2.</source>
            <translation>« %1 » n’est pas un paramètre de conférence ; choisissez parmi : %2.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="466" />
            <source>“%1” cannot be set; choose one of: %2.</source>
            <translation>« %1 » ne peut pas être défini ; choisissez parmi : %2.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="474" />
            <source>Enter a value for %1.</source>
            <translation>Saisissez une valeur pour %1.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandvalidation.cpp" line="478" />
            <source>%1 must be a whole number of 0 or more.</source>
            <translation>%1 doit être un nombre entier supérieur ou égal à 0.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/conferencecommand.cpp" line="223" />
            <source>sipXconfig handles “record” itself and always records into its own file, so a path cannot be given over the REST API. Use “record start” / “record stop”, or the event socket transport to record into a chosen file.</source>
            <translation>sipXconfig traite « record » lui-même et enregistre toujours dans son propre fichier : un chemin ne peut donc pas être indiqué via l’API REST. Utilisez « record start » / « record stop », ou le transport par socket d’événements pour enregistrer dans un fichier de votre choix.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/conferencecommand.cpp" line="232" />
            <source>Use “invite” to call someone into the conference through sipXconfig instead.</source>
            <translation>Utilisez plutôt « invite » pour appeler quelqu’un dans la conférence via sipXconfig.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/conferencecommand.cpp" line="234" />
            <source>Use the event socket transport for commands with file paths.</source>
            <translation>Utilisez le transport par socket d’événements pour les commandes comportant des chemins de fichier.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/conferencecommand.cpp" line="236" />
            <source>Remove the character from the argument.</source>
            <translation>Supprimez ce caractère de l’argument.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/conferencecommand.cpp" line="237" />
            <source>“%1” cannot be sent over the sipXconfig REST API: the argument “%2” %3 %4</source>
            <translation>« %1 » ne peut pas être envoyé via l’API REST de sipXconfig : l’argument « %2 » %3 %4</translation>
        </message>
        <message>
            <location filename="../src/core/commands/conferencecommand.cpp" line="255" />
            <source>contains “/”, which ends the URL path segment (the encoded form %2F is rejected by Apache).</source>
            <translation>contient « / », qui termine le segment de chemin de l’URL (la forme encodée %2F est rejetée par Apache).</translation>
        </message>
        <message>
            <location filename="../src/core/commands/conferencecommand.cpp" line="258" />
            <source>contains “&amp;”, which sipXconfig uses to split arguments, even when it is encoded.</source>
            <translation>contient « &amp; », que sipXconfig utilise pour séparer les arguments, même encodé.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/conferencecommand.cpp" line="261" />
            <source>contains “?”, which starts the URL query.</source>
            <translation>contient « ? », qui introduit la requête de l’URL.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/conferencecommand.cpp" line="263" />
            <source>contains “#”, which starts the URL fragment.</source>
            <translation>contient « # », qui introduit le fragment de l’URL.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/conferencecommand.cpp" line="265" />
            <source>contains “%”, which the server would decode again and so change the argument.</source>
            <translation>contient « % », que le serveur décoderait une seconde fois, ce qui modifierait l’argument.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/conferencecommand.cpp" line="271" />
            <source>contains “;”, which the server treats as the start of path parameters.</source>
            <translation>contient « ; », que le serveur interprète comme le début de paramètres de chemin.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/conferencecommand.cpp" line="277" />
            <source>contains a space, which FreeSWITCH would read as the start of another argument.</source>
            <translation>contient une espace, que FreeSWITCH interpréterait comme le début d’un autre argument.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/conferencecommand.cpp" line="285" />
            <source>contains a control character.</source>
            <translation>contient un caractère de contrôle.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/conferencecommand.cpp" line="344" />
            <source>“%1” is carried out by sipXconfig itself and has no FreeSWITCH command line.</source>
            <translation>« %1 » est exécuté par sipXconfig lui-même et n’a pas de ligne de commande FreeSWITCH.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandparse.cpp" line="355" />
            <source>Type a command, for example “mute 5”.</source>
            <translation>Saisissez une commande, par exemple « mute 5 ».</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandparse.cpp" line="358" />
            <source>A command must be a single line without control characters.</source>
            <translation>Une commande doit tenir sur une seule ligne, sans caractères de contrôle.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandparse.cpp" line="370" />
            <source>Usage: %1</source>
            <translation>Syntaxe : %1</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandparse.cpp" line="370" />
            <source>Usage: %1 %2</source>
            <translation>Syntaxe : %1 %2</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandparse.cpp" line="376" />
            <location filename="../src/core/commands/commandparse.cpp" line="400" />
            <source>Too many arguments.</source>
            <translation>Trop d’arguments.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandparse.cpp" line="228" />
            <source>“%1” is not a member id: saymember speaks to one participant.</source>
            <translation>« %1 » n’est pas un identifiant de participant : saymember s’adresse à un seul participant.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandparse.cpp" line="184" />
            <source>The dial string “%1” needs the form endpoint/destination, for example sofia/internal/1000@pbx.example.com.</source>
            <translation>La chaîne de numérotation « %1 » doit avoir la forme terminaison/destination, par exemple sofia/internal/1000@pbx.example.com.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandparse.cpp" line="243" />
            <source>“%1” is not a member id: play goes to one participant (by id), or to everyone when left out.</source>
            <translation>« %1 » n’est pas un identifiant de participant : play s’adresse à un participant (par identifiant), ou à tous s’il est omis.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandparse.cpp" line="253" />
            <source>“%1” is not a member id.</source>
            <translation>« %1 » n’est pas un identifiant de participant.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandparse.cpp" line="265" />
            <source>“%1” is not a member id: transfer moves participants by id.</source>
            <translation>« %1 » n’est pas un identifiant de participant : transfer déplace les participants par identifiant.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandparse.cpp" line="111" />
            <source>“%1” is not a list of member ids (numbers separated by commas).</source>
            <translation>« %1 » n’est pas une liste d’identifiants de participants (nombres séparés par des virgules).</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandparse.cpp" line="130" />
            <source>Say what to change: nospeak, nohear, nospeak,nohear or clear.</source>
            <translation>Indiquez ce qu’il faut modifier : nospeak, nohear, nospeak,nohear ou clear.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandparse.cpp" line="136" />
            <source>“%1” is not a relationship flag: use nospeak, nohear, nospeak,nohear or clear.</source>
            <translation>« %1 » n’est pas un indicateur de relation : utilisez nospeak, nohear, nospeak,nohear ou clear.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandparse.cpp" line="380" />
            <source>%1 takes no arguments.</source>
            <translation>%1 ne prend aucun argument.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandparse.cpp" line="290" />
            <source>“%1” is neither start, stop, status, duration nor an absolute path.</source>
            <translation>« %1 » n’est ni start, ni stop, ni status, ni duration, ni un chemin absolu.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandparse.cpp" line="154" />
            <source>The dial-string variables are missing the closing “}”.</source>
            <translation>Il manque l’accolade fermante « } » aux variables de la chaîne de numérotation.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandparse.cpp" line="176" />
            <source>“%1” is not a dial-string variable (use name=value).</source>
            <translation>« %1 » n’est pas une variable de chaîne de numérotation (utilisez nom=valeur).</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandparse.cpp" line="328" />
            <source>Unknown command “%1”. Known commands: %2.</source>
            <translation>Commande inconnue « %1 ». Commandes connues : %2.</translation>
        </message>
        <message>
            <location filename="../src/core/commands/commandparse.cpp" line="330" />
            <source>Unknown command “%1”. Did you mean: %2?</source>
            <translation>Commande inconnue « %1 ». Vouliez-vous dire : %2 ?</translation>
        </message>
    </context>
    <context>
        <name>cc::ConferencePoller</name>
        <message>
            <location filename="../src/core/sources/conferencepoller.cpp" line="110" />
            <source>No connection to the server is configured.</source>
            <translation>Aucune connexion au serveur n’est configurée.</translation>
        </message>
        <message>
            <location filename="../src/core/sources/conferencepoller.cpp" line="173" />
            <source>The member list of "%1" could not be read: %2</source>
            <translation>Impossible de lire la liste des participants de « %1 » : %2</translation>
        </message>
    </context>
    <context>
        <name>cc::ConnectionDiagnostics</name>
        <message>
            <location filename="../src/core/diagnostics/diagreport.cpp" line="19" />
            <source>Name lookup</source>
            <translation>Résolution du nom</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diagreport.cpp" line="21" />
            <source>TCP connection</source>
            <translation>Connexion TCP</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diagreport.cpp" line="23" />
            <source>TLS certificate</source>
            <translation>Certificat TLS</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diagreport.cpp" line="25" />
            <source>Authentication offered</source>
            <translation>Authentification proposée</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diagreport.cpp" line="27" />
            <source>User name and password</source>
            <translation>Nom d’utilisateur et mot de passe</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diagreport.cpp" line="29" />
            <source>Command method</source>
            <translation>Méthode des commandes</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diagreport.cpp" line="31" />
            <source>Round-trip time</source>
            <translation>Temps aller-retour</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/connectiondiagnostics.cpp" line="125" />
            <source>The server address is not a valid http or https URL.</source>
            <translation>L’adresse du serveur n’est pas une URL http ou https valide.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/connectiondiagnostics.cpp" line="85" />
            <location filename="../src/core/diagnostics/connectiondiagnostics.cpp" line="126" />
            <source>The server address is not valid.</source>
            <translation>L’adresse du serveur n’est pas valide.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diagreport.cpp" line="33" />
            <source>Event socket password</source>
            <translation>Mot de passe du socket d’événements</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/connectiondiagnostics.cpp" line="84" />
            <source>The event socket address needs a host and a port.</source>
            <translation>L’adresse du socket d’événements nécessite un hôte et un port.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/connectiondiagnostics.cpp" line="189" />
            <source>No result within %1 ms.</source>
            <translation>Aucun résultat en %1 ms.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/connectiondiagnostics.cpp" line="193" />
            <source>The server could not be reached.</source>
            <translation>Le serveur est injoignable.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diagreport.cpp" line="88" />
            <source>%1 failed: %2</source>
            <translation>%1 a échoué : %2</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diagreport.cpp" line="91" />
            <source>The connection works, with a warning. %1: %2</source>
            <translation>La connexion fonctionne, avec un avertissement. %1 : %2</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diagreport.cpp" line="93" />
            <source>All checks passed.</source>
            <translation>Toutes les vérifications ont réussi.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/connectiondiagnostics.cpp" line="267" />
            <source>%1 is an IP address; no lookup needed.</source>
            <translation>%1 est une adresse IP ; aucune résolution n’est nécessaire.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/connectiondiagnostics.cpp" line="280" />
            <source>The name %1 could not be resolved: %2</source>
            <translation>Le nom %1 n’a pas pu être résolu : %2</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/connectiondiagnostics.cpp" line="281" />
            <source>The server name is unknown.</source>
            <translation>Le nom du serveur est inconnu.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/connectiondiagnostics.cpp" line="293" />
            <source>%1 resolves to %2.</source>
            <translation>%1 se résout en %2.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/connectiondiagnostics.cpp" line="313" />
            <source>Connected to %1 port %2 in %3 ms.</source>
            <translation>Connecté à %1 port %2 en %3 ms.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/connectiondiagnostics.cpp" line="324" />
            <source>%1 port %2 refused the connection: nothing listens there, or a firewall rejects it.</source>
            <translation>%1 port %2 a refusé la connexion : rien n’y écoute, ou un pare-feu la rejette.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/connectiondiagnostics.cpp" line="328" />
            <source>Connecting to %1 port %2 failed: %3</source>
            <translation>La connexion à %1 port %2 a échoué : %3</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/connectiondiagnostics.cpp" line="333" />
            <source>No connection to the server.</source>
            <translation>Aucune connexion au serveur.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diagreststeps.cpp" line="45" />
            <source>The address uses plain http: nothing is encrypted, and with Basic authentication the password travels readable. Use https.</source>
            <translation>L’adresse utilise http simple : rien n’est chiffré et, avec l’authentification Basic, le mot de passe circule en clair. Utilisez https.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diagreststeps.cpp" line="87" />
            <source>%1 (issued by %2, valid %3 to %4)</source>
            <translation>%1 (délivré par %2, valide du %3 au %4)</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diagreststeps.cpp" line="105" />
            <source>Certificate: %1. SHA-256 %2.</source>
            <translation>Certificat : %1. SHA-256 %2.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diagreststeps.cpp" line="107" />
            <source>Trusted by this computer.</source>
            <translation>Approuvé par cet ordinateur.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diagreststeps.cpp" line="114" />
            <source>Pinned, so the console accepts it, but it is outside its validity period.</source>
            <translation>Épinglé, donc accepté par la console, mais en dehors de sa période de validité.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diagreststeps.cpp" line="117" />
            <source>Not trusted by this computer, but pinned.</source>
            <translation>Non approuvé par cet ordinateur, mais épinglé.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diagreststeps.cpp" line="123" />
            <source>Not trusted (%1) and not pinned: the console will refuse this server until the fingerprint is checked and pinned.</source>
            <translation>Non approuvé (%1) et non épinglé : la console refusera ce serveur tant que l’empreinte n’aura pas été vérifiée et épinglée.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diagreststeps.cpp" line="137" />
            <source>The TLS handshake failed: %1</source>
            <translation>La négociation TLS a échoué : %1</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diagreststeps.cpp" line="146" />
            <location filename="../src/core/diagnostics/diagreststeps.cpp" line="262" />
            <location filename="../src/core/diagnostics/diagreststeps.cpp" line="263" />
            <source>Skipped: the server's certificate is not accepted.</source>
            <translation>Ignoré : le certificat du serveur n’est pas accepté.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diagreststeps.cpp" line="179" />
            <source>No HTTP answer: %1</source>
            <translation>Pas de réponse HTTP : %1</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diagreststeps.cpp" line="186" />
            <source>The server answered 404 for /my/logindetails: the address does not point at sipXconfig's REST API (it should end in /sipxconfig/rest).</source>
            <translation>Le serveur a répondu 404 pour /my/logindetails : l’adresse ne pointe pas vers l’API REST de sipXconfig (elle devrait se terminer par /sipxconfig/rest).</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diagreststeps.cpp" line="192" />
            <source>The server answered without asking for credentials; sipXconfig always asks. Check the address.</source>
            <translation>Le serveur a répondu sans demander d’identifiants ; sipXconfig en demande toujours. Vérifiez l’adresse.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diagreststeps.cpp" line="198" />
            <source>The server answered HTTP %1 instead of asking for credentials.</source>
            <translation>Le serveur a répondu HTTP %1 au lieu de demander des identifiants.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diagreststeps.cpp" line="224" />
            <source>Digest algorithm %1 is not supported (only MD5).</source>
            <translation>L’algorithme Digest %1 n’est pas pris en charge (MD5 uniquement).</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diagreststeps.cpp" line="228" />
            <source>Digest qop %1 is not supported (only auth).</source>
            <translation>Le qop Digest %1 n’est pas pris en charge (auth uniquement).</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diagreststeps.cpp" line="240" />
            <source>The server asks for credentials with a scheme the console does not speak: %1</source>
            <translation>Le serveur demande des identifiants avec un schéma que la console ne gère pas : %1</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diagreststeps.cpp" line="247" />
            <source>The server asks for %1 (realm "%2").</source>
            <translation>Le serveur demande %1 (realm « %2 »).</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diagreststeps.cpp" line="248" />
            <source> or </source>
            <translation> ou </translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diagreststeps.cpp" line="251" />
            <source>Digest uses the user's web PIN; users whose password lives only in LDAP need Basic over https.</source>
            <translation>Digest utilise le PIN web de l’utilisateur ; les utilisateurs dont le mot de passe n’existe que dans LDAP doivent utiliser Basic via https.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diagreststeps.cpp" line="268" />
            <source>No user name is set.</source>
            <translation>Aucun nom d’utilisateur n’est défini.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diagreststeps.cpp" line="269" />
            <source>Skipped: no user name.</source>
            <translation>Ignoré : aucun nom d’utilisateur.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diagreststeps.cpp" line="280" />
            <source>sipXconfig accepted %1's credentials.</source>
            <translation>sipXconfig a accepté les identifiants de %1.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diagreststeps.cpp" line="286" />
            <source>sipXconfig rejected the user name or password of %1.</source>
            <translation>sipXconfig a refusé le nom d’utilisateur ou le mot de passe de %1.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diagreststeps.cpp" line="288" />
            <source>The server answered HTTP %1.</source>
            <translation>Le serveur a répondu HTTP %1.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diagreststeps.cpp" line="290" />
            <source>Skipped: the credentials were rejected.</source>
            <translation>Ignoré : les identifiants ont été refusés.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diagreststeps.cpp" line="291" />
            <source>Skipped: the login failed.</source>
            <translation>Ignoré : la connexion a échoué.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diagreststeps.cpp" line="306" />
            <source>The list of your conferences could not be read (%1), so the method was not probed.</source>
            <translation>La liste de vos conférences n’a pas pu être lue (%1) : la méthode n’a donc pas été testée.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diagreststeps.cpp" line="317" />
            <source>You own no conference, so the command method could not be probed. Keep the method on "Automatic": it switches to GET when the server refuses PUT.</source>
            <translation>Vous n’êtes propriétaire d’aucune conférence : la méthode des commandes n’a donc pas pu être testée. Laissez la méthode sur « Automatique » : elle passe à GET lorsque le serveur refuse PUT.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diagreststeps.cpp" line="341" />
            <source>Probed with PUT …/%1/list&amp;count, which only reads the member count.</source>
            <translation>Testé avec PUT …/%1/list&amp;count, qui ne lit que le nombre de participants.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diagreststeps.cpp" line="347" />
            <source>The server refuses PUT (405): it is upstream sipXconfig, which runs commands only on GET. Set the method to "Automatic" or "GET".</source>
            <translation>Le serveur refuse PUT (405) : il s’agit de sipXconfig d’origine, qui n’exécute les commandes qu’en GET. Réglez la méthode sur « Automatique » ou « GET ».</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diagreststeps.cpp" line="354" />
            <source>The server refuses PUT (405): upstream sipXconfig, commands go by GET.</source>
            <translation>Le serveur refuse PUT (405) : sipXconfig d’origine, les commandes passent par GET.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diagreststeps.cpp" line="359" />
            <source>The server accepts PUT for commands.</source>
            <translation>Le serveur accepte PUT pour les commandes.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diagreststeps.cpp" line="376" />
            <source>Request %1 of %2 failed: %3</source>
            <translation>La requête %1 sur %2 a échoué : %3</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diagreststeps.cpp" line="405" />
            <source>Median round trip %1 ms over %2 requests: slow; the member list will lag.</source>
            <translation>Aller-retour médian de %1 ms sur %2 requêtes : lent ; la liste des participants sera en retard.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diagreststeps.cpp" line="411" />
            <source>Median round trip %1 ms over %2 requests.</source>
            <translation>Aller-retour médian de %1 ms sur %2 requêtes.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diageslsteps.cpp" line="54" />
            <source>The event socket refused this computer (its access list).</source>
            <translation>Le socket d’événements a refusé cet ordinateur (sa liste d’accès).</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diageslsteps.cpp" line="60" />
            <source>%1 port %2 answered, but not like a FreeSWITCH event socket (no auth/request).</source>
            <translation>%1 port %2 a répondu, mais pas comme un socket d’événements FreeSWITCH (pas de auth/request).</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diageslsteps.cpp" line="73" />
            <source>The event socket accepted the password.</source>
            <translation>Le socket d’événements a accepté le mot de passe.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diageslsteps.cpp" line="76" />
            <source>The event socket refused the password (%1). FreeSWITCH's default is ClueCon; the real one is in event_socket.conf.xml.</source>
            <translation>Le socket d’événements a refusé le mot de passe (%1). Par défaut dans FreeSWITCH : ClueCon ; le vrai mot de passe se trouve dans event_socket.conf.xml.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/diageslsteps.cpp" line="87" />
            <source>The event socket closed the connection before answering: %1</source>
            <translation>Le socket d’événements a fermé la connexion avant de répondre : %1</translation>
        </message>
    </context>
    <context>
        <name>cc::EslClient</name>
        <message>
            <location filename="../src/core/esl/eslclient.cpp" line="42" />
            <source>The event socket did not answer a request within %1 seconds.</source>
            <translation>Le socket d’événements n’a pas répondu à une requête dans un délai de %1 secondes.</translation>
        </message>
        <message>
            <location filename="../src/core/esl/eslclient.cpp" line="91" />
            <source>Reconnecting with new settings.</source>
            <translation>Reconnexion avec les nouveaux paramètres.</translation>
        </message>
        <message>
            <location filename="../src/core/esl/eslclient.cpp" line="116" />
            <source>The connection to the event socket was closed.</source>
            <translation>La connexion au socket d’événements a été fermée.</translation>
        </message>
        <message>
            <location filename="../src/core/esl/eslclient.cpp" line="119" />
            <source>Disconnected.</source>
            <translation>Déconnecté.</translation>
        </message>
        <message>
            <location filename="../src/core/esl/eslclient.cpp" line="139" />
            <source>The event socket closed the connection.</source>
            <translation>Le socket d’événements a fermé la connexion.</translation>
        </message>
        <message>
            <location filename="../src/core/esl/eslclient.cpp" line="149" />
            <source>The event socket refused the connection (is FreeSWITCH running and the port right?).</source>
            <translation>Le socket d’événements a refusé la connexion (FreeSWITCH est-il démarré et le port est-il correct ?).</translation>
        </message>
        <message>
            <location filename="../src/core/esl/eslclient.cpp" line="151" />
            <source>Event socket connection failed: %1</source>
            <translation>Échec de la connexion au socket d’événements : %1</translation>
        </message>
        <message>
            <location filename="../src/core/esl/eslclient.cpp" line="192" />
            <source>The event socket rejected the password.</source>
            <translation>Le socket d’événements a refusé le mot de passe.</translation>
        </message>
        <message>
            <location filename="../src/core/esl/eslclient.cpp" line="216" />
            <source>The event socket ended the session: %1</source>
            <translation>Le socket d’événements a mis fin à la session : %1</translation>
        </message>
        <message>
            <location filename="../src/core/esl/eslclient.cpp" line="221" />
            <source>The event socket refused this computer (access list): %1</source>
            <translation>Le socket d’événements a refusé cet ordinateur (liste d’accès) : %1</translation>
        </message>
        <message>
            <location filename="../src/core/esl/eslclient.cpp" line="286" />
            <source>The event socket refused the event subscription: %1</source>
            <translation>Le socket d’événements a refusé l’abonnement aux événements : %1</translation>
        </message>
        <message>
            <location filename="../src/core/esl/eslclient.cpp" line="347" />
            <source>Not connected to the event socket.</source>
            <translation>Non connecté au socket d’événements.</translation>
        </message>
    </context>
    <context>
        <name>cc::EslCommandTransport</name>
        <message>
            <location filename="../src/core/esl/eslcommandtransport.cpp" line="18" />
            <source>No answer from the event socket.</source>
            <translation>Pas de réponse du socket d’événements.</translation>
        </message>
        <message>
            <location filename="../src/core/esl/eslcommandtransport.cpp" line="50" />
            <source>event socket</source>
            <translation>socket d’événements</translation>
        </message>
        <message>
            <location filename="../src/core/esl/eslcommandtransport.cpp" line="59" />
            <source>"%1" is a sipXconfig service; it cannot be sent over FreeSWITCH's event socket. Use the REST connection for it.</source>
            <translation>« %1 » est un service sipXconfig ; il ne peut pas être envoyé via le socket d’événements de FreeSWITCH. Utilisez la connexion REST pour cela.</translation>
        </message>
    </context>
    <context>
        <name>cc::EslFrameParser</name>
        <message>
            <location filename="../src/core/esl/eslframe.cpp" line="171" />
            <location filename="../src/core/esl/eslframe.cpp" line="182" />
            <source>The event socket sent a header block larger than %1 bytes.</source>
            <translation>Le socket d’événements a envoyé un bloc d’en-têtes de plus de %1 octets.</translation>
        </message>
        <message>
            <location filename="../src/core/esl/eslframe.cpp" line="204" />
            <source>The event socket sent an invalid Content-Length: "%1".</source>
            <translation>Le socket d’événements a envoyé un Content-Length non valide : « %1 ».</translation>
        </message>
        <message>
            <location filename="../src/core/esl/eslframe.cpp" line="210" />
            <source>The event socket announced a message of %1 bytes, more than the limit of %2 bytes.</source>
            <translation>Le socket d’événements a annoncé un message de %1 octets, au-delà de la limite de %2 octets.</translation>
        </message>
        <message>
            <location filename="../src/core/esl/eslframe.cpp" line="263" />
            <source>An event carries an invalid body length.</source>
            <translation>Un événement comporte une longueur de corps non valide.</translation>
        </message>
        <message>
            <location filename="../src/core/esl/eslframe.cpp" line="273" />
            <source>An event without any header arrived.</source>
            <translation>Un événement sans aucun en-tête est arrivé.</translation>
        </message>
        <message>
            <location filename="../src/core/esl/eslframe.cpp" line="279" />
            <source>An event's body is shorter than its Content-Length.</source>
            <translation>Le corps d’un événement est plus court que son Content-Length.</translation>
        </message>
        <message>
            <location filename="../src/core/esl/eslframe.cpp" line="294" />
            <source>An event is not a JSON object: %1</source>
            <translation>Un événement n’est pas un objet JSON : %1</translation>
        </message>
    </context>
    <context>
        <name>cc::FailureExplainer</name>
        <message>
            <location filename="../src/core/diagnostics/failureexplainer.cpp" line="46" />
            <source>the server</source>
            <translation>le serveur</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="50" />
            <source>Server certificate expired</source>
            <translation>Certificat du serveur expiré</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="52" />
            <source>The certificate of %1 is outside its validity period.</source>
            <translation>Le certificat de %1 est en dehors de sa période de validité.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="53" />
            <source>The certificate of %1 is outside its validity period (valid until %2).</source>
            <translation>Le certificat de %1 est en dehors de sa période de validité (valide jusqu’au %2).</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="55" />
            <source>Renew the certificate of the sipXconfig web server (Apache) on %1.</source>
            <translation>Renouvelez le certificat du serveur web de sipXconfig (Apache) sur %1.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="56" />
            <source>Check the date and time of this computer and of the server: a wrong clock makes a valid certificate look expired.</source>
            <translation>Vérifiez la date et l’heure de cet ordinateur et du serveur : une horloge erronée fait paraître expiré un certificat valide.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="58" />
            <source>After the server has a new certificate, pin the new fingerprint if it is self-signed.</source>
            <translation>Une fois que le serveur a un nouveau certificat, épinglez la nouvelle empreinte s’il est auto-signé.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="63" />
            <source>Server certificate changed</source>
            <translation>Certificat du serveur modifié</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="64" />
            <source>%1 presented a certificate whose SHA-256 fingerprint (%2) is not the one you pinned. Either the server got a new certificate, or something is intercepting the connection.</source>
            <translation>%1 a présenté un certificat dont l’empreinte SHA-256 (%2) n’est pas celle que vous avez épinglée. Soit le serveur a reçu un nouveau certificat, soit quelque chose intercepte la connexion.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="67" />
            <source>Ask the server administrator whether the certificate of %1 was replaced recently, and compare the fingerprint with the one they see on the server.</source>
            <translation>Demandez à l’administrateur du serveur si le certificat de %1 a été remplacé récemment, et comparez l’empreinte avec celle qu’il voit sur le serveur.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="70" />
            <source>Only if it matches, pin the new fingerprint in the connection settings.</source>
            <translation>Uniquement si elle correspond, épinglez la nouvelle empreinte dans les paramètres de connexion.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="71" />
            <source>If nobody changed the certificate, do not connect: the connection may be intercepted.</source>
            <translation>Si personne n’a modifié le certificat, ne vous connectez pas : la connexion est peut-être interceptée.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="75" />
            <source>Certificate is for another name</source>
            <translation>Certificat émis pour un autre nom</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="76" />
            <source>The certificate of %1 was issued for a different host name.</source>
            <translation>Le certificat de %1 a été délivré pour un autre nom d’hôte.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="77" />
            <source>Use the host name written in the certificate (usually the server's fully qualified domain name) instead of an IP address or alias.</source>
            <translation>Utilisez le nom d’hôte inscrit dans le certificat (généralement le nom de domaine complet du serveur) plutôt qu’une adresse IP ou un alias.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="79" />
            <source>Or pin this certificate's fingerprint after checking it with the administrator.</source>
            <translation>Ou épinglez l’empreinte de ce certificat après l’avoir vérifiée avec l’administrateur.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="83" />
            <source>The secure connection to %1 failed: its certificate is not trusted by this computer.</source>
            <translation>La connexion sécurisée à %1 a échoué : son certificat n’est pas approuvé par cet ordinateur.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="85" />
            <source>The certificate of %1 (SHA-256 %2) is not trusted by this computer and not pinned.</source>
            <translation>Le certificat de %1 (SHA-256 %2) n’est ni approuvé par cet ordinateur, ni épinglé.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="88" />
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="90" />
            <source>Reason: %1</source>
            <translation>Motif : %1</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="91" />
            <source>Server certificate not trusted</source>
            <translation>Certificat du serveur non approuvé</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="92" />
            <source>sipXconfig installs a self-signed certificate by default: compare the fingerprint with the one the administrator sees on the server, then pin it.</source>
            <translation>sipXconfig installe par défaut un certificat auto-signé : comparez l’empreinte avec celle que l’administrateur voit sur le serveur, puis épinglez-la.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="94" />
            <source>Or install the certificate authority that signed the server's certificate on this computer.</source>
            <translation>Ou installez sur cet ordinateur l’autorité de certification qui a signé le certificat du serveur.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="96" />
            <source>Check that the server address really is your sipXconfig server.</source>
            <translation>Vérifiez que l’adresse du serveur est bien celle de votre serveur sipXconfig.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="107" />
            <source>User name or password rejected</source>
            <translation>Nom d’utilisateur ou mot de passe refusé</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="108" />
            <source>sipXconfig answered 401: it did not accept the user name or password (sipXconfig checks them with Spring Security before anything else).</source>
            <translation>sipXconfig a répondu 401 : il n’a pas accepté le nom d’utilisateur ou le mot de passe (sipXconfig les vérifie avec Spring Security avant toute autre chose).</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="111" />
            <source>Check the user name: the sipXconfig user name, an alias (extension) or the IM id work.</source>
            <translation>Vérifiez le nom d’utilisateur : le nom d’utilisateur sipXconfig, un alias (poste) ou l’identifiant IM fonctionnent.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="112" />
            <source>Check the password: Digest uses the user's web PIN (the sipXconfig "PIN"), not the voicemail PIN.</source>
            <translation>Vérifiez le mot de passe : Digest utilise le PIN web de l’utilisateur (le « PIN » de sipXconfig), et non le PIN de la messagerie vocale.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="115" />
            <source>Digest is computed for the server's realm, which is the SIP realm chosen at install time; an old realm cached by a proxy breaks it.</source>
            <translation>Digest est calculé pour le realm du serveur, c’est-à-dire le domaine SIP choisi à l’installation ; un ancien realm mis en cache par un proxy le met en échec.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="118" />
            <source>Users whose password lives only in LDAP cannot use Digest: connect over HTTPS so that Basic authentication is used.</source>
            <translation>Les utilisateurs dont le mot de passe n’existe que dans LDAP ne peuvent pas utiliser Digest : connectez-vous en HTTPS pour que l’authentification Basic soit utilisée.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="121" />
            <source>A disabled or locked user also gets 401: check the user in sipXconfig.</source>
            <translation>Un utilisateur désactivé ou verrouillé reçoit aussi 401 : vérifiez l’utilisateur dans sipXconfig.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="126" />
            <source>No answer in time</source>
            <translation>Pas de réponse à temps</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="127" />
            <source>%1 accepted the request but did not answer within the time limit.</source>
            <translation>%1 a accepté la requête mais n’a pas répondu dans le délai imparti.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="128" />
            <source>The conference bridge may be busy: sipXconfig waits for the recording service, which waits up to 60 s for FreeSWITCH.</source>
            <translation>Le pont de conférence est peut-être occupé : sipXconfig attend le service d’enregistrement, qui attend FreeSWITCH jusqu’à 60 s.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="130" />
            <source>Check that sipXconfig (Jetty) and the sipxrecording service are running on the server.</source>
            <translation>Vérifiez que sipXconfig (Jetty) et le service sipxrecording sont démarrés sur le serveur.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="131" />
            <source>A slow network or VPN may need a longer timeout in the connection settings.</source>
            <translation>Un réseau lent ou un VPN peut nécessiter un délai d’expiration plus long dans les paramètres de connexion.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="135" />
            <source>Answer too large</source>
            <translation>Réponse trop volumineuse</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="136" />
            <source>%1 sent more data than the console accepts; it stopped reading to protect memory.</source>
            <translation>%1 a envoyé plus de données que la console n’en accepte ; la lecture a été arrêtée pour protéger la mémoire.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="137" />
            <source>Check that the server address points at sipXconfig's REST API and not at another service.</source>
            <translation>Vérifiez que l’adresse du serveur pointe vers l’API REST de sipXconfig et non vers un autre service.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="139" />
            <source>A conference with very many members produces a large member list; raise the size limit only if that is the case.</source>
            <translation>Une conférence comptant de très nombreux participants produit une longue liste de participants ; n’augmentez la taille maximale que dans ce cas.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="142" />
            <source>Connection refused</source>
            <translation>Connexion refusée</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="143" />
            <source>Nothing accepts connections at %1 port %2.</source>
            <translation>Aucun service n’accepte de connexions sur %1 port %2.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="144" />
            <source>Check the port in the server address (sipXconfig is normally reached over HTTPS on 443 through Apache).</source>
            <translation>Vérifiez le port dans l’adresse du serveur (sipXconfig est normalement joint en HTTPS sur le port 443 via Apache).</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="146" />
            <source>Check that Apache and sipXconfig are running on the server.</source>
            <translation>Vérifiez qu’Apache et sipXconfig sont démarrés sur le serveur.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="147" />
            <source>A firewall may reject the connection.</source>
            <translation>Un pare-feu rejette peut-être la connexion.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="150" />
            <source>Server name unknown</source>
            <translation>Nom de serveur inconnu</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="151" />
            <source>The name %1 could not be resolved to an address.</source>
            <translation>Le nom %1 n’a pas pu être résolu en adresse.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="152" />
            <source>Check the spelling of the server address.</source>
            <translation>Vérifiez l’orthographe de l’adresse du serveur.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="153" />
            <source>Check this computer's DNS settings or VPN connection.</source>
            <translation>Vérifiez les paramètres DNS ou la connexion VPN de cet ordinateur.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="154" />
            <source>Try the server's IP address to rule out DNS.</source>
            <translation>Essayez l’adresse IP du serveur pour écarter un problème DNS.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="158" />
            <source>Request cancelled</source>
            <translation>Requête annulée</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="159" />
            <source>The request was cancelled before an answer arrived.</source>
            <translation>La requête a été annulée avant l’arrivée d’une réponse.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="160" />
            <source>Nothing to fix: repeat the action if it is still wanted; check its effect first if it was a command that must not run twice.</source>
            <translation>Rien à corriger : répétez l’action si elle est toujours souhaitée ; vérifiez d’abord son effet s’il s’agissait d’une commande qui ne doit pas être exécutée deux fois.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="166" />
            <source>Network error</source>
            <translation>Erreur réseau</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="168" />
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="169" />
            <source>Check the network connection to %1.</source>
            <translation>Vérifiez la connexion réseau vers %1.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failuretransport.cpp" line="170" />
            <source>If a command was interrupted, check its effect in the member list before repeating it: commands such as kick or dial are never resent automatically.</source>
            <translation>Si une commande a été interrompue, vérifiez son effet dans la liste des participants avant de la répéter : les commandes telles que kick ou dial ne sont jamais renvoyées automatiquement.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="17" />
            <source>Invitation malformed</source>
            <translation>Invitation mal formée</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="18" />
            <source>sipXconfig answered 400 "Incorect invite command": an invitation needs exactly one target.</source>
            <translation>sipXconfig a répondu 400 « Incorect invite command » : une invitation nécessite exactement une cible.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="20" />
            <source>Give exactly one SIP address, extension or IM id to invite.</source>
            <translation>Indiquez exactement une adresse SIP, un poste ou un identifiant IM à inviter.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="21" />
            <source>The target must not contain '&amp;', '/', '?' or '#'.</source>
            <translation>La cible ne doit contenir ni « &amp; », ni « / », ni « ? », ni « # ».</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="24" />
            <source>No command given</source>
            <translation>Aucune commande indiquée</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="25" />
            <source>sipXconfig answered 400 "No conference command specified": the command part of the address was empty.</source>
            <translation>sipXconfig a répondu 400 « No conference command specified » : la partie commande de l’adresse était vide.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="27" />
            <source>Type a command (for example "list") before sending.</source>
            <translation>Saisissez une commande (par exemple « list ») avant l’envoi.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="28" />
            <source>Request refused</source>
            <translation>Requête refusée</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="29" />
            <source>The server answered 400 Bad Request. %1</source>
            <translation>Le serveur a répondu 400 Bad Request. %1</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="30" />
            <source>Check for characters the address cannot carry ('%', '/', '?', '#').</source>
            <translation>Recherchez les caractères que l’adresse ne peut pas transporter (« % », « / », « ? », « # »).</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="33" />
            <source>Not the conference owner</source>
            <translation>Pas propriétaire de la conférence</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="34" />
            <source>sipXconfig answered 403: only the conference's owner may control it through this API. Administrators are not exempt.</source>
            <translation>sipXconfig a répondu 403 : seul le propriétaire de la conférence peut la piloter via cette API. Les administrateurs ne font pas exception.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="36" />
            <source>Log in as the user who owns the conference (see the conference's owner in sipXconfig).</source>
            <translation>Connectez-vous avec l’utilisateur propriétaire de la conférence (voir le propriétaire de la conférence dans sipXconfig).</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="37" />
            <source>Or ask an administrator to make your user the owner of the conference.</source>
            <translation>Ou demandez à un administrateur de faire de votre utilisateur le propriétaire de la conférence.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="38" />
            <source>A conference without an owner cannot be controlled through the API at all.</source>
            <translation>Une conférence sans propriétaire ne peut pas du tout être pilotée via l’API.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="41" />
            <source>Conference unknown</source>
            <translation>Conférence inconnue</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="42" />
            <source>sipXconfig answered 404 "Conference not found": it has no conference with this name.</source>
            <translation>sipXconfig a répondu 404 « Conference not found » : il n’a aucune conférence portant ce nom.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="44" />
            <source>Check the conference name (it is case-sensitive); refresh the conference list.</source>
            <translation>Vérifiez le nom de la conférence (la casse est prise en compte) ; actualisez la liste des conférences.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="45" />
            <source>The conference may have been renamed or deleted in sipXconfig.</source>
            <translation>La conférence a peut-être été renommée ou supprimée dans sipXconfig.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="47" />
            <source>Address not found</source>
            <translation>Adresse introuvable</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="48" />
            <source>The server answered 404 for %1: no such page.</source>
            <translation>Le serveur a répondu 404 pour %1 : page inexistante.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="49" />
            <source>this address</source>
            <translation>cette adresse</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="50" />
            <source>Check the server address: it must end in /sipxconfig/rest.</source>
            <translation>Vérifiez l’adresse du serveur : elle doit se terminer par /sipxconfig/rest.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="51" />
            <source>Check that this server runs sipXconfig (a different web application answers here).</source>
            <translation>Vérifiez que ce serveur exécute sipXconfig (une autre application web répond à cette adresse).</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="54" />
            <source>Method not allowed</source>
            <translation>Méthode non autorisée</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="55" />
            <source>The server answered 405 to a PUT: this is upstream sipXconfig, which runs commands only on GET.</source>
            <translation>Le serveur a répondu 405 à un PUT : il s’agit de sipXconfig d’origine, qui n’exécute les commandes qu’en GET.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="57" />
            <source>Set the command method in the connection settings to "Automatic" or "GET".</source>
            <translation>Réglez la méthode des commandes sur « Automatique » ou « GET » dans les paramètres de connexion.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="60" />
            <source>Conference not active</source>
            <translation>Conférence inactive</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="61" />
            <source>sipXconfig answered 406 "Conference found, but not active": nobody is in the conference, so the bridge has no running instance.</source>
            <translation>sipXconfig a répondu 406 « Conference found, but not active » : personne n’est dans la conférence, le pont n’en a donc aucune instance active.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="63" />
            <source>Wait until somebody dials into the conference, then try again.</source>
            <translation>Attendez que quelqu’un appelle la conférence, puis réessayez.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="64" />
            <source>Check that the conference is enabled in sipXconfig.</source>
            <translation>Vérifiez que la conférence est activée dans sipXconfig.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="66" />
            <source>Format not acceptable</source>
            <translation>Format non acceptable</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="67" />
            <source>The server answered 406: it cannot answer in the format the console asked for.</source>
            <translation>Le serveur a répondu 406 : il ne peut pas répondre dans le format demandé par la console.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="68" />
            <source>A proxy between the console and sipXconfig may rewrite the Accept header.</source>
            <translation>Un proxy situé entre la console et sipXconfig réécrit peut-être l’en-tête Accept.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="69" />
            <source>Check that the address points straight at sipXconfig's REST API.</source>
            <translation>Vérifiez que l’adresse pointe directement vers l’API REST de sipXconfig.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="74" />
            <source>Web server got no answer</source>
            <translation>Le serveur web n’a reçu aucune réponse</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="75" />
            <source>The web server in front of sipXconfig answered %1: the service behind it did not answer (Apache gives up after its proxy timeout).</source>
            <translation>Le serveur web placé devant sipXconfig a répondu %1 : le service situé derrière lui n’a pas répondu (Apache abandonne après son délai d’expiration de proxy).</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="78" />
            <source>Check that sipXconfig (Jetty) is running on the server.</source>
            <translation>Vérifiez que sipXconfig (Jetty) est démarré sur le serveur.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="79" />
            <source>Check that the sipxrecording service ("Conference Event Listener") answers: sipXconfig waits for it without a timeout.</source>
            <translation>Vérifiez que le service sipxrecording (« Conference Event Listener ») répond : sipXconfig l’attend sans délai d’expiration.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="81" />
            <source>Check the load of the conference bridge.</source>
            <translation>Vérifiez la charge du pont de conférence.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="91" />
            <source>Bridge unreachable</source>
            <translation>Pont injoignable</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="92" />
            <source>sipXconfig could not reach FreeSWITCH on the conference bridge (%1).</source>
            <translation>sipXconfig n’a pas pu joindre FreeSWITCH sur le pont de conférence (%1).</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="93" />
            <source>Check that FreeSWITCH runs on the conference server.</source>
            <translation>Vérifiez que FreeSWITCH est démarré sur le serveur de conférence.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="94" />
            <source>Check that mod_xml_rpc is loaded and that its port is reachable from the sipXconfig host.</source>
            <translation>Vérifiez que mod_xml_rpc est chargé et que son port est joignable depuis l’hôte sipXconfig.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="97" />
            <source>Server error</source>
            <translation>Erreur du serveur</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="99" />
            <source>sipXconfig reported an internal error (HTTP %1).</source>
            <translation>sipXconfig a signalé une erreur interne (HTTP %1).</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="100" />
            <source>sipXconfig reported an internal error (HTTP %1): %2</source>
            <translation>sipXconfig a signalé une erreur interne (HTTP %1) : %2</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="101" />
            <source>The JSON body names the error and its Java exception type; look for it in sipxconfig.log on the server.</source>
            <translation>Le corps JSON indique l’erreur et le type de son exception Java ; recherchez-la dans sipxconfig.log sur le serveur.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="103" />
            <source>For an invitation, check that the IM id or address is known to sipXconfig.</source>
            <translation>Pour une invitation, vérifiez que l’identifiant IM ou l’adresse est connu de sipXconfig.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failureexplainer.cpp" line="86" />
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="106" />
            <source>Unexpected answer</source>
            <translation>Réponse inattendue</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="107" />
            <source>The server answered HTTP %1. %2</source>
            <translation>Le serveur a répondu HTTP %1. %2</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failurehttp.cpp" line="108" />
            <source>Check the server address and look at the raw answer in the log.</source>
            <translation>Vérifiez l’adresse du serveur et consultez la réponse brute dans le journal.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failureexplainer.cpp" line="56" />
            <source>Conference service unreachable</source>
            <translation>Service de conférence injoignable</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failureexplainer.cpp" line="57" />
            <source>sipXconfig could not reach the sipxrecording service on the conference bridge: "%1".</source>
            <translation>sipXconfig n’a pas pu joindre le service sipxrecording sur le pont de conférence : « %1 ».</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failureexplainer.cpp" line="59" />
            <source>Check that the "Conference Event Listener" (sipxrecording) service is enabled and running on the conference server (it needs the Conference feature on the same host).</source>
            <translation>Vérifiez que le service « Conference Event Listener » (sipxrecording) est activé et démarré sur le serveur de conférence (il nécessite la fonction Conference sur le même hôte).</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failureexplainer.cpp" line="61" />
            <source>Check that the conference bridge's fully qualified host name resolves from the sipXconfig host (sipXconfig calls it by that name).</source>
            <translation>Vérifiez que le nom d’hôte complet du pont de conférence se résout depuis l’hôte sipXconfig (sipXconfig l’appelle par ce nom).</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failureexplainer.cpp" line="63" />
            <source>Check that port 8549 on the bridge is not blocked by a firewall.</source>
            <translation>Vérifiez que le port 8549 du pont n’est pas bloqué par un pare-feu.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failureexplainer.cpp" line="67" />
            <source>FreeSWITCH too slow</source>
            <translation>FreeSWITCH trop lent</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failureexplainer.cpp" line="68" />
            <source>The recording service waited more than 60 seconds for FreeSWITCH and gave up.</source>
            <translation>Le service d’enregistrement a attendu FreeSWITCH plus de 60 secondes et a abandonné.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failureexplainer.cpp" line="69" />
            <source>FreeSWITCH on the conference bridge is overloaded or hung: check its CPU and its log.</source>
            <translation>FreeSWITCH est surchargé ou bloqué sur le pont de conférence : vérifiez son processeur et son journal.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failureexplainer.cpp" line="70" />
            <source>Check the effect of the command before repeating it: it may still have run.</source>
            <translation>Vérifiez l’effet de la commande avant de la répéter : elle a peut-être quand même été exécutée.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failureexplainer.cpp" line="73" />
            <source>Answer cut off</source>
            <translation>Réponse tronquée</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failureexplainer.cpp" line="74" />
            <source>The answer from %1 ended before it was complete.</source>
            <translation>La réponse de %1 s’est interrompue avant d’être complète.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failureexplainer.cpp" line="75" />
            <source>Check the network and any proxy between the console and sipXconfig.</source>
            <translation>Vérifiez le réseau et tout proxy situé entre la console et sipXconfig.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failureexplainer.cpp" line="76" />
            <source>Repeat the request; check a command's effect first.</source>
            <translation>Répétez la requête ; s’il s’agit d’une commande, vérifiez d’abord son effet.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failureexplainer.cpp" line="80" />
            <source>Empty answer</source>
            <translation>Réponse vide</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failureexplainer.cpp" line="81" />
            <source>sipXconfig answered with an empty body: the recording service reached nothing behind it.</source>
            <translation>sipXconfig a répondu avec un corps vide : le service d’enregistrement n’a rien pu joindre derrière lui.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failureexplainer.cpp" line="82" />
            <source>Check that FreeSWITCH runs on the conference bridge and that its event socket (127.0.0.1:8021, password ClueCon) is enabled: the recording service uses it.</source>
            <translation>Vérifiez que FreeSWITCH est démarré sur le pont de conférence et que son socket d’événements (127.0.0.1:8021, mot de passe ClueCon) est activé : le service d’enregistrement l’utilise.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failureexplainer.cpp" line="84" />
            <source>For "record duration", an empty answer means that no recording file exists yet.</source>
            <translation>Pour « record duration », une réponse vide signifie qu’aucun fichier d’enregistrement n’existe encore.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failureexplainer.cpp" line="87" />
            <source>The conference service answered something the console does not understand: "%1".</source>
            <translation>Le service de conférence a répondu quelque chose que la console ne comprend pas : « %1 ».</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failureexplainer.cpp" line="89" />
            <source>Check the server address: it must point at sipXconfig's REST API.</source>
            <translation>Vérifiez l’adresse du serveur : elle doit pointer vers l’API REST de sipXconfig.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failureexplainer.cpp" line="90" />
            <source>Look at the raw answer in the log.</source>
            <translation>Consultez la réponse brute dans le journal.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failureexplainer.cpp" line="102" />
            <source>Member no longer there</source>
            <translation>Participant parti</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failureexplainer.cpp" line="104" />
            <source>FreeSWITCH has no member %1 in the conference ("Non-Existant ID"): the caller left, or rejoined and got a new id.</source>
            <translation>FreeSWITCH n’a aucun participant %1 dans la conférence (« Non-Existant ID ») : l’appelant est parti, ou il est revenu et a reçu un nouvel identifiant.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failureexplainer.cpp" line="107" />
            <source>No member matched the selection.</source>
            <translation>Aucun participant ne correspondait à la sélection.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failureexplainer.cpp" line="108" />
            <source>Refresh the member list and pick the member again: ids change when a caller rejoins.</source>
            <translation>Actualisez la liste des participants et sélectionnez à nouveau le participant : les identifiants changent lorsqu’un appelant revient.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failureexplainer.cpp" line="110" />
            <source>Unknown command</source>
            <translation>Commande inconnue</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failureexplainer.cpp" line="111" />
            <source>This FreeSWITCH version does not know the command "%1".</source>
            <translation>Cette version de FreeSWITCH ne connaît pas la commande « %1 ».</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failureexplainer.cpp" line="112" />
            <source>Check the spelling; some commands (tmute, floor, hold) exist only in newer FreeSWITCH versions.</source>
            <translation>Vérifiez l’orthographe ; certaines commandes (tmute, floor, hold) n’existent que dans les versions récentes de FreeSWITCH.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failureexplainer.cpp" line="116" />
            <source>Nobody in the conference</source>
            <translation>Personne dans la conférence</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failureexplainer.cpp" line="117" />
            <source>FreeSWITCH has no running conference "%1": sipXconfig knows it, but nobody is in it, so the bridge has no instance.</source>
            <translation>FreeSWITCH n’a pas de conférence « %1 » active : sipXconfig la connaît, mais personne n’y participe, le pont n’en a donc aucune instance.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failureexplainer.cpp" line="120" />
            <source>Wait until somebody dials in; the member list fills in by itself.</source>
            <translation>Attendez que quelqu’un appelle ; la liste des participants se remplit d’elle-même.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failureexplainer.cpp" line="121" />
            <source>Dial-out and invitations still work and start the conference.</source>
            <translation>Les appels sortants et les invitations fonctionnent toujours et démarrent la conférence.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failureexplainer.cpp" line="124" />
            <source>Arguments not accepted</source>
            <translation>Arguments non acceptés</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failureexplainer.cpp" line="125" />
            <source>Check the command's arguments against its usage text.</source>
            <translation>Comparez les arguments de la commande avec sa syntaxe.</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failureexplainer.cpp" line="126" />
            <source>FreeSWITCH reported an error</source>
            <translation>FreeSWITCH a signalé une erreur</translation>
        </message>
        <message>
            <location filename="../src/core/diagnostics/failureexplainer.cpp" line="128" />
            <source>Look at the FreeSWITCH answer in the log; refresh the member list.</source>
            <translation>Consultez la réponse de FreeSWITCH dans le journal ; actualisez la liste des participants.</translation>
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
            <translation>Participant %1</translation>
        </message>
    </context>
    <context>
        <name>cc::Parsers</name>
        <message>
            <location filename="../src/core/parsers/conferencesparser.cpp" line="63" />
            <location filename="../src/core/parsers/conferencesparser.cpp" line="97" />
            <source>The conference list from sipXconfig</source>
            <translation>La liste des conférences de sipXconfig</translation>
        </message>
        <message>
            <location filename="../src/core/parsers/conferencesparser.cpp" line="112" />
            <source>The conference list from sipXconfig has no "conferences" entry.</source>
            <translation>La liste des conférences de sipXconfig ne contient pas d’entrée « conferences ».</translation>
        </message>
        <message>
            <location filename="../src/core/parsers/conferencesparser.cpp" line="122" />
            <source>The conference list from sipXconfig contains an invalid entry.</source>
            <translation>La liste des conférences de sipXconfig contient une entrée non valide.</translation>
        </message>
        <message>
            <location filename="../src/core/parsers/detailsparser.cpp" line="106" />
            <location filename="../src/core/parsers/detailsparser.cpp" line="147" />
            <source>The conference details from sipXconfig</source>
            <translation>Les détails de la conférence de sipXconfig</translation>
        </message>
        <message>
            <location filename="../src/core/parsers/detailsparser.cpp" line="155" />
            <source>The conference details from sipXconfig have no "conference" entry.</source>
            <translation>Les détails de la conférence de sipXconfig ne contiennent pas d’entrée « conference ».</translation>
        </message>
        <message>
            <location filename="../src/core/parsers/detailsparser.cpp" line="203" />
            <source>The conference details from sipXconfig contain an invalid value.</source>
            <translation>Les détails de la conférence de sipXconfig contiennent une valeur non valide.</translation>
        </message>
        <message>
            <location filename="../src/core/parsers/listparser.cpp" line="129" />
            <source>FreeSWITCH answered "%1" instead of the member list.</source>
            <translation>FreeSWITCH a répondu « %1 » au lieu de la liste des participants.</translation>
        </message>
        <message>
            <location filename="../src/core/parsers/listparser.cpp" line="138" />
            <source>Line %1 of the member list is not a valid conference header: "%2".</source>
            <translation>La ligne %1 de la liste des participants n’est pas un en-tête de conférence valide : « %2 ».</translation>
        </message>
        <message>
            <location filename="../src/core/parsers/listparser.cpp" line="148" />
            <source>Line %1 of the member list has an invalid number.</source>
            <translation>La ligne %1 de la liste des participants contient un nombre non valide.</translation>
        </message>
        <message>
            <location filename="../src/core/parsers/listparser.cpp" line="168" />
            <source>Line %1 of the member list is not understood: "%2".</source>
            <translation>La ligne %1 de la liste des participants n’est pas comprise : « %2 ».</translation>
        </message>
        <message>
            <location filename="../src/core/parsers/listparser.cpp" line="183" />
            <source>Line %1 of the member list has an invalid number: "%2".</source>
            <translation>La ligne %1 de la liste des participants contient un nombre non valide : « %2 ».</translation>
        </message>
        <message>
            <location filename="../src/core/parsers/relateparser.cpp" line="36" />
            <source>FreeSWITCH answered "%1" instead of the relationship list.</source>
            <translation>FreeSWITCH a répondu « %1 » au lieu de la liste des relations.</translation>
        </message>
        <message>
            <location filename="../src/core/parsers/relateparser.cpp" line="39" />
            <source>Line %1 of the relationship list is not understood: "%2".</source>
            <translation>La ligne %1 de la liste des relations n’est pas comprise : « %2 ».</translation>
        </message>
        <message>
            <location filename="../src/core/parsers/restxmlutil.cpp" line="18" />
            <source>the document contains a document type declaration, which is not accepted</source>
            <translation>le document contient une déclaration de type de document, ce qui n’est pas accepté</translation>
        </message>
        <message>
            <location filename="../src/core/parsers/restxmlutil.cpp" line="28" />
            <source>the document is empty</source>
            <translation>le document est vide</translation>
        </message>
        <message>
            <location filename="../src/core/parsers/restxmlutil.cpp" line="32" />
            <source>expected &lt;%1&gt; but found &lt;%2&gt;</source>
            <translation>&lt;%1&gt; attendu mais &lt;%2&gt; trouvé</translation>
        </message>
        <message>
            <location filename="../src/core/parsers/restxmlutil.cpp" line="55" />
            <source>&lt;%1&gt; should be true or false but is "%2"</source>
            <translation>&lt;%1&gt; devrait valoir true ou false mais vaut « %2 »</translation>
        </message>
        <message>
            <location filename="../src/core/parsers/restxmlutil.cpp" line="68" />
            <source>&lt;%1&gt; should be a number but is "%2"</source>
            <translation>&lt;%1&gt; devrait être un nombre mais vaut « %2 »</translation>
        </message>
        <message>
            <location filename="../src/core/parsers/restxmlutil.cpp" line="76" />
            <source>%1 could not be read: %2.</source>
            <extracomment>%1 names the document, %2 is the reason</extracomment>
            <translation>%1 : lecture impossible (%2).</translation>
        </message>
        <message>
            <location filename="../src/core/parsers/restxmlutil.cpp" line="89" />
            <source>%1 is not valid JSON: %2.</source>
            <translation>%1 : JSON non valide (%2).</translation>
        </message>
        <message>
            <location filename="../src/core/parsers/xmllistreader.cpp" line="52" />
            <source>The conference list from FreeSWITCH is not valid XML: %1.</source>
            <translation>La liste des conférences de FreeSWITCH n’est pas un XML valide : %1.</translation>
        </message>
        <message>
            <location filename="../src/core/parsers/xmllistreader.cpp" line="75" />
            <source>The conference list contains a document type declaration, which FreeSWITCH never sends; it was not processed.</source>
            <translation>La liste des conférences contient une déclaration de type de document, ce que FreeSWITCH n’envoie jamais ; elle n’a pas été traitée.</translation>
        </message>
        <message>
            <location filename="../src/core/parsers/xmllistreader.cpp" line="87" />
            <source>The conference list from FreeSWITCH is empty.</source>
            <translation>La liste des conférences de FreeSWITCH est vide.</translation>
        </message>
        <message>
            <location filename="../src/core/parsers/xmllistreader.cpp" line="91" />
            <source>Expected &lt;conferences&gt; from FreeSWITCH but found &lt;%1&gt;.</source>
            <translation>&lt;conferences&gt; attendu de FreeSWITCH, mais &lt;%1&gt; trouvé.</translation>
        </message>
        <message>
            <location filename="../src/core/parsers/xmllistreader.cpp" line="126" />
            <source>The conference attribute %1="%2" is not a valid number.</source>
            <translation>L’attribut de conférence %1="%2" n’est pas un nombre valide.</translation>
        </message>
        <message>
            <location filename="../src/core/parsers/xmllistreader.cpp" line="252" />
            <source>Unexpected element &lt;%1&gt; where the conference list should have a value.</source>
            <translation>Élément &lt;%1&gt; inattendu là où la liste des conférences devrait contenir une valeur.</translation>
        </message>
        <message>
            <location filename="../src/core/parsers/xmllistreader.cpp" line="275" />
            <source>The member field &lt;%1&gt; has the invalid value "%2".</source>
            <translation>Le champ de participant &lt;%1&gt; a la valeur non valide « %2 ».</translation>
        </message>
        <message>
            <location filename="../src/core/parsers/xmllistreader.cpp" line="330" />
            <source>The member flag &lt;%1&gt; has the invalid value "%2".</source>
            <translation>L’indicateur de participant &lt;%1&gt; a la valeur non valide « %2 ».</translation>
        </message>
        <message>
            <location filename="../src/core/parsers/xmllistreader.cpp" line="385" />
            <source>The member field &lt;last_talking&gt; has the invalid value "%1".</source>
            <translation>Le champ de participant &lt;last_talking&gt; a la valeur non valide « %1 ».</translation>
        </message>
        <message>
            <location filename="../src/core/parsers/xmllistreader.cpp" line="422" />
            <source>A conference member at line %1, column %2 has no &lt;id&gt;.</source>
            <translation>Un participant de la conférence à la ligne %1, colonne %2, n’a pas d'&lt;id&gt;.</translation>
        </message>
        <message>
            <location filename="../src/core/parsers/xmllistparser.cpp" line="81" />
            <source>FreeSWITCH sent an empty reply instead of the conference list.</source>
            <translation>FreeSWITCH a envoyé une réponse vide au lieu de la liste des conférences.</translation>
        </message>
        <message>
            <location filename="../src/core/parsers/xmllistparser.cpp" line="89" />
            <source>FreeSWITCH answered "%1" instead of the conference list.</source>
            <translation>FreeSWITCH a répondu « %1 » au lieu de la liste des conférences.</translation>
        </message>
    </context>
    <context>
        <name>cc::ParticipantModel</name>
        <message>
            <location filename="../src/core/model/participantmodel.cpp" line="297" />
            <location filename="../src/core/model/participantmodel.cpp" line="308" />
            <source>Cannot speak to %1</source>
            <translation>Ne peut pas parler à %1</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantmodel.cpp" line="299" />
            <location filename="../src/core/model/participantmodel.cpp" line="306" />
            <source>Does not hear %1</source>
            <translation>N’entend pas %1</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantmodel.cpp" line="301" />
            <source>Sends video to %1</source>
            <translation>Envoie la vidéo à %1</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantmodel.cpp" line="310" />
            <source>Receives video from %1</source>
            <translation>Reçoit la vidéo de %1</translation>
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
            <translation>parle</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="193" />
            <source>floor</source>
            <translation>parole</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="218" />
            <location filename="../src/core/model/participantcolumns.cpp" line="229" />
            <source>muted</source>
            <translation>micro coupé</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="247" />
            <location filename="../src/core/model/participantcolumns.cpp" line="258" />
            <source>deaf</source>
            <translation>sourd</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="275" />
            <source>mod</source>
            <translation>modér.</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="305" />
            <source>hold</source>
            <translation>attente</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="329" />
            <location filename="../src/core/model/participantcolumns.cpp" line="339" />
            <source>video</source>
            <translation>vidéo</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="425" />
            <source>now</source>
            <translation>maintenant</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="427" />
            <source>%1 ago</source>
            <translation>il y a %1</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="428" />
            <source>never</source>
            <translation>jamais</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="95" />
            <source>Member id %1 (FreeSWITCH gives a new id on every join)</source>
            <translation>Identifiant de participant %1 (FreeSWITCH attribue un nouvel identifiant à chaque arrivée)</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="114" />
            <source>No caller-ID name</source>
            <translation>Aucun nom d’appelant</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="116" />
            <source>Number: %1</source>
            <translation>Numéro : %1</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="118" />
            <source>Ghost member (not counted)</source>
            <translation>Participant fantôme (non comptabilisé)</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="120" />
            <source>Channel UUID: %1</source>
            <translation>UUID du canal : %1</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="140" />
            <source>%1 on %2</source>
            <translation>%1 sur %2</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="165" />
            <source>Talking now</source>
            <translation>Parle actuellement</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="165" />
            <source>Not talking</source>
            <translation>Ne parle pas</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="170" />
            <source>muted but talking, wants to speak</source>
            <translation>micro coupé mais parle, demande la parole</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="196" />
            <source>Has the floor (the loudest speaker)</source>
            <translation>A la parole (l’intervenant le plus fort)</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="197" />
            <source>Does not have the floor</source>
            <translation>N’a pas la parole</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="222" />
            <location filename="../src/core/model/participantcolumns.cpp" line="251" />
            <source>On hold</source>
            <translation>En attente</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="223" />
            <source>Can speak</source>
            <translation>Peut parler</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="224" />
            <source>Muted: the others cannot hear this member</source>
            <translation>Micro coupé : les autres n’entendent pas ce participant</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="252" />
            <source>Can hear</source>
            <translation>Peut entendre</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="253" />
            <source>Deaf: this member hears nobody</source>
            <translation>Sourd : ce participant n’entend personne</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="268" />
            <location filename="../src/core/model/participantcolumns.cpp" line="280" />
            <source>Moderator</source>
            <translation>Modérateur</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="280" />
            <source>Not a moderator</source>
            <translation>Pas modérateur</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="282" />
            <source>The conference ends when this member leaves</source>
            <translation>La conférence se termine lorsque ce participant la quitte</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="284" />
            <source>Mandatory member: the conference ends when this member leaves</source>
            <translation>Participant obligatoire : la conférence se termine lorsque ce participant la quitte</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="308" />
            <source>On hold: hears music, is not heard</source>
            <translation>En attente : entend la musique, n’est pas entendu</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="309" />
            <source>Not on hold</source>
            <translation>Pas en attente</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="333" />
            <source>Audio only</source>
            <translation>Audio uniquement</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="334" />
            <source>Sends video (video bridge)</source>
            <translation>Envoie de la vidéo (pont vidéo)</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="335" />
            <source>Sends video</source>
            <translation>Envoie de la vidéo</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="359" />
            <source>Energy threshold %1: quieter audio is not mixed</source>
            <translation>Seuil d’énergie %1 : le son plus faible n’est pas mixé</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="376" />
            <source>Input volume %1 (range -4 to 4)</source>
            <translation>Volume d’entrée %1 (plage -4 à 4)</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="393" />
            <source>Output volume %1 (range -4 to 4)</source>
            <translation>Volume de sortie %1 (plage -4 à 4)</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="409" />
            <source>Joined at %1, %2 ago</source>
            <translation>Entré à %1, il y a %2</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="433" />
            <source>Has not talked yet</source>
            <translation>N’a pas encore parlé</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="434" />
            <source>Last talked at %1, %2 ago</source>
            <translation>A parlé pour la dernière fois à %1, il y a %2</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="171" />
            <source>not talking</source>
            <translation>ne parle pas</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="201" />
            <source>has the floor</source>
            <translation>a la parole</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="201" />
            <source>no floor</source>
            <translation>pas la parole</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="230" />
            <location filename="../src/core/model/participantcolumns.cpp" line="259" />
            <location filename="../src/core/model/participantcolumns.cpp" line="313" />
            <source>on hold</source>
            <translation>en attente</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="230" />
            <source>can speak</source>
            <translation>peut parler</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="259" />
            <source>can hear</source>
            <translation>peut entendre</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="289" />
            <source>moderator</source>
            <translation>modérateur</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="289" />
            <source>not a moderator</source>
            <translation>pas modérateur</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="313" />
            <source>not on hold</source>
            <translation>pas en attente</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="339" />
            <source>audio only</source>
            <translation>audio uniquement</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="85" />
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="102" />
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="129" />
            <source>Number</source>
            <translation>Numéro</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="147" />
            <source>Talking</source>
            <translation>Parle</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="185" />
            <source>Floor</source>
            <translation>Parole</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="210" />
            <source>Speak</source>
            <translation>Parler</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="239" />
            <source>Hear</source>
            <translation>Entendre</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="298" />
            <source>Hold</source>
            <translation>Attente</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="322" />
            <source>Video</source>
            <translation>Vidéo</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="348" />
            <source>Energy</source>
            <translation>Énergie</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="366" />
            <source>Volume in</source>
            <translation>Vol. entrée</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="383" />
            <source>Volume out</source>
            <translation>Vol. sortie</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="400" />
            <source>In call</source>
            <translation>En communication</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="417" />
            <source>Last talked</source>
            <translation>Dernière prise de parole</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="86" />
            <source>FreeSWITCH member id; a caller who rejoins gets a new one</source>
            <translation>Identifiant de participant FreeSWITCH ; un appelant qui revient en reçoit un nouveau</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="103" />
            <source>Caller-ID name, and any relationships set with relate</source>
            <translation>Nom d’appelant, et les éventuelles relations définies avec relate</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="130" />
            <source>Caller-ID number</source>
            <translation>Numéro d’appelant</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="148" />
            <source>Marked while the member is talking</source>
            <translation>Marqué lorsque le participant parle</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="158" />
            <source>wants to speak</source>
            <translation>demande la parole</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="164" />
            <source>Muted, but talking — wants to speak?</source>
            <translation>Micro coupé, mais parle — demande la parole ?</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="186" />
            <source>Marked for the member who has the floor (the current main speaker)</source>
            <translation>Marqué pour le participant qui a la parole (l’intervenant principal actuel)</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="212" />
            <source>"muted" when the others cannot hear this member</source>
            <translation>« micro coupé » lorsque les autres n’entendent pas ce participant</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="241" />
            <source>"deaf" when this member cannot hear the conference</source>
            <translation>« sourd » lorsque ce participant n’entend pas la conférence</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="269" />
            <source>"mod" for conference moderators</source>
            <translation>« modér. » pour les modérateurs de la conférence</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="299" />
            <source>"hold" while the member is on hold</source>
            <translation>« attente » lorsque le participant est en attente</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="323" />
            <source>"video" when the member sends video</source>
            <translation>« vidéo » lorsque le participant envoie de la vidéo</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="349" />
            <source>Energy threshold: audio quieter than this is not mixed</source>
            <translation>Seuil d’énergie : le son plus faible que ce seuil n’est pas mixé</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="368" />
            <source>Gain applied to what the member says (-4 to 4)</source>
            <translation>Gain appliqué à ce que dit le participant (-4 à 4)</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="385" />
            <source>Gain applied to what the member hears (-4 to 4)</source>
            <translation>Gain appliqué à ce qu’entend le participant (-4 à 4)</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="401" />
            <source>Time in the conference</source>
            <translation>Durée de présence dans la conférence</translation>
        </message>
        <message>
            <location filename="../src/core/model/participantcolumns.cpp" line="418" />
            <source>Time since the member last talked</source>
            <translation>Temps écoulé depuis la dernière prise de parole du participant</translation>
        </message>
    </context>
    <context>
        <name>cc::PushConferenceSource</name>
        <message>
            <location filename="../src/core/sources/pushconferencesource.cpp" line="150" />
            <source>The member list of "%1" could not be read: %2</source>
            <translation>Impossible de lire la liste des participants de « %1 » : %2</translation>
        </message>
    </context>
    <context>
        <name>cc::RaiseHandQueue</name>
        <message>
            <location filename="../src/core/insights/raisehandqueue.cpp" line="153" />
            <source>Number: %1</source>
            <translation>Numéro : %1</translation>
        </message>
        <message>
            <location filename="../src/core/insights/raisehandqueue.cpp" line="157" />
            <source>%1 raised a hand and has been waiting %2; talking now while muted.</source>
            <translation>%1 a levé la main et attend depuis %2 ; parle actuellement avec le micro coupé.</translation>
        </message>
        <message>
            <location filename="../src/core/insights/raisehandqueue.cpp" line="159" />
            <source>%1 raised a hand and has been waiting %2.</source>
            <translation>%1 a levé la main et attend depuis %2.</translation>
        </message>
        <message>
            <location filename="../src/core/insights/raisehandqueue.cpp" line="166" />
            <source>waiting %1</source>
            <translation>attend depuis %1</translation>
        </message>
    </context>
    <context>
        <name>cc::RestClient</name>
        <message>
            <location filename="../src/core/rest/restclient.cpp" line="162" />
            <source>The server address is not a valid http or https URL.</source>
            <translation>L’adresse du serveur n’est pas une URL http ou https valide.</translation>
        </message>
        <message>
            <location filename="../src/core/rest/restclient.cpp" line="169" />
            <source>The request was not sent: "." and ".." cannot be used as a conference name or path segment, because URLs treat them as navigation.</source>
            <translation>La requête n’a pas été envoyée : « . » et « .. » ne peuvent pas servir de nom de conférence ni de segment de chemin, car les URL les interprètent comme de la navigation.</translation>
        </message>
        <message>
            <location filename="../src/core/rest/restclient.cpp" line="368" />
            <source>No complete answer within %1 s.</source>
            <translation>Aucune réponse complète dans un délai de %1 s.</translation>
        </message>
        <message>
            <location filename="../src/core/rest/restclient.cpp" line="372" />
            <source>The connection closed before the server answered. The command was not sent again because it must not run twice; check its effect before repeating it.</source>
            <translation>La connexion s’est fermée avant la réponse du serveur. La commande n’a pas été renvoyée, car elle ne doit pas être exécutée deux fois ; vérifiez son effet avant de la répéter.</translation>
        </message>
        <message>
            <location filename="../src/core/rest/restclient.cpp" line="378" />
            <source>The response exceeded %1 bytes.</source>
            <translation>La réponse a dépassé %1 octets.</translation>
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
            <translation>Aucune connexion au serveur n’est configurée.</translation>
        </message>
    </context>
    <context>
        <name>cc::ServerUrl</name>
        <message>
            <location filename="../src/core/rest/serverurl.cpp" line="28" />
            <source>No server address given.</source>
            <translation>Aucune adresse de serveur indiquée.</translation>
        </message>
        <message>
            <location filename="../src/core/rest/serverurl.cpp" line="33" />
            <source>No scheme given: assumed https://.</source>
            <translation>Aucun schéma indiqué : https:// supposé.</translation>
        </message>
        <message>
            <location filename="../src/core/rest/serverurl.cpp" line="40" />
            <source>“%1” is not a server address.</source>
            <translation>« %1 » n’est pas une adresse de serveur.</translation>
        </message>
        <message>
            <location filename="../src/core/rest/serverurl.cpp" line="44" />
            <source>“%1” is not an http(s) URL.</source>
            <translation>« %1 » n’est pas une URL http(s).</translation>
        </message>
        <message>
            <location filename="../src/core/rest/serverurl.cpp" line="48" />
            <source>Do not put credentials into the URL; the console asks for them.</source>
            <translation>Ne placez pas d’identifiants dans l’URL ; la console les demande.</translation>
        </message>
        <message>
            <location filename="../src/core/rest/serverurl.cpp" line="52" />
            <source>Ignored the query and fragment of the URL.</source>
            <translation>La chaîne de requête et le fragment de l’URL ont été ignorés.</translation>
        </message>
        <message>
            <location filename="../src/core/rest/serverurl.cpp" line="72" />
            <source>No path given: assumed %1.</source>
            <translation>Aucun chemin indiqué : %1 supposé.</translation>
        </message>
        <message>
            <location filename="../src/core/rest/serverurl.cpp" line="75" />
            <source>Completed the path to %1.</source>
            <translation>Chemin complété en %1.</translation>
        </message>
        <message>
            <location filename="../src/core/rest/serverurl.cpp" line="83" />
            <source>Used the server part of the URL; ignored “%1”.</source>
            <translation>Seule la partie serveur de l’URL a été utilisée ; « %1 » a été ignoré.</translation>
        </message>
        <message>
            <location filename="../src/core/rest/serverurl.cpp" line="85" />
            <source>Used the server part of the URL; it names the conference “%1”.</source>
            <translation>Seule la partie serveur de l’URL a été utilisée ; elle désigne la conférence « %1 ».</translation>
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
            <translation>Numéro : %1</translation>
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
            <translation>attend depuis %1</translation>
        </message>
    </context>
    <context>
        <name>gui::AttendanceDialog</name>
        <message>
            <location filename="../src/gui/dialogs/attendancedialog.cpp" line="77" />
            <source>Export &amp;CSV…</source>
            <translation>Exporter en &amp;CSV…</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/attendancedialog.cpp" line="78" />
            <source>Export &amp;PDF…</source>
            <translation>Exporter en &amp;PDF…</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/attendancedialog.cpp" line="79" />
            <source>P&amp;rint…</source>
            <translation>&amp;Imprimer…</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/attendancedialog.cpp" line="91" />
            <location filename="../src/gui/dialogs/attendancedialog.cpp" line="151" />
            <source>Attendance</source>
            <translation>Liste de présence</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/attendancedialog.cpp" line="88" />
            <source>Member</source>
            <translation>Participant</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/attendancedialog.cpp" line="88" />
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/attendancedialog.cpp" line="88" />
            <source>Number</source>
            <translation>Numéro</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/attendancedialog.cpp" line="88" />
            <source>Moderator</source>
            <translation>Modérateur</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/attendancedialog.cpp" line="88" />
            <source>Joined</source>
            <translation>Arrivée</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/attendancedialog.cpp" line="89" />
            <source>Left</source>
            <translation>Départ</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/attendancedialog.cpp" line="89" />
            <source>Present</source>
            <translation>Présence</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/attendancedialog.cpp" line="89" />
            <source>Talk time</source>
            <translation>Temps de parole</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/attendancedialog.cpp" line="89" />
            <source>Turns</source>
            <translation>Prises de parole</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/attendancedialog.cpp" line="90" />
            <source>Muted</source>
            <translation>Micro coupé</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/attendancedialog.cpp" line="100" />
            <source>Export CSV</source>
            <translation>Exporter en CSV</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/attendancedialog.cpp" line="102" />
            <source>Export PDF</source>
            <translation>Exporter en PDF</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/attendancedialog.cpp" line="104" />
            <source>Print</source>
            <translation>Imprimer</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/attendancedialog.cpp" line="151" />
            <location filename="../src/gui/dialogs/attendancedialog.cpp" line="271" />
            <source>Attendance — %1</source>
            <translation>Liste de présence — %1</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/attendancedialog.cpp" line="196" />
            <source>Call %1</source>
            <translation>Appel %1</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/attendancedialog.cpp" line="199" />
            <source>yes</source>
            <translation>oui</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/attendancedialog.cpp" line="199" />
            <source>no</source>
            <translation>non</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/attendancedialog.cpp" line="204" />
            <source>still here</source>
            <translation>toujours présent</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/attendancedialog.cpp" line="222" />
            <source>No conference.</source>
            <translation>Aucune conférence.</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/attendancedialog.cpp" line="224" />
            <source>Nobody has joined %1 yet.</source>
            <translation>Personne n’a encore rejoint %1.</translation>
        </message>
        <message numerus="yes">
            <location filename="../src/gui/dialogs/attendancedialog.cpp" line="226" />
            <source>%n member(s) seen in %1, %2 still in.</source>
            <translation>
                <numerusform>%n participant vu dans %1, encore présents : %2.</numerusform>
                <numerusform>%n participants vus dans %1, encore présents : %2.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/attendancedialog.cpp" line="229" />
            <source>%1 Meeting started at %2.</source>
            <translation>%1 Réunion commencée à %2.</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/attendancedialog.cpp" line="238" />
            <location filename="../src/gui/dialogs/attendancedialog.cpp" line="254" />
            <source>There is no attendance to export.</source>
            <translation>Aucune donnée de présence à exporter.</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/attendancedialog.cpp" line="244" />
            <location filename="../src/gui/dialogs/attendancedialog.cpp" line="263" />
            <source>Could not write %1: %2</source>
            <translation>Impossible d’écrire %1 : %2</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/attendancedialog.cpp" line="278" />
            <source>Could not write %1.</source>
            <translation>Impossible d’écrire %1.</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/attendancedialog.cpp" line="301" />
            <source>Export Attendance as CSV</source>
            <translation>Exporter la liste de présence en CSV</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/attendancedialog.cpp" line="302" />
            <source>CSV files (*.csv)</source>
            <translation>Fichiers CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/attendancedialog.cpp" line="306" />
            <location filename="../src/gui/dialogs/attendancedialog.cpp" line="317" />
            <source>Saved %1.</source>
            <translation>%1 enregistré.</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/attendancedialog.cpp" line="312" />
            <source>Export Attendance as PDF</source>
            <translation>Exporter la liste de présence en PDF</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/attendancedialog.cpp" line="313" />
            <source>PDF files (*.pdf)</source>
            <translation>Fichiers PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/attendancedialog.cpp" line="338" />
            <source>Sent the attendance report to %1.</source>
            <translation>Rapport de présence envoyé à %1.</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/attendancedialog.cpp" line="339" />
            <source>Printing failed.</source>
            <translation>L’impression a échoué.</translation>
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
            <translation>Erreur FreeSWITCH</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/auditdialog.cpp" line="34" />
            <source>Bridge unreachable</source>
            <translation>Pont injoignable</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/auditdialog.cpp" line="36" />
            <source>HTTP error</source>
            <translation>Erreur HTTP</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/auditdialog.cpp" line="38" />
            <source>No answer</source>
            <translation>Pas de réponse</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/auditdialog.cpp" line="64" />
            <source>Export CSV…</source>
            <translation>Exporter en CSV…</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/auditdialog.cpp" line="68" />
            <source>Audit Trail</source>
            <translation>Journal d’audit</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/auditdialog.cpp" line="70" />
            <source>Filter by command, member, user, answer…</source>
            <translation>Filtrer par commande, participant, utilisateur, réponse…</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/auditdialog.cpp" line="75" />
            <source>Sent commands</source>
            <translation>Commandes envoyées</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/auditdialog.cpp" line="76" />
            <source>Time</source>
            <translation>Heure</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/auditdialog.cpp" line="76" />
            <source>Conference</source>
            <translation>Conférence</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/auditdialog.cpp" line="76" />
            <source>User</source>
            <translation>Utilisateur</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/auditdialog.cpp" line="76" />
            <source>Command</source>
            <translation>Commande</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/auditdialog.cpp" line="77" />
            <source>Members</source>
            <translation>Participants</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/auditdialog.cpp" line="77" />
            <source>Outcome</source>
            <translation>Résultat</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/auditdialog.cpp" line="77" />
            <source>HTTP</source>
            <translation>HTTP</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/auditdialog.cpp" line="77" />
            <source>Answer</source>
            <translation>Réponse</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/auditdialog.cpp" line="77" />
            <source>Request</source>
            <translation>Requête</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/auditdialog.cpp" line="78" />
            <source>Server</source>
            <translation>Serveur</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/auditdialog.cpp" line="82" />
            <source>Reload</source>
            <translation>Recharger</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/auditdialog.cpp" line="90" />
            <source>Conference:</source>
            <translation>Conférence :</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/auditdialog.cpp" line="129" />
            <source>All</source>
            <translation>Toutes</translation>
        </message>
        <message numerus="yes">
            <location filename="../src/gui/troubleshooting/auditdialog.cpp" line="171" />
            <source>%1 of %n command(s) shown.</source>
            <translation>
                <numerusform>Affichage : %1 sur %n commande.</numerusform>
                <numerusform>Affichage : %1 sur %n commandes.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../src/gui/troubleshooting/auditdialog.cpp" line="173" />
            <source>%n damaged line(s) skipped.</source>
            <translation>
                <numerusform>%n ligne endommagée ignorée.</numerusform>
                <numerusform>%n lignes endommagées ignorées.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/auditdialog.cpp" line="175" />
            <source>No commands recorded yet in %1.</source>
            <translation>Aucune commande enregistrée pour l’instant dans %1.</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/auditdialog.cpp" line="185" />
            <source>Could not write %1: %2</source>
            <translation>Impossible d’écrire %1 : %2</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/auditdialog.cpp" line="194" />
            <source>Export Audit Trail</source>
            <translation>Exporter le journal d’audit</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/auditdialog.cpp" line="194" />
            <source>CSV files (*.csv)</source>
            <translation>Fichiers CSV (*.csv)</translation>
        </message>
        <message numerus="yes">
            <location filename="../src/gui/troubleshooting/auditdialog.cpp" line="198" />
            <source>Exported %n command(s) to %1.</source>
            <translation>
                <numerusform>%n commande exportée vers %1.</numerusform>
                <numerusform>%n commandes exportées vers %1.</numerusform>
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
            <translation>Certificat du serveur</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/certificatedialog.cpp" line="71" />
            <source>(none)</source>
            <translation>(aucun)</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/certificatedialog.cpp" line="75" />
            <source>Issued to:</source>
            <translation>Délivré à :</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/certificatedialog.cpp" line="84" />
            <source>Host names:</source>
            <translation>Noms d’hôte :</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/certificatedialog.cpp" line="89" />
            <source>%1 (self-signed)</source>
            <translation>%1 (auto-signé)</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/certificatedialog.cpp" line="93" />
            <source>Issued by:</source>
            <translation>Délivré par :</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/certificatedialog.cpp" line="98" />
            <source>%1 to %2</source>
            <translation>du %1 au %2</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/certificatedialog.cpp" line="104" />
            <source>(expired)</source>
            <translation>(expiré)</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/certificatedialog.cpp" line="106" />
            <source>(not yet valid)</source>
            <translation>(pas encore valide)</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/certificatedialog.cpp" line="109" />
            <source>Valid:</source>
            <translation>Validité :</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/certificatedialog.cpp" line="114" />
            <source>SHA-256:</source>
            <translation>SHA-256 :</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/certificatedialog.cpp" line="117" />
            <source>Problems found:</source>
            <translation>Problèmes détectés :</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/certificatedialog.cpp" line="139" />
            <location filename="../src/gui/connection/certificatedialog.cpp" line="237" />
            <source>Trust this certificate for this profile</source>
            <translation>Approuver ce certificat pour ce profil</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/certificatedialog.cpp" line="194" />
            <source>The certificate is self-signed: no certificate authority vouches for it.</source>
            <translation>Le certificat est auto-signé : aucune autorité de certification ne s’en porte garante.</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/certificatedialog.cpp" line="199" />
            <source>The certificate was issued by an authority this computer does not know.</source>
            <translation>Le certificat a été délivré par une autorité inconnue de cet ordinateur.</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/certificatedialog.cpp" line="201" />
            <source>The certificate is not trusted for identifying servers.</source>
            <translation>Le certificat n’est pas approuvé pour l’identification de serveurs.</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/certificatedialog.cpp" line="203" />
            <source>The certificate has expired.</source>
            <translation>Le certificat a expiré.</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/certificatedialog.cpp" line="205" />
            <source>The certificate is not valid yet (check this computer's clock).</source>
            <translation>Le certificat n’est pas encore valide (vérifiez l’horloge de cet ordinateur).</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/certificatedialog.cpp" line="207" />
            <source>The certificate was issued for a different host name than the one you connected to.</source>
            <translation>Le certificat a été délivré pour un nom d’hôte différent de celui auquel vous vous êtes connecté.</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/certificatedialog.cpp" line="209" />
            <source>The certificate has been revoked by its issuer.</source>
            <translation>Le certificat a été révoqué par son émetteur.</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/certificatedialog.cpp" line="212" />
            <source>The certificate's signature is invalid or the certificate is blocked.</source>
            <translation>La signature du certificat n’est pas valide ou le certificat est bloqué.</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/certificatedialog.cpp" line="224" />
            <source>Refused: the certificate differs from the pinned one</source>
            <translation>Refusé : le certificat diffère du certificat épinglé</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/certificatedialog.cpp" line="226" />
            <source>This profile trusts a specific certificate, and the server now presents a different one. That happens when the server's certificate was renewed, but it can also mean someone is intercepting the connection. Compare the fingerprint with the server administrator before trusting it.</source>
            <translation>Ce profil approuve un certificat précis, et le serveur en présente désormais un autre. Cela se produit lorsque le certificat du serveur a été renouvelé, mais cela peut aussi signifier que quelqu’un intercepte la connexion. Comparez l’empreinte avec l’administrateur du serveur avant de l’approuver.</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/certificatedialog.cpp" line="230" />
            <source>Trust the new certificate for this profile</source>
            <translation>Approuver le nouveau certificat pour ce profil</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/certificatedialog.cpp" line="232" />
            <source>The server's certificate is not trusted</source>
            <translation>Le certificat du serveur n’est pas approuvé</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/certificatedialog.cpp" line="234" />
            <source>The connection was stopped because this computer cannot verify the server's identity. If the fingerprint below matches the one your administrator gave you, you can trust this certificate for this profile; it will be pinned and checked on every connection.</source>
            <translation>La connexion a été interrompue, car cet ordinateur ne peut pas vérifier l’identité du serveur. Si l’empreinte ci-dessous correspond à celle que votre administrateur vous a communiquée, vous pouvez approuver ce certificat pour ce profil ; il sera épinglé et vérifié à chaque connexion.</translation>
        </message>
    </context>
    <context>
        <name>gui::CommandController</name>
        <message>
            <location filename="../src/gui/conference/commandcontroller.cpp" line="62" />
            <source>The audit trail could not be written: %1</source>
            <translation>Impossible d’écrire le journal d’audit : %1</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/commandcontroller.cpp" line="83" />
            <source>The command is not valid.</source>
            <translation>La commande n’est pas valide.</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/commandcontroller.cpp" line="89" />
            <source>The connection to the server is closed.</source>
            <translation>La connexion au serveur est fermée.</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/commandcontroller.cpp" line="133" />
            <source>%1: done</source>
            <translation>%1 : terminé</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/commandcontroller.cpp" line="134" />
            <source>%1 failed</source>
            <translation>Échec de %1</translation>
        </message>
    </context>
    <context>
        <name>gui::ConferenceFeed</name>
        <message>
            <location filename="../src/gui/conference/conferencefeed.cpp" line="62" />
            <source> — polling stopped</source>
            <translation> — interrogation arrêtée</translation>
        </message>
    </context>
    <context>
        <name>gui::ConferenceHeader</name>
        <message>
            <location filename="../src/gui/conference/conferenceheader.cpp" line="60" />
            <location filename="../src/gui/conference/conferenceheader.cpp" line="115" />
            <source>Locked</source>
            <translation>Verrouillée</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferenceheader.cpp" line="61" />
            <source>The conference is locked: nobody new can join.</source>
            <translation>La conférence est verrouillée : personne ne peut plus la rejoindre.</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferenceheader.cpp" line="62" />
            <source>Conference locked</source>
            <translation>Conférence verrouillée</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferenceheader.cpp" line="66" />
            <source>The conference is being recorded.</source>
            <translation>La conférence est en cours d’enregistrement.</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferenceheader.cpp" line="78" />
            <source>What runs for this meeting while this console is open (Meeting menu).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/gui/conference/conferenceheader.cpp" line="108" />
            <source>● REC %1</source>
            <translation>● ENR %1</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferenceheader.cpp" line="132" />
            <source>connecting…</source>
            <translation>connexion…</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferenceheader.cpp" line="134" />
            <source>not running (nobody in it)</source>
            <translation>inactive (aucun participant)</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferenceheader.cpp" line="144" />
            <source>Not recording</source>
            <translation>Pas d’enregistrement en cours</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferenceheader.cpp" line="145" />
            <source>Recording for %1</source>
            <translation>Enregistrement en cours depuis %1</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferenceheader.cpp" line="149" />
            <source>%1 (paused)</source>
            <translation>%1 (en pause)</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferenceheader.cpp" line="150" />
            <source>Recording (sipXconfig)</source>
            <translation>Enregistrement (sipXconfig)</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferenceheader.cpp" line="158" />
            <source>live via event socket · re-synced just now</source>
            <translation>en direct via le socket d’événements · resynchronisé à l’instant</translation>
        </message>
        <message numerus="yes">
            <location filename="../src/gui/conference/conferenceheader.cpp" line="159" />
            <source>live via event socket · re-synced %n s ago</source>
            <translation>
                <numerusform>en direct via le socket d’événements · resynchronisé il y a %n s</numerusform>
                <numerusform>en direct via le socket d’événements · resynchronisé il y a %n s</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferenceheader.cpp" line="161" />
            <source>updated just now</source>
            <translation>mis à jour à l’instant</translation>
        </message>
        <message numerus="yes">
            <location filename="../src/gui/conference/conferenceheader.cpp" line="161" />
            <source>updated %n s ago</source>
            <translation>
                <numerusform>mis à jour il y a %n s</numerusform>
                <numerusform>mis à jour il y a %n s</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferenceheader.cpp" line="163" />
            <source>not updated yet</source>
            <translation>pas encore mis à jour</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferenceheader.cpp" line="168" />
            <source>⚠ Data may be out of date</source>
            <translation>⚠ Les données ne sont peut-être plus à jour</translation>
        </message>
    </context>
    <context>
        <name>gui::ConferenceInsights</name>
        <message>
            <location filename="../src/gui/conference/conferenceinsights.cpp" line="71" />
            <source>&lt;b&gt;Who spoke when&lt;/b&gt;</source>
            <translation>&lt;b&gt;Qui a parlé quand&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferenceinsights.cpp" line="73" />
            <source>Talking over the last minutes, one lane per member; right-click to change the span.</source>
            <translation>Prises de parole des dernières minutes, une ligne par participant ; clic droit pour changer la durée.</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferenceinsights.cpp" line="105" />
            <source>Attendance — %1</source>
            <translation>Liste de présence — %1</translation>
        </message>
    </context>
    <context>
        <name>gui::ConferenceListDock</name>
        <message>
            <location filename="../src/gui/conference/conferencelistdock.cpp" line="30" />
            <source>Conferences</source>
            <translation>Conférences</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencelistdock.cpp" line="36" />
            <source>Conference</source>
            <translation>Conférence</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencelistdock.cpp" line="36" />
            <source>Ext.</source>
            <translation>Poste</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencelistdock.cpp" line="36" />
            <source>Members</source>
            <translation>Participants</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencelistdock.cpp" line="36" />
            <location filename="../src/gui/conference/conferencelistdock.cpp" line="44" />
            <source>Lock</source>
            <translation>Verrou</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencelistdock.cpp" line="36" />
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencelistdock.cpp" line="40" />
            <source>Locked conferences accept no new callers</source>
            <translation>Les conférences verrouillées n’acceptent aucun nouvel appelant</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencelistdock.cpp" line="78" />
            <source>%1 — loading…</source>
            <translation>%1 — chargement…</translation>
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
            <translation>1 conférence</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencelistdock.cpp" line="269" />
            <source>%1 conferences</source>
            <translation>%1 conférences</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencelistdock.cpp" line="163" />
            <source>Double-click to open</source>
            <translation>Double-cliquez pour ouvrir</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencelistdock.cpp" line="38" />
            <source>Members in each conference: live for open ones, as of the last list refresh for the others; — when the server does not say</source>
            <translation>Participants de chaque conférence : en direct pour les conférences ouvertes, à la dernière actualisation de la liste pour les autres ; — si le serveur ne l’indique pas</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencelistdock.cpp" line="163" />
            <source>Disabled on the server</source>
            <translation>Désactivée sur le serveur</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencelistdock.cpp" line="276" />
            <source>%1 — connecting…</source>
            <translation>%1 — connexion…</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencelistdock.cpp" line="285" />
            <source>Right-click to disconnect, reconnect or edit it</source>
            <translation>Clic droit pour la déconnecter, la reconnecter ou la modifier</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencelistdock.cpp" line="293" />
            <source>Members now (the conference is open)</source>
            <translation>Participants actuels (la conférence est ouverte)</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencelistdock.cpp" line="296" />
            <source>Members when the list was last read</source>
            <translation>Participants lors de la dernière lecture de la liste</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencelistdock.cpp" line="299" />
            <source>Not known until the conference is opened</source>
            <translation>Inconnu tant que la conférence n’est pas ouverte</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencelistdock.cpp" line="304" />
            <location filename="../src/gui/conference/conferencelistdock.cpp" line="305" />
            <source>Locked</source>
            <translation>Verrouillée</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencelistdock.cpp" line="308" />
            <location filename="../src/gui/conference/conferencelistdock.cpp" line="309" />
            <source>Not locked</source>
            <translation>Non verrouillée</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencelistdock.cpp" line="308" />
            <source>Unknown until opened</source>
            <translation>Inconnu jusqu’à l’ouverture</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencelistdock.cpp" line="309" />
            <source>Unknown</source>
            <translation>Inconnu</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencelistdock.cpp" line="345" />
            <source>Open</source>
            <translation>Ouvrir</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencelistdock.cpp" line="350" />
            <source>Refresh list</source>
            <translation>Actualiser la liste</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencelistdock.cpp" line="357" />
            <source>Reconnect</source>
            <translation>Reconnecter</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencelistdock.cpp" line="361" />
            <source>Edit…</source>
            <translation>Modifier…</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencelistdock.cpp" line="364" />
            <source>Disconnect</source>
            <translation>Déconnecter</translation>
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
            <translation>Les participants ne peuvent être déplacés qu’entre des conférences d’un même serveur.</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetabs.cpp" line="187" />
            <source>Moved back to %1</source>
            <translation>Retour vers %1 effectué</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetabs.cpp" line="212" />
            <source>%1 @ %2</source>
            <translation>%1 @ %2</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetabs.cpp" line="213" />
            <source>%1 on %2</source>
            <translation>%1 sur %2</translation>
        </message>
    </context>
    <context>
        <name>gui::ConferenceToolbar</name>
        <message>
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="46" />
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="247" />
            <source>Lock</source>
            <translation>Verrouiller</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="46" />
            <source>Lock or unlock the conference</source>
            <translation>Verrouiller ou déverrouiller la conférence</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="57" />
            <source>Mute all</source>
            <translation>Couper tous les micros</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="57" />
            <source>Mute every member (mute all)</source>
            <translation>Couper le micro de tous les participants (mute all)</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="61" />
            <source>Mute non-moderators</source>
            <translation>Couper les micros sauf modérateurs</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="62" />
            <source>Mute everybody except moderators (mute non_moderator)</source>
            <translation>Couper le micro de tous sauf les modérateurs (mute non_moderator)</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="65" />
            <source>Unmute all</source>
            <translation>Rétablir tous les micros</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="65" />
            <source>Unmute every member</source>
            <translation>Rétablir le micro de tous les participants</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="73" />
            <source>Deaf all</source>
            <translation>Rendre tout le monde sourd</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="73" />
            <source>Make every member deaf</source>
            <translation>Rendre tous les participants sourds</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="76" />
            <source>Undeaf all</source>
            <translation>Rétablir l’écoute de tous</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="77" />
            <source>Let every member hear again</source>
            <translation>Permettre à nouveau à tous les participants d’entendre</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="83" />
            <source>Kick all…</source>
            <translation>Exclure tout le monde…</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="84" />
            <source>Remove every member from the conference</source>
            <translation>Retirer tous les participants de la conférence</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="87" />
            <source>Kick all members</source>
            <translation>Exclure tous les participants</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="88" />
            <source>Remove all members (%1) from %2?</source>
            <translation>Retirer tous les participants (%1) de %2 ?</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="89" />
            <source>Kick all</source>
            <translation>Exclure tout le monde</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="97" />
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="204" />
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="251" />
            <source>Record</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="98" />
            <source>Start or stop recording to the owner's mailbox</source>
            <translation>Démarrer ou arrêter l’enregistrement vers la messagerie vocale du propriétaire</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="101" />
            <source>Start recording to a file on the FreeSWITCH server, or stop every recording</source>
            <translation>Démarrer l’enregistrement dans un fichier sur le serveur FreeSWITCH, ou arrêter tous les enregistrements</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="107" />
            <source>Play file…</source>
            <translation>Lire un fichier…</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="108" />
            <source>Play a sound file to the whole conference</source>
            <translation>Diffuser un fichier audio à toute la conférence</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="110" />
            <source>Play file</source>
            <translation>Lire un fichier</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="110" />
            <source>File on the media server:</source>
            <translation>Fichier sur le serveur multimédia :</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="114" />
            <source>Stop playback</source>
            <translation>Arrêter la lecture</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="115" />
            <source>Stop every file playing to the conference</source>
            <translation>Arrêter tous les fichiers diffusés dans la conférence</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="118" />
            <source>Say…</source>
            <translation>Énoncer…</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="119" />
            <source>Speak a text to the whole conference (TTS)</source>
            <translation>Énoncer un texte à toute la conférence (synthèse vocale)</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="121" />
            <source>Say</source>
            <translation>Énoncer</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="121" />
            <source>Text to speak to everybody:</source>
            <translation>Texte à énoncer à tous :</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="129" />
            <source>Set PIN…</source>
            <translation>Définir le PIN…</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="129" />
            <source>Require a PIN to join</source>
            <translation>Exiger un code PIN pour rejoindre la conférence</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="131" />
            <source>Conference PIN</source>
            <translation>PIN de la conférence</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="132" />
            <source>New participant PIN (digits):</source>
            <translation>Nouveau code PIN des participants (chiffres) :</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="135" />
            <source>Remove PIN</source>
            <translation>Supprimer le PIN</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="136" />
            <source>Let callers join without a PIN</source>
            <translation>Permettre aux appelants de rejoindre sans code PIN</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="141" />
            <source>Dial out…</source>
            <translation>Appeler…</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="142" />
            <source>Call someone into the conference (Ctrl+Shift+D)</source>
            <translation>Appeler quelqu’un pour l’ajouter à la conférence (Ctrl+Maj+D)</translation>
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
            <translation>Liste de présence…</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="162" />
            <source>Who joined and left, talk time and time muted; export as CSV or PDF (Ctrl+Shift+A)</source>
            <translation>Arrivées et départs, temps de parole et durée avec micro coupé ; export en CSV ou PDF (Ctrl+Maj+A)</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="169" />
            <source>Refresh</source>
            <translation>Actualiser</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="169" />
            <source>Poll the conference now (F5)</source>
            <translation>Interroger la conférence maintenant (F5)</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="205" />
            <source>Record to this file on the FreeSWITCH server (absolute path):</source>
            <translation>Enregistrer dans ce fichier sur le serveur FreeSWITCH (chemin absolu) :</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="247" />
            <source>Unlock</source>
            <translation>Déverrouiller</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="248" />
            <source>The conference is locked: nobody new can join. Click to unlock it.</source>
            <translation>La conférence est verrouillée : personne ne peut plus la rejoindre. Cliquez pour la déverrouiller.</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="249" />
            <source>Lock the conference: nobody new can join</source>
            <translation>Verrouiller la conférence : personne ne pourra plus la rejoindre</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferencetoolbar.cpp" line="251" />
            <source>Stop recording</source>
            <translation>Arrêter l’enregistrement</translation>
        </message>
    </context>
    <context>
        <name>gui::ConferenceView</name>
        <message>
            <location filename="../src/gui/conference/conferenceview.cpp" line="138" />
            <source>Filter by name or number (Ctrl+F)</source>
            <translation>Filtrer par nom ou numéro (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferenceview.cpp" line="146" />
            <source>Conference</source>
            <translation>Conférence</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferenceview.cpp" line="137" />
            <source>Filter members</source>
            <translation>Filtrer les participants</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferenceview.cpp" line="176" />
            <source>Members of %1</source>
            <translation>Participants de %1</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/conferenceview.cpp" line="178" />
            <source>One row per caller. M mutes, D deafens, Delete kicks, T selects the current talker.</source>
            <translation>Une ligne par appelant. M coupe le micro, D rend sourd, Suppr exclut, T sélectionne l’intervenant actuel.</translation>
        </message>
        <message numerus="yes">
            <location filename="../src/gui/conference/conferenceview.cpp" line="381" />
            <source>%n member(s)</source>
            <translation>
                <numerusform>%n participant</numerusform>
                <numerusform>%n participants</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>gui::ConnectionDialog</name>
        <message>
            <location filename="../src/gui/connection/connectiondialog.cpp" line="42" />
            <source>Upstream sipXconfig only runs commands on GET and answers PUT with 405; Auto tries PUT once and remembers GET.</source>
            <translation>sipXconfig d’origine n’exécute les commandes qu’en GET et répond 405 aux PUT ; le mode Auto essaie PUT une fois et retient GET.</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectiondialog.cpp" line="46" />
            <source>sipXconfig REST: the conferences you own, polled. Event socket: every conference on the FreeSWITCH bridge, updated by events; also plays files, records to a path and dials.</source>
            <translation>REST sipXconfig : les conférences dont vous êtes propriétaire, interrogées périodiquement. Socket d’événements : toutes les conférences du pont FreeSWITCH, mises à jour par événements ; permet aussi de lire des fichiers, d’enregistrer vers un chemin et d’appeler.</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectiondialog.cpp" line="114" />
            <source>Event socket &amp;password:</source>
            <translation>Mot de &amp;passe du socket d’événements :</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectiondialog.cpp" line="114" />
            <source>&amp;Password:</source>
            <translation>Mot de &amp;passe :</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectiondialog.cpp" line="115" />
            <source>Full &amp;re-sync every:</source>
            <translation>&amp;Resynchronisation complète toutes les :</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectiondialog.cpp" line="115" />
            <source>&amp;Refresh every:</source>
            <translation>Actualiser &amp;toutes les :</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectiondialog.cpp" line="120" />
            <source>Changes arrive as events at once; the whole member list is re-read this often as a safety net.</source>
            <translation>Les modifications arrivent immédiatement sous forme d’événements ; la liste complète des participants est relue à cet intervalle par sécurité.</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectiondialog.cpp" line="122" />
            <source>How often the member list is polled.</source>
            <translation>Fréquence d’interrogation de la liste des participants.</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectiondialog.cpp" line="185" />
            <source>Checking whether a system keychain can keep the password…</source>
            <translation>Vérification de la présence d’un trousseau système pour conserver le mot de passe…</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectiondialog.cpp" line="188" />
            <source>The password will be saved in the system keychain.</source>
            <translation>Le mot de passe sera enregistré dans le trousseau système.</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectiondialog.cpp" line="192" />
            <source>No system keychain is available: the password will be kept in memory until the console closes, and asked for again next time.</source>
            <translation>Aucun trousseau système n’est disponible : le mot de passe sera conservé en mémoire jusqu’à la fermeture de la console, puis redemandé la prochaine fois.</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectiondialog.cpp" line="212" />
            <source>unchanged</source>
            <translation>inchangé</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectiondialog.cpp" line="227" />
            <source>A connection called "%1" already exists.</source>
            <translation>Une connexion nommée « %1 » existe déjà.</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectiondialog.cpp" line="249" />
            <source>Server address: %1.</source>
            <translation>Adresse du serveur : %1.</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectiondialog.cpp" line="255" />
            <source>The password stays as it is unless you type a new one.</source>
            <translation>Le mot de passe reste inchangé, sauf si vous en saisissez un nouveau.</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectiondialog.cpp" line="256" />
            <source>No password entered: you will be asked when connecting.</source>
            <translation>Aucun mot de passe saisi : il vous sera demandé lors de la connexion.</translation>
        </message>
    </context>
    <context>
        <name>gui::ConnectionListModel</name>
        <message>
            <location filename="../src/gui/connection/connectionlistmodel.cpp" line="136" />
            <source>%1 (this session only, not saved)</source>
            <translation>%1 (cette session uniquement, non enregistré)</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionlistmodel.cpp" line="139" />
            <source>Event socket</source>
            <translation>Socket d’événements</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionlistmodel.cpp" line="139" />
            <source>REST (sipXconfig)</source>
            <translation>REST (sipXconfig)</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionlistmodel.cpp" line="142" />
            <source>%1 as %2</source>
            <translation>%1 en tant que %2</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionlistmodel.cpp" line="145" />
            <source>Not connected</source>
            <translation>Non connecté</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionlistmodel.cpp" line="161" />
            <source>Name</source>
            <translation>Nom</translation>
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
            <translation>État</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionlistmodel.cpp" line="169" />
            <source>Conferences</source>
            <translation>Conférences</translation>
        </message>
    </context>
    <context>
        <name>gui::ConnectionManager</name>
        <message>
            <location filename="../src/gui/connection/connectionmanager.cpp" line="92" />
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionmanager.cpp" line="116" />
            <source>%1: disconnected</source>
            <translation>%1 : déconnecté</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionmanager.cpp" line="135" />
            <location filename="../src/gui/connection/connectionmanager.cpp" line="247" />
            <source>There is no saved connection named “%1”.</source>
            <translation>Aucune connexion enregistrée ne porte le nom « %1 ».</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionmanager.cpp" line="141" />
            <source>Edit connection %1</source>
            <translation>Modifier la connexion %1</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionmanager.cpp" line="192" />
            <location filename="../src/gui/connection/connectionmanager.cpp" line="219" />
            <source>%1: saved</source>
            <translation>%1 : enregistré</translation>
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
            <translation>Copie de la connexion %1</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionmanager.cpp" line="226" />
            <source>Remove connection</source>
            <translation>Supprimer la connexion</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionmanager.cpp" line="227" />
            <source>Forget the connection “%1” and its saved password?</source>
            <translation>Oublier la connexion « %1 » et son mot de passe enregistré ?</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionmanager.cpp" line="231" />
            <source>Remove</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionmanager.cpp" line="238" />
            <source>%1: removed</source>
            <translation>%1 : supprimé</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionmanager.cpp" line="321" />
            <source>%1: certificate pinned</source>
            <translation>%1 : certificat épinglé</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionmanager.cpp" line="333" />
            <source>Password for %1</source>
            <translation>Mot de passe pour %1</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionmanager.cpp" line="336" />
            <source>the event socket at %1</source>
            <translation>le socket d’événements sur %1</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionmanager.cpp" line="337" />
            <source>“%1” at %2</source>
            <translation>« %1 » sur %2</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionmanager.cpp" line="338" />
            <source>%1

Enter the password for %2. Updates of this server stay stopped until you do.</source>
            <translation>%1

Saisissez le mot de passe pour %2. Les mises à jour de ce serveur restent arrêtées jusque-là.</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionmanager.cpp" line="354" />
            <source>%1: trying the new password</source>
            <translation>%1 : essai du nouveau mot de passe</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionmanager.cpp" line="358" />
            <source>%1: %2 Updates stay stopped.</source>
            <translation>%1 : %2 Les mises à jour restent arrêtées.</translation>
        </message>
    </context>
    <context>
        <name>gui::ConnectionProfile</name>
        <message>
            <location filename="../src/gui/connection/connectionprofile.cpp" line="31" />
            <source>Enter a name for this connection.</source>
            <translation>Saisissez un nom pour cette connexion.</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionprofile.cpp" line="35" />
            <source>Enter the FreeSWITCH host of the event socket, for example 127.0.0.1.</source>
            <translation>Saisissez l’hôte FreeSWITCH du socket d’événements, par exemple 127.0.0.1.</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionprofile.cpp" line="40" />
            <source>The event socket host must be a host name or IP address only (no spaces, no scheme, no path).</source>
            <translation>L’hôte du socket d’événements doit être uniquement un nom d’hôte ou une adresse IP (sans espace, sans schéma, sans chemin).</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionprofile.cpp" line="45" />
            <source>The event socket port must be between 1 and 65535 (FreeSWITCH uses 8021).</source>
            <translation>Le port du socket d’événements doit être compris entre 1 et 65535 (FreeSWITCH utilise 8021).</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionprofile.cpp" line="49" />
            <source>The re-sync interval must be between 1 and 60 seconds.</source>
            <translation>L’intervalle de resynchronisation doit être compris entre 1 et 60 secondes.</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionprofile.cpp" line="54" />
            <source>Enter the server address, for example https://pbx.example.com/sipxconfig/rest.</source>
            <translation>Saisissez l’adresse du serveur, par exemple https://pbx.example.com/sipxconfig/rest.</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionprofile.cpp" line="58" />
            <source>The server address is not a valid URL: %1</source>
            <translation>L’adresse du serveur n’est pas une URL valide : %1</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionprofile.cpp" line="63" />
            <source>The server address must start with https:// (or http://).</source>
            <translation>L’adresse du serveur doit commencer par https:// (ou http://).</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionprofile.cpp" line="66" />
            <source>The server address has no host name.</source>
            <translation>L’adresse du serveur ne contient pas de nom d’hôte.</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionprofile.cpp" line="69" />
            <source>Do not put the user name or password in the address; use the User and Password fields.</source>
            <translation>N’indiquez pas le nom d’utilisateur ni le mot de passe dans l’adresse ; utilisez les champs Utilisateur et Mot de passe.</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionprofile.cpp" line="73" />
            <source>The server address must not contain '?' or '#'.</source>
            <translation>L’adresse du serveur ne doit pas contenir « ? » ni « # ».</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionprofile.cpp" line="76" />
            <source>Enter your sipXconfig user name.</source>
            <translation>Saisissez votre nom d’utilisateur sipXconfig.</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionprofile.cpp" line="79" />
            <source>The user name may only contain Latin-1 characters.</source>
            <translation>Le nom d’utilisateur ne peut contenir que des caractères Latin-1.</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionprofile.cpp" line="82" />
            <source>The refresh interval must be between 0.5 and 30 seconds.</source>
            <translation>L’intervalle d’actualisation doit être compris entre 0,5 et 30 secondes.</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionprofile.cpp" line="89" />
            <source>A pinned certificate fingerprint is not a SHA-256 value: %1</source>
            <translation>Une empreinte de certificat épinglée n’est pas une valeur SHA-256 : %1</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionprofile.cpp" line="104" />
            <source>The event socket is not encrypted; use it on a trusted network or through a tunnel.</source>
            <translation>Le socket d’événements n’est pas chiffré ; utilisez-le sur un réseau de confiance ou via un tunnel.</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionprofile.cpp" line="111" />
            <source>Plain http is not encrypted; sipXconfig normally redirects it to https.</source>
            <translation>Le http simple n’est pas chiffré ; sipXconfig le redirige normalement vers https.</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionprofile.cpp" line="117" />
            <source>The address usually ends in /sipxconfig/rest; it will be used as typed.</source>
            <translation>L’adresse se termine généralement par /sipxconfig/rest ; elle sera utilisée telle quelle.</translation>
        </message>
    </context>
    <context>
        <name>gui::ConnectionsDialog</name>
        <message>
            <location filename="../src/gui/connection/connectionsdialog.cpp" line="28" />
            <location filename="../src/gui/connection/connectionsdialog.cpp" line="38" />
            <source>Connections</source>
            <translation>Connexions</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionsdialog.cpp" line="32" />
            <source>Saved servers and the ones open now. Passwords stay in the system keychain, or are asked for again when there is none.</source>
            <translation>Serveurs enregistrés et serveurs actuellement ouverts. Les mots de passe restent dans le trousseau système, ou sont redemandés s’il n’y en a pas.</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionsdialog.cpp" line="42" />
            <source>Enter connects, Delete removes</source>
            <translation>Entrée connecte, Suppr supprime</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionsdialog.cpp" line="49" />
            <source>&amp;Connect</source>
            <translation>&amp;Connecter</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionsdialog.cpp" line="50" />
            <source>&amp;Disconnect</source>
            <translation>&amp;Déconnecter</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionsdialog.cpp" line="51" />
            <source>&amp;Edit…</source>
            <translation>&amp;Modifier…</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionsdialog.cpp" line="52" />
            <source>D&amp;uplicate…</source>
            <translation>D&amp;upliquer…</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionsdialog.cpp" line="53" />
            <source>&amp;Remove…</source>
            <translation>&amp;Supprimer…</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/connectionsdialog.cpp" line="54" />
            <source>&amp;New…</source>
            <translation>&amp;Nouvelle…</translation>
        </message>
    </context>
    <context>
        <name>gui::DemoBridge</name>
        <message>
            <location filename="../src/app/demobridge.cpp" line="31" />
            <location filename="../src/app/demobridge.cpp" line="107" />
            <source>The demo is already running.</source>
            <translation>La démo est déjà en cours d’exécution.</translation>
        </message>
        <message>
            <location filename="../src/app/demobridge.cpp" line="44" />
            <source>The demo bridge could not start: %1</source>
            <translation>Le pont de démonstration n’a pas pu démarrer : %1</translation>
        </message>
        <message>
            <location filename="../src/app/demobridge.cpp" line="54" />
            <source>The demo scenario has no user “alice”.</source>
            <translation>Le scénario de démonstration ne contient pas d’utilisateur « alice ».</translation>
        </message>
        <message>
            <location filename="../src/app/demobridge.cpp" line="63" />
            <source>Demo bridge (alice)</source>
            <translation>Pont de démonstration (alice)</translation>
        </message>
        <message>
            <location filename="../src/app/demobridge.cpp" line="77" />
            <source>Demo bridge (event socket)</source>
            <translation>Pont de démonstration (socket d’événements)</translation>
        </message>
        <message>
            <location filename="../src/app/demobridge.cpp" line="130" />
            <source>Connect to the Demo Bridge over the &amp;Event Socket</source>
            <translation>Se connecter au pont de démonstration via le &amp;socket d’événements</translation>
        </message>
        <message>
            <location filename="../src/app/demobridge.cpp" line="134" />
            <source>Demo bridge running at %1</source>
            <translation>Pont de démonstration actif sur %1</translation>
        </message>
    </context>
    <context>
        <name>gui::DesktopNotifier</name>
        <message>
            <location filename="../src/gui/window/desktopnotifier.cpp" line="38" />
            <source>%1 and %2</source>
            <translation>%1 et %2</translation>
        </message>
        <message numerus="yes">
            <location filename="../src/gui/window/desktopnotifier.cpp" line="40" />
            <source>%1 and %n more</source>
            <translation>
                <numerusform>%1 et %n autre</numerusform>
                <numerusform>%1 et %n autres</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../src/gui/window/desktopnotifier.cpp" line="50" />
            <source>Desktop &amp;notifications</source>
            <translation>&amp;Notifications du bureau</translation>
        </message>
        <message>
            <location filename="../src/gui/window/desktopnotifier.cpp" line="52" />
            <source>Show desktop notifications for the events chosen below.</source>
            <translation>Afficher des notifications du bureau pour les événements choisis ci-dessous.</translation>
        </message>
        <message>
            <location filename="../src/gui/window/desktopnotifier.cpp" line="64" />
            <source>Notify when members &amp;join</source>
            <translation>Notifier les &amp;arrivées de participants</translation>
        </message>
        <message>
            <location filename="../src/gui/window/desktopnotifier.cpp" line="65" />
            <source>A notification when someone joins a conference you have open.</source>
            <translation>Une notification lorsque quelqu’un rejoint une conférence que vous avez ouverte.</translation>
        </message>
        <message>
            <location filename="../src/gui/window/desktopnotifier.cpp" line="66" />
            <source>Notify when members &amp;leave</source>
            <translation>Notifier les &amp;départs de participants</translation>
        </message>
        <message>
            <location filename="../src/gui/window/desktopnotifier.cpp" line="67" />
            <source>A notification when someone leaves a conference you have open.</source>
            <translation>Une notification lorsque quelqu’un quitte une conférence que vous avez ouverte.</translation>
        </message>
        <message>
            <location filename="../src/gui/window/desktopnotifier.cpp" line="68" />
            <source>Notify when a conference is loc&amp;ked or unlocked</source>
            <translation>Notifier le &amp;verrouillage ou le déverrouillage d’une conférence</translation>
        </message>
        <message>
            <location filename="../src/gui/window/desktopnotifier.cpp" line="69" />
            <source>A notification when a conference you have open is locked or unlocked.</source>
            <translation>Une notification lorsqu’une conférence que vous avez ouverte est verrouillée ou déverrouillée.</translation>
        </message>
        <message>
            <location filename="../src/gui/window/desktopnotifier.cpp" line="70" />
            <source>Notify when a connection goes &amp;stale</source>
            <translation>Notifier quand une connexion ne &amp;répond plus</translation>
        </message>
        <message>
            <location filename="../src/gui/window/desktopnotifier.cpp" line="71" />
            <source>A notification when a server stops answering, and when it is live again.</source>
            <translation>Une notification lorsqu’un serveur cesse de répondre, puis lorsqu’il répond à nouveau.</translation>
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
            <translation>Conférence %1</translation>
        </message>
        <message>
            <location filename="../src/gui/window/desktopnotifier.cpp" line="195" />
            <source>%1 is now locked: nobody else can join.</source>
            <translation>%1 est maintenant verrouillée : plus personne ne peut la rejoindre.</translation>
        </message>
        <message>
            <location filename="../src/gui/window/desktopnotifier.cpp" line="196" />
            <source>%1 is now unlocked: new callers can join.</source>
            <translation>%1 est maintenant déverrouillée : de nouveaux appelants peuvent la rejoindre.</translation>
        </message>
        <message>
            <location filename="../src/gui/window/desktopnotifier.cpp" line="212" />
            <source>Server %1</source>
            <translation>Serveur %1</translation>
        </message>
        <message>
            <location filename="../src/gui/window/desktopnotifier.cpp" line="213" />
            <source>The connection to %1 is stale: member lists may be out of date.</source>
            <translation>La connexion à %1 ne répond plus : les listes de participants ne sont peut-être plus à jour.</translation>
        </message>
        <message>
            <location filename="../src/gui/window/desktopnotifier.cpp" line="214" />
            <source>The connection to %1 is live again.</source>
            <translation>La connexion à %1 est de nouveau active.</translation>
        </message>
        <message>
            <location filename="../src/gui/window/desktopnotifier.cpp" line="221" />
            <source>Someone</source>
            <translation>Quelqu’un</translation>
        </message>
        <message>
            <location filename="../src/gui/window/desktopnotifier.cpp" line="262" />
            <source>%1 joined %2.</source>
            <translation>%1 a rejoint %2.</translation>
        </message>
        <message numerus="yes">
            <location filename="../src/gui/window/desktopnotifier.cpp" line="264" />
            <source>%n people joined %1: %2.</source>
            <translation>
                <numerusform>%n personne a rejoint %1 : %2.</numerusform>
                <numerusform>%n personnes ont rejoint %1 : %2.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../src/gui/window/desktopnotifier.cpp" line="267" />
            <source>%1 left %2.</source>
            <translation>%1 a quitté %2.</translation>
        </message>
        <message numerus="yes">
            <location filename="../src/gui/window/desktopnotifier.cpp" line="269" />
            <source>%n people left %1: %2.</source>
            <translation>
                <numerusform>%n personne a quitté %1 : %2.</numerusform>
                <numerusform>%n personnes ont quitté %1 : %2.</numerusform>
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
            <translation>avertissement</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/diagnosticsdialog.cpp" line="43" />
            <source>FAILED</source>
            <translation>ÉCHEC</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/diagnosticsdialog.cpp" line="47" />
            <source>skipped</source>
            <translation>ignoré</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/diagnosticsdialog.cpp" line="61" />
            <source>yes</source>
            <translation>oui</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/diagnosticsdialog.cpp" line="61" />
            <source>no</source>
            <translation>non</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/diagnosticsdialog.cpp" line="76" />
            <source>Run Again</source>
            <translation>Relancer</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/diagnosticsdialog.cpp" line="77" />
            <source>Copy Report</source>
            <translation>Copier le rapport</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/diagnosticsdialog.cpp" line="80" />
            <source>Connection Diagnostics — %1</source>
            <translation>Diagnostic de connexion — %1</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/diagnosticsdialog.cpp" line="85" />
            <source>Checking the event socket %1.</source>
            <translation>Vérification du socket d’événements %1.</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/diagnosticsdialog.cpp" line="86" />
            <source>Checking %1 as “%2”.</source>
            <translation>Vérification de %1 en tant que « %2 ».</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/diagnosticsdialog.cpp" line="90" />
            <source>Diagnostic steps</source>
            <translation>Étapes du diagnostic</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/diagnosticsdialog.cpp" line="91" />
            <source>Step</source>
            <translation>Étape</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/diagnosticsdialog.cpp" line="91" />
            <source>Time</source>
            <translation>Durée</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/diagnosticsdialog.cpp" line="91" />
            <source>Result</source>
            <translation>Résultat</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/diagnosticsdialog.cpp" line="172" />
            <source>Waiting…</source>
            <translation>En attente…</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/diagnosticsdialog.cpp" line="175" />
            <source>Running…</source>
            <translation>En cours…</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/diagnosticsdialog.cpp" line="199" />
            <source>Checking…</source>
            <translation>Vérification…</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/diagnosticsdialog.cpp" line="215" />
            <source>%1 ms</source>
            <translation>%1 ms</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/diagnosticsdialog.cpp" line="268" />
            <source>Conference Console connection diagnostics, %1</source>
            <translation>Diagnostic de connexion de Conference Console, %1</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/diagnosticsdialog.cpp" line="270" />
            <source>Server: %1</source>
            <translation>Serveur : %1</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/diagnosticsdialog.cpp" line="272" />
            <source>User: %1</source>
            <translation>Utilisateur : %1</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/diagnosticsdialog.cpp" line="273" />
            <source>Command method setting: %1</source>
            <translation>Réglage de la méthode des commandes : %1</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/diagnosticsdialog.cpp" line="275" />
            <source>Pinned certificates: %1</source>
            <translation>Certificats épinglés : %1</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/diagnosticsdialog.cpp" line="287" />
            <source>Summary: %1</source>
            <translation>Synthèse : %1</translation>
        </message>
    </context>
    <context>
        <name>gui::DialOutDialog</name>
        <message>
            <location filename="../src/gui/dialogs/dialoutdialog.cpp" line="23" />
            <source>the line is busy</source>
            <translation>la ligne est occupée</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/dialoutdialog.cpp" line="24" />
            <source>nobody answered</source>
            <translation>personne n’a répondu</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/dialoutdialog.cpp" line="26" />
            <source>the phone did not respond</source>
            <translation>le téléphone n’a pas répondu</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/dialoutdialog.cpp" line="27" />
            <source>the call was rejected</source>
            <translation>l’appel a été rejeté</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/dialoutdialog.cpp" line="29" />
            <source>the phone is not registered</source>
            <translation>le téléphone n’est pas enregistré</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/dialoutdialog.cpp" line="31" />
            <source>the subscriber is not reachable</source>
            <translation>l’abonné n’est pas joignable</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/dialoutdialog.cpp" line="33" />
            <source>the number does not exist</source>
            <translation>le numéro n’existe pas</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/dialoutdialog.cpp" line="35" />
            <source>a temporary failure in the network</source>
            <translation>une défaillance temporaire du réseau</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/dialoutdialog.cpp" line="37" />
            <source>the call timed out</source>
            <translation>l’appel a expiré</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/dialoutdialog.cpp" line="39" />
            <source>the destination is out of order</source>
            <translation>la destination est hors service</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/dialoutdialog.cpp" line="41" />
            <source>the endpoint module is not available on the bridge</source>
            <translation>le module de terminaison n’est pas disponible sur le pont</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/dialoutdialog.cpp" line="43" />
            <source>the call was cancelled</source>
            <translation>l’appel a été annulé</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/dialoutdialog.cpp" line="56" />
            <source>Dial out — %1</source>
            <translation>Appeler — %1</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/dialoutdialog.cpp" line="57" />
            <source>Bring a participant into conference "%1".</source>
            <translation>Faire entrer un participant dans la conférence « %1 ».</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/dialoutdialog.cpp" line="68" />
            <source>Channel variables for the new call, sent as {name=value,…} in front of the dial string, e.g. originate_timeout = 30.</source>
            <translation>Variables de canal pour le nouvel appel, envoyées sous la forme {nom=valeur,…} devant la chaîne de numérotation, p. ex. originate_timeout = 30.</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/dialoutdialog.cpp" line="71" />
            <source>FreeSWITCH endpoint: sofia/internal for a SIP user or address, sofia/gateway/&lt;gw&gt; for a carrier gateway, user for a directory user, loopback for a dialplan extension.</source>
            <translation>Point de terminaison FreeSWITCH : sofia/internal pour un utilisateur ou une adresse SIP, sofia/gateway/&lt;gw&gt; pour une passerelle d’opérateur, user pour un utilisateur de l’annuaire, loopback pour un poste du plan de numérotation.</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/dialoutdialog.cpp" line="244" />
            <source>I&amp;M ID:</source>
            <translation>Identifiant I&amp;M :</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/dialoutdialog.cpp" line="245" />
            <source>alice.smith</source>
            <translation>alice.smith</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/dialoutdialog.cpp" line="247" />
            <source>sipXconfig looks the IM ID up and invites that user; an unknown IM ID fails with an error.</source>
            <translation>sipXconfig recherche l’identifiant IM et invite cet utilisateur ; un identifiant IM inconnu échoue avec une erreur.</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/dialoutdialog.cpp" line="249" />
            <source>&amp;Target:</source>
            <translation>&amp;Cible :</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/dialoutdialog.cpp" line="250" />
            <source>1000, alice or sip:alice@pbx.example.com</source>
            <translation>1000, alice ou sip:alice@pbx.example.com</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/dialoutdialog.cpp" line="252" />
            <source>sipXconfig calls the target with the conference owner's account and transfers the call into the conference. It reports no progress; the participant appears when the call is answered.</source>
            <translation>sipXconfig appelle la cible avec le compte du propriétaire de la conférence et transfère l’appel dans la conférence. Il n’indique aucune progression ; le participant apparaît lorsque l’appel est décroché.</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/dialoutdialog.cpp" line="293" />
            <source>Enter whom to call, for example 1000@pbx.example.com.</source>
            <translation>Saisissez la personne à appeler, par exemple 1000@pbx.example.com.</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/dialoutdialog.cpp" line="59" />
            <location filename="../src/gui/dialogs/dialoutdialog.cpp" line="257" />
            <source>Dial</source>
            <translation>Appeler</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/dialoutdialog.cpp" line="257" />
            <source>Invite</source>
            <translation>Inviter</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/dialoutdialog.cpp" line="264" />
            <source>sipXconfig cannot pass this on: a dial string always contains '/', which ends the command in the REST address (%2F is refused). Dial and bgdial need a direct FreeSWITCH connection; sipXconfig's invite can call the same person instead.</source>
            <translation>sipXconfig ne peut pas transmettre ceci : une chaîne de numérotation contient toujours « / », qui termine la commande dans l’adresse REST (%2F est refusé). Dial et bgdial nécessitent une connexion FreeSWITCH directe ; l’invitation de sipXconfig peut appeler la même personne à la place.</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/dialoutdialog.cpp" line="291" />
            <source>Replace &lt;gw&gt; in the endpoint with the name of a gateway.</source>
            <translation>Remplacez &lt;gw&gt; dans le point de terminaison par le nom d’une passerelle.</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/dialoutdialog.cpp" line="328" />
            <source>not possible (see above)</source>
            <translation>impossible (voir ci-dessus)</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/dialoutdialog.cpp" line="333" />
            <source>none: sipXconfig handles this command itself</source>
            <translation>aucune : sipXconfig traite cette commande lui-même</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/dialoutdialog.cpp" line="393" />
            <source>Ringing…</source>
            <translation>Sonnerie…</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/dialoutdialog.cpp" line="406" />
            <source>The request failed.</source>
            <translation>La requête a échoué.</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/dialoutdialog.cpp" line="423" />
            <source>%1 — answered; the participant is joining.</source>
            <translation>%1 — décroché ; le participant rejoint la conférence.</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/dialoutdialog.cpp" line="426" />
            <source>The call failed: %1</source>
            <translation>L’appel a échoué : %1</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/dialoutdialog.cpp" line="427" />
            <source>The call failed: %1 (%2).</source>
            <translation>L’appel a échoué : %1 (%2).</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/dialoutdialog.cpp" line="433" />
            <source>%1 — calling in the background; waiting for the participant to join…</source>
            <translation>%1 — appel en arrière-plan ; en attente de l’arrivée du participant…</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/dialoutdialog.cpp" line="434" />
            <source>Call started</source>
            <translation>Appel lancé</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/dialoutdialog.cpp" line="439" />
            <source>%1 — waiting for the participant to answer and join…</source>
            <translation>%1 — en attente de la réponse et de l’arrivée du participant…</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/dialoutdialog.cpp" line="440" />
            <source>Invitation sent</source>
            <translation>Invitation envoyée</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/dialoutdialog.cpp" line="455" />
            <source>Joined as member %1</source>
            <translation>Entré en tant que participant %1</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/dialoutdialog.cpp" line="456" />
            <source>Joined as member %1 (%2)</source>
            <translation>Entré en tant que participant %1 (%2)</translation>
        </message>
    </context>
    <context>
        <name>gui::EslTrafficView</name>
        <message>
            <location filename="../src/gui/troubleshooting/esltrafficview.cpp" line="24" />
            <source>Event socket traffic</source>
            <translation>Trafic du socket d’événements</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/esltrafficview.cpp" line="25" />
            <source>The bytes exchanged with event-socket servers appear here.</source>
            <translation>Les octets échangés avec les serveurs de socket d’événements s’affichent ici.</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/esltrafficview.cpp" line="26" />
            <source>Clear</source>
            <translation>Effacer</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/esltrafficview.cpp" line="64" />
            <source>… (%1 bytes in all)</source>
            <translation>… (%1 octets au total)</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/esltrafficview.cpp" line="72" />
            <source>sent</source>
            <translation>envoyé</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/esltrafficview.cpp" line="72" />
            <source>received</source>
            <translation>reçu</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/esltrafficview.cpp" line="74" />
            <source>%1  %2  %3 (%4 bytes)
%5
</source>
            <translation>%1  %2  %3 (%4 octets)
%5
</translation>
        </message>
    </context>
    <context>
        <name>gui::EventStreamView</name>
        <message>
            <location filename="../src/gui/troubleshooting/eventstreamview.cpp" line="57" />
            <source>Time</source>
            <translation>Heure</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/eventstreamview.cpp" line="57" />
            <source>Server</source>
            <translation>Serveur</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/eventstreamview.cpp" line="57" />
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/eventstreamview.cpp" line="57" />
            <source>Member</source>
            <translation>Participant</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/eventstreamview.cpp" line="57" />
            <source>Conference</source>
            <translation>Conférence</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/eventstreamview.cpp" line="57" />
            <source>Headers</source>
            <translation>En-têtes</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/eventstreamview.cpp" line="68" />
            <source>Filter events (action, member, conference, any header)</source>
            <translation>Filtrer les événements (action, participant, conférence, tout en-tête)</translation>
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
            <translation>Retenir les nouveaux événements pour que la liste reste immobile ; ils sont ajoutés à la reprise.</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/eventstreamview.cpp" line="81" />
            <source>Clear</source>
            <translation>Effacer</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/eventstreamview.cpp" line="100" />
            <source>Conference events</source>
            <translation>Événements de conférence</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/eventstreamview.cpp" line="105" />
            <source>Select an event to see all its headers.</source>
            <translation>Sélectionnez un événement pour voir tous ses en-têtes.</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/eventstreamview.cpp" line="106" />
            <source>Event headers</source>
            <translation>En-têtes de l’événement</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/eventstreamview.cpp" line="189" />
            <source>Resume</source>
            <translation>Reprendre</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/eventstreamview.cpp" line="225" />
            <source>%1 events</source>
            <translation>%1 événements</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/eventstreamview.cpp" line="226" />
            <source>%1 of %2 events</source>
            <translation>%1 sur %2 événements</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/eventstreamview.cpp" line="228" />
            <source> · paused, %1 held</source>
            <translation> · en pause, %1 retenus</translation>
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
            <translation>Heure</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/logexchangemodel.cpp" line="128" />
            <source>Method</source>
            <translation>Méthode</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/logexchangemodel.cpp" line="130" />
            <source>URL</source>
            <translation>URL</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/logexchangemodel.cpp" line="132" />
            <source>Status</source>
            <translation>État</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/logexchangemodel.cpp" line="134" />
            <source>Latency</source>
            <translation>Latence</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/logexchangemodel.cpp" line="136" />
            <source>Size</source>
            <translation>Taille</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/logexchangemodel.cpp" line="203" />
            <source>Status: %1</source>
            <translation>État : %1</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/logexchangemodel.cpp" line="205" />
            <source>Error: %1</source>
            <translation>Erreur : %1</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/logexchangemodel.cpp" line="206" />
            <source>Latency: %1 ms</source>
            <translation>Latence : %1 ms</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/logexchangemodel.cpp" line="208" />
            <source>Content-Type: %1</source>
            <translation>Content-Type : %1</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/logexchangemodel.cpp" line="210" />
            <source>The server refused PUT (405); the request was repeated with GET.</source>
            <translation>Le serveur a refusé PUT (405) ; la requête a été répétée avec GET.</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/logexchangemodel.cpp" line="211" />
            <source>Body: %1 bytes</source>
            <translation>Corps : %1 octets</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/logexchangemodel.cpp" line="213" />
            <source>(only the first %1 bytes were kept)</source>
            <translation>(seuls les %1 premiers octets ont été conservés)</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/logexchangemodel.cpp" line="228" />
            <source>The server certificate is pinned in Conference Console, not trusted by the system.</source>
            <translation>Le certificat du serveur est épinglé dans Conference Console, et non approuvé par le système.</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/logexchangemodel.cpp" line="230" />
            <source>Save it as server.pem and add: --cacert server.pem</source>
            <translation>Enregistrez-le sous server.pem et ajoutez : --cacert server.pem</translation>
        </message>
    </context>
    <context>
        <name>gui::KeychainCredentialStore</name>
        <message>
            <location filename="../src/gui/connection/keychaincredentialstore.cpp" line="124" />
            <source>error %1</source>
            <translation>erreur %1</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/keychaincredentialstore.cpp" line="125" />
            <source>The system keychain cannot be used (%1).</source>
            <translation>Le trousseau système ne peut pas être utilisé (%1).</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/keychaincredentialstore.cpp" line="137" />
            <source>The system keychain did not answer within %1 seconds.</source>
            <translation>Le trousseau système n’a pas répondu dans un délai de %1 secondes.</translation>
        </message>
    </context>
    <context>
        <name>gui::LevelDialog</name>
        <message>
            <location filename="../src/gui/dialogs/leveldialog.cpp" line="36" />
            <source>Energy threshold</source>
            <translation>Seuil d’énergie</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/leveldialog.cpp" line="37" />
            <source>Energy threshold for %1. Sound below it is not mixed; 0 mixes everything. Higher values make the member less sensitive.</source>
            <translation>Seuil d’énergie de %1. Le son inférieur à ce seuil n’est pas mixé ; 0 mixe tout. Plus la valeur est élevée, moins le participant est sensible.</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/leveldialog.cpp" line="46" />
            <source>Down (−200)</source>
            <translation>Baisser (−200)</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/leveldialog.cpp" line="47" />
            <source>Up (+200)</source>
            <translation>Augmenter (+200)</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/leveldialog.cpp" line="50" />
            <source>Volume in</source>
            <translation>Volume d’entrée</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/leveldialog.cpp" line="50" />
            <source>Volume out</source>
            <translation>Volume de sortie</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/leveldialog.cpp" line="51" />
            <source>How loud the others hear %1 (−4 … 4).</source>
            <translation>Niveau auquel les autres entendent %1 (−4 … 4).</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/leveldialog.cpp" line="52" />
            <source>How loud %1 hears the conference (−4 … 4).</source>
            <translation>Niveau auquel %1 entend la conférence (−4 … 4).</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/leveldialog.cpp" line="66" />
            <source>Down (−1)</source>
            <translation>Baisser (−1)</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/leveldialog.cpp" line="67" />
            <source>Up (+1)</source>
            <translation>Augmenter (+1)</translation>
        </message>
        <message>
            <location filename="../src/gui/dialogs/leveldialog.cpp" line="80" />
            <source>Set</source>
            <translation>Appliquer</translation>
        </message>
    </context>
    <context>
        <name>gui::LogDock</name>
        <message>
            <location filename="../src/gui/troubleshooting/logdock.cpp" line="19" />
            <source>Log</source>
            <translation>Journal</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/logdock.cpp" line="26" />
            <source>Time</source>
            <translation>Heure</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/logdock.cpp" line="26" />
            <source>Server</source>
            <translation>Serveur</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/logdock.cpp" line="26" />
            <source>Method</source>
            <translation>Méthode</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/logdock.cpp" line="26" />
            <source>URL / answer</source>
            <translation>URL / réponse</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/logdock.cpp" line="26" />
            <source>Status</source>
            <translation>État</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/logdock.cpp" line="26" />
            <source>Latency</source>
            <translation>Latence</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/logdock.cpp" line="41" />
            <source>Clear log</source>
            <translation>Effacer le journal</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/logdock.cpp" line="45" />
            <source>Show polling requests</source>
            <translation>Afficher les requêtes d’interrogation</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/logdock.cpp" line="87" />
            <source>  (PUT refused with 405, repeated as GET)</source>
            <translation>  (PUT refusé avec 405, répété en GET)</translation>
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
            <translation>échec</translation>
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
            <translation>Copier comme commande curl</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/logview.cpp" line="37" />
            <source>Save to file…</source>
            <translation>Enregistrer dans un fichier…</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/logview.cpp" line="38" />
            <source>Clear</source>
            <translation>Effacer</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/logview.cpp" line="43" />
            <source>Filter by URL, status or body text</source>
            <translation>Filtrer par URL, état ou texte du corps</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/logview.cpp" line="46" />
            <source>All exchanges</source>
            <translation>Tous les échanges</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/logview.cpp" line="47" />
            <source>Failures only</source>
            <translation>Échecs uniquement</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/logview.cpp" line="49" />
            <source>Successes only</source>
            <translation>Réussites uniquement</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/logview.cpp" line="52" />
            <source>Copy a curl command that repeats the selected request. curl asks for the password itself; it is never copied.</source>
            <translation>Copier une commande curl qui répète la requête sélectionnée. curl demande lui-même le mot de passe ; celui-ci n’est jamais copié.</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/logview.cpp" line="61" />
            <source>Request log</source>
            <translation>Journal des requêtes</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/logview.cpp" line="63" />
            <source>Selected exchange</source>
            <translation>Échange sélectionné</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/logview.cpp" line="64" />
            <source>Log filter</source>
            <translation>Filtre du journal</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/logview.cpp" line="65" />
            <source>Show exchanges</source>
            <translation>Échanges affichés</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/logview.cpp" line="77" />
            <source>Select an exchange to see the request and the raw answer.</source>
            <translation>Sélectionnez un échange pour voir la requête et la réponse brute.</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/logview.cpp" line="158" />
            <source>curl command copied; curl will ask for the password.</source>
            <translation>Commande curl copiée ; curl demandera le mot de passe.</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/logview.cpp" line="166" />
            <location filename="../src/gui/troubleshooting/logview.cpp" line="172" />
            <source>Could not write %1: %2</source>
            <translation>Impossible d’écrire %1 : %2</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/logview.cpp" line="180" />
            <source>Save Request Log</source>
            <translation>Enregistrer le journal des requêtes</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/logview.cpp" line="184" />
            <source>Text files (*.txt *.log)</source>
            <translation>Fichiers texte (*.txt *.log)</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/logview.cpp" line="184" />
            <source>All files (*)</source>
            <translation>Tous les fichiers (*)</translation>
        </message>
        <message numerus="yes">
            <location filename="../src/gui/troubleshooting/logview.cpp" line="190" />
            <source>Log saved to %1 (%n exchange(s)).</source>
            <translation>
                <numerusform>Journal enregistré dans %1 (%n échange).</numerusform>
                <numerusform>Journal enregistré dans %1 (%n échanges).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>gui::MainWindow</name>
        <message>
            <location filename="../src/gui/window/mainwindow.cpp" line="164" />
            <source>Raw conference events of event-socket connections</source>
            <translation>Événements de conférence bruts des connexions par socket d’événements</translation>
        </message>
        <message>
            <location filename="../src/gui/window/mainwindow.cpp" line="165" />
            <location filename="../src/gui/window/mainwindow.cpp" line="167" />
            <source>Events</source>
            <translation>Événements</translation>
        </message>
        <message>
            <location filename="../src/gui/window/mainwindow.cpp" line="167" />
            <source>Events (%1)</source>
            <translation>Événements (%1)</translation>
        </message>
        <message>
            <location filename="../src/gui/window/mainwindow.cpp" line="239" />
            <source>&amp;Event Stream</source>
            <translation>&amp;Flux d’événements</translation>
        </message>
        <message>
            <location filename="../src/gui/window/mainwindow.cpp" line="242" />
            <source>&amp;Tools</source>
            <translation>&amp;Outils</translation>
        </message>
        <message>
            <location filename="../src/gui/window/mainwindow.cpp" line="245" />
            <source>Connection &amp;Diagnostics…</source>
            <translation>&amp;Diagnostic de connexion…</translation>
        </message>
        <message>
            <location filename="../src/gui/window/mainwindow.cpp" line="248" />
            <source>&amp;Audit Trail…</source>
            <translation>&amp;Journal d’audit…</translation>
        </message>
        <message>
            <location filename="../src/gui/window/mainwindow.cpp" line="186" />
            <source>The conferences of each connected server</source>
            <translation>Les conférences de chaque serveur connecté</translation>
        </message>
        <message>
            <location filename="../src/gui/window/mainwindow.cpp" line="187" />
            <source>Every request sent to the servers and its answer</source>
            <translation>Chaque requête envoyée aux serveurs et sa réponse</translation>
        </message>
        <message>
            <location filename="../src/gui/window/mainwindow.cpp" line="188" />
            <source>Administrator tools: raw command console and explanations</source>
            <translation>Outils d’administration : console de commandes brutes et explications</translation>
        </message>
        <message>
            <location filename="../src/gui/window/mainwindow.cpp" line="195" />
            <source>Connect, open and refresh conferences</source>
            <translation>Se connecter, ouvrir et actualiser les conférences</translation>
        </message>
        <message>
            <location filename="../src/gui/window/mainwindow.cpp" line="175" />
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <location filename="../src/gui/window/mainwindow.cpp" line="236" />
            <source>&amp;Notifications</source>
            <translation>&amp;Notifications</translation>
        </message>
        <message>
            <location filename="../src/gui/window/mainwindow.cpp" line="77" />
            <source>1 server</source>
            <translation>1 serveur</translation>
        </message>
        <message>
            <location filename="../src/gui/window/mainwindow.cpp" line="77" />
            <source>%1 servers</source>
            <translation>%1 serveurs</translation>
        </message>
        <message>
            <location filename="../src/gui/window/mainwindow.cpp" line="106" />
            <source>Moved %1 to %2</source>
            <translation>Transfert de %1 vers %2</translation>
        </message>
        <message>
            <location filename="../src/gui/window/mainwindow.cpp" line="198" />
            <source>&amp;Undo</source>
            <translation>&amp;Annuler</translation>
        </message>
        <message>
            <location filename="../src/gui/window/mainwindow.cpp" line="257" />
            <source>Co&amp;nnections…</source>
            <translation>Co&amp;nnexions…</translation>
        </message>
        <message>
            <location filename="../src/gui/window/mainwindow.cpp" line="261" />
            <source>Saved and open connections: connect, disconnect, edit, remove (Ctrl+Shift+O)</source>
            <translation>Connexions enregistrées et ouvertes : connecter, déconnecter, modifier, supprimer (Ctrl+Maj+O)</translation>
        </message>
        <message>
            <location filename="../src/gui/window/mainwindow.cpp" line="264" />
            <source>&amp;Recent Connections</source>
            <translation>Connexions &amp;récentes</translation>
        </message>
        <message>
            <location filename="../src/gui/window/mainwindow.cpp" line="270" />
            <source>Reopen Connections and Tabs at Start</source>
            <translation>Rouvrir les connexions et les onglets au démarrage</translation>
        </message>
        <message>
            <location filename="../src/gui/window/mainwindow.cpp" line="274" />
            <source>At the next start, connect again to the saved servers open at exit and reopen their conference tabs</source>
            <translation>Au prochain démarrage, se reconnecter aux serveurs enregistrés ouverts à la fermeture et rouvrir leurs onglets de conférence</translation>
        </message>
        <message>
            <location filename="../src/gui/window/mainwindow.cpp" line="339" />
            <source>&amp;%1 %2</source>
            <translation>&amp;%1 %2</translation>
        </message>
        <message>
            <location filename="../src/gui/window/mainwindow.cpp" line="345" />
            <source>No recent connections</source>
            <translation>Aucune connexion récente</translation>
        </message>
        <message>
            <location filename="../src/gui/window/mainwindow.cpp" line="349" />
            <source>&amp;Clear List</source>
            <translation>&amp;Effacer la liste</translation>
        </message>
        <message numerus="yes">
            <location filename="../src/gui/window/mainwindow.cpp" line="392" />
            <source>Reopening %n connection(s) from the last session</source>
            <translation>
                <numerusform>Réouverture de %n connexion de la dernière session</numerusform>
                <numerusform>Réouverture de %n connexions de la dernière session</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../src/gui/window/mainwindow.cpp" line="494" />
            <location filename="../src/gui/window/mainwindow.cpp" line="547" />
            <source>Connect to a server first (File ▸ Connect…).</source>
            <translation>Connectez-vous d’abord à un serveur (Fichier ▸ Connexion…).</translation>
        </message>
        <message>
            <location filename="../src/gui/window/mainwindow.cpp" line="500" />
            <source>Open conference</source>
            <translation>Ouvrir une conférence</translation>
        </message>
        <message>
            <location filename="../src/gui/window/mainwindow.cpp" line="501" />
            <source>Conference name on %1:</source>
            <translation>Nom de la conférence sur %1 :</translation>
        </message>
        <message>
            <location filename="../src/gui/window/mainwindow.cpp" line="529" />
            <source>Open a conference first.</source>
            <translation>Ouvrez d’abord une conférence.</translation>
        </message>
        <message>
            <location filename="../src/gui/window/mainwindow.cpp" line="587" />
            <source>Undo: %1 (Ctrl+Z)</source>
            <translation>Annuler : %1 (Ctrl+Z)</translation>
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
            <translation>À propos de Conference Console</translation>
        </message>
        <message>
            <location filename="../src/gui/window/mainwindow.cpp" line="622" />
            <source>&lt;h3&gt;Conference Console %1&lt;/h3&gt;&lt;p&gt;Moderator console for FreeSWITCH conferences through the sipXconfig conference REST API.&lt;/p&gt;&lt;p&gt;Licensed under the GPL 3.0 or later.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Conference Console %1&lt;/h3&gt;&lt;p&gt;Console de modération pour les conférences FreeSWITCH via l’API REST de conférence de sipXconfig.&lt;/p&gt;&lt;p&gt;Distribué sous licence GPL 3.0 ou ultérieure.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>gui::MemberActions</name>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="55" />
            <source>Toggle mute</source>
            <translation>Couper / rétablir le micro</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="58" />
            <source>Toggle deaf</source>
            <translation>Rendre sourd / rétablir l’écoute</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="61" />
            <source>Kick selected…</source>
            <translation>Exclure la sélection…</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="66" />
            <source>Energy up</source>
            <translation>Augmenter le seuil d’énergie</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="70" />
            <source>Energy down</source>
            <translation>Baisser le seuil d’énergie</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="76" />
            <source>Filter members</source>
            <translation>Filtrer les participants</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="83" />
            <source>Speaking volume up</source>
            <translation>Augmenter le volume de parole</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="88" />
            <source>Speaking volume down</source>
            <translation>Baisser le volume de parole</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="94" />
            <source>Select the current talker</source>
            <translation>Sélectionner l’intervenant actuel</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="98" />
            <source>Nobody is talking in %1 right now.</source>
            <translation>Personne ne parle dans %1 en ce moment.</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="133" />
            <source>Select one or more members first.</source>
            <translation>Sélectionnez d’abord un ou plusieurs participants.</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="177" />
            <source>Transfer of %1 members to %2: %3 of %4 batches succeeded</source>
            <translation>Transfert de %1 participants vers %2 : %3 lots sur %4 réussis</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="263" />
            <location filename="../src/gui/conference/memberactions.cpp" line="264" />
            <source>Hang up</source>
            <translation>Raccrocher</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="264" />
            <source>Hang up %1? The call ends without the kicked sound.</source>
            <translation>Raccrocher %1 ? L’appel se termine sans le son d’exclusion.</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="267" />
            <location filename="../src/gui/conference/memberactions.cpp" line="268" />
            <source>Kick</source>
            <translation>Exclure</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="268" />
            <source>Remove %1 from %2?</source>
            <translation>Retirer %1 de %2 ?</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="320" />
            <source>Mute</source>
            <translation>Couper le micro</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="324" />
            <source>Unmute</source>
            <translation>Rétablir le micro</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="325" />
            <source>Deaf</source>
            <translation>Rendre sourd</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="329" />
            <source>Undeaf</source>
            <translation>Rétablir l’écoute</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="332" />
            <source>Energy…</source>
            <translation>Seuil d’énergie…</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="334" />
            <source>Volume in…</source>
            <translation>Volume d’entrée…</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="336" />
            <source>Volume out…</source>
            <translation>Volume de sortie…</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="347" />
            <source>Give floor</source>
            <translation>Donner la parole</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="356" />
            <source>Release floor</source>
            <translation>Retirer la parole</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="357" />
            <source>Hold</source>
            <translation>Attente</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="361" />
            <source>Unhold</source>
            <translation>Sortir de l’attente</translation>
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
            <translation>Exclure…</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="391" />
            <source>Hang up…</source>
            <translation>Raccrocher…</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="394" />
            <source>Copy caller ID</source>
            <translation>Copier le numéro d’appelant</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="396" />
            <source>Copy UUID</source>
            <translation>Copier l’UUID</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="403" />
            <source>Send DTMF…</source>
            <translation>Envoyer des DTMF…</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="404" />
            <source>Send DTMF</source>
            <translation>Envoyer des DTMF</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="405" />
            <source>Digits to send to %1:</source>
            <translation>Chiffres à envoyer à %1 :</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="411" />
            <source>Say to member…</source>
            <translation>Énoncer au participant…</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="413" />
            <source>Say to member</source>
            <translation>Énoncer au participant</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="414" />
            <source>Text to speak to %1:</source>
            <translation>Texte à énoncer à %1 :</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="420" />
            <source>Play file to member…</source>
            <translation>Lire un fichier au participant…</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="422" />
            <source>Play file to member</source>
            <translation>Lire un fichier au participant</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="423" />
            <source>File to play to %1:</source>
            <translation>Fichier à lire à %1 :</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="431" />
            <source>Stop playback</source>
            <translation>Arrêter la lecture</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="440" />
            <source>Transfer to conference</source>
            <translation>Transférer vers une conférence</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="451" />
            <source>No other conferences known</source>
            <translation>Aucune autre conférence connue</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="455" />
            <source>Other conference…</source>
            <translation>Autre conférence…</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="457" />
            <source>Transfer</source>
            <translation>Transférer</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="458" />
            <source>Transfer %1 to conference:</source>
            <translation>Transférer %1 vers la conférence :</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="466" />
            <source>Relate</source>
            <translation>Relation</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="482" />
            <source>Cannot speak to %1 (nospeak)</source>
            <translation>Ne peut pas parler à %1 (nospeak)</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="483" />
            <source>Cannot hear %1 (nohear)</source>
            <translation>Ne peut pas entendre %1 (nohear)</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="484" />
            <source>Neither speak to nor hear %1</source>
            <translation>Ni parler à %1 ni l’entendre</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="485" />
            <location filename="../src/gui/conference/memberactions.cpp" line="536" />
            <source>Clear relation</source>
            <translation>Supprimer la relation</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="497" />
            <source>No other members</source>
            <translation>Aucun autre participant</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="526" />
            <source>%1 → %2</source>
            <translation>%1 → %2</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="533" />
            <source>%1 cannot speak to %2 (nospeak)</source>
            <translation>%1 ne peut pas parler à %2 (nospeak)</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="534" />
            <source>%1 cannot hear %2 (nohear)</source>
            <translation>%1 ne peut pas entendre %2 (nohear)</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/memberactions.cpp" line="535" />
            <source>Both (nospeak, nohear)</source>
            <translation>Les deux (nospeak, nohear)</translation>
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
            <translation>Tous les fichiers (*)</translation>
        </message>
    </context>
    <context>
        <name>gui::RaiseHandPanel</name>
        <message>
            <location filename="../src/gui/conference/raisehandpanel.cpp" line="20" />
            <source>&amp;Give the floor</source>
            <translation>&amp;Donner la parole</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/raisehandpanel.cpp" line="23" />
            <source>&amp;Dismiss</source>
            <translation>&amp;Refuser</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/raisehandpanel.cpp" line="15" />
            <source>Raised hands</source>
            <translation>Mains levées</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/raisehandpanel.cpp" line="13" />
            <source>Muted members who tried to speak, in the order they did.</source>
            <translation>Participants au micro coupé ayant tenté de parler, dans l’ordre de leurs tentatives.</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/raisehandpanel.cpp" line="14" />
            <source>Nobody is waiting to speak.</source>
            <translation>Personne n’attend la parole.</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/raisehandpanel.cpp" line="22" />
            <source>Give the floor</source>
            <translation>Donner la parole</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/raisehandpanel.cpp" line="21" />
            <source>Unmute the selected member (Enter).</source>
            <translation>Rétablir le micro du participant sélectionné (Entrée).</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/raisehandpanel.cpp" line="25" />
            <source>Dismiss</source>
            <translation>Refuser</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/raisehandpanel.cpp" line="24" />
            <source>Lower the selected hand without unmuting (Delete).</source>
            <translation>Baisser la main sélectionnée sans rétablir le micro (Suppr).</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/raisehandpanel.cpp" line="12" />
            <source>Raised hands (%1)</source>
            <translation>Mains levées (%1)</translation>
        </message>
        <message numerus="yes">
            <location filename="../src/gui/conference/raisehandpanel.cpp" line="17" />
            <source>%n member(s) waiting to speak. Enter gives the floor, Delete dismisses.</source>
            <translation>
                <numerusform>%n participant attend la parole. Entrée donne la parole, Suppr refuse.</numerusform>
                <numerusform>%n participants attendent la parole. Entrée donne la parole, Suppr refuse.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>gui::RelationsPanel</name>
        <message>
            <location filename="../src/gui/conference/relationspanel.cpp" line="64" />
            <source>&lt;b&gt;Relations&lt;/b&gt;</source>
            <translation>&lt;b&gt;Relations&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/relationspanel.cpp" line="65" />
            <source>Who cannot speak to or hear whom, as reported by the server. Drag members onto each other in the table to add one.</source>
            <translation>Qui ne peut pas parler à qui ou entendre qui, selon le serveur. Faites glisser des participants les uns sur les autres dans le tableau pour en ajouter une.</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/relationspanel.cpp" line="73" />
            <source>Relation</source>
            <translation>Relation</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/relationspanel.cpp" line="91" />
            <source>none — drag a member onto another to add one</source>
            <translation>aucune — faites glisser un participant sur un autre pour en ajouter une</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/relationspanel.cpp" line="92" />
            <source>Drag one member onto another to stop them hearing or speaking to each other.</source>
            <translation>Faites glisser un participant sur un autre pour qu’ils ne s’entendent plus ou ne se parlent plus.</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/relationspanel.cpp" line="112" />
            <source>%1 cannot speak to or hear %2</source>
            <translation>%1 ne peut ni parler à %2 ni l’entendre</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/relationspanel.cpp" line="114" />
            <source>%1 cannot speak to %2</source>
            <translation>%1 ne peut pas parler à %2</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/relationspanel.cpp" line="116" />
            <source>%1 cannot hear %2</source>
            <translation>%1 ne peut pas entendre %2</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/relationspanel.cpp" line="117" />
            <source>%1 → %2 (no restriction)</source>
            <translation>%1 → %2 (aucune restriction)</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/relationspanel.cpp" line="151" />
            <source>Clear</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/relationspanel.cpp" line="152" />
            <source>Remove this relation (relate %1 %2 clear)</source>
            <translation>Supprimer cette relation (relate %1 %2 clear)</translation>
        </message>
    </context>
    <context>
        <name>gui::ServerConnection</name>
        <message>
            <location filename="../src/gui/connection/serverconnection.cpp" line="36" />
            <source>The event socket refused the password. Check the password in the connection settings (FreeSWITCH's default is ClueCon).</source>
            <translation>Le socket d’événements a refusé le mot de passe. Vérifiez le mot de passe dans les paramètres de connexion (par défaut dans FreeSWITCH : ClueCon).</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/serverconnection.cpp" line="42" />
            <source>Event socket: %1</source>
            <translation>Socket d’événements : %1</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/serverconnection.cpp" line="128" />
            <source>Connecting…</source>
            <translation>Connexion…</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/serverconnection.cpp" line="130" />
            <source>Connected</source>
            <translation>Connecté</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/serverconnection.cpp" line="132" />
            <source>Failed: %1</source>
            <translation>Échec : %1</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/serverconnection.cpp" line="134" />
            <source>Password refused</source>
            <translation>Mot de passe refusé</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/serverconnection.cpp" line="134" />
            <source>Password refused: %1</source>
            <translation>Mot de passe refusé : %1</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/serverconnection.cpp" line="230" />
            <location filename="../src/gui/connection/serverconnection.cpp" line="262" />
            <source>The conference list could not be read: %1</source>
            <translation>Impossible de lire la liste des conférences : %1</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/serverconnection.cpp" line="249" />
            <source>No answer from the event socket.</source>
            <translation>Pas de réponse du socket d’événements.</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/serverconnection.cpp" line="254" />
            <source>FreeSWITCH could not list the conferences: %1</source>
            <translation>FreeSWITCH n’a pas pu lister les conférences : %1</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/serverconnection.cpp" line="270" />
            <source>1 member on the bridge</source>
            <translation>1 participant sur le pont</translation>
        </message>
        <message>
            <location filename="../src/gui/connection/serverconnection.cpp" line="271" />
            <source>%1 members on the bridge</source>
            <translation>%1 participants sur le pont</translation>
        </message>
    </context>
    <context>
        <name>gui::ShortcutsDialog</name>
        <message>
            <location filename="../src/gui/window/shortcutsdialog.cpp" line="15" />
            <source>Member table</source>
            <translation>Tableau des participants</translation>
        </message>
        <message>
            <location filename="../src/gui/window/shortcutsdialog.cpp" line="16" />
            <source>Window</source>
            <translation>Fenêtre</translation>
        </message>
        <message>
            <location filename="../src/gui/window/shortcutsdialog.cpp" line="20" />
            <source>Mute or unmute the selected members</source>
            <translation>Couper ou rétablir le micro des participants sélectionnés</translation>
        </message>
        <message>
            <location filename="../src/gui/window/shortcutsdialog.cpp" line="21" />
            <source>Deaf or undeaf the selected members</source>
            <translation>Rendre sourds ou rétablir l’écoute des participants sélectionnés</translation>
        </message>
        <message>
            <location filename="../src/gui/window/shortcutsdialog.cpp" line="22" />
            <source>Kick the selected members (asks first)</source>
            <translation>Exclure les participants sélectionnés (avec confirmation)</translation>
        </message>
        <message>
            <location filename="../src/gui/window/shortcutsdialog.cpp" line="23" />
            <source>Energy threshold up</source>
            <translation>Augmenter le seuil d’énergie</translation>
        </message>
        <message>
            <location filename="../src/gui/window/shortcutsdialog.cpp" line="24" />
            <source>Energy threshold down</source>
            <translation>Baisser le seuil d’énergie</translation>
        </message>
        <message>
            <location filename="../src/gui/window/shortcutsdialog.cpp" line="25" />
            <source>Speaking volume up</source>
            <translation>Augmenter le volume de parole</translation>
        </message>
        <message>
            <location filename="../src/gui/window/shortcutsdialog.cpp" line="26" />
            <source>Speaking volume down</source>
            <translation>Baisser le volume de parole</translation>
        </message>
        <message>
            <location filename="../src/gui/window/shortcutsdialog.cpp" line="28" />
            <source>Select the member who is talking now</source>
            <translation>Sélectionner le participant qui parle actuellement</translation>
        </message>
        <message>
            <location filename="../src/gui/window/shortcutsdialog.cpp" line="30" />
            <source>Filter members by name or number</source>
            <translation>Filtrer les participants par nom ou numéro</translation>
        </message>
        <message>
            <location filename="../src/gui/window/shortcutsdialog.cpp" line="31" />
            <source>Refresh the conference now</source>
            <translation>Actualiser la conférence maintenant</translation>
        </message>
        <message>
            <location filename="../src/gui/window/shortcutsdialog.cpp" line="32" />
            <source>Dial out into the conference</source>
            <translation>Appeler quelqu’un pour l’ajouter à la conférence</translation>
        </message>
        <message>
            <location filename="../src/gui/window/shortcutsdialog.cpp" line="33" />
            <source>Attendance report of the conference</source>
            <translation>Rapport de présence de la conférence</translation>
        </message>
        <message>
            <location filename="../src/gui/window/shortcutsdialog.cpp" line="34" />
            <source>Connect to a server</source>
            <translation>Se connecter à un serveur</translation>
        </message>
        <message>
            <location filename="../src/gui/window/shortcutsdialog.cpp" line="35" />
            <source>Saved and open connections</source>
            <translation>Connexions enregistrées et ouvertes</translation>
        </message>
        <message>
            <location filename="../src/gui/window/shortcutsdialog.cpp" line="36" />
            <source>Open a conference by name</source>
            <translation>Ouvrir une conférence par son nom</translation>
        </message>
        <message>
            <location filename="../src/gui/window/shortcutsdialog.cpp" line="37" />
            <source>Refresh the conference lists</source>
            <translation>Actualiser les listes de conférences</translation>
        </message>
        <message>
            <location filename="../src/gui/window/shortcutsdialog.cpp" line="38" />
            <source>Close the conference tab</source>
            <translation>Fermer l’onglet de la conférence</translation>
        </message>
        <message>
            <location filename="../src/gui/window/shortcutsdialog.cpp" line="40" />
            <source>Undo moving members to another conference (while offered)</source>
            <translation>Annuler le transfert de participants vers une autre conférence (tant que c’est proposé)</translation>
        </message>
        <message>
            <location filename="../src/gui/window/shortcutsdialog.cpp" line="42" />
            <source>Quit</source>
            <translation>Quitter</translation>
        </message>
        <message>
            <location filename="../src/gui/window/shortcutsdialog.cpp" line="43" />
            <source>Show this list</source>
            <translation>Afficher cette liste</translation>
        </message>
        <message>
            <location filename="../src/gui/window/shortcutsdialog.cpp" line="51" />
            <location filename="../src/gui/window/shortcutsdialog.cpp" line="61" />
            <source>Keyboard shortcuts</source>
            <translation>Raccourcis clavier</translation>
        </message>
        <message>
            <location filename="../src/gui/window/shortcutsdialog.cpp" line="54" />
            <source>Member keys act on the selected rows of the conference tab that has the focus.</source>
            <translation>Les touches des participants agissent sur les lignes sélectionnées de l’onglet de conférence qui a le focus.</translation>
        </message>
        <message>
            <location filename="../src/gui/window/shortcutsdialog.cpp" line="62" />
            <source>Key</source>
            <translation>Touche</translation>
        </message>
        <message>
            <location filename="../src/gui/window/shortcutsdialog.cpp" line="62" />
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <location filename="../src/gui/window/shortcutsdialog.cpp" line="62" />
            <source>Where</source>
            <translation>Emplacement</translation>
        </message>
        <message>
            <location filename="../src/gui/window/shortcutsdialog.cpp" line="73" />
            <location filename="../src/gui/window/shortcutsdialog.cpp" line="77" />
            <source> or </source>
            <translation> ou </translation>
        </message>
        <message>
            <location filename="../src/gui/window/shortcutsdialog.cpp" line="77" />
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
    </context>
    <context>
        <name>gui::SpeakerTimeline</name>
        <message>
            <location filename="../src/gui/conference/speakertimeline.cpp" line="43" />
            <source>%1 and %2</source>
            <translation>%1 et %2</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/speakertimeline.cpp" line="52" />
            <source>Speaker timeline</source>
            <translation>Chronologie des intervenants</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/speakertimeline.cpp" line="105" />
            <source>Speaker timeline &amp;range</source>
            <translation>&amp;Plage de la chronologie des intervenants</translation>
        </message>
        <message numerus="yes">
            <location filename="../src/gui/conference/speakertimeline.cpp" line="110" />
            <source>Last %n min</source>
            <translation>
                <numerusform>Dernière %n min</numerusform>
                <numerusform>Dernières %n min</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../src/gui/conference/speakertimeline.cpp" line="168" />
            <location filename="../src/gui/conference/speakertimeline.cpp" line="432" />
            <source>No conference.</source>
            <translation>Aucune conférence.</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/speakertimeline.cpp" line="171" />
            <source>Nobody is talking now.</source>
            <translation>Personne ne parle actuellement.</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/speakertimeline.cpp" line="173" />
            <source>%1 is talking now.</source>
            <translation>%1 parle actuellement.</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/speakertimeline.cpp" line="175" />
            <source>%1 are talking now.</source>
            <translation>%1 parlent actuellement.</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/speakertimeline.cpp" line="177" />
            <source>%1 spoke most in the last %2 (%3).</source>
            <translation>%1 a le plus parlé sur les dernières %2 (%3).</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/speakertimeline.cpp" line="180" />
            <source>Nobody spoke in the last %1.</source>
            <translation>Personne n’a parlé sur les dernières %1.</translation>
        </message>
        <message numerus="yes">
            <location filename="../src/gui/conference/speakertimeline.cpp" line="219" />
            <location filename="../src/gui/conference/speakertimeline.cpp" line="428" />
            <source>+%n more</source>
            <translation>
                <numerusform>+%n autre</numerusform>
                <numerusform>+%n autres</numerusform>
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
            <translation>%1 — n’a pas parlé sur les dernières %2</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/speakertimeline.cpp" line="312" />
            <source>%1 — spoke %2 in the last %3, %4</source>
            <translation>%1 — a parlé %2 sur les dernières %3, %4</translation>
        </message>
        <message numerus="yes">
            <location filename="../src/gui/conference/speakertimeline.cpp" line="314" />
            <source>%n turn(s)</source>
            <translation>
                <numerusform>%n prise de parole</numerusform>
                <numerusform>%n prises de parole</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../src/gui/conference/speakertimeline.cpp" line="316" />
            <source>%1; talking now</source>
            <translation>%1 ; parle actuellement</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/speakertimeline.cpp" line="318" />
            <source>%1; left the conference</source>
            <translation>%1 ; a quitté la conférence</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/speakertimeline.cpp" line="320" />
            <source>%1. Talk time in the meeting: %2</source>
            <translation>%1. Temps de parole sur toute la réunion : %2</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/speakertimeline.cpp" line="355" />
            <source>Not shown: %1</source>
            <translation>Non affichés : %1</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/speakertimeline.cpp" line="432" />
            <source>Nobody in the conference.</source>
            <translation>Personne dans la conférence.</translation>
        </message>
        <message>
            <location filename="../src/gui/conference/speakertimeline.cpp" line="458" />
            <source>now</source>
            <translation>maintenant</translation>
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
            <translation>Parle</translation>
        </message>
        <message>
            <location filename="../src/gui/common/statusicons.cpp" line="305" />
            <source>Muted</source>
            <translation>Micro coupé</translation>
        </message>
        <message>
            <location filename="../src/gui/common/statusicons.cpp" line="307" />
            <source>Deaf</source>
            <translation>Sourd</translation>
        </message>
        <message>
            <location filename="../src/gui/common/statusicons.cpp" line="309" />
            <source>Floor</source>
            <translation>A la parole</translation>
        </message>
        <message>
            <location filename="../src/gui/common/statusicons.cpp" line="311" />
            <source>Moderator</source>
            <translation>Modérateur</translation>
        </message>
        <message>
            <location filename="../src/gui/common/statusicons.cpp" line="313" />
            <source>On hold</source>
            <translation>En attente</translation>
        </message>
        <message>
            <location filename="../src/gui/common/statusicons.cpp" line="315" />
            <source>Video</source>
            <translation>Vidéo</translation>
        </message>
        <message>
            <location filename="../src/gui/common/statusicons.cpp" line="317" />
            <source>Recording</source>
            <translation>Enregistrement</translation>
        </message>
        <message>
            <location filename="../src/gui/common/statusicons.cpp" line="319" />
            <source>Locked</source>
            <translation>Verrouillée</translation>
        </message>
        <message>
            <location filename="../src/gui/common/statusicons.cpp" line="321" />
            <source>Relation</source>
            <translation>Relation</translation>
        </message>
        <message>
            <location filename="../src/gui/common/statusicons.cpp" line="323" />
            <source>Conference Console</source>
            <translation>Conference Console</translation>
        </message>
        <message>
            <location filename="../src/gui/common/statusicons.cpp" line="325" />
            <source>Wants to speak</source>
            <translation>Demande la parole</translation>
        </message>
    </context>
    <context>
        <name>gui::Theme</name>
        <message>
            <location filename="../src/gui/common/theme.cpp" line="167" />
            <source>&amp;Theme</source>
            <translation>&amp;Thème</translation>
        </message>
        <message>
            <location filename="../src/gui/common/theme.cpp" line="172" />
            <source>&amp;System</source>
            <translation>&amp;Système</translation>
        </message>
        <message>
            <location filename="../src/gui/common/theme.cpp" line="173" />
            <source>&amp;Light</source>
            <translation>&amp;Clair</translation>
        </message>
        <message>
            <location filename="../src/gui/common/theme.cpp" line="174" />
            <source>&amp;Dark</source>
            <translation>&amp;Sombre</translation>
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
            <translation>Envoyer</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/troubleconsole.cpp" line="54" />
            <source>Commands typed below go to the open conference; the server's answers appear here.</source>
            <translation>Les commandes saisies ci-dessous sont envoyées à la conférence ouverte ; les réponses du serveur s’affichent ici.</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/troubleconsole.cpp" line="58" />
            <source>mod_conference command, e.g. mute 5 or relate 1,2 3 nospeak</source>
            <translation>commande mod_conference, p. ex. mute 5 ou relate 1,2 3 nospeak</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/troubleconsole.cpp" line="60" />
            <source>Command line</source>
            <translation>Ligne de commande</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/troubleconsole.cpp" line="61" />
            <source>Type a mod_conference command and press Enter to send it</source>
            <translation>Saisissez une commande mod_conference et appuyez sur Entrée pour l’envoyer</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/troubleconsole.cpp" line="62" />
            <source>Console transcript</source>
            <translation>Transcription de la console</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/troubleconsole.cpp" line="75" />
            <source>Command syntax</source>
            <translation>Syntaxe de la commande</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/troubleconsole.cpp" line="80" />
            <source>Clear</source>
            <translation>Effacer</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/troubleconsole.cpp" line="82" />
            <source>Clear the transcript; the command history stays</source>
            <translation>Effacer la transcription ; l’historique des commandes est conservé</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/troubleconsole.cpp" line="138" />
            <source>Open a conference to send commands to it.</source>
            <translation>Ouvrez une conférence pour lui envoyer des commandes.</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/troubleconsole.cpp" line="143" />
            <source>Type a command; pick from the list to complete it, Up/Down recall earlier lines.</source>
            <translation>Saisissez une commande ; choisissez dans la liste pour la compléter, Haut/Bas rappellent les lignes précédentes.</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/troubleconsole.cpp" line="157" />
            <source>Unknown command “%1”.</source>
            <translation>Commande inconnue « %1 ».</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/troubleconsole.cpp" line="186" />
            <source>No conference is open; nothing was sent.</source>
            <translation>Aucune conférence n’est ouverte ; rien n’a été envoyé.</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/troubleconsole.cpp" line="202" />
            <source>REST: %1</source>
            <translation>REST : %1</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/troubleconsole.cpp" line="206" />
            <source>API:  %1</source>
            <translation>API :  %1</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/troubleconsole.cpp" line="224" />
            <source>(sent as %1)</source>
            <translation>(envoyé sous la forme %1)</translation>
        </message>
    </context>
    <context>
        <name>gui::TroubleExplainPanel</name>
        <message>
            <location filename="../src/gui/troubleshooting/troubleexplainpanel.cpp" line="17" />
            <source>What to check:</source>
            <translation>Points à vérifier :</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/troubleexplainpanel.cpp" line="39" />
            <source>What to check</source>
            <translation>Points à vérifier</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/troubleexplainpanel.cpp" line="79" />
            <source>No failure</source>
            <translation>Aucun échec</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/troubleexplainpanel.cpp" line="82" />
            <source>When a command or a poll of the current conference fails, this tab explains in plain words what happened and what to check.</source>
            <translation>Lorsqu’une commande ou une interrogation de la conférence en cours échoue, cet onglet explique simplement ce qui s’est passé et ce qu’il faut vérifier.</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/troubleexplainpanel.cpp" line="100" />
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/troubleexplainpanel.cpp" line="110" />
            <source>Trying again later may work without changing anything.</source>
            <translation>Réessayer plus tard peut fonctionner sans rien modifier.</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/troubleexplainpanel.cpp" line="111" />
            <source>Trying again unchanged will fail the same way.</source>
            <translation>Réessayer sans modification échouera de la même manière.</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/troubleexplainpanel.cpp" line="119" />
            <source>Server said: %1</source>
            <translation>Réponse du serveur : %1</translation>
        </message>
    </context>
    <context>
        <name>gui::TroubleshootingDock</name>
        <message>
            <location filename="../src/gui/troubleshooting/troubleshootingdock.cpp" line="20" />
            <location filename="../src/gui/troubleshooting/troubleshootingdock.cpp" line="29" />
            <source>Troubleshooting</source>
            <translation>Dépannage</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/troubleshootingdock.cpp" line="30" />
            <source>Administrator tools: raw command console, request log, xml_list viewer and failure explanations for the current conference</source>
            <translation>Outils d’administration : console de commandes brutes, journal des requêtes, visionneuse xml_list et explications des échecs pour la conférence en cours</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/troubleshootingdock.cpp" line="34" />
            <source>Console</source>
            <translation>Console</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/troubleshootingdock.cpp" line="35" />
            <source>Log</source>
            <translation>Journal</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/troubleshootingdock.cpp" line="36" />
            <source>XML</source>
            <translation>XML</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/troubleshootingdock.cpp" line="37" />
            <source>Explain</source>
            <translation>Explication</translation>
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
            <translation>lecture de la liste des participants (xml_list)</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/troubleshootingdock.cpp" line="149" />
            <source>polling stopped</source>
            <translation>interrogation arrêtée</translation>
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
            <translation>La réponse xml_list brute de la conférence ouverte s’affiche ici.</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/xmlviewer.cpp" line="60" />
            <source>Field</source>
            <translation>Champ</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/xmlviewer.cpp" line="60" />
            <source>Value as sent</source>
            <translation>Valeur telle qu’envoyée</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/xmlviewer.cpp" line="60" />
            <source>Decoded</source>
            <translation>Décodée</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/xmlviewer.cpp" line="58" />
            <location filename="../src/gui/troubleshooting/xmlviewer.cpp" line="70" />
            <source>Freeze</source>
            <translation>Figer</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/xmlviewer.cpp" line="56" />
            <source>Conference fields</source>
            <translation>Champs de la conférence</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/xmlviewer.cpp" line="57" />
            <source>Raw xml_list text</source>
            <translation>Texte xml_list brut</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/xmlviewer.cpp" line="59" />
            <source>Keep the current text while reading</source>
            <translation>Conserver le texte actuel pendant la lecture</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/xmlviewer.cpp" line="73" />
            <source>Keep the current text while you read it; new answers are shown when you release the button.</source>
            <translation>Conserve le texte actuel pendant votre lecture ; les nouvelles réponses s’affichent lorsque vous relâchez le bouton.</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/xmlviewer.cpp" line="189" />
            <source>Not well-formed XML at line %1, column %2: %3</source>
            <translation>XML mal formé à la ligne %1, colonne %2 : %3</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/xmlviewer.cpp" line="255" />
            <source>%1 → %2</source>
            <translation>%1 → %2</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/xmlviewer.cpp" line="268" />
            <source>member %1</source>
            <translation>participant %1</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/xmlviewer.cpp" line="276" />
            <source>recording</source>
            <translation>enregistrement</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/xmlviewer.cpp" line="306" />
            <source>No xml_list answer yet.</source>
            <translation>Pas encore de réponse xml_list.</translation>
        </message>
        <message numerus="yes">
            <location filename="../src/gui/troubleshooting/xmlviewer.cpp" line="308" />
            <source>Answer of %1, %n byte(s).</source>
            <translation>
                <numerusform>Réponse de %1, %n octet.</numerusform>
                <numerusform>Réponse de %1, %n octets.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/xmlviewer.cpp" line="312" />
            <source>Frozen — a newer answer (%1) is waiting.</source>
            <translation>Figé — une réponse plus récente (%1) est en attente.</translation>
        </message>
        <message>
            <location filename="../src/gui/troubleshooting/xmlviewer.cpp" line="314" />
            <source>Frozen.</source>
            <translation>Figé.</translation>
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
            <translation>Langue inconnue « %1 » ; utilisez l’une des suivantes : %2.</translation>
        </message>
        <message>
            <location filename="../src/app/main.cpp" line="57" />
            <source>Moderator console for FreeSWITCH conferences via sipXconfig.</source>
            <translation>Console de modération pour les conférences FreeSWITCH via sipXconfig.</translation>
        </message>
        <message>
            <location filename="../src/app/main.cpp" line="29" />
            <source>Start the built-in conference bridge simulator and connect to it as alice.</source>
            <translation>Démarrer le simulateur de pont de conférence intégré et s’y connecter en tant qu’alice.</translation>
        </message>
        <message>
            <location filename="../src/app/main.cpp" line="32" />
            <source>Connect with the saved profile &lt;name&gt;.</source>
            <translation>Se connecter avec le profil enregistré &lt;nom&gt;.</translation>
        </message>
        <message>
            <location filename="../src/app/main.cpp" line="33" />
            <location filename="../src/app/main.cpp" line="51" />
            <source>name</source>
            <translation>nom</translation>
        </message>
        <message>
            <location filename="../src/app/main.cpp" line="36" />
            <source>Save a picture of the main window to &lt;file&gt; (with --quit-after).</source>
            <translation>Enregistrer une image de la fenêtre principale dans &lt;fichier&gt; (avec --quit-after).</translation>
        </message>
        <message>
            <location filename="../src/app/main.cpp" line="38" />
            <source>file</source>
            <translation>fichier</translation>
        </message>
        <message>
            <location filename="../src/app/main.cpp" line="40" />
            <source>Quit after &lt;seconds&gt;.</source>
            <translation>Quitter après &lt;secondes&gt;.</translation>
        </message>
        <message>
            <location filename="../src/app/main.cpp" line="41" />
            <source>seconds</source>
            <translation>secondes</translation>
        </message>
        <message>
            <location filename="../src/app/main.cpp" line="43" />
            <source>User interface language &lt;code&gt;: en, ro, de or fr (default: the system language).</source>
            <translation>Langue de l’interface utilisateur &lt;code&gt; : en, ro, de ou fr (par défaut : la langue du système).</translation>
        </message>
        <message>
            <location filename="../src/app/main.cpp" line="46" />
            <source>code</source>
            <translation>code</translation>
        </message>
        <message>
            <location filename="../src/app/main.cpp" line="49" />
            <source>Colour theme &lt;name&gt;: system, light or dark (default: the last one chosen in View ▸ Theme).</source>
            <translation>Thème de couleurs &lt;nom&gt; : system, light ou dark (par défaut : le dernier choisi dans Affichage ▸ Thème).</translation>
        </message>
        <message>
            <location filename="../src/app/main.cpp" line="53" />
            <source>Same as --theme dark.</source>
            <translation>Identique à --theme dark.</translation>
        </message>
        <message>
            <location filename="../src/app/main.cpp" line="156" />
            <source>Unknown theme “%1”; use system, light or dark.</source>
            <translation>Thème inconnu « %1 » ; utilisez system, light ou dark.</translation>
        </message>
        <message>
            <location filename="../src/app/main.cpp" line="172" />
            <source>--quit-after needs a number of seconds.</source>
            <translation>--quit-after nécessite un nombre de secondes.</translation>
        </message>
        <message>
            <location filename="../src/app/main.cpp" line="191" />
            <source>Demo</source>
            <translation>Démo</translation>
        </message>
        <message>
            <location filename="../src/app/main.cpp" line="210" />
            <source>Could not write the screenshot %1.</source>
            <translation>Impossible d’écrire la capture d’écran %1.</translation>
        </message>
        <message>
            <location filename="../src/app/main.cpp" line="219" />
            <source>--screenshot needs --quit-after.</source>
            <translation>--screenshot nécessite --quit-after.</translation>
        </message>
    </context>
</TS>
