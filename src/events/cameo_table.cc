#include "events/cameo_table.h"

#include <array>
#include <charconv>
#include <cmath>
#include <fstream>
#include <sstream>
#include <system_error>

#include "util/lines.h"

namespace tocsin {
namespace {

constexpr size_t kFields = 6;

std::vector<std::string_view> SplitTabs(std::string_view line) {
  std::vector<std::string_view> fields;
  size_t start = 0;
  while (true) {
    const size_t tab = line.find('\t', start);
    fields.push_back(line.substr(start, tab - start));
    if (tab == std::string_view::npos) return fields;
    start = tab + 1;
  }
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// from_chars accepts neither '+' nor leading spaces, which suits a data file
// that should be written one way.
bool ParseScore(std::string_view text, double* out) {
  const char* end = text.data() + text.size();
  auto [ptr, ec] = std::from_chars(text.data(), end, *out);
  return ec == std::errc() && ptr == end && std::isfinite(*out) &&
         *out >= -10.0 && *out <= 10.0;
}

bool ParseQuad(std::string_view text, int* out) {
  const char* end = text.data() + text.size();
  auto [ptr, ec] = std::from_chars(text.data(), end, *out);
  return ec == std::errc() && ptr == end && *out >= 1 && *out <= 4;
}

// PLOVER types are upper-case names (ASSAULT), modes lower-case ones
// (heavy-weapons); anything else is a typo or a shifted column.
bool AllOf(std::string_view text, bool (*ok)(char)) {
  for (char c : text) {
    if (!ok(c)) return false;
  }
  return true;
}
bool TypeChar(char c) { return (c >= 'A' && c <= 'Z') || c == '_'; }
bool ModeChar(char c) {
  return (c >= 'a' && c <= 'z') || IsDigit(c) || c == '_' || c == '-';
}

Status RowError(std::string_view name, size_t line, const std::string& why) {
  return InvalidArgumentError(std::string(name) + ":" + std::to_string(line) +
                              ": " + why);
}

// Checks one data row's fields and fills `info`; "" when fine, else why not.
std::string ParseRow(const std::vector<std::string_view>& f, CameoInfo* info) {
  if (f.size() != kFields) {
    return "expected " + std::to_string(kFields) +
           " tab-separated fields, got " + std::to_string(f.size());
  }
  if (!CameoTable::IsWellFormed(f[0])) {
    return "bad CAMEO code '" + std::string(f[0]) +
           "' (2 to 4 digits, root 01-20)";
  }
  info->code = std::string(f[0]);
  if (!ParseScore(f[1], &info->goldstein)) {
    return "bad Goldstein score '" + std::string(f[1]) +
           "' (a number in [-10, 10])";
  }
  if (!ParseQuad(f[2], &info->quad_class)) {
    return "bad quad class '" + std::string(f[2]) + "' (1 to 4)";
  }
  if (!AllOf(f[3], TypeChar)) {
    return "bad PLOVER type '" + std::string(f[3]) + "' (A-Z and _)";
  }
  if (!AllOf(f[4], ModeChar)) {
    return "bad PLOVER mode '" + std::string(f[4]) + "' (a-z, 0-9, _ and -)";
  }
  if (f[5].empty()) return "empty label";
  info->plover_type = std::string(f[3]);
  info->plover_mode = std::string(f[4]);
  info->label = std::string(f[5]);
  return "";
}

}  // namespace

StatusOr<CameoTable> CameoTable::Load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return NotFoundError(path + ": cannot open");
  std::stringstream buffer;
  buffer << in.rdbuf();
  return Parse(buffer.str(), path);
}

StatusOr<CameoTable> CameoTable::Parse(std::string_view text,
                                       std::string_view name) {
  CameoTable table;
  std::map<std::string, size_t, std::less<>> first_line;
  LineReader lines(text);
  std::string_view line;
  while (lines.Next(&line)) {
    const size_t line_no = lines.number();
    if (line.empty() || line.front() == '#') continue;
    if (line.find_first_not_of(" \t") == std::string_view::npos) continue;

    CameoInfo info;
    const std::string why = ParseRow(SplitTabs(line), &info);
    if (!why.empty()) return RowError(name, line_no, why);
    auto [it, inserted] = first_line.emplace(info.code, line_no);
    if (!inserted) {
      return RowError(name, line_no,
                      "duplicate code '" + info.code + "' (first at line " +
                          std::to_string(it->second) + ")");
    }
    table.index_.emplace(info.code, table.entries_.size());
    table.entries_.push_back(std::move(info));
  }
  if (table.entries_.empty()) {
    return InvalidArgumentError(std::string(name) + ": no CAMEO codes");
  }
  return table;
}

const CameoInfo* CameoTable::Find(std::string_view code) const {
  auto it = index_.find(code);
  return it == index_.end() ? nullptr : &entries_[it->second];
}

const CameoInfo* CameoTable::FindOrParent(std::string_view code) const {
  if (!IsWellFormed(code)) return nullptr;
  for (size_t len = code.size(); len >= 2; --len) {
    if (const CameoInfo* info = Find(code.substr(0, len))) return info;
  }
  return nullptr;
}

bool CameoTable::IsWellFormed(std::string_view code) {
  if (code.size() < 2 || code.size() > 4) return false;
  if (!AllOf(code, IsDigit)) return false;
  const int root = (code[0] - '0') * 10 + (code[1] - '0');
  return root >= 1 && root <= 20;
}

std::string_view CameoTable::Root(std::string_view code) {
  return code.size() < 2 ? std::string_view() : code.substr(0, 2);
}

int CameoTable::QuadFive(std::string_view code) {
  // Indexed by root - 1 (01..20).
  static constexpr std::array<int, 20> kQuad = {0, 0, 1, 1, 1, 2, 2, 2, 3, 3,
                                                3, 3, 3, 4, 4, 3, 4, 4, 4, 4};
  const std::string_view root = Root(code);
  if (root.size() != 2 || !IsDigit(root[0]) || !IsDigit(root[1])) return -1;
  const int n = (root[0] - '0') * 10 + (root[1] - '0');
  return n >= 1 && n <= 20 ? kQuad[n - 1] : -1;
}

}  // namespace tocsin
