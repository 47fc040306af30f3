// Comparing, predicting and scoring places against ACLED rows.
#include "eval/acled_eval.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <numbers>
#include <string>
#include <vector>

#include "dict/fold.h"
#include "util/great_circle.h"

namespace tocsin {
namespace {

// Words that say what kind of region a name is, not which: ISO 3166-2 and
// ACLED disagree on them ("Shan State" / "Shan", "Nay Pyi Taw Union
// Territory" / "Nay Pyi Taw", "Autonomous Republic of Crimea" / "Crimea").
constexpr std::array<std::string_view, 30> kGenericWords = {
    "autonomous",   "avtonomna",   "capital",   "city",     "county",
    "department",   "departement", "district",  "division", "emirate",
    "federal",      "governorate", "krai",      "kray",     "metropolitan",
    "municipality", "oblast",      "of",        "okrug",    "parish",
    "prefecture",   "province",    "region",    "republic", "respublika",
    "special",      "state",       "territory", "the",      "union"};

constexpr std::array<std::string_view, 4> kAcledHalves = {"-north", "-south",
                                                          "-east", "-west"};

bool Generic(std::string_view word) {
  return std::find(kGenericWords.begin(), kGenericWords.end(), word) !=
         kGenericWords.end();
}

// The folded words of a region name that identify it, joined by spaces.
// Apostrophes vanish ("Dar'a" = "Dara"); other punctuation separates words.
std::string Admin1Key(std::string_view name, bool acled) {
  std::string folded = FoldString(name);
  if (acled) {
    for (std::string_view half : kAcledHalves) {
      if (folded.size() > half.size() && folded.ends_with(half)) {
        folded.resize(folded.size() - half.size());
        break;
      }
    }
  }
  std::vector<std::string> words(1);
  for (size_t i = 0; i < folded.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(folded[i]);
    if (c == '\'') continue;
    const std::string_view rest = std::string_view(folded).substr(i);
    if (rest.starts_with("\u2019") || rest.starts_with("\u02BC")) {
      i += rest.starts_with("\u2019") ? 2 : 1;
      continue;
    }
    if (std::isalnum(c) || c >= 0x80) {
      words.back() += static_cast<char>(c);
    } else if (!words.back().empty()) {
      words.emplace_back();
    }
  }
  if (words.back().empty()) words.pop_back();
  std::string key, all;
  for (const std::string& w : words) {
    all += (all.empty() ? "" : " ") + w;
    if (!Generic(w)) key += (key.empty() ? "" : " ") + w;
  }
  // A name made only of generic words ("Federal Capital Territory") is
  // itself the identifying part.
  return key.empty() ? all : key;
}

const PlaceMention* PlaceAt(const DocumentAnalysis& analysis, int32_t i) {
  if (i < 0 || static_cast<size_t>(i) >= analysis.places.size()) {
    return nullptr;
  }
  return &analysis.places[static_cast<size_t>(i)];
}

double Ratio(size_t a, size_t b) {
  return b == 0 ? 0.0 : static_cast<double>(a) / static_cast<double>(b);
}

}  // namespace

bool SameAdmin1(std::string_view acled_admin1, std::string_view gazetteer) {
  const std::string a = Admin1Key(acled_admin1, true);
  return !a.empty() && a == Admin1Key(gazetteer, false);
}

CountryCodes MakeCountryCodes(
    const std::map<std::string, std::vector<std::string>>& names) {
  CountryCodes codes;
  for (const auto& [code, list] : names) {
    for (const std::string& name : list) codes.emplace(FoldString(name), code);
  }
  return codes;
}

AcledPrediction PredictLocation(const DocumentAnalysis& analysis) {
  AcledPrediction p;
  for (const Event& e : analysis.events) {
    if (const PlaceMention* place = PlaceAt(analysis, e.location.place)) {
      p.place = *place;
      p.basis = e.location.basis;
      return p;
    }
  }
  if (const PlaceMention* place = PlaceAt(analysis, analysis.main_place)) {
    p.place = *place;
    p.basis = LocationBasis::kDocument;
  }
  return p;
}

AcledOutcome ScoreAcledRow(const AcledRow& row, const AcledPrediction& p,
                           const CountryCodes& countries) {
  AcledOutcome o;
  if (!p.place) return o;
  const PlaceMention& place = *p.place;
  o.located = true;
  if (place.has_coordinates) {
    const double d =
        GreatCircleKm(row.latitude, row.longitude, place.lat, place.lon);
    o.distance_km = d;
    o.within_10km = d <= 10;
    o.within_25km = d <= 25;
  }
  auto country = countries.find(FoldString(row.country));
  const bool same_country =
      country == countries.end() || country->second == place.country;
  // A region mention may carry its own name only.
  const std::string& region =
      place.adm1_name.empty() && place.level == PlaceLevel::kAdmin1
          ? place.name
          : place.adm1_name;
  o.admin1 = same_country && SameAdmin1(row.admin1, region);
  return o;
}

AcledScore SummarizeAcled(std::span<const AcledOutcome> outcomes) {
  AcledScore s;
  std::vector<double> distances;
  for (const AcledOutcome& o : outcomes) {
    ++s.rows;
    s.located += o.located;
    s.within_10km += o.within_10km;
    s.within_25km += o.within_25km;
    s.admin1 += o.admin1;
    if (o.distance_km) distances.push_back(*o.distance_km);
  }
  s.with_coordinates = distances.size();
  s.accuracy_10km = Ratio(s.within_10km, s.rows);
  s.accuracy_25km = Ratio(s.within_25km, s.rows);
  s.admin1_accuracy = Ratio(s.admin1, s.rows);
  s.coverage = Ratio(s.located, s.rows);
  if (!distances.empty()) {
    std::sort(distances.begin(), distances.end());
    const size_t n = distances.size();
    s.median_error_km = n % 2 == 1
                            ? distances[n / 2]
                            : (distances[n / 2 - 1] + distances[n / 2]) / 2;
  }
  return s;
}

bool IsAcledMiss(const AcledOutcome& outcome) { return !outcome.within_25km; }

}  // namespace tocsin
