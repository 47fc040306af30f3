// Minimal streaming JSON output for JSON Lines (the CLI, event records).
// Hand-rolled because `tocsin tokens` writes one object per sentence over
// corpora of tens of MB, and building a DOM per sentence would dominate its run
// time.
#ifndef TOCSIN_UTIL_JSON_WRITER_H_
#define TOCSIN_UTIL_JSON_WRITER_H_

#include <string>
#include <string_view>

namespace tocsin {

// Appends `s` to `out` as a JSON string literal (quotes included). `s` is
// valid UTF-8; control characters are escaped, everything else is copied.
inline void AppendJsonString(std::string_view s, std::string* out) {
  static const char kHex[] = "0123456789abcdef";
  out->push_back('"');
  for (char c : s) {
    unsigned char u = static_cast<unsigned char>(c);
    switch (c) {
      case '"':
        out->append("\\\"");
        break;
      case '\\':
        out->append("\\\\");
        break;
      case '\n':
        out->append("\\n");
        break;
      case '\r':
        out->append("\\r");
        break;
      case '\t':
        out->append("\\t");
        break;
      default:
        if (u < 0x20) {
          out->append("\\u00");
          out->push_back(kHex[u >> 4]);
          out->push_back(kHex[u & 15]);
        } else {
          out->push_back(c);
        }
    }
  }
  out->push_back('"');
}

}  // namespace tocsin

#endif  // TOCSIN_UTIL_JSON_WRITER_H_
