// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dates/datelexicon.h"
#include "dates/timex.h"

#include <QDate>
#include <QString>

namespace Sitrep::Dates {

// A calendar period: a unit and its first day. Seasons start on March, June, September and
// December 1 (meteorological seasons, northern hemisphere).
struct Period
{
    Unit unit = Unit::None;
    QDate start;

    bool isValid() const { return unit != Unit::None && start.isValid(); }

    static Period containing(Unit unit, const QDate &date);
    QDate end() const;
    Period shifted(Unit by, int count) const; // moved by `count` units, then snapped to this period's unit
    QString value() const; // TIMEX3 value: 2025-11-18, 2025-W47, 2025-Q3, 199X ...
    DatePrecision precision() const;
};

QDate shiftDate(const QDate &date, Unit unit, int count);

} // namespace Sitrep::Dates
