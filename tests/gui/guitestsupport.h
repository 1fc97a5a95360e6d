// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Setup shared by the GUI suites: a quiet simulator, alice's profile for it, widget look-up.
#pragma once

#include "gui/window/translations.h"
#include "gui/connection/connectionprofile.h"
#include "sim/simulator.h"

#include <QCoreApplication>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QString>
#include <QTest>
#include <QWidget>

#include <memory>

namespace guitest {

/// QSettings of this suite only: an INI file under `dir`, nothing of the user's or of other suites.
inline void isolateSettings(const QString &applicationName, const QString &dir)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ConferenceConsoleTests"));
    QCoreApplication::setApplicationName(applicationName);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir);
    QSettings().clear();
}

/// Pictures to look at (never compared): $WIDGET_SHOTS, or a folder in the temp directory.
inline QString shotDir()
{
    const QString dir = qEnvironmentVariable(
        "WIDGET_SHOTS", QDir::temp().filePath(QStringLiteral("conference-console-widget-shots")));
    QDir().mkpath(dir);
    return dir;
}

/// The console as it starts in English: the source texts with the English plural forms
/// ("5 members", not "5 member(s)").
inline void installEnglish()
{
    static gui::Translations english;
    english.install(QLocale(QLocale::English));
}

/// HTTPS on a free loopback port, nobody talks unless a test says so. Null when it cannot start
/// (the reason is logged).
inline std::unique_ptr<sim::Simulator> startQuietSimulator()
{
    sim::SimulatorOptions options;
    options.tls = true;
    options.activity.enabled = false; // deterministic: nobody talks unless the test says so
    auto simulator = std::make_unique<sim::Simulator>(options);
    QString error;
    if (!simulator->start(&error)) {
        qWarning("simulator did not start: %s", qPrintable(error));
        return nullptr;
    }
    return simulator;
}

/// The scenario's user alice on `simulator`, its certificate pinned unless `pinned` is false.
/// pollIntervalMs 0 keeps the profile's default.
inline gui::ConnectionProfile aliceProfile(const sim::Simulator &simulator, const QString &name,
                                           int pollIntervalMs = 0, bool pinned = true)
{
    gui::ConnectionProfile profile;
    profile.name = name;
    profile.baseUrl = simulator.baseUrl();
    profile.user = QStringLiteral("alice");
    if (pollIntervalMs > 0)
        profile.pollIntervalMs = pollIntervalMs;
    if (pinned)
        profile.pinnedSha256 = {simulator.certificateSha256()};
    return profile;
}

/// The named child, or the test run stops: a missing widget is a broken form, not a failed check.
template <class T> T *requireChild(QObject *parent, const char *name)
{
    T *widget = parent->findChild<T *>(QString::fromLatin1(name));
    if (!widget)
        qFatal("missing child %s", name);
    return widget;
}

} // namespace guitest
