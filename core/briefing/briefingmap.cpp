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
#include <limits>

namespace Sitrep {
namespace {

// The map painter's sizes (markers, strokes, clustering distance) are screen pixels.
constexpr double screenDpi = 96;
constexpr double fitMargin = 34;
constexpr double fitMaximumZoom = 7;
// A place at most this far (in world units, about 1,500 km in Europe) from the busiest one belongs
// to its cluster, and a cluster is framed at least this wide.
constexpr double focusReach = 0.06;
constexpr double focusMinimum = 0.012;

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
    if (!focusArea().isNull())
        text += QStringLiteral(" The map frames the region with most events; the inset shows where every place lies.");
    return text + QStringLiteral(" Base map: Natural Earth.");
}

MapProjection BriefingMap::framing(const QRectF &rect, const QRectF &world, bool inset, double scale) const
{
    MapProjection projection;
    projection.setViewportSize(rect.size() / scale);
    projection.fit(world, inset ? fitMargin * 0.5 : fitMargin, m_markers.places().size() == 1 ? 6 : fitMaximumZoom);
    return projection;
}

QRectF BriefingMap::focusArea() const
{
    const QList<MapPlace> &places = m_markers.places();
    if (places.size() < 3)
        return {};
    const auto busiest = std::max_element(places.cbegin(), places.cend(), [](const MapPlace &a, const MapPlace &b) {
        return a.eventIds.size() < b.eventIds.size();
    });
    // Min and max by hand: QRectF::united ignores rectangles of no size, as single points are.
    QPointF low = busiest->world;
    QPointF high = busiest->world;
    qsizetype near = 0;
    qsizetype all = 0;
    for (const MapPlace &place : places) {
        all += place.eventIds.size();
        const QPointF offset = place.world - busiest->world;
        if (std::abs(offset.x()) > focusReach || std::abs(offset.y()) > focusReach)
            continue;
        near += place.eventIds.size();
        low = QPointF(std::min(low.x(), place.world.x()), std::min(low.y(), place.world.y()));
        high = QPointF(std::max(high.x(), place.world.x()), std::max(high.y(), place.world.y()));
    }
    const QRectF area(low, high);
    const QRectF whole = m_markers.worldBounds();
    const bool dominant = near * 10 >= all * 6;
    const bool muchSmaller = whole.width() > 2.5 * std::max(area.width(), focusMinimum)
        || whole.height() > 2.5 * std::max(area.height(), focusMinimum);
    if (!dominant || !muchSmaller)
        return {};
    // Room around the cluster, so that its edge places are not on the frame.
    const double margin = std::max({area.width(), area.height(), focusMinimum}) * 0.15;
    return area.adjusted(-margin, -margin, margin, margin);
}

void BriefingMap::paint(QPainter &painter, const QRectF &rect, double unit) const
{
    if (isEmpty())
        return;
    const QRectF focus = focusArea();
    paintView(painter, rect, View {focus.isNull() ? m_markers.worldBounds() : focus});
    if (focus.isNull()) {
        painter.save();
        painter.setPen(QPen(m_style.rule, 0.6 * unit));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(rect);
        painter.restore();
        return;
    }
    // A locator inset: every place at world scale, the framed area outlined, in the corner that
    // hides the fewest markers.
    const double scale = painter.device()->logicalDpiY() / screenDpi;
    const MapProjection main = framing(rect, focus, false, scale);
    const QList<MapCluster> &clusters = m_markers.clusters(main.zoom());
    const QSizeF insetSize(rect.width() * 0.3, rect.height() * 0.36);
    const double gap = 8 * unit;
    QRectF inset;
    qsizetype fewest = std::numeric_limits<qsizetype>::max();
    for (const QPointF &corner :
         {QPointF(rect.left() + gap, rect.bottom() - gap - insetSize.height()),
          QPointF(rect.right() - gap - insetSize.width(), rect.bottom() - gap - insetSize.height()),
          QPointF(rect.left() + gap, rect.top() + gap),
          QPointF(rect.right() - gap - insetSize.width(), rect.top() + gap)}) {
        const QRectF candidate(corner, insetSize);
        const auto hidden = std::count_if(clusters.cbegin(), clusters.cend(), [&](const MapCluster &cluster) {
            return candidate.adjusted(-gap, -gap, gap, gap)
                .contains(rect.topLeft() + main.worldToScreen(cluster.world) * scale);
        });
        if (hidden < fewest) {
            fewest = hidden;
            inset = candidate;
        }
    }
    painter.fillRect(inset.adjusted(-2 * unit, -2 * unit, 2 * unit, 2 * unit), Qt::white);
    paintView(painter, inset, View {m_markers.worldBounds(), 5, false, 0.8});
    const MapProjection locator = framing(inset, m_markers.worldBounds(), true, scale);
    const QRectF framed(inset.topLeft() + locator.worldToScreen(focus.topLeft()) * scale,
                        inset.topLeft() + locator.worldToScreen(focus.bottomRight()) * scale);
    painter.save();
    painter.setClipRect(inset);
    painter.setPen(QPen(m_style.accent, 1.2 * unit));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(framed);
    painter.setClipping(false);
    painter.setPen(QPen(m_style.muted, 0.6 * unit));
    painter.drawRect(inset);
    painter.restore();
    painter.save();
    painter.setPen(QPen(m_style.rule, 0.6 * unit));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(rect);
    painter.restore();
}

void BriefingMap::paintView(QPainter &painter, const QRectF &rect, const View &view) const
{
    const double scale = painter.device()->logicalDpiY() / screenDpi;
    const MapProjection projection = framing(rect, view.world, !view.names, scale);
    const MapPainter::Colours colours = printColours(m_style);
    // Fonts are sized for the device, but this painter is scaled to screen pixels.
    const QFont font = m_style.font(7.2 * view.fontScale / scale);

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
    state.largestRadius = view.largestMarker;
    for (int index : std::as_const(order))
        MapPainter::paintMarker(painter, projection.worldToScreen(clusters[index].world), clusters[index], state,
                                colours, font);
    if (view.names)
        paintNames(painter, projection, clusters, order, 1 / scale, view.largestMarker);
    painter.restore();
}

void BriefingMap::paintNames(QPainter &painter, const MapProjection &projection, const QList<MapCluster> &clusters,
                             const QList<int> &order, double fontScale, double largestMarker) const
{
    const QFont nameFont = m_style.font(7.4 * fontScale, QFont::DemiBold);
    const QFontMetricsF metrics(nameFont, painter.device());
    QList<QRectF> taken;
    for (int index : order)
        taken.append(
            MapPainter::markerRect(projection.worldToScreen(clusters[index].world), clusters[index], largestMarker));
    const QRectF viewport(QPointF(0, 0), projection.viewportSize());
    for (int index : order) {
        const MapCluster &cluster = clusters[index];
        const QString name = m_markers.places()[cluster.places.first()].name;
        const QRectF marker = MapPainter::markerRect(projection.worldToScreen(cluster.world), cluster, largestMarker);
        const QRectF box(marker.right() + 2, marker.center().y() - metrics.height() / 2,
                         metrics.horizontalAdvance(name), metrics.height());
        if (!viewport.contains(box)
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
}

} // namespace Sitrep
