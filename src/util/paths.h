// Where tocsin finds its data at run time.
//
// Two kinds of data: dictionaries we write (dict/, reviewed like code, read
// as text) and data compiled at build time from installed packages (Lefff,
// WordNet, later GeoNames), written to the build's data/ folder.
#ifndef TOCSIN_UTIL_PATHS_H_
#define TOCSIN_UTIL_PATHS_H_

#include <string>

namespace tocsin {

// $TOCSIN_DICT_DIR if set, else the source tree's dict/ folder.
std::string DictDir();

// $TOCSIN_DATA_DIR if set, else the build tree's data/ folder.
std::string DataDir();

}  // namespace tocsin

#endif  // TOCSIN_UTIL_PATHS_H_
