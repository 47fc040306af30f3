// Differential test: the compiled trie matcher against the slow, obvious
// reference matcher (reference_matcher.h) on 10,000 random sentences
// (5,000 English, 5,000 French) built from the project's aliases and filler
// words.
#include <gtest/gtest.h>

#include "actors/actor_matcher.h"
#include "actors/actor_test_util.h"
#include "actors/reference_matcher.h"

namespace tocsin {
namespace {

TEST(ActorDiffTest, TrieAgreesWithReferenceOnRandomSentences) {
  ASSERT_TRUE(Env().status.ok()) << Env().status.ToString();
  std::vector<ActorEntry> entries;
  std::vector<DictProblem> problems;
  ASSERT_TRUE(
      ParseActorDictionaryPath(std::string(TOCSIN_SOURCE_DIR) + "/dict/actors",
                               &entries, &problems)
          .ok());
  CompileOptions options;
  options.analyzer = Env().analyzer.get();
  std::string binary;
  ASSERT_TRUE(
      CompileActorDictionary(entries, options, &binary, &problems).ok());
  auto matcher = ActorMatcher::FromBinary(binary);
  ASSERT_TRUE(matcher.ok()) << matcher.status().ToString();
  ExpandActorEntries(options, &entries, &problems);
  ReferenceMatcher reference(entries, Env().analyzer.get());

  DiffStats stats =
      RunDifferential(**matcher, reference, entries, Env().analyzer->pipeline(),
                      250, 20, 20221001);
  std::cout << stats.sentences << " sentences, " << reference.alias_count()
            << " aliases, " << stats.matches << " matches, "
            << stats.disagreements << " disagreeing documents\n";
  EXPECT_EQ(stats.disagreements, 0u);
  EXPECT_GE(stats.sentences, 10000u);
  EXPECT_GT(stats.matches, 10000u);  // the test exercises the matcher
}

}  // namespace
}  // namespace tocsin
