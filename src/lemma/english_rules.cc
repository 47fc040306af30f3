// English disambiguation: one left-to-right pass, lexicon prior plus context
// rules, highest score wins (the same scheme as french_rules.cc). Rules, in
// UD English terms:
//  - after be (with adverbs or "not" between), an -ing form is a VERB, and
//    after be or have a past participle is a VERB;
//  - have/do are AUX before a verb, VERB otherwise;
//  - after to (PART) or a modal, the base form is a VERB;
//  - after a determiner or possessive, a noun or adjective;
//  - 's after a noun is the possessive PART, after a pronoun a form of be.
// Weights are round numbers chosen by hand, not fitted to any corpus.
#include <span>

#include "lemma/analysis.h"

namespace tocsin {
namespace {

constexpr int kStrong = 60;
constexpr int kMedium = 30;
constexpr int kWeak = 12;

bool IsVerbal(WordClass c) {
  return c == WordClass::kVerb || c == WordClass::kAuxiliary;
}
bool IsBaseVerb(const Analysis& a, const TokenAnalyses& t) {
  return a.word_class == WordClass::kVerb &&
         !(a.features & (kFeatPast | kFeatPastPart | kFeatPresPart)) &&
         a.lemma == t.form;
}
bool HasVerbForm(const TokenAnalyses& t, uint32_t features) {
  for (uint8_t i = 0; i < t.count; ++i) {
    const Analysis& a = t.analyses[i];
    if (a.word_class == WordClass::kVerb && (a.features & features))
      return true;
  }
  return false;
}
bool HasBaseVerb(const TokenAnalyses& t) {
  for (uint8_t i = 0; i < t.count; ++i) {
    if (IsBaseVerb(t.analyses[i], t)) return true;
  }
  return false;
}
bool MayBeTransparent(const TokenAnalyses& t) {
  return !t.fixed && t.count > 0 &&
         ((t.class_mask & ~(ClassBit(WordClass::kAdverb) |
                            ClassBit(WordClass::kParticle))) == 0 ||
          (t.feature_mask & kFeatNeg));
}
bool IsTransparent(const TokenAnalyses& t) {
  if (t.fixed || t.count == 0) return false;
  WordClass c = t.Best().word_class;
  return c == WordClass::kAdverb ||
         (c == WordClass::kParticle && (t.Best().features & kFeatNeg));
}

// Looks past adverbs and "not" for a verb form with `features` (or a base
// verb when features == 0).
bool VerbAhead(std::span<TokenAnalyses> tokens, size_t i, uint32_t features) {
  for (size_t j = i + 1; j < tokens.size() && j <= i + 4; ++j) {
    const TokenAnalyses& t = tokens[j];
    if (t.fixed) return false;
    if (features ? HasVerbForm(t, features) : HasBaseVerb(t)) return true;
    if (!MayBeTransparent(t) &&
        !(t.class_mask == ClassBit(WordClass::kPronoun))) {
      return false;
    }
  }
  return false;
}

struct Context {
  const TokenAnalyses* prev = nullptr;
  const TokenAnalyses* next = nullptr;
  uint32_t chain = 0;  // kFeatBe / kFeatHave / kFeatModal of an open chain
  bool participle_ahead = false;
  bool base_verb_ahead = false;
};

int Score(const Analysis& a, const TokenAnalyses& t, const Context& c) {
  int s = 0;
  const WordClass wc = a.word_class;
  const WordClass prev = c.prev ? c.prev->Class() : WordClass::kPunctuation;
  const uint32_t pf = c.prev ? c.prev->BestFeatures() : 0;

  if (wc == WordClass::kVerb) {
    if ((c.chain & kFeatBe) && (a.features & (kFeatPresPart | kFeatPastPart))) {
      s += kStrong;
    }
    if ((c.chain & kFeatHave) && (a.features & kFeatPastPart)) s += kStrong;
    if ((c.chain & kFeatModal) && IsBaseVerb(a, t)) s += kStrong;
  }
  // have / do: auxiliary before a verb.
  if (a.features & kFeatHave) {
    if (wc == WordClass::kAuxiliary) {
      s += c.participle_ahead ? kMedium : -kMedium;
    }
  }
  if (a.lemma == "do" && wc == WordClass::kAuxiliary) {
    s += c.base_verb_ahead ? kMedium : -kMedium;
  }
  // to: infinitive marker before a base verb, preposition elsewhere.
  if (t.form == "to" && wc == WordClass::kParticle) {
    const bool base = c.next && HasBaseVerb(*c.next) &&
                      !(c.next->class_mask & (ClassBit(WordClass::kDeterminer) |
                                              ClassBit(WordClass::kPronoun)));
    s += base ? kMedium : -kMedium;
  }
  // After a determiner, possessive or adjective: a noun phrase continues.
  const bool det_like =
      prev == WordClass::kDeterminer || prev == WordClass::kNumeral ||
      ((prev == WordClass::kPronoun || prev == WordClass::kParticle) &&
       (pf & kFeatPoss));
  if (det_like || prev == WordClass::kAdjective) {
    if (wc == WordClass::kNoun || wc == WordClass::kProperNoun) {
      s += det_like ? kMedium : kWeak;
    }
    if (wc == WordClass::kAdjective) s += kWeak;
    if (wc == WordClass::kVerb &&
        !(a.features & (kFeatPastPart | kFeatPresPart))) {
      s -= kMedium;
    }
    if (wc == WordClass::kAuxiliary && det_like) s -= kMedium;
  }
  // After a preposition: a noun phrase, not a finite verb ("called for
  // talks").
  if (prev == WordClass::kAdposition && wc == WordClass::kVerb &&
      !(a.features & kFeatPresPart)) {
    s -= kMedium;
  }
  // After a subject pronoun: a verb.
  if (prev == WordClass::kPronoun && (pf & kFeatSubj)) {
    if (IsVerbal(wc)) s += kWeak;
    if (wc == WordClass::kNoun) s -= kMedium;
  }
  // After a noun: a past tense rather than another noun ("troops shelled";
  // an -s form after a noun is as often a compound: "government troops").
  if ((prev == WordClass::kNoun || prev == WordClass::kProperNoun) &&
      wc == WordClass::kVerb && (a.features & kFeatPast)) {
    s += kWeak;
  }
  // 's: possessive after a noun, "is"/"has" after a pronoun.
  if (t.form == "'s") {
    const bool nominal = prev == WordClass::kNoun ||
                         prev == WordClass::kProperNoun ||
                         prev == WordClass::kNumeral;
    if (wc == WordClass::kParticle) s += nominal ? kStrong : -kStrong;
  }
  // that: determiner before a noun, relative pronoun after a noun,
  // conjunction after a verb.
  if (t.form == "that") {
    if (wc == WordClass::kDeterminer && c.next &&
        c.next->class_mask == ClassBit(WordClass::kNoun)) {
      s += kMedium;
    }
    if (wc == WordClass::kPronoun && prev == WordClass::kNoun) s += kMedium;
    if (wc == WordClass::kSubordConj && IsVerbal(prev)) s += kMedium;
  }
  return s;
}

}  // namespace

void DisambiguateEnglish(std::span<TokenAnalyses> tokens) {
  uint32_t chain = 0;
  for (size_t i = 0; i < tokens.size(); ++i) {
    TokenAnalyses& t = tokens[i];
    if (!t.fixed && t.count > 1) {
      Context c;
      c.prev = i > 0 ? &tokens[i - 1] : nullptr;
      c.next = i + 1 < tokens.size() ? &tokens[i + 1] : nullptr;
      c.chain = chain;
      // Only have and do need to look ahead.
      if (t.feature_mask & (kFeatHave | kFeatModal)) {
        c.participle_ahead = VerbAhead(tokens, i, kFeatPastPart);
        c.base_verb_ahead = VerbAhead(tokens, i, 0);
      }
      for (uint8_t k = 0; k < t.count; ++k) {
        t.analyses[k].score += static_cast<int16_t>(Score(t.analyses[k], t, c));
      }
      PickBest(t);
    }
    if (t.fixed || t.count == 0) {
      chain = 0;
      continue;
    }
    const Analysis& b = t.Best();
    if (b.word_class == WordClass::kAuxiliary) {
      chain = b.features & (kFeatBe | kFeatHave | kFeatModal);
      if (b.lemma == "do") chain |= kFeatModal;
    } else if (b.word_class == WordClass::kParticle && t.form == "to") {
      chain = kFeatModal;  // "to" + base form behaves like a modal
    } else if (!IsTransparent(t)) {
      chain = 0;
    }
  }
}

}  // namespace tocsin
