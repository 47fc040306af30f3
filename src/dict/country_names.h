// Country names from installed reference data, added by the compiler to the
// `state` entries that carry `iso` (docs/dictionary-format.md):
//   English: Debian iso-codes, /usr/share/iso-codes/json/iso_3166-1.json
//            (name, common_name, official_name);
//   French:  CLDR, /usr/share/unicode/cldr/common/main/fr.xml (territory
//            names by alpha-2, with the "short" and "variant" forms).
#ifndef TOCSIN_DICT_COUNTRY_NAMES_H_
#define TOCSIN_DICT_COUNTRY_NAMES_H_

#include <map>
#include <string>
#include <vector>

#include "tocsin/status.h"

namespace tocsin {

// Alpha-2 code ("RU") -> names, in file order, without duplicates.
using CountryNames = std::map<std::string, std::vector<std::string>>;

// Reads iso_3166-1.json. Inverted forms ("Korea, Republic of") are skipped:
// nobody writes them in running text. NotFound or InvalidArgument on a
// missing or malformed file.
Status ReadIsoCountryNames(const std::string& path, CountryNames* names);

// Reads a CLDR locale file's <territory> names for two-letter codes, with
// their "short" and "variant" forms. A parenthesised part becomes a name of
// its own ("Myanmar (Birmanie)" -> "Myanmar", "Birmanie"), except a
// lower-case qualifier ("(partie néerlandaise)"), which drops the name.
Status ReadCldrTerritoryNames(const std::string& path, CountryNames* names);

}  // namespace tocsin

#endif  // TOCSIN_DICT_COUNTRY_NAMES_H_
