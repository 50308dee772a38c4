// SPDX-License-Identifier: GPL-3.0-or-later
// Reading a plain-text article from disk: Sitrep's ArticleReader (decoding, line ends, offset map,
// headline, dateline, paragraphs and ICU sentences) against its peer, a bare QFile read plus
// QString::fromUtf8 that finds no structure at all.
#include "benchcorpus.h"
#include "text/articlereader.h"

#include <QTemporaryDir>

#include <benchmark/benchmark.h>

namespace {

constexpr qsizetype corpusBytes = 16 * 1024 * 1024;

const QString &corpusFile()
{
    static QTemporaryDir dir;
    static const QString path = [] {
        const QString file = dir.filePath(QStringLiteral("corpus.txt"));
        QFile out(file);
        if (out.open(QIODevice::WriteOnly))
            out.write(SitrepBench::repeatedCorpus(corpusBytes));
        return file;
    }();
    return path;
}

void sitrepReadText(benchmark::State &state)
{
    qint64 bytes = 0;
    for (auto _ : state) {
        auto article = Sitrep::ArticleReader::read(corpusFile());
        if (!article) {
            state.SkipWithError(qPrintable(article.error().toString()));
            return;
        }
        bytes = QFileInfo(corpusFile()).size();
        benchmark::DoNotOptimize(article->sentences.size());
    }
    state.SetBytesProcessed(state.iterations() * bytes);
}

void peerQFileFromUtf8(benchmark::State &state)
{
    qint64 bytes = 0;
    for (auto _ : state) {
        QFile file(corpusFile());
        if (!file.open(QIODevice::ReadOnly)) {
            state.SkipWithError("cannot open the corpus");
            return;
        }
        const QByteArray data = file.readAll();
        bytes = data.size();
        QString text = QString::fromUtf8(data);
        benchmark::DoNotOptimize(text);
    }
    state.SetBytesProcessed(state.iterations() * bytes);
}

} // namespace

BENCHMARK(sitrepReadText)->Unit(benchmark::kMillisecond);
BENCHMARK(peerQFileFromUtf8)->Unit(benchmark::kMillisecond);
BENCHMARK_MAIN();
