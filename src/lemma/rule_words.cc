// Interning of the words the context rules name (analysis.h, RuleWord).
// Runs once per fresh analysis (cache misses), never per cached token.
#include <cstring>
#include <string_view>

#include "lemma/analysis.h"

namespace tocsin {
namespace {

bool SameText(std::string_view a, std::string_view b) {
  return a.size() == b.size() &&
         (a.data() == b.data() ||
          std::memcmp(a.data(), b.data(), a.size()) == 0);
}

RuleWord LemmaWord(std::string_view s) {
  if (s.size() != 2) return RuleWord::kNone;
  if (s == "un") return RuleWord::kUn;
  if (s == "ne") return RuleWord::kNe;
  if (s == "en") return RuleWord::kEn;
  if (s == "si") return RuleWord::kSi;
  if (s == "do") return RuleWord::kDo;
  return RuleWord::kNone;
}

bool IsDegreeAdverb(std::string_view s) {
  switch (s.size()) {
    case 2:
      return s == "si";
    case 4:
      return s == "plus" || s == "trop" || s == "fort";
    case 5:
      return s == "très" || s == "moins" || s == "aussi" || s == "assez";
    default:
      return false;
  }
}

uint8_t LemmaBits(std::string_view s) {
  return (s.starts_with("ce") ? kRuleStartsCe : 0) |
         (IsDegreeAdverb(s) ? kRuleDegree : 0);
}

RuleWord FormWord(std::string_view s) {
  if (s == "en") return RuleWord::kEn;
  if (s == "de") return RuleWord::kDe;
  if (s == "des") return RuleWord::kDes;
  if (s == "d'") return RuleWord::kDApostrophe;
  if (s == "to") return RuleWord::kTo;
  if (s == "'s") return RuleWord::kApostropheS;
  if (s == "that") return RuleWord::kThat;
  return RuleWord::kNone;
}

}  // namespace

void InternFormWord(TokenAnalyses* t) {
  t->form_word = FormWord(t->form);
  t->form_bits = t->form.starts_with("il") ? kRuleStartsIl : 0;
}

void InternRuleWords(TokenAnalyses* t) {
  InternFormWord(t);
  for (uint8_t i = 0; i < t->count; ++i) {
    Analysis& a = t->analyses[i];
    // A lemma spelled like the form views the form itself: writing it out
    // and comparing it with the form are then pointer tests.
    if (SameText(a.lemma, t->form)) a.lemma = t->form;
    a.lemma_word = LemmaWord(a.lemma);
    a.lemma_bits = LemmaBits(a.lemma);
  }
}

}  // namespace tocsin
