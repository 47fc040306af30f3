// Writes entries in our dictionary text format (docs/dictionary-format.md),
// the inverse of ParseActorDictionary for the fields the format holds: used
// by `tocsin dict import-petrarch` so imported dictionaries can be edited
// and layered like ours.
#ifndef TOCSIN_DICT_ACTOR_WRITER_H_
#define TOCSIN_DICT_ACTOR_WRITER_H_

#include <string>
#include <vector>

#include "dict/actor_dict.h"

namespace tocsin {

// Appends `entry` as an [id] block followed by a blank line. Names are
// grouped by language and kind (names, names.en, adj.fr, ...), codes keep
// their order, dates are written as ISO ranges.
// REQUIRES: the entry would parse: a valid id and codes, names without '|'
// or " #", one-line note and roles (what ParseActorDictionary and the
// PETRARCH importer produce).
void AppendActorEntry(const ActorEntry& entry, std::string* out);

// A header comment (each line prefixed with "# "), then every entry.
std::string FormatActorDictionary(const std::vector<ActorEntry>& entries,
                                  const std::string& header);

// yyyymmdd as "yyyy-mm-dd".
std::string IsoDate(DateNumber date);

}  // namespace tocsin

#endif  // TOCSIN_DICT_ACTOR_WRITER_H_
