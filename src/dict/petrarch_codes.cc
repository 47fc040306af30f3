// The code side of the verb import (dict/petrarch_verbs.h): which PETRARCH
// codes our CAMEO table holds, and private codes for the others.
#include <cstdio>
#include <map>
#include <set>

#include "dict/petrarch_verbs.h"

namespace tocsin {
namespace {

bool IsRoot(std::string_view code) {
  if (code.size() < 2 || code[0] < '0' || code[0] > '9' || code[1] < '0' ||
      code[1] > '9') {
    return false;
  }
  int root = (code[0] - '0') * 10 + (code[1] - '0');
  return root >= 1 && root <= 20;
}

// Root "04" (consult) has no root-specific rule in the coder, so codes
// outside CAMEO's roots ("903", "+++") go there.
constexpr std::string_view kNeutralRoot = "04";

}  // namespace

std::pair<std::string, std::string> SplitPetrarchCode(std::string_view code) {
  auto clean = [](std::string_view c) {
    return c == "---" ? std::string() : std::string(c);
  };
  size_t colon = code.find(':');
  if (colon == std::string_view::npos) return {clean(code), ""};
  return {clean(code.substr(0, colon)), clean(code.substr(colon + 1))};
}

Status AssignPetrarchCodes(const CameoTable& table,
                           std::vector<PatternSpec>* patterns,
                           PetrarchCodeMap* map, PetrarchVerbStats* stats) {
  std::set<std::string> taken;  // codes written as they are
  std::set<std::string> others;
  for (const PatternSpec& p : *patterns) {
    if (p.null()) continue;  // "---" stays: a null pattern, no code
    if (CameoTable::IsWellFormed(p.cameo)) {
      taken.insert(p.cameo);
    } else {
      others.insert(p.cameo);
    }
  }
  for (const std::string& code : taken) {
    if (table.Find(code) != nullptr) continue;
    CameoInfo row;
    if (const CameoInfo* parent = table.FindOrParent(code)) row = *parent;
    if (row.quad_class == 0) row.quad_class = 1;
    row.code = code;
    row.label = "PETRARCH code " + code + " (not in our table)";
    map->extra_rows.push_back(std::move(row));
  }
  std::map<std::string, std::string> assigned;
  std::map<std::string, int> next_in_root;  // 0..99 -> "RR9D" down to "RR0D"
  for (const std::string& code : others) {
    auto [forward, reverse] = SplitPetrarchCode(code);
    const std::string& basis = forward.empty() ? reverse : forward;
    std::string root =
        IsRoot(basis) ? basis.substr(0, 2) : std::string(kNeutralRoot);
    std::string chosen;
    for (int& k = next_in_root[root]; k < 100 && chosen.empty(); ++k) {
      std::string candidate =
          root + std::to_string(9 - k / 10) + std::to_string(k % 10);
      if (table.Find(candidate) == nullptr && !taken.count(candidate)) {
        chosen = candidate;
      }
    }
    if (chosen.empty()) {
      return ResourceExhaustedError("no private CAMEO code left under root " +
                                    root + " for PETRARCH code " + code);
    }
    CameoInfo row;
    const CameoInfo* facts = table.Find(basis);
    if (facts == nullptr) facts = table.FindOrParent(root);
    if (facts != nullptr) row = *facts;
    if (row.quad_class == 0) row.quad_class = 1;
    row.code = chosen;
    row.label = "PETRARCH code " + code;
    map->extra_rows.push_back(std::move(row));
    map->private_codes.emplace_back(chosen, code);
    assigned[code] = chosen;
  }
  for (PatternSpec& p : *patterns) {
    auto it = assigned.find(p.cameo);
    if (it != assigned.end()) p.cameo = it->second;
  }
  stats->private_codes = assigned.size();
  return Status::OK();
}

std::string FormatCameoRows(const std::vector<CameoInfo>& rows) {
  std::string out;
  for (const CameoInfo& r : rows) {
    char score[32];
    std::snprintf(score, sizeof(score), "%g", r.goldstein);
    out += r.code + "\t" + score + "\t" + std::to_string(r.quad_class) + "\t" +
           r.plover_type + "\t" + r.plover_mode + "\t" + r.label + "\n";
  }
  return out;
}

}  // namespace tocsin
