#include "geo/place_json.h"

#include <fmt/core.h>

#include <iterator>

#include "util/json_writer.h"

namespace tocsin {
namespace {

void AppendCore(const PlaceMention& p, std::string* out) {
  out->append("\"name\":");
  AppendJsonString(p.name, out);
  out->append(",\"geonameid\":");
  if (p.geonameid != 0) {
    fmt::format_to(std::back_inserter(*out), "{}", p.geonameid);
  } else {
    out->append("null");
  }
  out->append(",\"country\":");
  AppendJsonString(p.country, out);
  out->append(",\"adm1\":");
  if (p.adm1.empty()) {
    out->append("null");
  } else {
    AppendJsonString(p.adm1, out);
  }
  if (p.has_coordinates) {
    fmt::format_to(std::back_inserter(*out), ",\"lat\":{:.5f},\"lon\":{:.5f}",
                   p.lat, p.lon);
  } else {
    out->append(",\"lat\":null,\"lon\":null");
  }
  out->append(",\"feature\":");
  AppendJsonString(p.feature, out);
  fmt::format_to(std::back_inserter(*out),
                 ",\"span\":[{},{}],\"confidence\":{:.3f}", p.begin, p.end,
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
  out->append(",\"basis\":");
  AppendJsonString(LocationBasisName(location.basis), out);
  out->push_back('}');
}

void AppendPlaceMentionJson(const Document& doc,
                            const DocumentAnalysis& analysis,
                            const PlaceMention& p, std::string* out) {
  out->append("{\"doc_id\":");
  AppendJsonString(doc.id, out);
  fmt::format_to(std::back_inserter(*out), ",\"sentence_index\":{}",
                 p.sentence);
  out->append(",\"text\":");
  AppendJsonString(std::string_view(doc.text).substr(p.begin, p.end - p.begin),
                   out);
  out->append(",\"level\":");
  AppendJsonString(PlaceLevelName(p.level), out);
  out->push_back(',');
  AppendCore(p, out);
  out->append(",\"country3\":");
  AppendJsonString(p.country3, out);
  out->append(",\"adm1_name\":");
  AppendJsonString(p.adm1_name, out);
  out->append(",\"reason\":");
  AppendJsonString(p.reason, out);
  const bool main =
      analysis.main_place >= 0 && &analysis.places[analysis.main_place] == &p;
  fmt::format_to(std::back_inserter(*out), ",\"main\":{}}}\n", main);
}

}  // namespace tocsin
