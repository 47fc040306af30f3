// ValidateAnalysis must catch each broken invariant it promises to, and
// name it: one row per invariant, each breaking one field of an analysis
// that is valid to begin with.
#include "text/validate.h"

#include <gtest/gtest.h>

#include <functional>
#include <string>

#include "text/test_util.h"

namespace tocsin {
namespace {

struct BrokenCase {
  const char* name;
  std::function<void(AnalyzedText*)> corrupt;
  const char* message;  // a substring of the error
};

TEST(ValidateAnalysisTest, NamesEachBrokenInvariant) {
  Document doc;
  // Two paragraphs, three sentences, and a two-byte character (é).
  doc.text = "Le général a parlé. Il est parti.\n\nUne autre phrase.";
  AnalyzedText valid;
  text_test::Analyzer().Analyze(doc, &valid);
  ASSERT_TRUE(ValidateAnalysis(doc, valid).ok());
  ASSERT_GE(valid.paragraphs.size(), 2u);
  ASSERT_GE(valid.sentences.size(), 3u);
  ASSERT_GE(valid.tokens.size(), 4u);
  const uint32_t e_acute = static_cast<uint32_t>(doc.text.find("é"));

  const BrokenCase cases[] = {
      {"map size", [](AnalyzedText* a) { a->norm_to_orig.pop_back(); },
       "norm_to_orig size"},
      {"map range", [](AnalyzedText* a) { a->norm_to_orig.back() = 1000000; },
       "norm_to_orig range"},
      {"map order",
       [](AnalyzedText* a) { a->norm_to_orig[2] = a->norm_to_orig[3] + 1; },
       "norm_to_orig not monotonic"},
      {"paragraph range", [](AnalyzedText* a) { a->paragraphs[0].end = 999; },
       "paragraph out of range"},
      {"paragraphs overlap",
       [](AnalyzedText* a) { a->paragraphs[1].begin = 0; },
       "paragraphs overlap"},
      {"sentence range", [](AnalyzedText* a) { a->sentences[0].end = 999; },
       "sentence out of range"},
      {"sentence splits a character",
       [e_acute](AnalyzedText* a) { a->sentences[0].end = e_acute + 1; },
       "sentence splits a UTF-8 character"},
      {"sentences overlap", [](AnalyzedText* a) { a->sentences[1].begin = 0; },
       "sentences overlap"},
      {"sentence tokens",
       [](AnalyzedText* a) { a->sentences[1].first_token += 1; },
       "sentence tokens not contiguous"},
      {"paragraph index",
       [](AnalyzedText* a) { a->sentences[0].paragraph = 99; },
       "sentence paragraph index"},
      {"empty token",
       [](AnalyzedText* a) { a->tokens[0].end = a->tokens[0].begin; },
       "empty token"},
      {"tokens overlap",
       [](AnalyzedText* a) { a->tokens[1].begin = a->tokens[0].begin; },
       "tokens overlap"},
      {"token splits a character",
       [e_acute](AnalyzedText* a) {
         for (Token& t : a->tokens) {
           if (t.begin < e_acute && t.end > e_acute) t.end = e_acute + 1;
         }
       },
       "token splits a UTF-8 character"},
      {"norm span", [](AnalyzedText* a) { a->tokens[0].norm_end = 99999; },
       "token norm span out of range"},
      {"lemma span", [](AnalyzedText* a) { a->tokens[0].lemma_end = 5; },
       "token lemma span"},
      {"tokens outside sentences",
       [](AnalyzedText* a) { a->sentences.back().end_token -= 1; },
       "tokens outside every sentence"},
  };
  for (const BrokenCase& c : cases) {
    AnalyzedText broken = valid;
    c.corrupt(&broken);
    const Status status = ValidateAnalysis(doc, broken);
    EXPECT_EQ(status.code(), StatusCode::kInternal) << c.name;
    EXPECT_NE(status.message().find(c.message), std::string::npos)
        << c.name << ": " << status.ToString();
  }
}

}  // namespace
}  // namespace tocsin
