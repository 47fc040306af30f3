#include "text/word_split.h"

#include <gtest/gtest.h>

#include "text/test_util.h"

namespace tocsin {
namespace {

std::string Pieces(std::string_view word, const WordPiece* pieces, size_t n) {
  std::string out;
  for (size_t i = 0; i < n; ++i) {
    if (i > 0) out += '|';
    out += word.substr(pieces[i].begin, pieces[i].end - pieces[i].begin);
    if (pieces[i].flags & kTokenElided) out += "<e>";
    if (pieces[i].flags & kTokenClitic) out += "<c>";
  }
  return out;
}

TEST(WordSplitTest, French) {
  const std::pair<const char*, const char*> cases[] = {
      {"l'Ukraine", "l'<e>|Ukraine"},
      {"qu'aujourd'hui", "qu'<e>|aujourd'hui"},
      {"aujourd'hui", "aujourd'hui"},
      {"quelqu'un", "quelqu'un"},
      {"lorsqu'il", "lorsqu'<e>|il"},
      {"c'est-à-dire", "c'est-à-dire"},
      {"Qu'est-ce", "Qu'<e>|est|-ce<c>"},
      {"a-t-il", "a|-t-il<c>"},
      {"donne-le-moi", "donne|-le<c>|-moi<c>"},
      {"sur-le-champ", "sur-le-champ"},
      {"peut-être", "peut-être"},
      {"Jean-Elle", "Jean-Elle"},
      {"rendez-vous", "rendez-vous"},
      {"t-il", "t|-il<c>"},
      {"l'", "l'"},
      {"d'-il", "d'<e>|-il"},
  };
  for (const auto& [word, expected] : cases) {
    WordPiece pieces[kMaxWordPieces];
    const size_t n = SplitFrenchWord(word, text_test::Lexicon().fr, pieces);
    EXPECT_EQ(Pieces(word, pieces, n), expected) << word;
  }
}

TEST(WordSplitTest, FrenchNeverExceedsPieceLimit) {
  std::string word = "l";
  for (int i = 0; i < 40; ++i) word += "'l";
  word += "-le-le-le-le-le-le-le-le-le-le-le-le-le-le-le-le-le-le-le";
  WordPiece pieces[kMaxWordPieces];
  const size_t n = SplitFrenchWord(word, text_test::Lexicon().fr, pieces);
  ASSERT_LE(n, kMaxWordPieces);
  EXPECT_EQ(pieces[0].begin, 0u);
  EXPECT_EQ(pieces[n - 1].end, word.size());
  for (size_t i = 1; i < n; ++i) EXPECT_EQ(pieces[i].begin, pieces[i - 1].end);
}

TEST(WordSplitTest, English) {
  const std::pair<const char*, const char*> cases[] = {
      {"Russia's", "Russia|'s<c>"},
      {"don't", "do|n't<c>"},
      {"can't", "ca|n't<c>"},
      {"won't", "wo|n't<c>"},
      {"I'm", "I|'m<c>"},
      {"they're", "they|'re<c>"},
      {"we've", "we|'ve<c>"},
      {"it'll", "it|'ll<c>"},
      {"he'd", "he|'d<c>"},
      {"O'Brien", "O'Brien"},
      {"O'Neill's", "O'Neill|'s<c>"},
      {"rock'n'roll", "rock'n'roll"},
      {"DON'T", "DO|N'T<c>"},
  };
  for (const auto& [word, expected] : cases) {
    WordPiece pieces[kMaxWordPieces];
    const size_t n = SplitEnglishWord(word, text_test::Lexicon().en, pieces);
    EXPECT_EQ(Pieces(word, pieces, n), expected) << word;
  }
}

TEST(WordSplitTest, Numbers) {
  EXPECT_EQ(NumericPrefixLength("1 000 000"), 9u);
  EXPECT_EQ(NumericPrefixLength("3,5"), 3u);
  EXPECT_EQ(NumericPrefixLength("1.13bn"), 4u);
  EXPECT_EQ(NumericPrefixLength("12e"), 2u);
  EXPECT_EQ(NumericPrefixLength("19-year-old"), 2u);
  EXPECT_EQ(NumericPrefixLength("2014-2016"), 9u);
  EXPECT_TRUE(IsOrdinalSuffix("er"));
  EXPECT_TRUE(IsOrdinalSuffix("ème"));
  EXPECT_TRUE(IsOrdinalSuffix("RD"));
  EXPECT_FALSE(IsOrdinalSuffix("G"));
  EXPECT_TRUE(IsUnitSuffix("bn"));
  EXPECT_FALSE(IsUnitSuffix("G"));
  EXPECT_TRUE(IsRomanOrdinal("XXe"));
  EXPECT_TRUE(IsRomanOrdinal("XIXème"));
  EXPECT_FALSE(IsRomanOrdinal("Me"));
  EXPECT_FALSE(IsRomanOrdinal("XX"));
}

}  // namespace
}  // namespace tocsin
