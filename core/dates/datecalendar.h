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

// Named days that the recognizer finds by their words ("Memorial Day", "Yom Kippur"): their codes follow.
enum NamedFeast : int {
    boxingDay = 20,
    memorialDay, // the last Monday of May
    laborDay, // the first Monday of September (United States, Canada)
    mayDay, // May 1: "May Day", "Labour Day", "Workers' Day"
    armisticeDay, // November 11: "Veterans Day", "Armistice Day", "Remembrance Day"
    remembranceSunday, // the second Sunday of November
    valentinesDay,
    stPatricksDay,
    kingDay, // Martin Luther King Jr. Day: the third Monday of January
    presidentsDay, // the third Monday of February
    juneteenth,
    bonfireNight, // November 5
    bastilleDay,
    australiaDay,
    anzacDay,
    canadaDay,
    ashWednesday,
    shroveTuesday,
    ascensionDay,
    pentecost,
    whitMonday,
    columbusDay, // the second Monday of October
    mothersDay, // the second Sunday of May, as in the United States
    fathersDay, // the third Sunday of June
    motheringSunday, // the fourth Sunday of Lent, Mother's Day in Britain and Ireland
    victoriaDay, // the Monday before May 25
    nowruz, // the first day of the Persian solar year
    victoryDay, // May 9, as Russia and Ukraine kept it until 2023
    allSaintsDay,
    allSoulsDay,
    inaugurationDay, // January 20, the US presidential inauguration since 1937
    roshHashanah, // the Jewish feasts follow the fixed Hebrew calendar, on the day after the eve they begin
    yomKippur,
    sukkot,
    simchatTorah, // as kept in Israel, with Shemini Atzeret
    hanukkah, // its first day
    passover, // its first day
    purim,
    lunarNewYear, // the new moon, in Beijing, on or after January 21
    lunarNewYearsEve,
    midAutumnFestival, // the 15th day of the lunar month that holds the autumn equinox
    diwali, // the evening of the new moon in India from mid-October to mid-November
    dhanteras, // two days before Diwali
    holi, // the day after the full moon that ends the month of Phalguna
    waitangiDay, // February 6, New Zealand's national day
};

// The last day of the Islamic month that begins on `start` (the eve of Eid al-Fitr for Ramadan).
QDate islamicMonthEnd(const QDate &start);

// The first, middle or last third of an interval of `unit`, for the mods START, MID and END.
DateInterval applyMod(DateInterval interval, Mod mod, Unit unit);

} // namespace Sitrep::Dates
