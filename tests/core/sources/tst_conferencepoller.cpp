// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/participantmodel.h"
#include "core/rest/restclient.h"
#include "core/sources/conferencepoller.h"
#include "restfixtures.h"
#include "testdata.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using cc::ConferencePoller;
using cc::ParticipantModel;
using testsupport::ScriptedResponse;
using testsupport::TestServer;
using testsupport::wrap;

namespace {

struct MemberSpec
{
    quint32 id;
    QByteArray name; // already URL-encoded as FreeSWITCH writes it
    bool canSpeak = true;
};

// xml_list as FreeSWITCH prints it (freeswitch-conference.md §4.4), newest member first,
// wrapped the way sipXconfig answers (sipxconfig-conference-rest.md §3.6).
QByteArray xmlListBody(const QByteArray &conference, const QList<MemberSpec> &members)
{
    QByteArray x = "<command-response><?xml version=\"1.0\"?>\n<conferences>\n  <conference name=\"" +
                   conference + "\" member-count=\"" + QByteArray::number(members.size()) +
                   "\" ghost-count=\"0\" rate=\"8000\" uuid=\"c0ffee\" running=\"true\" run_time=\"42\">\n"
                   "    <variables></variables>\n    <members>\n";
    for (const MemberSpec &m : members) {
        x +=
            "      <member type=\"caller\">\n        <id>" + QByteArray::number(m.id) +
            "</id>\n        <flags>\n          <can_hear>true</can_hear>\n          <can_see>true</can_see>\n"
            "          <can_speak>" +
            (m.canSpeak ? "true" : "false") +
            "</can_speak>\n          <mute_detect>false</mute_detect>\n          <talking>false</talking>\n"
            "          <hold>false</hold>\n          <has_video>false</has_video>\n"
            "          <video_bridge>false</video_bridge>\n          <has_floor>false</has_floor>\n"
            "          <is_moderator>false</is_moderator>\n          <end_conference>false</end_conference>\n"
            "          <is_ghost>false</is_ghost>\n        </flags>\n        <uuid>uuid-" +
            QByteArray::number(m.id) + "</uuid>\n        <caller_id_name>" + m.name +
            "</caller_id_name>\n        <caller_id_number>100" + QByteArray::number(m.id) +
            "</caller_id_number>\n        <join_time>10</join_time>\n        "
            "<last_talking>N/A</last_talking>\n"
            "        <energy>100</energy>\n        <volume_in>0</volume_in>\n        "
            "<volume_out>0</volume_out>\n"
            "        <output-volume>0</output-volume>\n      </member>\n";
    }
    x += "    </members>\n  </conference>\n</conferences>\n</command-response>\n";
    return x;
}

const QByteArray kConf = "sales";

} // namespace

class tst_ConferencePoller : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void snapshotDeliveredAndAppliedToModel();
    void oneRequestInFlight();
    void oneRequestInFlightUnderCommandStorm();
    void intervalRespectedByCount();
    void backoffDoublesAndResets();
    void notFoundIsInactiveNotFailure();
    void staleWhenServerStopsAnswering();
    void relationsPolledEveryNth();
    void stopIgnoresLateAnswer();
    void authenticationFailureHalts();

private:
    QByteArray path(const QByteArray &segment) const
    {
        return TestServer::basePath() + "/my/conference/" + kConf + "/" + segment;
    }
    void routeXmlList(const QList<MemberSpec> &members, int delayMs = 0)
    {
        ScriptedResponse r = ScriptedResponse::text(200, xmlListBody(kConf, members));
        r.delayMs = delayMs;
        m_server->route({}, path("xml_list"), r);
    }
    int relateRequests() const
    {
        int n = 0;
        for (const auto &r : m_server->requests())
            n += r.path.contains("/relate") ? 1 : 0;
        return n;
    }

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<cc::RestClient> m_client;
    std::unique_ptr<ConferencePoller> m_poller;
};

void tst_ConferencePoller::init()
{
    m_server = std::make_unique<TestServer>();
    QVERIFY(m_server->start(false));
    m_client = std::make_unique<cc::RestClient>();
    cc::ServerConfig config = testsupport::getConfigFor(*m_server);
    config.timeoutMs = 1500;
    m_client->setConfig(config);
    m_poller = std::make_unique<ConferencePoller>(m_client.get(), QString::fromLatin1(kConf));
}

void tst_ConferencePoller::cleanup()
{
    m_poller.reset();
    m_client.reset();
    m_server.reset();
}

void tst_ConferencePoller::snapshotDeliveredAndAppliedToModel()
{
    routeXmlList({{8, "Bob%20Jones"}, {7, "Alice%20Smith"}});
    ParticipantModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    connect(m_poller.get(), &ConferencePoller::snapshotReceived, &model, &ParticipantModel::applySnapshot);
    connect(m_poller.get(), &ConferencePoller::staleChanged, &model, &ParticipantModel::setStale);
    QSignalSpy snapshots(m_poller.get(), &ConferencePoller::snapshotReceived);
    QSignalSpy raw(m_poller.get(), &ConferencePoller::rawXmlReceived);
    QSignalSpy failed(m_poller.get(), &ConferencePoller::pollFailed);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    QVERIFY(!m_poller->lastSuccess().isValid());
    m_poller->start();
    QVERIFY(snapshots.wait(5000));
    QCOMPARE(failed.size(), 0);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, ParticipantModel::NameColumn).data().toString(), QStringLiteral("Alice Smith"));
    QCOMPARE(model.index(1, ParticipantModel::NameColumn).data().toString(), QStringLiteral("Bob Jones"));
    QCOMPARE(model.snapshot().name, QStringLiteral("sales"));
    QCOMPARE(raw.size(), 1);
    QVERIFY(raw.at(0).at(0).toByteArray().startsWith("<?xml"));
    QVERIFY(!raw.at(0).at(0).toByteArray().contains("command-response"));
    QVERIFY(m_poller->lastSuccess().isValid());
    QCOMPARE(m_poller->currentBackoffMs(), 0);
    QVERIFY(m_poller->isActive());
    QCOMPARE(m_server->requests().first().method, QByteArray("GET"));

    // A second, unchanged poll costs the model nothing.
    m_poller->pollNow();
    QVERIFY(snapshots.wait(5000));
    QCOMPARE(reset.size(), 0);
    QCOMPARE(changed.size(), 0);

    // Bob muted on the bridge: one cell.
    routeXmlList({{8, "Bob%20Jones", false}, {7, "Alice%20Smith"}});
    m_poller->pollNow();
    QVERIFY(snapshots.wait(5000));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>(), model.index(1, ParticipantModel::SpeakColumn));
    QCOMPARE(reset.size(), 0);
}

void tst_ConferencePoller::oneRequestInFlight()
{
    routeXmlList({{7, "Alice"}}, 400);
    m_poller->setInterval(30000); // the timer never fires during the test: only pollNow counts
    QSignalSpy snapshots(m_poller.get(), &ConferencePoller::snapshotReceived);
    m_poller->start();
    QTRY_COMPARE(m_server->requestCount(), 1);
    QVERIFY(m_poller->isRequestInFlight());
    m_poller->pollNow();
    m_poller->pollNow();
    QTest::qWait(100);
    QCOMPARE(m_server->requestCount(), 1);
    QVERIFY(snapshots.wait(5000)); // the first answer
    QCOMPARE(snapshots.size(), 1);
    // Exactly one follow-up for both pollNow() calls.
    QVERIFY(snapshots.wait(5000));
    QCOMPARE(m_server->requestCount(), 2);
    QCOMPARE(m_poller->nextDelayMs(), 30000);
    QTest::qWait(600);
    QCOMPARE(m_server->requestCount(), 2);
    QCOMPARE(snapshots.size(), 2);
    QCOMPARE(m_poller->pollCount(), 2);
}

void tst_ConferencePoller::oneRequestInFlightUnderCommandStorm()
{
    routeXmlList({{7, "Alice"}}, 120);
    m_poller->setInterval(500);
    int completed = 0;
    int maxOutstanding = 0;
    connect(m_poller.get(), &ConferencePoller::snapshotReceived, this, [&] { ++completed; });
    connect(m_server.get(), &TestServer::requestRecorded, this,
            [&] { maxOutstanding = std::max(maxOutstanding, m_server->requestCount() - completed); });
    QTimer storm;
    connect(&storm, &QTimer::timeout, m_poller.get(), &ConferencePoller::pollNow);
    storm.start(15);
    m_poller->start();
    QTRY_VERIFY_WITH_TIMEOUT(completed >= 8, 20000);
    storm.stop();
    QCOMPARE(maxOutstanding, 1);
}

void tst_ConferencePoller::intervalRespectedByCount()
{
    routeXmlList({{7, "Alice"}});
    m_poller->setInterval(ConferencePoller::kMaxIntervalMs + 1);
    QCOMPARE(m_poller->interval(), ConferencePoller::kMaxIntervalMs);
    m_poller->setInterval(1);
    QCOMPARE(m_poller->interval(), ConferencePoller::kMinIntervalMs);
    QCOMPARE(ConferencePoller(nullptr, QStringLiteral("x")).interval(), 1000);

    m_poller->setInterval(30000);
    QSignalSpy snapshots(m_poller.get(), &ConferencePoller::snapshotReceived);
    m_poller->start();
    QVERIFY(snapshots.wait(5000));
    QCOMPARE(m_poller->nextDelayMs(), 30000);
    QTest::qWait(1200);
    QCOMPARE(m_server->requestCount(), 1); // far below the interval: no second request

    // A shorter interval re-arms the waiting timer; polls continue by themselves.
    m_poller->setInterval(500);
    QTRY_VERIFY_WITH_TIMEOUT(snapshots.size() >= 4, 10000);
    QCOMPARE(m_poller->nextDelayMs(), 500);
    QCOMPARE(m_server->requestCount(), int(snapshots.size()) + (m_poller->isRequestInFlight() ? 1 : 0));
}

void tst_ConferencePoller::backoffDoublesAndResets()
{
    m_poller->setInterval(500);
    QSignalSpy failed(m_poller.get(), &ConferencePoller::pollFailed);
    QSignalSpy snapshots(m_poller.get(), &ConferencePoller::snapshotReceived);

    m_server->route({}, path("xml_list"),
                    ScriptedResponse::text(500, "{\"error\":\"Internal error: boom\"} ", "application/json"));
    m_poller->start();
    QVERIFY(failed.wait(5000));
    QCOMPARE(failed.last().at(0).value<cc::CommandOutcome>().kind, cc::ResponseKind::HttpError);
    QCOMPARE(m_poller->currentBackoffMs(), 1000);
    QCOMPARE(m_poller->nextDelayMs(), 1000);

    const QList<int> expected = {2000, 4000, 8000, 16000, 30000, 30000};
    for (int i = 0; i < expected.size(); ++i) {
        if (i == 2) // the back end down: 200 with "ERROR: ..." (sipxconfig-conference-rest.md §4.1)
            m_server->route({}, path("xml_list"), ScriptedResponse::text(200, "ERROR: Connection refused"));
        if (i == 4) // FreeSWITCH timeout
            m_server->route({}, path("xml_list"), ScriptedResponse::text(200, wrap("")));
        const auto before = failed.size();
        m_poller->pollNow();
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), before + 1, 5000);
        QCOMPARE(m_poller->currentBackoffMs(), expected.at(i));
        QCOMPARE(m_poller->nextDelayMs(), expected.at(i));
    }
    QCOMPARE(snapshots.size(), 0);

    routeXmlList({{7, "Alice"}});
    m_poller->pollNow();
    QVERIFY(snapshots.wait(5000));
    QCOMPARE(m_poller->currentBackoffMs(), 0);
    QCOMPARE(m_poller->nextDelayMs(), 500);

    // An unreadable list is a failure too.
    m_server->route({}, path("xml_list"),
                    ScriptedResponse::text(200, wrap("<?xml version=\"1.0\"?>\n<conferences><confer")));
    m_poller->pollNow();
    QVERIFY(failed.wait(5000));
    QCOMPARE(m_poller->currentBackoffMs(), 1000);
}

void tst_ConferencePoller::notFoundIsInactiveNotFailure()
{
    routeXmlList({{8, "Bob"}, {7, "Alice"}});
    m_poller->setInterval(30000);
    ParticipantModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    connect(m_poller.get(), &ConferencePoller::snapshotReceived, &model, &ParticipantModel::applySnapshot);
    QSignalSpy snapshots(m_poller.get(), &ConferencePoller::snapshotReceived);
    QSignalSpy failed(m_poller.get(), &ConferencePoller::pollFailed);
    QSignalSpy inactive(m_poller.get(), &ConferencePoller::conferenceInactive);
    QSignalSpy active(m_poller.get(), &ConferencePoller::activeChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    m_poller->start();
    QVERIFY(snapshots.wait(5000));
    QCOMPARE(model.rowCount(), 2);

    // Everybody hung up: FreeSWITCH has no instance any more (sipxconfig-conference-rest.md §4.1).
    m_server->route({}, path("xml_list"),
                    ScriptedResponse::text(200, wrap("-ERR Conference sales not found\n")));
    m_poller->pollNow();
    QVERIFY(snapshots.wait(5000));
    QCOMPARE(inactive.size(), 1);
    QCOMPARE(active.size(), 1);
    QCOMPARE(active.at(0).at(0).toBool(), false);
    QCOMPARE(failed.size(), 0);
    QCOMPARE(m_poller->currentBackoffMs(), 0);
    QCOMPARE(m_poller->nextDelayMs(), 30000);
    QVERIFY(!m_poller->isActive());
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(reset.size(), 0);

    // Still nobody (older FreeSWITCH without "-ERR "): no repeated inactive signal.
    m_server->route({}, path("xml_list"), ScriptedResponse::text(200, wrap("Conference sales not found\n")));
    m_poller->pollNow();
    QVERIFY(snapshots.wait(5000));
    QCOMPARE(inactive.size(), 1);
    QCOMPARE(failed.size(), 0);

    // An unknown sub-command is an error, not "inactive".
    m_server->route({}, path("xml_list"),
                    ScriptedResponse::text(200, wrap("-ERR Conference command 'xml_list' not found.\n")));
    m_poller->pollNow();
    QVERIFY(failed.wait(5000));
    QCOMPARE(m_poller->currentBackoffMs(), 1000);

    // Somebody dials in again.
    routeXmlList({{9, "Carol"}});
    m_poller->pollNow();
    QVERIFY(snapshots.wait(5000));
    QCOMPARE(active.size(), 2);
    QCOMPARE(active.at(1).at(0).toBool(), true);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(m_poller->currentBackoffMs(), 0);

    // The empty global form is the same situation.
    m_server->route(
        {}, path("xml_list"),
        ScriptedResponse::text(200, wrap("<?xml version=\"1.0\"?>\n<conferences></conferences>\n")));
    m_poller->pollNow();
    QVERIFY(snapshots.wait(5000));
    QCOMPARE(inactive.size(), 2);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(failed.size(), 1);
}

void tst_ConferencePoller::staleWhenServerStopsAnswering()
{
    routeXmlList({{7, "Alice"}});
    m_poller->setInterval(500);
    ParticipantModel model;
    connect(m_poller.get(), &ConferencePoller::snapshotReceived, &model, &ParticipantModel::applySnapshot);
    connect(m_poller.get(), &ConferencePoller::staleChanged, &model, &ParticipantModel::setStale);
    QSignalSpy snapshots(m_poller.get(), &ConferencePoller::snapshotReceived);
    QSignalSpy stale(m_poller.get(), &ConferencePoller::staleChanged);
    m_poller->start();
    QVERIFY(snapshots.wait(5000));
    QCOMPARE(stale.size(), 0);
    QVERIFY(!m_poller->isStale());

    m_server->route({}, path("xml_list"), ScriptedResponse::hang());
    QTRY_COMPARE_WITH_TIMEOUT(stale.size(), 1, 10000);
    QCOMPARE(stale.at(0).at(0).toBool(), true);
    QVERIFY(m_poller->isStale());
    QCOMPARE(model.index(0, 0).data(ParticipantModel::StaleRole).toBool(), true);

    // The server answers again: fresh data, not stale any more.
    routeXmlList({{7, "Alice"}});
    QTRY_COMPARE_WITH_TIMEOUT(stale.size(), 2, 15000);
    QCOMPARE(stale.at(1).at(0).toBool(), false);
    QCOMPARE(model.index(0, 0).data(ParticipantModel::StaleRole).toBool(), false);
    QCOMPARE(m_poller->currentBackoffMs(), 0);
}

void tst_ConferencePoller::relationsPolledEveryNth()
{
    routeXmlList({{8, "Bob"}, {7, "Alice"}});
    m_server->route({}, path("relate*"),
                    ScriptedResponse::text(200, wrap("7 -> 8 NOSPEAK HEAR NOSENDVIDEO \n")));
    m_poller->setInterval(500);
    m_poller->setRelationsPolling(true, 3);
    QVERIFY(m_poller->isRelationsPolling());
    ParticipantModel model;
    connect(m_poller.get(), &ConferencePoller::snapshotReceived, &model, &ParticipantModel::applySnapshot);
    connect(m_poller.get(), &ConferencePoller::relationshipsReceived, &model,
            &ParticipantModel::setRelationships);
    QSignalSpy relations(m_poller.get(), &ConferencePoller::relationshipsReceived);
    QSignalSpy snapshots(m_poller.get(), &ConferencePoller::snapshotReceived);

    m_poller->start();
    QVERIFY(relations.wait(5000)); // the first cycle fetches them
    const auto list = relations.at(0).at(0).value<QList<cc::Relationship>>();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.at(0).from, 7u);
    QCOMPARE(list.at(0).to, 8u);
    QVERIFY(!list.at(0).canSpeak);
    QVERIFY(model.relationDescriptions(7).contains(QStringLiteral("Cannot speak to Bob (8)")));
    QVERIFY(m_server->requests().last().path.endsWith("/relate&0"));

    // Polls 2, 3 without, poll 4 with (every 3rd success after the last fetch).
    QTRY_COMPARE_WITH_TIMEOUT(relateRequests(), 2, 10000);
    QByteArray pattern;
    for (const auto &r : m_server->requests())
        pattern += r.path.contains("/relate") ? 'r' : 'x';
    QVERIFY2(pattern.startsWith("xrxxxr"), pattern.constData());
    QTRY_COMPARE(relations.size(), 2);

    // pollNow (after a command) refreshes them at once.
    m_poller->setInterval(30000);
    QTRY_VERIFY(!m_poller->isRequestInFlight());
    const int before = relateRequests();
    m_poller->pollNow();
    QTRY_COMPARE_WITH_TIMEOUT(relateRequests(), before + 1, 5000);

    // The request order always alternates correctly: never two requests out together.
    const auto requests = m_server->requests();
    for (int i = 1; i < requests.size(); ++i)
        QVERIFY(!(requests.at(i).path.contains("/relate") && requests.at(i - 1).path.contains("/relate")));
}

void tst_ConferencePoller::stopIgnoresLateAnswer()
{
    routeXmlList({{7, "Alice"}}, 300);
    m_poller->setInterval(500);
    QSignalSpy snapshots(m_poller.get(), &ConferencePoller::snapshotReceived);
    m_poller->start();
    QTRY_COMPARE(m_server->requestCount(), 1);
    m_poller->stop();
    QVERIFY(!m_poller->isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(!m_poller->isRequestInFlight(), 5000);
    QCOMPARE(snapshots.size(), 0);
    QTest::qWait(700);
    QCOMPARE(m_server->requestCount(), 1);
    m_poller->pollNow(); // ignored while stopped
    QCOMPARE(m_server->requestCount(), 1);

    // Restart while a request is out: the new cycle waits for it, never two in flight.
    m_poller->start();
    QTRY_COMPARE(m_server->requestCount(), 2);
    m_poller->stop();
    m_poller->start();
    QVERIFY(snapshots.wait(5000));
    QCOMPARE(m_server->requestCount(), 2);
    QVERIFY(snapshots.wait(5000));
    QCOMPARE(m_server->requestCount(), 3);
}

void tst_ConferencePoller::authenticationFailureHalts()
{
    m_server->requireUser(TestServer::AuthMode::Digest, QStringLiteral("alice"),
                          QStringLiteral("other-password"));
    routeXmlList({{7, "Alice"}});
    QSignalSpy halted(m_poller.get(), &ConferencePoller::pollingHalted);
    QSignalSpy failed(m_poller.get(), &ConferencePoller::pollFailed);
    m_poller->start();
    QVERIFY(halted.wait(5000));
    QCOMPARE(failed.size(), 1);
    QVERIFY(!m_poller->isRunning());
    const int requests = m_server->requestCount();
    QTest::qWait(1500);
    QCOMPARE(m_server->requestCount(), requests); // no retry with the same wrong password
}

QTEST_GUILESS_MAIN(tst_ConferencePoller)
#include "tst_conferencepoller.moc"
