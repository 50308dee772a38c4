// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/event.h"
#include "error.h"
#include "store/eventfilter.h"
#include "store/statementcache.h"

#include <QSqlDatabase>

namespace Sitrep::EventTable {

// Statements on the events, event_places and event_actors tables. Callers own the transaction.
Expected<qint64> insert(StatementCache &statements, const Event &event);
Expected<void> update(StatementCache &statements, const Event &event);
Expected<void> remove(QSqlDatabase &database, qint64 eventId);
// Deletes the article's events that no person has reviewed.
Expected<int> removeMachineEvents(QSqlDatabase &database, qint64 articleId);
Expected<QList<Event>> select(const QSqlDatabase &database, const EventFilter &filter);
Expected<int> count(const QSqlDatabase &database, const EventFilter &filter);

} // namespace Sitrep::EventTable
