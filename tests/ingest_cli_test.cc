// End-to-end tests of `tocsin ingest` on articles we wrote: the summary
// line and exit codes, re-ingesting, a new version, --keep-text, and the
// store errors a user can meet.
#include <gtest/gtest.h>

#include <string>

#include "cli_fixture.h"
#include "store/sqlite/sqlite_db.h"

namespace {

class IngestCliTest : public tocsin_cli_test::CliTest {
 protected:
  std::string Db() const { return (dir_ / "t.db").string(); }

  int64_t Query(const std::string& sql) {
    auto db = tocsin::SqliteDb::Open(Db(), false);
    EXPECT_TRUE(db.ok()) << db.status().ToString();
    if (!db.ok()) return -1;
    auto n = (*db)->QueryInt(sql);
    EXPECT_TRUE(n.ok()) << n.status().ToString();
    return n.ok() ? *n : -1;
  }

  std::string Inputs(const std::string& french_text) {
    Write("in/en.txt",
          "Troops leave Lyman\n\nRussian troops withdrew from Lyman on "
          "Saturday. The French foreign minister met his German counterpart "
          "in Berlin.\n");
    Write("in/fr.jsonl",
          "{\"id\": \"fr-1\", \"url\": \"https://depeches.example.fr/1\", "
          "\"date\": \"2026-03-07\", \"title\": \"Kharkiv\", \"text\": \"" +
              french_text +
              "\"}\n"
              "{\"id\": \"fr-2\", \"text\": \"\"}\n");  // no text: fails
    return (dir_ / "in").string();
  }
};

TEST_F(IngestCliTest, StoresReportsAndSkipsWhatItHas) {
  const std::string inputs =
      Inputs("Kharkiv a été bombardée par l'armée russe samedi.");
  auto r = Run("ingest " + inputs + " --db " + Db());
  EXPECT_EQ(r.exit_code, 1) << r.err;  // one document failed
  EXPECT_NE(r.err.find("documents: 3 (2 inserted, 0 unchanged, 0 superseded, "
                       "1 failed)"),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("fr.jsonl:2"), std::string::npos) << r.err;
  EXPECT_EQ(r.err.find('\r'), std::string::npos);  // no TTY: plain lines
  EXPECT_EQ(Query("SELECT count(*) FROM documents"), 2);
  EXPECT_GT(Query("SELECT count(*) FROM event_mentions"), 1);
  EXPECT_EQ(Query("SELECT count(*) FROM sentences WHERE text IS NOT NULL"), 0);

  r = Run("ingest " + inputs + " --db " + Db());
  EXPECT_NE(r.err.find("(0 inserted, 2 unchanged, 0 superseded, 1 failed)"),
            std::string::npos)
      << r.err;

  // The French article is corrected: a new version, the old one kept.
  const std::string corrected =
      Inputs("Kharkiv a été bombardée par l'armée russe dimanche.");
  r = Run("ingest " + corrected + " --db " + Db() + " --keep-text --batch 1");
  EXPECT_NE(r.err.find("(0 inserted, 1 unchanged, 1 superseded, 1 failed)"),
            std::string::npos)
      << r.err;
  EXPECT_EQ(Query("SELECT count(*) FROM documents"), 3);
  EXPECT_EQ(Query("SELECT count(*) FROM documents WHERE superseded_by = 3"), 1);
  EXPECT_EQ(Query("SELECT count(*) FROM sentences WHERE doc = 3 AND text "
                  "LIKE '%dimanche%'"),
            1);
}

TEST_F(IngestCliTest, StoreErrorsExitWithTwo) {
  Write("a.txt", "Title\n\nRussian troops withdrew from Lyman.\n");
  const std::string input = (dir_ / "a.txt").string();
  struct Case {
    std::string db, message;
  };
  Write("not-a-db", std::string(8192, 'x'));
  const Case cases[] = {
      // Nothing listens on port 1; the password is never echoed.
      {"postgresql://u:pw@127.0.0.1:1/x",
       "cannot connect to PostgreSQL 'u@127.0.0.1:1/x'"},
      {(dir_ / "missing/dir/t.db").string(), "cannot open"},
      {(dir_ / "not-a-db").string(), "not a database"},
  };
  for (const Case& c : cases) {
    auto r = Run("ingest " + input + " --db '" + c.db + "'");
    EXPECT_EQ(r.exit_code, 2) << c.db;
    EXPECT_NE(r.err.find(c.message), std::string::npos) << r.err;
    EXPECT_EQ(r.err.find(":pw@"), std::string::npos) << r.err;
  }
  auto r = Run("ingest " + input + " --batch 0 --db " + Db());
  EXPECT_EQ(r.exit_code, 2) << r.err;
}

}  // namespace
