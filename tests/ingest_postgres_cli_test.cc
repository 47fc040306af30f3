// `tocsin ingest --db postgresql://...` end to end, on the PostgreSQL server
// TOCSIN_TEST_POSTGRES names (skipped without one; failed without one when
// TOCSIN_REQUIRE_POSTGRES=1): a store in a schema of its own, the summary,
// a rerun that changes nothing, and a new version.
#include <gtest/gtest.h>

#include <string>

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

}  // namespace
