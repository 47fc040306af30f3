// Fuzzes the event-pattern parser, its checker (`tocsin dict check`) and
// the roles parser: any input must give patterns and per-line errors (or a
// clean Status), never a crash, a hang or a leak; every accepted pattern
// must satisfy the invariants the matcher relies on, and every finding of
// the checker must name its line.
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "events/cameo_table.h"
#include "events/event_roles.h"
#include "events/pattern_check.h"
#include "events/pattern_format.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > (1u << 20)) return 0;  // 1 MiB cap
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  std::vector<tocsin::PatternSpec> patterns;
  std::vector<tocsin::PatternParseError> errors;
  tocsin::ParsePatternText(input, &patterns, &errors);
  for (const tocsin::PatternSpec& p : patterns) {
    if (p.elements.empty() || p.id.empty()) __builtin_trap();
    const tocsin::PatternElement& first = tocsin::IndexElement(p);
    if (first.kind != tocsin::PatternElement::Kind::kLiteral) __builtin_trap();
    if (first.optional || first.words.empty()) __builtin_trap();
    if (p.cameo.size() < 2 || p.cameo.size() > 4) __builtin_trap();
  }
  for (const tocsin::PatternParseError& e : errors) {
    if (e.line == 0 || e.message.empty()) __builtin_trap();
  }
  static const tocsin::CameoTable* const cameo = [] {
    auto table = tocsin::CameoTable::Parse(
        "190\t-10\t4\tASSAULT\t\tUse conventional military force\n"
        "130\t-4.4\t3\tTHREATEN\t\tThreaten\n",
        "fuzz cameo");
    if (!table.ok()) __builtin_trap();
    return new tocsin::CameoTable(*std::move(table));
  }();
  std::vector<tocsin::DictProblem> problems;
  const size_t checked = tocsin::CheckEventPatterns(
      {{"fuzz", std::string(input)}}, *cameo, &problems);
  if (checked != patterns.size()) __builtin_trap();
  for (const tocsin::DictProblem& p : problems) {
    if (p.line == 0 || p.message.empty()) __builtin_trap();
  }
  auto roles = tocsin::ParseEventRoles(input, "fuzz");
  (void)roles;
  return 0;
}
