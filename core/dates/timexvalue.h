// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dates/datelexicon.h"
#include "dates/mention.h"

#include <QString>

namespace Sitrep::Dates {

// How TIMEX3 writes the parts of a value.
QString pad2(int value); // "05"
QString partOfDayCode(PartOfDay p); // "MO", "AF", "EV", "NI", "DT"
QString modText(Mod mod); // "START", "APPROX", "BEFORE" ...
QString durationValue(Unit unit, int amount, int fraction); // "P3D", "PT5H", "P2Y6M", "PXW"
// A length in two parts, the second finer: "PT4H57M", "P2Y3M", "P1DT6H", "P17D" (weeks as days)
QString durationValue(Unit unit, int amount, Unit partUnit, int partAmount, Unit lastPartUnit = Unit::None,
                      int lastPartAmount = 0);
QString decimalDurationValue(Unit unit, int amount, int decimal, int decimalDigits); // "P12.4M"

} // namespace Sitrep::Dates
