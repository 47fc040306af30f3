// NameFinder: names the actor dictionaries lack, as PERSON, ORG or LOC
// mentions with no code (MentionSource::kNameFinder).
//
// It runs after ActorMatcher::Match and reads the analysed text (forms,
// lemmas, word classes, capitalisation flags). A candidate is a run of
// capitalised tokens no existing mention covers, possibly joined by name
// connectors ("Charles de Gaulle", "Bank of England", "Ludwig van ...").
// Capitalisation says little at a sentence start, after an opening quote
// or in an all-caps headline: there a token starts a name only when the
// lexicon does not know it as a common word (its class is PROPN or
// unknown), or when a cue (title, first name, organisation word) follows.
//
// Each candidate is typed from cues (dict/<lang>/name_cues.txt,
// dict/*/first_names.txt) in this order:
//   1. an organisation word in it ("Banque", "Ministry", "Inc") -> ORG;
//   2. a place word in it or a place head before it ("Rue", "Lake";
//      "canton de Vaud", "mer Noire") -> LOC;
//   3. a title or role before or at its start ("M.", "le général",
//      "spokesman"), even split from it by a stray OCR mark ("M,
//      Kellogg"), or an agent mention just before it ("le ministre
//      ukrainien de la Défense Oleksii Reznikov"), or a role of
//      dict/<lang>/person_roles.txt with up to two modifiers between ("le
//      pasteur évangélique Hamm") -> PERSON; after a courtesy or noble
//      title a particle opens the name ("M. de Blowitz", "le général de
//      Gaulle"), unless the name is a town;
//   4. a first name or an initial and a second word ("Ilmar Vahtra",
//      "J. Dupont") -> PERSON;
//   5. a city of 100,000 people or more (PlaceNames), or a region, river,
//      mountain or sea of dict/<lang>/places.txt -> LOC;
//   5a. a name of a list opened by a plural title ("MM. Bertoni, Micheli
//      et Tissot") -> PERSON;
//   5b. one word in capitals or with an inner capital ("SEC", "PayPal")
//      -> ORG;
//   6. a speech verb after or before it ("X a déclaré", "X said",
//      "said X"), or a rank before it in a document with three ranked
//      entries or more (results tables: "12. Camenzind") -> PERSON;
//   7. a place preposition before it or a place noun after it ("à X",
//      "près de X", "north of X", "X oblast") -> LOC;
//   8. a place name of the GeoNames list (a town of 10,000 or more when
//      one word) -> LOC.
// A run of capitalised words breaks before a courtesy title ("Courrèges
// Mademoiselle Chanel", a list whose commas the OCR lost) and before a
// first name after a place ("Bâle-Campagne Rudolf Keller").
// Then, over the document: a lone word that is the last word of a person
// named in full ("Vahtra" after "Ilmar Vahtra", "Bismarck" after "le
// prince de Bismarck") is that person, unless a
// strong cue typed it; else an untyped candidate takes the type of the same
// name typed elsewhere; two or more proper nouns default to PERSON;
// anything else is dropped. Weak cues (a place of the GeoNames list with no
// cue, a lone first name, a one-word name after a place preposition: "à"
// is also dative) yield to the document's evidence.
//
// Spans: a title or place head that precedes the name joins its span, as
// the matcher joins titles to persons ("baron Obrecht", "canton de Vaud");
// determiners never do. A title the dictionary knows as an agent ("le
// général", "le ministre ukrainien de la Défense") keeps its own mention,
// with its code, and only marks the name after it as a person.
#ifndef TOCSIN_ACTORS_NAME_FINDER_H_
#define TOCSIN_ACTORS_NAME_FINDER_H_

#include <memory>
#include <string>
#include <vector>

#include "actors/name_cues.h"
#include "actors/place_names.h"
#include "tocsin/actor.h"
#include "tocsin/document.h"
#include "tocsin/status.h"
#include "tocsin/text.h"

namespace tocsin {

struct NameFinderOptions {
  std::string dict_dir;  // word lists; empty: DictDir()
  std::string data_dir;  // placenames.bin; empty: DataDir()
};

// Immutable after Create; Find is const and safe to call from many threads
// at once (scratch space is per thread).
class NameFinder {
 public:
  // Loads the cue lists of English and French (name_cues.txt,
  // first_names.txt, places.txt, person_roles.txt) and maps placenames.bin:
  // NotFound when a file is missing, InvalidArgument for a malformed list,
  // DataLoss for a corrupt place-name file.
  static StatusOr<std::unique_ptr<NameFinder>> Create(
      const NameFinderOptions& options);
  ~NameFinder();

  // Appends kNameFinder mentions (type "PERSON", "ORG" or "LOC", empty
  // code and entry id; role = the title before a person, if any) for the
  // names no mention in *mentions overlaps, then calls LinkCoreferences.
  // REQUIRES: `text` is the lemmatised analysis of `doc`, and *mentions
  // holds ActorMatcher::Match's mentions of it (or none).
  void Find(const Document& doc, const AnalyzedText& text,
            std::vector<ActorMention>* mentions) const;

 private:
  struct Impl;
  explicit NameFinder(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace tocsin

#endif  // TOCSIN_ACTORS_NAME_FINDER_H_
