#include "text/token_keys.h"

namespace tocsin {

void ComputeTokenKeys(AnalyzedText* text) {
  const size_t n = text->tokens.size();
  text->form_keys.resize(n);
  text->lemma_keys.resize(n);
  ComputeTokenKeys(text, 0, static_cast<uint32_t>(n));
}

void ComputeTokenKeys(AnalyzedText* text, uint32_t first, uint32_t end) {
  for (uint32_t i = first; i < end; ++i) {
    const Token& t = text->tokens[i];
    const std::string_view form = text->Normalized(t);
    const uint64_t form_key = FoldKey(form);
    text->form_keys[i] = form_key;
    // Most tokens are their own lemma: one fold serves both.
    const std::string_view lemma = text->Lemma(t);
    text->lemma_keys[i] = lemma == form ? form_key : FoldKey(lemma);
  }
}

}  // namespace tocsin
