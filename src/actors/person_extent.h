// The extent of a person mention under the HIPE/impresso convention: the
// name with its titles, functions and appositions ("M. Hagenbeck, le
// célèbre marchand d'animaux de Hambourg", "vice-président du Conseil
// général, M. Louis Thorens", "M. Vogelwald, 46 ans, médecin"), where
// CoNLL-style gold sets keep only the name. Used by `tocsin eval ner` for
// HIPE files; the actor mentions themselves keep their own spans.
//
// The words come from dict/<lang>/person_roles.txt (its header documents
// the format): honorifics (M., Mme, Majesté, jeune), role nouns (président,
// médecin), relations (belle-mère), modifiers (ancien), nouns that never
// open an apposition (lendemain) and age words (ans). Internal to
// src/actors.
#ifndef TOCSIN_ACTORS_PERSON_EXTENT_H_
#define TOCSIN_ACTORS_PERSON_EXTENT_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "tocsin/actor.h"
#include "tocsin/status.h"
#include "tocsin/text.h"
#include "util/key_table.h"

namespace tocsin {

enum PersonRoleKind : uint8_t {
  kRoleHonorific = 1,  // before a name only: "M.", "Majesté", "jeune"
  kRoleFunction = 2,   // before a name or heading an apposition
  kRoleNever = 4,      // "le lendemain": no apposition
  kRoleAge = 8,        // "46 ans"
  // Kinship: a role, but an apposition only with a complement ("Mme Roux,
  // belle-mère de l'hôtelier"; "Jean Roux, fils" is Jean Roux junior).
  kRoleRelation = 16,
  kRoleModifier = 32,  // opens a role phrase: "ancien", "célèbre"
};

// One or two languages' role words. Immutable after parsing or loading;
// lookups are thread-safe and do not allocate.
class PersonRoles {
 public:
  static constexpr int kMaxPhraseTokens = 3;

  // Parses one person_roles.txt; its entries serve every language.
  // InvalidArgument "what:line: why" for an unknown kind, an empty phrase,
  // a phrase of more than kMaxPhraseTokens words or a duplicate.
  static StatusOr<PersonRoles> Parse(std::string_view text,
                                     std::string_view what);
  // Loads dict_dir/en/person_roles.txt and dict_dir/fr/person_roles.txt:
  // English sentences get the first, French ones the second, others both.
  // NotFound when a file is missing.
  static StatusOr<PersonRoles> Load(const std::string& dict_dir);

  // The PersonRoleKind bits of the phrase whose tokens have the fold keys
  // `keys[0..n)` (FoldKey of each form) in a sentence of `language`; 0 when
  // none.
  uint8_t Find(std::string_view language, const uint64_t* keys, size_t n) const;
  size_t size() const;

 private:
  Status AddFile(std::string_view text, std::string_view what, int list);
  // 0: English, 1: French, 2: any other language (both). Probed for the
  // words before every name, most of them in no list: KeyTable's filter
  // answers those without a probe.
  KeyTable<uint8_t> lists_[3];
};

// A span of tokens [first_token, end_token) and its bytes [begin, end) in
// the document text.
struct PersonExtent {
  uint32_t first_token = 0, end_token = 0;
  uint32_t begin = 0, end = 0;
  bool operator==(const PersonExtent&) const = default;
};

// The span of `mention` (its tokens [first_token, end_token), inside its
// sentence) grown by, in this order:
//  - titles and roles just before it, with the modifiers, "et" and
//    complements between them and the name ("M. le directeur Girardet",
//    "ancien juge cantonal Bäschlin", "ministre d'État Mac Neil",
//    "producteur et musicien suisse David Wehren"), and a role phrase the
//    mention starts inside ("général en chef" for "chef Radetzky");
//    complements are crossed only before the nearest role, so "le fils du
//    ministre Roux" gives "ministre Roux"; a capitalised noun after an
//    article just before them is a demonym ("l'Allemand Uwe Peschel");
//  - a function noun phrase and a comma before it (an article may follow
//    the comma), when the phrase starts a noun phrase (after a definite
//    determiner, "et" or at the sentence start) and the name starts with
//    an honorific or a role or has two words ("le vice-président du
//    Conseil général, M. Louis Thorens"; "Selon le maire, Roux a dit"
//    stays "Roux");
//  - up to three appositions after a comma: a role noun after modifiers
//    and any determiner ("un créateur anglais"), a relation noun with a
//    complement ("belle-mère de l'hôtelier"; "Jean Roux, fils" stays
//    "Jean Roux"), a definite determiner with adjectives and any noun ("le
//    fameux pronostiqueur"), or an age ("46 ans"), kept only when a
//    function follows it, which may then be any noun ("M. Roux, 36 ans,
//    sertisseur"; "Louis Roux, 31 ans, a disparu" keeps the name alone, as
//    HIPE does). An apposition runs to the next comma, period, semicolon,
//    colon, bracket or quote, pronoun ("qui"), "et" before a capitalised
//    word, or capitalised word after a common one ("président Wilson"),
//    with a bracketed name at its end ("pasteur à Mézières (Vaud)"); it
//    is not taken when it ends at a verb ("Selon M. Roux, la situation
//    est grave") or holds more than kMaxAppositionTokens tokens.
// Never crosses the sentence. Returns the mention's own span when nothing
// applies. Pure function of its arguments; thread-safe.
// REQUIRES: `text` is the lemmatised analysis of `doc_text`, the mention's
// token range is valid and non-empty.
inline constexpr uint32_t kMaxAppositionTokens = 12;
PersonExtent ExtendPersonSpan(const PersonRoles& roles,
                              const AnalyzedText& text,
                              std::string_view doc_text,
                              const ActorMention& mention);

// True when a role or honorific of `roles` ends just before token `first`,
// with up to two lower-case modifiers between ("le libraire Zaunrieth",
// "le pasteur évangélique Hamm"), inside the sentence whose first token is
// `sentence_first`: the name finder's cue that `first` starts a person's
// name. Thread-safe.
bool PersonRoleBefore(const PersonRoles& roles, const AnalyzedText& text,
                      uint32_t sentence_first, uint32_t first,
                      std::string_view language);

}  // namespace tocsin

#endif  // TOCSIN_ACTORS_PERSON_EXTENT_H_
