// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlitestatement.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace Sitrep {
namespace {

QString errorText(sqlite3 *handle)
{
    return handle ? QString::fromUtf8(sqlite3_errmsg(handle)) : QStringLiteral("no SQLite connection");
}

} // namespace

sqlite3 *SqliteStatement::handleOf(const QSqlDatabase &database)
{
    const QVariant handle = database.driver() ? database.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

SqliteStatement::SqliteStatement(sqlite3 *handle, std::string_view sql)
    : m_handle(handle)
{
    if (!m_handle) {
        m_lastError = errorText(nullptr);
        return;
    }
    if (sqlite3_prepare_v3(m_handle, sql.data(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr)
        != SQLITE_OK) {
        m_lastError = errorText(m_handle);
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
        return;
    }
    m_text.resize(size_t(sqlite3_bind_parameter_count(m_statement)));
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

void SqliteStatement::bind(int index, const QString &text)
{
    if (index < 1 || size_t(index) > m_text.size()) {
        sqlite3_bind_text(m_statement, index, "", 0, SQLITE_STATIC); // fails as SQLite says
        return;
    }
    QByteArray &utf8 = m_text[size_t(index - 1)];
    // Most bound text is a short ASCII name or code, copied as it is into the last row's buffer;
    // anything else Qt encodes.
    constexpr qsizetype shortText = 256;
    const qsizetype size = text.size();
    const auto *from = reinterpret_cast<const char16_t *>(text.constData());
    // Two loops without early exits, which the compiler vectorises.
    char16_t bits = 0;
    if (size <= shortText) {
        for (qsizetype i = 0; i < size; ++i)
            bits |= from[i];
    }
    if (size <= shortText && bits < 0x80) {
        utf8.resize(size);
        char *to = utf8.data();
        for (qsizetype i = 0; i < size; ++i)
            to[i] = char(from[i]);
    } else {
        utf8 = text.toUtf8();
    }
    sqlite3_bind_text(m_statement, index, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
}

void SqliteStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
}

void SqliteStatement::bind(int index, double value)
{
    sqlite3_bind_double(m_statement, index, value);
}

void SqliteStatement::bind(int index, const QByteArray &blob)
{
    sqlite3_bind_blob(m_statement, index, blob.constData(), int(blob.size()), SQLITE_TRANSIENT);
}

void SqliteStatement::bindUtf8OrNull(int index, QByteArray utf8)
{
    if (utf8.isEmpty() || index < 1 || size_t(index) > m_text.size()) {
        bindNull(index);
        return;
    }
    QByteArray &kept = m_text[size_t(index - 1)];
    kept = std::move(utf8);
    sqlite3_bind_text(m_statement, index, kept.constData(), int(kept.size()), SQLITE_STATIC);
}

void SqliteStatement::bindStaticUtf8(int index, QByteArrayView utf8)
{
    sqlite3_bind_text(m_statement, index, utf8.data() ? utf8.data() : "", int(utf8.size()), SQLITE_STATIC);
}

void SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index);
}

void SqliteStatement::bind(int index, const QDate &date)
{
    if (!date.isValid()) {
        bindNull(index);
        return;
    }
    int year = 0, month = 0, day = 0;
    date.getDate(&year, &month, &day);
    if (year < 1 || year > 9999) {
        bind(index, date.toString(Qt::ISODate));
        return;
    }
    if (index < 1 || size_t(index) > m_text.size()) {
        bindNull(index); // fails as SQLite says
        return;
    }
    // Into the parameter's own buffer, which SQLite reads in place: a copy of its own was an
    // allocation per date.
    QByteArray &iso = m_text[size_t(index - 1)];
    iso.resize(10);
    char *text = iso.data();
    const auto digits = [text](int at, int value, int count) {
        for (int i = count - 1; i >= 0; --i, value /= 10)
            text[at + i] = char('0' + value % 10);
    };
    digits(0, year, 4);
    text[4] = '-';
    digits(5, month, 2);
    text[7] = '-';
    digits(8, day, 2);
    sqlite3_bind_text(m_statement, index, text, 10, SQLITE_STATIC);
}

void SqliteStatement::bind(int index, const QVariant &value)
{
    if (value.isNull()) {
        bindNull(index);
        return;
    }
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::Bool:
        bind(index, value.toLongLong());
        break;
    case QMetaType::Double:
        bind(index, value.toDouble());
        break;
    default:
        bind(index, value.toString());
        break;
    }
}

bool SqliteStatement::next()
{
    const int result = sqlite3_step(m_statement);
    if (result == SQLITE_ROW)
        return true;
    if (result != SQLITE_DONE)
        m_lastError = errorText(m_handle);
    return false;
}

bool SqliteStatement::isNullAt(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

qint64 SqliteStatement::int64At(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

double SqliteStatement::doubleAt(int column) const
{
    return sqlite3_column_double(m_statement, column);
}

QString SqliteStatement::textAt(int column) const
{
    const auto *text = static_cast<const QChar *>(sqlite3_column_text16(m_statement, column));
    const int bytes = sqlite3_column_bytes16(m_statement, column);
    return text ? QString(text, bytes / int(sizeof(char16_t))) : QString();
}

QByteArrayView SqliteStatement::utf8At(int column) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return text ? QByteArrayView(text, sqlite3_column_bytes(m_statement, column)) : QByteArrayView();
}

bool SqliteStatement::execute(Parameters parameters)
{
    const int result = sqlite3_step(m_statement);
    const bool done = result == SQLITE_DONE || result == SQLITE_ROW;
    if (!done)
        m_lastError = errorText(m_handle);
    sqlite3_reset(m_statement);
    if (parameters == Parameters::Clear)
        sqlite3_clear_bindings(m_statement);
    return done;
}

bool SqliteStatement::queryInt64(std::optional<qint64> &value)
{
    value.reset();
    const int result = sqlite3_step(m_statement);
    if (result == SQLITE_ROW && sqlite3_column_type(m_statement, 0) != SQLITE_NULL)
        value = sqlite3_column_int64(m_statement, 0);
    const bool ok = result == SQLITE_ROW || result == SQLITE_DONE;
    if (!ok)
        m_lastError = errorText(m_handle);
    reset();
    return ok;
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_statement);
    // A parameter left unbound on the next row is null, not the last row's value.
    sqlite3_clear_bindings(m_statement);
}

qint64 SqliteStatement::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_handle);
}

int SqliteStatement::changes() const
{
    return sqlite3_changes(m_handle);
}

} // namespace Sitrep
