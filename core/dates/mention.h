// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dates/datelexicon.h"

namespace Sitrep::Dates {

// TIMEX3 mod values the recognizer can attach.
enum class Mod : std::uint8_t {
    None,
    Start,
    Mid,
    End,
    Approx,
    MoreThan,
    LessThan,
    EqualOrMore,
    EqualOrLess,
    Before, // points: "more than a decade ago"
    After, // "less than a year ago"
    OnOrBefore, // "at least a year ago"
    OnOrAfter, // "no more than a year ago"
};

// Where the year of a calendar expression without one comes from.
enum class YearMode : std::uint8_t {
    Explicit, // written in the text
    Infer, // from the reference date and the tense of the sentence
    Offset, // the reference year plus yearOffset ("June last year", "this year's third quarter")
    Last, // the latest such period before the current one ("last December", "last fall")
    This, // the one in the current year ("this summer")
    Next, // the first one after the current one ("next spring")
    Narrative, // the narrative's year plus yearOffset ("April of that year", "May of the following year")
};

// What the recognizer found, before any reference date is known. The resolver turns it into a Timex.
struct Mention
{
    enum class Kind : std::uint8_t {
        Reject, // looked like a date but cannot be one ("February 30"): consumed, reported as nothing
        Calendar, // calendar fields, some missing (year inferred) - months, days, quarters, seasons, years
        Relative, // a unit counted from the reference date: yesterday, last week, this month, next year
        Weekday, // a day of the week, found from the reference date and tense
        Shift, // a distance from the reference ("two days ago") or from the narrative ("two days later")
        Anaphor, // a period the narrative already set: "that day", "the same week", "the quarter"
        Duration,
        Set,
        Ref, // PRESENT_REF, PAST_REF, FUTURE_REF
        Time, // a time of day alone, on the narrative's day
    };

    int first = 0; // token indexes, inclusive
    int last = 0;
    Kind kind = Kind::Calendar;
    Mod mod = Mod::None;

    // Calendar fields; 0 when absent. decade is 199 for the 1990s, century 19 for the 20th century.
    int year = 0;
    int month = 0;
    int day = 0;
    int season = 0;
    int quarter = 0;
    int half = 0;
    int decade = 0;
    int century = 0;
    YearMode yearMode = YearMode::Explicit;
    int yearOffset = 0;
    int holiday = 0; // Word value of a named day; the resolver finds its month and day
    // "the turn of the century": the decade a century begins with, 0 when the text names none, which the tense
    // chooses ("had grown by the turn of the century" in a report of 2025 is 2000)
    bool centuryTurn = false;

    // The end of a range ("October 24-26", "Monday to Wednesday"); 0 when the mention is no range.
    int endYear = 0;
    int endMonth = 0;
    int endDay = 0;
    // "Aug. 26 to Oct. 20": where a range's end, written with its own month, begins; TimeML makes it a
    // timex of its own, while the first keeps the whole range as its interval
    int rangeEnd = -1;
    bool closesRange = false; // the end split from such a range
    int endWeekday = 0;

    int weekOfMonth = 0; // Calendar, unit Week or Weekend: "the second week of May" 2, "the last weekend of May" -1
    int weekOfYear = 0; // Calendar: the ISO week a bulletin numbers ("epidemiological week 24")
    int weekday = 0; // 1 Monday .. 7 Sunday
    int weekdaysDate = 0; // Weekday: the day of the month given after it ("Sunday night, the 28th")
    // "day 16 of the truce", "its seventh day": the number of a day counted from the day something began, 1 for that
    // day itself. Kind Anaphor when no date follows; else the kind and fields of the date it is ("on Saturday, ...")
    int countedDay = 0;
    bool streak = false; // "a third straight day", "the fifth day in a row": counted back from its last day
    int direction = 0; // weekdays: -1 last, +1 next, 2 this week, 0 from tense, 3 the week weekShift away
    int weekShift = 0; // "Monday last week" -1, "Friday next week" +1

    Unit unit = Unit::None; // Relative, Shift, Anaphor granularity; Duration and Set unit
    int amount = 1; // Duration/Shift/Set count; -1 when vague ("a few days")
    int fraction = 0; // Duration: extra amount in the next finer unit ("2 1/2 years" = 6 months)
    int decimal = 0; // Duration: the digits after the point of a measured length ("12.4 months": 4) ...
    int decimalDigits = 0; // ... and how many there are
    Unit partUnit = Unit::None; // Duration: a second, finer part ("4 hours 57 minutes")
    int partAmount = 0;
    Unit lastPartUnit = Unit::None; // and a third: "one hour, four minutes and 13 seconds"
    int lastPartAmount = 0;
    int offset = 0; // Relative: -1 last, 0 this, +1 next; Shift: signed distance
    bool fromNarrative = false; // Shift and Anaphor: count from the narrative date, not the reference
    int durationDirection = 0; // Duration: -1 "the past three days", +1 "the next three days"
    bool periodAgo = false; // Anaphor: "the year-ago quarter" is the narrative quarter a year before
                            // (unit Quarter when the text names the quarter, None for "year-ago")
    bool monthSpan = false; // Calendar: "May-August" is one expression from May to the end of August
    bool samePeriod = false; // Calendar: "the 1988 period" is the quarter under discussion, in 1988
    bool sportsSeason = false; // Relative: "next season", "last season" of a sport
    bool inCurrent = false; // Anaphor: "later in the day" is in the narrative's day, or the report's
    bool counted = false; // Shift: "two days later" keeps the anchor's granularity; "the next week" does not
    bool onward = false; // Shift: "Two decades on, the east still lags"
    bool toTheDay = false; // Shift: "five years ago today" is that very day; Calendar: "this day in 1944" too
    Unit toThe = Unit::None; // Shift: "ten years ago this month" is that month, "a year ago this week" that week
    // "the week before Christmas", "the day before last Tuesday": the period of this unit beside the date found
    Unit besideUnit = Unit::None;
    int besideBy = 0; // -1 before, +1 after
    int dayOffset = 0; // Shift: "a year ago tomorrow" is the day after it, "... yesterday" the day before

    PartOfDay partOfDay = PartOfDay::None;
    int hour = -1;
    int minute = -1;
    bool topOfHour = false; // Time: "at the top of the hour", the next full hour after the last clock
    bool meridiemUnstated = false; // "3:15", "nine o'clock": a clock of twelve hours that says no a.m. or p.m.
    int dayFirst = -1; // a time dated by a day apart from it ("at 6 a.m. on Sunday"): where the day starts
    int dayLast = -1; // and where it ends

    int ref = 0; // Ref: -1 PAST_REF, 0 PRESENT_REF, +1 FUTURE_REF
};

} // namespace Sitrep::Dates
