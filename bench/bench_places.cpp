// SPDX-License-Identifier: GPL-3.0-or-later
// Place recognition and resolution: Sitrep's PlaceFinder against its peer, the classic gazetteer
// lookup baseline (every capitalised word and word pair looked up in a hash of names, first entry
// wins, no context), run over the same news text.
#include "benchcorpus.h"
#include "places/gazetteer.h"
#include "places/placefinder.h"

#include <QElapsedTimer>
#include <QHash>

#include <benchmark/benchmark.h>

namespace {

const QString &corpus()
{
    static const QString text = QString::fromUtf8(SitrepBench::repeatedCorpus(4 * 1024 * 1024));
    return text;
}

const Sitrep::Gazetteer &gazetteer()
{
    return *Sitrep::Gazetteer::builtIn();
}

void sitrepPlaceFinder(benchmark::State &state)
{
    const Sitrep::PlaceFinder finder(gazetteer());
    const QString &text = corpus();
    const QByteArray bytes = text.toUtf8();
    // Documents are resolved one at a time, as the importer does: split on blank lines.
    const QList<QStringView> documents = QStringView(text).split(u"\n\n", Qt::SkipEmptyParts);
    qsizetype found = 0;
    for (auto _ : state) {
        for (QStringView document : documents)
            found += finder.find(document).size();
    }
    benchmark::DoNotOptimize(found);
    state.SetBytesProcessed(state.iterations() * bytes.size());
}

void peerHashLookup(benchmark::State &state)
{
    static const QHash<QString, quint32> names = [] {
        QHash<QString, quint32> hash;
        for (quint32 i = 0; i < gazetteer().entryCount(); ++i)
            hash.insert(gazetteer().entry(i).name, i);
        return hash;
    }();
    const QString &text = corpus();
    const QByteArray bytes = text.toUtf8();
    qsizetype found = 0;
    for (auto _ : state) {
        qsizetype i = 0;
        qsizetype previousStart = -1;
        while (i < text.size()) {
            if (!text[i].isLetter()) {
                ++i;
                continue;
            }
            const qsizetype start = i;
            while (i < text.size() && text[i].isLetter())
                ++i;
            if (text[start].isUpper()) {
                if (previousStart >= 0 && names.contains(text.sliced(previousStart, i - previousStart)))
                    ++found;
                else if (names.contains(text.sliced(start, i - start)))
                    ++found;
                previousStart = start;
            } else {
                previousStart = -1;
            }
        }
    }
    benchmark::DoNotOptimize(found);
    state.SetBytesProcessed(state.iterations() * bytes.size());
}

void loadGazetteer(benchmark::State &state)
{
    for (auto _ : state) {
        auto loaded = Sitrep::Gazetteer::load(Sitrep::Gazetteer::builtInPath());
        benchmark::DoNotOptimize(loaded);
    }
}

} // namespace

BENCHMARK(sitrepPlaceFinder)->Unit(benchmark::kMillisecond);
BENCHMARK(peerHashLookup)->Unit(benchmark::kMillisecond);
BENCHMARK(loadGazetteer)->Unit(benchmark::kMillisecond);
BENCHMARK_MAIN();
