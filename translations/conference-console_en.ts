<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>gui::AttendanceDialog</name>
    <message numerus="yes">
        <location filename="../src/gui/dialogs/attendancedialog.cpp" line="+226"/>
        <source>%n member(s) seen in %1, %2 still in.</source>
        <translation>
            <numerusform>%n member seen in %1, %2 still in.</numerusform>
            <numerusform>%n members seen in %1, %2 still in.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gui::AuditDialog</name>
    <message numerus="yes">
        <location filename="../src/gui/troubleshooting/auditdialog.cpp" line="+171"/>
        <source>%1 of %n command(s) shown.</source>
        <translation>
            <numerusform>%1 of %n command shown.</numerusform>
            <numerusform>%1 of %n commands shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n damaged line(s) skipped.</source>
        <translation>
            <numerusform>%n damaged line skipped.</numerusform>
            <numerusform>%n damaged lines skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>Exported %n command(s) to %1.</source>
        <translation>
            <numerusform>Exported %n command to %1.</numerusform>
            <numerusform>Exported %n commands to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gui::ConferenceHeader</name>
    <message numerus="yes">
        <location filename="../src/gui/conference/conferenceheader.cpp" line="+159"/>
        <source>live via event socket · re-synced %n s ago</source>
        <translation>
            <numerusform>live via event socket · re-synced %n s ago</numerusform>
            <numerusform>live via event socket · re-synced %n s ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>updated %n s ago</source>
        <translation>
            <numerusform>updated %n s ago</numerusform>
            <numerusform>updated %n s ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gui::ConferenceMeeting</name>
    <message numerus="yes">
        <location filename="../src/gui/conference/conferencemeeting.cpp" line="+121"/>
        <source>%n minute(s) left in %1.</source>
        <translation>
            <numerusform>%n minute left in %1.</numerusform>
            <numerusform>%n minutes left in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%1 has been speaking for %n minute(s).</source>
        <translation>
            <numerusform>%1 has been speaking for %n minute.</numerusform>
            <numerusform>%1 has been speaking for %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+140"/>
        <source>A breakout of %1 is running in %n room(s).</source>
        <translation>
            <numerusform>A breakout of %1 is running in %n room.</numerusform>
            <numerusform>A breakout of %1 is running in %n rooms.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+317"/>
        <source>%n room(s), %1 left</source>
        <translation>
            <numerusform>%n room, %1 left</numerusform>
            <numerusform>%n rooms, %1 left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n room(s) open</source>
        <translation>
            <numerusform>%n room open</numerusform>
            <numerusform>%n rooms open</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gui::ConferenceView</name>
    <message numerus="yes">
        <location filename="../src/gui/conference/conferenceview.cpp" line="+381"/>
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gui::DesktopNotifier</name>
    <message numerus="yes">
        <location filename="../src/gui/window/desktopnotifier.cpp" line="+40"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+224"/>
        <source>%n people joined %1: %2.</source>
        <translation>
            <numerusform>%n person joined %1: %2.</numerusform>
            <numerusform>%n people joined %1: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n people left %1: %2.</source>
        <translation>
            <numerusform>%n person left %1: %2.</numerusform>
            <numerusform>%n people left %1: %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gui::LogView</name>
    <message numerus="yes">
        <location filename="../src/gui/troubleshooting/logview.cpp" line="+190"/>
        <source>Log saved to %1 (%n exchange(s)).</source>
        <translation>
            <numerusform>Log saved to %1 (%n exchange).</numerusform>
            <numerusform>Log saved to %1 (%n exchanges).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gui::MainWindow</name>
    <message numerus="yes">
        <location filename="../src/gui/window/mainwindow.cpp" line="+392"/>
        <source>Reopening %n connection(s) from the last session</source>
        <translation>
            <numerusform>Reopening %n connection from the last session</numerusform>
            <numerusform>Reopening %n connections from the last session</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gui::RaiseHandPanel</name>
    <message numerus="yes">
        <location filename="../src/gui/conference/raisehandpanel.cpp" line="+17"/>
        <source>%n member(s) waiting to speak. Enter gives the floor, Delete dismisses.</source>
        <translation>
            <numerusform>%n member waiting to speak. Enter gives the floor, Delete dismisses.</numerusform>
            <numerusform>%n members waiting to speak. Enter gives the floor, Delete dismisses.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gui::SpeakerTimeline</name>
    <message numerus="yes">
        <location filename="../src/gui/conference/speakertimeline.cpp" line="+110"/>
        <source>Last %n min</source>
        <translation>
            <numerusform>Last %n min</numerusform>
            <numerusform>Last %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+109"/>
        <location line="+209"/>
        <source>+%n more</source>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-125"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n turn(s)</source>
        <translation>
            <numerusform>%n turn</numerusform>
            <numerusform>%n turns</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gui::WaitingRoomPanel</name>
    <message numerus="yes">
        <location filename="../src/gui/conference/waitingroompanel.cpp" line="+21"/>
        <source>%n caller(s) waiting to be let in. Enter admits, Delete turns away.</source>
        <translation>
            <numerusform>%n caller waiting to be let in. Enter admits, Delete turns away.</numerusform>
            <numerusform>%n callers waiting to be let in. Enter admits, Delete turns away.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gui::XmlViewer</name>
    <message numerus="yes">
        <location filename="../src/gui/troubleshooting/xmlviewer.cpp" line="+308"/>
        <source>Answer of %1, %n byte(s).</source>
        <translation>
            <numerusform>Answer of %1, %n byte.</numerusform>
            <numerusform>Answer of %1, %n bytes.</numerusform>
        </translation>
    </message>
</context>
</TS>
