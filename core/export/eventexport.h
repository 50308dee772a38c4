// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/article.h"
#include "domain/event.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

namespace Sitrep::EventExport {

// The events and the articles they come from, in the three export formats. Articles must carry
// their text: sentence offsets are converted from UTF-16 units to Unicode code points with it.

// {"articles":[{"id","file","title","published","reference_date","reference_date_source",...}],
//  "events":[{"id","article","date":{"start","end","precision","text"},"summary","sentence":{"start","end"},
//             "locations":[...],"actors":[...],"type","fatalities","injured","confidence",...}]}
QJsonObject toJson(const QList<Article> &articles, const QList<Event> &events);

// Gives articles and events ids that stay unique when documents from separate runs are put together
// (one `extract` per file, each with its own reference date, merged by a script): an article's id
// comes from its content hash, an event's from its article's id and its place in the article.
// Ids stay below 2^53, so JSON readers keep them exact.
void useRunIndependentIds(QList<Article> &articles, QList<Event> &events);

// ACLED-like columns, one row per event (its first place as the location).
QByteArray toCsv(const QList<Article> &articles, const QList<Event> &events);

// A FeatureCollection with one point feature per event and located place.
QJsonObject toGeoJson(const QList<Article> &articles, const QList<Event> &events);

} // namespace Sitrep::EventExport
