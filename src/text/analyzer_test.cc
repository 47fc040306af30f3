#include "text/analyzer.h"

#include <gtest/gtest.h>

#include <fstream>
#include <iostream>
#include <random>
#include <sstream>
#include <thread>

#include "text/test_util.h"
#include "text/validate.h"

namespace tocsin {
namespace {

using text_test::Analyze;
using text_test::JoinTokens;

void ExpectValid(const Document& doc, const AnalyzedText& a) {
  const Status s = ValidateAnalysis(doc, a);
  EXPECT_TRUE(s.ok()) << s.ToString();
}

TEST(AnalyzerTest, CreateFailsWithoutWordLists) {
  TextAnalyzerOptions options;
  options.dict_dir = "/nonexistent/tocsin/dict";
  auto created = TextAnalyzer::Create(options);
  ASSERT_FALSE(created.ok());
  EXPECT_EQ(created.status().code(), StatusCode::kNotFound);
}

TEST(AnalyzerTest, ReusesOutputAndClearsIt) {
  Document doc;
  doc.text = "Premier texte. Deuxième phrase.";
  AnalyzedText a;
  text_test::Analyzer().Analyze(doc, &a);
  a.SetLemma(a.tokens[0], "x");
  doc.text = "Court.";
  text_test::Analyzer().Analyze(doc, &a);
  EXPECT_EQ(a.tokens.size(), 2u);
  EXPECT_EQ(a.sentences.size(), 1u);
  EXPECT_TRUE(a.lemmas.empty());
  ExpectValid(doc, a);
}

TEST(AnalyzerTest, SurvivesHostileText) {
  std::vector<std::string> texts = {
      "\uFFFD\uFFFD \uFFFD.",
      "\U0001F642\U0001F642 \U0001F1EB\U0001F1F7 \u200D\U0001F469\u200D",
      "\u05E9\u05DC\u05D5\u05DD \u0645\u0631\u062D\u0628\u0627. \u202Eabc",
      std::string("ctl\x01\x02\x03\x7F\x1B end\0mid",
                  sizeof("ctl\x01\x02\x03\x7F\x1B end\0mid") - 1),
      "\u0301\u0301 start with marks \u20DD",
      "'\"\"''\"\"' ... ??? !!! --- .!?.",
      "@ # @@ ## @_ #_ http:// www. https://",
      "a.b.c.d.e.f.g.h U.S.A.B.C.D 1.2.3.4 1 2 3 4 5 6 7 8 9 000",
      "l'''''' d'-'-' qu'-t-il -t- --il a-t- t-il",
      "\n\n\n \n\r\n\r\r\n",
      "x\xFF\xFEy \xC3( \xE2\x82 \xF0\x9F\x98",
  };
  texts.push_back(std::string(200000, 'a'));  // one very long token
  std::string no_spaces;
  while (no_spaces.size() < (1u << 20)) no_spaces += "abc.def-ghi'jkl,123";
  texts.push_back(no_spaces);  // a 1 MB line without spaces
  std::string dots(100000, '.');
  texts.push_back(dots);
  for (const std::string& text : texts) {
    for (const char* lang : {"", "en", "fr", "ru"}) {
      Document doc;
      const AnalyzedText a = Analyze(lang, text, &doc);
      ExpectValid(doc, a);
    }
  }
}

TEST(AnalyzerTest, RandomTextKeepsInvariants) {
  const std::vector<std::string> pieces = {
      "a",       "B",      " ",      "\n",     "\n\n",   ".",
      "!",       "?",      "'",      "\"",     "-",      "@",
      "#",       "M.",     "U.S.",   "l'",     "-t-il",  "1",
      "000",     ",",      "\u2019", "\u00AB", "\u00BB", "\u2026",
      "\u00A0",  "\u0301", "\uFB01", "\u00AD", "é",      "\U0001F642",
      "http://", "www.",   ".fr",    "\xFF",   "Crédit", ":"};
  std::mt19937 rng(7);
  AnalyzedText a;
  for (int round = 0; round < 3000; ++round) {
    Document doc;
    const int n = static_cast<int>(rng() % 60);
    for (int k = 0; k < n; ++k) doc.text += pieces[rng() % pieces.size()];
    doc.language = round % 3 == 0 ? "" : (round % 3 == 1 ? "en" : "fr");
    text_test::Analyzer().Analyze(doc, &a);
    ExpectValid(doc, a);
    if (::testing::Test::HasFailure()) {
      ADD_FAILURE() << "input: " << doc.text;
      return;
    }
  }
}

TEST(AnalyzerTest, ThreadsShareOneAnalyzer) {
  const auto all = text_test::AllFixtureTexts();
  std::vector<std::string> expected;
  for (const auto& [lang, text] : all) {
    Document doc;
    expected.push_back(JoinTokens(doc, Analyze(lang, text, &doc)));
  }
  std::vector<int> mismatches(2, 0);
  std::vector<std::thread> threads;
  for (int t = 0; t < 2; ++t) {
    threads.emplace_back([&, t] {
      AnalyzedText a;
      for (int round = 0; round < 20; ++round) {
        for (size_t i = 0; i < all.size(); ++i) {
          Document doc;
          doc.language = all[i].first;
          doc.text = all[i].second;
          text_test::Analyzer().Analyze(doc, &a);
          if (JoinTokens(doc, a) != expected[i]) ++mismatches[t];
        }
      }
    });
  }
  for (std::thread& t : threads) t.join();
  EXPECT_EQ(mismatches[0] + mismatches[1], 0);
}

// The reference French article in ../shared (never copied into the repo).
TEST(AnalyzerTest, NuclearTrainArticle) {
  const std::string path =
      std::string(TOCSIN_SHARED_DIR) + "/corpus/nuclear-train-2022-10-fr.txt";
  std::ifstream in(path, std::ios::binary);
  if (!in) GTEST_SKIP() << path << ": ../shared absent";
  std::stringstream buffer;
  buffer << in.rdbuf();
  Document doc;
  doc.text = buffer.str();
  AnalyzedText a;
  text_test::Analyzer().Analyze(doc, &a);
  ExpectValid(doc, a);
  EXPECT_EQ(a.language, "fr");
  for (const Paragraph& p : a.paragraphs) EXPECT_EQ(p.language, "fr");

  int direction_mentions = 0, credits = 0, double_handles = 0;
  for (const Sentence& s : a.sentences) {
    const std::string_view text = SentenceText(doc, s);
    // No break inside "12e direction principale".
    EXPECT_FALSE(text.ends_with("12e")) << text;
    EXPECT_FALSE(text.starts_with("direction principale")) << text;
    direction_mentions +=
        text.find("12e direction principale") != std::string_view::npos;
    // None right after "Crédit :".
    EXPECT_FALSE(text.ends_with("Crédit :")) << text;
    EXPECT_FALSE(text.ends_with("Crédit")) << text;
    credits += text.find("Crédit : Twitter/@") != std::string_view::npos;
  }
  EXPECT_GE(direction_mentions, 2);
  EXPECT_EQ(credits, 2);
  for (const Token& t : a.tokens) {
    if (Surface(doc, t) == "@@rybar_fr") {
      ++double_handles;
      EXPECT_EQ(t.word_class, WordClass::kHandle);
    }
    EXPECT_NE(Surface(doc, t), "@");
  }
  EXPECT_EQ(double_handles, 1);
  std::cout << "[ INFO     ] nuclear-train article: " << a.paragraphs.size()
            << " paragraphs, " << a.sentences.size() << " sentences, "
            << a.tokens.size() << " tokens\n";
}

}  // namespace
}  // namespace tocsin
