// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dates/datelexicon.h"
#include "dates/mention.h"
#include "dates/timex.h"

#include <QDate>

namespace Sitrep::Dates {

// The date of a named day (Mention::holiday: 1 Christmas ... 14 Orthodox Christmas) in a year.
QDate holidayDate(int holiday, int year);

// The first, middle or last third of an interval of `unit`, for the mods START, MID and END.
DateInterval applyMod(DateInterval interval, Mod mod, Unit unit);

} // namespace Sitrep::Dates
