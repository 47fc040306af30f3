#include "text/lexicon.h"

#include <gtest/gtest.h>

#include "text/test_util.h"

namespace tocsin {
namespace {

TEST(LexiconTest, ParsesKindsCommentsAndBlankLines) {
  WordSet set;
  ASSERT_TRUE(ParseTextList("# comment\n\nMr prefix\n  etc  \nNo\tnumber # x\n",
                            "test", true, &set)
                  .ok());
  EXPECT_EQ(set.size(), 3u);
  EXPECT_EQ(set.Find("Mr"), static_cast<uint8_t>(AbbrevKind::kPrefix));
  EXPECT_EQ(set.Find("etc"), static_cast<uint8_t>(AbbrevKind::kPlain));
  EXPECT_EQ(set.Find("No"), static_cast<uint8_t>(AbbrevKind::kNumber));
}

TEST(LexiconTest, RejectsMalformedLines) {
  WordSet set;
  const Status bad_kind = ParseTextList("Mr title\n", "a.txt", true, &set);
  EXPECT_EQ(bad_kind.code(), StatusCode::kInvalidArgument);
  EXPECT_NE(bad_kind.message().find("a.txt:1"), std::string::npos);
  const Status two_words = ParseTextList("ok\nnot ok\n", "b.txt", false, &set);
  EXPECT_EQ(two_words.code(), StatusCode::kInvalidArgument);
  EXPECT_NE(two_words.message().find("b.txt:2"), std::string::npos);
}

TEST(LexiconTest, PlainListsAreCaseInsensitive) {
  WordSet set;
  ASSERT_TRUE(ParseTextList("Jusqu\n", "c", false, &set).ok());
  EXPECT_TRUE(set.FindLower("JUSQU"));
  EXPECT_TRUE(set.Find("jusqu"));
  EXPECT_FALSE(set.Find("Jusqu"));
}

TEST(LexiconTest, AbbreviationLookupTriesLowerCaseFirstLetter) {
  const LanguageLexicon& fr = text_test::Lexicon().fr;
  EXPECT_EQ(fr.Abbreviation("cf"), AbbrevKind::kPrefix);
  EXPECT_EQ(fr.Abbreviation("Cf"), AbbrevKind::kPrefix);
  EXPECT_EQ(fr.Abbreviation("MM"), AbbrevKind::kPrefix);
  EXPECT_EQ(fr.Abbreviation("mm"), AbbrevKind::kNone);
  EXPECT_EQ(text_test::Lexicon().en.Abbreviation("Gen"), AbbrevKind::kPrefix);
}

TEST(LexiconTest, ShippedListsLoad) {
  const TextLexicon& lex = text_test::Lexicon();
  for (const LanguageLexicon* l : {&lex.en, &lex.fr}) {
    EXPECT_GT(l->abbreviations.size(), 40u);
    EXPECT_GT(l->sentence_starters.size(), 40u);
    EXPECT_GT(l->stopwords.size(), 40u);
    EXPECT_GT(l->clitics.size(), 4u);
  }
  EXPECT_GT(lex.fr.elisions.size(), 10u);
}

}  // namespace
}  // namespace tocsin
