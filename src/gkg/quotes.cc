#include "gkg/quotes.h"

#include <algorithm>

#include "gkg/attribution.h"
#include "gkg/entity_links.h"
#include "gkg/quote_items.h"
#include "gkg/quote_marks.h"
#include "gkg/recycled_records.h"
#include "gkg/token_view.h"
#include "util/paths.h"

namespace tocsin {

using gkg::Cue;
using gkg::QuotedSpan;
using gkg::QuoteSegment;
using gkg::SpeakerRef;
using gkg::SpeechContext;
using gkg::Utterance;
using Kind = SpeakerRef::Kind;

Status QuoteExtractor::Load(const std::string& dict_dir) {
  lexicons_ = &own_;
  return own_.Load(dict_dir.empty() ? DictDir() : dict_dir);
}

namespace {

// Per-thread buffers, reused across documents.
struct QuoteScratch {
  std::vector<int32_t> entity_of;
  std::vector<uint8_t> mention_kind, in_quote;
  std::vector<uint32_t> mention_first, sentence_of;
  std::vector<uint16_t> gender;  // per entity
  std::vector<QuotedSpan> spans;
  std::vector<QuoteSegment> segments;
  std::vector<Utterance> items;
};

// The speaker of the last attributed quotation.
struct Previous {
  bool valid = false;   // false before the first attribution
  int32_t entity = -1;  // -1: an unnamed speaker ("a resident")
  uint32_t sentence = 0, end_token = 0;
};

void MapSentences(const AnalyzedText& text, QuoteScratch* s) {
  const size_t n = text.tokens.size();
  s->sentence_of.assign(n, 0);
  for (uint32_t i = 0; i < text.sentences.size(); ++i) {
    const Sentence& sentence = text.sentences[i];
    for (uint32_t t = sentence.first_token; t < sentence.end_token && t < n;
         ++t) {
      s->sentence_of[t] = i;
    }
  }
}

void MapEntities(const AnalyzedText& text, const std::vector<Entity>& entities,
                 QuoteScratch* s) {
  const size_t n = text.tokens.size();
  s->entity_of.assign(n, -1);
  s->mention_kind.assign(n, 0);
  s->mention_first.assign(n, 0);
  for (size_t e = 0; e < entities.size(); ++e) {
    for (const EntityMention& m : entities[e].mentions) {
      if (m.span.end <= m.span.begin) continue;
      const uint32_t first = gkg::TokenAtByte(text, m.span.begin);
      const uint32_t end = gkg::TokenAtByte(text, m.span.end - 1) + 1;
      for (uint32_t t = first; t < end && t < n; ++t) {
        if (s->entity_of[t] >= 0) continue;
        s->entity_of[t] = static_cast<int32_t>(e);
        s->mention_kind[t] = static_cast<uint8_t>(m.kind);
        s->mention_first[t] = first;
      }
    }
  }
}

bool Explicit(const Cue& cue) {
  const Kind k = cue.speaker.kind;
  return cue.found && k != Kind::kNone && k != Kind::kImplicit;
}

Cue AttributeDirect(const SpeechContext& c, const QuoteScratch& s,
                    const Utterance& u) {
  const QuotedSpan& first = s.spans[u.first_span];
  const QuotedSpan& last = s.spans[u.first_span + u.span_count - 1];
  Cue title, before, after;
  if (gkg::CueTitle(c, first.open, &title)) return title;
  const uint32_t floor =
      c.text->sentences[(*c.sentence_of)[first.open]].first_token;
  const bool has_before = gkg::CueBefore(c, first.open, floor, &before);
  if (has_before && before.adjacent && Explicit(before)) return before;
  // The incise of a split quotation, else the words after its end.
  bool has_after = u.span_count > 1 && gkg::CueAfter(c, first.close, &after);
  if (!Explicit(after) && last.closed) {
    Cue end_cue;
    if (gkg::CueAfter(c, last.close, &end_cue) &&
        (Explicit(end_cue) || !has_after)) {
      after = end_cue;
      has_after = true;
    }
  }
  if (has_after && Explicit(after)) return after;
  if (has_before && Explicit(before)) return before;
  Cue inside;
  const QuoteSegment& seg = s.segments[first.first_segment];
  if (gkg::CueInside(c, seg.first, seg.end, &inside)) return inside;
  if (has_after) return after;
  if (has_before) return before;
  return Cue();
}

// Entity genders are computed when a pronoun first needs one.
constexpr uint16_t kGenderUnknown = 0xFFFF;

// Whether entity e can be what `pronoun` refers to: kind, and gender when
// both are known ("elle" is not Zelensky).
bool Compatible(const SpeechContext& c, QuoteScratch& s, int32_t e,
                uint16_t pronoun) {
  const Entity& entity = (*c.entities)[e];
  if (pronoun & kWordPronounGroup) return true;
  if (pronoun & kWordPronounOrg) {
    return entity.kind == Entity::Kind::kOrganization;
  }
  if (entity.kind != Entity::Kind::kPerson) return false;
  const uint16_t want = pronoun & (kWordFeminine | kWordMasculine);
  if (!want) return true;
  if (s.gender[e] == kGenderUnknown) {
    s.gender[e] = gkg::GenderOf(*c.lex, *c.text, entity);
  }
  return !(s.gender[e] && want != s.gender[e]);
}

// A pronoun, an unlinked description or a participle: the previous
// speaker, unless a compatible entity was named since its quotation.
int32_t ResolveReference(const SpeechContext& c, QuoteScratch& s,
                         const SpeakerRef& ref, const Previous& prev) {
  const uint16_t pronoun = ref.kind == Kind::kPronoun ? ref.pronoun
                           : ref.kind == Kind::kImplicit
                               ? static_cast<uint16_t>(kWordPronounGroup)
                               : static_cast<uint16_t>(kWordPronounPerson);
  constexpr uint32_t kLookBack = 400;
  int64_t named = -1, named_at = -1;
  for (uint32_t q = ref.first, steps = 0; q > 0 && steps < kLookBack;
       --q, ++steps) {
    const int32_t e = s.entity_of[q - 1];
    if (e < 0 || s.in_quote[q - 1]) continue;
    if (!Compatible(c, s, e, pronoun)) continue;
    named = e;
    named_at = q - 1;
    break;
  }
  const bool prev_fits =
      prev.valid && (prev.entity < 0 || Compatible(c, s, prev.entity, pronoun));
  if (named >= 0 && (!prev_fits || named_at >= prev.end_token)) {
    return static_cast<int32_t>(named);
  }
  return prev_fits ? prev.entity : static_cast<int32_t>(named);
}

int32_t Resolve(const SpeechContext& c, QuoteScratch& s, const SpeakerRef& ref,
                const Previous& prev) {
  switch (ref.kind) {
    case Kind::kEntity:
      return ref.entity;
    case Kind::kDescription:
      if (ref.entity >= 0) return ref.entity;
      return ResolveReference(c, s, ref, prev);
    case Kind::kPronoun:
    case Kind::kImplicit:
      return ResolveReference(c, s, ref, prev);
    default:
      return -1;
  }
}

// Records "il", "-t-elle" or an unlinked "l'analyste" as a mention of the
// entity it resolved to.
void AddReferenceMention(const SpeechContext& c, const SpeakerRef& ref,
                         int32_t entity, std::vector<Entity>* entities) {
  if (entity < 0 || ref.end <= ref.first) return;
  if (ref.kind != Kind::kPronoun && ref.kind != Kind::kDescription) return;
  EntityMention m;
  m.span = {c.text->tokens[ref.first].begin, c.text->tokens[ref.end - 1].end};
  m.sentence = (*c.sentence_of)[ref.first];
  m.kind = ref.kind == Kind::kPronoun ? EntityMentionKind::kPronoun
                                      : EntityMentionKind::kDescription;
  std::vector<EntityMention>& mentions = (*entities)[entity].mentions;
  auto at =
      std::lower_bound(mentions.begin(), mentions.end(), m,
                       [](const EntityMention& a, const EntityMention& b) {
                         return a.span.begin < b.span.begin;
                       });
  if (at != mentions.end() && at->span.begin == m.span.begin) return;
  mentions.insert(at, m);
}

float Confidence(const Cue& cue, Kind kind) {
  switch (kind) {
    case Kind::kEntity:
      return cue.confidence;
    case Kind::kDescription:
      return cue.confidence * 0.9f;
    case Kind::kPronoun:
      return cue.confidence * 0.85f;
    case Kind::kImplicit:
      return cue.confidence * 0.7f;
    case Kind::kUnnamed:
      return cue.confidence * 0.8f;
    default:
      return cue.confidence * 0.5f;
  }
}

// The cue of a direct quotation, or why it is none: nullopt-like
// found == false means "skip it" (a scare quote).
Cue DirectCue(const SpeechContext& c, const QuoteScratch& s, const Utterance& u,
              const Previous& prev) {
  Cue cue = AttributeDirect(c, s, u);
  const QuotedSpan& first = s.spans[u.first_span];
  const int words = gkg::UtteranceWords(c, u, s.spans, s.segments);
  // Three words or fewer need a cue that names who says them, right
  // against them: "“milbloggers” posted videos" is not a quotation.
  const bool named = cue.speaker.kind != Kind::kNone;
  const bool after =
      cue.found && cue.verb_token > first.open && named && cue.incise;
  // Before it, the speaker must be named: "X a dénoncé « raciste »", not
  // "le texte dénonce « raciste »".
  const bool named_before =
      cue.speaker.kind != Kind::kNone && cue.speaker.kind != Kind::kUnnamed;
  if (cue.found &&
      (words > 3 || (cue.adjacent && named_before && !cue.generic) || after ||
       cue.rule == std::string_view("title"))) {
    return cue;
  }
  // No cue next to it: a scare quote, unless it opens its sentence and
  // goes on with the previous speaker.
  const uint32_t sentence = (*c.sentence_of)[first.open];
  const bool opens = c.text->sentences[sentence].first_token == first.open;
  Cue none;
  if (words <= 3 || !opens) {
    none.found = words > 3;
    none.rule = "none";
    none.confidence = 0.3f;
    return none;
  }
  none.found = true;
  if (prev.valid && prev.sentence + 3 >= sentence) {
    none.rule = "previous-speaker";
    none.confidence = 0.6f;
    none.speaker.kind = Kind::kImplicit;
    none.speaker.first = first.open;
    none.speaker.end = first.open;
  } else {
    none.rule = "none";
    none.confidence = 0.3f;
  }
  return none;
}

void AppendText(const Document& doc, Span span, std::string* out) {
  if (!out->empty()) out->push_back(' ');
  out->append(doc.text, span.begin, span.end - span.begin);
}

}  // namespace

void QuoteExtractor::Extract(const Document& doc, const AnalyzedText& text,
                             const std::vector<ActorMention>& actors,
                             std::vector<Entity>* entities,
                             std::vector<Quotation>* out) const {
  gkg::QuotationRecycler& recycler = gkg::QuotationsToReuse();
  recycler.Recycle(out);
  if (text.tokens.empty() || text.sentences.empty()) return;
  thread_local QuoteScratch s;
  MapSentences(text, &s);
  const SpeechLexicon& lex = lexicons_->For(text.language);
  const gkg::DocumentMemo memo(lex, text);
  s.gender.assign(entities->size(), kGenderUnknown);
  SpeechContext c;
  c.lex = &lex;
  c.doc = &doc;
  c.text = &text;
  c.actors = &actors;
  c.entities = entities;
  c.entity_of = &s.entity_of;
  c.mention_kind = &s.mention_kind;
  c.mention_first = &s.mention_first;
  c.sentence_of = &s.sentence_of;

  s.spans.clear();
  s.segments.clear();
  gkg::FindQuotedSpans(doc, text, &s.spans, &s.segments);
  s.in_quote.assign(text.tokens.size(), 0);
  for (const QuotedSpan& span : s.spans) {
    for (uint32_t t = span.open; t <= span.close && t < s.in_quote.size();
         ++t) {
      s.in_quote[t] = 1;
    }
  }
  s.items.clear();
  gkg::JoinSpans(c, s.spans, s.segments, &s.items);
  gkg::FindIndirect(c, s.in_quote, &s.items);
  if (s.items.empty()) return;
  MapEntities(text, *entities, &s);
  std::stable_sort(s.items.begin(), s.items.end(),
                   [](const Utterance& a, const Utterance& b) {
                     return a.anchor < b.anchor;
                   });
  Previous prev;
  for (const Utterance& u : s.items) {
    Cue cue;
    if (u.direct) {
      cue = DirectCue(c, s, u, prev);
      if (!cue.found) continue;
    }
    Quotation& q = recycler.Append(out);
    uint32_t end_token = 0;
    if (u.direct) {
      for (uint32_t k = 0; k < u.span_count; ++k) {
        const QuotedSpan& span = s.spans[u.first_span + k];
        for (uint32_t g = 0; g < span.segment_count; ++g) {
          const QuoteSegment& seg = s.segments[span.first_segment + g];
          q.parts.push_back(
              {text.tokens[seg.first].begin, text.tokens[seg.end - 1].end});
        }
        end_token = span.close;
      }
    } else {
      q.direct = false;
      cue.found = true;
      cue.rule = "indirect";
      cue.confidence = 0.8f;
      cue.verb_token = u.verb;
      for (uint32_t k = 0; k < u.verb_len; ++k) {
        if (k > 0) cue.verb.push_back(' ');
        cue.verb.append(gkg::VerbLemma(c, u.verb + k));
      }
      const uint32_t floor = text.sentences[s.sentence_of[u.verb]].first_token;
      cue.speaker = gkg::SubjectBefore(c, u.verb, floor);
      if (cue.speaker.kind == Kind::kNone && gkg::IsNonFinite(c, u.verb)) {
        cue.speaker.kind = Kind::kImplicit;
        cue.speaker.first = cue.speaker.end = u.verb;
      }
      q.parts.push_back({text.tokens[u.clause_first].begin,
                         text.tokens[u.clause_end - 1].end});
      end_token = u.clause_end;
    }
    const int32_t speaker = Resolve(c, s, cue.speaker, prev);
    AddReferenceMention(c, cue.speaker, speaker, entities);
    for (const Span& part : q.parts) AppendText(doc, part, &q.text);
    q.speaker = speaker;
    if (speaker >= 0) {
      q.speaker_name = (*entities)[speaker].name;
      q.speaker_code = (*entities)[speaker].code;
    }
    const SpeakerRef& ref = cue.speaker;
    if (ref.end > ref.first && ref.kind != Kind::kImplicit) {
      q.speaker_span = {text.tokens[ref.first].begin,
                        text.tokens[ref.end - 1].end};
    }
    q.verb = cue.verb;
    q.rule = cue.rule;
    if (ref.kind == Kind::kPronoun) q.rule = "pronoun";
    if (ref.kind == Kind::kImplicit && q.rule != "previous-speaker") {
      q.rule = "previous-speaker";
    }
    q.confidence = Confidence(cue, ref.kind);
    // A title's producer does not go on speaking.
    if (cue.found && (ref.kind != Kind::kNone || speaker >= 0) &&
        q.rule != "title") {
      prev.valid = true;
      prev.entity = speaker;
      prev.sentence =
          s.sentence_of[std::min<size_t>(end_token, s.sentence_of.size() - 1)];
      prev.end_token = end_token;
    }
  }
  auto by_position = [](const Quotation& a, const Quotation& b) {
    return a.parts[0].begin < b.parts[0].begin;
  };
  // Nearly always in order already (an indirect clause can start before
  // a quotation that sits inside it); sorting moves strings, so check.
  if (!std::is_sorted(out->begin(), out->end(), by_position)) {
    std::stable_sort(out->begin(), out->end(), by_position);
  }
}

}  // namespace tocsin
