// ACLED geocoding evaluation: reading exports written here (invented
// places and notes), distances, region-name comparison, the choice of the
// predicted place, and the aggregation of the metrics.
#include "eval/acled_eval.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "util/great_circle.h"

namespace tocsin {
namespace {

// Columns in another order than ACLED's, with extra ones, as exports vary.
const std::string kHeader =
    "event_id_cnty,extra,event_date,country,admin1,admin2,location,latitude,"
    "longitude,geo_precision,notes\n";

// --- Reading ---

TEST(AcledRead, ReadsColumnsByName) {
  auto file = ParseAcledCsv(
      kHeader +
          "QQQ1,x,2022-03-04,Freedonia,Upper-North,Dale,Millbrook,12.5,"
          "-3.25,1,\"In Millbrook, a shell hit the \"\"old\"\" market.\nTwo "
          "were hurt.\"\r\n"
          "QQQ2,x,05 April 2022,Freedonia,Lower,Fen,Stonebridge, 11.0 ,+4,,"
          "Quiet.\n",
      "t.csv");
  ASSERT_TRUE(file.ok()) << file.status().ToString();
  ASSERT_EQ(file->rows.size(), 2u);
  EXPECT_EQ(file->malformed, 0u);
  const AcledRow& a = file->rows[0];
  EXPECT_EQ(a.event_id, "QQQ1");
  EXPECT_EQ(a.event_date, "2022-03-04");
  EXPECT_EQ(a.country, "Freedonia");
  EXPECT_EQ(a.admin1, "Upper-North");
  EXPECT_EQ(a.admin2, "Dale");
  EXPECT_EQ(a.location, "Millbrook");
  EXPECT_DOUBLE_EQ(a.latitude, 12.5);
  EXPECT_DOUBLE_EQ(a.longitude, -3.25);
  EXPECT_EQ(a.geo_precision, 1);
  EXPECT_EQ(a.notes,
            "In Millbrook, a shell hit the \"old\" market.\nTwo were hurt.");
  EXPECT_EQ(a.line, 2u);
  const AcledRow& b = file->rows[1];
  EXPECT_EQ(b.line, 4u);  // the note above spans lines 2 and 3
  EXPECT_DOUBLE_EQ(b.latitude, 11.0);
  EXPECT_DOUBLE_EQ(b.longitude, 4.0);
  EXPECT_EQ(b.geo_precision, 0);
}

TEST(AcledRead, LimitStopsAfterThatManyRows) {
  const std::string row = "Q,x,2022-01-01,F,A,B,C,1,2,1,n\n";
  auto file = ParseAcledCsv(kHeader + row + row + row, "t.csv", 2);
  ASSERT_TRUE(file.ok());
  EXPECT_EQ(file->rows.size(), 2u);
}

TEST(AcledRead, HeaderNamesMayDifferInCaseAndSpaces) {
  auto file = ParseAcledCsv(
      "EVENT_ID_CNTY, event_date ,country,admin1,admin2,location,Latitude,"
      "longitude,geo_precision,notes\nQ,d,c,a,b,l,1,2,3,n\n",
      "t.csv");
  ASSERT_TRUE(file.ok()) << file.status().ToString();
  ASSERT_EQ(file->rows.size(), 1u);
  EXPECT_EQ(file->rows[0].event_date, "d");
}

struct BadHeader {
  std::string text;
  StatusCode code;
  std::string message;
};

class AcledHeaderTest : public ::testing::TestWithParam<BadHeader> {};

TEST_P(AcledHeaderTest, IsFatal) {
  auto file = ParseAcledCsv(GetParam().text, "t.csv");
  ASSERT_FALSE(file.ok());
  EXPECT_EQ(file.status().code(), GetParam().code);
  EXPECT_EQ(file.status().message(), GetParam().message);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, AcledHeaderTest,
    ::testing::Values(
        BadHeader{"", StatusCode::kInvalidArgument,
                  "t.csv:1: empty file, no header row"},
        BadHeader{"event_id_cnty,event_date,country,admin1,admin2,location\n",
                  StatusCode::kInvalidArgument,
                  "t.csv:1: missing column(s) latitude, longitude, "
                  "geo_precision, notes"},
        BadHeader{"\"event_id_cnty,notes\n", StatusCode::kDataLoss,
                  "t.csv:1: unterminated quoted field"},
        BadHeader{kHeader + "Q,x,d,c,a,b,l,1,2,1,\"never closed\nQ,x\n",
                  StatusCode::kDataLoss,
                  "t.csv:2: unterminated quoted field"}));

struct BadRow {
  std::string row;
  std::string message;
};

class AcledBadRowTest : public ::testing::TestWithParam<BadRow> {};

TEST_P(AcledBadRowTest, IsCountedAndSkipped) {
  const std::string good = "Q,x,2022-01-01,F,A,B,C,1,2,1,n\n";
  auto file = ParseAcledCsv(kHeader + good + GetParam().row + good, "t.csv");
  ASSERT_TRUE(file.ok()) << file.status().ToString();
  EXPECT_EQ(file->rows.size(), 2u);
  EXPECT_EQ(file->malformed, 1u);
  ASSERT_EQ(file->problems.size(), 1u);
  EXPECT_EQ(file->problems[0], GetParam().message);
  EXPECT_EQ(file->rows[1].line, 4u);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, AcledBadRowTest,
    ::testing::Values(BadRow{"Q,x,d,c,a,b,l,north,2,1,n\n",
                             "t.csv:3: latitude 'north' is not a number"},
                      BadRow{"Q,x,d,c,a,b,l,,2,1,n\n",
                             "t.csv:3: latitude '' is not a number"},
                      BadRow{"Q,x,d,c,a,b,l,1,2e,1,n\n",
                             "t.csv:3: longitude '2e' is not a number"},
                      BadRow{"Q,x,d,c,a,b,l,1,181,1,n\n",
                             "t.csv:3: longitude 181 is out of range"},
                      BadRow{"Q,x,d,c,a,b,l,1,2,high,n\n",
                             "t.csv:3: geo_precision 'high' is not an integer"},
                      BadRow{"Q,x,d,c,a,b,l,1,2,1\n",
                             "t.csv:3: 10 fields, the header has 11"},
                      BadRow{"Q,x,d,c,a,b,l,1,2,1,\"n\"x\n",
                             "t.csv:3: text after a closing quote"}));

TEST(AcledRead, BlankLinesAreNotRows) {
  auto file = ParseAcledCsv(kHeader + "\nQ,x,d,c,a,b,l,1,2,1,n\n\n", "t.csv");
  ASSERT_TRUE(file.ok());
  EXPECT_EQ(file->rows.size(), 1u);
  EXPECT_EQ(file->malformed, 0u);
}

TEST(AcledRead, MissingFileIsNotFound) {
  auto file = ReadAcledCsv("/nonexistent/acled.csv");
  EXPECT_EQ(file.status().code(), StatusCode::kNotFound);
}

TEST(AcledRead, ReadsTheTestFixture) {
  auto file = ReadAcledCsv(std::string(TOCSIN_SOURCE_DIR) +
                           "/tests/data/acled_sample.csv");
  ASSERT_TRUE(file.ok()) << file.status().ToString();
  EXPECT_EQ(file->rows.size(), 4u);
  EXPECT_EQ(file->malformed, 0u);
}

TEST(AcledDate, ToIso) {
  const std::pair<const char*, const char*> cases[] = {
      {"2021-01-02T00:00:00Z", "2021-01-02"},
      {"2021-01-02", "2021-01-02"},
      {"2 January 2021", "2021-01-02"},
      {"02 december 2021", "2021-12-02"},
      {"32 January 2021", ""},
      {"2 Janvier 2021", ""},
      {"2021/01/02", ""},
      {"", ""},
  };
  for (const auto& [in, want] : cases)
    EXPECT_EQ(AcledDateToIso(in), want) << in;
}

// --- Comparing places ---

TEST(Haversine, KnownDistances) {
  struct Case {
    double lat1, lon1, lat2, lon2, km, tolerance;
  };
  const Case cases[] = {
      {48.8566, 2.3522, 51.5074, -0.1278, 344, 1},       // Paris-London
      {40.7128, -74.0060, 34.0522, -118.2437, 3936, 2},  // New York-LA
      {0, 0, 0, 1, 111.195, 0.01},           // a degree along the equator
      {0, 179.5, 0, -179.5, 111.195, 0.01},  // across the antimeridian
      {0, 0, 0, 180, 20015.1, 0.1},          // antipodes: half the girth
      {-33.9, 18.4, -33.9, 18.4, 0, 1e-9},
  };
  for (const Case& c : cases) {
    EXPECT_NEAR(GreatCircleKm(c.lat1, c.lon1, c.lat2, c.lon2), c.km,
                c.tolerance)
        << c.lat1 << "," << c.lon1 << " to " << c.lat2 << "," << c.lon2;
    EXPECT_NEAR(GreatCircleKm(c.lat2, c.lon2, c.lat1, c.lon1), c.km,
                c.tolerance);
  }
}

TEST(SameAdmin1, Table) {
  struct Case {
    const char* acled;
    const char* gazetteer;
    bool same;
  };
  const Case cases[] = {
      {"Shan-North", "Shan State", true},
      {"Bago-East", "Bago", true},
      {"Bago-West", "Bago Region", true},
      {"Yangon", "Yangon Region", true},
      {"Nay Pyi Taw", "Nay Pyi Taw Union Territory", true},
      {"KACHIN", "kachin state", true},
      {"Ile-de-France", "Île-de-France", true},
      {"Dar'a", "Dar’ā", true},
      {"Autonomous Republic of Crimea", "Crimea", true},
      {"Kharkiv", "Kharkiv Oblast", true},
      {"Federal Capital Territory", "Federal Capital Territory", true},
      {"Mandalay", "Magway", false},
      {"North Kivu", "South Kivu", false},
      {"North Kivu", "Kivu", false},  // only ACLED's "-North" suffix goes
      {"Shan", "Shan-North", false},  // ... and only on ACLED's side
      {"Region", "State", false},
      {"Shan", "", false},
      {"", "", false},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(SameAdmin1(c.acled, c.gazetteer), c.same)
        << c.acled << " vs " << c.gazetteer;
  }
}

TEST(CountryCodes, FoldsNames) {
  CountryCodes codes = MakeCountryCodes(
      {{"CI", {"Côte d'Ivoire"}}, {"MM", {"Myanmar", "Burma"}}});
  EXPECT_EQ(codes.at("cote d'ivoire"), "CI");
  EXPECT_EQ(codes.at("burma"), "MM");
  EXPECT_EQ(codes.size(), 3u);
}

}  // namespace
}  // namespace tocsin
