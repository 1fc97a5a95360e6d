// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The troubleshooting console: completion and syntax hints, lines refused before anything is
// sent, valid lines emitted as commands, and the persisted input history.
#include "core/commands/commandresponse.h"
#include "core/commands/conferencecommand.h"
#include "gui/troubleshooting/troubleconsole.h"
#include "troubleshootingfixture.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

using namespace gui;
using namespace troubleshootingtest;

class tst_TroubleConsole final : public QObject, private TroubleshootingFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { isolateSettings(QStringLiteral("tst_troubleconsole")); }

    void consoleCompleterAndHint();
    void consoleInvalidLineSendsNothing();
    void consoleValidLineEmitsCommand();
    void consoleHistory();
};

void tst_TroubleConsole::consoleCompleterAndHint()
{
    TroubleConsole console;
    console.setHistoryKey(QStringLiteral("test/hint"));
    console.setConference(QStringLiteral("sales"));
    QCompleter *completer = console.completer();
    QVERIFY(completer);
    QCOMPARE(console.input()->completer(), completer);
    completer->setCompletionPrefix(QStringLiteral("volume"));
    QStringList completions;
    for (int i = 0; completer->setCurrentRow(i); ++i)
        completions << completer->currentCompletion();
    QCOMPARE(completions, (QStringList{QStringLiteral("volume_in"), QStringLiteral("volume_out")}));

    QTest::keyClicks(console.input(), QStringLiteral("volume_in"));
    QCOMPARE(console.hintText(),
             QStringLiteral("volume_in ") + cc::ConferenceCommand::syntaxHint(QStringLiteral("volume_in")));
    console.input()->clear();
    QTest::keyClicks(console.input(), QStringLiteral("mute 5"));
    QVERIFY(!cc::ConferenceCommand::syntaxHint(QStringLiteral("mute")).isEmpty());
    QVERIFY2(console.hintText().contains(cc::ConferenceCommand::syntaxHint(QStringLiteral("mute"))),
             qPrintable(console.hintText()));
    console.input()->clear();
    QTest::keyClicks(console.input(), QStringLiteral("un"));
    QVERIFY2(console.hintText().contains(QLatin1String("unmute")) &&
                 console.hintText().contains(QLatin1String("undeaf")),
             qPrintable(console.hintText()));
    console.input()->setText(QStringLiteral("frobnicate 3"));
    QVERIFY(console.hintText().contains(QLatin1String("frobnicate")));
}

void tst_TroubleConsole::consoleInvalidLineSendsNothing()
{
    TroubleConsole console;
    console.setHistoryKey(QStringLiteral("test/invalid"));
    QSignalSpy submitted(&console, &TroubleConsole::commandSubmitted);

    // No conference: nothing is sent.
    console.input()->setText(QStringLiteral("mute 5"));
    QTest::keyClick(console.input(), Qt::Key_Return);
    QCOMPARE(submitted.count(), 0);

    console.setConference(QStringLiteral("sales"));
    const QString line = QStringLiteral("mute banana");
    const QString why = cc::ConferenceCommand::parse(line).error();
    QVERIFY(!why.isEmpty());
    console.input()->setText(line);
    QTest::keyClick(console.input(), Qt::Key_Return);
    QCOMPARE(submitted.count(), 0);
    QVERIFY2(console.transcript().contains(why), qPrintable(console.transcript()));
    QCOMPARE(console.hintText(), why);
    QCOMPARE(console.input()->text(), line); // kept for correcting

    // Valid for FreeSWITCH but not carried by the REST route: refused as well.
    const cc::ConferenceCommand slash = cc::ConferenceCommand::parse(QStringLiteral("play /tmp/x.wav"));
    QVERIFY(slash.isValid());
    QVERIFY(!slash.restSegment());
    console.input()->setText(QStringLiteral("play /tmp/x.wav"));
    console.submit();
    QCOMPARE(submitted.count(), 0);
    QVERIFY(console.transcript().contains(slash.restError()));
}

void tst_TroubleConsole::consoleValidLineEmitsCommand()
{
    TroubleConsole console;
    console.setHistoryKey(QStringLiteral("test/valid"));
    console.setConference(QStringLiteral("sales"));
    console.show();
    QCompleter *completer = console.completer();
    QSignalSpy submitted(&console, &TroubleConsole::commandSubmitted);
    // Return in the open completion list completes the word instead of sending it.
    QTest::keyClicks(console.input(), QStringLiteral("mu"));
    QVERIFY(completer->popup()->isVisible());
    QTest::keyClick(console.input(), Qt::Key_Return);
    QCOMPARE(submitted.count(), 0);
    completer->popup()->hide();
    console.input()->clear();
    QTest::keyClicks(console.input(), QStringLiteral("relate 1,2 3 nospeak"));
    QTest::keyClick(console.input(), Qt::Key_Return);
    QCOMPARE(submitted.count(), 1);
    const auto command = submitted.at(0).at(0).value<cc::ConferenceCommand>();
    QVERIFY(command.isValid());
    QCOMPARE(command.id(), cc::CommandId::Relate);
    QCOMPARE(command.restSegment(),
             cc::ConferenceCommand::parse(QStringLiteral("relate 1,2 3 nospeak")).restSegment());
    QVERIFY(console.input()->text().isEmpty());
    QVERIFY(console.transcript().contains(*command.restSegment()));
    QVERIFY(console.transcript().contains(command.apiLine(QStringLiteral("sales"))));

    cc::CommandOutcome outcome;
    outcome.kind = cc::ResponseKind::Success;
    outcome.httpStatus = 200;
    outcome.payload = QStringLiteral("+OK relate done\n");
    console.showOutcome(outcome, *command.restSegment());
    QVERIFY(console.transcript().contains(QLatin1String("+OK relate done")));

    // Clear empties the transcript and keeps the history (Up still recalls the command).
    auto *clear = console.findChild<QPushButton *>(QStringLiteral("consoleClear"));
    QVERIFY(clear);
    QTest::mouseClick(clear, Qt::LeftButton);
    QVERIFY(console.transcript().trimmed().isEmpty());
    QTest::keyClick(console.input(), Qt::Key_Up);
    QCOMPARE(console.input()->text(), QStringLiteral("relate 1,2 3 nospeak"));
}

void tst_TroubleConsole::consoleHistory()
{
    const QString key = QStringLiteral("test/history");
    {
        TroubleConsole console;
        console.setHistoryKey(key);
        console.setConference(QStringLiteral("sales"));
        for (const QString &line :
             {QStringLiteral("mute 1"), QStringLiteral("bogus"), QStringLiteral("unmute 1")}) {
            console.input()->setText(line);
            console.submit();
        }
        console.input()->setText(QStringLiteral("draft"));
        QTest::keyClick(console.input(), Qt::Key_Up);
        QCOMPARE(console.input()->text(), QStringLiteral("unmute 1"));
        QTest::keyClick(console.input(), Qt::Key_Up);
        QCOMPARE(console.input()->text(), QStringLiteral("bogus"));
        QTest::keyClick(console.input(), Qt::Key_Down);
        QTest::keyClick(console.input(), Qt::Key_Down);
        QCOMPARE(console.input()->text(), QStringLiteral("draft"));
    }
    {
        TroubleConsole console; // persisted
        console.setHistoryKey(key);
        QCOMPARE(console.history(), (QStringList{QStringLiteral("mute 1"), QStringLiteral("bogus"),
                                                 QStringLiteral("unmute 1")}));
        console.setConference(QStringLiteral("sales"));
        for (int i = 0; i < TroubleConsole::MaxHistory + 10; ++i) {
            console.input()->setText(QStringLiteral("count %1").arg(i));
            console.submit();
        }
        QCOMPARE(console.history().size(), TroubleConsole::MaxHistory);
        QCOMPARE(QSettings().value(key).toStringList().size(), TroubleConsole::MaxHistory);
        QCOMPARE(console.history().constLast(),
                 QStringLiteral("count %1").arg(TroubleConsole::MaxHistory + 9));
    }
}

QTEST_MAIN(tst_TroubleConsole)
#include "tst_troubleconsole.moc"
