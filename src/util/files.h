// Whole-file reads for the readers of installed data and of our own text
// formats, so that they agree on their error messages.
#ifndef TOCSIN_UTIL_FILES_H_
#define TOCSIN_UTIL_FILES_H_

#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "tocsin/status.h"

namespace tocsin {

// The bytes of the file at `path`; NotFound "<path>: cannot open" when it
// cannot be opened.
inline StatusOr<std::string> ReadFileToString(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return NotFoundError(path + ": cannot open");
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

// The fields of `s` between separators (views into `s`); "" gives {""}.
inline std::vector<std::string_view> SplitFields(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  size_t start = 0;
  for (;;) {
    const size_t end = s.find(sep, start);
    out.push_back(s.substr(start, end == std::string_view::npos
                                      ? std::string_view::npos
                                      : end - start));
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
  return out;
}

}  // namespace tocsin

#endif  // TOCSIN_UTIL_FILES_H_
