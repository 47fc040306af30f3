// Import of PETRARCH verb dictionaries (CAMEO.2.0.txt and the validation
// suite's verbs file) into our event patterns (events/pattern_format.h,
// docs/event-patterns.md), so that the same EventCoder runs them.
//
// The PETRARCH format, as read here:
//   &LABEL                 a synonym set; its members follow as '+' lines
//   +WORD | +TWO_WORDS     (members may name other sets: +&OTHER)
//   --- NAME [CODE] ---    a verb block; CODE is the default of its verbs
//   VERB {FORM FORM} [CODE]     a verb, its irregular forms, its own code
//   WIRE_+TAP {...}        a multi-word verb: '+' marks the verb word
//   - PRE * POST [CODE]    a pattern for every verb of the block: '*' is the
//                          verb, a space lets words intervene, '_' joins
//                          words, '$' is the source, '+' the target, '%' a
//                          compound actor (both sides), '^' skips a phrase,
//                          &LABEL any member of a set, {...} and (...) group
//                          words (PETRARCH 2 noun and prepositional phrases)
//   CODE                   "064"; "032:033" codes source->target 032 and
//                          target->source 033; "---" codes nothing
//   # comment, <!-- comment -->, ~ transformation lines
//
// How each construct maps, and what cannot be expressed (counted in
// PetrarchVerbStats, never silently lost):
//   - '*' becomes the trigger, with every single-word verb of the block as
//     alternatives (restricted to verbs, `:v`, as PETRARCH only reads parsed
//     verbs); a multi-word verb gets its own copy of each pattern.
//   - A space becomes `...` (our gaps are at most 6 tokens; PETRARCH's run
//     to the clause end); '_' keeps words adjacent; '^' becomes `...`.
//   - '$'/'+' become `$S`/`$T`; one before the first word cannot be a slot
//     (our patterns start with a literal): dropped, the coder then finds
//     that party by its own rules.
//   - '%' becomes %symmetric (a compound actor acts on itself both ways).
//   - A set of single words becomes `a|b|c`; a set with phrases expands the
//     pattern once per member, up to kMaxSynsetExpansions.
//   - "---" patterns (a phrase that blocks the verb's code) become null
//     patterns (kNullCode), which do the same in our coder.
//   - Codes are kept as written here; AssignPetrarchCodes maps those our
//     CAMEO table cannot hold.
#ifndef TOCSIN_DICT_PETRARCH_VERBS_H_
#define TOCSIN_DICT_PETRARCH_VERBS_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "dict/actor_dict.h"
#include "events/cameo_table.h"
#include "events/pattern_format.h"
#include "tocsin/status.h"

namespace tocsin {

// More variants than this per pattern line are cut (counted).
inline constexpr size_t kMaxSynsetExpansions = 64;

struct PetrarchVerbStats {
  size_t blocks = 0;
  size_t verbs = 0;  // verb lines (each form set counts once)
  size_t synsets = 0;
  size_t pattern_lines = 0;     // '-' lines read
  size_t patterns_written = 0;  // our patterns, bare verbs included
  size_t null_code = 0;         // "---" pattern lines: null patterns
  size_t leading_slot = 0;      // '$' before the first word: dropped
  size_t compound = 0;          // '%': became %symmetric
  size_t skips = 0;             // '^': became a gap
  size_t undefined_synset = 0;  // pattern lines naming an unknown set
  size_t expansions_cut = 0;    // variants beyond kMaxSynsetExpansions
  size_t transformations = 0;   // '~' lines: not imported
  size_t malformed = 0;         // problems, unknown sets included
  size_t private_codes = 0;     // set by AssignPetrarchCodes
};

struct PetrarchVerbOptions {
  // Restrict triggers to verbs (`:v`), as PETRARCH codes parsed verbs only.
  bool verbs_only = true;
  // Write each block's patterns before its bare verbs, so that on a tie in
  // matched words the pattern wins (PETRARCH tries patterns first).
  bool patterns_first = true;
};

// Converts one verb dictionary. Patterns keep PETRARCH's code text in
// PatternSpec::cameo ("064", "032:033", "174K"): run AssignPetrarchCodes
// before writing them. Ids are "<block>.l<line>" ("-2", "-3" for the
// variants of one line). Lines that cannot be read go to *problems (file
// `file`) and are skipped; never fails as a whole.
void ImportPetrarchVerbs(std::string_view text, std::string_view file,
                         const PetrarchVerbOptions& options,
                         std::vector<PatternSpec>* patterns,
                         PetrarchVerbStats* stats,
                         std::vector<DictProblem>* problems);

// Codes our table cannot hold, and what they stand for.
struct PetrarchCodeMap {
  // Rows to add to our cameo.tsv: well-formed CAMEO codes it lacks (with
  // their parent's facts), and private codes.
  std::vector<CameoInfo> extra_rows;
  // private code -> PETRARCH code, for codes that are not a well-formed
  // CAMEO code ("903", "174K") or pair two codes ("032:033"). A private
  // code is a well-formed code absent from the table, under the root of
  // the PETRARCH code when it has one (so root-based rules still apply).
  std::vector<std::pair<std::string, std::string>> private_codes;
};

// Rewrites every pattern's code to one `table` plus map->extra_rows accept.
// ResourceExhausted when the private codes of a root run out.
Status AssignPetrarchCodes(const CameoTable& table,
                           std::vector<PatternSpec>* patterns,
                           PetrarchCodeMap* map, PetrarchVerbStats* stats);

// One line per pattern, in our format (docs/event-patterns.md).
std::string FormatPatternLine(const PatternSpec& pattern);

// cameo.tsv rows for `rows`, in the table's six-column format.
std::string FormatCameoRows(const std::vector<CameoInfo>& rows);

// A PETRARCH code as (source->target, target->source) codes; "" where none:
// "064" -> {"064", ""}, "032:033" -> {"032", "033"}, ":173" -> {"", "173"},
// "---" -> {"", ""}.
std::pair<std::string, std::string> SplitPetrarchCode(std::string_view code);

}  // namespace tocsin

#endif  // TOCSIN_DICT_PETRARCH_VERBS_H_
