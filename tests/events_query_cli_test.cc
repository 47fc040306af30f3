// End-to-end tests of `tocsin events` over a store `tocsin ingest` filled
// with articles we wrote: formats, filters, --mentions, --limit, and the
// errors a user can meet (exit code 2 and a message naming the flag).
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "cli_fixture.h"

namespace {

using nlohmann::json;

size_t Tabs(const std::string& line) {
  return static_cast<size_t>(std::count(line.begin(), line.end(), '\t'));
}

class EventsQueryCliTest : public tocsin_cli_test::CliTest {
 protected:
  void SetUp() override {
    CliTest::SetUp();
    Write("in/news.jsonl", tocsin_cli_test::kTwoArticlesJsonl);
    auto r =
        Run("ingest " + (dir_ / "in").string() + " --keep-text --db " + Db());
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
  std::string Db() const { return (dir_ / "t.db").string(); }
  tocsin_cli_test::CliResult Events(const std::string& args) {
    return Run("events --db " + Db() + " " + args);
  }
};

TEST_F(EventsQueryCliTest, FormatsHaveTheirColumns) {
  auto all = Events("--format jsonl");
  ASSERT_EQ(all.exit_code, 0) << all.err;
  const std::vector<std::string> events = tocsin_cli_test::Lines(all.out);
  ASSERT_GT(events.size(), 1u);
  for (const std::string& line : events) {
    json e = json::parse(line);
    EXPECT_TRUE(e.contains("cameo"));
    EXPECT_EQ(e["num_articles"], 1);
  }
  EXPECT_NE(all.err.find(std::to_string(events.size()) + " events"),
            std::string::npos)
      << all.err;
  struct Case {
    std::string format;
    size_t tabs;
  };
  for (const Case& c : {Case{"gdelt", 60}, Case{"phoenix", 25}}) {
    auto r = Events("--format " + c.format);
    ASSERT_EQ(r.exit_code, 0) << r.err;
    ASSERT_EQ(tocsin_cli_test::Lines(r.out).size(), events.size()) << c.format;
    for (const std::string& line : tocsin_cli_test::Lines(r.out)) {
      EXPECT_EQ(Tabs(line), c.tabs) << c.format << ": " << line;
    }
  }
  auto csv = Events("--format csv");
  ASSERT_EQ(tocsin_cli_test::Lines(csv.out).size(),
            events.size() + 1);  // the header
  EXPECT_EQ(tocsin_cli_test::Lines(csv.out)[0].rfind("id,day,source,", 0), 0u);
  auto table = Events("");
  EXPECT_EQ(tocsin_cli_test::Lines(table.out).size(), events.size() + 1);
  auto mentions = Events("--mentions");
  ASSERT_EQ(mentions.exit_code, 0) << mentions.err;
  ASSERT_GE(tocsin_cli_test::Lines(mentions.out).size(), events.size());
  for (const std::string& line : tocsin_cli_test::Lines(mentions.out)) {
    EXPECT_EQ(Tabs(line), 15u) << line;
  }
}

TEST_F(EventsQueryCliTest, FiltersAndLimit) {
  auto r = Events("--format jsonl --since 2026-04-08 --actor FRA");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  ASSERT_FALSE(tocsin_cli_test::Lines(r.out).empty());
  for (const std::string& line : tocsin_cli_test::Lines(r.out)) {
    json e = json::parse(line);
    EXPECT_EQ(e["day"], "2026-04-09");
    const std::string src = e["source"], tgt = e["target"];
    EXPECT_TRUE(src.rfind("FRA", 0) == 0 || tgt.rfind("FRA", 0) == 0) << line;
  }
  r = Events("--format jsonl --text kharkiv");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  ASSERT_FALSE(tocsin_cli_test::Lines(r.out).empty());
  for (const std::string& line : tocsin_cli_test::Lines(r.out)) {
    EXPECT_EQ(json::parse(line)["day"], "2026-04-07");
  }
  r = Events("--format jsonl --limit 1");
  EXPECT_EQ(tocsin_cli_test::Lines(r.out).size(), 1u);
}

TEST_F(EventsQueryCliTest, BadInputExitsWithTwoAndSaysWhy) {
  struct Case {
    std::string args, message;
  };
  const Case cases[] = {
      {"--since 2026-02-30", "--since '2026-02-30': expected a date"},
      {"--quad 7", "--quad '7': expected a quad class"},
      {"--near 95,2,10", "--near '95,2,10': expected LAT,LON,KM"},
      {"--code 19a", "--code '19a'"},
      {"--format xml", "unknown format 'xml'"},
      {"--order newest", "--order 'newest'"},
      {"--text '\"'", "--text '\"': expected words"},
  };
  for (const Case& c : cases) {
    auto r = Events(c.args);
    EXPECT_EQ(r.exit_code, 2) << c.args;
    EXPECT_NE(r.err.find(c.message), std::string::npos) << r.err;
    EXPECT_TRUE(r.out.empty()) << r.out;
  }
  auto r = Run("events --db " + (dir_ / "missing.db").string());
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_FALSE(std::filesystem::exists(dir_ / "missing.db"));
  // A hostile value is a value: the documents table is still there.
  r = Events("--text \"'; DROP TABLE documents; --\" --speaker \"x' OR 1=1\"");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(r.out.find('\n') == r.out.rfind('\n'));  // the header only
  EXPECT_GT(tocsin_cli_test::Lines(Events("--format jsonl").out).size(), 1u);
}

}  // namespace
