<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- An "English copy": every key string translated to itself. tst_translations must reject it. -->
<TS version="2.1" language="de_DE">
<context>
    <name>gui::MemberActions</name>
    <message>
        <source>Mute</source>
        <translation>Mute</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Unmute</translation>
    </message>
    <message>
        <source>Kick</source>
        <translation>Kick</translation>
    </message>
    <message>
        <source>Deaf</source>
        <translation>Deaf</translation>
    </message>
</context>
<context>
    <name>gui::ConferenceToolbar</name>
    <message>
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>Dial out…</source>
        <translation>Dial out…</translation>
    </message>
</context>
<context>
    <name>gui::StatusIcons</name>
    <message>
        <source>Recording</source>
        <translation>Recording</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
</context>
<context>
    <name>cc::CommandOutcome</name>
    <message>
        <source>The command was carried out.</source>
        <translation>The command was carried out.</translation>
    </message>
    <message>
        <source>The server did not accept the user name or password.</source>
        <translation>The server did not accept the user name or password.</translation>
    </message>
</context>
</TS>
