// Inserts the rows of one table several at a time ("INSERT ... VALUES
// (...), (...), ..."): each statement execution has a fixed cost (opening
// the statement's transaction, halting), which one-row inserts pay ~60
// times per document.
#ifndef TOCSIN_STORE_SQLITE_GROUPED_INSERT_H_
#define TOCSIN_STORE_SQLITE_GROUPED_INSERT_H_

#include <array>
#include <cstddef>
#include <string>
#include <vector>

#include "store/rows.h"
#include "store/sqlite/sqlite_db.h"

namespace tocsin {

// "INSERT INTO t (a, b) VALUES (?, ?), (?, ?)" for `rows` rows, from our
// own identifiers: values are always bound, never spliced.
std::string SqliteInsertSql(const TableSpec& spec, size_t rows = 1);

class GroupedInsert {
 public:
  static constexpr size_t kGroup = 8;

  // REQUIRES: `db` and `spec` outlive the object.
  GroupedInsert(SqliteDb* db, const TableSpec* spec) : db_(db), spec_(spec) {}

  // Queues a copy of `row`, writing a full group at once. Text the row
  // borrows must stay alive until the next Flush.
  Status Add(const SqlRow& row);
  // Writes the queued rows.
  Status Flush();
  // Drops the queued rows (their Put failed; its batch is rolled back).
  void Discard() { count_ = 0; }

 private:
  Status Write(size_t count);
  StatusOr<SqliteStatement*> Statement(size_t rows);

  SqliteDb* db_;
  const TableSpec* spec_;
  std::vector<SqlRow> pending_;  // reused: grows to kGroup rows once
  size_t count_ = 0;
  std::array<SqliteStatement, kGroup + 1> by_rows_;  // prepared on first use
  std::array<bool, kGroup + 1> prepared_{};
};

}  // namespace tocsin

#endif  // TOCSIN_STORE_SQLITE_GROUPED_INSERT_H_
