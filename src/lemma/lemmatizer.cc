#include "lemma/lemmatizer.h"

#include <algorithm>
#include <cstring>
#include <span>
#include <vector>

#include "lemma/analysis.h"
#include "lemma/analysis_cache.h"
#include "lemma/casefold.h"
#include "lemma/lookup.h"

namespace tocsin {
namespace {

constexpr size_t kMaxLemmaBytes = 256;

// Points `token` at `lemma`: nothing is written to the arena when the lemma
// is the normalised form itself (most tokens), since Lemma() falls back to
// that form on an empty span.
void SetLemmaOrForm(std::string_view lemma, std::string_view form, Token& token,
                    AnalyzedText* text) {
  // Cheapest tests first: most lemmas either view the form itself or
  // differ in length.
  if (lemma.size() == form.size() &&
      (lemma.data() == form.data() || form.empty() ||
       std::memcmp(lemma.data(), form.data(), form.size()) == 0)) {
    token.lemma_begin = token.lemma_end = 0;
    return;
  }
  text->SetLemma(token, lemma);
}

// Points `token` at `a`'s lemma for `form`.
void WriteLemma(const Analysis& a, std::string_view form, Token& token,
                AnalyzedText* text) {
  char buf[kMaxLemmaBytes];
  switch (a.source) {
    case LemmaSource::kLexicon:
      SetLemmaOrForm(a.lemma, form, token, text);
      return;
    case LemmaSource::kLowerForm: {
      std::string_view lower = LowercaseInto(a.lemma, buf, sizeof(buf));
      SetLemmaOrForm(lower.empty() ? a.lemma : lower, form, token, text);
      return;
    }
    case LemmaSource::kPrefixed: {
      std::string_view prefix = form.substr(0, a.prefix_length);
      std::string_view lower = LowercaseInto(prefix, buf, sizeof(buf));
      token.lemma_begin = static_cast<uint32_t>(text->lemmas.size());
      text->lemmas.append(lower.empty() ? prefix : lower);
      text->lemmas.append(a.lemma);
      token.lemma_end = static_cast<uint32_t>(text->lemmas.size());
      return;
    }
  }
}

void LowercaseSentence(std::span<Token> tokens, AnalyzedText* text) {
  char buf[kMaxLemmaBytes];
  for (Token& t : tokens) {
    if (IsTokenizerClass(t.word_class)) continue;
    std::string_view form = text->Normalized(t);
    std::string_view lower = LowercaseInto(form, buf, sizeof(buf));
    SetLemmaOrForm(lower.empty() ? form : lower, form, t, text);
  }
}

}  // namespace

bool IsTokenizerClass(WordClass c) {
  switch (c) {
    case WordClass::kPunctuation:
    case WordClass::kNumeral:
    case WordClass::kSymbol:
    case WordClass::kUrl:
    case WordClass::kHandle:
    case WordClass::kHashtag:
      return true;
    default:
      return false;
  }
}

StatusOr<std::unique_ptr<Lemmatizer>> Lemmatizer::Open(
    const std::string& data_dir) {
  TOCSIN_ASSIGN_OR_RETURN(std::unique_ptr<Lexicon> fr,
                          Lexicon::Open(data_dir + "/lexicon-fr.bin"));
  TOCSIN_ASSIGN_OR_RETURN(std::unique_ptr<Lexicon> en,
                          Lexicon::Open(data_dir + "/lexicon-en.bin"));
  if (fr->language() != "fr" || en->language() != "en") {
    return DataLossError(data_dir + ": lexicon files hold the wrong languages");
  }
  return std::make_unique<Lemmatizer>(std::move(fr), std::move(en));
}

void Lemmatizer::LemmatizeSentence(std::string_view language,
                                   uint32_t first_token, uint32_t end_token,
                                   AnalyzedText* text) const {
  end_token = std::min<uint32_t>(end_token, text->tokens.size());
  if (first_token >= end_token) return;
  std::span<Token> tokens(text->tokens.data() + first_token,
                          end_token - first_token);
  const bool french = language == "fr";
  if (!french && language != "en") {
    LowercaseSentence(tokens, text);
    return;
  }
  const Lexicon& lexicon = french ? *french_ : *english_;
  // Scratch grows to the longest sentence seen on this thread, then is reused.
  thread_local std::vector<TokenAnalyses> scratch;
  if (scratch.size() < tokens.size()) scratch.resize(tokens.size());
  std::span<TokenAnalyses> analyses(scratch.data(), tokens.size());
  AnalysisCache& cache = AnalysisCache::ForThisThread();

  bool initial = true;
  for (size_t i = 0; i < tokens.size(); ++i) {
    const Token& tok = tokens[i];
    TokenAnalyses& a = analyses[i];
    std::string_view form = text->Normalized(tok);
    if (IsTokenizerClass(tok.word_class)) {
      a.form = form;
      a.count = 0;
      a.fixed = true;
      a.fixed_class = tok.word_class;
      a.token_flags = tok.flags;
      a.class_mask = a.feature_mask = 0;
      if (tok.word_class != WordClass::kPunctuation) initial = false;
      continue;
    }
    // Most tokens are frequent words seen before on this thread: the cache
    // returns their analyses without touching the lexicon's tables.
    if (!cache.Lookup(lexicon, form, tok.flags, initial, &a)) {
      if (french) {
        AnalyzeFrenchToken(lexicon, form, tok.flags, initial, &a);
      } else {
        AnalyzeEnglishToken(lexicon, form, tok.flags, initial, &a);
      }
      cache.Store(lexicon, form, tok.flags, initial, a);
    }
    initial = false;
  }
  if (french) {
    DisambiguateFrench(analyses);
  } else {
    DisambiguateEnglish(analyses);
  }
  for (size_t i = 0; i < tokens.size(); ++i) {
    const TokenAnalyses& a = analyses[i];
    if (a.fixed || a.count == 0) continue;
    WriteLemma(a.Best(), a.form, tokens[i], text);
    tokens[i].word_class = a.Best().word_class;
  }
}

}  // namespace tocsin
