// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/event.h"

#include <QHash>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>

#include <array>
#include <iterator>

namespace Sitrep {

inline constexpr int mapTypeCount = int(std::size(allEventTypes));

// One located place and the events that name it.
struct MapPlace
{
    QString name;
    QString kind; // city, admin1, country or area
    QString countryCode;
    QString regionCode; // the admin-1 region a region-level place is (ISO 3166-2), when known
    double latitude = 0;
    double longitude = 0;
    QPointF world;
    QList<int> sourceRows; // events, as rows of the event table model
    QList<qint64> eventIds;
    std::array<int, mapTypeCount> types {};

    // Regions, countries and named areas are not points: the map draws them as areas.
    bool isArea() const { return kind != u"city"; }
};

// Places close together on screen at some zoom, drawn as one marker. Its events are listed only on
// demand (MapMarkers::sourceRows()): a zoom frame draws every cluster but lists none.
struct MapCluster
{
    QPointF world;
    QList<int> places; // indexes into MapMarkers::places(), the largest first
    std::array<int, mapTypeCount> types {};
    int events = 0; // each event once, however many of the cluster's places it names
    bool area = false;

    int eventCount() const { return events; }
    EventType dominantType() const;
};

// Groups the filtered events by place and clusters the places for a zoom level. Clusters are
// cached per half zoom level, so panning never reclusters.
class MapMarkers final
{
public:
    static constexpr double clusterRadius = 34; // pixels between the centres of merged markers

    // rows: the source rows of the events the filter shows.
    void setEvents(const QList<const Event *> &events, const QList<int> &rows);
    void clear() { setEvents({}, {}); }

    const QList<MapPlace> &places() const { return m_places; }
    const QList<MapCluster> &clusters(double zoom) const;
    // The cluster showing a place at a zoom level, as an index into clusters(zoom), or -1.
    int clusterOfPlace(int place, double zoom) const;
    // A cluster's events, each once, in the order its places list them.
    QList<int> sourceRows(const MapCluster &cluster) const;
    QList<qint64> eventIds(const MapCluster &cluster) const;
    QRectF worldBounds() const { return m_bounds; }
    // Places an event names, as indexes into places().
    QList<int> placesOfEvent(qint64 eventId) const { return m_placesOfEvent.value(eventId); }

    // Marker radius in pixels for a number of events, at most largest (smaller in a small pane).
    static double radius(int events, double largest = 24);

private:
    void cluster(double zoom) const;
    void countEvents(QList<MapCluster> &clusters) const;
    // Calls visit(placeIndex, eventIndexInPlace) for each event of the cluster once.
    template<typename Visit> void forEachEvent(const MapCluster &cluster, Visit visit) const;

    QList<MapPlace> m_places;
    QHash<qint64, QList<int>> m_placesOfEvent;
    QList<QList<int>> m_sharedPlaces; // the places of each event that names more than one
    // The places by their number of events, most first, with what clustering reads of them at hand.
    struct Seed
    {
        QPointF world;
        int place = 0;
        bool area = false;
    };
    QList<Seed> m_largestFirst;
    int m_rowLimit = 0; // one past the largest source row
    QRectF m_bounds;
    mutable double m_clusteredZoom = -1;
    mutable QList<MapCluster> m_clusters;
    mutable QList<int> m_clusterOfPlace;
};

} // namespace Sitrep
