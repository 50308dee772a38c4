// SPDX-License-Identifier: GPL-3.0-or-later
#include "briefingformat.h"

#include <QLocale>

namespace Sitrep::BriefingFormat {
namespace {

const QLocale &english()
{
    static const QLocale locale(QLocale::English, QLocale::UnitedKingdom);
    return locale;
}

QString iso(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

} // namespace

QString longDate(const QDate &date)
{
    return date.isValid() ? english().toString(date, QStringLiteral("d MMMM yyyy")) : QString();
}

QString period(const QDate &start, const QDate &end)
{
    if (!start.isValid() || !end.isValid())
        return QStringLiteral("undated");
    if (start == end)
        return longDate(start);
    if (start.year() == end.year() && start.month() == end.month())
        return QStringLiteral("%1–%2").arg(start.day()).arg(longDate(end));
    if (start.year() == end.year())
        return QStringLiteral("%1 – %2").arg(english().toString(start, QStringLiteral("d MMMM")), longDate(end));
    return QStringLiteral("%1 – %2").arg(longDate(start), longDate(end));
}

QString eventDate(const DateInterval &date)
{
    if (!date.isValid())
        return QStringLiteral("undated");
    switch (date.precision) {
    case DatePrecision::Day:
        return date.start == date.end ? iso(date.start)
                                      : QStringLiteral("%1 to %2").arg(iso(date.start), iso(date.end));
    case DatePrecision::Week:
        return QStringLiteral("%1 to %2 · week").arg(iso(date.start), iso(date.end));
    case DatePrecision::Month:
        return date.start.toString(QStringLiteral("yyyy-MM")) + QStringLiteral(" · month");
    case DatePrecision::Season:
    case DatePrecision::Quarter:
        return QStringLiteral("%1 to %2 · %3")
            .arg(iso(date.start), iso(date.end),
                 date.precision == DatePrecision::Season ? QStringLiteral("season") : QStringLiteral("quarter"));
    case DatePrecision::Year:
        return QString::number(date.start.year()) + QStringLiteral(" · year");
    case DatePrecision::Decade:
        return QStringLiteral("%1s · decade").arg(date.start.year());
    case DatePrecision::Unknown:
        break;
    }
    return QStringLiteral("%1 to %2").arg(iso(date.start), iso(date.end));
}

QString groupTitle(const DateInterval &date)
{
    if (!date.isValid())
        return QStringLiteral("Undated");
    if (date.start == date.end)
        return english().toString(date.start, QStringLiteral("dddd d MMMM yyyy"));
    switch (date.precision) {
    case DatePrecision::Week:
        return QStringLiteral("Week of %1").arg(longDate(date.start));
    case DatePrecision::Month:
        return english().toString(date.start, QStringLiteral("MMMM yyyy"));
    case DatePrecision::Year:
        return QString::number(date.start.year());
    default:
        return period(date.start, date.end);
    }
}

QString estimate(const Estimate &value)
{
    if (!value.isKnown())
        return {};
    const int best = *value.best;
    if (value.low && value.high && *value.low != *value.high)
        return QStringLiteral("%1–%2").arg(*value.low).arg(*value.high);
    if (value.low && !value.high && best > 0)
        return QStringLiteral("at least %1").arg(*value.low);
    return QString::number(best);
}

QString casualties(const Event &event)
{
    QStringList parts;
    if (event.killed.isKnown())
        parts.append(estimate(event.killed) + QStringLiteral(" killed"));
    if (event.injured.isKnown())
        parts.append(estimate(event.injured) + QStringLiteral(" injured"));
    return parts.join(QStringLiteral(", "));
}

QString place(const EventPlace &place)
{
    if (place.canonicalName.isEmpty() || place.canonicalName.compare(place.name, Qt::CaseInsensitive) == 0)
        return place.name.isEmpty() ? place.canonicalName : place.name;
    if (place.name.isEmpty())
        return place.canonicalName;
    return QStringLiteral("%1 (%2)").arg(place.name, place.canonicalName);
}

QString dateSource(const Article &article)
{
    switch (article.dateSource) {
    case DateSource::Metadata:
        return QStringLiteral("from the article's metadata");
    case DateSource::Dateline:
        return QStringLiteral("from its dateline");
    case DateSource::User:
        return QStringLiteral("given by the user");
    case DateSource::FileTime:
        return QStringLiteral("the file's modification time (unconfirmed)");
    case DateSource::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

} // namespace Sitrep::BriefingFormat
