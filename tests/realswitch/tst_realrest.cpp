// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// REST through the simulator's sipxrecording relay to a real FreeSWITCH: RestClient, poller and confctl.
#include "core/model/participantmodel.h"
#include "core/rest/restclient.h"
#include "core/sources/conferencepoller.h"
#include "realswitch.h"
#include "simsupport.h"
#include "testdata.h"

#include <QAbstractItemModelTester>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace cc;
using namespace realswitch;
using namespace Qt::Literals::StringLiterals;

namespace {
const QString kSales = u"sales"_s;

struct Run
{
    int exitCode = -1;
    QProcess::ExitStatus exitStatus = QProcess::CrashExit;
    QByteArray out;
    QByteArray err;
};
} // namespace

class tst_RealRest final : public QObject
{
    Q_OBJECT

    std::unique_ptr<Session> s; ///< direct event socket: setup and read-back
    std::unique_ptr<sim::Simulator> m_sim;
    std::unique_ptr<RestClient> m_client;
    quint32 m_asa = 0; ///< silent, not a moderator
    Participant m_asaBefore;

    quint32 idByName(const QString &name)
    {
        if (const auto snap = s->snapshot(kSales))
            for (const Participant &p : snap->members)
                if (p.callerIdName == name)
                    return p.id;
        return 0;
    }
    Participant asa() { return s->member(kSales, m_asa).value_or(Participant{}); }

    /// One command over REST (the relay runs it on the switch); the raw exchange.
    RestResult exchange(const QString &conference, const ConferenceCommand &command)
    {
        RestResult result;
        result.errorString = u"no answer within 30 s"_s;
        result.error = TransportError::Timeout;
        const std::optional<QString> segment = command.restSegment();
        if (!command.isValid() || !segment)
            return result;
        bool done = false;
        QObject guard;
        m_client->runCommand(conference, *segment, command.isRetryable(), &guard, [&](const RestResult &r) {
            result = r;
            done = true;
        });
        (void)QTest::qWaitFor([&] { return done; }, 30000);
        return result;
    }
    /// exchange() classified as the console does; every answer is logged, a 200 body outside the
    /// sipXconfig wrapper with a warning.
    CommandOutcome run(const ConferenceCommand &command, const QString &conference = kSales)
    {
        const RestResult r = exchange(conference, command);
        const CommandOutcome o = classifyCommandResponse(r, command.name());
        qInfo().noquote() << "  " << r.method << r.url.path() << "->" << r.httpStatus << kindName(o.kind)
                          << "|" << o.payload.trimmed().left(120) << "|" << o.message;
        if (r.httpStatus == 200 && !wrapped(r))
            qWarning() << "  not wrapped:" << r.body.left(200);
        return o;
    }
    static bool wrapped(const RestResult &r)
    {
        return r.body.startsWith("<command-response>") && r.body.trimmed().endsWith("</command-response>");
    }

    QString confctlBinary() const { return testsupport::builtProgram(u"confctl"_s); }
    /// confctl over HTTPS with the simulator's certificate pinned, password on stdin; waits with
    /// the event loop running so the in-process relay keeps answering.
    Run confctl(const QStringList &args)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"CONFCTL_PASSWORD"_s);
        env.insert(u"QT_LOGGING_RULES"_s, u"*.info=false;*.debug=false"_s);
        process.setProcessEnvironment(env);
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(confctlBinary(), QStringList{u"--url"_s, m_sim->baseUrl().toString(), u"--user"_s,
                                                   u"alice"_s, u"--password-stdin"_s, u"--pin-cert"_s,
                                                   m_sim->certificateSha256(), u"--timeout"_s, u"20"_s} +
                                           args);
        process.write("wonderland\n");
        process.closeWriteChannel();
        Run r;
        if (!finished.wait(45000)) {
            process.kill();
            finished.wait(5000);
            return r;
        }
        r.exitCode = process.exitCode();
        r.exitStatus = process.exitStatus();
        r.out = process.readAllStandardOutput();
        r.err = process.readAllStandardError();
        qInfo().noquote() << "  confctl" << args.join(u' ') << "-> exit" << r.exitCode << "\n"
                          << QString::fromUtf8(r.out) << QString::fromUtf8(r.err);
        return r;
    }

private slots:
    void initTestCase()
    {
        REALSWITCH_REQUIRE();
        s = std::make_unique<Session>();
        QVERIFY2(s->connected(),
                 "event socket answered but authentication failed (REALSWITCH_ESL_PASSWORD?)");
        QVERIFY2(s->snapshot(kSales), "conference sales is not running (scripts/real-switch scenario)");
        m_asa = idByName(u"Åsa Öberg"_s);
        QVERIFY(m_asa);
        m_asaBefore = asa();

        sim::SimulatorOptions o;
        o.activity.enabled = false;
        o.upstreamEslHost = u"127.0.0.1"_s;
        o.upstreamEslPort = eslPort();
        o.upstreamEslPassword = eslPassword();
        m_sim = testsupport::startSimulator(o);
        QVERIFY(m_sim);
        m_client = std::make_unique<RestClient>();
        m_client->setConfig(testsupport::simulatorConfig(*m_sim));
    }
    void cleanupTestCase()
    {
        if (s && m_asa) { // leave Åsa as the scenario made her
            const QString id = QString::number(m_asa);
            (void)s->body(u"conference sales unmute "_s + id);
            (void)s->body(u"conference sales undeaf "_s + id);
            (void)s->body(u"conference sales energy "_s + id + u' ' + QString::number(m_asaBefore.energy));
            (void)s->body(u"conference sales volume_in "_s + id + u' ' +
                          QString::number(m_asaBefore.volumeIn));
            (void)s->body(u"conference sales unlock"_s);
        }
        m_client.reset();
        m_sim.reset();
        s.reset();
    }

    void memberCommandsOverRest()
    {
        const QString id = QString::number(m_asa);
        const RestResult raw = exchange(kSales, ConferenceCommand::mute(id));
        QCOMPARE(raw.httpStatus, 200);
        QVERIFY2(wrapped(raw), raw.body.constData());
        CommandOutcome o = classifyCommandResponse(raw, u"mute"_s);
        QCOMPARE(o.kind, ResponseKind::Success);
        QCOMPARE(o.payload.trimmed(), u"+OK mute "_s + id);
        QVERIFY(!asa().canSpeak);

        o = run(ConferenceCommand::unmute(id));
        QVERIFY(o.ok());
        QCOMPARE(o.payload.trimmed(), u"+OK unmute "_s + id);
        QVERIFY(asa().canSpeak);

        o = run(ConferenceCommand::deaf(id));
        QVERIFY(o.ok());
        QCOMPARE(o.payload.trimmed(), u"+OK deaf "_s + id);
        QVERIFY(!asa().canHear);
        o = run(ConferenceCommand::undeaf(id));
        QVERIFY(o.ok());
        QCOMPARE(o.payload.trimmed(), u"+OK undeaf "_s + id);
        QVERIFY(asa().canHear);

        o = run(ConferenceCommand::energy(id, u"300"_s));
        QVERIFY2(o.ok(), qPrintable(o.message)); // 1.10.12: "Energy N = 300", no +OK
        QCOMPARE(o.payload.trimmed(), u"Energy "_s + id + u" = 300"_s);
        QCOMPARE(asa().energy, 300);
        o = run(ConferenceCommand::energy(id));
        QVERIFY2(o.ok(), qPrintable(o.message));
        QVERIFY(o.payload.contains(u"= 300"_s));

        o = run(ConferenceCommand::volumeIn(id, u"2"_s));
        QVERIFY(o.ok());
        QCOMPARE(o.payload.trimmed(), u"+OK Volume IN "_s + id + u" = 2"_s);
        QCOMPARE(asa().volumeIn, 2);

        QVERIFY(run(ConferenceCommand::energy(id, QString::number(m_asaBefore.energy))).ok());
        QVERIFY(run(ConferenceCommand::volumeIn(id, QString::number(m_asaBefore.volumeIn))).ok());
        QCOMPARE(asa().energy, m_asaBefore.energy);
        QCOMPARE(asa().volumeIn, m_asaBefore.volumeIn);
    }

    void kickOverRest()
    {
        const quint32 added = s->addMember(kSales, u"silent"_s, u"Kick Me"_s, u"+111"_s);
        QVERIFY(added);
        const QString id = QString::number(added);
        const RestResult raw = exchange(kSales, ConferenceCommand::kick(id));
        QCOMPARE(raw.httpStatus, 200);
        QVERIFY2(wrapped(raw), raw.body.constData());
        const CommandOutcome o = classifyCommandResponse(raw, u"kick"_s);
        QVERIFY(o.ok());
        QCOMPARE(o.payload.trimmed(), u"+OK kicked "_s + id);
        QTRY_VERIFY(!s->member(kSales, added));
    }

    void badIdIsAFreeSwitchError()
    {
        for (const ConferenceCommand &command :
             {ConferenceCommand::mute(u"999"_s), ConferenceCommand::kick(u"999"_s)}) {
            const RestResult raw = exchange(kSales, command);
            QCOMPARE(raw.httpStatus, 200);
            QVERIFY2(wrapped(raw), raw.body.constData());
            const CommandOutcome o = classifyCommandResponse(raw, command.name());
            QCOMPARE(o.kind, ResponseKind::FreeSwitchError);
            QCOMPARE(o.payload.trimmed(), u"-ERR Non-Existant ID 999"_s);
        }
        const CommandOutcome energy = run(ConferenceCommand::energy(u"999"_s, u"200"_s));
        QCOMPARE(energy.kind, ResponseKind::FreeSwitchError);
    }

    void conferenceCommandsOverRest()
    {
        CommandOutcome o = run(ConferenceCommand::lock());
        QVERIFY(o.ok());
        QCOMPARE(o.payload.trimmed(), u"+OK sales locked"_s);

        const RestResult xml = exchange(kSales, ConferenceCommand::xmlList());
        QCOMPARE(xml.httpStatus, 200);
        QVERIFY2(wrapped(xml), xml.body.left(200).constData());
        QCOMPARE(classifyCommandResponse(xml, u"xml_list"_s).kind, ResponseKind::Success);
        const auto inner = commandResponseInner(xml.body);
        QVERIFY(inner);
        const auto parsed = parseXmlList(*inner);
        QVERIFY(parsed.ok() && !parsed.value.isEmpty());
        QCOMPARE(parsed.value.first().name, kSales);
        QVERIFY(parsed.value.first().locked);
        QVERIFY(parsed.value.first().members.size() >= 5);
        bool seenAsa = false;
        for (const Participant &p : parsed.value.first().members)
            seenAsa = seenAsa || (p.id == m_asa && p.callerIdName == u"Åsa Öberg"_s);
        QVERIFY(seenAsa);

        o = run(ConferenceCommand::unlock());
        QVERIFY(o.ok());
        QCOMPARE(o.payload.trimmed(), u"+OK sales unlocked"_s);
        QVERIFY(!s->snapshot(kSales)->locked);

        o = run(ConferenceCommand::list());
        QVERIFY(o.ok());
        int rows = 0;
        bool listsAsa = false;
        for (const QString &line : o.payload.split(u'\n')) {
            rows += line.count(u';') > 5 ? 1 : 0;
            listsAsa = listsAsa || line.startsWith(QString::number(m_asa) + u';');
        }
        QVERIFY2(rows >= 5, qPrintable(o.payload));
        QVERIFY(listsAsa);

        o = run(ConferenceCommand::list(), u"support"_s);
        QVERIFY(o.ok());
    }

    void pollerAndModelThroughRelay()
    {
        ConferencePoller poller(m_client.get(), kSales);
        poller.setInterval(ConferencePoller::kMinIntervalMs);
        ParticipantModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy failures(&poller, &ConferenceSource::pollFailed);
        QSignalSpy relayed(m_sim.get(), &sim::Simulator::requestHandled);
        QSet<QString> talkers;
        connect(&poller, &ConferencePoller::snapshotReceived, &model, [&](const ConferenceSnapshot &snap) {
            model.applySnapshot(snap);
            for (const Participant &p : snap.members)
                if (p.talking)
                    talkers.insert(p.callerIdName);
        });
        poller.start();
        QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() >= 5, 10000);
        const int row = model.rowForMember(m_asa);
        QVERIFY(row >= 0);
        QCOMPARE(model.index(row, ParticipantModel::NameColumn).data().toString(), u"Åsa Öberg"_s);
        QTRY_VERIFY_WITH_TIMEOUT(talkers.contains(u"Zoë Müller"_s) && talkers.contains(u"Ștefan Ionescu"_s),
                                 20000);
        qInfo() << "  seen talking:" << talkers << "after" << poller.pollCount() << "polls";
        QVERIFY(!talkers.contains(u"Åsa Öberg"_s));
        QCOMPARE(failures.count(), 0);
        bool viaRelay = false;
        for (const QList<QVariant> &args : relayed)
            viaRelay =
                viaRelay || (args.at(1).toByteArray().contains("xml_list") && args.at(2).toInt() == 200);
        QVERIFY(viaRelay);
        poller.stop();
    }

    void confctlShowAndMute()
    {
        // scripts/test-real-switch builds confctl with these tests.
        QVERIFY2(!confctlBinary().isEmpty(), "confctl is built beside the tests");
        const Run show = confctl({u"show"_s, kSales});
        QCOMPARE(show.exitStatus, QProcess::NormalExit);
        QCOMPARE(show.exitCode, 0);
        const QString out = QString::fromUtf8(show.out);
        QVERIFY(out.contains(u"Conference: sales"_s));
        QVERIFY(out.contains(u"Zoë Müller"_s));
        QVERIFY(out.contains(u"+4930123456"_s));
        bool asaRow = false;
        for (const QString &line : out.split(u'\n'))
            if (line.contains(u"Åsa Öberg"_s)) {
                asaRow = true;
                QVERIFY2(line.trimmed().startsWith(QString::number(m_asa)), qPrintable(line));
                QVERIFY2(!line.contains(u"muted"_s), qPrintable(line));
            }
        QVERIFY(asaRow);

        const QString id = QString::number(m_asa);
        const Run mute = confctl({kSales, u"mute"_s, id});
        QCOMPARE(mute.exitCode, 0);
        QCOMPARE(mute.out.trimmed(), "+OK mute " + id.toUtf8());
        QVERIFY(!asa().canSpeak);
        QVERIFY(run(ConferenceCommand::unmute(id)).ok());
        QVERIFY(asa().canSpeak);
    }
};

QTEST_MAIN(tst_RealRest)
#include "tst_realrest.moc"
