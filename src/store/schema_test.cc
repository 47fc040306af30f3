// Schema versions and migrations: a new store is at the latest version with
// every column rows.h writes; a version-1 store migrates, data kept; a store
// of a newer version, or a database that is not a store, is refused.
#include "store/schema.h"

#include <gtest/gtest.h>

#include "store/identity.h"
#include "store/rows.h"
#include "store/sqlite/sqlite_db.h"
#include "store/sqlite/sqlite_schema.h"
#include "store/store_test_util.h"

namespace tocsin {
namespace {

using store_test::OpenOrDie;
using store_test::TempDir;

std::unique_ptr<SqliteDb> OpenDb(const std::string& path) {
  StatusOr<std::unique_ptr<SqliteDb>> db = SqliteDb::Open(path, true);
  EXPECT_TRUE(db.ok()) << db.status().ToString();
  return db.ok() ? std::move(*db) : nullptr;
}

std::vector<std::string> Columns(SqliteDb& db, std::string_view table) {
  std::vector<std::string> columns;
  StatusOr<SqliteStatement> q =
      db.Prepare("SELECT name FROM pragma_table_info(?) ORDER BY cid");
  EXPECT_TRUE(q.ok());
  EXPECT_TRUE(q->BindText(1, table).ok());
  while (store_test::NextRow(*q)) columns.push_back(q->ColumnText(0));
  return columns;
}

TEST(SchemaTest, NewStoreHasEveryColumnTheRowsWrite) {
  TempDir dir;
  const std::string path = dir.File("n.db");
  auto store = OpenOrDie(path);
  ASSERT_NE(store, nullptr);
  EXPECT_EQ(store->schema_version(), kStoreSchemaVersion);
  auto db = OpenDb(path);
  std::vector<const TableSpec*> specs = {&DocumentInsertSpec(),
                                         &StorySignatureSpec()};
  for (int t = 0; t < kChildTableCount; ++t) {
    specs.push_back(&ChildTableSpec(static_cast<ChildTable>(t)));
  }
  for (const TableSpec* spec : specs) {
    const std::vector<std::string> columns = Columns(*db, spec->name);
    for (std::string_view column : spec->columns) {
      EXPECT_NE(std::find(columns.begin(), columns.end(), column),
                columns.end())
          << spec->name << "." << column;
    }
    // Child and story rows fill every column, in the table's order.
    if (spec->name != "documents") {
      EXPECT_EQ(columns.size(), spec->columns.size()) << spec->name;
    }
  }
  EXPECT_EQ(Columns(*db, "documents").back(), "story_id");
}

TEST(SchemaTest, VersionOneStoreMigratesKeepingItsRows) {
  TempDir dir;
  const std::string path = dir.File("v1.db");
  {
    auto db = OpenDb(path);
    ASSERT_TRUE(MigrateSqlite(*db, 1).ok());
    StatusOr<int> version = ReadSqliteSchemaVersion(*db);
    ASSERT_TRUE(version.ok());
    ASSERT_EQ(*version, 1);
    // What a version-1 ingest wrote: two documents, one event each.
    StatusOr<SqliteStatement> doc = db->Prepare(
        "INSERT INTO documents (doc, doc_key, id, source, outlet, day, "
        "language, content_hash, text_bytes, ingested_at) "
        "VALUES (?, ?, ?, 'f', ?, '2026-03-07', 'en', ?, 10, 't')");
    StatusOr<SqliteStatement> event = db->Prepare(
        "INSERT INTO event_mentions (doc, event, sentence, span_begin, "
        "span_end, trigger_text, cameo, root, quad_class, goldstein, "
        "source_code, target_code, reporter_code, negated, hypothetical, "
        "location_key, rule) VALUES (?, 0, 0, 0, 4, 'shot', "
        "'190', '19', 4, -10, 'RUSMIL', 'UKR', '', 0, 0, '', 'r')");
    ASSERT_TRUE(doc.ok() && event.ok());
    for (int64_t id : {1, 2}) {
      const std::string name = "d" + std::to_string(id);
      const SqlRow row = {SqlValue(id), SqlValue(name), SqlValue(name),
                          SqlValue("o" + name), SqlValue(name)};
      ASSERT_TRUE(doc->BindRow(row).ok());
      ASSERT_TRUE(doc->Run().ok());
      ASSERT_TRUE(event->BindInt(1, id).ok());
      ASSERT_TRUE(event->Run().ok());
    }
  }
  auto store = OpenOrDie(path);
  ASSERT_NE(store, nullptr);
  EXPECT_EQ(store->schema_version(), kStoreSchemaVersion);
  StatusOr<StoreCounts> c = store->Counts();
  ASSERT_TRUE(c.ok());
  EXPECT_EQ(c->documents, 2u);
  EXPECT_EQ(c->stories, 2u);  // each version-1 document is its own story
  EXPECT_EQ(c->events, 2u);
  auto db = OpenDb(path);
  EXPECT_EQ(store_test::QueryInt(*db,
                                 "SELECT count(*) FROM documents "
                                 "WHERE story_id = doc"),
            2);
  EXPECT_EQ(store_test::QueryInt(*db, "SELECT max(num_articles) FROM events"),
            1);
  // The version-1 mentions got the ids a version-2 ingest gives them.
  StatusOr<SqliteStatement> ids =
      db->Prepare("SELECT doc, event_id FROM event_mentions ORDER BY doc");
  ASSERT_TRUE(ids.ok());
  int rows = 0;
  while (store_test::NextRow(*ids)) {
    ++rows;
    EXPECT_EQ(ids->ColumnInt(1), EventId(ids->ColumnInt(0), "2026-03-07",
                                         "RUSMIL", "UKR", "190", ""));
  }
  EXPECT_EQ(rows, 2);
}

TEST(SchemaTest, RefusesNewerAndForeignDatabases) {
  TempDir dir;
  const std::string newer = dir.File("newer.db");
  {
    auto store = OpenOrDie(newer);
    ASSERT_NE(store, nullptr);
  }
  ASSERT_TRUE(
      OpenDb(newer)->Exec("UPDATE schema_version SET version = 99").ok());
  const std::string foreign = dir.File("foreign.db");
  ASSERT_TRUE(OpenDb(foreign)->Exec("CREATE TABLE t (x INTEGER)").ok());
  struct Case {
    std::string path, message_part;
  };
  const Case cases[] = {
      {newer, "schema version 99, newer than this tocsin knows (" +
                  std::to_string(kStoreSchemaVersion) + ")"},
      {foreign, "is not a tocsin store"},
  };
  for (const Case& c : cases) {
    StatusOr<std::unique_ptr<Store>> store = Store::Open(c.path, {});
    ASSERT_FALSE(store.ok()) << c.path;
    EXPECT_EQ(store.status().code(), StatusCode::kFailedPrecondition);
    EXPECT_NE(store.status().message().find(c.message_part), std::string::npos)
        << store.status().ToString();
  }
  // Refusing changed nothing.
  EXPECT_EQ(store_test::QueryInt(*OpenDb(newer),
                                 "SELECT version FROM schema_version"),
            99);
}

TEST(SchemaTest, MigratingTwiceIsHarmless) {
  TempDir dir;
  const std::string path = dir.File("twice.db");
  auto db = OpenDb(path);
  ASSERT_TRUE(MigrateSqlite(*db, kStoreSchemaVersion).ok());
  ASSERT_TRUE(MigrateSqlite(*db, kStoreSchemaVersion).ok());
  EXPECT_EQ(store_test::QueryInt(*db, "SELECT count(*) FROM schema_version"),
            1);
  StatusOr<int> version = ReadSqliteSchemaVersion(*db);
  ASSERT_TRUE(version.ok());
  EXPECT_EQ(*version, kStoreSchemaVersion);
}

}  // namespace
}  // namespace tocsin
