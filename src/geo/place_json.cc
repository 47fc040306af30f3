#include "geo/place_json.h"

#include <fmt/core.h>

#include <iterator>

#include "util/json_writer.h"

namespace tocsin {
namespace {

void AppendCore(const PlaceMention& p, std::string* out) {
  AppendJsonMember("name", p.name, out);
  AppendJsonKey("geonameid", out);
  if (p.geonameid != 0) {
    fmt::format_to(std::back_inserter(*out), "{}", p.geonameid);
  } else {
    out->append("null");
  }
  AppendJsonMember("country", p.country, out);
  AppendJsonMemberOrNull("adm1", p.adm1, out);
  if (p.has_coordinates) {
    fmt::format_to(std::back_inserter(*out), ",\"lat\":{:.5f},\"lon\":{:.5f}",
                   p.lat, p.lon);
  } else {
    out->append(",\"lat\":null,\"lon\":null");
  }
  AppendJsonMember("feature", p.feature, out);
  AppendJsonKey("span", out);
  AppendJsonSpan(p.begin, p.end, out);
  fmt::format_to(std::back_inserter(*out), ",\"confidence\":{:.3f}",
                 p.confidence);
}

}  // namespace

void AppendEventLocationJson(const DocumentAnalysis& analysis,
                             const EventLocation& location, std::string* out) {
  if (!location.present() ||
      static_cast<size_t>(location.place) >= analysis.places.size()) {
    out->append("null");
    return;
  }
  out->push_back('{');
  AppendCore(analysis.places[location.place], out);
  AppendJsonMember("basis", LocationBasisName(location.basis), out);
  out->push_back('}');
}

void AppendPlaceMentionJson(const Document& doc,
                            const DocumentAnalysis& analysis,
                            const PlaceMention& p, std::string* out) {
  out->push_back('{');
  AppendJsonMember("doc_id", doc.id, out);
  AppendJsonMember("sentence_index", p.sentence, out);
  AppendJsonMember(
      "text", std::string_view(doc.text).substr(p.begin, p.end - p.begin), out);
  AppendJsonMember("level", PlaceLevelName(p.level), out);
  AppendCore(p, out);
  AppendJsonMember("country3", p.country3, out);
  AppendJsonMember("adm1_name", p.adm1_name, out);
  AppendJsonMember("reason", p.reason, out);
  const bool main =
      analysis.main_place >= 0 && &analysis.places[analysis.main_place] == &p;
  AppendJsonMember("main", main, out);
  out->append("}\n");
}

}  // namespace tocsin
