// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/event.h"
#include "error.h"

#include <QList>
#include <QString>

namespace Sitrep {

class StatementCache;

// The index behind the place and actor filters: one row per article in article_names, an FTS5 table
// of the trigrams of the names of the places and actors of the article's events. A filter of three
// characters or more finds through it the articles that may hold a match, and only their events are
// then matched exactly. So a row may say more than the article's events do (a name an edit removed,
// an actor's name for a place filter), but it must never lack a name they have.
namespace ArticleNames {

// The text of a row: each name once, one per line; places by their name and canonical name, actors
// by their name.
QString textOf(const QList<Event> &events);

// Writes the row of a new article from its events.
Expected<void> insert(StatementCache &statements, qint64 articleId, const QList<Event> &events);
// Writes the row of an article again from the events stored for it.
Expected<void> refresh(StatementCache &statements, qint64 articleId);

// The MATCH expression that finds the articles that may have a place or actor whose name contains
// `text` (and more: see above), or an empty string when the index cannot answer: trigrams need three
// characters.
QString match(const QString &text);

} // namespace ArticleNames
} // namespace Sitrep
