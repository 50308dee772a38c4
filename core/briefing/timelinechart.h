// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "briefing/briefingstyle.h"
#include "domain/event.h"

#include <QList>
#include <QRectF>

class QPainter;

namespace Sitrep {

// The briefing's timeline: events per day, week or month over the bulk of the period, stacked by
// type, painted as vectors (Qt Charts is a Widgets library and the briefing is written without one).
class TimelineChart final
{
public:
    TimelineChart(const QList<Event> &events, const BriefingStyle &style);

    bool isEmpty() const { return m_dated == 0; }
    // A sentence under the chart: the bucket size and the events left out of its range.
    QString caption() const;
    // unit: device units per point, for line widths and font sizes drawn in device units.
    void paint(QPainter &painter, const QRectF &rect, double unit) const;

private:
    const QList<Event> &m_events;
    BriefingStyle m_style;
    int m_dated = 0;
    int m_before = 0;
    int m_after = 0;
    QDate m_first;
    QDate m_last;
};

} // namespace Sitrep
