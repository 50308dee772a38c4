// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <memory>
#include <unordered_map>

namespace Sitrep {

// Prepared statements of one connection, prepared once and reused: an import writes thousands of
// rows through a handful of statements, and parsing SQL each time showed in the profile.
class StatementCache final
{
public:
    explicit StatementCache(QSqlDatabase database)
        : m_database(std::move(database))
    { }
    Q_DISABLE_COPY_MOVE(StatementCache)

    // The prepared statement for sql, or null when SQLite rejects it (see lastError on a fresh query).
    QSqlQuery *prepared(const QString &sql)
    {
        auto found = m_queries.find(sql);
        if (found != m_queries.end())
            return found->second.get();
        auto query = std::make_unique<QSqlQuery>(m_database);
        if (!query->prepare(sql)) {
            m_lastError = query->lastError().text();
            return nullptr;
        }
        return m_queries.emplace(sql, std::move(query)).first->second.get();
    }

    QSqlDatabase &database() { return m_database; }
    QString lastError() const { return m_lastError; }

private:
    QSqlDatabase m_database;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_queries;
    QString m_lastError;
};

} // namespace Sitrep
