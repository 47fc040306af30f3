// libFuzzer target for the CSV reader and the ACLED export parser: any
// input gives records or a clean error, never a crash, hang or leak. Record
// lines never go back, every accepted row has coordinates in range, and the
// row limit is honoured.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "eval/acled_eval.h"
#include "eval/csv_reader.h"
#include "util/great_circle.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > (1u << 20)) return 0;  // 1 MiB cap
  const std::string_view input(reinterpret_cast<const char*>(data), size);

  tocsin::CsvReader reader(input, "fuzz");
  std::vector<std::string> fields;
  tocsin::Status status;
  uint32_t last_line = 0;
  size_t records = 0;
  while (reader.Next(&fields, &status)) {
    if (fields.empty() || reader.line() < last_line || ++records > size + 1) {
      __builtin_trap();
    }
    last_line = reader.line();
  }

  const size_t limit = size % 4;  // 0: no limit
  auto file = tocsin::ParseAcledCsv(input, "fuzz", limit);
  if (!file.ok()) return 0;
  if (limit > 0 && file->rows.size() > limit) __builtin_trap();
  if (file->problems.size() > tocsin::kMaxAcledProblems ||
      file->problems.size() > file->malformed) {
    __builtin_trap();
  }
  for (const tocsin::AcledRow& row : file->rows) {
    if (!(std::fabs(row.latitude) <= 90) || !(std::fabs(row.longitude) <= 180))
      __builtin_trap();
    (void)tocsin::AcledDateToIso(row.event_date);
    (void)tocsin::SameAdmin1(row.admin1, row.admin2);
    const double d = tocsin::GreatCircleKm(row.latitude, row.longitude, 0, 0);
    if (!(d >= 0 && d <= 20016)) __builtin_trap();
  }
  return 0;
}
