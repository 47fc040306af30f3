// `tocsin signals` end to end: the three formats over a small store, and
// bad input refused with a clear message and exit code 2 (a watch file's
// error names its line).
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <string>

#include "cli_fixture.h"

namespace {

using nlohmann::json;

class SignalsCliTest : public tocsin_cli_test::CliTest {
 protected:
  std::string Db() {
    const std::string input =
        Write("two.jsonl", tocsin_cli_test::kTwoArticlesJsonl);
    const std::string db = (dir_ / "signals.db").string();
    auto r = Run("ingest " + input + " --db " + db + " --keep-text");
    EXPECT_EQ(r.exit_code, 0) << r.err;
    return db;
  }
};

TEST_F(SignalsCliTest, WritesTextJsonAndHtml) {
  const std::string db = Db();
  auto text = Run("signals --db " + db);
  ASSERT_EQ(text.exit_code, 0) << text.err;
  EXPECT_EQ(text.out.rfind("tocsin signals: ", 0), 0u) << text.out;
  // Two articles are no history: nothing is tested, nothing alarms.
  EXPECT_NE(text.out.find("No signals in this range."), std::string::npos);
  EXPECT_NE(text.out.find("\nwatch nuclear: "), std::string::npos);
  EXPECT_NE(text.err.find("0 signals"), std::string::npos) << text.err;

  auto j = Run("signals --format json --db " + db);
  ASSERT_EQ(j.exit_code, 0) << j.err;
  const json report = json::parse(j.out);
  EXPECT_TRUE(report["signals"].empty());
  EXPECT_EQ(report["read"]["documents"], 2);
  EXPECT_EQ(report["watches"][0]["name"], "nuclear");
  EXPECT_EQ(report["settings"]["baseline"], 28);

  const std::string html = (dir_ / "report.html").string();
  auto h = Run("signals --format html --output " + html + " --db " + db);
  ASSERT_EQ(h.exit_code, 0) << h.err;
  EXPECT_EQ(h.out, "");
  std::ifstream in(html);
  std::string first;
  std::getline(in, first);
  EXPECT_EQ(first.rfind("<!DOCTYPE html>", 0), 0u) << first;
}

TEST_F(SignalsCliTest, BadInputIsRefusedClearly) {
  const std::string db = Db();
  const std::string watch =
      Write("bad.watch", "[watch east]\nactors = RUS\ncolour = red\n");
  const std::string empty_watch = Write("empty.watch", "[watch east]\n");
  struct Case {
    std::string args;
    std::string message;  // in stderr
  };
  const Case cases[] = {
      {"signals --format xml --db " + db, "--format 'xml'"},
      {"signals --since 2026-02-30 --db " + db, "--since '2026-02-30'"},
      {"signals --since 2026-03-05 --until 2026-03-01 --db " + db,
       "is before --since"},
      {"signals --false-alarm-rate 2 --db " + db, "false-alarm rate"},
      {"signals --kind region --db " + db, "--kind 'region'"},
      {"signals --watch " + watch + " --db " + db,
       watch + ":3: unknown setting 'colour'"},
      {"signals --watch " + empty_watch + " --db " + db,
       empty_watch + ":1: watch 'east' selects nothing"},
      {"signals --watch " + (dir_ / "missing.watch").string() + " --db " + db,
       "cannot read the file"},
      {"signals --db " + (dir_ / "absent.db").string(), "absent.db"},
  };
  for (const Case& c : cases) {
    auto r = Run(c.args);
    EXPECT_EQ(r.exit_code, 2) << c.args;
    EXPECT_NE(r.err.find(c.message), std::string::npos) << c.args << "\n"
                                                        << r.err;
    EXPECT_EQ(r.out, "") << c.args;
  }
}

}  // namespace
