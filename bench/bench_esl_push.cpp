// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Push latency over the event socket: from a state change in the simulator engine (a member
// muted or unmuted) to the ParticipantModel row showing it, over real loopback TCP:
// BridgeEngine -> sim::EslServer -> cc::EslClient -> EventApplier -> ParticipantModel.
// Both ends share one event loop (one process), so the figure includes the server's work.
//
// Usage: bench_esl_push [events=500] [members=20]

#include "core/esl/eslclient.h"
#include "core/esl/eslcommandtransport.h"
#include "core/model/participantmodel.h"
#include "core/sources/pushconferencesource.h"
#include "sim/bridgeengine.h"
#include "sim/eslserver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const auto index = std::min<std::size_t>(v.size() - 1, std::size_t(p * double(v.size() - 1) + 0.5));
    return v[index];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int events = args.size() > 1 ? std::max(10, args.at(1).toInt()) : 500;
    const int memberCount = args.size() > 2 ? std::max(1, args.at(2).toInt()) : 20;
    const int warmup = 20;
    const QString conference = QStringLiteral("3000");

    sim::BridgeEngine engine;
    sim::ActivityConfig activity;
    activity.enabled = false;
    engine.setActivity(activity);
    QList<quint32> ids;
    for (int i = 0; i < memberCount; ++i) {
        sim::MemberSpec spec;
        spec.callerIdName = QStringLiteral("Caller %1").arg(i);
        spec.callerIdNumber = QString::number(1000 + i);
        ids.append(engine.addMember(conference, spec));
    }
    sim::EslServer server(&engine);
    QString error;
    if (!server.listen(QHostAddress::LocalHost, 0, &error)) {
        std::fprintf(stderr, "bench_esl_push: %s\n", qPrintable(error));
        return 1;
    }

    cc::EslClient client;
    cc::EslCommandTransport transport(&client);
    cc::PushConferenceSource source(&transport, conference);
    source.setResyncInterval(cc::PushConferenceSource::kDefaultResyncIntervalMs);
    cc::ParticipantModel model;
    QObject::connect(&source, &cc::PushConferenceSource::snapshotReceived, &model,
                     &cc::ParticipantModel::applySnapshot);

    std::vector<double> samples;
    samples.reserve(std::size_t(events));
    int step = 0;
    quint32 target = 0;
    bool expectSpeak = false;
    bool waiting = false;
    QElapsedTimer clock;
    clock.start();
    qint64 sentNs = 0;
    QElapsedTimer total;

    std::function<void()> next;
    next = [&] {
        if (step >= warmup + events) {
            QCoreApplication::quit();
            return;
        }
        target = ids.at(step % ids.size());
        const auto current = model.participant(target);
        expectSpeak = current ? !current->canSpeak : false;
        waiting = true;
        sentNs = clock.nsecsElapsed();
        // The engine state change: fires the conference::maintenance event synchronously.
        engine.api(QStringLiteral("conference %1 %2 %3")
                       .arg(conference, expectSpeak ? QStringLiteral("unmute") : QStringLiteral("mute"))
                       .arg(target),
                   &engine, [](const QByteArray &) {});
    };
    const auto check = [&] {
        if (!waiting)
            return;
        const auto p = model.participant(target);
        if (!p || p->canSpeak != expectSpeak)
            return;
        const double ms = double(clock.nsecsElapsed() - sentNs) / 1e6;
        waiting = false;
        if (step >= warmup)
            samples.push_back(ms);
        ++step;
        QTimer::singleShot(0, &app, next);
    };
    QObject::connect(&model, &QAbstractItemModel::dataChanged, &app, check);

    QObject::connect(&client, &cc::EslClient::connected, &app, [&] { source.start(); });
    QObject::connect(&source, &cc::PushConferenceSource::resynced, &app, [&] {
        if (step == 0 && !waiting && model.rowCount() == memberCount) {
            total.start();
            next();
        }
    });
    QObject::connect(&client, &cc::EslClient::authenticationFailed, &app, [] { QCoreApplication::exit(1); });
    QTimer::singleShot(120000, &app, [] {
        std::fprintf(stderr, "bench_esl_push: timed out\n");
        QCoreApplication::exit(1);
    });
    client.connectToServer(QStringLiteral("127.0.0.1"), server.port(), QStringLiteral("ClueCon"));
    const int rc = QCoreApplication::exec();
    if (rc != 0)
        return rc;

    double sum = 0;
    for (double s : samples)
        sum += s;
    QTextStream out(stdout);
    out << "bench_esl_push: " << samples.size() << " events, " << memberCount
        << " members, loopback, event socket -> model\n";
    out << QStringLiteral("  median %1 ms  p95 %2 ms  max %3 ms  mean %4 ms  (resyncs %5, total %6 ms)\n")
               .arg(percentile(samples, 0.5), 0, 'f', 3)
               .arg(percentile(samples, 0.95), 0, 'f', 3)
               .arg(percentile(samples, 1.0), 0, 'f', 3)
               .arg(samples.empty() ? 0.0 : sum / double(samples.size()), 0, 'f', 3)
               .arg(source.resyncCount())
               .arg(total.elapsed());
    return 0;
}
