// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace Sitrep {

// TimeML TIMEX3 types.
enum class TimexType { Date, Time, Duration, Set };

// How finely an interval's bounds are known. A half-year is reported as a year; a century or
// millennium as unknown, so that a vague historical reference never passes for a date.
enum class DatePrecision { Day, Week, Month, Season, Quarter, Year, Decade, Unknown };

// Where an interval came from: the text alone, the reference (publication) date, or the date
// an earlier expression set in the narrative ("two days later").
enum class DateDerivation { Explicit, Reference, Narrative, None };

struct DateInterval
{
    QDate start; // null when the expression names no calendar interval (durations, sets, "the past")
    QDate end; // inclusive
    DatePrecision precision = DatePrecision::Unknown;
    DateDerivation derivation = DateDerivation::None;

    bool isValid() const { return start.isValid() && end.isValid(); }
    friend bool operator==(const DateInterval &, const DateInterval &) = default;
};

struct Timex
{
    qsizetype start = 0; // UTF-16 offsets into the annotated text, end exclusive
    qsizetype end = 0;
    QString text;
    TimexType type = TimexType::Date;
    QString value; // TIMEX3 value: 2025-11-18, 2025-W47, P3D, PRESENT_REF, XXXX-WXX-2 ...
    QString mod; // TIMEX3 mod: START, MID, END, APPROX, MORE_THAN, LESS_THAN, BEFORE, AFTER ... or empty
    DateInterval interval;
    // the end of a range the timex before it opens ("Oct. 20" in "from Aug. 26 to Oct. 20"): TimeML writes
    // the two dates apart, and the first one's interval runs to this one
    bool closesRange = false;
};

QString toString(TimexType type);
QString toString(DatePrecision precision);
QString toString(DateDerivation derivation);

} // namespace Sitrep
