// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/event.h"
#include "error.h"

#include <QList>
#include <QString>

namespace Sitrep {

class StatementCache;

// The index behind the place, actor and type filters: one row per article in article_terms, an FTS5
// table of the trigrams of its events' place and actor names and of a mark for each of their types.
// A filter finds through it the articles that may hold a match, and only their events are then
// matched exactly. So a row may say more than the article's events do (a name an edit removed, an
// actor's name for a place filter), but it must never lack a term they have.
namespace ArticleTerms {

// The text of a row, one term per line: each name once (places by their name and canonical name,
// actors by their name), then the mark of each type.
QString textOf(const QList<Event> &events);

// Writes the row of a new article from its events.
Expected<void> insert(StatementCache &statements, qint64 articleId, const QList<Event> &events);
// Writes the row of an article again from the events stored for it.
Expected<void> refresh(StatementCache &statements, qint64 articleId);

// The MATCH expression that finds the articles that may have a place or actor whose name contains
// `text`, or an empty string when the index cannot answer: trigrams need three characters.
QString nameMatch(const QString &text);
// The MATCH expression that finds the articles with an event of one of `types`.
QString typeMatch(const QList<EventType> &types);

} // namespace ArticleTerms
} // namespace Sitrep
