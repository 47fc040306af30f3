// The word lists the name finder reads: dict/<lang>/name_cues.txt (titles,
// organisation and place words, place prepositions, speech verbs, ...),
// dict/<lang>/first_names.txt and dict/<lang>/places.txt (places that are
// not towns). Internal to src/actors.
//
// name_cues.txt has one entry per line under [section] headers ('#' starts
// a comment line); first_names.txt and places.txt are plain lists. Entries are
// stored as keys of their folded form (dict/fold.h), so case and accents never
// matter; a phrase ("près de", "north of") is the folded words joined by
// one space, with no space after an elision ("près d'").
#ifndef TOCSIN_ACTORS_NAME_CUES_H_
#define TOCSIN_ACTORS_NAME_CUES_H_

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>

#include "tocsin/status.h"
#include "util/key_table.h"

namespace tocsin {

enum NameCue : uint16_t {
  kCueTitle = 1 << 0,         // [title]: "M.", "général", "spokesman"
  kCueOrg = 1 << 1,           // [org]: "Banque", "Ministry", "Inc"
  kCueLoc = 1 << 2,           // [loc]: "Rue", "Lake", "Oblast"
  kCueLocHead = 1 << 3,       // [loc_head]: "canton", "mer" (lower case)
  kCueLocBefore = 1 << 4,     // [loc_before]: "à", "près de", "north of"
  kCueLocAfter = 1 << 5,      // [loc_after]: "oblast", "region"
  kCueSpeech = 1 << 6,        // [speech]: verb lemmas "déclarer", "say"
  kCueNotName = 1 << 7,       // [not_name]: "Monday", "janvier"
  kCueConnector = 1 << 8,     // [connector]: "de", "of", "von"
  kCueFirstName = 1 << 9,     // first_names.txt
  kCuePlace = 1 << 10,        // places.txt: regions, rivers, mountains, seas
  kCueEvent = 1 << 11,        // [event]: "Cup", "Act", "Traité": not an actor
  kCueCourtesy = 1 << 12,     // [courtesy]: "M", "Mme" (OCR: "M, Roux")
  kCuePluralTitle = 1 << 13,  // [plural_title]: "MM.", "Messrs."
  kCueParticleTitle = 1 << 14,  // [particle_title]: "M.", "comte" + "de X"
};

// Immutable after loading; lookups are thread-safe and do not allocate.
class NameCues {
 public:
  // The NameCue bits of an entry key (CueKey), 0 when absent.
  uint16_t Find(uint64_t key) const {
    const uint16_t* bits = cues_.Find(key);
    return bits == nullptr ? 0 : *bits;
  }
  // Longest phrase, in words, among the entries with any of `bits`.
  int MaxWords(uint16_t bits) const;

  // Parses name_cues.txt content (with_sections) or a plain list whose
  // entries all get `plain_bits`. `name` is used in error messages
  // ("name:line: unknown section").
  Status Add(std::string_view content, std::string_view name,
             bool with_sections, uint16_t plain_bits);

 private:
  // Probed for most tokens the name finder looks at, and most are in no
  // list: KeyTable's bit filter answers those without a slot probe.
  KeyTable<uint16_t> cues_;
  int max_words_[16] = {};
};

// The key of an entry or of a text phrase already folded and joined.
uint64_t CueKey(std::string_view folded_phrase);

// Loads dict_dir/<language>/name_cues.txt and places.txt for each of
// `languages`, and the
// first names of every language (a "Vladimir" is a first name in French and
// in English text). NotFound when a file is missing.
StatusOr<NameCues> LoadNameCues(
    const std::string& dict_dir,
    std::initializer_list<std::string_view> languages);

}  // namespace tocsin

#endif  // TOCSIN_ACTORS_NAME_CUES_H_
