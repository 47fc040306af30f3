// The actor dictionary's text format (docs/dictionary-format.md) parsed into
// plain entries. The compiler (dict/compiler.h) turns entries into the
// memory-mapped matcher; `tocsin dict check` reports on them.
#ifndef TOCSIN_DICT_ACTOR_DICT_H_
#define TOCSIN_DICT_ACTOR_DICT_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "tocsin/status.h"

namespace tocsin {

enum class ActorType : uint8_t {
  kState,
  kSeat,
  kBloc,
  kSubnational,
  kIgo,
  kNgo,
  kArmedGroup,
  kParty,
  kCompany,
  kMedia,
  kPerson,
  kAgent,
};

const char* ActorTypeName(ActorType type);

// A date as yyyymmdd (20221001); 0 means "open" at that end.
using DateNumber = uint32_t;

struct ActorCode {
  std::string code;             // "RUSGOV", or "~MIL" for agents
  DateNumber from = 0, to = 0;  // inclusive; both 0: undated fallback
  std::string role_en, role_fr;
  uint32_t line = 0;
  bool dated() const { return from != 0 || to != 0; }
};

// One alias in one language ("" = every language).
struct ActorName {
  std::string text;
  std::string language;
  bool adjective = false;  // from adj.*: combines with agents
  uint32_t line = 0;
  // Written "=form" in a list: only these written forms match, not other
  // inflections of their lemmas (PETRARCH's "POLICE {}": no plural).
  bool exact_forms = false;
};

struct ActorEntry {
  std::string id;
  ActorType type = ActorType::kState;
  std::vector<ActorName> names;
  std::vector<ActorCode> codes;
  std::string iso2, iso3;  // states
  std::string country;     // ISO alpha-3 of the owning state, when given
  std::string note;
  std::string file;
  uint32_t line = 0;  // line of the [id] header
  // Dictionaries compile in layers: 0 for the first dictionary given (ours
  // by default), then 1, 2, ... When aliases of two entries cover the same
  // tokens, the lower layer wins (AliasPriority in dict/actor_format.h).
  uint8_t layer = 0;
};

struct DictProblem {
  enum class Severity : uint8_t {
    kError,    // malformed or contradictory: `tocsin dict check` exits 1
    kWarning,  // redundant or suspicious, but codes as written
  };
  std::string file;
  uint32_t line = 0;
  std::string message;
  Severity severity = Severity::kError;
  bool error() const { return severity == Severity::kError; }
  // "file:line: message", or "file:line: warning: message".
  std::string ToString() const;
};

// Parses one file's text. Well-formed entries are appended to `entries`;
// every malformed line or entry is appended to `problems` (parsing goes on
// after it). Never fails on content; the Status is for I/O in ParseFile.
void ParseActorDictionary(std::string_view text, std::string_view file,
                          std::vector<ActorEntry>* entries,
                          std::vector<DictProblem>* problems);

// Reads and parses a file, or every *.txt file under a directory (sorted).
Status ParseActorDictionaryPath(const std::string& path,
                                std::vector<ActorEntry>* entries,
                                std::vector<DictProblem>* problems);

// "2022-10-01" → 20221001; 0 when malformed.
DateNumber ParseIsoDate(std::string_view text);

}  // namespace tocsin

#endif  // TOCSIN_DICT_ACTOR_DICT_H_
