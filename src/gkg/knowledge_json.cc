#include "gkg/knowledge_json.h"

#include <fmt/core.h>

#include <algorithm>
#include <charconv>
#include <cstring>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "util/json_writer.h"

namespace tocsin {
namespace {

// The record's bytes go straight into the output string through a
// pointer: room is made once per item, for an upper bound of what it
// writes, instead of a capacity check, a length update and a copy call in
// each of the tens of appends per item (they took most of the writing
// time). Every writer below asks Room for at least what it writes.
class RecordSink {
 public:
  explicit RecordSink(std::string* out) : out_(out), used_(out->size()) {}
  ~RecordSink() { out_->resize(used_); }
  RecordSink(const RecordSink&) = delete;
  RecordSink& operator=(const RecordSink&) = delete;

  // Makes room for `bytes` more bytes.
  void Room(size_t bytes) {
    if (used_ + bytes > out_->size()) {
      out_->resize(std::max(used_ + bytes, 2 * out_->size()));
    }
  }
  void Char(char c) { out_->data()[used_++] = c; }
  void Raw(std::string_view s) {
    std::memcpy(out_->data() + used_, s.data(), s.size());
    used_ += s.size();
  }
  // Room: 6 * s.size() + 2.
  void String(std::string_view s) { Advance(WriteJsonString(s, At())); }
  // "key": after a comma unless it opens its object (AppendJsonKey).
  // Room: key.size() + 4.
  void Key(std::string_view key) {
    if (used_ > 0 && out_->data()[used_ - 1] != '{') Char(',');
    Char('"');
    Raw(key);
    Char('"');
    Char(':');
  }
  // Room: 24.
  template <typename Int>
  requires std::is_integral_v<Int>
  void Number(Int value) {
    if constexpr (std::is_same_v<Int, bool>) {
      Raw(value ? "true" : "false");
    } else {
      Advance(std::to_chars(At(), At() + 24, value).ptr);
    }
  }
  // Room: kMaxJsonFixed3.
  void Fixed3(double value) { Advance(WriteJsonFixed3(value, At())); }
  // fmt's shortest form ("{}"). Room: 32.
  void Shortest(double value) { Advance(fmt::format_to(At(), "{}", value)); }
  // Room: 24 + key.size() + 6 * value.size().
  void Member(std::string_view key, std::string_view value) {
    Key(key);
    String(value);
  }
  // Room: 28 + key.size().
  template <typename Int>
  requires std::is_integral_v<Int>
  void Member(std::string_view key, Int value) {
    Key(key);
    Number(value);
  }
  // Room: 24 + key.size() + kMaxJsonFixed3.
  void Fixed3Member(std::string_view key, double value) {
    Key(key);
    Fixed3(value);
  }
  // [b,e]. Room: kSpanRoom.
  static constexpr size_t kSpanRoom = 24;
  void SpanArray(Span span) {
    Char('[');
    Number(span.begin);
    Char(',');
    Number(span.end);
    Char(']');
  }

 private:
  char* At() { return out_->data() + used_; }
  void Advance(char* end) { used_ = static_cast<size_t>(end - out_->data()); }

  std::string* out_;
  size_t used_;
};

// Room for a string member with a short key.
size_t MemberRoom(std::string_view value) { return 40 + 6 * value.size(); }

// The text of `span` in the document, clipped to it.
std::string_view SpanText(const Document& doc, Span span) {
  const uint32_t end = std::min<uint32_t>(span.end, doc.text.size());
  const uint32_t begin = std::min(span.begin, end);
  return std::string_view(doc.text).substr(begin, end - begin);
}

// "text":"…","span":[b,e] for a span of the document.
size_t TextAndSpanRoom(const Document& doc, Span span) {
  return MemberRoom(SpanText(doc, span)) + 16 + RecordSink::kSpanRoom;
}
void AppendTextAndSpan(const Document& doc, Span span, RecordSink* w) {
  w->Member("text", SpanText(doc, span));
  w->Key("span");
  w->SpanArray(span);
}

// An array of spans. Room: SpansRoom.
size_t SpansRoom(const std::vector<Span>& spans) {
  return 2 + spans.size() * (RecordSink::kSpanRoom + 1);
}
void AppendSpans(const std::vector<Span>& spans, RecordSink* w) {
  w->Char('[');
  for (size_t i = 0; i < spans.size(); ++i) {
    if (i > 0) w->Char(',');
    w->SpanArray(spans[i]);
  }
  w->Char(']');
}

// Numbers have three decimals: tone is a percentage, and more digits would
// only be noise in the output.
void AppendTone(const Tone& tone, RecordSink* w) {
  const std::pair<std::string_view, double> shares[] = {
      {"tone", tone.tone},         {"positive", tone.positive},
      {"negative", tone.negative}, {"polarity", tone.polarity},
      {"activity", tone.activity}, {"self_reference", tone.self_reference}};
  w->Room(8 * (40 + kMaxJsonFixed3));
  w->Char('{');
  for (const auto& [key, value] : shares) w->Fixed3Member(key, value);
  w->Member("word_count", tone.word_count);
  w->Char('}');
}

void AppendTheme(const ThemeHit& theme, RecordSink* w) {
  w->Room(MemberRoom(theme.theme) + 96 + SpansRoom(theme.mentions));
  w->Char('{');
  w->Member("theme", theme.theme);
  w->Member("count", theme.count);
  w->Key("spans");
  AppendSpans(theme.mentions, w);
  w->Char('}');
}

void AppendEntity(const Document& doc, const Entity& e, RecordSink* w) {
  w->Room(128 + MemberRoom(e.name) + MemberRoom(e.code) + MemberRoom(e.role));
  w->Char('{');
  w->Member("kind", EntityKindName(e.kind));
  w->Member("name", e.name);
  w->Member("code", e.code);
  w->Member("role", e.role);
  w->Key("mentions");
  w->Char('[');
  for (size_t i = 0; i < e.mentions.size(); ++i) {
    const EntityMention& mention = e.mentions[i];
    w->Room(128 + TextAndSpanRoom(doc, mention.span));
    if (i > 0) w->Char(',');
    w->Char('{');
    AppendTextAndSpan(doc, mention.span, w);
    w->Member("sentence", mention.sentence);
    w->Member("as", EntityMentionKindName(mention.kind));
    w->Char('}');
  }
  w->Room(4);
  w->Char(']');
  w->Char('}');
}

// The fields every quotation record has, without braces.
void AppendQuotationFields(const Document& doc, const Quotation& q,
                           RecordSink* w) {
  w->Room(256 + MemberRoom(q.text) + SpansRoom(q.parts) +
          MemberRoom(q.speaker_name) + MemberRoom(q.speaker_code) +
          TextAndSpanRoom(doc, q.speaker_span) + MemberRoom(q.verb) +
          MemberRoom(q.rule) + kMaxJsonFixed3);
  w->Member("text", q.text);
  w->Key("parts");
  AppendSpans(q.parts, w);
  w->Member("direct", q.direct);
  w->Key("speaker");
  // A speaker named by words that are no entity ("a ministry spokeswoman")
  // keeps its words and span, with entity -1.
  if (q.speaker < 0 && q.speaker_name.empty() &&
      q.speaker_span.end <= q.speaker_span.begin) {
    w->Raw("null");
  } else {
    w->Char('{');
    w->Member("entity", q.speaker);
    w->Member("name", q.speaker_name);
    w->Member("code", q.speaker_code);
    AppendTextAndSpan(doc, q.speaker_span, w);
    w->Char('}');
  }
  w->Member("verb", q.verb);
  w->Member("rule", q.rule);
  w->Fixed3Member("confidence", q.confidence);
}

void AppendAmount(const Document& doc, const Amount& a, RecordSink* w) {
  w->Room(160 + TextAndSpanRoom(doc, a.span) + MemberRoom(a.counted));
  w->Char('{');
  AppendTextAndSpan(doc, a.span, w);
  w->Key("value");
  w->Shortest(a.value);
  w->Member("approximate", a.approximate);
  w->Member("counted", a.counted);
  w->Key("counted_span");
  if (a.counted.empty()) {
    w->Raw("null");
  } else {
    w->SpanArray(a.counted_span);
  }
  w->Char('}');
}

void AppendDate(const Document& doc, const DateMention& date, RecordSink* w) {
  w->Room(128 + TextAndSpanRoom(doc, date.span) + MemberRoom(date.resolved) +
          MemberRoom(date.granularity));
  w->Char('{');
  AppendTextAndSpan(doc, date.span, w);
  w->Member("resolved", date.resolved);
  w->Member("granularity", date.granularity);
  w->Char('}');
}

// An array of `items`, each written by append(item, w).
template <typename Items, typename AppendItem>
void AppendArray(const Items& items, AppendItem append, RecordSink* w) {
  w->Room(2);
  w->Char('[');
  bool first = true;
  for (const auto& item : items) {
    if (!first) {
      w->Room(1);
      w->Char(',');
    }
    first = false;
    append(item, w);
  }
  w->Room(1);
  w->Char(']');
}

// {"kind":…,"doc_id":…,"date":…,"lang":… , the start of both records.
void AppendRecordStart(std::string_view kind, const Document& doc,
                       const DocumentAnalysis& analysis, RecordSink* w) {
  const std::string_view date =
      doc.published.size() >= 10 ? std::string_view(doc.published).substr(0, 10)
                                 : std::string_view();
  w->Room(64 + MemberRoom(kind) + MemberRoom(doc.id) + MemberRoom(date) +
          MemberRoom(analysis.text.language));
  w->Char('{');
  w->Member("kind", kind);
  w->Member("doc_id", doc.id);
  if (date.empty()) {  // AppendJsonMemberOrNull
    w->Key("date");
    w->Raw("null");
  } else {
    w->Member("date", date);
  }
  w->Member("lang", analysis.text.language);
}

}  // namespace

void AppendKnowledgeJson(const Document& doc, const DocumentAnalysis& analysis,
                         std::string* out) {
  const Knowledge& k = analysis.knowledge;
  RecordSink w(out);
  // An element writer that takes the document first, bound to `doc`.
  auto with_doc = [&doc](auto append) {
    return [&doc, append](const auto& item, RecordSink* w) {
      append(doc, item, w);
    };
  };
  AppendRecordStart("document", doc, analysis, &w);
  w.Room(160 + MemberRoom(doc.url) + MemberRoom(doc.title));
  w.Member("url", doc.url);
  w.Member("title", doc.title);
  w.Member("sentences", analysis.text.sentences.size());
  w.Member("events", analysis.events.size());
  w.Key("tone");
  AppendTone(k.tone, &w);
  w.Room(32 + k.sentence_tones.size() * (kMaxJsonFixed3 + 1));
  w.Key("sentence_tones");
  w.Char('[');
  for (size_t i = 0; i < k.sentence_tones.size(); ++i) {
    if (i > 0) w.Char(',');
    w.Fixed3(k.sentence_tones[i].tone);
  }
  w.Char(']');
  w.Room(16);
  w.Key("themes");
  AppendArray(k.themes, AppendTheme, &w);
  w.Room(16);
  w.Key("entities");
  AppendArray(k.entities, with_doc(AppendEntity), &w);
  w.Room(16);
  w.Key("quotations");
  AppendArray(
      k.quotations,
      [&doc](const Quotation& q, RecordSink* w) {
        w->Room(1);
        w->Char('{');
        AppendQuotationFields(doc, q, w);
        w->Room(1);
        w->Char('}');
      },
      &w);
  w.Room(16);
  w.Key("amounts");
  AppendArray(k.amounts, with_doc(AppendAmount), &w);
  w.Room(16);
  w.Key("dates");
  AppendArray(k.dates, with_doc(AppendDate), &w);
  w.Room(2);
  w.Raw("}\n");
}

void AppendQuotationLineJson(const Document& doc,
                             const DocumentAnalysis& analysis,
                             const Quotation& quotation, std::string* out) {
  RecordSink w(out);
  AppendRecordStart("quotation", doc, analysis, &w);
  AppendQuotationFields(doc, quotation, &w);
  w.Room(2);
  w.Raw("}\n");
}

}  // namespace tocsin
