// Line-by-line reading of a text file held in memory, shared by the
// parsers of our plain-text data formats (patterns, roles, tables, word
// lists), so that they agree on line numbers, line endings, comments and
// the wording of their errors.
#ifndef TOCSIN_UTIL_LINES_H_
#define TOCSIN_UTIL_LINES_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "tocsin/status.h"

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

// `s` without leading and trailing blanks (spaces, tabs).
inline std::string_view TrimBlanks(std::string_view s) {
  const size_t first = s.find_first_not_of(" \t");
  if (first == std::string_view::npos) return {};
  const size_t last = s.find_last_not_of(" \t");
  return s.substr(first, last - first + 1);
}

// `line` without a '#' comment and surrounding blanks.
inline std::string_view StripComment(std::string_view line) {
  const size_t hash = line.find('#');
  if (hash != std::string_view::npos) line = line.substr(0, hash);
  return TrimBlanks(line);
}

// Removes the first blank-separated field from *rest and returns it; *rest
// keeps what follows, trimmed. Both are empty when *rest is blank.
inline std::string_view NextField(std::string_view* rest) {
  *rest = TrimBlanks(*rest);
  const size_t gap = rest->find_first_of(" \t");
  const std::string_view field = rest->substr(0, gap);
  *rest = gap == std::string_view::npos ? std::string_view()
                                        : TrimBlanks(rest->substr(gap));
  return field;
}

// InvalidArgument "<what>:<line>: <why>": how the parsers name a bad line.
inline Status LineError(std::string_view what, uint64_t line,
                        std::string_view why) {
  return InvalidArgumentError(std::string(what) + ":" + std::to_string(line) +
                              ": " + std::string(why));
}

// The entries of a dictionary text file: its lines without comments and
// surrounding blanks, blank ones skipped. A comment starts at any '#'
// (kAnywhere) or only at the start of a line (kWholeLine: for lists whose
// entries may hold '#'). Views point into the text given to the
// constructor, which must outlive them.
class EntryReader {
 public:
  enum class Comments { kAnywhere, kWholeLine };
  EntryReader(std::string_view text, std::string_view what,
              Comments comments = Comments::kAnywhere)
      : lines_(text), what_(what), comments_(comments) {}

  // The next entry; false at the end.
  bool Next(std::string_view* entry) {
    while (lines_.Next(entry)) {
      if (comments_ == Comments::kAnywhere) {
        *entry = StripComment(*entry);
      } else {
        *entry = TrimBlanks(*entry);
        if (!entry->empty() && entry->front() == '#') continue;
      }
      if (!entry->empty()) return true;
    }
    return false;
  }
  // 1-based line number of the entry Next() returned last.
  uint32_t number() const { return lines_.number(); }
  // LineError naming the entry Next() returned last.
  Status Error(std::string_view why) const {
    return LineError(what_, number(), why);
  }

 private:
  LineReader lines_;
  std::string_view what_;
  Comments comments_;
};

}  // namespace tocsin

#endif  // TOCSIN_UTIL_LINES_H_
