// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"

#include <QList>

namespace Sitrep {

class StatementCache;

// Rows written but not yet in the full-text indexes (article_search, event_search).
// FTS5 writes its pending terms out as a new segment at every statement that changes it, so a
// trigger indexing each inserted event cost more than storing the event; the store instead notes
// the rows it inserts and indexes them with one statement per table before the transaction ends.
class PendingSearchRows final
{
public:
    void addArticle(qint64 id) { m_articles.append(id); }
    void addEvent(qint64 id) { m_events.append(id); }
    bool isEmpty() const { return m_articles.isEmpty() && m_events.isEmpty(); }
    void clear();

    // Indexes the noted rows and forgets them. Must run before the transaction commits and before
    // any statement deletes or updates a noted row: the delete triggers expect an indexed row.
    Expected<void> index(StatementCache &statements);

private:
    QList<qint64> m_articles;
    QList<qint64> m_events;
};

} // namespace Sitrep
