// Fuzzes the PETRARCH verb-dictionary importer: any input must give
// patterns and problems, never a crash, a hang or a leak; every pattern it
// produces must read back through our own pattern parser once its code is
// assigned, since that is what the event coder loads.
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "dict/petrarch_verbs.h"

namespace {

const tocsin::CameoTable& Table() {
  static const tocsin::CameoTable table =
      *tocsin::CameoTable::Parse("04\t1\t1\t\t\tconsult\n", "fuzz");
  return table;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > (1u << 20)) return 0;  // 1 MiB cap
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  std::vector<tocsin::PatternSpec> patterns;
  tocsin::PetrarchVerbStats stats;
  std::vector<tocsin::DictProblem> problems;
  tocsin::ImportPetrarchVerbs(input, "fuzz", tocsin::PetrarchVerbOptions(),
                              &patterns, &stats, &problems);
  if (stats.patterns_written != patterns.size()) __builtin_trap();
  if (stats.malformed != problems.size()) __builtin_trap();
  tocsin::PetrarchCodeMap map;
  if (!tocsin::AssignPetrarchCodes(Table(), &patterns, &map, &stats).ok()) {
    return 0;  // private codes of one root ran out: a clean error
  }
  std::string text;
  for (const tocsin::PatternSpec& p : patterns) {
    text += tocsin::FormatPatternLine(p) + "\n";
  }
  std::vector<tocsin::PatternSpec> parsed;
  std::vector<tocsin::PatternParseError> errors;
  tocsin::ParsePatternText(text, &parsed, &errors);
  if (!errors.empty() || parsed.size() != patterns.size()) __builtin_trap();
  return 0;
}
