// Minimal streaming JSON output for JSON Lines (the CLI, event records).
// Hand-rolled because `tocsin tokens` writes one object per sentence over
// corpora of tens of MB, and building a DOM per sentence would dominate its run
// time.
#ifndef TOCSIN_UTIL_JSON_WRITER_H_
#define TOCSIN_UTIL_JSON_WRITER_H_

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <type_traits>

namespace tocsin {

// Whether any of the eight bytes in `w` is below 0x20, '"' or '\\' (exact:
// the borrow tricks of "Bit Twiddling Hacks", haszero and hasless).
inline bool HasJsonEscapeByte(uint64_t w) {
  constexpr uint64_t kOnes = 0x0101010101010101ull;
  constexpr uint64_t kHighs = 0x8080808080808080ull;
  const uint64_t quote = w ^ (kOnes * '"');
  const uint64_t backslash = w ^ (kOnes * '\\');
  return (((w - kOnes * 0x20) & ~w) | ((quote - kOnes) & ~quote) |
          ((backslash - kOnes) & ~backslash)) &
         kHighs;
}

// The two-character escape of `u`, or "" when it has none (\u00XX).
inline std::string_view ShortJsonEscape(unsigned char u) {
  switch (u) {
    case '"':
      return "\\\"";
    case '\\':
      return "\\\\";
    case '\n':
      return "\\n";
    case '\r':
      return "\\r";
    case '\t':
      return "\\t";
    default:
      return {};
  }
}

// The index of the first byte of data[i, n) that needs an escape, or n.
// Bytes that need none are skipped eight at a time: most strings have none.
inline size_t FindJsonEscape(const char* data, size_t i, size_t n) {
  for (;;) {
    uint64_t word;
    while (i + 8 <= n &&
           (std::memcpy(&word, data + i, 8), !HasJsonEscapeByte(word))) {
      i += 8;
    }
    const size_t stop = std::min(n, i + 8);
    for (; i < stop; ++i) {
      const unsigned char u = static_cast<unsigned char>(data[i]);
      if (u < 0x20 || u == '"' || u == '\\') return i;
    }
    if (i == n) return n;
  }
}

// The escape of a byte FindJsonEscape stopped at: two characters, or
// \u00XX; returns its length.
inline size_t JsonEscape(unsigned char u, char escape[6]) {
  static const char kHex[] = "0123456789abcdef";
  const std::string_view short_escape = ShortJsonEscape(u);
  if (!short_escape.empty()) {
    std::memcpy(escape, short_escape.data(), short_escape.size());
    return short_escape.size();
  }
  std::memcpy(escape, "\\u00", 4);
  escape[4] = kHex[u >> 4];
  escape[5] = kHex[u & 15];
  return 6;
}

// Appends `s` to `out` as a JSON string literal (quotes included). `s` is
// valid UTF-8; control characters are escaped, everything else is copied
// in runs.
inline void AppendJsonString(std::string_view s, std::string* out) {
  out->push_back('"');
  const char* const data = s.data();
  const size_t n = s.size();
  size_t run = 0;
  for (size_t i = FindJsonEscape(data, 0, n); i < n;
       i = FindJsonEscape(data, i + 1, n)) {
    out->append(data + run, i - run);
    run = i + 1;
    char escape[6];
    out->append(escape,
                JsonEscape(static_cast<unsigned char>(data[i]), escape));
  }
  out->append(data + run, n - run);
  out->push_back('"');
}

// Appends `"key":` to *out, after a comma unless it is the first member of
// its object (the last byte of *out is the object's '{'). `key` is written
// as is: it needs no escaping.
inline void AppendJsonKey(std::string_view key, std::string* out) {
  const bool comma = !out->empty() && out->back() != '{';
  // One append instead of four: the knowledge records write tens of keys
  // per document, and each append re-checks the capacity.
  char buffer[64];
  if (key.size() + 4 > sizeof buffer) {
    if (comma) out->push_back(',');
    out->push_back('"');
    out->append(key);
    out->append("\":");
    return;
  }
  buffer[0] = ',';
  buffer[1] = '"';
  std::memcpy(buffer + 2, key.data(), key.size());
  buffer[key.size() + 2] = '"';
  buffer[key.size() + 3] = ':';
  out->append(buffer + (comma ? 0 : 1), key.size() + (comma ? 4 : 3));
}

// Appends the member "key":"value".
inline void AppendJsonMember(std::string_view key, std::string_view value,
                             std::string* out) {
  AppendJsonKey(key, out);
  AppendJsonString(value, out);
}

// Appends "key":"value", or "key":null when `value` is empty.
inline void AppendJsonMemberOrNull(std::string_view key, std::string_view value,
                                   std::string* out) {
  if (value.empty()) {
    AppendJsonKey(key, out);
    out->append("null");
  } else {
    AppendJsonMember(key, value, out);
  }
}

// Appends an integer in decimal.
template <typename Int>
requires std::is_integral_v<Int>
void AppendJsonInt(Int value, std::string* out) {
  char buffer[24];  // 20 digits and a sign at most
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
  out->append(buffer, result.ptr);
}

// Writes `value` with three decimals ("-2.070") at p, as printf's "%.3f"
// writes it: correctly rounded, ties to even; returns the end. At most
// kMaxJsonFixed3 bytes. A JSON number must be finite: NaN and infinities
// are written as 0.000. The knowledge records write one per sentence: most
// values take a fast path in integers, and the few that may sit on a tie,
// or are large, std::to_chars (rather than fmt, whose fixed precision path
// costs twice as much).
inline constexpr size_t kMaxJsonFixed3 = 40;
inline char* WriteJsonFixed3(double value, char* p) {
  if (!(value - value == 0)) value = 0;  // NaN, +-inf
  const double magnitude = value < 0 ? -value : value;
  if (magnitude < 1e6) {
    // The product is off the exact one by at most 1e9 * 2^-53 < 2e-7, so
    // unless its fraction is within 1e-6 of a half, rounding it rounds the
    // exact value the same way. The subtraction is exact.
    const double scaled = magnitude * 1000.0;
    const double whole = static_cast<double>(static_cast<uint64_t>(scaled));
    const double fraction = scaled - whole;
    if (fraction < 0.5 - 1e-6 || fraction > 0.5 + 1e-6) {
      const uint64_t thousandths =
          static_cast<uint64_t>(whole) + (fraction > 0.5 ? 1 : 0);
      if (std::signbit(value)) *p++ = '-';  // "-0.000" too, as printf
      p = std::to_chars(p, p + 8, thousandths / 1000).ptr;
      const unsigned decimals = static_cast<unsigned>(thousandths % 1000);
      p[0] = '.';
      p[1] = static_cast<char>('0' + decimals / 100);
      p[2] = static_cast<char>('0' + decimals / 10 % 10);
      p[3] = static_cast<char>('0' + decimals % 10);
      return p + 4;
    }
  }
  const auto result =
      std::to_chars(p, p + kMaxJsonFixed3, value, std::chars_format::fixed, 3);
  // Only a value past 10^28 overflows; its digits are noise.
  if (result.ec != std::errc()) {
    const std::string_view big = value < 0 ? "-1e28" : "1e28";
    std::memcpy(p, big.data(), big.size());
    return p + big.size();
  }
  return result.ptr;
}

// Appends `value` as WriteJsonFixed3 writes it.
inline void AppendJsonFixed3(double value, std::string* out) {
  char buffer[kMaxJsonFixed3];
  out->append(buffer, WriteJsonFixed3(value, buffer));
}

// Writes `s` at p as AppendJsonString appends it, and returns the end. At
// most 6 * s.size() + 2 bytes (every byte a \u00XX escape).
inline char* WriteJsonString(std::string_view s, char* p) {
  *p++ = '"';
  const char* const data = s.data();
  const size_t n = s.size();
  size_t run = 0;
  for (size_t i = FindJsonEscape(data, 0, n); i < n;
       i = FindJsonEscape(data, i + 1, n)) {
    std::memcpy(p, data + run, i - run);
    p += i - run;
    run = i + 1;
    p += JsonEscape(static_cast<unsigned char>(data[i]), p);
  }
  std::memcpy(p, data + run, n - run);
  p += n - run;
  *p++ = '"';
  return p;
}

// Appends the member "key":value of an integer, or of a bool (true, false).
template <typename Int>
requires std::is_integral_v<Int>
void AppendJsonMember(std::string_view key, Int value, std::string* out) {
  AppendJsonKey(key, out);
  if constexpr (std::is_same_v<Int, bool>) {
    out->append(value ? "true" : "false");
  } else {
    AppendJsonInt(value, out);
  }
}

// Appends [begin,end], how the records write a span of text.
inline void AppendJsonSpan(uint64_t begin, uint64_t end, std::string* out) {
  out->push_back('[');
  AppendJsonInt(begin, out);
  out->push_back(',');
  AppendJsonInt(end, out);
  out->push_back(']');
}

// Appends a JSON array of `items`, each written by append(item, out).
template <typename Items, typename AppendItem>
void AppendJsonArray(const Items& items, AppendItem append, std::string* out) {
  out->push_back('[');
  bool first = true;
  for (const auto& item : items) {
    if (!first) out->push_back(',');
    first = false;
    append(item, out);
  }
  out->push_back(']');
}

}  // namespace tocsin

#endif  // TOCSIN_UTIL_JSON_WRITER_H_
