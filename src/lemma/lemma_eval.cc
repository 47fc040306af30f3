#include "lemma/lemma_eval.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <tuple>

namespace tocsin {
namespace {

// Classes the tokenizer assigns by character type, not by lexicon.
WordClass TokenizerClass(std::string_view form) {
  if (form.empty()) return WordClass::kUnknown;
  if (form[0] >= '0' && form[0] <= '9') return WordClass::kNumeral;
  const auto* p = reinterpret_cast<const uint8_t*>(form.data());
  const int32_t n = static_cast<int32_t>(form.size());
  bool all_punct = true, all_symbol = true;
  for (int32_t i = 0; i < n;) {
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c < 0) return WordClass::kUnknown;
    const int32_t mask = U_GET_GC_MASK(c);
    all_punct &= (mask & U_GC_P_MASK) != 0;
    all_symbol &= (mask & U_GC_S_MASK) != 0;
  }
  if (all_punct) return WordClass::kPunctuation;
  if (all_symbol) return WordClass::kSymbol;
  return WordClass::kUnknown;
}

uint8_t TokenizerFlags(std::string_view form, bool space_before) {
  uint8_t flags = space_before ? kTokenSpaceBefore : 0;
  const auto* p = reinterpret_cast<const uint8_t*>(form.data());
  const int32_t n = static_cast<int32_t>(form.size());
  int letters = 0, upper = 0;
  bool first_upper = false;
  for (int32_t i = 0; i < n;) {
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c < 0 || !u_isalpha(c)) continue;
    if (letters == 0) first_upper = u_isupper(c);
    ++letters;
    upper += u_isupper(c) ? 1 : 0;
  }
  if (first_upper) flags |= kTokenCapitalized;
  if (letters >= 2 && upper == letters) flags |= kTokenAllCaps;
  if (form.size() > 1 && form.back() == '\'') flags |= kTokenElided;
  if (form.size() > 1 && (form[0] == '-' || form[0] == '\'')) {
    flags |= kTokenClitic;
  }
  if (form == "n't") flags |= kTokenClitic;
  return flags;
}

}  // namespace

void BuildGoldText(const ConlluSentence& sentence, std::string_view language,
                   AnalyzedText* text) {
  text->Clear();
  text->language = std::string(language);
  Paragraph para;
  para.language = std::string(language);
  Sentence sent;
  for (size_t i = 0; i < sentence.words.size(); ++i) {
    if (i > 0) text->normalized.push_back(' ');
    std::string_view form = sentence.words[i].form;
    Token t;
    t.begin = t.norm_begin = static_cast<uint32_t>(text->normalized.size());
    text->normalized.append(form);
    t.end = t.norm_end = static_cast<uint32_t>(text->normalized.size());
    t.flags = TokenizerFlags(form, i > 0);
    t.word_class = TokenizerClass(form);
    text->tokens.push_back(t);
  }
  for (size_t i = 0; i <= text->normalized.size(); ++i) {
    text->norm_to_orig.push_back(static_cast<uint32_t>(i));
  }
  para.end = sent.end = static_cast<uint32_t>(text->normalized.size());
  sent.end_token = static_cast<uint32_t>(text->tokens.size());
  text->paragraphs.push_back(para);
  text->sentences.push_back(sent);
}

StatusOr<LemmaEvalResult> EvaluateLemmas(const std::string& conllu_path,
                                         std::string_view language,
                                         const Lemmatizer& lemmatizer) {
  std::ifstream in(conllu_path);
  if (!in) return NotFoundError(conllu_path + ": cannot open");
  ConlluReader reader(&in, conllu_path);
  ConlluSentence sentence;
  AnalyzedText text;
  LemmaEvalResult r;
  std::map<std::tuple<std::string, std::string, std::string, std::string>,
           uint64_t>
      confusions;
  while (true) {
    TOCSIN_ASSIGN_OR_RETURN(bool more, reader.Next(&sentence));
    if (!more) break;
    ++r.sentences;
    BuildGoldText(sentence, language, &text);
    lemmatizer.LemmatizeSentence(
        language, 0, static_cast<uint32_t>(text.tokens.size()), &text);
    for (size_t i = 0; i < sentence.words.size(); ++i) {
      const ConlluWord& gold = sentence.words[i];
      const Token& t = text.tokens[i];
      std::string_view predicted = text.Lemma(t);
      const bool ok = predicted == gold.lemma;
      ++r.tokens;
      r.correct += ok;
      LemmaEvalCounts& u = r.by_upos[gold.upos];
      ++u.tokens;
      u.correct += ok;
      if (gold.upos == "VERB") {
        ++r.verb_tokens;
        r.verb_correct += ok;
      }
      if (gold.upos == WordClassName(t.word_class)) ++r.class_correct;
      if (!ok) {
        ++confusions[{gold.upos, gold.form, gold.lemma,
                      std::string(predicted)}];
      }
    }
  }
  for (const auto& [key, count] : confusions) {
    const auto& [upos, form, gold_lemma, predicted] = key;
    r.top_confusions.push_back({upos, form, gold_lemma, predicted, count});
  }
  std::stable_sort(r.top_confusions.begin(), r.top_confusions.end(),
                   [](const LemmaConfusion& a, const LemmaConfusion& b) {
                     return a.count > b.count;
                   });
  if (r.top_confusions.size() > 100) r.top_confusions.resize(100);
  return r;
}

std::string FormatLemmaEval(const LemmaEvalResult& r, size_t max_confusions) {
  std::string out;
  char line[256];
  auto pct = [](uint64_t a, uint64_t b) { return b ? 100.0 * a / b : 0.0; };
  std::snprintf(line, sizeof(line),
                "sentences %llu, words %llu\nlemma accuracy %.2f%%  VERB "
                "%.2f%% (%llu/%llu)  UPOS accuracy %.2f%%\n",
                (unsigned long long)r.sentences, (unsigned long long)r.tokens,
                pct(r.correct, r.tokens), pct(r.verb_correct, r.verb_tokens),
                (unsigned long long)r.verb_correct,
                (unsigned long long)r.verb_tokens,
                pct(r.class_correct, r.tokens));
  out += line;
  out += "gold UPOS   words  lemma accuracy\n";
  for (const auto& [upos, c] : r.by_upos) {
    std::snprintf(line, sizeof(line), "%-8s %7llu  %6.2f%%\n", upos.c_str(),
                  (unsigned long long)c.tokens, pct(c.correct, c.tokens));
    out += line;
  }
  out += "top errors (count, gold UPOS, form, gold lemma -> ours)\n";
  for (size_t i = 0; i < r.top_confusions.size() && i < max_confusions; ++i) {
    const LemmaConfusion& c = r.top_confusions[i];
    std::snprintf(line, sizeof(line), "%5llu  %-6s %s  %s -> %s\n",
                  (unsigned long long)c.count, c.gold_upos.c_str(),
                  c.form.c_str(), c.gold_lemma.c_str(),
                  c.predicted_lemma.c_str());
    out += line;
  }
  return out;
}

}  // namespace tocsin
