// Reading layered actor dictionaries and building actors.bin from them: the
// work behind `tocsin dict compile|check` and the build-time tool
// (dict/tools/compile_actors.cc), which share it.
#ifndef TOCSIN_DICT_ACTOR_BUILD_H_
#define TOCSIN_DICT_ACTOR_BUILD_H_

#include <string>
#include <vector>

#include "dict/actor_compiler.h"
#include "dict/actor_dict.h"
#include "tocsin/status.h"

namespace tocsin {

// Where one compiled dictionary comes from, layer by layer
// (ActorEntry::layer): each of `dict_paths` (our format; a file, or a
// folder of *.txt) is a layer, in order; then every PETRARCH file of
// `petrarch_paths` (dict/petrarch_import.h) together forms the last
// layer. An earlier layer wins an alias over the same tokens.
struct ActorSources {
  std::vector<std::string> dict_paths;
  std::vector<std::string> petrarch_paths;
};

// Reads every source into *entries, with its layer. Malformed lines go to
// *problems (those of PETRARCH files also to *imported_problems when it is
// not null). A non-OK Status: a path could not be read.
Status LoadActorSources(const ActorSources& sources,
                        std::vector<ActorEntry>* entries,
                        std::vector<DictProblem>* problems,
                        std::vector<DictProblem>* imported_problems = nullptr);

struct ActorBuildReport {
  size_t entries = 0;
  size_t imported_entries = 0;  // from petrarch_paths
  size_t bytes = 0;             // of the written file
  double milliseconds = 0;      // reading, importing, compiling and writing
};

// Loads `sources`, compiles them and writes `out` atomically.
// Malformed lines in our own files are fatal (FailedPrecondition, nothing
// written): they would silently drop entries we review. Those of imported
// files are skipped, as PETRARCH skips them. Every problem, and the
// compiler's warnings, go to *problems.
Status BuildActorsFile(const ActorSources& sources,
                       const CompileOptions& options, const std::string& out,
                       ActorBuildReport* report,
                       std::vector<DictProblem>* problems);

}  // namespace tocsin

#endif  // TOCSIN_DICT_ACTOR_BUILD_H_
