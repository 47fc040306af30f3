#include "dict/fold.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <array>
#include <memory>

namespace tocsin {
namespace {

constexpr uint64_t kFnvOffset = 0xCBF29CE484222325ull;
constexpr uint64_t kFnvPrime = 0x100000001B3ull;

uint64_t Finalize(uint64_t h) {
  h ^= h >> 33;
  h *= 0xFF51AFD7ED558CCDull;
  h ^= h >> 33;
  h *= 0xC4CEB9FE1A85EC53ull;
  h ^= h >> 33;
  return h;
}

// Folds one non-ASCII code point into `out` (UTF-8), returning the length.
// 12 bytes hold any decomposition of a BMP letter once marks are dropped.
int FoldCodePointSlow(UChar32 c, uint8_t* out, int cap) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  c = u_tolower(c);
  if (u_charType(c) == U_FORMAT_CHAR) return 0;
  icu::UnicodeString decomposed;
  if (U_FAILURE(status) || nfd == nullptr ||
      !nfd->getDecomposition(c, decomposed)) {
    decomposed = icu::UnicodeString(c);
  }
  int n = 0;
  for (int32_t i = 0; i < decomposed.length();) {
    UChar32 d = decomposed.char32At(i);
    i += U16_LENGTH(d);
    if (u_charType(d) == U_NON_SPACING_MARK) continue;
    d = u_tolower(d);
    if (n + U8_LENGTH(d) > cap) break;
    U8_APPEND_UNSAFE(out, n, d);
  }
  return n;
}

// Folded forms of U+0080..U+2FFF (Latin, Greek, Cyrillic, general
// punctuation...), built once: the text we see lives almost entirely there.
constexpr UChar32 kTableEnd = 0x3000;
struct FoldTable {
  std::array<std::array<uint8_t, 12>, kTableEnd> bytes;
  std::array<uint8_t, kTableEnd> length;
  FoldTable() {
    for (UChar32 c = 0x80; c < kTableEnd; ++c) {
      length[c] =
          static_cast<uint8_t>(FoldCodePointSlow(c, bytes[c].data(), 12));
    }
  }
};

const FoldTable& Table() {
  static const auto* table = new FoldTable();
  return *table;
}

// Calls sink(byte) for every folded byte of `s`.
template <typename Sink>
void Fold(std::string_view s, Sink&& sink) {
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  const int32_t n = static_cast<int32_t>(s.size());
  const FoldTable* table = nullptr;
  for (int32_t i = 0; i < n;) {
    uint8_t b = p[i];
    if (b < 0x80) {
      sink(static_cast<uint8_t>(b >= 'A' && b <= 'Z' ? b + 32 : b));
      ++i;
      continue;
    }
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c < 0) c = 0xFFFD;
    if (c < kTableEnd) {
      if (table == nullptr) table = &Table();
      for (int k = 0; k < table->length[c]; ++k) sink(table->bytes[c][k]);
      continue;
    }
    uint8_t buf[16];
    int len = FoldCodePointSlow(c, buf, sizeof(buf));
    for (int k = 0; k < len; ++k) sink(buf[k]);
  }
}

}  // namespace

uint64_t HashFolded(std::string_view folded) {
  uint64_t h = kFnvOffset;
  for (char c : folded) h = (h ^ static_cast<uint8_t>(c)) * kFnvPrime;
  return Finalize(h);
}

uint64_t FoldKey(std::string_view token) {
  uint64_t h = kFnvOffset;
  Fold(token, [&h](uint8_t b) { h = (h ^ b) * kFnvPrime; });
  return Finalize(h);
}

void AppendFolded(std::string_view s, std::string* out) {
  Fold(s, [out](uint8_t b) { out->push_back(static_cast<char>(b)); });
}

std::string FoldString(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  AppendFolded(s, &out);
  return out;
}

}  // namespace tocsin
