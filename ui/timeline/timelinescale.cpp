// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinescale.h"

#include <QLocale>

#include <cmath>

namespace Sitrep {
namespace {

constexpr double maximumSpan = 36525;

enum class Step { Day, TwoDays, Week, Month, Quarter, HalfYear, Year, TwoYears, FiveYears, Decade };

struct StepSize
{
    Step step;
    double approximateDays;
};

constexpr StepSize steps[] = {
    {Step::Day, 1},          {Step::TwoDays, 2},      {Step::Week, 7},      {Step::Month, 30.44},
    {Step::Quarter, 91.3},   {Step::HalfYear, 182.6}, {Step::Year, 365.25}, {Step::TwoYears, 730.5},
    {Step::FiveYears, 1826}, {Step::Decade, 3652.5},
};

int monthsIn(Step step)
{
    switch (step) {
    case Step::Month:
        return 1;
    case Step::Quarter:
        return 3;
    case Step::HalfYear:
        return 6;
    case Step::Year:
        return 12;
    case Step::TwoYears:
        return 24;
    case Step::FiveYears:
        return 60;
    case Step::Decade:
        return 120;
    default:
        return 0;
    }
}

// The first tick date on or after the given date for this step.
QDate firstTick(const QDate &date, Step step)
{
    switch (step) {
    case Step::Day:
        return date;
    case Step::TwoDays:
        return date.day() % 2 ? date : date.addDays(1);
    case Step::Week:
        return date.addDays((8 - date.dayOfWeek()) % 7);
    default:
        break;
    }
    const int months = monthsIn(step);
    // Months counted from year 0 so that quarters and years fall on calendar boundaries.
    int index = date.year() * 12 + date.month() - 1;
    if (date.day() != 1)
        ++index;
    index = (index + months - 1) / months * months;
    return QDate(index / 12, index % 12 + 1, 1);
}

QDate nextTick(const QDate &date, Step step)
{
    switch (step) {
    case Step::Day:
        return date.addDays(1);
    case Step::TwoDays:
        return date.addDays(date.day() >= 29 ? 1 : 2);
    case Step::Week:
        return date.addDays(7);
    default:
        return date.addMonths(monthsIn(step));
    }
}

QString tickLabel(const QDate &date, Step step)
{
    const QLocale locale;
    if (step <= Step::Week)
        return locale.toString(date, QStringLiteral("d MMM"));
    if (date.month() == 1 || step >= Step::Year)
        return QString::number(date.year());
    return locale.toString(date, QStringLiteral("MMM"));
}

} // namespace

TimelineScale::TimelineScale(QObject *parent)
    : QObject(parent)
{
    const double today = double(QDate::currentDate().toJulianDay());
    m_from = today - 30;
    m_to = today + 1;
}

QDate TimelineScale::firstVisibleDate() const
{
    return QDate::fromJulianDay(qint64(std::floor(m_from)));
}

QDate TimelineScale::lastVisibleDate() const
{
    return QDate::fromJulianDay(qint64(std::ceil(m_to)) - 1);
}

void TimelineScale::setRange(double from, double to)
{
    if (!(to > from))
        std::swap(from, to);
    const double clamped = std::clamp(to - from, minimumSpan, maximumSpan);
    if (clamped != to - from) {
        const double middle = (from + to) / 2;
        from = middle - clamped / 2;
        to = middle + clamped / 2;
    }
    if (from == m_from && to == m_to)
        return;
    m_from = from;
    m_to = to;
    Q_EMIT rangeChanged();
}

void TimelineScale::setVisibleDates(const QDate &first, const QDate &last)
{
    if (first.isValid() && last.isValid())
        setRange(double(first.toJulianDay()), double(last.toJulianDay()) + 1);
}

void TimelineScale::zoom(double factor, double anchorDay)
{
    const double newSpan = std::clamp(span() * factor, minimumSpan, maximumSpan);
    const double share = span() > 0 ? (anchorDay - m_from) / span() : 0.5;
    setRange(anchorDay - share * newSpan, anchorDay - share * newSpan + newSpan);
}

void TimelineScale::pan(double days)
{
    setRange(m_from + days, m_to + days);
}

double TimelineScale::xForDay(double day, double from, double to, double left, double width)
{
    return left + (day - from) / (to - from) * width;
}

double TimelineScale::dayForX(double x, double left, double width) const
{
    return width > 0 ? m_from + (x - left) / width * span() : m_from;
}

QList<TimelineScale::Tick> TimelineScale::ticks(double width, double minimumSpacing) const
{
    QList<Tick> result;
    if (width <= 0 || span() <= 0)
        return result;
    const double pixelsPerDay = width / span();
    Step step = Step::Decade;
    for (const StepSize &candidate : steps) {
        if (candidate.approximateDays * pixelsPerDay >= minimumSpacing) {
            step = candidate.step;
            break;
        }
    }
    QDate date = firstTick(QDate::fromJulianDay(qint64(std::ceil(m_from))), step);
    while (date.isValid() && double(date.toJulianDay()) <= m_to) {
        const bool major = step <= Step::Week ? date.day() == 1 : date.month() == 1;
        result.append(Tick {double(date.toJulianDay()), tickLabel(date, step), major});
        date = nextTick(date, step);
    }
    return result;
}

void TimelineScale::setBrush(const QDate &from, const QDate &to)
{
    QDate first = from;
    QDate last = to;
    if (!first.isValid() || !last.isValid())
        first = last = QDate();
    else if (last < first)
        std::swap(first, last);
    if (first == m_brushFrom && last == m_brushTo)
        return;
    m_brushFrom = first;
    m_brushTo = last;
    Q_EMIT brushChanged();
}

} // namespace Sitrep
