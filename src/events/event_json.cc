#include "events/event_json.h"

#include <fmt/core.h>

#include <iterator>
#include <string_view>

#include "actors/actor_matcher.h"
#include "geo/place_json.h"
#include "util/json_writer.h"

namespace tocsin {

namespace {

void AppendParty(const Document& doc, const EventParty& p, std::string* out) {
  if (!p.present()) {
    out->append("null");
    return;
  }
  out->append("{\"code\":");
  AppendJsonString(p.code, out);
  out->append(",\"text\":");
  AppendJsonString(std::string_view(doc.text).substr(p.begin, p.end - p.begin),
                   out);
  fmt::format_to(std::back_inserter(*out), ",\"span\":[{},{}]}}", p.begin,
                 p.end);
}

}  // namespace

void AppendEventJson(const Document& doc, const DocumentAnalysis& analysis,
                     const Event& e, std::string* out) {
  const Sentence& s = analysis.text.sentences[e.sentence];
  out->append("{\"kind\":\"event\",\"doc_id\":");
  AppendJsonString(doc.id, out);
  fmt::format_to(std::back_inserter(*out), ",\"sentence_index\":{}",
                 e.sentence);
  out->append(",\"sentence\":");
  AppendJsonString(SentenceText(doc, s), out);
  out->append(",\"date\":");
  if (doc.published.size() >= 10) {
    AppendJsonString(std::string_view(doc.published).substr(0, 10), out);
  } else {
    out->append("null");
  }
  out->append(",\"lang\":");
  AppendJsonString(SentenceLanguage(analysis.text, e.sentence), out);
  out->append(",\"source\":");
  AppendParty(doc, e.source, out);
  out->append(",\"target\":");
  AppendParty(doc, e.target, out);
  out->append(",\"reporter\":");
  AppendParty(doc, e.reporter, out);
  out->append(",\"cameo\":");
  AppendJsonString(e.cameo, out);
  out->append(",\"root\":");
  AppendJsonString(e.root(), out);
  fmt::format_to(std::back_inserter(*out),
                 ",\"quad_class\":{},\"goldstein\":{}", e.quad_class,
                 e.goldstein);
  out->append(",\"plover\":{\"type\":");
  AppendJsonString(e.plover_type, out);
  out->append(",\"mode\":");
  AppendJsonString(e.plover_mode, out);
  out->append("},\"trigger\":{\"text\":");
  AppendJsonString(std::string_view(doc.text).substr(
                       e.trigger_begin, e.trigger_end - e.trigger_begin),
                   out);
  fmt::format_to(std::back_inserter(*out),
                 ",\"span\":[{},{}]}},\"negated\":{},\"hypothetical\":{}",
                 e.trigger_begin, e.trigger_end, e.negated, e.hypothetical);
  out->append(",\"rule\":");
  AppendJsonString(e.rule, out);
  out->append(",\"location\":");
  AppendEventLocationJson(analysis, e.location, out);
  out->append("}\n");
}

}  // namespace tocsin
