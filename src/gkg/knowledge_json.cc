#include "gkg/knowledge_json.h"

#include <fmt/core.h>

#include <algorithm>
#include <iterator>
#include <string_view>

#include "util/json_writer.h"

namespace tocsin {
namespace {

void AppendSpan(Span span, std::string* out) {
  fmt::format_to(std::back_inserter(*out), "[{},{}]", span.begin, span.end);
}

// "text":"…","span":[b,e] for a span of the document.
void AppendTextAndSpan(const Document& doc, Span span, std::string* out) {
  out->append("\"text\":");
  const uint32_t end = std::min<uint32_t>(span.end, doc.text.size());
  const uint32_t begin = std::min(span.begin, end);
  AppendJsonString(std::string_view(doc.text).substr(begin, end - begin), out);
  out->append(",\"span\":");
  AppendSpan(span, out);
}

// Numbers with three decimals: tone is a percentage, and more digits would
// only be noise in the output.
void AppendNumber(double value, std::string* out) {
  fmt::format_to(std::back_inserter(*out), "{:.3f}", value);
}

void AppendTone(const Tone& tone, std::string* out) {
  out->append("{\"tone\":");
  AppendNumber(tone.tone, out);
  out->append(",\"positive\":");
  AppendNumber(tone.positive, out);
  out->append(",\"negative\":");
  AppendNumber(tone.negative, out);
  out->append(",\"polarity\":");
  AppendNumber(tone.polarity, out);
  out->append(",\"activity\":");
  AppendNumber(tone.activity, out);
  out->append(",\"self_reference\":");
  AppendNumber(tone.self_reference, out);
  fmt::format_to(std::back_inserter(*out), ",\"word_count\":{}}}",
                 tone.word_count);
}

void AppendThemes(const std::vector<ThemeHit>& themes, std::string* out) {
  out->push_back('[');
  for (size_t i = 0; i < themes.size(); ++i) {
    if (i > 0) out->push_back(',');
    out->append("{\"theme\":");
    AppendJsonString(themes[i].theme, out);
    fmt::format_to(std::back_inserter(*out), ",\"count\":{},\"spans\":[",
                   themes[i].count);
    for (size_t m = 0; m < themes[i].mentions.size(); ++m) {
      if (m > 0) out->push_back(',');
      AppendSpan(themes[i].mentions[m], out);
    }
    out->append("]}");
  }
  out->push_back(']');
}

void AppendEntities(const Document& doc, const std::vector<Entity>& entities,
                    std::string* out) {
  out->push_back('[');
  for (size_t i = 0; i < entities.size(); ++i) {
    const Entity& e = entities[i];
    if (i > 0) out->push_back(',');
    out->append("{\"kind\":");
    AppendJsonString(EntityKindName(e.kind), out);
    out->append(",\"name\":");
    AppendJsonString(e.name, out);
    out->append(",\"code\":");
    AppendJsonString(e.code, out);
    out->append(",\"role\":");
    AppendJsonString(e.role, out);
    out->append(",\"mentions\":[");
    for (size_t m = 0; m < e.mentions.size(); ++m) {
      const EntityMention& mention = e.mentions[m];
      if (m > 0) out->push_back(',');
      out->push_back('{');
      AppendTextAndSpan(doc, mention.span, out);
      fmt::format_to(std::back_inserter(*out),
                     ",\"sentence\":{},\"as\":", mention.sentence);
      AppendJsonString(EntityMentionKindName(mention.kind), out);
      out->push_back('}');
    }
    out->append("]}");
  }
  out->push_back(']');
}

// The fields every quotation record has, without braces.
void AppendQuotationFields(const Document& doc, const Quotation& q,
                           std::string* out) {
  out->append("\"text\":");
  AppendJsonString(q.text, out);
  out->append(",\"parts\":[");
  for (size_t p = 0; p < q.parts.size(); ++p) {
    if (p > 0) out->push_back(',');
    AppendSpan(q.parts[p], out);
  }
  fmt::format_to(std::back_inserter(*out),
                 "],\"direct\":{},\"speaker\":", q.direct);
  if (q.speaker < 0 && q.speaker_name.empty()) {
    out->append("null");
  } else {
    fmt::format_to(std::back_inserter(*out),
                   "{{\"entity\":{},\"name\":", q.speaker);
    AppendJsonString(q.speaker_name, out);
    out->append(",\"code\":");
    AppendJsonString(q.speaker_code, out);
    out->push_back(',');
    AppendTextAndSpan(doc, q.speaker_span, out);
    out->push_back('}');
  }
  out->append(",\"verb\":");
  AppendJsonString(q.verb, out);
  out->append(",\"rule\":");
  AppendJsonString(q.rule, out);
  out->append(",\"confidence\":");
  AppendNumber(q.confidence, out);
}

void AppendAmounts(const Document& doc, const std::vector<Amount>& amounts,
                   std::string* out) {
  out->push_back('[');
  for (size_t i = 0; i < amounts.size(); ++i) {
    const Amount& a = amounts[i];
    if (i > 0) out->push_back(',');
    out->push_back('{');
    AppendTextAndSpan(doc, a.span, out);
    fmt::format_to(std::back_inserter(*out),
                   ",\"value\":{},\"approximate\":{},\"counted\":", a.value,
                   a.approximate);
    AppendJsonString(a.counted, out);
    out->append(",\"counted_span\":");
    if (a.counted.empty()) {
      out->append("null");
    } else {
      AppendSpan(a.counted_span, out);
    }
    out->push_back('}');
  }
  out->push_back(']');
}

void AppendDates(const Document& doc, const std::vector<DateMention>& dates,
                 std::string* out) {
  out->push_back('[');
  for (size_t i = 0; i < dates.size(); ++i) {
    if (i > 0) out->push_back(',');
    out->push_back('{');
    AppendTextAndSpan(doc, dates[i].span, out);
    out->append(",\"resolved\":");
    AppendJsonString(dates[i].resolved, out);
    out->append(",\"granularity\":");
    AppendJsonString(dates[i].granularity, out);
    out->push_back('}');
  }
  out->push_back(']');
}

void AppendDate(const Document& doc, std::string* out) {
  if (doc.published.size() >= 10) {
    AppendJsonString(std::string_view(doc.published).substr(0, 10), out);
  } else {
    out->append("null");
  }
}

}  // namespace

void AppendKnowledgeJson(const Document& doc, const DocumentAnalysis& analysis,
                         std::string* out) {
  const Knowledge& k = analysis.knowledge;
  out->append("{\"kind\":\"document\",\"doc_id\":");
  AppendJsonString(doc.id, out);
  out->append(",\"date\":");
  AppendDate(doc, out);
  out->append(",\"lang\":");
  AppendJsonString(analysis.text.language, out);
  out->append(",\"url\":");
  AppendJsonString(doc.url, out);
  out->append(",\"title\":");
  AppendJsonString(doc.title, out);
  fmt::format_to(std::back_inserter(*out),
                 ",\"sentences\":{},\"events\":{},\"tone\":",
                 analysis.text.sentences.size(), analysis.events.size());
  AppendTone(k.tone, out);
  out->append(",\"sentence_tones\":[");
  for (size_t i = 0; i < k.sentence_tones.size(); ++i) {
    if (i > 0) out->push_back(',');
    AppendNumber(k.sentence_tones[i].tone, out);
  }
  out->append("],\"themes\":");
  AppendThemes(k.themes, out);
  out->append(",\"entities\":");
  AppendEntities(doc, k.entities, out);
  out->append(",\"quotations\":[");
  for (size_t i = 0; i < k.quotations.size(); ++i) {
    if (i > 0) out->push_back(',');
    out->push_back('{');
    AppendQuotationFields(doc, k.quotations[i], out);
    out->push_back('}');
  }
  out->append("],\"amounts\":");
  AppendAmounts(doc, k.amounts, out);
  out->append(",\"dates\":");
  AppendDates(doc, k.dates, out);
  out->append("}\n");
}

void AppendQuotationLineJson(const Document& doc,
                             const DocumentAnalysis& analysis,
                             const Quotation& quotation, std::string* out) {
  out->append("{\"kind\":\"quotation\",\"doc_id\":");
  AppendJsonString(doc.id, out);
  out->append(",\"date\":");
  AppendDate(doc, out);
  out->append(",\"lang\":");
  AppendJsonString(analysis.text.language, out);
  out->push_back(',');
  AppendQuotationFields(doc, quotation, out);
  out->append("}\n");
}

}  // namespace tocsin
