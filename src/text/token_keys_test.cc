#include "text/token_keys.h"

#include <gtest/gtest.h>

#include "dict/fold.h"

namespace tocsin {
namespace {

// Keys computed once must equal folding on demand, token by token: the
// stages read either and must not see a difference.
TEST(TokenKeys, ComputedKeysEqualFoldingOnDemand) {
  AnalyzedText text;
  text.normalized = "Les Troupes russes quittent Lyman";
  const struct {
    uint32_t begin, end;
    const char* lemma;  // nullptr: none set
  } kTokens[] = {{0, 3, "le"},
                 {4, 11, "troupe"},
                 {12, 18, "russe"},
                 {19, 27, "quitter"},
                 {28, 33, nullptr}};
  for (const auto& spec : kTokens) {
    Token t;
    t.norm_begin = spec.begin;
    t.norm_end = spec.end;
    if (spec.lemma != nullptr) text.SetLemma(t, spec.lemma);
    text.tokens.push_back(t);
  }
  AnalyzedText by_hand = text;  // no keys: the accessors fold
  ComputeTokenKeys(&text);
  ASSERT_EQ(text.form_keys.size(), text.tokens.size());
  for (uint32_t i = 0; i < text.tokens.size(); ++i) {
    EXPECT_EQ(FormKey(text, i), FormKey(by_hand, i)) << i;
    EXPECT_EQ(LemmaKey(text, i), LemmaKey(by_hand, i)) << i;
    EXPECT_EQ(FormKey(text, i), FoldKey(text.Normalized(text.tokens[i])));
  }
  EXPECT_EQ(FormKey(text, 1), FoldKey("troupes"));
  EXPECT_EQ(LemmaKey(text, 1), FoldKey("troupe"));
  EXPECT_EQ(LemmaKey(text, 4), FoldKey("lyman"));  // no lemma: the form
  text.Clear();
  EXPECT_TRUE(text.form_keys.empty());
  EXPECT_TRUE(text.lemma_keys.empty());
}

}  // namespace
}  // namespace tocsin
