// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dates/datelexicon.h"
#include "dates/mention.h"
#include "dates/timex.h"

#include <QDate>

namespace Sitrep::Dates {

// The date of a named day (Mention::holiday: 1 Christmas ... 14 Orthodox Christmas, then the Islamic
// feasts below) in a year. The Islamic ones follow the tabular calendar, which may differ by a day or
// two from the sighting of the moon; in a year that holds two, the first.
QDate holidayDate(int holiday, int year);

constexpr int ramadanHoliday = 15; // its first day; the month runs to the eve of Eid al-Fitr
constexpr int eidAlFitrHoliday = 16;
constexpr int eidAlAdhaHoliday = 17;
constexpr int holyThursdayHoliday = 18;
constexpr int eidHoliday = 19; // "Eid" alone: whichever of the two feasts lies nearest, as the tense looks

// The last day of the Islamic month that begins on `start` (the eve of Eid al-Fitr for Ramadan).
QDate islamicMonthEnd(const QDate &start);

// The first, middle or last third of an interval of `unit`, for the mods START, MID and END.
DateInterval applyMod(DateInterval interval, Mod mod, Unit unit);

} // namespace Sitrep::Dates
