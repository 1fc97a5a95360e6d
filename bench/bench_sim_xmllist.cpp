// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Throughput of the bridge simulator's command route: N keep-alive connections issue
// GET /my/conference/bench/xml_list (100 members) back to back, one request in flight per
// connection, with a pre-computed Basic header so the client costs as little as possible.
// Server and client share one thread, i.e. one core.
#include "sim/bridgeengine.h"
#include "sim/simulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <memory>
#include <sys/resource.h>

namespace {

/// Process CPU time (user + system) in seconds: the figure that matters on a shared machine.
double cpuSeconds()
{
    rusage usage = {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

struct Settings
{
    int connections = 4;
    int seconds = 5;
    int members = 100;
    QStringList modes;
};

/// One keep-alive client connection: sends, waits for the complete response, sends again.
class Client final : public QObject
{
    Q_OBJECT

public:
    Client(bool tls, const QSslCertificate &cert, quint16 port, const QByteArray &request, QObject *parent)
        : QObject(parent)
        , m_request(request)
    {
        if (tls) {
            QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
            ssl.setCaCertificates({cert});
            m_socket.setSslConfiguration(ssl);
            connect(&m_socket, &QSslSocket::encrypted, this, &Client::ready);
            m_socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
        } else {
            connect(&m_socket, &QSslSocket::connected, this, &Client::ready);
            m_socket.connectToHost(QHostAddress::LocalHost, port);
        }
        connect(&m_socket, &QSslSocket::readyRead, this, &Client::onReadyRead);
        connect(&m_socket, &QSslSocket::errorOccurred, this, [this] {
            if (m_running)
                emit failed(m_socket.errorString());
        });
    }

    void begin()
    {
        m_running = true;
        sendOne();
    }
    void halt() { m_running = false; }
    QList<qint64> latenciesNs;
    qint64 bytes = 0;
    qint64 lastResponseSize = 0;
    int badResponses = 0;

signals:
    void ready();
    void failed(const QString &error);

private:
    void sendOne()
    {
        m_sent.start();
        m_socket.write(m_request);
    }

    void onReadyRead()
    {
        m_buffer += m_socket.readAll();
        while (true) {
            if (m_headerEnd < 0) {
                const qsizetype end = m_buffer.indexOf("\r\n\r\n");
                if (end < 0)
                    return;
                m_headerEnd = end + 4;
                const QByteArray head = m_buffer.left(end).toLower();
                const qsizetype cl = head.indexOf("content-length:");
                m_bodyLength =
                    cl < 0 ? 0 : head.mid(cl + 15, head.indexOf('\r', cl) - cl - 15).trimmed().toLongLong();
                if (!head.startsWith("http/1.1 200"))
                    ++badResponses;
            }
            const qsizetype total = m_headerEnd + m_bodyLength;
            if (m_buffer.size() < total)
                return;
            latenciesNs << m_sent.nsecsElapsed();
            bytes += total;
            lastResponseSize = total;
            m_buffer.remove(0, total);
            m_headerEnd = -1;
            if (m_running)
                sendOne();
        }
    }

    QSslSocket m_socket;
    QByteArray m_request;
    QByteArray m_buffer;
    qsizetype m_headerEnd = -1;
    qint64 m_bodyLength = 0;
    QElapsedTimer m_sent;
    bool m_running = false;
};

/// Runs the modes one after the other on the event loop.
class Bench final : public QObject
{
    Q_OBJECT

public:
    Bench(const Settings &settings, const QString &scenarioPath)
        : m_settings(settings)
        , m_scenarioPath(scenarioPath)
    {}

    void next()
    {
        m_clients.clear();
        m_sim.reset();
        if (m_modeIndex >= m_settings.modes.size()) {
            QCoreApplication::exit(m_exitCode);
            return;
        }
        const QString mode = m_settings.modes.at(m_modeIndex++);
        sim::SimulatorOptions o;
        o.tls = mode == QLatin1String("https");
        o.activity.enabled = false;
        o.scenarioFile = m_scenarioPath;
        m_sim = std::make_unique<sim::Simulator>(o);
        QString error;
        if (!m_sim->start(&error)) {
            QTextStream(stderr) << "cannot start the simulator: " << error << '\n';
            QCoreApplication::exit(1);
            return;
        }
        for (int i = 0; i < m_settings.members; ++i) {
            sim::MemberSpec spec;
            spec.callerIdName = QStringLiteral("Caller %1 Ünïcode").arg(i);
            spec.callerIdNumber = QStringLiteral("+4930555%1").arg(i, 4, 10, QLatin1Char('0'));
            spec.moderator = i == 0;
            spec.joinedSecondsAgo = 10 * i;
            m_sim->engine()->addMember(QStringLiteral("bench"), spec);
        }
        const QByteArray request = "GET /sipxconfig/rest/my/conference/bench/xml_list HTTP/1.1\r\n"
                                   "Host: 127.0.0.1\r\n"
                                   "Authorization: Basic " +
                                   QByteArray("alice:wonderland").toBase64() + "\r\nAccept: */*\r\n\r\n";
        m_mode = mode;
        m_ready = 0;
        for (int i = 0; i < m_settings.connections; ++i) {
            auto client = std::make_unique<Client>(o.tls, m_sim->certificate(), m_sim->port(), request, this);
            connect(client.get(), &Client::ready, this, [this] {
                if (++m_ready == m_settings.connections)
                    measure();
            });
            connect(client.get(), &Client::failed, this, [this](const QString &e) {
                QTextStream(stderr) << m_mode << ": connection failed: " << e << '\n';
                m_exitCode = 1;
            });
            m_clients.push_back(std::move(client));
        }
    }

private:
    void measure()
    {
        m_clock.start();
        m_cpuAtStart = cpuSeconds();
        for (auto &c : m_clients)
            c->begin();
        QTimer::singleShot(m_settings.seconds * 1000, Qt::PreciseTimer, this, [this] { report(); });
    }

    void report()
    {
        const double seconds = double(m_clock.nsecsElapsed()) / 1e9;
        const double cpu = cpuSeconds() - m_cpuAtStart;
        QList<qint64> all;
        int bad = 0;
        qint64 size = 0;
        for (auto &c : m_clients) {
            c->halt();
            all += c->latenciesNs;
            bad += c->badResponses;
            size = qMax(size, c->lastResponseSize);
        }
        std::sort(all.begin(), all.end());
        const auto pct = [&all](double p) {
            return all.isEmpty()
                       ? 0.0
                       : double(all.at(qMin(all.size() - 1, qsizetype(p * double(all.size()))))) / 1e6;
        };
        QTextStream(stdout) << QStringLiteral(
                                   "%1: %2 connections, %3 requests in %4 s = %5 req/s; latency median "
                                   "%6 ms, p99 %7 ms; response %8 bytes; non-200: %9; CPU %10 s "
                                   "= %11 req per CPU-second\n")
                                   .arg(m_mode.toUpper())
                                   .arg(m_settings.connections)
                                   .arg(all.size())
                                   .arg(seconds, 0, 'f', 2)
                                   .arg(double(all.size()) / seconds, 0, 'f', 0)
                                   .arg(pct(0.5), 0, 'f', 3)
                                   .arg(pct(0.99), 0, 'f', 3)
                                   .arg(size)
                                   .arg(bad)
                                   .arg(cpu, 0, 'f', 2)
                                   .arg(cpu > 0 ? double(all.size()) / cpu : 0.0, 0, 'f', 0);
        if (bad > 0)
            m_exitCode = 1;
        // Let the in-flight answers drain before the next mode tears the server down.
        QTimer::singleShot(200, this, &Bench::next);
    }

    Settings m_settings;
    QString m_scenarioPath;
    std::unique_ptr<sim::Simulator> m_sim;
    std::vector<std::unique_ptr<Client>> m_clients;
    QString m_mode;
    int m_modeIndex = 0;
    int m_ready = 0;
    int m_exitCode = 0;
    QElapsedTimer m_clock;
    double m_cpuAtStart = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Requests per second of GET …/xml_list on the bridge simulator."));
    parser.addHelpOption();
    const QCommandLineOption connectionsOption(QStringLiteral("connections"),
                                               QStringLiteral("Keep-alive connections."), QStringLiteral("N"),
                                               QStringLiteral("4"));
    const QCommandLineOption secondsOption(QStringLiteral("seconds"), QStringLiteral("Duration per mode."),
                                           QStringLiteral("S"), QStringLiteral("5"));
    const QCommandLineOption membersOption(QStringLiteral("members"), QStringLiteral("Conference size."),
                                           QStringLiteral("N"), QStringLiteral("100"));
    const QCommandLineOption modeOption(QStringLiteral("mode"), QStringLiteral("http, https or both."),
                                        QStringLiteral("MODE"), QStringLiteral("both"));
    parser.addOptions({connectionsOption, secondsOption, membersOption, modeOption});
    parser.process(app);

    Settings settings;
    settings.connections = qMax(1, parser.value(connectionsOption).toInt());
    settings.seconds = qMax(1, parser.value(secondsOption).toInt());
    settings.members = qMax(1, parser.value(membersOption).toInt());
    const QString mode = parser.value(modeOption);
    if (mode == QLatin1String("both"))
        settings.modes = {QStringLiteral("http"), QStringLiteral("https")};
    else if (mode == QLatin1String("http") || mode == QLatin1String("https"))
        settings.modes = {mode};
    else {
        QTextStream(stderr) << "--mode must be http, https or both\n";
        return 2;
    }

    // A scenario with one conference owned by alice; the members are added through the engine.
    QTemporaryDir dir;
    const QString scenarioPath = dir.filePath(QStringLiteral("bench.json"));
    QFile file(scenarioPath);
    if (!dir.isValid() || !file.open(QIODevice::WriteOnly))
        return 1;
    file.write(R"({"users":[{"user":"alice","password":"wonderland"}],
                   "conferences":[{"name":"bench","extension":"3999","owner":"alice"}]})");
    file.close();

    Bench bench(settings, scenarioPath);
    QTimer::singleShot(0, &bench, &Bench::next);
    return QCoreApplication::exec();
}

#include "bench_sim_xmllist.moc"
