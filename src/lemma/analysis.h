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

// The few words the context rules name, interned when an analysis is built
// (InternRuleWords) so that the rules, which run for every token, compare
// one byte instead of strings.
enum class RuleWord : uint8_t {
  kNone = 0,
  // French.
  kUn,           // lemma "un"
  kNe,           // lemma "ne"
  kEn,           // lemma or form "en"
  kSi,           // lemma "si"
  kDe,           // form "de"
  kDes,          // form "des"
  kDApostrophe,  // form "d'"
  // English.
  kDo,           // lemma "do"
  kTo,           // form "to"
  kApostropheS,  // form "'s"
  kThat,         // form "that"
};

// RuleWordBits: prefix and list properties of a lemma or form.
inline constexpr uint8_t kRuleStartsCe = 1;  // lemma starts with "ce"
inline constexpr uint8_t kRuleStartsIl = 2;  // form starts with "il"
inline constexpr uint8_t kRuleDegree = 4;    // lemma très, plus, moins...

struct Analysis {
  std::string_view lemma;
  uint32_t features = 0;
  int16_t score = 0;  // prior, then prior + context
  uint16_t prefix_length = 0;
  WordClass word_class = WordClass::kUnknown;
  LemmaSource source = LemmaSource::kLexicon;
  RuleWord lemma_word = RuleWord::kNone;  // set by InternRuleWords
  uint8_t lemma_bits = 0;                 // kRule* bits of the lemma
};

inline constexpr int kMaxAnalyses = 12;

// The token's fields come first, so that they share a cache line with the
// first analysis: the rules read them for each neighbour of each token.
struct TokenAnalyses {
  std::string_view form;  // normalised form
  uint8_t count = 0;
  uint8_t best = 0;
  uint8_t token_flags = 0;  // tocsin::TokenFlag bits
  bool fixed = false;       // class set by the tokenizer; keep it
  bool known = false;       // found in the lexicon
  WordClass fixed_class = WordClass::kUnknown;
  RuleWord form_word = RuleWord::kNone;  // set by InternRuleWords
  uint8_t form_bits = 0;                 // kRule* bits of the form
  uint32_t class_mask = 0;               // bit (1 << WordClass) per analysis
  uint32_t feature_mask = 0;             // union of the analyses' features
  // Class() and BestFeatures() once the rules have decided the token (set
  // by Disambiguate* as it passes it; the rules read them for the tokens
  // before the current one).
  WordClass decided_class = WordClass::kUnknown;
  uint32_t decided_features = 0;
  // FoldKey (dict/fold.h) of the form and of the first analysis' lemma as
  // written out: the token keys the pipeline needs, remembered by the
  // analysis cache with the rest, so a frequent word is folded and hashed
  // once per thread instead of once per occurrence.
  uint64_t form_key = 0;
  uint64_t first_lemma_key = 0;
  Analysis analyses[kMaxAnalyses];

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
  // Records Class() and BestFeatures() in decided_*.
  void Decide() {
    decided_class = Class();
    decided_features = BestFeatures();
  }
};

// Sets form_word/form_bits of `t` and lemma_word/lemma_bits of each of its
// analyses, and points every lemma spelled like the form at the form itself
// (so that lemma == form is a pointer test). The analysers call it last.
void InternRuleWords(TokenAnalyses* t);
// Sets only form_word/form_bits (tokens whose class the tokenizer fixed).
void InternFormWord(TokenAnalyses* t);

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
