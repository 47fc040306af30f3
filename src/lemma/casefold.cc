#include "lemma/casefold.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <cstdint>

namespace tocsin {

std::string_view LowercaseInto(std::string_view s, char* buf, size_t cap) {
  const auto* src = reinterpret_cast<const uint8_t*>(s.data());
  const int32_t n = static_cast<int32_t>(s.size());
  auto* dst = reinterpret_cast<uint8_t*>(buf);
  const int32_t dst_cap = static_cast<int32_t>(cap);
  int32_t i = 0, j = 0;
  if (s.size() > cap || s.size() > 0x7FFFFFFF) return {};
  while (i < n) {
    uint8_t b = src[i];
    if (b < 0x80) {  // ASCII fast path
      if (j >= dst_cap) return {};
      dst[j++] = (b >= 'A' && b <= 'Z') ? static_cast<uint8_t>(b + 32) : b;
      ++i;
      continue;
    }
    UChar32 c;
    U8_NEXT(src, i, n, c);
    if (c < 0) return {};
    c = u_tolower(c);
    if (j + U8_LENGTH(c) > dst_cap) return {};
    U8_APPEND_UNSAFE(dst, j, c);
  }
  return {buf, static_cast<size_t>(j)};
}

bool HasUpper(std::string_view s) {
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  const int32_t n = static_cast<int32_t>(s.size());
  for (int32_t i = 0; i < n;) {
    if (p[i] < 0x80) {
      if (p[i] >= 'A' && p[i] <= 'Z') return true;
      ++i;
      continue;
    }
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c >= 0 && u_isupper(c)) return true;
  }
  return false;
}

}  // namespace tocsin
