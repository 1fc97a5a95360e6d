// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// What a screen reader gets from the main window (QAccessible interfaces, offscreen): every tool
// button, dock, badge, the member table's header and its icon cells have a meaningful name and
// description. Also the keyboard-first bits: the shortcuts dialog lists every shortcut the
// windows define, T selects the talker, and the dark theme re-inks the status glyphs. Runs
// against an in-process simulator over loopback HTTPS.
#include "../guitestsupport.h"
#include "core/model/participantmodel.h"
#include "gui/window/mainwindow.h"
#include "gui/window/shortcutsdialog.h"
#include "gui/window/windowstatekeeper.h"
#include "gui/common/statusicons.h"
#include "gui/common/theme.h"
#include "gui/conference/conferencelistdock.h"
#include "gui/conference/conferenceview.h"
#include "gui/conference/participantproxymodel.h"
#include "gui/connection/serverconnection.h"
#include "sim/bridgeengine.h"
#include "sim/simulator.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

#include <cmath>
#include <memory>

using namespace gui;
using cc::ParticipantModel;

namespace {

QString accessibleText(QObject *object, QAccessible::Text which)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(object);
    return iface ? iface->text(which) : QString();
}

/// Mean luminance of the opaque pixels of a glyph: how light its ink is.
double inkLightness(const QIcon &icon)
{
    const QImage image = icon.pixmap(32).toImage().convertToFormat(QImage::Format_ARGB32);
    double sum = 0;
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.alpha() > 200) {
                sum += c.lightnessF();
                ++count;
            }
        }
    }
    return count ? sum / count : -1;
}

} // namespace

class tst_Accessibility final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_sim = guitest::startQuietSimulator();
        QVERIFY(m_sim);
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        ServerConnection *connection = m_window->addConnection(
            guitest::aliceProfile(*m_sim, QStringLiteral("pbx"), 300), QStringLiteral("wonderland"));
        QVERIFY(connection);
        m_view = m_window->openConference(connection, QStringLiteral("sales"));
        QVERIFY(m_view);
        QTRY_COMPARE_WITH_TIMEOUT(m_view->model()->rowCount(), 5, 10000);
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_sim.reset();
        Theme::apply(Theme::System);
    }

    void toolButtonsHaveNamesAndDescriptions()
    {
        int checked = 0;
        const QList<QToolBar *> bars = m_window->findChildren<QToolBar *>();
        QVERIFY(bars.size() >= 2); // main toolbar + the conference toolbar
        for (QToolBar *bar : bars) {
            QVERIFY2(!accessibleText(bar, QAccessible::Name).isEmpty(), qPrintable(bar->objectName()));
            for (QToolButton *button : bar->findChildren<QToolButton *>()) {
                if (!button->isVisible() || button->objectName() == QLatin1String("qt_toolbar_ext_button"))
                    continue;
                const QString name = accessibleText(button, QAccessible::Name);
                const QString description = accessibleText(button, QAccessible::Description);
                const QString what = bar->objectName() + u'/' + button->objectName() + u'/' + name;
                QVERIFY2(name.size() >= 3, qPrintable(what));
                QVERIFY2(!name.contains(u'&'), qPrintable(what)); // mnemonic markers are not read out
                QVERIFY2(description.size() >= 8, qPrintable(what));
                QVERIFY2(description != name,
                         qPrintable(what + QStringLiteral(" (description repeats name)")));
                ++checked;
            }
        }
        QVERIFY2(checked >= 10, qPrintable(QString::number(checked)));
    }

    void docksHaveNamesAndDescriptions()
    {
        const QList<QDockWidget *> docks = m_window->findChildren<QDockWidget *>();
        QVERIFY(docks.size() >= 3);
        for (QDockWidget *dock : docks) {
            QVERIFY2(!accessibleText(dock, QAccessible::Name).isEmpty(), qPrintable(dock->objectName()));
            // QAccessibleDockWidget reports only the title, so the description lives on the content.
            QVERIFY(dock->widget());
            QVERIFY2(accessibleText(dock->widget(), QAccessible::Description).size() >= 8,
                     qPrintable(dock->objectName()));
            QVERIFY2(!dock->objectName().isEmpty(), "saveState() needs object names");
        }
    }

    void tableHeaderNamesEveryColumn()
    {
        QTableView *table = m_view->table();
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(table);
        QVERIFY(iface);
        QVERIFY(iface->text(QAccessible::Name).contains(QStringLiteral("sales")));
        QAccessibleTableInterface *tableIface = iface->tableInterface();
        QVERIFY(tableIface);
        QCOMPARE(tableIface->columnCount(), int(ParticipantModel::ColumnCount));
        QCOMPARE(tableIface->rowCount(), 5);
        for (int column = 0; column < ParticipantModel::ColumnCount; ++column) {
            QAccessibleInterface *cell = tableIface->cellAt(0, column);
            QVERIFY(cell && cell->tableCellInterface());
            const QList<QAccessibleInterface *> headers = cell->tableCellInterface()->columnHeaderCells();
            QCOMPARE(headers.size(), 1);
            const QString expected = m_view->model()->headerData(column, Qt::Horizontal).toString();
            // Icon columns show no header text, but a reader must still hear the column's name.
            QCOMPARE(headers.first()->text(QAccessible::Name), expected);
        }
    }

    void iconCellsSpeakTheirState()
    {
        QAccessibleTableInterface *tableIface =
            QAccessible::queryAccessibleInterface(m_view->table())->tableInterface();
        const int iconColumns[] = {ParticipantModel::TalkingColumn,   ParticipantModel::FloorColumn,
                                   ParticipantModel::SpeakColumn,     ParticipantModel::HearColumn,
                                   ParticipantModel::ModeratorColumn, ParticipantModel::HoldColumn,
                                   ParticipantModel::VideoColumn};
        for (int row = 0; row < tableIface->rowCount(); ++row) {
            for (const int column : iconColumns) {
                QAccessibleInterface *cell = tableIface->cellAt(row, column);
                QVERIFY(cell);
                const QString name = cell->text(QAccessible::Name);
                QVERIFY2(name.size() >= 3,
                         qPrintable(QStringLiteral("row %1 column %2").arg(row).arg(column)));
                QVERIFY2(!cell->text(QAccessible::Description).isEmpty(),
                         qPrintable(QStringLiteral("row %1 column %2").arg(row).arg(column)));
            }
            // The speak column says muted or not, exactly as the model knows it.
            const QModelIndex index = m_view->proxy()->index(row, ParticipantModel::SpeakColumn);
            const bool muted = !index.data(ParticipantModel::SortRole).toBool();
            QCOMPARE(tableIface->cellAt(row, ParticipantModel::SpeakColumn)->text(QAccessible::Name) ==
                         index.data(Qt::AccessibleTextRole).toString(),
                     true);
            QVERIFY(muted || !tableIface->cellAt(row, ParticipantModel::SpeakColumn)
                                  ->text(QAccessible::Name)
                                  .startsWith(QStringLiteral("muted")));
        }
        QVERIFY(!accessibleText(m_view->filterEdit(), QAccessible::Name).isEmpty());
    }

    void badgesAreNamed()
    {
        // Lock the conference through the toolbar and wait for the badge.
        auto *lock = m_view->findChild<QAction *>(QStringLiteral("actionLock"));
        QVERIFY(lock);
        lock->trigger();
        auto *badge = m_view->findChild<QToolButton *>(QStringLiteral("lockedBadge"));
        QVERIFY(badge);
        QTRY_VERIFY_WITH_TIMEOUT(badge->isVisible(), 10000);
        QCOMPARE(accessibleText(badge, QAccessible::Name), QStringLiteral("Conference locked"));
        QVERIFY(accessibleText(badge, QAccessible::Description).contains(QStringLiteral("nobody new")));
        auto *rec = m_view->findChild<QToolButton *>(QStringLiteral("recordingBadge"));
        QVERIFY(rec);
        QVERIFY(!accessibleText(rec, QAccessible::Name).isEmpty());
        QVERIFY(!accessibleText(rec, QAccessible::Name).contains(u':') ||
                accessibleText(rec, QAccessible::Name).startsWith(QStringLiteral("Recording")));
    }

    void shortcutsDialogListsEveryShortcut()
    {
        QSet<QString> listed;
        for (const ShortcutsDialog::Entry &entry : ShortcutsDialog::entries()) {
            QVERIFY(!entry.description.isEmpty());
            for (const QKeySequence &key : entry.keys)
                listed.insert(key.toString(QKeySequence::PortableText));
        }
        // Every shortcut of the window's and the conference view's actions is in the dialog.
        QList<QAction *> actions = m_window->findChildren<QAction *>();
        int withShortcut = 0;
        for (QAction *action : std::as_const(actions)) {
            if (qobject_cast<QMenu *>(action->parent()) && action->parent()->objectName().isEmpty())
                continue; // context-menu copies of table actions (same keys, shown as hints)
            for (const QKeySequence &key : action->shortcuts()) {
                ++withShortcut;
                QVERIFY2(listed.contains(key.toString(QKeySequence::PortableText)),
                         qPrintable(action->objectName() + u' ' + key.toString()));
            }
        }
        QVERIFY(withShortcut >= 15);
        auto *help = m_window->findChild<QAction *>(QStringLiteral("actionShortcuts"));
        QVERIFY(help);
        QCOMPARE(help->shortcut(), QKeySequence(QKeySequence::HelpContents));

        ShortcutsDialog dialog;
        QCOMPARE(dialog.table()->rowCount(), int(ShortcutsDialog::entries().size()));
        QVERIFY(!accessibleText(dialog.table(), QAccessible::Name).isEmpty());
        QAccessibleTableInterface *t =
            QAccessible::queryAccessibleInterface(dialog.table())->tableInterface();
        QVERIFY(t);
        QVERIFY(t->cellAt(0, 0)->text(QAccessible::Name).contains(QStringLiteral("Mute")));
    }

    void jumpToTalker()
    {
        m_view->selectMembers({});
        QVERIFY(m_view->selectedMemberIds().isEmpty());
        QVERIFY(!m_view->selectCurrentTalker()); // nobody talks (activity off)
        // The last member who can speak and is not on hold (a held member never talks).
        quint32 talker = 0;
        for (const quint32 id : m_view->model()->memberIds()) {
            const std::optional<cc::Participant> p = m_view->model()->participant(id);
            if (p->canSpeak && !p->hold)
                talker = id;
        }
        QVERIFY(talker != 0);
        m_sim->engine()->setTalkingForTesting(talker, true);
        QTRY_VERIFY_WITH_TIMEOUT(m_view->model()->participant(talker)->talking, 10000);
        m_window->activateWindow();
        m_view->table()->setFocus();
        auto *action = m_view->findChild<QAction *>(QStringLiteral("actionJumpToTalker"));
        QVERIFY(action);
        QVERIFY(action->shortcuts().contains(QKeySequence(Qt::Key_T)));
        action->trigger();
        QCOMPARE(m_view->selectedMemberIds(), QList<quint32>{talker});
        // Hidden by the filter: not selectable, says so.
        m_view->filterEdit()->setText(QStringLiteral("no such caller"));
        QVERIFY(!m_view->selectCurrentTalker());
        m_view->filterEdit()->clear();
        m_sim->engine()->setTalkingForTesting(talker, false);
    }

    void darkThemeReinksGlyphs()
    {
        Theme::apply(Theme::Light);
        QVERIFY(!Theme::isDark(QApplication::palette()));
        const double light = inkLightness(StatusIcons::icon(cc::Glyph::Muted));
        Theme::apply(Theme::Dark);
        QVERIFY(Theme::isDark(QApplication::palette()));
        // The same cached QIcon object, re-rendered: light ink on the dark window.
        const double dark = inkLightness(StatusIcons::icon(cc::Glyph::Muted));
        QVERIFY2(light >= 0 && light < 0.35, qPrintable(QString::number(light)));
        QVERIFY2(dark > 0.65, qPrintable(QString::number(dark)));
        // Every text colour of the dark palette reads on its background (WCAG AA: 4.5:1).
        const QPalette p = Theme::darkPalette();
        auto luminance = [](const QColor &c) {
            auto channel = [](double v) {
                return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
            };
            return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
        };
        auto contrast = [&](const QColor &a, const QColor &b) {
            const double la = luminance(a), lb = luminance(b);
            return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
        };
        QVERIFY(contrast(p.color(QPalette::Text), p.color(QPalette::Base)) >= 4.5);
        QVERIFY(contrast(p.color(QPalette::WindowText), p.color(QPalette::Window)) >= 4.5);
        QVERIFY(contrast(p.color(QPalette::HighlightedText), p.color(QPalette::Highlight)) >= 4.5);
        QVERIFY(contrast(p.color(QPalette::Disabled, QPalette::Text), p.color(QPalette::Base)) >= 4.5);
        Theme::apply(Theme::System);
        QCOMPARE(Theme::current(), Theme::System);
        QVERIFY(Theme::fromName(QStringLiteral("DARK")) == Theme::Dark);
        QVERIFY(!Theme::fromName(QStringLiteral("sepia")));
        auto *menu = m_window->findChild<QMenu *>(QStringLiteral("menuTheme"));
        QVERIFY(menu);
        QCOMPARE(menu->actions().size(), 3);
    }

    void windowLayoutPersists()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString ini = dir.filePath(QStringLiteral("state.ini"));
        {
            MainWindow window;
            WindowStateKeeper keeper(&window, ini);
            QVERIFY(!keeper.restore()); // nothing saved yet
            window.resize(900, 640);
            window.show();
            window.conferenceDock()->hide();
            window.close(); // saves through the event filter
        }
        MainWindow again;
        WindowStateKeeper keeper(&again, ini);
        QVERIFY(again.conferenceDock()->isVisibleTo(&again) || !again.isVisible());
        QVERIFY(keeper.restore());
        again.show();
        QCOMPARE(again.size(), QSize(900, 640));
        QVERIFY(!again.conferenceDock()->isVisible());
    }

private:
    std::unique_ptr<sim::Simulator> m_sim;
    std::unique_ptr<MainWindow> m_window;
    ConferenceView *m_view = nullptr;
};

QTEST_MAIN(tst_Accessibility)
#include "tst_accessibility.moc"
