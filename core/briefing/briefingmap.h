// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "briefing/briefingstyle.h"
#include "domain/event.h"
#include "map/mapmarkers.h"

#include <QList>
#include <QRectF>

class QPainter;

namespace Sitrep {

// The briefing's map: the bundled Natural Earth base map framed on the events' places, with the
// same markers as the map pane and the names of the busiest places, all as vectors and text.
class BriefingMap final
{
public:
    BriefingMap(const QList<Event> &events, const BriefingStyle &style);

    bool isEmpty() const { return m_markers.places().isEmpty(); }
    QString caption() const;
    // unit: device units per point.
    void paint(QPainter &painter, const QRectF &rect, double unit) const;

private:
    MapMarkers m_markers;
    BriefingStyle m_style;
    int m_unplaced = 0;
};

} // namespace Sitrep
