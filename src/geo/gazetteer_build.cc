#include "geo/gazetteer_build.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <map>
#include <nlohmann/json.hpp>
#include <pugixml.hpp>
#include <set>
#include <unordered_map>

#include "actors/place_names.h"
#include "dict/country_names.h"
#include "geo/gazetteer.h"
#include "util/binary_format.h"
#include "util/files.h"

namespace tocsin {
namespace {

// Alternate names of small places are mostly transliterations nobody
// writes in English or French news; keeping them would only add homonyms.
constexpr uint64_t kAlternateMinPopulation = 15000;

bool ParseDouble(std::string_view s, double* out) {
  if (s.empty()) return false;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), *out);
  return ec == std::errc() && end == s.data() + s.size() && std::isfinite(*out);
}

template <typename T>
bool ParseUnsigned(std::string_view s, T* out) {
  if (s.empty()) return false;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), *out);
  return ec == std::errc() && end == s.data() + s.size();
}

// Generic words of subdivision names, folded: what is left once they are
// removed is the name's core ("Oblast de Donetsk" -> "donetsk").
const std::set<std::string>& RegionWords() {
  static const std::set<std::string> kWords = {
      "oblast",       "oblast'",     "region",
      "regione",      "state",       "etat",
      "province",     "provincia",   "governorate",
      "gouvernorat",  "department",  "departement",
      "district",     "county",      "comte",
      "prefecture",   "territory",   "territoire",
      "republic",     "republique",  "krai",
      "kray",         "okrug",       "autonomous",
      "autonome",     "voivodeship", "voivodie",
      "canton",       "division",    "municipality",
      "municipalite", "of",          "the",
      "de",           "du",          "des",
      "la",           "le",          "d'",
      "l'",           "d’",          "l’"};
  return kWords;
}

std::string CoreName(const std::string& folded) {
  std::string out;
  size_t start = 0;
  while (start <= folded.size()) {
    size_t end = folded.find(' ', start);
    if (end == std::string::npos) end = folded.size();
    std::string word = folded.substr(start, end - start);
    // "d'odessa" -> "odessa".
    for (const char* elided : {"d'", "l'", "d’", "l’"}) {
      const size_t n = std::strlen(elided);
      if (word.size() > n && word.compare(0, n, elided) == 0) {
        word = word.substr(n);
      }
    }
    if (!word.empty() && !RegionWords().count(word)) {
      if (!out.empty()) out.push_back(' ');
      out += word;
    }
    start = end + 1;
  }
  return out;
}

bool UsableRegionName(const std::string& folded) {
  static const std::set<std::string> kCompass = {
      "north",   "south",   "east",    "west",   "northern", "southern",
      "eastern", "western", "central", "centre", "center",   "capital",
      "nord",    "sud",     "est",     "ouest",  "coast",    "islands"};
  return folded.size() > 3 && !kCompass.count(folded);
}

struct Country {
  std::string iso2, iso3;
  std::vector<std::string> names;  // English first
};

struct Subdivision {
  std::string code;  // "UA-14"
  std::string iso2;
  std::string name;
  std::vector<std::string> names;  // every written form
  int32_t group = -1;
};

struct City {
  uint32_t geonameid;
  std::string name, feature, iso2, admin1;
  double lat, lon;
  uint64_t population;
  std::vector<std::string> names;
};

struct Centroid {
  double x = 0, y = 0, z = 0;
  uint64_t n = 0;
  void Add(double lat, double lon) {
    const double la = lat * M_PI / 180, lo = lon * M_PI / 180;
    x += std::cos(la) * std::cos(lo);
    y += std::cos(la) * std::sin(lo);
    z += std::sin(la);
    ++n;
  }
  void Get(float* lat, float* lon) const {
    *lat = static_cast<float>(std::atan2(z, std::hypot(x, y)) * 180 / M_PI);
    *lon = static_cast<float>(std::atan2(y, x) * 180 / M_PI);
  }
};

}  // namespace

struct GazetteerBuilder::State {
  std::vector<Country> countries;
  std::map<std::string, size_t> country_by_iso2;
  std::vector<Subdivision> subdivisions;
  std::map<std::string, size_t> subdivision_by_code;
  std::unordered_map<std::string, std::vector<size_t>> subdivision_by_name;
  std::vector<City> cities;
  uint64_t malformed = 0;
};

GazetteerBuilder::GazetteerBuilder() : state_(new State) {}
GazetteerBuilder::~GazetteerBuilder() = default;

Status GazetteerBuilder::AddCountries(const std::string& path) {
  TOCSIN_ASSIGN_OR_RETURN(std::string json, ReadFileToString(path));
  CountryNames names;
  TOCSIN_RETURN_IF_ERROR(ReadIsoCountryNames(path, &names));
  try {
    const nlohmann::json j = nlohmann::json::parse(json);
    for (const auto& c : j.at("3166-1")) {
      Country country;
      country.iso2 = c.at("alpha_2").get<std::string>();
      country.iso3 = c.at("alpha_3").get<std::string>();
      if (country.iso2.size() != 2 || country.iso3.size() != 3) {
        return InvalidArgumentError(path + ": bad code " + country.iso2);
      }
      auto it = names.find(country.iso2);
      if (it != names.end()) country.names = it->second;
      if (country.names.empty()) country.names.push_back(c.at("name"));
      state_->country_by_iso2[country.iso2] = state_->countries.size();
      state_->countries.push_back(std::move(country));
    }
  } catch (const nlohmann::json::exception& e) {
    return InvalidArgumentError(path + ": " + e.what());
  }
  if (state_->countries.empty()) {
    return InvalidArgumentError(path + ": no countries");
  }
  return Status::OK();
}

Status GazetteerBuilder::AddCldrCountryNames(const std::string& path) {
  CountryNames names;
  TOCSIN_RETURN_IF_ERROR(ReadCldrTerritoryNames(path, &names));
  for (auto& [iso2, list] : names) {
    auto it = state_->country_by_iso2.find(iso2);
    if (it == state_->country_by_iso2.end()) continue;
    Country& c = state_->countries[it->second];
    for (std::string& n : list) {
      if (std::find(c.names.begin(), c.names.end(), n) == c.names.end()) {
        c.names.push_back(std::move(n));
      }
    }
  }
  return Status::OK();
}

Status GazetteerBuilder::AddSubdivisions(const std::string& path) {
  TOCSIN_ASSIGN_OR_RETURN(std::string json, ReadFileToString(path));
  try {
    const nlohmann::json j = nlohmann::json::parse(json);
    for (const auto& s : j.at("3166-2")) {
      if (s.contains("parent")) continue;  // second level and below
      Subdivision sub;
      sub.code = s.at("code").get<std::string>();
      sub.name = s.at("name").get<std::string>();
      if (sub.code.size() < 4 || sub.code[2] != '-') {
        return InvalidArgumentError(path + ": bad code " + sub.code);
      }
      sub.iso2 = sub.code.substr(0, 2);
      sub.names.push_back(sub.name);
      // A name of three letters or fewer is too often a word or a town to
      // be a region alone (UsableRegionName), but it is one with its type
      // after it: "Mon State", "Imo State", "Qom Province".
      if (sub.name.size() <= 3 && s.contains("type")) {
        const std::string type = s.at("type").get<std::string>();
        if (!type.empty() && type.find(' ') == std::string::npos) {
          sub.names.push_back(sub.name + " " + type);
        }
      }
      state_->subdivision_by_name[sub.name].push_back(
          state_->subdivisions.size());
      state_->subdivision_by_code[sub.code] = state_->subdivisions.size();
      state_->subdivisions.push_back(std::move(sub));
    }
  } catch (const nlohmann::json::exception& e) {
    return InvalidArgumentError(path + ": " + e.what());
  }
  return Status::OK();
}

Status GazetteerBuilder::AddSubdivisionCatalogue(const std::string& path) {
  TOCSIN_ASSIGN_OR_RETURN(std::string mo, ReadFileToString(path));
  std::unordered_map<std::string, std::string> map;
  Status s = ReadGettextCatalogue(mo, &map);
  if (!s.ok()) return InvalidArgumentError(path + ": " + s.message());
  for (const auto& [id, translated] : map) {
    auto it = state_->subdivision_by_name.find(id);
    if (it == state_->subdivision_by_name.end()) continue;
    for (size_t i : it->second) {
      state_->subdivisions[i].names.push_back(translated);
    }
  }
  return Status::OK();
}

Status GazetteerBuilder::AddCldrSubdivisionNames(const std::string& path) {
  pugi::xml_document doc;
  if (!doc.load_file(path.c_str())) {
    std::ifstream probe(path);
    if (!probe) return NotFoundError(path + ": cannot open");
    return InvalidArgumentError(path + ": malformed XML");
  }
  // CLDR writes "ua14" for ISO "UA-14".
  std::unordered_map<std::string, size_t> by_cldr;
  for (size_t i = 0; i < state_->subdivisions.size(); ++i) {
    std::string key;
    for (char c : state_->subdivisions[i].code) {
      if (c != '-') key.push_back(static_cast<char>(std::tolower(c)));
    }
    by_cldr[key] = i;
  }
  for (pugi::xpath_node node : doc.select_nodes("//subdivision[@type]")) {
    auto it = by_cldr.find(node.node().attribute("type").value());
    const char* text = node.node().child_value();
    if (it == by_cldr.end() || *text == '\0') continue;
    state_->subdivisions[it->second].names.emplace_back(text);
  }
  return Status::OK();
}

bool ParseCityRow(std::string_view line, CityRow* row) {
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  // Names go to a pool of NUL-terminated strings.
  if (line.find('\0') != std::string_view::npos) return false;
  const std::vector<std::string_view> cols = SplitFields(line, '\t');
  if (cols.size() < 15 || cols[1].empty()) return false;
  if (!ParseUnsigned(cols[0], &row->geonameid) || row->geonameid == 0) {
    return false;
  }
  if (!ParseDouble(cols[4], &row->lat) || !ParseDouble(cols[5], &row->lon) ||
      std::fabs(row->lat) > 90 || std::fabs(row->lon) > 180) {
    return false;
  }
  row->population = 0;
  if (!cols[14].empty() && !ParseUnsigned(cols[14], &row->population)) {
    return false;
  }
  if (cols[8].size() != 2) return false;
  row->name = cols[1];
  row->asciiname = cols[2];
  row->alternates = cols[3];
  row->feature_code = cols[7];
  row->country = cols[8];
  row->admin1 = cols[10];
  return true;
}

Status GazetteerBuilder::AddCities(std::string_view tsv,
                                   std::string_view path) {
  uint64_t lines = 0, bad = 0;
  size_t start = 0;
  CityRow row;
  while (start < tsv.size()) {
    size_t end = tsv.find('\n', start);
    if (end == std::string_view::npos) end = tsv.size();
    std::string_view line = tsv.substr(start, end - start);
    start = end + 1;
    if (line.empty()) continue;
    ++lines;
    if (!ParseCityRow(line, &row)) {
      ++bad;
      continue;
    }
    City city{row.geonameid,
              std::string(row.name),
              std::string(row.feature_code),
              std::string(row.country),
              std::string(row.admin1),
              row.lat,
              row.lon,
              row.population,
              {}};
    city.names.emplace_back(row.name);
    if (!row.asciiname.empty() && row.asciiname != row.name) {
      city.names.emplace_back(row.asciiname);
    }
    const bool seat = city.feature == "PPLC" || city.feature == "PPLA";
    if ((row.population >= kAlternateMinPopulation || seat) &&
        !row.alternates.empty()) {
      for (std::string_view alt : SplitFields(row.alternates, ',')) {
        if (UsableAlternateName(alt)) city.names.emplace_back(alt);
      }
    }
    state_->cities.push_back(std::move(city));
  }
  state_->malformed += bad;
  // A few odd lines are tolerable; a file of another format is not.
  if (lines == 0 || bad * 100 > lines) {
    return InvalidArgumentError(std::string(path) + ": " + std::to_string(bad) +
                                " of " + std::to_string(lines) +
                                " lines are not GeoNames cities500 rows");
  }
  return Status::OK();
}

namespace {

// Links each subdivision to the GeoNames admin1 group that holds the town
// its core name names (see the header).
void LinkSubdivisions(std::vector<Subdivision>& subs,
                      const std::vector<City>& cities,
                      const std::vector<int32_t>& city_group,
                      const std::vector<std::string>& group_codes) {
  // (country, folded town name) -> (group, weight)
  std::unordered_map<std::string, std::vector<std::pair<int32_t, double>>>
      towns;
  for (size_t i = 0; i < cities.size(); ++i) {
    const City& c = cities[i];
    // Only seats count: a region is named after its capital, while any
    // town name recurs across regions ("Saint-Martin" is in most French
    // regions and would tie Lyon's to the island of Saint-Martin).
    if (c.feature != "PPLA" && c.feature != "PPLC") continue;
    const double weight = 10.0;
    for (const std::string& n : c.names) {
      towns[c.iso2 + "|" + FoldPlaceName(n)].emplace_back(city_group[i],
                                                          weight);
    }
  }
  struct Link {
    double score;
    size_t sub;
    int32_t group;
  };
  std::vector<Link> links;
  std::unordered_map<std::string, std::vector<int32_t>> groups_by_country;
  for (size_t g = 0; g < group_codes.size(); ++g) {
    groups_by_country[group_codes[g].substr(0, 2)].push_back(g);
  }
  for (size_t s = 0; s < subs.size(); ++s) {
    std::map<int32_t, double> score;
    const std::string suffix = subs[s].code.substr(3);
    for (int32_t g : groups_by_country[subs[s].iso2]) {
      const std::string code = group_codes[g].substr(3);
      const bool alpha =
          !code.empty() && std::all_of(code.begin(), code.end(), [](char c) {
            return std::isalpha(static_cast<unsigned char>(c));
          });
      if (alpha && code == suffix) score[g] += 100;
    }
    std::set<std::string> cores;
    for (const std::string& n : subs[s].names) {
      const std::string core = CoreName(FoldPlaceName(n));
      if (core.size() < 4) continue;
      cores.insert(core);
      // "donetska", "kharkivska" (Ukrainian adjectives) -> "donetsk",
      // "kharkiv".
      for (size_t cut = 1; cut <= 3 && core.size() - cut >= 5; ++cut) {
        cores.insert(core.substr(0, core.size() - cut));
      }
    }
    for (const std::string& core : cores) {
      auto it = towns.find(subs[s].iso2 + "|" + core);
      if (it == towns.end()) continue;
      for (const auto& [g, w] : it->second) score[g] += w;
    }
    for (const auto& [g, sc] : score) links.push_back({sc, s, g});
  }
  std::sort(links.begin(), links.end(), [](const Link& a, const Link& b) {
    if (a.score != b.score) return a.score > b.score;
    if (a.sub != b.sub) return a.sub < b.sub;
    return a.group < b.group;
  });
  std::set<int32_t> taken;
  for (const Link& l : links) {
    if (subs[l.sub].group >= 0 || taken.count(l.group)) continue;
    subs[l.sub].group = l.group;
    taken.insert(l.group);
  }
}

class PoolWriter {
 public:
  PoolWriter() { pool_.push_back('\0'); }
  uint32_t Add(std::string_view s) {
    if (s.empty()) return 0;
    auto it = offsets_.find(std::string(s));
    if (it != offsets_.end()) return it->second;
    const uint32_t at = static_cast<uint32_t>(pool_.size());
    pool_.append(s);
    pool_.push_back('\0');
    offsets_.emplace(std::string(s), at);
    return at;
  }
  const std::string& bytes() const { return pool_; }

 private:
  std::string pool_;
  std::unordered_map<std::string, uint32_t> offsets_;
};

uint8_t WordCount(const std::string& folded) {
  return static_cast<uint8_t>(
      std::min<size_t>(255, 1 + std::count(folded.begin(), folded.end(), ' ')));
}

}  // namespace

StatusOr<std::string> GazetteerBuilder::Build(GazetteerBuildStats* stats) {
  State& st = *state_;
  // Countries are optional (tests and the fuzzer build from towns alone);
  // towns are not.
  if (st.cities.empty()) return FailedPreconditionError("no towns");

  // GeoNames admin1 groups.
  std::map<std::string, int32_t> group_index;
  std::vector<std::string> group_codes;
  std::vector<int32_t> city_group(st.cities.size(), -1);
  for (size_t i = 0; i < st.cities.size(); ++i) {
    const City& c = st.cities[i];
    if (c.admin1.empty() || c.admin1 == "00") continue;
    const std::string key = c.iso2 + "|" + c.admin1;
    auto [it, added] =
        group_index.emplace(key, static_cast<int32_t>(group_codes.size()));
    if (added) group_codes.push_back(key);
    city_group[i] = it->second;
  }
  LinkSubdivisions(st.subdivisions, st.cities, city_group, group_codes);
  std::vector<int32_t> sub_of_group(group_codes.size(), -1);
  for (size_t s = 0; s < st.subdivisions.size(); ++s) {
    if (st.subdivisions[s].group >= 0) {
      sub_of_group[st.subdivisions[s].group] = static_cast<int32_t>(s);
    }
  }

  // Entries: countries, then subdivisions, then towns.
  const uint32_t sub_base = st.countries.size();
  const uint32_t city_base = sub_base + st.subdivisions.size();
  std::vector<GazetteerEntry> entries(city_base + st.cities.size());
  std::vector<Centroid> centroids(city_base);
  PoolWriter pool;
  std::vector<GazetteerName> names;
  auto add_name = [&](const std::string& written, uint32_t entry,
                      uint8_t flags) {
    const std::string folded = FoldPlaceName(written);
    if (folded.empty()) return;
    names.push_back({PlaceKey(folded), entry, flags, WordCount(folded), 0});
  };
  auto set_codes = [&](GazetteerEntry& e, const std::string& iso2) {
    auto it = st.country_by_iso2.find(iso2);
    if (it == st.country_by_iso2.end()) return;
    const Country& c = st.countries[it->second];
    std::memcpy(e.iso2, c.iso2.data(), 2);
    std::memcpy(e.iso3, c.iso3.data(), 3);
    e.country = static_cast<uint32_t>(it->second);
  };

  for (uint32_t i = 0; i < st.countries.size(); ++i) {
    const Country& c = st.countries[i];
    GazetteerEntry& e = entries[i];
    set_codes(e, c.iso2);
    e.level = static_cast<uint8_t>(PlaceLevel::kCountry);
    e.name = pool.Add(c.names.front());
    e.feature = pool.Add("PCLI");
    for (size_t n = 0; n < c.names.size(); ++n) {
      add_name(c.names[n], i, n == 0 ? kNamePrimary : kNameAlternate);
    }
  }
  for (uint32_t s = 0; s < st.subdivisions.size(); ++s) {
    const Subdivision& sub = st.subdivisions[s];
    GazetteerEntry& e = entries[sub_base + s];
    set_codes(e, sub.iso2);
    e.level = static_cast<uint8_t>(PlaceLevel::kAdmin1);
    e.name = pool.Add(sub.name);
    e.feature = pool.Add("ADM1");
    e.adm1_code = pool.Add(sub.code);
    e.adm1 = sub_base + s;
    std::set<std::string> full;
    for (size_t n = 0; n < sub.names.size(); ++n) {
      const std::string folded = FoldPlaceName(sub.names[n]);
      if (!UsableRegionName(folded) || !full.insert(folded).second) continue;
      add_name(sub.names[n], sub_base + s,
               n == 0 ? kNamePrimary : kNameAlternate);
    }
    std::set<std::string> cores;
    for (const std::string& folded : full) {
      const std::string core = CoreName(folded);
      if (UsableRegionName(core) && !full.count(core)) cores.insert(core);
    }
    // Ukrainian and Russian adjectival names: "Kyivska oblast" is written
    // "Kyiv oblast" in English, "Donetska" "Donetsk".
    for (const std::string& core : std::set<std::string>(cores)) {
      if (core.size() >= 7 && core.compare(core.size() - 3, 3, "ska") == 0) {
        for (size_t cut : {size_t{3}, size_t{1}}) {
          const std::string shorter = core.substr(0, core.size() - cut);
          if (!full.count(shorter)) cores.insert(shorter);
        }
      }
    }
    for (const std::string& core : cores) {
      add_name(core, sub_base + s, kNameCore);
    }
  }
  for (uint32_t i = 0; i < st.cities.size(); ++i) {
    const City& c = st.cities[i];
    const uint32_t index = city_base + i;
    GazetteerEntry& e = entries[index];
    set_codes(e, c.iso2);
    e.geonameid = c.geonameid;
    e.lat = static_cast<float>(c.lat);
    e.lon = static_cast<float>(c.lon);
    e.population =
        static_cast<uint32_t>(std::min<uint64_t>(c.population, UINT32_MAX));
    e.has_coordinates = 1;
    e.level = static_cast<uint8_t>(PlaceLevel::kPopulated);
    e.name = pool.Add(c.name);
    e.feature = pool.Add(c.feature);
    if (city_group[i] >= 0 && sub_of_group[city_group[i]] >= 0) {
      const uint32_t sub = sub_base + sub_of_group[city_group[i]];
      e.adm1 = sub;
      e.adm1_code = pool.Add(st.subdivisions[sub - sub_base].code);
      centroids[sub].Add(c.lat, c.lon);
    }
    if (e.country != kNoEntry) centroids[e.country].Add(c.lat, c.lon);
    for (size_t n = 0; n < c.names.size(); ++n) {
      add_name(c.names[n], index, n < 2 ? kNamePrimary : kNameAlternate);
    }
  }
  for (uint32_t i = 0; i < city_base; ++i) {
    if (centroids[i].n == 0) continue;
    centroids[i].Get(&entries[i].lat, &entries[i].lon);
    entries[i].has_coordinates = 1;
  }
  for (uint32_t s = 0; s < st.subdivisions.size(); ++s) {
    entries[sub_base + s].population = 0;
  }

  // One name per (key, entry), with the union of its flags.
  std::sort(names.begin(), names.end(),
            [](const GazetteerName& a, const GazetteerName& b) {
              return a.key != b.key ? a.key < b.key : a.entry < b.entry;
            });
  std::vector<GazetteerName> unique;
  for (const GazetteerName& n : names) {
    if (!unique.empty() && unique.back().key == n.key &&
        unique.back().entry == n.entry) {
      unique.back().flags |= n.flags;
      continue;
    }
    unique.push_back(n);
  }

  GazetteerHeader h;
  h.entries = entries.size();
  h.names = unique.size();
  std::string pool_bytes = pool.bytes();
  if (pool_bytes.size() == 1) pool_bytes.push_back('\0');
  h.pool_bytes = pool_bytes.size();
  std::string payload;
  payload.append(reinterpret_cast<const char*>(&h), sizeof(h));
  payload.append(reinterpret_cast<const char*>(entries.data()),
                 entries.size() * sizeof(GazetteerEntry));
  payload.append(reinterpret_cast<const char*>(unique.data()),
                 unique.size() * sizeof(GazetteerName));
  payload.append(pool_bytes);
  if (stats) {
    stats->towns = st.cities.size();
    stats->countries = st.countries.size();
    stats->subdivisions = st.subdivisions.size();
    stats->names = unique.size();
    stats->malformed_lines = st.malformed;
    stats->admin1_groups = group_codes.size();
    stats->admin1_linked = 0;
    for (int32_t s : sub_of_group) stats->admin1_linked += s >= 0;
  }
  return EncodeBinaryFile(kGazetteerMagic, kGazetteerVersion, payload);
}

}  // namespace tocsin
