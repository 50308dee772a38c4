// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/event.h"

#include <QList>
#include <QString>

#include <array>
#include <iterator>

namespace Sitrep {

// The numbers at the top of a briefing, summed from the events as their sources report them.
struct KeyFigures
{
    // A casualty count over several events. Where a source gives a range ("between 20 and 30",
    // "at least 25") the low and high ends are summed apart from the best estimates.
    struct Tally
    {
        int low = 0;
        int best = 0;
        int high = 0;
        bool openEnded = false; // some source gave only a lower bound ("at least", "more than")
        int reports = 0; // events that report a count

        bool isRange() const { return low != high || openEnded; }
        QString toText() const; // "476", "20–31", "at least 12"
    };
    struct Place
    {
        QString name;
        QString countryCode;
        int events = 0;
        int killed = 0;
    };

    int events = 0;
    int datedEvents = 0;
    int reviewedEvents = 0;
    std::array<int, std::size(allEventTypes)> byType {};
    Tally killed;
    Tally injured;
    int placeCount = 0; // distinct places named
    QList<Place> places; // most events first, at most placeLimit

    static KeyFigures of(const QList<Event> &events, int placeLimit = 6);
};

} // namespace Sitrep
