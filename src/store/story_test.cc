// Unit tests of story signatures: the MinHash estimate against exact
// Jaccard on synthetic word sets, folding and punctuation, short texts,
// ChooseStory's decision table, serialisation, and pinned values that catch
// a change of the hash family (which must bump kStorySignatureVersion).
#include "store/story.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <set>
#include <string>
#include <vector>

#include "text/token_keys.h"

namespace tocsin {
namespace {

// A text of space-separated words, one token each; a token of
// punctuation characters is marked as punctuation.
AnalyzedText WordsText(const std::vector<std::string>& words,
                       const std::string& language = "en") {
  AnalyzedText text;
  text.language = language;
  for (const std::string& w : words) {
    Token t;
    t.norm_begin = static_cast<uint32_t>(text.normalized.size());
    text.normalized += w;
    t.norm_end = static_cast<uint32_t>(text.normalized.size());
    text.normalized += ' ';
    if (w.find_first_not_of(",.;:!?\"'()-") == std::string::npos) {
      t.word_class = WordClass::kPunctuation;
    }
    text.tokens.push_back(t);
  }
  return text;
}

std::vector<std::string> Numbered(int first, int count) {
  std::vector<std::string> words;
  for (int i = first; i < first + count; ++i) {
    words.push_back("w" + std::to_string(i));
  }
  return words;
}

// Exact Jaccard of the 5-word shingle sets of two word lists (no
// punctuation), the obvious way.
double ExactJaccard(const std::vector<std::string>& a,
                    const std::vector<std::string>& b) {
  auto shingles = [](const std::vector<std::string>& w) {
    std::set<std::string> out;
    for (size_t i = 0; i + kStoryShingleWords <= w.size(); ++i) {
      std::string s;
      for (int j = 0; j < kStoryShingleWords; ++j) s += w[i + j] + " ";
      out.insert(s);
    }
    return out;
  };
  const std::set<std::string> sa = shingles(a), sb = shingles(b);
  size_t common = 0;
  for (const std::string& s : sa) common += sb.count(s);
  return static_cast<double>(common) / (sa.size() + sb.size() - common);
}

// Pairs of sequences sharing a run of words: the estimate must be unbiased
// and its error near the binomial sqrt(J(1-J)/k) of an ideal MinHash.
TEST(StorySignatureTest, EstimateTracksExactJaccardOnSyntheticSets) {
  double sum_error = 0, sum_squared = 0, sum_variance = 0;
  int pairs = 0;
  for (int shared = 0; shared <= 300; shared += 10) {
    for (int trial = 0; trial < 8; ++trial) {
      const int base = 100000 * (trial + 1) + 1000 * shared;
      std::vector<std::string> a = Numbered(base, 300);
      std::vector<std::string> b = Numbered(base + 300 - shared, 300);
      const double exact = ExactJaccard(a, b);
      const double estimate =
          EstimatedSimilarity(ComputeStorySignature(WordsText(a)),
                              ComputeStorySignature(WordsText(b)));
      sum_error += estimate - exact;
      sum_squared += (estimate - exact) * (estimate - exact);
      sum_variance += exact * (1 - exact) / kStoryHashes;
      ++pairs;
    }
  }
  const double bias = sum_error / pairs;
  const double rmse = std::sqrt(sum_squared / pairs);
  const double ideal = std::sqrt(sum_variance / pairs);
  std::printf("synthetic: %d pairs, bias %+.4f, rmse %.4f (ideal %.4f)\n",
              pairs, bias, rmse, ideal);
  EXPECT_LT(std::abs(bias), 0.01);
  EXPECT_LT(rmse, 1.3 * ideal);
}

// Exact share of the shorter list's shingles found in the other.
double ExactContainment(const std::vector<std::string>& a,
                        const std::vector<std::string>& b) {
  const double j = ExactJaccard(a, b);
  // |A n B| = J |A u B| and |A| + |B| = |A u B| + |A n B|, shingles being
  // distinct in these word lists.
  const double sa = a.size() - kStoryShingleWords + 1.0;
  const double sb = b.size() - kStoryShingleWords + 1.0;
  return j * (sa + sb) / (1 + j) / std::min(sa, sb);
}

// A shorter text cut from a longer one, with some of its words changed:
// the containment estimate must be unbiased and near its binomial error.
TEST(StorySignatureTest, ContainmentTracksExactOnSyntheticSets) {
  double sum_error = 0, sum_squared = 0;
  int pairs = 0;
  for (int length = 60; length <= 200; length += 20) {
    for (int changed = 0; changed <= 8; changed += 2) {
      for (int trial = 0; trial < 4; ++trial) {
        const int base = 1000000 * (trial + 1) + 10000 * length + 100 * changed;
        const std::vector<std::string> full = Numbered(base, 300);
        std::vector<std::string> cut(full.begin() + 50,
                                     full.begin() + 50 + length);
        for (int c = 0; c < changed; ++c) {
          cut[(c * 37 + trial * 11) % length] = "x" + std::to_string(base + c);
        }
        const double exact = ExactContainment(cut, full);
        const double estimate =
            EstimatedContainment(ComputeStorySignature(WordsText(cut)),
                                 ComputeStorySignature(WordsText(full)));
        sum_error += estimate - exact;
        sum_squared += (estimate - exact) * (estimate - exact);
        ++pairs;
      }
    }
  }
  const double bias = sum_error / pairs;
  const double rmse = std::sqrt(sum_squared / pairs);
  std::printf("synthetic containment: %d pairs, bias %+.4f, rmse %.4f\n", pairs,
              bias, rmse);
  EXPECT_LT(std::abs(bias), 0.02);
  EXPECT_LT(rmse, 0.08);
}

TEST(StorySignatureTest, IdenticalTextsMatchExactly) {
  const auto a = ComputeStorySignature(WordsText(Numbered(0, 50)));
  EXPECT_EQ(a.shingles, 46u);
  EXPECT_EQ(EstimatedSimilarity(a, a), 1.0);
}

TEST(StorySignatureTest, CaseAccentsAndPunctuationDoNotMatter) {
  const auto a = ComputeStorySignature(
      WordsText({"Le", "président", "a", "déclaré", "mardi", "que", "l'Élysée",
                 "ne", "commenterait", "pas"},
                "fr"));
  const auto b = ComputeStorySignature(
      WordsText({"LE", "PRESIDENT", "a", ",", "declare", "\"", "mardi", "que",
                 "l'elysee", "ne", "commenterait", "pas", "."},
                "fr"));
  EXPECT_EQ(a, b);
}

TEST(StorySignatureTest, WordOrderMatters) {
  std::vector<std::string> words = Numbered(0, 30);
  const auto a = ComputeStorySignature(WordsText(words));
  std::swap(words[10], words[20]);
  const auto b = ComputeStorySignature(WordsText(words));
  EXPECT_LT(EstimatedSimilarity(a, b), 0.9);
}

TEST(StorySignatureTest, FormKeysGiveTheSameSignatureAsFolding) {
  AnalyzedText text = WordsText({"Shells", "hit", "the", "Market", "in",
                                 "Velisk", "on", "Tuesday", "morning"});
  const auto folded = ComputeStorySignature(text);
  ComputeTokenKeys(&text);
  EXPECT_EQ(ComputeStorySignature(text), folded);
}

TEST(StorySignatureTest, LanguagesNeverMatch) {
  const std::vector<std::string> words = Numbered(0, 40);
  const auto en = ComputeStorySignature(WordsText(words, "en"));
  const auto fr = ComputeStorySignature(WordsText(words, "fr"));
  EXPECT_EQ(en.mins, fr.mins);
  EXPECT_EQ(EstimatedSimilarity(en, fr), 0.0);
  const std::vector<uint64_t> ken = StoryBandKeys(en), kfr = StoryBandKeys(fr);
  for (uint64_t k : ken) EXPECT_EQ(std::count(kfr.begin(), kfr.end(), k), 0);
}

TEST(StorySignatureTest, ShortAndEmptyTexts) {
  struct Case {
    int words;
    uint32_t shingles;
    size_t band_keys;
  };
  const Case cases[] = {
      {0, 0, 0}, {1, 1, 0},   {4, 1, 0},
      {5, 1, 0}, {23, 19, 0}, {24, kStoryMinShingles, kStoryBands},
  };
  for (const Case& c : cases) {
    const auto sig = ComputeStorySignature(WordsText(Numbered(0, c.words)));
    EXPECT_EQ(sig.shingles, c.shingles) << c.words << " words";
    EXPECT_EQ(StoryBandKeys(sig).size(), c.band_keys) << c.words << " words";
  }
  const StorySignature empty = ComputeStorySignature(WordsText({}));
  EXPECT_EQ(EstimatedSimilarity(empty, empty), 0.0);
  // A text with an unusable language tag is signed as "und".
  EXPECT_EQ(ComputeStorySignature(WordsText({"a"}, "e n")).language, "und");
}

// Pinned: these change only if the shingles, the seed, the hash family or
// FoldKey change, and then stored signatures are stale.
TEST(StorySignatureTest, PinnedValues) {
  const auto sig = ComputeStorySignature(
      WordsText({"Artillery", "shells", "struck", "a", "market", "in", "Velisk",
                 "on", "Tuesday", "morning", ",", "officials", "said", "."}));
  EXPECT_EQ(kStorySignatureVersion, 1);
  EXPECT_EQ(sig.shingles, 8u);
  EXPECT_EQ(sig.mins[0], 2433713813u);
  EXPECT_EQ(sig.mins[1], 2433713813u);
  EXPECT_EQ(sig.mins[119], 2652312146u);
  const auto keys =
      StoryBandKeys(ComputeStorySignature(WordsText(Numbered(0, 30), "fr")));
  ASSERT_EQ(keys.size(), static_cast<size_t>(kStoryBands));
  EXPECT_EQ(keys[0], 3186362702090456569u);
}

TEST(ChooseStoryTest, DecisionTable) {
  struct Case {
    const char* name;
    std::vector<StoryCandidate> candidates;  // story, similarity, containment
    int64_t want;
  };
  const Case cases[] = {
      {"none", {}, kNewStory},
      {"below both", {{3, 0.49, 0.79}, {4, 0.2, 0.3}}, kNewStory},
      {"similarity at threshold", {{3, 0.5, 0.6}}, 3},
      {"containment at threshold", {{3, 0.3, 0.8}}, 3},
      {"best similarity wins", {{3, 0.6, 0.7}, {9, 0.8, 0.8}, {4, 0.7, 1}}, 9},
      {"contained, lower similarity", {{3, 0.35, 0.95}, {4, 0.55, 0.7}}, 4},
      {"tie: higher containment", {{3, 0.7, 0.8}, {9, 0.7, 0.9}}, 9},
      {"tie: smaller id", {{9, 0.7, 0.8}, {3, 0.7, 0.8}, {5, 0.6, 1}}, 3},
      {"tie, other order", {{3, 0.7, 0.8}, {9, 0.7, 0.8}}, 3},
      {"same story twice", {{7, 0.9, 0.9}, {7, 0.55, 0.6}}, 7},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(ChooseStory(c.candidates, StoryOptions()), c.want) << c.name;
  }
  const StoryCandidate loose[] = {{3, 0.35, 0.6}};
  EXPECT_EQ(ChooseStory(loose, {.similarity = 0.3, .containment = 1.0}), 3);
}

// A copy cut after its first paragraphs: low resemblance, high containment.
TEST(StorySignatureTest, TruncatedCopyIsContained) {
  const std::vector<std::string> full = Numbered(0, 300);
  const std::vector<std::string> cut(full.begin(), full.begin() + 100);
  const auto a = ComputeStorySignature(WordsText(full));
  const auto b = ComputeStorySignature(WordsText(cut));
  EXPECT_NEAR(EstimatedSimilarity(a, b), ExactJaccard(full, cut), 0.12);
  EXPECT_LT(EstimatedSimilarity(a, b), 0.5);
  EXPECT_GT(EstimatedContainment(a, b), 0.8);
  EXPECT_EQ(EstimatedContainment(a, b), EstimatedContainment(b, a));
  const auto other = ComputeStorySignature(WordsText(Numbered(5000, 100)));
  EXPECT_LT(EstimatedContainment(a, other), 0.1);
  StoryIndex index;
  EXPECT_EQ(index.Assign(1, a), 1);
  EXPECT_EQ(index.Assign(2, b), 1);
  EXPECT_EQ(index.NumArticles(1), 2);
}

TEST(StoryIndexTest, JoinsAndStarts) {
  StoryIndex index;
  const auto a = ComputeStorySignature(WordsText(Numbered(0, 100)));
  const auto b = ComputeStorySignature(WordsText(Numbered(1000, 100)));
  std::vector<std::string> near = Numbered(0, 100);
  near[50] = "changed";
  const auto c = ComputeStorySignature(WordsText(near));
  const auto tiny = ComputeStorySignature(WordsText(Numbered(0, 10)));
  EXPECT_EQ(index.Assign(10, a), 10);
  EXPECT_EQ(index.Assign(11, b), 11);
  EXPECT_EQ(index.Assign(12, c), 10);
  EXPECT_EQ(index.Assign(13, a), 10);
  EXPECT_EQ(index.Assign(14, tiny), 14);
  EXPECT_EQ(index.Assign(15, tiny), 15);  // too short to cluster
  EXPECT_EQ(index.NumArticles(10), 3);
  EXPECT_EQ(index.NumArticles(11), 1);
  EXPECT_EQ(index.NumArticles(99), 0);
  EXPECT_EQ(index.num_stories(), 4u);
}

TEST(StorySerializationTest, RoundTrips) {
  for (const auto& sig :
       {ComputeStorySignature(WordsText(Numbered(0, 60), "fr")),
        ComputeStorySignature(WordsText({})), StorySignature()}) {
    const std::string bytes = SerializeStorySignature(sig);
    EXPECT_EQ(bytes.size(), 492 + sig.language.size());
    auto parsed = ParseStorySignature(bytes);
    ASSERT_TRUE(parsed.ok()) << parsed.status().ToString();
    EXPECT_EQ(*parsed, sig);
  }
}

TEST(StorySerializationTest, RejectsBadInput) {
  const std::string good = SerializeStorySignature(
      ComputeStorySignature(WordsText(Numbered(0, 60), "en")));
  auto with = [&good](size_t pos, char c) {
    std::string s = good;
    s[pos] = c;
    return s;
  };
  std::string empty_with_min = SerializeStorySignature(StorySignature());
  empty_with_min[20] = 0;
  struct Case {
    const char* name;
    std::string bytes;
    StatusCode code;
  };
  const Case cases[] = {
      {"empty", "", StatusCode::kDataLoss},
      {"magic only", "TSTY", StatusCode::kDataLoss},
      {"bad magic", with(0, 'X'), StatusCode::kDataLoss},
      {"other version", with(4, 2), StatusCode::kFailedPrecondition},
      {"truncated", good.substr(0, good.size() - 1), StatusCode::kDataLoss},
      {"trailing byte", good + "x", StatusCode::kDataLoss},
      {"language too long", with(5, 3), StatusCode::kDataLoss},
      {"bad language", with(6, ' '), StatusCode::kDataLoss},
      {"hash count", with(12, 64), StatusCode::kDataLoss},
      {"mins of an empty text", empty_with_min, StatusCode::kDataLoss},
  };
  for (const Case& c : cases) {
    auto parsed = ParseStorySignature(c.bytes);
    EXPECT_EQ(parsed.status().code(), c.code) << c.name;
  }
}

}  // namespace
}  // namespace tocsin
