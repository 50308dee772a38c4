// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "map/mapmarkers.h"

#include <QColor>
#include <QFont>
#include <QPainterPath>

class QPainter;
class QPalette;

namespace Sitrep {

class MapProjection;

// How the map is drawn, apart from how it reacts: the base map, event places and the scale bar.
namespace MapPainter {

struct Colours
{
    bool dark = false;
    QColor sea;
    QColor land;
    QColor border;
    QColor region;
    QColor label;
    QColor halo; // behind labels, so they read over borders
    QColor city;
    QColor markerOutline;
    QColor highlight;

    static Colours forPalette(const QPalette &palette);
};

enum class LabelRendering {
    CachedImages, // fast, for a view repainted as it pans
    Text, // selectable and sharp at any size, for documents
};

// Land, country borders, admin-1 borders when zoomed in, country and city names.
void paintBase(QPainter &painter, const MapProjection &projection, const Colours &colours, const QFont &font,
               LabelRendering labels = LabelRendering::CachedImages);

// The outline of a region, country or named area, translucent in the colour of its events.
void paintArea(QPainter &painter, const MapProjection &projection, const MapPlace &place, const QColor &colour,
               bool emphasised, const Colours &colours);

struct MarkerState
{
    bool hovered = false;
    bool selected = false;
    bool current = false;
    double largestRadius = 24;
};
// A cluster's marker: a circle (or pie of event types) for points, a rounded square for areas,
// with the number of events when there is more than one.
void paintMarker(QPainter &painter, const QPointF &centre, const MapCluster &cluster, MarkerState state,
                 const Colours &colours, const QFont &font);
// The shape a marker covers, for hit-testing.
QRectF markerRect(const QPointF &centre, const MapCluster &cluster, double largestRadius);

void paintScaleBar(QPainter &painter, const MapProjection &projection, const QPointF &bottomLeft,
                   const Colours &colours, const QFont &font);

} // namespace MapPainter
} // namespace Sitrep
