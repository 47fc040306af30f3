// Lemmatisation and coarse word classes (UD UPOS) for French and English.
//
// Each language has a compiled lexicon (lexicon-fr.bin from the Lefff,
// lexicon-en.bin from WordNet, both plus our closed-class lists; built by
// cmake/lexicon.cmake). For each token the lemmatizer looks up its candidate
// analyses (exact form first, for proper nouns, then the lower-cased form;
// English adds WordNet's Morphy suffix rules), then chooses among them from
// lexicon priors and a few context rules (french_rules.cc,
// english_rules.cc).
#ifndef TOCSIN_LEMMA_LEMMATIZER_H_
#define TOCSIN_LEMMA_LEMMATIZER_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "lemma/lexicon.h"
#include "tocsin/status.h"
#include "tocsin/text.h"

namespace tocsin {

// Immutable after Open: LemmatizeSentence may run concurrently on different
// AnalyzedTexts from many threads (each thread keeps its own scratch).
class Lemmatizer {
 public:
  // Opens data_dir/lexicon-fr.bin and data_dir/lexicon-en.bin
  // (memory-mapped). NotFound if one is missing, DataLoss if one is corrupt.
  static StatusOr<std::unique_ptr<Lemmatizer>> Open(
      const std::string& data_dir);
  // From already-opened lexicons (tests). REQUIRES: both non-null.
  Lemmatizer(std::unique_ptr<Lexicon> french, std::unique_ptr<Lexicon> english)
      : french_(std::move(french)), english_(std::move(english)) {}

  // Sets the lemma (text->SetLemma; left as an empty span, which Lemma()
  // reads as the normalised form, when it is byte-identical to that form)
  // and word_class of tokens
  // [first_token, end_token) of one sentence in `language` ("fr", "en"; any
  // other language: the lemma is the lower-cased form and the class is left
  // as is). Tokens whose class the tokenizer set (PUNCT, NUM, SYM, URL,
  // HANDLE, HASHTAG) keep it and get no lemma (Lemma() falls back to the
  // form). Reads forms via text->Normalized(token) and token.flags.
  // Also sets those tokens' keys (text->form_keys and lemma_keys, grown to
  // text->tokens.size(); see text/token_keys.h), which the analysis cache
  // remembers with the lemmas.
  // Allocates nothing per token once text->lemmas and this thread's scratch
  // have grown (and its analysis cache, analysis_cache.h, once per thread). An
  // out-of-range token range is clamped to text->tokens.
  void LemmatizeSentence(std::string_view language, uint32_t first_token,
                         uint32_t end_token, AnalyzedText* text) const;

  const Lexicon& french() const { return *french_; }
  const Lexicon& english() const { return *english_; }

 private:
  std::unique_ptr<Lexicon> french_;
  std::unique_ptr<Lexicon> english_;
};

// True for the classes the tokenizer assigns and the lemmatizer keeps.
constexpr bool IsTokenizerClass(WordClass c) {
  constexpr uint32_t kClasses =
      1u << static_cast<unsigned>(WordClass::kPunctuation) |
      1u << static_cast<unsigned>(WordClass::kNumeral) |
      1u << static_cast<unsigned>(WordClass::kSymbol) |
      1u << static_cast<unsigned>(WordClass::kUrl) |
      1u << static_cast<unsigned>(WordClass::kHandle) |
      1u << static_cast<unsigned>(WordClass::kHashtag);
  return static_cast<unsigned>(c) < 32 &&
         ((kClasses >> static_cast<unsigned>(c)) & 1) != 0;
}

}  // namespace tocsin

#endif  // TOCSIN_LEMMA_LEMMATIZER_H_
