// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointF>
#include <QRectF>
#include <QSizeF>

namespace Sitrep {

// Web Mercator, as every web map uses, so shapes near the conflicts Sitrep reads about (from the
// Sahel to Ukraine) look as readers expect. World coordinates run from (0, 0) at 180° W, 85° N to
// (1, 1) at 180° E, 85° S; a zoom level z shows the world 256 × 2^z pixels wide.
class MapProjection final
{
public:
    static constexpr double maximumLatitude = 85.05112878;
    static constexpr double minimumZoom = 0.5;
    static constexpr double maximumZoom = 13;

    static QPointF toWorld(double latitude, double longitude);
    // (longitude, latitude) in degrees, the order BaseMap uses.
    static QPointF toGeo(const QPointF &world);
    static double worldSize(double zoom);

    void setViewportSize(const QSizeF &size) { m_size = size; }
    QSizeF viewportSize() const { return m_size; }
    QPointF center() const { return m_center; } // in world coordinates
    void setCenter(const QPointF &world);
    double zoom() const { return m_zoom; }
    void setZoom(double zoom);
    // Pixels per world unit.
    double scale() const { return worldSize(m_zoom); }

    QPointF worldToScreen(const QPointF &world) const;
    QPointF screenToWorld(const QPointF &screen) const;
    QPointF toScreen(double latitude, double longitude) const { return worldToScreen(toWorld(latitude, longitude)); }
    QPointF geoAt(const QPointF &screen) const { return toGeo(screenToWorld(screen)); }
    QRectF visibleWorld() const;

    void panBy(const QPointF &pixels);
    // Zooms by delta levels, keeping the world point under the screen point where it is.
    void zoomAround(const QPointF &screen, double delta);
    // Shows the world rectangle with a margin in pixels, zooming no further in than maximum.
    void fit(const QRectF &world, double margin, double maximum);

    // Metres one pixel covers at a latitude, for the scale bar.
    double metresPerPixel(double latitude) const;

private:
    QSizeF m_size {400, 300};
    QPointF m_center {0.5, 0.5};
    double m_zoom = 1;
};

} // namespace Sitrep
