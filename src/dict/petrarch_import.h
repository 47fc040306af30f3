// Import of PETRARCH/TABARI dictionaries (the Phoenix actor and agent
// files) into our in-memory model (dict/actor_dict.h), so that users can
// layer the dictionaries they already maintain under or over ours. The
// formats and how each construct maps are in docs/dictionary-format.md
// ("Importing PETRARCH dictionaries").
//
// Actor files hold records of a primary phrase, '+' synonym lines and
// bracketed codes, on the primary line or on their own (indented) lines:
//   PHRASE_WORDS_  [CODE]          default code
//   +SYNONYM_PHRASE
//       [CODE 20090120-20170120]   CODE between two dates (YYYYMMDD/YYMMDD)
//       [CODE >20170120]  [CODE <20090120]   from / until a date
// As in PETRARCH, consecutive primary phrases without codes of their own
// share the codes that follow them: they become one entry.
// Agent files hold one phrase per line with a role code ([~GOV], or NGO~
// for prefix codes), an optional plural in {...} ({} for none), and
// substitution sets (!PERSON! = MAN, MEN, ...) expanded where !PERSON!
// appears. Comments are '#' to the end of the line, ';' in actor lines,
// and <!-- ... --> (possibly over several lines); ---STOP--- ends a file.
//
// Every line the importer cannot read becomes a DictProblem with file:line
// and is skipped; importing never fails on content.
#ifndef TOCSIN_DICT_PETRARCH_IMPORT_H_
#define TOCSIN_DICT_PETRARCH_IMPORT_H_

#include <string>
#include <string_view>
#include <vector>

#include "dict/actor_dict.h"
#include "tocsin/status.h"

namespace tocsin {

enum class PetrarchKind { kActors, kAgents };

struct PetrarchImportOptions {
  // Entry ids are "<id_prefix>.<PHRASE>" for actors and
  // "<id_prefix>.agent.<PHRASE>" for agents, made unique with "-2", "-3".
  std::string id_prefix = "phoenix";
  // ActorEntry::layer of the imported entries (ours are layer 0).
  uint8_t layer = 1;
};

// An agents file when its first bracketed code carries '~' (the agent
// marker), otherwise an actors file.
PetrarchKind DetectPetrarchKind(std::string_view text);

// Appends the entries of one file's text to *entries (ids unique among the
// entries already there) and its problems to *problems.
void ImportPetrarchDictionary(std::string_view text, std::string_view file,
                              PetrarchKind kind,
                              const PetrarchImportOptions& options,
                              std::vector<ActorEntry>* entries,
                              std::vector<DictProblem>* problems);

// Reads `path` and imports it as the kind DetectPetrarchKind finds.
// NotFound when the file cannot be read.
Status ImportPetrarchFile(const std::string& path,
                          const PetrarchImportOptions& options,
                          std::vector<ActorEntry>* entries,
                          std::vector<DictProblem>* problems);

// Exposed for tests. A PETRARCH phrase ("AL-QAIDA_IN_IRAQ_", "THE_UN_")
// as it reads in running text ("al-Qaida in Iraq", "the UN"): '_' become
// spaces, words are capitalised (actors) or lower-cased (agents), short
// particles lower-cased, and words that look like acronyms (dotted
// initials, no vowel, at most two letters, or a one-word name of three)
// keep their capitals: an alias all in capitals only matches capitals, so
// "Iran" must not stay "IRAN", while "UN" must not become "Un".
std::string ReadablePhrase(std::string_view phrase, bool agent);

// Exposed for tests. "YYYYMMDD" or "YYMMDD" (00-30 are 20YY, as in TABARI
// and PETRARCH) as a DateNumber; 0 when malformed.
DateNumber ParsePetrarchDate(std::string_view digits);

}  // namespace tocsin

#endif  // TOCSIN_DICT_PETRARCH_IMPORT_H_
