// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The fault matrix, polling side, on the scripted TestServer: faults the simulator cannot produce.
// ParticipantModel + ConferencePoller + RestClient over real HTTPS against the TestServer.
// For every fault the console keeps the last data, reports it stale, backs off and recovers by
// itself once the server is healthy again.
// Durations are never asserted; QTRY timeouts only bound the waiting.
#include "faultfixture.h"
#include "testdata.h"
#include "testserver.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace testsupport;

namespace {

/// The scripted server's certificate pinned, commands as GET, no credentials (it asks for none).
cc::ServerConfig configFor(const TestServer &server)
{
    cc::ServerConfig c;
    c.baseUrl = server.baseUrl();
    c.pinnedSha256 = {server.fingerprint()};
    c.methodPolicy = cc::MethodPolicy::Get;
    return c;
}

} // namespace

class tst_FaultScripted final : public FaultMatrixFixture
{
    Q_OBJECT

private slots:
    /// Faults the simulator cannot produce, all at once on one scripted server (one conference each).
    void scriptedFaults()
    {
        TestServer server;
        QVERIFY(server.start(true));
        const QByteArray xml = readTestData(u"golden/xml_list_example.xml"_s);
        QVERIFY(!xml.isEmpty());

        struct Fault
        {
            const char *name;
            ScriptedResponse response;
            cc::ResponseKind kind;
        };
        QByteArray badUtf8 = xml;
        badUtf8.replace("Bob%20Jones", "Bob\xff\xfe\xc3(Jones");
        const QList<Fault> faults = {
            {"c500",
             ScriptedResponse::text(
                 500, "{\"error\":\"Internal error: boom\",\"type\":\"java.lang.NullPointerException\"} ",
                 "application/json"),
             cc::ResponseKind::HttpError},
            {"c502", ScriptedResponse::text(502, "<html><title>502 Proxy Error</title></html>", "text/html"),
             cc::ResponseKind::HttpError},
            {"ctruncated", ScriptedResponse::text(200, wrap(xml.left(xml.size() / 2))),
             cc::ResponseKind::BackendFailure},
            {"cunclosed", ScriptedResponse::text(200, "<command-response>" + xml.left(xml.size() / 2)),
             cc::ResponseKind::BackendFailure},
            {"chuge", ScriptedResponse::text(200, QByteArray(50 * 1024 * 1024, 'x')),
             cc::ResponseKind::TransportFailure},
            {"cbadutf8", ScriptedResponse::text(200, wrap(badUtf8)), cc::ResponseKind::BackendFailure},
        };

        const cc::ServerConfig c = configFor(server);
        const QByteArray base = TestServer::basePath() + "/my/conference/";
        std::vector<std::unique_ptr<Watch>> watches;
        for (const Fault &f : faults) {
            QByteArray good = xml;
            good.replace(QByteArray("name=\"3000\""), QByteArray("name=\"" + QByteArray(f.name) + '"'));
            server.route("GET", base + f.name + "/xml_list", ScriptedResponse::text(200, wrap(good)));
            watches.push_back(std::make_unique<Watch>(c, QString::fromLatin1(f.name)));
            watches.back()->poller->start();
        }

        for (auto &w : watches)
            QTRY_VERIFY_WITH_TIMEOUT(w->snapshots >= 1 && w->model.rowCount() == 2, kWaitMs);

        for (const Fault &f : faults)
            server.route("GET", base + f.name + "/xml_list", f.response);
        for (qsizetype i = 0; i < faults.size(); ++i) {
            Watch &w = *watches[i];
            const char *name = faults[i].name;
            ++m_faultCases;
            QTRY_VERIFY2_WITH_TIMEOUT(w.failures >= 2, name, kWaitMs);
            QVERIFY2(w.backoffs.at(1) > w.backoffs.at(0), name);
            QVERIFY2(w.failed.first().kind == faults[i].kind, name);
            QTRY_VERIFY2_WITH_TIMEOUT(w.poller->isStale() && w.model.isStale(), name, kWaitMs);
            QCOMPARE(w.model.rowCount(), 2);
            QCOMPARE(w.halted, 0);
        }

        // The 50 MB answer is refused at the header, nothing is buffered.
        QCOMPARE(watches[4]->failed.first().message,
                 cc::transportErrorText(cc::TransportError::ResponseTooLarge));
        std::optional<cc::RestResult> huge;
        watches[4]->client.runCommand(u"chuge"_s, u"xml_list"_s, true, this,
                                      [&huge](const cc::RestResult &r) { huge = r; });
        QTRY_VERIFY_WITH_TIMEOUT(huge.has_value(), kWaitMs);
        QCOMPARE(huge->error, cc::TransportError::ResponseTooLarge);
        QVERIFY(huge->body.isEmpty());

        // Healthy again: every watch recovers by itself.
        for (const Fault &f : faults) {
            QByteArray good = xml;
            good.replace(QByteArray("name=\"3000\""), QByteArray("name=\"" + QByteArray(f.name) + '"'));
            server.route("GET", base + f.name + "/xml_list", ScriptedResponse::text(200, wrap(good)));
        }

        for (qsizetype i = 0; i < faults.size(); ++i) {
            Watch &w = *watches[i];
            QTRY_VERIFY2_WITH_TIMEOUT(!w.poller->isStale() && w.poller->currentBackoffMs() == 0,
                                      faults[i].name, kWaitMs);
            QCOMPARE(w.model.rowCount(), 2);
        }
    }
    /// Percent-encoded invalid UTF-8 in caller ids (FreeSWITCH url-encodes them): shown with
    /// replacement characters, never a failure or a crash.
    void encodedInvalidUtf8InNames()
    {
        TestServer server;
        QVERIFY(server.start(true));
        QByteArray xml = readTestData(u"golden/xml_list_example.xml"_s);
        QVERIFY(!xml.isEmpty());
        xml.replace("Bob%20Jones", "Bob%FF%FE%C3(Jones");
        xml.replace("Alice%20Smith", "%ED%A0%80Alice"); // an encoded lone surrogate
        server.route("GET", TestServer::basePath() + "/my/conference/3000/xml_list",
                     ScriptedResponse::text(200, wrap(xml)));
        const cc::ServerConfig c = configFor(server);
        Watch w(c, u"3000"_s);
        w.poller->start();
        QTRY_VERIFY_WITH_TIMEOUT(w.snapshots >= 1, kWaitMs);
        QCOMPARE(w.failures, 0);
        QCOMPARE(w.model.rowCount(), 2);
        QStringList names;
        for (int row = 0; row < w.model.rowCount(); ++row)
            names << w.model.index(row, cc::ParticipantModel::NameColumn).data().toString();
        const QString joined = names.join(u'|');
        QVERIFY2(joined.contains(u"Bob"_s) && joined.contains(u"Jones"_s) &&
                     joined.contains(QChar::ReplacementCharacter),
                 qPrintable(joined));
        QVERIFY(joined.contains(u"Alice"_s));
    }
};

QTEST_GUILESS_MAIN(tst_FaultScripted)
#include "tst_faultscripted.moc"
