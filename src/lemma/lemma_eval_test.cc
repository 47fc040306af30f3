#include "lemma/lemma_eval.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "util/paths.h"

namespace tocsin {
namespace {

TEST(LemmaEvalTest, GoldTextGetsTokenizerFlagsAndClasses) {
  ConlluSentence s;
  for (const char* w :
       {"L'", "ONU", "a", "tué", "12", "soldats", "-t-il", "€", "."}) {
    ConlluWord word;
    word.form = w;
    s.words.push_back(word);
  }
  AnalyzedText t;
  BuildGoldText(s, "fr", &t);
  EXPECT_EQ(t.normalized, "L' ONU a tué 12 soldats -t-il € .");
  ASSERT_EQ(t.tokens.size(), 9u);
  EXPECT_EQ(t.Normalized(t.tokens[3]), "tué");
  EXPECT_TRUE(t.tokens[0].flags & kTokenElided);
  EXPECT_TRUE(t.tokens[0].flags & kTokenCapitalized);
  EXPECT_FALSE(t.tokens[0].flags & kTokenSpaceBefore);
  EXPECT_TRUE(t.tokens[1].flags & kTokenAllCaps);
  EXPECT_TRUE(t.tokens[1].flags & kTokenSpaceBefore);
  EXPECT_FALSE(t.tokens[2].flags & kTokenCapitalized);
  EXPECT_TRUE(t.tokens[6].flags & kTokenClitic);
  EXPECT_EQ(t.tokens[4].word_class, WordClass::kNumeral);
  EXPECT_EQ(t.tokens[7].word_class, WordClass::kSymbol);
  EXPECT_EQ(t.tokens[8].word_class, WordClass::kPunctuation);
  EXPECT_EQ(t.tokens[3].word_class, WordClass::kUnknown);
  ASSERT_EQ(t.sentences.size(), 1u);
  EXPECT_EQ(t.sentences[0].end_token, 9u);
}

TEST(LemmaEvalTest, CountsAndConfusionsOnAFileWeWrote) {
  const std::string path = ::testing::TempDir() + "/lemma_eval_small.conllu";
  {
    std::ofstream out(path);
    // Gold lemmas written for this test; "chats" is deliberately wrong in
    // the gold so one error is expected.
    out << "1\tLes\tle\tDET\t_\t_\t2\tdet\t_\t_\n"
           "2\ttroupes\ttroupe\tNOUN\t_\t_\t3\tnsubj\t_\t_\n"
           "3\tont\tavoir\tAUX\t_\t_\t4\taux\t_\t_\n"
           "4\tavancé\tavancer\tVERB\t_\t_\t0\troot\t_\t_\n"
           "5\t.\t.\tPUNCT\t_\t_\t4\tpunct\t_\t_\n\n"
           "1\tIls\teux\tPRON\t_\t_\t2\tnsubj\t_\t_\n"
           "2\tmenacent\tmenacer\tVERB\t_\t_\t0\troot\t_\t_\n"
           "3\tles\tle\tDET\t_\t_\t4\tdet\t_\t_\n"
           "4\tchats\tchien\tNOUN\t_\t_\t2\tobj\t_\t_\n\n";
  }
  auto lemmatizer = Lemmatizer::Open(DataDir());
  ASSERT_TRUE(lemmatizer.ok()) << lemmatizer.status().ToString();
  auto r = EvaluateLemmas(path, "fr", **lemmatizer);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->sentences, 2u);
  EXPECT_EQ(r->tokens, 9u);
  EXPECT_EQ(r->correct, 8u);
  EXPECT_EQ(r->verb_tokens, 2u);
  EXPECT_EQ(r->verb_correct, 2u);
  EXPECT_EQ(r->by_upos["NOUN"].tokens, 2u);
  EXPECT_EQ(r->by_upos["NOUN"].correct, 1u);
  ASSERT_EQ(r->top_confusions.size(), 1u);
  EXPECT_EQ(r->top_confusions[0].form, "chats");
  EXPECT_EQ(r->top_confusions[0].predicted_lemma, "chat");
  EXPECT_NE(FormatLemmaEval(*r).find("chats  chien -> chat"),
            std::string::npos);
  std::filesystem::remove(path);
}

TEST(LemmaEvalTest, MissingFileIsNotFound) {
  auto lemmatizer = Lemmatizer::Open(DataDir());
  ASSERT_TRUE(lemmatizer.ok());
  auto r = EvaluateLemmas("/nonexistent/x.conllu", "fr", **lemmatizer);
  EXPECT_EQ(r.status().code(), StatusCode::kNotFound);
}

// The targets on UD French-Sequoia's test set: VERB lemmas >= 95 %, all
// syntactic words >= 93 %.
TEST(LemmaEvalTest, SequoiaTargets) {
  const std::string path =
      std::string(TOCSIN_SHARED_DIR) + "/eval/ud-fr/fr_sequoia-ud-test.conllu";
  if (!std::filesystem::exists(path)) {
    GTEST_SKIP() << path << ": ../shared absent";
  }
  auto lemmatizer = Lemmatizer::Open(DataDir());
  ASSERT_TRUE(lemmatizer.ok()) << lemmatizer.status().ToString();
  auto r = EvaluateLemmas(path, "fr", **lemmatizer);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  std::cout << FormatLemmaEval(*r, 10);
  EXPECT_GT(r->tokens, 9000u);
  EXPECT_GE(r->VerbAccuracy(), 0.95);
  EXPECT_GE(r->Accuracy(), 0.93);
}

}  // namespace
}  // namespace tocsin
