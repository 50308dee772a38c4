// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace Sitrep {

// A count the text reports: the dead, the injured, the detained, or weapons fired. low, best and
// high follow UCDP's three estimates; core/figures/README.md documents how qualifiers fill them.
struct Figure
{
    enum class Kind { Killed, Injured, Missing, Displaced, Detained, Weapons };

    // The report gives no such bound ("at least ten" has no high, "up to ten" no low).
    static constexpr int Unknown = -1;

    qsizetype start = 0; // UTF-16 offsets into the sentence, end exclusive: the whole phrase
    qsizetype end = 0;
    Kind kind = Kind::Killed;
    int low = Unknown;
    int best = 0;
    int high = Unknown;
    QString qualifier; // lower case, as written: "at least", "more than", "about", "up to", "between"
    QString unit; // the counted noun, lower case: "people", "soldiers"; for weapons "drones", "missiles"
    bool vague = false; // a word stood for the number ("dozens", "hundreds of", "several")

    friend bool operator==(const Figure &, const Figure &) = default;
};

// Finds casualty, detention, displacement and weapon counts in one sentence of English news.
// Counts introduced by "including" or "among them" are parts of another count and are skipped.
// Stateless and thread-safe.
class FigureExtractor final
{
public:
    QList<Figure> extract(QStringView sentence) const;
};

} // namespace Sitrep
