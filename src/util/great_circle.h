// Great-circle distance between two points given in degrees.
#ifndef TOCSIN_UTIL_GREAT_CIRCLE_H_
#define TOCSIN_UTIL_GREAT_CIRCLE_H_

#include <algorithm>
#include <cmath>
#include <numbers>

namespace tocsin {

// Haversine formula on a sphere of the Earth's mean radius (6371.0088 km).
inline double GreatCircleKm(double lat1, double lon1, double lat2,
                            double lon2) {
  constexpr double kEarthKm = 6371.0088;
  constexpr double kRad = std::numbers::pi / 180.0;
  const double dlat = (lat2 - lat1) * kRad, dlon = (lon2 - lon1) * kRad;
  const double a = std::sin(dlat / 2) * std::sin(dlat / 2) +
                   std::cos(lat1 * kRad) * std::cos(lat2 * kRad) *
                       std::sin(dlon / 2) * std::sin(dlon / 2);
  // min() keeps rounding from pushing sqrt(a) past 1 at the antipodes.
  return 2 * kEarthKm * std::asin(std::min(1.0, std::sqrt(a)));
}

}  // namespace tocsin

#endif  // TOCSIN_UTIL_GREAT_CIRCLE_H_
