// ExtendPersonSpan (person_extent.h): titles before a person's name,
// function phrases before a comma, appositions after it.
//
// The word classes come from a lexicon-based tagger that often calls an
// adjective a noun ("ancien", "nouveau") and a role a verb ("conseiller"),
// so the rules lean on the role lists and on capitalisation, and accept
// either class for the words around a role.
#include "actors/person_extent.h"

#include <algorithm>
#include <string>

#include "actors/actor_matcher.h"
#include "dict/fold.h"
#include "text/token_keys.h"

namespace tocsin {
namespace {

// Words between a role and the name it precedes ("ministre d'État",
// "député au Grand Conseil de Bâle-Campagne").
constexpr uint32_t kMaxComplementTokens = 8;
// "M. Vogelwald, 46 ans, médecin, ...": age, then function, then one more.
constexpr int kMaxAppositions = 3;
// Lower-case modifiers next to a role: "ancien juge cantonal".
constexpr uint32_t kMaxModifiers = 2;

constexpr uint8_t kRoleAny = kRoleFunction | kRoleRelation;

// Articles, possessives and demonstratives: "le célèbre marchand", "notre
// ambassadeur", but not "un déséquilibre", "tous".
bool Definite(std::string_view form) {
  static constexpr std::string_view kDefinite[] = {
      "le",    "la",  "l'",    "les", "son", "sa",   "ses",   "leur", "leurs",
      "notre", "nos", "votre", "vos", "ce",  "cet",  "cette", "ces",  "the",
      "his",   "her", "their", "its", "our", "this", "that"};
  std::string lower(form);
  for (char& c : lower) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return std::find(std::begin(kDefinite), std::end(kDefinite), lower) !=
         std::end(kDefinite);
}

class Extender {
 public:
  Extender(const PersonRoles& roles, const AnalyzedText& text,
           std::string_view language, uint32_t first, uint32_t end)
      : roles_(roles), text_(text), language_(language), sf_(first), se_(end) {}

  uint32_t Prefix(uint32_t first, uint32_t end) const;
  bool RoleBefore(uint32_t first) const;
  uint32_t FunctionBeforeComma(uint32_t first, uint32_t name_end) const;
  uint32_t Appositions(uint32_t end) const;

 private:
  const Token& At(uint32_t t) const { return text_.tokens[t]; }
  WordClass Class(uint32_t t) const { return At(t).word_class; }
  std::string_view Form(uint32_t t) const { return text_.Normalized(At(t)); }
  bool Lower(uint32_t t) const {
    return (At(t).flags & (kTokenCapitalized | kTokenAllCaps)) == 0;
  }
  bool Is(uint32_t t, std::string_view form) const { return Form(t) == form; }
  bool Determiner(uint32_t t) const {
    return Class(t) == WordClass::kDeterminer && Form(t) != "des";
  }
  bool Adposition(uint32_t t) const {
    return Class(t) == WordClass::kAdposition;
  }
  // An adjective, or a noun the tagger may have taken for one.
  bool Modifier(uint32_t t) const {
    return Lower(t) &&
           (Class(t) == WordClass::kAdjective || Class(t) == WordClass::kNoun);
  }
  // The kinds of exactly the phrase [t, t + n); a single word is also
  // looked up by its lemma ("conseillers") and by the parts of a
  // hyphenated compound ("secrétaire-adjoint", "ex-ministre").
  uint8_t KindsOf(uint32_t t, uint32_t n) const;
  // The longest phrase starting at `t`: its kinds, its length in *n.
  uint8_t KindsAt(uint32_t t, uint32_t* n) const;
  // The longest phrase ending at `last` (inclusive); *start = first token.
  uint8_t KindsEndingAt(uint32_t last, uint32_t* start) const;
  // A role at `t` used as a noun: "élu", "conseiller" are also verbs, and
  // after an auxiliary or a pronoun they are ("ont élu M. Roux").
  bool NounUse(uint32_t t) const {
    return t == sf_ || (Class(t - 1) != WordClass::kAuxiliary &&
                        Class(t - 1) != WordClass::kPronoun);
  }
  // A role (or an honorific, with `honorific`) ends at `last`.
  bool TitleEndsAt(uint32_t last, bool honorific, uint32_t* start) const {
    const uint8_t kinds = KindsEndingAt(last, start);
    const uint8_t want = kRoleAny | (honorific ? kRoleHonorific : 0);
    return (kinds & want) && !(kinds & kRoleNever) && NounUse(*start);
  }
  // A role phrase starts at `t`, after up to kMaxModifiers modifiers;
  // *end = the token after it. With `complement`, a relation must have one
  // ("fils du ministre").
  bool RoleAfterModifiers(uint32_t t, uint32_t limit, uint32_t* end,
                          bool complement) const;
  // Ends an apposition: punctuation, verbs, pronouns, "et" before a name.
  bool Stop(uint32_t t) const;
  // "président Wilson": a capitalised word right after a common word
  // starts another name, not a complement.
  bool NameAfterCommonWord(uint32_t t) const {
    return !Lower(t) && t > sf_ && Lower(t - 1) && !Adposition(t - 1) &&
           Class(t - 1) != WordClass::kDeterminer &&
           !(At(t - 1).flags & kTokenElided);
  }
  // "d'État", "du Conseil général": what a complement may hold.
  bool ComplementWord(uint32_t t) const {
    switch (Class(t)) {
      case WordClass::kAdposition:
      case WordClass::kDeterminer:
      case WordClass::kNoun:
      case WordClass::kProperNoun:
      case WordClass::kAdjective:
      case WordClass::kUnknown:
        return true;
      default:
        return false;
    }
  }
  uint32_t Apposition(uint32_t comma, bool after_age, bool* age) const;
  // "pasteur à Mézières (Vaud)": a capitalised name in brackets at `e`
  // ends the apposition after it. Returns the new end, or `e`.
  uint32_t ParenthesisedName(uint32_t e) const;

  const PersonRoles& roles_;
  const AnalyzedText& text_;
  std::string_view language_;
  uint32_t sf_, se_;  // the sentence's tokens
};

uint8_t Extender::KindsOf(uint32_t t, uint32_t n) const {
  uint64_t keys[PersonRoles::kMaxPhraseTokens] = {};
  // The front end's keys: this runs at up to three lengths for most words
  // around a name, and folding each form again was most of its cost.
  for (uint32_t k = 0; k < n; ++k) keys[k] = FormKey(text_, t + k);
  uint8_t kinds = roles_.Find(language_, keys, n);
  if (kinds != 0 || n != 1) return kinds;
  const uint64_t lemma = LemmaKey(text_, t);
  if ((kinds = roles_.Find(language_, &lemma, 1))) return kinds;
  const std::string_view form = Form(t);
  const size_t hyphen = form.find('-');
  if (hyphen == std::string_view::npos) return 0;
  // The head of "secrétaire-adjoint" comes first, of "ex-ministre" last;
  // only functions count, not honorifics ("Jean-Marie").
  const uint64_t head = FoldKey(form.substr(0, hyphen));
  const uint64_t tail = FoldKey(form.substr(form.rfind('-') + 1));
  return (roles_.Find(language_, &head, 1) | roles_.Find(language_, &tail, 1)) &
         kRoleAny;
}

uint8_t Extender::KindsAt(uint32_t t, uint32_t* n) const {
  for (uint32_t k = PersonRoles::kMaxPhraseTokens; k >= 1; --k) {
    if (t + k > se_) continue;
    if (const uint8_t kinds = KindsOf(t, k)) {
      *n = k;
      return kinds;
    }
  }
  *n = 0;
  return 0;
}

uint8_t Extender::KindsEndingAt(uint32_t last, uint32_t* start) const {
  for (uint32_t k = PersonRoles::kMaxPhraseTokens; k >= 1; --k) {
    if (last + 1 < sf_ + k) continue;
    if (const uint8_t kinds = KindsOf(last + 1 - k, k)) {
      *start = last + 1 - k;
      return kinds;
    }
  }
  return 0;
}

bool Extender::RoleAfterModifiers(uint32_t t, uint32_t limit, uint32_t* end,
                                  bool complement) const {
  for (uint32_t j = 0; j <= kMaxModifiers && t + j < limit; ++j) {
    uint32_t n = 0;
    const uint8_t kinds = KindsAt(t + j, &n);
    if ((kinds & kRoleAny) && !(kinds & kRoleNever) && NounUse(t + j)) {
      if (complement && !(kinds & kRoleFunction) &&
          (t + j + n >= limit || !Adposition(t + j + n))) {
        return false;
      }
      *end = t + j + n;
      return true;
    }
    if (!Modifier(t + j)) return false;
  }
  return false;
}

bool Extender::Stop(uint32_t t) const {
  switch (Class(t)) {
    case WordClass::kPunctuation:
    case WordClass::kVerb:
    case WordClass::kAuxiliary:
    case WordClass::kPronoun:
    case WordClass::kSubordConj:
      return !(KindsOf(t, 1) & kRoleAny) || !NounUse(t);
    case WordClass::kCoordConj:
      // "professeur et directeur" goes on; "médecin, et M. Roux" does not.
      return t + 1 >= se_ || !Lower(t + 1) || Determiner(t + 1);
    default:
      return false;
  }
}

// Titles and roles written just before the name, nearest first.
uint32_t Extender::Prefix(uint32_t first, uint32_t end) const {
  uint32_t p = first, start = 0, n = 0;
  // "général en chef Radetzky" when the mention starts at "chef": a role
  // phrase that ends inside the mention may start before it.
  for (uint32_t j = first; j < end && j < first + 2; ++j) {
    if (TitleEndsAt(j, false, &start) && start < p) p = start;
  }
  if (p < first) first = p;
  // "ministre d'État Mac Neil": a complement between the nearest role and
  // the name; the name must not be the complement ("ministre de Gaulle").
  if (p > sf_ && !Adposition(p - 1) && !Determiner(p - 1) &&
      ComplementWord(p - 1) && !TitleEndsAt(p - 1, true, &start)) {
    for (uint32_t k = p - 1; k > sf_ && p - k <= kMaxComplementTokens; --k) {
      const uint32_t t = k - 1;
      if (NameAfterCommonWord(k)) break;
      // The nearest role only: "le fils du conseiller fédéral Motta".
      if (TitleEndsAt(t, true, &start)) {
        if (Adposition(k)) p = start;
        break;
      }
      if (!ComplementWord(t)) break;
    }
  }
  for (;;) {
    // "président français Jacques Chirac", "sculpteur vaudois Léon Favrat":
    // modifiers after the role.
    bool title = false;
    for (uint32_t k = p, a = 0; k > sf_ && a <= kMaxModifiers; ++a, --k) {
      if (TitleEndsAt(k - 1, true, &start)) {
        title = true;
        break;
      }
      if (!Modifier(k - 1)) break;
    }
    if (title) {
      p = start;
      // "l'ancien juge", "le célèbre général": modifiers that open the
      // noun phrase.
      uint32_t k = p;
      while (k > sf_ && p - k < kMaxModifiers && Lower(k - 1) &&
             ((KindsOf(k - 1, 1) & kRoleModifier) ||
              Class(k - 1) == WordClass::kAdjective)) {
        --k;
      }
      if (k < p && (k == sf_ || Determiner(k - 1))) p = k;
      continue;
    }
    // "producteur et musicien".
    if (p >= sf_ + 2 && (Is(p - 1, "et") || Is(p - 1, "and")) &&
        TitleEndsAt(p - 2, false, &start) && (KindsAt(p, &n) & kRoleAny)) {
      p = start;
      continue;
    }
    // "M. le directeur", "Mme la présidente".
    if (p >= sf_ + 2 && Determiner(p - 1) && Lower(p - 1) && !Lower(p - 2) &&
        (KindsEndingAt(p - 2, &start) & kRoleHonorific) &&
        (KindsAt(p, &n) & (kRoleAny | kRoleHonorific))) {
      p = start;
      continue;
    }
    // "l'Allemand Uwe Peschel": a capitalised common noun (a demonym)
    // after a determiner, just before the name or its title.
    if (p >= sf_ + 2 && Class(p - 1) == WordClass::kNoun && !Lower(p - 1) &&
        !(At(p - 1).flags & kTokenAllCaps) && Determiner(p - 2) &&
        Lower(p - 2) && KindsOf(p - 1, 1) == 0) {
      p = p - 1;
    }
    return p;
  }
}

bool Extender::RoleBefore(uint32_t first) const {
  uint32_t start = 0;
  for (uint32_t k = first, a = 0; k > sf_ && a <= kMaxModifiers; ++a, --k) {
    if (TitleEndsAt(k - 1, true, &start)) return true;
    if (!Modifier(k - 1)) return false;
  }
  return false;
}

// "le vice-président du Conseil général, M. Louis Thorens".
uint32_t Extender::FunctionBeforeComma(uint32_t first,
                                       uint32_t name_end) const {
  uint32_t n = 0;
  // "son agent, l'avocat Jacques Roux": an article may follow the comma.
  const uint32_t det =
      first > sf_ && Determiner(first - 1) && Lower(first - 1) ? 1 : 0;
  if (first < sf_ + 2 + det || !Is(first - 1 - det, ",")) return first;
  // A title or two names: "Selon le maire, Roux a ..." is a clause.
  if (!(KindsAt(first, &n) & (kRoleHonorific | kRoleAny)) &&
      name_end - first < 2) {
    return first;
  }
  const uint32_t comma = first - 1 - det;
  for (uint32_t r = comma; r > sf_ && comma - r < kMaxAppositionTokens;) {
    --r;
    if (Stop(r) || NameAfterCommonWord(r) || !ComplementWord(r)) return first;
    uint32_t end = 0;
    // The phrase starts a noun phrase: after a definite determiner, "et",
    // or at the sentence start.
    if (RoleAfterModifiers(r, comma, &end, /*complement=*/false) &&
        (r == sf_ || (Determiner(r - 1) && Definite(Form(r - 1))) ||
         Is(r - 1, "et") || Is(r - 1, "and"))) {
      return r;
    }
  }
  return first;
}

// One apposition after the comma at `comma`: its end, or `comma` when
// there is none. *age tells whether it was an age.
uint32_t Extender::Apposition(uint32_t comma, bool after_age, bool* age) const {
  const uint32_t a = comma + 1;
  *age = false;
  if (a >= se_) return comma;
  uint32_t h = a, n = 0;
  if (Class(a) == WordClass::kNumeral) {
    h = a + 1;
    if (h < se_ && (KindsAt(h, &n) & kRoleAge)) h += n;
    if (h < se_ && !Is(h, ",") && !Is(h, ".") && !Is(h, ";")) return comma;
    *age = true;
    return h;
  }
  bool definite = false;
  if (Determiner(h) && Lower(h)) {
    definite = Definite(Form(h));
    ++h;
  }
  uint32_t e = 0;
  if (!RoleAfterModifiers(h, se_, &e, /*complement=*/true)) {
    // "le fameux pronostiqueur": any noun after a definite determiner,
    // and after an age.
    if (!(definite || after_age)) return comma;
    for (uint32_t j = 0; j < kMaxModifiers && h + 1 < se_ && Lower(h) &&
                         Class(h) == WordClass::kAdjective;
         ++j) {
      ++h;
    }
    if (h >= se_ || !Lower(h) || (KindsAt(h, &n) & kRoleNever) ||
        (Class(h) != WordClass::kNoun && Class(h) != WordClass::kUnknown)) {
      return comma;
    }
    e = h + 1;
  }
  while (e < se_ && !Stop(e) && !NameAfterCommonWord(e)) ++e;
  e = ParenthesisedName(e);
  if (e - a > kMaxAppositionTokens) return comma;
  // "Selon M. Roux, la situation est grave": a clause, not an apposition.
  if (e < se_ && (Class(e) == WordClass::kVerb ||
                  Class(e) == WordClass::kAuxiliary || !Lower(e))) {
    return comma;
  }
  return e;
}

uint32_t Extender::ParenthesisedName(uint32_t e) const {
  constexpr uint32_t kMaxWords = 3;
  if (e >= se_ || !Is(e, "(")) return e;
  uint32_t k = e + 1;
  while (k < se_ && k - e <= kMaxWords && !Lower(k)) ++k;
  return k > e + 1 && k < se_ && Is(k, ")") ? k + 1 : e;
}

uint32_t Extender::Appositions(uint32_t end) const {
  bool after_age = false;
  uint32_t current = end;
  for (int i = 0; i < kMaxAppositions && current < se_ && Is(current, ",");
       ++i) {
    bool age = false;
    const uint32_t e = Apposition(current, after_age, &age);
    if (e == current) break;
    current = e;
    // HIPE keeps an age only with the function after it ("M. Roux, 46 ans,
    // médecin"), not alone ("Louis Roux, 31 ans, a disparu").
    if (!age) end = e;
    after_age = age;
  }
  return end;
}

}  // namespace

bool PersonRoleBefore(const PersonRoles& roles, const AnalyzedText& text,
                      uint32_t sentence_first, uint32_t first,
                      std::string_view language) {
  if (first <= sentence_first || first > text.tokens.size()) return false;
  // The phrase must end before `first`: the sentence ends there for the
  // look-ups.
  return Extender(roles, text, language, sentence_first, first)
      .RoleBefore(first);
}

PersonExtent ExtendPersonSpan(const PersonRoles& roles,
                              const AnalyzedText& text,
                              std::string_view doc_text,
                              const ActorMention& mention) {
  const auto& tokens = text.tokens;
  PersonExtent out{mention.first_token, mention.end_token,
                   tokens[mention.first_token].begin,
                   tokens[mention.end_token - 1].end};
  if (mention.sentence >= text.sentences.size()) return out;
  const Sentence& s = text.sentences[mention.sentence];
  const uint32_t sf = s.first_token;
  const uint32_t se = std::min<uint32_t>(s.end_token, tokens.size());
  if (out.first_token < sf || out.end_token > se) return out;
  Extender x(roles, text, SentenceLanguage(text, mention.sentence), sf, se);
  out.first_token = x.Prefix(out.first_token, out.end_token);
  out.first_token = x.FunctionBeforeComma(out.first_token, out.end_token);
  out.end_token = x.Appositions(out.end_token);
  out.begin = tokens[out.first_token].begin;
  out.end = std::min<uint32_t>(tokens[out.end_token - 1].end,
                               static_cast<uint32_t>(doc_text.size()));
  return out;
}

}  // namespace tocsin
