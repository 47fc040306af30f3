// The actor dictionary compiler: parsed entries (dict/actor_dict.h) ->
// actors.bin (layout in dict/actor_format.h), read by actors/actor_matcher.h.
//
// Every alias is read with the runtime front end (AliasAnalyzer), so its
// tokens, forms and lemmas are the ones the matcher meets in text; each
// token becomes the FoldKey of its form and, for nouns, the LemmaEdgeKey of
// its lemma (dict/actor_format.h), and the alias is stored under every
// sequence that picks one of the two per token (so "forces ukrainiennes"
// is reached by "force ukrainienne" if the French adjective lists it).
#ifndef TOCSIN_DICT_ACTOR_COMPILER_H_
#define TOCSIN_DICT_ACTOR_COMPILER_H_

#include <string>
#include <string_view>
#include <vector>

#include "dict/actor_dict.h"
#include "dict/alias_analyzer.h"
#include "tocsin/status.h"

namespace tocsin {

struct CompileOptions {
  std::string dict_dir;  // front-end word lists; empty: DictDir()
  std::string data_dir;  // lexicons; empty: DataDir()
  std::string iso3166_json = "/usr/share/iso-codes/json/iso_3166-1.json";
  std::string cldr_fr_xml = "/usr/share/unicode/cldr/common/main/fr.xml";
  // When set, used instead of creating one from dict_dir/data_dir. Not
  // owned; must outlive the call.
  AliasAnalyzer* analyzer = nullptr;
};

// Adds to each `state` entry with `iso` its English (iso-codes) and French
// (CLDR) names, skipping ones the entry already has. A missing or
// unreadable data file is a problem, not an error: the entries keep the
// names they were written with.
void AddCountryNames(const CompileOptions& options,
                     std::vector<ActorEntry>* entries,
                     std::vector<DictProblem>* problems);

// English plural demonyms the lemmatiser leaves alone (it keeps
// capitalised words as proper nouns): for each one-word adj.en alias ending
// in -n, -i or -r, the same word plus "s" ("Russians", "Iraqis", "New
// Zealanders"), as an adjective alias in English.
void AddEnglishDemonymPlurals(std::vector<ActorEntry>* entries);

// What the compiler adds to the written entries: AddCountryNames, then
// AddEnglishDemonymPlurals.
void ExpandActorEntries(const CompileOptions& options,
                        std::vector<ActorEntry>* entries,
                        std::vector<DictProblem>* problems);

// Compiles `entries` (after ExpandActorEntries on a copy) into the binary
// image of actors.bin. Dictionary problems (an alias that tokenises to
// nothing, missing reference data) go to `problems` and compilation goes
// on; a non-OK Status means no image (the front end could not be loaded,
// or the dictionary is too large for the format).
Status CompileActorDictionary(const std::vector<ActorEntry>& entries,
                              const CompileOptions& options,
                              std::string* binary,
                              std::vector<DictProblem>* problems);

// Writes `bytes` to a temporary file next to `path` and renames it over
// `path`, so a reader never maps a half-written dictionary.
Status WriteFileAtomically(const std::string& path, std::string_view bytes);

// The languages an alias is read in: its own, or English and French for
// names that apply to every language.
std::vector<std::string> AliasLanguages(const ActorName& name);

// The token-key sequences under which an analysed alias is stored: every
// choice of form key or lemma edge key per token, without repeats. More than
// `limit` choices: only the all-form and all-lemma sequences (and
// *truncated is set).
std::vector<std::vector<uint64_t>> AliasKeySequences(
    const std::vector<AliasToken>& tokens, size_t limit, bool* truncated);

}  // namespace tocsin

#endif  // TOCSIN_DICT_ACTOR_COMPILER_H_
