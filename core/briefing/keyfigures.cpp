// SPDX-License-Identifier: GPL-3.0-or-later
#include "keyfigures.h"

#include <QHash>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace Sitrep {
namespace {

QString placeName(const EventPlace &place)
{
    return place.canonicalName.isEmpty() ? place.name : place.canonicalName;
}

// Events on one day at one place report one incident. Without an exact day or a place an event
// stands alone: an empty key.
QString incidentKey(const Event &event)
{
    if (!event.isDated() || event.date.start != event.date.end || event.places.isEmpty())
        return {};
    return event.date.start.toString(Qt::ISODate) + u'|' + placeName(event.places.first()).toCaseFolded();
}

// What the reports of one incident say about one count.
struct Span
{
    int low = 0;
    int high = 0;
    bool openEnded = false;
    int reports = 0;

    void add(const Estimate &estimate)
    {
        if (!estimate.isKnown())
            return;
        const int best = *estimate.best;
        const int lowEnd = estimate.low.value_or(best);
        const int highEnd = estimate.high.value_or(best);
        // "At least 25": a lower bound with nothing above it.
        const bool atLeast = estimate.low && !estimate.high && best > 0;
        if (reports == 0 || lowEnd < low)
            low = lowEnd;
        if (reports == 0 || highEnd > high) {
            high = highEnd;
            openEnded = atLeast;
        } else if (highEnd == high) {
            openEnded = openEnded && atLeast;
        }
        ++reports;
    }
};

void addTo(KeyFigures::Tally &tally, const Span &span)
{
    if (span.reports == 0)
        return;
    tally.low += span.low;
    tally.high += span.high;
    tally.openEnded = tally.openEnded || span.openEnded;
    tally.reports += span.reports;
    ++tally.incidents;
}

KeyFigures::Tally tallyOf(const Span &span)
{
    KeyFigures::Tally tally;
    addTo(tally, span);
    return tally;
}

struct Incident
{
    QDate day;
    QString place;
    Span killed;
    Span injured;
    int reports = 0;
};

} // namespace

QString KeyFigures::Tally::toText() const
{
    const QLocale locale(QLocale::English);
    if (reports == 0)
        return QStringLiteral("none reported");
    if (low == high)
        return openEnded ? QStringLiteral("at least %1").arg(locale.toString(low)) : locale.toString(low);
    return QStringLiteral("%1–%2%3").arg(locale.toString(low), locale.toString(high),
                                         openEnded ? QStringLiteral("+") : QString());
}

KeyFigures KeyFigures::of(const QList<Event> &events, int placeLimit)
{
    KeyFigures figures;
    QHash<QString, Incident> incidents;
    QList<Incident> alone;
    QHash<QString, Place> places;
    for (const Event &event : events) {
        ++figures.events;
        if (event.isDated())
            ++figures.datedEvents;
        if (event.reviewed)
            ++figures.reviewedEvents;
        ++figures.byType[int(event.type)];

        const QString key = incidentKey(event);
        Incident &incident = key.isEmpty() ? alone.emplace_back() : incidents[key];
        if (incident.reports == 0) {
            incident.day = event.date.start;
            incident.place = event.places.isEmpty() ? QString() : placeName(event.places.first());
        }
        incident.killed.add(event.killed);
        incident.injured.add(event.injured);
        ++incident.reports;

        QSet<QString> counted; // an event naming a place twice counts once there
        for (const EventPlace &place : event.places) {
            const QString name = placeName(place);
            if (name.isEmpty() || counted.contains(name))
                continue;
            counted.insert(name);
            Place &entry = places[name];
            entry.name = name;
            entry.countryCode = place.countryCode;
            ++entry.events;
        }
    }

    const auto account = [&](const Incident &incident) {
        addTo(figures.killed, incident.killed);
        addTo(figures.injured, incident.injured);
        if (!incident.place.isEmpty() && places.contains(incident.place))
            places[incident.place].killed += incident.killed.high;
        const bool disagree = (incident.killed.reports > 1 && incident.killed.low != incident.killed.high)
            || (incident.injured.reports > 1 && incident.injured.low != incident.injured.high);
        if (disagree)
            figures.disputed.append(
                {incident.day, incident.place, tallyOf(incident.killed), tallyOf(incident.injured), incident.reports});
    };
    for (const Incident &incident : std::as_const(incidents))
        account(incident);
    for (const Incident &incident : std::as_const(alone))
        account(incident);

    std::sort(figures.disputed.begin(), figures.disputed.end(), [](const Disputed &a, const Disputed &b) {
        const int spreadA = a.killed.high - a.killed.low;
        const int spreadB = b.killed.high - b.killed.low;
        if (spreadA != spreadB)
            return spreadA > spreadB;
        return a.day != b.day ? a.day < b.day : a.place < b.place;
    });
    if (figures.disputed.size() > placeLimit)
        figures.disputed.resize(placeLimit);

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
