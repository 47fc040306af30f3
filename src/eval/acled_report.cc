// Rendering ACLED geocoding scores (declared in acled_eval.h).
#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "eval/acled_eval.h"

namespace tocsin {
namespace {

constexpr size_t kExcerptBytes = 160;

// The start of `text` on one line, cut at a UTF-8 character boundary.
std::string Excerpt(std::string_view text) {
  std::string out;
  const bool cut = text.size() > kExcerptBytes;
  if (cut) {
    size_t end = kExcerptBytes;
    while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) {
      --end;
    }
    text = text.substr(0, end);
  }
  for (char c : text) out += (c == '\n' || c == '\r' || c == '\t') ? ' ' : c;
  if (cut) out += "...";
  return out;
}

std::string Percent(double ratio) {
  return fmt::format("{:.2f}%", 100 * ratio);
}

std::string Line(std::string_view label, size_t count, size_t rows,
                 double ratio) {
  return fmt::format("  {:<14} {:>7}/{:<7} {:>8}\n", label, count, rows,
                     Percent(ratio));
}

std::string PlaceText(const AcledPrediction& p) {
  if (!p.place) return "(unlocated)";
  const PlaceMention& place = *p.place;
  return fmt::format("{} ({}, {}, {})", place.name,
                     place.adm1_name.empty() ? "-" : place.adm1_name,
                     place.country.empty() ? "-" : place.country,
                     place.feature.empty() ? "-" : place.feature);
}

std::string DistanceText(const AcledOutcome& o) {
  return o.distance_km ? fmt::format("{:.1f} km", *o.distance_km) : "n/a";
}

}  // namespace

std::string AcledReportText(std::string_view file, size_t malformed,
                            const AcledScore& s,
                            std::span<const AcledMiss> misses) {
  std::string out =
      fmt::format("ACLED geocoding: {}: {} rows ({} malformed rows skipped)\n",
                  file, s.rows, malformed);
  out += Line("coverage", s.located, s.rows, s.coverage);
  out += Line("within 10 km", s.within_10km, s.rows, s.accuracy_10km);
  out += Line("within 25 km", s.within_25km, s.rows, s.accuracy_25km);
  out += Line("ADM1", s.admin1, s.rows, s.admin1_accuracy);
  out +=
      s.median_error_km
          ? fmt::format("  {:<14} {:.1f} km over {} rows with coordinates\n",
                        "median error", *s.median_error_km, s.with_coordinates)
          : fmt::format("  {:<14} n/a (no located row with coordinates)\n",
                        "median error");
  if (misses.empty()) return out;
  out += fmt::format("misses ({} shown of {}):\n", misses.size(),
                     s.rows - s.within_25km);
  for (const AcledMiss& m : misses) {
    out += fmt::format(
        "  line {} {}: ACLED {} ({}; {:.4f}, {:.4f}); predicted {} [{}]; "
        "{}\n    {}\n",
        m.row.line, m.row.event_id, m.row.location, m.row.admin1,
        m.row.latitude, m.row.longitude, PlaceText(m.prediction),
        LocationBasisName(m.prediction.basis), DistanceText(m.outcome),
        Excerpt(m.row.notes));
  }
  return out;
}

std::string AcledReportJson(std::string_view file, size_t malformed,
                            const AcledScore& s,
                            std::span<const AcledMiss> misses) {
  nlohmann::json miss_list = nlohmann::json::array();
  for (const AcledMiss& m : misses) {
    nlohmann::json predicted = nullptr;
    if (m.prediction.place) {
      const PlaceMention& p = *m.prediction.place;
      predicted = {{"name", p.name},
                   {"adm1_name", p.adm1_name},
                   {"country", p.country},
                   {"feature", p.feature},
                   {"lat", p.lat},
                   {"lon", p.lon},
                   {"has_coordinates", p.has_coordinates}};
    }
    miss_list.push_back(
        {{"line", m.row.line},
         {"event_id", m.row.event_id},
         {"notes", Excerpt(m.row.notes)},
         {"location", m.row.location},
         {"admin1", m.row.admin1},
         {"predicted", predicted},
         {"basis", LocationBasisName(m.prediction.basis)},
         {"distance_km", m.outcome.distance_km
                             ? nlohmann::json(*m.outcome.distance_km)
                             : nlohmann::json(nullptr)}});
  }
  nlohmann::json j = {
      {"file", std::string(file)},
      {"rows", s.rows},
      {"malformed_rows", malformed},
      {"located", s.located},
      {"with_coordinates", s.with_coordinates},
      {"within_10km", s.within_10km},
      {"within_25km", s.within_25km},
      {"adm1_correct", s.admin1},
      {"coverage", s.coverage},
      {"accuracy_10km", s.accuracy_10km},
      {"accuracy_25km", s.accuracy_25km},
      {"adm1_accuracy", s.admin1_accuracy},
      {"median_error_km", s.median_error_km ? nlohmann::json(*s.median_error_km)
                                            : nlohmann::json(nullptr)},
      {"misses", miss_list},
  };
  // Notes are not guaranteed UTF-8; replacing keeps dump() from throwing.
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace tocsin
