// The tokenizer is a hand-written scanner over the normalised bytes: one
// forward pass, dispatching on the first byte of each token, with ASCII
// answered from tables and ICU consulted only for non-ASCII code points.
// Word tokens are scanned greedily (letters, digits, marks and the joiners
// listed in tokenize.h), then cut by word_split.h. Tokens are written
// straight into the caller's vectors; nothing is allocated per token.
#include "text/scanner.h"

#include <cstring>

#include "text/word_split.h"

namespace tocsin {
namespace text_internal {
namespace {

WordClass AsciiPunctClass(char c) {
  switch (c) {
    case '$':
    case '%':
    case '&':
    case '+':
    case '<':
    case '=':
    case '>':
    case '^':
    case '`':
    case '|':
    case '~':
    case '#':
    case '@':
      return WordClass::kSymbol;
    default:
      return kAscii.kind[static_cast<uint8_t>(c)] == CharKind::kPunct
                 ? WordClass::kPunctuation
                 : WordClass::kSymbol;
  }
}

}  // namespace

void Scanner::Run(uint32_t i) {
  while (i < end_) {
    const char c = s_[i];
    if (c == ' ') {
      space_ = true;
      ++i;
    } else if (c == '\n') {
      space_ = true;
      if (newlines_ < 255) ++newlines_;
      ++i;
    } else if (StartsFastWord(i)) {
      // The common token, without ScanToken's dispatch.
      const uint32_t e = ScanAsciiWord(i);
      i = e != 0 ? e : ScanWord(i);
    } else {
      i = ScanToken(i);
    }
  }
}

uint32_t Scanner::ScanToken(uint32_t i) {
  const char c = s_[i];
  const auto b = static_cast<uint8_t>(c);
  if (b >= 0x80) return ScanNonAscii(i);
  if (kAscii.kind[b] == CharKind::kWord) {
    if (uint32_t e = ScanAsciiWord(i)) return e;
    return ScanWord(i);
  }
  uint32_t k = i + 1;
  switch (c) {
    case '@':
      if (uint32_t e = ScanHandle(i)) return e;
      break;
    case '#':
      if (uint32_t e = ScanHashtag(i)) return e;
      break;
    case '.':
    case '!':
    case '?':
      while (k < end_ && (s_[k] == '.' || s_[k] == '!' || s_[k] == '?')) ++k;
      k = SkipMarks(k);
      Push(i, k, WordClass::kPunctuation, 0, AbbrevKind::kNone,
           QuoteKind::kNone,
           TokenInfo::kTerminal |
               (c == '.' && k > i + 1 && s_[i + 1] == '.' ? TokenInfo::kEllipsis
                                                          : 0));
      return k;
    case '-':
      while (k < end_ && s_[k] == '-') ++k;
      k = SkipMarks(k);
      Push(i, k, WordClass::kPunctuation, 0);
      return k;
    case '\'':
      return ScanSingleQuote(i);
    case '"': {
      const QuoteKind q = QuoteKindAt(i);
      k = SkipMarks(k);
      Push(i, k, WordClass::kPunctuation, 0, AbbrevKind::kNone, q);
      return k;
    }
    default:
      break;
  }
  k = SkipMarks(i + 1);
  Push(i, k, AsciiPunctClass(c), 0, AbbrevKind::kNone, QuoteKind::kNone,
       c == ':' ? TokenInfo::kColon : 0);
  return k;
}

// Letters of an ASCII word: 1 lower case, 2 upper case, 4 digit.
struct WordBitsTable {
  uint8_t bits[256];
  constexpr WordBitsTable() : bits() {
    for (int c = 'a'; c <= 'z'; ++c) bits[c] = 1;
    for (int c = 'A'; c <= 'Z'; ++c) bits[c] = 2;
    for (int c = '0'; c <= '9'; ++c) bits[c] = 4;
  }
};
constexpr WordBitsTable kWordBits;

// Hot path: a word of ASCII and Latin-1 letters (é, À, œ), or a number,
// ending in white space, in punctuation that cannot continue it, or in a
// sentence-final period. Computes the case flags on the way. Returns 0,
// having emitted nothing, when the word needs the general scanner
// (ScanWord): other non-ASCII letters, a following - ' & _ @ or inner
// period, an abbreviation, digits mixed with letters, "http:", digit groups.
inline uint32_t Scanner::ScanAsciiWord(uint32_t i) {
  const auto* p = reinterpret_cast<const uint8_t*>(s_.data());
  const size_t size = s_.size();
  uint32_t j = i;
  unsigned mask = 0, uppers = 0;
  // Only called where StartsFastWord(i) (Run, ScanToken).
  const bool first_upper = p[i] < 0x80    ? IsAsciiUpper(s_[i])
                           : p[i] == 0xC3 ? p[i + 1] < 0x9F
                                          : p[i + 1] == 0x92;
  for (;;) {
    unsigned n = 0;
#if defined(__SSE2__)
    // Sixteen bytes at a time: most words end in the first chunk, found
    // without a branch per byte (whose misprediction at every word end
    // dominated a byte loop).
    if (j + 16 <= size) {
      const SimdClasses c(p + j);
      n = static_cast<unsigned>(
          __builtin_ctz(~(c.lower | c.upper | c.digit)));  // <= 16
      const unsigned keep = (1u << n) - 1;
      const unsigned up = c.upper & keep;
      mask |= ((c.lower & keep) != 0 ? 1u : 0u) | (up != 0 ? 2u : 0u) |
              ((c.digit & keep) != 0 ? 4u : 0u);
      // Only "none", "one" and "two or more" matter: no popcount needed.
      uppers += (up & (up - 1)) != 0 ? 2u : (up != 0 ? 1u : 0u);
      j += n;
      if (n == 16) continue;
    } else
#else
    // Eight bytes at a time, as above.
    if (j + 8 <= size) {
      uint64_t w;
      std::memcpy(&w, p + j, 8);
      const SwarClasses c(w);
      n = SwarFirst(~(c.lower | c.upper | c.digit) & kSwarHigh);
      const uint64_t keep = n == 8 ? kSwarHigh : SwarPrefix(n);
      const uint64_t up = c.upper & keep;
      mask |= ((c.lower & keep) != 0 ? 1u : 0u) | (up != 0 ? 2u : 0u) |
              ((c.digit & keep) != 0 ? 4u : 0u);
      uppers += (up & (up - 1)) != 0 ? 2u : (up != 0 ? 1u : 0u);
      j += n;
      if (n == 8) continue;
    } else
#endif
    {  // the last bytes of the text
      while (j + n < size && kWordBits.bits[p[j + n]] != 0) {
        const uint8_t bits = kWordBits.bits[p[j + n]];
        mask |= bits;
        uppers += (bits >> 1) & 1;
        ++n;
      }
      j += n;
    }
    // A two-byte Latin letter continues the word: U+00C0..U+00FF but × ÷,
    // and œ Œ.
    if (j + 1 < end_ && (p[j] == 0xC3 || p[j] == 0xC5) &&
        (p[j + 1] & 0xC0) == 0x80 &&
        ((p[j] == 0xC3 && p[j + 1] != 0x97 && p[j + 1] != 0xB7) ||
         (p[j] == 0xC5 && (p[j + 1] == 0x92 || p[j + 1] == 0x93)))) {
      const bool up = p[j] == 0xC3 ? p[j + 1] < 0x9F : p[j + 1] == 0x92;
      mask |= up ? 2u : 1u;
      uppers += up ? 1u : 0u;
      j += 2;
      continue;
    }
    break;
  }
  if (j == i || j > end_) return 0;
  // What follows the word, most frequent first: an if chain predicts better
  // than the jump table a switch compiles to.
  if (j < end_) {
    const char t = s_[j];
    if (t == ' ' || t == ',' || t == '/') {
      if (IsAsciiDigit(s_[j - 1])) return 0;  // "1 000", "3,5", "24/7"
    } else if (t == '.') {
      // A period ending the word (then white space, the paragraph end, a
      // closing quote or bracket, or more periods) is its own token unless
      // the word is an abbreviation; anything else needs ScanWord.
      if ((mask & 4) != 0 || j + 1 >= end_) return 0;
      const char next = s_[j + 1];
      if (next != ' ' && next != '\n' && next != '"' && next != ')' &&
          next != '.') {
        return 0;
      }
      if (AbbreviationBefore(i, j) != AbbrevKind::kNone) return 0;
    } else if (t == '-' || t == '\'' || t == '&' || t == '_' || t == '@' ||
               p[j] >= 0x80) {
      return 0;
    } else if (t == ':') {
      if (IsAsciiDigit(s_[j - 1]) || (p[i] | 0x20) == 'h') return 0;
    }
  }
  if ((mask & 4) != 0 && (mask & 3) != 0) return 0;
  WordClass wc = WordClass::kUnknown;
  uint8_t flags = 0;
  if (mask == 4) {
    wc = WordClass::kNumeral;
  } else {
    if (first_upper) flags |= kTokenCapitalized;
    if ((mask & 1) == 0 && uppers >= 2) flags |= kTokenAllCaps;
    if (lang_ == TokenLanguage::kFrench && uppers > 0 &&
        IsRomanOrdinal(s_.substr(i, j - i))) {
      wc = WordClass::kNumeral;
    }
  }
  Push(i, j, wc, flags);
  return j;
}

uint32_t Scanner::ScanNonAscii(uint32_t i) {
  int len = 1;
  const CharKind kind = ClassifyNonAscii(DecodeUtf8(s_, i, &len));
  if (kind == CharKind::kWord || kind == CharKind::kMark) return ScanWord(i);
  if (kind == CharKind::kSpace) {  // a separator normalisation left alone
    space_ = true;
    return i + len;
  }
  const uint32_t e = SkipMarks(i + len);
  Push(i, e,
       kind == CharKind::kPunct ? WordClass::kPunctuation : WordClass::kSymbol,
       0);
  return e;
}

uint32_t Scanner::ScanWord(uint32_t i) {
  const char c = static_cast<char>(s_[i] | 0x20);
  if (c == 'h' || c == 'w') {
    if (uint32_t e = MatchUrl(i)) {
      Emit(i, e, WordClass::kUrl, 0);
      return e;
    }
  }
  WordShape shape;
  uint32_t j = MatchDotted(i);
  if (j != 0) {
    if (!(j < end_ && s_[j] == '-' && IsWordAt(j + 1))) {
      Emit(i, j, WordClass::kUnknown, kTokenAbbreviation, AbbrevKind::kInitial);
      return j;
    }
    j = ScanWordBody(i, j, &shape);  // "U.S.-backed"
  } else {
    j = ScanWordBody(i, i, &shape);
  }
  // "n°" (numéro) is one token.
  if (j == i + 1 && (s_[i] == 'n' || s_[i] == 'N') && j + 1 < end_ &&
      s_[j] == '\xC2' && s_[j + 1] == '\xB0') {
    Emit(i, j + 2, WordClass::kUnknown, 0);
    return j + 2;
  }
  if (!shape.url && j < end_ && s_[j] == '.' &&
      !(j + 1 < end_ && s_[j + 1] == '.')) {
    const AbbrevKind kind = AbbreviationBefore(i, j);
    if (kind != AbbrevKind::kNone) {
      Emit(i, j + 1, WordClass::kUnknown, kTokenAbbreviation, kind);
      return j + 1;
    }
  }
  EmitWord(i, j, shape);
  return j;
}

uint32_t Scanner::ScanWordBody(uint32_t start, uint32_t j,
                               WordShape* shape) const {
  for (;;) {
    j = ConsumeWordChars(j);
    if (j >= end_ || j == start || shape->url) return j;
    const uint32_t next = Joiner(start, j, shape);
    if (next == 0) return j;
    j = next;
  }
}

// s_[j] follows word characters: returns the offset to continue the word
// from when s_[j] joins it, or 0 when the word ends at j.
uint32_t Scanner::Joiner(uint32_t start, uint32_t j, WordShape* shape) const {
  // An if chain, most frequent joiners first, predicts better than a switch.
  const char c = s_[j];
  const char prev = s_[j - 1];
  if (c == '\'') {
    if ((IsAsciiAlnum(prev) || static_cast<uint8_t>(prev) >= 0x80) &&
        IsLetterAt(j + 1)) {
      shape->apostrophe = true;
      return j + 1;
    }
    return 0;
  }
  const bool digits_around = IsAsciiDigit(prev) && IsDigitAt(j + 1);
  if (c == '.') {
    if (digits_around) return j + 1;
    if (uint32_t e = MatchDomainTail(start, j)) {
      shape->url = true;
      return e;
    }
    return 0;
  }
  if (c == '-') {
    if (IsWordAt(j + 1) && RealHyphen(j)) {
      shape->hyphen = true;
      return j + 1;
    }
    return 0;
  }
  if (c == ',' || c == ':' || c == '/') return digits_around ? j + 1 : 0;
  if (c == ' ') {
    // "1 000 000": French thousands, or a no-break space anywhere.
    if (IsAsciiDigit(prev) && IsDigitAt(j + 1) && IsDigitAt(j + 2) &&
        IsDigitAt(j + 3) && !IsWordAt(j + 4) &&
        (lang_ == TokenLanguage::kFrench || original_[n2o_[j]] != ' ') &&
        DigitGroupsSoFar(start, j)) {
      return j + 1;
    }
    return 0;
  }
  if (c == '&') {
    return IsAsciiUpper(prev) && j + 1 < end_ && IsAsciiUpper(s_[j + 1]) ? j + 1
                                                                         : 0;
  }
  if (c == '_') return IsWordAt(j + 1) ? j + 1 : 0;
  if (c == '@') {
    if (uint32_t e = MatchEmailDomain(j)) {
      shape->url = true;
      return e;
    }
    return 0;
  }
  if (c == '\xC2') {  // U+00B7 middle dot of inclusive writing: élu·e·s
    if (j + 1 < end_ && s_[j + 1] == '\xB7' &&
        (IsAsciiAlpha(prev) || static_cast<uint8_t>(prev) >= 0x80) &&
        IsLetterAt(j + 2)) {
      return j + 2;
    }
  }
  return 0;
}

// A '-' in the normalised text was a hyphen (ASCII, U+2010, U+2011) rather
// than a dash, which separates words.
bool Scanner::RealHyphen(uint32_t k) const {
  const std::string_view orig = original_.substr(n2o_[k]);
  return orig[0] == '-' || orig.starts_with("\xE2\x80\x90") ||
         orig.starts_with("\xE2\x80\x91");
}

// s_[start, j) is \d{1,3}( \d{3})*.
bool Scanner::DigitGroupsSoFar(uint32_t start, uint32_t j) const {
  uint32_t run = 0;
  bool first = true;
  for (uint32_t k = start; k < j; ++k) {
    if (IsAsciiDigit(s_[k])) {
      ++run;
    } else if (s_[k] == ' ' && (first ? run >= 1 && run <= 3 : run == 3)) {
      first = false;
      run = 0;
    } else {
      return false;
    }
  }
  return first ? run >= 1 && run <= 3 : run == 3;
}

AbbrevKind Scanner::AbbreviationBefore(uint32_t start, uint32_t dot) const {
  const std::string_view word = s_.substr(start, dot - start);
  int len = 1;
  const char32_t first = DecodeUtf8(word, 0, &len);
  if (static_cast<size_t>(len) == word.size() && IsUpper(first)) {
    return AbbrevKind::kInitial;  // "W.", "M.", "É."
  }
  AbbrevKind kind = AbbrevKind::kNone;
  if (lang_ != TokenLanguage::kFrench) kind = lex_.en.Abbreviation(word);
  if (kind == AbbrevKind::kNone && lang_ != TokenLanguage::kEnglish) {
    kind = lex_.fr.Abbreviation(word);
  }
  if (kind == AbbrevKind::kNumber) {
    uint32_t k = dot + 1;
    while (k < end_ && s_[k] == ' ') ++k;
    if (!IsDigitAt(k)) return AbbrevKind::kNone;
  }
  return kind;
}

void Scanner::EmitWord(uint32_t b, uint32_t e, const WordShape& shape) {
  const std::string_view w = s_.substr(b, e - b);
  if (shape.url) {
    Emit(b, e, WordClass::kUrl, 0);
    return;
  }
  if (IsAsciiDigit(w[0])) {
    const size_t k = NumericPrefixLength(w);
    if (k == w.size() || IsOrdinalSuffix(w.substr(k))) {
      Emit(b, e, WordClass::kNumeral, 0);
      return;
    }
    if (IsUnitSuffix(w.substr(k))) {
      Emit(b, b + static_cast<uint32_t>(k), WordClass::kNumeral, 0);
      Emit(b + static_cast<uint32_t>(k), e, WordClass::kUnknown, 0);
      return;
    }
  }
  const bool french = lang_ == TokenLanguage::kFrench;
  const bool split = (french && (shape.apostrophe || shape.hyphen)) ||
                     (lang_ == TokenLanguage::kEnglish && shape.apostrophe);
  if (!split) {  // the common case: no piece array to fill
    Emit(
        b, e,
        french && IsRomanOrdinal(w) ? WordClass::kNumeral : WordClass::kUnknown,
        0);
    return;
  }
  WordPiece pieces[kMaxWordPieces];
  const size_t n = french ? SplitFrenchWord(w, lex_.fr, pieces)
                          : SplitEnglishWord(w, lex_.en, pieces);
  for (size_t p = 0; p < n; ++p) {
    const std::string_view piece =
        w.substr(pieces[p].begin, pieces[p].end - pieces[p].begin);
    const WordClass wc = french && IsRomanOrdinal(piece) ? WordClass::kNumeral
                                                         : WordClass::kUnknown;
    Emit(b + pieces[p].begin, b + pieces[p].end, wc, pieces[p].flags);
  }
}

uint8_t Scanner::CaseFlags(uint32_t b, uint32_t e) const {
  // Fast path: a first letter in lower case sets neither flag.
  if (IsAsciiLower(s_[b])) return 0;
  uint32_t k = b;
  uint32_t letters = 0, upper = 0;
  bool first_upper = false;
  for (; k < e;) {
    const char c = s_[k];
    if (static_cast<uint8_t>(c) < 0x80) {
      ++k;
      if (!IsAsciiAlpha(c)) continue;
      const bool up = IsAsciiUpper(c);
      if (letters++ == 0) first_upper = up;
      upper += up;
      continue;
    }
    bool up;
    if (static_cast<uint8_t>(c) == 0xC3 && k + 1 < e &&
        (static_cast<uint8_t>(s_[k + 1]) & 0xC0) == 0x80) {
      // U+00C0..U+00FF without ICU: letters but × and ÷.
      const auto c2 = static_cast<uint8_t>(s_[k + 1]);
      k += 2;
      if (c2 == 0x97 || c2 == 0xB7) continue;
      up = c2 < 0x9F;
    } else {
      int len = 1;
      const char32_t cp = DecodeUtf8(s_, k, &len);
      k += len;
      if (!IsLetter(cp)) continue;
      up = IsUpper(cp);
    }
    if (letters++ == 0) first_upper = up;
    upper += up;
  }
  uint8_t flags = first_upper ? kTokenCapitalized : 0;
  if (letters >= 2 && upper == letters) flags |= kTokenAllCaps;
  return flags;
}

}  // namespace text_internal
}  // namespace tocsin
