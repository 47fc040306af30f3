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
// Each rule is a few lines in Score() below; the weights are round numbers
// chosen by hand, not fitted to any corpus.
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
    WordClass c = tokens[k].Class();
    return c == WordClass::kDeterminer || c == WordClass::kNumeral ||
           (c == WordClass::kAdposition &&
            (tokens[k].BestFeatures() & kFeatContr));
  };
  *right_after_det = i > 0 && is_det(i - 1);
  if (i == 0) return false;
  if (*right_after_det) return true;
  return i >= 2 && is_det(i - 2) &&
         tokens[i - 1].Class() == WordClass::kAdjective;
}

bool IsDegreeAdverb(std::string_view lemma) {
  return lemma == "très" || lemma == "plus" || lemma == "moins" ||
         lemma == "si" || lemma == "aussi" || lemma == "trop" ||
         lemma == "assez" || lemma == "fort";
}

struct Context {
  const TokenAnalyses* prev = nullptr;  // null at sentence start
  const TokenAnalyses* next = nullptr;  // null at sentence end
  uint32_t aux_pending = 0;  // kFeatHave / kFeatBe of an open aux chain
  bool participle_ahead = false;
  bool negated = false;  // "ne" seen since the last punctuation
  // Right after a determiner, or after a prenominal adjective right after
  // one.
  bool in_noun_phrase = false;
  bool right_after_det = false;
};

WordClass PrevClass(const Context& c) {
  return c.prev ? c.prev->Class() : WordClass::kPunctuation;
}
uint32_t PrevFeatures(const Context& c) {
  return c.prev ? c.prev->BestFeatures() : 0;
}

bool NextIsNominal(const Context& c) {
  if (!c.next) return false;
  if (c.next->fixed) return c.next->fixed_class == WordClass::kNumeral;
  return (c.next->class_mask & kNominal) || !c.next->known;
}
bool NextIsVerbal(const Context& c) {
  return c.next && !c.next->fixed && HasFiniteOrInfinitive(*c.next);
}
bool NextIsClitic(const Context& c) {
  return c.next && !c.next->fixed &&
         c.next->class_mask == ClassBit(WordClass::kPronoun) &&
         (c.next->feature_mask & (kFeatObj | kFeatRefl));
}

// le/la/les/l'/leur: determiner or clitic pronoun.
int ScoreArticleOrClitic(const Analysis& a, const TokenAnalyses& t,
                         const Context& c) {
  const bool det = a.word_class == WordClass::kDeterminer;
  const bool clitic =
      a.word_class == WordClass::kPronoun && (a.features & kFeatObj);
  if (!(t.Has(WordClass::kDeterminer) && (t.feature_mask & kFeatObj)) ||
      (!det && !clitic)) {
    return 0;
  }
  const uint32_t pf = PrevFeatures(c);
  const bool after_clitic =
      (PrevClass(c) == WordClass::kPronoun && (pf & kCliticFeatures)) ||
      (pf & kFeatNeg && c.prev && c.prev->Best().lemma == "ne");
  const bool verbal = NextIsVerbal(c) || NextIsClitic(c);
  const bool nominal = NextIsNominal(c);
  bool pick_clitic;
  if (verbal && (after_clitic || !nominal)) {
    pick_clitic = true;
  } else if (verbal && nominal) {
    // "pour la menace" vs "pour le faire": an infinitive after a
    // preposition wants the clitic.
    pick_clitic = PrevClass(c) == WordClass::kAdposition && c.next &&
                  (c.next->feature_mask & kFeatInfinitive) &&
                  !(c.next->class_mask & ClassBit(WordClass::kNoun));
  } else {
    pick_clitic = false;
  }
  return (clitic == pick_clitic) ? kMedium + kWeak : 0;
}

int Score(const Analysis& a, const TokenAnalyses& t, const Context& c) {
  int s = 0;
  const WordClass prev = PrevClass(c);
  const uint32_t pf = PrevFeatures(c);
  const WordClass wc = a.word_class;

  // Participle after an auxiliary.
  // (Less when the word is also an adverb: "n'a plus", "a bien".)
  if (c.aux_pending && IsParticiple(a)) {
    s += t.Has(WordClass::kAdverb) ? kMedium : kStrong;
  }
  // avoir: AUX before a participle, VERB otherwise. être stays AUX.
  if (a.features & kFeatHave) {
    if (wc == WordClass::kAuxiliary)
      s += c.participle_ahead ? kMedium : -kMedium;
  }
  if ((a.features & kFeatBe) && wc == WordClass::kAuxiliary &&
      (a.features & kFeatPastPart) && (c.aux_pending & kFeatHave)) {
    s += kStrong;  // "a été"
  }

  // After a determiner (and any adjective after it: "le nouveau cadre"):
  // a noun or an adjective.
  if (c.in_noun_phrase) {
    if (wc == WordClass::kNoun) s += kMedium;
    if (wc == WordClass::kAdjective) s += kWeak;
    if (IsVerbal(wc)) s -= kMedium + kWeak;
    if (c.right_after_det &&
        (wc == WordClass::kPronoun || wc == WordClass::kAdposition)) {
      s -= kMedium + kWeak;
    }
    // A prenominal adjective: "une forte hausse", "le nouveau cadre".
    if (c.right_after_det && wc == WordClass::kAdjective && c.next &&
        !c.next->fixed && c.next->Has(WordClass::kNoun) &&
        !c.next->Has(WordClass::kAdjective)) {
      s += kMedium;
    }
  }
  // A participle right after a finite main verb is rare ("fait partie").
  if (prev == WordClass::kVerb && (pf & kFeatFinite) && IsParticiple(a) &&
      wc == WordClass::kVerb) {
    s -= kWeak;
  }
  // No finite verb right after an auxiliary; être is followed by
  // adjectives (copula).
  if (prev == WordClass::kAuxiliary && IsFiniteVerb(a)) s -= kMedium;
  if (prev == WordClass::kAuxiliary && (pf & kFeatBe) &&
      wc == WordClass::kAdjective) {
    s += kWeak;
  }
  // After a degree adverb (très, plus, moins...): an adjective.
  if (prev == WordClass::kAdverb && wc == WordClass::kAdjective &&
      IsDegreeAdverb(c.prev->Best().lemma)) {
    s += kMedium;
  }
  // After a preposition: no finite verb.
  if (prev == WordClass::kAdposition && IsFiniteVerb(a)) s -= kMedium;
  // After a clitic (il, se, le, ne): a verb.
  const bool after_clitic =
      (prev == WordClass::kPronoun && (pf & kCliticFeatures)) ||
      (prev == WordClass::kAdverb && (pf & kFeatNeg) && c.prev &&
       c.prev->Best().lemma == "ne");
  if (after_clitic) {
    if (IsFiniteVerb(a)) s += kMedium;
    if (wc == WordClass::kNoun || wc == WordClass::kAdjective ||
        wc == WordClass::kDeterminer) {
      s -= kMedium;
    }
  }
  // After a preposition, a participle is a noun (de mise, de levée).
  if (prev == WordClass::kAdposition && wc == WordClass::kVerb &&
      IsParticiple(a) && !(pf & kFeatContr)) {
    s -= kMedium;
  }
  // After a noun: adjectives and verbs rather than another noun.
  if ((prev == WordClass::kNoun || prev == WordClass::kProperNoun) &&
      !c.in_noun_phrase) {
    if (wc == WordClass::kNoun && !(t.token_flags & kTokenCapitalized)) {
      s -= kWeak;
    }
    if (wc == WordClass::kAdjective) s += kWeak / 2;
    if (IsFiniteVerb(a)) s += kWeak / 2;
  }
  // An adjective or participle agreeing in number with the noun before it.
  if ((wc == WordClass::kAdjective || IsParticiple(a)) &&
      prev == WordClass::kNoun && (a.features & pf & (kFeatSing | kFeatPlur))) {
    s += kWeak / 2;
  }
  // After a preposition, an infinitive ("d'avoir", "pour frapper").
  if (prev == WordClass::kAdposition && wc == WordClass::kVerb &&
      (a.features & kFeatInfinitive)) {
    s += kWeak;
  }
  // de/d' as the indefinite article (UD: DET, lemma "un"): under negation
  // ("n'a pas de preuves") and before a plural adjective ("de nombreux
  // pays", "d'autres"), unless it follows a noun it complements.
  if (wc == WordClass::kDeterminer && a.lemma == "un" &&
      t.Has(WordClass::kAdposition)) {
    const bool negated_quantity =
        c.negated && c.prev && prev == WordClass::kAdverb && (pf & kFeatNeg) &&
        c.prev->Best().lemma != "ne";
    // (Not after a noun or a quantity: "le soutien de nombreux pays",
    // "beaucoup d'autres".)
    const bool before_plural_adj =
        c.next && (c.next->class_mask & ClassBit(WordClass::kAdjective)) &&
        (c.next->feature_mask & kFeatPlur) && prev != WordClass::kNoun &&
        prev != WordClass::kProperNoun && prev != WordClass::kAdverb;
    if (negated_quantity || before_plural_adj) s += kStrong + kMedium;
  }
  // News rarely addresses "tu": a verb form that can only be second person
  // singular is more likely a noun or adjective (menaces, politiques).
  if (IsFiniteVerb(a) && (a.features & kFeatPerson2) &&
      !(a.features & (kFeatPerson1 | kFeatPerson3 | kFeatPlur))) {
    s -= kWeak;
  }
  // The gerund: en + present participle.
  if (IsVerbal(wc) && (a.features & kFeatPresPart) && c.prev &&
      c.prev->form == "en") {
    s += kMedium;
  }

  s += ScoreArticleOrClitic(a, t, c);

  // des: contraction (de + les) after a noun, indefinite article elsewhere.
  if (a.features & kFeatContr && t.Has(WordClass::kDeterminer)) {
    const bool after_noun =
        prev == WordClass::kNoun || prev == WordClass::kProperNoun ||
        prev == WordClass::kAdjective || prev == WordClass::kNumeral;
    s += after_noun ? kMedium : -kMedium;
  }
  // que/qu': relative pronoun after a noun or "ce", conjunction elsewhere.
  if ((a.features & kFeatRel) && t.Has(WordClass::kSubordConj)) {
    const bool antecedent =
        prev == WordClass::kNoun || prev == WordClass::kProperNoun ||
        (prev == WordClass::kPronoun && c.prev->Best().lemma.starts_with("ce"));
    if (antecedent) s += kMedium;
  }
  // en: pronoun before a verb, preposition elsewhere (including the gerund).
  if (t.Has(WordClass::kAdposition) && wc == WordClass::kPronoun &&
      (a.features & kFeatObj) && a.lemma == "en") {
    const bool gerund = c.next && (c.next->feature_mask & kFeatPresPart);
    if (NextIsVerbal(c) && !gerund && !NextIsNominal(c)) s += kMedium;
  }
  // s': "si" before il/ils, "se" elsewhere.
  if (wc == WordClass::kSubordConj && (a.features & kFeatElided) &&
      a.lemma == "si" && c.next && c.next->form.starts_with("il")) {
    s += kStrong;
  }
  // un/une: pronoun in "l'un", "un des", "un de".
  if (wc == WordClass::kPronoun && (a.lemma == "un") &&
      (prev == WordClass::kDeterminer ||
       (c.next && (c.next->form == "des" || c.next->form == "de" ||
                   c.next->form == "d'")))) {
    s += kStrong;
  }
  return s;
}

}  // namespace

void DisambiguateFrench(std::span<TokenAnalyses> tokens) {
  uint32_t aux_pending = 0;
  bool negated = false;
  for (size_t i = 0; i < tokens.size(); ++i) {
    TokenAnalyses& t = tokens[i];
    if (!t.fixed && t.count > 1) {
      Context c;
      c.prev = i > 0 ? &tokens[i - 1] : nullptr;
      c.next = i + 1 < tokens.size() ? &tokens[i + 1] : nullptr;
      c.aux_pending = aux_pending;
      c.negated = negated;
      c.in_noun_phrase = InNounPhrase(tokens, i, &c.right_after_det);
      if (t.feature_mask & kFeatHave) {
        c.participle_ahead = ParticipleAhead(tokens, i);
      }
      for (uint8_t k = 0; k < t.count; ++k) {
        t.analyses[k].score += static_cast<int16_t>(Score(t.analyses[k], t, c));
      }
      PickBest(t);
    }
    if (t.fixed) {
      negated = false;
    } else if (t.count > 0 && t.Best().lemma == "ne") {
      negated = true;
    }
    // Track an open "avoir/être ... participle" chain.
    if (!t.fixed && t.count > 0 &&
        t.Best().word_class == WordClass::kAuxiliary &&
        (t.Best().features & (kFeatHave | kFeatBe))) {
      aux_pending = t.Best().features & (kFeatHave | kFeatBe);
    } else if (!IsTransparent(t)) {
      aux_pending = 0;
    }
  }
}

}  // namespace tocsin
