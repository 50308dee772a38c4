// SPDX-License-Identifier: GPL-3.0-or-later
// Decoding article bytes: Sitrep's TextDecoder (mark sniffing, binary check, strict UTF-8 with a
// Windows-1252 fallback) against its peer, a bare QString::fromUtf8 that checks nothing.
#include "benchcorpus.h"
#include "text/textdecoder.h"

#include <benchmark/benchmark.h>

namespace {

const QByteArray &corpus()
{
    static const QByteArray bytes = SitrepBench::repeatedCorpus(16 * 1024 * 1024);
    return bytes;
}

void sitrepTextDecoder(benchmark::State &state)
{
    for (auto _ : state) {
        auto decoded = Sitrep::TextDecoder::decode(corpus());
        benchmark::DoNotOptimize(decoded);
    }
    state.SetBytesProcessed(state.iterations() * corpus().size());
}

void peerQStringFromUtf8(benchmark::State &state)
{
    for (auto _ : state) {
        QString decoded = QString::fromUtf8(corpus());
        benchmark::DoNotOptimize(decoded);
    }
    state.SetBytesProcessed(state.iterations() * corpus().size());
}

} // namespace

BENCHMARK(sitrepTextDecoder)->Unit(benchmark::kMillisecond);
BENCHMARK(peerQStringFromUtf8)->Unit(benchmark::kMillisecond);
BENCHMARK_MAIN();
