#include "gkg/knowledge_json.h"

#include <fmt/core.h>

#include <algorithm>
#include <iterator>
#include <string_view>
#include <utility>

#include "util/json_writer.h"

namespace tocsin {
namespace {

void AppendSpan(Span span, std::string* out) {
  AppendJsonSpan(span.begin, span.end, out);
}

// "text":"…","span":[b,e] for a span of the document.
void AppendTextAndSpan(const Document& doc, Span span, std::string* out) {
  const uint32_t end = std::min<uint32_t>(span.end, doc.text.size());
  const uint32_t begin = std::min(span.begin, end);
  AppendJsonMember("text",
                   std::string_view(doc.text).substr(begin, end - begin), out);
  AppendJsonKey("span", out);
  AppendSpan(span, out);
}

// Numbers with three decimals: tone is a percentage, and more digits would
// only be noise in the output.
void AppendNumber(double value, std::string* out) {
  AppendJsonFixed3(value, out);
}

void AppendNumberMember(std::string_view key, double value, std::string* out) {
  AppendJsonKey(key, out);
  AppendNumber(value, out);
}

void AppendTone(const Tone& tone, std::string* out) {
  const std::pair<std::string_view, double> shares[] = {
      {"tone", tone.tone},         {"positive", tone.positive},
      {"negative", tone.negative}, {"polarity", tone.polarity},
      {"activity", tone.activity}, {"self_reference", tone.self_reference}};
  out->push_back('{');
  for (const auto& [key, value] : shares) AppendNumberMember(key, value, out);
  AppendJsonMember("word_count", tone.word_count, out);
  out->push_back('}');
}

void AppendTheme(const ThemeHit& theme, std::string* out) {
  out->push_back('{');
  AppendJsonMember("theme", theme.theme, out);
  AppendJsonMember("count", theme.count, out);
  AppendJsonKey("spans", out);
  AppendJsonArray(theme.mentions, AppendSpan, out);
  out->push_back('}');
}

void AppendEntity(const Document& doc, const Entity& e, std::string* out) {
  out->push_back('{');
  AppendJsonMember("kind", EntityKindName(e.kind), out);
  AppendJsonMember("name", e.name, out);
  AppendJsonMember("code", e.code, out);
  AppendJsonMember("role", e.role, out);
  AppendJsonKey("mentions", out);
  AppendJsonArray(
      e.mentions,
      [&doc](const EntityMention& mention, std::string* out) {
        out->push_back('{');
        AppendTextAndSpan(doc, mention.span, out);
        AppendJsonMember("sentence", mention.sentence, out);
        AppendJsonMember("as", EntityMentionKindName(mention.kind), out);
        out->push_back('}');
      },
      out);
  out->push_back('}');
}

// The fields every quotation record has, without braces.
void AppendQuotationFields(const Document& doc, const Quotation& q,
                           std::string* out) {
  AppendJsonMember("text", q.text, out);
  AppendJsonKey("parts", out);
  AppendJsonArray(q.parts, AppendSpan, out);
  AppendJsonMember("direct", q.direct, out);
  AppendJsonKey("speaker", out);
  // A speaker named by words that are no entity ("a ministry spokeswoman")
  // keeps its words and span, with entity -1.
  if (q.speaker < 0 && q.speaker_name.empty() &&
      q.speaker_span.end <= q.speaker_span.begin) {
    out->append("null");
  } else {
    out->push_back('{');
    AppendJsonMember("entity", q.speaker, out);
    AppendJsonMember("name", q.speaker_name, out);
    AppendJsonMember("code", q.speaker_code, out);
    AppendTextAndSpan(doc, q.speaker_span, out);
    out->push_back('}');
  }
  AppendJsonMember("verb", q.verb, out);
  AppendJsonMember("rule", q.rule, out);
  AppendNumberMember("confidence", q.confidence, out);
}

void AppendAmount(const Document& doc, const Amount& a, std::string* out) {
  out->push_back('{');
  AppendTextAndSpan(doc, a.span, out);
  AppendJsonKey("value", out);
  fmt::format_to(std::back_inserter(*out), "{}", a.value);
  AppendJsonMember("approximate", a.approximate, out);
  AppendJsonMember("counted", a.counted, out);
  AppendJsonKey("counted_span", out);
  if (a.counted.empty()) {
    out->append("null");
  } else {
    AppendSpan(a.counted_span, out);
  }
  out->push_back('}');
}

void AppendDate(const Document& doc, const DateMention& date,
                std::string* out) {
  out->push_back('{');
  AppendTextAndSpan(doc, date.span, out);
  AppendJsonMember("resolved", date.resolved, out);
  AppendJsonMember("granularity", date.granularity, out);
  out->push_back('}');
}

// {"kind":…,"doc_id":…,"date":…,"lang":… , the start of both records.
void AppendRecordStart(std::string_view kind, const Document& doc,
                       const DocumentAnalysis& analysis, std::string* out) {
  out->push_back('{');
  AppendJsonMember("kind", kind, out);
  AppendJsonMember("doc_id", doc.id, out);
  AppendJsonMemberOrNull("date",
                         doc.published.size() >= 10
                             ? std::string_view(doc.published).substr(0, 10)
                             : std::string_view(),
                         out);
  AppendJsonMember("lang", analysis.text.language, out);
}

}  // namespace

void AppendKnowledgeJson(const Document& doc, const DocumentAnalysis& analysis,
                         std::string* out) {
  const Knowledge& k = analysis.knowledge;
  // An element writer that takes the document first, bound to `doc`.
  auto with_doc = [&doc](auto append) {
    return [&doc, append](const auto& item, std::string* out) {
      append(doc, item, out);
    };
  };
  AppendRecordStart("document", doc, analysis, out);
  AppendJsonMember("url", doc.url, out);
  AppendJsonMember("title", doc.title, out);
  AppendJsonMember("sentences", analysis.text.sentences.size(), out);
  AppendJsonMember("events", analysis.events.size(), out);
  AppendJsonKey("tone", out);
  AppendTone(k.tone, out);
  AppendJsonKey("sentence_tones", out);
  AppendJsonArray(
      k.sentence_tones,
      [](const Tone& t, std::string* out) { AppendNumber(t.tone, out); }, out);
  AppendJsonKey("themes", out);
  AppendJsonArray(k.themes, AppendTheme, out);
  AppendJsonKey("entities", out);
  AppendJsonArray(k.entities, with_doc(AppendEntity), out);
  AppendJsonKey("quotations", out);
  AppendJsonArray(
      k.quotations,
      [&doc](const Quotation& q, std::string* out) {
        out->push_back('{');
        AppendQuotationFields(doc, q, out);
        out->push_back('}');
      },
      out);
  AppendJsonKey("amounts", out);
  AppendJsonArray(k.amounts, with_doc(AppendAmount), out);
  AppendJsonKey("dates", out);
  AppendJsonArray(k.dates, with_doc(AppendDate), out);
  out->append("}\n");
}

void AppendQuotationLineJson(const Document& doc,
                             const DocumentAnalysis& analysis,
                             const Quotation& quotation, std::string* out) {
  AppendRecordStart("quotation", doc, analysis, out);
  AppendQuotationFields(doc, quotation, out);
  out->append("}\n");
}

}  // namespace tocsin
