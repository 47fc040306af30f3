#include "geo/gazetteer.h"

#include <algorithm>
#include <cstring>

#include "util/binary_format.h"

namespace tocsin {

const char* PlaceLevelName(PlaceLevel level) {
  switch (level) {
    case PlaceLevel::kCountry:
      return "country";
    case PlaceLevel::kAdmin1:
      return "adm1";
    case PlaceLevel::kPopulated:
      return "populated";
  }
  return "?";
}

const char* LocationBasisName(LocationBasis basis) {
  switch (basis) {
    case LocationBasis::kNone:
      return "none";
    case LocationBasis::kAttached:
      return "attached";
    case LocationBasis::kSentence:
      return "sentence";
    case LocationBasis::kDocument:
      return "document";
  }
  return "?";
}

StatusOr<std::unique_ptr<Gazetteer>> Gazetteer::Open(const std::string& path) {
  TOCSIN_ASSIGN_OR_RETURN(std::unique_ptr<MappedFile> file,
                          MappedFile::Open(path));
  std::unique_ptr<Gazetteer> g(new Gazetteer());
  TOCSIN_ASSIGN_OR_RETURN(
      std::string_view payload,
      DecodeBinaryFile(file->data(), kGazetteerMagic, kGazetteerVersion, path));
  g->file_ = std::move(file);
  TOCSIN_RETURN_IF_ERROR(g->Parse(payload, path));
  return g;
}

StatusOr<std::unique_ptr<Gazetteer>> Gazetteer::FromBinary(std::string binary) {
  std::unique_ptr<Gazetteer> g(new Gazetteer());
  g->owned_ = std::move(binary);
  TOCSIN_ASSIGN_OR_RETURN(std::string_view payload,
                          DecodeBinaryFile(g->owned_, kGazetteerMagic,
                                           kGazetteerVersion, "gazetteer"));
  TOCSIN_RETURN_IF_ERROR(g->Parse(payload, "gazetteer"));
  return g;
}

Status Gazetteer::Parse(std::string_view payload, std::string_view what) {
  auto bad = [&](const char* why) {
    return DataLossError(std::string(what) + ": " + why);
  };
  GazetteerHeader h;
  if (payload.size() < sizeof(h)) return bad("truncated");
  std::memcpy(&h, payload.data(), sizeof(h));
  const uint64_t rest = payload.size() - sizeof(h);
  if (h.entries > rest / sizeof(GazetteerEntry) ||
      h.names > rest / sizeof(GazetteerName)) {
    return bad("bad counts");
  }
  const uint64_t entry_bytes = h.entries * sizeof(GazetteerEntry);
  const uint64_t name_bytes = h.names * sizeof(GazetteerName);
  if (entry_bytes + name_bytes > rest ||
      h.pool_bytes != rest - entry_bytes - name_bytes || h.pool_bytes == 0) {
    return bad("bad size");
  }
  if (reinterpret_cast<uintptr_t>(payload.data()) % alignof(uint64_t) != 0) {
    return bad("misaligned");
  }
  const char* p = payload.data() + sizeof(h);
  entries_ = {reinterpret_cast<const GazetteerEntry*>(p),
              static_cast<size_t>(h.entries)};
  names_ = {reinterpret_cast<const GazetteerName*>(p + entry_bytes),
            static_cast<size_t>(h.names)};
  pool_ = std::string_view(p + entry_bytes + name_bytes, h.pool_bytes);
  if (pool_.back() != '\0' || pool_.front() != '\0') {
    return bad("bad string pool");
  }
  if (!std::is_sorted(names_.begin(), names_.end(),
                      [](const GazetteerName& a, const GazetteerName& b) {
                        return a.key < b.key;
                      })) {
    return bad("names out of order");
  }
  for (const GazetteerName& n : names_) {
    if (n.entry >= entries_.size()) return bad("name of no entry");
  }
  for (const GazetteerEntry& e : entries_) {
    if (e.name >= pool_.size() || e.feature >= pool_.size() ||
        e.adm1_code >= pool_.size()) {
      return bad("string offset out of range");
    }
    if ((e.adm1 != kNoEntry && e.adm1 >= entries_.size()) ||
        (e.country != kNoEntry && e.country >= entries_.size()) ||
        e.level > static_cast<uint8_t>(PlaceLevel::kPopulated)) {
      return bad("bad entry");
    }
  }
  return Status::OK();
}

std::span<const GazetteerName> Gazetteer::Find(uint64_t key) const {
  auto lo = std::lower_bound(
      names_.begin(), names_.end(), key,
      [](const GazetteerName& n, uint64_t k) { return n.key < k; });
  auto hi = lo;
  while (hi != names_.end() && hi->key == key) ++hi;
  return {lo, hi};
}

std::string_view Gazetteer::str(uint32_t offset) const {
  if (offset == 0 || offset >= pool_.size()) return {};
  return std::string_view(pool_.data() + offset);  // NUL-terminated
}

void Gazetteer::Describe(uint32_t i, PlaceMention* out) const {
  const GazetteerEntry& e = entries_[i];
  out->level = static_cast<PlaceLevel>(e.level);
  out->geonameid = e.geonameid;
  out->name = str(e.name);
  out->country.assign(e.iso2, e.iso2[0] ? 2 : 0);
  out->country3.assign(e.iso3, e.iso3[0] ? 3 : 0);
  out->adm1 = str(e.adm1_code);
  out->adm1_name.clear();
  if (e.adm1 != kNoEntry) out->adm1_name = str(entries_[e.adm1].name);
  out->lat = e.lat;
  out->lon = e.lon;
  out->has_coordinates = e.has_coordinates != 0;
  out->feature = str(e.feature);
}

}  // namespace tocsin
