// SPDX-License-Identifier: GPL-3.0-or-later
// A date-range query on a project of 1,000,000 events (generated once and kept in the temp folder):
// ProjectStore::events() with its places and actors, against its peer, the bare SQLite range query
// that only counts the matching rows. SITREP_BENCH_EVENTS sets the size.
#include "generatedproject.h"
#include "store/projectstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <benchmark/benchmark.h>
#include <sqlite3.h>

namespace {

int eventCount()
{
    const int fromEnvironment = qEnvironmentVariableIntValue("SITREP_BENCH_EVENTS");
    return fromEnvironment > 0 ? fromEnvironment : 1000000;
}

QString databasePath()
{
    static const QString path = SitrepBench::generatedProject(
        QStringLiteral("sitrep-bench-%1-events.sitrep").arg(eventCount()), [](Sitrep::ProjectStore &store) {
            QRandomGenerator random(7);
            const QDate first(2022, 2, 24);
            constexpr int eventsPerArticle = 20;
            QList<Sitrep::ProjectStore::ArticleImport> batch;
            for (int a = 0; a * eventsPerArticle < eventCount(); ++a) {
                Sitrep::Article article;
                article.source = QStringLiteral("/generated/%1.txt").arg(a);
                article.contentHash = QString::number(a);
                article.title = QStringLiteral("Generated report %1").arg(a);
                article.text = QStringLiteral("Shelling and drone strikes were reported along the front line.");
                QList<Sitrep::Event> events;
                for (int e = 0; e < eventsPerArticle; ++e) {
                    Sitrep::Event event;
                    const QDate day = first.addDays(random.bounded(1400));
                    event.date = {day, day.addDays(random.bounded(3)), Sitrep::DatePrecision::Day,
                                  Sitrep::DateDerivation::Explicit};
                    event.type = Sitrep::EventType(random.bounded(9));
                    event.summary = QStringLiteral("Strike reported in sector %1").arg(random.bounded(500));
                    event.sentenceEnd = 20;
                    event.places = {Sitrep::EventPlace {QStringLiteral("Kharkiv"), QStringLiteral("Kharkiv"),
                                                        QStringLiteral("city"), 49.99, 36.23, QStringLiteral("UA"),
                                                        QStringLiteral("UA-63"), 706483}};
                    event.actors = {Sitrep::EventActor {
                        QStringLiteral("Russia"), QStringLiteral("state"), {}, QStringLiteral("RU")}};
                    events.append(event);
                }
                batch.append({article, events});
                if (batch.size() == 500) {
                    store.importArticles(batch);
                    batch.clear();
                }
            }
            store.importArticles(batch);
        });
    return path;
}

void sitrepEventsInAWeek(benchmark::State &state)
{
    auto store = Sitrep::ProjectStore::open(databasePath());
    Sitrep::EventFilter filter;
    filter.from = QDate(2024, 3, 4);
    filter.to = QDate(2024, 3, 10);
    filter.includeUndated = false;
    qsizetype found = 0;
    for (auto _ : state)
        found = (*store)->events(filter)->size();
    state.counters["events"] = double(found);
    state.SetItemsProcessed(state.iterations());
}

void peerSqliteRangeCount(benchmark::State &state)
{
    const QString path = databasePath();
    sqlite3 *db = nullptr;
    sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt *statement = nullptr;
    sqlite3_prepare_v2(db, "SELECT COUNT(*) FROM events WHERE date_start <= '2024-03-10' AND date_end >= '2024-03-04'",
                       -1, &statement, nullptr);
    long long found = 0;
    for (auto _ : state) {
        sqlite3_reset(statement);
        if (sqlite3_step(statement) == SQLITE_ROW)
            found = sqlite3_column_int64(statement, 0);
    }
    sqlite3_finalize(statement);
    sqlite3_close(db);
    state.counters["events"] = double(found);
    state.SetItemsProcessed(state.iterations());
}

} // namespace

BENCHMARK(sitrepEventsInAWeek)->Unit(benchmark::kMillisecond);
BENCHMARK(peerSqliteRangeCount)->Unit(benchmark::kMillisecond);
BENCHMARK_MAIN();
