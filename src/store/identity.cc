#include "store/identity.h"

#include <cctype>

#include "store/hash.h"

namespace tocsin {
namespace {

std::string LowerAscii(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return out;
}

// The host of an absolute URL, "" when `url` has none.
std::string_view UrlHost(std::string_view url) {
  const size_t scheme = url.find("://");
  if (scheme == std::string_view::npos) return {};
  std::string_view rest = url.substr(scheme + 3);
  rest = rest.substr(0, rest.find_first_of("/?#"));
  const size_t at = rest.rfind('@');
  if (at != std::string_view::npos) rest.remove_prefix(at + 1);
  if (!rest.empty() && rest.front() == '[') {  // IPv6 literal
    return rest.substr(0, rest.find(']') + 1);
  }
  return rest.substr(0, rest.find(':'));
}

bool AllDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

}  // namespace

DocumentIdentity IdentifyDocument(const Document& doc) {
  DocumentIdentity id;
  id.key = doc.url.empty() ? doc.id : doc.url;
  id.content_hash = HashFields(
      {"tocsin-document-1", doc.title, doc.published, doc.language, doc.text});
  return id;
}

std::string OutletOf(const Document& doc) {
  std::string host = LowerAscii(UrlHost(doc.url));
  if (!host.empty()) {
    if (host.rfind("www.", 0) == 0) host.erase(0, 4);
    return host;
  }
  std::string_view source = doc.source;
  const size_t mark = source.find_last_of(":#");
  if (mark != std::string_view::npos && AllDigits(source.substr(mark + 1))) {
    source = source.substr(0, mark);
  }
  return std::string(source);
}

std::string DayOf(std::string_view published) {
  if (published.size() < 10) return {};
  for (size_t i = 0; i < 10; ++i) {
    const bool dash = i == 4 || i == 7;
    const char c = published[i];
    if (dash ? c != '-' : !std::isdigit(static_cast<unsigned char>(c))) {
      return {};
    }
  }
  return std::string(published.substr(0, 10));
}

std::string LocationKey(const PlaceMention& place) {
  if (place.geonameid != 0) return "g:" + std::to_string(place.geonameid);
  if (!place.adm1.empty()) return "a:" + place.adm1;
  return "c:" + place.country;
}

int64_t EventId(int64_t story, std::string_view day, std::string_view source,
                std::string_view target, std::string_view cameo,
                std::string_view location) {
  const std::string hex = HashFields({"tocsin-event-1", std::to_string(story),
                                      day, source, target, cameo, location});
  const uint64_t bits = std::stoull(hex.substr(0, 16), nullptr, 16);
  const auto id = static_cast<int64_t>(bits >> 1);  // positive in SQL
  return id != 0 ? id : 1;
}

}  // namespace tocsin
