// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The dependency rules of docs/architecture.md, read from the sources' own #include lines: a
// file that includes across a line the document forbids fails here, with the line named.
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QString sourceRoot()
{
    // CONF_TEST_DATA_DIR is <source>/tests/data (tests/CMakeLists.txt).
    return QDir(QStringLiteral(CONF_TEST_DATA_DIR)).absoluteFilePath(u"../../src"_s);
}

/// "core/model/participant.h" -> "core/model"; "core/version.h" -> "core"; "sim/x.h" -> "sim".
/// A file of the same folder (no slash) has no area of its own: empty.
QString areaOfInclude(const QString &include)
{
    const QStringList parts = include.split(u'/');
    if (parts.size() < 2)
        return {};
    if ((parts[0] == u"core" || parts[0] == u"gui") && parts.size() >= 3)
        return parts[0] + u'/' + parts[1];
    return parts[0];
}

/// The area a source file belongs to, from its path below src/.
QString areaOfFile(const QString &relativePath)
{
    return areaOfInclude(relativePath);
}

struct Include
{
    QString file; // relative to src/
    int line = 0;
    QString target;
};

QList<Include> includesBelow(const QString &folder)
{
    static const QRegularExpression quoted(uR"re(^\s*#\s*include\s+"([^"]+)")re"_s);
    QList<Include> found;
    const QDir root(sourceRoot());
    QDirIterator it(root.filePath(folder), {u"*.h"_s, u"*.cpp"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        int lineNo = 0;
        while (!file.atEnd()) {
            const QString line = QString::fromUtf8(file.readLine());
            ++lineNo;
            const auto match = quoted.match(line);
            if (match.hasMatch())
                found.append({root.relativeFilePath(path), lineNo, match.captured(1)});
        }
    }
    return found;
}

QString describe(const Include &include)
{
    return u"%1:%2 includes \"%3\""_s.arg(include.file).arg(include.line).arg(include.target);
}

const QStringList kCoreAreas = {
    u"core"_s,       u"core/commands"_s, u"core/rest"_s,        u"core/esl"_s,      u"core/parsers"_s,
    u"core/model"_s, u"core/sources"_s,  u"core/diagnostics"_s, u"core/insights"_s, u"core/meeting"_s};

/// Which areas each area may include (its own always). The table of docs/architecture.md.
QStringList allowedFor(const QString &area)
{
    const QStringList core = kCoreAreas;
    if (area == u"core/model")
        return {};
    if (area == u"core/parsers" || area == u"core/insights")
        return {u"core/model"_s};
    if (area.startsWith(u"core"))
        return core;
    if (area == u"httpd")
        return {u"core/rest"_s};
    if (area == u"sim")
        return core + QStringList{u"httpd"_s};
    if (area == u"confctl")
        return core;
    if (area == u"gui/common")
        return core;
    if (area == u"gui/connection" || area == u"gui/dialogs")
        return core + QStringList{u"gui/common"_s};
    if (area == u"gui/conference" || area == u"gui/troubleshooting")
        return core + QStringList{u"gui/common"_s, u"gui/connection"_s, u"gui/dialogs"_s};
    if (area == u"gui/window")
        return core + QStringList{u"gui/common"_s, u"gui/connection"_s, u"gui/dialogs"_s, u"gui/conference"_s,
                                  u"gui/troubleshooting"_s};
    if (area == u"app")
        return core +
               QStringList{
                   u"gui/common"_s,          u"gui/connection"_s, u"gui/dialogs"_s, u"gui/conference"_s,
                   u"gui/troubleshooting"_s, u"gui/window"_s,     u"sim"_s};
    return {};
}

} // namespace

class tst_DependencyRules : public QObject
{
    Q_OBJECT

private slots:
    void sourcesAreFound()
    {
        // Guards the others: a wrong source path would make every rule pass on nothing.
        QVERIFY2(includesBelow(u"core"_s).size() > 100, qPrintable(sourceRoot()));
        QVERIFY(includesBelow(u"gui"_s).size() > 100);
        QVERIFY(QFileInfo::exists(QDir(sourceRoot()).filePath(u"app/main.cpp"_s)));
    }

    void everyIncludeFollowsTheLayers()
    {
        QStringList broken;
        for (const QString &top : {u"core"_s, u"httpd"_s, u"sim"_s, u"confctl"_s, u"gui"_s, u"app"_s}) {
            for (const Include &include : includesBelow(top)) {
                const QString from = areaOfFile(include.file);
                const QString to = areaOfInclude(include.target);
                if (to.isEmpty() || to == from)
                    continue;
                if (!allowedFor(from).contains(to))
                    broken << describe(include);
            }
        }
        QVERIFY2(broken.isEmpty(), qPrintable(broken.join(u'\n')));
    }

    void onlyTheDemoBridgeReachesTheSimulator()
    {
        // confgui never links confsim: within the console, sim/ is included by app/demobridge
        // alone, and demobridge.h by the executable's main.cpp alone.
        QStringList broken;
        for (const QString &top : {u"gui"_s, u"app"_s}) {
            for (const Include &include : includesBelow(top)) {
                if (include.target.startsWith(u"sim/") && include.file != u"app/demobridge.cpp")
                    broken << describe(include);
                if (include.target == u"app/demobridge.h" && include.file != u"app/main.cpp" &&
                    include.file != u"app/demobridge.cpp")
                    broken << describe(include);
            }
        }
        QVERIFY2(broken.isEmpty(), qPrintable(broken.join(u'\n')));
    }

    void httpdSharesOnlyTheDigestArithmetic()
    {
        QStringList broken;
        for (const Include &include : includesBelow(u"httpd"_s)) {
            if (include.target.startsWith(u"core/") && include.target != u"core/rest/digestmath.h" &&
                include.target != u"core/rest/authchallenge.h")
                broken << describe(include);
        }
        QVERIFY2(broken.isEmpty(), qPrintable(broken.join(u'\n')));
    }

    void coreHasNoWidgetsOrPainting()
    {
        // The core is QtCore + QtNetwork: no widget, painting or GUI-application header.
        static const QRegularExpression guiHeader(
            uR"re(^\s*#\s*include\s+<(Qt(Widgets|Gui|PrintSupport)/|Q(Widget|Application|GuiApplication|Dialog|MainWindow|Icon|Pixmap|Image|Color|Painter|Font|Brush|Palette|AbstractItemView|TableView)>))re"_s);
        QStringList broken;
        const QDir root(sourceRoot());
        QDirIterator it(root.filePath(u"core"_s), {u"*.h"_s, u"*.cpp"_s}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            int lineNo = 0;
            while (!file.atEnd()) {
                const QString line = QString::fromUtf8(file.readLine());
                ++lineNo;
                if (guiHeader.match(line).hasMatch())
                    broken << u"%1:%2 %3"_s.arg(root.relativeFilePath(path)).arg(lineNo).arg(line.trimmed());
            }
        }
        QVERIFY2(broken.isEmpty(), qPrintable(broken.join(u'\n')));
    }

    void theRuleTableCatchesABreach()
    {
        // The checks above are only as good as the table: a feature folder reaching up to the
        // window, the model reaching into REST, the GUI reaching the simulator all break it.
        QVERIFY(!allowedFor(areaOfFile(u"gui/conference/x.cpp"_s))
                     .contains(areaOfInclude(u"gui/window/mainwindow.h"_s)));
        QVERIFY(!allowedFor(areaOfFile(u"core/model/x.cpp"_s))
                     .contains(areaOfInclude(u"core/rest/restclient.h"_s)));
        QVERIFY(!allowedFor(areaOfFile(u"gui/common/x.cpp"_s)).contains(areaOfInclude(u"sim/simulator.h"_s)));
        QVERIFY(!allowedFor(areaOfFile(u"core/x.cpp"_s)).contains(areaOfInclude(u"gui/common/theme.h"_s)));
        QVERIFY(allowedFor(areaOfFile(u"gui/window/x.cpp"_s))
                    .contains(areaOfInclude(u"gui/conference/conferencetabs.h"_s)));
        QCOMPARE(areaOfInclude(u"core/version.h"_s), u"core"_s);
        QCOMPARE(areaOfInclude(u"engineprivate.h"_s), QString());
    }
};

QTEST_GUILESS_MAIN(tst_DependencyRules)
#include "tst_dependencyrules.moc"
