// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "briefing/briefingdata.h"
#include "briefing/briefingoptions.h"
#include "briefing/briefingstyle.h"
#include "briefing/keyfigures.h"

#include <functional>

namespace Sitrep {

class PageFlow;

// The briefing's sections, in their fixed order: header block, key figures, timeline, map,
// chronology grouped by day, source annex, method and caveats.
class BriefingComposer final
{
public:
    // Told the share of the work done (0 to 1); returns false to cancel.
    using Progress = std::function<bool(double)>;

    BriefingComposer(const BriefingData &data, const BriefingOptions &options, const BriefingStyle &style);

    // False when progress cancelled.
    bool compose(PageFlow &flow, const Progress &progress) const;

private:
    // keepWith: the height of what must follow the heading on its page (0: a few lines).
    void heading(PageFlow &flow, int number, const QString &title, double keepWith = 0) const;
    double mapHeight(const PageFlow &flow) const;
    void headerBlock(PageFlow &flow) const;
    void keyFigures(PageFlow &flow) const;
    void disputed(PageFlow &flow) const;
    void timeline(PageFlow &flow) const;
    void map(PageFlow &flow) const;
    bool chronology(PageFlow &flow, const Progress &progress) const;
    void annex(PageFlow &flow) const;
    void method(PageFlow &flow) const;
    void caption(PageFlow &flow, const QString &text) const;

    const BriefingData &m_data;
    const BriefingOptions &m_options;
    BriefingStyle m_style;
    KeyFigures m_figures;
};

} // namespace Sitrep
