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

const std::span<const char *const> migrationSteps[] = {
    toVersion1,
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

Expected<void> migrate(QSqlDatabase &database, const QString &displayName)
{
    QSqlQuery query(database);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        return makeError(Error::Kind::Database, displayName,
                         QStringLiteral("not a Sitrep project (%1)").arg(query.lastError().text()));
    }
    const int stored = query.value(0).toInt();
    if (stored > currentVersion()) {
        return makeError(Error::Kind::Database, displayName,
                         QStringLiteral("written by a newer Sitrep (schema %1, this build knows %2)")
                             .arg(stored)
                             .arg(currentVersion()));
    }
    for (int version = stored; version < currentVersion(); ++version) {
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
