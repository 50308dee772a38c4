// SPDX-License-Identifier: GPL-3.0-or-later
#include "keyfigures.h"

#include <QHash>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace Sitrep {
namespace {

void add(KeyFigures::Tally &tally, const Estimate &estimate)
{
    if (!estimate.isKnown())
        return;
    const int best = *estimate.best;
    tally.best += best;
    tally.low += estimate.low.value_or(best);
    tally.high += estimate.high.value_or(best);
    // A low bound without a high one is an "at least" the high end cannot close.
    if (estimate.low && !estimate.high && *estimate.low == best && best > 0)
        tally.openEnded = true;
    ++tally.reports;
}

} // namespace

QString KeyFigures::Tally::toText() const
{
    const QLocale locale(QLocale::English);
    if (reports == 0)
        return QStringLiteral("none reported");
    if (low == high && !openEnded)
        return locale.toString(best);
    if (low == high)
        return QStringLiteral("at least %1").arg(locale.toString(low));
    return QStringLiteral("%1–%2%3").arg(locale.toString(low), locale.toString(high),
                                         openEnded ? QStringLiteral("+") : QString());
}

KeyFigures KeyFigures::of(const QList<Event> &events, int placeLimit)
{
    KeyFigures figures;
    QHash<QString, Place> places;
    for (const Event &event : events) {
        ++figures.events;
        if (event.isDated())
            ++figures.datedEvents;
        if (event.reviewed)
            ++figures.reviewedEvents;
        ++figures.byType[int(event.type)];
        add(figures.killed, event.killed);
        add(figures.injured, event.injured);
        QSet<QString> counted; // an event naming a place twice counts once there
        for (const EventPlace &place : event.places) {
            const QString name = place.canonicalName.isEmpty() ? place.name : place.canonicalName;
            if (name.isEmpty() || counted.contains(name))
                continue;
            counted.insert(name);
            Place &entry = places[name];
            entry.name = name;
            entry.countryCode = place.countryCode;
            ++entry.events;
            entry.killed += event.killed.best.value_or(0);
        }
    }
    figures.placeCount = int(places.size());
    figures.places = places.values();
    std::sort(figures.places.begin(), figures.places.end(), [](const Place &a, const Place &b) {
        if (a.events != b.events)
            return a.events > b.events;
        if (a.killed != b.killed)
            return a.killed > b.killed;
        return a.name < b.name;
    });
    if (figures.places.size() > placeLimit)
        figures.places.resize(placeLimit);
    return figures;
}

} // namespace Sitrep
