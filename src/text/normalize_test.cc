#include "text/normalize.h"

#include <gtest/gtest.h>

#include <random>

#include "text/test_util.h"

namespace tocsin {
namespace {

// The map is in range, non-decreasing, one entry longer than the text, and
// each normalised byte maps to the start of an original character.
void ExpectValidMap(std::string_view original, const std::string& normalized,
                    const std::vector<uint32_t>& map) {
  ASSERT_EQ(map.size(), normalized.size() + 1) << original;
  EXPECT_EQ(map.back(), original.size());
  for (size_t i = 0; i < map.size(); ++i) {
    ASSERT_LE(map[i], original.size()) << original;
    if (i > 0) {
      ASSERT_GE(map[i], map[i - 1]) << original << " at " << i;
    }
    if (map[i] < original.size()) {
      EXPECT_NE(static_cast<uint8_t>(original[map[i]]) & 0xC0, 0x80)
          << "maps into the middle of a character: " << original;
    }
  }
}

TEST(NormalizeTest, Table) {
  for (const auto& c : text_test::NormalizeCases()) {
    std::string normalized;
    std::vector<uint32_t> map;
    Normalize(c.text, &normalized, &map);
    EXPECT_EQ(normalized, c.normalized) << c.text;
    ExpectValidMap(c.text, normalized, map);
  }
}

// Plain runs are found 16 bytes at a time; a character to replace must be
// found wherever it falls in a block, and two-byte letters cut by a block's
// end must stay whole.
TEST(NormalizeTest, ReplacementsAtEveryOffsetOfABlock) {
  const std::string unit = "d\xC3\xA9j\xC3\xA0 vu ";  // "déjà vu "
  std::string clean;
  while (clean.size() < 64) clean += unit;
  struct Replace {
    std::string from, to;
  };
  const Replace replaces[] = {{"\xE2\x80\x99", "'"},  // ’
                              {"\xC2\xA0", " "},      // no-break space
                              {"\xC2\xAB", "\""},     // «
                              {"\t", " "}};
  for (const Replace& r : replaces) {
    for (size_t offset = 0; offset < 40; ++offset) {
      size_t at = offset;  // a character boundary
      while ((static_cast<uint8_t>(clean[at]) & 0xC0) == 0x80) ++at;
      std::string text = clean, want = clean;
      text.insert(at, r.from);
      want.insert(at, r.to);
      std::string normalized;
      std::vector<uint32_t> map;
      Normalize(text, &normalized, &map);
      EXPECT_EQ(normalized, want) << "offset " << at;
      ExpectValidMap(text, normalized, map);
      EXPECT_EQ(map[at], at);  // the replacement maps to its character
      for (size_t k = 0; k < at; ++k) ASSERT_LE(map[k], k);
      EXPECT_EQ(map[at + r.to.size()], at + r.from.size());
    }
  }
}

TEST(NormalizeTest, AsciiIsCopiedWithIdentityMap) {
  const std::string text = "Plain text, 100% ASCII.\nSecond line.";
  std::string normalized;
  std::vector<uint32_t> map;
  Normalize(text, &normalized, &map);
  EXPECT_EQ(normalized, text);
  for (size_t i = 0; i <= text.size(); ++i) EXPECT_EQ(map[i], i);
}

TEST(NormalizeTest, ReplacementsMapToTheirOriginalCharacter) {
  // "l’a" : ’ is 3 bytes at offset 1 and becomes one byte.
  std::string normalized;
  std::vector<uint32_t> map;
  Normalize("l\u2019a \uFB01n\u2026", &normalized, &map);
  EXPECT_EQ(normalized, "l'a fin...");
  const std::vector<uint32_t> expected = {0, 1, 4, 5, 6, 6, 9, 10, 10, 10, 13};
  EXPECT_EQ(map, expected);
}

TEST(NormalizeTest, ComposedSegmentMapsToItsStart) {
  std::string normalized;
  std::vector<uint32_t> map;
  Normalize("xe\u0301y", &normalized, &map);  // e + combining acute
  EXPECT_EQ(normalized, "x\u00E9y");
  const std::vector<uint32_t> expected = {0, 1, 1, 4, 5};
  EXPECT_EQ(map, expected);
}

TEST(NormalizeTest, OutputIsReusedAcrossCalls) {
  std::string normalized = "old content that is longer";
  std::vector<uint32_t> map = {7, 7, 7};
  Normalize("ab", &normalized, &map);
  EXPECT_EQ(normalized, "ab");
  EXPECT_EQ(map.size(), 3u);
}

TEST(NormalizeTest, PropertyOnEveryFixtureAndRandomInput) {
  for (const auto& [language, text] : text_test::AllFixtureTexts()) {
    std::string normalized;
    std::vector<uint32_t> map;
    Normalize(text, &normalized, &map);
    ExpectValidMap(text, normalized, map);
  }
  // Random mixes of ASCII, replaced, removed, composing and invalid input.
  const std::vector<std::string> pieces = {
      "a",          " ",      "\n",     "\r",     "\t",     "e",
      "\u0301",     "\u0327", "\u2019", "\u00AB", "\uFB03", "\u00AD",
      "\u200B",     "\u2026", "\u00A0", "\xFF",   "\xC3",   "\u2126",
      "\U0001F642", "\u05E9", "\u2029", "\uFFFD"};
  std::mt19937 rng(42);
  for (int round = 0; round < 2000; ++round) {
    std::string text;
    const int n = static_cast<int>(rng() % 40);
    for (int k = 0; k < n; ++k) text += pieces[rng() % pieces.size()];
    std::string normalized;
    std::vector<uint32_t> map;
    Normalize(text, &normalized, &map);
    ExpectValidMap(text, normalized, map);
  }
}

TEST(NormalizeTest, LongRunsOfMarksStayLinear) {
  std::string text = "a";
  for (int i = 0; i < 100000; ++i) text += "\u0301\u200D";
  std::string normalized;
  std::vector<uint32_t> map;
  Normalize(text, &normalized, &map);
  ExpectValidMap(text, normalized, map);
}

}  // namespace
}  // namespace tocsin
