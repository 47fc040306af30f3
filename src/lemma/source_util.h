// Line and field splitting shared by the lexicon source readers. Internal
// to src/lemma.
#ifndef TOCSIN_LEMMA_SOURCE_UTIL_H_
#define TOCSIN_LEMMA_SOURCE_UTIL_H_

#include <algorithm>
#include <cstdint>
#include <string_view>
#include <vector>

#include "util/files.h"

namespace tocsin {

inline std::vector<std::string_view> Split(std::string_view s, char sep) {
  return SplitFields(s, sep);
}

// Calls fn(line) for each line, without the trailing '\n' or '\r'.
template <typename Fn>
void ForEachLine(std::string_view text, Fn fn) {
  while (!text.empty()) {
    size_t end = text.find('\n');
    std::string_view line = text.substr(0, end);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    fn(line);
    if (end == std::string_view::npos) break;
    text.remove_prefix(end + 1);
  }
}

inline uint8_t ClampPrior(int p) {
  return static_cast<uint8_t>(std::clamp(p, 0, 255));
}

}  // namespace tocsin

#endif  // TOCSIN_LEMMA_SOURCE_UTIL_H_
