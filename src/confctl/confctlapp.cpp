// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "confctlapp.h"

#include "core/commands/conferencecommand.h"
#include "core/insights/attendancetracker.h"
#include "core/parsers/parsers.h"
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
}

ConfCtlApp::~ConfCtlApp() = default;

QString ConfCtlApp::fingerprint(const QSslCertificate &certificate)
{
    if (certificate.isNull())
        return {};
    return QString::fromLatin1(
        QCryptographicHash::hash(certificate.toDer(), QCryptographicHash::Sha256).toHex());
}

int ConfCtlApp::exitCodeFor(const cc::RestResult &result, const std::optional<cc::CommandOutcome> &outcome)
{
    switch (result.error) {
    case cc::TransportError::None:
        break;
    case cc::TransportError::Authentication:
        return ExitAuthentication;
    case cc::TransportError::ResponseTooLarge:
        return ExitServer;
    default: // TLS, timeout, refused, host not found, network, cancelled
        return ExitNetwork;
    }
    const int status = result.httpStatus;
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
    if (!outcome)
        return ExitOk;
    switch (outcome->kind) {
    case cc::ResponseKind::Success:
        return ExitOk;
    case cc::ResponseKind::FreeSwitchError:
        return isNotFoundText(outcome->payload) ? ExitNotFound : ExitServer;
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
            return finish(reportFailure(result, std::nullopt));
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

// --- show / watch ------------------------------------------------------------------------------

namespace {

struct SnapshotResult
{
    std::optional<cc::ConferenceSnapshot> snapshot;
    std::optional<cc::CommandOutcome> outcome;
    QString error; ///< set when the body was fine but not a usable xml_list
    int errorCode = ExitOk;
};

SnapshotResult readSnapshot(const cc::RestResult &result, const QString &conference)
{
    SnapshotResult r;
    if (result.error != cc::TransportError::None || result.httpStatus < 200 || result.httpStatus >= 300)
        return r;
    r.outcome = cc::classifyCommandResponse(result, u"xml_list"_s);
    if (!r.outcome->ok())
        return r;
    const auto inner = cc::commandResponseInner(result.body);
    const auto parsed = cc::parseXmlList(inner ? *inner : QByteArrayView(result.body));
    if (!parsed.ok()) {
        r.error = QCoreApplication::translate("confctl", "The participant list could not be read: %1")
                      .arg(parsed.error->message);
        r.errorCode = ExitServer;
        return r;
    }
    for (const auto &snapshot : parsed.value) {
        if (snapshot.name == conference)
            r.snapshot = snapshot;
    }
    if (!r.snapshot && parsed.value.size() == 1)
        r.snapshot = parsed.value.first();
    if (!r.snapshot) {
        r.error = QCoreApplication::translate("confctl", "The conference “%1” is not running on the bridge.")
                      .arg(conference);
        r.errorCode = ExitNotFound;
    }
    return r;
}

} // namespace

void ConfCtlApp::runShow(const QString &conference)
{
    m_client->runCommand(
        conference, u"xml_list"_s, true, this, [this, conference](const cc::RestResult &result) {
            const SnapshotResult r = readSnapshot(result, conference);
            if (!r.snapshot && r.error.isEmpty())
                return finish(reportFailure(result, r.outcome));
            if (!r.snapshot)
                return fail(r.errorCode, r.error);
            if (m_options.json)
                printOut(QString::fromUtf8(
                    QJsonDocument(QJsonObject{{u"conference"_s, output::snapshotJson(*r.snapshot)}})
                        .toJson()));
            else
                printOut(output::snapshotTable(*r.snapshot));
            finish(ExitOk);
        });
}

void ConfCtlApp::runWatch(const QString &conference, int intervalMs)
{
    m_watchConference = conference;
    m_sigint = new SigintWatcher(this);
    connect(m_sigint, &SigintWatcher::interrupted, this, &ConfCtlApp::onInterrupted);
    m_watchTimer = new QTimer(this);
    m_watchTimer->setSingleShot(true); // re-armed after each answer: one request in flight
    m_watchTimer->setInterval(intervalMs);
    connect(m_watchTimer, &QTimer::timeout, this, &ConfCtlApp::pollWatch);
    pollWatch();
}

void ConfCtlApp::pollWatch()
{
    m_client->runCommand(m_watchConference, u"xml_list"_s, true, this, [this](const cc::RestResult &result) {
        if (m_tracker)
            onReportResult(result);
        else
            onWatchResult(result);
    });
}

void ConfCtlApp::onWatchResult(const cc::RestResult &result)
{
    if (m_finished)
        return;
    const SnapshotResult r = readSnapshot(result, m_watchConference);
    const QString stamp = QDateTime::currentDateTime().toString(u"HH:mm:ss"_s);
    if (r.snapshot) {
        if (m_options.json) {
            // One JSON document per line, so the stream can be piped into jq.
            printOut(QString::fromUtf8(
                         QJsonDocument(
                             QJsonObject{{u"time"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                                         {u"conference"_s, output::snapshotJson(*r.snapshot)}})
                             .toJson(QJsonDocument::Compact)) +
                     u'\n');
        } else {
            QString screen;
            if (::isatty(STDOUT_FILENO))
                screen += u"\x1b[H\x1b[2J"_s;
            screen += tr("Updated %1, every %2 s. Press Ctrl-C to stop.")
                          .arg(stamp)
                          .arg(m_watchTimer->interval() / 1000.0) +
                      u"\n\n"_s + output::snapshotTable(*r.snapshot);
            printOut(screen);
        }
    } else {
        const int code = r.error.isEmpty() ? exitCodeFor(result, r.outcome) : r.errorCode;
        // Problems that will not go away by waiting end the watch; the rest are shown and retried.
        const bool fatal = code == ExitAuthentication || code == ExitForbidden ||
                           (code == ExitNotFound && result.httpStatus == 404) ||
                           result.error == cc::TransportError::Tls || code == ExitUsage;
        if (fatal)
            return finish(reportFailure(result, r.outcome));
        if (result.error == cc::TransportError::Cancelled)
            return;
        if (!r.error.isEmpty())
            printErr(stamp + u' ' + r.error + u'\n');
        else
            reportFailure(result, r.outcome);
    }
    m_watchTimer->start();
}

void ConfCtlApp::onInterrupted()
{
    if (m_watchTimer)
        m_watchTimer->stop();
    // Ctrl-C ends a report early: what was seen so far is printed.
    if (m_tracker)
        finishReport(ExitOk);
    else
        finish(ExitOk);
    m_client->cancelAll();
}

// --- report ------------------------------------------------------------------------------------

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
    m_watchConference = conference;
    m_tracker = new cc::AttendanceTracker(conference, this);
    m_reportForMs = forMs;
    m_reportIntervalMs = intervalMs;
    m_reportCsv = csv;
    m_reportClock.start();
    m_sigint = new SigintWatcher(this);
    connect(m_sigint, &SigintWatcher::interrupted, this, &ConfCtlApp::onInterrupted);
    m_watchTimer = new QTimer(this);
    m_watchTimer->setSingleShot(true); // re-armed after each answer: one request in flight
    m_watchTimer->setInterval(intervalMs);
    connect(m_watchTimer, &QTimer::timeout, this, &ConfCtlApp::pollWatch);
    pollWatch();
}

void ConfCtlApp::onReportResult(const cc::RestResult &result)
{
    if (m_finished || result.error == cc::TransportError::Cancelled)
        return;
    const SnapshotResult r = readSnapshot(result, m_watchConference);
    if (r.snapshot) {
        m_tracker->observe(*r.snapshot);
        m_reportSeen = true;
    } else if (!m_reportSeen) {
        // Nothing seen yet: fail as "show" does (unknown or idle conference, credentials, …).
        if (r.error.isEmpty())
            return finish(reportFailure(result, r.outcome));
        return fail(r.errorCode, r.error);
    } else {
        const int code = r.error.isEmpty() ? exitCodeFor(result, r.outcome) : r.errorCode;
        if (code == ExitNotFound) {
            // The conference ended while we watched it: everyone left, the report is complete.
            m_tracker->conferenceEnded();
            return finishReport(ExitOk);
        }
        const bool fatal = code == ExitAuthentication || code == ExitForbidden ||
                           result.error == cc::TransportError::Tls || code == ExitUsage;
        // Keep what was collected: the error on stderr, the report, and the error's exit code.
        if (fatal)
            return finishReport(reportFailure(result, r.outcome));
        // Passing trouble (timeout, 5xx): said on stderr, the next poll tries again.
        const QString stamp = QDateTime::currentDateTime().toString(u"HH:mm:ss"_s);
        if (!r.error.isEmpty())
            printErr(stamp + u' ' + r.error + u'\n');
        else
            reportFailure(result, r.outcome);
    }
    const qint64 remaining = m_reportForMs - m_reportClock.elapsed();
    if (remaining <= 0)
        return finishReport(ExitOk);
    // The last poll lands on the end of the period, so the report covers all of it.
    m_watchTimer->start(int(std::min<qint64>(m_reportIntervalMs, remaining)));
}

void ConfCtlApp::finishReport(int exitCode)
{
    if (m_finished)
        return;
    if (m_watchTimer)
        m_watchTimer->stop();
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

    m_client->runCommand(
        conference, *segment, command.isRetryable(), this,
        [this, conference, command, segment = *segment](const cc::RestResult &result) {
            const bool answered = result.error == cc::TransportError::None;
            const std::optional<cc::CommandOutcome> outcome =
                answered ? std::optional(cc::classifyCommandResponse(result, segment)) : std::nullopt;
            const int code = exitCodeFor(result, outcome);
            if (m_options.json) {
                QJsonObject o{{u"conference"_s, conference},
                              {u"command"_s, command.name()},
                              {u"arguments"_s, QJsonArray::fromStringList(command.arguments())},
                              {u"segment"_s, segment},
                              {u"method"_s, QString::fromLatin1(result.method)},
                              {u"httpStatus"_s, result.httpStatus},
                              {u"ok"_s, code == ExitOk},
                              {u"exitCode"_s, code}};
                if (outcome) {
                    o.insert(u"kind"_s, output::kindName(outcome->kind));
                    o.insert(u"response"_s, outcome->payload);
                    o.insert(u"message"_s, outcome->message);
                } else {
                    o.insert(u"kind"_s, output::kindName(cc::ResponseKind::TransportFailure));
                    o.insert(u"message"_s, cc::transportErrorText(result.error));
                }
                printOut(QString::fromUtf8(QJsonDocument(o).toJson()));
            }
            if (code != ExitOk) {
                reportFailure(result, outcome, m_options.json);
                return finish(code);
            }
            if (!m_options.json) {
                // The FreeSWITCH answer as it is; the plain-words message when it printed nothing.
                const QString answer =
                    outcome->payload.trimmed().isEmpty() ? outcome->message : outcome->payload;
                printOut(answer.endsWith(u'\n') ? answer : answer + u'\n');
            }
            finish(ExitOk);
        });
}

// --- reporting ---------------------------------------------------------------------------------

int ConfCtlApp::reportFailure(const cc::RestResult &result, const std::optional<cc::CommandOutcome> &outcome,
                              bool jsonPrinted)
{
    const int code = exitCodeFor(result, outcome);
    QString message;
    if (result.error == cc::TransportError::Tls) {
        const QSslCertificate certificate =
            result.peerCertificate.isNull() ? m_untrusted : result.peerCertificate;
        const QString sha = fingerprint(certificate);
        message = cc::transportErrorText(result.error);
        if (!sha.isEmpty())
            message +=
                u' ' + tr("The server's certificate has the SHA-256 fingerprint %1. If you have checked that "
                          "this is your server's certificate, run confctl again with --pin-cert %1.")
                           .arg(sha);
    } else if (result.error != cc::TransportError::None) {
        message = cc::transportErrorText(result.error);
    } else if (outcome) {
        message = outcome->message;
        if (outcome->kind == cc::ResponseKind::FreeSwitchError && !outcome->payload.trimmed().isEmpty() &&
            !message.contains(singleLine(outcome->payload)))
            message += u" ("_s + singleLine(outcome->payload) + u')';
    } else {
        message = cc::classifyCommandResponse(result).message;
    }
    if (message.isEmpty())
        message = tr("The request failed (HTTP status %1).").arg(result.httpStatus);
    printErr(tr("confctl: %1").arg(message) + u'\n');
    if (m_options.json && !jsonPrinted)
        printOut(
            QString::fromUtf8(
                QJsonDocument(QJsonObject{{u"ok"_s, false}, {u"error"_s, message}, {u"exitCode"_s, code}})
                    .toJson(QJsonDocument::Compact)) +
            u'\n');
    return code;
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
