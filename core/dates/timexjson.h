// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dates/timex.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Sitrep::Json {

// {"start","end","text","type","value","mod"?,"interval":{"start","end","precision","derivation"}},
// with start and end counted in Unicode code points of `text` (the annotated text), end exclusive.
QJsonArray fromTimexes(const QList<Timex> &timexes, const QString &text);

QJsonObject fromInterval(const DateInterval &interval);

} // namespace Sitrep::Json
