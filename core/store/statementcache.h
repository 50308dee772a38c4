// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/sqlitestatement.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <memory>
#include <string_view>
#include <unordered_map>

namespace Sitrep {

// Prepared statements of one connection, prepared once and reused: an import writes thousands of
// rows through a handful of statements, and parsing SQL each time showed in the profile.
class StatementCache final
{
public:
    explicit StatementCache(QSqlDatabase database)
        : m_database(std::move(database))
        , m_handle(SqliteStatement::handleOf(m_database))
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

    // The same on SQLite's own API, for the statements an import runs per row. sql must be a string
    // literal: the cache keeps a view of it.
    SqliteStatement *native(std::string_view sql)
    {
        auto found = m_statements.find(sql);
        if (found != m_statements.end())
            return found->second.get();
        auto statement = std::make_unique<SqliteStatement>(m_handle, sql);
        if (!statement->isValid()) {
            m_lastError = statement->lastError();
            return nullptr;
        }
        return m_statements.emplace(sql, std::move(statement)).first->second.get();
    }

    QSqlDatabase &database() { return m_database; }
    QString lastError() const { return m_lastError; }

private:
    QSqlDatabase m_database;
    sqlite3 *m_handle = nullptr;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_queries;
    std::unordered_map<std::string_view, std::unique_ptr<SqliteStatement>> m_statements;
    QString m_lastError;
};

} // namespace Sitrep
