// A complete events folder (PipelineOptions::events_dir) from a PETRARCH
// verb dictionary: the work behind `tocsin dict import-petrarch --verbs` and
// `tocsin eval petrarch`, which share it.
//
// The folder holds:
//   en/<name>.txt         the converted patterns (dict/petrarch_verbs.h)
//   en/_roles.txt         a copy of ours: the coder's syntax words
//   cameo.tsv             a copy of ours, plus rows for the codes it lacks
//   petrarch_codes.tsv    private code <TAB> PETRARCH code, for the codes
//                         our table cannot hold ("903", "032:033")
#ifndef TOCSIN_DICT_PETRARCH_EVENTS_DIR_H_
#define TOCSIN_DICT_PETRARCH_EVENTS_DIR_H_

#include <map>
#include <string>
#include <vector>

#include "dict/actor_dict.h"
#include "dict/petrarch_verbs.h"
#include "tocsin/status.h"

namespace tocsin {

struct PetrarchEventsDirOptions {
  std::string verbs_path;  // the PETRARCH verb dictionary
  std::string our_events;  // our events folder: cameo.tsv, en/_roles.txt
  std::string out;         // created if missing; files are overwritten
  PetrarchVerbOptions verbs;
};

// Writes the folder. Lines of the verb file that cannot be read go to
// *problems and are skipped. NotFound when an input cannot be read;
// errors of writing or of the table are returned as they are.
Status WritePetrarchEventsDir(const PetrarchEventsDirOptions& options,
                              PetrarchVerbStats* stats,
                              std::vector<DictProblem>* problems,
                              std::string* patterns_file);

// private code -> PETRARCH code, from <events_dir>/petrarch_codes.tsv; an
// empty map when the folder has no such file.
StatusOr<std::map<std::string, std::string>> LoadPetrarchCodeMap(
    const std::string& events_dir);

}  // namespace tocsin

#endif  // TOCSIN_DICT_PETRARCH_EVENTS_DIR_H_
