// One store test suite for every backend: value-parameterised tests
// (TEST_P) get a fresh, private store location per test, on SQLite (a file
// in a temporary folder) or PostgreSQL (a schema of its own in the server
// TOCSIN_TEST_POSTGRES names, dropped afterwards), and read it back through
// backend-neutral queries. SQL in tests is written for both dialects:
// parameters are $1, $2, ... (SQLite reads them as named parameters).
//
// Without TOCSIN_TEST_POSTGRES the PostgreSQL instances skip, saying so;
// with TOCSIN_REQUIRE_POSTGRES=1 (CI) they fail instead.
#ifndef TOCSIN_STORE_STORE_BACKEND_TEST_UTIL_H_
#define TOCSIN_STORE_STORE_BACKEND_TEST_UTIL_H_

#include <gtest/gtest.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

#include "store/postgres/pg_connection.h"
#include "store/postgres/pg_digest.h"
#include "store/postgres/pg_store.h"
#include "store/rows.h"
#include "store/sqlite/sqlite_db.h"
#include "store/sqlite/sqlite_store.h"
#include "store/store_test_util.h"
#include "store/story_picker.h"

namespace tocsin::store_test {

enum class Backend { kSqlite, kPostgres };

inline std::string BackendName(const ::testing::TestParamInfo<Backend>& info) {
  return info.param == Backend::kSqlite ? "Sqlite" : "Postgres";
}

// The server under test, "" when none is configured.
inline std::string TestPostgresUri() {
  const char* uri = std::getenv("TOCSIN_TEST_POSTGRES");
  return uri == nullptr ? "" : uri;
}

inline bool PostgresRequired() {
  const char* required = std::getenv("TOCSIN_REQUIRE_POSTGRES");
  return required != nullptr && std::string(required) == "1";
}

// `uri` with `search_path` set to `schema` and the session named after it
// (so a test can find its backend in pg_stat_activity). REQUIRES: `schema`
// is a plain identifier.
inline std::string WithSchema(const std::string& uri, const std::string& schema,
                              const std::string& session) {
  return uri + (uri.find('?') == std::string::npos ? "?" : "&") +
         "options=-csearch_path%3D" + schema + "&application_name=" + session;
}

// A fresh store location for one test: a SQLite file, or a PostgreSQL
// schema created now and dropped (with everything in it) on destruction.
class TestLocation {
 public:
  explicit TestLocation(Backend backend) : backend_(backend) {
    if (backend == Backend::kSqlite) {
      dir_ = std::make_unique<TempDir>();
      target_ = dir_->File("store.db");
      return;
    }
    static std::atomic<int> counter{0};
    schema_ = "tocsin_test_" + std::to_string(::getpid()) + "_" +
              std::to_string(counter++);
    StatusOr<std::unique_ptr<PgConnection>> admin =
        PgConnection::Open(TestPostgresUri());
    if (!admin.ok()) {
      error_ = admin.status().ToString();
      return;
    }
    admin_ = std::move(*admin);
    Status created = admin_->Exec("DROP SCHEMA IF EXISTS " + schema_ +
                                  " CASCADE; " + "CREATE SCHEMA " + schema_);
    if (!created.ok()) error_ = created.ToString();
    target_ = WithSchema(TestPostgresUri(), schema_, schema_);
    reader_target_ = WithSchema(TestPostgresUri(), schema_, schema_ + "_r");
  }
  ~TestLocation() {
    reader_.reset();
    if (admin_) (void)admin_->Exec("DROP SCHEMA " + schema_ + " CASCADE");
  }

  // Empty when the location is ready, else why not.
  const std::string& error() const { return error_; }
  Backend backend() const { return backend_; }
  // What Store::Open takes.
  const std::string& target() const { return target_; }
  // PostgreSQL only: a connection outside the store's schema, for
  // administration. Stores opened on target() name their sessions
  // (application_name) schema(); the test's own readers do not.
  PgConnection* admin() { return admin_.get(); }
  const std::string& schema() const { return schema_; }

  StatusOr<std::unique_ptr<Store>> Open(
      const StoreOptions& options = {},
      std::unique_ptr<StoryPicker> stories = NewOwnStoryPicker()) {
    if (backend_ == Backend::kSqlite) {
      return OpenSqliteStore(target_, options, std::move(stories));
    }
    return OpenPostgresStore(target_, options, std::move(stories));
  }
  std::unique_ptr<Store> OpenOrDie(const StoreOptions& options = {}) {
    StatusOr<std::unique_ptr<Store>> store = Open(options);
    EXPECT_TRUE(store.ok()) << store.status().ToString();
    return store.ok() ? std::move(*store) : nullptr;
  }

  // The rows `sql` returns, with `params` bound to $1, $2, ...
  StatusOr<std::vector<SqlRow>> Query(const std::string& sql,
                                      const SqlRow& params = {}) {
    if (backend_ == Backend::kPostgres) {
      if (!reader_) {
        TOCSIN_ASSIGN_OR_RETURN(reader_, PgConnection::Open(reader_target_));
      }
      return reader_->Query(sql, params);
    }
    TOCSIN_ASSIGN_OR_RETURN(std::unique_ptr<SqliteDb> db,
                            SqliteDb::Open(target_, /*create=*/false));
    TOCSIN_ASSIGN_OR_RETURN(SqliteStatement q, db->Prepare(sql));
    for (size_t i = 0; i < params.size(); ++i) {
      TOCSIN_RETURN_IF_ERROR(q.Bind(static_cast<int>(i) + 1, params[i]));
    }
    std::vector<SqlRow> rows;
    for (;;) {
      TOCSIN_ASSIGN_OR_RETURN(bool row, q.Step());
      if (!row) return rows;
      SqlRow& out = rows.emplace_back();
      for (int c = 0; c < q.ColumnCount(); ++c) {
        out.push_back(q.ColumnValue(c));
      }
    }
  }
  // The integer in the first column of the first row; -1 (and a failure)
  // on an error, 0 for NULL or no row.
  int64_t QueryInt(const std::string& sql, const SqlRow& params = {}) {
    StatusOr<std::vector<SqlRow>> rows = Query(sql, params);
    EXPECT_TRUE(rows.ok()) << rows.status().ToString();
    if (!rows.ok()) return -1;
    if (rows->empty() || (*rows)[0][0].index() == 0) return 0;
    EXPECT_EQ((*rows)[0][0].index(), 1u) << sql;
    return (*rows)[0][0].index() == 1 ? std::get<int64_t>((*rows)[0][0]) : -1;
  }
  // A Query that must succeed.
  std::vector<SqlRow> Rows(const std::string& sql, const SqlRow& params = {}) {
    StatusOr<std::vector<SqlRow>> rows = Query(sql, params);
    EXPECT_TRUE(rows.ok()) << rows.status().ToString();
    return rows.ok() ? std::move(*rows) : std::vector<SqlRow>{};
  }

  // Every table's digest; `with_times` keeps the ingestion times in.
  std::vector<TableDigest> Digest(bool with_times = false) {
    if (backend_ == Backend::kSqlite) {
      return store_test::Digest(target_, with_times);
    }
    std::vector<std::string> skip;
    if (!with_times) skip.emplace_back(kIngestTimeColumn);
    if (!reader_) {
      StatusOr<std::unique_ptr<PgConnection>> reader =
          PgConnection::Open(reader_target_);
      EXPECT_TRUE(reader.ok()) << reader.status().ToString();
      if (!reader.ok()) return {};
      reader_ = std::move(*reader);
    }
    StatusOr<std::vector<TableDigest>> d = DigestPostgresTables(*reader_, skip);
    EXPECT_TRUE(d.ok()) << d.status().ToString();
    return d.ok() ? *d : std::vector<TableDigest>{};
  }

 private:
  Backend backend_;
  std::string target_, reader_target_, schema_, error_;
  std::unique_ptr<TempDir> dir_;
  std::unique_ptr<PgConnection> admin_, reader_;
};

// A test over every backend: location() is fresh for each test.
class BackendTest : public ::testing::TestWithParam<Backend> {
 protected:
  void SetUp() override {
    if (GetParam() == Backend::kPostgres && TestPostgresUri().empty()) {
      if (PostgresRequired()) {
        FAIL() << "TOCSIN_REQUIRE_POSTGRES=1 but TOCSIN_TEST_POSTGRES is "
                  "unset: the PostgreSQL test server did not start";
      }
      GTEST_SKIP() << "TOCSIN_TEST_POSTGRES is unset: no PostgreSQL server "
                      "to test against (scripts/pg-test-server.sh start DIR "
                      "prints a URI)";
    }
    location_ = std::make_unique<TestLocation>(GetParam());
    ASSERT_EQ(location_->error(), "");
  }
  void TearDown() override { location_.reset(); }

  TestLocation& location() { return *location_; }

 private:
  std::unique_ptr<TestLocation> location_;
};

}  // namespace tocsin::store_test

// Runs the TEST_P tests of `suite` on SQLite and on PostgreSQL.
#define TOCSIN_INSTANTIATE_BACKENDS(suite)                         \
  INSTANTIATE_TEST_SUITE_P(                                        \
      Backends, suite,                                             \
      ::testing::Values(::tocsin::store_test::Backend::kSqlite,    \
                        ::tocsin::store_test::Backend::kPostgres), \
      ::tocsin::store_test::BackendName)

#endif  // TOCSIN_STORE_STORE_BACKEND_TEST_UTIL_H_
