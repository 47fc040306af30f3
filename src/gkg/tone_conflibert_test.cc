// Issue 6, check 3: on ConfliBERT's CAMEO quad-class sentences
// (../shared/eval/conflibert/cameo_class_train.tsv), tone separates
// conflict (classes 3-4) from cooperation (1-2). Prints both means and the
// AUC (Mann-Whitney: the chance that a cooperation sentence has the higher
// tone, ties counting 1/2); the AUC must be at least 0.70.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <iostream>

#include "events/quad_eval.h"
#include "gkg/tone.h"
#include "tocsin/pipeline.h"
#include "util/paths.h"

namespace tocsin {
namespace {

// The AUC of `high` scoring above `low`, ties 1/2, by ranks (O(n log n)).
double MannWhitneyAuc(const std::vector<double>& high,
                      const std::vector<double>& low) {
  std::vector<std::pair<double, bool>> all;  // value, is_high
  for (double v : high) all.emplace_back(v, true);
  for (double v : low) all.emplace_back(v, false);
  std::sort(all.begin(), all.end());
  double rank_sum = 0;  // of `high`, ranks 1-based, ties averaged
  for (size_t i = 0; i < all.size();) {
    size_t j = i;
    size_t highs = 0;
    while (j < all.size() && all[j].first == all[i].first) {
      highs += all[j].second;
      ++j;
    }
    rank_sum += highs * (i + 1 + j) / 2.0;
    i = j;
  }
  const double n = high.size(), m = low.size();
  return (rank_sum - n * (n + 1) / 2) / (n * m);
}

TEST(ToneAuc, MannWhitneyCountsTiesHalf) {
  EXPECT_DOUBLE_EQ(MannWhitneyAuc({3, 4}, {1, 2}), 1.0);
  EXPECT_DOUBLE_EQ(MannWhitneyAuc({1, 2}, {3, 4}), 0.0);
  EXPECT_DOUBLE_EQ(MannWhitneyAuc({0, 0}, {0, 0}), 0.5);
  EXPECT_DOUBLE_EQ(MannWhitneyAuc({1, 0}, {0}), 0.75);
}

double Mean(const std::vector<double>& v) {
  double sum = 0;
  for (double x : v) sum += x;
  return v.empty() ? 0 : sum / v.size();
}

TEST(ToneConfliBert, SeparatesConflictFromCooperation) {
  const std::string path =
      std::string(TOCSIN_SHARED_DIR) + "/eval/conflibert/cameo_class_train.tsv";
  if (!std::filesystem::exists(path)) {
    GTEST_SKIP() << "skipped: " << path << " absent (../shared absent)";
  }
  auto examples = ReadQuadExamples(path);
  ASSERT_TRUE(examples.ok()) << examples.status().ToString();
  PipelineOptions options;
  options.actors = false;  // the front end is all tone needs
  auto pipeline = Pipeline::Create(options);
  ASSERT_TRUE(pipeline.ok()) << pipeline.status().ToString();
  auto scorer = ToneScorer::Load(DataDir(), DictDir());
  ASSERT_TRUE(scorer.ok()) << scorer.status().ToString();

  std::vector<double> cooperation, conflict;
  size_t toned = 0, tokens = 0;
  AnalyzedText text;
  Tone tone;
  std::vector<Tone> sentences;
  std::chrono::nanoseconds scoring{0};
  for (const QuadExample& e : *examples) {
    if (e.label == 0) continue;  // statements and appeals are neither
    Document doc;
    doc.id = std::to_string(e.line);
    doc.text = e.sentence;
    doc.language = "en";
    (*pipeline)->Analyze(doc, &text);
    const auto start = std::chrono::steady_clock::now();
    (*scorer)->Score(text, &tone, &sentences);
    scoring += std::chrono::steady_clock::now() - start;
    tokens += text.tokens.size();
    toned += tone.polarity > 0;
    (e.label <= 2 ? cooperation : conflict).push_back(tone.tone);
  }
  ASSERT_FALSE(cooperation.empty());
  ASSERT_FALSE(conflict.empty());
  const double auc = MannWhitneyAuc(cooperation, conflict);
  std::cout << "ConfliBERT quad classes: cooperation (1-2) n="
            << cooperation.size() << " mean tone " << Mean(cooperation)
            << "; conflict (3-4) n=" << conflict.size() << " mean tone "
            << Mean(conflict) << "; AUC " << auc << "; " << toned << " of "
            << cooperation.size() + conflict.size()
            << " sentences carry tone; scoring "
            << tokens * 1e3 / std::max<int64_t>(1, scoring.count())
            << " M tokens/s\n";
  EXPECT_GT(Mean(cooperation), Mean(conflict));
  EXPECT_GE(auc, 0.70);
}

}  // namespace
}  // namespace tocsin
