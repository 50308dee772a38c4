// SPDX-License-Identifier: GPL-3.0-or-later
// Storing articles: ProjectStore (one transaction per article, hash lookup first; and in the
// importer's batches) against its peer, the same rows inserted through the raw SQLite C API in one
// prepared statement per article.
#include "benchcorpus.h"
#include "project/importer.h"
#include "store/projectstore.h"

#include <QCryptographicHash>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>
#include <sqlite3.h>

namespace {

QList<Sitrep::Article> articles(int count)
{
    const QList<QByteArray> documents = SitrepBench::newsDocuments();
    QList<Sitrep::Article> result;
    for (int i = 0; i < count && !documents.isEmpty(); ++i) {
        Sitrep::Article article;
        article.source = QStringLiteral("/bench/%1.txt").arg(i);
        article.text = QString::fromUtf8(documents[i % documents.size()]);
        article.contentHash = QString::number(i);
        result.append(article);
    }
    return result;
}

void sitrepProjectStore(benchmark::State &state)
{
    const auto batch = articles(int(state.range(0)));
    for (auto _ : state) {
        QTemporaryDir dir;
        auto store = Sitrep::ProjectStore::open(dir.filePath(QStringLiteral("b.sitrep")));
        for (const auto &article : batch)
            benchmark::DoNotOptimize((*store)->importArticle(article));
    }
    state.SetItemsProcessed(state.iterations() * batch.size());
}

// The same articles as the importer stores them: Importer::storeBatchSize to a transaction.
void sitrepProjectStoreInBatches(benchmark::State &state)
{
    QList<Sitrep::ProjectStore::ArticleImport> batch;
    for (const auto &article : articles(int(state.range(0))))
        batch.append({article, {}});
    for (auto _ : state) {
        QTemporaryDir dir;
        auto store = Sitrep::ProjectStore::open(dir.filePath(QStringLiteral("b.sitrep")));
        for (qsizetype from = 0; from < batch.size(); from += Sitrep::Importer::storeBatchSize)
            benchmark::DoNotOptimize((*store)->importArticles(batch.mid(from, Sitrep::Importer::storeBatchSize)));
    }
    state.SetItemsProcessed(state.iterations() * batch.size());
}

void peerRawSqlite(benchmark::State &state)
{
    const auto batch = articles(int(state.range(0)));
    for (auto _ : state) {
        QTemporaryDir dir;
        sqlite3 *db = nullptr;
        sqlite3_open(dir.filePath(QStringLiteral("b.sqlite")).toUtf8().constData(), &db);
        sqlite3_exec(db,
                     "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; CREATE TABLE articles(id INTEGER "
                     "PRIMARY KEY, source TEXT, content_hash TEXT UNIQUE, body TEXT)",
                     nullptr, nullptr, nullptr);
        sqlite3_stmt *insert = nullptr;
        sqlite3_prepare_v2(db, "INSERT INTO articles(source, content_hash, body) VALUES (?, ?, ?)", -1, &insert,
                           nullptr);
        for (const auto &article : batch) {
            sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
            const QByteArray source = article.source.toUtf8();
            const QByteArray hash = article.contentHash.toUtf8();
            const QByteArray body = article.text.toUtf8();
            sqlite3_bind_text(insert, 1, source.constData(), int(source.size()), SQLITE_TRANSIENT);
            sqlite3_bind_text(insert, 2, hash.constData(), int(hash.size()), SQLITE_TRANSIENT);
            sqlite3_bind_text(insert, 3, body.constData(), int(body.size()), SQLITE_TRANSIENT);
            sqlite3_step(insert);
            sqlite3_reset(insert);
            sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
        }
        sqlite3_finalize(insert);
        sqlite3_close(db);
    }
    state.SetItemsProcessed(state.iterations() * batch.size());
}

} // namespace

BENCHMARK(sitrepProjectStore)->Arg(500)->Unit(benchmark::kMillisecond);
BENCHMARK(sitrepProjectStoreInBatches)->Arg(500)->Unit(benchmark::kMillisecond);
BENCHMARK(peerRawSqlite)->Arg(500)->Unit(benchmark::kMillisecond);
BENCHMARK_MAIN();
