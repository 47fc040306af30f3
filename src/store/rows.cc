#include "store/rows.h"

#include <array>
#include <cmath>

namespace tocsin {
namespace {

const std::array<TableSpec, kChildTableCount>& ChildSpecs() {
  static const auto* specs = new std::array<TableSpec, kChildTableCount>{{
      {"sentences",
       {"doc", "sentence", "span_begin", "span_end", "paragraph", "language",
        "tone", "text"}},
      {"event_mentions",
       {"doc",
        "event",
        "sentence",
        "span_begin",
        "span_end",
        "trigger_text",
        "cameo",
        "root",
        "quad_class",
        "goldstein",
        "plover_type",
        "plover_mode",
        "source_code",
        "source_text",
        "source_begin",
        "source_end",
        "target_code",
        "target_text",
        "target_begin",
        "target_end",
        "reporter_code",
        "reporter_text",
        "negated",
        "hypothetical",
        "location_basis",
        "place",
        "location_key",
        "location_name",
        "geonameid",
        "country",
        "adm1",
        "lat",
        "lon",
        "confidence",
        "rule",
        "event_id"}},
      {"entities", {"doc", "entity", "kind", "name", "code", "role"}},
      {"entity_mentions",
       {"doc", "entity", "mention", "sentence", "span_begin", "span_end",
        "kind", "actor"}},
      {"places",
       {"doc", "place", "sentence", "span_begin", "span_end", "text", "level",
        "geonameid", "name", "country", "country3", "adm1", "adm1_name", "lat",
        "lon", "feature", "confidence", "reason", "is_main"}},
      {"quotations",
       {"doc", "quotation", "span_begin", "span_end", "parts", "text", "direct",
        "speaker_entity", "speaker_name", "speaker_code", "speaker_begin",
        "speaker_end", "verb", "rule", "confidence"}},
      {"themes", {"doc", "theme", "mentions"}},
      {"tones",
       {"doc", "tone", "positive", "negative", "polarity", "activity",
        "self_reference", "word_count"}},
  }};
  return *specs;
}

SqlValue Int(int64_t v) { return SqlValue(v); }
SqlValue Real(double v) { return SqlValue(v); }
// Scores held as float read back as 0.150000005960464 in double: keep the
// float's own precision.
SqlValue Score(float v) { return SqlValue(std::round(v * 1e6) / 1e6); }
// Borrowed: REQUIRES `v` to outlive the row. A temporary string would not:
// those go through Owned (the deleted overload catches them).
SqlValue Text(std::string_view v) {
  return SqlValue(std::in_place_type<std::string_view>, v);
}
SqlValue Text(const char* v) { return Text(std::string_view(v)); }
SqlValue Text(std::string&& v) = delete;
SqlValue Owned(std::string v) { return SqlValue(std::move(v)); }
SqlValue Null() { return SqlValue(); }
SqlValue TextOrNull(std::string_view v) { return v.empty() ? Null() : Text(v); }
SqlValue TextOrNull(std::string&& v) = delete;

std::string_view SentenceLanguageOf(const AnalyzedText& text, uint32_t s) {
  if (s < text.sentences.size()) {
    const uint32_t p = text.sentences[s].paragraph;
    if (p < text.paragraphs.size()) {
      const std::string& own = text.paragraphs[p].language;
      if (!own.empty() && own != "und") return own;
    }
  }
  return text.language;
}

// A party's code, text and span; code "" and NULLs when absent.
void AppendParty(const Document& doc, const EventParty& p, bool with_span,
                 SqlRow* row) {
  row->push_back(p.present() ? Text(p.code) : Text(""));
  row->push_back(p.present() ? Text(SpanText(doc, p.begin, p.end)) : Null());
  if (!with_span) return;
  row->push_back(p.present() ? Int(p.begin) : Null());
  row->push_back(p.present() ? Int(p.end) : Null());
}

const PlaceMention* EventPlace(const DocumentAnalysis& a, const Event& e) {
  const int32_t i = e.location.place;
  if (i < 0 || static_cast<size_t>(i) >= a.places.size()) return nullptr;
  return &a.places[i];
}

void AppendLocation(const DocumentAnalysis& a, const Event& e, SqlRow* row) {
  const PlaceMention* p = EventPlace(a, e);
  row->push_back(p ? Text(LocationBasisName(e.location.basis)) : Null());
  row->push_back(p ? Int(e.location.place) : Null());
  row->push_back(p ? Owned(LocationKey(*p)) : Text(""));
  if (p == nullptr) {
    row->insert(row->end(), 6, Null());
    return;
  }
  row->push_back(Text(p->name));
  row->push_back(p->geonameid ? Int(p->geonameid) : Null());
  row->push_back(TextOrNull(p->country));
  row->push_back(TextOrNull(p->adm1));
  row->push_back(p->has_coordinates ? Real(p->lat) : Null());
  row->push_back(p->has_coordinates ? Real(p->lon) : Null());
}

Status EmitSentences(const Document& doc, const DocumentAnalysis& a, int64_t id,
                     const RowOptions& options, SqlRow& row,
                     const RowSink& sink) {
  const AnalyzedText& text = a.text;
  const auto& tones = a.knowledge.sentence_tones;
  for (uint32_t i = 0; i < text.sentences.size(); ++i) {
    const Sentence& s = text.sentences[i];
    row = {Int(id),
           Int(i),
           Int(s.begin),
           Int(s.end),
           Int(s.paragraph),
           Text(SentenceLanguageOf(text, i)),
           i < tones.size() ? Real(tones[i].tone) : Null(),
           options.keep_text ? Text(SpanText(doc, s.begin, s.end)) : Null()};
    TOCSIN_RETURN_IF_ERROR(sink(ChildTable::kSentences, row));
  }
  return Status::OK();
}

Status EmitEvents(const Document& doc, const DocumentAnalysis& a, int64_t id,
                  int64_t story, SqlRow& row, const RowSink& sink) {
  const std::string day = DayOf(doc.published);
  for (uint32_t i = 0; i < a.events.size(); ++i) {
    const Event& e = a.events[i];
    row = {Int(id),
           Int(i),
           Int(e.sentence),
           Int(e.trigger_begin),
           Int(e.trigger_end),
           Text(SpanText(doc, e.trigger_begin, e.trigger_end)),
           Text(e.cameo),
           Text(e.root()),
           Int(e.quad_class),
           Real(e.goldstein),
           TextOrNull(e.plover_type),
           TextOrNull(e.plover_mode)};
    AppendParty(doc, e.source, true, &row);
    AppendParty(doc, e.target, true, &row);
    AppendParty(doc, e.reporter, false, &row);
    row.push_back(Int(e.negated));
    row.push_back(Int(e.hypothetical));
    AppendLocation(a, e, &row);
    row.push_back(Null());  // confidence: the coder does not score events yet
    row.push_back(Text(e.rule));
    const PlaceMention* place = EventPlace(a, e);
    row.push_back(
        Int(EventId(story, day, e.source.present() ? e.source.code : "",
                    e.target.present() ? e.target.code : "", e.cameo,
                    place ? LocationKey(*place) : "")));
    TOCSIN_RETURN_IF_ERROR(sink(ChildTable::kEventMentions, row));
  }
  return Status::OK();
}

Status EmitEntities(const Knowledge& k, int64_t id, SqlRow& row,
                    const RowSink& sink) {
  for (uint32_t i = 0; i < k.entities.size(); ++i) {
    const Entity& e = k.entities[i];
    row = {Int(id),
           Int(i),
           Text(EntityKindName(e.kind)),
           Text(e.name),
           TextOrNull(e.code),
           TextOrNull(e.role)};
    TOCSIN_RETURN_IF_ERROR(sink(ChildTable::kEntities, row));
    for (uint32_t m = 0; m < e.mentions.size(); ++m) {
      const EntityMention& em = e.mentions[m];
      row = {Int(id),
             Int(i),
             Int(m),
             Int(em.sentence),
             Int(em.span.begin),
             Int(em.span.end),
             Text(EntityMentionKindName(em.kind)),
             em.actor >= 0 ? Int(em.actor) : Null()};
      TOCSIN_RETURN_IF_ERROR(sink(ChildTable::kEntityMentions, row));
    }
  }
  return Status::OK();
}

Status EmitPlaces(const Document& doc, const DocumentAnalysis& a, int64_t id,
                  SqlRow& row, const RowSink& sink) {
  for (uint32_t i = 0; i < a.places.size(); ++i) {
    const PlaceMention& p = a.places[i];
    row = {Int(id),
           Int(i),
           Int(p.sentence),
           Int(p.begin),
           Int(p.end),
           Text(SpanText(doc, p.begin, p.end)),
           Text(PlaceLevelName(p.level)),
           p.geonameid ? Int(p.geonameid) : Null(),
           Text(p.name),
           TextOrNull(p.country),
           TextOrNull(p.country3),
           TextOrNull(p.adm1),
           TextOrNull(p.adm1_name),
           p.has_coordinates ? Real(p.lat) : Null(),
           p.has_coordinates ? Real(p.lon) : Null(),
           TextOrNull(p.feature),
           Real(p.confidence),
           TextOrNull(p.reason),
           Int(a.main_place == static_cast<int32_t>(i))};
    TOCSIN_RETURN_IF_ERROR(sink(ChildTable::kPlaces, row));
  }
  return Status::OK();
}

// "b-e,b-e": the parts of a quotation split by an incise.
std::string PartsText(const std::vector<Span>& parts) {
  std::string out;
  for (const Span& s : parts) {
    if (!out.empty()) out += ',';
    out += std::to_string(s.begin) + "-" + std::to_string(s.end);
  }
  return out;
}

Status EmitQuotations(const Knowledge& k, int64_t id, SqlRow& row,
                      const RowSink& sink) {
  for (uint32_t i = 0; i < k.quotations.size(); ++i) {
    const Quotation& q = k.quotations[i];
    const bool spoken = q.speaker_span.end > q.speaker_span.begin;
    row = {Int(id),
           Int(i),
           q.parts.empty() ? Null() : Int(q.parts.front().begin),
           q.parts.empty() ? Null() : Int(q.parts.back().end),
           Owned(PartsText(q.parts)),
           Text(q.text),
           Int(q.direct),
           q.speaker >= 0 ? Int(q.speaker) : Null(),
           TextOrNull(q.speaker_name),
           TextOrNull(q.speaker_code),
           spoken ? Int(q.speaker_span.begin) : Null(),
           spoken ? Int(q.speaker_span.end) : Null(),
           TextOrNull(q.verb),
           TextOrNull(q.rule),
           Score(q.confidence)};
    TOCSIN_RETURN_IF_ERROR(sink(ChildTable::kQuotations, row));
  }
  return Status::OK();
}

Status EmitThemesAndTone(const Knowledge& k, int64_t id, bool has_knowledge,
                         SqlRow& row, const RowSink& sink) {
  for (const ThemeHit& t : k.themes) {
    row = {Int(id), Text(t.theme), Int(t.count)};
    TOCSIN_RETURN_IF_ERROR(sink(ChildTable::kThemes, row));
  }
  if (!has_knowledge) return Status::OK();
  const Tone& t = k.tone;
  row = {Int(id),
         Real(t.tone),
         Real(t.positive),
         Real(t.negative),
         Real(t.polarity),
         Real(t.activity),
         Real(t.self_reference),
         Int(t.word_count)};
  return sink(ChildTable::kTones, row);
}

}  // namespace

const TableSpec& ChildTableSpec(ChildTable table) {
  return ChildSpecs()[static_cast<size_t>(table)];
}

const TableSpec& DocumentInsertSpec() {
  static const auto* spec = new TableSpec{
      "documents",
      {"doc_key", "id", "url", "source", "outlet", "published", "day",
       "language", "title", "content_hash", "text_bytes", "ingested_at"}};
  return *spec;
}

const TableSpec& StorySignatureSpec() {
  static const auto* spec =
      new TableSpec{"story_signatures", {"doc", "day", "signature"}};
  return *spec;
}

SqlRow DocumentValues(const Document& doc, const AnalyzedText& text,
                      const DocumentIdentity& identity,
                      std::string_view ingested_at) {
  return {Text(identity.key),
          Text(doc.id),
          TextOrNull(doc.url),
          Text(doc.source),
          Owned(OutletOf(doc)),
          TextOrNull(doc.published),
          DayOf(doc.published).empty() ? Null() : Owned(DayOf(doc.published)),
          Text(text.language),
          TextOrNull(doc.title),
          Text(identity.content_hash),
          Int(static_cast<int64_t>(doc.text.size())),
          Owned(std::string(ingested_at))};
}

Status EmitChildRows(const Document& doc, const DocumentAnalysis& analysis,
                     int64_t doc_id, const RowOptions& options,
                     const RowSink& sink) {
  SqlRow row;  // reused: one allocation per column, not per row
  const Knowledge& k = analysis.knowledge;
  TOCSIN_RETURN_IF_ERROR(
      EmitSentences(doc, analysis, doc_id, options, row, sink));
  TOCSIN_RETURN_IF_ERROR(
      EmitEvents(doc, analysis, doc_id, options.story, row, sink));
  TOCSIN_RETURN_IF_ERROR(EmitEntities(k, doc_id, row, sink));
  TOCSIN_RETURN_IF_ERROR(EmitPlaces(doc, analysis, doc_id, row, sink));
  TOCSIN_RETURN_IF_ERROR(EmitQuotations(k, doc_id, row, sink));
  // Tone is only meaningful when knowledge ran: it counted words.
  const bool has_knowledge = k.tone.word_count > 0;
  return EmitThemesAndTone(k, doc_id, has_knowledge, row, sink);
}

std::string SearchBody(const Document& doc, const DocumentAnalysis& analysis,
                       bool keep_text) {
  std::string body;
  auto add = [&body](std::string_view part) {
    if (part.empty()) return;
    if (!body.empty()) body += ' ';
    body.append(part);
  };
  if (keep_text) {
    for (const Sentence& s : analysis.text.sentences) {
      add(SpanText(doc, s.begin, s.end));
    }
  }
  for (const Quotation& q : analysis.knowledge.quotations) add(q.text);
  return body;
}

std::string_view SpanText(const Document& doc, uint32_t begin, uint32_t end) {
  if (begin > end || end > doc.text.size()) return {};
  return std::string_view(doc.text).substr(begin, end - begin);
}

std::string_view SqlText(const SqlValue& value) {
  if (const auto* s = std::get_if<std::string>(&value)) return *s;
  if (const auto* v = std::get_if<std::string_view>(&value)) return *v;
  return {};
}

}  // namespace tocsin
