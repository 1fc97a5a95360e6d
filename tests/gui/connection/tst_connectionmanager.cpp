// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Saved connections a user can find again: the connections list (a model fed by the store and
// the manager), disconnecting, editing, duplicating and removing a profile, the recent list,
// and reopening at start what was open at exit. Against the bridge simulator.
#include "../guitestsupport.h"
#include "gui/window/mainwindow.h"
#include "gui/window/translations.h"
#include "gui/common/theme.h"
#include "gui/conference/conferenceview.h"
#include "gui/connection/connectiondialog.h"
#include "gui/connection/connectionlistmodel.h"
#include "gui/connection/connectionmanager.h"
#include "gui/connection/connectionsdialog.h"
#include "gui/connection/keychaincredentialstore.h"
#include "gui/connection/profilestore.h"
#include "gui/connection/serverconnection.h"
#include "sim/simulator.h"

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <tuple>

using namespace gui;
using namespace Qt::Literals::StringLiterals;

class tst_ConnectionManager final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<sim::Simulator> m_sim;
    QTemporaryDir m_dir;

    /// A saved profile for the simulator, its password in the store's memory (no keychain here).
    ConnectionProfile save(ConnectionManager *manager, const QString &name)
    {
        const ConnectionProfile profile = guitest::aliceProfile(*m_sim, name, 500);
        manager->profiles()->save(profile);
        manager->credentials()->writePassword(name, u"wonderland"_s);
        return profile;
    }

    template <class T> static T *topLevel(const QString &objectName)
    {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (w->objectName() == objectName && w->isVisible())
                if (auto *typed = qobject_cast<T *>(w))
                    return typed;
        }
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        guitest::installEnglish();
        guitest::isolateSettings(u"tst_connectionmanager"_s, m_dir.path());
        m_sim = guitest::startQuietSimulator();
        QVERIFY(m_sim);
    }

    void init() { QSettings().clear(); }

    void listFollowsStoreAndConnections()
    {
        MainWindow window;
        ConnectionManager *manager = window.connectionManager();
        ConnectionListModel model(manager);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        save(manager, u"Office"_s);
        save(manager, u"Branch"_s);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.nameAt(0), u"Office"_s);
        QCOMPARE(model.index(0, ConnectionListModel::StateColumn).data().toString(), u"Not connected"_s);
        QCOMPARE(model.index(0, ConnectionListModel::TransportColumn).data().toString(),
                 u"REST (sipXconfig)"_s);

        manager->connectProfile(u"Office"_s);
        QTRY_VERIFY_WITH_TIMEOUT(manager->connectionFor(u"Office"_s), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(model.index(0, ConnectionListModel::StateColumn).data().toString(),
                                  u"Connected"_s, 10000);
        QCOMPARE(model.index(0, ConnectionListModel::ConferencesColumn).data().toString(), u"2"_s);
        QVERIFY(model.index(0, 0).data(ConnectionListModel::OpenRole).toBool());

        // A session connection (not saved) is listed too, and leaves with its connection.
        ServerConnection *session = manager->add(guitest::aliceProfile(*m_sim, u"Session"_s), u"wonderland"_s,
                                                 ConnectionManager::Persistence::Session);
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(!model.index(2, 0).data(ConnectionListModel::SavedRole).toBool());
        manager->disconnectFrom(session);
        QTRY_COMPARE(model.rowCount(), 2);

        manager->profiles()->remove(u"Branch"_s);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.nameAt(0), u"Office"_s);
    }

    void disconnectClosesItsTabs()
    {
        MainWindow window;
        ConnectionManager *manager = window.connectionManager();
        save(manager, u"Office"_s);
        manager->connectProfile(u"Office"_s);
        QTRY_VERIFY_WITH_TIMEOUT(manager->connectionFor(u"Office"_s), 5000);
        ServerConnection *office = manager->connectionFor(u"Office"_s);
        window.openConference(office, u"sales"_s);
        window.openConference(office, u"support"_s);
        QCOMPARE(window.tabs()->count(), 2);
        manager->disconnectFrom(office);
        QCOMPARE(window.tabs()->count(), 0);
        QVERIFY(window.connections().isEmpty());
        QVERIFY(manager->profiles()->contains(u"Office"_s)); // the profile stays saved
    }

    void editRenamesAndKeepsThePassword()
    {
        MainWindow window;
        ConnectionManager *manager = window.connectionManager();
        save(manager, u"Office"_s);
        manager->connectProfile(u"Office"_s);
        QTRY_VERIFY_WITH_TIMEOUT(manager->connectionFor(u"Office"_s), 5000);
        manager->editProfile(u"Office"_s);
        ConnectionDialog *form = nullptr;
        QTRY_VERIFY((form = topLevel<ConnectionDialog>(u"editConnectionDialog"_s)) != nullptr);
        QVERIFY(form->keepsPasswordWhenEmpty());
        QVERIFY(form->password().isEmpty()); // never shown again
        auto *name = form->findChild<QLineEdit *>(u"nameEdit"_s);
        name->setText(u"Head office"_s);
        form->accept();
        QTRY_VERIFY_WITH_TIMEOUT(manager->connectionFor(u"Head office"_s), 5000);
        QVERIFY(!manager->connectionFor(u"Office"_s));
        QCOMPARE(manager->profiles()->names(), QStringList{u"Head office"_s});
        // The empty field kept the password: the renamed connection logs in.
        QTRY_VERIFY_WITH_TIMEOUT(
            manager->connectionFor(u"Head office"_s)->state() == ServerConnection::State::Connected, 10000);
        std::optional<QString> password;
        manager->credentials()->readPassword(u"Head office"_s, this,
                                             [&](std::optional<QString> p) { password = p; });
        QTRY_VERIFY(password.has_value());
        QCOMPARE(*password, u"wonderland"_s);
    }

    void duplicateAndRemove()
    {
        MainWindow window;
        ConnectionManager *manager = window.connectionManager();
        save(manager, u"Office"_s);
        manager->duplicateProfile(u"Office"_s);
        ConnectionDialog *form = nullptr;
        QTRY_VERIFY((form = topLevel<ConnectionDialog>(u"duplicateConnectionDialog"_s)) != nullptr);
        QCOMPARE(form->profile().name, u"Office (copy)"_s);
        form->accept();
        QCOMPARE(manager->profiles()->names(), (QStringList{u"Office"_s, u"Office (copy)"_s}));

        manager->removeProfile(u"Office (copy)"_s);
        QMessageBox *ask = nullptr;
        QTRY_VERIFY((ask = topLevel<QMessageBox>(u"confirmRemoveConnection"_s)) != nullptr);
        QVERIFY(ask->text().contains(u"Office (copy)"_s));
        for (QAbstractButton *b : ask->buttons()) {
            if (ask->buttonRole(b) == QMessageBox::DestructiveRole)
                b->click();
        }
        QTRY_COMPARE(manager->profiles()->names(), QStringList{u"Office"_s});
    }

    void recentConnectionsNewestFirst()
    {
        MainWindow window;
        ConnectionManager *manager = window.connectionManager();
        save(manager, u"A"_s);
        save(manager, u"B"_s);
        manager->connectProfile(u"A"_s);
        manager->connectProfile(u"B"_s);
        QCOMPARE(manager->profiles()->recent(), (QStringList{u"B"_s, u"A"_s}));
        auto *menu = window.findChild<QMenu *>(u"menuRecentConnections"_s);
        QVERIFY(menu);
        QCOMPARE(menu->actions().first()->data().toString(), u"B"_s);
        QVERIFY(menu->actions().first()->text().startsWith(u"&1 "_s));
        manager->profiles()->remove(u"B"_s); // a forgotten profile leaves the list
        QCOMPARE(menu->actions().first()->data().toString(), u"A"_s);
        window.findChild<QAction *>(u"actionClearRecent"_s)->trigger();
        QVERIFY(manager->profiles()->recent().isEmpty());
        QVERIFY(!menu->actions().first()->isEnabled()); // "No recent connections"
    }

    void screenshots()
    {
        // The connections list as a user sees it, in both themes and in German: looked at, not compared.
        MainWindow window;
        ConnectionManager *manager = window.connectionManager();
        save(manager, u"Head office (REST)"_s);
        ConnectionProfile esl;
        esl.name = u"Branch switch"_s;
        esl.transport = ConnectionProfile::Transport::EventSocket;
        esl.eslHost = u"fs1.branch.example.com"_s;
        manager->profiles()->save(esl);
        manager->connectProfile(u"Head office (REST)"_s);
        const auto open = [&] { return manager->connectionFor(u"Head office (REST)"_s); };
        QTRY_VERIFY_WITH_TIMEOUT(open() && open()->state() == ServerConnection::State::Connected, 10000);
        for (const auto &[name, palette, language] :
             {std::tuple{u"light"_s, Theme::lightPalette(), u"en"_s},
              std::tuple{u"dark"_s, Theme::darkPalette(), u"en"_s},
              std::tuple{u"light-de"_s, Theme::lightPalette(), u"de"_s}}) {
            Translations translations;
            translations.install(QLocale(language));
            ConnectionsDialog dialog(manager);
            dialog.setPalette(palette);
            dialog.resize(820, 300);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            dialog.select(u"Head office (REST)"_s);
            const QImage image = dialog.grab().toImage();
            QVERIFY(!image.isNull());
            QVERIFY(image.save(guitest::shotDir() + u"/connections-list-%1.png"_s.arg(name)));
        }
        guitest::installEnglish();
    }

    void reopensConnectionsAndTabsAtStart()
    {
        {
            MainWindow window;
            ConnectionManager *manager = window.connectionManager();
            save(manager, u"Office"_s);
            manager->connectProfile(u"Office"_s);
            QTRY_VERIFY_WITH_TIMEOUT(manager->connectionFor(u"Office"_s), 5000);
            window.openConference(manager->connectionFor(u"Office"_s), u"support"_s);
            // The demo-like session connection is not reopened.
            manager->add(guitest::aliceProfile(*m_sim, u"Session"_s), u"wonderland"_s,
                         ConnectionManager::Persistence::Session);
            window.findChild<QAction *>(u"actionReopenAtStart"_s)->setChecked(true);
            window.show();
            window.close(); // saves the session
        }
        MainWindow next;
        QVERIFY(next.findChild<QAction *>(u"actionReopenAtStart"_s)->isChecked());
        QVERIFY(next.restoreSession());
        // With a keychain the password is read from it; without one (this machine may have none)
        // it was kept in memory only, so it is asked again, never guessed.
        ConnectionDialog *asked = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(next.connections().size() == 1 ||
                                     (asked = topLevel<ConnectionDialog>(u"passwordConnectionDialog"_s)),
                                 20000);
        if (asked) {
            QCOMPARE(asked->profile().name, u"Office"_s);
            asked->findChild<QLineEdit *>(u"passwordEdit"_s)->setText(u"wonderland"_s);
            asked->accept();
        }
        QTRY_VERIFY_WITH_TIMEOUT(next.connections().size() == 1, 5000);
        QCOMPARE(next.connections().first()->name(), u"Office"_s);
        QTRY_COMPARE(next.tabs()->count(), 1);
        QCOMPARE(next.currentView()->conference(), u"support"_s);
        QTRY_COMPARE_WITH_TIMEOUT(next.currentView()->memberCount(), 4, 10000);

        // Off: nothing is reopened.
        next.findChild<QAction *>(u"actionReopenAtStart"_s)->setChecked(false);
        MainWindow third;
        QVERIFY(!third.restoreSession());
        QVERIFY(third.connections().isEmpty());
    }
};

QTEST_MAIN(tst_ConnectionManager)
#include "tst_connectionmanager.moc"
