// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "briefing/briefingoptions.h"
#include "domain/article.h"
#include "domain/event.h"
#include "error.h"

#include <QDate>
#include <QHash>
#include <QList>

namespace Sitrep {

class ProjectStore;

// The events and articles a briefing shows, read once from a project: events sorted by date
// (undated last), the articles they come from numbered in order of first mention.
struct BriefingData
{
    QList<Event> events;
    QList<Article> articles; // with their text, for the quoted sentences
    QHash<qint64, int> articleNumber; // article id -> 1-based number in the annex
    QDate periodStart; // the filter's range, or the events' when the filter leaves it open
    QDate periodEnd;
    int articleCount() const { return int(articles.size()); }
    int sourceCount() const; // distinct outlets, or files for articles without one
    const Article *articleOf(const Event &event) const;
    // The sentence an event was found in, as written in its article.
    QString quote(const Event &event) const;

    // Reads the events the filter selects. An empty selection is an error that says so, since an
    // empty briefing is of no use to anyone.
    static Expected<BriefingData> gather(const ProjectStore &store, const EventFilter &filter);
    // The same for events already chosen (the window's filtered events): those overlapping
    // [from, to] when those are valid; undated ones only when the period is open.
    static Expected<BriefingData> fromEvents(const ProjectStore &store, QList<Event> events, const QDate &from,
                                             const QDate &to);
};

} // namespace Sitrep
