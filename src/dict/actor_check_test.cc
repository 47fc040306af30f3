#include "dict/actor_check.h"

#include <gtest/gtest.h>

namespace tocsin {
namespace {

struct CheckCase {
  const char* name;
  const char* text;
  uint32_t line;             // where the problem is reported
  const char* message_part;  // nullptr: no problem expected
};

std::ostream& operator<<(std::ostream& os, const CheckCase& c) {
  return os << c.name;
}

class ActorCheckTest : public ::testing::TestWithParam<CheckCase> {};

TEST_P(ActorCheckTest, ReportsWithFileAndLine) {
  const CheckCase& c = GetParam();
  std::vector<ActorEntry> entries;
  std::vector<DictProblem> problems;
  ParseActorDictionary(c.text, "d.txt", &entries, &problems);
  ASSERT_TRUE(problems.empty()) << problems[0].ToString();
  problems = CheckActorDictionary(entries);
  if (c.message_part == nullptr) {
    EXPECT_TRUE(problems.empty()) << problems[0].ToString();
    return;
  }
  ASSERT_FALSE(problems.empty());
  bool found = false;
  for (const DictProblem& p : problems) {
    if (p.file == "d.txt" && p.line == c.line &&
        p.message.find(c.message_part) != std::string::npos) {
      found = true;
    }
  }
  std::string all;
  for (const DictProblem& p : problems) all += p.ToString() + "\n";
  EXPECT_TRUE(found) << all;
}

INSTANTIATE_TEST_SUITE_P(
    Table, ActorCheckTest,
    ::testing::Values(
        CheckCase{"clean",
                  "[a.x]\ntype = person\nnames = Jane Roe\ncode = XLAGOV "
                  "2010-01-01..2011-01-01\n"
                  "code = XLAGOV 2011-01-02..\ncode = XLA\n",
                  0, nullptr},
        CheckCase{"duplicate_id",
                  "[a.x]\ntype = person\nnames = A\ncode = X\n"
                  "[a.x]\ntype = person\nnames = B\ncode = X\n",
                  5, "duplicate id"},
        CheckCase{"overlapping_dates",
                  "[a.x]\ntype = person\nnames = A\ncode = XGOV "
                  "2010-01-01..2012-01-01\n"
                  "code = XGOV 2011-06-01..\n",
                  5, "overlaps line 4"},
        CheckCase{"open_ranges_overlap",
                  "[a.x]\ntype = person\nnames = A\ncode = XGOV ..2012-01-01\n"
                  "code = XGOV 2000-01-01..\n",
                  5, "overlaps"},
        CheckCase{"conflicting_alias",
                  "[a.x]\ntype = person\nnames = Jane Roe\ncode = XLA\n"
                  "[a.y]\ntype = person\nnames = JANE  roé\ncode = XMB\n",
                  7, "conflicting alias"},
        CheckCase{"duplicate_alias_same_codes",
                  "[a.x]\ntype = person\nnames = Jane Roe\ncode = XLA\n"
                  "[a.y]\ntype = person\nnames.fr = Jane Roe\ncode = XLA\n",
                  7, "duplicate alias"},
        CheckCase{"other_languages_do_not_conflict",
                  "[a.x]\ntype = person\nnames.en = Roe\ncode = XLA\n"
                  "[a.y]\ntype = person\nnames.fr = Roe\ncode = XMB\n",
                  0, nullptr},
        CheckCase{
            "repeat_in_entry",
            "[a.x]\ntype = person\nnames = Roe | Jane | Roe\ncode = XLA\n", 3,
            "repeats line 3"},
        CheckCase{"case_variants_are_fine",
                  "[a.x]\ntype = igo\nnames = NATO | Nato\ncode = XLA\n", 0,
                  nullptr},
        CheckCase{"no_tokens",
                  "[a.x]\ntype = person\nnames = Roe | --\ncode = XLA\n", 3,
                  "has no tokens"},
        CheckCase{"shadowed_entry",
                  "[state.x]\ntype = state\nnames = Jordan\ncode = JOR\n"
                  "[person.y]\ntype = person\nnames = Jordan\ncode = XLA\n",
                  5, "cannot be matched"}));

TEST(ActorCheckWithFrontEndTest, ProjectDictionaries) {
  std::vector<ActorEntry> entries;
  std::vector<DictProblem> problems;
  ASSERT_TRUE(
      ParseActorDictionaryPath(std::string(TOCSIN_SOURCE_DIR) + "/dict/actors",
                               &entries, &problems)
          .ok());
  problems = CheckActorDictionary(entries, CompileOptions());
  size_t serious = 0;
  for (const DictProblem& p : problems) {
    // Conflicts are real ambiguities the data may keep (the priority rule
    // settles them); everything else is a mistake in the files.
    if (p.message.find("conflicting alias") == std::string::npos) {
      ++serious;
      ADD_FAILURE() << p.ToString();
    } else {
      std::cout << p.ToString() << "\n";
    }
  }
  std::cout << entries.size() << " entries checked, " << problems.size()
            << " problems\n";
  EXPECT_EQ(serious, 0u);
}

}  // namespace
}  // namespace tocsin
