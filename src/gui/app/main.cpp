// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/version.h"
#include "gui/app/mainwindow.h"
#include "gui/app/statusicons.h"
#include "gui/app/theme.h"
#include "gui/app/translations.h"
#include "gui/app/windowstatekeeper.h"
#include "gui/conference/conferenceview.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTimer>
#include <QTranslator>

#include <cstdio>
#include <optional>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ConferenceConsole"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("conference-console.invalid"));
    QCoreApplication::setApplicationName(QStringLiteral("conference-console"));
    QCoreApplication::setApplicationVersion(cc::versionString());
    QGuiApplication::setApplicationDisplayName(QCoreApplication::translate("main", "Conference Console"));
    QApplication::setWindowIcon(gui::StatusIcons::icon(gui::StatusIcons::App));

    // Translations before any widget or option text exists: --lang wins over the system locale.
    // The option is read from argv here because the parser's own texts must be translated.
    const std::optional<QString> lang = gui::Translations::languageFromArguments(app.arguments());
    if (lang && !gui::Translations::isSupported(*lang)) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate("main", "Unknown language “%1”; use one of: %2.")
                                    .arg(*lang, gui::Translations::supportedLanguages().join(u", "))));
        return 2;
    }
    gui::Translations translations;
    translations.install(lang ? QLocale(*lang) : QLocale());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Moderator console for FreeSWITCH conferences via sipXconfig."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QCoreApplication::translate(
            "main", "Start the built-in conference bridge simulator and connect to it as alice."));
    const QCommandLineOption profileOption(
        QStringLiteral("profile"),
        QCoreApplication::translate("main", "Connect with the saved profile <name>."),
        QCoreApplication::translate("main", "name"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("main",
                                    "Save a picture of the main window to <file> (with --quit-after)."),
        QCoreApplication::translate("main", "file"));
    const QCommandLineOption quitAfterOption(QStringLiteral("quit-after"),
                                             QCoreApplication::translate("main", "Quit after <seconds>."),
                                             QCoreApplication::translate("main", "seconds"));
    const QCommandLineOption langOption(
        QStringLiteral("lang"),
        QCoreApplication::translate("main", "User interface language <code>: en, ro, de or fr "
                                            "(default: the system language)."),
        QCoreApplication::translate("main", "code"));
    const QCommandLineOption themeOption(
        QStringLiteral("theme"),
        QCoreApplication::translate("main", "Colour theme <name>: system, light or dark (default: the last "
                                            "one chosen in View ▸ Theme)."),
        QCoreApplication::translate("main", "name"));
    const QCommandLineOption darkOption(QStringLiteral("dark"),
                                        QCoreApplication::translate("main", "Same as --theme dark."));
    parser.addOptions(
        {demoOption, profileOption, screenshotOption, quitAfterOption, langOption, themeOption, darkOption});
    parser.process(app);

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
        if (!window.startDemo(&error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            auto *box = new QMessageBox(QMessageBox::Critical, QCoreApplication::translate("main", "Demo"),
                                        error, QMessageBox::Close, &window);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        }
    } else if (parser.isSet(profileOption)) {
        window.connectProfile(parser.value(profileOption));
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
