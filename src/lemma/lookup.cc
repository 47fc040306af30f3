#include "lemma/lookup.h"

#include <cstring>

#include "lemma/casefold.h"

namespace tocsin {
namespace {

constexpr size_t kMaxWordBytes = 128;

// Scores for analyses that the lexicon does not give (see the French and
// English analysers below). Lexicon priors are 30..99.
constexpr int kProperNounMidSentence = 62;
constexpr int kProperNounUnknown = 70;
constexpr int kProperNounInitial = 35;
constexpr int kLowercaseMidSentencePenalty = 15;
constexpr int kExactProperNounBonus = 15;
constexpr int kGuessScore = 30;

bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }

Analysis FormAnalysis(std::string_view form, WordClass c, int score,
                      LemmaSource source = LemmaSource::kLexicon) {
  Analysis a;
  a.lemma = form;
  a.word_class = c;
  a.score = static_cast<int16_t>(score);
  a.source = source;
  return a;
}

bool HasProperNoun(const TokenAnalyses& t) {
  return t.Has(WordClass::kProperNoun);
}

// Unknown word: a numeral, a hyphenated compound whose last part is known
// (ex-président -> ex- + président), an adverb in -ment, or a noun.
void GuessUnknown(const Lexicon& lexicon, std::string_view form,
                  std::string_view lower, TokenAnalyses* out) {
  for (char c : form) {
    if (IsAsciiDigit(c)) {
      out->Add(FormAnalysis(form, WordClass::kNumeral, kGuessScore));
      return;
    }
  }
  size_t hyphen = lower.rfind('-');
  if (hyphen != std::string_view::npos && hyphen > 0 &&
      hyphen + 1 < lower.size()) {
    std::span<const Candidate> tail = lexicon.Find(lower.substr(hyphen + 1));
    for (const Candidate& c : tail) {
      WordClass wc = Lexicon::ClassOf(c);
      if (wc != WordClass::kNoun && wc != WordClass::kAdjective &&
          wc != WordClass::kVerb) {
        continue;
      }
      Analysis a = FormAnalysis(lexicon.LemmaOf(c), wc, c.prior - 10);
      a.features = c.features;
      a.source = LemmaSource::kPrefixed;
      a.prefix_length = static_cast<uint16_t>(hyphen + 1);
      out->Add(a);
    }
    if (out->count > 0) return;
  }
  if (lower.size() > 5 && lower.ends_with("ment")) {
    out->Add(FormAnalysis(form, WordClass::kAdverb, kGuessScore,
                          LemmaSource::kLowerForm));
    return;
  }
  // A plural in -s (vététistes): the lemma drops it.
  if (lower.size() > 4 && lower.back() == 's' && !lower.ends_with("ss") &&
      !lower.ends_with("us") && !lower.ends_with("is")) {
    Analysis a = FormAnalysis(form.substr(0, form.size() - 1), WordClass::kNoun,
                              kGuessScore, LemmaSource::kLowerForm);
    a.features = kFeatPlur;
    out->Add(a);
    return;
  }
  out->Add(FormAnalysis(form, WordClass::kNoun, kGuessScore,
                        LemmaSource::kLowerForm));
}

void Reset(std::string_view form, uint8_t flags, TokenAnalyses* out) {
  out->form = form;
  out->count = 0;
  out->best = 0;
  out->token_flags = flags;
  out->fixed = false;
  out->known = false;
  out->class_mask = 0;
  out->feature_mask = 0;
}

// French capitals are often written without their accent (Etat, A Paris).
std::span<const Candidate> FindWithAccent(const Lexicon& lexicon,
                                          std::string_view lower) {
  if (lower == "a") return lexicon.Find("à");
  if (!lower.empty() && lower[0] == 'e' && lower.size() < kMaxWordBytes - 2) {
    char buf[kMaxWordBytes];
    std::memcpy(buf, "\xC3\xA9", 2);  // é
    std::memcpy(buf + 2, lower.data() + 1, lower.size() - 1);
    return lexicon.Find(std::string_view(buf, lower.size() + 1));
  }
  return {};
}

}  // namespace

void AddLexiconAnalyses(const Lexicon& lexicon,
                        std::span<const Candidate> candidates, int bonus,
                        TokenAnalyses* out) {
  for (const Candidate& c : candidates) {
    Analysis a;
    a.lemma = lexicon.LemmaOf(c);
    a.features = c.features;
    a.word_class = Lexicon::ClassOf(c);
    a.score = static_cast<int16_t>(c.prior + bonus);
    out->Add(a);
  }
}

void PrefetchFrenchToken(const Lexicon& lexicon, std::string_view form) {
  lexicon.Prefetch(form);
  if (HasUpper(form)) {
    char buf[kMaxWordBytes];
    const std::string_view lower = LowercaseInto(form, buf, sizeof(buf));
    if (!lower.empty()) lexicon.Prefetch(lower);
  }
}

void AnalyzeFrenchToken(const Lexicon& lexicon, std::string_view form,
                        uint8_t flags, bool initial, TokenAnalyses* out) {
  Reset(form, flags, out);
  char buf[kMaxWordBytes];
  const bool upper = HasUpper(form);
  std::span<const Candidate> exact = lexicon.Find(form);
  AddLexiconAnalyses(lexicon, exact, 0, out);
  if (upper) {
    // An exact-case match of a capitalised form is a proper noun's entry.
    for (uint8_t i = 0; i < out->count; ++i) {
      if (out->analyses[i].word_class == WordClass::kProperNoun) {
        out->analyses[i].score += kExactProperNounBonus;
      }
    }
  }
  std::string_view lower = upper ? LowercaseInto(form, buf, sizeof(buf)) : form;
  // A capital inside a sentence suggests a name; a word in capitals is
  // typography (headlines, headings) unless the lexicon does not know it
  // (ONU, OTAN).
  const bool all_caps = (flags & kTokenAllCaps) != 0;
  const bool name_like = upper && !initial && !all_caps;
  if (upper && !lower.empty()) {
    std::span<const Candidate> folded = lexicon.Find(lower);
    const int bonus = name_like ? -kLowercaseMidSentencePenalty : 0;
    // "A" is usually "À" written without its accent.
    if (folded.empty() || lower == "a") {
      AddLexiconAnalyses(lexicon, FindWithAccent(lexicon, lower), bonus, out);
    }
    AddLexiconAnalyses(lexicon, folded, bonus, out);
  }
  out->known = out->count > 0;
  if (upper && !HasProperNoun(*out)) {
    int score = !out->known ? kProperNounUnknown
                : name_like ? kProperNounMidSentence
                            : kProperNounInitial;
    out->Add(FormAnalysis(form, WordClass::kProperNoun, score));
  }
  if (out->count == 0 || (!out->known && upper && initial)) {
    GuessUnknown(lexicon, form, lower.empty() ? form : lower, out);
  }
  InternRuleWords(out);
}

}  // namespace tocsin
