// SPDX-License-Identifier: GPL-3.0-or-later
// Reading an HTML article from disk: Sitrep's ArticleReader (libxml2 SAX parse, boilerplate
// removal, metadata, offset map, structure and ICU sentences) against its peer, libxml2 building
// its document tree from the same bytes and doing nothing else (parse only).
#include "benchcorpus.h"
#include "text/articlereader.h"

#include <QTemporaryDir>

#include <benchmark/benchmark.h>
#include <libxml/HTMLparser.h>

namespace {

constexpr qsizetype corpusBytes = 16 * 1024 * 1024;

// One large page: the news corpus as paragraphs inside an article, between page furniture.
QByteArray htmlCorpus()
{
    QByteArray html = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Corpus | Bench</title>"
                      "<meta property=\"article:published_time\" content=\"2025-11-19T14:05:00+00:00\">"
                      "<script>var a = 1;</script><style>p{}</style></head><body>"
                      "<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav><article><h1>Corpus</h1>";
    const QByteArray text = SitrepBench::repeatedCorpus(corpusBytes);
    for (const QByteArray &paragraph : text.split('\n')) {
        if (paragraph.trimmed().isEmpty())
            continue;
        QByteArray escaped = paragraph;
        escaped.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;");
        html.append("<p>").append(escaped).append("</p>\n");
        if (html.size() % 7 == 0)
            html.append("<div class=\"share-bar\"><button>Share</button></div>\n");
    }
    html.append("</article><footer>&copy; Bench</footer></body></html>\n");
    return html;
}

const QString &corpusFile()
{
    static QTemporaryDir dir;
    static const QString path = [] {
        const QString file = dir.filePath(QStringLiteral("corpus.html"));
        QFile out(file);
        if (out.open(QIODevice::WriteOnly))
            out.write(htmlCorpus());
        return file;
    }();
    return path;
}

void sitrepReadHtml(benchmark::State &state)
{
    const qint64 bytes = QFileInfo(corpusFile()).size();
    for (auto _ : state) {
        auto article = Sitrep::ArticleReader::read(corpusFile());
        if (!article) {
            state.SkipWithError(qPrintable(article.error().toString()));
            return;
        }
        benchmark::DoNotOptimize(article->sentences.size());
    }
    state.SetBytesProcessed(state.iterations() * bytes);
}

void peerLibxml2ParseOnly(benchmark::State &state)
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
        htmlDocPtr document =
            htmlReadMemory(data.constData(), int(data.size()), nullptr, "UTF-8",
                           HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET | XML_PARSE_HUGE);
        benchmark::DoNotOptimize(document);
        xmlFreeDoc(document);
    }
    state.SetBytesProcessed(state.iterations() * bytes);
}

} // namespace

BENCHMARK(sitrepReadHtml)->Unit(benchmark::kMillisecond);
BENCHMARK(peerLibxml2ParseOnly)->Unit(benchmark::kMillisecond);
BENCHMARK_MAIN();
