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

// Places close together on screen at some zoom, drawn as one marker.
struct MapCluster
{
    QPointF world;
    QList<int> places; // indexes into MapMarkers::places(), the largest first
    QList<int> sourceRows; // each event once, in the order their places were added
    QList<qint64> eventIds;
    std::array<int, mapTypeCount> types {};
    bool area = false;

    int eventCount() const { return int(eventIds.size()); }
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
    QRectF worldBounds() const { return m_bounds; }
    // Places an event names, as indexes into places().
    QList<int> placesOfEvent(qint64 eventId) const { return m_placesOfEvent.value(eventId); }

    // Marker radius in pixels for a number of events, at most largest (smaller in a small pane).
    static double radius(int events, double largest = 24);

private:
    QList<MapCluster> cluster(double zoom) const;

    QList<MapPlace> m_places;
    QHash<qint64, QList<int>> m_placesOfEvent;
    QRectF m_bounds;
    mutable double m_clusteredZoom = -1;
    mutable QList<MapCluster> m_clusters;
};

} // namespace Sitrep
