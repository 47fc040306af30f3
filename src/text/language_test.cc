#include "text/language.h"

#include <gtest/gtest.h>

#include "text/test_util.h"
#include "util/paths.h"

namespace tocsin {
namespace {

using text_test::Analyze;

TEST(LanguageTest, DocumentTable) {
  for (const auto& c : text_test::LanguageCases()) {
    Document doc;
    const AnalyzedText a = Analyze("", c.text, &doc);
    EXPECT_EQ(a.language, c.language) << c.text;
    ASSERT_EQ(a.paragraphs.size(), 1u);
    EXPECT_EQ(a.paragraphs[0].language, c.language) << c.text;
  }
}

TEST(LanguageTest, Cld2AloneAgreesOnTheTable) {
  for (const auto& c : text_test::LanguageCases()) {
    bool reliable = false;
    int second = 0;
    EXPECT_EQ(DetectLanguageCld2(c.text, &reliable, &second), c.language)
        << c.text;
  }
}

// Count's word loop works on 8 and 16 bytes at a time; it must agree with
// the plain definition: words are runs of ASCII letters and non-ASCII
// bytes, and those of fewer than 8 bytes are looked up lower-cased.
TEST(LanguageTest, CountMatchesWordByWordCounting) {
  const StatusOr<TextLexicon> lexicon = LoadTextLexicon(DictDir());
  ASSERT_TRUE(lexicon.ok()) << lexicon.status().ToString();
  const LanguageIdentifier identifier(*lexicon);
  const std::string pieces[] = {"the", "The",      "OF",  "and",        "le",
                                "Les", "\xC3\xA0", "été", "government", "x",
                                "a",   "their",    " ",   "  ",         ",",
                                ".\n", "1990",     "'",   "-"};
  uint32_t seed = 12345;
  for (int round = 0; round < 300; ++round) {
    std::string text;
    const int n = round % 60;
    for (int k = 0; k < n; ++k) {
      seed = seed * 1103515245u + 12345u;
      text += pieces[(seed >> 16) % std::size(pieces)];
    }
    StopwordCounts want;
    size_t i = 0;
    while (i < text.size()) {
      auto word_byte = [&](size_t k) {
        const auto b = static_cast<uint8_t>(text[k]);
        return b >= 0x80 || (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z');
      };
      if (!word_byte(i)) {
        ++i;
        continue;
      }
      size_t j = i;
      while (j < text.size() && word_byte(j)) ++j;
      ++want.words;
      const std::string_view w(text.data() + i, j - i);
      if (w.size() < 8) {
        want.en += lexicon->en.stopwords.FindLower(w) ? 1 : 0;
        want.fr += lexicon->fr.stopwords.FindLower(w) ? 1 : 0;
      }
      i = j;
    }
    const StopwordCounts got = identifier.Count(text);
    EXPECT_EQ(got.words, want.words) << text;
    EXPECT_EQ(got.en, want.en) << text;
    EXPECT_EQ(got.fr, want.fr) << text;
  }
}

TEST(LanguageTest, DocumentLanguageWinsWhenGiven) {
  Document doc;
  const AnalyzedText a = Analyze(
      "fr", "The government said on Monday that it would send more troops.",
      &doc);
  EXPECT_EQ(a.language, "fr");
  EXPECT_EQ(a.paragraphs[0].language, "fr");
}

TEST(LanguageTest, MixedDocumentGetsPerParagraphLanguages) {
  Document doc;
  const AnalyzedText a = Analyze(
      "",
      "Le président a déclaré mardi que la France soutiendrait l'Ukraine "
      "aussi longtemps qu'il le faudrait, malgré les menaces de Moscou.\n\n"
      "Dans un communiqué, le ministère des Affaires étrangères a précisé "
      "que de nouvelles livraisons d'armes étaient prévues pour le mois "
      "prochain.\n\n"
      "\"We will stand with Ukraine for as long as it takes,\" the president "
      "said in English at the end of the press conference.\n\n"
      "Die Bundesregierung hat am Montag neue Maßnahmen gegen die "
      "Energiekrise beschlossen, wie ein Sprecher in Berlin mitteilte.",
      &doc);
  EXPECT_EQ(a.language, "fr");
  ASSERT_EQ(a.paragraphs.size(), 4u);
  EXPECT_EQ(a.paragraphs[0].language, "fr");
  EXPECT_EQ(a.paragraphs[1].language, "fr");
  EXPECT_EQ(a.paragraphs[2].language, "en");
  EXPECT_EQ(a.paragraphs[3].language, "de");
}

TEST(LanguageTest, EmptyAndSymbolOnlyTextIsUndetermined) {
  for (const char* text : {"", "   \n\n  ", "12 345 / 678 -- ##"}) {
    Document doc;
    const AnalyzedText a = Analyze("", text, &doc);
    EXPECT_EQ(a.language, "und") << text;
  }
}

TEST(LanguageTest, StopwordCounts) {
  const LanguageIdentifier id(text_test::Lexicon());
  const StopwordCounts en = id.Count("The cat was in the house of the King.");
  EXPECT_EQ(en.words, 9u);
  EXPECT_EQ(en.en, 4u);  // the, the, of, the
  EXPECT_EQ(en.fr, 0u);
  const StopwordCounts fr = id.Count("Le chat était dans la maison à Paris.");
  EXPECT_EQ(fr.words, 8u);
  EXPECT_EQ(fr.fr, 3u);  // était, dans, à
  EXPECT_EQ(fr.en, 0u);
}

}  // namespace
}  // namespace tocsin
