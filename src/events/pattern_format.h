// The event-pattern text format (docs/event-patterns.md): one pattern per
// line, `<id> <cameo> <element>... [%option...]`.
//
// Parsing is separate from compiling so that `tocsin dict check` can list
// every malformed line of a file, and the fuzzer can reach the parser alone.
#ifndef TOCSIN_EVENTS_PATTERN_FORMAT_H_
#define TOCSIN_EVENTS_PATTERN_FORMAT_H_

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "tocsin/status.h"

namespace tocsin {

// Word-class restrictions of a literal (`attack:n`).
enum PatternClass : uint8_t {
  kPatternAnyClass = 0,
  kPatternVerb = 1 << 0,  // VERB or AUX
  kPatternNoun = 1 << 1,  // NOUN or PROPN
  kPatternAdjective = 1 << 2,
};

struct PatternElement {
  // kSkip (`^`, PETRARCH's skip of a phrase): a gap of at least one token.
  enum class Kind : uint8_t { kLiteral, kGap, kTargetSlot, kSourceSlot, kSkip };
  Kind kind = Kind::kLiteral;
  std::vector<std::string> words;  // kLiteral: alternatives as written
  uint8_t classes = kPatternAnyClass;
  bool optional = false;
  bool trigger = false;  // `*word`
  // `=word`: only the form as written, not the token's lemma ("=resolution"
  // does not match "resolutions"): PETRARCH's pattern words are exact.
  bool exact = false;
};

// The code of a pattern that says its words are no event ("shell company",
// "tax cuts", "take place"), as PETRARCH's "---": it competes with the
// others at its anchor, and when it wins its words trigger nothing.
inline constexpr std::string_view kNullCode = "---";

struct PatternSpec {
  std::string id;     // as written, without the language prefix
  std::string cameo;  // 2 to 4 digits, or kNullCode
  std::vector<PatternElement> elements;
  bool speech = false;     // %speech
  bool symmetric = false;  // %symmetric
  // %compound (implies %symmetric): matches only when the subject is
  // coordinated ("X and Y renewed ties"), and then counts as one literal
  // more than a pattern without it (PETRARCH's '%').
  bool compound = false;
  // %subject_target (imported PETRARCH patterns with a leading "+": "- +
  // * IN $"): the subject before the pattern is the target, and only the
  // pattern's $S is the source.
  bool subject_target = false;
  // %conflict: a word as often used of sport, business or politics ("a
  // battle in the Lords", "the Six Nations clash") codes only in a sentence
  // that reads as armed conflict (EventRoles::conflict_cues, an armed
  // actor, or two countries).
  bool conflict = false;
  uint32_t line = 0;  // 1-based line in its file
  bool null() const { return cameo == kNullCode; }
};

struct PatternParseError {
  uint32_t line = 0;
  std::string message;
};

// Parses a whole file. Well-formed lines go to *patterns, the others to
// *errors (one per line, with its reason); both are appended to. Never
// fails as a whole, so one bad line cannot hide the next.
void ParsePatternText(std::string_view text, std::vector<PatternSpec>* patterns,
                      std::vector<PatternParseError>* errors);

// The literal the matcher indexes a pattern by: its first element's words.
// Every well-formed pattern starts with a literal that is not optional.
const PatternElement& IndexElement(const PatternSpec& pattern);

// The layout of an events folder (dict/events/): cameo.tsv, and one
// directory per language holding _roles.txt and the pattern files.
// The language directories, sorted; NotFound when `events_dir` cannot be
// listed.
StatusOr<std::vector<std::filesystem::path>> EventLanguageDirs(
    const std::filesystem::path& events_dir);
// The pattern files of a language directory (*.txt but _roles.txt), in the
// order the coder loads them, which decides ties between patterns.
std::vector<std::filesystem::path> EventPatternFiles(
    const std::filesystem::path& language_dir);

}  // namespace tocsin

#endif  // TOCSIN_EVENTS_PATTERN_FORMAT_H_
