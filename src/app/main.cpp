// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/version.h"
#include "gui/window/mainwindow.h"
#include "gui/window/translations.h"
#include "gui/window/windowstatekeeper.h"
#include "gui/common/statusicons.h"
#include "gui/common/theme.h"
#include "app/demobridge.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTimer>
#include <QTranslator>

#include <cstdio>
#include <optional>

namespace {

/// The options of conference-console; the parser's own texts are translated when it is built.
struct Options
{
    QCommandLineOption demo{
        QStringLiteral("demo"),
        QCoreApplication::translate(
            "main", "Start the built-in conference bridge simulator and connect to it as alice.")};
    QCommandLineOption profile{QStringLiteral("profile"),
                               QCoreApplication::translate("main", "Connect with the saved profile <name>."),
                               QCoreApplication::translate("main", "name")};
    QCommandLineOption screenshot{
        QStringLiteral("screenshot"),
        QCoreApplication::translate("main",
                                    "Save a picture of the main window to <file> (with --quit-after)."),
        QCoreApplication::translate("main", "file")};
    QCommandLineOption quitAfter{QStringLiteral("quit-after"),
                                 QCoreApplication::translate("main", "Quit after <seconds>."),
                                 QCoreApplication::translate("main", "seconds")};
    QCommandLineOption lang{QStringLiteral("lang"),
                            QCoreApplication::translate("main",
                                                        "User interface language <code>: en, ro, de or fr "
                                                        "(default: the system language)."),
                            QCoreApplication::translate("main", "code")};
    QCommandLineOption theme{
        QStringLiteral("theme"),
        QCoreApplication::translate("main", "Colour theme <name>: system, light or dark (default: "
                                            "the last one chosen in View ▸ Theme)."),
        QCoreApplication::translate("main", "name")};
    QCommandLineOption dark{QStringLiteral("dark"),
                            QCoreApplication::translate("main", "Same as --theme dark.")};

    void addTo(QCommandLineParser &parser) const
    {
        parser.setApplicationDescription(QCoreApplication::translate(
            "main", "Moderator console for FreeSWITCH conferences via sipXconfig."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOptions({demo, profile, screenshot, quitAfter, lang, theme, dark});
    }
};

void setApplicationNames()
{
    QCoreApplication::setOrganizationName(QStringLiteral("ConferenceConsole"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("conference-console.invalid"));
    QCoreApplication::setApplicationName(QStringLiteral("conference-console"));
    QCoreApplication::setApplicationVersion(cc::versionString());
}

/// True for the options that only print: they need no display, so no QApplication.
bool onlyPrints(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView arg(argv[i]);
        if (arg == "-h" || arg == "--help" || arg == "-?" || arg == "--help-all" || arg == "-v" ||
            arg == "--version")
            return true;
    }
    return false;
}

/// --lang from the command line, checked; false (after saying why) for an unknown language.
bool installTranslations(gui::Translations &translations)
{
    // Before any option text exists: --lang wins over the system locale. It is read from argv
    // here because the parser's own texts must be translated.
    const std::optional<QString> lang =
        gui::Translations::languageFromArguments(QCoreApplication::arguments());
    if (lang && !gui::Translations::isSupported(*lang)) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate("main", "Unknown language “%1”; use one of: %2.")
                                    .arg(*lang, gui::Translations::supportedLanguages().join(u", "))));
        return false;
    }
    translations.install(lang ? QLocale(*lang) : QLocale());
    return true;
}

/// Names, --lang, then the options (their texts translated); --help and --version print and exit
/// here. False (after saying why) for an unknown language.
bool readCommandLine(QCoreApplication &app, gui::Translations &translations, QCommandLineParser &parser,
                     std::optional<Options> &options)
{
    setApplicationNames();
    if (!installTranslations(translations))
        return false;
    options.emplace();
    options->addTo(parser);
    parser.process(app);
    return true;
}

/// --help and --version like any command-line program: printed without a display.
int printOnly(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    gui::Translations translations;
    QCommandLineParser parser;
    std::optional<Options> options;
    return readCommandLine(app, translations, parser, options) ? 0 : 2;
}

} // namespace

int main(int argc, char *argv[])
{
    if (onlyPrints(argc, argv))
        return printOnly(argc, argv);

    QApplication app(argc, argv);
    gui::Translations translations;
    QCommandLineParser parser;
    std::optional<Options> options;
    if (!readCommandLine(app, translations, parser, options))
        return 2;
    QGuiApplication::setApplicationDisplayName(QCoreApplication::translate("main", "Conference Console"));
    QApplication::setWindowIcon(gui::StatusIcons::icon(cc::Glyph::App));
    const QCommandLineOption &demoOption = options->demo;
    const QCommandLineOption &profileOption = options->profile;
    const QCommandLineOption &screenshotOption = options->screenshot;
    const QCommandLineOption &quitAfterOption = options->quitAfter;
    const QCommandLineOption &themeOption = options->theme;
    const QCommandLineOption &darkOption = options->dark;

    // Theme before the first widget; a command-line choice is for this run only (not saved).
    gui::Theme::Mode theme = gui::Theme::saved();
    if (parser.isSet(darkOption)) {
        theme = gui::Theme::Dark;
    } else if (parser.isSet(themeOption)) {
        const std::optional<gui::Theme::Mode> chosen = gui::Theme::fromName(parser.value(themeOption));
        if (!chosen) {
            std::fprintf(stderr, "%s\n",
                         qPrintable(QCoreApplication::translate(
                                        "main", "Unknown theme “%1”; use system, light or dark.")
                                        .arg(parser.value(themeOption))));
            return 2;
        }
        theme = *chosen;
    }
    gui::Theme::apply(theme);

    double quitAfter = -1;
    if (parser.isSet(quitAfterOption)) {
        bool ok = false;
        quitAfter = parser.value(quitAfterOption).toDouble(&ok);
        if (!ok || quitAfter < 0) {
            std::fprintf(
                stderr, "%s\n",
                qPrintable(QCoreApplication::translate("main", "--quit-after needs a number of seconds.")));
            return 2;
        }
    }
    const QString screenshot = parser.value(screenshotOption);

    gui::MainWindow window;
    // Geometry and dock layout persist, except for screenshots, which must not depend on the
    // previous session (reproducible README pictures).
    if (screenshot.isEmpty()) {
        auto *keeper = new gui::WindowStateKeeper(&window);
        keeper->restore();
    }
    window.show();

    if (parser.isSet(demoOption)) {
        QString error;
        if (!gui::startDemo(window, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            auto *box = new QMessageBox(QMessageBox::Critical, QCoreApplication::translate("main", "Demo"),
                                        error, QMessageBox::Close, &window);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        }
    } else if (parser.isSet(profileOption)) {
        window.connectProfile(parser.value(profileOption));
    } else if (screenshot.isEmpty()) {
        window.restoreSession(); // File ▸ Reopen Connections and Tabs at Start
    }

    int exitCode = 0;
    if (quitAfter >= 0) {
        QTimer::singleShot(int(quitAfter * 1000), &window, [&window, &exitCode, screenshot] {
            if (!screenshot.isEmpty()) {
                // QWidget::grab renders through the backing store, so it works offscreen too.
                if (!window.grab().save(screenshot)) {
                    std::fprintf(
                        stderr, "%s\n",
                        qPrintable(QCoreApplication::translate("main", "Could not write the screenshot %1.")
                                       .arg(screenshot)));
                    exitCode = 1;
                }
            }
            QCoreApplication::exit(exitCode);
        });
    } else if (!screenshot.isEmpty()) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate("main", "--screenshot needs --quit-after.")));
    }
    const int rc = app.exec();
    return rc != 0 ? rc : exitCode;
}
