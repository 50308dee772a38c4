// SPDX-License-Identifier: GPL-3.0-or-later
#include "dates/timex.h"

namespace Sitrep {

QString toString(TimexType type)
{
    switch (type) {
    case TimexType::Date:
        return QStringLiteral("DATE");
    case TimexType::Time:
        return QStringLiteral("TIME");
    case TimexType::Duration:
        return QStringLiteral("DURATION");
    case TimexType::Set:
        return QStringLiteral("SET");
    }
    return {};
}

QString toString(DatePrecision precision)
{
    switch (precision) {
    case DatePrecision::Day:
        return QStringLiteral("day");
    case DatePrecision::Week:
        return QStringLiteral("week");
    case DatePrecision::Month:
        return QStringLiteral("month");
    case DatePrecision::Season:
        return QStringLiteral("season");
    case DatePrecision::Quarter:
        return QStringLiteral("quarter");
    case DatePrecision::Year:
        return QStringLiteral("year");
    case DatePrecision::Decade:
        return QStringLiteral("decade");
    case DatePrecision::Unknown:
        return QStringLiteral("unknown");
    }
    return {};
}

QString toString(DateDerivation derivation)
{
    switch (derivation) {
    case DateDerivation::Explicit:
        return QStringLiteral("explicit");
    case DateDerivation::Reference:
        return QStringLiteral("reference");
    case DateDerivation::Narrative:
        return QStringLiteral("narrative");
    case DateDerivation::None:
        return QStringLiteral("none");
    }
    return {};
}

} // namespace Sitrep
