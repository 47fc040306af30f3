// End-to-end tests of the `tocsin` binary: what a user sees on stdout, stderr
// and in the exit code.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "cli_fixture.h"

namespace {

using tocsin_cli_test::CliResult;
using tocsin_cli_test::CliTest;
namespace fs = std::filesystem;

TEST_F(CliTest, TokensSpansSliceTheOriginalBytes) {
  const std::string text =
      "Le président l’a affirmé\u202f: l’armée s’est retirée de Lyman.\n\n"
      "Russia's troops didn't withdraw, the U.S. official said.";
  std::string path = Write("a.txt", text);
  CliResult r = Run("tokens " + path);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::istringstream lines(r.out);
  std::string line;
  int sentences = 0, tokens = 0;
  while (std::getline(lines, line)) {
    auto j = nlohmann::json::parse(line);
    ++sentences;
    for (const auto& t : j["tokens"]) {
      size_t b = t["span"][0], e = t["span"][1];
      EXPECT_EQ(text.substr(b, e - b), t["form"].get<std::string>());
      ++tokens;
    }
  }
  EXPECT_GE(sentences, 2);
  EXPECT_GT(tokens, 20);
  EXPECT_NE(r.err.find("documents: 1 ok, 0 failed"), std::string::npos)
      << r.err;
}

TEST_F(CliTest, BadInputsAreReportedAndTheRestIsProcessed) {
  std::string good =
      Write("in/good.txt", "Kyiv said the talks would resume on Monday.");
  Write("in/empty.txt", "");
  Write("in/binary.bin", std::string("\x7f"
                                     "ELF\0\0\0\x01\x02\x03\0\0",
                                     12));
  Write("in/docs.jsonl",
        "{\"id\":\"a\",\"text\":\"Paris a condamné l'attaque.\"}\n"
        "{\"id\":\"b\",\"text\": oops}\n"
        "{\"id\":\"c\",\"text\":\"Berlin welcomed the deal.\"}\n");
  CliResult r = Run("tokens --summary-only " + (dir_ / "in").string());
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_NE(r.err.find("docs.jsonl:2:"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("empty.txt"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("binary.bin"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("documents: 3 ok, 3 failed"), std::string::npos)
      << r.err;
}

TEST_F(CliTest, MissingInputIsAnErrorNotACrash) {
  CliResult r = Run("tokens " + (dir_ / "nope.txt").string());
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("nope.txt"), std::string::npos) << r.err;
}

TEST_F(CliTest, UsageErrorExitsTwo) {
  EXPECT_EQ(Run("no-such-command").exit_code, 2);
}

// Issue 2, check 4: all of the benchmark news goes through `tocsin tokens`
// with no crash, no error and every span valid (the CLI validates every
// document's spans and counts a violation as a failure).
TEST_F(CliTest, BenchCorpusGoesThroughWithNoError) {
  std::string bench = std::string(TOCSIN_SHARED_DIR) + "/corpus/bench/";
  if (!fs::exists(bench + "en.jsonl.gz") ||
      !fs::exists(bench + "fr.jsonl.gz")) {
    GTEST_SKIP() << "skipped: ../shared/corpus/bench absent";
  }
  CliResult r = Run("tokens --summary-only " + bench + "en.jsonl.gz " + bench +
                    "fr.jsonl.gz");
  EXPECT_EQ(r.exit_code, 0) << r.err.substr(0, 4000);
  EXPECT_NE(r.err.find("documents: 29498 ok, 0 failed"), std::string::npos)
      << r.err.substr(0, 4000);
  std::cout << r.err;
}

// Issue 2, check 3, through the CLI's --json contract.
TEST_F(CliTest, EvalLemmasJsonOnSequoia) {
  std::string gold =
      std::string(TOCSIN_SHARED_DIR) + "/eval/ud-fr/fr_sequoia-ud-test.conllu";
  if (!fs::exists(gold)) GTEST_SKIP() << "skipped: " << gold << " absent";
  CliResult r = Run("eval lemmas --json " + gold);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto j = nlohmann::json::parse(r.out);
  std::cout << j.dump() << "\n";
  EXPECT_GE(j["verb_accuracy"].get<double>(), 0.95);
  EXPECT_GE(j["accuracy"].get<double>(), 0.93);
}

}  // namespace
