// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/event.h"

#include <QDate>
#include <QList>
#include <QString>

namespace Sitrep {

// Which events a query returns. Empty fields do not filter.
struct EventFilter
{
    QDate from; // events whose interval overlaps [from, to]
    QDate to;
    bool includeUndated = true; // undated events pass a date filter only when this is set
    QList<EventType> types;
    QString place; // matches a place as written or canonical, or its country code
    QString actor; // matches part of an actor's name
    QString search; // full-text search over summaries and article text (FTS5 syntax)
    qint64 articleId = 0;
    int limit = 0; // 0: no limit
};

} // namespace Sitrep
