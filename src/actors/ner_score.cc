// The mention -> NER span mapping and the scorer (declared in ner_eval.h).
#include <algorithm>

#include "actors/actor_matcher.h"
#include "actors/ner_eval.h"
#include "actors/person_extent.h"
#include "lemma/lexicon.h"

namespace tocsin {
namespace {

bool Overlaps(const NerSpan& a, const NerSpan& b) {
  return a.begin < b.end && b.begin < a.end;
}

}  // namespace

std::string_view NerLabelOf(const ActorMention& m) {
  if (m.source == MentionSource::kCombined) return "";
  const std::string& t = m.type;
  if (t == "PERSON" || t == "person") return "PER";
  if (t == "LOC" || t == "state" || t == "seat" || t == "bloc" ||
      t == "subnational") {
    return "LOC";
  }
  if (t == "ORG" || t == "igo" || t == "ngo" || t == "party" ||
      t == "company" || t == "media" || t == "armed_group") {
    return "ORG";
  }
  return "";
}

namespace {

// Tokens [*first, *end) of `m` without leading determiners and elided
// articles or trailing punctuation.
void TrimMention(const AnalyzedText& text, const ActorMention& m,
                 uint32_t* first, uint32_t* end) {
  const auto& tokens = text.tokens;
  *first = m.first_token;
  *end = std::min<uint32_t>(m.end_token, tokens.size());
  while (*first < *end &&
         (tokens[*first].word_class == WordClass::kDeterminer ||
          (tokens[*first].flags & kTokenElided))) {
    ++*first;
  }
  while (*end > *first &&
         tokens[*end - 1].word_class == WordClass::kPunctuation) {
    --*end;
  }
}

bool ProperReading(const Lexicon& lexicon, std::string_view form) {
  for (const Candidate& c : lexicon.Find(form)) {
    if (Lexicon::ClassOf(c) == WordClass::kProperNoun) return true;
  }
  return false;
}

bool Demonym(const AnalyzedText& text, const ActorMention& m, uint32_t first,
             uint32_t end, const Lemmatizer* lexicons) {
  if (end != first + 1 || (m.type != "state" && m.type != "bloc")) {
    return false;
  }
  const Token& t = text.tokens[first];
  if (t.word_class == WordClass::kProperNoun) return false;
  if (lexicons == nullptr) return false;
  const std::string_view language = SentenceLanguage(text, m.sentence);
  const Lexicon& lexicon =
      language == "en" ? lexicons->english() : lexicons->french();
  return !ProperReading(lexicon, text.Normalized(t));
}

// A grown person span holding another person ("M. Roux, ancien ministre
// du gouvernement de Sun Yat-sen"): HIPE does not nest persons, and ends
// the apposition before the other one and its preposition; a title phrase
// before the name that holds one is dropped.
NerSpan CutBeforePersons(const AnalyzedText& text, const NerSpan& grown,
                         const NerSpan& name, std::span<const NerSpan> others) {
  NerSpan cut = grown;
  for (const NerSpan& o : others) {
    if (o.label != "PER" || o.begin < cut.begin || o.end > cut.end ||
        (o.begin < name.end && name.begin < o.end)) {
      continue;
    }
    if (o.end <= name.begin) {
      cut.begin = name.begin;
      continue;
    }
    const auto& tokens = text.tokens;
    auto it = std::lower_bound(
        tokens.begin(), tokens.end(), o.begin,
        [](const Token& t, uint32_t begin) { return t.begin < begin; });
    size_t end = static_cast<size_t>(it - tokens.begin());
    while (end > 0 && tokens[end - 1].end > name.end &&
           (tokens[end - 1].word_class == WordClass::kAdposition ||
            tokens[end - 1].word_class == WordClass::kDeterminer ||
            tokens[end - 1].word_class == WordClass::kPunctuation ||
            (tokens[end - 1].flags & kTokenElided))) {
      --end;
    }
    cut.end = end > 0 ? std::max(name.end, tokens[end - 1].end) : name.end;
  }
  return cut;
}

// Adds the grown person spans to *out. HIPE's coarse spans do not nest:
// names inside a person's apposition ("de Hambourg") leave *out. A grown
// span that would cut another span shrinks back to its name.
void AddGrownPersons(const AnalyzedText& text,
                     std::span<const std::pair<NerSpan, NerSpan>> grown,
                     std::vector<NerSpan>* out) {
  auto inside = [](const NerSpan& a, const NerSpan& b) {
    return b.begin <= a.begin && a.end <= b.end;
  };
  auto crosses = [&](const NerSpan& a, const NerSpan& b) {
    return Overlaps(a, b) && !inside(a, b) && !inside(b, a);
  };
  std::vector<NerSpan> names;
  for (const auto& g : grown) names.push_back(g.second);
  std::vector<NerSpan> kept;
  for (size_t i = 0; i < grown.size(); ++i) {
    NerSpan span =
        CutBeforePersons(text, grown[i].first, grown[i].second, *out);
    span = CutBeforePersons(text, span, grown[i].second, names);
    bool cut = std::any_of(out->begin(), out->end(),
                           [&](const NerSpan& o) { return crosses(o, span); });
    for (size_t j = 0; j < grown.size() && !cut; ++j) {
      cut = j != i && crosses(grown[j].first, span);
    }
    kept.push_back(cut ? grown[i].second : span);
  }
  auto nested = [&](const NerSpan& o) {
    return std::any_of(kept.begin(), kept.end(), [&](const NerSpan& k) {
      return inside(o, k) && !(o == k);
    });
  };
  out->erase(std::remove_if(out->begin(), out->end(), nested), out->end());
  std::vector<NerSpan> persons;
  for (const NerSpan& k : kept) {
    if (!nested(k)) persons.push_back(k);
  }
  out->insert(out->end(), persons.begin(), persons.end());
}

}  // namespace

void MentionsToNerSpans(const Document& doc, const AnalyzedText& text,
                        std::span<const ActorMention> mentions,
                        const Lemmatizer* lexicons, bool titles,
                        const PersonRoles* roles, std::vector<NerSpan>* out) {
  out->clear();
  const auto& tokens = text.tokens;
  // Person spans grown to their HIPE extent, with their own spans.
  std::vector<std::pair<NerSpan, NerSpan>> grown;
  // Where the last agent mention ended, and its first kept token.
  uint32_t agent_end = UINT32_MAX, agent_first = 0;
  for (const ActorMention& m : mentions) {
    uint32_t first = 0, end = 0;
    TrimMention(text, m, &first, &end);
    if (first == end) continue;
    std::string_view label = NerLabelOf(m);
    if (label.empty()) {
      if (m.type == "agent") {
        agent_end = m.end_token;
        agent_first = first;
      }
      continue;
    }
    if (label == "PER" && titles && agent_end == m.first_token &&
        m.source == MentionSource::kNameFinder) {
      first = agent_first;
    } else if (label == "PER" && !titles) {
      const uint32_t name_begin =
          m.begin + static_cast<uint32_t>(m.role.size());
      while (first + 1 < end &&
             ((m.source == MentionSource::kNameFinder && !m.role.empty() &&
               tokens[first].begin < name_begin) ||
              (m.source != MentionSource::kNameFinder &&
               !(tokens[first].flags & (kTokenCapitalized | kTokenAllCaps)) &&
               (tokens[first].word_class == WordClass::kNoun ||
                tokens[first].word_class == WordClass::kAdjective)))) {
        ++first;
      }
    }
    bool capitalised = false;
    for (uint32_t i = first; i < end; ++i) {
      capitalised |=
          (tokens[i].flags & (kTokenCapitalized | kTokenAllCaps)) != 0;
    }
    if (!capitalised) continue;
    if (end == first + 1 && tokens[first].word_class == WordClass::kAdjective) {
      continue;
    }
    if (Demonym(text, m, first, end, lexicons)) continue;
    NerSpan span{tokens[first].begin, tokens[end - 1].end, std::string(label)};
    if (span.end > doc.text.size() || span.begin >= span.end) continue;
    if (label == "PER" && titles && roles != nullptr) {
      ActorMention name = m;
      name.first_token = first;
      name.end_token = end;
      const PersonExtent x = ExtendPersonSpan(*roles, text, doc.text, name);
      if (x.begin != span.begin || x.end != span.end) {
        grown.push_back({{x.begin, x.end, span.label}, span});
        continue;
      }
    }
    out->push_back(std::move(span));
  }
  AddGrownPersons(text, grown, out);
  std::sort(out->begin(), out->end(), [](const NerSpan& a, const NerSpan& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end < b.end;
  });
  out->erase(std::unique(out->begin(), out->end(),
                         [](const NerSpan& a, const NerSpan& b) {
                           return a.begin == b.begin && a.end == b.end;
                         }),
             out->end());
}

void NerCounts::Add(const NerCounts& o) {
  gold += o.gold;
  predicted += o.predicted;
  strict += o.strict;
  gold_overlapped += o.gold_overlapped;
  predicted_overlap += o.predicted_overlap;
}

bool NerScorer::Scored(std::string_view label) const {
  return std::find(labels_.begin(), labels_.end(), label) != labels_.end();
}

void NerScorer::Add(std::span<const NerSpan> gold,
                    std::span<const NerSpan> predicted) {
  for (const std::string& label : labels_) counts_[label];
  // Quadratic in the spans of one document, which stay in the hundreds.
  for (const NerSpan& g : gold) {
    if (!Scored(g.label)) continue;
    NerCounts& c = counts_[g.label];
    ++c.gold;
    bool exact = false, overlap = false;
    for (const NerSpan& p : predicted) {
      if (match_labels_ && p.label != g.label) continue;
      if (!match_labels_ || Scored(p.label)) {
        exact |= p.begin == g.begin && p.end == g.end;
        overlap |= Overlaps(p, g);
      }
    }
    c.strict += exact;
    c.gold_overlapped += overlap;
  }
  for (const NerSpan& p : predicted) {
    if (match_labels_ && !Scored(p.label)) continue;
    bool overlap = false;
    for (const NerSpan& g : gold) {
      if (!Scored(g.label) || (match_labels_ && p.label != g.label)) continue;
      overlap |= Overlaps(p, g);
    }
    if (match_labels_) {
      NerCounts& c = counts_[p.label];
      ++c.predicted;
      c.predicted_overlap += overlap;
    } else {
      ++predicted_;
      predicted_overlap_ += overlap;
    }
  }
}

NerCounts NerScorer::Overall() const {
  NerCounts total;
  for (const auto& [label, c] : counts_) total.Add(c);
  if (!match_labels_) {
    total.predicted = predicted_;
    total.predicted_overlap = predicted_overlap_;
  }
  return total;
}

}  // namespace tocsin
