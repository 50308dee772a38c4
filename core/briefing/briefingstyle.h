// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QFont>
#include <QString>

namespace Sitrep {

// The briefing's typography and colours. Sizes are in points; the embedded DejaVu Sans Condensed
// covers Latin, Greek and Cyrillic, so Ukrainian and Russian names print on any machine.
struct BriefingStyle
{
    QString family;
    QColor ink {0x1d, 0x23, 0x2a};
    QColor muted {0x5c, 0x66, 0x70};
    QColor rule {0xc9, 0xcf, 0xd6};
    QColor accent {0x1f, 0x4e, 0x79}; // headings and the title band
    QColor band {0xef, 0xf2, 0xf5}; // table header and day rows

    QFont font(double points, QFont::Weight weight = QFont::Normal, bool italic = false) const;
    QFont body() const { return font(8.6); }
    QFont small() const { return font(7.4); }
    QFont bold() const { return font(8.6, QFont::Bold); }
    QFont heading() const { return font(12.5, QFont::Bold); }
    QFont title() const { return font(21, QFont::Bold); }

    // Registers the embedded fonts (once, from any thread) and returns the style that uses them.
    static BriefingStyle standard();
};

} // namespace Sitrep
