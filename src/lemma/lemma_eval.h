// Lemma accuracy against a CoNLL-U gold file (e.g. UD French-Sequoia).
//
// Each gold sentence's syntactic words become one AnalyzedText sentence: the
// normalised text is the words joined by single spaces, and each token gets
// the flags and class the tokenizer would give it (capitalised, all caps,
// elided, hyphen clitic; NUM for tokens starting with a digit, PUNCT/SYM for
// punctuation and symbols). Gold POS is never an input. Lemmas are compared
// as exact strings, case included (UD keeps proper nouns' case); no other
// normalisation.
#ifndef TOCSIN_LEMMA_LEMMA_EVAL_H_
#define TOCSIN_LEMMA_LEMMA_EVAL_H_

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "lemma/conllu.h"
#include "lemma/lemmatizer.h"
#include "tocsin/status.h"
#include "tocsin/text.h"

namespace tocsin {

struct LemmaEvalCounts {
  uint64_t tokens = 0, correct = 0;
};

struct LemmaConfusion {
  std::string gold_upos, form, gold_lemma, predicted_lemma;
  uint64_t count = 0;
};

struct LemmaEvalResult {
  uint64_t tokens = 0, correct = 0, verb_tokens = 0, verb_correct = 0;
  uint64_t sentences = 0;
  uint64_t class_correct = 0;  // predicted word class == gold UPOS
  std::map<std::string, LemmaEvalCounts> by_upos;  // by gold UPOS
  // Most frequent (form, gold lemma, predicted lemma) errors, most first.
  std::vector<LemmaConfusion> top_confusions;

  double Accuracy() const { return tokens ? double(correct) / tokens : 0; }
  double VerbAccuracy() const {
    return verb_tokens ? double(verb_correct) / verb_tokens : 0;
  }
};

// Evaluates `lemmatizer` on the gold file at `conllu_path`. NotFound if the
// file is missing, InvalidArgument if it is malformed.
StatusOr<LemmaEvalResult> EvaluateLemmas(const std::string& conllu_path,
                                         std::string_view language,
                                         const Lemmatizer& lemmatizer);

// Builds the AnalyzedText the evaluation feeds to the lemmatizer from one
// gold sentence (one sentence, one paragraph). Exposed for tests.
void BuildGoldText(const ConlluSentence& sentence, std::string_view language,
                   AnalyzedText* text);

// A plain-text report: overall and VERB accuracy, per-UPOS table, top
// confusions.
std::string FormatLemmaEval(const LemmaEvalResult& result,
                            size_t max_confusions = 25);

}  // namespace tocsin

#endif  // TOCSIN_LEMMA_LEMMA_EVAL_H_
