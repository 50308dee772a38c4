// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"

#include <QSqlDatabase>
#include <QSqlError>

namespace Sitrep {

// Rolls back unless committed, so that an early return leaves no half-written article.
class Transaction final
{
public:
    explicit Transaction(QSqlDatabase &database)
        : m_database(database)
        , m_open(database.transaction())
    { }
    ~Transaction()
    {
        if (m_open)
            m_database.rollback();
    }
    Q_DISABLE_COPY_MOVE(Transaction)

    bool isOpen() const { return m_open; }
    Expected<void> commit()
    {
        if (!m_open || !m_database.commit())
            return makeError(Error::Kind::Database, m_database.databaseName(), m_database.lastError().text());
        m_open = false;
        return {};
    }

private:
    QSqlDatabase &m_database;
    bool m_open = false;
};

} // namespace Sitrep
