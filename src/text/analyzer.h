// TextAnalyzer: the text front end up to tokens.
//
// Stages, each behind its own header:
//   normalize.h   NFC, typographic characters, spaces -> normalized copy
//                 with a map back to the original bytes
//   paragraphs.h  blocks separated by blank lines
//   language.h    document and paragraph language (stopwords, then CLD2)
//   tokenize.h    tokens (word_split.h: elision, clitics, contractions)
//   segment.h     sentences
// Lemmas and word classes of words come later (src/lemma).
#ifndef TOCSIN_TEXT_ANALYZER_H_
#define TOCSIN_TEXT_ANALYZER_H_

#include <memory>
#include <string>

#include "text/language.h"
#include "text/lexicon.h"
#include "text/segment.h"
#include "text/tokenize.h"
#include "tocsin/document.h"
#include "tocsin/status.h"
#include "tocsin/text.h"

namespace tocsin {

struct TextAnalyzerOptions {
  std::string dict_dir;  // holds en/ and fr/ word lists; empty: DictDir()
};

class TextAnalyzer {
 public:
  // Loads the word lists (lexicon.h). NotFound or InvalidArgument when they
  // are missing or malformed.
  static StatusOr<std::unique_ptr<TextAnalyzer>> Create(
      const TextAnalyzerOptions& options);

  TextAnalyzer(const TextAnalyzer&) = delete;
  TextAnalyzer& operator=(const TextAnalyzer&) = delete;

  // Clears *out (keeping its capacity) and fills language, normalized,
  // norm_to_orig, paragraphs (with languages), sentences and tokens (spans,
  // normalised spans, flags; word_class only for PUNCT, NUM, SYM, URL,
  // HANDLE and HASHTAG, kUnknown otherwise; no lemmas).
  // Document::language, when non-empty, is used for the document and every
  // paragraph instead of detection. doc.text should be valid UTF-8;
  // malformed bytes are tolerated (read as U+FFFD).
  // Thread-safe: the analyzer is immutable; *out is the caller's per-thread
  // scratch. Allocates only while *out and per-thread scratch grow.
  void Analyze(const Document& doc, AnalyzedText* out) const;

 private:
  explicit TextAnalyzer(TextLexicon lexicon);

  TextLexicon lexicon_;
  LanguageIdentifier language_;
  Tokenizer tokenizer_;  // points into lexicon_
  Segmenter segmenter_;  // points into lexicon_
};

}  // namespace tocsin

#endif  // TOCSIN_TEXT_ANALYZER_H_
