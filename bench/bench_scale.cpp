// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Scale: 50 conferences x 100 members open as tabs of one MainWindow (offscreen), each polled
// at 1 Hz by its ConferenceView from conference-bridge-sim in a separate process.
//   - resident memory of the console process (VmRSS, target < 150 MB);
//   - on the visible tab, after a snapshot where every member changed in every shown column:
//     the time applySnapshot takes (model diff + proxy + view bookkeeping) and the time
//     QWidget::repaint() of the table's viewport takes (synchronous paint, offscreen).
#include "benchsupport.h"
#include "core/model/participantmodel.h"
#include "gui/window/mainwindow.h"
#include "gui/conference/conferenceview.h"
#include "gui/connection/connectionprofile.h"
#include "gui/connection/serverconnection.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <memory>

namespace {

struct Settings
{
    QString simExecutable;
    int conferences = 50;
    int members = 100;
    int settleSeconds = 5;
    int repaints = 21;
};

double median(QList<double> v)
{
    if (v.isEmpty())
        return -1;
    std::sort(v.begin(), v.end());
    return v.at(v.size() / 2);
}

/// Every column of every member differs from `s` (names, numbers, flags, levels, times).
cc::ConferenceSnapshot everythingChanged(cc::ConferenceSnapshot s)
{
    for (cc::Participant &p : s.members) {
        p.callerIdName += QStringLiteral(" ✱");
        p.callerIdNumber += QLatin1Char('9');
        p.talking = !p.talking;
        p.hasFloor = !p.hasFloor;
        p.canSpeak = !p.canSpeak;
        p.canHear = !p.canHear;
        p.isModerator = !p.isModerator;
        p.hold = !p.hold;
        p.hasVideo = !p.hasVideo;
        p.energy += 50;
        p.volumeIn = p.volumeIn == 0 ? 2 : 0;
        p.volumeOut = p.volumeOut == 0 ? -2 : 0;
        p.joinTimeSeconds += 600;
        p.lastTalkingSeconds = p.lastTalkingSeconds ? std::optional<qint64>() : std::optional<qint64>(3);
    }
    return s;
}

class Runner final : public QObject
{
    Q_OBJECT

public:
    Runner(const Settings &settings, const QString &scenario)
        : m_settings(settings)
        , m_scenario(scenario)
    {}

    void begin()
    {
        m_window = std::make_unique<gui::MainWindow>();
        m_window->resize(1280, 800);
        m_window->show();
        m_rssEmptyKb = bench::residentKb();
        m_sim = std::make_unique<bench::SimProcess>(m_settings.simExecutable, m_scenario, false);
        connect(m_sim.get(), &bench::SimProcess::failed, this, [](const QString &error) {
            QTextStream(stderr) << "bench_scale: conference-bridge-sim failed: " << error << Qt::endl;
            QCoreApplication::exit(1);
        });
        connect(m_sim.get(), &bench::SimProcess::ready, this, &Runner::open);
    }

private:
    void open()
    {
        gui::ConnectionProfile profile;
        profile.name = QStringLiteral("bench");
        profile.baseUrl = m_sim->baseUrl();
        profile.user = QStringLiteral("alice");
        profile.pinnedSha256 = {m_sim->sha256()};
        m_connection = std::make_unique<gui::ServerConnection>(profile, QStringLiteral("wonderland"));
        m_clock.start();
        for (int i = 0; i < m_settings.conferences; ++i)
            m_window->openConference(m_connection.get(),
                                     QStringLiteral("conf%1").arg(i, 2, 10, QLatin1Char('0')));
        m_window->tabs()->setCurrentIndex(0);
        auto *timer = new QTimer(this);
        connect(timer, &QTimer::timeout, this, [this, timer] {
            int full = 0;
            for (gui::ConferenceView *view : m_window->conferenceViews())
                full += view->model()->rowCount() == m_settings.members ? 1 : 0;
            if (full == m_settings.conferences) {
                timer->stop();
                m_loadedMs = m_clock.elapsed();
                m_cpuStart = bench::cpuSeconds();
                m_clock.restart();
                QTimer::singleShot(m_settings.settleSeconds * 1000, this, &Runner::measure);
            } else if (m_clock.elapsed() > 120000) {
                QTextStream(stderr) << "bench_scale: only " << full << " conferences filled in 120 s"
                                    << Qt::endl;
                QCoreApplication::exit(1);
            }
        });
        timer->start(100);
    }

    void measure()
    {
        const double cpu = bench::cpuSeconds() - m_cpuStart;
        const double wall = double(m_clock.elapsed()) / 1000.0;
        const qint64 rss = bench::residentKb();
        const QString section = QStringLiteral("scale %1 conferences x %2 members, one window, offscreen")
                                    .arg(m_settings.conferences)
                                    .arg(m_settings.members);
        bench::summary(section, QStringLiteral("all tabs filled after"),
                       QStringLiteral("%1 ms").arg(m_loadedMs));
        bench::summary(section, QStringLiteral("VmRSS (empty window -> all open)"),
                       QStringLiteral("%1 MB -> %2 MB")
                           .arg(m_rssEmptyKb / 1024.0, 0, 'f', 1)
                           .arg(rss / 1024.0, 0, 'f', 1),
                       QStringLiteral("< 150 MB"), bench::verdict(rss > 0 && rss < 150 * 1024));
        bench::summary(section, QStringLiteral("console CPU, 50 polls/s"),
                       QStringLiteral("%1 % of one core").arg(100.0 * cpu / wall, 0, 'f', 1));
        if (rss <= 0 || rss >= 150 * 1024)
            m_exitCode = 1;

        // Repaint: the visible tab, polling stopped so only our snapshots reach it.
        gui::ConferenceView *view = m_window->currentView();
        view->stop();
        QTableView *table = view->table();
        cc::ParticipantModel *model = view->model();
        const cc::ConferenceSnapshot base = model->snapshot();
        const cc::ConferenceSnapshot changed = everythingChanged(base);
        int dataChanged = 0;
        connect(model, &QAbstractItemModel::dataChanged, this, [&dataChanged] { ++dataChanged; });
        table->viewport()->repaint(); // warm caches (fonts, icons)
        QList<double> applyMs, repaintMs;
        for (int i = 0; i < m_settings.repaints; ++i) {
            QElapsedTimer t;
            t.start();
            model->applySnapshot(i % 2 == 0 ? changed : base);
            applyMs << double(t.nsecsElapsed()) / 1e6;
            t.restart();
            table->viewport()->repaint();
            repaintMs << double(t.nsecsElapsed()) / 1e6;
        }
        const int visibleRows = table->rowAt(table->viewport()->height() - 1) - table->rowAt(0) + 1;
        bench::summary(section, QStringLiteral("everything changed: applySnapshot (100 rows)"),
                       QStringLiteral("%1 ms median (%2 dataChanged per apply)")
                           .arg(median(applyMs), 0, 'f', 2)
                           .arg(dataChanged / m_settings.repaints));
        bench::summary(section, QStringLiteral("everything changed: table viewport repaint()"),
                       QStringLiteral("%1 ms median, %2 ms max (%3 visible rows, %4x%5 px)")
                           .arg(median(repaintMs), 0, 'f', 2)
                           .arg(*std::max_element(repaintMs.cbegin(), repaintMs.cend()), 0, 'f', 2)
                           .arg(visibleRows)
                           .arg(table->viewport()->width())
                           .arg(table->viewport()->height()),
                       QStringLiteral("- (a 60 Hz frame is 16.7 ms)"));
        // Closing the window stops every view before the connection goes away.
        m_window.reset();
        m_connection.reset();
        m_sim.reset();
        QCoreApplication::exit(m_exitCode);
    }

    Settings m_settings;
    QString m_scenario;
    std::unique_ptr<gui::MainWindow> m_window;
    std::unique_ptr<gui::ServerConnection> m_connection;
    std::unique_ptr<bench::SimProcess> m_sim;
    QElapsedTimer m_clock;
    qint64 m_rssEmptyKb = 0;
    qint64 m_loadedMs = 0;
    double m_cpuStart = 0;
    int m_exitCode = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM",
            qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    // Never touch the user's real profiles or settings.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ConferenceConsoleBench"));
    QCoreApplication::setApplicationName(QStringLiteral("bench_scale"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Memory and repaint cost of many open conferences."));
    parser.addHelpOption();
    const QCommandLineOption simOption(
        QStringLiteral("sim"), QStringLiteral("conference-bridge-sim executable."), QStringLiteral("PATH"),
#ifdef CONF_SIM_EXECUTABLE
        QStringLiteral(CONF_SIM_EXECUTABLE)
#else
        QString()
#endif
    );
    const QCommandLineOption confOption(QStringLiteral("conferences"),
                                        QStringLiteral("Open conferences (default 50)."), QStringLiteral("N"),
                                        QStringLiteral("50"));
    const QCommandLineOption membersOption(QStringLiteral("members"),
                                           QStringLiteral("Members each (default 100)."), QStringLiteral("N"),
                                           QStringLiteral("100"));
    parser.addOptions({simOption, confOption, membersOption});
    parser.process(app);

    Settings settings;
    settings.simExecutable = parser.value(simOption);
    settings.conferences = qMax(1, parser.value(confOption).toInt());
    settings.members = qMax(1, parser.value(membersOption).toInt());
    if (settings.simExecutable.isEmpty()) {
        QTextStream(stderr) << "bench_scale: pass --sim PATH to conference-bridge-sim\n";
        return 2;
    }
    QStringList names;
    for (int i = 0; i < settings.conferences; ++i)
        names << QStringLiteral("conf%1").arg(i, 2, 10, QLatin1Char('0'));
    QTemporaryDir dir;
    const QString scenarioPath = dir.filePath(QStringLiteral("scale-scenario.json"));
    QFile file(scenarioPath);
    if (!dir.isValid() || !file.open(QIODevice::WriteOnly))
        return 1;
    file.write(bench::scenarioJson(names, settings.members));
    file.close();

    Runner runner(settings, scenarioPath);
    QTimer::singleShot(0, &runner, &Runner::begin);
    return QApplication::exec();
}

#include "bench_scale.moc"
