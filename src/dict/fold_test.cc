#include "dict/fold.h"

#include <gtest/gtest.h>

namespace tocsin {
namespace {

struct FoldCase {
  const char* in;
  const char* out;
};

class FoldTest : public ::testing::TestWithParam<FoldCase> {};

TEST_P(FoldTest, FoldsCaseAndAccents) {
  EXPECT_EQ(FoldString(GetParam().in), GetParam().out);
  EXPECT_EQ(FoldKey(GetParam().in), HashFolded(GetParam().out));
}

INSTANTIATE_TEST_SUITE_P(
    Table, FoldTest,
    ::testing::Values(
        FoldCase{"Moscow", "moscow"}, FoldCase{"Élysée", "elysee"},
        FoldCase{"ÉLYSÉE", "elysee"}, FoldCase{"Kyïv", "kyiv"},
        FoldCase{"Åland", "aland"}, FoldCase{"Türkiye", "turkiye"},
        FoldCase{"Œuvre", "œuvre"}, FoldCase{"Straße", "straße"},
        FoldCase{"Ελλάδα", "ελλαδα"}, FoldCase{"Москва", "москва"},
        FoldCase{"l'Ukraine", "l'ukraine"},
        // A combining accent (not NFC) and a zero-width space.
        FoldCase{"Cote\xCC\x81", "cote"},
        FoldCase{"a\xE2\x80\x8B"
                 "b",
                 "ab"},
        FoldCase{"Việt Nam", "viet nam"},
        FoldCase{"ＡＢ", "ａｂ"},  // beyond the table: ICU
        FoldCase{"", ""}));

TEST(FoldTest, InvalidUtf8FoldsToReplacementCharacter) {
  EXPECT_EQ(FoldString("a\xFF"
                       "b"),
            "a\xEF\xBF\xBD"
            "b");
}

TEST(FoldTest, DistinctWordsGetDistinctKeys) {
  EXPECT_NE(FoldKey("russe"), FoldKey("russes"));
  EXPECT_NE(FoldKey("of"), FoldKey("de"));
  EXPECT_EQ(FoldKey("RUSSIE"), FoldKey("russie"));
}

}  // namespace
}  // namespace tocsin
