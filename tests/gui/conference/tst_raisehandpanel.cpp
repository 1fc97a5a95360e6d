// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// RaiseHandPanel over a real cc::RaiseHandQueue fed by hand-built snapshots: title and empty
// state, Enter gives the floor, Delete dismisses, the buttons and their mnemonics, accessible
// names, the size signal for the owner, and a picture.
#include "core/insights/raisehandqueue.h"
#include "gui/common/theme.h"
#include "gui/conference/raisehandpanel.h"
#include "participantfixture.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>

#include <memory>

using gui::RaiseHandPanel;
using testsupport::kT0;

namespace {
/// A muted member; `talking` makes it a raised hand (mute_detect).
cc::Participant mutedMember(quint32 id, const QString &name, bool talking)
{
    cc::Participant p = testsupport::member(id, name);
    p.canSpeak = false;
    p.talking = talking;
    return p;
}
} // namespace

class tst_RaiseHandPanel final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void emptyStateIsOneLine();
    void titleCountsAndSizeSignal();
    void enterGivesTheFloor();
    void deleteDismisses();
    void keysWinOverTheTabsShortcuts();
    void buttonsActOnTheCurrentRow();
    void mnemonicsAndAccessibleNames();
    void unmutedMemberLeavesTheList();
    void screenshot();

private:
    /// Alice and Bob raise their hands (in that order), Carol is muted but quiet.
    void raiseHands();
    QLabel *title() const { return m_panel->findChild<QLabel *>(QStringLiteral("raiseHandTitle")); }
    QLabel *emptyLabel() const { return m_panel->findChild<QLabel *>(QStringLiteral("raiseHandEmpty")); }

    qint64 m_now = kT0;
    std::unique_ptr<cc::RaiseHandQueue> m_queue;
    std::unique_ptr<QWidget> m_host;
    RaiseHandPanel *m_panel = nullptr; ///< owned by m_host
};

void tst_RaiseHandPanel::init()
{
    m_now = kT0;
    m_queue = std::make_unique<cc::RaiseHandQueue>();
    m_queue->setClock([this] { return m_now; });
    // In a host window, as in the conference view (a top-level panel would resize its window).
    m_host = std::make_unique<QWidget>();
    auto *layout = new QVBoxLayout(m_host.get());
    layout->setSizeConstraint(QLayout::SetNoConstraint); // the test window keeps its size
    m_panel = new RaiseHandPanel(m_host.get());
    layout->addWidget(m_panel);
    layout->addStretch(1);
    m_panel->setQueue(m_queue.get());
    m_host->resize(340, 240);
    m_host->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_host.get()));
}

void tst_RaiseHandPanel::cleanup()
{
    m_host.reset();
    m_queue.reset();
}

void tst_RaiseHandPanel::raiseHands()
{
    m_queue->applySnapshot(testsupport::conference({mutedMember(1, QStringLiteral("Alice"), true),
                                                    mutedMember(2, QStringLiteral("Bob"), false),
                                                    mutedMember(3, QStringLiteral("Carol"), false)}));
    m_now += 5000;
    m_queue->applySnapshot(testsupport::conference({mutedMember(1, QStringLiteral("Alice"), true),
                                                    mutedMember(2, QStringLiteral("Bob"), true),
                                                    mutedMember(3, QStringLiteral("Carol"), false)}));
    m_now += 37000;
    QCOMPARE(m_queue->memberIds(), (QList<quint32>{1, 2}));
}

void tst_RaiseHandPanel::emptyStateIsOneLine()
{
    QVERIFY(m_panel->isEmpty());
    QCOMPARE(m_panel->count(), 0);
    QCOMPARE(title()->text(), QStringLiteral("Raised hands (0)"));
    QVERIFY(emptyLabel()->isVisible());
    QVERIFY(!m_panel->view()->isVisible());
    QVERIFY(!m_panel->giveFloorButton()->isVisible());
    // Title and empty text share one line.
    QCOMPARE(emptyLabel()->geometry().top(), title()->geometry().top());
    QVERIFY(m_panel->sizeHint().height() <= title()->sizeHint().height() + 4);
    // Nothing to act on.
    QSignalSpy floor(m_panel, &RaiseHandPanel::giveFloorRequested);
    m_panel->giveFloorToCurrent();
    m_panel->dismissCurrent();
    QCOMPARE(floor.size(), 0);
}

void tst_RaiseHandPanel::titleCountsAndSizeSignal()
{
    QSignalSpy size(m_panel, &RaiseHandPanel::queueSizeChanged);
    const int emptyHeight = m_panel->sizeHint().height();
    raiseHands();
    QCOMPARE(m_panel->count(), 2);
    QVERIFY(!m_panel->isEmpty());
    QCOMPARE(title()->text(), QStringLiteral("Raised hands (2)"));
    QCOMPARE(size.size(), 2); // 0 -> 1 -> 2
    QCOMPARE(size.last().at(0).toInt(), 2);
    QVERIFY(!emptyLabel()->isVisible());
    QVERIFY(m_panel->view()->isVisible());
    QVERIFY(m_panel->sizeHint().height() > emptyHeight);
    // The list is as tall as its rows, not a default 192 px.
    const int rowHeight = m_panel->view()->sizeHintForRow(0);
    QCOMPARE(m_panel->view()->height(), 2 * rowHeight + 2 * m_panel->view()->frameWidth());
    QVERIFY(m_panel->view()->accessibleDescription().startsWith(QStringLiteral("2 member(s) waiting")));

    m_queue->clear();
    QCOMPARE(size.last().at(0).toInt(), 0);
    QVERIFY(m_panel->isEmpty());
}

void tst_RaiseHandPanel::enterGivesTheFloor()
{
    raiseHands();
    QSignalSpy floor(m_panel, &RaiseHandPanel::giveFloorRequested);
    m_panel->view()->setFocus();
    QCOMPARE(m_panel->currentMemberId(), 1u); // first raised is current
    QTest::keyClick(m_panel->view(), Qt::Key_Return);
    QCOMPARE(floor.size(), 1);
    QCOMPARE(floor.at(0).at(0).value<quint32>(), 1u);
    QTest::keyClick(m_panel->view(), Qt::Key_Down);
    QTest::keyClick(m_panel->view(), Qt::Key_Enter, Qt::KeypadModifier);
    QCOMPARE(floor.size(), 2);
    QCOMPARE(floor.at(1).at(0).value<quint32>(), 2u);
    // Giving the floor sends nothing by itself: the queue is unchanged until the unmute shows.
    QCOMPARE(m_queue->rowCount(), 2);
    // A modified Enter is not ours.
    QTest::keyClick(m_panel->view(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(floor.size(), 2);
}

void tst_RaiseHandPanel::deleteDismisses()
{
    raiseHands();
    QSignalSpy dismissed(m_panel, &RaiseHandPanel::dismissed);
    QSignalSpy floor(m_panel, &RaiseHandPanel::giveFloorRequested);
    QVERIFY(m_panel->setCurrentMemberId(2));
    QTest::keyClick(m_panel->view(), Qt::Key_Delete);
    QCOMPARE(dismissed.size(), 1);
    QCOMPARE(dismissed.at(0).at(0).value<quint32>(), 2u);
    QCOMPARE(m_queue->memberIds(), (QList<quint32>{1}));
    QCOMPARE(title()->text(), QStringLiteral("Raised hands (1)"));
    // The remaining row becomes current: Delete again empties the list.
    QCOMPARE(m_panel->currentMemberId(), 1u);
    QTest::keyClick(m_panel->view(), Qt::Key_Delete);
    QCOMPARE(dismissed.size(), 2);
    QVERIFY(m_panel->isEmpty());
    QVERIFY(emptyLabel()->isVisible());
    QCOMPARE(floor.size(), 0);
    QVERIFY(!m_panel->setCurrentMemberId(1));
}

void tst_RaiseHandPanel::keysWinOverTheTabsShortcuts()
{
    // In a conference tab Delete kicks the table's selection and Enter may be bound too: while
    // the list has the focus, its keys are its own.
    raiseHands();
    auto *kick = new QAction(m_host.get());
    kick->setShortcut(QKeySequence(Qt::Key_Delete));
    kick->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_host->addAction(kick);
    QSignalSpy kicked(kick, &QAction::triggered);
    QSignalSpy dismissed(m_panel, &RaiseHandPanel::dismissed);
    m_panel->view()->setFocus();
    QVERIFY(m_panel->setCurrentMemberId(2));
    QTest::keyClick(m_panel->view(), Qt::Key_Delete);
    QCOMPARE(dismissed.size(), 1);
    QCOMPARE(kicked.size(), 0);
    // Elsewhere in the window the shortcut still acts.
    QTest::keyClick(m_host.get(), Qt::Key_Delete);
    QCOMPARE(kicked.size(), 1);
}

void tst_RaiseHandPanel::buttonsActOnTheCurrentRow()
{
    QVERIFY(!m_panel->giveFloorButton()->isEnabled());
    raiseHands();
    QVERIFY(m_panel->giveFloorButton()->isEnabled());
    QVERIFY(m_panel->dismissButton()->isEnabled());
    QSignalSpy floor(m_panel, &RaiseHandPanel::giveFloorRequested);
    QSignalSpy dismissed(m_panel, &RaiseHandPanel::dismissed);
    QVERIFY(m_panel->setCurrentMemberId(2));
    QTest::mouseClick(m_panel->giveFloorButton(), Qt::LeftButton);
    QCOMPARE(floor.size(), 1);
    QCOMPARE(floor.at(0).at(0).value<quint32>(), 2u);
    QTest::mouseClick(m_panel->dismissButton(), Qt::LeftButton);
    QCOMPARE(dismissed.at(0).at(0).value<quint32>(), 2u);
    QCOMPARE(m_queue->memberIds(), (QList<quint32>{1}));
    // Double-clicking a row gives the floor too.
    QCoreApplication::processEvents(); // the list shrank to one row: let the layout settle
    const QRect row = m_panel->view()->visualRect(m_queue->index(0));
    // QTest's double click is the second press only: the first click comes before it.
    QTest::mouseClick(m_panel->view()->viewport(), Qt::LeftButton, {}, row.center());
    QCOMPARE(floor.size(), 1); // one click selects, nothing more
    QTest::mouseDClick(m_panel->view()->viewport(), Qt::LeftButton, {}, row.center());
    QCOMPARE(floor.size(), 2);
    QCOMPARE(floor.at(1).at(0).value<quint32>(), 1u);
}

void tst_RaiseHandPanel::mnemonicsAndAccessibleNames()
{
    raiseHands();
    QCOMPARE(m_panel->giveFloorButton()->text(), QStringLiteral("&Give the floor"));
    QCOMPARE(m_panel->dismissButton()->text(), QStringLiteral("&Dismiss"));
    QCOMPARE(m_panel->giveFloorButton()->accessibleName(), QStringLiteral("Give the floor"));
    QCOMPARE(m_panel->dismissButton()->accessibleName(), QStringLiteral("Dismiss"));
    QCOMPARE(m_panel->view()->accessibleName(), QStringLiteral("Raised hands"));
    QVERIFY(m_panel->giveFloorButton()->focusPolicy() & Qt::TabFocus);
    QVERIFY(m_panel->view()->focusPolicy() & Qt::TabFocus);
    // Tab order: list, then the two buttons.
    QApplication::setActiveWindow(m_host.get());
    QVERIFY(QTest::qWaitForWindowActive(m_host.get()));
    m_panel->setFocus(); // the panel passes focus to its list
    QCOMPARE(QApplication::focusWidget(), m_panel->view());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), m_panel->giveFloorButton());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), m_panel->dismissButton());

    // Alt+D reaches the Dismiss button (a mnemonic is a shortcut of the window).
    QSignalSpy dismissed(m_panel, &RaiseHandPanel::dismissed);
    QTest::keyClick(m_host.get(), Qt::Key_D, Qt::AltModifier);
    QTRY_COMPARE(dismissed.size(), 1); // a mnemonic "animates" the click: it lands a moment later
    // The list's rows speak for themselves (the queue's accessible text).
    QVERIFY(m_queue->index(0).data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("waiting")));
}

void tst_RaiseHandPanel::unmutedMemberLeavesTheList()
{
    raiseHands();
    QSignalSpy size(m_panel, &RaiseHandPanel::queueSizeChanged);
    cc::Participant alice = testsupport::member(1, QStringLiteral("Alice")); // unmuted: given the floor
    m_queue->applySnapshot(testsupport::conference({alice, mutedMember(2, QStringLiteral("Bob"), true),
                                                    mutedMember(3, QStringLiteral("Carol"), false)}));
    QCOMPARE(m_panel->count(), 1);
    QCOMPARE(size.last().at(0).toInt(), 1);
    QCOMPARE(m_panel->currentMemberId(), 2u);
}

void tst_RaiseHandPanel::screenshot()
{
    // Pictures to look at (not compared): WIDGET_SHOTS, or a folder in the temp directory.
    const QString dir = qEnvironmentVariable(
        "WIDGET_SHOTS", QDir::temp().filePath(QStringLiteral("conference-console-widget-shots")));
    QDir().mkpath(dir);
    QVERIFY(m_panel->grab().save(dir + QStringLiteral("/raisehandpanel-empty.png")));
    raiseHands();
    m_queue->applySnapshot(testsupport::conference(
        {mutedMember(1, QStringLiteral("Alice"), false), mutedMember(2, QStringLiteral("Bob"), true),
         mutedMember(3, QStringLiteral("Carol"), false),
         mutedMember(4, QStringLiteral("Maximiliane von Hohenzollern-Sigmaringen"), true)}));
    m_now += 3000;
    for (const auto &[name, palette] : {std::pair{QStringLiteral("light"), gui::Theme::lightPalette()},
                                        std::pair{QStringLiteral("dark"), gui::Theme::darkPalette()}}) {
        m_panel->setPalette(palette);
        QCoreApplication::processEvents();
        QVERIFY(m_panel->grab().save(dir + QStringLiteral("/raisehandpanel-%1.png").arg(name)));
    }
}

QTEST_MAIN(tst_RaiseHandPanel)
#include "tst_raisehandpanel.moc"
