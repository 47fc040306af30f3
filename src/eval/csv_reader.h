// A CSV reader (RFC 4180) over text held in memory, for evaluation files
// such as ACLED exports. No installed library reads CSV, hence this one.
//
// Records end at "\n" or "\r\n"; fields are separated by ','. A field that
// starts with '"' is quoted: it may hold commas, newlines and doubled
// quotes ("" reads as "), and ends at the next single quote. A quote inside
// an unquoted field is kept as data (lenient, as most writers and readers
// are). A UTF-8 byte-order mark at the start is skipped. Whitespace is data:
// nothing is trimmed. A blank line is a record of one empty field.
#ifndef TOCSIN_EVAL_CSV_READER_H_
#define TOCSIN_EVAL_CSV_READER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "tocsin/status.h"

namespace tocsin {

// Not thread-safe; one reader per text. `text` must outlive the reader.
class CsvReader {
 public:
  // `name` (a file name) prefixes error messages.
  CsvReader(std::string_view text, std::string_view name);

  // Reads the next record into *fields (cleared first). Returns false at the
  // end of the input. Otherwise returns true and sets *status:
  //   OK: a well-formed record;
  //   InvalidArgument "name:line: text after a closing quote": a malformed
  //     record; the reader has moved past it, so reading can go on;
  //   DataLoss "name:line: unterminated quoted field": the quote opened on
  //     `line` never closes; the rest of the input was consumed, so the next
  //     call returns false. Rows cannot be told apart after that point.
  bool Next(std::vector<std::string>* fields, Status* status);

  // The 1-based line on which the record Next() read last starts.
  uint32_t line() const { return record_line_; }

 private:
  // Reads a quoted field after its opening quote; false if it never closes.
  bool ReadQuoted(std::string* field);
  // Appends bytes up to the next ',' or end of line (not consumed).
  void ReadUnquoted(std::string* field);
  bool AtFieldEnd() const;
  Status Error(StatusCode code, uint32_t line, std::string_view why) const;

  std::string_view text_;
  std::string name_;
  size_t pos_ = 0;
  uint32_t line_ = 1;  // line of pos_
  uint32_t record_line_ = 0;
};

}  // namespace tocsin

#endif  // TOCSIN_EVAL_CSV_READER_H_
