// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/window/translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>

namespace gui {

namespace {
const QString kCatalog = QStringLiteral("conference-console");
const QString kPrefix = QStringLiteral(":/i18n");
} // namespace

Translations::~Translations()
{
    uninstall();
}

QStringList Translations::supportedLanguages()
{
    QStringList languages{QStringLiteral("en")};
    // The catalogues qt_add_translations embedded (src/CMakeLists.txt), so a new .ts needs no code.
    const QStringList files =
        QDir(kPrefix).entryList({kCatalog + QStringLiteral("_*.qm")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QString language = QFileInfo(file).completeBaseName().mid(kCatalog.size() + 1);
        if (!languages.contains(language)) // English ships its plural forms only
            languages << language;
    }
    return languages;
}

bool Translations::isSupported(const QString &language)
{
    return supportedLanguages().contains(language.toLower());
}

std::optional<QString> Translations::languageFromArguments(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == QLatin1String("--"))
            break;
        if ((arg == QLatin1String("--lang") || arg == QLatin1String("-lang")) && i + 1 < arguments.size())
            return arguments.at(i + 1).toLower();
        for (const QLatin1String prefix : {QLatin1String("--lang="), QLatin1String("-lang=")}) {
            if (arg.startsWith(prefix))
                return arg.mid(prefix.size()).toLower();
        }
    }
    return std::nullopt;
}

QString Translations::catalogPath(const QString &language)
{
    return kPrefix + u'/' + kCatalog + u'_' + language + QStringLiteral(".qm");
}

bool Translations::install(const QLocale &locale)
{
    uninstall();
    QLocale::setDefault(locale);
    if (locale.language() == QLocale::English || locale.language() == QLocale::C) {
        // The source texts are English; the catalogue only turns "%n member(s)" into "1 member",
        // "6 members". No Qt catalogue: Qt's own texts are English already.
        if (m_app.load(catalogPath(QStringLiteral("en"))))
            m_appInstalled = QCoreApplication::installTranslator(&m_app);
        return false;
    }
    if (m_app.load(locale, kCatalog, QStringLiteral("_"), kPrefix))
        m_appInstalled = QCoreApplication::installTranslator(&m_app);
    // Qt's own dialogs and buttons (qt6-translations-l10n); only alongside ours, so an
    // unsupported locale does not give a half-translated window.
    if (m_appInstalled && m_qt.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                                    QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        m_qtInstalled = QCoreApplication::installTranslator(&m_qt);
    return m_appInstalled;
}

void Translations::uninstall()
{
    if (m_appInstalled)
        QCoreApplication::removeTranslator(&m_app);
    if (m_qtInstalled)
        QCoreApplication::removeTranslator(&m_qt);
    m_appInstalled = m_qtInstalled = false;
}

} // namespace gui
