// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The simulator's sipXconfig command route: the seed examples, splitting, decoding, faults.
// Real loopback HTTPS (sipxconfig-conference-rest.md; the examples of seed-conference-rest-api.txt).
#include "core/parsers/parsers.h"
#include "facadefixture.h"
#include "testdata.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace testsupport;

class tst_RestFacadeCommands final : public RestFacadeFixture
{
    Q_OBJECT

private slots:
    void lockByPut()
    {
        Call c;
        c.method = "PUT";
        c.path = "/my/conference/sales/lock";
        const Reply r = request(m_sim.get(), c);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("Content-Type"), QByteArray("text/plain; charset=ISO-8859-1"));
        QCOMPARE(r.body, wrap("+OK sales locked\n"));
        // The engine state changed: the details resource reads the lock from the list header.
        const Reply details = get("/my/conferencedetails/sales");
        QCOMPARE(details.status, 200);
        QVERIFY2(details.body.contains("<locked>true</locked>"), details.body.constData());
        QCOMPARE(get("/my/conference/sales/unlock").body, wrap("+OK sales unlocked\n"));
        QVERIFY(get("/my/conferencedetails/sales").body.contains("<locked>false</locked>"));
    }

    void invite()
    {
        const int before = memberCount(u"sales"_s);
        const Reply r = get("/my/conference/sales/invite&401");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, QByteArray("<command-response>Invitation sent</command-response>")); // no newline
        QCOMPARE(memberCount(u"sales"_s), before);                                            // still ringing
        QTRY_COMPARE_WITH_TIMEOUT(memberCount(u"sales"_s), before + 1, 5000);
        QVERIFY(api(m_sim.get(), u"conference sales list"_s).contains(";401;"));
    }

    void inviteIm()
    {
        const int before = memberCount(u"board"_s);
        const Reply r = get("/my/conference/board/inviteim&alice.im", u"bob"_s, u"builder"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, QByteArray("<command-response>Invitation sent</command-response>"));
        QTRY_COMPARE_WITH_TIMEOUT(memberCount(u"board"_s), before + 1, 5000);
        QVERIFY(api(m_sim.get(), u"conference board list"_s).contains("Alice Liddell"));

        const Reply unknown = get("/my/conference/board/inviteim&nobody.im", u"bob"_s, u"builder"_s);
        QCOMPARE(unknown.status, 500);
        QCOMPARE(unknown.header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(unknown.body, QByteArray(R"({"error":"error.inviteParticipant",)"
                                          R"("type":"org.sipfoundry.sipxconfig.common.UserException"} )"));
    }

    void xmlList()
    {
        const Reply r = get("/my/conference/sales/xml_list");
        QCOMPARE(r.status, 200);
        QVERIFY2(r.body.startsWith("<command-response><?xml version=\"1.0\"?>\n<conferences>"),
                 r.body.left(80));
        QVERIFY(r.body.endsWith("</conferences></command-response>\n") ||
                r.body.endsWith("</conferences>\n</command-response>\n"));
        const QByteArray inner = r.body.mid(18, r.body.size() - 18 - 20);
        const auto parsed = cc::parseXmlList(inner);
        QVERIFY2(parsed.ok(), parsed.error ? qPrintable(parsed.error->message) : "");
        QCOMPARE(parsed.value.size(), 1);
        QStringList names;
        for (const auto &p : parsed.value.first().members)
            names << p.callerIdName;
        QVERIFY2(names.contains(u"José Álvarez"_s), qPrintable(names.join(u", "_s)));
        QVERIFY(names.contains(u"Ștefan Popescu"_s));
    }

    void memberCommandsAndSplitting()
    {
        const QList<quint32> ids = memberIds(u"sales"_s);
        QVERIFY(ids.size() >= 3);
        const QByteArray a = QByteArray::number(ids.at(0));
        const QByteArray b = QByteArray::number(ids.at(1));
        QCOMPARE(get("/my/conference/sales/mute&" + a).body, wrap("+OK mute " + a + "\n"));
        // Runs of '&' count once (StringUtils.split, §3.2).
        QCOMPARE(get("/my/conference/sales/mute&&" + b + "&").body, wrap("+OK mute " + b + "\n"));
        QCOMPARE(get("/my/conference/sales/unmute&&&" + a).body, wrap("+OK unmute " + a + "\n"));
        // Extra path after the command is ignored (starts-with routing, §2).
        QCOMPARE(get("/my/conference/sales/unmute&" + b + "/anything/else").body,
                 wrap("+OK unmute " + b + "\n"));
        // "invite" is intercepted case-sensitively; anything else reaches FreeSWITCH.
        QCOMPARE(get("/my/conference/sales/Invite&401").body,
                 wrap("-ERR Conference command 'Invite' not found.\n"));
        // No whitelist: unknown sub-commands reach FreeSWITCH.
        QCOMPARE(get("/my/conference/sales/wrong").body,
                 wrap("-ERR Conference command 'wrong' not found.\n"));
    }

    void kickDoubleAmpersand()
    {
        const QList<quint32> ids = memberIds(u"board"_s);
        QVERIFY(ids.size() >= 2);
        const QByteArray a = QByteArray::number(ids.at(0));
        const QByteArray b = QByteArray::number(ids.at(1));
        const Reply one = get("/my/conference/board/kick&&" + a, u"bob"_s, u"builder"_s);
        const Reply two = get("/my/conference/board/kick&" + b, u"bob"_s, u"builder"_s);
        QCOMPARE(one.body, wrap("+OK kicked " + a + "\n"));
        QCOMPARE(two.body, wrap("+OK kicked " + b + "\n"));
        QTRY_VERIFY_WITH_TIMEOUT(!memberIds(u"board"_s).contains(ids.at(0)), 5000);
    }

    void percentDecoding()
    {
        // %20 becomes a space, i.e. an argument separator, before FreeSWITCH splits (§3.5).
        QCOMPARE(get("/my/conference/sales/xyz%20abc").body,
                 wrap("-ERR Conference command 'xyz' not found.\n"));
        // Percent-decoded as UTF-8 by sipxrecording's Jetty; "set" prints the old value.
        get("/my/conference/sales/set&caller_id_name&Zo%C3%AB");
        QCOMPARE(api(m_sim.get(), u"conference sales get caller_id_name"_s), u"Zoë"_s.toUtf8());
        // say text with %20 arrives as one text with spaces.
        QList<QList<QPair<QByteArray, QByteArray>>> events;
        connect(m_sim->engine(), &sim::BridgeEngine::conferenceEvent, this,
                [&events](const QList<QPair<QByteArray, QByteArray>> &headers) { events << headers; });
        const Reply say = get("/my/conference/sales/say&Hello%20big%20world");
        QCOMPARE(say.status, 200);
        QVERIFY2(!say.body.contains("say <text>"), say.body.constData()); // not the syntax error
        disconnect(m_sim->engine(), &sim::BridgeEngine::conferenceEvent, this, nullptr);
        bool sawText = false;
        for (const auto &headers : std::as_const(events)) {
            for (const auto &h : headers)
                sawText = sawText || (h.first == "Text" && h.second == "Hello big world");
        }

        QVERIFY2(sawText, "no speak-text event with the decoded text");
        // %2F is refused by Apache (AllowEncodedSlashes Off) before sipXconfig sees it.
        const Reply slash = get("/my/conference/sales/play&%2Ftmp%2Fx.wav");
        QCOMPARE(slash.status, 404);
        QVERIFY(slash.body.contains("Not Found"));
    }

    void conferenceWithoutEngineInstance()
    {
        QCOMPARE(get("/my/conference/empty/lock").body, wrap("-ERR Conference empty not found\n"));
    }

    void record()
    {
        const QByteArray file = "/tmp/freeswitch/recordings/sales.wav";
        QCOMPARE(get("/my/conference/sales/record&status").body, wrap("NO_RECORDING"));
        const Reply duration0 = get("/my/conference/sales/record&duration");
        QCOMPARE(duration0.status, 200);
        QCOMPARE(duration0.body, QByteArray()); // servlet exception → empty body
        const Reply start = get("/my/conference/sales/record");
        QCOMPARE(start.status, 200);
        QCOMPARE(start.body, wrap("+OK Record file " + file + "\n"));
        QCOMPARE(get("/my/conference/sales/record&start").body, wrap("IN_PROGRESS"));
        QCOMPARE(get("/my/conference/sales/record&status").body, wrap("IN_PROGRESS"));
        const Reply duration = get("/my/conference/sales/record&duration");
        QVERIFY2(QRegularExpression(u"^<command-response>\\d+</command-response>\n$"_s)
                     .match(QString::fromLatin1(duration.body))
                     .hasMatch(),
                 duration.body.constData());
        const Reply stop = get("/my/conference/sales/record&stop");
        QCOMPARE(stop.status, 200);
        QVERIFY2(stop.body.contains(QByteArray("Stopped recording file " + file)), stop.body.constData());
        QCOMPARE(get("/my/conference/sales/record&status").body, wrap("NO_RECORDING"));
        QCOMPARE(get("/my/conference/sales/record&duration").body, QByteArray());
        QCOMPARE(get("/my/conference/sales/record&rewind").body,
                 wrap("ERROR: Incorect \"action\" parameter"));
    }

    void kickAll()
    {
        // A REST-started recording that is still running when the conference ends is delivered
        // by sipxrecording's ConfRecordThread, so its file is gone afterwards (§5.4).
        QCOMPARE(get("/my/conference/support/record").status, 200);
        QCOMPARE(get("/my/conference/support/record&status").body, wrap("IN_PROGRESS"));
        const Reply r = get("/my/conference/support/kick&all");
        QCOMPARE(r.status, 200);
        QVERIFY2(r.body.startsWith("<command-response>+OK kicked "), r.body.constData());
        QCOMPARE(r.body.count("+OK kicked "), 4); // `all` skips the recording node
        QTRY_COMPARE_WITH_TIMEOUT(memberCount(u"support"_s), 0, 5000);
        QCOMPARE(get("/my/conference/support/record&status").body, wrap("NO_RECORDING"));
    }

    void faults_data()
    {
        QTest::addColumn<int>("fault");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("error") << int(sim::BackendFault::Error) << QByteArray("ERROR: Connection refused");
        QTest::newRow("empty") << int(sim::BackendFault::Empty) << QByteArray();
        QTest::newRow("exception") << int(sim::BackendFault::Exception)
                                   << QByteArray("<command-exception>Timeout waiting for FreeSWITCH"
                                                 "</command-exception>\n");
    }

    void faults()
    {
        QFETCH(int, fault);
        QFETCH(QByteArray, body);
        m_sim->setFault(sim::BackendFault(fault));
        const Reply r = get("/my/conference/sales/xml_list");
        const Reply rec = get("/my/conference/sales/record&status");
        const Reply invite = get("/my/conference/sales/invite&301");  // sipXconfig itself: unaffected
        const Reply list = get("/my/conferences");                    // not the command route
        const Reply notFound = get("/my/conference/nosuch/xml_list"); // checks come first
        m_sim->setFault(sim::BackendFault::None);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, body);
        QCOMPARE(rec.body, body);
        QCOMPARE(invite.body, QByteArray("<command-response>Invitation sent</command-response>"));
        QVERIFY(list.body.startsWith("<conferences>"));
        QCOMPARE(notFound.status, 404);
        QVERIFY(get("/my/conference/sales/xml_list").body.startsWith("<command-response><?xml"));
    }

    void faultTimeout()
    {
        m_sim->setFault(sim::BackendFault::Timeout);
        Call c;
        c.path = "/my/conference/sales/xml_list";
        c.transferTimeoutMs = 1500;
        const Reply r = request(m_sim.get(), c);
        m_sim->setFault(sim::BackendFault::None);
        QVERIFY(r.finished);
        QVERIFY2(r.error == QNetworkReply::OperationCanceledError || r.error == QNetworkReply::TimeoutError,
                 qPrintable(QString::number(r.error)));
        QCOMPARE(r.status, 0);
        // The abandoned request is forgotten once the client has gone.
        QTRY_VERIFY_WITH_TIMEOUT(m_handled.contains(0), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(m_sim->hungRequestCount(), 0, 5000);
    }

    void faultTimeoutAbortsAfterTheHangLimit()
    {
        // A client that waits longer than the hang limit sees its connection closed, unanswered.
        sim::SimulatorOptions o = baseOptions();
        o.fault = sim::BackendFault::Timeout;
        o.hangLimitMs = 300;
        sim::Simulator parked(o);
        QString error;
        QVERIFY2(parked.start(&error), qPrintable(error));
        QSignalSpy handled(&parked, &sim::Simulator::requestHandled);
        Call c;
        c.path = "/my/conference/sales/xml_list";
        c.transferTimeoutMs = 20000;
        QTimer probe;
        int sawParked = 0;
        connect(&probe, &QTimer::timeout, this,
                [&] { sawParked = std::max(sawParked, parked.hungRequestCount()); });
        probe.start(20);
        const Reply r = request(&parked, c);
        probe.stop();
        QVERIFY(r.finished);
        QCOMPARE(r.status, 0);
        QVERIFY(r.error != QNetworkReply::NoError);
        QVERIFY2(r.error != QNetworkReply::OperationCanceledError,
                 "the server closed it, not the client's timeout");
        QCOMPARE(sawParked, 1);
        QCOMPARE(parked.hungRequestCount(), 0);
        QVERIFY(!handled.isEmpty());
        QCOMPARE(handled.last().at(2).toInt(), 0);
    }

    void latency()
    {
        get("/my/conferences"); // warm up (certificate, first challenge)
        m_sim->setLatencyMs(400);
        Call c;
        c.path = "/my/conference/sales/list&count";
        c.authorization = "Basic " + QByteArray("alice:wonderland").toBase64(); // one round trip
        const Reply r = request(m_sim.get(), c);
        m_sim->setLatencyMs(0);
        QCOMPARE(r.status, 200);
        QVERIFY2(r.elapsedMs >= 400, qPrintable(QString::number(r.elapsedMs)));
    }

    void dropRate()
    {
        m_sim->setDropRate(1.0);
        m_handled.clear();
        Call c;
        c.path = "/my/conferences";
        c.authorization = "Basic " + QByteArray("alice:wonderland").toBase64();
        const Reply r = request(m_sim.get(), c);
        m_sim->setDropRate(0);
        QVERIFY(r.finished);
        QCOMPARE(r.status, 0);
        QVERIFY2(r.error != QNetworkReply::NoError, "the connection was not closed");
        QVERIFY(m_handled.contains(0));
        QCOMPARE(request(m_sim.get(), c).status, 200);
    }

    void requestHandledSignal()
    {
        QSignalSpy spy(m_sim.get(), &sim::Simulator::requestHandled);
        Call c;
        c.path = "/my/conference/sales/list&count";
        QCOMPARE(request(m_sim.get(), c).status, 200);
        QCOMPARE(spy.size(), 2); // 401 challenge, then the answer
        QCOMPARE(spy.at(0).at(2).toInt(), 401);
        QCOMPARE(spy.at(1).at(0).toByteArray(), QByteArray("GET"));
        QCOMPARE(spy.at(1).at(1).toByteArray(),
                 QByteArray("/sipxconfig/rest/my/conference/sales/list&count"));
        QCOMPARE(spy.at(1).at(2).toInt(), 200);
    }
};

QTEST_GUILESS_MAIN(tst_RestFacadeCommands)
#include "tst_restfacadecommands.moc"
