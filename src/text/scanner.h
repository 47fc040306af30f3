// The scanner behind Tokenizer (tokenize.h). Internal to src/text: split
// from tokenize.cc only to keep files short; scanner.cc holds the main loop
// and word handling, scanner_patterns.cc the fixed patterns (URLs, handles,
// hashtags, dotted acronyms, quotes).
#ifndef TOCSIN_TEXT_SCANNER_H_
#define TOCSIN_TEXT_SCANNER_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "text/lexicon.h"
#include "text/tokenize.h"
#include "text/utf8.h"
#include "tocsin/text.h"

namespace tocsin {
namespace text_internal {

// What a scanned word contains, for choosing how to emit it.
struct WordShape {
  bool url = false;         // domain, e-mail or address with a path
  bool hyphen = false;      // an inner '-'
  bool apostrophe = false;  // an inner '\''
};

// Tokenizes one paragraph; lives for one Tokenize() call.
class Scanner {
 public:
  Scanner(const TokenizerInput& in, const TextLexicon& lex, TokenLanguage lang,
          NormSpan span, std::vector<Token>* tokens,
          std::vector<TokenInfo>* infos)
      : original_(in.original),
        s_(in.normalized),
        n2o_(in.norm_to_orig),
        lex_(lex),
        lang_(lang),
        end_(span.end),
        tokens_(tokens),
        infos_(infos),
        first_token_(tokens->size()),
        space_(span.begin > 0) {}

  // Scans normalized[i, span end). Defined in scanner.cc, where the word
  // scanner is inlined into its loop.
  void Run(uint32_t i);

 private:
  // An ASCII letter or digit, or a two-byte Latin letter (U+00C0..U+00FF
  // but × ÷, œ Œ): where ScanAsciiWord may start.
  bool StartsFastWord(uint32_t k) const {
    const auto b = static_cast<uint8_t>(s_[k]);
    if (b < 0x80) return kAscii.kind[b] == CharKind::kWord;
    if (k + 1 >= end_) return false;
    const auto b2 = static_cast<uint8_t>(s_[k + 1]);
    return (b == 0xC3 && b2 >= 0x80 && b2 <= 0xBF && b2 != 0x97 &&
            b2 != 0xB7) ||
           (b == 0xC5 && (b2 == 0x92 || b2 == 0x93));
  }

  // --- Character tests on the normalised text; false past the span end.
  bool IsWordAt(uint32_t k) const {
    if (k >= end_) return false;
    const auto b = static_cast<uint8_t>(s_[k]);
    if (b < 0x80) return kAscii.kind[b] == CharKind::kWord;
    int len = 1;
    return ClassifyNonAscii(DecodeUtf8(s_, k, &len)) == CharKind::kWord;
  }
  bool IsLetterAt(uint32_t k) const {
    if (k >= end_) return false;
    int len = 1;
    return IsLetter(DecodeUtf8(s_, k, &len));
  }
  bool IsDigitAt(uint32_t k) const { return k < end_ && IsAsciiDigit(s_[k]); }

  // Skips combining marks (and variation selectors) from k.
  uint32_t SkipMarks(uint32_t k) const {
    while (k < end_ && static_cast<uint8_t>(s_[k]) >= 0x80) {
      int len = 1;
      if (ClassifyNonAscii(DecodeUtf8(s_, k, &len)) != CharKind::kMark) break;
      k += len;
    }
    return k;
  }

  // Hot loop: the letters, digits and marks of a word.
  uint32_t ConsumeWordChars(uint32_t k) const {
    while (k < end_) {
      const auto b = static_cast<uint8_t>(s_[k]);
      if (b < 0x80) {
        if (kAscii.kind[b] != CharKind::kWord) break;
        ++k;
        continue;
      }
      if (b == 0xC3 && StartsFastWord(k)) {  // é, À...: letters, no ICU
        k += 2;
        continue;
      }
      int len = 1;
      const CharKind kind = ClassifyNonAscii(DecodeUtf8(s_, k, &len));
      if (kind != CharKind::kWord && kind != CharKind::kMark) break;
      k += len;
    }
    return k;
  }

  uint32_t ScanToken(uint32_t i);
  [[gnu::always_inline]] inline uint32_t ScanAsciiWord(uint32_t i);
  uint32_t ScanNonAscii(uint32_t i);
  uint32_t ScanWord(uint32_t i);
  uint32_t ScanWordBody(uint32_t start, uint32_t j, WordShape* shape) const;
  uint32_t Joiner(uint32_t start, uint32_t j, WordShape* shape) const;
  uint32_t ScanHandle(uint32_t i);
  uint32_t ScanHashtag(uint32_t i);
  uint32_t ScanSingleQuote(uint32_t i);
  uint32_t MatchUrl(uint32_t i) const;
  uint32_t UrlTail(uint32_t start, uint32_t k) const;
  uint32_t MatchDotted(uint32_t i) const;
  uint32_t MatchDomainTail(uint32_t start, uint32_t dot) const;
  uint32_t MatchEmailDomain(uint32_t at) const;
  bool RealHyphen(uint32_t k) const;
  bool DigitGroupsSoFar(uint32_t start, uint32_t j) const;
  AbbrevKind AbbreviationBefore(uint32_t start, uint32_t dot) const;
  QuoteKind QuoteKindAt(uint32_t i) const;
  void EmitWord(uint32_t b, uint32_t e, const WordShape& shape);
  // Appends a token; Emit() adds the case flags, Push() takes them in
  // `flags` already.
  void Emit(uint32_t b, uint32_t e, WordClass wc, uint8_t flags,
            AbbrevKind abbrev = AbbrevKind::kNone,
            QuoteKind quote = QuoteKind::kNone, uint8_t kind = 0) {
    Push(b, e, wc, flags | CaseFlags(b, e), abbrev, quote, kind);
  }
  // Inlined everywhere: it runs once per token.
  [[gnu::always_inline]] void Push(uint32_t b, uint32_t e, WordClass wc,
                                   uint8_t flags,
                                   AbbrevKind abbrev = AbbrevKind::kNone,
                                   QuoteKind quote = QuoteKind::kNone,
                                   uint8_t kind = 0) {
    const uint32_t begin = n2o_[b];
    const uint32_t end = n2o_[e];
    if (end <= begin) [[unlikely]] {
      GlueToPrevious(e, end);
      return;
    }
    // Written in place: building a Token on the stack and copying it
    // stalled on store forwarding.
    Token& t = tokens_->emplace_back();
    t.begin = begin;
    t.end = end;
    t.norm_begin = b;
    t.norm_end = e;
    t.word_class = wc;
    t.flags = flags | (space_ ? kTokenSpaceBefore : 0);
    TokenInfo& info = infos_->emplace_back();
    info.newlines_before = newlines_;
    info.abbrev = abbrev;
    info.quote = quote;
    info.kind = kind;
    space_ = false;
    newlines_ = 0;
  }
  // A piece that maps to no original byte of its own (inside one original
  // character that normalisation expanded) joins the previous token.
  void GlueToPrevious(uint32_t e, uint32_t end) {
    if (tokens_->size() > first_token_) {
      Token& last = tokens_->back();
      last.norm_end = e;
      if (end > last.end) last.end = end;
    }
  }
  uint8_t CaseFlags(uint32_t b, uint32_t e) const;

  std::string_view original_;
  std::string_view s_;
  const uint32_t* n2o_;
  const TextLexicon& lex_;
  TokenLanguage lang_;
  uint32_t end_;
  std::vector<Token>* tokens_;
  std::vector<TokenInfo>* infos_;
  size_t first_token_;
  bool space_;
  uint8_t newlines_ = 0;
  bool open_single_quote_ = false;
};

}  // namespace text_internal
}  // namespace tocsin

#endif  // TOCSIN_TEXT_SCANNER_H_
