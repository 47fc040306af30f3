// The place-name list: GeoNames lines, subdivisions, the binary image.
#include "actors/place_names.h"

#include <gtest/gtest.h>

#include <cstring>
#include <map>
#include <string>
#include <vector>

#include "dict/fold.h"

namespace tocsin {
namespace {

uint8_t Find(const PlaceNames& p, std::string_view name) {
  return p.Find(PlaceKey(FoldString(name)));
}

TEST(GeoNamesLineTest, NamesAndPopulation) {
  // id, name, asciiname, alternates, lat, lon, class, code, country, cc2,
  // admin1-4, population, ...
  PlaceRecord r;
  ASSERT_TRUE(ParseGeoNamesLine(
      "1\tGenève\tGeneve\tGeneva,Genf,GVA,Ginevra,Женева\t46.2\t6.1\tP\tPPLA\t"
      "CH\t\tGE\t\t\t\t183981\t\t375\tEurope/Zurich\t2020-01-01",
      &r));
  EXPECT_EQ(r.population, 183981u);
  // Capitals (GVA) and Cyrillic are left out; the alternates of a city are
  // kept.
  EXPECT_EQ(r.names, (std::vector<std::string>{"Genève", "Geneve", "Geneva",
                                               "Genf", "Ginevra"}));
  ASSERT_TRUE(ParseGeoNamesLine(
      "2\tZuoz\tZuoz\tSuozza\t46.6\t9.9\tP\tPPL\tCH\t\tGR\t\t\t\t1200\t\t"
      "1716\tEurope/Zurich\t2020-01-01",
      &r));
  EXPECT_EQ(r.names, (std::vector<std::string>{"Zuoz"}));  // too small
  EXPECT_FALSE(ParseGeoNamesLine("3\tX\tX", &r));
  EXPECT_FALSE(ParseGeoNamesLine(
      "4\tY\tY\t\t0\t0\tP\tPPL\tCH\t\t\t\t\t\tmany\t\t0\tZ\t2020", &r));
}

TEST(PlaceNamesTest, RoundTripKeepsLargestClass) {
  std::vector<PlaceRecord> places = {
      {{"Saint-Brévin"}, 800},
      {{"Ostrava"}, 280000},
      {{"ostrava"}, 50},  // a village of the same name
      {{"La Chaux-de-Fonds"}, 37000},
      {{"New  York"}, 8000000},
  };
  auto p = PlaceNames::FromBinary(BuildPlaceNames(places));
  ASSERT_TRUE(p.ok()) << p.status().ToString();
  EXPECT_EQ(Find(**p, "saint-brevin"), kPlaceVillage);
  EXPECT_EQ(Find(**p, "OSTRAVA"), kPlaceCity);
  EXPECT_EQ(Find(**p, "la chaux-de-fonds"), kPlaceTown);
  EXPECT_EQ(Find(**p, "new york"), kPlaceMetropolis);  // spaces collapsed
  EXPECT_EQ(Find(**p, "york"), 0);
  EXPECT_EQ((*p)->size(), 4u);
}

// Find against a slow, obvious reference (a std::map of the keys
// BuildPlaceNames was given), over enough names that many of Find's buckets
// hold several.
TEST(PlaceNamesTest, FindAgreesWithReferenceMap) {
  std::vector<PlaceRecord> places;
  std::map<uint64_t, uint8_t> reference;
  for (int i = 0; i < 200000; ++i) {
    const uint64_t population = uint64_t{1} << (i % 21);
    places.push_back({{"place " + std::to_string(i)}, population});
    uint8_t c = population < 10000     ? kPlaceVillage
                : population < 100000  ? kPlaceTown
                : population < 1000000 ? kPlaceCity
                                       : kPlaceMetropolis;
    reference[PlaceKey("place " + std::to_string(i))] = c;
  }
  auto p = PlaceNames::FromBinary(BuildPlaceNames(places));
  ASSERT_TRUE(p.ok()) << p.status().ToString();
  ASSERT_EQ((*p)->size(), reference.size());
  for (const auto& [key, c] : reference) {
    ASSERT_EQ((*p)->Find(key), c) << key;
    // Neighbours of a present key, absent from the list.
    if (!reference.contains(key + 1)) {
      EXPECT_EQ((*p)->Find(key + 1), 0);
    }
    if (!reference.contains(key - 1)) {
      EXPECT_EQ((*p)->Find(key - 1), 0);
    }
  }
  for (uint64_t key : {uint64_t{0}, ~uint64_t{0}, uint64_t{1} << 63}) {
    EXPECT_EQ((*p)->Find(key), reference.contains(key) ? reference[key] : 0);
  }
  auto empty = PlaceNames::FromBinary(BuildPlaceNames({}));
  ASSERT_TRUE(empty.ok());
  EXPECT_EQ((*empty)->Find(PlaceKey("ulm")), 0);
}

TEST(PlaceNamesTest, CorruptImagesAreDataLoss) {
  std::string good = BuildPlaceNames(std::vector<PlaceRecord>{{{"Ulm"}, 1}});
  std::string flipped = good;
  flipped.back() ^= 1;
  EXPECT_EQ(PlaceNames::FromBinary(flipped).status().code(),
            StatusCode::kDataLoss);
  EXPECT_EQ(
      PlaceNames::FromBinary(good.substr(0, good.size() - 1)).status().code(),
      StatusCode::kDataLoss);
  EXPECT_EQ(PlaceNames::Open("/nonexistent/placenames.bin").status().code(),
            StatusCode::kNotFound);
}

// A .mo catalogue with the given pairs (sorted by msgid, as msgfmt writes).
std::string Catalogue(
    const std::vector<std::pair<std::string, std::string>>& pairs) {
  const uint32_t n = static_cast<uint32_t>(pairs.size());
  const uint32_t originals = 28, translations = originals + 8 * n;
  uint32_t offset = translations + 8 * n;
  std::string head(28, '\0'), tables, strings;
  const uint32_t header[7] = {0x950412de, 0, n, originals, translations, 0, 0};
  std::memcpy(head.data(), header, sizeof(header));
  std::string ids, strs;
  auto entry = [&](const std::string& s, std::string* table) {
    const uint32_t e[2] = {static_cast<uint32_t>(s.size()), offset};
    table->append(reinterpret_cast<const char*>(e), 8);
    strings += s;
    strings.push_back('\0');
    offset += static_cast<uint32_t>(s.size()) + 1;
  };
  for (const auto& [id, str] : pairs) entry(id, &ids);
  for (const auto& [id, str] : pairs) entry(str, &strs);
  return head + ids + strs + strings;
}

TEST(IsoSubdivisionsTest, NamesAndTranslations) {
  const std::string json = R"({"3166-2": [
      {"code": "CH-TI", "name": "Ticino", "type": "Canton"},
      {"code": "FR-59", "name": "Nord", "type": "Metropolitan department"},
      {"code": "XX-A", "name": "Abc", "type": "Region"}]})";
  std::vector<std::string> catalogues = {
      Catalogue({{"Nord", "Nord"}, {"Ticino", "Tessin"}})};
  auto places = ParseIsoSubdivisions(json, catalogues);
  ASSERT_TRUE(places.ok()) << places.status().ToString();
  ASSERT_EQ(places->size(), 1u);  // "Nord" is a compass word, "Abc" short
  EXPECT_EQ((*places)[0].names, (std::vector<std::string>{"Ticino", "Tessin"}));
  EXPECT_FALSE(ParseIsoSubdivisions("{", {}).ok());
  std::vector<std::string> bad = {"not a catalogue at all"};
  EXPECT_FALSE(ParseIsoSubdivisions(json, bad).ok());
}

}  // namespace
}  // namespace tocsin
