// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// RestFacade fixture: one HTTPS simulator per suite and a QNetworkAccessManager client for it.
#pragma once

#include "sim/bridgeengine.h"
#include "sim/simulator.h"

#include <QNetworkReply>
#include <QTemporaryDir>

#include <memory>

namespace testsupport {

struct Reply
{
    bool finished = false;
    int status = 0;
    QByteArray reason;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QList<QNetworkReply::RawHeaderPair> headers;
    int authPrompts = 0;
    qint64 elapsedMs = 0;

    QByteArray header(const QByteArray &name) const;
};

struct Call
{
    QByteArray method = "GET";
    QByteArray path; ///< raw, appended to /sipxconfig/rest
    QString user = QStringLiteral("alice");
    QString password = QStringLiteral("wonderland");
    QByteArray accept;
    QByteArray body;
    QByteArray contentType;
    QByteArray authorization; ///< preset header (Basic)
    int transferTimeoutMs = 0;
    int waitMs = 20000;
};

/// QTest runs the slots below for every suite that derives from the fixture.
class RestFacadeFixture : public QObject
{
    Q_OBJECT

private slots:
    /// The built-in scenario plus "empty" (alice's, nobody in it) and "orphan" (no owner),
    /// served over HTTPS with the activity model off.
    void initTestCase();
    void cleanupTestCase() { m_sim.reset(); }

protected:
    sim::SimulatorOptions baseOptions() const;
    Reply request(sim::Simulator *sim, const Call &call);
    Reply get(const QByteArray &path, const QString &user = QStringLiteral("alice"),
              const QString &password = QStringLiteral("wonderland"));
    QByteArray api(sim::Simulator *sim, const QString &line);
    /// Member ids of a conference (plain list: "id;channel;uuid;name;number;flags;…").
    QList<quint32> memberIds(const QString &conf);
    int memberCount(const QString &conf) { return int(memberIds(conf).size()); }

    std::unique_ptr<sim::Simulator> m_sim;
    QTemporaryDir m_dir;
    QString m_scenarioPath;
    QList<int> m_handled; ///< status of every request m_sim handled
};

} // namespace testsupport
