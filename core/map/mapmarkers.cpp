// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapmarkers.h"

#include "map/basemaplayers.h"
#include "map/mapprojection.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <vector>

namespace Sitrep {
namespace {

// Places without a GeoNames id (countries, regions, named areas) are told apart by name.
QString placeKey(const EventPlace &place)
{
    return place.kind + u'|' + place.countryCode + u'|'
        + (place.canonicalName.isEmpty() ? place.name : place.canonicalName);
}

qint64 cellKey(qint64 x, qint64 y)
{
    return (x << 32) ^ (y & 0xFFFFFFFF);
}

} // namespace

EventType MapCluster::dominantType() const
{
    return EventType(std::max_element(types.cbegin(), types.cend()) - types.cbegin());
}

double MapMarkers::radius(int events, double largest)
{
    return std::min(6 + 4 * std::log2(double(std::max(events, 1))), std::max(largest, 6.0));
}

void MapMarkers::setEvents(const QList<const Event *> &events, const QList<int> &rows)
{
    m_places.clear();
    m_placesOfEvent.clear();
    m_clusteredZoom = -1;
    m_clusters.clear();
    QHash<qint64, int> placeOfId; // most places have a GeoNames id: no string to build for them
    QHash<QString, int> placeOfKey;
    for (qsizetype i = 0; i < events.size(); ++i) {
        const Event *event = events[i];
        QList<int> &ofEvent = m_placesOfEvent[event->id];
        for (const EventPlace &place : event->places) {
            if (!place.latitude || !place.longitude)
                continue;
            const QString key = place.geonameId ? QString() : placeKey(place);
            int index = place.geonameId ? placeOfId.value(*place.geonameId, -1) : placeOfKey.value(key, -1);
            if (index < 0) {
                MapPlace added;
                added.name = place.canonicalName.isEmpty() ? place.name : place.canonicalName;
                added.kind = place.kind.isEmpty() ? QStringLiteral("city") : place.kind;
                added.countryCode = place.countryCode;
                added.latitude = *place.latitude;
                added.longitude = *place.longitude;
                added.world = MapProjection::toWorld(added.latitude, added.longitude);
                if (added.kind == u"admin1")
                    added.regionCode =
                        BaseMapLayers::instance().regionAt(added.countryCode, added.latitude, added.longitude);
                index = int(m_places.size());
                if (place.geonameId)
                    placeOfId.insert(*place.geonameId, index);
                else
                    placeOfKey.insert(key, index);
                m_places.append(std::move(added));
            }
            MapPlace &target = m_places[index];
            if (!target.eventIds.isEmpty() && target.eventIds.last() == event->id)
                continue; // the same place named twice in one event
            target.sourceRows.append(rows[i]);
            target.eventIds.append(event->id);
            ++target.types[int(event->type)];
            ofEvent.append(index);
        }
        if (ofEvent.isEmpty())
            m_placesOfEvent.remove(event->id);
    }
    m_bounds = QRectF();
    if (m_places.isEmpty())
        return;
    QPointF low = m_places.first().world;
    QPointF high = low;
    for (const MapPlace &place : std::as_const(m_places)) {
        low = QPointF(std::min(low.x(), place.world.x()), std::min(low.y(), place.world.y()));
        high = QPointF(std::max(high.x(), place.world.x()), std::max(high.y(), place.world.y()));
    }
    m_bounds = QRectF(low, high);
}

const QList<MapCluster> &MapMarkers::clusters(double zoom) const
{
    // Half levels: fine enough to follow a wheel zoom, coarse enough that markers do not flicker.
    const double quantized = std::round(zoom * 2) / 2;
    if (quantized != m_clusteredZoom) {
        m_clusters = cluster(quantized);
        m_clusteredZoom = quantized;
    }
    return m_clusters;
}

QList<MapCluster> MapMarkers::cluster(double zoom) const
{
    const double scale = MapProjection::worldSize(zoom);
    QList<int> order(m_places.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [this](int a, int b) { return m_places[a].eventIds.size() > m_places[b].eventIds.size(); });

    QList<MapCluster> clusters;
    QList<QPointF> seeds; // in pixels at this zoom
    QHash<qint64, QList<int>> grid;
    for (int index : std::as_const(order)) {
        const MapPlace &place = m_places[index];
        const QPointF pixel = place.world * scale;
        const qint64 cx = qint64(std::floor(pixel.x() / clusterRadius));
        const qint64 cy = qint64(std::floor(pixel.y() / clusterRadius));
        int best = -1;
        double bestDistance = clusterRadius;
        for (qint64 dx = -1; dx <= 1; ++dx) {
            for (qint64 dy = -1; dy <= 1; ++dy) {
                for (int candidate : grid.value(cellKey(cx + dx, cy + dy))) {
                    // Areas and points stay apart: merging them would pass a region off as a point.
                    if (clusters[candidate].area != place.isArea())
                        continue;
                    const double distance =
                        std::hypot(seeds[candidate].x() - pixel.x(), seeds[candidate].y() - pixel.y());
                    if (distance < bestDistance) {
                        bestDistance = distance;
                        best = candidate;
                    }
                }
            }
        }
        if (best < 0) {
            best = int(clusters.size());
            MapCluster created;
            created.area = place.isArea();
            clusters.append(created);
            seeds.append(pixel);
            grid[cellKey(cx, cy)].append(best);
        }
        clusters[best].places.append(index);
    }

    // The events a cluster already holds, by source row: a wheel notch clusters every event again, and
    // a flag per row costs a tenth of a set of ids.
    int rowLimit = 0;
    for (const MapPlace &place : m_places) {
        for (int row : place.sourceRows)
            rowLimit = std::max(rowLimit, row + 1);
    }
    std::vector<bool> held(std::size_t(rowLimit), false);
    for (MapCluster &cluster : clusters) {
        QPointF sum;
        double weight = 0;
        qsizetype mentions = 0;
        for (int index : std::as_const(cluster.places))
            mentions += m_places[index].eventIds.size();
        cluster.eventIds.reserve(mentions);
        cluster.sourceRows.reserve(mentions);
        for (int index : std::as_const(cluster.places)) {
            const MapPlace &place = m_places[index];
            sum += place.world * double(place.eventIds.size());
            weight += double(place.eventIds.size());
            for (qsizetype e = 0; e < place.eventIds.size(); ++e) {
                const int row = place.sourceRows[e];
                if (held[std::size_t(row)])
                    continue;
                held[std::size_t(row)] = true;
                cluster.eventIds.append(place.eventIds[e]);
                cluster.sourceRows.append(row);
            }
            for (int t = 0; t < mapTypeCount; ++t)
                cluster.types[t] += place.types[t];
        }
        for (int row : std::as_const(cluster.sourceRows))
            held[std::size_t(row)] = false;
        cluster.world = cluster.places.size() == 1 ? m_places[cluster.places.first()].world : sum / weight;
    }
    return clusters;
}

} // namespace Sitrep
