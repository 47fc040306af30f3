// The SQL behind Store::Scan, FirstReport and Quotations, written once for
// both backends. Each backend runs a statement through a Select function
// that hands every result row to a callback as a ResultRow, which reads
// columns in place: a scan of millions of mentions copies no row.
#ifndef TOCSIN_STORE_SCAN_SQL_H_
#define TOCSIN_STORE_SCAN_SQL_H_

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "store/event_query_sql.h"
#include "store/rows.h"
#include "tocsin/status.h"
#include "tocsin/store_scan.h"

namespace tocsin {

// One result row, valid during the callback. Columns are 0-based; NULL
// reads as 0 or "".
class ResultRow {
 public:
  virtual ~ResultRow() = default;
  virtual int64_t Int(int column) const = 0;
  virtual double Double(int column) const = 0;
  virtual std::string_view Text(int column) const = 0;
};

using RowCallback = std::function<Status(const ResultRow&)>;
using SelectFunction = std::function<Status(
    const std::string& sql, const SqlRow& params, const RowCallback& on_row)>;

// A ResultRow over an owned SqlRow (for backends that fetch whole results).
class SqlRowView : public ResultRow {
 public:
  explicit SqlRowView(const SqlRow& row) : row_(row) {}
  int64_t Int(int column) const override;
  double Double(int column) const override;
  std::string_view Text(int column) const override;

 private:
  const SqlRow& row_;
};

StatusOr<uint64_t> ScanStore(const QueryDialect& dialect,
                             const SelectFunction& select,
                             const StoreScanRange& range, StoreScanSink& sink);
StatusOr<EventReport> FirstEventReport(const QueryDialect& dialect,
                                       const SelectFunction& select,
                                       int64_t event_id);
StatusOr<DocumentReport> DescribeStoredDocument(const QueryDialect& dialect,
                                                const SelectFunction& select,
                                                int64_t doc);
StatusOr<std::vector<StoredQuotation>> DocumentQuotations(
    const QueryDialect& dialect, const SelectFunction& select, int64_t doc);

}  // namespace tocsin

#endif  // TOCSIN_STORE_SCAN_SQL_H_
