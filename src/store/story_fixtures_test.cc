// Story clustering on the articles of testdata/stories/ (written for these
// tests): wire copies with other headlines, bylines and footers, light
// rewrites, distinct reports on one topic, and an English article with its
// French translation. expected.tsv gives each file's story; clustering must
// reproduce that partition exactly, in either input order, and a slow
// reference (exact Jaccard over shingle sets of folded words) checks both
// the fixtures and the MinHash estimate.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <functional>
#include <map>
#include <memory>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "dict/fold.h"
#include "store/story.h"
#include "text/analyzer.h"

namespace tocsin {
namespace {

struct ClusteredArticle {
  std::string file, story;
  AnalyzedText text;
  StorySignature signature;
  std::set<std::string> shingles;  // the reference's
};

// The reference: shingles as strings of folded words, punctuation skipped.
std::set<std::string> ReferenceShingles(const AnalyzedText& text) {
  std::vector<std::string> words;
  for (const Token& t : text.tokens) {
    if (t.word_class == WordClass::kPunctuation ||
        t.word_class == WordClass::kSymbol) {
      continue;
    }
    words.push_back(FoldString(text.Normalized(t)));
  }
  std::set<std::string> shingles;
  for (size_t i = 0; i + kStoryShingleWords <= words.size(); ++i) {
    std::string s;
    for (int j = 0; j < kStoryShingleWords; ++j) s += words[i + j] + '\x1f';
    shingles.insert(s);
  }
  return shingles;
}

size_t Common(const ClusteredArticle& a, const ClusteredArticle& b) {
  if (a.text.language != b.text.language) return 0;
  size_t common = 0;
  for (const std::string& s : a.shingles) common += b.shingles.count(s);
  return common;
}

double ExactJaccard(const ClusteredArticle& a, const ClusteredArticle& b) {
  const size_t common = Common(a, b);
  return static_cast<double>(common) /
         (a.shingles.size() + b.shingles.size() - common);
}

// Share of the smaller set found in the other.
double ExactContainment(const ClusteredArticle& a, const ClusteredArticle& b) {
  return static_cast<double>(Common(a, b)) /
         std::min(a.shingles.size(), b.shingles.size());
}

class StoryFixturesTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    TextAnalyzerOptions options;
    options.dict_dir = std::string(TOCSIN_SOURCE_DIR) + "/dict";
    auto analyzer = TextAnalyzer::Create(options);
    ASSERT_TRUE(analyzer.ok()) << analyzer.status().ToString();
    articles_ = new std::vector<ClusteredArticle>();
    for (const store_test::StoryFixture& f : store_test::ReadStoryFixtures()) {
      ClusteredArticle a;
      a.file = f.file;
      a.story = f.story;
      Document doc;
      doc.language = f.language;
      doc.text = f.text;
      (*analyzer)->Analyze(doc, &a.text);
      a.signature = ComputeStorySignature(a.text);
      a.shingles = ReferenceShingles(a.text);
      articles_->push_back(std::move(a));
    }
  }
  static void TearDownTestSuite() {
    delete articles_;
    articles_ = nullptr;
  }

  // The story of each article, clustering them in `order` into *index.
  static std::vector<int64_t> Cluster(const std::vector<size_t>& order,
                                      StoryIndex* index) {
    std::vector<int64_t> story(articles_->size());
    for (size_t i : order) {
      story[i] =
          index->Assign(static_cast<int64_t>(i), (*articles_)[i].signature);
    }
    return story;
  }

  // Pairs of articles put in one story: rightly (tp), wrongly (fp), and
  // pairs of one story put apart (fn). Prints them with pair precision and
  // recall, and each wrong pair.
  struct PairCounts {
    int tp = 0, fp = 0, fn = 0;
  };
  static PairCounts ComparePairs(const std::vector<int64_t>& story,
                                 const char* what) {
    const auto& arts = *articles_;
    PairCounts n;
    for (size_t i = 0; i < arts.size(); ++i) {
      for (size_t j = i + 1; j < arts.size(); ++j) {
        const bool got = story[i] == story[j];
        const bool want = arts[i].story == arts[j].story;
        n.tp += got && want;
        n.fp += got && !want;
        n.fn += !got && want;
        if (got != want) {
          std::printf("  %s: %s and %s %s\n", what, arts[i].file.c_str(),
                      arts[j].file.c_str(), want ? "split" : "merged");
        }
      }
    }
    const std::set<int64_t> stories(story.begin(), story.end());
    std::set<std::string> labels;
    for (const ClusteredArticle& a : arts) labels.insert(a.story);
    std::printf(
        "%s: %zu articles, %zu stories (expected %zu), pair precision %.3f, "
        "recall %.3f (%d/%d/%d tp/fp/fn)\n",
        what, arts.size(), stories.size(), labels.size(),
        n.tp + n.fp == 0 ? 1.0 : static_cast<double>(n.tp) / (n.tp + n.fp),
        n.tp + n.fn == 0 ? 1.0 : static_cast<double>(n.tp) / (n.tp + n.fn),
        n.tp, n.fp, n.fn);
    return n;
  }

  static std::vector<ClusteredArticle>* articles_;
};

std::vector<ClusteredArticle>* StoryFixturesTest::articles_ = nullptr;

TEST_F(StoryFixturesTest, AtLeastThirtyArticlesInTwoLanguages) {
  std::map<std::string, int> by_language;
  for (const ClusteredArticle& a : *articles_) ++by_language[a.text.language];
  EXPECT_GE(articles_->size(), 30u);
  EXPECT_GE(by_language["en"], 10);
  EXPECT_GE(by_language["fr"], 10);
  for (const ClusteredArticle& a : *articles_) {
    EXPECT_GE(a.signature.shingles, kStoryMinShingles) << a.file;
  }
}

// Publication order: the expected partition exactly, and NumArticles.
TEST_F(StoryFixturesTest, ClustersIntoTheExpectedStories) {
  std::vector<size_t> order(articles_->size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  StoryIndex index;
  const std::vector<int64_t> story = Cluster(order, &index);
  const PairCounts n = ComparePairs(story, "in file order");
  EXPECT_EQ(n.fp, 0);
  EXPECT_EQ(n.fn, 0);
  for (size_t i = 0; i < story.size(); ++i) {
    const ClusteredArticle& a = (*articles_)[i];
    const auto expected = std::count_if(
        articles_->begin(), articles_->end(),
        [&a](const ClusteredArticle& b) { return b.story == a.story; });
    EXPECT_EQ(index.NumArticles(story[i]), expected) << a.file;
  }
}

// Single link depends on order: a rewrite seen before the copies that link
// it to them may start a story of its own. It must never merge stories.
TEST_F(StoryFixturesTest, ReverseOrderNeverMerges) {
  std::vector<size_t> order(articles_->size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = order.size() - 1 - i;
  StoryIndex index;
  EXPECT_EQ(ComparePairs(Cluster(order, &index), "in reverse order").fp, 0);
}

// The fixtures themselves, through the slow reference: linking every pair
// whose exact resemblance or containment reaches the thresholds, the
// connected components are the expected stories. Prints the margins.
TEST_F(StoryFixturesTest, ExactReferenceSeparatesTheStories) {
  const auto& arts = *articles_;
  const StoryOptions options;
  std::vector<size_t> component(arts.size());
  for (size_t i = 0; i < arts.size(); ++i) component[i] = i;
  std::function<size_t(size_t)> find = [&](size_t i) {
    return component[i] == i ? i : component[i] = find(component[i]);
  };
  double max_j = 0, max_c = 0;
  std::string max_j_pair, max_c_pair;
  for (size_t i = 0; i < arts.size(); ++i) {
    double best_j = -1, best_c = -1;
    for (size_t j = 0; j < arts.size(); ++j) {
      if (i == j) continue;
      const double jac = ExactJaccard(arts[i], arts[j]);
      const double con = ExactContainment(arts[i], arts[j]);
      if (jac >= options.similarity || con >= options.containment) {
        component[find(i)] = find(j);
      }
      if (arts[i].story == arts[j].story) {
        best_j = std::max(best_j, jac);
        best_c = std::max(best_c, con);
      } else {
        if (jac > max_j)
          max_j = jac, max_j_pair = arts[i].file + " ~ " + arts[j].file;
        if (con > max_c)
          max_c = con, max_c_pair = arts[i].file + " ~ " + arts[j].file;
      }
    }
    if (best_j >= 0) {
      std::printf(
          "  %-26s %-30s best in story: resemblance %.3f, "
          "containment %.3f\n",
          arts[i].file.c_str(), arts[i].story.c_str(), best_j, best_c);
    }
  }
  std::printf(
      "exact, across stories: highest resemblance %.3f (%s), containment "
      "%.3f (%s)\n",
      max_j, max_j_pair.c_str(), max_c, max_c_pair.c_str());
  for (size_t i = 0; i < arts.size(); ++i) {
    for (size_t j = i + 1; j < arts.size(); ++j) {
      EXPECT_EQ(find(i) == find(j), arts[i].story == arts[j].story)
          << arts[i].file << " ~ " << arts[j].file;
    }
  }
}

// The MinHash estimates against the exact values, on every pair: at 120
// bins the resemblance's standard error is at most 0.046, so 0.15 is beyond
// 3 sigma and a failure means the hashing is broken, not unlucky.
// Containment rests on fewer bins (those of the shorter text), so gets 0.25.
TEST_F(StoryFixturesTest, EstimatesStayNearExactValues) {
  const auto& arts = *articles_;
  double worst_j = 0, sum_j = 0, worst_c = 0, sum_c = 0;
  int pairs = 0;
  for (size_t i = 0; i < arts.size(); ++i) {
    for (size_t j = i + 1; j < arts.size(); ++j) {
      const double jac = ExactJaccard(arts[i], arts[j]);
      const double con = ExactContainment(arts[i], arts[j]);
      const double est_j =
          EstimatedSimilarity(arts[i].signature, arts[j].signature);
      const double est_c =
          EstimatedContainment(arts[i].signature, arts[j].signature);
      EXPECT_NEAR(est_j, jac, 0.15) << arts[i].file << " ~ " << arts[j].file;
      EXPECT_NEAR(est_c, con, 0.25) << arts[i].file << " ~ " << arts[j].file;
      worst_j = std::max(worst_j, std::abs(est_j - jac));
      worst_c = std::max(worst_c, std::abs(est_c - con));
      sum_j += std::abs(est_j - jac);
      sum_c += std::abs(est_c - con);
      ++pairs;
    }
  }
  std::printf(
      "estimate vs exact, %d pairs: resemblance mean |error| %.4f, worst "
      "%.3f; containment mean |error| %.4f, worst %.3f\n",
      pairs, sum_j / pairs, worst_j, sum_c / pairs, worst_c);
}

TEST_F(StoryFixturesTest, TranslationStaysApart) {
  const ClusteredArticle* en = nullptr;
  const ClusteredArticle* fr = nullptr;
  for (const ClusteredArticle& a : *articles_) {
    if (a.file == "en_g1_afp.txt") en = &a;
    if (a.file == "fr_l1_afp.txt") fr = &a;
  }
  ASSERT_TRUE(en != nullptr && fr != nullptr);
  EXPECT_EQ(EstimatedSimilarity(en->signature, fr->signature), 0.0);
  const std::vector<uint64_t> ken = StoryBandKeys(en->signature);
  const std::vector<uint64_t> kfr = StoryBandKeys(fr->signature);
  for (uint64_t k : ken) EXPECT_EQ(std::count(kfr.begin(), kfr.end(), k), 0);
}

}  // namespace
}  // namespace tocsin
