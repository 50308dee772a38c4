// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/eventfilter.h"

#include <QDateTime>
#include <QString>

namespace Sitrep {

// What a briefing covers and how it is laid out.
struct BriefingOptions
{
    enum Section {
        KeyFigures = 0x1,
        Timeline = 0x2,
        Map = 0x4,
        Chronology = 0x8,
        SourceAnnex = 0x10,
        Method = 0x20,
        AllSections = 0x3f,
    };
    enum class PageSize { A4, Letter };

    QString title;
    QString author; // a person or an organisation; may be empty
    EventFilter filter; // its date range is the period the briefing covers
    int sections = AllSections;
    PageSize pageSize = PageSize::A4;
    QDateTime generated; // when unset, the time of writing

    bool has(Section section) const { return (sections & section) != 0; }
    QString effectiveTitle() const;
};

} // namespace Sitrep
