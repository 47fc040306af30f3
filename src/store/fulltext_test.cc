// The full-text index (schema version 3): Put writes each document's title,
// kept sentences and quotations into it; a version-2 store migrates with
// its documents indexed; the index holds no sentence the user did not keep.
#include <gtest/gtest.h>

#include "store/schema.h"
#include "store/sqlite/sqlite_db.h"
#include "store/sqlite/sqlite_schema.h"
#include "store/store_test_util.h"

namespace tocsin {
namespace {

using store_test::Analyze;
using store_test::MakeDoc;
using store_test::OpenOrDie;
using store_test::QueryInt;
using store_test::TempDir;

std::unique_ptr<SqliteDb> OpenDb(const std::string& path) {
  StatusOr<std::unique_ptr<SqliteDb>> db = SqliteDb::Open(path, true);
  EXPECT_TRUE(db.ok()) << db.status().ToString();
  return db.ok() ? std::move(*db) : nullptr;
}

int64_t Matches(SqliteDb& db, const std::string& fts_query) {
  StatusOr<SqliteStatement> q =
      db.Prepare("SELECT count(*) FROM doc_text WHERE doc_text MATCH ?");
  EXPECT_TRUE(q.ok());
  EXPECT_TRUE(q->BindText(1, fts_query).ok());
  return store_test::NextRow(*q) ? q->ColumnInt(0) : -1;
}

TEST(FullTextTest, PutIndexesTitlesQuotesAndOnlyKeptSentences) {
  const Document doc =
      MakeDoc("q-1", "https://example.org/q", "2026-04-07", "en",
              "Ceasefire talks in Geneva",
              "The envoy arrived on Monday. \"We expect a ceasefire soon,\" "
              "the envoy said.");
  struct Case {
    bool keep_text;
    int64_t title, quote, sentence;
  };
  for (const Case c : {Case{false, 1, 1, 0}, Case{true, 1, 1, 1}}) {
    TempDir dir;
    const std::string path = dir.File(c.keep_text ? "kept.db" : "offsets.db");
    StoreOptions options;
    options.keep_text = c.keep_text;
    auto store = OpenOrDie(path, options);
    ASSERT_NE(store, nullptr);
    ASSERT_TRUE(store->BeginBatch().ok());
    ASSERT_TRUE(store->Put(doc, Analyze(doc)).ok());
    ASSERT_TRUE(store->CommitBatch().ok());
    auto db = OpenDb(path);
    EXPECT_EQ(QueryInt(*db, "SELECT count(*) FROM doc_text"), 1);
    EXPECT_EQ(Matches(*db, "geneva"), c.title) << c.keep_text;
    EXPECT_EQ(Matches(*db, "expect"), c.quote) << c.keep_text;
    EXPECT_EQ(Matches(*db, "monday"), c.sentence) << c.keep_text;
  }
}

TEST(FullTextTest, VersionTwoStoreMigratesWithItsDocumentsIndexed) {
  TempDir dir;
  const std::string path = dir.File("v2.db");
  {
    auto db = OpenDb(path);
    ASSERT_TRUE(MigrateSqlite(*db, 2).ok());
    // What a version-2 ingest with --keep-text wrote.
    ASSERT_TRUE(db->Exec("INSERT INTO documents (doc, doc_key, id, source, "
                         "outlet, day, language, title, content_hash, "
                         "text_bytes, ingested_at, story_id) VALUES (1, 'k', "
                         "'k', 'f', 'o', '2026-04-07', 'fr', 'Sommet à "
                         "Genève', 'h', 40, 't', 1)")
                    .ok());
    ASSERT_TRUE(db->Exec("INSERT INTO sentences (doc, sentence, span_begin, "
                         "span_end, paragraph, language, text) VALUES "
                         "(1, 0, 0, 20, 0, 'fr', 'Les délégués ont signé.'), "
                         "(1, 1, 21, 40, 0, 'fr', 'Tout est calme.')")
                    .ok());
    ASSERT_TRUE(db->Exec("INSERT INTO quotations (doc, quotation, parts, "
                         "text, direct, confidence) VALUES (1, 0, '0-5', "
                         "'Nous resterons vigilants', 1, 0.9)")
                    .ok());
  }
  auto store = OpenOrDie(path);
  ASSERT_NE(store, nullptr);
  EXPECT_EQ(store->schema_version(), kSqliteSchemaVersion);
  auto db = OpenDb(path);
  EXPECT_EQ(Matches(*db, "geneve"), 1);  // diacritics folded
  EXPECT_EQ(Matches(*db, "delegues AND calme"), 1);
  EXPECT_EQ(Matches(*db, "vigilants"), 1);
  EXPECT_EQ(Matches(*db, "absent"), 0);
  EXPECT_EQ(QueryInt(*db,
                     "SELECT count(*) FROM sqlite_master WHERE name IN "
                     "('event_mentions_by_event', 'documents_by_day')"),
            2);
}

}  // namespace
}  // namespace tocsin
