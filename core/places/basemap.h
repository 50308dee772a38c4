// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"

#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>

namespace Sitrep {

// Country or region outlines for the map and the briefing, read from the generator's SBMP files
// (tools/gazetteer/README.md). Points are (longitude, latitude) in degrees.
class BaseMap final
{
public:
    enum class Layer { Countries110m, Countries50m, Admin1 };

    using Ring = QList<QPointF>;
    struct Polygon
    {
        QList<Ring> rings; // the outer ring first, then holes
    };
    struct Feature
    {
        QString code; // ISO 3166-1 alpha-2 for countries, ISO 3166-2 for regions
        QString name;
        QRectF bounds; // x = longitude, y = latitude
        QList<Polygon> polygons;
    };

    static Expected<BaseMap> load(const QString &path);
    static Expected<BaseMap> loadBuiltIn(Layer layer);
    static QString builtInPath(Layer layer);

    const QList<Feature> &features() const { return m_features; }
    const Feature *feature(QStringView code) const;
    // The first feature whose polygons contain the point (even-odd rule), or nullptr.
    const Feature *featureAt(double latitude, double longitude) const;
    static bool contains(const Feature &feature, double latitude, double longitude);

private:
    QList<Feature> m_features;
};

} // namespace Sitrep
