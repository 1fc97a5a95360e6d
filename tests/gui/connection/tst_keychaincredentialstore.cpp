// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/connection/keychaincredentialstore.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using gui::KeychainCredentialStore;

// On this headless machine every QtKeychain job fails (OtherError, qt-style.md §2.5). The
// environment is forced so the outcome does not depend on a developer's desktop session.
class tst_KeychainCredentialStore final : public QObject
{
    Q_OBJECT

    struct Reads
    {
        int calls = 0;
        std::optional<QString> last;
    };

    static std::shared_ptr<Reads> read(KeychainCredentialStore &store, const QString &profile,
                                       QObject *context)
    {
        auto reads = std::make_shared<Reads>();
        store.readPassword(profile, context, [reads](std::optional<QString> value) {
            ++reads->calls;
            reads->last = std::move(value);
        });
        return reads;
    }

private slots:
    void initTestCase()
    {
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/conference-console-test-bus");
        qunsetenv("DISPLAY");
        qunsetenv("WAYLAND_DISPLAY");
    }

    void fallbackKeepsPasswordInMemory()
    {
        KeychainCredentialStore store;
        QSignalSpy unavailable(&store, &KeychainCredentialStore::keychainUnavailable);
        QCOMPARE(store.availability(), KeychainCredentialStore::Availability::Unknown);
        QVERIFY(store.keychainAvailable());

        store.writePassword(QStringLiteral("Head office"), QStringLiteral("wonderland"));
        QTRY_COMPARE_WITH_TIMEOUT(unavailable.count(), 1, 15000);
        QVERIFY(!store.keychainAvailable());
        QCOMPARE(store.availability(), KeychainCredentialStore::Availability::Unavailable);
        QVERIFY(!unavailable.at(0).at(0).toString().isEmpty());
        QCOMPARE(store.unavailableReason(), unavailable.at(0).at(0).toString());

        auto reads = read(store, QStringLiteral("Head office"), this);
        QCOMPARE(reads->calls, 0); // always answered later, from the event loop
        QTRY_COMPARE(reads->calls, 1);
        QCOMPARE(reads->last, std::optional<QString>(QStringLiteral("wonderland")));

        auto unknown = read(store, QStringLiteral("Branch"), this);
        QTRY_COMPARE(unknown->calls, 1);
        QCOMPARE(unknown->last, std::nullopt);

        store.removePassword(QStringLiteral("Head office"));
        auto removed = read(store, QStringLiteral("Head office"), this);
        QTRY_COMPARE(removed->calls, 1);
        QCOMPARE(removed->last, std::nullopt);

        // More operations after the failure never emit again.
        store.writePassword(QStringLiteral("Branch"), QStringLiteral("builder"));
        auto branch = read(store, QStringLiteral("Branch"), this);
        QTRY_COMPARE(branch->calls, 1);
        QCOMPARE(branch->last, std::optional<QString>(QStringLiteral("builder")));
        QTest::qWait(50);
        QCOMPARE(unavailable.count(), 1);
    }

    void firstReadFailsThenFallback()
    {
        KeychainCredentialStore store;
        QSignalSpy unavailable(&store, &KeychainCredentialStore::keychainUnavailable);
        QSignalSpy available(&store, &KeychainCredentialStore::keychainAvailableConfirmed);
        // Two reads in flight before anything is known: each gets exactly one answer.
        auto first = read(store, QStringLiteral("A"), this);
        auto second = read(store, QStringLiteral("B"), this);
        QTRY_COMPARE_WITH_TIMEOUT(first->calls, 1, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(second->calls, 1, 15000);
        QCOMPARE(first->last, std::nullopt);
        QCOMPARE(second->last, std::nullopt);
        QCOMPARE(unavailable.count(), 1);
        QCOMPARE(available.count(), 0);
    }

    void probeLearnsAvailability()
    {
        KeychainCredentialStore store;
        QSignalSpy unavailable(&store, &KeychainCredentialStore::keychainUnavailable);
        store.probe();
        QTRY_COMPARE_WITH_TIMEOUT(unavailable.count(), 1, 15000);
        store.probe(); // already known: no new job, no new signal
        QTest::qWait(50);
        QCOMPARE(unavailable.count(), 1);
    }

    void timeoutAndLateResultAnswerOnce()
    {
        // A 1 ms timeout races the (failing) job: whichever settles first wins and the other is
        // ignored, so the caller hears exactly once and the signal fires exactly once.
        KeychainCredentialStore store;
        store.setJobTimeoutMs(1);
        QSignalSpy unavailable(&store, &KeychainCredentialStore::keychainUnavailable);
        auto reads = read(store, QStringLiteral("A"), this);
        QTRY_COMPARE(reads->calls, 1);
        QTest::qWait(200);
        QCOMPARE(reads->calls, 1);
        QCOMPARE(unavailable.count(), 1);
    }

    void destroyedContextIsNotCalled()
    {
        KeychainCredentialStore store;
        store.writePassword(QStringLiteral("A"), QStringLiteral("pw"));
        auto context = std::make_unique<QObject>();
        auto reads = read(store, QStringLiteral("A"), context.get());
        context.reset();
        // A later read on a live context proves the event loop ran past the first answer.
        auto probe = read(store, QStringLiteral("A"), this);
        QTRY_COMPARE(probe->calls, 1);
        QTest::qWait(50);
        QCOMPARE(reads->calls, 0);
    }
};

QTEST_MAIN(tst_KeychainCredentialStore)
#include "tst_keychaincredentialstore.moc"
