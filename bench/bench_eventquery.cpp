// SPDX-License-Identifier: GPL-3.0-or-later
// Queries on a project of 1,000,000 events (generated once and kept in the temp folder), each against
// a peer on the same file:
// - a date range through ProjectStore::events(), with places and actors, against the bare SQLite
//   range query that only counts the matching rows;
// - a place filter through ProjectStore::events(), against the same exact match of every event's
//   places without the terms index (how Sitrep answered it before schema 12).
// SITREP_BENCH_EVENTS sets the size.
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

// Each article reports from one of these, as a front-line report does, and now and then from another.
const QStringList &placeNames()
{
    static const QStringList names = {
        QStringLiteral("Kharkiv"),     QStringLiteral("Kupiansk"),   QStringLiteral("Izium"),
        QStringLiteral("Lyman"),       QStringLiteral("Bakhmut"),    QStringLiteral("Pokrovsk"),
        QStringLiteral("Toretsk"),     QStringLiteral("Avdiivka"),   QStringLiteral("Vuhledar"),
        QStringLiteral("Kherson"),     QStringLiteral("Orikhiv"),    QStringLiteral("Huliaipole"),
        QStringLiteral("Nikopol"),     QStringLiteral("Marhanets"),  QStringLiteral("Sumy"),
        QStringLiteral("Okhtyrka"),    QStringLiteral("Chernihiv"),  QStringLiteral("Kyiv"),
        QStringLiteral("Odesa"),       QStringLiteral("Mykolaiv"),   QStringLiteral("Dnipro"),
        QStringLiteral("Kryvyi Rih"),  QStringLiteral("Poltava"),    QStringLiteral("Kremenchuk"),
        QStringLiteral("Lviv"),        QStringLiteral("Ternopil"),   QStringLiteral("Lutsk"),
        QStringLiteral("Rivne"),       QStringLiteral("Vinnytsia"),  QStringLiteral("Uman"),
        QStringLiteral("Cherkasy"),    QStringLiteral("Bilhorod"),   QStringLiteral("Izmail"),
        QStringLiteral("Slovyansk"),   QStringLiteral("Kramatorsk"), QStringLiteral("Druzhkivka"),
        QStringLiteral("Siversk"),     QStringLiteral("Chasiv Yar"), QStringLiteral("Vovchansk"),
        QStringLiteral("Zaporizhzhia")};
    return names;
}

// Types in about the shares a war's news has them: strikes and battles most, riots few.
Sitrep::EventType typeOfNews(int percentile)
{
    using Sitrep::EventType;
    constexpr std::pair<int, EventType> shares[] = {
        {35, EventType::RemoteViolence}, {20, EventType::Battle},   {10, EventType::ViolenceAgainstCivilians},
        {10, EventType::Statement},      {8, EventType::Diplomacy}, {8, EventType::StrategicDevelopment},
        {5, EventType::Protest},         {2, EventType::Riot},      {2, EventType::Other}};
    for (const auto &[share, type] : shares) {
        if (percentile < share)
            return type;
        percentile -= share;
    }
    return EventType::Other;
}

QString databasePath()
{
    // v3: events spread over placeNames() and over the types as news has them (v1 placed every event in
    // Kharkiv, v2 gave each type a ninth)
    static const QString path = SitrepBench::generatedProject(
        QStringLiteral("sitrep-bench-v3-%1-events.sitrep").arg(eventCount()), [](Sitrep::ProjectStore &store) {
            QRandomGenerator random(7);
            const QDate first(2022, 2, 24);
            constexpr int eventsPerArticle = 20;
            QList<Sitrep::ProjectStore::ArticleImport> batch;
            for (int a = 0; a * eventsPerArticle < eventCount(); ++a) {
                const QString home = placeNames().at(random.bounded(int(placeNames().size())));
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
                    event.type = typeOfNews(random.bounded(100));
                    event.summary = QStringLiteral("Strike reported in sector %1").arg(random.bounded(500));
                    event.sentenceEnd = 20;
                    const QString place =
                        random.bounded(10) == 0 ? placeNames().at(random.bounded(int(placeNames().size()))) : home;
                    event.places = {Sitrep::EventPlace {place, place, QStringLiteral("city"), 49.99, 36.23,
                                                        QStringLiteral("UA"), QStringLiteral("UA-63"), 706483}};
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

// ProjectStore::events() with `filter`, as a benchmark's body.
void eventsMatching(benchmark::State &state, const Sitrep::EventFilter &filter)
{
    auto store = Sitrep::ProjectStore::open(databasePath());
    qsizetype found = 0;
    for (auto _ : state)
        found = (*store)->events(filter)->size();
    state.counters["events"] = double(found);
    state.SetItemsProcessed(state.iterations());
}

// A peer's body: `sql`, a count, run straight on SQLite.
void countOnSqlite(benchmark::State &state, const char *sql)
{
    const QString path = databasePath();
    sqlite3 *db = nullptr;
    sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt *statement = nullptr;
    sqlite3_prepare_v2(db, sql, -1, &statement, nullptr);
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

void sitrepEventsInAWeek(benchmark::State &state)
{
    Sitrep::EventFilter filter;
    filter.from = QDate(2024, 3, 4);
    filter.to = QDate(2024, 3, 10);
    filter.includeUndated = false;
    eventsMatching(state, filter);
}

void peerSqliteRangeCount(benchmark::State &state)
{
    countOnSqlite(state, "SELECT COUNT(*) FROM events WHERE date_start <= '2024-03-10' AND date_end >= '2024-03-04'");
}

void sitrepEventsAtAPlace(benchmark::State &state)
{
    Sitrep::EventFilter filter;
    filter.place = QStringLiteral("kupiansk");
    eventsMatching(state, filter);
}

// The same match without the terms index: every event's places read and matched.
void peerEventsAtAPlace(benchmark::State &state)
{
    countOnSqlite(state,
                  "SELECT COUNT(*) FROM events e WHERE EXISTS (SELECT 1 FROM json_each(e.places) p WHERE "
                  "json_extract(p.value, '$[0]') LIKE '%kupiansk%' OR json_extract(p.value, '$[1]') LIKE "
                  "'%kupiansk%' OR json_extract(p.value, '$[5]') = 'kupiansk' COLLATE NOCASE)");
}

} // namespace

BENCHMARK(sitrepEventsInAWeek)->Unit(benchmark::kMillisecond);
BENCHMARK(peerSqliteRangeCount)->Unit(benchmark::kMillisecond);
BENCHMARK(sitrepEventsAtAPlace)->Unit(benchmark::kMillisecond);
BENCHMARK(peerEventsAtAPlace)->Unit(benchmark::kMillisecond);
BENCHMARK_MAIN();
