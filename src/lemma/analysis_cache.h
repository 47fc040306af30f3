// A per-thread memo of a token's candidate analyses, in front of
// AnalyzeFrenchToken / AnalyzeEnglishToken. Internal to src/lemma.
//
// Why: news repeats a few thousand word forms for most of its tokens, and
// each fresh analysis costs a case test, one or two lexicon probes (random
// reads in a table of many megabytes, so mostly cache misses), candidate
// copies and, in English, the Morphy suffix rules. The analysis of a form is
// a pure function of (lexicon, form bytes, sentence-initial, all-caps flag),
// so remembering it changes no result.
#ifndef TOCSIN_LEMMA_ANALYSIS_CACHE_H_
#define TOCSIN_LEMMA_ANALYSIS_CACHE_H_

#include <cstdint>
#include <string_view>

#include "lemma/analysis.h"
#include "lemma/lexicon.h"

namespace tocsin {

// Direct-mapped, one per thread (see ForThisThread); not thread-safe itself.
// Forms longer than kMaxFormBytes and tokens with more than kMaxCached
// analyses are never stored, so a hit always restores the complete result.
class AnalysisCache {
 public:
  static constexpr size_t kMaxFormBytes = 24;
  static constexpr int kMaxCached = 4;
  static constexpr uint32_t kSlots = 16384;  // ~2.3 MiB per thread

  // This thread's cache, created on first use (the only allocation).
  static AnalysisCache& ForThisThread();

  // On a hit, fills *out exactly as the analyser would have (views into
  // `form` and into the lexicon) and returns true.
  bool Lookup(const Lexicon& lexicon, std::string_view form, uint8_t flags,
              bool initial, TokenAnalyses* out);
  // Remembers *analysed, the analyser's result for these arguments, when it
  // fits; every lemma must view either `form` or the lexicon's strings.
  void Store(const Lexicon& lexicon, std::string_view form, uint8_t flags,
             bool initial, const TokenAnalyses& analysed);

 private:
  struct CachedAnalysis {
    const char* lemma;  // into the lexicon, or an offset into the form
    uint32_t features;
    uint16_t lemma_length;
    uint16_t prefix_length;
    int16_t score;
    WordClass word_class;
    LemmaSource source;
    bool in_form;  // lemma is form.substr((uintptr_t)lemma, lemma_length)
  };
  struct Slot {
    uint64_t lexicon_id = 0;            // 0: empty (lexicon ids start at 1)
    uint64_t words[kMaxFormBytes / 8];  // the form, zero-padded
    uint32_t class_mask;
    uint32_t feature_mask;
    uint8_t length;
    uint8_t mode;  // initial | all-caps bits
    uint8_t count;
    bool known;
    CachedAnalysis analyses[kMaxCached];
  };
  struct Key {
    uint64_t words[kMaxFormBytes / 8] = {};
    uint32_t slot = 0;
    uint8_t mode = 0;
  };

  static bool MakeKey(std::string_view form, uint8_t flags, bool initial,
                      Key* key);

  Slot slots_[kSlots];
};

}  // namespace tocsin

#endif  // TOCSIN_LEMMA_ANALYSIS_CACHE_H_
