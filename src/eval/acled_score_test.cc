// ACLED geocoding evaluation: choosing the predicted place from a
// DocumentAnalysis built here, scoring rows, aggregating and rendering.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "eval/acled_eval.h"

namespace tocsin {
namespace {

PlaceMention Place(std::string name, double lat, double lon) {
  PlaceMention p;
  p.name = std::move(name);
  p.lat = lat;
  p.lon = lon;
  p.has_coordinates = true;
  return p;
}

Event EventAt(int32_t place, LocationBasis basis) {
  Event e;
  e.location.place = place;
  e.location.basis = basis;
  return e;
}

// --- PredictLocation ---

TEST(PredictLocation, FirstEventWithAPlaceThenMainPlaceThenNone) {
  DocumentAnalysis a;
  a.places = {Place("Millbrook", 1, 1), Place("Stonebridge", 2, 2)};
  struct Case {
    const char* name;
    std::vector<Event> events;
    int32_t main_place;
    const char* want;  // nullptr: unlocated
    LocationBasis basis;
  };
  const Case cases[] = {
      {"nothing", {}, -1, nullptr, LocationBasis::kNone},
      {"main place only",
       {EventAt(-1, LocationBasis::kNone)},
       1,
       "Stonebridge",
       LocationBasis::kDocument},
      {"second event located",
       {EventAt(-1, LocationBasis::kNone), EventAt(0, LocationBasis::kSentence),
        EventAt(1, LocationBasis::kAttached)},
       1,
       "Millbrook",
       LocationBasis::kSentence},
      {"index out of range is ignored",
       {EventAt(7, LocationBasis::kAttached)},
       0,
       "Millbrook",
       LocationBasis::kDocument},
      {"main place out of range", {}, 2, nullptr, LocationBasis::kNone},
  };
  for (const Case& c : cases) {
    a.events = c.events;
    a.main_place = c.main_place;
    AcledPrediction p = PredictLocation(a);
    if (c.want == nullptr) {
      EXPECT_FALSE(p.place.has_value()) << c.name;
    } else {
      ASSERT_TRUE(p.place.has_value()) << c.name;
      EXPECT_EQ(p.place->name, c.want) << c.name;
    }
    EXPECT_EQ(p.basis, c.basis) << c.name;
  }
}

// --- ScoreAcledRow ---

AcledRow Row(double lat, double lon) {
  AcledRow row;
  row.country = "Freedonia";
  row.admin1 = "Upper-North";
  row.latitude = lat;
  row.longitude = lon;
  return row;
}

AcledPrediction Predicted(PlaceMention place) {
  AcledPrediction p;
  p.place = std::move(place);
  p.basis = LocationBasis::kAttached;
  return p;
}

TEST(ScoreAcledRow, DistanceThresholds) {
  // 0.045 degrees of latitude is 5.0 km.
  struct Case {
    double dlat;
    bool within10, within25;
  };
  const Case cases[] = {{0.045, true, true},
                        {0.135, false, true},   // 15 km
                        {0.36, false, false}};  // 40 km
  for (const Case& c : cases) {
    AcledOutcome o =
        ScoreAcledRow(Row(10, 20), Predicted(Place("P", 10 + c.dlat, 20)), {});
    EXPECT_TRUE(o.located);
    ASSERT_TRUE(o.distance_km.has_value());
    EXPECT_NEAR(*o.distance_km, c.dlat * 111.195, 0.01);
    EXPECT_EQ(o.within_10km, c.within10) << c.dlat;
    EXPECT_EQ(o.within_25km, c.within25) << c.dlat;
    EXPECT_EQ(IsAcledMiss(o), !c.within25) << c.dlat;
  }
}

TEST(ScoreAcledRow, UnlocatedAndWithoutCoordinates) {
  AcledOutcome none = ScoreAcledRow(Row(10, 20), AcledPrediction(), {});
  EXPECT_FALSE(none.located);
  EXPECT_FALSE(none.distance_km.has_value());
  EXPECT_FALSE(none.within_25km || none.admin1);
  EXPECT_TRUE(IsAcledMiss(none));

  PlaceMention vague;
  vague.name = "Upper";
  vague.adm1_name = "Upper Province";
  AcledOutcome o = ScoreAcledRow(Row(10, 20), Predicted(vague), {});
  EXPECT_TRUE(o.located);
  EXPECT_FALSE(o.distance_km.has_value());
  EXPECT_FALSE(o.within_25km);
  EXPECT_TRUE(o.admin1);
}

TEST(ScoreAcledRow, Admin1ChecksTheCountryWhenKnown) {
  const CountryCodes countries = {{"freedonia", "FD"}};
  struct Case {
    const char* row_country;
    const char* place_country;
    const char* adm1_name;
    bool admin1;
  };
  const Case cases[] = {
      {"Freedonia", "FD", "Upper Region", true},
      {"Freedonia", "SY", "Upper Region", false},  // same name elsewhere
      {"Sylvania", "SY", "Upper Region", true},  // country unknown: name rules
      {"Freedonia", "FD", "Lower Region", false},
  };
  for (const Case& c : cases) {
    AcledRow row = Row(10, 20);
    row.country = c.row_country;
    PlaceMention place = Place("Town", 10, 20);
    place.country = c.place_country;
    place.adm1_name = c.adm1_name;
    EXPECT_EQ(ScoreAcledRow(row, Predicted(place), countries).admin1, c.admin1)
        << c.row_country << " " << c.place_country << " " << c.adm1_name;
  }
}

TEST(ScoreAcledRow, RegionMentionUsesItsOwnName) {
  PlaceMention region = Place("Upper", 10, 20);
  region.level = PlaceLevel::kAdmin1;
  EXPECT_TRUE(ScoreAcledRow(Row(10, 20), Predicted(region), {}).admin1);
  region.level = PlaceLevel::kPopulated;  // a town called Upper: no region
  EXPECT_FALSE(ScoreAcledRow(Row(10, 20), Predicted(region), {}).admin1);
}

// --- SummarizeAcled ---

AcledOutcome Outcome(bool located, std::optional<double> km, bool admin1) {
  AcledOutcome o;
  o.located = located;
  o.distance_km = km;
  o.within_10km = km && *km <= 10;
  o.within_25km = km && *km <= 25;
  o.admin1 = admin1;
  return o;
}

TEST(SummarizeAcled, CountsUnlocatedRowsAsMisses) {
  const std::vector<AcledOutcome> outcomes = {
      Outcome(true, 3, true), Outcome(true, 20, false),
      Outcome(true, std::nullopt, true), Outcome(false, std::nullopt, false)};
  AcledScore s = SummarizeAcled(outcomes);
  EXPECT_EQ(s.rows, 4u);
  EXPECT_EQ(s.located, 3u);
  EXPECT_EQ(s.with_coordinates, 2u);
  EXPECT_EQ(s.within_10km, 1u);
  EXPECT_EQ(s.within_25km, 2u);
  EXPECT_EQ(s.admin1, 2u);
  EXPECT_DOUBLE_EQ(s.accuracy_10km, 0.25);
  EXPECT_DOUBLE_EQ(s.accuracy_25km, 0.5);
  EXPECT_DOUBLE_EQ(s.admin1_accuracy, 0.5);
  EXPECT_DOUBLE_EQ(s.coverage, 0.75);
  ASSERT_TRUE(s.median_error_km.has_value());
  EXPECT_DOUBLE_EQ(*s.median_error_km, 11.5);  // mean of the middle two
}

TEST(SummarizeAcled, MedianOfAnOddCountAndOfNothing) {
  const std::vector<AcledOutcome> odd = {Outcome(true, 100, false),
                                         Outcome(true, 2, false),
                                         Outcome(true, 7, false)};
  EXPECT_DOUBLE_EQ(*SummarizeAcled(odd).median_error_km, 7);
  AcledScore empty = SummarizeAcled({});
  EXPECT_EQ(empty.rows, 0u);
  EXPECT_EQ(empty.coverage, 0);
  EXPECT_FALSE(empty.median_error_km.has_value());
}

// --- Reports ---

TEST(AcledReport, TextAndJsonCarryTheFigures) {
  const std::vector<AcledOutcome> outcomes = {
      Outcome(true, 3, true), Outcome(false, std::nullopt, false)};
  const AcledScore s = SummarizeAcled(outcomes);
  AcledMiss miss;
  miss.row = Row(10, 20);
  miss.row.line = 3;
  miss.row.location = "Millbrook";
  miss.row.notes = std::string(300, 'x');
  const std::vector<AcledMiss> misses = {miss};

  const std::string text = AcledReportText("t.csv", 1, s, misses);
  for (const char* want :
       {"t.csv: 2 rows (1 malformed rows skipped)", "coverage", "1/2", "50.00%",
        "within 10 km", "within 25 km", "ADM1",
        "median error   3.0 km over 1 rows", "misses (1 shown of 1)", "line 3",
        "Millbrook", "(unlocated) [none]"}) {
    EXPECT_NE(text.find(want), std::string::npos) << want << " in\n" << text;
  }
  EXPECT_EQ(text.find(std::string(161, 'x')), std::string::npos);

  auto j = nlohmann::json::parse(AcledReportJson("t.csv", 1, s, misses));
  EXPECT_EQ(j["rows"], 2);
  EXPECT_EQ(j["malformed_rows"], 1);
  EXPECT_EQ(j["located"], 1);
  EXPECT_DOUBLE_EQ(j["coverage"].get<double>(), 0.5);
  EXPECT_DOUBLE_EQ(j["median_error_km"].get<double>(), 3.0);
  ASSERT_EQ(j["misses"].size(), 1u);
  EXPECT_TRUE(j["misses"][0]["predicted"].is_null());
  EXPECT_TRUE(j["misses"][0]["distance_km"].is_null());

  auto none = nlohmann::json::parse(AcledReportJson("t.csv", 0, {}, {}));
  EXPECT_TRUE(none["median_error_km"].is_null());
  EXPECT_NE(AcledReportText("t.csv", 0, {}, {}).find("median error   n/a"),
            std::string::npos);
}

}  // namespace
}  // namespace tocsin
