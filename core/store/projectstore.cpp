// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectstore.h"

#include "logging.h"
#include "store/articlecodec.h"
#include "store/articleterms.h"
#include "store/eventtable.h"
#include "store/schema.h"
#include "store/searchrows.h"
#include "store/sqlitestatement.h"
#include "store/statementcache.h"
#include "store/transaction.h"

#include <QDateTime>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <atomic>

namespace Sitrep {
namespace {

QString nextConnectionName()
{
    static std::atomic<quint64> counter {0};
    return QStringLiteral("sitrep-project-%1").arg(++counter);
}

// SQLite counts every allocation under a global mutex unless told not to, before its first use;
// nothing here reads those counts, and the locking was a twentieth of storing an article. Once
// SQLite is running the call fails harmlessly, which keeps the counting on.
void stopCountingSqliteMemory()
{
    static const bool stopped = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK;
    Q_UNUSED(stopped);
}

const QString listColumns = QStringLiteral(
    "id, source, title, outlet, format, content_hash, reference_date, date_source, url, encoding, published, "
    "date_evidence");

Article articleFromRow(const QSqlQuery &query)
{
    Article article;
    article.id = query.value(0).toLongLong();
    article.source = query.value(1).toString();
    article.title = query.value(2).toString();
    article.outlet = query.value(3).toString();
    article.format = formatFromName(query.value(4).toString()).value_or(ArticleFormat::PlainText);
    article.contentHash = query.value(5).toString();
    article.referenceDate = QDate::fromString(query.value(6).toString(), Qt::ISODate);
    article.dateSource = dateSourceFromName(query.value(7).toString());
    article.url = query.value(8).toString();
    article.encoding = query.value(9).toString();
    article.published = QDateTime::fromString(query.value(10).toString(), Qt::ISODate);
    article.dateEvidence = query.value(11).toString();
    return article;
}

void bindOptionalText(SqliteStatement &statement, int index, const QString &text)
{
    if (text.isNull())
        statement.bindNull(index);
    else
        statement.bind(index, text);
}

// Binds the article's columns 1 to 14 in the order the insert and the update list them.
void bindArticle(SqliteStatement &statement, const Article &article)
{
    statement.bind(1, article.source);
    statement.bind(2, article.title);
    statement.bind(3, article.outlet);
    statement.bind(4, formatName(article.format));
    statement.bind(5, article.contentHash);
    statement.bind(6, article.text);
    statement.bind(7, article.referenceDate);
    statement.bind(8, dateSourceName(article.dateSource));
    statement.bind(9, article.url);
    statement.bind(10, article.encoding);
    bindOptionalText(statement, 11,
                     article.published.isValid() ? article.published.toString(Qt::ISODateWithMs) : QString());
    statement.bind(12, article.dateEvidence);
    // Plain text is usually its own original: store it once.
    const bool sameAsText = article.original.isNull() || article.original == article.text;
    if (sameAsText)
        statement.bindNull(13);
    else
        statement.bind(13, article.original);
    statement.bind(14, ArticleCodec::encodeStructure(article));
}

// Foreign keys unenforced while an import batch runs: each event it stores belongs to the article
// stored just before it, so checking that the article exists only cost a twentieth of storing an
// event. Turned off and on again outside any transaction, where SQLite takes the setting.
class ForeignKeysUnchecked final
{
public:
    explicit ForeignKeysUnchecked(const QSqlDatabase &database)
        : m_query(database)
    {
        m_query.exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
    }
    ~ForeignKeysUnchecked() { m_query.exec(QStringLiteral("PRAGMA foreign_keys = ON")); }
    Q_DISABLE_COPY_MOVE(ForeignKeysUnchecked)

private:
    QSqlQuery m_query;
};

} // namespace

ProjectStore::ProjectStore(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{ }

ProjectStore::~ProjectStore()
{
    m_statements.reset(); // prepared statements hold the connection open
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Expected<std::unique_ptr<ProjectStore>> ProjectStore::open(const QString &path)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"))) {
        return makeError(Error::Kind::Database, path,
                         QStringLiteral("the Qt SQLite driver is not installed (Debian: libqt6sql6-sqlite)"));
    }
    const bool inMemory = path == u":memory:";
    if (!inMemory && QFileInfo(path).isDir())
        return makeError(Error::Kind::Unsupported, path, QStringLiteral("is a folder, not a project file"));

    stopCountingSqliteMemory();
    std::unique_ptr<ProjectStore> store(new ProjectStore(path, nextConnectionName()));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), store->m_connectionName);
    db.setDatabaseName(path);
    if (!db.open())
        return makeError(Error::Kind::Database, path, QStringLiteral("cannot open: %1").arg(db.lastError().text()));
    if (auto configured = store->configure(); !configured)
        return std::unexpected(configured.error());
    if (auto migrated = Schema::migrate(db, path); !migrated)
        return std::unexpected(migrated.error());
    store->m_statements = std::make_unique<StatementCache>(db);
    store->m_unindexed = std::make_unique<PendingSearchRows>();
    return store;
}

QSqlDatabase ProjectStore::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Expected<void> ProjectStore::configure()
{
    QSqlQuery query(database());
    // A non-SQLite file opens fine and fails on its first statement: say so plainly.
    if (!query.exec(QStringLiteral("PRAGMA schema_version")))
        return makeError(Error::Kind::Database, m_path,
                         QStringLiteral("not a Sitrep project file (%1)").arg(query.lastError().text()));
    // A new project gets 16 KiB pages: an article and its events write a quarter as many pages to the
    // write-ahead log, each a write of its own, as with SQLite's 4 KiB. An existing file keeps its size.
    const QStringList pragmas {
        QStringLiteral("PRAGMA page_size = 16384"),   QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA journal_mode = WAL"),  QStringLiteral("PRAGMA synchronous = NORMAL"),
        QStringLiteral("PRAGMA busy_timeout = 5000"), QStringLiteral("PRAGMA temp_store = MEMORY"),
        QStringLiteral("PRAGMA cache_size = -32768")};
    for (const QString &pragma : pragmas) {
        if (!query.exec(pragma))
            return makeError(Error::Kind::Database, m_path, query.lastError().text());
    }
    // Checkpoints when the log reaches 32 MiB, whatever the page size.
    if (!query.exec(QStringLiteral("PRAGMA page_size")) || !query.next())
        return makeError(Error::Kind::Database, m_path, query.lastError().text());
    const qint64 pageSize = qMax<qint64>(512, query.value(0).toLongLong());
    query.finish();
    if (!query.exec(QStringLiteral("PRAGMA wal_autocheckpoint = %1").arg((qint64(32) << 20) / pageSize)))
        return makeError(Error::Kind::Database, m_path, query.lastError().text());
    return {};
}

Expected<std::optional<qint64>> ProjectStore::articleIdWhere(ArticleKey key, const QString &value) const
{
    SqliteStatement *query = key == ArticleKey::ContentHash
        ? m_statements->native("SELECT id FROM articles WHERE content_hash = ? ORDER BY id DESC LIMIT 1")
        : m_statements->native("SELECT id FROM articles WHERE source = ? ORDER BY id DESC LIMIT 1");
    if (!query)
        return makeError(Error::Kind::Database, m_path, m_statements->lastError());
    query->bind(1, value);
    std::optional<qint64> id;
    if (!query->queryInt64(id))
        return makeError(Error::Kind::Database, m_path, query->lastError());
    return id;
}

Expected<ProjectStore::ImportResult> ProjectStore::importArticle(const Article &article, const QList<Event> &events)
{
    return importArticles({ArticleImport {article, events}}).first();
}

QList<Expected<ProjectStore::ImportResult>> ProjectStore::importArticles(const QList<ArticleImport> &batch)
{
    // Savepoints are not free: FTS5 writes its pending terms out as a new segment at each one, which
    // made them a third of an import. So the batch is first stored in one plain transaction; only if
    // some article fails is it rolled back and stored again with a savepoint per article.
    if (auto results = importBatch(batch, Isolation::Batch))
        return *results;
    return *importBatch(batch, Isolation::PerArticle);
}

std::optional<QList<Expected<ProjectStore::ImportResult>>> ProjectStore::importBatch(const QList<ArticleImport> &batch,
                                                                                     Isolation isolation)
{
    QList<Expected<ImportResult>> results;
    QSqlDatabase db = database();
    const ForeignKeysUnchecked uncheckedForeignKeys(db); // ends after the transaction
    Transaction transaction(db);
    if (!transaction.isOpen()) {
        const Error error {Error::Kind::Database, m_path, db.lastError().text()};
        for (qsizetype i = 0; i < batch.size(); ++i)
            results.append(std::unexpected(error));
        return results;
    }
    const bool perArticle = isolation == Isolation::PerArticle;
    // One time for the batch: formatting it was a hundredth of storing an article.
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    QSqlQuery savepoint(db);
    for (const ArticleImport &item : batch) {
        if (perArticle && !savepoint.exec(QStringLiteral("SAVEPOINT article"))) {
            results.append(makeError(Error::Kind::Database, m_path, savepoint.lastError().text()));
            continue;
        }
        auto result = importOne(item.article, item.events, now);
        if (result && perArticle) {
            if (auto indexed = m_unindexed->index(*m_statements); !indexed)
                result = std::unexpected(indexed.error());
        }
        if (!result && !perArticle) {
            m_unindexed->clear();
            return std::nullopt; // the transaction rolls back; the caller retries article by article
        }
        if (result && result->outcome != ImportResult::Outcome::Unchanged)
            qCDebug(lcStore) << "stored article" << result->articleId << item.article.source << result->eventCount;
        if (perArticle) {
            if (!result)
                m_unindexed->clear();
            savepoint.exec(result ? QStringLiteral("RELEASE article") : QStringLiteral("ROLLBACK TO article"));
            if (!result)
                savepoint.exec(QStringLiteral("RELEASE article"));
        }
        results.append(std::move(result));
    }
    if (auto indexed = m_unindexed->index(*m_statements); !indexed) {
        m_unindexed->clear();
        for (auto &result : results)
            result = std::unexpected(indexed.error());
        return results;
    }
    if (auto committed = transaction.commit(); !committed) {
        for (auto &result : results)
            result = std::unexpected(committed.error());
    }
    return results;
}

Expected<ProjectStore::ImportResult> ProjectStore::importOne(const Article &article, const QList<Event> &events,
                                                             const QString &now)
{
    auto unchanged = articleIdWhere(ArticleKey::ContentHash, article.contentHash);
    if (!unchanged)
        return std::unexpected(unchanged.error());
    if (*unchanged)
        return ImportResult {**unchanged, ImportResult::Outcome::Unchanged, 0};
    auto previous = articleIdWhere(ArticleKey::Source, article.source);
    if (!previous)
        return std::unexpected(previous.error());

    ImportResult result;
    if (*previous) {
        result.articleId = **previous;
        result.outcome = ImportResult::Outcome::Replaced;
        // The old article may have been stored earlier in this batch and not be indexed yet.
        if (auto indexed = m_unindexed->index(*m_statements); !indexed)
            return std::unexpected(indexed.error());
        SqliteStatement *update = m_statements->native(
            "UPDATE articles SET source = ?, title = ?, outlet = ?, format = ?, content_hash = ?, body = ?, "
            "reference_date = ?, date_source = ?, url = ?, encoding = ?, published = ?, date_evidence = ?, "
            "original = ?, structure = ?, imported_at = ? WHERE id = ?");
        if (!update)
            return makeError(Error::Kind::Database, m_path, m_statements->lastError());
        bindArticle(*update, article);
        update->bind(15, now);
        update->bind(16, result.articleId);
        if (!update->execute(SqliteStatement::Parameters::AllBoundEachRun))
            return makeError(Error::Kind::Database, m_path, update->lastError());
        QSqlDatabase db = database();
        if (auto removed = EventTable::removeMachineEvents(db, result.articleId); !removed)
            return std::unexpected(removed.error());
    } else {
        SqliteStatement *insert = m_statements->native(
            "INSERT INTO articles (source, title, outlet, format, content_hash, body, reference_date, date_source, "
            "url, encoding, published, date_evidence, original, structure, imported_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        if (!insert)
            return makeError(Error::Kind::Database, m_path, m_statements->lastError());
        bindArticle(*insert, article);
        insert->bind(15, now);
        if (!insert->execute(SqliteStatement::Parameters::AllBoundEachRun))
            return makeError(Error::Kind::Database, m_path, insert->lastError());
        result.articleId = insert->lastInsertId();
        m_unindexed->addArticle(result.articleId);
    }

    std::optional<SummaryCoverage> coverage;
    if (!events.isEmpty())
        coverage.emplace(article.text);
    for (Event event : events) {
        event.id = 0; // found anew: the store numbers it
        event.articleId = result.articleId;
        const bool covered = !event.reviewed && coverage->covers(event.summary, event.sentenceStart);
        auto inserted = EventTable::insert(
            *m_statements, event, covered ? EventTable::SummarySearch::ByArticle : EventTable::SummarySearch::Indexed);
        if (!inserted)
            return std::unexpected(inserted.error());
        if (!covered)
            m_unindexed->addEvent(*inserted);
        ++result.eventCount;
    }
    // A replaced article keeps the events someone reviewed: its names are read back with theirs.
    auto named = result.outcome == ImportResult::Outcome::Replaced
        ? ArticleTerms::refresh(*m_statements, result.articleId)
        : ArticleTerms::insert(*m_statements, result.articleId, events);
    if (!named)
        return std::unexpected(named.error());
    return result;
}

Expected<QList<Article>> ProjectStore::articles() const
{
    QSqlQuery query(database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT %1 FROM articles ORDER BY reference_date, id").arg(listColumns)))
        return makeError(Error::Kind::Database, m_path, query.lastError().text());
    QList<Article> result;
    while (query.next())
        result.append(articleFromRow(query));
    return result;
}

Expected<Article> ProjectStore::article(qint64 id) const
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT %1, body, original, structure FROM articles WHERE id = ?").arg(listColumns));
    query.addBindValue(id);
    if (!query.exec())
        return makeError(Error::Kind::Database, m_path, query.lastError().text());
    if (!query.next())
        return makeError(Error::Kind::NotFound, m_path, QStringLiteral("no article with id %1").arg(id));
    Article article = articleFromRow(query);
    article.text = query.value(12).toString();
    article.original = query.value(13).isNull() ? article.text : query.value(13).toString();
    ArticleCodec::decodeStructure(query.value(14).toByteArray(), article);
    return article;
}

Expected<int> ProjectStore::articleCount() const
{
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM articles")) || !query.next())
        return makeError(Error::Kind::Database, m_path, query.lastError().text());
    return query.value(0).toInt();
}

Expected<void> ProjectStore::removeArticle(qint64 id)
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("DELETE FROM articles WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return makeError(Error::Kind::Database, m_path, query.lastError().text());
    if (query.numRowsAffected() != 1)
        return makeError(Error::Kind::NotFound, m_path, QStringLiteral("no article with id %1").arg(id));
    return {};
}

Expected<void> ProjectStore::setReferenceDate(qint64 articleId, const QDate &date, DateSource source)
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("UPDATE articles SET reference_date = ?, date_source = ? WHERE id = ?"));
    query.addBindValue(date.isValid() ? QVariant(date.toString(Qt::ISODate))
                                      : QVariant(QMetaType::fromType<QString>()));
    query.addBindValue(dateSourceName(source));
    query.addBindValue(articleId);
    if (!query.exec())
        return makeError(Error::Kind::Database, m_path, query.lastError().text());
    if (query.numRowsAffected() != 1)
        return makeError(Error::Kind::NotFound, m_path, QStringLiteral("no article with id %1").arg(articleId));
    return {};
}

Expected<QList<Event>> ProjectStore::events(const EventFilter &filter) const
{
    return EventTable::select(database(), filter);
}

Expected<Event> ProjectStore::event(qint64 id) const
{
    // Through the filter path so the event comes with its places and actors.
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT article_id FROM events WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return makeError(Error::Kind::Database, m_path, query.lastError().text());
    if (!query.next())
        return makeError(Error::Kind::NotFound, m_path, QStringLiteral("no event with id %1").arg(id));
    EventFilter filter;
    filter.articleId = query.value(0).toLongLong();
    auto events = EventTable::select(database(), filter);
    if (!events)
        return std::unexpected(events.error());
    for (const Event &event : std::as_const(*events)) {
        if (event.id == id)
            return event;
    }
    return makeError(Error::Kind::NotFound, m_path, QStringLiteral("no event with id %1").arg(id));
}

Expected<int> ProjectStore::eventCount(const EventFilter &filter) const
{
    return EventTable::count(database(), filter);
}

Expected<qint64> ProjectStore::addEvent(const Event &event)
{
    QSqlDatabase db = database();
    Transaction transaction(db);
    auto id = EventTable::insert(*m_statements, event);
    if (!id)
        return id;
    if (auto named = ArticleTerms::refresh(*m_statements, event.articleId); !named)
        return std::unexpected(named.error());
    m_unindexed->addEvent(*id);
    if (auto indexed = m_unindexed->index(*m_statements); !indexed) {
        m_unindexed->clear();
        return std::unexpected(indexed.error());
    }
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return id;
}

Expected<void> ProjectStore::updateEvent(const Event &event)
{
    QSqlDatabase db = database();
    Transaction transaction(db);
    if (auto updated = EventTable::update(*m_statements, event); !updated)
        return updated;
    if (auto named = ArticleTerms::refresh(*m_statements, event.articleId); !named)
        return named;
    return transaction.commit();
}

Expected<void> ProjectStore::removeEvent(qint64 id)
{
    QSqlDatabase db = database();
    return EventTable::remove(db, id);
}

Expected<int> ProjectStore::replaceMachineEvents(qint64 articleId, const QList<Event> &events)
{
    QSqlDatabase db = database();
    Transaction transaction(db);
    if (auto removed = EventTable::removeMachineEvents(db, articleId); !removed)
        return removed;
    int written = 0;
    for (Event event : events) {
        if (event.reviewed)
            continue;
        event.id = 0;
        event.articleId = articleId;
        auto inserted = EventTable::insert(*m_statements, event);
        if (!inserted) {
            m_unindexed->clear();
            return std::unexpected(inserted.error());
        }
        m_unindexed->addEvent(*inserted);
        ++written;
    }
    if (auto named = ArticleTerms::refresh(*m_statements, articleId); !named) {
        m_unindexed->clear();
        return std::unexpected(named.error());
    }
    if (auto indexed = m_unindexed->index(*m_statements); !indexed) {
        m_unindexed->clear();
        return std::unexpected(indexed.error());
    }
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return written;
}

Expected<void> ProjectStore::saveCopy(const QString &path) const
{
    if (QFileInfo::exists(path))
        return makeError(Error::Kind::Unreadable, path, QStringLiteral("already exists; choose another name"));
    QSqlQuery query(database());
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(path);
    if (!query.exec())
        return makeError(Error::Kind::Database, path, QStringLiteral("cannot save: %1").arg(query.lastError().text()));
    return {};
}

Expected<bool> ProjectStore::checkIntegrity() const
{
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("PRAGMA integrity_check")) || !query.next())
        return makeError(Error::Kind::Database, m_path, query.lastError().text());
    if (query.value(0).toString() != u"ok")
        return false;
    // SQLite 3.40's integrity_check leaves FTS5 out; each index checks itself against its table
    // and fails the statement when they disagree.
    for (const char *index : {"article_search", "event_search", "article_terms"}) {
        if (!query.exec(QStringLiteral("INSERT INTO %1(%1, rank) VALUES ('integrity-check', 1)")
                            .arg(QLatin1StringView(index)))) {
            qCWarning(lcStore) << m_path << index << query.lastError().text();
            return false;
        }
    }
    return true;
}

} // namespace Sitrep
