// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dates/timex.h"

#include <QDate>
#include <QList>
#include <QString>

namespace Sitrep {

// Finds the temporal expressions of an English news text and resolves them against a reference
// date (the publication date): "On Tuesday" in an article of Wednesday 2025-11-19 is 2025-11-18.
// Stateless and thread-safe; each call walks one document in order, so that chains such as
// "two days later" follow the date the narrative last set. Time and memory are linear in the text.
class TimexEngine final
{
public:
    // Expressions in text order, with UTF-16 offsets. An invalid reference date means today.
    QList<Timex> annotate(const QString &text, const QDate &reference) const;
    // The same, with each range that TimeML splits in two ("from Aug. 26 to Oct. 20") one timex again,
    // as a timeline dates the events of a sentence by it.
    static QList<Timex> joinRanges(QList<Timex> timexes, const QString &text);
};

} // namespace Sitrep
