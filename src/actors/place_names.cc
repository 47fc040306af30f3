#include "actors/place_names.h"

#include <unicode/utf8.h>

#include <algorithm>
#include <cstring>
#include <limits>
#include <nlohmann/json.hpp>
#include <unordered_map>
#include <unordered_set>

#include "dict/fold.h"
#include "util/binary_format.h"

namespace tocsin {
namespace {

// Exonyms of smaller places are rare in the news, and their alternate
// names are mostly transliterations that collide with other words.
constexpr uint64_t kAlternateMinPopulation = 15000;

std::vector<std::string_view> SplitOn(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  size_t start = 0;
  for (;;) {
    size_t end = s.find(sep, start);
    if (end == std::string_view::npos) {
      out.push_back(s.substr(start));
      return out;
    }
    out.push_back(s.substr(start, end - start));
    start = end + 1;
  }
}

// Latin letters (Basic Latin to Latin Extended-B, Latin Extended
// Additional), with spaces, hyphens, apostrophes and periods; at least four
// letters, not all of them capitals.
bool UsableAlternate(std::string_view name) {
  int letters = 0, upper = 0;
  int32_t i = 0;
  const auto* s = reinterpret_cast<const uint8_t*>(name.data());
  const auto n = static_cast<int32_t>(name.size());
  while (i < n) {
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c < 0) return false;
    if (c == ' ' || c == '-' || c == '\'' || c == '.' || c == 0x2019) continue;
    const bool latin = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
                       (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7) ||
                       (c >= 0x1E00 && c <= 0x1EFF);
    if (!latin) return false;
    ++letters;
    if ((c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE)) ++upper;
  }
  return letters >= 4 && upper < letters;
}

uint8_t ClassOf(uint64_t population) {
  if (population >= 1000000) return kPlaceMetropolis;
  if (population >= 100000) return kPlaceCity;
  if (population >= 10000) return kPlaceTown;
  return kPlaceVillage;
}

// Folds and collapses white space, as the name finder does for text spans.
std::string FoldName(std::string_view name) {
  std::string folded = FoldString(name);
  std::string out;
  bool space = false;
  for (char c : folded) {
    if (c == ' ' || c == '\t') {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

}  // namespace

uint64_t PlaceKey(std::string_view folded) { return HashFolded(folded); }

StatusOr<std::unique_ptr<PlaceNames>> PlaceNames::Open(
    const std::string& path) {
  TOCSIN_ASSIGN_OR_RETURN(std::unique_ptr<MappedFile> file,
                          MappedFile::Open(path));
  std::unique_ptr<PlaceNames> p(new PlaceNames());
  TOCSIN_ASSIGN_OR_RETURN(std::string_view payload,
                          DecodeBinaryFile(file->data(), kPlaceNamesMagic,
                                           kPlaceNamesVersion, path));
  p->file_ = std::move(file);
  TOCSIN_RETURN_IF_ERROR(p->Parse(payload, path));
  return p;
}

StatusOr<std::unique_ptr<PlaceNames>> PlaceNames::FromBinary(
    std::string binary) {
  std::unique_ptr<PlaceNames> p(new PlaceNames());
  p->owned_ = std::move(binary);
  TOCSIN_ASSIGN_OR_RETURN(std::string_view payload,
                          DecodeBinaryFile(p->owned_, kPlaceNamesMagic,
                                           kPlaceNamesVersion, "place names"));
  TOCSIN_RETURN_IF_ERROR(p->Parse(payload, "place names"));
  return p;
}

Status PlaceNames::Parse(std::string_view payload, std::string_view what) {
  uint64_t count = 0;
  if (payload.size() < sizeof(count)) {
    return DataLossError(std::string(what) + ": truncated");
  }
  std::memcpy(&count, payload.data(), sizeof(count));
  if (count > (payload.size() - 8) / 9 || payload.size() != 8 + count * 9) {
    return DataLossError(std::string(what) + ": bad size");
  }
  // The envelope keeps the payload 8-byte aligned (binary_format.h).
  if (reinterpret_cast<uintptr_t>(payload.data()) % alignof(uint64_t) != 0) {
    return DataLossError(std::string(what) + ": misaligned");
  }
  keys_ = {reinterpret_cast<const uint64_t*>(payload.data() + 8),
           static_cast<size_t>(count)};
  classes_ = reinterpret_cast<const uint8_t*>(payload.data() + 8 + count * 8);
  if (!std::is_sorted(keys_.begin(), keys_.end())) {
    return DataLossError(std::string(what) + ": keys out of order");
  }
  if (count > std::numeric_limits<uint32_t>::max()) {
    return DataLossError(std::string(what) + ": too many keys");
  }
  bucket_starts_.assign((size_t{1} << kBucketBits) + 1, 0);
  size_t k = 0;
  for (size_t b = 0; b < (size_t{1} << kBucketBits); ++b) {
    bucket_starts_[b] = static_cast<uint32_t>(k);
    while (k < keys_.size() && (keys_[k] >> (64 - kBucketBits)) == b) ++k;
  }
  bucket_starts_.back() = static_cast<uint32_t>(keys_.size());
  return Status::OK();
}

uint8_t PlaceNames::Find(uint64_t key) const {
  const size_t b = key >> (64 - kBucketBits);
  for (uint32_t i = bucket_starts_[b]; i < bucket_starts_[b + 1]; ++i) {
    if (keys_[i] >= key) return keys_[i] == key ? classes_[i] : 0;
  }
  return 0;
}

std::string BuildPlaceNames(std::span<const PlaceRecord> places) {
  std::unordered_map<uint64_t, uint8_t> best;
  for (const PlaceRecord& place : places) {
    const uint8_t c = ClassOf(place.population);
    for (const std::string& name : place.names) {
      std::string folded = FoldName(name);
      if (folded.empty()) continue;
      uint8_t& slot = best[PlaceKey(folded)];
      slot = std::max(slot, c);
    }
  }
  std::vector<std::pair<uint64_t, uint8_t>> sorted(best.begin(), best.end());
  std::sort(sorted.begin(), sorted.end());
  std::string payload;
  const uint64_t count = sorted.size();
  payload.append(reinterpret_cast<const char*>(&count), sizeof(count));
  for (const auto& [key, c] : sorted) {
    payload.append(reinterpret_cast<const char*>(&key), sizeof(key));
  }
  for (const auto& [key, c] : sorted) payload.push_back(static_cast<char>(c));
  return EncodeBinaryFile(kPlaceNamesMagic, kPlaceNamesVersion, payload);
}

bool ParseGeoNamesLine(std::string_view line, PlaceRecord* record) {
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  std::vector<std::string_view> cols = SplitOn(line, '\t');
  if (cols.size() < 15 || cols[1].empty()) return false;
  record->names.clear();
  record->population = 0;
  for (char c : cols[14]) {
    if (c < '0' || c > '9') return false;
    if (record->population > UINT64_MAX / 10 - 10) return false;
    record->population = record->population * 10 + (c - '0');
  }
  record->names.emplace_back(cols[1]);
  if (!cols[2].empty() && cols[2] != cols[1])
    record->names.emplace_back(cols[2]);
  if (record->population >= kAlternateMinPopulation && !cols[3].empty()) {
    for (std::string_view alt : SplitOn(cols[3], ',')) {
      if (UsableAlternate(alt)) record->names.emplace_back(alt);
    }
  }
  return true;
}

namespace {

uint32_t ReadU32(std::string_view bytes, size_t at) {
  uint32_t v = 0;
  std::memcpy(&v, bytes.data() + at, sizeof(v));
  return v;
}

// A GNU gettext catalogue (.mo): msgid -> msgstr.
Status ReadCatalogue(std::string_view mo,
                     std::unordered_map<std::string, std::string>* out) {
  auto bad = [] { return InvalidArgumentError("malformed .mo catalogue"); };
  if (mo.size() < 20 || ReadU32(mo, 0) != 0x950412de) return bad();
  const uint32_t n = ReadU32(mo, 8), originals = ReadU32(mo, 12),
                 translations = ReadU32(mo, 16);
  auto string_at = [&](uint32_t table, uint32_t i, std::string_view* s) {
    const uint64_t entry = uint64_t{table} + uint64_t{i} * 8;
    if (entry + 8 > mo.size()) return false;
    const uint32_t length = ReadU32(mo, entry), offset = ReadU32(mo, entry + 4);
    if (uint64_t{offset} + length > mo.size()) return false;
    *s = mo.substr(offset, length);
    return true;
  };
  for (uint32_t i = 0; i < n; ++i) {
    std::string_view id, str;
    if (!string_at(originals, i, &id) || !string_at(translations, i, &str)) {
      return bad();
    }
    if (!id.empty() && !str.empty()) out->emplace(id, str);
  }
  return Status::OK();
}

bool UsableSubdivisionName(std::string_view name) {
  static const std::unordered_set<std::string> kCompass = {
      "north",   "south",   "east",    "west",   "northern", "southern",
      "eastern", "western", "central", "centre", "center",   "capital",
      "nord",    "sud",     "est",     "ouest",  "coast",    "islands"};
  const std::string folded = FoldName(name);
  return folded.size() > 3 && !kCompass.count(folded);
}

}  // namespace

StatusOr<std::vector<PlaceRecord>> ParseIsoSubdivisions(
    std::string_view json, std::span<const std::string> catalogues) {
  std::vector<std::unordered_map<std::string, std::string>> maps(
      catalogues.size());
  for (size_t i = 0; i < catalogues.size(); ++i) {
    TOCSIN_RETURN_IF_ERROR(ReadCatalogue(catalogues[i], &maps[i]));
  }
  std::vector<PlaceRecord> out;
  try {
    const nlohmann::json j = nlohmann::json::parse(json);
    for (const auto& s : j.at("3166-2")) {
      const std::string name = s.at("name").get<std::string>();
      PlaceRecord record;
      record.population = 100000;
      if (UsableSubdivisionName(name)) record.names.push_back(name);
      for (const auto& map : maps) {
        auto it = map.find(name);
        if (it != map.end() && it->second != name &&
            UsableSubdivisionName(it->second)) {
          record.names.push_back(it->second);
        }
      }
      if (!record.names.empty()) out.push_back(std::move(record));
    }
  } catch (const nlohmann::json::exception& e) {
    return InvalidArgumentError(std::string("iso_3166-2.json: ") + e.what());
  }
  return out;
}

std::string FoldPlaceName(std::string_view name) { return FoldName(name); }

bool UsableAlternateName(std::string_view name) {
  return UsableAlternate(name);
}

Status ReadGettextCatalogue(std::string_view mo,
                            std::unordered_map<std::string, std::string>* out) {
  return ReadCatalogue(mo, out);
}

}  // namespace tocsin
