#include "store/sqlite/sqlite_db.h"

#include <sqlite3.h>

#include <utility>

namespace tocsin {
namespace {

StatusCode CodeFor(int rc) {
  switch (rc & 0xff) {  // the primary result code
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
    case SQLITE_CANTOPEN:
    case SQLITE_IOERR:
    case SQLITE_READONLY:
    case SQLITE_PERM:
      return StatusCode::kUnavailable;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      return StatusCode::kDataLoss;
    case SQLITE_FULL:
    case SQLITE_NOMEM:
    case SQLITE_TOOBIG:
      return StatusCode::kResourceExhausted;
    case SQLITE_CONSTRAINT:
    case SQLITE_MISMATCH:
      return StatusCode::kFailedPrecondition;
    default:
      return StatusCode::kInternal;
  }
}

std::string Message(sqlite3* db, int rc, std::string_view path,
                    std::string_view what) {
  std::string m = "SQLite database '" + std::string(path) + "': ";
  m.append(what);
  m += ": ";
  m += db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
  return m;
}

}  // namespace

SqliteStatement::~SqliteStatement() { sqlite3_finalize(stmt_); }

SqliteStatement::SqliteStatement(SqliteStatement&& other) noexcept
    : db_(other.db_), stmt_(std::exchange(other.stmt_, nullptr)) {}

SqliteStatement& SqliteStatement::operator=(SqliteStatement&& other) noexcept {
  if (this != &other) {
    sqlite3_finalize(stmt_);
    db_ = other.db_;
    stmt_ = std::exchange(other.stmt_, nullptr);
  }
  return *this;
}

Status SqliteStatement::Check(int rc, std::string_view what) const {
  if (rc == SQLITE_OK) return Status::OK();
  const char* file = sqlite3_db_filename(db_, "main");
  const char* sql = stmt_ != nullptr ? sqlite3_sql(stmt_) : nullptr;
  std::string context(what);
  if (sql != nullptr) context += std::string(" (") + sql + ")";
  return Status(CodeFor(rc), Message(db_, rc, file ? file : "", context));
}

Status SqliteStatement::Bind(int index, const SqlValue& value) {
  return std::visit(
      [&](const auto& v) -> Status {
        using T = std::decay_t<decltype(v)>;
        if constexpr (std::is_same_v<T, std::monostate>) {
          return BindNull(index);
        } else if constexpr (std::is_same_v<T, int64_t>) {
          return BindInt(index, v);
        } else if constexpr (std::is_same_v<T, double>) {
          return Check(sqlite3_bind_double(stmt_, index, v), "bind");
        } else {  // owned or borrowed text
          return BindText(index, v);
        }
      },
      value);
}

Status SqliteStatement::BindText(int index, std::string_view text) {
  // SQLITE_STATIC: no copy; the caller keeps the bytes until the step.
  return Check(sqlite3_bind_text64(stmt_, index, text.data(), text.size(),
                                   SQLITE_STATIC, SQLITE_UTF8),
               "bind");
}

Status SqliteStatement::BindInt(int index, int64_t value) {
  return Check(sqlite3_bind_int64(stmt_, index, value), "bind");
}

Status SqliteStatement::BindNull(int index) {
  return Check(sqlite3_bind_null(stmt_, index), "bind");
}

Status SqliteStatement::BindRow(const SqlRow& row) {
  for (size_t i = 0; i < row.size(); ++i) {
    TOCSIN_RETURN_IF_ERROR(Bind(static_cast<int>(i) + 1, row[i]));
  }
  return Status::OK();
}

StatusOr<bool> SqliteStatement::Step() {
  const int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  Status error = Check(rc, "step");
  sqlite3_reset(stmt_);
  return error;
}

Status SqliteStatement::Run() {
  for (;;) {
    StatusOr<bool> row = Step();
    if (!row.ok()) return row.status();
    if (!*row) break;
  }
  // Not Reset(): clearing the bindings costs, and a reused statement is
  // bound again in full. REQUIRES of BindText: bytes alive until the step.
  sqlite3_reset(stmt_);
  return Status::OK();
}

void SqliteStatement::Reset() {
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
}

int SqliteStatement::ColumnCount() const { return sqlite3_column_count(stmt_); }

std::string_view SqliteStatement::ColumnName(int column) const {
  const char* name = sqlite3_column_name(stmt_, column);
  return name ? name : "";
}

bool SqliteStatement::ColumnIsNull(int column) const {
  return sqlite3_column_type(stmt_, column) == SQLITE_NULL;
}

int64_t SqliteStatement::ColumnInt(int column) const {
  return sqlite3_column_int64(stmt_, column);
}

double SqliteStatement::ColumnDouble(int column) const {
  return sqlite3_column_double(stmt_, column);
}

std::string SqliteStatement::ColumnText(int column) const {
  const unsigned char* text = sqlite3_column_text(stmt_, column);
  const int size = sqlite3_column_bytes(stmt_, column);
  if (text == nullptr) return {};
  return std::string(reinterpret_cast<const char*>(text), size);
}

std::string_view SqliteStatement::ColumnView(int column) const {
  const unsigned char* text = sqlite3_column_text(stmt_, column);
  const int size = sqlite3_column_bytes(stmt_, column);
  if (text == nullptr) return {};
  return std::string_view(reinterpret_cast<const char*>(text),
                          static_cast<size_t>(size));
}

SqlValue SqliteStatement::ColumnValue(int column) const {
  switch (sqlite3_column_type(stmt_, column)) {
    case SQLITE_NULL:
      return SqlValue();
    case SQLITE_INTEGER:
      return SqlValue(ColumnInt(column));
    case SQLITE_FLOAT:
      return SqlValue(ColumnDouble(column));
    default:
      return SqlValue(ColumnText(column));
  }
}

StatusOr<std::unique_ptr<SqliteDb>> SqliteDb::Open(const std::string& path,
                                                   bool create,
                                                   bool read_only) {
  int flags = read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
  if (create && !read_only) flags |= SQLITE_OPEN_CREATE;
  // The Store is thread-compatible: no SQLite-level mutexes needed.
  flags |= SQLITE_OPEN_NOMUTEX;
  sqlite3* db = nullptr;
  const int rc = sqlite3_open_v2(path.c_str(), &db, flags, nullptr);
  if (rc != SQLITE_OK) {
    std::string message = Message(db, rc, path, "cannot open");
    sqlite3_close(db);
    if ((rc & 0xff) == SQLITE_CANTOPEN && !create) {
      return NotFoundError(message);
    }
    return Status(CodeFor(rc), message);
  }
  sqlite3_extended_result_codes(db, 1);
  // Another process's batch holds the write lock: wait for it rather than
  // failing at once.
  sqlite3_busy_timeout(db, 10000);
  return std::unique_ptr<SqliteDb>(new SqliteDb(db, path));
}

SqliteDb::~SqliteDb() { sqlite3_close_v2(db_); }

Status SqliteDb::Exec(const char* sql) {
  const int rc = sqlite3_exec(db_, sql, nullptr, nullptr, nullptr);
  if (rc == SQLITE_OK) return Status::OK();
  return ErrorStatus(rc, sql);
}

StatusOr<SqliteStatement> SqliteDb::Prepare(std::string_view sql) {
  sqlite3_stmt* stmt = nullptr;
  const int rc =
      sqlite3_prepare_v3(db_, sql.data(), static_cast<int>(sql.size()),
                         SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
  if (rc != SQLITE_OK) {
    return ErrorStatus(rc, "prepare " + std::string(sql));
  }
  return SqliteStatement(db_, stmt);
}

StatusOr<int64_t> SqliteDb::QueryInt(std::string_view sql) {
  TOCSIN_ASSIGN_OR_RETURN(SqliteStatement stmt, Prepare(sql));
  TOCSIN_ASSIGN_OR_RETURN(bool row, stmt.Step());
  return row ? stmt.ColumnInt(0) : 0;
}

int64_t SqliteDb::LastInsertRowid() const {
  return sqlite3_last_insert_rowid(db_);
}

Status SqliteDb::ErrorStatus(int rc, std::string_view what) const {
  return Status(CodeFor(rc), Message(db_, rc, path_, what));
}

}  // namespace tocsin
