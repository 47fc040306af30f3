// Issue 3, check 4: the full Phoenix actor and agent dictionaries
// (../shared/anchors/petrarch2/, read at test time; skipped when absent)
// import, layer under ours and compile into one matcher, and that matcher
// agrees with the reference matcher (reference_matcher.h) on 10,000 random
// sentences built from the layered aliases.
//
// Both take a few seconds, under AddressSanitizer too (measured: the
// whole file in under 10 s there), so they run in full in every build.
#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>

#include "actors/actor_test_util.h"
#include "actors/reference_matcher.h"
#include "dict/actor_build.h"
#include "dict/petrarch_import.h"

namespace tocsin {
namespace {

const char* const kPhoenixFiles[] = {
    "Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
    "Phoenix.MilNonState.actors.txt", "Phoenix.agents.txt"};

std::string PhoenixDir() {
  return std::string(TOCSIN_SHARED_DIR) + "/anchors/petrarch2/";
}

bool PhoenixPresent() {
  for (const char* name : kPhoenixFiles) {
    if (!std::filesystem::exists(PhoenixDir() + name)) return false;
  }
  return true;
}

double MillisecondsSince(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double, std::milli>(
             std::chrono::steady_clock::now() - start)
      .count();
}

// Ours (layer 0) and Phoenix (layer 1), compiled once per test binary.
struct Layered {
  std::vector<ActorEntry> entries;  // as compiled, before expansion
  size_t ours = 0, imported = 0, import_errors = 0, import_warnings = 0;
  double import_ms = 0, compile_ms = 0;
  std::string binary;
  std::unique_ptr<ActorMatcher> matcher;
  Status status;
};

const Layered& Build() {
  static Layered* layered = [] {
    auto* l = new Layered();
    ActorSources sources;
    sources.dict_paths = {std::string(TOCSIN_SOURCE_DIR) + "/dict/actors"};
    for (const char* name : kPhoenixFiles) {
      sources.petrarch_paths.push_back(PhoenixDir() + name);
    }
    std::vector<DictProblem> problems, imported;
    auto start = std::chrono::steady_clock::now();
    l->status = LoadActorSources(sources, &l->entries, &problems, &imported);
    l->import_ms = MillisecondsSince(start);
    if (!l->status.ok()) return l;
    for (const DictProblem& p : imported) {
      (p.error() ? l->import_errors : l->import_warnings)++;
    }
    for (const ActorEntry& e : l->entries)
      (e.layer == 0 ? l->ours : l->imported)++;
    CompileOptions options;
    options.analyzer = Env().analyzer.get();
    start = std::chrono::steady_clock::now();
    l->status =
        CompileActorDictionary(l->entries, options, &l->binary, &problems);
    l->compile_ms = MillisecondsSince(start);
    if (!l->status.ok()) return l;
    auto matcher = ActorMatcher::FromBinary(l->binary);
    l->status = matcher.status();
    if (matcher.ok()) l->matcher = std::move(matcher).value();
    return l;
  }();
  return *layered;
}

TEST(PhoenixTest, ImportsLayersAndCompiles) {
  if (!PhoenixPresent()) GTEST_SKIP() << PhoenixDir() << ": ../shared absent";
  ASSERT_TRUE(Env().status.ok()) << Env().status.ToString();
  const Layered& l = Build();
  ASSERT_TRUE(l.status.ok()) << l.status.ToString();
  std::cout << "Phoenix import: " << l.imported << " entries in "
            << static_cast<int>(l.import_ms) << " ms (with ours), "
            << l.import_errors << " malformed lines skipped, "
            << l.import_warnings << " warnings\n"
            << "layered compile: " << l.ours << " ours + " << l.imported
            << " imported = " << l.entries.size() << " entries, "
            << static_cast<int>(l.compile_ms) << " ms, " << l.binary.size()
            << " bytes, " << l.matcher->node_count() << " trie nodes\n";
  EXPECT_EQ(l.matcher->entry_count(), l.entries.size());
  EXPECT_GT(l.imported, 20000u);

  // Names both layers know come from ours; names only Phoenix knows are
  // found too.
  Document doc;
  doc.language = "en";
  doc.published = "2015-06-01";
  doc.text = "Vladimir Putin met Mohammad Najibullah and the Kremlin replied.";
  AnalyzedText text;
  AnalyzeForTest(doc, &text);
  std::vector<DictMatch> matches;
  l.matcher->FindDictionaryMatches(text, &matches);
  std::vector<std::string> ids;
  for (const DictMatch& m : matches) ids.push_back(l.entries[m.entry].id);
  ASSERT_GE(ids.size(), 2u);
  EXPECT_EQ(ids.front(), "person.putin_vladimir");
  EXPECT_EQ(ids.back(), "seat.kremlin");
  EXPECT_EQ(ids[1], "phoenix.MOHAMMAD_NAJIBULLAH");
}

TEST(PhoenixTest, TrieAgreesWithReferenceOnRandomSentences) {
  if (!PhoenixPresent()) GTEST_SKIP() << PhoenixDir() << ": ../shared absent";
  ASSERT_TRUE(Env().status.ok()) << Env().status.ToString();
  const Layered& l = Build();
  ASSERT_TRUE(l.status.ok()) << l.status.ToString();
  std::vector<ActorEntry> entries = l.entries;
  std::vector<DictProblem> problems;
  CompileOptions options;
  ExpandActorEntries(options, &entries, &problems);
  auto start = std::chrono::steady_clock::now();
  ReferenceMatcher reference(entries, Env().analyzer.get());
  const double reference_ms = MillisecondsSince(start);
  start = std::chrono::steady_clock::now();
  DiffStats stats =
      RunDifferential(*l.matcher, reference, entries,
                      Env().analyzer->pipeline(), 250, 20, 20221002);
  std::cout << stats.sentences << " sentences, " << reference.alias_count()
            << " aliases (reference built in " << static_cast<int>(reference_ms)
            << " ms), " << stats.matches << " matches, " << stats.disagreements
            << " disagreeing documents, "
            << static_cast<int>(MillisecondsSince(start)) << " ms\n";
  EXPECT_EQ(stats.disagreements, 0u);
  EXPECT_GE(stats.sentences, 10000u);
  EXPECT_GT(stats.matches, stats.sentences);  // the test exercises the matcher
}

}  // namespace
}  // namespace tocsin
