// SPDX-License-Identifier: GPL-3.0-or-later
#include "schema.h"

#include "logging.h"

#include <QSqlError>
#include <QSqlQuery>

#include <span>

namespace Sitrep::Schema {
namespace {

// Step N takes a database from user_version N to N + 1, one statement per entry (statements may
// contain semicolons, as triggers do). Never edit a shipped step; append a new one.
constexpr const char *const toVersion1[] = {
    R"sql(CREATE TABLE articles (
        id             INTEGER PRIMARY KEY,
        source         TEXT NOT NULL,
        title          TEXT NOT NULL DEFAULT '',
        outlet         TEXT NOT NULL DEFAULT '',
        format         TEXT NOT NULL,
        content_hash   TEXT NOT NULL UNIQUE,
        body           TEXT NOT NULL,
        reference_date TEXT,
        date_source    TEXT NOT NULL DEFAULT 'unknown',
        imported_at    TEXT NOT NULL))sql",
    "CREATE INDEX articles_by_source ON articles(source)",
};

// Events, their places and actors, the article fields the readers fill, and full-text search.
constexpr const char *const toVersion2[] = {
    "ALTER TABLE articles ADD COLUMN url TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE articles ADD COLUMN encoding TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE articles ADD COLUMN published TEXT",
    "ALTER TABLE articles ADD COLUMN date_evidence TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE articles ADD COLUMN original TEXT",
    "ALTER TABLE articles ADD COLUMN structure BLOB",
    R"sql(CREATE TABLE events (
        id              INTEGER PRIMARY KEY,
        article_id      INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        date_start      TEXT,
        date_end        TEXT,
        date_precision  TEXT NOT NULL DEFAULT 'unknown',
        date_derivation TEXT NOT NULL DEFAULT 'none',
        date_text       TEXT NOT NULL DEFAULT '',
        type            TEXT NOT NULL DEFAULT 'other',
        summary         TEXT NOT NULL DEFAULT '',
        sentence_start  INTEGER NOT NULL DEFAULT 0,
        sentence_end    INTEGER NOT NULL DEFAULT 0,
        killed_low      INTEGER,
        killed_best     INTEGER,
        killed_high     INTEGER,
        injured_low     INTEGER,
        injured_best    INTEGER,
        injured_high    INTEGER,
        confidence      REAL NOT NULL DEFAULT 0.5,
        reviewed        INTEGER NOT NULL DEFAULT 0,
        CHECK (sentence_end >= sentence_start)))sql",
    "CREATE INDEX events_by_date ON events(date_start, date_end)",
    "CREATE INDEX events_by_type ON events(type, date_start)",
    "CREATE INDEX events_by_article ON events(article_id)",
    R"sql(CREATE TABLE event_places (
        event_id       INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        position       INTEGER NOT NULL,
        name           TEXT NOT NULL,
        canonical_name TEXT NOT NULL DEFAULT '',
        kind           TEXT NOT NULL DEFAULT '',
        latitude       REAL,
        longitude      REAL,
        country        TEXT NOT NULL DEFAULT '',
        admin1         TEXT NOT NULL DEFAULT '',
        geonameid      INTEGER,
        PRIMARY KEY (event_id, position)) WITHOUT ROWID)sql",
    "CREATE INDEX event_places_by_name ON event_places(canonical_name COLLATE NOCASE)",
    "CREATE INDEX event_places_by_country ON event_places(country)",
    R"sql(CREATE TABLE event_actors (
        event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        name     TEXT NOT NULL,
        kind     TEXT NOT NULL DEFAULT '',
        role     TEXT NOT NULL DEFAULT '',
        country  TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (event_id, position)) WITHOUT ROWID)sql",
    "CREATE INDEX event_actors_by_name ON event_actors(name COLLATE NOCASE)",
    // External-content FTS5 tables, kept in step with their tables by triggers.
    "CREATE VIRTUAL TABLE article_search USING fts5(title, body, content='articles', content_rowid='id')",
    R"sql(CREATE TRIGGER articles_search_insert AFTER INSERT ON articles BEGIN
        INSERT INTO article_search(rowid, title, body) VALUES (new.id, new.title, new.body);
    END)sql",
    R"sql(CREATE TRIGGER articles_search_delete AFTER DELETE ON articles BEGIN
        INSERT INTO article_search(article_search, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
    END)sql",
    R"sql(CREATE TRIGGER articles_search_update AFTER UPDATE OF title, body ON articles BEGIN
        INSERT INTO article_search(article_search, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
        INSERT INTO article_search(rowid, title, body) VALUES (new.id, new.title, new.body);
    END)sql",
    "INSERT INTO article_search(article_search) VALUES ('rebuild')",
    "CREATE VIRTUAL TABLE event_search USING fts5(summary, content='events', content_rowid='id')",
    R"sql(CREATE TRIGGER events_search_insert AFTER INSERT ON events BEGIN
        INSERT INTO event_search(rowid, summary) VALUES (new.id, new.summary);
    END)sql",
    R"sql(CREATE TRIGGER events_search_delete AFTER DELETE ON events BEGIN
        INSERT INTO event_search(event_search, rowid, summary) VALUES ('delete', old.id, old.summary);
    END)sql",
    R"sql(CREATE TRIGGER events_search_update AFTER UPDATE OF summary ON events BEGIN
        INSERT INTO event_search(event_search, rowid, summary) VALUES ('delete', old.id, old.summary);
        INSERT INTO event_search(rowid, summary) VALUES (new.id, new.summary);
    END)sql",
};

// An R*Tree over each dated event's days (Julian day numbers, as QDate::toJulianDay counts them), so
// that "events overlapping this week" reads a few index pages instead of every event before the week
// (a B-tree serves only one side of an overlap).
constexpr const char *const toVersion3[] = {
    "CREATE VIRTUAL TABLE event_spans USING rtree_i32(id, first_day, last_day)",
    R"sql(INSERT INTO event_spans (id, first_day, last_day)
        SELECT id, CAST(julianday(date_start) + 0.5 AS INTEGER), CAST(julianday(date_end) + 0.5 AS INTEGER)
        FROM events WHERE date_start IS NOT NULL AND date_end IS NOT NULL)sql",
    R"sql(CREATE TRIGGER events_span_insert AFTER INSERT ON events
        WHEN new.date_start IS NOT NULL AND new.date_end IS NOT NULL BEGIN
        INSERT INTO event_spans (id, first_day, last_day)
        VALUES (new.id, CAST(julianday(new.date_start) + 0.5 AS INTEGER), CAST(julianday(new.date_end) + 0.5 AS INTEGER));
    END)sql",
    R"sql(CREATE TRIGGER events_span_delete AFTER DELETE ON events BEGIN
        DELETE FROM event_spans WHERE id = old.id;
    END)sql",
    R"sql(CREATE TRIGGER events_span_update AFTER UPDATE OF date_start, date_end ON events BEGIN
        DELETE FROM event_spans WHERE id = old.id;
        INSERT INTO event_spans (id, first_day, last_day)
        SELECT new.id, CAST(julianday(new.date_start) + 0.5 AS INTEGER), CAST(julianday(new.date_end) + 0.5 AS INTEGER)
        WHERE new.date_start IS NOT NULL AND new.date_end IS NOT NULL;
    END)sql",
};

// New rows enter the full-text indexes a batch at a time (PendingSearchRows), not row by row.
constexpr const char *const toVersion4[] = {
    "DROP TRIGGER articles_search_insert",
    "DROP TRIGGER events_search_insert",
};
// EventTable::insert writes a new event's span itself, from the dates it already holds: the
// trigger's julianday() parsing was half the cost of storing an event. No query reads the indexes
// of places and actors by name or country (the filters match substrings of each event's own rows,
// found by its key), so they only slowed every import.
constexpr const char *const toVersion5[] = {
    "DROP TRIGGER events_span_insert",
    "DROP INDEX event_places_by_name",
    "DROP INDEX event_places_by_country",
    "DROP INDEX event_actors_by_name",
};
// Each dated event's first and last day (Julian day numbers) and a class of its length, on the event's
// own row, with one index over them, replace the R*Tree: inserting into its three tables cost a
// sixth of storing an article. An overlap query seeks each class of length in turn (see EventTable);
// the classes' bounds are fixed here and there. Nothing reads events_by_date: the date filter has its
// own index and the event order, which puts undated events last, cannot use it. events_by_type cost
// an import as much as the events table itself and made the queries that used it slower: a ninth of
// a million events read through it took 500 ms, by a scan of the table 340 ms (a count alone is
// 2.5 ms against 50 ms).
constexpr const char *const toVersion6[] = {
    "ALTER TABLE events ADD COLUMN first_day INTEGER",
    "ALTER TABLE events ADD COLUMN last_day INTEGER",
    "ALTER TABLE events ADD COLUMN span_class INTEGER",
    R"sql(UPDATE events SET (first_day, last_day) = (SELECT first_day, last_day FROM event_spans s WHERE s.id = events.id)
        WHERE id IN (SELECT id FROM event_spans))sql",
    R"sql(UPDATE events SET span_class = CASE
        WHEN last_day - first_day < 1 THEN 0 WHEN last_day - first_day < 8 THEN 1
        WHEN last_day - first_day < 32 THEN 2 WHEN last_day - first_day < 128 THEN 3
        WHEN last_day - first_day < 512 THEN 4 WHEN last_day - first_day < 4096 THEN 5 ELSE 6 END
        WHERE first_day IS NOT NULL)sql",
    "DROP TRIGGER events_span_delete",
    "DROP TRIGGER events_span_update",
    "DROP TABLE event_spans",
    "DROP INDEX events_by_date",
    "DROP INDEX events_by_type",
    "CREATE INDEX events_by_span ON events(span_class, first_day, last_day)",
};
// An event's summary is in event_search only when summary_indexed says so: a machine-made summary
// that its article's text already finds (SummaryCoverage) is left out, which halves the index's
// cost to an import. The index reads its rows through a view of the indexed summaries, so that its
// integrity check compares it with them alone. Its row sizes were never read (no ranking).
constexpr const char *const toVersion7[] = {
    "ALTER TABLE events ADD COLUMN summary_indexed INTEGER NOT NULL DEFAULT 1",
    "DROP TRIGGER events_search_delete",
    "DROP TRIGGER events_search_update",
    "DROP TABLE event_search",
    "CREATE VIEW indexed_summaries AS SELECT id, summary FROM events WHERE summary_indexed",
    R"sql(CREATE VIRTUAL TABLE event_search USING fts5(summary, content='indexed_summaries', content_rowid='id',
        columnsize=0))sql",
    "INSERT INTO event_search(event_search) VALUES ('rebuild')",
    R"sql(CREATE TRIGGER events_search_delete AFTER DELETE ON events WHEN old.summary_indexed BEGIN
        INSERT INTO event_search(event_search, rowid, summary) VALUES ('delete', old.id, old.summary);
    END)sql",
    R"sql(CREATE TRIGGER events_search_update AFTER UPDATE OF summary, summary_indexed ON events BEGIN
        INSERT INTO event_search(event_search, rowid, summary) SELECT 'delete', old.id, old.summary
            WHERE old.summary_indexed;
        INSERT INTO event_search(rowid, summary) SELECT new.id, new.summary WHERE new.summary_indexed;
    END)sql",
};
// An event's places and actors move onto its own row, as JSON arrays (EventPartsCodec gives their
// fields): storing them as rows of their own, with their keys and foreign keys, was a fifth of the
// cost of storing an article, and a place or actor filter read them event by event all the same.
// json_array would write coordinates with 15 digits; printf's 17 keep every double as it was.
constexpr const char *const toVersion8[] = {
    "ALTER TABLE events ADD COLUMN places TEXT",
    "ALTER TABLE events ADD COLUMN actors TEXT",
    R"sql(UPDATE events SET places = (
        SELECT json_group_array(json_array(name, canonical_name, kind,
            CASE WHEN latitude IS NULL THEN NULL ELSE json(printf('%!.17g', latitude)) END,
            CASE WHEN longitude IS NULL THEN NULL ELSE json(printf('%!.17g', longitude)) END,
            country, admin1, geonameid))
        FROM (SELECT * FROM event_places p WHERE p.event_id = events.id ORDER BY p.position))
        WHERE id IN (SELECT event_id FROM event_places))sql",
    R"sql(UPDATE events SET actors = (
        SELECT json_group_array(json_array(name, kind, role, country))
        FROM (SELECT * FROM event_actors a WHERE a.event_id = events.id ORDER BY a.position))
        WHERE id IN (SELECT event_id FROM event_actors))sql",
    "DROP TABLE event_places",
    "DROP TABLE event_actors",
};
// The article index merges its segments eight at a time rather than FTS5's four: an import writes
// one segment per batch of articles, and merging them half as often took a fourteenth off storing
// an article of a 10,000-article import. A search of such a project reads a few more segments, still
// well under a millisecond.
constexpr const char *const toVersion9[] = {
    "INSERT INTO article_search(article_search, rank) VALUES ('automerge', 8)",
};
// The span index leads with a chunk of 1,024 articles (article_id >> 10, see EventTable), so that an
// import writes to its last pages instead of all of them.
constexpr const char *const toVersion10[] = {
    "ALTER TABLE events ADD COLUMN span_chunk INTEGER",
    "UPDATE events SET span_chunk = article_id >> 10 WHERE first_day IS NOT NULL",
    "DROP INDEX events_by_span",
    "CREATE INDEX events_by_span ON events(span_chunk, span_class, first_day, last_day)",
};
// In a project of 16 KiB pages the article index writes leaves of 16,000 bytes rather than FTS5's
// 4,050, a quarter as many rows to insert (about 5% of storing an article); a search reads the same
// pages. Projects of smaller pages keep the default, which fits their pages.
constexpr const char *const toVersion11[] = {
    R"sql(INSERT INTO article_search(article_search, rank) SELECT 'pgsz', 16000
        WHERE (SELECT page_size FROM pragma_page_size()) >= 16384)sql",
};
// The index of the place, actor and type filters (see ArticleTerms): for each article, the trigrams of
// the names of its events' places and actors and of a mark for each of their types, so that a filter
// reads the events of the articles that may match instead of every event. One row per article, not
// per event: a tenth of the rows to write on import, and an article's events are one seek of
// events_by_article away (step 6 found that even a plain index on events.type cost an import more than
// the type filter could win back). Only which rows hold a trigram is kept, not where nor in which term
// (detail=none, half the cost of positions): a filter asks for all of its trigrams, which finds a few
// rows more than it should, and the exact match of each event leaves those out.
constexpr const char *const toVersion12[] = {
    "CREATE VIRTUAL TABLE article_terms USING fts5(terms, tokenize='trigram', detail='none', columnsize=0)",
    R"sql(INSERT INTO article_terms (rowid, terms) SELECT a.id,
        coalesce((SELECT group_concat(coalesce(json_extract(p.value, '$[0]'), '') || char(10)
            || coalesce(json_extract(p.value, '$[1]'), ''), char(10))
            FROM events e, json_each(e.places) p WHERE e.article_id = a.id), '') || char(10)
        || coalesce((SELECT group_concat(coalesce(json_extract(x.value, '$[0]'), ''), char(10))
            FROM events e, json_each(e.actors) x WHERE e.article_id = a.id), '') || char(10)
        || coalesce((SELECT group_concat(mark, char(10)) FROM (SELECT DISTINCT char(1) || substr(type, 1, 1) || substr(type, 3, 1) || char(1) AS mark
            FROM events e WHERE e.article_id = a.id)), '')
        FROM articles a)sql",
    R"sql(CREATE TRIGGER articles_terms_delete AFTER DELETE ON articles BEGIN
        DELETE FROM article_terms WHERE rowid = old.id;
    END)sql",
};
const std::span<const char *const> migrationSteps[] = {
    toVersion1, toVersion2, toVersion3, toVersion4,  toVersion5,  toVersion6,
    toVersion7, toVersion8, toVersion9, toVersion10, toVersion11, toVersion12,
};

Expected<void> runStep(QSqlDatabase &database, std::span<const char *const> statements, const QString &displayName)
{
    QSqlQuery query(database);
    for (const char *statement : statements) {
        if (!query.exec(QString::fromUtf8(statement)))
            return makeError(Error::Kind::Database, displayName, query.lastError().text());
    }
    return {};
}

} // namespace

int currentVersion()
{
    return int(std::size(migrationSteps));
}

Expected<void> migrate(QSqlDatabase &database, const QString &displayName, int targetVersion)
{
    targetVersion = qBound(0, targetVersion, currentVersion());
    QSqlQuery query(database);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        return makeError(Error::Kind::Database, displayName,
                         QStringLiteral("not a Sitrep project (%1)").arg(query.lastError().text()));
    }
    const int stored = query.value(0).toInt();
    query.finish(); // a statement left reading would stop the steps from dropping a table
    if (stored > currentVersion()) {
        return makeError(Error::Kind::Database, displayName,
                         QStringLiteral("written by a newer Sitrep (schema %1, this build knows %2)")
                             .arg(stored)
                             .arg(currentVersion()));
    }
    for (int version = stored; version < targetVersion; ++version) {
        if (!database.transaction())
            return makeError(Error::Kind::Database, displayName, database.lastError().text());
        auto step = runStep(database, migrationSteps[version], displayName);
        if (step && !query.exec(QStringLiteral("PRAGMA user_version = %1").arg(version + 1)))
            step = makeError(Error::Kind::Database, displayName, query.lastError().text());
        if (!step) {
            database.rollback();
            return step;
        }
        if (!database.commit())
            return makeError(Error::Kind::Database, displayName, database.lastError().text());
        qCDebug(lcStore) << displayName << "migrated to schema" << version + 1;
    }
    return {};
}

} // namespace Sitrep::Schema
