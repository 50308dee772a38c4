// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/event.h"
#include "error.h"
#include "store/eventfilter.h"
#include "store/statementcache.h"

#include <QSqlDatabase>

namespace Sitrep::EventTable {

// Statements on the events table, whose rows hold their places and actors (EventPartsCodec).
// Callers own the transaction.
// With SummarySearch::ByArticle, the event's summary gets no entry of its own in event_search: the
// caller has found that its article's text covers it (SummaryCoverage); only machine-made events are
// inserted so, and they go when their article's text changes. Otherwise the caller notes the new
// event for PendingSearchRows. An update (a person's edit or review) always indexes the summary.
enum class SummarySearch { Indexed, ByArticle };
Expected<qint64> insert(StatementCache &statements, const Event &event, SummarySearch search = SummarySearch::Indexed);
Expected<void> update(StatementCache &statements, const Event &event);
Expected<void> remove(QSqlDatabase &database, qint64 eventId);
// Deletes the article's events that no person has reviewed.
Expected<int> removeMachineEvents(QSqlDatabase &database, qint64 articleId);
Expected<QList<Event>> select(const QSqlDatabase &database, const EventFilter &filter);
Expected<int> count(const QSqlDatabase &database, const EventFilter &filter);

} // namespace Sitrep::EventTable
