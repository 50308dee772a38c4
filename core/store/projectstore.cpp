// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectstore.h"

#include "logging.h"
#include "store/schema.h"

#include <QDateTime>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <atomic>

namespace Sitrep {
namespace {

QString nextConnectionName()
{
    static std::atomic<quint64> counter {0};
    return QStringLiteral("sitrep-project-%1").arg(++counter);
}

Article articleFromQuery(const QSqlQuery &query)
{
    Article article;
    article.id = query.value(QStringLiteral("id")).toLongLong();
    article.source = query.value(QStringLiteral("source")).toString();
    article.title = query.value(QStringLiteral("title")).toString();
    article.outlet = query.value(QStringLiteral("outlet")).toString();
    article.format =
        formatFromName(query.value(QStringLiteral("format")).toString()).value_or(ArticleFormat::PlainText);
    article.contentHash = query.value(QStringLiteral("content_hash")).toString();
    article.text = query.value(QStringLiteral("body")).toString();
    article.referenceDate = QDate::fromString(query.value(QStringLiteral("reference_date")).toString(), Qt::ISODate);
    article.dateSource = dateSourceFromName(query.value(QStringLiteral("date_source")).toString());
    return article;
}

// Qt binds a null QString as SQL NULL; the text columns are NOT NULL.
QString nonNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

const QString articleColumns =
    QStringLiteral("id, source, title, outlet, format, content_hash, body, reference_date, date_source");

} // namespace

ProjectStore::ProjectStore(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{ }

ProjectStore::~ProjectStore()
{
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

    std::unique_ptr<ProjectStore> store(new ProjectStore(path, nextConnectionName()));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), store->m_connectionName);
    db.setDatabaseName(path);
    if (!db.open())
        return makeError(Error::Kind::Database, path, QStringLiteral("cannot open: %1").arg(db.lastError().text()));
    if (auto configured = store->configure(); !configured)
        return std::unexpected(configured.error());
    if (auto migrated = Schema::migrate(db, path); !migrated)
        return std::unexpected(migrated.error());
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
    const QStringList pragmas {QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA journal_mode = WAL"),
                               QStringLiteral("PRAGMA synchronous = NORMAL"),
                               QStringLiteral("PRAGMA busy_timeout = 5000")};
    for (const QString &pragma : pragmas) {
        if (!query.exec(pragma))
            return makeError(Error::Kind::Database, m_path, query.lastError().text());
    }
    return {};
}

Expected<ProjectStore::AddResult> ProjectStore::addArticle(const Article &article)
{
    QSqlDatabase db = database();
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT id FROM articles WHERE content_hash = ?"));
    query.addBindValue(article.contentHash);
    if (!query.exec())
        return makeError(Error::Kind::Database, m_path, query.lastError().text());
    if (query.next())
        return AddResult {query.value(0).toLongLong(), true};

    if (!db.transaction())
        return makeError(Error::Kind::Database, m_path, db.lastError().text());
    query.prepare(QStringLiteral("INSERT INTO articles (source, title, outlet, format, content_hash, body, "
                                 "reference_date, date_source, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(nonNull(article.source));
    query.addBindValue(nonNull(article.title));
    query.addBindValue(nonNull(article.outlet));
    query.addBindValue(formatName(article.format));
    query.addBindValue(article.contentHash);
    query.addBindValue(nonNull(article.text));
    query.addBindValue(article.referenceDate.isValid() ? article.referenceDate.toString(Qt::ISODate) : QVariant());
    query.addBindValue(dateSourceName(article.dateSource));
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!query.exec()) {
        const QString message = query.lastError().text();
        db.rollback();
        return makeError(Error::Kind::Database, m_path, message);
    }
    const qint64 id = query.lastInsertId().toLongLong();
    if (!db.commit())
        return makeError(Error::Kind::Database, m_path, db.lastError().text());
    qCDebug(lcStore) << "stored article" << id << article.source;
    return AddResult {id, false};
}

Expected<QList<Article>> ProjectStore::articles() const
{
    QSqlQuery query(database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT %1 FROM articles ORDER BY reference_date, id").arg(articleColumns)))
        return makeError(Error::Kind::Database, m_path, query.lastError().text());
    QList<Article> result;
    while (query.next())
        result.append(articleFromQuery(query));
    return result;
}

Expected<Article> ProjectStore::article(qint64 id) const
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT %1 FROM articles WHERE id = ?").arg(articleColumns));
    query.addBindValue(id);
    if (!query.exec())
        return makeError(Error::Kind::Database, m_path, query.lastError().text());
    if (!query.next())
        return makeError(Error::Kind::NotFound, m_path, QStringLiteral("no article with id %1").arg(id));
    return articleFromQuery(query);
}

Expected<int> ProjectStore::articleCount() const
{
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM articles")) || !query.next())
        return makeError(Error::Kind::Database, m_path, query.lastError().text());
    return query.value(0).toInt();
}

} // namespace Sitrep
