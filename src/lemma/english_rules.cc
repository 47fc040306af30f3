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
#include <cstring>
#include <span>
#include <string_view>

#include "lemma/analysis.h"

namespace tocsin {
namespace {

constexpr int kStrong = 60;
constexpr int kMedium = 30;
constexpr int kWeak = 12;

bool IsVerbal(WordClass c) {
  return c == WordClass::kVerb || c == WordClass::kAuxiliary;
}
// InternRuleWords points a lemma spelled like its form at the form, so the
// pointer test settles almost every case.
bool SameText(std::string_view a, std::string_view b) {
  return a.size() == b.size() &&
         (a.data() == b.data() ||
          std::memcmp(a.data(), b.data(), a.size()) == 0);
}
bool IsBaseVerb(const Analysis& a, const TokenAnalyses& t) {
  return a.word_class == WordClass::kVerb &&
         !(a.features & (kFeatPast | kFeatPastPart | kFeatPresPart)) &&
         SameText(a.lemma, t.form);
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

// Whether the first word after i that cannot be an adverb is a base verb:
// "even ever clash" yes, "back up their words" no ("up" may be an adverb,
// "their" is no verb).
bool BaseVerbAfterAdverbs(std::span<TokenAnalyses> tokens, size_t i) {
  for (size_t j = i + 1; j < tokens.size() && j <= i + 4; ++j) {
    const TokenAnalyses& t = tokens[j];
    if (t.fixed) return false;
    if ((t.class_mask & ClassBit(WordClass::kAdverb)) ||
        (t.feature_mask & kFeatNeg)) {
      continue;
    }
    return HasBaseVerb(t);
  }
  return false;
}

// What the rules know about a token's neighbours: computed once per
// ambiguous token, then read while each of its analyses is scored.
struct Context {
  WordClass prev = WordClass::kPunctuation;  // at sentence start too
  uint32_t pf = 0;     // the previous token's chosen features
  uint32_t chain = 0;  // kFeatBe / kFeatHave / kFeatModal of an open chain
  bool participle_ahead = false;
  bool base_verb_ahead = false;
  bool to_before_base = false;  // "to" before a base verb
  bool det_like = false;        // after a determiner or possessive
  bool after_subject = false;   // after a subject pronoun
  bool after_noun = false;
  bool s_after_nominal = false;  // 's after a noun or number
  bool that_before_noun = false;
  // After a singular noun of a phrase "a"/"an" opened ("a brief private
  // visit"): a base form there cannot be the finite verb, whose subject
  // would make it take -s, so it continues the noun phrase.
  bool in_indefinite_phrase = false;
  // A capitalised word right before a number ("March 5", "May 2022"): a
  // date or a name, not the verb or the modal spelled alike.
  bool capital_before_number = false;
  // After a modal or do, a word that may be an adverb with a base verb
  // further on ("did not even ever clash", "could still fire"): the adverb
  // between the auxiliary and its verb, not the verb spelled alike.
  bool adverb_before_verb = false;
  // Before an article or a number ("a gunman shot three soldiers", "police
  // shot the driver"): an object follows, so a past form after a noun is
  // the verb, not a noun of a compound.
  bool object_ahead = false;
};

bool IsIndefiniteArticle(std::string_view form) {
  return form == "a" || form == "A" || form == "an" || form == "An";
}

bool AfterIndefiniteSingular(std::span<TokenAnalyses> tokens, size_t i) {
  if (i == 0) return false;
  const TokenAnalyses& prev = tokens[i - 1];
  if (prev.decided_class != WordClass::kNoun ||
      (prev.decided_features & kFeatPlur)) {
    return false;
  }
  constexpr size_t kMaxPhrase = 4;
  for (size_t j = i - 1; j > 0 && i - j <= kMaxPhrase; --j) {
    const TokenAnalyses& t = tokens[j - 1];
    if (t.decided_class == WordClass::kDeterminer) {
      return IsIndefiniteArticle(t.form);
    }
    if (t.decided_class != WordClass::kNoun &&
        t.decided_class != WordClass::kAdjective) {
      return false;
    }
  }
  return false;
}

Context MakeContext(std::span<TokenAnalyses> tokens, size_t i, uint32_t chain) {
  const TokenAnalyses& t = tokens[i];
  const TokenAnalyses* prev = i > 0 ? &tokens[i - 1] : nullptr;
  const TokenAnalyses* next = i + 1 < tokens.size() ? &tokens[i + 1] : nullptr;
  Context c;
  c.chain = chain;
  if (prev) {
    c.prev = prev->decided_class;
    c.pf = prev->decided_features;
  }
  const WordClass pc = c.prev;
  // Only have and do need to look ahead.
  if (t.feature_mask & (kFeatHave | kFeatModal)) {
    c.participle_ahead = VerbAhead(tokens, i, kFeatPastPart);
    c.base_verb_ahead = VerbAhead(tokens, i, 0);
  }
  if (t.form_word == RuleWord::kTo) {
    c.to_before_base = next && HasBaseVerb(*next) &&
                       !(next->class_mask & (ClassBit(WordClass::kDeterminer) |
                                             ClassBit(WordClass::kPronoun)));
  }
  c.det_like = pc == WordClass::kDeterminer || pc == WordClass::kNumeral ||
               ((pc == WordClass::kPronoun || pc == WordClass::kParticle) &&
                (c.pf & kFeatPoss));
  c.after_subject = pc == WordClass::kPronoun && (c.pf & kFeatSubj);
  c.after_noun = pc == WordClass::kNoun || pc == WordClass::kProperNoun;
  c.s_after_nominal = c.after_noun || pc == WordClass::kNumeral;
  c.that_before_noun = next && next->class_mask == ClassBit(WordClass::kNoun);
  c.in_indefinite_phrase = (t.class_mask & ClassBit(WordClass::kNoun)) &&
                           AfterIndefiniteSingular(tokens, i);
  // Only after an auxiliary: after "to" the word is as often the verb
  // ("to back school outings").
  bool after_auxiliary = false;
  for (size_t j = i; j > 0 && i - j < 3; --j) {
    const TokenAnalyses& p = tokens[j - 1];
    if (p.decided_class == WordClass::kAuxiliary) after_auxiliary = true;
    if (p.decided_class != WordClass::kAdverb &&
        p.decided_class != WordClass::kParticle) {
      break;
    }
  }
  c.adverb_before_verb = after_auxiliary && (chain & kFeatModal) &&
                         (t.class_mask & ClassBit(WordClass::kAdverb)) &&
                         BaseVerbAfterAdverbs(tokens, i);
  // A word that may open a noun phrase as an article or a number ("three"
  // may also be a noun or a pronoun) and may not be a verb or a preposition.
  constexpr uint32_t kObjectStart =
      ClassBit(WordClass::kDeterminer) | ClassBit(WordClass::kNumeral);
  constexpr uint32_t kNoObject = ClassBit(WordClass::kVerb) |
                                 ClassBit(WordClass::kAuxiliary) |
                                 ClassBit(WordClass::kAdposition);
  c.object_ahead =
      next &&
      ((next->fixed && next->fixed_class == WordClass::kNumeral) ||
       ((next->class_mask & kObjectStart) && !(next->class_mask & kNoObject)));
  c.capital_before_number =
      next && !t.form.empty() && t.form[0] >= 'A' && t.form[0] <= 'Z' &&
      ((next->fixed && next->fixed_class == WordClass::kNumeral) ||
       next->class_mask == ClassBit(WordClass::kNumeral));
  return c;
}

// The rules by word class: each analysis is tested only against the rules
// that can apply to its class.
int Score(const Analysis& a, const TokenAnalyses& t, const Context& c) {
  int s = 0;
  const uint32_t f = a.features;
  const WordClass prev = c.prev;
  // After a determiner, possessive or adjective: a noun phrase continues.
  const bool in_noun_phrase = c.det_like || prev == WordClass::kAdjective;
  switch (a.word_class) {
    case WordClass::kVerb:
      if ((c.chain & kFeatBe) && (f & (kFeatPresPart | kFeatPastPart))) {
        s += kStrong;
      }
      if ((c.chain & kFeatHave) && (f & kFeatPastPart)) s += kStrong;
      if ((c.chain & kFeatModal) && IsBaseVerb(a, t) && !c.adverb_before_verb) {
        s += kStrong;
      }
      if (in_noun_phrase && !(f & (kFeatPastPart | kFeatPresPart))) {
        s -= kMedium;
      }
      // After a preposition: a noun phrase, not a finite verb ("called for
      // talks").
      if (prev == WordClass::kAdposition && !(f & kFeatPresPart)) s -= kMedium;
      // After a subject pronoun: a verb.
      if (c.after_subject) s += kWeak;
      // After a noun: a past tense rather than another noun ("troops
      // shelled"; an -s form after a noun is as often a compound:
      // "government troops").
      if (c.after_noun && (f & kFeatPast)) s += kWeak;
      // (Not be or have, whose verb and auxiliary readings this does not
      // tell apart: "customers were no longer willing".)
      if (c.after_noun && (f & kFeatPast) && c.object_ahead &&
          !(t.class_mask & ClassBit(WordClass::kAuxiliary))) {
        s += kMedium;
      }
      if (c.in_indefinite_phrase && IsBaseVerb(a, t)) s -= kMedium;
      if (c.capital_before_number) s -= kStrong;
      return s;
    case WordClass::kAuxiliary:
      // No modal follows a preposition or precedes a number: "in May",
      // "May 9" name the month.
      if ((f & kFeatModal) &&
          (prev == WordClass::kAdposition || c.capital_before_number)) {
        s -= kStrong;
      }
      // have / do: auxiliary before a verb.
      if (f & kFeatHave) s += c.participle_ahead ? kMedium : -kMedium;
      if (a.lemma_word == RuleWord::kDo) {
        s += c.base_verb_ahead ? kMedium : -kMedium;
      }
      if (c.det_like) s -= kMedium;
      if (c.after_subject) s += kWeak;
      return s;
    case WordClass::kParticle:
      // to: infinitive marker before a base verb, preposition elsewhere.
      if (t.form_word == RuleWord::kTo) {
        s += c.to_before_base ? kMedium : -kMedium;
      }
      // 's: possessive after a noun, "is"/"has" after a pronoun.
      if (t.form_word == RuleWord::kApostropheS) {
        s += c.s_after_nominal ? kStrong : -kStrong;
      }
      return s;
    case WordClass::kNoun:
      if (in_noun_phrase) s += c.det_like ? kMedium : kWeak;
      if (c.after_subject) s -= kMedium;
      if (c.in_indefinite_phrase) s += kWeak;
      return s;
    case WordClass::kProperNoun:
      if (in_noun_phrase) s += c.det_like ? kMedium : kWeak;
      if (c.capital_before_number) s += kMedium;
      return s;
    case WordClass::kAdjective:
      if (in_noun_phrase) s += kWeak;
      return s;
    case WordClass::kAdverb:
      if (c.adverb_before_verb) s += kMedium;
      return s;
    // that: determiner before a noun, relative pronoun after a noun,
    // conjunction after a verb.
    case WordClass::kDeterminer:
      if (t.form_word == RuleWord::kThat && c.that_before_noun) s += kMedium;
      return s;
    case WordClass::kPronoun:
      if (t.form_word == RuleWord::kThat && prev == WordClass::kNoun) {
        s += kMedium;
      }
      return s;
    case WordClass::kSubordConj:
      if (t.form_word == RuleWord::kThat && IsVerbal(prev)) s += kMedium;
      return s;
    default:
      return s;
  }
}

}  // namespace

void DisambiguateEnglish(std::span<TokenAnalyses> tokens) {
  uint32_t chain = 0;
  for (size_t i = 0; i < tokens.size(); ++i) {
    TokenAnalyses& t = tokens[i];
    if (t.fixed || t.count == 0) {
      t.Decide();
      chain = 0;
      continue;
    }
    if (t.count > 1) {
      const Context c = MakeContext(tokens, i, chain);
      for (uint8_t k = 0; k < t.count; ++k) {
        t.analyses[k].score += static_cast<int16_t>(Score(t.analyses[k], t, c));
      }
      PickBest(t);
    }
    t.Decide();
    const Analysis& b = t.Best();
    if (b.word_class == WordClass::kAuxiliary) {
      chain = b.features & (kFeatBe | kFeatHave | kFeatModal);
      if (b.lemma_word == RuleWord::kDo) chain |= kFeatModal;
    } else if (b.word_class == WordClass::kParticle &&
               t.form_word == RuleWord::kTo) {
      chain = kFeatModal;  // "to" + base form behaves like a modal
    } else if (!IsTransparent(t)) {
      chain = 0;
    }
  }
}

}  // namespace tocsin
