// `tocsin dict check` for event patterns (dict/events/<lang>/*.txt): what a
// maintainer needs to hear before the coder loads a folder, all of it at
// once rather than the first error the loader stops at.
//
// Errors (the coder would refuse the folder): malformed lines, a pattern id
// used twice in a language, a CAMEO code the table lacks, a roles file that
// does not parse.
// Warnings (the folder loads, but a line can never code anything):
//   - conflict: two patterns with the same words and different codes;
//   - duplicate: the same words and the same code twice;
//   - unreachable: an earlier pattern matches wherever this one does, with
//     as many words, so the coder's tie rule (most literals, then the
//     earlier line) never chooses this one.
//   - an alternative written twice in one element ("attack|attack").
#ifndef TOCSIN_EVENTS_PATTERN_CHECK_H_
#define TOCSIN_EVENTS_PATTERN_CHECK_H_

#include <string>
#include <vector>

#include "dict/actor_dict.h"
#include "events/cameo_table.h"
#include "tocsin/status.h"

namespace tocsin {

struct EventPatternFile {
  std::string name;  // as reported in file:line
  std::string text;
};

// Checks one language's pattern files, in the order the coder loads them
// (which decides ties). Appends one DictProblem per finding; returns the
// number of well-formed patterns.
size_t CheckEventPatterns(const std::vector<EventPatternFile>& files,
                          const CameoTable& cameo,
                          std::vector<DictProblem>* problems);

// Checks a whole events folder as EventCoder::Create reads it: cameo.tsv,
// and every language directory's _roles.txt and pattern files. The Status
// is for a folder that cannot be read (NotFound); a malformed cameo.tsv is
// a problem, and the patterns are then not checked against it. *patterns
// gets the number of well-formed patterns seen.
Status CheckEventsDir(const std::string& events_dir,
                      std::vector<DictProblem>* problems, size_t* patterns);

}  // namespace tocsin

#endif  // TOCSIN_EVENTS_PATTERN_CHECK_H_
