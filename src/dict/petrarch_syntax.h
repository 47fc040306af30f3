// Internal to the PETRARCH importer (dict/petrarch_import.h): the pieces of
// the line syntax, each a small pure function so it can be tested alone.
#ifndef TOCSIN_DICT_PETRARCH_SYNTAX_H_
#define TOCSIN_DICT_PETRARCH_SYNTAX_H_

#include <string>
#include <string_view>
#include <vector>

#include "dict/actor_dict.h"

namespace tocsin::petrarch {

std::string_view Trim(std::string_view s);

// Removes comments from PETRARCH lines: <!-- ... --> (also over several
// lines), then '#' and ';' to the end of the line.
class CommentStripper {
 public:
  // The line without its comments (a view into the line or an internal
  // buffer, valid until the next call).
  std::string_view Strip(std::string_view line, uint32_t number);
  // Line where an unterminated <!-- opened, 0 when none is open.
  uint32_t open_comment_line() const { return open_line_; }

 private:
  std::string buffer_;
  uint32_t open_line_ = 0;
};

// One bracketed code: [CODE], [CODE <DATE], [CODE >DATE], [CODE D1-D2].
struct BracketCode {
  std::string code;             // "---" is PETRARCH's null code
  DateNumber from = 0, to = 0;  // 0: open
  bool null() const { return code == "---"; }
};

// Parses "[..] [..]" (the part of a line from its first '['). Agent codes
// carry one '~' at either end. False with *error set on the first problem;
// *out then holds the codes before it.
bool ParseBracketCodes(std::string_view text, bool agent,
                       std::vector<BracketCode>* out, std::string* error);

// "YYYYMMDD" or "YYMMDD" as a DateNumber (0 when malformed).
DateNumber ParseDate(std::string_view digits);

// The phrase as written in text (see ReadablePhrase in petrarch_import.h).
std::string Readable(std::string_view phrase, bool agent);

// Splits "WORDS_(ACRONYM)_" into the phrase without the parenthesis and, when
// the parenthesis holds one word, that word as a second alias.
void SplitParenthesis(std::string_view phrase, std::string* main,
                      std::string* acronym);

// A stable id part from a phrase: [A-Za-z0-9.-] kept, runs of anything else
// become one '_'; "entry" when nothing is left.
std::string IdPart(std::string_view phrase);

// PETRARCH's regular plural of a one-word agent ("MILITIA" -> "MILITIAS",
// "SPY" -> "SPIES", "BOSS" -> "BOSSES"); empty for a phrase of several
// words (the matcher reads their head noun's lemma instead).
std::string RegularPlural(std::string_view phrase);

// The ActorType and owning country (ISO alpha-3 or empty) an imported entry
// gets from its codes: person when one is dated, otherwise from its first
// code's prefix (IGO, NGO, MNC, ...) or role (GOV, REB, BUS, MED, ...).
void ClassifyCodes(const std::vector<ActorCode>& codes, ActorType* type,
                   std::string* country);

}  // namespace tocsin::petrarch

#endif  // TOCSIN_DICT_PETRARCH_SYNTAX_H_
