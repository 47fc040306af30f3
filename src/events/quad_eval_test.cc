// Quad-class evaluation: the reader on lines written here, scoring on small
// hand-computed cases, and the two report renderings.
#include "events/quad_eval.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

namespace tocsin {
namespace {

// --- Reader ---

TEST(QuadRead, ParsesLinesLabelsAndQuoting) {
  auto examples = ParseQuadExamples(
      "The envoy praised the accord.\t1\r\n"
      "\n"
      "Rebels shelled the town.\t 4 \n"
      "\"He called it \"\"absurd\"\".\"\t3\n"
      "A tab\tinside\t0",  // the label is after the last tab
      "q.tsv");
  ASSERT_TRUE(examples.ok()) << examples.status().ToString();
  ASSERT_EQ(examples->size(), 4u);
  const std::vector<QuadExample>& e = *examples;
  EXPECT_EQ(e[0].sentence, "The envoy praised the accord.");
  EXPECT_EQ(e[0].label, 1);
  EXPECT_EQ(e[0].line, 1u);
  EXPECT_EQ(e[1].sentence, "Rebels shelled the town.");
  EXPECT_EQ(e[1].label, 4);
  EXPECT_EQ(e[1].line, 3u);  // blank line 2 skipped but counted
  EXPECT_EQ(e[2].sentence, "He called it \"absurd\".");
  EXPECT_EQ(e[2].label, 3);
  EXPECT_EQ(e[3].sentence, "A tab\tinside");
  EXPECT_EQ(e[3].label, 0);
  EXPECT_EQ(e[3].line, 5u);
}

TEST(QuadRead, EmptyTextGivesNoExamples) {
  auto examples = ParseQuadExamples("\n\r\n", "q.tsv");
  ASSERT_TRUE(examples.ok());
  EXPECT_TRUE(examples->empty());
}

struct BadLine {
  const char* text;
  const char* message;
};

class QuadReadErrorTest : public ::testing::TestWithParam<BadLine> {};

TEST_P(QuadReadErrorTest, NamesTheLine) {
  auto examples = ParseQuadExamples(GetParam().text, "q.tsv");
  ASSERT_FALSE(examples.ok()) << GetParam().text;
  EXPECT_EQ(examples.status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(examples.status().message(), GetParam().message);
}

INSTANTIATE_TEST_SUITE_P(
    Lines, QuadReadErrorTest,
    ::testing::Values(
        BadLine{"Fine.\t2\nNo label here\n",
                "q.tsv:2: no tab before the label"},
        BadLine{"Out of range.\t5\n", "q.tsv:1: label '5' is not 0 to 4"},
        BadLine{"Negative.\t-1\n", "q.tsv:1: label '-1' is not 0 to 4"},
        BadLine{"Two digits.\t12\n", "q.tsv:1: label '12' is not 0 to 4"},
        BadLine{"A word.\tthree\n", "q.tsv:1: label 'three' is not 0 to 4"},
        BadLine{"\n\nTrailing tab.\t\n", "q.tsv:3: label '' is not 0 to 4"},
        BadLine{"\t3\n", "q.tsv:1: empty sentence"},
        BadLine{"\"\"\t3\n", "q.tsv:1: empty sentence"}));

TEST(QuadRead, FileErrorsNameThePath) {
  EXPECT_EQ(ReadQuadExamples("/nonexistent/tocsin/q.tsv").status().code(),
            StatusCode::kNotFound);
  const std::filesystem::path path =
      std::filesystem::temp_directory_path() /
      ("quad_eval_test_" + std::to_string(::getpid()) + ".tsv");
  {
    std::ofstream out(path);
    out << "Talks resumed.\t1\nTalks resumed.\t9\n";
  }
  auto examples = ReadQuadExamples(path.string());
  std::filesystem::remove(path);
  ASSERT_FALSE(examples.ok());
  EXPECT_EQ(examples.status().message(),
            path.string() + ":2: label '9' is not 0 to 4");
}

TEST(QuadRead, ReadsConfliBertDevelopmentSet) {
  const std::string path =
      std::string(TOCSIN_SHARED_DIR) + "/eval/conflibert/cameo_class_train.tsv";
  if (!std::filesystem::exists(path))
    GTEST_SKIP() << path << ": ../shared absent";
  auto examples = ReadQuadExamples(path);
  ASSERT_TRUE(examples.ok()) << examples.status().ToString();
  EXPECT_GT(examples->size(), 1000u);
  std::array<size_t, kQuadClassCount> per_class{};
  for (const QuadExample& e : *examples) {
    ++per_class[e.label];
    EXPECT_EQ(e.sentence.find('\r'), std::string::npos) << e.line;
  }
  for (size_t n : per_class) EXPECT_GT(n, 0u);
}

// --- Scoring ---

struct ClassExpect {
  size_t gold, predicted, correct;
  double precision, recall, f1;
};

struct ScoreCase {
  const char* name;
  std::vector<int> gold, predicted;
  size_t correct, unpredicted;
  double accuracy, macro_f1;
  std::array<ClassExpect, kQuadClassCount> classes;
  std::array<std::array<size_t, kQuadClassCount + 1>, kQuadClassCount>
      confusion;
};

class ScoreQuadTest : public ::testing::TestWithParam<ScoreCase> {};

TEST_P(ScoreQuadTest, MatchesHandCount) {
  const ScoreCase& c = GetParam();
  auto score = ScoreQuad(c.gold, c.predicted);
  ASSERT_TRUE(score.ok()) << score.status().ToString();
  EXPECT_EQ(score->total, c.gold.size());
  EXPECT_EQ(score->correct, c.correct);
  EXPECT_EQ(score->unpredicted, c.unpredicted);
  EXPECT_NEAR(score->accuracy, c.accuracy, 1e-9);
  EXPECT_NEAR(score->macro_f1, c.macro_f1, 1e-9);
  for (int k = 0; k < kQuadClassCount; ++k) {
    SCOPED_TRACE(k);
    const QuadClassScore& got = score->classes[k];
    const ClassExpect& want = c.classes[k];
    EXPECT_EQ(got.gold, want.gold);
    EXPECT_EQ(got.predicted, want.predicted);
    EXPECT_EQ(got.correct, want.correct);
    EXPECT_NEAR(got.precision, want.precision, 1e-9);
    EXPECT_NEAR(got.recall, want.recall, 1e-9);
    EXPECT_NEAR(got.f1, want.f1, 1e-9);
  }
  EXPECT_EQ(score->confusion, c.confusion);
}

constexpr double kTwoThirds = 2.0 / 3.0;

INSTANTIATE_TEST_SUITE_P(
    Cases, ScoreQuadTest,
    ::testing::Values(
        // Every kind of outcome: hits, confusions, one uncoded sentence, a
        // class (2) never predicted.
        ScoreCase{"mixed",
                  {0, 0, 1, 2, 3, 4, 4},
                  {0, 1, 1, -1, 3, 4, 3},
                  4,
                  1,
                  4.0 / 7.0,
                  4 * kTwoThirds / 5,
                  {{{2, 1, 1, 1.0, 0.5, kTwoThirds},
                    {1, 2, 1, 0.5, 1.0, kTwoThirds},
                    {1, 0, 0, 0, 0, 0},
                    {1, 2, 1, 0.5, 1.0, kTwoThirds},
                    {2, 1, 1, 1.0, 0.5, kTwoThirds}}},
                  {{{1, 1, 0, 0, 0, 0},
                    {0, 1, 0, 0, 0, 0},
                    {0, 0, 0, 0, 0, 1},
                    {0, 0, 0, 1, 0, 0},
                    {0, 0, 0, 1, 1, 0}}}},
        // Absent classes count 0 in the macro average.
        ScoreCase{"perfect_one_class",
                  {2, 2},
                  {2, 2},
                  2,
                  0,
                  1.0,
                  0.2,
                  {{{0, 0, 0, 0, 0, 0},
                    {0, 0, 0, 0, 0, 0},
                    {2, 2, 2, 1, 1, 1},
                    {0, 0, 0, 0, 0, 0},
                    {0, 0, 0, 0, 0, 0}}},
                  {{{0, 0, 0, 0, 0, 0},
                    {0, 0, 0, 0, 0, 0},
                    {0, 0, 2, 0, 0, 0},
                    {0, 0, 0, 0, 0, 0},
                    {0, 0, 0, 0, 0, 0}}}},
        ScoreCase{"nothing_coded",
                  {0, 3},
                  {-1, -1},
                  0,
                  2,
                  0.0,
                  0.0,
                  {{{1, 0, 0, 0, 0, 0},
                    {0, 0, 0, 0, 0, 0},
                    {0, 0, 0, 0, 0, 0},
                    {1, 0, 0, 0, 0, 0},
                    {0, 0, 0, 0, 0, 0}}},
                  {{{0, 0, 0, 0, 0, 1},
                    {0, 0, 0, 0, 0, 0},
                    {0, 0, 0, 0, 0, 0},
                    {0, 0, 0, 0, 0, 1},
                    {0, 0, 0, 0, 0, 0}}}},
        ScoreCase{"empty", {}, {}, 0, 0, 0.0, 0.0, {}, {}}),
    [](const auto& info) { return std::string(info.param.name); });

struct BadScore {
  std::vector<int> gold, predicted;
  const char* message;
};

class ScoreQuadErrorTest : public ::testing::TestWithParam<BadScore> {};

TEST_P(ScoreQuadErrorTest, Rejects) {
  auto score = ScoreQuad(GetParam().gold, GetParam().predicted);
  ASSERT_FALSE(score.ok());
  EXPECT_EQ(score.status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(score.status().message(), GetParam().message);
}

INSTANTIATE_TEST_SUITE_P(
    Inputs, ScoreQuadErrorTest,
    ::testing::Values(
        BadScore{{0, 1}, {0}, "2 gold labels but 1 predictions"},
        BadScore{{0, 5}, {0, 1}, "gold label 5 at index 1 is not 0 to 4"},
        BadScore{{-1}, {0}, "gold label -1 at index 0 is not 0 to 4"},
        BadScore{{0, 1}, {0, 5}, "prediction 5 at index 1 is not -1 to 4"},
        BadScore{{3}, {-2}, "prediction -2 at index 0 is not -1 to 4"}));

// --- Reports ---

QuadScore MixedScore() {
  const std::vector<int> gold = {0, 0, 1, 2, 3, 4, 4};
  const std::vector<int> predicted = {0, 1, 1, -1, 3, 4, 3};
  return ScoreQuad(gold, predicted).value();
}

TEST(QuadReport, TextHasSummaryTableAndConfusion) {
  const std::string text = QuadReportText(MixedScore());
  for (const char* line :
       {"quad classes: 7 sentences, 6 coded (85.7%), accuracy 0.571, "
        "macro-F1 0.533\n",
        "0 statement/appeal            2      1       1     1.000   "
        "0.500   0.667\n",
        "2 material cooperation        1      0       0     0.000   "
        "0.000   0.000\n",
        "gold           0      1      2      3      4   none\n",
        "2              0      0      0      0      0      1\n",
        "4              0      0      0      1      1      0\n"}) {
    EXPECT_NE(text.find(line), std::string::npos) << line << "\nin\n" << text;
  }
}

TEST(QuadReport, JsonCarriesEveryFigure) {
  const nlohmann::json j = nlohmann::json::parse(QuadReportJson(MixedScore()));
  EXPECT_EQ(j["total"], 7);
  EXPECT_EQ(j["correct"], 4);
  EXPECT_EQ(j["unpredicted"], 1);
  EXPECT_NEAR(j["accuracy"].get<double>(), 4.0 / 7.0, 1e-12);
  EXPECT_NEAR(j["macro_f1"].get<double>(), 8.0 / 15.0, 1e-12);
  ASSERT_EQ(j["classes"].size(), 5u);
  EXPECT_EQ(j["classes"][1]["name"], "verbal cooperation");
  EXPECT_EQ(j["classes"][1]["predicted"], 2);
  EXPECT_NEAR(j["classes"][1]["precision"].get<double>(), 0.5, 1e-12);
  EXPECT_EQ(j["confusion"]["columns"].back(), "none");
  EXPECT_EQ(j["confusion"]["rows"][2],
            nlohmann::json::parse("[0, 0, 0, 0, 0, 1]"));
  EXPECT_EQ(QuadReportJson(MixedScore(), -1).find('\n'), std::string::npos);
}

TEST(QuadClassName, NamesEachClass) {
  EXPECT_EQ(QuadClassName(0), "statement/appeal");
  EXPECT_EQ(QuadClassName(4), "material conflict");
  EXPECT_EQ(QuadClassName(-1), "");
  EXPECT_EQ(QuadClassName(5), "");
}

}  // namespace
}  // namespace tocsin
