// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/connection/profilestore.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using gui::ConnectionProfile;
using gui::ProfileStore;

class tst_ProfileStore final : public QObject
{
    Q_OBJECT

private:
    static ConnectionProfile sample(const QString &name)
    {
        ConnectionProfile p;
        p.name = name;
        p.baseUrl = QUrl(QStringLiteral("https://pbx.example.com/sipxconfig/rest"));
        p.user = QStringLiteral("alice");
        p.methodPolicy = cc::MethodPolicy::Get;
        p.pollIntervalMs = 2500;
        p.pinnedSha256 = {QString(64, u'a'), QString(64, u'b')};
        return p;
    }

    QString iniPath() const { return m_dir.filePath(QStringLiteral("profiles.ini")); }

    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void cleanup() { QFile::remove(iniPath()); }

    void roundTrip()
    {
        ConnectionProfile second = sample(QStringLiteral("Branch / office"));
        second.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:8080/sipxconfig/rest"));
        second.methodPolicy = cc::MethodPolicy::Put;
        second.pollIntervalMs = 500;
        second.pinnedSha256.clear();
        {
            ProfileStore store(iniPath());
            QSignalSpy changed(&store, &ProfileStore::profilesChanged);
            store.save(sample(QStringLiteral("Head office")));
            store.save(second);
            store.setLastUsed(QStringLiteral("Branch / office"));
            QCOMPARE(changed.count(), 2);
        }
        ProfileStore reopened(iniPath());
        const QList<ConnectionProfile> all = reopened.profiles();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0), sample(QStringLiteral("Head office")));
        QCOMPARE(all.at(1), second);
        QCOMPARE(reopened.names(),
                 (QStringList{QStringLiteral("Head office"), QStringLiteral("Branch / office")}));
        QCOMPARE(reopened.lastUsed(), QStringLiteral("Branch / office"));
        QVERIFY(reopened.load(QStringLiteral("Head office")).has_value());
        QVERIFY(!reopened.load(QStringLiteral("nope")).has_value());
    }

    void replaceRenameRemove()
    {
        ProfileStore store(iniPath());
        store.save(sample(QStringLiteral("A")));
        store.save(sample(QStringLiteral("B")));
        ConnectionProfile a = sample(QStringLiteral("A"));
        a.user = QStringLiteral("bob");
        store.save(a);
        QCOMPARE(store.profiles().size(), 2);
        QCOMPARE(store.load(QStringLiteral("A"))->user, QStringLiteral("bob"));

        store.setLastUsed(QStringLiteral("A"));
        ConnectionProfile renamed = a;
        renamed.name = QStringLiteral("A2");
        store.rename(QStringLiteral("A"), renamed);
        QCOMPARE(store.names(), (QStringList{QStringLiteral("A2"), QStringLiteral("B")}));
        QCOMPARE(store.lastUsed(), QStringLiteral("A2"));

        QVERIFY(store.remove(QStringLiteral("A2")));
        QVERIFY(!store.remove(QStringLiteral("A2")));
        QCOMPARE(store.names(), QStringList{QStringLiteral("B")});
        QVERIFY(store.lastUsed().isEmpty());
    }

    void pinsPerProfile()
    {
        ProfileStore store(iniPath());
        ConnectionProfile a = sample(QStringLiteral("A"));
        ConnectionProfile b = sample(QStringLiteral("B"));
        b.pinnedSha256 = {QString(64, u'c')};
        store.save(a);
        store.save(b);
        ProfileStore reopened(iniPath());
        QCOMPARE(reopened.load(QStringLiteral("A"))->pinnedSha256, a.pinnedSha256);
        QCOMPARE(reopened.load(QStringLiteral("B"))->pinnedSha256, b.pinnedSha256);
    }

    void outOfRangeIntervalIsClamped()
    {
        {
            QSettings raw(iniPath(), QSettings::IniFormat);
            raw.beginWriteArray(QStringLiteral("profiles"), 1);
            raw.setArrayIndex(0);
            raw.setValue(QStringLiteral("name"), QStringLiteral("X"));
            raw.setValue(QStringLiteral("pollIntervalMs"), 5);
            raw.setValue(QStringLiteral("methodPolicy"), QStringLiteral("bogus"));
            raw.endArray();
        }
        ProfileStore store(iniPath());
        const auto p = store.load(QStringLiteral("X"));
        QVERIFY(p.has_value());
        QCOMPARE(p->pollIntervalMs, ConnectionProfile::MinPollIntervalMs);
        QCOMPARE(p->methodPolicy, cc::MethodPolicy::Auto);
    }

    void passwordNeverWritten()
    {
        const QString password = QStringLiteral("S3cret-pässwörd!");
        ConnectionProfile p = sample(QStringLiteral("Head office"));
        const cc::ServerConfig config = p.toServerConfig(password);
        QCOMPARE(config.password, password); // the password does exist in memory...
        {
            ProfileStore store(iniPath());
            store.save(p);
            store.setLastUsed(p.name);
            store.sync();
        }
        QFile file(iniPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QVERIFY(content.contains("alice")); // ...the grep below would find it...
        QVERIFY(content.contains("pbx.example.com"));
        QVERIFY(!content.contains(password.toUtf8())); // ...but it is never in the file.
        QVERIFY(!content.contains(password.toLatin1()));
        QVERIFY(!content.contains("S3cret"));
        QVERIFY(!content.toLower().contains("password"));
    }

    void eventSocketRoundTrip()
    {
        ConnectionProfile esl;
        esl.name = QStringLiteral("Bridge");
        esl.transport = ConnectionProfile::Transport::EventSocket;
        esl.eslHost = QStringLiteral("10.1.1.10");
        esl.eslPort = 8022;
        esl.eslResyncIntervalMs = 15000;
        {
            ProfileStore store(iniPath());
            store.save(sample(QStringLiteral("Head office")));
            store.save(esl);
        }
        ProfileStore reopened(iniPath());
        QCOMPARE(reopened.load(QStringLiteral("Bridge")).value(), esl);
        QCOMPARE(reopened.load(QStringLiteral("Head office"))->transport, ConnectionProfile::Transport::Rest);

        // The ESL password (FreeSWITCH's default is ClueCon) is never written either.
        QFile file(iniPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QVERIFY(content.contains("10.1.1.10"));
        QVERIFY(content.contains("esl"));
        QVERIFY(!content.contains("ClueCon"));
        QVERIFY(!content.toLower().contains("password"));
    }

    void oldProfilesAreRestAndBadEslValuesFallBack()
    {
        {
            QSettings raw(iniPath(), QSettings::IniFormat);
            raw.beginWriteArray(QStringLiteral("profiles"), 2);
            raw.setArrayIndex(0);
            raw.setValue(QStringLiteral("name"), QStringLiteral("Old")); // saved before the transport key
            raw.setArrayIndex(1);
            raw.setValue(QStringLiteral("name"), QStringLiteral("Bad"));
            raw.setValue(QStringLiteral("transport"), QStringLiteral("ESL"));
            raw.setValue(QStringLiteral("eslPort"), 70000);
            raw.setValue(QStringLiteral("eslResyncIntervalMs"), 1);
            raw.endArray();
        }
        ProfileStore store(iniPath());
        QCOMPARE(store.load(QStringLiteral("Old"))->transport, ConnectionProfile::Transport::Rest);
        const auto bad = store.load(QStringLiteral("Bad"));
        QCOMPARE(bad->transport, ConnectionProfile::Transport::EventSocket);
        QCOMPARE(bad->eslPort, ConnectionProfile::DefaultEslPort);
        QCOMPARE(bad->eslResyncIntervalMs, ConnectionProfile::MinEslResyncIntervalMs);
    }
};

QTEST_MAIN(tst_ProfileStore)
#include "tst_profilestore.moc"
