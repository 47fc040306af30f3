// GeoCues: one language's words around place names (dict/geo/<lang>.txt):
// locative phrases ("in", "près de"), the region words that make a name a
// subdivision ("région de X", "X oblast"), and the stoplist of capitalised
// words that name a place only after a locative cue ("May", "Orange").
//
// Aliases name places the installed data names otherwise ("DR Congo",
// "Crimée"). Phrases are stored as keys of their folded tokens, so they match
// text tokens whatever their case or accents. Immutable after parsing;
// thread-safe.
#ifndef TOCSIN_GEO_GEO_CUES_H_
#define TOCSIN_GEO_GEO_CUES_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "tocsin/status.h"

namespace tocsin {

enum GeoCueKind : uint8_t {
  kCueLocative = 1,
  kCueRegionBefore = 2,
  kCueRegionAfter = 4,
  kCueStop = 8,
  // A word that may stand between a locative cue and the name: "in
  // southeastern Poland", "dans toute l'Ukraine".
  kCueSkip = 16,
  // A locative only before a town: "of", "de" ("the mayor of Odessa").
  kCueTownLocative = 32,
  // Not a place even after a locative ("in May"), unless a containing
  // place follows ("May, Texas").
  kCueNever = 64,
};

class GeoCues {
 public:
  // Parses the file format of dict/geo/en.txt. InvalidArgument names the
  // line of an unknown kind, an empty phrase, a phrase of more than
  // kMaxCueTokens words or a duplicate.
  static StatusOr<GeoCues> Parse(std::string_view text, std::string_view what);

  static constexpr int kMaxCueTokens = 4;

  // The kinds of the phrase whose folded tokens are `token_keys`
  // (FoldKey of each token, in order); 0 when none.
  uint8_t Find(const uint64_t* token_keys, size_t n) const;
  // Names the installed data lacks, from `alias CODE NAME` lines: CODE is
  // an ISO 3166-1 alpha-2 ("CD") or 3166-2 code ("UA-43").
  struct Alias {
    std::string code, name;
  };
  const std::vector<Alias>& aliases() const { return aliases_; }
  // Longest phrase of `kind` in the text: how many words it has at most.
  int max_tokens() const { return max_tokens_; }
  size_t size() const { return phrases_.size(); }

 private:
  std::unordered_map<uint64_t, uint8_t> phrases_;  // sequence key -> kinds
  std::vector<Alias> aliases_;
  int max_tokens_ = 0;
};

// The key of a token-key sequence, as GeoCues::Find computes it.
uint64_t CueSequenceKey(const uint64_t* token_keys, size_t n);

// Splits a cue phrase into the tokens the text tokenizer makes of it:
// words, and French elided articles kept with their apostrophe ("d'",
// "l'"). Exposed for tests.
std::vector<std::string> CueTokens(std::string_view phrase);

}  // namespace tocsin

#endif  // TOCSIN_GEO_GEO_CUES_H_
