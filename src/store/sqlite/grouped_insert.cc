#include "store/sqlite/grouped_insert.h"

namespace tocsin {

std::string SqliteInsertSql(const TableSpec& spec, size_t rows) {
  std::string sql = "INSERT INTO " + std::string(spec.name) + " (";
  std::string one = "(";
  for (size_t c = 0; c < spec.columns.size(); ++c) {
    sql += c ? ", " : "";
    sql += spec.columns[c];
    one += c ? ", ?" : "?";
  }
  sql += ") VALUES ";
  for (size_t r = 0; r < rows; ++r) sql += (r ? ", " : "") + one + ")";
  return sql;
}

Status GroupedInsert::Add(const SqlRow& row) {
  if (pending_.size() <= count_) pending_.resize(count_ + 1);
  pending_[count_++] = row;  // element-wise: keeps the row's capacity
  if (count_ < kGroup) return Status::OK();
  Status written = Write(count_);
  count_ = 0;
  return written;
}

Status GroupedInsert::Flush() {
  Status written = count_ > 0 ? Write(count_) : Status::OK();
  count_ = 0;
  return written;
}

Status GroupedInsert::Write(size_t count) {
  TOCSIN_ASSIGN_OR_RETURN(SqliteStatement * insert, Statement(count));
  const size_t columns = spec_->columns.size();
  for (size_t r = 0; r < count; ++r) {
    const SqlRow& row = pending_[r];
    if (row.size() != columns) {
      return InternalError(std::string(spec_->name) + ": a row of " +
                           std::to_string(row.size()) + " values for " +
                           std::to_string(columns) + " columns");
    }
    for (size_t c = 0; c < columns; ++c) {
      TOCSIN_RETURN_IF_ERROR(
          insert->Bind(static_cast<int>(r * columns + c + 1), row[c]));
    }
  }
  return insert->Run();
}

StatusOr<SqliteStatement*> GroupedInsert::Statement(size_t rows) {
  if (!prepared_[rows]) {
    TOCSIN_ASSIGN_OR_RETURN(by_rows_[rows],
                            db_->Prepare(SqliteInsertSql(*spec_, rows)));
    prepared_[rows] = true;
  }
  return &by_rows_[rows];
}

}  // namespace tocsin
