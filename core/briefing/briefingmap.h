// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "briefing/briefingstyle.h"
#include "domain/event.h"
#include "map/mapmarkers.h"
#include "map/mapprojection.h"

#include <QList>
#include <QRectF>

class QPainter;

namespace Sitrep {

// The briefing's map: the bundled Natural Earth base map framed on the events' places, with the
// same markers as the map pane and the names of the busiest places, all as vectors and text.
// When most events cluster in one region and a few lie far away (talks in Miami about a war in
// Ukraine), the map frames the cluster and a locator inset shows the whole extent.
class BriefingMap final
{
public:
    BriefingMap(const QList<Event> &events, const BriefingStyle &style);

    bool isEmpty() const { return m_markers.places().isEmpty(); }
    QString caption() const;
    // unit: device units per point.
    void paint(QPainter &painter, const QRectF &rect, double unit) const;

private:
    struct View
    {
        QRectF world; // what to frame
        double largestMarker = 15;
        bool names = true; // the busiest places' names beside their markers
        double fontScale = 1;
    };
    MapProjection framing(const QRectF &rect, const QRectF &world, bool inset, double scale) const;
    void paintView(QPainter &painter, const QRectF &rect, const View &view) const;
    void paintNames(QPainter &painter, const MapProjection &projection, const QList<MapCluster> &clusters,
                    const QList<int> &order, double fontScale, double largestMarker) const;
    // The region holding most events, when the whole extent is much larger; null otherwise.
    QRectF focusArea() const;

    MapMarkers m_markers;
    BriefingStyle m_style;
    int m_unplaced = 0;
};

} // namespace Sitrep
