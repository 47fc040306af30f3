// `tocsin dict check`: problems in parsed actor dictionaries that the
// parser cannot see, each with file:line:
//   - an id used by two entries;
//   - an alias listed twice in one entry, or by two entries (a conflict
//     when their codes differ) for a shared language;
//   - overlapping date ranges among an entry's code lines;
//   - an alias with no tokens, and an entry no text can reach (every alias
//     empty or shadowed by an identical alias of a preferred entry; see
//     AliasPriority in dict/actor_format.h).
// Every problem is an error except a conflict (the priority rule settles
// it) and an entry that only an earlier layer shadows. Aliases shared by
// entries of different layers (ActorEntry::layer) are not reported: the
// earlier layer wins by design.
#ifndef TOCSIN_DICT_ACTOR_CHECK_H_
#define TOCSIN_DICT_ACTOR_CHECK_H_

#include <vector>

#include "dict/actor_compiler.h"
#include "dict/actor_dict.h"

namespace tocsin {

// Without the front end: aliases are compared as folded strings (case and
// accents folded, spaces collapsed), which is close to, but coarser than,
// what the matcher compares.
std::vector<DictProblem> CheckActorDictionary(
    const std::vector<ActorEntry>& entries);

// With the front end (from `options`, as CompileActorDictionary uses it):
// country names are added first and aliases are compared by their token
// keys, exactly as the compiled matcher tells them apart. If the front end
// cannot be loaded, that is the one problem reported.
std::vector<DictProblem> CheckActorDictionary(
    const std::vector<ActorEntry>& entries, const CompileOptions& options);

}  // namespace tocsin

#endif  // TOCSIN_DICT_ACTOR_CHECK_H_
