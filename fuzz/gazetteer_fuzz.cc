// Fuzzes the gazetteer builder's input reader (GeoNames cities500 rows)
// and, on what it accepts, the builder and the binary reader: any input
// must give a gazetteer or a clean error, never a crash, hang or leak; a
// gazetteer built from accepted rows must open, and every name it indexes
// must lead back to an entry.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "actors/place_names.h"
#include "geo/gazetteer.h"
#include "geo/gazetteer_build.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > (1u << 20)) return 0;  // 1 MiB cap
  const std::string_view input(reinterpret_cast<const char*>(data), size);

  tocsin::CityRow row;
  (void)tocsin::ParseCityRow(input.substr(0, input.find('\n')), &row);

  tocsin::GazetteerBuilder builder;
  if (builder.AddCities(input, "fuzz").ok()) {
    tocsin::GazetteerBuildStats stats;
    auto binary = builder.Build(&stats);
    if (!binary.ok()) __builtin_trap();
    auto g = tocsin::Gazetteer::FromBinary(*binary);
    if (!g.ok() || (*g)->size() != stats.towns) __builtin_trap();
    for (uint32_t i = 0; i < (*g)->size(); ++i) {
      tocsin::PlaceMention p;
      (*g)->Describe(i, &p);
      // A name that folds to nothing (" ") is not indexed, by design.
      const std::string folded = tocsin::FoldPlaceName(p.name);
      const auto hits = (*g)->Find(tocsin::PlaceKey(folded));
      if (!folded.empty() && hits.empty()) __builtin_trap();
    }
  }
  // The binary reader must reject what is not a gazetteer.
  (void)tocsin::Gazetteer::FromBinary(std::string(input));
  return 0;
}
