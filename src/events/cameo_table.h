// The CAMEO facts table: Goldstein score, quad class, PLOVER type and mode
// and a short label for every CAMEO event code, read from
// dict/events/cameo.tsv (its header comment documents sources and columns).
//
// Format: UTF-8 text, one code per line with exactly six tab-separated
// fields `code goldstein quad_class plover_type plover_mode label`. Lines
// starting with '#' and blank lines are skipped; a trailing '\r' is ignored.
// plover_type and plover_mode may be empty; every other field may not.
//
// A CameoTable is immutable once built: concurrent const calls are safe, and
// pointers it returns live as long as the table (copies and moves keep their
// own entries, so pointers into the source of a copy stay with the source).
#ifndef TOCSIN_EVENTS_CAMEO_TABLE_H_
#define TOCSIN_EVENTS_CAMEO_TABLE_H_

#include <cstddef>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "tocsin/status.h"

namespace tocsin {

struct CameoInfo {
  std::string code;                      // "1385"
  double goldstein = 0;                  // in [-10, 10]
  int quad_class = 0;                    // 1..4, see dict/events/cameo.tsv
  std::string plover_type, plover_mode;  // "THREATEN", "violence"; may be ""
  std::string label;                     // "threaten attack with WMD"
};

class CameoTable {
 public:
  // Reads and parses `path`. NotFound when it cannot be opened; otherwise
  // as Parse, with `path` as the name in messages.
  static StatusOr<CameoTable> Load(const std::string& path);

  // Parses table text. InvalidArgument "name:line: why" on the first bad
  // row: wrong field count, malformed code, duplicate code, score that is
  // not a number in [-10, 10], quad class outside 1..4, empty label,
  // PLOVER type or mode with unexpected characters; also for a table with
  // no rows.
  static StatusOr<CameoTable> Parse(std::string_view text,
                                    std::string_view name);

  // The entry for exactly `code`, or nullptr.
  const CameoInfo* Find(std::string_view code) const;

  // Find(code), else the nearest listed ancestor (4 -> 3 -> 2 digits), so
  // codes from newer CAMEO revisions ("1951") still get their parent's
  // facts. nullptr when no prefix is listed or `code` is not well formed.
  const CameoInfo* FindOrParent(std::string_view code) const;

  // True when `code` is a row of this table.
  bool IsValidCode(std::string_view code) const { return Find(code); }

  // 2 to 4 ASCII digits whose first two form a root 01..20.
  static bool IsWellFormed(std::string_view code);

  // The first two characters ("13" for "1385"); "" when shorter.
  static std::string_view Root(std::string_view code);

  // ConfliBERT's five quad labels, as the Phoenix pipeline assigns them by
  // root (anchors/cameo/quad_class_from_postprocess.tsv): 0 statement or
  // appeal (01-02), 1 verbal cooperation (03-05), 2 material cooperation
  // (06-08), 3 verbal conflict (09-13 and 16: investigate, demand,
  // disapprove, reject, threaten, reduce relations), 4 material conflict
  // (14, 15, 17-20: protest, force posture, coerce, assault, fight, mass
  // violence). Note it differs from quad_class on roots 09, 14 and 16.
  // -1 when the root is not 01..20.
  static int QuadFive(std::string_view code);

  // All entries in file order.
  const std::vector<CameoInfo>& entries() const { return entries_; }
  size_t size() const { return entries_.size(); }

 private:
  std::vector<CameoInfo> entries_;
  std::map<std::string, size_t, std::less<>> index_;  // code -> entries_
};

}  // namespace tocsin

#endif  // TOCSIN_EVENTS_CAMEO_TABLE_H_
