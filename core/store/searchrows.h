// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"

#include <QList>
#include <QString>

namespace Sitrep {

class StatementCache;

// Whether an article's own text already brings an event up in a search of its summary, so that the
// summary needs no entry of its own in event_search. A search finds an event when its summary or its
// article matches every word, and a machine-made summary is a clause of the article: when the
// summary's words run on in the article as they do in the summary, any search its summary matches,
// its article matches too. Indexing only the other summaries halves what event_search costs an import.
// The test is strict; a summary it cannot vouch for is indexed.
class SummaryCoverage final
{
public:
    explicit SummaryCoverage(const QString &articleText);
    // near: where in the article's text the summary was taken from, if known (the event's sentence);
    // the search starts there.
    bool covers(const QString &summary, qsizetype near = 0) const;

private:
    // Whether the summary occurs in m_text from `from` on, between word ends.
    bool occursFrom(QStringView clause, qsizetype from) const;

    // The index into m_text of an index into the article's text.
    qsizetype textIndexOf(qsizetype articleIndex) const;

    QString m_text; // whitespace runs as one space, as in a summary
    qsizetype m_articleSize = 0;
    // The indexes into the article's text of the characters m_text leaves out (white space after
    // white space), in order: far fewer than the characters, so a map of every index cost more to
    // write than the whole comparison.
    QList<qint32> m_dropped;
    bool m_usable = true;
};

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
