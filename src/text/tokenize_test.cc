#include "text/tokenize.h"

#include <gtest/gtest.h>

#include "text/test_util.h"

namespace tocsin {
namespace {

using text_test::Analyze;
using text_test::JoinTokens;

void RunTokenTable(const std::vector<text_test::TokenCase>& cases) {
  for (const auto& c : cases) {
    Document doc;
    const AnalyzedText a = Analyze(c.language, c.text, &doc);
    EXPECT_EQ(JoinTokens(doc, a), c.tokens) << c.text;
  }
}

TEST(TokenizeTest, FrenchTable) {
  RunTokenTable(text_test::FrenchTokenCases());
}

TEST(TokenizeTest, EnglishTable) {
  RunTokenTable(text_test::EnglishTokenCases());
}

const Token* Find(const Document& doc, const AnalyzedText& a,
                  std::string_view surface) {
  for (const Token& t : a.tokens) {
    if (Surface(doc, t) == surface) return &t;
  }
  return nullptr;
}

struct FlagCase {
  const char* language;
  const char* text;
  const char* surface;
  WordClass word_class;
  uint8_t flags;
};

TEST(TokenizeTest, ClassesAndFlags) {
  constexpr uint8_t kCap = kTokenCapitalized, kCaps = kTokenAllCaps,
                    kElid = kTokenElided, kClit = kTokenClitic,
                    kAbbr = kTokenAbbreviation, kSp = kTokenSpaceBefore;
  const FlagCase cases[] = {
      {"fr", "L'Ukraine", "L'", WordClass::kUnknown, kCap | kElid},
      {"fr", "L'Ukraine", "Ukraine", WordClass::kUnknown, kCap},
      {"fr", "dit-elle", "-elle", WordClass::kUnknown, kClit},
      {"fr", "a-t-il", "-t-il", WordClass::kUnknown, kClit},
      {"fr", "les forces RSVN russes", "RSVN", WordClass::kUnknown,
       kCap | kCaps | kSp},
      {"fr", "la 12e direction", "12e", WordClass::kNumeral, kSp},
      {"fr", "au XXe siècle", "XXe", WordClass::kNumeral, kCap | kSp},
      {"fr", "voir @@rybar_fr", "@@rybar_fr", WordClass::kHandle, kSp},
      {"fr", "Twitter/@rybar_fr", "@rybar_fr", WordClass::kHandle, 0},
      {"fr", "le #Donbass", "#Donbass", WordClass::kHashtag, kCap | kSp},
      {"fr", "M. Macron", "M.", WordClass::kUnknown, kCap | kAbbr},
      {"fr", "3,5 %", "%", WordClass::kSymbol, kSp},
      {"fr", "3,5 %", "3,5", WordClass::kNumeral, 0},
      {"fr", "« oui »", "«", WordClass::kPunctuation, 0},
      {"en", "the U.S. said", "U.S.", WordClass::kUnknown,
       kCap | kCaps | kAbbr | kSp},
      {"en", "Russia's", "'s", WordClass::kUnknown, kClit},
      {"en", "don't", "n't", WordClass::kUnknown, kClit},
      {"en", "see https://example.com/x now", "https://example.com/x",
       WordClass::kUrl, kSp},
      {"en", "pay $5", "$", WordClass::kSymbol, kSp},
      {"en", "pay $5", "5", WordClass::kNumeral, 0},
      {"en", "Mr. Smith", "Mr.", WordClass::kUnknown, kCap | kAbbr},
      {"en", "NATO said", "NATO", WordClass::kUnknown, kCap | kCaps},
      {"en", "A cat", "A", WordClass::kUnknown, kCap},
      {"en", "Oh \U0001F642", "\U0001F642", WordClass::kSymbol, kSp},
  };
  for (const FlagCase& c : cases) {
    Document doc;
    const AnalyzedText a = Analyze(c.language, c.text, &doc);
    const Token* t = Find(doc, a, c.surface);
    ASSERT_NE(t, nullptr) << c.surface << " in " << c.text << ": "
                          << JoinTokens(doc, a);
    EXPECT_EQ(t->word_class, c.word_class) << c.surface << " in " << c.text;
    EXPECT_EQ(t->flags, c.flags) << c.surface << " in " << c.text;
  }
}

TEST(TokenizeTest, NormalizedFormsAreStraightened) {
  Document doc;
  const AnalyzedText a =
      Analyze("fr", "l\u2019\uFB01n \u00AB oui \u00BB \u2013 1\u202F000", &doc);
  std::string joined;
  for (const Token& t : a.tokens) {
    if (!joined.empty()) joined += '|';
    joined += a.Normalized(t);
  }
  EXPECT_EQ(joined, "l'|fin|\"|oui|\"|-|1 000");
}

TEST(TokenizeTest, OtherLanguagesKeepApostrophesAndHyphens) {
  Document doc;
  const AnalyzedText a = Analyze("de", "l'Ukraine dit-elle don't", &doc);
  EXPECT_EQ(JoinTokens(doc, a), "l'Ukraine|dit-elle|don't");
}

TEST(TokenizeTest, EnglishThousandsNeedANoBreakSpace) {
  Document doc;
  AnalyzedText a =
      Analyze("en", "in 2022 200 people and 1\u00A0000 more", &doc);
  EXPECT_EQ(JoinTokens(doc, a), "in|2022|200|people|and|1\u00A0000|more");
  a = Analyze("en", "aged 12 000 years", &doc);
  EXPECT_EQ(JoinTokens(doc, a), "aged|12|000|years");
}

}  // namespace
}  // namespace tocsin
