// Actor mentions: who a span of a document names, with its CAMEO code for
// the document's date.
//
// The matcher (src/actors/actor_matcher.h) finds dictionary actors and
// agent+country combinations; a later name finder appends mentions of
// names the dictionaries lack. All spans index the original Document::text
// and the AnalyzedText tokens.
#ifndef TOCSIN_ACTOR_H_
#define TOCSIN_ACTOR_H_

#include <cstdint>
#include <string>

namespace tocsin {

enum class MentionSource : uint8_t {
  kDictionary,   // an alias of a dictionary entry (possibly with its title)
  kCombined,     // an agent with a country: "Russian forces" -> RUSMIL
  kNameFinder,   // a name the dictionaries lack (no code)
  kCoreference,  // found only by referring back ("Medvedev" alone)
};

const char* MentionSourceName(MentionSource source);

struct ActorMention {
  uint32_t begin = 0, end = 0;              // bytes in Document::text
  uint32_t first_token = 0, end_token = 0;  // token range in AnalyzedText
  uint32_t sentence = 0;
  // CAMEO code for the document date ("" when none).
  std::string code;
  // The dictionary entry ("" for name-finder mentions). For kCombined:
  // "<agent id>+<country entry id>", e.g. "agent.military+state.RUS".
  std::string entry_id;
  // "state", "person", "agent", ... (ActorTypeName), or "PERSON"/"ORG"/"LOC"
  // from the name finder. Combined mentions are "agent".
  std::string type;
  // The role for that date, in the document's language, when the entry
  // gives one ("président", "prime minister").
  std::string role;
  MentionSource source = MentionSource::kDictionary;
  // Index (in the same vector) of the mention this one refers back to: the
  // first mention of the same actor in the document; -1 for none.
  int32_t antecedent = -1;
};

}  // namespace tocsin

#endif  // TOCSIN_ACTOR_H_
