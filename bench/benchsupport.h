// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers shared by the benchmark programs (never part of the product).

#include "sim/bridgeengine.h"

#include <QByteArray>
#include <QObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace bench {

/// A varied caller: names in several scripts (non-ASCII on purpose), numbers, flags, energies.
sim::MemberSpec memberSpec(int index);

/// One `xml_list` document in FreeSWITCH's exact format, produced by the simulator engine
/// (BridgeEngine::addMember + api("conference bench xml_list")), plus the same document after
/// one member in the middle was muted. The engine's clocks are frozen, so the two documents
/// differ in that member only.
struct XmlListPair
{
    QByteArray base;
    QByteArray oneChanged;
    quint32 changedMemberId = 0;
};
XmlListPair generateXmlList(int members);

/// A conference-bridge-sim scenario: user alice/wonderland owning `conferences`, each with
/// `members` callers from memberSpec().
QByteArray scenarioJson(const QStringList &conferences, int members);

/// conference-bridge-sim in its own process on a free port, activity on or off; ready() once it
/// listens (base URL and certificate fingerprint parsed from its banner).
class SimProcess final : public QObject
{
    Q_OBJECT

public:
    SimProcess(const QString &executable, const QString &scenario, bool activity, QObject *parent = nullptr);
    ~SimProcess() override;
    QUrl baseUrl() const { return m_baseUrl; }
    QString sha256() const { return m_sha256; }
    qint64 pid() const { return m_process.processId(); }

signals:
    void ready();
    void failed(const QString &error);

private:
    void onOutput();

    QProcess m_process;
    QByteArray m_output;
    QUrl m_baseUrl;
    QString m_sha256;
    bool m_ready = false;
};

/// CPU seconds (user + system) of another process, from /proc/<pid>/stat; -1 when unknown.
double processCpuSeconds(qint64 pid);

/// Process CPU time (user + system) of this process only, in seconds.
double cpuSeconds();
/// VmRSS of this process in KiB (from /proc/self/status), 0 when unknown.
qint64 residentKb();

/// One row of the summary table that scripts/bench collects: "@@ section | metric | value |
/// target | verdict". `verdict` is PASS, FAIL or "-" (no target).
void summary(const QString &section, const QString &metric, const QString &value,
             const QString &target = QStringLiteral("-"), const QString &verdict = QStringLiteral("-"));
inline QString verdict(bool ok)
{
    return ok ? QStringLiteral("PASS") : QStringLiteral("FAIL");
}

} // namespace bench
