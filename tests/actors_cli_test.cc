// `tocsin actors`: one JSON object per mention, with spans that slice the
// document text, dated codes and back-references.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "cli_fixture.h"

namespace {

using tocsin_cli_test::CliResult;
using tocsin_cli_test::CliTest;

std::vector<nlohmann::json> JsonLines(const std::string& out) {
  std::vector<nlohmann::json> lines;
  std::istringstream in(out);
  for (std::string line; std::getline(in, line);) {
    lines.push_back(nlohmann::json::parse(line));
  }
  return lines;
}

TEST_F(CliTest, ActorsPrintsCodedMentionsWithSpans) {
  const std::string text =
      "Les troupes russes ont quitté la ville. Le Kremlin a démenti, "
      "et Vladimir Poutine s'est tu. Plus tard, Poutine a parlé.";
  nlohmann::json doc = {
      {"id", "d1"}, {"date", "2022-10-02"}, {"lang", "fr"}, {"text", text}};
  CliResult r = Run("actors " + Write("in.jsonl", doc.dump() + "\n"));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::vector<nlohmann::json> mentions = JsonLines(r.out);
  ASSERT_GE(mentions.size(), 4u) << r.out;
  std::map<std::string, std::string> code_of;
  for (const nlohmann::json& m : mentions) {
    auto span = m["span"].get<std::vector<size_t>>();
    ASSERT_EQ(span.size(), 2u);
    EXPECT_EQ(text.substr(span[0], span[1] - span[0]),
              m["text"].get<std::string>());
    code_of[m["text"].get<std::string>()] = m["code"].get<std::string>();
  }
  EXPECT_EQ(code_of["troupes russes"], "RUSMIL") << r.out;
  EXPECT_EQ(code_of["Kremlin"], "RUSGOV") << r.out;
  EXPECT_EQ(code_of["Vladimir Poutine"], "RUSGOV") << r.out;
  const nlohmann::json& last = mentions.back();
  EXPECT_EQ(last["text"], "Poutine");
  EXPECT_EQ(last["entry"], "person.putin_vladimir");
  EXPECT_TRUE(last.contains("refers_to")) << last.dump();
}

TEST_F(CliTest, ActorsRefusesAMissingDictionary) {
  CliResult r = Run("actors --dictionary " + (dir_ / "none.bin").string() +
                    " " + Write("a.txt", "Russia spoke."));
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("none.bin"), std::string::npos) << r.err;
}

TEST_F(CliTest, AnalyzeListsTheActorsOfEachDocument) {
  CliResult r = Run("analyze " +
                    Write("a.txt", "Ukrainian forces shelled the bridge.\n"));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("actors: UKRMIL×1"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("events: UKRMIL->- 19"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("most frequent event roots: 19 (1)"), std::string::npos)
      << r.out;
}

}  // namespace
