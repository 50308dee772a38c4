// SPDX-License-Identifier: GPL-3.0-or-later
// Ingesting a generated corpus into a project file (read, extract, store), on one core and on all,
// against its peer: the same reading and storing with no extraction, which shows what the language
// engines cost. SITREP_BENCH_ARTICLES sets the corpus size (default 10,000).
#include "events/eventextractor.h"
#include "generatedcorpus.h"
#include "places/gazetteer.h"
#include "places/placefinder.h"
#include "project/importer.h"
#include "store/projectstore.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <ctime>
#include <sys/resource.h>

namespace {

int articleCount()
{
    const int fromEnvironment = qEnvironmentVariableIntValue("SITREP_BENCH_ARTICLES");
    return fromEnvironment > 0 ? fromEnvironment : 10000;
}

const SitrepBench::GeneratedCorpus &corpus()
{
    static const SitrepBench::GeneratedCorpus generated(articleCount());
    return generated;
}

double peakMegabytes()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

// CPU seconds of every thread of the process: the benchmark's own CPU time counts only the thread
// that runs it, which leaves out the extraction workers when all cores ingest.
double processCpuSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    const auto seconds = [](const timeval &t) {
        return double(t.tv_sec) + double(t.tv_usec) / 1e6;
    };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

void ingest(benchmark::State &state, int threads)
{
    const Sitrep::EventExtractor extractor;
    int stored = 0;
    // Deleting the project files afterwards is no part of ingesting: the folder outlives the clocks.
    const QTemporaryDir dir;
    int run = 0;
    const double cpuBefore = processCpuSeconds();
    for (auto _ : state) {
        auto store = Sitrep::ProjectStore::open(dir.filePath(QStringLiteral("bench-%1.sitrep").arg(++run)));
        Sitrep::Importer importer(**store, extractor);
        importer.setThreads(threads);
        const auto summary = importer.run({corpus().path()});
        stored = summary.articlesAdded;
        state.counters["events"] = summary.events;
    }
    const double cpu = processCpuSeconds() - cpuBefore;
    state.SetItemsProcessed(state.iterations() * stored);
    state.SetBytesProcessed(state.iterations() * corpus().bytes());
    state.counters["process_cpu_s"] = cpu;
    state.counters["articles_per_cpu_s"] = cpu > 0 ? double(state.iterations() * stored) / cpu : 0.0;
    state.counters["peak_MB"] = peakMegabytes();
}

void sitrepIngestOneCore(benchmark::State &state)
{
    ingest(state, 1);
}

void sitrepIngestAllCores(benchmark::State &state)
{
    ingest(state, 0);
}

void peerReadAndStoreWithoutExtraction(benchmark::State &state)
{
    int stored = 0;
    const QTemporaryDir dir;
    int run = 0;
    const double cpuBefore = processCpuSeconds();
    for (auto _ : state) {
        auto store = Sitrep::ProjectStore::open(dir.filePath(QStringLiteral("bench-%1.sitrep").arg(++run)));
        const QStringList files = Sitrep::Importer::expandPaths({corpus().path()});
        QList<Sitrep::ProjectStore::ArticleImport> batch;
        for (const QString &file : files) {
            auto articles = Sitrep::ArticleReader::readAll(file);
            if (articles) {
                for (const Sitrep::Article &article : std::as_const(*articles))
                    batch.append({article, {}});
            }
            if (batch.size() >= 8) {
                stored += int((*store)->importArticles(batch).size());
                batch.clear();
            }
        }
        stored += int((*store)->importArticles(batch).size());
    }
    const double cpu = processCpuSeconds() - cpuBefore;
    state.SetItemsProcessed(stored);
    state.SetBytesProcessed(state.iterations() * corpus().bytes());
    state.counters["process_cpu_s"] = cpu;
    state.counters["articles_per_cpu_s"] = cpu > 0 ? double(stored) / cpu : 0.0;
    state.counters["peak_MB"] = peakMegabytes();
}

// Where one core's time goes: each language engine, event assembly and storing, timed apart over
// the same articles (read before timing). Figures are milliseconds per article.
void stagesOfIngest(benchmark::State &state)
{
    // CPU time of this thread: the machine may be busy with other work.
    const auto threadMs = [] {
        timespec now {};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
        return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
    };
    const auto time = [&threadMs](auto &&work) {
        const double start = threadMs();
        work();
        return threadMs() - start;
    };
    QList<Sitrep::Article> articles;
    const QStringList files = Sitrep::Importer::expandPaths({corpus().path()});
    const double readMs = time([&] {
        for (const QString &file : files) {
            if (auto read = Sitrep::ArticleReader::readAll(file))
                articles.append(*read);
        }
    });
    const Sitrep::EventExtractor extractor;
    const Sitrep::TimexEngine dates;
    const Sitrep::ActorRecognizer actors;
    const Sitrep::FigureExtractor figures;
    const auto &gazetteer = Sitrep::Gazetteer::builtIn();
    for (auto _ : state) {
        const double datesMs = time([&] {
            for (const auto &article : std::as_const(articles))
                benchmark::DoNotOptimize(dates.annotate(article.text, article.referenceDate));
        });
        const double placesMs = time([&] {
            const Sitrep::PlaceFinder finder(*gazetteer);
            for (const auto &article : std::as_const(articles))
                benchmark::DoNotOptimize(finder.find(article.text));
        });
        const double actorsMs = time([&] {
            for (const auto &article : std::as_const(articles))
                benchmark::DoNotOptimize(actors.recognize(article.text));
        });
        const double figuresMs = time([&] {
            for (const auto &article : std::as_const(articles)) {
                for (const Sitrep::TextRange &sentence : article.sentences)
                    benchmark::DoNotOptimize(figures.extract(article.textOf(sentence)));
            }
        });
        QList<Sitrep::ArticleAnnotations> annotations;
        const double annotateMs = time([&] {
            for (const auto &article : std::as_const(articles))
                annotations.append(extractor.annotate(article));
        });
        // As the importer reads them: engine by engine over a batch of articles (of a file each here).
        const double annotateBatchedMs = time([&] {
            for (qsizetype from = 0; from < articles.size(); from += 128)
                benchmark::DoNotOptimize(extractor.annotate(articles.mid(from, 128)));
        });
        QList<Sitrep::ProjectStore::ArticleImport> imports;
        const Sitrep::EventAssembler assembler;
        const double assembleMs = time([&] {
            for (qsizetype i = 0; i < articles.size(); ++i)
                imports.append({articles[i], assembler.assemble(articles[i], annotations[i])});
        });
        QTemporaryDir dir;
        auto store = Sitrep::ProjectStore::open(dir.filePath(QStringLiteral("bench.sitrep")));
        const double storeMs = time([&] {
            for (qsizetype from = 0; from < imports.size(); from += Sitrep::Importer::storeBatchSize)
                (*store)->importArticles(imports.mid(from, Sitrep::Importer::storeBatchSize));
        });
        const double perArticle = 1.0 / double(qMax<qsizetype>(1, articles.size()));
        state.counters["read_ms"] = readMs * perArticle;
        state.counters["dates_ms"] = datesMs * perArticle;
        state.counters["places_ms"] = placesMs * perArticle;
        state.counters["actors_ms"] = actorsMs * perArticle;
        state.counters["figures_ms"] = figuresMs * perArticle;
        state.counters["annotate_ms"] = annotateMs * perArticle;
        state.counters["annotate_batched_ms"] = annotateBatchedMs * perArticle;
        state.counters["assemble_ms"] = assembleMs * perArticle;
        state.counters["store_ms"] = storeMs * perArticle;
    }
}

// Only the storing of already extracted articles, in batches as the importer stores
// them: the store stage of stagesOfIngest alone, repeated, for profiling. Milliseconds per article.
QList<Sitrep::ProjectStore::ArticleImport> extractedArticles()
{
    QList<Sitrep::ProjectStore::ArticleImport> imports;
    const Sitrep::EventExtractor extractor;
    for (const QString &file : Sitrep::Importer::expandPaths({corpus().path()})) {
        if (auto read = Sitrep::ArticleReader::readAll(file)) {
            for (const Sitrep::Article &article : std::as_const(*read))
                imports.append({article, extractor.extract(article)});
        }
    }
    return imports;
}

double threadCpuMs()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

void sitrepStoreExtractedArticles(benchmark::State &state)
{
    const auto imports = extractedArticles();
    qsizetype events = 0;
    for (const auto &item : imports)
        events += item.events.size();
    double storeMs = 0;
    for (auto _ : state) {
        QTemporaryDir dir;
        auto store = Sitrep::ProjectStore::open(dir.filePath(QStringLiteral("bench.sitrep")));
        const double start = threadCpuMs();
        for (qsizetype from = 0; from < imports.size(); from += Sitrep::Importer::storeBatchSize)
            (*store)->importArticles(imports.mid(from, Sitrep::Importer::storeBatchSize));
        storeMs += threadCpuMs() - start;
    }
    const double articles = double(qMax<qsizetype>(1, imports.size()));
    state.counters["store_ms"] = storeMs / double(state.iterations()) / articles;
    state.counters["events_per_article"] = double(events) / articles;
    state.SetItemsProcessed(state.iterations() * imports.size());
}

} // namespace

BENCHMARK(sitrepIngestOneCore)->Unit(benchmark::kSecond)->Iterations(1)->UseRealTime();
BENCHMARK(sitrepIngestAllCores)->Unit(benchmark::kSecond)->Iterations(1)->UseRealTime();
BENCHMARK(peerReadAndStoreWithoutExtraction)->Unit(benchmark::kSecond)->Iterations(1)->UseRealTime();
// Last: it holds every article and its annotations at once, which would raise the peaks above.
BENCHMARK(stagesOfIngest)->Unit(benchmark::kSecond)->Iterations(1);
BENCHMARK(sitrepStoreExtractedArticles)->Unit(benchmark::kSecond)->Iterations(3);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    // Written before any timing starts: creating thousands of files is no part of ingesting them.
    corpus();
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
