// Per-token scratch the lemmatizer fills from the lexicon and then
// disambiguates. Internal to src/lemma.
#ifndef TOCSIN_LEMMA_ANALYSIS_H_
#define TOCSIN_LEMMA_ANALYSIS_H_

#include <cstdint>
#include <span>
#include <string_view>

#include "lemma/lexicon_format.h"
#include "tocsin/text.h"

namespace tocsin {

// How to spell an analysis' lemma when it is written out.
enum class LemmaSource : uint8_t {
  kLexicon,    // `lemma`, a view into the lexicon (or the normalised text)
  kLowerForm,  // `lemma` lower-cased (a guess built from the form)
  kPrefixed,   // form[0, prefix_length) + `lemma` (ex-président)
};

struct Analysis {
  std::string_view lemma;
  uint32_t features = 0;
  int16_t score = 0;  // prior, then prior + context
  uint16_t prefix_length = 0;
  WordClass word_class = WordClass::kUnknown;
  LemmaSource source = LemmaSource::kLexicon;
};

inline constexpr int kMaxAnalyses = 12;

struct TokenAnalyses {
  std::string_view form;  // normalised form
  Analysis analyses[kMaxAnalyses];
  uint8_t count = 0;
  uint8_t best = 0;
  uint8_t token_flags = 0;  // tocsin::TokenFlag bits
  bool fixed = false;       // class set by the tokenizer; keep it
  bool known = false;       // found in the lexicon
  WordClass fixed_class = WordClass::kUnknown;
  uint32_t class_mask = 0;    // bit (1 << WordClass) per analysis
  uint32_t feature_mask = 0;  // union of the analyses' features

  void Add(const Analysis& a) {
    if (count == kMaxAnalyses) return;  // ordered by prior: drop the tail
    analyses[count++] = a;
    class_mask |= 1u << static_cast<unsigned>(a.word_class);
    feature_mask |= a.features;
  }
  bool Has(WordClass c) const {
    return (class_mask >> static_cast<unsigned>(c)) & 1u;
  }
  // The chosen analysis. REQUIRES: count > 0 or fixed.
  WordClass Class() const {
    return fixed ? fixed_class : analyses[best].word_class;
  }
  const Analysis& Best() const { return analyses[best]; }
  uint32_t BestFeatures() const { return fixed ? 0 : analyses[best].features; }
};

constexpr uint32_t ClassBit(WordClass c) {
  return 1u << static_cast<unsigned>(c);
}

// Sets `best` on every token from the scores (highest wins; earlier analyses
// win ties). Used by the language rules after they adjust scores.
inline void PickBest(TokenAnalyses& t) {
  t.best = 0;
  for (uint8_t i = 1; i < t.count; ++i) {
    if (t.analyses[i].score > t.analyses[t.best].score) t.best = i;
  }
}

// Chooses an analysis for every token of a sentence, left to right, from
// lexicon priors and context rules. REQUIRES: each non-fixed token has at
// least one analysis.
void DisambiguateFrench(std::span<TokenAnalyses> tokens);
void DisambiguateEnglish(std::span<TokenAnalyses> tokens);

}  // namespace tocsin

#endif  // TOCSIN_LEMMA_ANALYSIS_H_
