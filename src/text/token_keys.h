// The folded keys of a text's tokens (AnalyzedText::form_keys, lemma_keys):
// the integers every dictionary matcher looks tokens up by. In the pipeline
// the lemmatizer sets them as it writes each sentence's lemmas (for
// frequent words from its analysis cache, without folding again);
// ComputeTokenKeys does the same for a text lemmatised otherwise, and the
// accessors fall back to folding when a text carries none, so a stage gives
// the same answer on a text analysed by hand.
#ifndef TOCSIN_TEXT_TOKEN_KEYS_H_
#define TOCSIN_TEXT_TOKEN_KEYS_H_

#include <cstdint>

#include "dict/fold.h"
#include "tocsin/text.h"

namespace tocsin {

// Sets text->form_keys and lemma_keys for every token. REQUIRES: lemmas are
// final; a later change to a token's text or lemma leaves the keys stale.
void ComputeTokenKeys(AnalyzedText* text);

// The same for tokens [first, end) only. REQUIRES: text->form_keys and
// lemma_keys hold at least `end` entries.
void ComputeTokenKeys(AnalyzedText* text, uint32_t first, uint32_t end);

// FoldKey of token i's normalised form.
inline uint64_t FormKey(const AnalyzedText& text, uint32_t i) {
  return i < text.form_keys.size() ? text.form_keys[i]
                                   : FoldKey(text.Normalized(text.tokens[i]));
}
// FoldKey of token i's lemma (its form's key when it has no lemma).
inline uint64_t LemmaKey(const AnalyzedText& text, uint32_t i) {
  return i < text.lemma_keys.size() ? text.lemma_keys[i]
                                    : FoldKey(text.Lemma(text.tokens[i]));
}

}  // namespace tocsin

#endif  // TOCSIN_TEXT_TOKEN_KEYS_H_
