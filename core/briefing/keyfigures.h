// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/event.h"

#include <QDate>
#include <QList>
#include <QString>

#include <array>
#include <iterator>

namespace Sitrep {

// The numbers at the top of a briefing, from the events as their sources report them. Reports of
// one incident (events on the same day at the same place, from one article or several) are not
// added up: their figures give a range, from the lowest to the highest, and the incident counts once.
struct KeyFigures
{
    // A casualty count, low and high ends apart: a source's own range ("between 20 and 30",
    // "at least 25") or sources that disagree about one incident.
    struct Tally
    {
        int low = 0;
        int high = 0;
        bool openEnded = false; // the high end rests on an "at least" or "more than"
        int reports = 0; // events that report a count
        int incidents = 0; // what those events report, once each

        bool isRange() const { return low != high || openEnded; }
        QString toText() const; // "476", "25–32", "at least 12", "none reported"
    };
    // An incident whose reports give different figures.
    struct Disputed
    {
        QDate day;
        QString place;
        Tally killed;
        Tally injured;
        int reports = 0;
    };
    struct Place
    {
        QString name;
        QString countryCode;
        int events = 0;
        int killed = 0; // the highest figure of each incident there
    };

    int events = 0;
    int datedEvents = 0;
    int reviewedEvents = 0;
    std::array<int, std::size(allEventTypes)> byType {};
    Tally killed;
    Tally injured;
    QList<Disputed> disputed; // the largest disagreement first, at most placeLimit
    int placeCount = 0; // distinct places named
    QList<Place> places; // most events first, at most placeLimit

    static KeyFigures of(const QList<Event> &events, int placeLimit = 6);
};

} // namespace Sitrep
