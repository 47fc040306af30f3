// Reading ACLED CSV exports (declared in acled_eval.h).
#include <fmt/format.h>

#include <array>
#include <charconv>
#include <cmath>
#include <fstream>
#include <sstream>

#include "eval/acled_eval.h"
#include "eval/csv_reader.h"
#include "ingest/decode.h"
#include "util/strings.h"

namespace tocsin {
namespace {

enum Column {
  kEventId,
  kDate,
  kCountry,
  kAdmin1,
  kAdmin2,
  kLocation,
  kLatitude,
  kLongitude,
  kPrecision,
  kNotes,
  kColumnCount
};

constexpr std::array<std::string_view, kColumnCount> kColumnNames = {
    "event_id_cnty", "event_date", "country",   "admin1",        "admin2",
    "location",      "latitude",   "longitude", "geo_precision", "notes"};

using ColumnIndex = std::array<size_t, kColumnCount>;

template <typename T>
bool ParseNumber(std::string_view s, T* out) {
  s = TrimWhitespace(s);
  if (s.empty()) return false;
  if (s.front() == '+') s.remove_prefix(1);
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), *out);
  return ec == std::errc() && end == s.data() + s.size();
}

// Why `value` is not a coordinate within +-`limit` degrees; "" if it is.
std::string CheckCoordinate(std::string_view column, std::string_view value,
                            double limit, double* out) {
  if (!ParseNumber(value, out) || !std::isfinite(*out)) {
    return fmt::format("{} '{}' is not a number", column, value);
  }
  if (std::fabs(*out) > limit) {
    return fmt::format("{} {} is out of range", column, value);
  }
  return "";
}

// Fills *row from a record of the header's width; "" or why it is unusable.
std::string FillRow(const std::vector<std::string>& fields,
                    const ColumnIndex& index, AcledRow* row) {
  auto field = [&](Column c) -> const std::string& { return fields[index[c]]; };
  std::string why =
      CheckCoordinate("latitude", field(kLatitude), 90, &row->latitude);
  if (why.empty()) {
    why = CheckCoordinate("longitude", field(kLongitude), 180, &row->longitude);
  }
  if (!why.empty()) return why;
  const std::string_view precision = TrimWhitespace(field(kPrecision));
  if (!precision.empty() && !ParseNumber(precision, &row->geo_precision)) {
    return fmt::format("geo_precision '{}' is not an integer", precision);
  }
  row->event_id = field(kEventId);
  row->event_date = field(kDate);
  row->country = field(kCountry);
  row->admin1 = field(kAdmin1);
  row->admin2 = field(kAdmin2);
  row->location = field(kLocation);
  row->notes = field(kNotes);
  return "";
}

// The position of each needed column, or InvalidArgument naming the
// missing ones.
StatusOr<ColumnIndex> FindColumns(const std::vector<std::string>& header,
                                  std::string_view name, uint32_t line) {
  ColumnIndex index;
  index.fill(std::string_view::npos);
  for (size_t i = 0; i < header.size(); ++i) {
    const std::string column = ToLowerAscii(TrimWhitespace(header[i]));
    for (size_t c = 0; c < kColumnCount; ++c) {
      if (column == kColumnNames[c] && index[c] == std::string_view::npos) {
        index[c] = i;
      }
    }
  }
  std::string missing;
  for (size_t c = 0; c < kColumnCount; ++c) {
    if (index[c] != std::string_view::npos) continue;
    if (!missing.empty()) missing += ", ";
    missing += kColumnNames[c];
  }
  if (!missing.empty()) {
    return InvalidArgumentError(
        fmt::format("{}:{}: missing column(s) {}", name, line, missing));
  }
  return index;
}

}  // namespace

StatusOr<AcledFile> ParseAcledCsv(std::string_view text, std::string_view name,
                                  size_t limit) {
  CsvReader reader(text, name);
  std::vector<std::string> fields;
  Status status;
  if (!reader.Next(&fields, &status)) {
    return InvalidArgumentError(
        fmt::format("{}:1: empty file, no header row", name));
  }
  if (!status.ok()) return status;
  TOCSIN_ASSIGN_OR_RETURN(const ColumnIndex index,
                          FindColumns(fields, name, reader.line()));
  const size_t width = fields.size();
  AcledFile file;
  while ((limit == 0 || file.rows.size() < limit) &&
         reader.Next(&fields, &status)) {
    if (status.code() == StatusCode::kDataLoss) return status;
    if (status.ok() && fields.size() == 1 && fields[0].empty()) continue;
    std::string why;
    AcledRow row;
    if (!status.ok()) {
      why = status.message();
    } else if (fields.size() != width) {
      why = fmt::format("{}:{}: {} fields, the header has {}", name,
                        reader.line(), fields.size(), width);
    } else if (std::string bad = FillRow(fields, index, &row); !bad.empty()) {
      why = fmt::format("{}:{}: {}", name, reader.line(), bad);
    }
    if (!why.empty()) {
      ++file.malformed;
      if (file.problems.size() < kMaxAcledProblems) {
        file.problems.push_back(std::move(why));
      }
      continue;
    }
    row.line = reader.line();
    file.rows.push_back(std::move(row));
  }
  return file;
}

StatusOr<AcledFile> ReadAcledCsv(const std::string& path, size_t limit) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return NotFoundError("cannot open " + path);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return ParseAcledCsv(DecodeToUtf8(buffer.str()).utf8, path, limit);
}

std::string AcledDateToIso(std::string_view date) {
  date = TrimWhitespace(date);
  auto digits = [](std::string_view s) {
    return !s.empty() && s.find_first_not_of("0123456789") == s.npos;
  };
  if (date.size() >= 10 && digits(date.substr(0, 4)) && date[4] == '-' &&
      digits(date.substr(5, 2)) && date[7] == '-' &&
      digits(date.substr(8, 2)) &&
      (date.size() == 10 || date[10] == 'T' || date[10] == ' ')) {
    return std::string(date.substr(0, 10));
  }
  // "02 January 2021".
  static constexpr std::array<std::string_view, 12> kMonths = {
      "january", "february", "march",     "april",   "may",      "june",
      "july",    "august",   "september", "october", "november", "december"};
  const size_t s1 = date.find(' ');
  const size_t s2 = date.rfind(' ');
  if (s1 == date.npos || s1 == s2) return "";
  const std::string_view day = date.substr(0, s1);
  const std::string month =
      ToLowerAscii(TrimWhitespace(date.substr(s1 + 1, s2 - s1 - 1)));
  const std::string_view year = date.substr(s2 + 1);
  int d = 0;
  if (!digits(day) || day.size() > 2 || !ParseNumber(day, &d) || d < 1 ||
      d > 31 || !digits(year) || year.size() != 4) {
    return "";
  }
  for (size_t m = 0; m < kMonths.size(); ++m) {
    if (month == kMonths[m]) {
      return fmt::format("{}-{:02}-{:02}", year, m + 1, d);
    }
  }
  return "";
}

Document AcledRowDocument(const std::string& path, const AcledRow& row) {
  Document doc;
  doc.source = path + ":" + std::to_string(row.line);
  doc.id = row.event_id.empty() ? doc.source : row.event_id;
  doc.language = "en";
  doc.published = AcledDateToIso(row.event_date);
  doc.text = row.notes;
  return doc;
}

}  // namespace tocsin
