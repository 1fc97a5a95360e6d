// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTextStream>

#include <sys/resource.h>
#include <unistd.h>

namespace bench {

namespace {

// Real-world variety: accents, Cyrillic, Greek, CJK, Arabic, an ampersand and a quote (XML
// entities), a space-heavy name (URL encoding in xml_list, freeswitch-conference.md §4.2).
const char *const kNames[] = {
    "Alice Liddell",   "José Álvarez",  "Zoë Müller",       "Ștefan Popescu", "Søren Kierkegaard",
    "Дмитрий Иванов",  "Αλέξανδρος Π.", "山田 太郎",        "محمد علي",       "Tom & Jerry's",
    "O'Brien \"Ace\"", "Priya Raman",   "François Lefèvre", "Łukasz Żółw",    "Nguyễn Văn An",
};

} // namespace

sim::MemberSpec memberSpec(int index)
{
    sim::MemberSpec spec;
    spec.callerIdName =
        QString::fromUtf8(kNames[index % int(std::size(kNames))]) + QStringLiteral(" %1").arg(index);
    spec.callerIdNumber = index % 3 == 0 ? QStringLiteral("+4930555%1").arg(index, 5, 10, QLatin1Char('0'))
                                         : QString::number(1000 + index);
    spec.moderator = index % 25 == 0;
    spec.muted = index % 4 == 1;
    spec.deaf = index % 17 == 3;
    spec.hasVideo = index % 5 == 2;
    spec.muteDetect = index % 7 == 4;
    spec.energy = 100 + (index % 6) * 50;
    spec.joinedSecondsAgo = 3600 - (index % 3600);
    return spec;
}

XmlListPair generateXmlList(int members)
{
    sim::BridgeEngine engine;
    sim::ActivityConfig off;
    off.enabled = false;
    engine.setActivity(off);
    engine.setClockForTesting([] { return qint64(7'200'000); });
    engine.setWallClockForTesting([] { return qint64(1'790'000'000'000); });
    quint64 uuidCounter = 0;
    engine.setUuidGeneratorForTesting([&uuidCounter] {
        return QStringLiteral("6f1c2a3e-0000-4000-8000-%1").arg(++uuidCounter, 12, 16, QLatin1Char('0'));
    });
    QList<quint32> ids;
    for (int i = 0; i < members; ++i)
        ids << engine.addMember(QStringLiteral("bench"), memberSpec(i));
    // Some talking members, the floor holder among them (talking/has_floor flags, last_talking).
    for (int i = 0; i < members; i += 9)
        engine.setTalkingForTesting(ids.at(i), true);

    XmlListPair pair;
    const auto run = [&engine](const QString &line) {
        QByteArray out;
        engine.api(line, &engine, [&out](const QByteArray &o) { out = o; }); // synchronous (§4)
        return out;
    };
    pair.base = run(QStringLiteral("conference bench xml_list"));
    // The member to change: one whose mute state flips (not a moderator, currently unmuted).
    int pick = members / 2;
    while (pick < members - 1 && memberSpec(pick).muted)
        ++pick;
    pair.changedMemberId = ids.at(pick);
    run(QStringLiteral("conference bench %1 %2")
            .arg(memberSpec(pick).muted ? u"unmute" : u"mute")
            .arg(ids.at(pick)));
    pair.oneChanged = run(QStringLiteral("conference bench xml_list"));
    return pair;
}

QByteArray scenarioJson(const QStringList &conferences, int members)
{
    QJsonArray list;
    for (int i = 0; i < members; ++i) {
        const sim::MemberSpec s = memberSpec(i);
        list.append(QJsonObject{{QStringLiteral("callerIdName"), s.callerIdName},
                                {QStringLiteral("callerIdNumber"), s.callerIdNumber},
                                {QStringLiteral("moderator"), s.moderator},
                                {QStringLiteral("muted"), s.muted},
                                {QStringLiteral("deaf"), s.deaf},
                                {QStringLiteral("hasVideo"), s.hasVideo},
                                {QStringLiteral("muteDetect"), s.muteDetect},
                                {QStringLiteral("energy"), s.energy},
                                {QStringLiteral("joinedSecondsAgo"), s.joinedSecondsAgo}});
    }
    QJsonArray confs;
    for (int i = 0; i < conferences.size(); ++i) {
        confs.append(QJsonObject{{QStringLiteral("name"), conferences.at(i)},
                                 {QStringLiteral("extension"), QString::number(3000 + i)},
                                 {QStringLiteral("owner"), QStringLiteral("alice")},
                                 {QStringLiteral("members"), list}});
    }
    const QJsonObject root{
        {QStringLiteral("users"),
         QJsonArray{QJsonObject{{QStringLiteral("user"), QStringLiteral("alice")},
                                {QStringLiteral("password"), QStringLiteral("wonderland")}}}},
        {QStringLiteral("conferences"), confs}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

SimProcess::SimProcess(const QString &executable, const QString &scenario, bool activity, QObject *parent)
    : QObject(parent)
{
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &SimProcess::onOutput);
    connect(&m_process, &QProcess::errorOccurred, this, [this] {
        if (!m_ready)
            emit failed(m_process.errorString());
    });
    connect(&m_process, &QProcess::finished, this, [this] {
        if (!m_ready)
            emit failed(QString::fromLocal8Bit(m_process.readAllStandardError()).trimmed());
    });
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    QStringList args = {
        QStringLiteral("--port"),     QStringLiteral("0"),
        QStringLiteral("--scenario"), scenario,
        QStringLiteral("--activity"), activity ? QStringLiteral("on") : QStringLiteral("off")};
    // Joins are capped by the activity model (14 members), so with 200 members only leaves
    // change rows; a few per minute exercise the removal path of the diff.
    if (activity)
        args << QStringLiteral("--leave-rate") << QStringLiteral("3");
    m_process.start(executable, args);
}

SimProcess::~SimProcess()
{
    m_process.terminate();                // SIGTERM: the simulator shuts down cleanly
    if (!m_process.waitForFinished(3000)) // teardown of a benchmark helper, not product code
        m_process.kill();
}

void SimProcess::onOutput()
{
    m_output += m_process.readAllStandardOutput();
    static const QRegularExpression listening(QStringLiteral("listening on (\\S+)"));
    static const QRegularExpression sha(QStringLiteral("Certificate SHA-256: ([0-9a-f]{64})"));
    const QString text = QString::fromUtf8(m_output);
    const auto l = listening.match(text);
    const auto s = sha.match(text);
    if (!m_ready && l.hasMatch() && s.hasMatch()) {
        m_ready = true;
        m_baseUrl = QUrl(l.captured(1));
        m_sha256 = s.captured(1);
        emit ready();
    }
}

double processCpuSeconds(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray stat = file.readAll();
    // Fields after the ")" of the command name; utime and stime are fields 14 and 15.
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return -1;
    return double(fields.at(11).toLongLong() + fields.at(12).toLongLong()) / double(sysconf(_SC_CLK_TCK));
}

double cpuSeconds()
{
    rusage usage = {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

qint64 residentKb()
{
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

void summary(const QString &section, const QString &metric, const QString &value, const QString &target,
             const QString &verdict)
{
    QTextStream(stdout) << "@@ " << section << " | " << metric << " | " << value << " | " << target << " | "
                        << verdict << Qt::endl;
}

} // namespace bench
