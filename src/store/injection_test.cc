// Values reach SQL only as bound parameters: hostile ids, URLs, titles and
// texts are stored byte for byte, execute nothing, and are found again by
// their own value, on every backend.
#include <gtest/gtest.h>

#include "store/store_backend_test_util.h"

namespace tocsin {
namespace {

using store_test::Analyze;
using store_test::Backend;
using store_test::MakeDoc;

using InjectionTest = store_test::BackendTest;

TEST_P(InjectionTest, HostileValuesAreStoredVerbatim) {
  const std::string hostile[] = {
      "'); DROP TABLE documents; --",
      "\" OR 1=1 --",
      "x'; UPDATE documents SET superseded_by = 1; SELECT '",
      "Robert'); DELETE FROM event_mentions WHERE ('a' = 'a",
      "back\\slash and 'quote' and \"double\" and `tick`",
      "percent % and underscore _ and semicolon ;",
      "«L'armée» a dit « non » ; DROP VIEW events",
  };
  {
    StoreOptions options;
    options.keep_text = true;
    auto store = location().OpenOrDie(options);
    ASSERT_NE(store, nullptr);
    ASSERT_TRUE(store->BeginBatch().ok());
    int n = 0;
    for (const std::string& h : hostile) {
      Document doc = MakeDoc(h, "", "2026-03-07", "en", h,
                             "Russian forces shelled Kharkiv. " + h);
      doc.id += std::to_string(n++);  // distinct keys
      StatusOr<PutResult> r = store->Put(doc, Analyze(doc));
      ASSERT_TRUE(r.ok()) << r.status().ToString();
      EXPECT_EQ(r->outcome, PutOutcome::kInserted);
    }
    ASSERT_TRUE(store->CommitBatch().ok());
  }
  auto& db = location();
  // Every table and the view are still there, every document current.
  EXPECT_EQ(
      db.QueryInt("SELECT count(*) FROM documents WHERE superseded_by IS NULL"),
      static_cast<int64_t>(std::size(hostile)));
  EXPECT_GT(db.QueryInt("SELECT count(*) FROM event_mentions"), 0);
  EXPECT_GT(db.QueryInt("SELECT count(*) FROM events"), 0);
  int n = 0;
  for (const std::string& h : hostile) {
    const std::string id = h + std::to_string(n++);
    const std::vector<SqlRow> rows =
        db.Rows("SELECT title FROM documents WHERE id = $1",
                {SqlValue(std::string_view(id))});
    ASSERT_EQ(rows.size(), 1u) << h;
    EXPECT_EQ(SqlText(rows[0][0]), h);
  }
}

// A NUL byte: SQLite stores it; PostgreSQL text cannot hold one, so the
// Put is refused with a clear error instead of storing a truncated value.
TEST_P(InjectionTest, NulBytes) {
  const std::string nul("nul\0byte", 8);
  auto store = location().OpenOrDie();
  ASSERT_NE(store, nullptr);
  ASSERT_TRUE(store->BeginBatch().ok());
  Document doc = MakeDoc("nul-1", "", "2026-03-07", "en", nul,
                         "Russian forces shelled Kharkiv.");
  StatusOr<PutResult> r = store->Put(doc, Analyze(doc));
  if (GetParam() == Backend::kSqlite) {
    ASSERT_TRUE(r.ok()) << r.status().ToString();
    ASSERT_TRUE(store->CommitBatch().ok());
    const std::vector<SqlRow> rows =
        location().Rows("SELECT title FROM documents WHERE id = $1",
                        {SqlValue(std::string("nul-1"))});
    ASSERT_EQ(rows.size(), 1u);
    EXPECT_EQ(SqlText(rows[0][0]), nul);
  } else {
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.status().code(), StatusCode::kInvalidArgument);
    EXPECT_NE(r.status().message().find("NUL"), std::string::npos);
    ASSERT_TRUE(store->RollbackBatch().ok());
    EXPECT_EQ(location().QueryInt("SELECT count(*) FROM documents"), 0);
  }
}

TOCSIN_INSTANTIATE_BACKENDS(InjectionTest);

}  // namespace
}  // namespace tocsin
