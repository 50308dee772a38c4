// SPDX-License-Identifier: GPL-3.0-or-later
#include "basemaplayers.h"

#include "map/mapprojection.h"
#include "places/gazetteer.h"

#include <QLoggingCategory>
#include <QMutexLocker>

#include <cmath>

namespace Sitrep {
namespace {

Q_LOGGING_CATEGORY(lcMap, "sitrep.map")

constexpr int cachedLevels = 8;
constexpr double simplifyPixels = 0.6;

BaseMap::Layer baseLayer(BaseMapLayers::Layer layer)
{
    switch (layer) {
    case BaseMapLayers::Layer::Coarse:
        return BaseMap::Layer::Countries110m;
    case BaseMapLayers::Layer::Detailed:
        return BaseMap::Layer::Countries50m;
    case BaseMapLayers::Layer::Regions:
        return BaseMap::Layer::Admin1;
    }
    return BaseMap::Layer::Countries110m;
}

// A ring in world coordinates, kept continuous across the antimeridian: a ring that steps from
// 180° E to 180° W continues past x = 1 instead of cutting a line across the whole map.
QList<QPointF> worldRing(const BaseMap::Ring &ring)
{
    QList<QPointF> world;
    world.reserve(ring.size());
    double shift = 0;
    double previous = ring.isEmpty() ? 0 : ring.first().x();
    for (const QPointF &point : ring) {
        if (point.x() - previous > 180)
            shift -= 360;
        else if (previous - point.x() > 180)
            shift += 360;
        previous = point.x();
        world.append(MapProjection::toWorld(point.y(), point.x() + shift));
    }
    return world;
}

// Projects a ring to pixels at a level, dropping points closer than a fraction of a pixel to the
// last one kept: at low zoom most of a coastline's points land on the same pixel.
void addRing(QPainterPath &path, const BaseMap::Ring &ring, double size)
{
    if (ring.size() < 3)
        return;
    QPolygonF polygon;
    polygon.reserve(ring.size());
    QPointF last(-1e9, -1e9);
    for (const QPointF &point : worldRing(ring)) {
        const QPointF projected = point * size;
        if (std::abs(projected.x() - last.x()) + std::abs(projected.y() - last.y()) < simplifyPixels)
            continue;
        polygon.append(projected);
        last = projected;
    }
    if (polygon.size() < 3)
        return;
    polygon.append(polygon.first());
    path.addPolygon(polygon);
}

// Area and centroid of a ring in world coordinates (shoelace formula).
std::pair<double, QPointF> ringCentroid(const BaseMap::Ring &ring)
{
    double area = 0;
    double cx = 0;
    double cy = 0;
    const QList<QPointF> world = worldRing(ring);
    for (qsizetype i = 0, j = world.size() - 1; i < world.size(); j = i++) {
        const double cross = world[j].x() * world[i].y() - world[i].x() * world[j].y();
        area += cross;
        cx += (world[j].x() + world[i].x()) * cross;
        cy += (world[j].y() + world[i].y()) * cross;
    }
    if (std::abs(area) < 1e-18)
        return {0, world.isEmpty() ? QPointF() : world.first()};
    return {std::abs(area / 2), QPointF(cx / (3 * area), cy / (3 * area))};
}

} // namespace

BaseMapLayers &BaseMapLayers::instance()
{
    static BaseMapLayers layers;
    return layers;
}

const BaseMap *BaseMapLayers::map(Layer layer)
{
    const QMutexLocker lock(&m_mutex);
    const int index = int(layer);
    if (!m_maps[index] && !m_loadFailed[index]) {
        auto loaded = BaseMap::loadBuiltIn(baseLayer(layer));
        if (loaded) {
            m_maps[index] = std::make_unique<BaseMap>(std::move(*loaded));
        } else {
            m_loadFailed[index] = true;
            qCWarning(lcMap) << "base map:" << loaded.error().toString();
        }
    }
    return m_maps[index].get();
}

std::shared_ptr<const BaseMapLayers::Level> BaseMapLayers::level(Layer layer, int level)
{
    const QMutexLocker lock(&m_mutex);
    const int key = int(layer) * 100 + level;
    m_recentKeys.removeOne(key);
    m_recentKeys.append(key);
    if (auto found = m_levels.constFind(key); found != m_levels.cend())
        return *found;

    auto built = std::make_shared<Level>();
    if (const BaseMap *base = map(layer)) {
        const double size = MapProjection::worldSize(level);
        built->shapes.reserve(base->features().size());
        for (const BaseMap::Feature &feature : base->features()) {
            Shape shape;
            shape.code = feature.code;
            shape.path.setFillRule(Qt::OddEvenFill);
            for (const BaseMap::Polygon &polygon : feature.polygons) {
                for (const BaseMap::Ring &ring : polygon.rings)
                    addRing(shape.path, ring, size);
            }
            if (shape.path.isEmpty())
                continue;
            shape.bounds = shape.path.boundingRect();
            built->byCode.insert(shape.code, int(built->shapes.size()));
            built->shapes.append(std::move(shape));
        }
    }
    m_levels.insert(key, built);
    while (m_recentKeys.size() > cachedLevels)
        m_levels.remove(m_recentKeys.takeFirst());
    return built;
}

const QList<BaseMapLayers::Label> &BaseMapLayers::countryLabels()
{
    const QMutexLocker lock(&m_mutex);
    if (m_labelsBuilt)
        return m_labels;
    m_labelsBuilt = true;
    const BaseMap *base = map(Layer::Detailed);
    if (!base)
        return m_labels;
    for (const BaseMap::Feature &feature : base->features()) {
        double largest = 0;
        Label label;
        for (const BaseMap::Polygon &polygon : feature.polygons) {
            if (polygon.rings.isEmpty())
                continue;
            const auto [area, centroid] = ringCentroid(polygon.rings.first());
            if (area <= largest)
                continue;
            largest = area;
            // A ring continued past the antimeridian can have its centre off the world: wrap it back.
            label.world = QPointF(centroid.x() - std::floor(centroid.x()), centroid.y());
            double west = 2;
            double east = -1;
            for (const QPointF &point : worldRing(polygon.rings.first())) {
                west = std::min(west, point.x());
                east = std::max(east, point.x());
            }
            label.worldWidth = east - west;
        }
        if (largest <= 0 || feature.name.isEmpty())
            continue;
        label.code = feature.code;
        label.name = feature.name;
        m_labels.append(label);
    }
    // Larger countries claim their label space first.
    std::sort(m_labels.begin(), m_labels.end(),
              [](const Label &a, const Label &b) { return a.worldWidth > b.worldWidth; });
    return m_labels;
}

const QList<BaseMapLayers::City> &BaseMapLayers::cities()
{
    const QMutexLocker lock(&m_mutex);
    if (m_citiesBuilt)
        return m_cities;
    m_citiesBuilt = true;
    const auto &gazetteer = Gazetteer::builtIn();
    if (!gazetteer)
        return m_cities;
    QList<std::pair<quint32, quint32>> chosen; // (rank, entry): capitals rank above every population
    for (quint32 i = 0; i < gazetteer->entryCount(); ++i) {
        if (gazetteer->kind(i) != PlaceKind::City)
            continue;
        const bool capital = gazetteer->feature(i) == Gazetteer::Feature::CapitalCity;
        const quint32 population = gazetteer->population(i);
        if (capital || population >= 1'000'000)
            chosen.append({capital ? 0xFFFFFFFFu : population, i});
    }
    std::sort(chosen.begin(), chosen.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    m_cities.reserve(chosen.size());
    for (const auto &[rank, entry] : std::as_const(chosen)) {
        m_cities.append(City {gazetteer->entry(entry).name,
                              MapProjection::toWorld(gazetteer->latitude(entry), gazetteer->longitude(entry)),
                              rank == 0xFFFFFFFFu});
    }
    return m_cities;
}

QString BaseMapLayers::regionAt(const QString &countryCode, double latitude, double longitude)
{
    const QMutexLocker lock(&m_mutex);
    if (countryCode.isEmpty())
        return {};
    // Every refilter asks again for the same few places.
    const QString key =
        countryCode + u'|' + QString::number(latitude, 'f', 5) + u'|' + QString::number(longitude, 'f', 5);
    if (auto found = m_regionAt.constFind(key); found != m_regionAt.cend())
        return *found;
    QString code;
    if (const BaseMap *regions = map(Layer::Regions)) {
        const QString prefix = countryCode + u'-';
        for (const BaseMap::Feature &feature : regions->features()) {
            if (feature.code.startsWith(prefix) && BaseMap::contains(feature, latitude, longitude)) {
                code = feature.code;
                break;
            }
        }
    }
    m_regionAt.insert(key, code);
    return code;
}

} // namespace Sitrep
