// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// conference-bridge-sim: a FreeSWITCH conference bridge behind a sipXconfig REST API, for
// developing and testing the console without a PBX.
#include "core/version.h"
#include "sim/eslserver.h"
#include "sim/scenario.h"
#include "sim/simulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QSocketNotifier>
#include <QSslKey>
#include <QTextStream>
#include <QTime>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("conference-bridge-sim", text);
}

int g_signalPipe[2] = {-1, -1};

constexpr char kUpstreamPasswordVariable[] = "CONFERENCE_BRIDGE_SIM_UPSTREAM_ESL_PASSWORD";

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalPipe[1], &byte, 1);
}

QString description()
{
    return tr(
        "Simulates a FreeSWITCH conference bridge behind the sipXconfig conference REST API.\n"
        "\n"
        "Routes (base https://ADDRESS:PORT/sipxconfig/rest, Digest or Basic authentication):\n"
        "  GET      /my/conferences                    conferences owned by the caller (XML or JSON)\n"
        "  GET/PUT  /my/conferences/{name}             conference settings (<setting>)\n"
        "  GET      /my/conference/{name}/{cmd&arg&…}  run a command (PUT too unless --method-policy "
        "upstream)\n"
        "           invite&TARGET, inviteim&IMID, record[&start|stop|status|duration], anything else\n"
        "           goes to the engine as \"conference NAME cmd arg …\" (xml_list, mute&5, kick&all, …)\n"
        "  GET      /my/conferencedetails/{name}       live members of an active conference\n"
        "  GET      /my/logindetails                   the caller's canonical user name\n"
        "  (the /private/{puk}/… mirrors are not simulated)\n"
        "\n"
        "Users of the built-in scenario:\n"
        "  alice / wonderland   alias 201, IM id alice.im, owns sales (3001) and support (3002)\n"
        "  bob   / builder      alias 202, IM id bob.im, owns board (3003)\n"
        "  admin / admin        owns nothing (every command answers 403)\n"
        "\n"
        "Fault injection (command route only, like a sipxrecording outage):\n"
        "  --fail-backend error      200 \"ERROR: Connection refused\"\n"
        "  --fail-backend empty      200 with an empty body\n"
        "  --fail-backend timeout    never answers\n"
        "  --fail-backend exception  200 <command-exception>…</command-exception>\n"
        "  --latency MS delays every response; --drop-rate P closes the connection unanswered\n"
        "  with probability P (repeatable with --seed).\n"
        "\n"
        "Relay: with --upstream-esl HOST:PORT the command route, record and conferencedetails run\n"
        "their FreeSWITCH commands on a real switch's event socket, one connection per command,\n"
        "as sipxrecording does; users and conferences still come from the scenario. Switch down\n"
        "or password rejected: 200 with an empty body (details: 500 error.connect). The switch's\n"
        "password comes from --upstream-esl-password-file or CONFERENCE_BRIDGE_SIM_UPSTREAM_ESL_PASSWORD,\n"
        "never from the command line. The built-in users are public: beyond 127.0.0.1 the\n"
        "simulator listens only with a --scenario of your own users.\n"
        "\n"
        "Activity: with --activity on (default) members talk, join and leave at the given rates\n"
        "per conference and minute (--talk-rate, --join-rate, --leave-rate), driven by --seed.");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("conference-bridge-sim"));
    QCoreApplication::setApplicationVersion(cc::versionString());

    const sim::SimulatorOptions defaults;
    QCommandLineParser parser;
    parser.setApplicationDescription(description());
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOption(QStringLiteral("port"), tr("Port to listen on (default 8443)."),
                                        tr("PORT"), QStringLiteral("8443"));
    const QCommandLineOption addressOption(QStringLiteral("address"),
                                           tr("Address to listen on (default 127.0.0.1)."), tr("ADDRESS"),
                                           QStringLiteral("127.0.0.1"));
    const QCommandLineOption httpOption(QStringLiteral("http"), tr("Serve plain HTTP instead of HTTPS."));
    const QCommandLineOption certOption(
        QStringLiteral("cert"), tr("PEM certificate (default: a generated self-signed one)."), tr("FILE"));
    const QCommandLineOption keyOption(QStringLiteral("key"), tr("PEM private key for --cert."), tr("FILE"));
    const QCommandLineOption realmOption(
        QStringLiteral("realm"), tr("Authentication realm (default: the scenario's, else example.com)."),
        tr("REALM"));
    const QCommandLineOption policyOption(
        QStringLiteral("method-policy"),
        tr("both: GET and PUT run commands (as the API document says); upstream: PUT on a command answers "
           "405 like every real sipXconfig release. Default both."),
        tr("both|upstream"), QStringLiteral("both"));
    const QCommandLineOption faultOption(QStringLiteral("fail-backend"),
                                         tr("Simulate a broken sipxrecording."),
                                         tr("error|empty|timeout|exception"));
    const QCommandLineOption latencyOption(QStringLiteral("latency"), tr("Delay every response by MS."),
                                           tr("MS"), QStringLiteral("0"));
    const QCommandLineOption dropOption(QStringLiteral("drop-rate"),
                                        tr("Probability 0..1 of closing a connection without an answer."),
                                        tr("P"), QStringLiteral("0"));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
                                        tr("Seed for the activity model and --drop-rate (default 1)."),
                                        tr("N"), QStringLiteral("1"));
    const QCommandLineOption activityOption(QStringLiteral("activity"),
                                            tr("Simulated talking, joining and leaving (default on)."),
                                            tr("on|off"), QStringLiteral("on"));
    const QCommandLineOption talkOption(QStringLiteral("talk-rate"),
                                        tr("Speaker changes per conference and minute (default %1).")
                                            .arg(defaults.activity.talkTurnsPerMinute),
                                        tr("RATE"));
    const QCommandLineOption joinOption(
        QStringLiteral("join-rate"),
        tr("New callers per conference and minute (default %1).").arg(defaults.activity.joinsPerMinute),
        tr("RATE"));
    const QCommandLineOption leaveOption(
        QStringLiteral("leave-rate"),
        tr("Callers leaving per conference and minute (default %1).").arg(defaults.activity.leavesPerMinute),
        tr("RATE"));
    const QCommandLineOption ringOption(
        QStringLiteral("ring-delay"),
        tr("Ring time before an invited or dialled party joins (default %1).").arg(defaults.ringDelayMs),
        tr("MS"), QString::number(defaults.ringDelayMs));
    const QCommandLineOption scenarioOption(
        QStringLiteral("scenario"),
        tr("Scenario JSON replacing the built-in one (users, conferences, "
           "members; see resources/scenarios/default.json)."),
        tr("FILE"));
    const QCommandLineOption xmlListOption(
        QStringLiteral("load-xml-list"),
        tr("Seed conferences from a captured xml_list document (repeatable). Conferences unknown to the "
           "scenario are owned by its first user."),
        tr("FILE"));
    const QCommandLineOption nonceOption(
        QStringLiteral("nonce-lifetime"),
        tr("Digest nonce lifetime (default %1, as sipXconfig).").arg(defaults.nonceLifetimeMs), tr("MS"),
        QString::number(defaults.nonceLifetimeMs));
    const QCommandLineOption eslPortOption(
        QStringLiteral("esl-port"),
        tr("Also serve FreeSWITCH's event socket on this port (0 = any free port; default off)."),
        tr("PORT"));
    const QCommandLineOption eslPasswordOption(
        QStringLiteral("esl-password"), tr("Event socket password (default %1).").arg(defaults.eslPassword),
        tr("PASSWORD"), defaults.eslPassword);
    const QCommandLineOption upstreamOption(
        QStringLiteral("upstream-esl"),
        tr("Relay the FreeSWITCH commands to a real switch's event socket instead of the built-in engine."),
        tr("HOST:PORT"));
    // A real switch's password never on the command line, where every local user sees it (ps).
    const QCommandLineOption upstreamPasswordOption(
        QStringLiteral("upstream-esl-password-file"),
        tr("Read the password of the --upstream-esl event socket from the first line of FILE (or set "
           "%1; default %2, sipxrecording's).")
            .arg(QLatin1String(kUpstreamPasswordVariable), defaults.upstreamEslPassword),
        tr("FILE"));
    const QCommandLineOption upstreamTimeoutOption(
        QStringLiteral("upstream-esl-timeout"),
        tr("How long the relay waits for the switch's answer to one command (default %1, as sipxrecording).")
            .arg(defaults.upstreamEslTimeoutMs),
        tr("MS"), QString::number(defaults.upstreamEslTimeoutMs));
    const QCommandLineOption verboseOption(
        QStringLiteral("verbose"), // not -v: that is --version
        tr("Log every request and its status, and every event-socket session and command, on standard "
           "error (passwords masked)."));
    parser.addOptions({portOption,
                       addressOption,
                       httpOption,
                       certOption,
                       keyOption,
                       realmOption,
                       policyOption,
                       faultOption,
                       latencyOption,
                       dropOption,
                       seedOption,
                       activityOption,
                       talkOption,
                       joinOption,
                       leaveOption,
                       ringOption,
                       scenarioOption,
                       xmlListOption,
                       nonceOption,
                       eslPortOption,
                       eslPasswordOption,
                       upstreamOption,
                       upstreamPasswordOption,
                       upstreamTimeoutOption,
                       verboseOption});
    parser.process(app);

    QTextStream err(stderr);
    QTextStream out(stdout);
    auto usageError = [&](const QString &message) {
        err << QCoreApplication::applicationName() << ": " << message << '\n';
        return 2;
    };
    auto toInt = [&](const QCommandLineOption &option, int min, int max, int *value) {
        bool ok = false;
        const int v = parser.value(option).toInt(&ok);
        if (!ok || v < min || v > max)
            return false;
        *value = v;
        return true;
    };
    auto toDouble = [&](const QCommandLineOption &option, double min, double max, double *value) {
        bool ok = false;
        const double v = parser.value(option).toDouble(&ok);
        if (!ok || v < min || v > max)
            return false;
        *value = v;
        return true;
    };

    sim::SimulatorOptions options;
    int port = 0;
    if (!toInt(portOption, 0, 65535, &port))
        return usageError(tr("--port must be a number from 0 to 65535"));
    options.port = quint16(port);
    if (!options.address.setAddress(parser.value(addressOption)))
        return usageError(tr("--address must be an IP address, not \"%1\"").arg(parser.value(addressOption)));
    options.tls = !parser.isSet(httpOption);
    options.certFile = parser.value(certOption);
    options.keyFile = parser.value(keyOption);
    if (options.certFile.isEmpty() != options.keyFile.isEmpty())
        return usageError(tr("--cert and --key must be given together"));
    options.realm = parser.value(realmOption); // empty: the scenario decides

    const QString policy = parser.value(policyOption);
    if (policy == QLatin1String("both"))
        options.methodPolicy = sim::MethodPolicyMode::Both;
    else if (policy == QLatin1String("upstream"))
        options.methodPolicy = sim::MethodPolicyMode::Upstream;
    else
        return usageError(tr("--method-policy must be both or upstream"));

    if (parser.isSet(faultOption)) {
        const QString fault = parser.value(faultOption);
        if (fault == QLatin1String("error"))
            options.fault = sim::BackendFault::Error;
        else if (fault == QLatin1String("empty"))
            options.fault = sim::BackendFault::Empty;
        else if (fault == QLatin1String("timeout"))
            options.fault = sim::BackendFault::Timeout;
        else if (fault == QLatin1String("exception"))
            options.fault = sim::BackendFault::Exception;
        else
            return usageError(tr("--fail-backend must be error, empty, timeout or exception"));
    }
    if (!toInt(latencyOption, 0, 600000, &options.latencyMs))
        return usageError(tr("--latency must be a number of milliseconds from 0 to 600000"));
    if (!toDouble(dropOption, 0, 1, &options.dropRate))
        return usageError(tr("--drop-rate must be a probability from 0 to 1"));
    bool seedOk = false;
    options.activity.seed = parser.value(seedOption).toUInt(&seedOk);
    if (!seedOk)
        return usageError(tr("--seed must be a non-negative whole number"));
    const QString activity = parser.value(activityOption);
    if (activity != QLatin1String("on") && activity != QLatin1String("off"))
        return usageError(tr("--activity must be on or off"));
    options.activity.enabled = activity == QLatin1String("on");
    if (parser.isSet(talkOption) && !toDouble(talkOption, 0, 6000, &options.activity.talkTurnsPerMinute))
        return usageError(tr("--talk-rate must be a number from 0 to 6000"));
    if (parser.isSet(joinOption) && !toDouble(joinOption, 0, 6000, &options.activity.joinsPerMinute))
        return usageError(tr("--join-rate must be a number from 0 to 6000"));
    if (parser.isSet(leaveOption) && !toDouble(leaveOption, 0, 6000, &options.activity.leavesPerMinute))
        return usageError(tr("--leave-rate must be a number from 0 to 6000"));
    if (!toInt(ringOption, 0, 600000, &options.ringDelayMs))
        return usageError(tr("--ring-delay must be a number of milliseconds from 0 to 600000"));
    if (!toInt(nonceOption, 100, 86400000, &options.nonceLifetimeMs))
        return usageError(tr("--nonce-lifetime must be a number of milliseconds from 100 to 86400000"));
    if (parser.isSet(eslPortOption) && !toInt(eslPortOption, 0, 65535, &options.eslPort))
        return usageError(tr("--esl-port must be a number from 0 to 65535"));
    options.eslPassword = parser.value(eslPasswordOption);
    if (parser.isSet(upstreamOption)) {
        // HOST:PORT, [IPv6]:PORT
        const QString value = parser.value(upstreamOption);
        const qsizetype colon = value.lastIndexOf(QLatin1Char(':'));
        QString host = colon > 0 ? value.left(colon) : QString();
        if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
            host = host.mid(1, host.size() - 2);
        bool portOk = false;
        const uint upstreamPort = colon > 0 ? value.mid(colon + 1).toUInt(&portOk) : 0;
        if (host.isEmpty() || !portOk || upstreamPort == 0 || upstreamPort > 65535)
            return usageError(tr("--upstream-esl must be HOST:PORT, not \"%1\"").arg(value));
        options.upstreamEslHost = host;
        options.upstreamEslPort = quint16(upstreamPort);
    }
    if (parser.isSet(upstreamPasswordOption)) {
        QFile file(parser.value(upstreamPasswordOption));
        if (!file.open(QIODevice::ReadOnly))
            return usageError(
                tr("cannot read the password file %1: %2").arg(file.fileName(), file.errorString()));
        options.upstreamEslPassword = QString::fromUtf8(file.readLine()).trimmed();
    } else if (qEnvironmentVariableIsSet(kUpstreamPasswordVariable)) {
        options.upstreamEslPassword = qEnvironmentVariable(kUpstreamPasswordVariable);
    }
    if (!toInt(upstreamTimeoutOption, 100, 600000, &options.upstreamEslTimeoutMs))
        return usageError(tr("--upstream-esl-timeout must be a number of milliseconds from 100 to 600000"));
    options.scenarioFile = parser.value(scenarioOption);
    options.loadXmlListFiles = parser.values(xmlListOption);
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("unexpected argument \"%1\"").arg(parser.positionalArguments().constFirst()));

    // The built-in users' passwords are in --help and on the web: never reachable from elsewhere.
    if (options.scenarioFile.isEmpty() && !options.address.isLoopback())
        return usageError(
            tr("the built-in users (alice/wonderland, admin/admin, ...) are public: give --scenario "
               "with your own users to listen on %1, or listen on 127.0.0.1")
                .arg(options.address.toString()));

    // A bad scenario is a usage error (exit 2), checked before anything listens.
    if (!options.scenarioFile.isEmpty()) {
        QString scenarioError;
        if (!sim::Scenario::load(options.scenarioFile, &scenarioError))
            return usageError(tr("invalid scenario: %1").arg(scenarioError));
    }

    sim::Simulator simulator(options);
    QString startError;
    if (!simulator.start(&startError)) {
        err << QCoreApplication::applicationName() << ": " << startError << '\n';
        return startError.contains(QLatin1String("xml_list")) ? 2 : 1;
    }

    if (parser.isSet(verboseOption)) {
        const auto log = [&err](const QString &line) {
            err << QTime::currentTime().toString(QStringLiteral("HH:mm:ss.zzz")) << ' ' << line << Qt::endl;
        };
        QObject::connect(&simulator, &sim::Simulator::requestHandled, &app,
                         [log](const QByteArray &method, const QByteArray &target, int status) {
                             log(status == 0
                                     ? QStringLiteral("HTTP %1 %2 -> (no answer)")
                                           .arg(QString::fromLatin1(method), QString::fromUtf8(target))
                                     : QStringLiteral("HTTP %1 %2 -> %3")
                                           .arg(QString::fromLatin1(method), QString::fromUtf8(target))
                                           .arg(status));
                         });
        if (sim::EslServer *esl = simulator.eslServer()) {
            QObject::connect(esl, &sim::EslServer::clientConnected, &app,
                             [log] { log(QStringLiteral("ESL session opened")); });
            QObject::connect(esl, &sim::EslServer::clientDisconnected, &app,
                             [log] { log(QStringLiteral("ESL session closed")); });
            QObject::connect(esl, &sim::EslServer::commandReceived, &app, [log](const QByteArray &line) {
                log(QStringLiteral("ESL %1").arg(QString::fromUtf8(line)));
            });
        }
    }

    // Clean shutdown on SIGINT/SIGTERM through a self-pipe (only write() in the handler).
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) == 0) {
        auto *notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, &app);
        QObject::connect(notifier, &QSocketNotifier::activated, &app, [&] {
            char byte = 0;
            [[maybe_unused]] const auto got = ::read(g_signalPipe[0], &byte, 1);
            out << tr("Shutting down.") << Qt::endl;
            simulator.stop();
            QCoreApplication::quit();
        });
        struct sigaction action = {};
        action.sa_handler = onSignal;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESTART;
        sigaction(SIGINT, &action, nullptr);
        sigaction(SIGTERM, &action, nullptr);
    }

    const QString base = simulator.baseUrl().toString();
    out << tr("conference-bridge-sim %1 listening on %2").arg(cc::versionString(), base) << '\n';
    out << tr("Realm: %1").arg(simulator.options().realm) << '\n';
    if (simulator.eslPort() != 0)
        out << tr("Event socket on %1 port %2 (password not shown)")
                   .arg(options.address.toString())
                   .arg(simulator.eslPort())
            << '\n';
    if (!options.upstreamEslHost.isEmpty())
        out << tr("Relaying FreeSWITCH commands to the event socket at %1 port %2 (password not shown)")
                   .arg(options.upstreamEslHost)
                   .arg(options.upstreamEslPort)
            << '\n';
    if (options.tls) {
        out << tr("Certificate SHA-256: %1").arg(simulator.certificateSha256()) << '\n';
    }
    out << tr("Users:") << '\n';
    for (const sim::UserAccount &user : simulator.users()) {
        const QStringList owned = simulator.conferencesOwnedBy(user.user);
        out << "  " << user.user << " / " << user.password;
        if (!user.aliases.isEmpty())
            out << "  " << tr("aliases: %1").arg(user.aliases.join(QStringLiteral(", ")));
        if (!user.imId.isEmpty())
            out << "  " << tr("IM id: %1").arg(user.imId);
        out << "  "
            << (owned.isEmpty() ? tr("owns nothing") : tr("owns: %1").arg(owned.join(QStringLiteral(", "))))
            << '\n';
    }
    const sim::UserAccount first = simulator.users().constFirst();
    const QStringList firstOwned = simulator.conferencesOwnedBy(first.user);
    QString example = QStringLiteral("curl --digest -u %1:%2 ").arg(first.user, first.password);
    if (options.tls) {
        const QByteArray pin =
            QCryptographicHash::hash(simulator.certificate().publicKey().toDer(), QCryptographicHash::Sha256)
                .toBase64();
        example += QStringLiteral("-k --pinnedpubkey 'sha256//%1' ").arg(QString::fromLatin1(pin));
    }
    example += QLatin1Char('\'') + base + QStringLiteral("/my/conference/") +
               (firstOwned.isEmpty() ? QStringLiteral("NAME") : firstOwned.constFirst()) +
               QStringLiteral("/xml_list'");
    out << tr("Try:") << '\n' << "  " << example << '\n';
    out.flush();

    return QCoreApplication::exec();
}
