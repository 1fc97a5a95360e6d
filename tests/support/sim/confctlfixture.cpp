// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "confctlfixture.h"

#include "testdata.h"

#include "simsupport.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace testsupport {

void ConfCtlFixture::initTestCase()
{
    m_binary = builtProgram(u"confctl"_s);
    QVERIFY2(!m_binary.isEmpty(), "confctl is built beside the tests");
    QVERIFY(m_dir.isValid());

    QJsonObject root = builtInScenario();
    QVERIFY(!root.isEmpty());
    QJsonArray confs = root.value(u"conferences"_s).toArray();
    confs.append(QJsonObject{{u"name"_s, u"empty"_s}, {u"extension"_s, u"3009"_s}, {u"owner"_s, u"alice"_s}});
    root.insert(u"conferences"_s, confs);
    const QString scenario = m_dir.filePath(u"scenario.json"_s);
    QVERIFY(writeJson(scenario, root));

    sim::SimulatorOptions options;
    options.activity.enabled = false;
    options.scenarioFile = scenario;
    m_sim = std::make_unique<sim::Simulator>(options);
    QString error;
    QVERIFY2(m_sim->start(&error), qPrintable(error));
}

void ConfCtlFixture::cleanupTestCase()
{
    m_sim.reset();
}

QProcessEnvironment ConfCtlFixture::environment(const QString &user, const QString &password) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"CONFCTL_URL"_s, m_sim->baseUrl().toString());
    env.insert(u"CONFCTL_USER"_s, user);
    if (password.isNull())
        env.remove(u"CONFCTL_PASSWORD"_s);
    else
        env.insert(u"CONFCTL_PASSWORD"_s, password);
    env.insert(u"QT_LOGGING_RULES"_s, u"*.info=false;*.debug=false"_s);
    return env;
}

QStringList ConfCtlFixture::pinned(const QStringList &args) const
{
    return QStringList{u"--pin-cert"_s, m_sim->certificateSha256(), u"--timeout"_s, u"10"_s} + args;
}

ConfCtlRun ConfCtlFixture::run(const QStringList &args, const QString &user, const QString &password,
                               const QByteArray &stdinData)
{
    QProcess process;
    process.setProcessEnvironment(environment(user, password));
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(m_binary, args);
    if (!stdinData.isNull())
        process.write(stdinData);
    process.closeWriteChannel();
    ConfCtlRun r;
    if (!finished.wait(60000)) {
        process.kill();
        finished.wait(5000);
        return r;
    }
    r.exitCode = process.exitCode();
    r.exitStatus = process.exitStatus();
    r.out = process.readAllStandardOutput();
    r.err = process.readAllStandardError();
    return r;
}

quint32 ConfCtlFixture::memberId(const QString &conference, const QString &name)
{
    const ConfCtlRun r = run(pinned({u"--json"_s, u"show"_s, conference}));
    const QJsonArray members = r.json().value(u"conference"_s).toObject().value(u"members"_s).toArray();
    for (const QJsonValue &m : members) {
        if (m.toObject().value(u"name"_s).toString() == name)
            return quint32(m.toObject().value(u"id"_s).toInteger());
    }
    return 0;
}

} // namespace testsupport
