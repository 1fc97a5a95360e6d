// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QStringList>
#include <QTranslator>

#include <optional>

namespace gui {

/// Installs the user-interface language: Qt's own qtbase catalogue (when the system has it) and
/// ours, embedded as :/i18n/conference-console_<lang>.qm by qt_add_translations. Lives as long
/// as the application; uninstalls on destruction.
class Translations final
{
    Q_DISABLE_COPY_MOVE(Translations)

public:
    Translations() = default;
    ~Translations();

    /// "en" plus the languages shipped in :/i18n (ro, de, fr).
    static QStringList supportedLanguages();
    static bool isSupported(const QString &language);
    /// The value of --lang X / --lang=X in argv, lower-cased; nullopt when absent.
    static std::optional<QString> languageFromArguments(const QStringList &arguments);
    /// The resource path of our catalogue for `language` ("ro" -> ":/i18n/conference-console_ro.qm").
    static QString catalogPath(const QString &language);

    /// Makes `locale` the default locale and installs the matching catalogues. English shows the
    /// source texts with the plural forms of the English catalogue ("1 member", "6 members");
    /// a language without a catalogue shows the source texts. Returns whether the texts were
    /// translated (false for English).
    bool install(const QLocale &locale);
    bool hasAppCatalog() const { return m_appInstalled; }

private:
    void uninstall();

    QTranslator m_qt;
    QTranslator m_app;
    bool m_qtInstalled = false;
    bool m_appInstalled = false;
};

} // namespace gui
