// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The embedded catalogues (:/i18n/conference-console_<lang>.qm, built by qt_add_translations):
// each shipped language translates the key strings of the console and of confcore, --lang is
// understood, and a running main window shows the translated texts. An "English copy" (every
// string translated to itself, tests/data/i18n/english-copy.qm) must be rejected.
#include "gui/window/mainwindow.h"
#include "gui/window/translations.h"
#include "gui/conference/conferenceview.h"

#include <QAction>
#include <QCoreApplication>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace gui;
using namespace Qt::Literals::StringLiterals;

namespace {

struct KeyString
{
    const char *context;
    const char *source;
};

// The strings the translators were asked to translate first (/tmp/key-strings.txt): the moderator's
// daily actions, a status glyph, a menu from the .ui file and two confcore command outcomes.
constexpr KeyString kKeyStrings[] = {
    {"gui::MemberActions", "Mute"},
    {"gui::MemberActions", "Unmute"},
    {"gui::MemberActions", "Kick"},
    {"gui::ConferenceToolbar", "Lock"},
    {"gui::ConferenceToolbar", "Dial out…"},
    {"gui::MemberActions", "Deaf"},
    {"gui::StatusIcons", "Recording"},
    {"MainWindow", "&File"},
    {"cc::CommandOutcome", "The command was carried out."},
    {"cc::CommandOutcome", "The server did not accept the user name or password."},
    // Strings that live outside a class: their context must still be the one looked up at run time.
    {"cc::ServerUrl", "No server address given."},
    {"cc::MemberName", "Member %1"},
    {"cc::ParticipantModel", "wants to speak"},
};

/// "context / source" of every key string the catalogue leaves untranslated or copies verbatim.
QStringList untranslatedKeys(const QTranslator &translator)
{
    QStringList missing;
    for (const KeyString &key : kKeyStrings) {
        const QString translated = translator.translate(key.context, key.source);
        if (translated.trimmed().isEmpty() || translated == QString::fromUtf8(key.source))
            missing << QStringLiteral("%1 / %2").arg(QLatin1String(key.context),
                                                     QString::fromUtf8(key.source));
    }
    return missing;
}

} // namespace

class tst_Translations final : public QObject
{
    Q_OBJECT

private slots:
    void shippedLanguages()
    {
        const QStringList languages = Translations::supportedLanguages();
        for (const char *lang : {"en", "ro", "de", "fr"})
            QVERIFY2(languages.contains(QLatin1String(lang)), qPrintable(languages.join(u' ')));
        QCOMPARE(languages.count(u"en"_s), 1); // the plural-only English catalogue adds no second "en"
        QVERIFY(Translations::isSupported(QStringLiteral("DE")));
        QVERIFY(!Translations::isSupported(QStringLiteral("xx")));
    }

    void catalogueTranslatesKeyStrings_data()
    {
        QTest::addColumn<QString>("language");
        for (const char *lang : {"ro", "de", "fr"})
            QTest::newRow(lang) << QString::fromLatin1(lang);
    }

    void catalogueTranslatesKeyStrings()
    {
        QFETCH(QString, language);
        const QString path = Translations::catalogPath(language);
        QVERIFY2(QFile::exists(path), qPrintable(path));
        QTranslator translator;
        QVERIFY(translator.load(path));
        QCOMPARE(translator.language().left(2), language);
        const QStringList missing = untranslatedKeys(translator);
        QVERIFY2(
            missing.isEmpty(),
            qPrintable(
                QStringLiteral("untranslated in %1: %2").arg(language, missing.join(QStringLiteral("; ")))));
    }

    void everyContextIsOneTheConsoleLooksUp()
    {
        // lupdate files a tr() it cannot tie to a class under the bare namespace ("cc"); the
        // console asks for "cc::Something" and would show English. Only the Designer forms and
        // main() have contexts without "::".
        const QSet<QString> plain = {u"ConnectionDialog"_s, u"DialOutDialog"_s, u"MainWindow"_s, u"main"_s};
        for (const char *lang : {"de", "fr", "ro"}) {
            QFile file(QStringLiteral(CONF_TEST_DATA_DIR "/../../translations/conference-console_%1.ts")
                           .arg(QLatin1String(lang)));
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
            QXmlStreamReader xml(&file);
            int contexts = 0;
            while (!xml.atEnd()) {
                // <name> appears only as the first child of a <context>.
                if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"name") {
                    const QString context = xml.readElementText();
                    ++contexts;
                    QVERIFY2(
                        context.contains(u"::"_s) || plain.contains(context),
                        qPrintable(QStringLiteral("%1: context “%2”").arg(QLatin1String(lang), context)));
                }
            }
            QVERIFY(!xml.hasError());
            QVERIFY(contexts > 40);
        }
    }

    void englishReadsOneMemberSixMembers()
    {
        // English shows the source texts with the plural forms of its plural-only catalogue.
        QVERIFY(QFile::exists(Translations::catalogPath(u"en"_s)));
        Translations english;
        QVERIFY(!english.install(QLocale(QLocale::English))); // nothing translated, only plurals
        QCOMPARE(QCoreApplication::translate("gui::ConferenceView", "%n member(s)", nullptr, 1),
                 u"1 member"_s);
        QCOMPARE(QCoreApplication::translate("gui::ConferenceView", "%n member(s)", nullptr, 6),
                 u"6 members"_s);
        QCOMPARE(QCoreApplication::translate("gui::SpeakerTimeline", "%n turn(s)", nullptr, 1), u"1 turn"_s);
        QCOMPARE(QCoreApplication::translate("gui::MainWindow", "&File"), u"&File"_s);
        QCOMPARE(ConferenceView::memberCountText(1), u"1 member"_s);
        QCOMPARE(ConferenceView::memberCountText(6), u"6 members"_s);

        // Every plural message of the catalogue has its two forms, and neither says "(s)".
        QFile file(QStringLiteral(CONF_TEST_DATA_DIR "/../../translations/conference-console_en.ts"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        int messages = 0;
        QStringList forms;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == u"message") {
                QVERIFY(xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes"));
                ++messages;
            } else if (xml.isStartElement() && xml.name() == u"numerusform") {
                forms << xml.readElementText();
            }
        }
        QVERIFY(!xml.hasError());
        QVERIFY(messages >= 10);
        QCOMPARE(forms.size(), 2 * messages);
        for (const QString &form : std::as_const(forms))
            QVERIFY2(!form.isEmpty() && !form.contains(u"(s)"_s), qPrintable(form));
    }

    void englishCopyIsRejected()
    {
        QTranslator copy;
        QVERIFY(copy.load(QStringLiteral(CONF_TEST_DATA_DIR "/i18n/english-copy.qm")));
        // It does contain every key (translated to itself), so only the identity check catches it.
        QCOMPARE(copy.translate("gui::MemberActions", "Mute"), QStringLiteral("Mute"));
        QCOMPARE(untranslatedKeys(copy).size(), qsizetype(std::size(kKeyStrings)));
        QTranslator empty;
        QCOMPARE(untranslatedKeys(empty).size(), qsizetype(std::size(kKeyStrings)));
    }

    void languageOption_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected"); // empty: no --lang
        QTest::newRow("none") << QStringList{u"app"_s, u"--demo"_s} << QString();
        QTest::newRow("separate") << QStringList{u"app"_s, u"--lang"_s, u"ro"_s} << u"ro"_s;
        QTest::newRow("equals") << QStringList{u"app"_s, u"--demo"_s, u"--lang=FR"_s} << u"fr"_s;
        QTest::newRow("after --") << QStringList{u"app"_s, u"--"_s, u"--lang=de"_s} << QString();
        QTest::newRow("missing value") << QStringList{u"app"_s, u"--lang"_s} << QString();
    }

    void languageOption()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        const std::optional<QString> lang = Translations::languageFromArguments(arguments);
        QCOMPARE(lang.value_or(QString()), expected);
    }

    void installShowsTranslatedWindow()
    {
        const QString source = QStringLiteral("&File");
        {
            Translations translations;
            QVERIFY(translations.install(QLocale(QStringLiteral("de"))));
            QCOMPARE(QLocale().language(), QLocale::German);
            const QString translated = QCoreApplication::translate("MainWindow", "&File");
            QVERIFY(translated != source);
            MainWindow window;
            auto *file = window.menuBar()->findChild<QMenu *>(QStringLiteral("menuFile"));
            QVERIFY(file);
            QCOMPARE(file->title(), translated);
            QVERIFY(QCoreApplication::translate("cc::CommandOutcome", "The command was carried out.") !=
                    QLatin1String("The command was carried out."));
        }
        // Destroyed: removed again. English installs nothing.
        QCOMPARE(QCoreApplication::translate("MainWindow", "&File"), source);
        Translations english;
        QVERIFY(!english.install(QLocale(QStringLiteral("en"))));
        QCOMPARE(QCoreApplication::translate("gui::MemberActions", "Mute"), QStringLiteral("Mute"));
        QLocale::setDefault(QLocale::c());
    }
};

QTEST_MAIN(tst_Translations)
#include "tst_translations.moc"
