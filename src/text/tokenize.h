// Tokenisation of one paragraph of normalised text.
//
// Tokens are words (with the splits described in word_split.h), numbers,
// URLs (http(s)://..., www...., bare domains with a common TLD), e-mail
// addresses (class kUrl), @handles (any number of leading @: "@@rybar_fr"),
// #hashtags, dotted acronyms and initials that keep their periods ("U.S.",
// "N.A.T.O.", "J.-C.", "W."), listed abbreviations with their period
// ("Mr.", "av."), runs of . ! ? ("...", "?!"), runs of '-', and single
// punctuation or symbol characters (each emoji is a token).
//
// Words keep inner hyphens (peut-être, pro-Kremlin, COVID-19) unless the
// original character was a dash (Kiev–Moscou gives three tokens), inner
// apostrophes until word_split.h splits them, and join digits across
// . , : / - ("3.5", "1,000,000", "3,5", "10:30", "12/10/2022") and across a
// single space before a group of three digits ("1 000 000") in French, or in
// any language when that space was a no-break space.
#ifndef TOCSIN_TEXT_TOKENIZE_H_
#define TOCSIN_TEXT_TOKENIZE_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "text/lexicon.h"
#include "text/paragraphs.h"
#include "tocsin/text.h"

namespace tocsin {

enum class QuoteKind : uint8_t { kNone, kOpen, kClose, kAmbiguous };

// What the segmenter needs to know about a token beyond Token itself;
// kept parallel to the token vector.
struct TokenInfo {
  // TokenInfo::kind bits.
  static constexpr uint8_t kTerminal = 1;  // a run of . ! ? ("?!", "...")
  static constexpr uint8_t kEllipsis = 2;  // ... that run starts with ".."
  static constexpr uint8_t kColon = 4;     // ":"

  uint8_t newlines_before = 0;  // '\n' between this token and the previous
                                // one in the paragraph (saturates at 255)
  AbbrevKind abbrev = AbbrevKind::kNone;  // set when the token ends with '.'
  QuoteKind quote = QuoteKind::kNone;     // for " and ' tokens
  uint8_t kind = 0;                       // kTerminal | kEllipsis | kColon
};

enum class TokenLanguage : uint8_t { kOther, kEnglish, kFrench };

TokenLanguage TokenLanguageFor(std::string_view iso_code);

// The texts a tokenizer reads. All views must outlive the call.
struct TokenizerInput {
  std::string_view original;     // Document::text
  std::string_view normalized;   // AnalyzedText::normalized
  const uint32_t* norm_to_orig;  // normalized.size() + 1 entries
};

class Tokenizer {
 public:
  // `lexicon` is not owned and must outlive the tokenizer.
  explicit Tokenizer(const TextLexicon* lexicon) : lexicon_(lexicon) {}

  // Appends the tokens of normalized[span.begin, span.end) to *tokens
  // (spans in both texts, flags, word_class for PUNCT/NUM/SYM/URL/HANDLE/
  // HASHTAG, kUnknown otherwise) and one TokenInfo each to *infos.
  // Numbers and ordinals (3.5, 1 000, 12e, 3rd, XXe in French) are NUM;
  // e-mail addresses and bare domains are URL; a lone '@' or '#' is SYM.
  // Thread-safe (const).
  void Tokenize(const TokenizerInput& input, NormSpan span,
                TokenLanguage language, std::vector<Token>* tokens,
                std::vector<TokenInfo>* infos) const;

 private:
  const TextLexicon* lexicon_;
};

}  // namespace tocsin

#endif  // TOCSIN_TEXT_TOKENIZE_H_
