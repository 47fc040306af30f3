// End-to-end tests of `tocsin dict check|import-petrarch|compile`: what a
// user sees on stdout, stderr and in the exit code.
#include <gtest/gtest.h>

#include <string>

#include "cli_fixture.h"

namespace {

using tocsin_cli_test::CliResult;
namespace fs = std::filesystem;

// The shared end-to-end fixture, under its own suite name.
class DictCliTest : public tocsin_cli_test::CliTest {};

constexpr char kClean[] =
    "[person.roe_jane]\ntype = person\nnames = Jane Roe | Roe\n"
    "code = XLAGOV 2010-01-01..\ncode = XLA\n";

TEST_F(DictCliTest, CheckReportsMalformedLinesWithFileAndLine) {
  const std::string clean = Write("clean.txt", kClean);
  CliResult r = Run("dict check --dict " + clean);
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_EQ(r.out, "");

  const std::string bad =
      Write("bad.txt",
            "# broken on purpose\n[person.roe_john]\ntype = person\n"
            "names = John Roe\ncode = XLAGOV 2010-13-01..\ncode = XLA\n"
            "colour = blue\n");
  r = Run("dict check --dict " + bad);
  EXPECT_EQ(r.exit_code, 1) << r.out << r.err;
  EXPECT_NE(r.out.find(bad + ":5: malformed date"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find(bad + ":7: unknown key 'colour'"), std::string::npos)
      << r.out;
  EXPECT_NE(r.err.find("errors"), std::string::npos) << r.err;
}

// An events folder as the coder reads it: cameo.tsv, then per language
// _roles.txt and pattern files.
TEST_F(DictCliTest, CheckReportsEventPatternsThatCanNeverCode) {
  Write("events/cameo.tsv",
        "190\t-10\t4\tASSAULT\t\tUse conventional military force\n"
        "193\t-10\t4\tASSAULT\t\tFight with small arms\n");
  Write("events/xx/_roles.txt", "negation = not\n");
  const std::string patterns =
      Write("events/xx/10_fight.txt",
            "storm 190 storm|raid $T\nraid 193 raid $T\nduel 193 duel:v $T\n");
  const std::string events = (dir_ / "events").string();
  CliResult r = Run("dict check --events " + events);
  // Warnings only: the folder loads, so the exit code is 0.
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_NE(r.out.find(patterns + ":2: warning: pattern 'raid' is never "
                                  "chosen: unreachable, 'storm'"),
            std::string::npos)
      << r.out;
  EXPECT_EQ(tocsin_cli_test::Lines(r.out).size(), 1u) << r.out;
  EXPECT_NE(r.err.find("3 event patterns checked: 0 errors, 1 warnings"),
            std::string::npos)
      << r.err;

  Write("events/xx/20_more.txt", "storm 190 storm $T\nbad 1999 bomb $T\n");
  r = Run("dict check --events " + events);
  EXPECT_EQ(r.exit_code, 1) << r.out << r.err;
  EXPECT_NE(r.out.find("20_more.txt:1: duplicate pattern id 'storm'"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("20_more.txt:2: pattern 'bad': CAMEO code 1999 is not "
                       "in the CAMEO table"),
            std::string::npos)
      << r.out;

  r = Run("dict check --events " + (dir_ / "nowhere").string());
  EXPECT_EQ(r.exit_code, 2) << r.out << r.err;
  EXPECT_NE(r.err.find("not a folder"), std::string::npos) << r.err;
}

// With no option, our own actors and event patterns are checked: both
// are clean.
TEST_F(DictCliTest, CheckWithNoOptionChecksOurActorsAndEvents) {
  CliResult r = Run("dict check");
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_NE(r.err.find("event patterns checked: 0 errors"), std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("entries and"), std::string::npos) << r.err;
}

TEST_F(DictCliTest, CheckReportsMalformedPetrarchLines) {
  const std::string clean = Write("clean.txt", kClean);
  const std::string phoenix =
      Write("sylvania.actors.txt",
            "SYLVANIA_ [SYL]\n+SYLVANIAN_\nTRENTINO_\n\t[SYLGOV 0101-0201]\n");
  CliResult r = Run("dict check --dict " + clean + " --petrarch " + phoenix);
  EXPECT_EQ(r.exit_code, 1) << r.out << r.err;
  EXPECT_NE(r.out.find(phoenix + ":4: malformed date '0101'"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find(phoenix + ":3: warning: entry 'TRENTINO' has no code"),
            std::string::npos)
      << r.out;
}

TEST_F(DictCliTest, ImportPetrarchWritesFilesCheckAccepts) {
  const std::string phoenix = Write(
      "sylvania.actors.txt",
      "SYLVANIA_ [SYL]\n+SYLVANIAN_\nTRENTINO_\n\t[SYLGOV 20010101-20050101]\n"
      "\t[SYLELI]\n");
  const std::string agents =
      Write("sylvania.agents.txt", "SENTRY [~MIL]\nPOLICE {} [~COP]\n");
  const std::string out = (dir_ / "converted").string();
  CliResult r =
      Run("dict import-petrarch " + phoenix + " " + agents + " --out " + out);
  ASSERT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_NE(r.out.find("sylvania.actors.txt: 2 entries"), std::string::npos)
      << r.out;
  EXPECT_TRUE(fs::exists(out + "/sylvania.agents.txt"));
  r = Run("dict check --dict " + out);
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;

  const std::string binary = (dir_ / "actors.bin").string();
  r = Run("dict compile --dict " + out + " --out " + binary);
  ASSERT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_NE(r.out.find(": 4 entries (0 imported)"), std::string::npos) << r.out;
  EXPECT_TRUE(fs::exists(binary));
}

}  // namespace
