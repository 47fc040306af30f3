// EntityLinker: the persons and organisations of a document, each mention
// normalised to one document-level Entity ("Konrad Muzyka", "Muzyka",
// "M. Muzyka" and "l'analyste" are one Muzyka).
//
// Sources are the actor mentions (include/tocsin/actor.h): dictionary
// persons and organisations (person, media, company, igo, ngo, party,
// armed_group), seats used as institutions ("the Kremlin", "du Kremlin"; a
// bare capital only as a subject: "Moscow said"), institutions an agent
// names with a country ("the Russian Defence Ministry", "l'état-major
// ukrainien"), and the name finder's PERSON and ORG names. States, places
// and unnamed agents ("a French official") are not entities. The linker
// also repairs what the actor stages cut short or missed, from its own word
// lists: a first name joins the surname after it ("Mykola" + "Hrytsenko"),
// organisation names extend over their words ("Russian" + "Transport
// Ministry", "ministère russe" + "de la Défense"), a capitalised
// institution word ("Le Comité d'enquête russe"), a name after an
// organisation noun ("l'organisation genevoise Civils en zone de conflit"),
// a name before an apposition with a role ("Pieter de Vries, an
// intelligence researcher"), and the full name a lone surname had earlier.
//
// Mentions merge when they share a dictionary entry or an antecedent, when
// their names fold alike, or when a short person name ("Muzyka", "M.
// Muzyka", "President Macron") is the surname of a full name in the
// document (the nearest one before it, else after it; one typo allowed
// against the latest full names for surnames of five letters or more). The
// canonical name is the fullest written one without titles or articles
// ("Le Monde" keeps its article when written mid-sentence).
//
// Roles are taken as written: before the name ("Chechen leader Ramzan
// Kadyrov", "le président russe Vladimir Poutine", "l'analyste de la
// défense Konrad Muzyka"; the title is also a kDescription mention), in an
// apposition after it ("Konrad Muzyka, analyste de la défense,"), or in a
// description that introduces it ("le porte-parole du Kremlin, Dmitri
// Peskov"); else the dictionary's role for the date. Descriptions with a
// definite article ("l'expert", "the Ukrainian president", "the ministry")
// become kDescription mentions of the most recent entity (named at most
// five sentences before) whose roles share the description's class (dict
// gkg_roles.txt: "expert" and "analyste" are one class), of the same
// country and gender when both are known ("la présidente" is not
// Zelensky), or, for an organisation noun, whose actor type or name
// matches; failing that, of the only person of the current or previous
// sentence without a role.
//
// Cost: linear in the document (one pass per stage, bounded windows); the
// lexicon lookups of each token are memoised for the document.
#ifndef TOCSIN_GKG_ENTITIES_H_
#define TOCSIN_GKG_ENTITIES_H_

#include <string>
#include <vector>

#include "gkg/speech_lexicon.h"
#include "tocsin/actor.h"
#include "tocsin/document.h"
#include "tocsin/knowledge.h"
#include "tocsin/status.h"
#include "tocsin/text.h"

namespace tocsin {

// Both languages' lexicons, read from <dict_dir>/{en,fr}/gkg_roles.txt and
// gkg_speech.txt. Immutable after Load; thread-safe.
class SpeechLexicons {
 public:
  // NotFound when a file is missing, InvalidArgument "path:line: why"
  // when one is malformed.
  Status Load(const std::string& dict_dir);
  // French for "fr", English otherwise.
  const SpeechLexicon& For(std::string_view language) const {
    return language == "fr" ? fr_ : en_;
  }

 private:
  SpeechLexicon en_, fr_;
};

class EntityLinker {
 public:
  // Reads the word lists under dict_dir (DictDir() when empty). Call once;
  // the linker is then immutable, and Link is safe to call from many
  // threads at once.
  Status Load(const std::string& dict_dir);

  // Replaces *out with the document's entities, in order of first mention,
  // each with its mentions in text order (spans into doc.text, actor =
  // index into `actors` or -1 for descriptions).
  // REQUIRES: Load succeeded; `text` is the analysis of `doc` and `actors`
  // its actor mentions (Pipeline::Process output).
  void Link(const Document& doc, const AnalyzedText& text,
            const std::vector<ActorMention>& actors,
            std::vector<Entity>* out) const;

  const SpeechLexicons& lexicons() const { return lexicons_; }

 private:
  SpeechLexicons lexicons_;
};

}  // namespace tocsin

#endif  // TOCSIN_GKG_ENTITIES_H_
