// End-to-end tests of `tocsin dict import-petrarch --verbs` on a verb
// dictionary we wrote, and of `tocsin eval petrarch` on PETRARCH's unit-test
// records (issue 4, check 2), which skips when ../shared is absent.
#include <gtest/gtest.h>

#include <cctype>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "cli_fixture.h"

namespace {

using EvalPetrarchCliTest = tocsin_cli_test::CliTest;

std::string Slurp(const std::filesystem::path& p) {
  std::ifstream in(p);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

TEST_F(EvalPetrarchCliTest, ImportVerbsWritesACompleteEventsFolder) {
  std::string verbs = Write("mini.verbs.txt",
                            "&GIFT\n+FLOWERS\n+CHOCOLATE\n"
                            "--- OFFER [070] ---\nOFFER\nGIVE {GAVE GIVEN}\n"
                            "- * &GIFT [071]\n- * NOTHING [---]\n"
                            "- % * [030:030]\n- * LUCK [903]\n");
  std::string out = (dir_ / "events").string();
  auto r = Run("dict import-petrarch --verbs " + verbs + " --out " + out);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("1 \"---\" patterns"), std::string::npos) << r.out;
  std::string patterns = Slurp(dir_ / "events/en/mini-verbs.txt");
  EXPECT_NE(patterns.find("*offer|give|gave|given:v ... flowers|chocolate"),
            std::string::npos)
      << patterns;
  EXPECT_TRUE(std::filesystem::exists(dir_ / "events/en/_roles.txt"));
  std::string map = Slurp(dir_ / "events/petrarch_codes.tsv");
  EXPECT_NE(map.find("\t030:030\n"), std::string::npos) << map;
  EXPECT_NE(map.find("\t903\n"), std::string::npos) << map;
  // The private codes are rows of the folder's table.
  std::string table = Slurp(dir_ / "events/cameo.tsv");
  EXPECT_NE(table.find("PETRARCH code 903"), std::string::npos);
}

TEST_F(EvalPetrarchCliTest, ImportNeedsSomethingToImport) {
  auto r = Run("dict import-petrarch --out " + (dir_ / "x").string());
  EXPECT_EQ(r.exit_code, 2);
}

class EvalPetrarchRecordsTest : public tocsin_cli_test::CliTest {
 protected:
  // Writes the dictionaries and the records, runs the evaluation and
  // returns its output.
  std::string Eval(
      const std::string& actors, const std::string& records,
      const std::string& verbs = "--- CONDEMN [122] ---\nCONDEMN\n") {
    Write("v.verbs.txt", verbs);
    Write("v.actors.txt", actors);
    Write("v.agents.txt",
          "OFFICIAL [~GOV]\nDIPLOMAT [~GOV]\nMEDAID {} [NGO~]\n");
    std::string xml =
        Write("v.records.xml",
              "<Validation><Environment><Verbfile>v.verbs.txt</Verbfile>"
              "<Actorfile>v.actors.txt</Actorfile>"
              "<Agentfile>v.agents.txt</Agentfile></Environment><Sentences>" +
                  records + "</Sentences></Validation>\n");
    auto r = Run("eval petrarch " + xml + " --errors 10");
    EXPECT_EQ(r.exit_code, 0) << r.err;
    return r.out;
  }
};

// PETRARCH refuses a record whose parse tree does not balance
// (bad_input_parse): the same text with a balanced tree is coded.
TEST_F(EvalPetrarchRecordsTest, UnbalancedParseCodesNothing) {
  const std::string text =
      "<Text>Lanovia condemned Mirabia.</Text>"
      "<Parse>(ROOT (S (NP (NNP Lanovia)) (VP (VBD condemned) (NP (NNP "
      "Mirabia))) (. .)))";
  std::string out = Eval(
      "LANOVIA [LAN]\nMIRABIA [MIR]\n",
      "<Sentence date=\"20200101\" id=\"OK\"><EventCoding sourcecode=\"LAN\" "
      "targetcode=\"MIR\" eventcode=\"122\"></EventCoding>" +
          text +
          "</Parse></Sentence>"
          "<Sentence date=\"20200101\" id=\"BAD\"><EventCoding "
          "error=\"bad_input_parse\"></EventCoding>" +
          text.substr(0, text.size() - 1) + "</Parse></Sentence>");
  EXPECT_NE(out.find("2/2 records coded exactly"), std::string::npos) << out;
}

// An actor of several codes ("[LAN/OST]") acts as each of them.
TEST_F(EvalPetrarchRecordsTest, ActorOfSeveralCodesIsEachOfThem) {
  std::string out = Eval(
      "LANOVIA [LAN/OST]\nMIRABIA [MIR]\n",
      "<Sentence date=\"20200101\" id=\"TWO\"><EventCoding sourcecode=\"LAN\" "
      "targetcode=\"MIR\" eventcode=\"122\"></EventCoding><EventCoding "
      "sourcecode=\"OST\" targetcode=\"MIR\" eventcode=\"122\"></EventCoding>"
      "<Text>Lanovia condemned Mirabia.</Text></Sentence>");
  EXPECT_NE(out.find("1/1 records coded exactly"), std::string::npos) << out;
}

// A prefix agent ([NGO~]) puts its code before the country named right
// after it, and before an agent's suffix; alone it is an organisation of
// its kind.
TEST_F(EvalPetrarchRecordsTest, PrefixAgentGoesBeforeTheCountry) {
  const auto record = [](const std::string& id, const std::string& source,
                         const std::string& text) {
    return "<Sentence date=\"20200101\" id=\"" + id +
           "\"><EventCoding sourcecode=\"" + source +
           "\" targetcode=\"MIR\" eventcode=\"122\"></EventCoding><Text>" +
           text + "</Text></Sentence>";
  };
  std::string out =
      Eval("LANOVIA [LAN]\nMIRABIA [MIR]\n",
           record("BRANCH", "NGOLAN", "Medaid Lanovia condemned Mirabia.") +
               record("STAFF", "NGOLANGOV",
                      "A Medaid Lanovia diplomat condemned Mirabia.") +
               record("ALONE", "NGO", "Medaid condemned Mirabia."));
  EXPECT_NE(out.find("3/3 records coded exactly"), std::string::npos) << out;
}

// PETRARCH matches a pattern's own words as written: "treaties" is no
// "TREATY", so the verb's own code applies; a synset's members take
// plurals.
TEST_F(EvalPetrarchRecordsTest, PatternWordsMatchAsWritten) {
  const auto record = [](const std::string& id, const std::string& code,
                         const std::string& text) {
    return "<Sentence date=\"20200101\" id=\"" + id +
           "\"><EventCoding sourcecode=\"LAN\" targetcode=\"MIR\" "
           "eventcode=\"" +
           code + "\"></EventCoding><Text>" + text + "</Text></Sentence>";
  };
  std::string out = Eval(
      "LANOVIA [LAN]\nMIRABIA [MIR]\n",
      record("ONE", "057", "Lanovia ratified a treaty with Mirabia.") +
          record("TWO", "081", "Lanovia ratified two treaties with Mirabia.") +
          record("SET", "046", "Lanovia ratified two accords with Mirabia."),
      "&PACT\n+ACCORD\n--- RATIFY [081] ---\nRATIFY\n- * TREATY [057]\n"
      "- * &PACT [046]\n");
  EXPECT_NE(out.find("3/3 records coded exactly"), std::string::npos) << out;
}

// Issue 4, check 2: PETRARCH2 codes this file, with full parse trees, at
// 90/284; the target, and so the floor, is 230 (we measure 231). Most
// misses left are PETRARCH's own conventions that contradict our gold
// (purpose clauses and "in" a city as targets, agents "in" a country),
// its private codes and quirks of its test dictionaries.
constexpr int kFloor = 230;
TEST_F(EvalPetrarchCliTest, UnitTestRecords) {
  const std::string path = std::string(TOCSIN_SHARED_DIR) +
                           "/anchors/petrarch2/PETR.UnitTest.records.xml";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << path << " absent";
  auto r = Run("eval petrarch " + path + " --errors 0");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  // "N/M records coded exactly as expected" (plain parsing: GCC 12 warns
  // falsely inside <regex> under the sanitizers).
  const std::string phrase = " records coded exactly as expected";
  const size_t at = r.out.find(phrase);
  ASSERT_NE(at, std::string::npos) << r.out;
  size_t begin = at;
  while (begin > 0 &&
         (std::isdigit(static_cast<unsigned char>(r.out[begin - 1])) ||
          r.out[begin - 1] == '/')) {
    --begin;
  }
  const std::string fraction = r.out.substr(begin, at - begin);
  const size_t slash = fraction.find('/');
  ASSERT_NE(slash, std::string::npos) << r.out;
  const int correct = std::stoi(fraction.substr(0, slash));
  const std::string total = fraction.substr(slash + 1);
  std::printf("PETRARCH unit-test records: %d/%s coded exactly as expected\n",
              correct, total.c_str());
  EXPECT_EQ(total, "284");
  EXPECT_GE(correct, kFloor);
}

}  // namespace
