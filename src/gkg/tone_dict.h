// The word lists behind document tone (gkg/tone.h), as text:
//
// - the compiled lexicons the build writes from the npm packages
//   (<data>/tone_en.tsv from vader-sentiment, <data>/tone_fr.tsv from
//   @nlpjs/lang-fr's pattern_fr.json): `KEY<TAB>SCORE` lines, SCORE in
//   [-1, 1]; English keys are lower-case words or phrases, French keys are
//   Snowball stems of accent-free words, as nlp.js stems them;
// - our own additions and modifiers, dict/<lang>/tone.txt, whose format is
//   documented at the top of those files and in ParseToneDict below.
//
// Everything here runs when data is loaded or compiled, never per document.
#ifndef TOCSIN_GKG_TONE_DICT_H_
#define TOCSIN_GKG_TONE_DICT_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "tocsin/status.h"

namespace tocsin {

// Longest phrase a tone entry may have, in words.
inline constexpr int kMaxTonePhraseWords = 4;

// A scored word or phrase.
struct ToneEntry {
  std::vector<std::string> words;  // as written; one element for a word
  float score = 0;                 // in [-1, 1]; 0 removes the entry
};

// What a modifier word does; a word may have several kinds.
enum ToneModifierKind : uint8_t {
  kToneNegate = 1,         // flips the next words: "not", "sans"
  kToneNegateNe = 2,       // French "ne"/"n'": flips up to its partner
  kToneNegatePartner = 4,  // "pas", "plus", "jamais" after an open "ne"
  kToneIntensify = 8,      // scales the next scored word: "very", "trop"
  kToneSelf = 16,          // a first-person pronoun: "we", "nous"
};

struct ToneModifier {
  std::string word;  // one token, as the text tokenizer makes it ("n't")
  uint8_t kinds = 0;
  float factor = 1;  // the intensifier's scale, when kinds has it
};

struct ToneDict {
  std::vector<ToneEntry> entries;
  std::vector<ToneModifier> modifiers;
};

// Parses dict/<lang>/tone.txt. One entry a line, '#' starts a comment:
//   SCORE PHRASE           -4..4 on VADER's scale (stored divided by 4)
//   negate WORD
//   negate_ne WORD
//   negate_partner WORD
//   intensify FACTOR WORD  FACTOR in (0, 4]
//   self WORD
// InvalidArgument "<what>:<line>: why" for an unknown kind, a score or
// factor out of range, a phrase that is empty or longer than
// kMaxTonePhraseWords, a modifier of more than one word, or a duplicate.
StatusOr<ToneDict> ParseToneDict(std::string_view text, std::string_view what);

// Splits a phrase into the tokens the text tokenizer makes of it: words
// at spaces, French elided words kept with their apostrophe ("d'otages" ->
// "d'", "otages"), English "n't" split off ("can't" -> "ca", "n't").
std::vector<std::string> TonePhraseWords(std::string_view phrase);

// Parses a compiled lexicon (tone_<lang>.tsv). InvalidArgument
// "<what>:<line>: why" for a line without a tab, an empty key, a phrase
// longer than kMaxTonePhraseWords or a score outside [-1, 1].
StatusOr<std::vector<ToneEntry>> ParseToneTsv(std::string_view text,
                                              std::string_view what);

// The compiled lexicon's text: a comment header naming `source`, then one
// `KEY<TAB>SCORE` line per entry (words joined by spaces), sorted by key.
std::string FormatToneTsv(const std::vector<ToneEntry>& entries,
                          std::string_view source);

// Build-time readers of the npm inputs. Both return entries scaled to
// [-1, 1] and drop keys without a letter (emoticons) or with characters a
// word token cannot hold. InvalidArgument "<what>:<line>: why" when the
// input does not have the expected shape.
//
// vader-sentiment's src/vader_lexicon.js: `export const lexicon = {`, then
// one `key: score,` per line, key bare or quoted ('…' or "…", with
// backslash escapes), score on VADER's -4..4 scale; `};` ends it.
StatusOr<std::vector<ToneEntry>> ParseVaderLexiconJs(std::string_view text,
                                                     std::string_view what);
// @nlpjs/lang-fr's src/sentiment/pattern_fr.json: {"stem": score, ...}
// with scores in [-1, 1].
StatusOr<std::vector<ToneEntry>> ParsePatternJson(std::string_view text,
                                                  std::string_view what);

}  // namespace tocsin

#endif  // TOCSIN_GKG_TONE_DICT_H_
