#include "dict/actor_dict.h"

#include <gtest/gtest.h>

#include <string>

#include "dict/actor_writer.h"

namespace tocsin {
namespace {

TEST(ActorDictTest, ParsesAFullEntry) {
  const char* text =
      "# leaders\n"
      "[person.roe_jane]\n"
      "type = person\n"
      "names = Jane Roe | Roe   # surname alone is distinctive\n"
      "names.fr = Jeanne Roe\n"
      "code = FRAGOV 2017-05-14..2022-05-13 ; foreign minister | ministre des "
      "Affaires étrangères\n"
      "code = FRA\n"
      "country = FRA\n"
      "note = An invented minister.\n";
  std::vector<ActorEntry> entries;
  std::vector<DictProblem> problems;
  ParseActorDictionary(text, "t.txt", &entries, &problems);
  ASSERT_TRUE(problems.empty()) << problems[0].ToString();
  ASSERT_EQ(entries.size(), 1u);
  const ActorEntry& e = entries[0];
  EXPECT_EQ(e.id, "person.roe_jane");
  EXPECT_EQ(e.type, ActorType::kPerson);
  EXPECT_EQ(e.line, 2u);
  ASSERT_EQ(e.names.size(), 3u);
  EXPECT_EQ(e.names[1].text, "Roe");
  EXPECT_EQ(e.names[1].language, "");
  EXPECT_EQ(e.names[2].language, "fr");
  ASSERT_EQ(e.codes.size(), 2u);
  EXPECT_EQ(e.codes[0].from, 20170514u);
  EXPECT_EQ(e.codes[0].to, 20220513u);
  EXPECT_EQ(e.codes[0].role_fr, "ministre des Affaires étrangères");
  EXPECT_FALSE(e.codes[1].dated());
  EXPECT_EQ(e.country, "FRA");
}

TEST(ActorDictTest, AdjectivesAndAgents) {
  const char* text =
      "[state.UKR]\ntype = state\niso = UA UKR\nnames = Ukraine\n"
      "adj.fr = ukrainien | ukrainienne\ncode = UKR\n"
      "[agent.military]\ntype = agent\nnames.en = army | troops\ncode = ~MIL\n";
  std::vector<ActorEntry> entries;
  std::vector<DictProblem> problems;
  ParseActorDictionary(text, "t.txt", &entries, &problems);
  ASSERT_TRUE(problems.empty()) << problems[0].ToString();
  ASSERT_EQ(entries.size(), 2u);
  EXPECT_EQ(entries[0].iso2, "UA");
  EXPECT_TRUE(entries[0].names[2].adjective);
  EXPECT_EQ(entries[1].codes[0].code, "~MIL");
}

TEST(ActorDictTest, ExactFormNames) {
  std::vector<ActorEntry> entries;
  std::vector<DictProblem> problems;
  ParseActorDictionary(
      "[agent.police]\ntype = agent\nnames.en = = police | constables\n"
      "code = ~COP\n",
      "t.txt", &entries, &problems);
  ASSERT_TRUE(problems.empty()) << problems[0].ToString();
  ASSERT_EQ(entries.size(), 1u);
  ASSERT_EQ(entries[0].names.size(), 2u);
  EXPECT_EQ(entries[0].names[0].text, "police");
  EXPECT_TRUE(entries[0].names[0].exact_forms);
  EXPECT_FALSE(entries[0].names[1].exact_forms);
  // Written back with its "=", so an imported dictionary keeps it.
  std::string written;
  AppendActorEntry(entries[0], &written);
  EXPECT_NE(written.find("names.en = =police | constables"), std::string::npos)
      << written;
}

struct BadCase {
  const char* text;
  uint32_t line;
  const char* message_part;
};

class ActorDictErrorTest : public ::testing::TestWithParam<BadCase> {};

TEST_P(ActorDictErrorTest, ReportsFileAndLine) {
  std::vector<ActorEntry> entries;
  std::vector<DictProblem> problems;
  ParseActorDictionary(GetParam().text, "bad.txt", &entries, &problems);
  ASSERT_FALSE(problems.empty());
  EXPECT_EQ(problems[0].file, "bad.txt");
  EXPECT_EQ(problems[0].line, GetParam().line) << problems[0].ToString();
  EXPECT_NE(problems[0].message.find(GetParam().message_part),
            std::string::npos)
      << problems[0].ToString();
  EXPECT_TRUE(entries.empty());
}

INSTANTIATE_TEST_SUITE_P(
    Table, ActorDictErrorTest,
    ::testing::Values(
        BadCase{"names = X\n", 1, "outside any [entry]"},
        BadCase{"[a]\ntype = person\nnames Jane\ncode = X\n", 3, "key = value"},
        BadCase{"[a]\ntype = wizard\nnames = J\ncode = AAA\n", 2,
                "unknown type"},
        BadCase{"[a]\ntype = person\nnames = J\ncode = aaa\n", 4,
                "invalid code"},
        BadCase{"[a]\ntype = person\nnames = J\ncode = AAA 2020-13-01..\n", 4,
                "malformed date"},
        BadCase{"[a]\ntype = person\nnames = J\ncode = AAA "
                "2021-01-01..2020-01-01\n",
                4, "ends before it starts"},
        BadCase{"[a]\ntype = person\nnames = J\ncode = AAA 2020\n", 4,
                "FROM..TO"},
        BadCase{"[a]\ntype = person\nnames = J\n", 1, "no code"},
        BadCase{"[a]\nnames = J\ncode = AAA\n", 1, "no type"},
        BadCase{"[a b]\ntype = person\nnames = J\ncode = AAA\n", 1,
                "invalid entry id"},
        BadCase{"[a]\ntype = person\nnames = J\ncolour = red\ncode = AAA\n", 4,
                "unknown key"},
        BadCase{"[a\ntype = person\n", 1, "[id]"},
        BadCase{"[a]\ntype = state\niso = RUS\nnames = R\ncode = RUS\n", 3,
                "iso"}));

TEST(ActorDictTest, IsoDates) {
  EXPECT_EQ(ParseIsoDate("2022-10-01"), 20221001u);
  EXPECT_EQ(ParseIsoDate("2024-02-29"), 20240229u);
  EXPECT_EQ(ParseIsoDate("2023-02-29"), 0u);  // not a leap year
  EXPECT_EQ(ParseIsoDate("1900-02-29"), 0u);
  EXPECT_EQ(ParseIsoDate("2022-02-30"), 0u);
  EXPECT_EQ(ParseIsoDate("2022-1-01"), 0u);
  EXPECT_EQ(ParseIsoDate("20221001"), 0u);
}

TEST(ActorDictTest, ProjectDictionariesParseCleanly) {
  std::vector<ActorEntry> entries;
  std::vector<DictProblem> problems;
  ASSERT_TRUE(
      ParseActorDictionaryPath(std::string(TOCSIN_SOURCE_DIR) + "/dict/actors",
                               &entries, &problems)
          .ok());
  for (const auto& p : problems) ADD_FAILURE() << p.ToString();
  EXPECT_GT(entries.size(), 0u);
  std::cout << "dict/actors: " << entries.size() << " entries\n";
}

}  // namespace
}  // namespace tocsin
