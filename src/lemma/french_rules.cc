// French disambiguation: one left-to-right pass. Each analysis starts from
// its lexicon prior (closed-class words 60..95, Lefff open classes 45..62)
// and context rules add or subtract points; the highest score wins. The
// rules follow Universal Dependencies' French conventions:
//  - a past participle after a form of avoir/être (adverbs, negation and
//    inverted subject clitics may intervene: "n'a pas été", "ont-ils déjà
//    abandonné") is a VERB, and that avoir/être is an AUX;
//  - être is otherwise an AUX (copula), avoir a VERB;
//  - le/la/les/l'/leur are determiners before a noun, clitic pronouns before
//    a verb;
//  - after a determiner a word is a noun or adjective; after a subject
//    clitic, a verb.
// Each rule is a few lines in Score() below, grouped by the word class it
// applies to; what a rule needs from the neighbours is computed once per
// token, in MakeContext(). The weights are round numbers chosen by hand, not
// fitted to any corpus. Only tokens with several analyses are scored.
#include <span>

#include "lemma/analysis.h"

namespace tocsin {
namespace {

constexpr int kStrong = 60;  // decisive evidence (aux + participle)
constexpr int kMedium = 30;  // a reliable pattern
constexpr int kWeak = 12;    // a tendency

constexpr uint32_t kNominal =
    ClassBit(WordClass::kNoun) | ClassBit(WordClass::kAdjective) |
    ClassBit(WordClass::kProperNoun) | ClassBit(WordClass::kNumeral);
constexpr uint32_t kCliticFeatures = kFeatSubj | kFeatObj | kFeatRefl;

bool IsVerbal(WordClass c) {
  return c == WordClass::kVerb || c == WordClass::kAuxiliary;
}
bool IsFiniteVerb(const Analysis& a) {
  return IsVerbal(a.word_class) && (a.features & kFeatFinite) &&
         !(a.features & (kFeatPastPart | kFeatInfinitive | kFeatPresPart));
}
bool IsParticiple(const Analysis& a) {
  return IsVerbal(a.word_class) && (a.features & kFeatPastPart);
}
bool HasParticiple(const TokenAnalyses& t) {
  for (uint8_t i = 0; i < t.count; ++i) {
    if (IsParticiple(t.analyses[i])) return true;
  }
  return false;
}
bool HasFiniteOrInfinitive(const TokenAnalyses& t) {
  for (uint8_t i = 0; i < t.count; ++i) {
    const Analysis& a = t.analyses[i];
    if (IsVerbal(a.word_class) &&
        (a.features & (kFeatFinite | kFeatInfinitive))) {
      return true;
    }
  }
  return false;
}

// Tokens that may stand between an auxiliary and its participle.
bool IsTransparent(const TokenAnalyses& t) {
  if (t.fixed || t.count == 0) return false;
  const Analysis& a = t.Best();
  if (a.word_class == WordClass::kAdverb) return true;
  return a.word_class == WordClass::kPronoun && (a.features & kFeatSubj) &&
         (t.token_flags & kTokenClitic);
}
// Same test before disambiguation: every analysis is an adverb or the token
// is an inverted subject clitic (-t-il).
bool MayBeTransparent(const TokenAnalyses& t) {
  if (t.fixed || t.count == 0) return false;
  const Analysis* top = &t.analyses[0];
  for (uint8_t i = 1; i < t.count; ++i) {
    if (t.analyses[i].score > top->score) top = &t.analyses[i];
  }
  if (top->word_class == WordClass::kAdverb) return true;
  if ((t.token_flags & kTokenClitic) && (t.feature_mask & kFeatSubj)) {
    return true;
  }
  return t.form.size() > 1 && t.form[0] == '-' && (t.feature_mask & kFeatSubj);
}

bool ParticipleAhead(std::span<TokenAnalyses> tokens, size_t i) {
  for (size_t j = i + 1; j < tokens.size() && j <= i + 5; ++j) {
    if (HasParticiple(tokens[j])) return true;
    if (!MayBeTransparent(tokens[j])) return false;
  }
  return false;
}

bool InNounPhrase(std::span<TokenAnalyses> tokens, size_t i,
                  bool* right_after_det) {
  auto is_det = [&](size_t k) {
    WordClass c = tokens[k].decided_class;
    return c == WordClass::kDeterminer || c == WordClass::kNumeral ||
           (c == WordClass::kAdposition &&
            (tokens[k].decided_features & kFeatContr));
  };
  *right_after_det = i > 0 && is_det(i - 1);
  if (i == 0) return false;
  if (*right_after_det) return true;
  return i >= 2 && is_det(i - 2) &&
         tokens[i - 1].decided_class == WordClass::kAdjective;
}

// What the rules know about a token's neighbours: computed once per
// ambiguous token, then read while each of its analyses is scored (the
// scores being written through the token would otherwise make the compiler
// reload all of it per analysis).
struct Context {
  WordClass prev = WordClass::kPunctuation;  // at sentence start too
  uint32_t pf = 0;           // the previous token's chosen features
  uint32_t aux_pending = 0;  // kFeatHave / kFeatBe of an open aux chain
  bool participle_ahead = false;
  // Right after a determiner, or after a prenominal adjective right after
  // one.
  bool in_noun_phrase = false;
  bool right_after_det = false;
  bool has_adverb = false;      // the token may be an adverb
  bool next_noun_only = false;  // the next token may be a noun, not an adj.
  bool prev_degree = false;     // after très, plus, moins...
  bool after_clitic = false;    // after il, se, le, ne
  bool after_noun = false;      // after a noun, outside a noun phrase
  bool capitalized = false;
  bool indefinite_de = false;  // de/d' reads as the indefinite article
  bool after_en = false;       // the previous form is "en"
  int8_t pick_clitic = -1;     // le/la/les: 1 clitic, 0 article, -1 n/a
  bool has_det = false;
  bool des_after_noun = false;
  bool rel_antecedent = false;  // que after a noun or "ce"
  bool en_pronoun = false;      // en before a verb
  bool si_before_il = false;
  bool un_pronoun = false;  // l'un, un des, un de
};

bool NextIsNominal(const TokenAnalyses* next) {
  if (!next) return false;
  if (next->fixed) return next->fixed_class == WordClass::kNumeral;
  return (next->class_mask & kNominal) || !next->known;
}
bool NextIsVerbal(const TokenAnalyses* next) {
  return next && !next->fixed && HasFiniteOrInfinitive(*next);
}
bool NextIsClitic(const TokenAnalyses* next) {
  return next && !next->fixed &&
         next->class_mask == ClassBit(WordClass::kPronoun) &&
         (next->feature_mask & (kFeatObj | kFeatRefl));
}

// le/la/les/l'/leur: determiner or clitic pronoun. Whether the clitic
// reading wins here.
bool PickClitic(const TokenAnalyses* prev, const TokenAnalyses* next,
                WordClass prev_class, uint32_t pf) {
  const bool after_clitic =
      (prev_class == WordClass::kPronoun && (pf & kCliticFeatures)) ||
      (pf & kFeatNeg && prev && prev->Best().lemma_word == RuleWord::kNe);
  const bool verbal = NextIsVerbal(next) || NextIsClitic(next);
  const bool nominal = NextIsNominal(next);
  if (verbal && (after_clitic || !nominal)) return true;
  if (verbal && nominal) {
    // "pour la menace" vs "pour le faire": an infinitive after a
    // preposition wants the clitic.
    return prev_class == WordClass::kAdposition && next &&
           (next->feature_mask & kFeatInfinitive) &&
           !(next->class_mask & ClassBit(WordClass::kNoun));
  }
  return false;
}

// Computes only what the rules for the token's possible classes and
// features read (Score): most tokens hesitate between two or three classes.
Context MakeContext(std::span<TokenAnalyses> tokens, size_t i,
                    uint32_t aux_pending, bool negated) {
  const TokenAnalyses& t = tokens[i];
  const TokenAnalyses* prev = i > 0 ? &tokens[i - 1] : nullptr;
  const TokenAnalyses* next = i + 1 < tokens.size() ? &tokens[i + 1] : nullptr;
  const uint32_t classes = t.class_mask;
  const uint32_t features = t.feature_mask;
  auto has = [classes](WordClass c) { return (classes & ClassBit(c)) != 0; };
  Context c;
  c.aux_pending = aux_pending;
  if (prev) {
    c.prev = prev->decided_class;
    c.pf = prev->decided_features;
  }
  const WordClass pc = c.prev;
  const uint32_t pf = c.pf;
  c.in_noun_phrase = InNounPhrase(tokens, i, &c.right_after_det);
  if (features & kFeatHave) c.participle_ahead = ParticipleAhead(tokens, i);
  c.has_adverb = has(WordClass::kAdverb);
  // A previous adverb, pronoun or determiner is never a fixed token, so
  // its Best() is a real analysis.
  const RuleWord prev_lemma =
      (pc == WordClass::kAdverb || pc == WordClass::kPronoun)
          ? prev->Best().lemma_word
          : RuleWord::kNone;
  c.after_clitic = (pc == WordClass::kPronoun && (pf & kCliticFeatures)) ||
                   (pc == WordClass::kAdverb && (pf & kFeatNeg) &&
                    prev_lemma == RuleWord::kNe);
  c.after_noun = (pc == WordClass::kNoun || pc == WordClass::kProperNoun) &&
                 !c.in_noun_phrase;
  c.capitalized = (t.token_flags & kTokenCapitalized) != 0;
  c.has_det = has(WordClass::kDeterminer);
  if (has(WordClass::kAdjective)) {
    c.next_noun_only = c.right_after_det && next && !next->fixed &&
                       next->Has(WordClass::kNoun) &&
                       !next->Has(WordClass::kAdjective);
    c.prev_degree =
        pc == WordClass::kAdverb && (prev->Best().lemma_bits & kRuleDegree);
  }
  if (has(WordClass::kAdposition) && c.has_det) {
    // de/d' as the indefinite article (UD: DET, lemma "un"): under
    // negation ("n'a pas de preuves") and before a plural adjective ("de
    // nombreux pays", "d'autres"), unless it follows a noun it complements
    // or a quantity ("le soutien de nombreux pays", "beaucoup d'autres").
    const bool negated_quantity = negated && pc == WordClass::kAdverb &&
                                  (pf & kFeatNeg) &&
                                  prev_lemma != RuleWord::kNe;
    const bool before_plural_adj =
        next && (next->class_mask & ClassBit(WordClass::kAdjective)) &&
        (next->feature_mask & kFeatPlur) && pc != WordClass::kNoun &&
        pc != WordClass::kProperNoun && pc != WordClass::kAdverb;
    c.indefinite_de = negated_quantity || before_plural_adj;
  }
  if (has(WordClass::kPronoun)) {
    if (has(WordClass::kAdposition) && (features & kFeatObj)) {
      // en: pronoun before a verb, preposition elsewhere (including the
      // gerund).
      const bool gerund = next && (next->feature_mask & kFeatPresPart);
      c.en_pronoun = NextIsVerbal(next) && !gerund && !NextIsNominal(next);
    }
    c.un_pronoun = pc == WordClass::kDeterminer ||
                   (next && (next->form_word == RuleWord::kDes ||
                             next->form_word == RuleWord::kDe ||
                             next->form_word == RuleWord::kDApostrophe));
  }
  if (features & kFeatPresPart) {
    c.after_en = prev && prev->form_word == RuleWord::kEn;
  }
  if (c.has_det && (features & kFeatObj)) {
    c.pick_clitic = PickClitic(prev, next, pc, pf) ? 1 : 0;
  }
  if (features & kFeatContr) {
    c.des_after_noun = pc == WordClass::kNoun || pc == WordClass::kProperNoun ||
                       pc == WordClass::kAdjective || pc == WordClass::kNumeral;
  }
  if (has(WordClass::kSubordConj)) {
    c.rel_antecedent =
        (features & kFeatRel) &&
        (pc == WordClass::kNoun || pc == WordClass::kProperNoun ||
         (pc == WordClass::kPronoun &&
          (prev->Best().lemma_bits & kRuleStartsCe)));
    c.si_before_il = next && (next->form_bits & kRuleStartsIl);
  }
  return c;
}

// Verbs and auxiliaries: the participle and auxiliary rules.
int ScoreVerbal(const Analysis& a, const Context& c) {
  int s = 0;
  const WordClass wc = a.word_class;
  const uint32_t f = a.features;
  const bool participle = (f & kFeatPastPart) != 0;
  const bool finite = IsFiniteVerb(a);
  const WordClass prev = c.prev;
  const uint32_t pf = c.pf;
  // Participle after an auxiliary.
  // (Less when the word is also an adverb: "n'a plus", "a bien".)
  if (c.aux_pending && participle) s += c.has_adverb ? kMedium : kStrong;
  if (wc == WordClass::kAuxiliary) {
    // avoir: AUX before a participle, VERB otherwise. être stays AUX.
    if (f & kFeatHave) s += c.participle_ahead ? kMedium : -kMedium;
    if ((f & kFeatBe) && participle && (c.aux_pending & kFeatHave)) {
      s += kStrong;  // "a été"
    }
  }
  // After a determiner: not a verb.
  if (c.in_noun_phrase) s -= kMedium + kWeak;
  if (wc == WordClass::kVerb && participle) {
    // A participle right after a finite main verb is rare ("fait partie").
    if (prev == WordClass::kVerb && (pf & kFeatFinite)) s -= kWeak;
    // After a preposition, a participle is a noun (de mise, de levée).
    if (prev == WordClass::kAdposition && !(pf & kFeatContr)) s -= kMedium;
  }
  if (finite) {
    // No finite verb right after an auxiliary or a preposition.
    if (prev == WordClass::kAuxiliary) s -= kMedium;
    if (prev == WordClass::kAdposition) s -= kMedium;
    // After a clitic (il, se, le, ne): a verb.
    if (c.after_clitic) s += kMedium;
    // After a noun: a verb rather than another noun.
    if (c.after_noun) s += kWeak / 2;
    // News rarely addresses "tu": a verb form that can only be second
    // person singular is more likely a noun or adjective (menaces,
    // politiques).
    if ((f & kFeatPerson2) &&
        !(f & (kFeatPerson1 | kFeatPerson3 | kFeatPlur))) {
      s -= kWeak;
    }
  }
  // A participle agreeing in number with the noun before it.
  if (participle && prev == WordClass::kNoun &&
      (f & pf & (kFeatSing | kFeatPlur))) {
    s += kWeak / 2;
  }
  // After a preposition, an infinitive ("d'avoir", "pour frapper").
  if (wc == WordClass::kVerb && prev == WordClass::kAdposition &&
      (f & kFeatInfinitive)) {
    s += kWeak;
  }
  // The gerund: en + present participle.
  if ((f & kFeatPresPart) && c.after_en) s += kMedium;
  return s;
}

// The rules by word class: each analysis is tested only against the rules
// that can apply to its class.
int Score(const Analysis& a, const Context& c) {
  int s = 0;
  const uint32_t f = a.features;
  // des: contraction (de + les) after a noun, indefinite article elsewhere.
  if ((f & kFeatContr) && c.has_det) s += c.des_after_noun ? kMedium : -kMedium;
  // que/qu': relative pronoun after a noun or "ce", conjunction elsewhere.
  if ((f & kFeatRel) && c.rel_antecedent) s += kMedium;
  switch (a.word_class) {
    case WordClass::kVerb:
    case WordClass::kAuxiliary:
      return s + ScoreVerbal(a, c);
    case WordClass::kNoun:
      // After a determiner (and any adjective after it: "le nouveau
      // cadre"): a noun or an adjective; after a clitic, a verb; after a
      // noun, an adjective or a verb.
      if (c.in_noun_phrase) s += kMedium;
      if (c.after_clitic) s -= kMedium;
      if (c.after_noun && !c.capitalized) s -= kWeak;
      return s;
    case WordClass::kAdjective:
      if (c.in_noun_phrase) s += kWeak;
      // A prenominal adjective: "une forte hausse", "le nouveau cadre".
      if (c.right_after_det && c.next_noun_only) s += kMedium;
      // être is followed by adjectives (copula).
      if (c.prev == WordClass::kAuxiliary && (c.pf & kFeatBe)) s += kWeak;
      // After a degree adverb (très, plus, moins...): an adjective.
      if (c.prev_degree) s += kMedium;
      if (c.after_clitic) s -= kMedium;
      if (c.after_noun) s += kWeak / 2;
      // An adjective agreeing in number with the noun before it.
      if (c.prev == WordClass::kNoun && (f & c.pf & (kFeatSing | kFeatPlur))) {
        s += kWeak / 2;
      }
      return s;
    case WordClass::kDeterminer:
      if (c.after_clitic) s -= kMedium;
      // de/d' as the indefinite article (see MakeContext).
      if (a.lemma_word == RuleWord::kUn && c.indefinite_de) {
        s += kStrong + kMedium;
      }
      // le/la/les/l'/leur: determiner or clitic pronoun.
      if (c.pick_clitic == 0) s += kMedium + kWeak;
      return s;
    case WordClass::kPronoun:
      if (c.right_after_det) s -= kMedium + kWeak;
      if ((f & kFeatObj) && c.pick_clitic == 1) s += kMedium + kWeak;
      // en: pronoun before a verb, preposition elsewhere (including the
      // gerund).
      if (c.en_pronoun && (f & kFeatObj) && a.lemma_word == RuleWord::kEn) {
        s += kMedium;
      }
      // un/une: pronoun in "l'un", "un des", "un de".
      if (a.lemma_word == RuleWord::kUn && c.un_pronoun) s += kStrong;
      return s;
    case WordClass::kAdposition:
      if (c.right_after_det) s -= kMedium + kWeak;
      return s;
    case WordClass::kSubordConj:
      // s': "si" before il/ils, "se" elsewhere.
      if ((f & kFeatElided) && a.lemma_word == RuleWord::kSi &&
          c.si_before_il) {
        s += kStrong;
      }
      return s;
    default:
      return s;
  }
}

}  // namespace

void DisambiguateFrench(std::span<TokenAnalyses> tokens) {
  uint32_t aux_pending = 0;
  bool negated = false;
  for (size_t i = 0; i < tokens.size(); ++i) {
    TokenAnalyses& t = tokens[i];
    if (t.fixed) {
      t.Decide();
      negated = false;
      aux_pending = 0;  // a fixed token is never transparent
      continue;
    }
    if (t.count > 1) {
      const Context c = MakeContext(tokens, i, aux_pending, negated);
      for (uint8_t k = 0; k < t.count; ++k) {
        t.analyses[k].score += static_cast<int16_t>(Score(t.analyses[k], c));
      }
      PickBest(t);
    }
    t.Decide();
    if (t.count == 0) {
      aux_pending = 0;
      continue;
    }
    const Analysis& best = t.Best();
    if (best.lemma_word == RuleWord::kNe) negated = true;
    // Track an open "avoir/être ... participle" chain.
    if (best.word_class == WordClass::kAuxiliary &&
        (best.features & (kFeatHave | kFeatBe))) {
      aux_pending = best.features & (kFeatHave | kFeatBe);
    } else if (!IsTransparent(t)) {
      aux_pending = 0;
    }
  }
}

}  // namespace tocsin
