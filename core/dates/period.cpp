// SPDX-License-Identifier: GPL-3.0-or-later
#include "dates/period.h"

#include <iterator>

namespace Sitrep::Dates {

namespace {

// Writes value in decimal, at least width digits, zero-padded, ending just before end; returns where
// the digits begin. For a value of no more than eight digits.
char16_t *writeDigits(char16_t *end, int value, int width)
{
    char16_t *out = end;
    do {
        *--out = char16_t(u'0' + value % 10);
        value /= 10;
    } while (value > 0 || end - out < width);
    return out;
}

// As QString::arg(value, width, 10, '0') writes it, without parsing a format: this runs for every
// date an article has.
QString pad(int value, int width)
{
    if (value < 0 || width > 8 || value > 99999999)
        return QStringLiteral("%1").arg(value, width, 10, QLatin1Char('0'));
    char16_t buffer[8];
    const char16_t *begin = writeDigits(std::end(buffer), value, width);
    return QString(reinterpret_cast<const QChar *>(begin), std::end(buffer) - begin);
}

// "yyyy-MM-dd" for the years of four digits, as QDate::toString writes it
QString dayValue(const QDate &date)
{
    const int year = date.year();
    if (year < 1 || year > 9999)
        return date.toString(QStringLiteral("yyyy-MM-dd"));
    char16_t buffer[10];
    writeDigits(buffer + 4, year, 4);
    buffer[4] = u'-';
    writeDigits(buffer + 7, date.month(), 2);
    buffer[7] = u'-';
    writeDigits(buffer + 10, date.day(), 2);
    return QString(reinterpret_cast<const QChar *>(buffer), 10);
}

} // namespace

QDate shiftDate(const QDate &date, Unit unit, int count)
{
    switch (unit) {
    case Unit::Second:
    case Unit::Minute:
    case Unit::Hour:
        return date;
    case Unit::Day:
        return date.addDays(count);
    case Unit::Week:
    case Unit::Weekend:
        return date.addDays(7LL * count);
    case Unit::Month:
        return date.addMonths(count);
    case Unit::Season:
    case Unit::Quarter:
        return date.addMonths(3 * count);
    case Unit::Half:
        return date.addMonths(6 * count);
    case Unit::Year:
        return date.addYears(count);
    case Unit::Decade:
        return date.addYears(10 * count);
    case Unit::Century:
        return date.addYears(100 * count);
    case Unit::Millennium:
        return date.addYears(1000 * count);
    case Unit::None:
        break;
    }
    return date;
}

Period Period::containing(Unit unit, const QDate &date)
{
    if (!date.isValid())
        return {};
    const int y = date.year();
    const int m = date.month();
    switch (unit) {
    case Unit::Second:
    case Unit::Minute:
    case Unit::Hour:
    case Unit::Day:
        return {Unit::Day, date};
    case Unit::Week:
        return {Unit::Week, date.addDays(1 - date.dayOfWeek())};
    case Unit::Weekend:
        return {Unit::Weekend, date.addDays(6 - date.dayOfWeek())};
    case Unit::Month:
        return {unit, QDate(y, m, 1)};
    case Unit::Season: {
        const int startMonth = m >= 3 ? ((m - 3) / 3) * 3 + 3 : 12;
        return {unit, QDate(m >= 3 ? y : y - 1, startMonth, 1)};
    }
    case Unit::Quarter:
        return {unit, QDate(y, ((m - 1) / 3) * 3 + 1, 1)};
    case Unit::Half:
        return {unit, QDate(y, m <= 6 ? 1 : 7, 1)};
    case Unit::Year:
        return {unit, QDate(y, 1, 1)};
    case Unit::Decade:
        return {unit, QDate(y - ((y % 10) + 10) % 10, 1, 1)};
    case Unit::Century:
        return {unit, QDate(y - ((y % 100) + 100) % 100, 1, 1)};
    case Unit::Millennium:
        return {unit, QDate(y - ((y % 1000) + 1000) % 1000, 1, 1)};
    case Unit::None:
        break;
    }
    return {};
}

QDate Period::end() const
{
    switch (unit) {
    case Unit::Weekend:
        return start.addDays(1);
    case Unit::Week:
        return start.addDays(6);
    case Unit::None:
    case Unit::Second:
    case Unit::Minute:
    case Unit::Hour:
    case Unit::Day:
        return start;
    default:
        return shiftDate(start, unit, 1).addDays(-1);
    }
}

Period Period::shifted(Unit by, int count) const
{
    return containing(unit, shiftDate(start, by, count));
}

QString Period::value() const
{
    if (!isValid())
        return {};
    const int y = start.year();
    switch (unit) {
    case Unit::Second:
    case Unit::Minute:
    case Unit::Hour:
    case Unit::Day:
        return dayValue(start);
    case Unit::Week:
    case Unit::Weekend: {
        int weekYear = 0;
        const int week = start.weekNumber(&weekYear);
        return pad(weekYear, 4) + QStringLiteral("-W") + pad(week, 2)
            + (unit == Unit::Weekend ? QStringLiteral("-WE") : QString());
    }
    case Unit::Month:
        return pad(y, 4) + QLatin1Char('-') + pad(start.month(), 2);
    case Unit::Season: {
        static const char *const names[] = {"WI", "SP", "SU", "FA"};
        return pad(y, 4) + QLatin1Char('-') + QLatin1StringView(names[start.month() / 3 % 4]);
    }
    case Unit::Quarter:
        return pad(y, 4) + QStringLiteral("-Q") + QString::number((start.month() - 1) / 3 + 1);
    case Unit::Half:
        return pad(y, 4) + QStringLiteral("-H") + QString::number(start.month() <= 6 ? 1 : 2);
    case Unit::Year:
        return pad(y, 4);
    case Unit::Decade: // TIMEX3 writes a decade as its first three digits: "199" is the 1990s
        return pad(y / 10, 3);
    case Unit::Century:
        return pad(y / 100, 2);
    case Unit::Millennium:
        return QString::number(y / 1000);
    case Unit::None:
        break;
    }
    return {};
}

DatePrecision Period::precision() const
{
    switch (unit) {
    case Unit::Second:
    case Unit::Minute:
    case Unit::Hour:
    case Unit::Day:
        return DatePrecision::Day;
    case Unit::Week:
    case Unit::Weekend:
        return DatePrecision::Week;
    case Unit::Month:
        return DatePrecision::Month;
    case Unit::Season:
        return DatePrecision::Season;
    case Unit::Quarter:
        return DatePrecision::Quarter;
    case Unit::Half:
    case Unit::Year:
        return DatePrecision::Year;
    case Unit::Decade:
        return DatePrecision::Decade;
    case Unit::Century: // coarser than any listed unit: "unknown", so that it never passes for a date
    case Unit::Millennium:
        return DatePrecision::Unknown;
    case Unit::None:
        break;
    }
    return DatePrecision::Unknown;
}

} // namespace Sitrep::Dates
