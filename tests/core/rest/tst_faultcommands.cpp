// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The fault matrix, command side: non-retryable commands at most once, retryable ones never dropped.
// RestClient over real HTTPS against the bridge simulator.
// Commands: non-retryable ones reach the server at most once and are reported exactly once;
// retryable ones are confirmed or reported failed, never dropped silently.
// Durations are never asserted; QTRY timeouts only bound the waiting.
#include "core/commands/conferencecommand.h"
#include "faultfixture.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace testsupport;

class tst_FaultCommands final : public FaultMatrixFixture
{
    Q_OBJECT

private:
    /// A client configured for `s` (declared after the simulator, so it goes first).
    std::unique_ptr<cc::RestClient> clientFor(const sim::Simulator &s, int timeoutMs = 15000) const
    {
        auto client = std::make_unique<cc::RestClient>();
        client->setConfig(config(s, timeoutMs));
        return client;
    }

    /// Sends kick&999 (nobody has that id) so that the client learns the method and the digest
    /// nonce; the answer lands in the returned optional.
    std::shared_ptr<std::optional<cc::RestResult>> prime(cc::RestClient &client)
    {
        auto primed = std::make_shared<std::optional<cc::RestResult>>();
        client.runCommand(u"sales"_s, u"kick&999"_s, false, this,
                          [primed](const cc::RestResult &r) { *primed = r; });
        return primed;
    }

private slots:
    void nonRetryableCommandsUnderDrop()
    {
        auto s = startSim();
        QVERIFY(s);
        auto client = clientFor(*s);
        // Learn the method and the digest nonce first, so the dropped requests carry credentials.
        const auto primed = prime(*client);
        QTRY_VERIFY_WITH_TIMEOUT(primed->has_value(), kWaitMs);
        QVERIFY2((*primed)->httpStatus == 200, qPrintable((*primed)->errorString));

        const cc::ConferenceCommand kick = cc::ConferenceCommand::kick(u"5"_s);
        const cc::ConferenceCommand invite = cc::ConferenceCommand::invite(u"202"_s);
        const cc::ConferenceCommand record = cc::ConferenceCommand::recordStart();
        QVERIFY(!kick.isRetryable() && !invite.isRetryable() && !record.isRetryable());
        // dial cannot be built for REST (its '/' is refused); send its raw form to test the transport.
        const QStringList segments = {*kick.restSegment(), *invite.restSegment(), *record.restSegment(),
                                      u"dial&user%2F202&202&Alice"_s};
        s->setDropRate(1.0);
        QList<int> callbacks(segments.size(), 0);
        QList<cc::RestResult> results(segments.size());
        for (qsizetype i = 0; i < segments.size(); ++i) {
            client->runCommand(u"sales"_s, segments.at(i), false, this, [&, i](const cc::RestResult &r) {
                ++callbacks[i];
                results[i] = r;
            });
        }

        QTRY_VERIFY_WITH_TIMEOUT(
            std::all_of(callbacks.cbegin(), callbacks.cend(), [](int n) { return n >= 1; }), kWaitMs);
        QTest::qWait(500); // a late duplicate callback or resend would show up now
        for (qsizetype i = 0; i < segments.size(); ++i) {
            const QByteArray target = "/sales/" + segments.at(i).toUtf8();
            QVERIFY2(callbacks.at(i) == 1, qPrintable(segments.at(i)));
            QVERIFY2(!results.at(i).ok(), qPrintable(segments.at(i)));
            QVERIFY2(hits(target) <= 1, qPrintable(segments.at(i) + u" reached the server "_s +
                                                   QString::number(hits(target)) + u" times"_s));
        }

        QVERIFY(hits("/sales/kick&5") == 1); // it did reach the server, and was dropped there
    }

    void nonRetryableCommandsAgainstStalledBackend()
    {
        auto s = startSim();
        QVERIFY(s);
        auto client = clientFor(*s, 1000);
        const auto primed = prime(*client);
        QTRY_VERIFY_WITH_TIMEOUT(primed->has_value(), kWaitMs);
        s->setFault(sim::BackendFault::Timeout); // sipxrecording never answers
        // (dial is left out: its %2F never passes Apache, the 404 comes before the bridge.)
        const QStringList segments = {u"kick&5"_s, u"record&start"_s, u"hup&6"_s, u"transfer&board&7"_s};
        QList<int> callbacks(segments.size(), 0);
        QList<cc::TransportError> errors(segments.size(), cc::TransportError::None);
        for (qsizetype i = 0; i < segments.size(); ++i) {
            client->runCommand(u"sales"_s, segments.at(i), false, this, [&, i](const cc::RestResult &r) {
                ++callbacks[i];
                errors[i] = r.error;
            });
        }

        QTRY_VERIFY_WITH_TIMEOUT(
            std::all_of(callbacks.cbegin(), callbacks.cend(), [](int n) { return n >= 1; }), kWaitMs);
        QTest::qWait(500);
        for (qsizetype i = 0; i < segments.size(); ++i) {
            QCOMPARE(callbacks.at(i), 1);
            QCOMPARE(errors.at(i), cc::TransportError::Timeout);
            // The server saw it once (it answers "0" when the client gives up), never twice.
            QTRY_COMPARE_WITH_TIMEOUT(hits("/sales/" + segments.at(i).toUtf8()), 1, kWaitMs);
        }
    }
    void nonRetryableCommandsAgainstKilledServer()
    {
        auto s = startSim();
        QVERIFY(s);
        auto client = clientFor(*s);
        s.reset();
        int callbacks = 0;
        QList<cc::TransportError> errors;
        for (const QString &segment : {u"kick&5"_s, u"invite&202"_s, u"record&start"_s})
            client->runCommand(u"sales"_s, segment, false, this, [&](const cc::RestResult &r) {
                ++callbacks;
                errors << r.error;
            });
        QTRY_COMPARE_WITH_TIMEOUT(callbacks, 3, kWaitMs);
        QTest::qWait(300);
        QCOMPARE(callbacks, 3);
        for (cc::TransportError e : errors)
            QCOMPARE(e, cc::TransportError::ConnectionRefused);
    }

    void retryableCommandsNeverSilentlyDropped_data()
    {
        QTest::addColumn<double>("dropRate");
        QTest::newRow("drop all") << 1.0;
        QTest::newRow("drop half") << 0.5;
    }

    void retryableCommandsNeverSilentlyDropped()
    {
        QFETCH(double, dropRate);
        auto s = startSim();
        QVERIFY(s);
        auto client = clientFor(*s);
        s->setDropRate(dropRate);
        constexpr int kCommands = 16;
        QList<int> callbacks(kCommands, 0);
        int succeeded = 0;
        int failed = 0;
        for (int i = 0; i < kCommands; ++i) {
            const QString segment = (i % 2 ? u"unmute&all"_s : u"mute&all"_s);
            client->runCommand(u"sales"_s, segment, true, this, [&, i](const cc::RestResult &r) {
                ++callbacks[i];
                const bool ok = r.ok();
                ok ? ++succeeded : ++failed;
            });
        }

        QTRY_COMPARE_WITH_TIMEOUT(succeeded + failed, kCommands, kWaitMs);
        QTest::qWait(300);
        for (int n : std::as_const(callbacks))
            QCOMPARE(n, 1);
        QCOMPARE(succeeded + failed, kCommands);
        qInfo("drop rate %.1f: %d confirmed, %d reported failed", dropRate, succeeded, failed);
        if (dropRate >= 1.0)
            QCOMPARE(failed, kCommands);
    }

    void commandsInFlightWhenServerDies()
    {
        auto s = startSim();
        QVERIFY(s);
        auto client = clientFor(*s);
        // Authenticate first so the commands below are on the wire when the server goes.
        std::optional<cc::RestResult> primed;
        client->runCommand(u"sales"_s, u"kick&999"_s, false, this,
                           [&primed](const cc::RestResult &r) { primed = r; });
        client->runCommand(u"sales"_s, u"list&count"_s, true, this, [](const cc::RestResult &) {});
        QTRY_VERIFY_WITH_TIMEOUT(primed.has_value(), kWaitMs);
        s->setLatencyMs(3000);
        int retryableCallbacks = 0;
        int nonRetryableCallbacks = 0;
        int oks = 0;
        for (int i = 0; i < 4; ++i) {
            client->runCommand(u"sales"_s, u"mute&all"_s, true, this, [&](const cc::RestResult &r) {
                ++retryableCallbacks;
                oks += r.ok();
            });
            client->runCommand(u"sales"_s, u"kick&%1"_s.arg(100 + i), false, this,
                               [&](const cc::RestResult &r) {
                                   ++nonRetryableCallbacks;
                                   oks += r.ok();
                               });
        }

        QTRY_VERIFY_WITH_TIMEOUT(s->engine() && m_handled.size() >= 2, kWaitMs);
        QTest::qWait(300); // the commands are now waiting in the server's latency timer
        s.reset();
        QTRY_VERIFY_WITH_TIMEOUT(retryableCallbacks == 4 && nonRetryableCallbacks == 4, kWaitMs);
        QTest::qWait(300);
        QCOMPARE(retryableCallbacks, 4);
        QCOMPARE(nonRetryableCallbacks, 4);
        QCOMPARE(oks, 0);
    }
};

QTEST_GUILESS_MAIN(tst_FaultCommands)
#include "tst_faultcommands.moc"
