// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later

// confctl: the command-line twin of the Conference Console.
//
// Exit codes (see exitcodes.h; also printed by --help):
//   0 ok, 2 usage/validation, 3 authentication, 4 not found, 5 forbidden,
//   6 server/backend error, 7 network/TLS/timeout.

#include "confctlapp.h"
#include "core/rest/serverurl.h"
#include "core/version.h"
#include "exitcodes.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>
#include <QTimer>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("confctl", text);
}

int usageError(const QString &message)
{
    std::fprintf(stderr, "%s\n", qPrintable(tr("confctl: %1").arg(message)));
    std::fprintf(stderr, "%s\n", qPrintable(tr("Run “confctl --help” for usage.")));
    return confctl::ExitUsage;
}

QString helpEpilogue()
{
    return tr("Verbs:\n"
              "  conferences                 list the conferences you own\n"
              "  show CONF                   participants of a running conference\n"
              "  CONF COMMAND [ARGS…]        run a conference command, e.g. “sales mute 5”,\n"
              "                              “sales volume_in all -2”, “sales say Hello everyone”,\n"
              "                              “sales invite 401”, “sales record stop”\n"
              "  watch CONF [--interval S]   refresh the participant table until Ctrl-C\n"
              "  report CONF [--for S] [--interval S] [--format text|csv]\n"
              "                              attendance: who joined and left, talk time, talk\n"
              "                              turns and time muted, polled every S seconds (default\n"
              "                              2) for --for S seconds (default 0: one poll) or until\n"
              "                              Ctrl-C; CSV is RFC 4180 with UTC times\n"
              "\n"
              "Options go before the verb. The password comes from --password-stdin or the\n"
              "CONFCTL_PASSWORD environment variable (never from the command line); the URL\n"
              "defaults to CONFCTL_URL and the user to CONFCTL_USER.\n"
              "\n"
              "Exit codes:\n"
              "  0  success\n"
              "  2  usage error or invalid command\n"
              "  3  authentication failed (wrong user name or password)\n"
              "  4  not found (unknown conference, conference not running, unknown member id)\n"
              "  5  forbidden (you are not the owner of the conference)\n"
              "  6  server or bridge error (HTTP 5xx, ERROR:, empty answer, -ERR from FreeSWITCH)\n"
              "  7  network, TLS or timeout problem\n");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"confctl"_s);
    QCoreApplication::setApplicationVersion(cc::versionString());

    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Control FreeSWITCH conferences through the sipXconfig REST API."));
    // Everything after the verb is positional, so "volume_in all -2" keeps its "-2".
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption urlOption(
        u"url"_s, tr("Base URL, e.g. https://pbx.example.com/sipxconfig/rest."), tr("URL"));
    const QCommandLineOption userOption(u"user"_s, tr("User name (conference owner)."), tr("U"));
    const QCommandLineOption passwordStdinOption(
        u"password-stdin"_s, tr("Read the password from the first line of standard input."));
    const QCommandLineOption methodOption(
        u"method"_s, tr("How commands are sent: auto (default), get or put."), tr("auto|get|put"), u"auto"_s);
    const QCommandLineOption pinOption(
        u"pin-cert"_s, tr("Trust the server certificate with this SHA-256 fingerprint (hex)."), tr("SHA256"));
    const QCommandLineOption timeoutOption(u"timeout"_s, tr("Seconds to wait for an answer (default 15)."),
                                           tr("S"), u"15"_s);
    const QCommandLineOption jsonOption(u"json"_s, tr("Machine-readable JSON output."));
    parser.addOptions(
        {urlOption, userOption, passwordStdinOption, methodOption, pinOption, timeoutOption, jsonOption});
    parser.addPositionalArgument(
        u"verb"_s, tr("conferences | show CONF | CONF COMMAND [ARGS…] | watch CONF | report CONF"),
        tr("<verb> [args…]"));

    if (!parser.parse(QCoreApplication::arguments()))
        return usageError(parser.errorText());
    if (parser.isSet(helpOption)) {
        std::fputs(qPrintable(parser.helpText() + u'\n' + helpEpilogue()), stdout);
        return confctl::ExitOk;
    }
    if (parser.isSet(versionOption)) {
        std::printf("confctl %s\n", qPrintable(cc::versionString()));
        return confctl::ExitOk;
    }

    confctl::Options options;
    options.json = parser.isSet(jsonOption);
    options.positional = parser.positionalArguments();
    if (options.positional.isEmpty())
        return usageError(tr("No verb given."));

    const QString url =
        parser.isSet(urlOption) ? parser.value(urlOption) : qEnvironmentVariable("CONFCTL_URL");
    if (url.isEmpty())
        return usageError(tr("No server URL: pass --url or set CONFCTL_URL."));
    // A host, a host URL or a whole API URL pasted from the document all name the server; say
    // on stderr what was assumed so that a script's author sees it once.
    const cc::ServerUrlReading reading = cc::interpretServerUrl(url);
    if (!reading.isValid())
        return usageError(reading.error);
    const QUrl baseUrl = reading.baseUrl;
    if (!reading.assumptions.isEmpty())
        std::fprintf(
            stderr, "%s\n",
            qPrintable(
                tr("confctl: using %1 (%2)").arg(baseUrl.toDisplayString(), reading.assumptions.join(u' '))));
    options.server.baseUrl = baseUrl;
    options.server.user =
        parser.isSet(userOption) ? parser.value(userOption) : qEnvironmentVariable("CONFCTL_USER");
    options.passwordFromStdin = parser.isSet(passwordStdinOption);
    if (!options.passwordFromStdin)
        options.server.password = qEnvironmentVariable("CONFCTL_PASSWORD");

    const QString method = parser.value(methodOption).toLower();
    if (method == u"auto"_s)
        options.server.methodPolicy = cc::MethodPolicy::Auto;
    else if (method == u"get"_s)
        options.server.methodPolicy = cc::MethodPolicy::Get;
    else if (method == u"put"_s)
        options.server.methodPolicy = cc::MethodPolicy::Put;
    else
        return usageError(tr("--method must be auto, get or put."));

    for (const QString &pin : parser.values(pinOption)) {
        // Accept the forms tools print: plain hex, or colon-separated pairs, any case.
        QString hex = pin.toLower();
        hex.remove(u':');
        hex.remove(u' ');
        static const QRegularExpression sha256(u"^[0-9a-f]{64}$"_s);
        if (!sha256.match(hex).hasMatch())
            return usageError(tr("--pin-cert needs a SHA-256 fingerprint: 64 hexadecimal digits."));
        options.server.pinnedSha256.insert(hex);
    }

    bool ok = false;
    const double timeout = parser.value(timeoutOption).toDouble(&ok);
    if (!ok || timeout <= 0 || timeout > 3600)
        return usageError(tr("--timeout must be a number of seconds between 0 and 3600."));
    options.server.timeoutMs = int(timeout * 1000);

    confctl::ConfCtlApp ctl(options);
    QObject::connect(&ctl, &confctl::ConfCtlApp::finished, &app,
                     [](int code) { QCoreApplication::exit(code); });
    // Start inside the event loop so that an immediate finish() can still end it.
    QTimer::singleShot(0, &ctl, &confctl::ConfCtlApp::start);
    return QCoreApplication::exec();
}
