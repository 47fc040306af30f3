// The gazetteer builder and reader on data we write: GeoNames-style rows,
// a few countries and subdivisions. Checks the row parser, the admin1
// linking by name, centroids, the name index and corrupt-file errors.
#include "geo/gazetteer.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <fstream>
#include <string>

#include "actors/place_names.h"
#include "geo/gazetteer_build.h"

namespace tocsin {
namespace {

std::string WriteTemp(const std::string& name, const std::string& body) {
  const std::string path =
      ::testing::TempDir() + "/" + name + "." + std::to_string(::getpid());
  std::ofstream(path, std::ios::binary) << body;
  return path;
}

// id, name, ascii, alternates, lat, lon, class, feature, cc, admin1, pop
std::string Row(const std::string& id, const std::string& name,
                const std::string& alternates, const std::string& lat,
                const std::string& lon, const std::string& feature,
                const std::string& cc, const std::string& admin1,
                const std::string& population) {
  return id + "\t" + name + "\t" + name + "\t" + alternates + "\t" + lat +
         "\t" + lon + "\tP\t" + feature + "\t" + cc + "\t\t" + admin1 +
         "\t\t\t\t" + population + "\t\t100\tEurope/Kyiv\t2024-01-01\n";
}

TEST(ParseCityRow, Table) {
  struct Case {
    std::string line;
    bool ok;
  } cases[] = {
      {Row("11", "Alpha", "", "48.5", "37.8", "PPL", "UA", "05", "20000"),
       true},
      {Row("12", "Beta", "", "48.5", "37.8", "PPL", "UA", "05", ""), true},
      {Row("0", "Zero", "", "48.5", "37.8", "PPL", "UA", "05", "1"), false},
      {Row("13", "Gamma", "", "91", "37.8", "PPL", "UA", "05", "1"), false},
      {Row("14", "Delta", "", "48.5", "x", "PPL", "UA", "05", "1"), false},
      {Row("15", "Eps", "", "48.5", "37.8", "PPL", "UKR", "05", "1"), false},
      {Row("16", "Zeta", "", "48.5", "37.8", "PPL", "UA", "05", "-3"), false},
      {"17\tEta\tEta", false},
      {Row("18", std::string("Th\0eta", 6), "", "48.5", "37.8", "PPL", "UA",
           "05", "1"),
       false},
      {"", false},
  };
  for (const Case& c : cases) {
    CityRow row;
    EXPECT_EQ(ParseCityRow(c.line, &row), c.ok) << c.line;
  }
  CityRow row;  // views into `line`, which must outlive it
  const std::string line = Row("704204", "Lyman", "Liman,Lyman", "48.98",
                               "37.80", "PPL", "UA", "05", "20469");
  ASSERT_TRUE(ParseCityRow(line, &row));
  EXPECT_EQ(row.geonameid, 704204u);
  EXPECT_EQ(row.country, "UA");
  EXPECT_EQ(row.admin1, "05");
  EXPECT_EQ(row.population, 20469u);
  EXPECT_DOUBLE_EQ(row.lat, 48.98);
}

class GazetteerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    iso1_ = WriteTemp("iso1.json", R"({"3166-1": [
      {"alpha_2": "UA", "alpha_3": "UKR", "name": "Ukraine"},
      {"alpha_2": "US", "alpha_3": "USA", "name": "United States",
       "official_name": "United States of America"}]})");
    iso2_ = WriteTemp("iso2.json", R"({"3166-2": [
      {"code": "UA-14", "name": "Donetska oblast", "type": "Region"},
      {"code": "UA-63", "name": "Kharkivska oblast", "type": "Region"},
      {"code": "US-TX", "name": "Texas", "type": "State"},
      {"code": "US-TX-X", "name": "Nowhere", "type": "County",
       "parent": "TX"}]})");
    cities_ =
        Row("1", "Donetsk", "", "48.0", "37.8", "PPLA", "UA", "05", "900000") +
        Row("2", "Lyman", "", "49.0", "37.8", "PPL", "UA", "05", "20000") +
        Row("3", "Kharkiv", "Kharkov", "50.0", "36.2", "PPLA", "UA", "07",
            "1400000") +
        Row("4", "Lyman", "", "34.9", "-82.1", "PPL", "US", "SC", "3400") +
        Row("5", "Paris", "", "33.6", "-95.5", "PPLA2", "US", "TX", "25000");
  }

  std::unique_ptr<Gazetteer> Build(GazetteerBuildStats* stats) {
    GazetteerBuilder b;
    EXPECT_TRUE(b.AddCountries(iso1_).ok());
    EXPECT_TRUE(b.AddSubdivisions(iso2_).ok());
    EXPECT_TRUE(b.AddCities(cities_, "cities").ok());
    auto binary = b.Build(stats);
    EXPECT_TRUE(binary.ok()) << binary.status().ToString();
    auto g = Gazetteer::FromBinary(*binary);
    EXPECT_TRUE(g.ok()) << g.status().ToString();
    return std::move(*g);
  }

  std::vector<PlaceMention> Lookup(const Gazetteer& g, const std::string& n) {
    std::vector<PlaceMention> out;
    for (const GazetteerName& h : g.Find(PlaceKey(FoldPlaceName(n)))) {
      PlaceMention p;
      g.Describe(h.entry, &p);
      out.push_back(p);
    }
    return out;
  }

  std::string iso1_, iso2_, cities_;
};

TEST_F(GazetteerTest, LinksSubdivisionsAndIndexesNames) {
  GazetteerBuildStats stats;
  auto g = Build(&stats);
  ASSERT_NE(g, nullptr);
  EXPECT_EQ(stats.towns, 5u);
  EXPECT_EQ(stats.countries, 2u);
  EXPECT_EQ(stats.subdivisions, 3u);  // the county has a parent
  // Donetska -> Donetsk (the seat), Kharkivska -> Kharkiv, TX directly.
  EXPECT_EQ(stats.admin1_linked, 3u);
  EXPECT_EQ(stats.admin1_groups, 4u);  // SC has no subdivision here

  auto lyman = Lookup(*g, "LYMAN");
  ASSERT_EQ(lyman.size(), 2u);
  for (const PlaceMention& p : lyman) {
    if (p.country == "UA") {
      EXPECT_EQ(p.adm1, "UA-14");
      EXPECT_EQ(p.adm1_name, "Donetska oblast");
      EXPECT_EQ(p.country3, "UKR");
    } else {
      EXPECT_EQ(p.adm1, "");  // no South Carolina in this test's ISO list
    }
  }
  auto kharkov = Lookup(*g, "Kharkov");  // an alternate name
  ASSERT_EQ(kharkov.size(), 1u);
  EXPECT_EQ(kharkov[0].geonameid, 3u);

  // The oblast: by its full name, and by its core next to a region word.
  auto oblast = Lookup(*g, "donetska oblast");
  ASSERT_EQ(oblast.size(), 1u);
  EXPECT_EQ(oblast[0].level, PlaceLevel::kAdmin1);
  EXPECT_TRUE(oblast[0].has_coordinates);  // centroid of its towns
  EXPECT_NEAR(oblast[0].lat, 48.5, 0.01);
  bool core = false;
  for (const GazetteerName& h : g->Find(PlaceKey("donetsk"))) {
    core |= (h.flags & kNameCore) != 0;
  }
  EXPECT_TRUE(core);

  auto country = Lookup(*g, "United States");
  ASSERT_EQ(country.size(), 1u);
  EXPECT_EQ(country[0].feature, "PCLI");
  EXPECT_TRUE(Lookup(*g, "Atlantis").empty());
}

TEST_F(GazetteerTest, CorruptFilesAreDataLoss) {
  GazetteerBuilder b;
  ASSERT_TRUE(b.AddCountries(iso1_).ok());
  ASSERT_TRUE(b.AddCities(cities_, "cities").ok());
  auto binary = b.Build(nullptr);
  ASSERT_TRUE(binary.ok());
  std::string bad = *binary;
  bad[bad.size() / 2] ^= 0x55;
  EXPECT_EQ(Gazetteer::FromBinary(bad).status().code(), StatusCode::kDataLoss);
  EXPECT_EQ(Gazetteer::FromBinary(binary->substr(0, 40)).status().code(),
            StatusCode::kDataLoss);
  auto missing = Gazetteer::Open("/nonexistent/gazetteer.bin");
  EXPECT_EQ(missing.status().code(), StatusCode::kNotFound);
}

TEST_F(GazetteerTest, InputErrorsNameTheFile) {
  GazetteerBuilder b;
  Status s = b.AddCountries("/nonexistent/iso_3166-1.json");
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("/nonexistent/iso_3166-1.json"),
            std::string::npos);
  const std::string broken = WriteTemp("broken.json", "{\"3166-1\": [");
  s = b.AddCountries(broken);
  EXPECT_EQ(s.code(), StatusCode::kInvalidArgument);
  EXPECT_NE(s.message().find(broken), std::string::npos);
  // Not GeoNames at all: most lines malformed.
  s = b.AddCities("a,b,c\nd,e,f\n", "notcities.csv");
  EXPECT_EQ(s.code(), StatusCode::kInvalidArgument);
  EXPECT_NE(s.message().find("notcities.csv"), std::string::npos);
}

}  // namespace
}  // namespace tocsin
