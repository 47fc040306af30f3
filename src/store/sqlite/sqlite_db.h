// A thin RAII layer over the SQLite C API: a connection and its prepared
// statements, with every result code turned into a Status. Values only
// ever reach SQL through Bind*: SQL text is constant or built from our own
// identifiers (table and column names), never from data.
#ifndef TOCSIN_STORE_SQLITE_SQLITE_DB_H_
#define TOCSIN_STORE_SQLITE_SQLITE_DB_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "store/rows.h"
#include "tocsin/status.h"

struct sqlite3;
struct sqlite3_stmt;

namespace tocsin {

// A prepared statement. Movable; finalised on destruction. REQUIRES: the
// connection that prepared it outlives it.
class SqliteStatement {
 public:
  SqliteStatement() = default;
  SqliteStatement(sqlite3* db, sqlite3_stmt* stmt) : db_(db), stmt_(stmt) {}
  ~SqliteStatement();
  SqliteStatement(SqliteStatement&& other) noexcept;
  SqliteStatement& operator=(SqliteStatement&& other) noexcept;
  SqliteStatement(const SqliteStatement&) = delete;
  SqliteStatement& operator=(const SqliteStatement&) = delete;

  // Parameters are 1-based, in the order of the `?` placeholders. Text is
  // not copied: REQUIRES the bytes stay alive until the statement is
  // stepped (Step/Run) or bound again.
  Status Bind(int index, const SqlValue& value);
  Status BindText(int index, std::string_view text);
  Status BindInt(int index, int64_t value);
  Status BindNull(int index);
  // Binds row[i] to parameter i + 1.
  Status BindRow(const SqlRow& row);

  // Advances: true when a result row is ready, false when done.
  StatusOr<bool> Step();
  // Steps until done (statements without result rows), then resets,
  // keeping the bindings.
  Status Run();
  // Ready to run again; bindings are cleared.
  void Reset();

  int ColumnCount() const;
  std::string_view ColumnName(int column) const;
  bool ColumnIsNull(int column) const;
  int64_t ColumnInt(int column) const;
  double ColumnDouble(int column) const;
  std::string ColumnText(int column) const;
  // The text in place, valid until the next Step, Reset or column read of
  // another type.
  std::string_view ColumnView(int column) const;
  // The column as a value of its stored type (integer, real, text; blobs
  // read as text).
  SqlValue ColumnValue(int column) const;

 private:
  Status Check(int rc, std::string_view what) const;
  sqlite3* db_ = nullptr;
  sqlite3_stmt* stmt_ = nullptr;
};

class SqliteDb {
 public:
  // Opens `path` (":memory:" for a private in-memory database). With
  // `create` false a missing file is NotFound; `read_only` opens it so.
  static StatusOr<std::unique_ptr<SqliteDb>> Open(const std::string& path,
                                                  bool create,
                                                  bool read_only = false);
  ~SqliteDb();
  SqliteDb(const SqliteDb&) = delete;
  SqliteDb& operator=(const SqliteDb&) = delete;

  // Runs constant SQL (DDL, PRAGMA, BEGIN/COMMIT): no parameters.
  Status Exec(const char* sql);
  StatusOr<SqliteStatement> Prepare(std::string_view sql);
  // The single integer a query returns (NULL reads as 0).
  StatusOr<int64_t> QueryInt(std::string_view sql);
  int64_t LastInsertRowid() const;
  const std::string& path() const { return path_; }

  // A Status for result code `rc`, naming the database and `what`.
  Status ErrorStatus(int rc, std::string_view what) const;

 private:
  SqliteDb(sqlite3* db, std::string path) : db_(db), path_(std::move(path)) {}
  sqlite3* db_;
  std::string path_;
};

}  // namespace tocsin

#endif  // TOCSIN_STORE_SQLITE_SQLITE_DB_H_
