// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The facade's sipxrecording relay (--upstream-esl): a simulator whose FreeSWITCH commands go to
// ANOTHER simulator's event socket (which speaks the real protocol) must answer the same bytes
// as that simulator's own REST facade; a switch that cannot be reached or refuses the password
// gives sipxrecording's empty body (sipxconfig-conference-rest.md §4.1).
#include "facadefixture.h"
#include "simsupport.h"
#include "testdata.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace testsupport;

class tst_FacadeRelay final : public RestFacadeFixture
{
    Q_OBJECT

private:
    /// The upstream "switch": same scenario, REST facade (the direct path) and event socket.
    std::unique_ptr<sim::Simulator> m_up;
    /// Relays to m_up's event socket.
    std::unique_ptr<sim::Simulator> m_relay;

    std::unique_ptr<sim::Simulator> startRelay(const QString &host, quint16 port, const QString &password,
                                               int timeoutMs = 60000)
    {
        sim::SimulatorOptions o = baseOptions();
        o.upstreamEslHost = host;
        o.upstreamEslPort = port;
        o.upstreamEslPassword = password;
        o.upstreamEslTimeoutMs = timeoutMs;
        auto relay = std::make_unique<sim::Simulator>(o);
        QString error;
        if (!relay->start(&error)) {
            qWarning() << "relay did not start:" << error;
            return nullptr;
        }
        return relay;
    }

    Reply via(sim::Simulator *sim, const QByteArray &path, const QString &user = u"alice"_s,
              const QString &password = u"wonderland"_s)
    {
        Call c;
        c.path = path;
        c.user = user;
        c.password = password;
        return request(sim, c);
    }

    /// A port nothing listens on (bound, read, closed).
    static quint16 closedPort()
    {
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost, 0))
            return 1;
        const quint16 port = probe.serverPort();
        probe.close();
        return port;
    }

    int upMembers(const QString &conf)
    {
        int n = 0;
        for (const QByteArray &line :
             engineApi(m_up->engine(), u"conference "_s + conf + u" list"_s).split('\n'))
            n += line.contains(';') ? 1 : 0;
        return n;
    }

private slots:
    void startBoth()
    {
        sim::SimulatorOptions o = baseOptions();
        o.eslPort = 0; // any free port
        m_up = std::make_unique<sim::Simulator>(o);
        QString error;
        QVERIFY2(m_up->start(&error), qPrintable(error));
        QVERIFY(m_up->eslPort() != 0);
        m_relay = startRelay(u"127.0.0.1"_s, m_up->eslPort(), u"ClueCon"_s);
        QVERIFY(m_relay);
        QCOMPARE(m_relay->options().upstreamEslPort, m_up->eslPort());
    }

    void sameBytesAsDirect_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::newRow("list") << "/my/conference/sales/list"_ba;
        QTest::newRow("list count") << "/my/conference/sales/list&count"_ba;
        QTest::newRow("delim") << "/my/conference/board/list&delim&%7C"_ba;
        QTest::newRow("unknown sub-command") << "/my/conference/sales/frobnicate"_ba;
        QTest::newRow("bad member") << "/my/conference/sales/mute&999"_ba;
        QTest::newRow("not running") << "/my/conference/empty/list"_ba;
        QTest::newRow("get") << "/my/conference/sales/get&max_members"_ba;
        QTest::newRow("record status") << "/my/conference/sales/record&status"_ba;
        QTest::newRow("record bad action") << "/my/conference/sales/record&pause"_ba;
        QTest::newRow("record duration none") << "/my/conference/sales/record&duration"_ba;
        QTest::newRow("details xml") << "/my/conferencedetails/sales"_ba;
        QTest::newRow("details not active") << "/my/conferencedetails/empty"_ba;
        QTest::newRow("404") << "/my/conference/nosuch/list"_ba;
        QTest::newRow("400") << "/my/conference/sales/&&"_ba;
        QTest::newRow("invite arity") << "/my/conference/sales/invite"_ba;
        QTest::newRow("inviteim unknown") << "/my/conference/sales/inviteim&nobody.im"_ba;
    }

    void sameBytesAsDirect()
    {
        QFETCH(QByteArray, path);
        const Reply direct = via(m_up.get(), path);
        const Reply relayed = via(m_relay.get(), path);
        QVERIFY(direct.finished && relayed.finished);
        QCOMPARE(relayed.status, direct.status);
        QCOMPARE(relayed.header("Content-Type"), direct.header("Content-Type"));
        QCOMPARE(relayed.body, direct.body);
    }

    void forbiddenStaysLocal()
    {
        const Reply r = via(m_relay.get(), "/my/conference/board/lock"_ba); // bob's
        QCOMPARE(r.status, 403);
        QVERIFY(via(m_up.get(), "/my/conferencedetails/board"_ba, u"bob"_s, u"builder"_s)
                    .body.contains("<locked>false</locked>"));
    }

    void commandsReachTheUpstreamEngine()
    {
        const Reply lock = via(m_relay.get(), "/my/conference/sales/lock"_ba);
        QCOMPARE(lock.status, 200);
        QCOMPARE(lock.header("Content-Type"), "text/plain; charset=ISO-8859-1"_ba);
        QCOMPARE(lock.body, wrap("+OK sales locked\n"));
        // The upstream engine changed: its own facade and the relay read the same lock.
        const Reply direct = via(m_up.get(), "/my/conferencedetails/sales"_ba);
        QVERIFY2(direct.body.contains("<locked>true</locked>"), direct.body.constData());
        QCOMPARE(via(m_relay.get(), "/my/conferencedetails/sales"_ba).body, direct.body);
        // A second lock answers the same through either path.
        QCOMPARE(via(m_relay.get(), "/my/conference/sales/unlock"_ba).body,
                 via(m_up.get(), "/my/conference/sales/lock"_ba).body.replace("locked", "unlocked"));
        QCOMPARE(via(m_relay.get(), "/my/conference/sales/unlock"_ba).body, wrap("+OK sales unlocked\n"));
    }

    void xmlListThroughRelay()
    {
        const Reply r = via(m_relay.get(), "/my/conference/sales/xml_list"_ba);
        QCOMPARE(r.status, 200);
        QVERIFY2(r.body.startsWith("<command-response><?xml version=\"1.0\"?>\n<conferences>"),
                 r.body.left(80));
        QVERIFY(r.body.endsWith("</command-response>\n"));
    }

    void jsonDetailsSame()
    {
        Call c;
        c.path = "/my/conferencedetails/support";
        c.accept = "application/json";
        const Reply direct = request(m_up.get(), c);
        const Reply relayed = request(m_relay.get(), c);
        QCOMPARE(relayed.status, 200);
        QCOMPARE(relayed.body, direct.body);
    }

    void recordThroughRelay()
    {
        QCOMPARE(via(m_relay.get(), "/my/conference/support/record&status"_ba).body, wrap("NO_RECORDING"));
        const Reply start = via(m_relay.get(), "/my/conference/support/record"_ba);
        QCOMPARE(start.status, 200);
        QCOMPARE(start.body, wrap("+OK Record file /tmp/freeswitch/recordings/support.wav\n"));
        // The upstream engine is recording now.
        QVERIFY(engineApi(m_up->engine(), u"conference support xml_list"_s).contains("recording_node"));
        QCOMPARE(via(m_relay.get(), "/my/conference/support/record&status"_ba).body, wrap("IN_PROGRESS"));
        QCOMPARE(via(m_relay.get(), "/my/conference/support/record&start"_ba).body, wrap("IN_PROGRESS"));
        QCOMPARE(via(m_relay.get(), "/my/conference/support/record&duration"_ba).body, wrap("0"));
        const Reply stop = via(m_relay.get(), "/my/conference/support/record&stop"_ba);
        QCOMPARE(stop.status, 200);
        QVERIFY2(stop.body.startsWith("<command-response>") && stop.body.contains("ecording"),
                 stop.body.constData());
        QCOMPARE(via(m_relay.get(), "/my/conference/support/record&status"_ba).body, wrap("NO_RECORDING"));
        QCOMPARE(via(m_relay.get(), "/my/conference/support/record&duration"_ba).body, QByteArray());
        // A conference the switch does not run: FreeSWITCH's words, and no recording is kept.
        const Reply notRunning = via(m_relay.get(), "/my/conference/empty/record"_ba);
        QCOMPARE(notRunning.body, via(m_up.get(), "/my/conference/empty/record"_ba).body);
        QCOMPARE(via(m_relay.get(), "/my/conference/empty/record&status"_ba).body, wrap("NO_RECORDING"));
    }

    void inviteSendsNothingToTheSwitch()
    {
        // §5.2: sipXconfig's SIP stack invites; FreeSWITCH is not asked. Nobody joins upstream.
        const int before = upMembers(u"sales"_s);
        const Reply r = via(m_relay.get(), "/my/conference/sales/invite&401"_ba);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, "<command-response>Invitation sent</command-response>"_ba);
        QTest::qWait(300); // ringDelayMs is 30
        QCOMPARE(upMembers(u"sales"_s), before);
    }

    void upstreamDown()
    {
        auto relay = startRelay(u"127.0.0.1"_s, closedPort(), u"ClueCon"_s);
        QVERIFY(relay);
        // §4.1: FreeSWITCH ESL down behind a running sipxrecording: 200, empty body.
        for (const QByteArray &path : {"/my/conference/sales/list"_ba, "/my/conference/sales/record"_ba,
                                       "/my/conference/sales/record&stop"_ba}) {
            const Reply r = via(relay.get(), path);
            QVERIFY2(r.finished, path.constData());
            QCOMPARE(r.status, 200);
            QCOMPARE(r.header("Content-Type"), "text/plain; charset=ISO-8859-1"_ba);
            QCOMPARE(r.body, QByteArray());
        }
        // Nothing was started, so nothing is in progress.
        QCOMPARE(via(relay.get(), "/my/conference/sales/record&status"_ba).body, wrap("NO_RECORDING"));
        // The details resource's XML-RPC connect failure: 500 error.connect (§4.1).
        const Reply details = via(relay.get(), "/my/conferencedetails/sales"_ba);
        QCOMPARE(details.status, 500);
        QCOMPARE(details.header("Content-Type"), "application/json"_ba);
        QCOMPARE(
            details.body,
            R"({"error":"error.connect","type":"org.sipfoundry.sipxconfig.freeswitch.api.FreeswitchApiConnectException"} )"_ba);
        // The facade's own checks come first and do not need the switch.
        QCOMPARE(via(relay.get(), "/my/conference/board/list"_ba).status, 403);
        QCOMPARE(via(relay.get(), "/my/conference/nosuch/list"_ba).status, 404);
        QCOMPARE(via(relay.get(), "/my/conference/sales/invite&401"_ba).body,
                 "<command-response>Invitation sent</command-response>"_ba);
    }

    void wrongPassword()
    {
        auto relay = startRelay(u"127.0.0.1"_s, m_up->eslPort(), u"NotClueCon"_s);
        QVERIFY(relay);
        const Reply r = via(relay.get(), "/my/conference/sales/lock"_ba);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, QByteArray());
        QVERIFY(via(m_up.get(), "/my/conferencedetails/sales"_ba).body.contains("<locked>false</locked>"));
        QCOMPARE(via(relay.get(), "/my/conferencedetails/sales"_ba).status, 500);
    }

    void upstreamSilent()
    {
        // A switch that accepts the password and then never answers an api command: after the
        // relay's timeout the facade answers sipxrecording's exception body (§4.1), once.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        connect(&silent, &QTcpServer::newConnection, this, [&silent] {
            while (QTcpSocket *socket = silent.nextPendingConnection()) {
                socket->write("Content-Type: auth/request\n\n");
                connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                    if (socket->readAll().startsWith("auth "))
                        socket->write("Content-Type: command/reply\nReply-Text: +OK accepted\n\n");
                });
            }
        });
        auto relay = startRelay(u"127.0.0.1"_s, silent.serverPort(), u"ClueCon"_s, 400);
        QVERIFY(relay);
        const Reply r = via(relay.get(), "/my/conference/sales/list"_ba);
        QVERIFY(r.finished);
        QCOMPARE(r.status, 200);
        QVERIFY2(r.body.startsWith("<command-exception>"), r.body.constData());
    }

    void cleanupTestCase()
    {
        m_relay.reset();
        m_up.reset();
        m_sim.reset();
    }
};

QTEST_MAIN(tst_FacadeRelay)
#include "tst_facaderelay.moc"
