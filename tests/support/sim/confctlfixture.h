// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// confctl fixture: the built confctl binary run against an in-process bridge simulator.
#pragma once

#include "sim/simulator.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QProcess>
#include <QTemporaryDir>

#include <memory>

namespace testsupport {

/// What one confctl run printed and how it ended.
struct ConfCtlRun
{
    int exitCode = -1;
    QProcess::ExitStatus exitStatus = QProcess::CrashExit;
    QByteArray out;
    QByteArray err;

    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

/// QTest runs the slots below for every suite that derives from the fixture: the built-in
/// scenario plus an empty conference of alice's ("empty", 3009), with the activity model off so
/// talking flags change only when a test says so.
class ConfCtlFixture : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

protected:
    /// CONFCTL_URL / _USER / _PASSWORD for the simulator; a null password leaves it unset.
    QProcessEnvironment environment(const QString &user = QStringLiteral("alice"),
                                    const QString &password = QStringLiteral("wonderland")) const;
    /// `args` after --pin-cert <the simulator's certificate> --timeout 10.
    QStringList pinned(const QStringList &args) const;
    /// Starts confctl and waits for it with the event loop running, so the in-process simulator
    /// keeps answering. A run that does not end within a minute is killed (exitCode -1).
    ConfCtlRun run(const QStringList &args, const QString &user = QStringLiteral("alice"),
                   const QString &password = QStringLiteral("wonderland"), const QByteArray &stdinData = {});
    /// The member id of the participant called `name` in `conference`, read through confctl.
    quint32 memberId(const QString &conference, const QString &name);

    std::unique_ptr<sim::Simulator> m_sim;
    QTemporaryDir m_dir;
    QString m_binary;
};

} // namespace testsupport
