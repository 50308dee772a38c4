// SPDX-License-Identifier: GPL-3.0-or-later
#include "dates/datecalendar.h"
#include "dates/period.h"

#include <QCalendar>

#include <cmath>

namespace Sitrep::Dates {

namespace {

// Orthodox Easter Sunday: the Julian computus (Meeus), moved to the Gregorian calendar.
QDate orthodoxEaster(int year)
{
    const int a = year % 4, b = year % 7, c = year % 19;
    const int d = (19 * c + 15) % 30, e = (2 * a + 4 * b - d + 34) % 7;
    const int month = (d + e + 114) / 31, day = (d + e + 114) % 31 + 1;
    const int julianLag = year / 100 - year / 400 - 2; // 13 days in 1900-2099
    return QDate(year, month, day).addDays(julianLag);
}

// Western Easter Sunday (anonymous Gregorian computus).
QDate easter(int year)
{
    const int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
    const int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
    return QDate(year, month, day);
}

// Rata Die (day 1 = 1 January 1 in the proleptic Gregorian calendar) as a QDate
QDate fromRataDie(qint64 rd)
{
    return QDate::fromJulianDay(rd + 1721425);
}

// Days from the Hebrew epoch to the first of Tishrei of Hebrew `year`, after the postponement for the molad's
// weekday (Reingold and Dershowitz, Calendrical Calculations)
qint64 hebrewElapsedDays(qint64 year)
{
    const qint64 months = (235 * year - 234) / 19;
    const qint64 parts = 12084 + 13753 * months;
    qint64 day = 29 * months + parts / 25920;
    if ((3 * (day + 1)) % 7 < 3)
        ++day;
    return day;
}

// Rata Die of Rosh Hashanah, the first of Tishrei, of Hebrew `year`, with the postponements that keep a year's
// length lawful
qint64 hebrewNewYear(qint64 year)
{
    constexpr qint64 epoch = -1373427;
    const qint64 before = hebrewElapsedDays(year - 1), here = hebrewElapsedDays(year),
                 after = hebrewElapsedDays(year + 1);
    const int delay = after - here == 356 ? 2 : here - before == 382 ? 1 : 0;
    return epoch + here + delay;
}

// The Julian ephemeris day of new moon number k since January 2000 (k + 0.5 for the full moon after it), with the
// principal periodic terms of Meeus, Astronomical Algorithms, ch. 49: within a few minutes, which the holidays
// that follow the moon need.
double moonPhase(double k, bool full)
{
    constexpr double degrees = 3.14159265358979323846 / 180.0;
    const double t = k / 1236.85;
    const double e = 1.0 - 0.002516 * t - 0.0000074 * t * t;
    const double sun = (2.5534 + 29.10535670 * k - 0.0000014 * t * t) * degrees;
    const double moon = (201.5643 + 385.81693528 * k + 0.0107582 * t * t) * degrees;
    const double latitude = (160.7108 + 390.67050284 * k - 0.0016118 * t * t) * degrees;
    const double node = (124.7746 - 1.56375588 * k + 0.0020672 * t * t) * degrees;
    double jde = 2451550.09766 + 29.530588861 * k + 0.00015437 * t * t;
    jde += (full ? -0.40614 : -0.40720) * std::sin(moon) + (full ? 0.17302 : 0.17241) * e * std::sin(sun)
        + (full ? 0.01614 : 0.01608) * std::sin(2 * moon) + (full ? 0.01043 : 0.01039) * std::sin(2 * latitude)
        + (full ? 0.00734 : 0.00739) * e * std::sin(moon - sun) - 0.00515 * e * std::sin(moon + sun)
        + 0.00209 * e * e * std::sin(2 * sun) - 0.00111 * std::sin(moon - 2 * latitude)
        - 0.00057 * std::sin(moon + 2 * latitude) + 0.00056 * e * std::sin(2 * moon + sun)
        - 0.00042 * std::sin(3 * moon) + 0.00042 * e * std::sin(sun + 2 * latitude)
        + 0.00038 * e * std::sin(sun - 2 * latitude) - 0.00024 * e * std::sin(2 * moon - sun)
        - 0.00017 * std::sin(node);
    return jde;
}

// The local date of a moment, `hours` ahead of universal time, and the hour of that day it falls in
struct LocalMoment
{
    QDate date;
    double hour = 0;
};

LocalMoment localMoment(double jde, double hours)
{
    const double shifted = jde + 0.5 + hours / 24.0;
    const double day = std::floor(shifted);
    return {QDate::fromJulianDay(qint64(day)), (shifted - day) * 24.0};
}

// The first day of the Islamic month that the tabular calendar begins on `tabular`, as Saudi Arabia's Umm al-Qura
// calendar sets it: the day after the evening in Mecca when the moon was new before sunset, else the day after that.
// (The tabular calendar runs a day late in most years: Eid al-Adha fell on Friday, 1 September 2017, not on the 2nd.)
QDate islamicMonthStart(const QDate &tabular)
{
    constexpr double pi = 3.14159265358979323846;
    const double k0 = std::floor((tabular.year() + (tabular.dayOfYear() - 1) / 365.25 - 2000) * 12.3685);
    for (double k = k0 - 2; k <= k0 + 2; ++k) {
        const LocalMoment mecca = localMoment(moonPhase(k, false), 3);
        const qint64 gap = mecca.date.daysTo(tabular);
        if (gap < -2 || gap > 3)
            continue;
        const double sunset = 18.4 + 0.7 * std::cos(2 * pi * (mecca.date.dayOfYear() - 172) / 365.25);
        return mecca.date.addDays(mecca.hour < sunset ? 1 : 2);
    }
    return tabular;
}

// `day` of `month` of the Islamic year whose date falls first in Gregorian `year`.
QDate islamicDate(int year, int month, int day)
{
    const QCalendar hijri(QCalendar::System::IslamicCivil);
    const int guess = int((year - 622) * 33 / 32);
    for (int hijriYear = guess - 1; hijriYear <= guess + 2; ++hijriYear) {
        const QDate first = hijri.dateFromParts(hijriYear, month, 1);
        const QDate date = first.isValid() ? islamicMonthStart(first).addDays(day - 1) : QDate();
        if (date.isValid() && date.year() == year)
            return date;
    }
    return {};
}

// The new moons (or full moons) from a little before `year` begins, in order
template<typename Visit> QDate eachPhase(int year, bool full, Visit visit)
{
    const double first = std::floor((year - 2000) * 12.3685) - 2;
    for (int n = 0; n < 18; ++n) {
        const double k = first + n + (full ? 0.5 : 0.0);
        if (const QDate found = visit(moonPhase(k, full)); found.isValid())
            return found;
    }
    return {};
}

QDate lunarNewYearDate(int year)
{
    return eachPhase(year, false, [&](double jde) {
        const QDate beijing = localMoment(jde, 8).date;
        return beijing >= QDate(year, 1, 21) ? beijing : QDate();
    });
}

// The month that holds the autumn equinox (about September 23 in Beijing) begins on the last new moon before it
QDate midAutumnDate(int year)
{
    QDate monthStart;
    eachPhase(year, false, [&](double jde) {
        const QDate beijing = localMoment(jde, 8).date;
        if (beijing > QDate(year, 9, 23))
            return beijing;
        monthStart = beijing;
        return QDate();
    });
    return monthStart.isValid() ? monthStart.addDays(14) : QDate();
}

// Lakshmi Puja: the evening in India that falls in the lunar day before the new moon
QDate diwaliDate(int year)
{
    return eachPhase(year, false, [&](double jde) {
        const LocalMoment india = localMoment(jde, 5.5);
        const QDate evening = india.hour >= 18 ? india.date : india.date.addDays(-1);
        return evening >= QDate(year, 10, 17) ? evening : QDate();
    });
}

// The month of Phalguna begins with the first new moon after the sun enters Aquarius, about February 13; Holika
// Dahan burns on the evening of its full moon, and Holi is the day after
QDate holiDate(int year)
{
    double phalguna = 0;
    eachPhase(year, false, [&](double jde) {
        if (localMoment(jde, 5.5).date < QDate(year, 2, 13))
            return QDate();
        phalguna = jde;
        return localMoment(jde, 5.5).date;
    });
    return eachPhase(year, true, [&](double jde) {
        if (jde < phalguna)
            return QDate();
        const LocalMoment india = localMoment(jde, 5.5);
        return india.hour >= 16 ? india.date.addDays(1) : india.date;
    });
}

// The `n`-th `weekday` (1 Monday .. 7 Sunday) of a month; n = -1 for the last
QDate nthWeekday(int year, int month, int weekday, int n)
{
    if (n < 0) {
        const QDate last = QDate(year, month, 1).addMonths(1).addDays(-1);
        return last.addDays(-((last.dayOfWeek() - weekday + 7) % 7));
    }
    const QDate first(year, month, 1);
    return first.addDays((weekday - first.dayOfWeek() + 7) % 7 + 7 * (n - 1));
}

QDate namedFeastDate(int holiday, int year)
{
    const qint64 tishrei = hebrewNewYear(year + 3761); // the autumn feasts of the Gregorian year
    switch (holiday) {
    case boxingDay:
        return QDate(year, 12, 26);
    case memorialDay:
        return nthWeekday(year, 5, 1, -1);
    case laborDay:
        return nthWeekday(year, 9, 1, 1);
    case mayDay:
        return QDate(year, 5, 1);
    case armisticeDay:
        return QDate(year, 11, 11);
    case remembranceSunday:
        return nthWeekday(year, 11, 7, 2);
    case valentinesDay:
        return QDate(year, 2, 14);
    case stPatricksDay:
        return QDate(year, 3, 17);
    case kingDay:
        return nthWeekday(year, 1, 1, 3);
    case presidentsDay:
        return nthWeekday(year, 2, 1, 3);
    case juneteenth:
        return QDate(year, 6, 19);
    case bonfireNight:
        return QDate(year, 11, 5);
    case bastilleDay:
        return QDate(year, 7, 14);
    case australiaDay:
        return QDate(year, 1, 26);
    case anzacDay:
        return QDate(year, 4, 25);
    case waitangiDay:
        return QDate(year, 2, 6);
    case canadaDay:
        return QDate(year, 7, 1);
    case ashWednesday:
        return easter(year).addDays(-46);
    case shroveTuesday:
        return easter(year).addDays(-47);
    case ascensionDay:
        return easter(year).addDays(39);
    case pentecost:
        return easter(year).addDays(49);
    case whitMonday:
        return easter(year).addDays(50);
    case columbusDay:
        return nthWeekday(year, 10, 1, 2);
    case mothersDay:
        return nthWeekday(year, 5, 7, 2);
    case fathersDay:
        return nthWeekday(year, 6, 7, 3);
    case motheringSunday:
        return easter(year).addDays(-21);
    case victoriaDay: {
        const QDate may24(year, 5, 24);
        return may24.addDays(-((may24.dayOfWeek() - 1 + 7) % 7));
    }
    case nowruz:
        return QCalendar(QCalendar::System::Jalali).dateFromParts(year - 621, 1, 1);
    case victoryDay:
        return QDate(year, 5, 9);
    case allSaintsDay:
        return QDate(year, 11, 1);
    case allSoulsDay:
        return QDate(year, 11, 2);
    case inaugurationDay:
        return QDate(year, 1, 20);
    case roshHashanah:
        return fromRataDie(tishrei);
    case yomKippur:
        return fromRataDie(tishrei + 9);
    case sukkot:
        return fromRataDie(tishrei + 14);
    case simchatTorah:
        return fromRataDie(tishrei + 21);
    case hanukkah: { // the 25th of Kislev, after a Heshvan of 30 days in a complete year (355 or 385 days)
        const qint64 length = hebrewNewYear(year + 3762) - tishrei;
        return fromRataDie(tishrei + 30 + (length % 10 == 5 ? 30 : 29) + 24);
    }
    case passover: // the 15th of Nisan falls 163 days before the next Rosh Hashanah
        return fromRataDie(tishrei - 163);
    case purim: // a month before Passover, in the last Adar
        return fromRataDie(tishrei - 163 - 30);
    case lunarNewYear:
        return lunarNewYearDate(year);
    case lunarNewYearsEve:
        return lunarNewYearDate(year).addDays(-1);
    case midAutumnFestival:
        return midAutumnDate(year);
    case diwali:
        return diwaliDate(year);
    case dhanteras:
        return diwaliDate(year).addDays(-2);
    case holi:
        return holiDate(year);
    default:
        return {};
    }
}

} // namespace

QDate islamicMonthEnd(const QDate &start)
{
    const QCalendar hijri(QCalendar::System::IslamicCivil);
    const QCalendar::YearMonthDay parts = hijri.partsFromDate(start.addDays(3));
    const QDate next = parts.month == 12 ? hijri.dateFromParts(parts.year + 1, 1, 1)
                                         : hijri.dateFromParts(parts.year, parts.month + 1, 1);
    return islamicMonthStart(next).addDays(-1);
}

QDate holidayDate(int holiday, int year)
{
    switch (holiday) {
    case 1:
        return QDate(year, 12, 25);
    case 2:
        return QDate(year, 12, 24);
    case 3:
        return QDate(year, 1, 1);
    case 4:
        return QDate(year, 12, 31);
    case 5: { // fourth Thursday of November
        const QDate first(year, 11, 1);
        return first.addDays((4 - first.dayOfWeek() + 7) % 7 + 21);
    }
    case 6:
        return easter(year);
    case 7:
        return QDate(year, 10, 31);
    case 8:
        return QDate(year, 7, 4);
    case 9: { // US Election Day: the Tuesday after the first Monday of November
        const QDate first(year, 11, 1);
        return first.addDays((1 - first.dayOfWeek() + 7) % 7 + 1);
    }
    case 10: // Palm Sunday
        return easter(year).addDays(-7);
    case 11: // Good Friday
        return easter(year).addDays(-2);
    case 12: // Easter Monday
        return easter(year).addDays(1);
    case holyThursdayHoliday: // Holy (Maundy) Thursday
        return easter(year).addDays(-3);
    case 13:
        return orthodoxEaster(year);
    case 14: // Orthodox Christmas: December 25 of the Julian calendar
        return QDate(year, 1, 7);
    case ramadanHoliday:
        return islamicDate(year, 9, 1);
    case eidAlFitrHoliday:
    case eidHoliday: // in a year the text names, the first of the two
        return islamicDate(year, 10, 1);
    case eidAlAdhaHoliday:
        return islamicDate(year, 12, 10);
    default:
        return namedFeastDate(holiday, year);
    }
}

// Narrows an interval to its first, middle or last third for "early", "mid-" and "late", on the
// boundaries of the next finer unit: days of a month (1-10, 11-20, 21 to the end, as usually meant),
// months of a year or quarter, years of a decade, decades of a century. There the first third takes
// the remainder: "the early 1990s" is 1990-1993, "the late 1970s" 1977-1979.
DateInterval applyMod(DateInterval interval, Mod mod, Unit unit)
{
    if (!interval.isValid() || unit < Unit::Month || (mod != Mod::Start && mod != Mod::Mid && mod != Mod::End))
        return interval;
    Unit step = Unit::Day;
    if (unit >= Unit::Season && unit <= Unit::Year)
        step = Unit::Month;
    else if (unit == Unit::Decade)
        step = Unit::Year;
    else if (unit > Unit::Decade)
        step = Unit::Decade;
    int count = 0;
    while (shiftDate(interval.start, step, count + 1) <= interval.end.addDays(1))
        ++count;
    if (count < 3)
        return interval;
    const int third = step == Unit::Day ? 10 : count / 3;
    const int first = step == Unit::Day ? 10 : count - 2 * third;
    const QDate start = interval.start;
    if (mod == Mod::Start) {
        interval.end = shiftDate(start, step, first).addDays(-1);
    } else if (mod == Mod::Mid) {
        interval.start = shiftDate(start, step, first);
        interval.end = shiftDate(start, step, first + third).addDays(-1);
    } else {
        interval.start = shiftDate(start, step, first + third);
    }
    return interval;
}

} // namespace Sitrep::Dates
