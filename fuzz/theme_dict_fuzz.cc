// Fuzzes the theme dictionary parsers (dict/themes/taxonomy.txt and
// <lang>.txt): any input must parse or fail with a message naming a line,
// never crash or hang, and parsed patterns must respect the limits the
// matcher relies on. The input up to a "%%" line is read as a
// taxonomy, the rest as a keyword list; without "%%" the keyword list is
// parsed against a fixed taxonomy.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "gkg/theme_dict.h"

namespace {

constexpr std::string_view kTaxonomy =
    "WMD wmd - Weapons\n"
    "WMD_NUCLEAR wmd WMD Nuclear\n"
    "ENERGY energy - Energy\n"
    "ENERGY_GAS energy ENERGY Gas\n";

void CheckError(const tocsin::Status& status, std::string_view what) {
  if (status.message().find(what) != 0) __builtin_trap();
}

void CheckPatterns(std::string_view text, const tocsin::ThemeTaxonomy& t) {
  auto patterns = tocsin::ParseThemePatterns(text, "list", t);
  if (!patterns.ok()) return CheckError(patterns.status(), "list:");
  for (const tocsin::ThemePattern& p : *patterns) {
    if (p.theme < 0 || static_cast<size_t>(p.theme) >= t.size()) {
      __builtin_trap();
    }
    if (p.words.empty() ||
        p.words.size() > static_cast<size_t>(tocsin::kMaxThemePatternWords) ||
        p.words[0].max_gap_before != 0) {
      __builtin_trap();
    }
    for (const tocsin::ThemePatternWord& w : p.words) {
      if (w.alternatives.empty() || w.max_gap_before > tocsin::kMaxThemeGap) {
        __builtin_trap();
      }
      for (const std::string& alt : w.alternatives) {
        if (alt.empty() || alt == "=") __builtin_trap();
      }
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > (1u << 20)) return 0;  // 1 MiB cap
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const size_t split = input.find("\n%%\n");
  if (split == std::string_view::npos) {
    static const tocsin::ThemeTaxonomy* fixed = [] {
      auto t = tocsin::ThemeTaxonomy::Parse(kTaxonomy, "fixed");
      if (!t.ok()) __builtin_trap();
      return new tocsin::ThemeTaxonomy(std::move(*t));
    }();
    CheckPatterns(input, *fixed);
    return 0;
  }
  auto taxonomy = tocsin::ThemeTaxonomy::Parse(input.substr(0, split), "tax");
  if (!taxonomy.ok()) {
    CheckError(taxonomy.status(), "tax:");
    return 0;
  }
  for (size_t i = 0; i < taxonomy->size(); ++i) {
    const int32_t parent = taxonomy->themes()[i].parent;
    if (parent >= static_cast<int32_t>(i)) __builtin_trap();  // no cycles
  }
  CheckPatterns(input.substr(split + 4), *taxonomy);
  return 0;
}
