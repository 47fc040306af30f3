// UTF-8 decoding and character classes for the text front end.
//
// Internal to src/text. Everything here is inline because it sits in the
// per-byte hot loops of normalisation and tokenisation: ASCII is answered
// from tables, and only non-ASCII code points reach ICU's property lookups.
#ifndef TOCSIN_TEXT_UTF8_H_
#define TOCSIN_TEXT_UTF8_H_

#include <unicode/uchar.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace tocsin {
namespace text_internal {

inline constexpr char32_t kReplacementChar = 0xFFFD;

// Decodes the code point starting at s[i]. Sets *len to its byte length
// (1..4). Malformed, overlong, surrogate or truncated sequences decode as
// U+FFFD with *len = 1, so callers always make progress.
// REQUIRES: i < s.size().
inline char32_t DecodeUtf8(std::string_view s, size_t i, int* len) {
  const auto* p = reinterpret_cast<const uint8_t*>(s.data()) + i;
  const size_t avail = s.size() - i;
  const uint8_t b0 = p[0];
  if (b0 < 0x80) {
    *len = 1;
    return b0;
  }
  *len = 1;
  if (b0 < 0xC2) return kReplacementChar;
  if (b0 < 0xE0) {
    if (avail < 2 || (p[1] & 0xC0) != 0x80) return kReplacementChar;
    *len = 2;
    return ((b0 & 0x1Fu) << 6) | (p[1] & 0x3Fu);
  }
  if (b0 < 0xF0) {
    if (avail < 3 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80) {
      return kReplacementChar;
    }
    const char32_t c =
        ((b0 & 0x0Fu) << 12) | ((p[1] & 0x3Fu) << 6) | (p[2] & 0x3Fu);
    if (c < 0x800 || (c >= 0xD800 && c <= 0xDFFF)) return kReplacementChar;
    *len = 3;
    return c;
  }
  if (b0 < 0xF5) {
    if (avail < 4 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80 ||
        (p[3] & 0xC0) != 0x80) {
      return kReplacementChar;
    }
    const char32_t c = ((b0 & 0x07u) << 18) | ((p[1] & 0x3Fu) << 12) |
                       ((p[2] & 0x3Fu) << 6) | (p[3] & 0x3Fu);
    if (c < 0x10000 || c > 0x10FFFF) return kReplacementChar;
    *len = 4;
    return c;
  }
  return kReplacementChar;
}

// Appends the UTF-8 encoding of `c` (a valid scalar value) to `out`.
template <typename String>
inline void AppendUtf8(char32_t c, String* out) {
  if (c < 0x80) {
    out->push_back(static_cast<char>(c));
  } else if (c < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (c >> 6)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else if (c < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (c >> 12)));
    out->push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (c >> 18)));
    out->push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  }
}

// What a code point is to the tokenizer.
enum class CharKind : uint8_t {
  kSpace,   // ' ' and '\n' after normalisation; other white space too
  kWord,    // letters, digits, other numbers
  kMark,    // combining marks and variation selectors: glue to the left
  kPunct,   // Unicode P*
  kSymbol,  // Unicode S*, and anything unclassified (controls, private use)
};

// ASCII classes, indexed by byte.
struct AsciiTables {
  CharKind kind[128];
  constexpr AsciiTables() : kind() {
    for (int c = 0; c < 128; ++c) {
      CharKind k = CharKind::kSymbol;
      if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\v' ||
          c == '\f') {
        k = CharKind::kSpace;
      } else if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
                 (c >= 'A' && c <= 'Z')) {
        k = CharKind::kWord;
      } else if (c == '!' || c == '"' || c == '#' || c == '%' || c == '&' ||
                 c == '\'' || c == '(' || c == ')' || c == '*' || c == ',' ||
                 c == '-' || c == '.' || c == '/' || c == ':' || c == ';' ||
                 c == '?' || c == '@' || c == '[' || c == '\\' || c == ']' ||
                 c == '_' || c == '{' || c == '}') {
        k = CharKind::kPunct;  // the ASCII members of Unicode P*
      }
      kind[c] = k;
    }
  }
};
inline constexpr AsciiTables kAscii;

inline CharKind ClassifyNonAscii(char32_t c) {
  switch (u_charType(static_cast<UChar32>(c))) {
    case U_UPPERCASE_LETTER:
    case U_LOWERCASE_LETTER:
    case U_TITLECASE_LETTER:
    case U_MODIFIER_LETTER:
    case U_OTHER_LETTER:
    case U_DECIMAL_DIGIT_NUMBER:
    case U_LETTER_NUMBER:
    case U_OTHER_NUMBER:
      return CharKind::kWord;
    case U_NON_SPACING_MARK:
    case U_ENCLOSING_MARK:
    case U_COMBINING_SPACING_MARK:
      return CharKind::kMark;
    case U_SPACE_SEPARATOR:
    case U_LINE_SEPARATOR:
    case U_PARAGRAPH_SEPARATOR:
      return CharKind::kSpace;
    case U_DASH_PUNCTUATION:
    case U_START_PUNCTUATION:
    case U_END_PUNCTUATION:
    case U_CONNECTOR_PUNCTUATION:
    case U_OTHER_PUNCTUATION:
    case U_INITIAL_PUNCTUATION:
    case U_FINAL_PUNCTUATION:
      return CharKind::kPunct;
    default:
      return CharKind::kSymbol;
  }
}

inline CharKind Classify(char32_t c) {
  return c < 0x80 ? kAscii.kind[c] : ClassifyNonAscii(c);
}

inline bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }
inline bool IsAsciiUpper(char c) { return c >= 'A' && c <= 'Z'; }
inline bool IsAsciiLower(char c) { return c >= 'a' && c <= 'z'; }
inline bool IsAsciiAlpha(char c) { return IsAsciiUpper(c) || IsAsciiLower(c); }
inline bool IsAsciiAlnum(char c) { return IsAsciiAlpha(c) || IsAsciiDigit(c); }
inline char AsciiLower(char c) {
  return IsAsciiUpper(c) ? static_cast<char>(c + ('a' - 'A')) : c;
}

inline bool IsUpper(char32_t c) {
  return c < 0x80 ? IsAsciiUpper(static_cast<char>(c))
                  : u_isupper(static_cast<UChar32>(c)) != 0;
}
inline bool IsLower(char32_t c) {
  return c < 0x80 ? IsAsciiLower(static_cast<char>(c))
                  : u_islower(static_cast<UChar32>(c)) != 0;
}
inline bool IsLetter(char32_t c) {
  return c < 0x80 ? IsAsciiAlpha(static_cast<char>(c))
                  : u_isalpha(static_cast<UChar32>(c)) != 0;
}

// SWAR helpers: eight bytes at a time in a uint64_t, one flag per byte in
// its high bit (0x80).
inline constexpr uint64_t kSwarOnes = 0x0101010101010101ull;
inline constexpr uint64_t kSwarHigh = 0x8080808080808080ull;

// High bit set in each byte of `w7` (bytes < 0x80) that lies in [lo, hi].
inline uint64_t SwarInRange(uint64_t w7, uint8_t lo, uint8_t hi) {
  return (w7 + (0x80 - lo) * kSwarOnes) & ~(w7 + (0x7F - hi) * kSwarOnes) &
         kSwarHigh;
}

// Per-byte classes of eight bytes (loaded little-endian): ASCII lower-case
// letters, upper-case letters, digits, and bytes >= 0x80.
struct SwarClasses {
  uint64_t lower, upper, digit, high;
  explicit SwarClasses(uint64_t w) {
    high = w & kSwarHigh;
    const uint64_t w7 = w & ~kSwarHigh;
    // Letters are the bytes in [a, z] once bit 0x20 is forced; upper-case
    // ones had that bit clear (moved to the flag position by << 2).
    const uint64_t letter =
        SwarInRange(w7 | (0x20 * kSwarOnes), 'a', 'z') & ~high;
    upper = letter & ~(w7 << 2) & kSwarHigh;
    lower = letter & ~upper;
    digit = SwarInRange(w7, '0', '9') & ~high;
  }
};

// Number of bytes before the first flagged byte; 8 when none is.
inline unsigned SwarFirst(uint64_t flags) {
  return flags == 0 ? 8u : static_cast<unsigned>(__builtin_ctzll(flags)) >> 3;
}

// The high bits of the first n (< 8) bytes.
inline uint64_t SwarPrefix(unsigned n) {
  return ((uint64_t{1} << (8 * n)) - 1) & kSwarHigh;
}

#if defined(__SSE2__)
// Sixteen bytes at a time (SSE2 is part of x86-64): bit k of each mask is
// set when byte k is an ASCII lower-case letter, upper-case letter, digit.
struct SimdClasses {
  unsigned lower, upper, digit;
  explicit SimdClasses(const uint8_t* p) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    lower = static_cast<unsigned>(_mm_movemask_epi8(InRange(v, 'a', 'z')));
    upper = static_cast<unsigned>(_mm_movemask_epi8(InRange(v, 'A', 'Z')));
    digit = static_cast<unsigned>(_mm_movemask_epi8(InRange(v, '0', '9')));
  }

 private:
  // Bytes >= 0x80 are negative as signed bytes, so never in an ASCII range.
  static __m128i InRange(__m128i v, char lo, char hi) {
    return _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8(lo - 1)),
                         _mm_cmplt_epi8(v, _mm_set1_epi8(hi + 1)));
  }
};
#endif

}  // namespace text_internal
}  // namespace tocsin

#endif  // TOCSIN_TEXT_UTF8_H_
