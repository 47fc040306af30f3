// `tocsin dict check` on event patterns: each finding on small files we
// write here, and the real dict/events folder loading with no error.
#include "events/pattern_check.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "events/event_coder.h"
#include "util/paths.h"

namespace tocsin {
namespace {

CameoTable SmallCameo() {
  auto table = CameoTable::Parse(
      "190\t-10\t4\tASSAULT\t\tUse conventional military force\n"
      "191\t-9.5\t4\tASSAULT\t\tImpose blockade\n"
      "193\t-10\t4\tASSAULT\t\tFight with small arms\n"
      "130\t-4.4\t3\tTHREATEN\t\tThreaten\n",
      "test cameo");
  EXPECT_TRUE(table.ok()) << table.status().ToString();
  return *std::move(table);
}

struct CheckCase {
  std::string name;
  std::vector<std::string> files;  // texts, loaded in this order
  // Each expected finding: "<file index>:<line>: <severity> <substring>".
  std::vector<std::string> expected;
};

std::string Describe(const DictProblem& p) {
  return p.file.substr(1) + ":" + std::to_string(p.line) + ": " +
         (p.error() ? "error " : "warning ") + p.message;
}

class PatternCheckTest : public ::testing::TestWithParam<CheckCase> {};

TEST_P(PatternCheckTest, ReportsExactlyTheseFindings) {
  const CheckCase& c = GetParam();
  std::vector<EventPatternFile> files;
  for (size_t i = 0; i < c.files.size(); ++i) {
    files.push_back({"f" + std::to_string(i), c.files[i]});
  }
  std::vector<DictProblem> problems;
  CheckEventPatterns(files, SmallCameo(), &problems);
  std::vector<std::string> got;
  for (const DictProblem& p : problems) got.push_back(Describe(p));
  ASSERT_EQ(got.size(), c.expected.size()) << ::testing::PrintToString(got);
  for (size_t i = 0; i < got.size(); ++i) {
    // "0:2: warning conflict" must be the start of "0:2: warning pattern
    // ... conflict ...": compare the position, severity, then the words.
    const std::string& want = c.expected[i];
    const size_t space = want.find(' ', want.find(": ") + 2);
    EXPECT_EQ(got[i].substr(0, space), want.substr(0, space)) << got[i];
    EXPECT_NE(got[i].find(want.substr(space + 1)), std::string::npos)
        << got[i] << " lacks '" << want.substr(space + 1) << "'";
  }
}

INSTANTIATE_TEST_SUITE_P(
    Cases, PatternCheckTest,
    ::testing::Values(
        CheckCase{"Clean",
                  {"a 190 attack:n on|against $T\n"
                   "b 193 shoot ... at $T\n"
                   "c 130 threaten $T\n"},
                  {}},
        CheckCase{"SameWordsOtherCodeIsAConflict",
                  {"a 190 attack on $T\nb 193 attack on $T\n"},
                  {"0:2: warning conflict, 'a'"}},
        CheckCase{"SpellingAndOrderOfAlternativesDoNotMatter",
                  {"a 190 attack on|against $T\nb 190 Attack against|on $T\n"},
                  {"0:2: warning duplicate of 'a'"}},
        CheckCase{"AnEarlierMoreGeneralPatternHidesALaterOne",
                  {"a 190 attack on|against $T\nb 191 attack:n on $T\n"},
                  {"0:2: warning unreachable, 'a'"}},
        CheckCase{"AMoreSpecificPatternFirstIsReachable",
                  {"b 191 attack:n on $T\na 190 attack on|against $T\n"},
                  {}},
        CheckCase{"AnotherClassOrMoreWordsIsNoCover",
                  {"a 190 attack:v on $T\nb 191 attack:n on $T\n"
                   "c 193 attack on $T with\n"},
                  {}},
        // With an optional word the literal count of a match depends on
        // the path taken: only identical patterns are reported.
        CheckCase{"OptionalWordsOnlyReportIdenticalPatterns",
                  {"a 190 attack|strike on? $T\nb 191 attack on? $T\n"
                   "c 193 strike on? $T\nd 190 strike on? $T\n"},
                  {"0:4: warning conflict, 'c'"}},
        CheckCase{"ACoverInAnEarlierFileCounts",
                  {"a 190 attack on|against $T\n", "b 193 attack on $T\n"},
                  {"1:1: warning unreachable, 'a'"}},
        CheckCase{
            "OnlyTheFirstHiderIsNamed",
            {"a 190 attack on $T\nb 190 attack on $T\nc 190 attack on "
             "$T\n"},
            {"0:2: warning duplicate of 'a'", "0:3: warning duplicate of 'a'"}},
        // "---" is no row of the table: it says the words are no event.
        CheckCase{"ANullPatternNeedsNoCameoRow",
                  {"company 190 shell company\nnot.shell --- shell company\n"
                   "shell 190 shell\n"},
                  {"0:2: warning conflict, 'company'"}},
        CheckCase{"AnAlternativeWrittenTwice",
                  {"a 190 attack|Attack on $T\n"},
                  {"0:1: warning alternative 'Attack' is written twice (as "
                   "'attack'"}},
        CheckCase{"Errors",
                  {"a 190 attack on $T\na 193 shoot $T\n"
                   "b 999 bomb $T\nc 1901 strike $T\nd 190 $T attack\n"},
                  // Malformed lines first, then what well-formed ones say.
                  {"0:3: error bad CAMEO code", "0:5: error first element",
                   "0:2: error duplicate pattern id 'a'",
                   "0:4: error not in the CAMEO table"}}),
    [](const auto& info) { return info.param.name; });

TEST(PatternCheckDictTest, OurEventsFolderHasNoErrorsAndEveryLineCanCode) {
  std::vector<DictProblem> problems;
  size_t patterns = 0;
  const Status s = CheckEventsDir(DictDir() + "/events", &problems, &patterns);
  ASSERT_TRUE(s.ok()) << s.ToString();
  EXPECT_GT(patterns, 1000u);
  for (const DictProblem& p : problems) ADD_FAILURE() << p.ToString();
  // The folder the check passes is one the coder loads.
  EXPECT_TRUE(EventCoder::Create(DictDir() + "/events").ok());
}

TEST(PatternCheckDictTest, AFolderThatIsNotThereIsNotFound) {
  std::vector<DictProblem> problems;
  size_t patterns = 0;
  EXPECT_EQ(CheckEventsDir("/nonexistent/events", &problems, &patterns).code(),
            StatusCode::kNotFound);
}

}  // namespace
}  // namespace tocsin
