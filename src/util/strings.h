// Small ASCII string helpers shared by the parsers of our data files and of
// the formats we read, so each does not carry its own copy.
#ifndef TOCSIN_UTIL_STRINGS_H_
#define TOCSIN_UTIL_STRINGS_H_

#include <string>
#include <string_view>

namespace tocsin {

// `s` without leading and trailing spaces, tabs, CRs and LFs. Not \f or \v:
// the PETRARCH importer keeps them inside an entry, and what it writes
// must read back the same (fuzz/petrarch_import_fuzz.cc).
inline std::string_view TrimWhitespace(std::string_view s) {
  constexpr std::string_view kSpace = " \t\r\n";
  const size_t first = s.find_first_not_of(kSpace);
  if (first == std::string_view::npos) return {};
  return s.substr(first, s.find_last_not_of(kSpace) - first + 1);
}

// A copy of `s` with A-Z lowered; every other byte is kept, so UTF-8 text
// passes through unchanged.
inline std::string ToLowerAscii(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

}  // namespace tocsin

#endif  // TOCSIN_UTIL_STRINGS_H_
