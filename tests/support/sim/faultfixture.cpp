// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Fault-matrix fixture: console views (client, poller, model) against simulators on one fixed port.
#include "faultfixture.h"

#include "httpd/httpserver.h"
#include "simsupport.h"

#include <QFile>
#include <QTcpServer>
#include <QTest>

namespace testsupport {

Watch::Watch(const cc::ServerConfig &config, const QString &conference, int intervalMs)
{
    client.setConfig(config);
    poller = std::make_unique<cc::ConferencePoller>(&client, conference);
    poller->setInterval(intervalMs);
    QObject::connect(poller.get(), &cc::ConferencePoller::snapshotReceived, &model,
                     [this](const cc::ConferenceSnapshot &s) {
                         ++snapshots;
                         model.applySnapshot(s);
                     });
    QObject::connect(poller.get(), &cc::ConferencePoller::staleChanged, &model,
                     [this](bool stale) { model.setStale(stale); });
    QObject::connect(poller.get(), &cc::ConferencePoller::pollFailed, &model,
                     [this](const cc::CommandOutcome &o) {
                         ++failures;
                         failed << o;
                         backoffs << poller->currentBackoffMs();
                     });
    QObject::connect(poller.get(), &cc::ConferencePoller::pollingHalted, &model,
                     [this](const cc::CommandOutcome &) { ++halted; });
}

Watch::~Watch()
{
    poller.reset();
}

void FaultMatrixFixture::initTestCase()
{
    m_matrixTimer.start();
    QVERIFY(m_dir.isValid());
    const httpd::SelfSignedIdentity id = httpd::generateSelfSigned(QStringLiteral("127.0.0.1"));
    QVERIFY(!id.certificate.isNull());
    m_certFile = m_dir.filePath(QStringLiteral("cert.pem"));
    m_keyFile = m_dir.filePath(QStringLiteral("key.pem"));
    QFile cert(m_certFile);
    QVERIFY(cert.open(QIODevice::WriteOnly));
    cert.write(id.certificate.toPem());
    cert.close();
    QFile key(m_keyFile);
    QVERIFY(key.open(QIODevice::WriteOnly));
    key.write(id.key.toPem());
    key.close();
    m_fingerprint = httpd::sha256Fingerprint(id.certificate);
    // Pick a free port once; every simulator of this suite listens there.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    m_port = probe.serverPort();
    probe.close();
}

void FaultMatrixFixture::init()
{
    m_handled.clear();
    m_caseTimer.start();
}

void FaultMatrixFixture::cleanup()
{
    qInfo("%s %s: %lld ms", QTest::currentTestFunction(),
          QTest::currentDataTag() ? QTest::currentDataTag() : "", qint64(m_caseTimer.elapsed()));
}

void FaultMatrixFixture::cleanupTestCase()
{
    qInfo("fault matrix: %d poll fault cases in %lld ms", m_faultCases, qint64(m_matrixTimer.elapsed()));
}

std::unique_ptr<sim::Simulator> FaultMatrixFixture::startSim(const QString &scenarioFile)
{
    sim::SimulatorOptions o;
    o.port = m_port; // fixed: a restarted server comes back on the same address
    o.certFile = m_certFile;
    o.keyFile = m_keyFile;
    o.activity.enabled = false;
    o.scenarioFile = scenarioFile;
    auto s = startSimulator(o);
    if (s) {
        connect(s.get(), &sim::Simulator::requestHandled, this,
                [this](const QByteArray &m, const QByteArray &t, int status) {
                    m_handled << Handled{m, t, status};
                });
    }
    return s;
}

cc::ServerConfig FaultMatrixFixture::config(const sim::Simulator &s, int timeoutMs) const
{
    cc::ServerConfig c = simulatorConfig(s, false);
    c.pinnedSha256 = {m_fingerprint}; // computed from the file, not taken from the server
    c.timeoutMs = timeoutMs;
    return c;
}

int FaultMatrixFixture::hits(const QByteArray &targetPart) const
{
    return int(std::count_if(m_handled.cbegin(), m_handled.cend(),
                             [&](const Handled &h) { return h.target.contains(targetPart); }));
}

void FaultMatrixFixture::degradeAndRecover(Watch &w, const std::function<void()> &breakIt,
                                           const std::function<void()> &fixIt, const char *label)
{
    ++m_faultCases;
    w.poller->start();
    QTRY_VERIFY_WITH_TIMEOUT(w.snapshots >= 1 && w.model.rowCount() > 0, kWaitMs);
    const int rows = w.model.rowCount();
    const QList<quint32> members = w.model.memberIds();
    QVERIFY(!w.model.isStale());

    breakIt();
    // Two failures show the back-off growing; the data stays, marked stale.
    QTRY_VERIFY2_WITH_TIMEOUT(w.failures >= 2, label, kWaitMs);
    QVERIFY2(w.backoffs.at(1) > w.backoffs.at(0), label);
    QVERIFY2(w.backoffs.at(0) >= cc::ConferencePoller::kFirstBackoffMs, label);
    QTRY_VERIFY2_WITH_TIMEOUT(w.poller->isStale() && w.model.isStale(), label, kWaitMs);
    QCOMPARE(w.model.rowCount(), rows);
    QCOMPARE(w.model.memberIds(), members);
    QVERIFY(w.poller->isRunning());
    QCOMPARE(w.halted, 0);
    QVERIFY(!w.poller->isRequestInFlight() || w.poller->currentBackoffMs() > 0);

    const int snapshotsBefore = w.snapshots;
    fixIt();
    QTRY_VERIFY2_WITH_TIMEOUT(w.snapshots > snapshotsBefore, label, kWaitMs);
    QTRY_VERIFY2_WITH_TIMEOUT(!w.poller->isStale() && !w.model.isStale(), label, kWaitMs);
    QCOMPARE(w.poller->currentBackoffMs(), 0);
    QCOMPARE(w.model.memberIds(), members);
}

} // namespace testsupport
