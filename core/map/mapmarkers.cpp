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
    m_sharedPlaces.clear();
    m_largestFirst.clear();
    m_rowLimit = 0;
    m_clusteredZoom = -1;
    m_clusters.clear();
    m_clusterOfPlace.clear();
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
            m_rowLimit = std::max(m_rowLimit, rows[i] + 1);
        }
        if (ofEvent.isEmpty())
            m_placesOfEvent.remove(event->id);
        else if (ofEvent.size() > 1)
            m_sharedPlaces.append(ofEvent);
    }
    // Clustering seeds its markers at the places with most events, whatever the zoom.
    QList<int> order(m_places.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [this](int a, int b) { return m_places[a].eventIds.size() > m_places[b].eventIds.size(); });
    m_largestFirst.reserve(order.size());
    for (int index : std::as_const(order))
        m_largestFirst.append({m_places[index].world, index, m_places[index].isArea()});
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
        cluster(quantized);
        m_clusteredZoom = quantized;
    }
    return m_clusters;
}

int MapMarkers::clusterOfPlace(int place, double zoom) const
{
    clusters(zoom);
    return m_clusterOfPlace.value(place, -1);
}

template<typename Visit> void MapMarkers::forEachEvent(const MapCluster &cluster, Visit visit) const
{
    if (cluster.places.size() == 1) {
        const MapPlace &place = m_places[cluster.places.first()];
        for (qsizetype e = 0; e < place.eventIds.size(); ++e)
            visit(place, e);
        return;
    }
    // An event that names two of the cluster's places is listed once; a flag per source row is far
    // cheaper than a set of ids.
    std::vector<bool> held(std::size_t(m_rowLimit), false);
    for (int index : cluster.places) {
        const MapPlace &place = m_places[index];
        for (qsizetype e = 0; e < place.eventIds.size(); ++e) {
            const auto row = std::size_t(place.sourceRows[e]);
            if (held[row])
                continue;
            held[row] = true;
            visit(place, e);
        }
    }
}

QList<int> MapMarkers::sourceRows(const MapCluster &cluster) const
{
    QList<int> rows;
    rows.reserve(cluster.events);
    forEachEvent(cluster, [&rows](const MapPlace &place, qsizetype e) { rows.append(place.sourceRows[e]); });
    return rows;
}

QList<qint64> MapMarkers::eventIds(const MapCluster &cluster) const
{
    QList<qint64> ids;
    ids.reserve(cluster.events);
    forEachEvent(cluster, [&ids](const MapPlace &place, qsizetype e) { ids.append(place.eventIds[e]); });
    return ids;
}

void MapMarkers::cluster(double zoom) const
{
    const double scale = MapProjection::worldSize(zoom);
    QList<MapCluster> clusters;
    QList<QPointF> seeds; // in pixels at this zoom
    QHash<qint64, QList<int>> grid;
    m_clusterOfPlace.fill(-1, m_places.size());
    for (const auto &[world, index, area] : std::as_const(m_largestFirst)) {
        const QPointF pixel = world * scale;
        const qint64 cx = qint64(std::floor(pixel.x() / clusterRadius));
        const qint64 cy = qint64(std::floor(pixel.y() / clusterRadius));
        int best = -1;
        double bestDistance = clusterRadius * clusterRadius; // squared, as the distances are
        for (qint64 dx = -1; dx <= 1; ++dx) {
            for (qint64 dy = -1; dy <= 1; ++dy) {
                const auto cell = grid.constFind(cellKey(cx + dx, cy + dy));
                if (cell == grid.cend())
                    continue;
                for (int candidate : *cell) {
                    // Areas and points stay apart: merging them would pass a region off as a point.
                    if (clusters[candidate].area != area)
                        continue;
                    const QPointF offset = seeds[candidate] - pixel;
                    const double distance = QPointF::dotProduct(offset, offset);
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
            created.area = area;
            clusters.append(created);
            seeds.append(pixel);
            grid[cellKey(cx, cy)].append(best);
        }
        clusters[best].places.append(index);
        m_clusterOfPlace[index] = best;
    }

    for (MapCluster &cluster : clusters) {
        QPointF sum;
        double weight = 0;
        for (int index : std::as_const(cluster.places)) {
            const MapPlace &place = m_places[index];
            sum += place.world * double(place.eventIds.size());
            weight += double(place.eventIds.size());
            cluster.events += int(place.eventIds.size());
            for (int t = 0; t < mapTypeCount; ++t)
                cluster.types[t] += place.types[t];
        }
        cluster.world = cluster.places.size() == 1 ? m_places[cluster.places.first()].world : sum / weight;
    }
    countEvents(clusters);
    m_clusters = std::move(clusters);
}

// Each cluster counted its places' events; an event naming several places of one cluster was
// counted once per place. Only events with more than one place can be, so only they are looked at.
void MapMarkers::countEvents(QList<MapCluster> &clusters) const
{
    for (const QList<int> &places : m_sharedPlaces) {
        for (qsizetype i = 1; i < places.size(); ++i) {
            const int cluster = m_clusterOfPlace[places[i]];
            for (qsizetype j = 0; j < i; ++j) {
                if (m_clusterOfPlace[places[j]] == cluster) {
                    --clusters[cluster].events;
                    break;
                }
            }
        }
    }
}

} // namespace Sitrep
