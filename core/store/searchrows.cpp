// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchrows.h"

#include "store/statementcache.h"

namespace Sitrep {
namespace {

// The ids as a JSON array, which SQLite's json_each turns back into rows: one statement indexes
// any number of them.
QString jsonArray(const QList<qint64> &ids)
{
    QString json;
    json.reserve(ids.size() * 8 + 2);
    json += QLatin1Char('[');
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (i > 0)
            json += QLatin1Char(',');
        json += QString::number(ids[i]);
    }
    json += QLatin1Char(']');
    return json;
}

Expected<void> run(StatementCache &statements, const QString &sql, const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return {};
    QSqlQuery *query = statements.prepared(sql);
    if (!query)
        return makeError(Error::Kind::Database, statements.database().databaseName(), statements.lastError());
    query->addBindValue(jsonArray(ids));
    if (!query->exec())
        return makeError(Error::Kind::Database, statements.database().databaseName(), query->lastError().text());
    return {};
}

} // namespace

void PendingSearchRows::clear()
{
    m_articles.clear();
    m_events.clear();
}

Expected<void> PendingSearchRows::index(StatementCache &statements)
{
    auto articles = run(statements,
                        QStringLiteral("INSERT INTO article_search (rowid, title, body) SELECT id, title, body "
                                       "FROM articles WHERE id IN (SELECT value FROM json_each(?))"),
                        m_articles);
    if (!articles)
        return articles;
    auto events = run(statements,
                      QStringLiteral("INSERT INTO event_search (rowid, summary) SELECT id, summary FROM events "
                                     "WHERE id IN (SELECT value FROM json_each(?))"),
                      m_events);
    if (!events)
        return events;
    clear();
    return {};
}

} // namespace Sitrep
