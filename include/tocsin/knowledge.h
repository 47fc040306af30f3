// Knowledge: what a story says beyond its CAMEO events, in the manner of
// GDELT's Global Knowledge Graph: the persons and organisations it names,
// its quotations and who spoke them, its themes, its tone, the amounts and
// the dates it mentions.
//
// Every record keeps byte spans into Document::text, so each field can be
// traced back to the words that produced it; `rule`/`cue` fields name the
// rule that fired.
#ifndef TOCSIN_KNOWLEDGE_H_
#define TOCSIN_KNOWLEDGE_H_

#include <cstdint>
#include <string>
#include <vector>

namespace tocsin {

struct Span {
  uint32_t begin = 0, end = 0;  // bytes in Document::text
};

// How a mention names its entity.
enum class EntityMentionKind : uint8_t {
  kName,         // the full name or a dictionary alias ("Konrad Muzyka")
  kPartialName,  // a surname or short form ("Muzyka", "M. Muzyka")
  kDescription,  // a role noun phrase ("l'expert", "the analyst")
  kPronoun,      // "he", "il", "elle" (speakers of later quotes)
};
const char* EntityMentionKindName(EntityMentionKind kind);

struct EntityMention {
  Span span;
  uint32_t sentence = 0;
  EntityMentionKind kind = EntityMentionKind::kName;
  int32_t actor = -1;  // index into DocumentAnalysis::actors, -1 when none
};

// One person or organisation of the document, all its mentions merged.
struct Entity {
  enum class Kind : uint8_t { kPerson, kOrganization };
  Kind kind = Kind::kPerson;
  std::string name;  // canonical: the fullest name written ("Konrad Muzyka")
  std::string code;  // CAMEO code when known ("RUSGOV"), else ""
  // Role or title as written in the text ("analyste de la défense",
  // "Chechen leader"), else the dictionary's role for the date, else "".
  std::string role;
  std::vector<EntityMention> mentions;  // in text order
};
const char* EntityKindName(Entity::Kind kind);

struct Quotation {
  // The quoted words without their marks; a quotation split by an incise
  // ("“Cet” autre train … “transporte …”, a déclaré X") has several parts.
  std::vector<Span> parts;
  std::string text;    // the parts joined by a space
  bool direct = true;  // false: indirect speech ("X said that …")
  // The speaker, or -1 when none could be found.
  int32_t speaker = -1;      // index into Knowledge::entities
  Span speaker_span;         // the words that name the speaker here
  std::string speaker_name;  // the entity's canonical name ("" when none)
  std::string speaker_code;  // the entity's CAMEO code ("" when none)
  // The attribution cue: a speech verb's lemma ("déclarer", "say"), or
  // "selon", "according to", ":" (colon introduction), "title" (a title
  // given to a programme or text).
  std::string verb;
  // How the speaker was found, e.g. "verb-after", "verb-before",
  // "inverted", "according-to", "colon", "pronoun", "previous-speaker".
  std::string rule;
  float confidence = 0;  // in [0, 1]
};

struct ThemeHit {
  std::string theme;  // our taxonomy's id, e.g. "WMD_NUCLEAR"
  uint32_t count = 0;
  std::vector<Span> mentions;
};

// GDELT-style tone: (positive - negative) words per 100 words.
struct Tone {
  double tone = 0;            // positive - negative
  double positive = 0;        // % of words that are positive
  double negative = 0;        // % of words that are negative
  double polarity = 0;        // positive + negative
  double activity = 0;        // % of words that are active verbs
  double self_reference = 0;  // % of words that are first-person pronouns
  uint32_t word_count = 0;
};

struct Amount {
  Span span;                 // "une douzaine", "at least 156"
  double value = 0;          // 12, 156
  bool approximate = false;  // "about", "une douzaine", "plus de"
  std::string counted;       // what it counts, as written ("installations")
  Span counted_span;         // empty when nothing is counted
};

struct DateMention {
  Span span;                // "vendredi", "last week", "en octobre"
  std::string resolved;     // ISO 8601: "2022-10-07", "2022-10", "2022-W40"
  std::string granularity;  // "day", "week", "month", "year"
};

struct Knowledge {
  std::vector<Entity> entities;       // in order of first mention
  std::vector<Quotation> quotations;  // in text order
  std::vector<ThemeHit> themes;       // by count, most first
  Tone tone;                          // the whole document
  std::vector<Tone> sentence_tones;   // one per AnalyzedText sentence
  std::vector<Amount> amounts;
  std::vector<DateMention> dates;

  void Clear() {
    entities.clear();
    quotations.clear();
    themes.clear();
    tone = Tone{};
    sentence_tones.clear();
    amounts.clear();
    dates.clear();
  }
};

}  // namespace tocsin

#endif  // TOCSIN_KNOWLEDGE_H_
