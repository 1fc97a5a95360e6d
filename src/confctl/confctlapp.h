// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/commands/commandresponse.h"
#include "core/model/participant.h"
#include "core/rest/restclient.h"

#include <QObject>
#include <QSslCertificate>
#include <QStringList>

#include <optional>

class QTimer;

namespace cc {
class AttendanceTracker;
class ConferencePoller;
} // namespace cc

namespace confctl {

class SigintWatcher;

/// Everything main() learnt from the command line and the environment.
struct Options
{
    cc::ServerConfig server;
    bool passwordFromStdin = false;
    bool json = false;
    QStringList positional; ///< verb and its arguments
};

/// One confctl run: reads the password if asked, performs the verb asynchronously and emits
/// finished() with the process exit code (exitcodes.h).
class ConfCtlApp final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfCtlApp)

public:
    explicit ConfCtlApp(const Options &options, QObject *parent = nullptr);
    ~ConfCtlApp() override;

    /// Call once the event loop runs.
    void start();

    /// Exit code for a classified exchange (exitcodes.h).
    static int exitCodeFor(const cc::CommandOutcome &outcome);
    /// Lower-case hex SHA-256 of the DER certificate (the form --pin-cert takes).
    static QString fingerprint(const QSslCertificate &certificate);

signals:
    void finished(int exitCode);

private:
    enum class Mode { Show, Watch, Report };

    void run();
    void runConferences();
    void runShow(const QString &conference);
    void runWatch(const QString &conference, int intervalMs);
    void runCommand(const QString &conference, const QStringList &words);
    void parseReport(const QStringList &arguments);
    void runReport(const QString &conference, qint64 forMs, int intervalMs, bool csv);
    /// Starts the ConferencePoller that show, watch and report read.
    void followConference(const QString &conference, int intervalMs);
    void onSnapshot(const cc::ConferenceSnapshot &snapshot);
    void onPollFailed(const cc::CommandOutcome &outcome);
    /// Prints the attendance report (text or CSV) and finishes with `exitCode`.
    void finishReport(int exitCode);
    void onInterrupted();
    static QString timeStamp();

    /// Prints a failed exchange in plain words and returns its exit code.
    int reportFailure(const cc::CommandOutcome &outcome, bool jsonPrinted = false);
    void fail(int exitCode, const QString &message);
    void stopAndFail(int exitCode, const QString &message);
    void finish(int exitCode);
    void printOut(const QString &text);
    void printErr(const QString &text);

    Options m_options;
    cc::RestClient *m_client = nullptr;
    cc::ConferencePoller *m_poller = nullptr;
    SigintWatcher *m_sigint = nullptr;
    Mode m_mode = Mode::Show;
    QString m_conference;
    cc::AttendanceTracker *m_tracker = nullptr; ///< set for "report" only
    bool m_reportCsv = false;
    bool m_reportSeen = false; ///< the conference answered at least once
    bool m_reportDue = false;  ///< the period is over: the next answer ends the report
    QSslCertificate m_untrusted;
    QSslCertificate m_peerCertificate; ///< of the last exchange that saw one
    bool m_finished = false;
};

} // namespace confctl
