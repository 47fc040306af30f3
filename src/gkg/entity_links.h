// The passes of EntityLinker::Link (entities.h): candidates from actor
// mentions, their merging, one Entity per group, and descriptions. Internal
// to src/gkg.
#ifndef TOCSIN_GKG_ENTITY_LINKS_H_
#define TOCSIN_GKG_ENTITY_LINKS_H_

#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <vector>

#include "gkg/recycled_records.h"
#include "gkg/speech_lexicon.h"
#include "tocsin/actor.h"
#include "tocsin/document.h"
#include "tocsin/knowledge.h"
#include "tocsin/text.h"

namespace tocsin {
namespace gkg {

// An actor mention that names a person or an organisation, or a name the
// actor stages missed that the linker found itself (actor == -1).
struct Candidate {
  int32_t actor = -1;
  uint32_t first = 0, end = 0;  // tokens of the mention, without article
  uint32_t name_first = 0;      // where the name starts (after titles)
  uint32_t sentence = 0;
  bool person = false;
  bool institution = false;  // an agent with a country ("Russian ministry")
  bool name_finder = false;
  uint64_t name_key = 0;  // folded name tokens
  uint64_t last_key = 0;  // folded last token (a surname)
  uint8_t org_class = 0;  // lexicon org class of the actor type, 0: none
  bool dropped = false;   // absorbed by a neighbour (ShapeCandidates)
  uint32_t name_tokens() const { return end - name_first; }
};

// What the description pass needs to know of an entity.
struct EntityInfo {
  std::vector<uint8_t> role_classes;  // from every role written or known
  std::vector<uint8_t> org_classes;   // actor types, as lexicon org classes
  std::vector<uint64_t> name_keys;    // folded tokens of the name
  std::string country;                // first 3 letters of the code, or ""
  bool untyped = false;               // only the name finder's ORG knows it
  uint16_t gender = 0;  // kWordFeminine, kWordMasculine or 0 (unknown)
  // Tokens [first, end) of each mention BuildEntity made, in its order.
  std::vector<std::pair<uint32_t, uint32_t>> mention_tokens;
};

// Returns *info to its default state, keeping its buffers' capacity.
void ResetEntityInfo(EntityInfo* info);

// Candidates in text order, shaped (below) and with their keys.
void CollectCandidates(const SpeechLexicon& lex, const AnalyzedText& text,
                       const std::vector<ActorMention>& actors,
                       std::vector<Candidate>* cands);

// Appends names the actor stages missed (entity_synth.cc): an institution
// written with a capital ("Le Comité d'enquête russe"), a name after an
// organisation noun ("L'organisation genevoise Civils en zone de
// conflit"), a capitalised name before an apposition with a role ("Pieter
// de Vries, an intelligence researcher"), and the full name of a lone
// surname written earlier ("Iryna Vereshchuk" for a later "Vereshchuk").
void AddMissedNames(const SpeechLexicon& lex, const AnalyzedText& text,
                    const std::vector<ActorMention>& actors,
                    std::vector<Candidate>* cands);

// Sorts candidates, joins a first name to the surname right after it
// ("Mykola" + "Hrytsenko"), extends organisation names over the words
// that belong to them ("Russian" + "Transport" + "Ministry", "ministère
// russe" + "de la Défense", "Comité national" + "antiterroriste russe"),
// and drops candidates a neighbour absorbed.
void ShapeCandidates(const AnalyzedText& text, std::vector<Candidate>* cands);

// The gender the words of an entity tell (honorifics, role heads,
// descriptions, its role), kWordFeminine / kWordMasculine, or 0.
uint16_t GenderOf(const SpeechLexicon& lex, const AnalyzedText& text,
                  const Entity& entity);

// Calls unite(a, b) for every pair of candidates that name one entity.
void MergeCandidates(const AnalyzedText& text,
                     const std::vector<ActorMention>& actors,
                     const std::vector<Candidate>& cands,
                     const std::function<void(uint32_t, uint32_t)>& unite);

// Fills *entity and *info from the candidates `group` (in text order).
void BuildEntity(const SpeechLexicon& lex, const Document& doc,
                 const AnalyzedText& text,
                 const std::vector<ActorMention>& actors,
                 const std::vector<Candidate>& cands,
                 std::span<const uint32_t> group, Entity* entity,
                 EntityInfo* info);

// Adds kDescription mentions ("the analyst") to the entities they refer
// to. infos[e] describes (*entities)[e] (infos may be longer); a description
// that introduces a name
// ("le porte-parole du Kremlin, Dmitri Peskov") adds its role.
void LinkDescriptions(const SpeechLexicon& lex, const Document& doc,
                      const AnalyzedText& text,
                      const std::vector<ActorMention>& actors,
                      std::span<EntityInfo> infos,
                      std::vector<Entity>* entities);

}  // namespace gkg
}  // namespace tocsin

#endif  // TOCSIN_GKG_ENTITY_LINKS_H_
