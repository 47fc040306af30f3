#include "lemma/lemmatizer.h"

#include <algorithm>
#include <span>
#include <vector>

#include "lemma/analysis.h"
#include "lemma/casefold.h"
#include "lemma/lookup.h"

namespace tocsin {
namespace {

constexpr size_t kMaxLemmaBytes = 256;

// Appends `a`'s lemma for `form` to the arena and points `token` at it.
void WriteLemma(const Analysis& a, std::string_view form, Token& token,
                AnalyzedText* text) {
  char buf[kMaxLemmaBytes];
  switch (a.source) {
    case LemmaSource::kLexicon:
      text->SetLemma(token, a.lemma);
      return;
    case LemmaSource::kLowerForm: {
      std::string_view lower = LowercaseInto(a.lemma, buf, sizeof(buf));
      text->SetLemma(token, lower.empty() ? a.lemma : lower);
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
    text->SetLemma(t, lower.empty() ? form : lower);
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
    if (french) {
      AnalyzeFrenchToken(lexicon, form, tok.flags, initial, &a);
    } else {
      AnalyzeEnglishToken(lexicon, form, tok.flags, initial, &a);
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
