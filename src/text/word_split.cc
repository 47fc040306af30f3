#include "text/word_split.h"

#include "text/utf8.h"
#include "tocsin/text.h"

namespace tocsin {
namespace {

using text_internal::AsciiLower;
using text_internal::IsAsciiDigit;
using text_internal::IsAsciiUpper;

bool EqualsLower(std::string_view s, std::string_view lower) {
  if (s.size() != lower.size()) return false;
  for (size_t i = 0; i < s.size(); ++i) {
    if (AsciiLower(s[i]) != lower[i]) return false;
  }
  return true;
}

bool InList(std::string_view s, std::initializer_list<std::string_view> list) {
  for (std::string_view w : list) {
    if (EqualsLower(s, w)) return true;
  }
  return false;
}

// Splits off trailing hyphenated pronouns of word[b, end): "dit-elle",
// "donne-le-moi", "a-t-il". Appends the pieces; returns the new count.
size_t SplitInversion(std::string_view word, uint32_t b,
                      const LanguageLexicon& fr, WordPiece* pieces, size_t n) {
  uint32_t hyphens[kMaxWordPieces];
  size_t count = 0;
  for (uint32_t k = b; k < word.size() && count < kMaxWordPieces; ++k) {
    if (word[k] == '-') hyphens[count++] = k;
  }
  WordPiece clitics[kMaxWordPieces];
  size_t found = 0;
  uint32_t cut = static_cast<uint32_t>(word.size());
  int idx = static_cast<int>(count) - 1;
  while (idx >= 0 && n + found + 2 < kMaxWordPieces) {
    const uint32_t h = hyphens[idx];
    const std::string_view seg = word.substr(h + 1, cut - h - 1);
    if (seg.empty() || IsAsciiUpper(seg[0]) || !fr.clitics.FindLower(seg)) {
      break;
    }
    uint32_t piece_begin = h;
    --idx;
    // The euphonic t belongs to the pronoun after it: a-t-il -> a + -t-il.
    if (idx >= 0 && h - hyphens[idx] == 2 &&
        AsciiLower(word[hyphens[idx] + 1]) == 't') {
      piece_begin = hyphens[idx];
      --idx;
    }
    clitics[found++] = {piece_begin, cut, kTokenClitic};
    cut = piece_begin;
  }
  if (found == 0 || cut <= b) {
    pieces[n++] = {b, static_cast<uint32_t>(word.size()), 0};
    return n;
  }
  pieces[n++] = {b, cut, 0};
  while (found > 0) pieces[n++] = clitics[--found];
  return n;
}

}  // namespace

size_t SplitFrenchWord(std::string_view word, const LanguageLexicon& fr,
                       WordPiece* pieces) {
  const auto size = static_cast<uint32_t>(word.size());
  size_t n = 0;
  uint32_t b = 0;
  // Whether word[b..] is a no_split word, once looked up for this b.
  bool whole = false, known = false;
  while (n + 2 < kMaxWordPieces) {
    whole = fr.no_split.FindLower(word.substr(b)) != 0;
    known = true;
    if (whole) break;
    const size_t a = word.find('\'', b);
    if (a == std::string_view::npos || a == b || a + 1 >= size) break;
    if (!fr.elisions.FindLower(word.substr(b, a - b))) break;
    pieces[n++] = {b, static_cast<uint32_t>(a + 1), kTokenElided};
    b = static_cast<uint32_t>(a + 1);
    known = false;
  }
  if (!known) whole = fr.no_split.FindLower(word.substr(b)) != 0;
  if (whole || word.find('-', b) == std::string_view::npos) {
    pieces[n++] = {b, size, 0};
    return n;
  }
  return SplitInversion(word, b, fr, pieces, n);
}

size_t SplitEnglishWord(std::string_view word, const LanguageLexicon& en,
                        WordPiece* pieces) {
  const auto size = static_cast<uint32_t>(word.size());
  const size_t a = word.rfind('\'');
  if (a != std::string_view::npos && a > 0 && a + 1 < size) {
    const std::string_view suffix = word.substr(a + 1);
    const auto at = static_cast<uint32_t>(a);
    if (en.clitics.FindLower(suffix)) {
      pieces[0] = {0, at, 0};
      pieces[1] = {at, size, kTokenClitic};
      return 2;
    }
    if (a >= 2 && EqualsLower(suffix, "t") && AsciiLower(word[a - 1]) == 'n') {
      pieces[0] = {0, at - 1, 0};
      pieces[1] = {at - 1, size, kTokenClitic};
      return 2;
    }
  }
  pieces[0] = {0, size, 0};
  return 1;
}

size_t NumericPrefixLength(std::string_view word) {
  size_t k = 0;
  while (k < word.size()) {
    const char c = word[k];
    if (IsAsciiDigit(c)) {
      ++k;
    } else if ((c == '.' || c == ',' || c == ':' || c == '/' || c == '-' ||
                c == ' ') &&
               k > 0 && k + 1 < word.size() && IsAsciiDigit(word[k + 1])) {
      ++k;
    } else {
      break;
    }
  }
  return k;
}

bool IsOrdinalSuffix(std::string_view s) {
  return InList(s, {"st", "nd", "rd", "th", "e", "er", "re", "es", "ers", "res",
                    "eme", "emes", "\xC3\xA8me", "\xC3\xA8mes", "\xC3\xA8re",
                    "\xC3\xA8res", "\xC3\xA8", "d"});
}

bool IsUnitSuffix(std::string_view s) {
  for (std::string_view w :
       {"bn",  "mn",  "mln", "bln", "m",   "k",   "km", "kg", "g",
        "cm",  "mm",  "ml",  "mg",  "ha",  "t",   "tn", "kt", "mt",
        "h",   "min", "kw",  "kwh", "mph", "kmh", "MW", "GW", "kW",
        "kWh", "MWh", "GWh", "TWh", "Md",  "Mds", "pc", "pct"}) {
    if (s == w) return true;
  }
  return false;
}

bool IsRomanOrdinal(std::string_view w) {
  if (w.size() < 2 || (w[0] != 'I' && w[0] != 'V' && w[0] != 'X')) return false;
  size_t k = 0;
  while (k < w.size() && (w[k] == 'I' || w[k] == 'V' || w[k] == 'X')) ++k;
  if (k == 0 || k == w.size()) return false;
  return InList(w.substr(k),
                {"e", "er", "re", "eme", "\xC3\xA8me", "\xC3\xA8"});
}

}  // namespace tocsin
