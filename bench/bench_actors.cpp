// SPDX-License-Identifier: GPL-3.0-or-later
// Actor recognition: Sitrep's ActorRecognizer against its peer, the crude baseline that takes every
// run of capitalised words a QRegularExpression finds (no lexicon, no context), over the same news
// text: the bench corpus repeated to 8 MB and cut into ~4 KB articles, the size the importer sees.
#include "actors/actorrecognizer.h"
#include "benchcorpus.h"

#include <QRegularExpression>

#include <benchmark/benchmark.h>

namespace {

constexpr qsizetype corpusBytes = 8 * 1024 * 1024;
constexpr qsizetype articleBytes = 4 * 1024;

struct Corpus
{
    QStringList articles;
    qsizetype bytes = 0; // UTF-8
};

// Paragraphs joined until an article reaches ~4 KB, so that coreference has a document to work on.
const Corpus &corpus()
{
    static const Corpus c = [] {
        Corpus result;
        const QString text = QString::fromUtf8(SitrepBench::repeatedCorpus(corpusBytes));
        QString article;
        for (QStringView paragraph : QStringView(text).split(u"\n\n", Qt::SkipEmptyParts)) {
            article += paragraph;
            article += u"\n\n";
            if (article.size() >= articleBytes) {
                result.bytes += article.toUtf8().size();
                result.articles.append(article);
                article.clear();
            }
        }
        if (!article.isEmpty()) {
            result.bytes += article.toUtf8().size();
            result.articles.append(article);
        }
        return result;
    }();
    return c;
}

void sitrepActorRecognizer(benchmark::State &state)
{
    const Sitrep::ActorRecognizer recognizer;
    const Corpus &c = corpus();
    qsizetype found = 0;
    for (auto _ : state) {
        for (const QString &article : c.articles)
            found += recognizer.recognize(article).size();
    }
    benchmark::DoNotOptimize(found);
    state.SetBytesProcessed(state.iterations() * c.bytes);
    state.counters["mentions"] = double(found) / double(state.iterations());
}

void peerRegexCapitalisedRuns(benchmark::State &state)
{
    static const QRegularExpression runs(QStringLiteral("\\b\\p{Lu}[\\p{L}'-]*(?:\\s+\\p{Lu}[\\p{L}'-]*)*"));
    const Corpus &c = corpus();
    qsizetype found = 0;
    for (auto _ : state) {
        for (const QString &article : c.articles) {
            QRegularExpressionMatchIterator it = runs.globalMatch(article);
            while (it.hasNext()) {
                benchmark::DoNotOptimize(it.next().capturedView());
                ++found;
            }
        }
    }
    benchmark::DoNotOptimize(found);
    state.SetBytesProcessed(state.iterations() * c.bytes);
    state.counters["mentions"] = double(found) / double(state.iterations());
}

} // namespace

BENCHMARK(sitrepActorRecognizer)->Unit(benchmark::kMillisecond);
BENCHMARK(peerRegexCapitalisedRuns)->Unit(benchmark::kMillisecond);
BENCHMARK_MAIN();
