// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapprojection.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace Sitrep {
namespace {
constexpr double earthCircumference = 40075016.686; // metres at the equator
}

QPointF MapProjection::toWorld(double latitude, double longitude)
{
    const double lat = std::clamp(latitude, -maximumLatitude, maximumLatitude) * std::numbers::pi / 180;
    const double x = (longitude + 180) / 360;
    const double y = 0.5 - std::log(std::tan(std::numbers::pi / 4 + lat / 2)) / (2 * std::numbers::pi);
    return {x, y};
}

QPointF MapProjection::toGeo(const QPointF &world)
{
    const double longitude = world.x() * 360 - 180;
    const double n = std::numbers::pi * (1 - 2 * world.y());
    const double latitude = std::atan(std::sinh(n)) * 180 / std::numbers::pi;
    return {longitude, latitude};
}

double MapProjection::worldSize(double zoom)
{
    return 256 * std::exp2(zoom);
}

void MapProjection::setCenter(const QPointF &world)
{
    m_center = QPointF(std::clamp(world.x(), 0.0, 1.0), std::clamp(world.y(), 0.0, 1.0));
}

void MapProjection::setZoom(double zoom)
{
    m_zoom = std::clamp(zoom, minimumZoom, maximumZoom);
}

QPointF MapProjection::worldToScreen(const QPointF &world) const
{
    return (world - m_center) * scale() + QPointF(m_size.width() / 2, m_size.height() / 2);
}

QPointF MapProjection::screenToWorld(const QPointF &screen) const
{
    return (screen - QPointF(m_size.width() / 2, m_size.height() / 2)) / scale() + m_center;
}

QRectF MapProjection::visibleWorld() const
{
    return QRectF(screenToWorld(QPointF(0, 0)), screenToWorld(QPointF(m_size.width(), m_size.height())));
}

void MapProjection::panBy(const QPointF &pixels)
{
    setCenter(m_center - pixels / scale());
}

void MapProjection::zoomAround(const QPointF &screen, double delta)
{
    const QPointF anchor = screenToWorld(screen);
    setZoom(m_zoom + delta);
    // Put the anchor back under the screen point.
    setCenter(anchor - (screen - QPointF(m_size.width() / 2, m_size.height() / 2)) / scale());
}

void MapProjection::fit(const QRectF &world, double margin, double maximum)
{
    const QRectF rect = world.normalized();
    const double width = std::max(m_size.width() - 2 * margin, 1.0);
    const double height = std::max(m_size.height() - 2 * margin, 1.0);
    double zoom = maximum;
    if (rect.width() > 0 || rect.height() > 0) {
        const double fitX = rect.width() > 0 ? std::log2(width / rect.width() / 256) : maximum;
        const double fitY = rect.height() > 0 ? std::log2(height / rect.height() / 256) : maximum;
        zoom = std::min({fitX, fitY, maximum});
    }
    setZoom(zoom);
    setCenter(rect.center());
}

double MapProjection::metresPerPixel(double latitude) const
{
    return earthCircumference * std::cos(latitude * std::numbers::pi / 180) / scale();
}

} // namespace Sitrep
