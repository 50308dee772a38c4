// SPDX-License-Identifier: GPL-3.0-or-later
#include "mappainter.h"

#include "eventstyle.h"
#include "map/basemaplayers.h"
#include "map/mapprojection.h"

#include <QFontMetricsF>
#include <QHash>
#include <QImage>
#include <QLocale>
#include <QPainter>
#include <QPalette>

#include <cmath>
#include <numeric>

namespace Sitrep::MapPainter {
namespace {

// Zoom levels at which the base map changes detail.
constexpr double detailedFromZoom = 3.5;
constexpr double regionsFromZoom = 4.5;
constexpr double citiesFromZoom = 3.8;
constexpr double largeCitiesFromZoom = 5.2;
constexpr double namedAreaKm = 80; // drawn radius of a named area (Donbas, Gaza Strip)
constexpr double labelPadding = 3; // room for the halo around a label's text

int levelFor(double zoom)
{
    return std::clamp(int(std::floor(zoom)), 0, int(MapProjection::maximumZoom));
}

// Sets the painter to draw a level's paths at the projection's zoom; returns the visible rectangle
// in the level's pixels.
QRectF applyLevel(QPainter &painter, const MapProjection &projection, int level)
{
    const double factor = projection.scale() / MapProjection::worldSize(level);
    const QPointF origin = projection.worldToScreen(QPointF(0, 0));
    painter.translate(origin);
    painter.scale(factor, factor);
    const QSizeF size = projection.viewportSize();
    return QRectF(-origin / factor, QSizeF(size.width() / factor, size.height() / factor));
}

QPen cosmeticPen(const QColor &colour, double width, Qt::PenStyle style = Qt::SolidLine)
{
    QPen pen(colour, width, style);
    pen.setCosmetic(true);
    pen.setJoinStyle(Qt::RoundJoin);
    return pen;
}

// A name with its halo, rendered once: shaping text and stroking its outline every frame would
// cost more than the whole base map.
// Images rather than pixmaps: the cache is static and outlives the application object.
const QImage &labelSprite(const QString &text, const QFont &font, const QColor &colour, const QColor &halo, qreal ratio)
{
    static QHash<QString, QImage> cache;
    const QString key = text + u'\x1f' + font.key() + u'\x1f' + QString::number(colour.rgba(), 16) + u'\x1f'
        + QString::number(halo.rgba(), 16) + u'\x1f' + QString::number(ratio);
    if (auto found = cache.constFind(key); found != cache.cend())
        return *found;
    if (cache.size() > 4000)
        cache.clear();
    const QFontMetricsF metrics(font);
    const QSizeF size(metrics.horizontalAdvance(text) + 2 * labelPadding, metrics.height() + 2 * labelPadding);
    QImage sprite((size * ratio).toSize(), QImage::Format_ARGB32_Premultiplied);
    sprite.setDevicePixelRatio(ratio);
    sprite.fill(Qt::transparent);
    QPainter painter(&sprite);
    painter.setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addText(QPointF(labelPadding, labelPadding + metrics.ascent()), font, text);
    painter.setPen(QPen(halo, 3, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.drawPath(path);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawPath(path);
    painter.end();
    return *cache.insert(key, sprite);
}

// The size of a label's text, without its padding.
QSizeF spriteTextSize(const QImage &sprite)
{
    return sprite.deviceIndependentSize() - QSizeF(2 * labelPadding, 2 * labelPadding);
}

bool overlapsAny(const QList<QRectF> &placed, const QRectF &rect)
{
    return std::any_of(placed.cbegin(), placed.cend(), [&](const QRectF &other) { return other.intersects(rect); });
}

// Map names with a halo that keeps them legible over borders. On screen each name is a cached
// image; in a document it is real text (selectable, sharp at any zoom) over a stroked outline.
class LabelDrawer final
{
public:
    LabelDrawer(QPainter &painter, LabelRendering rendering, const QColor &halo)
        : m_painter(painter)
        , m_rendering(rendering)
        , m_halo(halo)
        , m_ratio(painter.device()->devicePixelRatioF())
    { }

    // The size of the text alone, without the halo's padding.
    QSizeF measure(const QString &text, const QFont &font, const QColor &colour) const
    {
        if (m_rendering == LabelRendering::CachedImages)
            return spriteTextSize(labelSprite(text, font, colour, m_halo, m_ratio));
        const QFontMetricsF metrics(font, m_painter.device());
        return {metrics.horizontalAdvance(text), metrics.height()};
    }

    void draw(const QPointF &topLeft, const QString &text, const QFont &font, const QColor &colour) const
    {
        if (m_rendering == LabelRendering::CachedImages) {
            m_painter.drawImage(topLeft - QPointF(labelPadding, labelPadding),
                                labelSprite(text, font, colour, m_halo, m_ratio));
            return;
        }
        const QFont deviceFont(font, m_painter.device());
        const QPointF baseline = topLeft + QPointF(0, QFontMetricsF(deviceFont).ascent());
        QPainterPath outline;
        outline.addText(baseline, deviceFont, text);
        m_painter.setPen(QPen(m_halo, 2.4, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        m_painter.setBrush(Qt::NoBrush);
        m_painter.drawPath(outline);
        m_painter.setFont(deviceFont);
        m_painter.setPen(colour);
        m_painter.drawText(baseline, text);
    }

private:
    QPainter &m_painter;
    LabelRendering m_rendering;
    QColor m_halo;
    qreal m_ratio;
};

void paintLabels(QPainter &painter, const MapProjection &projection, const Colours &colours, const QFont &font,
                 LabelRendering rendering)
{
    const QRectF viewport(QPointF(0, 0), projection.viewportSize());
    const LabelDrawer labels(painter, rendering, colours.halo);
    QList<QRectF> placed;
    QFont countryFont = font;
    countryFont.setPointSizeF(font.pointSizeF() * (projection.zoom() < 3 ? 0.78 : 0.88));
    countryFont.setCapitalization(QFont::AllUppercase);
    countryFont.setLetterSpacing(QFont::PercentageSpacing, 108);
    countryFont.setWeight(QFont::DemiBold);
    QColor countryColour = colours.label;
    countryColour.setAlphaF(0.8f);
    for (const BaseMapLayers::Label &label : BaseMapLayers::instance().countryLabels()) {
        const QPointF centre = projection.worldToScreen(label.world);
        if (!viewport.adjusted(-200, -20, 200, 20).contains(centre))
            continue;
        const QSizeF text = labels.measure(label.name, countryFont, countryColour);
        // A name wider than its country would read as someone else's.
        if (label.worldWidth * projection.scale() < text.width() * 0.9)
            continue;
        const QRectF box(centre.x() - text.width() / 2, centre.y() - text.height() / 2, text.width(), text.height());
        if (overlapsAny(placed, box.adjusted(-4, -2, 4, 2)))
            continue;
        placed.append(box);
        labels.draw(box.topLeft(), label.name, countryFont, countryColour);
    }
    if (projection.zoom() < citiesFromZoom)
        return;
    QFont cityFont = font;
    cityFont.setPointSizeF(font.pointSizeF() * 0.85);
    for (const BaseMapLayers::City &city : BaseMapLayers::instance().cities()) {
        if (!city.capital && projection.zoom() < largeCitiesFromZoom)
            continue;
        const QPointF at = projection.worldToScreen(city.world);
        if (!viewport.contains(at))
            continue;
        const QSizeF text = labels.measure(city.name, cityFont, colours.label);
        const QRectF box(at.x() - 3, at.y() - text.height() / 2, text.width() + 10, text.height());
        if (overlapsAny(placed, box))
            continue;
        placed.append(box);
        painter.setPen(QPen(colours.halo, 1));
        painter.setBrush(colours.city);
        const double dot = city.capital ? 3.2 : 2.4;
        painter.drawEllipse(at, dot, dot);
        labels.draw(QPointF(at.x() + 6, at.y() - text.height() / 2), city.name, cityFont, colours.label);
    }
}

} // namespace

Colours Colours::forPalette(const QPalette &palette)
{
    Colours c;
    c.dark = palette.color(QPalette::Window).lightnessF() < 0.5;
    c.highlight = palette.color(QPalette::Highlight);
    if (c.dark) {
        c.sea = QColor(0x17, 0x1f, 0x29);
        c.land = QColor(0x2a, 0x2f, 0x36);
        c.border = QColor(0x55, 0x5e, 0x69);
        c.region = QColor(0x46, 0x4d, 0x56);
        c.label = QColor(0xb4, 0xbc, 0xc6);
        c.halo = QColor(0x2a, 0x2f, 0x36, 200);
        c.city = QColor(0x9a, 0xa3, 0xad);
        c.markerOutline = QColor(0x14, 0x18, 0x1d);
    } else {
        c.sea = QColor(0xd6, 0xe3, 0xee);
        c.land = QColor(0xf7, 0xf5, 0xf0);
        c.border = QColor(0xa8, 0xa6, 0xa0);
        c.region = QColor(0xd0, 0xcc, 0xc4);
        c.label = QColor(0x4a, 0x52, 0x5a);
        c.halo = QColor(0xf7, 0xf5, 0xf0, 210);
        c.city = QColor(0x5f, 0x66, 0x6e);
        c.markerOutline = QColor(0xff, 0xff, 0xff);
    }
    return c;
}

void paintBase(QPainter &painter, const MapProjection &projection, const Colours &colours, const QFont &font,
               LabelRendering labels)
{
    const QRectF viewport(QPointF(0, 0), projection.viewportSize());
    painter.fillRect(viewport, colours.sea);
    BaseMapLayers &layers = BaseMapLayers::instance();
    const int level = levelFor(projection.zoom());
    const auto countries = layers.level(
        projection.zoom() < detailedFromZoom ? BaseMapLayers::Layer::Coarse : BaseMapLayers::Layer::Detailed, level);

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF visible = applyLevel(painter, projection, level);
    QList<const BaseMapLayers::Shape *> shown;
    for (const BaseMapLayers::Shape &shape : countries->shapes) {
        if (shape.bounds.intersects(visible))
            shown.append(&shape);
    }
    painter.setPen(Qt::NoPen);
    painter.setBrush(colours.land);
    for (const BaseMapLayers::Shape *shape : std::as_const(shown))
        painter.drawPath(shape->path);
    if (projection.zoom() >= regionsFromZoom) {
        const auto regions = layers.level(BaseMapLayers::Layer::Regions, level);
        painter.setPen(cosmeticPen(colours.region, 0.8));
        painter.setBrush(Qt::NoBrush);
        for (const BaseMapLayers::Shape &shape : regions->shapes) {
            if (shape.bounds.intersects(visible))
                painter.drawPath(shape.path);
        }
    }
    painter.setPen(cosmeticPen(colours.border, projection.zoom() < 3 ? 0.7 : 0.9));
    painter.setBrush(Qt::NoBrush);
    for (const BaseMapLayers::Shape *shape : std::as_const(shown))
        painter.drawPath(shape->path);
    painter.restore();

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    paintLabels(painter, projection, colours, font, labels);
    painter.restore();
}

void paintArea(QPainter &painter, const MapProjection &projection, const MapPlace &place, const QColor &colour,
               bool emphasised, const Colours &colours)
{
    // Countries are large: tint them less than regions, or a few country-level events would
    // colour half the map.
    const bool country = place.kind == u"country";
    QColor fill = colour;
    fill.setAlphaF(country ? (emphasised ? 0.12f : 0.05f) : (emphasised ? 0.26f : 0.12f));
    const QColor line = emphasised ? colours.highlight : colour;
    const double width = emphasised ? 2.2 : 1.2;
    const BaseMapLayers::Shape *shape = nullptr;
    std::shared_ptr<const BaseMapLayers::Level> level;
    const int levelNumber = levelFor(projection.zoom());
    if (place.kind == u"admin1" && !place.regionCode.isEmpty()) {
        level = BaseMapLayers::instance().level(BaseMapLayers::Layer::Regions, levelNumber);
        shape = level->shape(place.regionCode);
    } else if (place.kind == u"country") {
        level = BaseMapLayers::instance().level(projection.zoom() < detailedFromZoom ? BaseMapLayers::Layer::Coarse
                                                                                     : BaseMapLayers::Layer::Detailed,
                                                levelNumber);
        shape = level->shape(place.countryCode);
    }
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    if (shape) {
        applyLevel(painter, projection, levelNumber);
        painter.setBrush(fill);
        painter.setPen(cosmeticPen(line, width, emphasised ? Qt::SolidLine : Qt::DashLine));
        painter.drawPath(shape->path);
    } else {
        // Named areas (and regions without an outline) get a circle of their rough extent.
        const QPointF centre = projection.worldToScreen(place.world);
        const double radius = std::max(namedAreaKm * 1000 / projection.metresPerPixel(place.latitude), 14.0);
        painter.setBrush(fill);
        painter.setPen(QPen(line, width, emphasised ? Qt::SolidLine : Qt::DashLine));
        painter.drawEllipse(centre, radius, radius);
    }
    painter.restore();
}

QRectF markerRect(const QPointF &centre, const MapCluster &cluster, double largestRadius)
{
    const double r = MapMarkers::radius(cluster.eventCount(), largestRadius);
    return QRectF(centre.x() - r, centre.y() - r, 2 * r, 2 * r);
}

void paintMarker(QPainter &painter, const QPointF &centre, const MapCluster &cluster, MarkerState state,
                 const Colours &colours, const QFont &font)
{
    const QRectF rect = markerRect(centre, cluster, state.largestRadius);
    const double r = rect.width() / 2;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    if (state.current || state.selected || state.hovered) {
        QColor halo = state.hovered && !state.selected ? colours.label : colours.highlight;
        halo.setAlphaF(state.current ? 0.45f : 0.3f);
        painter.setPen(Qt::NoPen);
        painter.setBrush(halo);
        const double grow = state.current ? 7 : 4.5;
        if (cluster.area)
            painter.drawRoundedRect(rect.adjusted(-grow, -grow, grow, grow), 4 + grow, 4 + grow);
        else
            painter.drawEllipse(centre, r + grow, r + grow);
    }
    // A soft shadow lifts markers off a busy base map.
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0, 0, 0, colours.dark ? 90 : 45));
    if (cluster.area)
        painter.drawRoundedRect(rect.translated(0, 1.2), 4, 4);
    else
        painter.drawEllipse(centre + QPointF(0, 1.2), r, r);

    const QPen outline(state.selected ? colours.highlight : colours.markerOutline, state.selected ? 2.2 : 1.5);
    const int total = std::accumulate(cluster.types.cbegin(), cluster.types.cend(), 0);
    const int kinds = int(std::count_if(cluster.types.cbegin(), cluster.types.cend(), [](int n) { return n > 0; }));
    if (cluster.area || kinds <= 1 || total == 0) {
        painter.setBrush(EventStyle::colour(cluster.dominantType()));
    } else {
        // A pie of the event types, starting at twelve o'clock.
        int angle = 90 * 16;
        for (EventType type : allEventTypes) {
            const int n = cluster.types[int(type)];
            if (n == 0)
                continue;
            const int span = -int(std::lround(5760.0 * n / total));
            painter.setBrush(EventStyle::colour(type));
            painter.drawPie(rect, angle, span);
            angle += span;
        }
        painter.setBrush(Qt::NoBrush);
    }
    painter.setPen(outline);
    if (cluster.area)
        painter.drawRoundedRect(rect, 4, 4);
    else
        painter.drawEllipse(rect);

    if (cluster.eventCount() > 1) {
        QFont countFont = font;
        countFont.setWeight(QFont::Bold);
        countFont.setPointSizeF(font.pointSizeF() * (r < 12 ? 0.72 : 0.85));
        painter.setFont(countFont);
        const QString text = QLocale().toString(cluster.eventCount());
        painter.setPen(QColor(0, 0, 0, 110));
        painter.drawText(rect.translated(0, 1), Qt::AlignCenter, text);
        painter.setPen(Qt::white);
        painter.drawText(rect, Qt::AlignCenter, text);
    }
    painter.restore();
}

void paintScaleBar(QPainter &painter, const MapProjection &projection, const QPointF &bottomLeft,
                   const Colours &colours, const QFont &font)
{
    const double latitude = projection.geoAt(bottomLeft).y();
    const double metresPerPixel = projection.metresPerPixel(latitude);
    if (!(metresPerPixel > 0))
        return;
    // The longest round distance that fits in about 100 pixels.
    const double target = metresPerPixel * 100;
    double step = std::pow(10.0, std::floor(std::log10(target)));
    for (double multiple : {5.0, 2.0, 1.0}) {
        if (step * multiple <= target) {
            step *= multiple;
            break;
        }
    }
    const double width = step / metresPerPixel;
    const QString text = step >= 1000 ? QStringLiteral("%1 km").arg(QLocale().toString(step / 1000))
                                      : QStringLiteral("%1 m").arg(QLocale().toString(step));
    QFont small = font;
    small.setPointSizeF(font.pointSizeF() * 0.8);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const QFontMetricsF metrics(small);
    const QRectF box(bottomLeft.x() - 4, bottomLeft.y() - metrics.height() - 10,
                     std::max(width, metrics.horizontalAdvance(text)) + 8, metrics.height() + 12);
    QColor back = colours.land;
    back.setAlphaF(0.75f);
    painter.setPen(Qt::NoPen);
    painter.setBrush(back);
    painter.drawRoundedRect(box, 3, 3);
    painter.setPen(QPen(colours.label, 1.2));
    const double y = bottomLeft.y() - 3;
    painter.drawPolyline(QPolygonF {QPointF(bottomLeft.x(), y - 4), QPointF(bottomLeft.x(), y),
                                    QPointF(bottomLeft.x() + width, y), QPointF(bottomLeft.x() + width, y - 4)});
    painter.setFont(small);
    painter.drawText(QPointF(bottomLeft.x(), y - 6), text);
    painter.restore();
}

} // namespace Sitrep::MapPainter
