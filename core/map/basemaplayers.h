// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "places/basemap.h"

#include <QHash>
#include <QList>
#include <QPainterPath>
#include <QPointF>
#include <QRecursiveMutex>
#include <QString>

#include <memory>

namespace Sitrep {

// The bundled Natural Earth outlines, projected once per zoom level and kept as painter paths, so
// that a frame of panning or zooming only transforms and fills paths it already has. One instance
// serves every map view and the briefing, which draws its map on a worker thread: every member
// function locks, and what it hands out is never changed afterwards.
class BaseMapLayers final
{
public:
    enum class Layer { Coarse, Detailed, Regions }; // 110m countries, 50m countries, admin-1 regions

    struct Shape
    {
        QString code;
        QPainterPath path; // in pixels at the level it was built for: world × 256 × 2^level
        QRectF bounds;
    };
    struct Level
    {
        QList<Shape> shapes;
        QHash<QString, int> byCode;
        const Shape *shape(const QString &code) const
        {
            const int index = byCode.value(code, -1);
            return index >= 0 ? &shapes[index] : nullptr;
        }
    };
    struct Label
    {
        QString code;
        QString name;
        QPointF world; // inside the largest part of the country
        double worldWidth = 0; // of that part, to decide from which zoom the name fits
    };
    struct City
    {
        QString name;
        QPointF world;
        bool capital = false;
    };

    static BaseMapLayers &instance();

    // The layer's outlines at an integer zoom level, simplified to what that level can show.
    // Shared so that a frame can hold several levels while the cache evicts old ones.
    std::shared_ptr<const Level> level(Layer layer, int level);
    const QList<Label> &countryLabels();
    // Capitals and cities of a million people or more, capitals first, then by population.
    const QList<City> &cities();
    const BaseMap *map(Layer layer);
    // The admin-1 region of a country containing a point, or an empty string.
    QString regionAt(const QString &countryCode, double latitude, double longitude);

private:
    BaseMapLayers() = default;

    QRecursiveMutex m_mutex;

    std::unique_ptr<BaseMap> m_maps[3];
    bool m_loadFailed[3] = {false, false, false};
    QHash<int, std::shared_ptr<const Level>> m_levels; // key: layer * 100 + level
    QList<int> m_recentKeys; // least recently used first
    QList<Label> m_labels;
    bool m_labelsBuilt = false;
    QHash<QString, QString> m_regionAt;
    QList<City> m_cities;
    bool m_citiesBuilt = false;
};

} // namespace Sitrep
