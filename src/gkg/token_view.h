// Small token helpers shared by the entity linker and the quotation
// extractor: lexicon lookups by lemma or form, phrase matching, and byte to
// token mapping. Internal to src/gkg.
#ifndef TOCSIN_GKG_TOKEN_VIEW_H_
#define TOCSIN_GKG_TOKEN_VIEW_H_

#include <cstdint>
#include <string_view>

#include "gkg/speech_lexicon.h"
#include "tocsin/document.h"
#include "tocsin/text.h"

namespace tocsin {
namespace gkg {

inline bool IsCap(const Token& t) {
  return (t.flags & (kTokenCapitalized | kTokenAllCaps)) != 0;
}
// A capitalised word that can be part of a name (not a verb or a function
// word the tagger recognised).
inline bool IsNameWord(const Token& t) {
  return IsCap(t) && (t.word_class == WordClass::kProperNoun ||
                      t.word_class == WordClass::kNoun ||
                      t.word_class == WordClass::kAdjective ||
                      t.word_class == WordClass::kUnknown);
}
inline bool IsPunct(const Token& t) {
  return t.word_class == WordClass::kPunctuation ||
         t.word_class == WordClass::kSymbol;
}
// True when the token's normalised form is exactly `s`.
inline bool NormIs(const AnalyzedText& text, uint32_t i, std::string_view s) {
  return text.Normalized(text.tokens[i]) == s;
}
// Sentence-final punctuation: . ! ? ...
bool IsSentenceEnd(const AnalyzedText& text, uint32_t i);
// A verb, or a participle the tagger took for an adjective.
bool IsVerbLike(const Token& t);

// Within the lifetime of a DocumentMemo, the lookups below remember each
// token's lexicon entries, so a token asked about by several passes is
// looked up once (the hot loops ask about most tokens). Outside one, they
// compute directly. The memo is thread-local: one per thread at a time,
// except that a DocumentMemo made within one for the same lexicon and text
// uses the outer one's entries (the knowledge extractor holds one across
// entity linking and quotations, which ask about the same tokens).
class DocumentMemo {
 public:
  DocumentMemo(const SpeechLexicon& lex, const AnalyzedText& text);
  ~DocumentMemo();
  DocumentMemo(const DocumentMemo&) = delete;
  DocumentMemo& operator=(const DocumentMemo&) = delete;

 private:
  bool outermost_ = true;
};

// FoldKey of token i's normalised form (text/token_keys.h).
uint64_t NormKey(const AnalyzedText& text, uint32_t i);

// The lexicon entry of token i, by its lemma, then its form.
SpeechWord WordAt(const SpeechLexicon& lex, const AnalyzedText& text,
                  uint32_t i);
// The gender a token's form tells (kWordFeminine / kWordMasculine bits):
// by its form, since the lemma of "la" is "le", of "présidente"
// "président".
uint16_t GenderAt(const SpeechLexicon& lex, const AnalyzedText& text,
                  uint32_t i);
// Pronoun kinds of token i, by its form without a clitic hyphen ("-t-il",
// "-elle" -> "il", "elle"), with its gender bits; 0 when none.
uint16_t PronounAt(const SpeechLexicon& lex, const AnalyzedText& text,
                   uint32_t i);
// The longest phrase of the lexicon starting at token i and ending before
// `end` whose kinds intersect `kinds`: its length in tokens, 0 when none.
int PhraseAt(const SpeechLexicon& lex, const AnalyzedText& text, uint32_t i,
             uint32_t end, uint16_t kinds, SpeechWord* word);

// The index of the first token that ends after `byte` (tokens.size() when
// none).
uint32_t TokenAtByte(const AnalyzedText& text, uint32_t byte);

// Whitespace-separated words in doc.text[begin, end).
int CountWords(std::string_view s);

}  // namespace gkg
}  // namespace tocsin

#endif  // TOCSIN_GKG_TOKEN_VIEW_H_
