// What only the SQLite backend has: file open errors and in-memory stores.
// The behaviour both backends share is tested in store_test.cc.
#include <gtest/gtest.h>

#include <fstream>

#include "store/store_test_util.h"

namespace tocsin {
namespace {

using store_test::Analyze;
using store_test::FixtureDocuments;
using store_test::OpenOrDie;
using store_test::TempDir;

TEST(SqliteStoreTest, OpenErrorsAreClear) {
  TempDir dir;
  const std::string garbage = dir.File("garbage.db");
  std::ofstream(garbage) << std::string(4096, 'x');
  struct Case {
    std::string target;
    bool create;
    StatusCode code;
    std::string message_part;
  };
  const Case cases[] = {
      {"", true, StatusCode::kInvalidArgument, "no store"},
      {dir.File("missing.db"), false, StatusCode::kNotFound, "missing.db"},
      {dir.File("no/such/dir/x.db"), true, StatusCode::kUnavailable,
       "cannot open"},
      {garbage, true, StatusCode::kDataLoss, "not a database"},
  };
  for (const Case& c : cases) {
    StoreOptions options;
    options.create_if_missing = c.create;
    StatusOr<std::unique_ptr<Store>> store = Store::Open(c.target, options);
    ASSERT_FALSE(store.ok()) << c.target;
    EXPECT_EQ(store.status().code(), c.code) << store.status().ToString();
    EXPECT_NE(store.status().message().find(c.message_part), std::string::npos)
        << store.status().ToString();
    EXPECT_EQ(store.status().message().find("secret"), std::string::npos);
  }
}

TEST(SqliteStoreTest, InMemoryStoreWorks) {
  auto store = OpenOrDie(":memory:");
  ASSERT_NE(store, nullptr);
  EXPECT_EQ(store->schema_version(), Store::LatestSchemaVersion());
  const std::vector<Document> docs = FixtureDocuments();
  ASSERT_TRUE(store->BeginBatch().ok());
  for (const Document& doc : docs) {
    ASSERT_TRUE(store->Put(doc, Analyze(doc)).ok());
  }
  ASSERT_TRUE(store->CommitBatch().ok());
  StatusOr<StoreCounts> c = store->Counts();
  ASSERT_TRUE(c.ok());
  EXPECT_EQ(c->documents, docs.size());
}

}  // namespace
}  // namespace tocsin
