// Places: where a document's mentions point on the map, and where each
// event happened.
//
// The geocoder (src/geo/geocoder.h) finds place names in the tokens with
// the built-in gazetteer (GeoNames cities500, ISO 3166 countries and
// first-level subdivisions), ranks the candidates of each name with an
// explainable score, and attaches a location to every event. Every span is
// a byte range in the original Document::text.
#ifndef TOCSIN_PLACE_H_
#define TOCSIN_PLACE_H_

#include <cstdint>
#include <string>

namespace tocsin {

// What kind of place a mention resolved to.
enum class PlaceLevel : uint8_t {
  kCountry,    // ISO 3166-1
  kAdmin1,     // ISO 3166-2 first-level subdivision (oblast, state, ...)
  kPopulated,  // a GeoNames populated place (city, town, village)
};

const char* PlaceLevelName(PlaceLevel level);

struct PlaceMention {
  uint32_t begin = 0, end = 0;              // bytes in Document::text
  uint32_t first_token = 0, end_token = 0;  // token range in AnalyzedText
  uint32_t sentence = 0;

  PlaceLevel level = PlaceLevel::kPopulated;
  uint32_t geonameid = 0;  // 0 for countries and subdivisions
  std::string name;        // the gazetteer's name ("Lyman")
  std::string country;     // ISO 3166-1 alpha-2 ("UA")
  std::string country3;    // alpha-3 ("UKR")
  std::string adm1;        // ISO 3166-2 code ("UA-14"), "" when unknown
  std::string adm1_name;   // "Donetska oblast", "" when unknown
  double lat = 0, lon = 0;
  bool has_coordinates = false;
  std::string feature;    // GeoNames feature code: PPLC, PPLA, PPL, ...;
                          // "PCLI" for countries, "ADM1" for subdivisions
  double confidence = 0;  // 0..1: the winner's share of the score mass
  // Why this candidate won, e.g. "admin hierarchy (Donetsk); population".
  std::string reason;
};

// Where an event happened.
enum class LocationBasis : uint8_t {
  kNone,
  kAttached,  // a place attached to the trigger or the target
  kSentence,  // the sentence's place
  kDocument,  // the document's main place
};

const char* LocationBasisName(LocationBasis basis);

struct EventLocation {
  LocationBasis basis = LocationBasis::kNone;
  int32_t place = -1;  // index into DocumentAnalysis::places

  bool present() const { return place >= 0; }
};

}  // namespace tocsin

#endif  // TOCSIN_PLACE_H_
