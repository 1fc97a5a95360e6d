// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The parse-and-diff pipeline, side by side on the same bytes (simulator-generated xml_list of
// 10 / 100 / 1,000 / 5,000 members):
//   (a) libxml2 xmlReadMemory + xmlFreeDoc (a DOM parser in C, the reference cost),
//   (b) cc::parseXmlList,
//   (c) parseXmlList + ParticipantModel::applySnapshot in steady state (the model holds the
//       previous snapshot; the documents alternate so exactly one member changes each time),
//   (d) parseXmlList + a naive model that resets on every poll (beginResetModel/endResetModel).
// Target: (c) <= 1.5 x (a) at 1,000 members.
#include "benchsupport.h"
#include "core/model/participantmodel.h"
#include "core/parsers/parsers.h"

#include <QAbstractTableModel>
#include <QCoreApplication>
#include <QMap>
#include <QSet>

#include <benchmark/benchmark.h>
#include <libxml/parser.h>

#include <cstdio>

namespace {

const int kSizes[] = {10, 100, 1000, 5000};

const bench::XmlListPair &documents(int members)
{
    static QMap<int, bench::XmlListPair> cache;
    auto it = cache.find(members);
    if (it == cache.end())
        it = cache.insert(members, bench::generateXmlList(members));
    return *it;
}

cc::ConferenceSnapshot parseOne(const QByteArray &bytes)
{
    auto parsed = cc::parseXmlList(bytes);
    if (!parsed.ok() || parsed.value.size() != 1)
        qFatal("bench: the generated xml_list does not parse: %s",
               qPrintable(parsed.error ? parsed.error->message : QStringLiteral("no conference")));
    return parsed.value.takeFirst();
}

/// (d) The naive baseline: the whole list replaced under a model reset on every poll.
class ResetModel final : public QAbstractTableModel
{
public:
    void setMembers(const QList<cc::Participant> &members)
    {
        beginResetModel();
        m_members = members;
        endResetModel();
    }
    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_members.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : cc::ParticipantModel::ColumnCount;
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role != Qt::DisplayRole || !index.isValid())
            return {};
        return m_members.at(index.row()).callerIdName;
    }

private:
    QList<cc::Participant> m_members;
};

void setBytes(benchmark::State &state, const QByteArray &bytes)
{
    state.SetBytesProcessed(state.iterations() * bytes.size());
    state.counters[QByteArrayLiteral("doc_bytes").constData()] = double(bytes.size());
}

void BM_a_libxml2(benchmark::State &state)
{
    const QByteArray &bytes = documents(int(state.range(0))).base;
    for (auto _ : state) {
        xmlDocPtr doc =
            xmlReadMemory(bytes.constData(), int(bytes.size()), nullptr, nullptr, XML_PARSE_NONET);
        if (!doc)
            state.SkipWithError("libxml2 refused the document");
        benchmark::DoNotOptimize(doc);
        xmlFreeDoc(doc);
    }
    setBytes(state, bytes);
}

void BM_b_parseXmlList(benchmark::State &state)
{
    const QByteArray &bytes = documents(int(state.range(0))).base;
    for (auto _ : state) {
        auto parsed = cc::parseXmlList(bytes);
        if (!parsed.ok())
            state.SkipWithError("parseXmlList failed");
        benchmark::DoNotOptimize(parsed);
    }
    setBytes(state, bytes);
}

void BM_c_parseAndDiff(benchmark::State &state)
{
    const bench::XmlListPair &docs = documents(int(state.range(0)));
    cc::ParticipantModel model;
    model.setClock([] { return qint64(1'790'000'000'000); }); // steady: durations do not tick
    model.applySnapshot(parseOne(docs.base));
    qint64 dataChanged = 0;
    qint64 otherSignals = 0;
    QObject::connect(&model, &QAbstractItemModel::dataChanged, [&dataChanged] { ++dataChanged; });
    QObject::connect(&model, &QAbstractItemModel::rowsInserted, [&otherSignals] { ++otherSignals; });
    QObject::connect(&model, &QAbstractItemModel::rowsRemoved, [&otherSignals] { ++otherSignals; });
    QObject::connect(&model, &QAbstractItemModel::modelReset, [&otherSignals] { ++otherSignals; });
    bool flip = true;
    for (auto _ : state) {
        auto parsed = cc::parseXmlList(flip ? docs.oneChanged : docs.base);
        if (!parsed.ok() || parsed.value.isEmpty()) {
            state.SkipWithError("parseXmlList failed");
            break;
        }
        model.applySnapshot(parsed.value.constFirst());
        flip = !flip;
    }
    // Exactly one member changes per iteration: one dataChanged, nothing else.
    state.counters["dataChanged_per_iter"] = double(dataChanged) / double(state.iterations());
    state.counters["other_signals"] = double(otherSignals);
    setBytes(state, docs.base);
}

void BM_d_parseAndReset(benchmark::State &state)
{
    const bench::XmlListPair &docs = documents(int(state.range(0)));
    ResetModel model;
    bool flip = true;
    for (auto _ : state) {
        auto parsed = cc::parseXmlList(flip ? docs.oneChanged : docs.base);
        if (!parsed.ok() || parsed.value.isEmpty()) {
            state.SkipWithError("parseXmlList failed");
            break;
        }
        model.setMembers(parsed.value.constFirst().members);
        flip = !flip;
    }
    setBytes(state, docs.base);
}

/// Diff alone (documents parsed once, outside the loop): where (c) spends beyond (b).
void BM_e_diffOnly(benchmark::State &state)
{
    const bench::XmlListPair &docs = documents(int(state.range(0)));
    const cc::ConferenceSnapshot base = parseOne(docs.base);
    const cc::ConferenceSnapshot changed = parseOne(docs.oneChanged);
    cc::ParticipantModel model;
    model.setClock([] { return qint64(1'790'000'000'000); });
    model.applySnapshot(base);
    bool flip = true;
    for (auto _ : state) {
        model.applySnapshot(flip ? changed : base);
        flip = !flip;
    }
}

void sizes(benchmark::internal::Benchmark *b)
{
    for (int n : kSizes)
        b->Arg(n);
    b->Unit(benchmark::kMicrosecond);
}

BENCHMARK(BM_a_libxml2)->Apply(sizes);
BENCHMARK(BM_b_parseXmlList)->Apply(sizes);
BENCHMARK(BM_c_parseAndDiff)->Apply(sizes);
BENCHMARK(BM_d_parseAndReset)->Apply(sizes);
BENCHMARK(BM_e_diffOnly)->Apply(sizes);

/// Prints what Google Benchmark prints and keeps the CPU time per iteration for the summary.
class Collector final : public benchmark::ConsoleReporter
{
public:
    void ReportRuns(const std::vector<Run> &runs) override
    {
        ConsoleReporter::ReportRuns(runs);
        for (const Run &run : runs) {
            if (run.error_occurred)
                continue;
            // With --benchmark_repetitions the median aggregate wins over single repetitions.
            const bool median = run.run_type == Run::RT_Aggregate && run.aggregate_name == "median";
            if (run.run_type == Run::RT_Aggregate && !median)
                continue;
            const QString name = QString::fromStdString(run.run_name.str());
            if (!median && m_fromMedian.contains(name))
                continue;
            if (median)
                m_fromMedian.insert(name);
            cpuUs.insert(name, run.GetAdjustedCPUTime()); // in the benchmark's unit: µs
            for (const auto &[key, counter] : run.counters)
                counters.insert(name + QLatin1Char(':') + QString::fromStdString(key), counter.value);
        }
    }
    QMap<QString, double> cpuUs;
    QMap<QString, double> counters;

private:
    QSet<QString> m_fromMedian;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv); // QObject signals in the model; no event loop needed
    xmlInitParser();
    for (int n : kSizes)
        documents(n); // generate before timing
    benchmark::Initialize(&argc, argv);
    Collector collector;
    benchmark::RunSpecifiedBenchmarks(&collector);
    benchmark::Shutdown();

    const auto us = [&collector](const char *bm, int n) {
        return collector.cpuUs.value(QStringLiteral("%1/%2").arg(QLatin1String(bm)).arg(n), -1);
    };
    for (int n : kSizes) {
        const double a = us("BM_a_libxml2", n);
        const double b = us("BM_b_parseXmlList", n);
        const double c = us("BM_c_parseAndDiff", n);
        const double d = us("BM_d_parseAndReset", n);
        if (a < 0 || b < 0 || c < 0 || d < 0)
            continue; // filtered out on the command line
        const QString section = QStringLiteral("pipeline %1 members (%2 KiB)")
                                    .arg(n)
                                    .arg(documents(n).base.size() / 1024.0, 0, 'f', 0);
        bench::summary(section, QStringLiteral("(a) libxml2 xmlReadMemory+free"),
                       QStringLiteral("%1 µs").arg(a, 0, 'f', 1));
        bench::summary(section, QStringLiteral("(b) parseXmlList"),
                       QStringLiteral("%1 µs (%2 x a)").arg(b, 0, 'f', 1).arg(b / a, 0, 'f', 2));
        const bool gated = n == 1000;
        bench::summary(section, QStringLiteral("(c) parse + applySnapshot diff, 1 changed"),
                       QStringLiteral("%1 µs (%2 x a)").arg(c, 0, 'f', 1).arg(c / a, 0, 'f', 2),
                       gated ? QStringLiteral("<= 1.5 x a") : QStringLiteral("-"),
                       gated ? bench::verdict(c <= 1.5 * a) : QStringLiteral("-"));
        bench::summary(section, QStringLiteral("(d) parse + naive reset model"),
                       QStringLiteral("%1 µs (%2 x a)").arg(d, 0, 'f', 1).arg(d / a, 0, 'f', 2));
        const QString key = QStringLiteral("BM_c_parseAndDiff/%1:").arg(n);
        const double perIter = collector.counters.value(key + QStringLiteral("dataChanged_per_iter"), -1);
        const double other = collector.counters.value(key + QStringLiteral("other_signals"), -1);
        bench::summary(section, QStringLiteral("(c) signals per apply"),
                       QStringLiteral("%1 dataChanged, %2 other").arg(perIter, 0, 'f', 2).arg(other),
                       QStringLiteral("1 dataChanged, 0 other"),
                       bench::verdict(qFuzzyCompare(perIter, 1.0) && other == 0));
    }
    xmlCleanupParser();
    return 0;
}
