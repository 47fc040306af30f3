// Shared by the src/text tests only (not part of the library): the analyzer
// built from the source tree's dict/, helpers to print results, and the
// fixture tables, so the span property test can run over every fixture of
// every table.
#ifndef TOCSIN_TEXT_TEST_UTIL_H_
#define TOCSIN_TEXT_TEST_UTIL_H_

#include <string>
#include <string_view>
#include <vector>

#include "text/analyzer.h"
#include "tocsin/document.h"
#include "tocsin/text.h"

namespace tocsin {
namespace text_test {

// Built once from TOCSIN_SOURCE_DIR/dict; aborts the test binary if the
// word lists do not load.
const TextAnalyzer& Analyzer();
const TextLexicon& Lexicon();

// Analyzes `text` as a document in `language` ("" = detect).
AnalyzedText Analyze(std::string_view language, std::string_view text,
                     Document* doc);

// Token surfaces joined by '|'.
std::string JoinTokens(const Document& doc, const AnalyzedText& a);

struct TokenCase {
  const char* language;
  const char* text;
  const char* tokens;  // original surfaces joined by '|'
};

struct SentenceCase {
  const char* language;
  const char* text;
  std::vector<std::string_view> sentences;  // original text of each
};

struct NormalizeCase {
  const char* text;
  const char* normalized;
};

struct LanguageCase {
  const char* text;
  const char* language;
};

const std::vector<TokenCase>& FrenchTokenCases();
const std::vector<TokenCase>& EnglishTokenCases();
const std::vector<SentenceCase>& FrenchSentenceCases();
const std::vector<SentenceCase>& EnglishSentenceCases();
const std::vector<NormalizeCase>& NormalizeCases();
const std::vector<LanguageCase>& LanguageCases();

// Every text of every table above, with the language it is analysed in.
std::vector<std::pair<std::string, std::string>> AllFixtureTexts();

}  // namespace text_test
}  // namespace tocsin

#endif  // TOCSIN_TEXT_TEST_UTIL_H_
