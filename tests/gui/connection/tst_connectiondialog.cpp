// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../guitestsupport.h"
#include "gui/connection/connectiondialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using gui::ConnectionDialog;
using gui::ConnectionProfile;
using gui::KeychainCredentialStore;

class tst_ConnectionDialog final : public QObject
{
    Q_OBJECT

    template <class T> static T *child(QWidget *dialog, const char *name)
    {
        return guitest::requireChild<T>(dialog, name);
    }

    static QPushButton *okButton(ConnectionDialog &dialog)
    {
        return child<QDialogButtonBox>(&dialog, "buttonBox")->button(QDialogButtonBox::Ok);
    }

    static void type(ConnectionDialog &dialog, const char *edit, const QString &text)
    {
        QLineEdit *line = child<QLineEdit>(&dialog, edit);
        line->clear();
        QTest::keyClicks(line, text);
    }

    static ConnectionProfile sample()
    {
        ConnectionProfile p;
        p.name = QStringLiteral("Head office");
        p.baseUrl = QUrl(QStringLiteral("https://pbx.example.com/sipxconfig/rest"));
        p.user = QStringLiteral("alice");
        p.methodPolicy = cc::MethodPolicy::Put;
        p.pollIntervalMs = 2500;
        p.pinnedSha256 = {QString(64, u'a'), QString(64, u'b')};
        return p;
    }

private slots:
    void profileValidation_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("user");
        QTest::addColumn<int>("interval");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<bool>("warns");
        const QString ok = QStringLiteral("https://pbx.example.com/sipxconfig/rest");
        QTest::newRow("ok") << "A" << ok << "alice" << 1000 << true << false;
        QTest::newRow("no name") << " " << ok << "alice" << 1000 << false << false;
        QTest::newRow("no url") << "A"
                                << ""
                                << "alice" << 1000 << false << false;
        QTest::newRow("ftp") << "A"
                             << "ftp://pbx.example.com/sipxconfig/rest"
                             << "alice" << 1000 << false << false;
        QTest::newRow("no host") << "A"
                                 << "https:///sipxconfig/rest"
                                 << "alice" << 1000 << false << false;
        QTest::newRow("credentials") << "A"
                                     << "https://bob:pw@pbx/sipxconfig/rest"
                                     << "alice" << 1000 << false << false;
        QTest::newRow("query") << "A"
                               << "https://pbx/sipxconfig/rest?x=1"
                               << "alice" << 1000 << false << false;
        QTest::newRow("no user") << "A" << ok << "" << 1000 << false << false;
        QTest::newRow("non latin1 user") << "A" << ok << "алиса" << 1000 << false << false;
        QTest::newRow("too fast") << "A" << ok << "alice" << 499 << false << false;
        QTest::newRow("fastest") << "A" << ok << "alice" << 500 << true << false;
        QTest::newRow("slowest") << "A" << ok << "alice" << 30000 << true << false;
        QTest::newRow("too slow") << "A" << ok << "alice" << 30001 << false << false;
        QTest::newRow("odd path") << "A"
                                  << "https://pbx.example.com/rest"
                                  << "alice" << 1000 << true << true;
        QTest::newRow("plain http") << "A"
                                    << "http://127.0.0.1:8080/sipxconfig/rest"
                                    << "alice" << 1000 << true << true;
    }

    void profileValidation()
    {
        QFETCH(QString, name);
        QFETCH(QString, url);
        QFETCH(QString, user);
        QFETCH(int, interval);
        QFETCH(bool, valid);
        QFETCH(bool, warns);
        ConnectionProfile p;
        p.name = name;
        p.baseUrl = QUrl(url);
        p.user = user;
        p.pollIntervalMs = interval;
        QCOMPARE(p.validate().isEmpty(), valid);
        if (valid)
            QCOMPARE(!p.warning().isEmpty(), warns);
    }

    void badPinIsRejected()
    {
        ConnectionProfile p = sample();
        QVERIFY(p.validate().isEmpty());
        p.pinnedSha256.insert(QStringLiteral("AB:CD"));
        QVERIFY(!p.validate().isEmpty());
    }

    void toServerConfig()
    {
        ConnectionProfile p = sample();
        p.baseUrl = QUrl(QStringLiteral("https://pbx.example.com/sipxconfig/rest/"));
        const cc::ServerConfig config = p.toServerConfig(QStringLiteral("pw"));
        QCOMPARE(config.baseUrl, QUrl(QStringLiteral("https://pbx.example.com/sipxconfig/rest")));
        QCOMPARE(config.user, QStringLiteral("alice"));
        QCOMPARE(config.password, QStringLiteral("pw"));
        QCOMPARE(config.methodPolicy, cc::MethodPolicy::Put);
        QCOMPARE(config.pinnedSha256, p.pinnedSha256);
    }

    void normalizedBaseUrl()
    {
        QCOMPARE(ConnectionProfile::normalizedBaseUrl(QStringLiteral("  pbx.example.com/sipxconfig/rest/ ")),
                 QUrl(QStringLiteral("https://pbx.example.com/sipxconfig/rest")));
        QCOMPARE(
            ConnectionProfile::normalizedBaseUrl(QStringLiteral("http://127.0.0.1:8080/sipxconfig/rest")),
            QUrl(QStringLiteral("http://127.0.0.1:8080/sipxconfig/rest")));
        QVERIFY(ConnectionProfile::normalizedBaseUrl(QString()).isEmpty());
        // A host as the user copies it, and a whole URL pasted from the API document.
        QCOMPARE(ConnectionProfile::normalizedBaseUrl(QStringLiteral("https://127.0.0.1:8443")),
                 QUrl(QStringLiteral("https://127.0.0.1:8443/sipxconfig/rest")));
        QCOMPARE(ConnectionProfile::normalizedBaseUrl(
                     QStringLiteral("https://pbx.example.com/sipxconfig/rest/my/conference/sales/mute&7")),
                 QUrl(QStringLiteral("https://pbx.example.com/sipxconfig/rest")));
    }

    void pastedUrlSaysWhatWasAssumed()
    {
        ConnectionDialog dialog;
        type(dialog, "nameEdit", QStringLiteral("Head office"));
        type(dialog, "userEdit", QStringLiteral("alice"));
        type(dialog, "passwordEdit", QStringLiteral("pw"));
        type(dialog, "baseUrlEdit",
             QStringLiteral("https://pbx.example.com/sipxconfig/rest/my/conference/sales/xml_list"));
        auto *validation = child<QLabel>(&dialog, "validationLabel");
        QVERIFY(okButton(dialog)->isEnabled());
        QVERIFY2(validation->text().contains(QLatin1String("https://pbx.example.com/sipxconfig/rest")),
                 qPrintable(validation->text()));
        QVERIFY(validation->text().contains(QStringLiteral("“sales”")));
        QCOMPARE(dialog.profile().baseUrl, QUrl(QStringLiteral("https://pbx.example.com/sipxconfig/rest")));
        // The documented form needs no explanation.
        type(dialog, "baseUrlEdit", QStringLiteral("https://pbx.example.com/sipxconfig/rest"));
        QVERIFY(!validation->text().contains(QLatin1String("Server address")));
    }

    void okDisabledUntilValid()
    {
        ConnectionDialog dialog;
        auto *validation = child<QLabel>(&dialog, "validationLabel");
        QVERIFY(!okButton(dialog)->isEnabled());
        QVERIFY(!validation->isHidden());
        QVERIFY(!validation->text().isEmpty());

        type(dialog, "nameEdit", QStringLiteral("Head office"));
        QVERIFY(!okButton(dialog)->isEnabled());
        type(dialog, "baseUrlEdit", QStringLiteral("ftp://pbx.example.com"));
        QVERIFY(!okButton(dialog)->isEnabled());
        const QString ftpMessage = validation->text();
        QVERIFY(ftpMessage.contains(QLatin1String("https://")));
        type(dialog, "baseUrlEdit", QStringLiteral("https://pbx.example.com/sipxconfig/rest"));
        QVERIFY(!okButton(dialog)->isEnabled()); // still no user
        type(dialog, "userEdit", QStringLiteral("alice"));
        QVERIFY(okButton(dialog)->isEnabled());
        QVERIFY(dialog.validationError().isEmpty());
        // No password is allowed, but said.
        QVERIFY(!validation->isHidden());
        type(dialog, "passwordEdit", QStringLiteral("wonderland"));
        QVERIFY(validation->isHidden());

        // An unusual path is accepted but explained.
        type(dialog, "baseUrlEdit", QStringLiteral("https://pbx.example.com/rest"));
        QVERIFY(okButton(dialog)->isEnabled());
        QVERIFY(!validation->isHidden());
        QVERIFY(validation->text().contains(QLatin1String("/sipxconfig/rest")));

        type(dialog, "userEdit", QString());
        QVERIFY(!okButton(dialog)->isEnabled());
    }

    void acceptRefusesInvalid()
    {
        ConnectionDialog dialog;
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        dialog.accept();
        QCOMPARE(accepted.count(), 0);
        dialog.setProfile(sample(), QStringLiteral("pw"));
        dialog.accept();
        QCOMPARE(accepted.count(), 1);
    }

    void profileRoundTrip()
    {
        ConnectionDialog dialog;
        dialog.setProfile(sample(), QStringLiteral("wonderland"));
        QCOMPARE(dialog.profile(), sample());
        QCOMPARE(dialog.password(), QStringLiteral("wonderland"));
        QCOMPARE(child<QLineEdit>(&dialog, "passwordEdit")->echoMode(), QLineEdit::Password);
        QCOMPARE(child<QDoubleSpinBox>(&dialog, "pollIntervalSpin")->value(), 2.5);
        QVERIFY(okButton(dialog)->isEnabled());

        for (auto policy : {cc::MethodPolicy::Auto, cc::MethodPolicy::Get, cc::MethodPolicy::Put}) {
            ConnectionProfile p = sample();
            p.methodPolicy = policy;
            dialog.setProfile(p, {});
            QCOMPARE(dialog.profile().methodPolicy, policy);
        }
        auto *combo = child<QComboBox>(&dialog, "methodPolicyCombo");
        combo->setCurrentIndex(1);
        QCOMPARE(dialog.profile().methodPolicy, cc::MethodPolicy::Get);
        QVERIFY(combo->itemText(0).contains(QLatin1String("405")));

        child<QDoubleSpinBox>(&dialog, "pollIntervalSpin")->setValue(0.5);
        QCOMPARE(dialog.profile().pollIntervalMs, 500);
        child<QDoubleSpinBox>(&dialog, "pollIntervalSpin")->setValue(0.1); // clamped by the range
        QCOMPARE(dialog.profile().pollIntervalMs, 500);
        child<QDoubleSpinBox>(&dialog, "pollIntervalSpin")->setValue(60);
        QCOMPARE(dialog.profile().pollIntervalMs, 30000);
    }

    void removePin()
    {
        ConnectionDialog dialog;
        dialog.setProfile(sample(), {});
        auto *list = child<QListWidget>(&dialog, "pinsList");
        auto *remove = child<QPushButton>(&dialog, "removePinButton");
        QCOMPARE(list->count(), 2);
        QVERIFY(list->item(0)->text().startsWith(QLatin1String("AA:AA")));
        QVERIFY(!remove->isEnabled());
        list->item(0)->setSelected(true);
        QVERIFY(remove->isEnabled());
        QTest::mouseClick(remove, Qt::LeftButton);
        QCOMPARE(list->count(), 1);
        QCOMPARE(dialog.profile().pinnedSha256, QSet<QString>{QString(64, u'b')});
    }

    void duplicateName()
    {
        ConnectionDialog dialog;
        dialog.setProfile(sample(), {});
        dialog.setExistingNames({QStringLiteral("Head office"), QStringLiteral("Branch")});
        QVERIFY(okButton(dialog)->isEnabled()); // editing itself keeps its own name
        type(dialog, "nameEdit", QStringLiteral("Branch"));
        QVERIFY(!okButton(dialog)->isEnabled());
        QVERIFY(child<QLabel>(&dialog, "validationLabel")->text().contains(QLatin1String("Branch")));
    }

    void keychainNote()
    {
        ConnectionDialog dialog;
        auto *note = child<QLabel>(&dialog, "passwordNoteLabel");
        // Said before it happens: nothing is promised until the keychain has answered.
        dialog.setKeychainState(KeychainCredentialStore::Availability::Unknown);
        QVERIFY(note->text().contains(QLatin1String("Checking")));
        QVERIFY(!note->text().contains(QLatin1String("saved")));
        dialog.setKeychainState(KeychainCredentialStore::Availability::Available);
        QVERIFY(note->text().contains(QLatin1String("will be saved in the system keychain")));
        dialog.setKeychainState(KeychainCredentialStore::Availability::Unavailable);
        QVERIFY(note->text().contains(QLatin1String("kept in memory until the console closes")));
        QVERIFY(!note->text().contains(QLatin1String("saved in the system keychain")));
    }

    void keychainNoteFollowsTheStore()
    {
        // Whatever this machine has (a keychain, none, one that never answers), the note ends up
        // saying what the store found, and it never promises the keychain when there is none.
        KeychainCredentialStore store;
        store.setJobTimeoutMs(3000);
        ConnectionDialog dialog;
        auto *note = child<QLabel>(&dialog, "passwordNoteLabel");
        dialog.followKeychain(&store);
        QTRY_VERIFY_WITH_TIMEOUT(store.availability() != KeychainCredentialStore::Availability::Unknown,
                                 15000);
        const bool available = store.availability() == KeychainCredentialStore::Availability::Available;
        QCOMPARE(note->text().contains(QLatin1String("will be saved in the system keychain")), available);
        QCOMPARE(note->text().contains(QLatin1String("kept in memory")), !available);
    }

    void eventSocketValidation_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<int>("resync");
        QTest::addColumn<bool>("valid");
        QTest::newRow("default") << "127.0.0.1" << 8021 << 5000 << true;
        QTest::newRow("name") << "fs1.example.com" << 8021 << 5000 << true;
        QTest::newRow("no host") << "" << 8021 << 5000 << false;
        QTest::newRow("url") << "tcp://fs1" << 8021 << 5000 << false;
        QTest::newRow("path") << "fs1/x" << 8021 << 5000 << false;
        QTest::newRow("space") << "fs 1" << 8021 << 5000 << false;
        QTest::newRow("port 0") << "fs1" << 0 << 5000 << false;
        QTest::newRow("resync too short") << "fs1" << 8021 << 100 << false;
        QTest::newRow("resync too long") << "fs1" << 8021 << 120000 << false;
    }

    void eventSocketValidation()
    {
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(int, resync);
        QFETCH(bool, valid);
        ConnectionProfile p;
        p.name = QStringLiteral("Bridge");
        p.transport = ConnectionProfile::Transport::EventSocket;
        p.eslHost = host;
        p.eslPort = quint16(port);
        p.eslResyncIntervalMs = resync;
        // No URL and no user: neither is needed for the event socket.
        QCOMPARE(p.validate().isEmpty(), valid);
        QCOMPARE(p.displayAddress().startsWith(QLatin1String("esl://")), true);
    }

    void transportSelectorShowsRelevantFields()
    {
        ConnectionDialog dialog;
        dialog.show();
        auto *transport = child<QComboBox>(&dialog, "transportCombo");
        auto *baseUrl = child<QLineEdit>(&dialog, "baseUrlEdit");
        auto *host = child<QLineEdit>(&dialog, "eslHostEdit");
        auto *port = child<QSpinBox>(&dialog, "eslPortSpin");
        auto *spin = child<QDoubleSpinBox>(&dialog, "pollIntervalSpin");
        QCOMPARE(dialog.transport(), ConnectionProfile::Transport::Rest);
        QVERIFY(baseUrl->isVisible());
        QVERIFY(!host->isVisible());
        QVERIFY(!port->isVisible());
        QCOMPARE(port->value(), 8021); // freeswitch-conference.md §9 default

        type(dialog, "nameEdit", QStringLiteral("Bridge"));
        transport->setCurrentIndex(1);
        QCOMPARE(dialog.transport(), ConnectionProfile::Transport::EventSocket);
        QVERIFY(!baseUrl->isVisible());
        QVERIFY(!child<QLineEdit>(&dialog, "userEdit")->isVisible());
        QVERIFY(!child<QWidget>(&dialog, "pinsGroup")->isVisible());
        QVERIFY(host->isVisible());
        QVERIFY(port->isVisible());
        QCOMPARE(spin->value(), 5.0);            // the re-sync interval, not the poll interval
        QVERIFY(!okButton(dialog)->isEnabled()); // no host yet
        QVERIFY(child<QLabel>(&dialog, "validationLabel")->text().contains(QLatin1String("host")));
        type(dialog, "eslHostEdit", QStringLiteral("127.0.0.1"));
        QVERIFY(okButton(dialog)->isEnabled()); // no URL, no user needed
        port->setValue(8022);
        spin->setValue(12);
        type(dialog, "passwordEdit", QStringLiteral("ClueCon"));

        const ConnectionProfile p = dialog.profile();
        QCOMPARE(p.transport, ConnectionProfile::Transport::EventSocket);
        QCOMPARE(p.eslHost, QStringLiteral("127.0.0.1"));
        QCOMPARE(p.eslPort, quint16(8022));
        QCOMPARE(p.eslResyncIntervalMs, 12000);
        QCOMPARE(p.pollIntervalMs, 1000); // untouched
        QCOMPARE(dialog.password(), QStringLiteral("ClueCon"));

        // Back to REST: its own interval comes back, the URL is required again.
        transport->setCurrentIndex(0);
        QCOMPARE(spin->value(), 1.0);
        QVERIFY(!okButton(dialog)->isEnabled());
        QCOMPARE(dialog.profile().eslResyncIntervalMs, 12000);

        // Round trip of an ESL profile.
        ConnectionDialog again;
        again.setProfile(p, QStringLiteral("ClueCon"));
        QCOMPARE(again.profile(), p);
        QCOMPARE(again.transport(), ConnectionProfile::Transport::EventSocket);
        QCOMPARE(child<QDoubleSpinBox>(&again, "pollIntervalSpin")->value(), 12.0);
    }
};

QTEST_MAIN(tst_ConnectionDialog)
#include "tst_connectiondialog.moc"
