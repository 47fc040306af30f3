// Fixed token patterns of the scanner: web addresses, e-mail domains,
// @handles, #hashtags, dotted acronyms and initials, and quote marks.
#include "text/scanner.h"

namespace tocsin {
namespace text_internal {
namespace {

// Top-level domains that make "word.tld" a web address.
constexpr std::string_view kTlds[] = {
    "com", "org", "net", "gov", "edu", "int", "info", "news", "fr", "uk",
    "ru",  "ua",  "de",  "be",  "ch",  "ca",  "eu",   "tv",   "io"};

bool IsTld(std::string_view s) {
  for (std::string_view t : kTlds) {
    if (s == t) return true;
  }
  return false;
}

bool StartsWithNoCase(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    if (AsciiLower(s[i]) != prefix[i]) return false;
  }
  return true;
}

bool IsSpaceByte(char c) { return c == ' ' || c == '\n'; }

}  // namespace

uint32_t Scanner::MatchUrl(uint32_t i) const {
  const std::string_view rest = s_.substr(i, end_ - i);
  uint32_t prefix = 0;
  if (StartsWithNoCase(rest, "https://")) {
    prefix = 8;
  } else if (StartsWithNoCase(rest, "http://")) {
    prefix = 7;
  } else if (StartsWithNoCase(rest, "www.") && rest.size() > 4 &&
             IsAsciiAlnum(rest[4])) {
    prefix = 4;
  }
  if (prefix == 0) return 0;
  const uint32_t e = UrlTail(i, i + prefix);
  return e > i + prefix ? e : 0;
}

// Extends an address from k to the next white space or quote, then gives
// back trailing punctuation that more likely ends the sentence, and a ')'
// that closes a parenthesis opened before the address.
uint32_t Scanner::UrlTail(uint32_t start, uint32_t k) const {
  uint32_t open_parens = 0;
  while (k < end_ && !IsSpaceByte(s_[k]) && s_[k] != '"' && s_[k] != '<' &&
         s_[k] != '>') {
    open_parens += s_[k] == '(';
    ++k;
  }
  while (k > start) {
    const char c = s_[k - 1];
    if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' ||
        c == '\'') {
      --k;
    } else if (c == ')' && open_parens == 0) {
      --k;
    } else {
      break;
    }
  }
  return k;
}

// s_[start, dot) is a word and s_[dot] == '.': "lemonde.fr",
// "news.bbc.co.uk/x". Returns the address end, or 0.
uint32_t Scanner::MatchDomainTail(uint32_t start, uint32_t dot) const {
  if (dot + 1 >= end_ ||
      !(IsAsciiLower(s_[dot + 1]) || IsAsciiDigit(s_[dot + 1]))) {
    return 0;  // the common case: a period ending a sentence
  }
  for (uint32_t k = start; k < dot; ++k) {
    if (!IsAsciiAlnum(s_[k]) && s_[k] != '-') return 0;
  }
  uint32_t k = dot;
  std::string_view last;
  while (k + 1 < end_ && s_[k] == '.' &&
         (IsAsciiLower(s_[k + 1]) || IsAsciiDigit(s_[k + 1]))) {
    const uint32_t b = k + 1;
    uint32_t e = b;
    while (e < end_ && (IsAsciiAlnum(s_[e]) || s_[e] == '-')) ++e;
    last = s_.substr(b, e - b);
    k = e;
  }
  if (!IsTld(last) || IsWordAt(k)) return 0;
  if (k + 1 < end_ && s_[k] == '/' && !IsSpaceByte(s_[k + 1])) {
    k = UrlTail(start, k);
  }
  return k;
}

// s_[at] == '@' after a word: "name@example.org". Returns the end, or 0.
uint32_t Scanner::MatchEmailDomain(uint32_t at) const {
  uint32_t k = at + 1;
  int labels = 0;
  uint32_t last_begin = k;
  for (;;) {
    const uint32_t b = k;
    while (k < end_ && (IsAsciiAlnum(s_[k]) || s_[k] == '-')) ++k;
    if (k == b) return 0;
    ++labels;
    last_begin = b;
    if (k + 1 < end_ && s_[k] == '.' && IsAsciiAlnum(s_[k + 1])) {
      ++k;
      continue;
    }
    break;
  }
  if (labels < 2 || k - last_begin < 2 || IsWordAt(k)) return 0;
  for (uint32_t c = last_begin; c < k; ++c) {
    if (!IsAsciiAlpha(s_[c])) return 0;
  }
  return k;
}

// "U.S.", "N.A.T.O.", "e.g.", "J.-C.", "É.-U.", "U.S.A": two or more
// segments of one or two letters, each followed by a period. Returns the
// end, or 0.
uint32_t Scanner::MatchDotted(uint32_t i) const {
  // Cheap rejection: a period must come within the first two letters.
  bool dot_near = false;
  for (uint32_t k = i + 1; k <= i + 4 && k < end_; ++k) {
    if (s_[k] == '.') dot_near = true;
  }
  if (!dot_near) return 0;
  uint32_t k = i;
  int segments = 0;
  uint32_t last_end = 0;
  for (;;) {
    int letters = 0;
    while (letters < 3 && k < end_) {
      int len = 1;
      if (!IsLetter(DecodeUtf8(s_, k, &len))) break;
      k += len;
      ++letters;
    }
    if (letters == 0 || letters > 2) break;
    if (k < end_ && s_[k] == '.') {
      ++k;
      ++segments;
      last_end = k;
      if (k + 1 < end_ && s_[k] == '-' && IsLetterAt(k + 1)) ++k;
      continue;
    }
    if (segments >= 2 && !IsWordAt(k)) last_end = k;  // "U.S.A"
    break;
  }
  return segments >= 2 ? last_end : 0;
}

uint32_t Scanner::ScanHandle(uint32_t i) {
  uint32_t k = i;
  while (k < end_ && s_[k] == '@') ++k;
  uint32_t m = k;
  while (m < end_ && (IsAsciiAlnum(s_[m]) || s_[m] == '_')) ++m;
  if (m == k) return 0;
  Emit(i, m, WordClass::kHandle, 0);
  return m;
}

uint32_t Scanner::ScanHashtag(uint32_t i) {
  uint32_t k = i + 1;
  bool letter = false;
  while (k < end_) {
    const auto b = static_cast<uint8_t>(s_[k]);
    if (b < 0x80) {
      if (!IsAsciiAlnum(s_[k]) && s_[k] != '_') break;
      letter |= IsAsciiAlpha(s_[k]);
      ++k;
      continue;
    }
    int len = 1;
    const char32_t c = DecodeUtf8(s_, k, &len);
    const CharKind kind = ClassifyNonAscii(c);
    if (kind != CharKind::kWord && kind != CharKind::kMark) break;
    letter |= IsLetter(c);
    k += len;
  }
  if (!letter) return 0;
  Emit(i, k, WordClass::kHashtag, 0);
  return k;
}

uint32_t Scanner::ScanSingleQuote(uint32_t i) {
  // English plural possessive: Ukrainians' -> Ukrainians + '.
  if (lang_ == TokenLanguage::kEnglish && !space_ && !open_single_quote_ &&
      tokens_->size() > first_token_ && tokens_->back().norm_end == i &&
      tokens_->back().word_class == WordClass::kUnknown &&
      (s_[i - 1] == 's' || s_[i - 1] == 'S') && !IsLetterAt(i + 1)) {
    Emit(i, i + 1, WordClass::kUnknown, kTokenClitic);
    return i + 1;
  }
  const QuoteKind q = QuoteKindAt(i);
  if (q == QuoteKind::kOpen) open_single_quote_ = true;
  if (q == QuoteKind::kClose) open_single_quote_ = false;
  const uint32_t k = SkipMarks(i + 1);
  Emit(i, k, WordClass::kPunctuation, 0, AbbrevKind::kNone, q);
  return k;
}

// Whether the quote mark at s_[i] opens or closes: from the original
// character when it says (« » “ ” ‘ ’), else from the spacing around it.
QuoteKind Scanner::QuoteKindAt(uint32_t i) const {
  int len = 1;
  switch (DecodeUtf8(original_, n2o_[i], &len)) {
    case 0x00AB:
    case 0x201C:
    case 0x201E:
    case 0x201F:
    case 0x2039:
    case 0x2018:
    case 0x201A:
    case 0x201B:
      return QuoteKind::kOpen;
    case 0x00BB:
    case 0x201D:
    case 0x203A:
    case 0x2019:
      return QuoteKind::kClose;
    default:
      break;
  }
  const bool space_before = space_ || tokens_->size() == first_token_;
  const bool space_after = i + 1 >= end_ || IsSpaceByte(s_[i + 1]);
  const bool punct_after =
      !space_after && static_cast<uint8_t>(s_[i + 1]) < 0x80 &&
      kAscii.kind[static_cast<uint8_t>(s_[i + 1])] == CharKind::kPunct;
  if (space_before && !space_after) return QuoteKind::kOpen;
  if (!space_before && (space_after || punct_after)) return QuoteKind::kClose;
  return QuoteKind::kAmbiguous;
}

}  // namespace text_internal
}  // namespace tocsin
