// `tocsin ingest --db postgresql://...` end to end, on the PostgreSQL server
// TOCSIN_TEST_POSTGRES names (skipped without one; failed without one when
// TOCSIN_REQUIRE_POSTGRES=1): a store in a schema of its own, the summary,
// a rerun that changes nothing, and a new version; `tocsin events` reading
// it back.
#include <gtest/gtest.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "cli_fixture.h"
#include "store/store_backend_test_util.h"

namespace {

using tocsin::store_test::Backend;
using tocsin::store_test::TestLocation;

class IngestPostgresCliTest : public tocsin_cli_test::CliTest {
 protected:
  void SetUp() override {
    CliTest::SetUp();
    if (tocsin::store_test::TestPostgresUri().empty()) {
      if (tocsin::store_test::PostgresRequired()) {
        FAIL() << "TOCSIN_REQUIRE_POSTGRES=1 but TOCSIN_TEST_POSTGRES is unset";
      }
      GTEST_SKIP() << "TOCSIN_TEST_POSTGRES is unset: no PostgreSQL server "
                      "to test against";
    }
    location_ = std::make_unique<TestLocation>(Backend::kPostgres);
    ASSERT_EQ(location_->error(), "");
  }
  void TearDown() override {
    location_.reset();
    CliTest::TearDown();
  }

  std::string Ingest(const std::string& args) {
    return "ingest " + args + " --db '" + location_->target() + "'";
  }

  std::unique_ptr<TestLocation> location_;
};

TEST_F(IngestPostgresCliTest, StoresReingestsAndSupersedes) {
  Write("in/en.txt",
        "Troops leave Lyman\n\nRussian troops withdrew from Lyman on "
        "Saturday. The French foreign minister met his German counterpart "
        "in Berlin.\n");
  const std::string french =
      "{\"id\": \"fr-1\", \"url\": \"https://depeches.example.fr/1\", "
      "\"date\": \"2026-03-07\", \"title\": \"Kharkiv\", \"text\": \"Kharkiv "
      "a été bombardée par l'armée russe ";
  Write("in/fr.jsonl", french + "samedi.\"}\n");
  const std::string inputs = (dir_ / "in").string();

  auto r = Run(Ingest(inputs));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("(2 inserted, 0 unchanged, 0 superseded, 0 failed)"),
            std::string::npos)
      << r.err;
  // The summary names the server, as the URI would only with its options.
  EXPECT_NE(r.err.find("store '"), std::string::npos) << r.err;
  EXPECT_EQ(location_->QueryInt("SELECT count(*) FROM documents"), 2);
  EXPECT_GT(location_->QueryInt("SELECT count(*) FROM event_mentions"), 1);
  EXPECT_GT(location_->QueryInt("SELECT count(*) FROM events"), 0);

  r = Run(Ingest(inputs));
  EXPECT_NE(r.err.find("(0 inserted, 2 unchanged, 0 superseded, 0 failed)"),
            std::string::npos)
      << r.err;

  Write("in/fr.jsonl", french + "dimanche.\"}\n");
  r = Run(Ingest(inputs + " --keep-text --batch 1"));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("(0 inserted, 1 unchanged, 1 superseded, 0 failed)"),
            std::string::npos)
      << r.err;
  EXPECT_EQ(location_->QueryInt("SELECT count(*) FROM documents"), 3);
  EXPECT_EQ(location_->QueryInt(
                "SELECT count(*) FROM sentences WHERE doc = 3 AND text LIKE "
                "'%dimanche%'"),
            1);
}

TEST_F(IngestPostgresCliTest, EventsReadsTheStoreInSeveralFormats) {
  Write("in/news.jsonl", tocsin_cli_test::kTwoArticlesJsonl);
  auto r = Run(Ingest((dir_ / "in").string() + " --keep-text"));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::string events = "events --db '" + location_->target() + "' ";

  auto jsonl = Run(events + "--format jsonl");
  ASSERT_EQ(jsonl.exit_code, 0) << jsonl.err;
  const std::vector<std::string> rows = tocsin_cli_test::Lines(jsonl.out);
  ASSERT_GT(rows.size(), 1u) << jsonl.out;
  for (const std::string& line : rows) {
    const nlohmann::json e = nlohmann::json::parse(line);
    EXPECT_TRUE(e.contains("cameo")) << line;
    EXPECT_EQ(e["num_articles"], 1) << line;
  }
  auto gdelt = Run(events + "--format gdelt");
  ASSERT_EQ(gdelt.exit_code, 0) << gdelt.err;
  ASSERT_EQ(tocsin_cli_test::Lines(gdelt.out).size(), rows.size());
  for (const std::string& line : tocsin_cli_test::Lines(gdelt.out)) {
    EXPECT_EQ(std::count(line.begin(), line.end(), '\t'), 60) << line;
  }
  auto csv = Run(events + "--format csv");
  ASSERT_EQ(csv.exit_code, 0) << csv.err;
  EXPECT_EQ(tocsin_cli_test::Lines(csv.out).size(),
            rows.size() + 1);  // the header

  // Filters and the full-text search run on the server; the accent folds.
  auto french = Run(events + "--format jsonl --text expulse");
  ASSERT_EQ(french.exit_code, 0) << french.err;
  ASSERT_FALSE(tocsin_cli_test::Lines(french.out).empty());
  for (const std::string& line : tocsin_cli_test::Lines(french.out)) {
    EXPECT_EQ(nlohmann::json::parse(line)["day"], "2026-04-09") << line;
  }
  auto hostile = Run(events + "--format jsonl --text \"x') | !(y\"");
  EXPECT_EQ(hostile.exit_code, 0) << hostile.err;
  EXPECT_TRUE(tocsin_cli_test::Lines(hostile.out).empty()) << hostile.out;
}

}  // namespace
