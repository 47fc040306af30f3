// The theme dictionaries: the taxonomy (dict/themes/taxonomy.txt) and one
// keyword list per language (dict/themes/<lang>.txt). Their formats are
// documented at the top of each file; this header parses them into plain
// values that ThemeMatcher (gkg/themes.h) compiles.
//
// Pattern words are folded (FoldString: lower case, no accents) when parsed,
// so the matcher compares them with folded token lemmas and forms. Parsing
// is pure and bounded (limits below), so it is safe on any input; errors
// name the file and line ("en.txt:12: unknown theme 'FOO'").
#ifndef TOCSIN_GKG_THEME_DICT_H_
#define TOCSIN_GKG_THEME_DICT_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "tocsin/status.h"

namespace tocsin {

struct ThemeInfo {
  std::string id;       // "WMD_NUCLEAR"
  std::string group;    // "wmd"
  int32_t parent = -1;  // index of the parent theme, -1 when none
  std::string description;
};

// The themes of taxonomy.txt in file order. A parent always comes before its
// children, so following `parent` links always terminates. Immutable after
// parsing; thread-safe.
class ThemeTaxonomy {
 public:
  // InvalidArgument "<what>:<line>: why" on a malformed id or group, a
  // duplicate id, an unknown or later parent, or a missing description.
  static StatusOr<ThemeTaxonomy> Parse(std::string_view text,
                                       std::string_view what);

  const std::vector<ThemeInfo>& themes() const { return themes_; }
  size_t size() const { return themes_.size(); }
  // The index of theme `id`, -1 when there is none.
  int32_t Find(std::string_view id) const;

 private:
  std::vector<ThemeInfo> themes_;
  std::unordered_map<std::string, int32_t> index_;
};

// One position of a pattern: a token whose folded lemma or folded form is
// one of `alternatives`, found at most `max_gap_before` tokens after the
// previous position (0: right after it). An alternative that starts with
// '=' ("=trains") matches the folded form only, never the lemma (the lemma
// of "training" is "train").
struct ThemePatternWord {
  std::vector<std::string> alternatives;  // folded, non-empty
  uint8_t max_gap_before = 0;
};

struct ThemePattern {
  int32_t theme = -1;    // index into the taxonomy
  bool exclude = false;  // '!': cancels overlapping mentions of `theme`
  std::vector<ThemePatternWord> words;
  uint32_t line = 0;  // in the file it came from, for messages
};

// Limits that keep both the parser and the matcher bounded.
inline constexpr int kMaxThemePatternWords = 8;
inline constexpr int kMaxThemeGap = 6;      // "*6"
inline constexpr int kDefaultThemeGap = 3;  // "*"
inline constexpr int kMaxThemeGapsPerPattern = 2;
inline constexpr int kMaxThemeAlternatives = 32;
inline constexpr int kMaxThemeVariants = 16;  // spellings of one line

// Parses a keyword list (dict/themes/en.txt format). A line may yield
// several patterns: a hyphenated word ("cessez-le-feu") is also matched
// as separate tokens ("cessez le feu"), and œ/æ also as oe/ae.
// InvalidArgument "<what>:<line>: why" on an unknown theme, a gap at the
// start or end, a malformed gap, an empty alternative, or a limit exceeded.
StatusOr<std::vector<ThemePattern>> ParseThemePatterns(
    std::string_view text, std::string_view what,
    const ThemeTaxonomy& taxonomy);

// Splits one pattern word into the tokens the text tokenizer makes of it:
// a French elided article keeps its apostrophe and stands alone ("d'armes"
// -> "d'", "armes"; "aujourd'hui" stays whole), an English clitic is split
// off ("Russia's" -> "Russia", "'s"; "don't" -> "do", "n't"), and a
// leading apostrophe stays with its word ("'s").
// Exposed for tests.
std::vector<std::string_view> ThemeWordTokens(std::string_view word);

}  // namespace tocsin

#endif  // TOCSIN_GKG_THEME_DICT_H_
