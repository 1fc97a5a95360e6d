// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Shared setup for the REST troubleshooting suites (exchange log, console, XML viewer, dock,
// dialogs): settings and standard paths kept out of the user's, an optional bridge simulator
// with a matching server config, and small helpers (canned REST results, tree lookups, screenshots).
#pragma once

#include "../guitestsupport.h"
#include "core/rest/restclient.h"
#include "sim/simulator.h"

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QUrl>
#include <QWidget>

#include <memory>

namespace troubleshootingtest {

/// A GET xml_list exchange numbered n (in the URL, the body and the latency).
inline cc::RestResult fakeResult(int n, int status = 200)
{
    cc::RestResult r;
    r.method = "GET";
    r.url = QUrl(
        QStringLiteral("https://pbx.example.com/sipxconfig/rest/my/conference/sales/xml_list?n=%1").arg(n));
    r.httpStatus = status;
    r.reasonPhrase = status == 200 ? QByteArray("OK") : QByteArray("Not Found");
    r.body = "<command-response>body " + QByteArray::number(n) + "</command-response>";
    r.latencyMs = n;
    return r;
}

inline QTreeWidgetItem *findItem(QTreeWidget *tree, int column, const QString &text)
{
    for (QTreeWidgetItemIterator it(tree); *it; ++it) {
        if ((*it)->text(column) == text)
            return *it;
    }
    return nullptr;
}

/// Saves a picture of the widget to /tmp/trouble-<name>.png.
inline void shot(QWidget *widget, const QString &name)
{
    // Let pending layout requests run so the picture shows the settled widget.
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    widget->grab().save(QStringLiteral("/tmp/trouble-%1.png").arg(name));
}

/// Mixed into each suite after QObject (no Q_OBJECT here: AUTOMOC only sees the tst_*.cpp files).
/// The suite's initTestCase calls isolateSettings() and, if it needs a server, startSimulator();
/// its cleanupTestCase then calls stopSimulator().
class TroubleshootingFixture
{
protected:
    /// Audit trail, profiles: test locations only; QSettings in m_dir, empty.
    void isolateSettings(const QString &applicationName)
    {
        guitest::isolateSettings(applicationName, m_dir.path());
    }

    void startSimulator()
    {
        sim::SimulatorOptions options;
        options.activity.enabled = false;
        options.ringDelayMs = 10;
        m_sim = std::make_unique<sim::Simulator>(options);
        QString error;
        QVERIFY2(m_sim->start(&error), qPrintable(error));
    }

    void stopSimulator() { m_sim.reset(); }

    /// The simulator's address and certificate pin, user alice.
    cc::ServerConfig config(const QString &password = QStringLiteral("wonderland")) const
    {
        cc::ServerConfig c;
        c.baseUrl = m_sim->baseUrl();
        c.user = QStringLiteral("alice");
        c.password = password;
        c.pinnedSha256 = {m_sim->certificateSha256()};
        c.timeoutMs = 5000;
        return c;
    }

    std::unique_ptr<sim::Simulator> m_sim;
    QTemporaryDir m_dir;
};

} // namespace troubleshootingtest
