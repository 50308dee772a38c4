// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventtable.h"

#include "store/articleterms.h"
#include "store/eventpartscodec.h"
#include "store/sqlitestatement.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariantList>

#include <array>

#include <iterator>
#include <limits>
#include <memory>

namespace Sitrep::EventTable {
namespace {

Error databaseError(const QSqlDatabase &database, const QSqlQuery &query)
{
    return Error {Error::Kind::Database, database.databaseName(), query.lastError().text()};
}

DatePrecision precisionFromId(const QString &id)
{
    for (auto precision : {DatePrecision::Day, DatePrecision::Week, DatePrecision::Month, DatePrecision::Season,
                           DatePrecision::Quarter, DatePrecision::Year, DatePrecision::Decade})
        if (toString(precision) == id)
            return precision;
    return DatePrecision::Unknown;
}

DateDerivation derivationFromId(const QString &id)
{
    for (auto derivation : {DateDerivation::Explicit, DateDerivation::Reference, DateDerivation::Narrative})
        if (toString(derivation) == id)
            return derivation;
    return DateDerivation::None;
}

// Each word quoted, so that whatever a user types is a valid FTS5 query; the last word is a prefix
// so that results appear while typing.
QString ftsQuery(const QString &text)
{
    QStringList terms;
    const auto words = QStringView(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (QStringView word : words) {
        QString quoted = word.toString();
        quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        terms << QLatin1Char('"') + quoted + QLatin1Char('"');
    }
    if (!terms.isEmpty())
        terms.last() += QLatin1Char('*');
    return terms.join(QLatin1Char(' '));
}

QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    escaped.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

// A dated event's length in days (last day minus first) falls in one of these classes: class i holds
// lengths below spanClassBounds[i], the last class all the longer ones. An overlap query seeks each
// class from the range's start less the class's longest length to the range's end: a few short index
// reads, where one index over first days alone would read every event that starts before the range.
// Migration to schema version 6 writes the same classes in SQL.
constexpr qint64 spanClassBounds[] = {1, 8, 32, 128, 512, 4096};
constexpr int longestSpanClass = int(std::size(spanClassBounds));

// A filter of more types than this reads every event: most articles have one of them.
constexpr qsizetype typesReadThroughTheIndex = 2;

// The span index leads with the event's article's id shifted by spanChunkBits (a chunk of 1,024
// articles, in the order they were imported), so that an import adds to the index's last pages
// instead of across all of them: that rewrote the whole index at every commit, a seventh of storing
// an article of a 10,000-article import. A query seeks each class in each chunk. Migration to
// schema version 10 writes the same chunks in SQL.
constexpr int spanChunkBits = 10;

int spanClassOf(qint64 days)
{
    for (int i = 0; i < longestSpanClass; ++i) {
        if (days < spanClassBounds[i])
            return i;
    }
    return longestSpanClass;
}

struct WhereClause
{
    QString sql; // "WHERE ..." or empty
    QVariantList values;
};

WhereClause whereClause(const EventFilter &filter)
{
    QStringList conditions;
    WhereClause where;
    if (filter.from.isValid() || filter.to.isValid()) {
        // Open bounds become the extremes of the days an event can have.
        constexpr qint64 farPast = std::numeric_limits<qint64>::min() / 2;
        constexpr qint64 farFuture = std::numeric_limits<qint64>::max() / 2;
        const qint64 from = filter.from.isValid() ? filter.from.toJulianDay() : farPast;
        const qint64 to = filter.to.isValid() ? filter.to.toJulianDay() : farFuture;
        // Every chunk from the first to the last that holds a dated event.
        const QString chunks = QStringLiteral(
            "span_chunk IN (WITH RECURSIVE chunk(number) AS (SELECT min(span_chunk) FROM events UNION ALL "
            "SELECT number + 1 FROM chunk WHERE number < (SELECT max(span_chunk) FROM events)) "
            "SELECT number FROM chunk)");
        QStringList seeks;
        for (int spanClass = 0; spanClass <= longestSpanClass; ++spanClass) {
            if (spanClass < longestSpanClass) {
                seeks << QStringLiteral("SELECT id FROM events WHERE %1 AND span_class = %2 AND first_day BETWEEN ? "
                                        "AND ? AND last_day >= ?")
                             .arg(chunks)
                             .arg(spanClass);
                where.values << from - (spanClassBounds[spanClass] - 1) << to << from;
            } else {
                seeks << QStringLiteral("SELECT id FROM events WHERE %1 AND span_class = %2 AND first_day <= ? AND "
                                        "last_day >= ?")
                             .arg(chunks)
                             .arg(spanClass);
                where.values << to << from;
            }
        }
        QString condition = QStringLiteral("e.id IN (%1)").arg(seeks.join(QStringLiteral(" UNION ALL ")));
        if (filter.includeUndated)
            condition = QStringLiteral("(%1 OR e.date_start IS NULL)").arg(condition);
        conditions << condition;
    }
    if (!filter.types.isEmpty()) {
        QStringList marks;
        for (EventType type : filter.types) {
            marks << QStringLiteral("?");
            where.values << eventTypeId(type);
        }
        conditions << QStringLiteral("e.type IN (%1)").arg(marks.join(QLatin1Char(',')));
        if (filter.types.size() <= typesReadThroughTheIndex) {
            conditions << QStringLiteral(
                "e.article_id IN (SELECT rowid FROM article_terms WHERE article_terms MATCH ?)");
            where.values << ArticleTerms::typeMatch(filter.types);
        }
    }
    if (!filter.place.trimmed().isEmpty()) {
        const QString place = filter.place.trimmed();
        if (const QString match = ArticleTerms::nameMatch(place); !match.isEmpty()) {
            conditions << QStringLiteral(
                "e.article_id IN (SELECT rowid FROM article_terms WHERE article_terms MATCH ?)");
            where.values << match;
        }
        // Fields 0, 1 and 5 of each place: its name, canonical name and country (see EventPartsCodec).
        conditions << QStringLiteral("EXISTS (SELECT 1 FROM json_each(e.places) p WHERE "
                                     "json_extract(p.value, '$[0]') LIKE ? ESCAPE '\\' "
                                     "OR json_extract(p.value, '$[1]') LIKE ? ESCAPE '\\' "
                                     "OR json_extract(p.value, '$[5]') = ? COLLATE NOCASE)");
        where.values << likePattern(place) << likePattern(place) << place;
    }
    if (!filter.actor.trimmed().isEmpty()) {
        if (const QString match = ArticleTerms::nameMatch(filter.actor); !match.isEmpty()) {
            conditions << QStringLiteral(
                "e.article_id IN (SELECT rowid FROM article_terms WHERE article_terms MATCH ?)");
            where.values << match;
        }
        conditions << QStringLiteral("EXISTS (SELECT 1 FROM json_each(e.actors) a WHERE "
                                     "json_extract(a.value, '$[0]') LIKE ? ESCAPE '\\')");
        where.values << likePattern(filter.actor.trimmed());
    }
    if (const QString query = ftsQuery(filter.search); !query.isEmpty()) {
        conditions << QStringLiteral(
            "(e.id IN (SELECT rowid FROM event_search WHERE event_search MATCH ?) OR "
            "e.article_id IN (SELECT rowid FROM article_search WHERE article_search MATCH ?))");
        where.values << query << query;
    }
    if (filter.articleId > 0) {
        conditions << QStringLiteral("e.article_id = ?");
        where.values << filter.articleId;
    }
    if (!conditions.isEmpty())
        where.sql = QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    return where;
}

const QString eventOrder = QStringLiteral(" ORDER BY e.date_start IS NULL, e.date_start, e.date_end, e.id");

QString limitClause(const EventFilter &filter)
{
    return filter.limit > 0 ? QStringLiteral(" LIMIT %1").arg(filter.limit) : QString();
}

bool execWith(QSqlQuery &query, const QString &sql, const QVariantList &values)
{
    if (!query.prepare(sql))
        return false;
    for (const QVariant &value : values)
        query.addBindValue(value);
    return query.exec();
}

Error statementError(StatementCache &statements, const QString &message)
{
    return Error {Error::Kind::Database, statements.database().databaseName(), message};
}

// The UTF-8 of each value's id, made once: three of them are bound for every event stored.
template<typename Enum, Enum last, QString (*idOf)(Enum)> QByteArrayView utf8Id(Enum value)
{
    static const auto ids = [] {
        std::array<QByteArray, size_t(last) + 1> result;
        for (size_t i = 0; i < result.size(); ++i)
            result[i] = idOf(Enum(i)).toUtf8();
        return result;
    }();
    return size_t(value) < ids.size() ? QByteArrayView(ids[size_t(value)]) : QByteArrayView(ids[size_t(last)]);
}

QByteArrayView precisionId(DatePrecision precision)
{
    return utf8Id<DatePrecision, DatePrecision::Unknown, static_cast<QString (*)(DatePrecision)>(&toString)>(precision);
}

QByteArrayView derivationId(DateDerivation derivation)
{
    return utf8Id<DateDerivation, DateDerivation::None, static_cast<QString (*)(DateDerivation)>(&toString)>(
        derivation);
}

QByteArrayView typeId(EventType type)
{
    return utf8Id<EventType, EventType::Other, &eventTypeId>(type);
}

// Binds the event's columns from `first` on, in the order the insert and the update list them.
void bindEventColumns(SqliteStatement &statement, int first, const Event &event)
{
    int index = first;
    statement.bind(index++, event.articleId);
    statement.bind(index++, event.date.start);
    statement.bind(index++, event.date.end);
    statement.bindStaticUtf8(index++, precisionId(event.date.precision));
    statement.bindStaticUtf8(index++, derivationId(event.date.derivation));
    statement.bind(index++, event.dateText);
    statement.bindStaticUtf8(index++, typeId(event.type));
    statement.bind(index++, event.summary);
    statement.bind(index++, qint64(event.sentenceStart));
    statement.bind(index++, qint64(event.sentenceEnd));
    statement.bind(index++, event.killed.low);
    statement.bind(index++, event.killed.best);
    statement.bind(index++, event.killed.high);
    statement.bind(index++, event.injured.low);
    statement.bind(index++, event.injured.best);
    statement.bind(index++, event.injured.high);
    statement.bind(index++, event.confidence);
    statement.bind(index++, event.reviewed ? 1 : 0);
    statement.bindUtf8OrNull(index++, EventPartsCodec::encodePlaces(event.places));
    statement.bindUtf8OrNull(index++, EventPartsCodec::encodeActors(event.actors));
    if (event.date.start.isValid() && event.date.end.isValid()) {
        const qint64 firstDay = event.date.start.toJulianDay();
        const qint64 lastDay = event.date.end.toJulianDay();
        statement.bind(index++, firstDay);
        statement.bind(index++, lastDay);
        statement.bind(index++, qint64(spanClassOf(lastDay - firstDay)));
        statement.bind(index++, event.articleId >> spanChunkBits);
    } else {
        for (int i = 0; i < 4; ++i)
            statement.bindNull(index++);
    }
}

const QString eventColumns = QStringLiteral(
    "e.id, e.article_id, e.date_start, e.date_end, e.date_precision, e.date_derivation, e.date_text, e.type, "
    "e.summary, e.sentence_start, e.sentence_end, e.killed_low, e.killed_best, e.killed_high, e.injured_low, "
    "e.injured_best, e.injured_high, e.confidence, e.reviewed, e.places, e.actors");

Event eventFromRow(const SqliteStatement &row)
{
    Event event;
    event.id = row.int64At(0);
    event.articleId = row.int64At(1);
    event.date.start = QDate::fromString(row.textAt(2), Qt::ISODate);
    event.date.end = QDate::fromString(row.textAt(3), Qt::ISODate);
    event.date.precision = precisionFromId(row.textAt(4));
    event.date.derivation = derivationFromId(row.textAt(5));
    event.dateText = row.textAt(6);
    event.type = eventTypeFromId(row.textAt(7)).value_or(EventType::Other);
    event.summary = row.textAt(8);
    event.sentenceStart = row.int64At(9);
    event.sentenceEnd = row.int64At(10);
    event.killed = {row.optionalAt<int>(11), row.optionalAt<int>(12), row.optionalAt<int>(13)};
    event.injured = {row.optionalAt<int>(14), row.optionalAt<int>(15), row.optionalAt<int>(16)};
    event.confidence = row.doubleAt(17);
    event.reviewed = row.int64At(18) != 0;
    EventPartsCodec::decodePlaces(row.utf8At(19), event.places);
    EventPartsCodec::decodeActors(row.utf8At(20), event.actors);
    return event;
}

} // namespace

Expected<qint64> insert(StatementCache &statements, const Event &event, SummarySearch search)
{
    // An event with an id keeps it (an undone deletion comes back as itself); a new one gets one.
    const bool keepsId = event.id > 0;
    SqliteStatement *statement = keepsId
        ? statements.native("INSERT INTO events (id, article_id, date_start, date_end, date_precision, "
                            "date_derivation, date_text, type, summary, sentence_start, sentence_end, killed_low, "
                            "killed_best, killed_high, injured_low, injured_best, injured_high, confidence, reviewed, "
                            "places, actors, first_day, last_day, span_class, span_chunk, summary_indexed) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        : statements.native("INSERT INTO events (article_id, date_start, date_end, date_precision, "
                            "date_derivation, date_text, type, summary, sentence_start, sentence_end, killed_low, "
                            "killed_best, killed_high, injured_low, injured_best, injured_high, confidence, reviewed, "
                            "places, actors, first_day, last_day, span_class, span_chunk, summary_indexed) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!statement)
        return std::unexpected(statementError(statements, statements.lastError()));
    if (keepsId)
        statement->bind(1, event.id);
    bindEventColumns(*statement, keepsId ? 2 : 1, event);
    statement->bind(keepsId ? 26 : 25, search == SummarySearch::Indexed ? 1 : 0);
    if (!statement->execute(SqliteStatement::Parameters::AllBoundEachRun))
        return std::unexpected(statementError(statements, statement->lastError()));
    return statement->lastInsertId();
}

Expected<void> update(StatementCache &statements, const Event &event)
{
    SqliteStatement *statement = statements.native(
        "UPDATE events SET article_id = ?, date_start = ?, date_end = ?, date_precision = ?, date_derivation = ?, "
        "date_text = ?, type = ?, summary = ?, sentence_start = ?, sentence_end = ?, killed_low = ?, "
        "killed_best = ?, killed_high = ?, injured_low = ?, injured_best = ?, injured_high = ?, confidence = ?, "
        "reviewed = ?, places = ?, actors = ?, first_day = ?, last_day = ?, span_class = ?, span_chunk = ?, "
        "summary_indexed = 1 "
        "WHERE id = ?");
    if (!statement)
        return std::unexpected(statementError(statements, statements.lastError()));
    bindEventColumns(*statement, 1, event);
    statement->bind(25, event.id);
    if (!statement->execute(SqliteStatement::Parameters::AllBoundEachRun))
        return std::unexpected(statementError(statements, statement->lastError()));
    if (statement->changes() != 1) {
        return makeError(Error::Kind::NotFound, statements.database().databaseName(),
                         QStringLiteral("no event %1").arg(event.id));
    }
    return {};
}

Expected<void> remove(QSqlDatabase &database, qint64 eventId)
{
    QSqlQuery query(database);
    query.prepare(QStringLiteral("DELETE FROM events WHERE id = ?"));
    query.addBindValue(eventId);
    if (!query.exec())
        return std::unexpected(databaseError(database, query));
    if (query.numRowsAffected() != 1)
        return makeError(Error::Kind::NotFound, database.databaseName(), QStringLiteral("no event %1").arg(eventId));
    return {};
}

Expected<int> removeMachineEvents(QSqlDatabase &database, qint64 articleId)
{
    QSqlQuery query(database);
    query.prepare(QStringLiteral("DELETE FROM events WHERE article_id = ? AND reviewed = 0"));
    query.addBindValue(articleId);
    if (!query.exec())
        return std::unexpected(databaseError(database, query));
    return query.numRowsAffected();
}

Expected<QList<Event>> select(const QSqlDatabase &database, const EventFilter &filter)
{
    // Read through SQLite's own API: a project of 100,000 events is ~2 million values, and wrapping
    // each in a QVariant took most of the time the window needed to open.
    // Each event's places and actors come on its own row.
    const WhereClause where = whereClause(filter);
    const QString sql =
        QStringLiteral("SELECT %1 FROM events e").arg(eventColumns) + where.sql + eventOrder + limitClause(filter);
    SqliteStatement rows(SqliteStatement::handleOf(database), sql.toStdString());
    for (qsizetype i = 0; i < where.values.size(); ++i)
        rows.bind(int(i) + 1, where.values[i]);
    QList<Event> events;
    while (rows.isValid() && rows.next())
        events.append(eventFromRow(rows));
    if (!rows.isValid() || !rows.ok())
        return makeError(Error::Kind::Database, database.databaseName(), rows.lastError());
    return events;
}

Expected<int> count(const QSqlDatabase &database, const EventFilter &filter)
{
    const WhereClause where = whereClause(filter);
    QSqlQuery query(database);
    if (!execWith(query, QStringLiteral("SELECT COUNT(*) FROM events e") + where.sql, where.values) || !query.next())
        return std::unexpected(databaseError(database, query));
    return query.value(0).toInt();
}

} // namespace Sitrep::EventTable
