// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/article.h"

#include <QStringView>

namespace Sitrep {

// Splits text into sentences by Unicode's default sentence break rules (UAX #29), then takes back
// the breaks that news copy does not mean: after titles ("Gen.", "Mr."), initials ("John F.
// Kennedy"), month abbreviations before a day ("Nov. 19"), and dotted abbreviations ("U.S.",
// "a.m.") unless the next word plainly starts a sentence. Line breaks inside the text count as
// spaces. Holds no state: one may serve any number of threads.
class SentenceSplitter final
{
public:
    // Sentences of text, trimmed of surrounding whitespace, with offsets relative to text plus base.
    QList<TextRange> split(QStringView text, qsizetype base = 0) const;
    // Where the Unicode rules alone start sentences after the first, as offsets into text.
    static QList<qsizetype> ruleBoundaries(QStringView text);
};

} // namespace Sitrep
