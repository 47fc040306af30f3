// The full-text index (schema version 3): Put writes each document's title,
// kept sentences and quotations into it; a version-2 store migrates with
// its documents indexed; the index holds no sentence the user did not keep.
// On every backend.
#include <gtest/gtest.h>

#include "store/postgres/pg_schema.h"
#include "store/schema.h"
#include "store/sqlite/sqlite_db.h"
#include "store/sqlite/sqlite_schema.h"
#include "store/store_backend_test_util.h"

namespace tocsin {
namespace {

using store_test::Analyze;
using store_test::Backend;
using store_test::MakeDoc;

using FullTextTest = store_test::BackendTest;

// The documents whose index row has every one of `words` (folded, plain
// words: the index's own syntax, no stemming).
int64_t Matches(store_test::TestLocation& where,
                const std::vector<std::string>& words) {
  std::string query;
  const bool sqlite = where.backend() == Backend::kSqlite;
  for (const std::string& w : words) {
    if (!query.empty()) query += sqlite ? " AND " : " & ";
    query += w;
  }
  return where.QueryInt(
      sqlite ? "SELECT count(*) FROM doc_text WHERE doc_text MATCH $1"
             : "SELECT count(*) FROM doc_text "
               "WHERE words @@ to_tsquery('simple', $1::text)",
      {SqlValue(query)});
}

TEST_P(FullTextTest, PutIndexesTitlesQuotesAndOnlyKeptSentences) {
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
    store_test::TestLocation where(GetParam());
    ASSERT_EQ(where.error(), "");
    StoreOptions options;
    options.keep_text = c.keep_text;
    {
      auto store = where.OpenOrDie(options);
      ASSERT_NE(store, nullptr);
      ASSERT_TRUE(store->BeginBatch().ok());
      ASSERT_TRUE(store->Put(doc, Analyze(doc)).ok());
      ASSERT_TRUE(store->CommitBatch().ok());
    }
    EXPECT_EQ(where.QueryInt("SELECT count(*) FROM doc_text"), 1);
    EXPECT_EQ(Matches(where, {"geneva"}), c.title) << c.keep_text;
    EXPECT_EQ(Matches(where, {"expect"}), c.quote) << c.keep_text;
    EXPECT_EQ(Matches(where, {"monday"}), c.sentence) << c.keep_text;
  }
}

TEST_P(FullTextTest, VersionTwoStoreMigratesWithItsDocumentsIndexed) {
  const bool sqlite = GetParam() == Backend::kSqlite;
  {
    // What a version-2 ingest with --keep-text wrote.
    const char* rows[] = {
        "INSERT INTO documents (doc, doc_key, id, source, outlet, day, "
        "language, title, content_hash, text_bytes, ingested_at, story_id) "
        "VALUES (1, 'k', 'k', 'f', 'o', '2026-04-07', 'fr', 'Sommet à "
        "Genève', 'h', 40, 't', 1)",
        "INSERT INTO sentences (doc, sentence, span_begin, span_end, "
        "paragraph, language, text) VALUES (1, 0, 0, 20, 0, 'fr', 'Les "
        "délégués ont signé.'), (1, 1, 21, 40, 0, 'fr', 'Tout est calme.')",
        "INSERT INTO quotations (doc, quotation, parts, text, direct, "
        "confidence) VALUES (1, 0, '0-5', 'Nous resterons vigilants', 1, "
        "0.9)"};
    if (sqlite) {
      StatusOr<std::unique_ptr<SqliteDb>> db =
          SqliteDb::Open(location().target(), true);
      ASSERT_TRUE(db.ok()) << db.status().ToString();
      ASSERT_TRUE(MigrateSqlite(**db, 2).ok());
      for (const char* sql : rows) ASSERT_TRUE((*db)->Exec(sql).ok()) << sql;
    } else {
      StatusOr<std::unique_ptr<PgConnection>> db =
          PgConnection::Open(location().target());
      ASSERT_TRUE(db.ok()) << db.status().ToString();
      ASSERT_TRUE(MigratePostgres(**db, 2).ok());
      for (const char* sql : rows) ASSERT_TRUE((*db)->Exec(sql).ok()) << sql;
    }
  }
  auto store = location().OpenOrDie();
  ASSERT_NE(store, nullptr);
  EXPECT_EQ(store->schema_version(),
            sqlite ? kStoreSchemaVersion : kStoreSchemaVersion);
  store.reset();
  EXPECT_EQ(Matches(location(), {"geneve"}), 1);  // diacritics folded
  EXPECT_EQ(Matches(location(), {"delegues", "calme"}), 1);
  EXPECT_EQ(Matches(location(), {"vigilants"}), 1);
  EXPECT_EQ(Matches(location(), {"absent"}), 0);
  EXPECT_EQ(location().QueryInt(
                sqlite ? "SELECT count(*) FROM sqlite_master WHERE name IN "
                         "('event_mentions_by_event', 'documents_by_day')"
                       : "SELECT count(*) FROM pg_indexes WHERE schemaname = "
                         "current_schema() AND indexname IN "
                         "('event_mentions_by_event', 'documents_by_day')"),
            2);
  if (!sqlite) {
    // The document's own configuration: a French form finds it too.
    EXPECT_EQ(location().QueryInt(
                  "SELECT count(*) FROM doc_text WHERE config = 'french' AND "
                  "words @@ to_tsquery('french', 'delegue & signes')"),
              1);
  }
}

TOCSIN_INSTANTIATE_BACKENDS(FullTextTest);

}  // namespace
}  // namespace tocsin
