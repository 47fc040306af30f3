#include "signals/report_text.h"

#include <fmt/core.h>

#include <algorithm>
#include <nlohmann/json.hpp>

namespace tocsin {
namespace {

constexpr size_t kSparkWidth = 60;

std::vector<double> Counts(const Series& s) {
  std::vector<double> v;
  v.reserve(s.points.size());
  for (const SeriesPoint& p : s.points) v.push_back(p.count);
  return v;
}

// Sentences can be long and carry newlines: one line, cut at a character
// boundary.
std::string OneLine(std::string_view s, size_t max_bytes) {
  std::string out;
  for (char c : s) out += (c == '\n' || c == '\r' || c == '\t') ? ' ' : c;
  if (out.size() <= max_bytes) return out;
  size_t cut = max_bytes;
  while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80)
    --cut;
  return out.substr(0, cut) + "...";
}

std::string Range(const SignalReport& r) {
  if (r.buckets.empty()) return "no dated documents";
  return fmt::format("{} .. {} ({} {})", r.buckets.front(), r.buckets.back(),
                     r.buckets.size(), r.hourly ? "hours" : "days");
}

nlohmann::json PointsJson(const Series& s) {
  nlohmann::json points = nlohmann::json::array();
  for (const SeriesPoint& p : s.points) {
    points.push_back({{"count", p.count},
                      {"events", p.events},
                      {"per_thousand", p.per_thousand},
                      {"tested", p.tested},
                      {"expected", p.expected},
                      {"upper", p.upper},
                      {"alarm", p.alarm}});
  }
  return points;
}

}  // namespace

std::string Sparkline(const std::vector<double>& values, size_t width) {
  static constexpr const char* kBlocks[] = {"▁", "▂", "▃", "▄",
                                            "▅", "▆", "▇", "█"};
  const size_t first = values.size() > width ? values.size() - width : 0;
  double max = 0;
  for (size_t i = first; i < values.size(); ++i) max = std::max(max, values[i]);
  std::string out;
  for (size_t i = first; i < values.size(); ++i) {
    const int level = max > 0 ? static_cast<int>(values[i] / max * 7 + 0.5) : 0;
    out += kBlocks[std::clamp(level, 0, 7)];
  }
  return out;
}

std::string SignalReportText(const SignalReport& r) {
  std::string out;
  const SignalOptions& o = r.options;
  out += fmt::format(
      "tocsin signals: {}; {} documents ({} undated{}), {} events, {} series "
      "tested\nbaseline {} {}, window {}, false-alarm rate {}, at least {} "
      "reporting documents\n",
      Range(r), r.documents_read, r.undated_documents,
      r.hourly ? fmt::format(", {} without a time", r.untimed_documents) : "",
      r.events_read, r.series_tested, o.baseline_buckets,
      r.hourly ? "hours" : "days", o.window_buckets, o.false_alarm_rate,
      o.min_count);
  if (!r.documents.empty()) {
    out += fmt::format("documents per {}: {}\n", r.hourly ? "hour" : "day",
                       Sparkline(r.documents, kSparkWidth));
  }
  out += "\n";
  if (r.signals.empty()) out += "No signals in this range.\n";
  for (size_t i = 0; i < r.signals.size(); ++i) {
    const Signal& s = r.signals[i];
    const Series& series = r.series[s.series_index];
    out += fmt::format(
        "{:2}. [{}] {} {}: since {}{}, peak {}\n", i + 1,
        SeverityName(s.severity), SeriesKindName(s.kind), s.key, s.since,
        s.ongoing ? " (ongoing)" : (s.until != s.since ? " to " + s.until : ""),
        s.peak);
    out += fmt::format(
        "    {:g} reporting documents{} vs {:.2f} expected (x{:.1f}; {:.0f} vs "
        "{:.0f} per 1,000 documents), {:g} events, p = {:.2g}; run: {:g} vs "
        "{:.1f}\n",
        s.observed,
        s.test_buckets > 1
            ? fmt::format(" in the {} {} to the peak", s.test_buckets,
                          r.hourly ? "hours" : "days")
            : "",
        s.expected, s.ratio, s.observed_per_thousand, s.expected_per_thousand,
        s.observed_events, s.p_value, s.run_observed, s.run_expected);
    out += fmt::format("    {}\n", Sparkline(Counts(series), kSparkWidth));
    for (const EvidenceEvent& e : s.evidence) {
      if (e.document_only) {
        out += fmt::format(
            "    - {} report{}: {}\n", e.day,
            e.outlet.empty() ? "" : " in " + e.outlet,
            e.sentence.empty() ? e.doc_id : OneLine(e.sentence, 200));
        if (!e.url.empty()) out += fmt::format("      {}\n", e.url);
        continue;
      }
      out +=
          fmt::format("    - {} {} {}>{} goldstein {:.1f}, {} article{}{}{}\n",
                      e.day, e.cameo, e.source.empty() ? "-" : e.source,
                      e.target.empty() ? "-" : e.target, e.goldstein,
                      e.num_articles, e.num_articles == 1 ? "" : "s",
                      e.outlet.empty() ? "" : ", " + e.outlet,
                      e.location.empty() ? "" : ", in " + e.location);
      if (!e.sentence.empty()) {
        out += fmt::format("      \"{}\"\n", OneLine(e.sentence, 200));
      }
      if (!e.url.empty()) out += fmt::format("      {}\n", e.url);
    }
  }
  for (const WatchReport& w : r.watches) {
    const Series& events = r.series[w.series_index];
    out += fmt::format("\nwatch {}: {:g} events in {:g} documents",
                       w.watch.name, events.total_events, events.total);
    if (w.document_series_index != SIZE_MAX) {
      out += fmt::format("; {:g} documents on its themes",
                         r.series[w.document_series_index].total);
    }
    out += fmt::format("\n    {}\n", Sparkline(Counts(events), kSparkWidth));
    if (!w.speakers.empty()) {
      out += "    speakers:";
      for (size_t i = 0; i < w.speakers.size() && i < 8; ++i) {
        out += fmt::format(
            " {} ({})",
            w.speakers[i].first.empty() ? "unattributed" : w.speakers[i].first,
            w.speakers[i].second);
      }
      out += "\n";
    }
    for (const QuotationEvidence& q : w.quotations) {
      out += fmt::format("    {} {}: \"{}\"\n", q.day,
                         q.speaker.empty() ? "unattributed" : q.speaker,
                         OneLine(q.text, 160));
    }
  }
  return out;
}

std::string SignalReportJson(const SignalReport& r) {
  nlohmann::json j;
  j["hourly"] = r.hourly;
  j["buckets"] = r.buckets;
  j["documents"] = r.documents;
  j["read"] = {{"documents", r.documents_read},
               {"undated_documents", r.undated_documents},
               {"untimed_documents", r.untimed_documents},
               {"mentions", r.mentions_read},
               {"events", r.events_read},
               {"series_tested", r.series_tested},
               {"buckets_tested", r.buckets_tested}};
  j["settings"] = {{"baseline", r.options.baseline_buckets},
                   {"min_baseline", r.options.min_baseline_buckets},
                   {"false_alarm_rate", r.options.false_alarm_rate},
                   {"min_count", r.options.min_count},
                   {"window", r.options.window_buckets},
                   {"since", r.options.since},
                   {"until", r.options.until}};
  j["signals"] = nlohmann::json::array();
  for (const Signal& s : r.signals) {
    nlohmann::json evidence = nlohmann::json::array();
    for (const EvidenceEvent& e : s.evidence) {
      if (e.document_only) {
        evidence.push_back({{"document_only", true},
                            {"day", e.day},
                            {"title", e.sentence},
                            {"outlet", e.outlet},
                            {"url", e.url},
                            {"doc_id", e.doc_id},
                            {"language", e.language}});
        continue;
      }
      evidence.push_back({{"event_id", e.event_id},
                          {"day", e.day},
                          {"cameo", e.cameo},
                          {"source", e.source},
                          {"target", e.target},
                          {"quad_class", e.quad_class},
                          {"goldstein", e.goldstein},
                          {"num_articles", e.num_articles},
                          {"location", e.location},
                          {"sentence", e.sentence},
                          {"outlet", e.outlet},
                          {"url", e.url},
                          {"doc_id", e.doc_id},
                          {"language", e.language}});
    }
    j["signals"].push_back({{"kind", SeriesKindName(s.kind)},
                            {"key", s.key},
                            {"since", s.since},
                            {"until", s.until},
                            {"peak", s.peak},
                            {"ongoing", s.ongoing},
                            {"test_buckets", s.test_buckets},
                            {"observed", s.observed},
                            {"expected", s.expected},
                            {"observed_per_thousand", s.observed_per_thousand},
                            {"observed_events", s.observed_events},
                            {"expected_per_thousand", s.expected_per_thousand},
                            {"ratio", s.ratio},
                            {"p_value", s.p_value},
                            {"run_observed", s.run_observed},
                            {"run_expected", s.run_expected},
                            {"baseline", s.baseline_buckets},
                            {"severity", SeverityName(s.severity)},
                            {"score", s.score},
                            {"series", s.series_index},
                            {"evidence", std::move(evidence)}});
  }
  j["series"] = nlohmann::json::array();
  for (const Series& s : r.series) {
    nlohmann::json series = {{"kind", SeriesKindName(s.kind)},
                             {"key", s.key},
                             {"total", s.total},
                             {"total_events", s.total_events},
                             {"points", PointsJson(s)}};
    if (!s.goldstein.empty()) series["goldstein"] = s.goldstein;
    j["series"].push_back(std::move(series));
  }
  j["watches"] = nlohmann::json::array();
  for (const WatchReport& w : r.watches) {
    nlohmann::json quotes = nlohmann::json::array();
    for (const QuotationEvidence& q : w.quotations) {
      quotes.push_back({{"speaker", q.speaker},
                        {"speaker_code", q.speaker_code},
                        {"text", q.text},
                        {"day", q.day},
                        {"outlet", q.outlet},
                        {"url", q.url}});
    }
    nlohmann::json speakers = nlohmann::json::array();
    for (const auto& [name, n] : w.speakers) {
      speakers.push_back({{"speaker", name}, {"quotations", n}});
    }
    j["watches"].push_back(
        {{"name", w.watch.name},
         {"description", w.watch.description},
         {"series", w.series_index},
         {"document_series", w.document_series_index == SIZE_MAX
                                 ? nlohmann::json(nullptr)
                                 : nlohmann::json(w.document_series_index)},
         {"speakers", std::move(speakers)},
         {"quotations", std::move(quotes)}});
  }
  // Text from documents may hold invalid UTF-8: replace, never throw.
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) +
         "\n";
}

}  // namespace tocsin
