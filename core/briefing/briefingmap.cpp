// SPDX-License-Identifier: GPL-3.0-or-later
#include "briefingmap.h"

#include "eventstyle.h"
#include "map/mappainter.h"
#include "map/mapprojection.h"

#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>

#include <algorithm>

namespace Sitrep {
namespace {

// The map painter's sizes (markers, strokes, clustering distance) are screen pixels.
constexpr double screenDpi = 96;
constexpr double fitMargin = 34;
constexpr double fitMaximumZoom = 7;
constexpr double largestMarker = 15;

MapPainter::Colours printColours(const BriefingStyle &style)
{
    QPalette palette;
    palette.setColor(QPalette::Window, Qt::white);
    palette.setColor(QPalette::Highlight, style.accent);
    return MapPainter::Colours::forPalette(palette);
}

EventType dominantType(const MapPlace &place)
{
    return EventType(std::max_element(place.types.cbegin(), place.types.cend()) - place.types.cbegin());
}

} // namespace

BriefingMap::BriefingMap(const QList<Event> &events, const BriefingStyle &style)
    : m_style(style)
{
    QList<const Event *> located;
    QList<int> rows;
    for (const Event &event : events) {
        const bool placed = std::any_of(event.places.cbegin(), event.places.cend(),
                                        [](const EventPlace &p) { return p.latitude && p.longitude; });
        if (!placed) {
            ++m_unplaced;
            continue;
        }
        rows.append(int(located.size()));
        located.append(&event);
    }
    m_markers.setEvents(located, rows);
}

QString BriefingMap::caption() const
{
    const int places = int(m_markers.places().size());
    QString text = QStringLiteral("%1 place%2 named in the events. Circles are towns and cities, sized by their "
                                  "number of events; squares are regions, countries and named areas, whose outlines "
                                  "are tinted.")
                       .arg(places)
                       .arg(places == 1 ? QString() : QStringLiteral("s"));
    if (m_unplaced > 0)
        text += QStringLiteral(" %1 event%2 name%3 no place on the map.")
                    .arg(m_unplaced)
                    .arg(m_unplaced == 1 ? QString() : QStringLiteral("s"))
                    .arg(m_unplaced == 1 ? QStringLiteral("s") : QString());
    return text + QStringLiteral(" Base map: Natural Earth.");
}

void BriefingMap::paint(QPainter &painter, const QRectF &rect, double unit) const
{
    if (isEmpty())
        return;
    const double scale = painter.device()->logicalDpiY() / screenDpi;
    MapProjection projection;
    projection.setViewportSize(rect.size() / scale);
    projection.fit(m_markers.worldBounds(), fitMargin, m_markers.places().size() == 1 ? 6 : fitMaximumZoom);
    const MapPainter::Colours colours = printColours(m_style);
    // Fonts are sized for the device, but this painter is scaled to screen pixels.
    QFont font = m_style.font(7.2 / scale);

    painter.save();
    painter.setClipRect(rect);
    painter.translate(rect.topLeft());
    painter.scale(scale, scale);
    MapPainter::paintBase(painter, projection, colours, font, MapPainter::LabelRendering::Text);

    const QList<MapCluster> &clusters = m_markers.clusters(projection.zoom());
    for (const MapCluster &cluster : clusters) {
        if (!cluster.area)
            continue;
        for (int index : cluster.places) {
            const MapPlace &place = m_markers.places()[index];
            MapPainter::paintArea(painter, projection, place, EventStyle::colour(dominantType(place)), false, colours);
        }
    }
    // Larger markers first, so that small ones stay visible on top.
    QList<int> order(clusters.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(),
              [&](int a, int b) { return clusters[a].eventCount() > clusters[b].eventCount(); });
    MapPainter::MarkerState state;
    state.largestRadius = largestMarker;
    for (int index : std::as_const(order))
        MapPainter::paintMarker(painter, projection.worldToScreen(clusters[index].world), clusters[index], state,
                                colours, font);

    // Names of the busiest places, beside their markers where there is room.
    QFont nameFont = m_style.font(7.4 / scale, QFont::DemiBold);
    const QFontMetricsF metrics(nameFont, painter.device());
    QList<QRectF> taken;
    for (int index : std::as_const(order)) {
        const MapCluster &cluster = clusters[index];
        const QPointF centre = projection.worldToScreen(cluster.world);
        taken.append(MapPainter::markerRect(centre, cluster, largestMarker));
    }
    for (int index : std::as_const(order)) {
        const MapCluster &cluster = clusters[index];
        const QString name = m_markers.places()[cluster.places.first()].name;
        const QRectF marker = MapPainter::markerRect(projection.worldToScreen(cluster.world), cluster, largestMarker);
        const QRectF box(marker.right() + 2, marker.center().y() - metrics.height() / 2,
                         metrics.horizontalAdvance(name), metrics.height());
        if (!QRectF(QPointF(0, 0), projection.viewportSize()).contains(box)
            || std::any_of(taken.cbegin(), taken.cend(), [&](const QRectF &r) { return r.intersects(box); }))
            continue;
        taken.append(box);
        QPainterPath outline;
        const QPointF baseline(box.left(), box.top() + metrics.ascent());
        outline.addText(baseline, QFont(nameFont, painter.device()), name);
        painter.setPen(QPen(QColor(255, 255, 255, 220), 2.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(outline);
        painter.setFont(nameFont);
        painter.setPen(m_style.ink);
        painter.drawText(baseline, name);
    }
    painter.restore();

    painter.save();
    painter.setPen(QPen(m_style.rule, 0.6 * unit));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(rect);
    painter.restore();
}

} // namespace Sitrep
