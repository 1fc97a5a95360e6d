// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "confctlapp.h"

#include "core/commands/conferencecommand.h"
#include "core/insights/attendancetracker.h"
#include "core/parsers/parsers.h"
#include "core/sources/conferencepoller.h"
#include "exitcodes.h"
#include "output.h"
#include "sigintwatcher.h"
#include "stdinreader.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimer>

#include <optional>

#include <algorithm>
#include <cstdio>
#include <limits>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace confctl {

namespace {

// "Conference X not found" and "Non-Existant ID" mean the target does not exist (exit 4),
// whatever else FreeSWITCH said (freeswitch-conference.md §1.1, §1.3).
bool isNotFoundText(const QString &payload)
{
    static const QRegularExpression re(u"^(?:-ERR )?(?:Conference \\S.* not found\\.?$|Non-Exist[ae]nt )"_s,
                                       QRegularExpression::MultilineOption);
    return re.match(payload).hasMatch();
}

QString singleLine(const QString &text)
{
    return text.trimmed().replace(u'\n', u' ');
}

/// Seconds as typed ("2", "0.5") to milliseconds, or nullopt when not a number in [min, max]
/// (NaN included). Shared by watch --interval, report --for and report --interval.
std::optional<qint64> secondsToMs(const QString &text, double min, double max)
{
    bool ok = false;
    const double seconds = text.toDouble(&ok);
    if (!ok || !(seconds >= min && seconds <= max))
        return std::nullopt;
    return qint64(seconds * 1000);
}

} // namespace

ConfCtlApp::ConfCtlApp(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_client(new cc::RestClient(this))
{
    connect(
        m_client, &cc::RestClient::untrustedCertificate, this,
        [this](const QSslCertificate &certificate, const QList<QSslError> &) { m_untrusted = certificate; });
    // The certificate a refused TLS handshake presented, for the --pin-cert hint.
    connect(m_client, &cc::RestClient::exchangeFinished, this, [this](const cc::RestResult &result) {
        if (!result.peerCertificate.isNull())
            m_peerCertificate = result.peerCertificate;
    });
}

ConfCtlApp::~ConfCtlApp() = default;

QString ConfCtlApp::fingerprint(const QSslCertificate &certificate)
{
    if (certificate.isNull())
        return {};
    return QString::fromLatin1(
        QCryptographicHash::hash(certificate.toDer(), QCryptographicHash::Sha256).toHex());
}

int ConfCtlApp::exitCodeFor(const cc::CommandOutcome &outcome)
{
    switch (outcome.transportError) {
    case cc::TransportError::None:
        break;
    case cc::TransportError::Authentication:
        return ExitAuthentication;
    case cc::TransportError::ResponseTooLarge:
        return ExitServer;
    default: // TLS, timeout, refused, host not found, network, cancelled
        return ExitNetwork;
    }
    const int status = outcome.httpStatus;
    if (status == 401)
        return ExitAuthentication;
    if (status == 403)
        return ExitForbidden;
    if (status == 404 || status == 406) // 406 from conferencedetails: "found, but not active"
        return ExitNotFound;
    if (status == 400)
        return ExitUsage; // "No conference command specified" / "Incorect invite command"
    if (status < 200 || status >= 300)
        return ExitServer;
    switch (outcome.kind) {
    case cc::ResponseKind::Success:
        return ExitOk;
    case cc::ResponseKind::FreeSwitchError:
        return isNotFoundText(outcome.payload) ? ExitNotFound : ExitServer;
    case cc::ResponseKind::TransportFailure:
        return ExitNetwork;
    case cc::ResponseKind::BackendFailure:
    case cc::ResponseKind::HttpError:
        return ExitServer;
    }
    return ExitServer;
}

void ConfCtlApp::start()
{
    m_client->setConfig(m_options.server);
    if (!m_options.passwordFromStdin) {
        run();
        return;
    }
    auto *reader = new StdinReader(this);
    connect(reader, &StdinReader::lineRead, this, [this, reader](const QByteArray &line, bool complete) {
        reader->deleteLater();
        if (!complete) {
            fail(ExitUsage, tr("Could not read the password from standard input."));
            return;
        }
        m_options.server.password = QString::fromUtf8(line);
        m_client->setConfig(m_options.server);
        run();
    });
    reader->start();
}

void ConfCtlApp::run()
{
    const QStringList &p = m_options.positional;
    const QString verb = p.value(0);
    if (verb == u"conferences"_s) {
        if (p.size() != 1)
            return fail(ExitUsage, tr("“conferences” takes no arguments."));
        return runConferences();
    }
    if (verb == u"show"_s && p.size() == 2)
        return runShow(p.at(1));
    if (verb == u"watch"_s && p.size() >= 2) {
        int intervalMs = 2000;
        const QStringList rest = p.mid(2);
        QString interval;
        if (rest.size() == 2 && rest.at(0) == u"--interval"_s)
            interval = rest.at(1);
        else if (rest.size() == 1 && rest.at(0).startsWith(u"--interval="_s))
            interval = rest.at(0).mid(11);
        else if (!rest.isEmpty())
            return fail(ExitUsage, tr("Usage: confctl watch CONF [--interval SECONDS]"));
        if (!interval.isEmpty()) {
            const auto ms = secondsToMs(interval, 0.2, 3600);
            if (!ms)
                return fail(ExitUsage, tr("The watch interval must be between 0.2 and 3600 seconds."));
            intervalMs = int(*ms);
        }
        return runWatch(p.at(1), intervalMs);
    }
    if (verb == u"report"_s)
        return parseReport(p.mid(1));
    if (p.size() >= 2 && verb != u"show"_s && verb != u"watch"_s)
        return runCommand(p.at(0), p.mid(1));
    fail(ExitUsage,
         tr("Nothing to do. Usage: confctl [options] conferences | show CONF | CONF COMMAND [ARGS…] | "
            "watch CONF [--interval S] | report CONF [--for S] [--format text|csv]. See confctl --help."));
}

// --- conferences -------------------------------------------------------------------------------

void ConfCtlApp::runConferences()
{
    m_client->fetchConferences(this, [this](const cc::RestResult &result) {
        if (!result.ok())
            return finish(reportFailure(cc::classifyCommandResponse(result)));
        const bool json = result.contentType.contains("json");
        const auto parsed = cc::parseConferences(result.body, json);
        if (!parsed.ok())
            return fail(ExitServer,
                        tr("The list of conferences could not be read: %1").arg(parsed.error->message));
        if (m_options.json)
            printOut(QString::fromUtf8(QJsonDocument(output::conferencesJson(parsed.value)).toJson()));
        else
            printOut(output::conferencesTable(parsed.value));
        finish(ExitOk);
    });
}

// --- show / watch / report ------------------------------------------------------------------
// All three follow the conference with the console's own ConferencePoller: one xml_list in
// flight, the same parsing, "not running" (nobody in it) told apart from a failure, and a
// back-off when the server has trouble.

void ConfCtlApp::followConference(const QString &conference, int intervalMs)
{
    m_conference = conference;
    m_poller = new cc::ConferencePoller(m_client, conference, this);
    m_poller->setInterval(intervalMs);
    connect(m_poller, &cc::ConferencePoller::snapshotReceived, this, &ConfCtlApp::onSnapshot);
    connect(m_poller, &cc::ConferencePoller::pollFailed, this, &ConfCtlApp::onPollFailed);
    m_poller->start();
}

void ConfCtlApp::runShow(const QString &conference)
{
    m_mode = Mode::Show;
    followConference(conference, cc::ConferencePoller::kMaxIntervalMs);
}

void ConfCtlApp::runWatch(const QString &conference, int intervalMs)
{
    m_mode = Mode::Watch;
    m_sigint = new SigintWatcher(this);
    connect(m_sigint, &SigintWatcher::interrupted, this, &ConfCtlApp::onInterrupted);
    followConference(conference, intervalMs);
}

void ConfCtlApp::onSnapshot(const cc::ConferenceSnapshot &snapshot)
{
    if (m_finished)
        return;
    if (!m_poller->isActive()) {
        // Nobody is in it: FreeSWITCH has no instance of the conference (an empty snapshot).
        const QString notRunning = tr("The conference “%1” is not running on the bridge.").arg(m_conference);
        if (m_mode == Mode::Report && m_reportSeen) {
            // The conference ended while we watched it: everyone left, the report is complete.
            m_tracker->conferenceEnded();
            return finishReport(ExitOk);
        }
        if (m_mode != Mode::Watch)
            return stopAndFail(ExitNotFound, notRunning);
        printErr(timeStamp() + u' ' + notRunning + u'\n');
        return;
    }
    switch (m_mode) {
    case Mode::Show:
        m_poller->stop();
        if (m_options.json)
            printOut(QString::fromUtf8(
                QJsonDocument(QJsonObject{{u"conference"_s, output::snapshotJson(snapshot)}}).toJson()));
        else
            printOut(output::snapshotTable(snapshot));
        return finish(ExitOk);
    case Mode::Watch:
        if (m_options.json) {
            // One JSON document per line, so the stream can be piped into jq.
            printOut(QString::fromUtf8(
                         QJsonDocument(
                             QJsonObject{{u"time"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                                         {u"conference"_s, output::snapshotJson(snapshot)}})
                             .toJson(QJsonDocument::Compact)) +
                     u'\n');
        } else {
            QString screen;
            if (::isatty(STDOUT_FILENO))
                screen += u"\x1b[H\x1b[2J"_s;
            screen += tr("Updated %1, every %2 s. Press Ctrl-C to stop.")
                          .arg(timeStamp())
                          .arg(m_poller->interval() / 1000.0) +
                      u"\n\n"_s + output::snapshotTable(snapshot);
            printOut(screen);
        }
        return;
    case Mode::Report:
        m_tracker->observe(snapshot);
        m_reportSeen = true;
        if (m_reportDue)
            return finishReport(ExitOk);
        return;
    }
}

void ConfCtlApp::onPollFailed(const cc::CommandOutcome &outcome)
{
    if (m_finished || outcome.transportError == cc::TransportError::Cancelled)
        return;
    const int code = exitCodeFor(outcome);
    if (m_mode == Mode::Show || (m_mode == Mode::Report && !m_reportSeen)) {
        // Nothing seen yet: the credentials, the address, the conference name are wrong.
        m_poller->stop();
        return finish(reportFailure(outcome));
    }
    // Problems that will not go away by waiting end the watch or the report (which keeps what it
    // collected and ends with the error's code); the rest are said on stderr and retried.
    const bool fatal = code == ExitAuthentication || code == ExitForbidden || code == ExitUsage ||
                       outcome.transportError == cc::TransportError::Tls ||
                       (m_mode == Mode::Watch && code == ExitNotFound && outcome.httpStatus == 404);
    if (m_mode == Mode::Report && code == ExitNotFound) {
        m_tracker->conferenceEnded();
        return finishReport(ExitOk);
    }
    if (fatal) {
        m_poller->stop();
        const int exitCode = reportFailure(outcome);
        return m_mode == Mode::Report ? finishReport(exitCode) : finish(exitCode);
    }
    printErr(timeStamp() + u' ');
    reportFailure(outcome);
    if (m_mode == Mode::Report && m_reportDue)
        finishReport(ExitOk);
}

void ConfCtlApp::onInterrupted()
{
    if (m_poller)
        m_poller->stop();
    // Ctrl-C ends a report early: what was seen so far is printed.
    if (m_tracker)
        finishReport(ExitOk);
    else
        finish(ExitOk);
    m_client->cancelAll();
}

QString ConfCtlApp::timeStamp()
{
    return QDateTime::currentDateTime().toString(u"HH:mm:ss"_s);
}

void ConfCtlApp::parseReport(const QStringList &arguments)
{
    const QString usage =
        tr("Usage: confctl report CONF [--for SECONDS] [--interval SECONDS] [--format text|csv]");
    if (arguments.isEmpty() || arguments.first().startsWith(u"--"_s))
        return fail(ExitUsage, usage);
    if (m_options.json)
        return fail(ExitUsage, tr("“report” prints text or CSV; use --format csv instead of --json."));

    // "--name value" or "--name=value", each at most once.
    QHash<QString, QString> values;
    const QStringList rest = arguments.mid(1);
    for (qsizetype i = 0; i < rest.size(); ++i) {
        QString name = rest.at(i);
        QString value;
        const qsizetype eq = name.indexOf(u'=');
        if (eq > 0) {
            value = name.mid(eq + 1);
            name.truncate(eq);
        } else if (i + 1 < rest.size()) {
            value = rest.at(++i);
        } else {
            return fail(ExitUsage, usage);
        }
        if ((name != u"--for"_s && name != u"--interval"_s && name != u"--format"_s) || values.contains(name))
            return fail(ExitUsage, usage);
        values.insert(name, value);
    }

    qint64 forMs = 0;
    if (values.contains(u"--for"_s)) {
        // A week at most: the interval timer and the report stay within sane bounds.
        const auto ms = secondsToMs(values.value(u"--for"_s), 0, 604800);
        if (!ms)
            return fail(ExitUsage, tr("--for must be a number of seconds between 0 and 604800."));
        forMs = *ms;
    }
    int intervalMs = 2000;
    if (values.contains(u"--interval"_s)) {
        const auto ms = secondsToMs(values.value(u"--interval"_s), 0.2, 3600);
        if (!ms)
            return fail(ExitUsage, tr("The report interval must be between 0.2 and 3600 seconds."));
        intervalMs = int(*ms);
    }
    const QString format = values.value(u"--format"_s, u"text"_s);
    if (format != u"text"_s && format != u"csv"_s)
        return fail(ExitUsage, tr("--format must be text or csv."));
    runReport(arguments.first(), forMs, intervalMs, format == u"csv"_s);
}

void ConfCtlApp::runReport(const QString &conference, qint64 forMs, int intervalMs, bool csv)
{
    m_mode = Mode::Report;
    m_tracker = new cc::AttendanceTracker(conference, this);
    m_reportCsv = csv;
    m_sigint = new SigintWatcher(this);
    connect(m_sigint, &SigintWatcher::interrupted, this, &ConfCtlApp::onInterrupted);
    // At the end of the period one more poll, so the report covers all of it; it ends on its answer.
    auto *deadline = new QTimer(this);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, this, [this] {
        m_reportDue = true;
        m_poller->pollNow();
    });
    deadline->start(int(std::min<qint64>(forMs, std::numeric_limits<int>::max())));
    followConference(conference, intervalMs);
}

void ConfCtlApp::finishReport(int exitCode)
{
    if (m_finished)
        return;
    if (m_poller)
        m_poller->stop();
    if (m_reportCsv) {
        const QByteArray csv = m_tracker->toCsv();
        std::fwrite(csv.constData(), 1, size_t(csv.size()), stdout);
        std::fflush(stdout);
    } else {
        printOut(m_tracker->toText());
    }
    finish(exitCode);
}

// --- commands ----------------------------------------------------------------------------------

void ConfCtlApp::runCommand(const QString &conference, const QStringList &words)
{
    if (conference.isEmpty() || conference.contains(u'/') || conference.contains(u'?') ||
        conference.contains(u'#') || conference.contains(u'%'))
        return fail(ExitUsage, tr("“%1” is not a conference name.").arg(conference));
    const cc::ConferenceCommand command = cc::ConferenceCommand::parse(words.join(u' '));
    if (!command.isValid())
        return fail(ExitUsage, command.error());
    const auto segment = command.restSegment();
    if (!segment)
        return fail(ExitUsage, command.restError());

    m_client->runCommand(conference, *segment, command.isRetryable(), this,
                         [this, conference, command, segment = *segment](const cc::RestResult &result) {
                             const cc::CommandOutcome outcome = cc::classifyCommandResponse(result, segment);
                             const int code = exitCodeFor(outcome);
                             if (m_options.json) {
                                 QJsonObject o{
                                     {u"conference"_s, conference},
                                     {u"command"_s, command.name()},
                                     {u"arguments"_s, QJsonArray::fromStringList(command.arguments())},
                                     {u"segment"_s, segment},
                                     {u"method"_s, QString::fromLatin1(result.method)},
                                     {u"httpStatus"_s, result.httpStatus},
                                     {u"ok"_s, code == ExitOk},
                                     {u"exitCode"_s, code}};
                                 o.insert(u"kind"_s, output::kindName(outcome.kind));
                                 if (outcome.transportError == cc::TransportError::None)
                                     o.insert(u"response"_s, outcome.payload);
                                 o.insert(u"message"_s, outcome.message);
                                 printOut(QString::fromUtf8(QJsonDocument(o).toJson()));
                             }
                             if (code != ExitOk) {
                                 reportFailure(outcome, m_options.json);
                                 return finish(code);
                             }
                             if (!m_options.json) {
                                 // The FreeSWITCH answer as it is; the plain-words message when it printed
                                 // nothing.
                                 const QString answer =
                                     outcome.payload.trimmed().isEmpty() ? outcome.message : outcome.payload;
                                 printOut(answer.endsWith(u'\n') ? answer : answer + u'\n');
                             }
                             finish(ExitOk);
                         });
}

// --- reporting ---------------------------------------------------------------------------------

int ConfCtlApp::reportFailure(const cc::CommandOutcome &outcome, bool jsonPrinted)
{
    const int code = exitCodeFor(outcome);
    QString message = outcome.message;
    if (outcome.transportError == cc::TransportError::Tls) {
        const QSslCertificate certificate = m_peerCertificate.isNull() ? m_untrusted : m_peerCertificate;
        const QString sha = fingerprint(certificate);
        if (!sha.isEmpty())
            message +=
                u' ' + tr("The server's certificate has the SHA-256 fingerprint %1. If you have checked that "
                          "this is your server's certificate, run confctl again with --pin-cert %1.")
                           .arg(sha);
    } else if (outcome.kind == cc::ResponseKind::FreeSwitchError && !outcome.payload.trimmed().isEmpty() &&
               !message.contains(singleLine(outcome.payload))) {
        message += u" ("_s + singleLine(outcome.payload) + u')';
    }
    if (message.isEmpty())
        message = tr("The request failed (HTTP status %1).").arg(outcome.httpStatus);
    printErr(tr("confctl: %1").arg(message) + u'\n');
    if (m_options.json && !jsonPrinted)
        printOut(
            QString::fromUtf8(
                QJsonDocument(QJsonObject{{u"ok"_s, false}, {u"error"_s, message}, {u"exitCode"_s, code}})
                    .toJson(QJsonDocument::Compact)) +
            u'\n');
    return code;
}

void ConfCtlApp::stopAndFail(int exitCode, const QString &message)
{
    if (m_poller)
        m_poller->stop();
    fail(exitCode, message);
}

void ConfCtlApp::fail(int exitCode, const QString &message)
{
    printErr(tr("confctl: %1").arg(message) + u'\n');
    if (m_options.json)
        printOut(
            QString::fromUtf8(
                QJsonDocument(QJsonObject{{u"ok"_s, false}, {u"error"_s, message}, {u"exitCode"_s, exitCode}})
                    .toJson(QJsonDocument::Compact)) +
            u'\n');
    finish(exitCode);
}

void ConfCtlApp::finish(int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    emit finished(exitCode);
}

void ConfCtlApp::printOut(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void ConfCtlApp::printErr(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

} // namespace confctl
