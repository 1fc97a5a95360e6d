// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Fault-matrix fixture: console views (client, poller, model) against simulators on one fixed port.
#pragma once

#include "core/model/participantmodel.h"
#include "core/rest/restclient.h"
#include "core/sources/conferencepoller.h"
#include "sim/simulator.h"

#include <QElapsedTimer>
#include <QTemporaryDir>

#include <functional>
#include <memory>

namespace testsupport {

constexpr int kWaitMs = 20000; // upper bound for any QTRY; never a duration assertion

struct Handled
{
    QByteArray method;
    QByteArray target;
    int status = 0;
};

/// One console view of one conference: client, poller and model wired like the GUI does.
struct Watch
{
    cc::RestClient client;
    cc::ParticipantModel model;
    std::unique_ptr<cc::ConferencePoller> poller;
    int snapshots = 0;
    int failures = 0;
    int halted = 0;
    QList<int> backoffs; ///< currentBackoffMs() after each failure
    QList<cc::CommandOutcome> failed;

    Watch(const cc::ServerConfig &config, const QString &conference, int intervalMs = 500);
    ~Watch();
};

/// QTest runs the slots below for every suite that derives from the fixture.
class FaultMatrixFixture : public QObject
{
    Q_OBJECT

private slots:
    /// A certificate on disk and a free port for every simulator of the suite.
    void initTestCase();
    /// Timings for the log, never asserted.
    void cleanupTestCase();
    void init();
    void cleanup();

protected:
    /// A simulator on the fixed port with the fixed certificate; its requests land in m_handled.
    std::unique_ptr<sim::Simulator> startSim(const QString &scenarioFile = {});
    cc::ServerConfig config(const sim::Simulator &s, int timeoutMs = 15000) const;
    /// How many handled requests had `targetPart` in their target.
    int hits(const QByteArray &targetPart) const;
    /// Healthy -> broken -> healthy again, checking the console's behaviour at each stage.
    void degradeAndRecover(Watch &w, const std::function<void()> &breakIt, const std::function<void()> &fixIt,
                           const char *label);

    QTemporaryDir m_dir;
    QString m_certFile;
    QString m_keyFile;
    QString m_fingerprint;
    quint16 m_port = 0;
    QList<Handled> m_handled;
    QElapsedTimer m_matrixTimer;
    QElapsedTimer m_caseTimer;
    int m_faultCases = 0;
};

} // namespace testsupport
