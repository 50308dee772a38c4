// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QDate>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <optional>
#include <string_view>
#include <type_traits>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace Sitrep {

// A statement prepared once on a Qt SQLite connection's own handle and bound value by value.
// The hot inserts of an import go through it: QSqlQuery wraps every value in a QVariant and copies
// its bound values at each exec, which cost more than SQLite's own work on the row.
class SqliteStatement final
{
public:
    // The sqlite3 handle under a QSQLITE connection, or null for another driver.
    static sqlite3 *handleOf(const QSqlDatabase &database);

    SqliteStatement(sqlite3 *handle, std::string_view sql);
    ~SqliteStatement();
    Q_DISABLE_COPY_MOVE(SqliteStatement)

    bool isValid() const { return m_statement != nullptr; }

    // Parameters are numbered from 1. Text is bound as UTF-8, which the statement keeps until it is
    // bound again; a null string binds ''.
    void bind(int index, const QString &text);
    void bind(int index, qint64 value);
    void bind(int index, int value) { bind(index, qint64(value)); }
    void bind(int index, double value);
    void bind(int index, const QByteArray &blob);
    // UTF-8 that stays where it is for as long as the statement lives (a table of names), read in place.
    void bindStaticUtf8(int index, QByteArrayView utf8);
    // Text already in UTF-8, kept as bound; an empty one binds null.
    void bindUtf8OrNull(int index, QByteArray utf8);
    void bindNull(int index);
    // A valid date as QDate::toString(Qt::ISODate) writes it, without its general formatting; an
    // invalid one as null.
    void bind(int index, const QDate &date);
    template<typename T> void bind(int index, const std::optional<T> &value)
    {
        if (value)
            bind(index, *value);
        else
            bindNull(index);
    }

    // A value of a filter: integer, real, text or null.
    void bind(int index, const QVariant &value);

    // Runs a statement that returns no rows and resets it for the next use. Its parameters are then
    // null again, unless the caller binds every one of them before each run and keeps them.
    enum class Parameters { Clear, AllBoundEachRun };
    bool execute(Parameters parameters = Parameters::Clear);

    // Row by row: next() until it returns false, then ok() tells an error from the end.
    bool next();
    bool ok() const { return m_lastError.isEmpty(); }
    bool isNullAt(int column) const;
    qint64 int64At(int column) const;
    double doubleAt(int column) const;
    QString textAt(int column) const;
    QByteArrayView utf8At(int column) const; // valid until the next row
    template<typename T> std::optional<T> optionalAt(int column) const
    {
        if (isNullAt(column))
            return std::nullopt;
        if constexpr (std::is_floating_point_v<T>)
            return T(doubleAt(column));
        else
            return T(int64At(column));
    }
    // Runs a query and takes the first column of its first row, if any; false on an error.
    bool queryInt64(std::optional<qint64> &value);

    qint64 lastInsertId() const;
    int changes() const; // rows the last statement on the connection changed
    QString lastError() const { return m_lastError; }

private:
    void reset();

    sqlite3 *m_handle = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    // The UTF-8 of each bound text parameter. Qt encodes far faster than SQLite translates UTF-16,
    // and each buffer is reused from row to row.
    std::vector<QByteArray> m_text;
    QString m_lastError;
};

} // namespace Sitrep
