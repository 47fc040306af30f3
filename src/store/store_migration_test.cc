// Migrations on every backend: a version-1 store (what an older tocsin
// wrote) opens at the latest version with its rows kept and its event ids
// computed as a new ingest computes them.
#include <gtest/gtest.h>

#include "store/identity.h"
#include "store/postgres/pg_schema.h"
#include "store/schema.h"
#include "store/sqlite/sqlite_schema.h"
#include "store/store_backend_test_util.h"

namespace tocsin {
namespace {

using store_test::Backend;

using MigrationTest = store_test::BackendTest;

Status MigrateToVersionOne(Backend backend, const std::string& target) {
  if (backend == Backend::kSqlite) {
    TOCSIN_ASSIGN_OR_RETURN(std::unique_ptr<SqliteDb> db,
                            SqliteDb::Open(target, /*create=*/true));
    return MigrateSqlite(*db, 1);
  }
  TOCSIN_ASSIGN_OR_RETURN(std::unique_ptr<PgConnection> db,
                          PgConnection::Open(target));
  return MigratePostgres(*db, 1);
}

TEST_P(MigrationTest, VersionOneStoreMigratesKeepingItsRows) {
  auto& db = location();
  ASSERT_TRUE(MigrateToVersionOne(GetParam(), db.target()).ok());
  EXPECT_EQ(db.QueryInt("SELECT version FROM schema_version"), 1);
  // What a version-1 ingest wrote: two documents, one event each.
  for (int64_t id : {1, 2}) {
    const std::string name = "d" + std::to_string(id);
    ASSERT_TRUE(
        db.Query("INSERT INTO documents (doc, doc_key, id, source, outlet, "
                 "day, language, content_hash, text_bytes, ingested_at) "
                 "VALUES ($1, $2, $3, 'f', $4, '2026-03-07', 'en', $5, 10, "
                 "'t')",
                 {SqlValue(id), SqlValue(name), SqlValue(name),
                  SqlValue("o" + name), SqlValue(name)})
            .ok());
    ASSERT_TRUE(
        db.Query("INSERT INTO event_mentions (doc, event, sentence, "
                 "span_begin, span_end, trigger_text, cameo, root, "
                 "quad_class, goldstein, source_code, target_code, "
                 "reporter_code, negated, hypothetical, location_key, rule) "
                 "VALUES ($1, 0, 0, 0, 4, 'shot', '190', '19', 4, -10, "
                 "'RUSMIL', 'UKR', '', 0, 0, '', 'r')",
                 {SqlValue(id)})
            .ok());
  }
  auto store = db.OpenOrDie();
  ASSERT_NE(store, nullptr);
  EXPECT_GE(store->schema_version(), kStoreSchemaVersion);
  StatusOr<StoreCounts> c = store->Counts();
  ASSERT_TRUE(c.ok());
  EXPECT_EQ(c->documents, 2u);
  EXPECT_EQ(c->stories, 2u);  // each version-1 document is its own story
  EXPECT_EQ(c->events, 2u);
  EXPECT_EQ(db.QueryInt("SELECT count(*) FROM documents WHERE story_id = doc"),
            2);
  EXPECT_EQ(db.QueryInt("SELECT max(num_articles) FROM events"), 1);
  const std::vector<SqlRow> ids =
      db.Rows("SELECT doc, event_id FROM event_mentions ORDER BY doc");
  ASSERT_EQ(ids.size(), 2u);
  for (const SqlRow& r : ids) {
    EXPECT_EQ(std::get<int64_t>(r[1]),
              EventId(std::get<int64_t>(r[0]), "2026-03-07", "RUSMIL", "UKR",
                      "190", ""));
  }
}

TOCSIN_INSTANTIATE_BACKENDS(MigrationTest);

}  // namespace
}  // namespace tocsin
