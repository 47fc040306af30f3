// Line-by-line reading of a text file held in memory, shared by the
// parsers of our plain-text data formats (patterns, roles, tables), so that
// they agree on line numbers and line endings.
#ifndef TOCSIN_UTIL_LINES_H_
#define TOCSIN_UTIL_LINES_H_

#include <cstdint>
#include <string_view>

namespace tocsin {

class LineReader {
 public:
  explicit LineReader(std::string_view text) : rest_(text) {}

  // The next line without its '\n' or a trailing '\r'; false at the end.
  bool Next(std::string_view* line) {
    if (rest_.empty()) return false;
    const size_t eol = rest_.find('\n');
    *line = rest_.substr(0, eol);
    rest_ = eol == std::string_view::npos ? std::string_view()
                                          : rest_.substr(eol + 1);
    ++number_;
    if (!line->empty() && line->back() == '\r') line->remove_suffix(1);
    return true;
  }
  // 1-based number of the line Next() returned last.
  uint32_t number() const { return number_; }

 private:
  std::string_view rest_;
  uint32_t number_ = 0;
};

// `line` without a '#' comment and surrounding blanks.
inline std::string_view StripComment(std::string_view line) {
  const size_t hash = line.find('#');
  if (hash != std::string_view::npos) line = line.substr(0, hash);
  const size_t first = line.find_first_not_of(" \t");
  if (first == std::string_view::npos) return {};
  const size_t last = line.find_last_not_of(" \t");
  return line.substr(first, last - first + 1);
}

}  // namespace tocsin

#endif  // TOCSIN_UTIL_LINES_H_
