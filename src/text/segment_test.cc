#include "text/segment.h"

#include <gtest/gtest.h>

#include "text/test_util.h"

namespace tocsin {
namespace {

using text_test::Analyze;

void RunSentenceTable(const std::vector<text_test::SentenceCase>& cases) {
  for (const auto& c : cases) {
    Document doc;
    const AnalyzedText a = Analyze(c.language, c.text, &doc);
    std::vector<std::string_view> got;
    for (const Sentence& s : a.sentences) got.push_back(SentenceText(doc, s));
    EXPECT_EQ(got, c.sentences) << c.text;
  }
}

TEST(SegmentTest, FrenchTable) {
  RunSentenceTable(text_test::FrenchSentenceCases());
}

TEST(SegmentTest, EnglishTable) {
  RunSentenceTable(text_test::EnglishSentenceCases());
}

TEST(SegmentTest, ParagraphsEndSentencesAndAreIndexed) {
  Document doc;
  const AnalyzedText a = Analyze(
      "fr", "Titre sans point\n\n  Premier paragraphe. Suite\n \nFin", &doc);
  ASSERT_EQ(a.paragraphs.size(), 3u);
  ASSERT_EQ(a.sentences.size(), 4u);
  EXPECT_EQ(a.sentences[0].paragraph, 0u);
  EXPECT_EQ(a.sentences[1].paragraph, 1u);
  EXPECT_EQ(a.sentences[2].paragraph, 1u);
  EXPECT_EQ(a.sentences[3].paragraph, 2u);
  EXPECT_EQ(SentenceText(doc, a.sentences[2]), "Suite");
  const Paragraph& p = a.paragraphs[1];
  EXPECT_EQ(doc.text.substr(p.begin, p.end - p.begin),
            "Premier paragraphe. Suite");
}

TEST(SegmentTest, VeryLongSentencesAreCut) {
  std::string text;
  for (uint32_t i = 0; i < 3 * kMaxSentenceTokens; ++i) text += "mot ";
  Document doc;
  const AnalyzedText a = Analyze("fr", text, &doc);
  EXPECT_EQ(a.sentences.size(), 3u);
  for (const Sentence& s : a.sentences) {
    EXPECT_LE(s.end_token - s.first_token, kMaxSentenceTokens);
  }
}

}  // namespace
}  // namespace tocsin
