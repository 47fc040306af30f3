// The text front end's output: paragraphs, sentences and tokens, each a byte
// span into the original Document::text.
//
// The front end first builds a normalised copy of the text (NFC, straight
// apostrophes and quotes, plain spaces and dashes, no ligatures) and a map
// from each normalised byte back to the original. Segmentation and
// tokenisation run on the normalised copy; every span they produce is mapped
// back, so Surface(doc, token) always slices the original bytes.
//
// Strings that are not slices of the original (normalised forms, lemmas) live
// in arenas owned by AnalyzedText, so analysing a document allocates nothing
// per token once the arenas have grown.
#ifndef TOCSIN_TEXT_H_
#define TOCSIN_TEXT_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "tocsin/document.h"

namespace tocsin {

// Coarse word classes, named after Universal Dependencies UPOS tags.
enum class WordClass : uint8_t {
  kUnknown = 0,
  kNoun,
  kProperNoun,
  kVerb,
  kAuxiliary,
  kAdjective,
  kAdverb,
  kPronoun,
  kDeterminer,
  kAdposition,
  kCoordConj,
  kSubordConj,
  kNumeral,
  kParticle,
  kInterjection,
  kPunctuation,
  kSymbol,
  kUrl,      // tokenizer-assigned; UD would say X/SYM
  kHandle,   // @user
  kHashtag,  // #tag
  kOther,
};

// "NOUN", "VERB", ... ("URL", "HANDLE", "HASHTAG" for the tocsin extras).
const char* WordClassName(WordClass word_class);

// Token::flags bits.
enum TokenFlag : uint8_t {
  kTokenCapitalized = 1 << 0,  // first letter upper case
  kTokenAllCaps = 1 << 1,      // every letter upper case, at least two letters
  kTokenElided = 1 << 2,       // French elided clitic: l' d' qu' jusqu' ...
  kTokenClitic = 1 << 3,  // attached by a hyphen or apostrophe: -t-il, 's, n't
  kTokenAbbreviation = 1 << 4,  // ends with a period that is part of the token
  kTokenSpaceBefore = 1 << 5,   // whitespace precedes it in the text
};

struct Token {
  uint32_t begin = 0, end = 0;              // bytes in Document::text
  uint32_t norm_begin = 0, norm_end = 0;    // bytes in AnalyzedText::normalized
  uint32_t lemma_begin = 0, lemma_end = 0;  // bytes in AnalyzedText::lemmas
  WordClass word_class = WordClass::kUnknown;
  uint8_t flags = 0;
};

struct Sentence {
  uint32_t begin = 0, end = 0;              // bytes in Document::text
  uint32_t first_token = 0, end_token = 0;  // [first, end) in tokens
  uint32_t paragraph = 0;                   // index in paragraphs
};

struct Paragraph {
  uint32_t begin = 0, end = 0;  // bytes in Document::text
  std::string language;         // ISO 639-1, or "und"
};

struct AnalyzedText {
  std::string language;  // the document's language, ISO 639-1 or "und"

  std::string normalized;              // normalised copy of Document::text
  std::vector<uint32_t> norm_to_orig;  // size normalized.size() + 1

  std::vector<Paragraph> paragraphs;
  std::vector<Sentence> sentences;
  std::vector<Token> tokens;
  std::string lemmas;  // arena that Token::lemma_* index into

  // FoldKey (dict/fold.h) of each token's normalised form and of its lemma,
  // set with the lemmas (once per document) so that every matcher
  // downstream compares integers instead of folding strings again. Empty
  // until computed: read them through text/token_keys.h, which folds when
  // they are absent (texts built by hand in tests).
  std::vector<uint64_t> form_keys, lemma_keys;

  // Which analysis this is: TextAnalyzer::Analyze sets a number no other
  // analysis in the process had, so per-thread caches of what a stage
  // computed from a text (gkg's word lookups, shared by the amount and date
  // finders) know it is the same text without hashing it again. 0: built by
  // hand, or edited since; such caches compare the contents instead.
  uint64_t serial = 0;

  // Empties everything but keeps capacity, so a per-thread AnalyzedText can be
  // reused across documents without reallocating.
  void Clear();

  std::string_view Normalized(const Token& t) const {
    return std::string_view(normalized)
        .substr(t.norm_begin, t.norm_end - t.norm_begin);
  }
  // The lemma; falls back to the normalised form when no lemma was set.
  std::string_view Lemma(const Token& t) const {
    if (t.lemma_end == t.lemma_begin) return Normalized(t);
    return std::string_view(lemmas).substr(t.lemma_begin,
                                           t.lemma_end - t.lemma_begin);
  }
  // Appends `lemma` to the arena and points `t` at it.
  void SetLemma(Token& t, std::string_view lemma) {
    t.lemma_begin = static_cast<uint32_t>(lemmas.size());
    lemmas.append(lemma);
    t.lemma_end = static_cast<uint32_t>(lemmas.size());
  }
};

inline std::string_view Surface(const Document& doc, const Token& t) {
  return std::string_view(doc.text).substr(t.begin, t.end - t.begin);
}
inline std::string_view SentenceText(const Document& doc, const Sentence& s) {
  return std::string_view(doc.text).substr(s.begin, s.end - s.begin);
}

}  // namespace tocsin

#endif  // TOCSIN_TEXT_H_
