// SPDX-License-Identifier: GPL-3.0-or-later
// Finding and resolving dates: Sitrep's TimexEngine against its peer, the npm package chrono-node
// (run by bench/chrono/run-chrono.sh on the same documents, in the same run). Both parse each
// document of the TimeBank/AQUAINT development corpus against its own date, single-threaded, with
// the corpus repeated document by document to at least 50 MB of UTF-8 text.
#include "benchcorpus.h"
#include "dates/timexengine.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

namespace {

constexpr qsizetype corpusBytes = 50 * 1024 * 1024;

struct Document
{
    QDate reference;
    QString text;
    QByteArray line; // the document as chrono-bench.mjs reads it
};

struct Corpus
{
    QList<Document> documents;
    qsizetype bytes = 0;
};

QList<Document> sourceDocuments()
{
    QList<Document> documents;
    for (const char *path :
         {SITREP_SHARED_DIR "/corpus/timebank/timebank.jsonl", SITREP_SHARED_DIR "/corpus/timebank/aquaint.jsonl"}) {
        QFile file(QString::fromUtf8(path));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        while (!file.atEnd()) {
            const QJsonObject object = QJsonDocument::fromJson(file.readLine()).object();
            const QString text = object.value(QStringLiteral("text")).toString();
            const QString dct = object.value(QStringLiteral("dct")).toString();
            if (text.isEmpty())
                continue;
            const QJsonObject line {{QStringLiteral("dct"), dct}, {QStringLiteral("text"), text}};
            documents.append(
                {QDate::fromString(dct, Qt::ISODate), text, QJsonDocument(line).toJson(QJsonDocument::Compact)});
        }
    }
    if (documents.isEmpty()) { // without the development corpus: the bundled news samples
        for (const QByteArray &bytes : SitrepBench::newsDocuments()) {
            const QString text = QString::fromUtf8(bytes);
            const QJsonObject line {{QStringLiteral("dct"), QStringLiteral("2025-11-19")},
                                    {QStringLiteral("text"), text}};
            documents.append({QDate(2025, 11, 19), text, QJsonDocument(line).toJson(QJsonDocument::Compact)});
        }
    }
    return documents;
}

const Corpus &corpus()
{
    static const Corpus repeated = [] {
        Corpus c;
        const QList<Document> documents = sourceDocuments();
        while (c.bytes < corpusBytes && !documents.isEmpty()) {
            for (const Document &document : documents) {
                c.documents.append(document);
                c.bytes += document.text.toUtf8().size();
            }
        }
        return c;
    }();
    return repeated;
}

void sitrepTimexEngine(benchmark::State &state)
{
    const Sitrep::TimexEngine engine;
    qsizetype found = 0;
    for (auto _ : state) {
        for (const Document &document : corpus().documents)
            found += engine.annotate(document.text, document.reference).size();
    }
    state.counters["timexes"] = double(found) / double(state.iterations());
    state.SetBytesProcessed(state.iterations() * corpus().bytes);
}

void peerChronoNode(benchmark::State &state)
{
    QTemporaryDir dir;
    QFile input(dir.filePath(QStringLiteral("documents.jsonl")));
    if (!input.open(QIODevice::WriteOnly)) {
        state.SkipWithError("cannot write the documents for chrono-node");
        return;
    }
    for (const Document &document : corpus().documents)
        input.write(document.line + '\n');
    input.close();
    qsizetype bytes = 0;
    double results = 0;
    for (auto _ : state) {
        QProcess process;
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.start(QStringLiteral(SITREP_SOURCE_DIR "/bench/chrono/run-chrono.sh"), {input.fileName()});
        if (!process.waitForFinished(-1) || process.exitCode() != 0) {
            state.SkipWithError("bench/chrono/run-chrono.sh failed (node, npm or the npm registry missing?)");
            return;
        }
        const QJsonObject report = QJsonDocument::fromJson(process.readAllStandardOutput().trimmed()).object();
        state.SetIterationTime(report.value(QStringLiteral("seconds")).toDouble());
        bytes = qsizetype(report.value(QStringLiteral("bytes")).toDouble());
        results = report.value(QStringLiteral("results")).toDouble();
    }
    state.counters["timexes"] = results;
    state.SetBytesProcessed(state.iterations() * bytes);
}

} // namespace

// Five runs of each side: the report keeps each one's best, as a shared machine slows single runs at random.
BENCHMARK(sitrepTimexEngine)->Unit(benchmark::kMillisecond)->Iterations(1)->Repetitions(5);
BENCHMARK(peerChronoNode)->Unit(benchmark::kMillisecond)->Iterations(1)->Repetitions(5)->UseManualTime();
BENCHMARK_MAIN();
