// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace Sitrep::EventSummary {

// A one-line summary from the clause that reports a happening: framing such as "According to X,"
// or "In fact," dropped, whitespace collapsed, cut at a word near 140 characters.
QString fromClause(QStringView clause);

} // namespace Sitrep::EventSummary
