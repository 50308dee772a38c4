// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>
#include <cmath>
#include <numbers>

namespace Sitrep {

// Kilometres between two points on the Earth, by the haversine formula on a sphere of 6,371 km.
inline double kilometresBetween(double latitude1, double longitude1, double latitude2, double longitude2)
{
    constexpr double radians = std::numbers::pi / 180.0;
    const double lat1 = latitude1 * radians;
    const double lat2 = latitude2 * radians;
    const double h = std::pow(std::sin((lat2 - lat1) / 2), 2)
        + std::cos(lat1) * std::cos(lat2) * std::pow(std::sin((longitude2 - longitude1) * radians / 2), 2);
    return 2 * 6371.0 * std::asin(std::min(1.0, std::sqrt(h)));
}

} // namespace Sitrep
