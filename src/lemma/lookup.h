// Fills a token's candidate analyses from a compiled lexicon: exact form,
// lower-cased form, the English suffix rules (Morphy) and guesses for
// unknown words. Internal to src/lemma.
#ifndef TOCSIN_LEMMA_LOOKUP_H_
#define TOCSIN_LEMMA_LOOKUP_H_

#include <cstdint>
#include <string_view>

#include "lemma/analysis.h"
#include "lemma/lexicon.h"

namespace tocsin {

// `initial`: the token starts its sentence (after any opening punctuation),
// where a capital says nothing about proper nouns. `flags`: TokenFlag bits.
// Resets *out, then fills it; on return out->count >= 1. No allocation.
void AnalyzeFrenchToken(const Lexicon& lexicon, std::string_view form,
                        uint8_t flags, bool initial, TokenAnalyses* out);
void AnalyzeEnglishToken(const Lexicon& lexicon, std::string_view form,
                         uint8_t flags, bool initial, TokenAnalyses* out);

// Hints for a token about to be analysed: prefetch the lexicon lines its
// first lookups read (the form, its lower-cased form and, in English, the
// stems of the suffix rules). The lexicon is far larger than the CPU
// caches, so an analysis otherwise waits for memory several times in a row.
void PrefetchFrenchToken(const Lexicon& lexicon, std::string_view form);
void PrefetchEnglishToken(const Lexicon& lexicon, std::string_view form);

// Adds the lexicon's analyses of `candidates` to *out, each scored
// prior + `bonus`.
void AddLexiconAnalyses(const Lexicon& lexicon,
                        std::span<const Candidate> candidates, int bonus,
                        TokenAnalyses* out);

}  // namespace tocsin

#endif  // TOCSIN_LEMMA_LOOKUP_H_
