// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The files a desktop sees: the .desktop entry and the AppStream metainfo pass their validators
// (desktop-file-validate, appstreamcli validate --no-net; a missing tool is skipped), agree with
// each other and with the build (ids, binaries, icon, screenshots), and the confctl man page
// documents every option, environment variable and exit code that confctl has.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QXmlStreamReader>

namespace {

const QString kAppId = QStringLiteral("org.conferenceconsole.ConferenceConsole");

QString sourcePath(const QString &relative)
{
    return QDir::cleanPath(QStringLiteral(CONF_TEST_DATA_DIR "/../../") + relative);
}

QString readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

struct ToolRun
{
    bool found = false;
    bool started = false;
    int exitCode = -1;
    QString output;
};

ToolRun runTool(const QString &program, const QStringList &arguments)
{
    ToolRun run;
    const QString path = QStandardPaths::findExecutable(program);
    if (path.isEmpty())
        return run;
    run.found = true;
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(path, arguments);
    run.started = finished.wait(30000);
    run.exitCode = process.exitCode();
    run.output = QString::fromUtf8(process.readAll());
    return run;
}

/// Key=Value pairs of the [Desktop Entry] group.
QHash<QString, QString> desktopEntry(const QString &text)
{
    QHash<QString, QString> keys;
    bool inGroup = false;
    for (const QString &line : text.split(u'\n')) {
        if (line.startsWith(u'['))
            inGroup = line == QLatin1String("[Desktop Entry]");
        else if (inGroup && line.contains(u'=') && !line.startsWith(u'#'))
            keys.insert(line.section(u'=', 0, 0), line.section(u'=', 1));
    }
    return keys;
}

} // namespace

class tst_DesktopFiles final : public QObject
{
    Q_OBJECT

private slots:
    void desktopEntryIsComplete()
    {
        const QString text =
            readText(sourcePath(QStringLiteral("resources/desktop/") + kAppId + QStringLiteral(".desktop")));
        QVERIFY(!text.isEmpty());
        const QHash<QString, QString> keys = desktopEntry(text);
        QCOMPARE(keys.value(QStringLiteral("Type")), QStringLiteral("Application"));
        QCOMPARE(keys.value(QStringLiteral("Exec")), QStringLiteral("conference-console"));
        QCOMPARE(keys.value(QStringLiteral("Icon")), kAppId); // installed as hicolor/scalable/apps/<id>.svg
        QVERIFY(keys.value(QStringLiteral("Categories")).endsWith(u';'));
        QVERIFY(keys.value(QStringLiteral("Categories")).contains(QStringLiteral("Telephony")));
        QVERIFY(!keys.value(QStringLiteral("Comment")).isEmpty());
        for (const char *lang : {"de", "fr", "ro"})
            QVERIFY(keys.contains(QStringLiteral("Name[%1]").arg(QLatin1String(lang))));
        QVERIFY(QFile::exists(sourcePath(QStringLiteral("resources/icons/app.svg"))));
    }

    void desktopFileValidates()
    {
        const ToolRun run =
            runTool(QStringLiteral("desktop-file-validate"),
                    {sourcePath(QStringLiteral("resources/desktop/") + kAppId + QStringLiteral(".desktop"))});
        if (!run.found)
            QSKIP("desktop-file-validate is not installed (package desktop-file-utils)");
        QVERIFY2(run.started, "desktop-file-validate did not finish");
        QVERIFY2(run.exitCode == 0 && !run.output.contains(QStringLiteral("error")), qPrintable(run.output));
    }

    void metainfoValidates()
    {
        const QString path =
            sourcePath(QStringLiteral("resources/desktop/") + kAppId + QStringLiteral(".metainfo.xml"));
        const ToolRun run =
            runTool(QStringLiteral("appstreamcli"), {QStringLiteral("validate"), QStringLiteral("--no-net"),
                                                     QStringLiteral("--explain"), path});
        if (!run.found)
            QSKIP("appstreamcli is not installed (package appstream)");
        QVERIFY2(run.started, "appstreamcli did not finish");
        QVERIFY2(run.exitCode == 0, qPrintable(run.output));
        QVERIFY2(!run.output.contains(QStringLiteral("W: ")) && !run.output.contains(QStringLiteral("E: ")),
                 qPrintable(run.output));
    }

    void metainfoAgreesWithTheBuild()
    {
        QFile file(
            sourcePath(QStringLiteral("resources/desktop/") + kAppId + QStringLiteral(".metainfo.xml")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        QString id, launchable;
        QStringList binaries, screenshots;
        bool rating = false;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            const auto name = xml.name();
            if (name == QLatin1String("id"))
                id = xml.readElementText();
            else if (name == QLatin1String("launchable"))
                launchable = xml.readElementText();
            else if (name == QLatin1String("binary"))
                binaries << xml.readElementText();
            else if (name == QLatin1String("image"))
                screenshots << xml.readElementText();
            else if (name == QLatin1String("content_rating"))
                rating = true;
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(id, kAppId);
        QCOMPARE(launchable, kAppId + QStringLiteral(".desktop"));
        QCOMPARE(binaries, (QStringList{QStringLiteral("conference-console"), QStringLiteral("confctl"),
                                        QStringLiteral("conference-bridge-sim")}));
        QVERIFY(rating);
        QCOMPARE(screenshots.size(), 2);
        for (const QString &url : std::as_const(screenshots)) {
            const QString relative = url.mid(url.indexOf(QStringLiteral("docs/screenshots/")));
            QVERIFY2(relative.startsWith(QStringLiteral("docs/")), qPrintable(url));
            QVERIFY2(QFile::exists(sourcePath(relative)), qPrintable(relative)); // the README pictures
        }
    }

    void packageRecommendsACjkFont()
    {
        // Caller names in Chinese, Japanese or Korean: boxes without a font that has them.
        const QString config =
            QCoreApplication::applicationDirPath() + QStringLiteral("/../CPackConfig.cmake");
        QFile file(config);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(config));
        const QString text = QString::fromUtf8(file.readAll());
        const qsizetype at = text.indexOf(QStringLiteral("CPACK_DEBIAN_PACKAGE_RECOMMENDS"));
        QVERIFY(at >= 0);
        const QString line = text.mid(at, text.indexOf(u'\n', at) - at);
        QVERIFY2(line.contains(QStringLiteral("fonts-noto-cjk")), qPrintable(line));
    }

    void manPageDocumentsConfctl()
    {
        const QString man = readText(sourcePath(QStringLiteral("docs/confctl.1")));
        QVERIFY(man.startsWith(QStringLiteral(".\\\"")) || man.contains(QStringLiteral(".TH CONFCTL 1")));
        QVERIFY(man.contains(QStringLiteral(".TH CONFCTL 1")));
        const QString source = readText(sourcePath(QStringLiteral("src/confctl/main.cpp")));
        QVERIFY(!source.isEmpty());
        // Every option confctl defines (QCommandLineOption name(u"name"_s, …)).
        static const QRegularExpression option(
            QStringLiteral(R"re(QCommandLineOption\s+\w+\(\s*u"([a-z-]+)"_s)re"));
        int options = 0;
        for (auto it = option.globalMatch(source); it.hasNext();) {
            const QString name = it.next().captured(1);
            QVERIFY2(
                man.contains(QStringLiteral("\\-\\-") + QString(name).replace(u'-', QStringLiteral("\\-"))),
                qPrintable(name));
            ++options;
        }
        QVERIFY(options >= 7);
        for (const char *env : {"CONFCTL_URL", "CONFCTL_USER", "CONFCTL_PASSWORD"}) {
            QVERIFY(source.contains(QLatin1String(env)));
            QVERIFY2(man.contains(QLatin1String(env)), env);
        }
        // Every exit code of exitcodes.h has its own entry under EXIT STATUS.
        const QString codes = readText(sourcePath(QStringLiteral("src/confctl/exitcodes.h")));
        static const QRegularExpression code(QStringLiteral(R"re(Exit\w+\s*=\s*(\d+))re"));
        const QString exitSection =
            man.section(QStringLiteral(".SH EXIT STATUS"), 1).section(QStringLiteral(".SH"), 0, 0);
        int count = 0;
        for (auto it = code.globalMatch(codes); it.hasNext();) {
            const QString value = it.next().captured(1);
            QVERIFY2(exitSection.contains(QStringLiteral(".B ") + value + u'\n'), qPrintable(value));
            ++count;
        }
        QCOMPARE(count, 7);
        for (const char *verb : {"conferences", "show", "watch"})
            QVERIFY2(man.contains(QStringLiteral(".B %1").arg(QLatin1String(verb))) ||
                         man.contains(QStringLiteral(".BI %1").arg(QLatin1String(verb))) ||
                         man.contains(QStringLiteral(".BI \"%1").arg(QLatin1String(verb))),
                     verb);
        QVERIFY(man.contains(QStringLiteral(".SH EXAMPLES")));
    }
};

QTEST_GUILESS_MAIN(tst_DesktopFiles)
#include "tst_desktopfiles.moc"
