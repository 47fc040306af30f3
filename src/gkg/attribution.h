// Attribution cues around a quotation: who a speech verb, an "according
// to" phrase, a colon or a title cue points at. Each finder looks at a
// bounded window of tokens (never past the sentence, a quote mark or
// kMaxCueTokens), so attribution costs O(1) per quotation. Internal to
// src/gkg (quotes.cc).
#ifndef TOCSIN_GKG_ATTRIBUTION_H_
#define TOCSIN_GKG_ATTRIBUTION_H_

#include <cstdint>
#include <string>
#include <vector>

#include "gkg/speech_lexicon.h"
#include "tocsin/actor.h"
#include "tocsin/document.h"
#include "tocsin/knowledge.h"
#include "tocsin/text.h"

namespace tocsin {
namespace gkg {

inline constexpr uint32_t kMaxCueTokens = 24;
inline constexpr uint32_t kNoToken = UINT32_MAX;

// What the extractor knows of each token, built once per document.
struct SpeechContext {
  const SpeechLexicon* lex = nullptr;
  const Document* doc = nullptr;
  const AnalyzedText* text = nullptr;
  const std::vector<ActorMention>* actors = nullptr;
  const std::vector<Entity>* entities = nullptr;
  std::vector<int32_t>* entity_of = nullptr;       // per token: entity or -1
  std::vector<uint8_t>* mention_kind = nullptr;    // EntityMentionKind
  std::vector<uint32_t>* mention_first = nullptr;  // first token of it
  std::vector<uint32_t>* sentence_of = nullptr;    // per token
};

struct SpeakerRef {
  enum class Kind : uint8_t {
    kNone,         // no word names a speaker
    kEntity,       // a name of an entity
    kDescription,  // "the analyst" (entity, or -1 when unlinked)
    kPronoun,      // "il", "-t-elle", "he"
    kImplicit,     // a participle or infinitive: "ajoutant", "adding"
    kUnnamed,      // a noun phrase that names no entity: "a resident"
  };
  Kind kind = Kind::kNone;
  int32_t entity = -1;
  uint32_t first = 0, end = 0;  // the tokens that name the speaker
  uint16_t pronoun = 0;         // SpeechWordKind pronoun bits
};

struct Cue {
  bool found = false;
  SpeakerRef speaker;
  uint32_t verb_token = kNoToken;
  std::string verb;  // the speech verb's lemma, or "selon", ":", "title"
  const char* rule = "";
  float confidence = 0;
  // The cue sits right against the quotation ("said “", "X a déclaré :").
  bool adjacent = false;
  // After the quotation, set off by a comma, ? or ! ("“No,” he said",
  // "« Non », a-t-il dit"), not read on as in "« milblogueurs » russes".
  bool incise = false;
  // The cue is a verb that is not a speech verb ("X a condamné « … »"):
  // enough for a long quotation, not for one of three words or fewer.
  bool generic = false;
};

// A speech verb after the closing mark `close`: "”, a déclaré X", "," X
// said", "”, said X", "”, a-t-il ajouté", "”, selon X".
bool CueAfter(const SpeechContext& c, uint32_t close, Cue* cue);

// A cue before the opening mark `open`, not before token `floor`: "X said:
// “", "X a réclamé «", "Selon X, «", a colon after a name.
bool CueBefore(const SpeechContext& c, uint32_t open, uint32_t floor, Cue* cue);

// An incise inside the marks of tokens [first, end): "« A, s'alarme
// l'opposant, B »", "« A, a-t-il dit, B »".
bool CueInside(const SpeechContext& c, uint32_t first, uint32_t end, Cue* cue);

// A title: "une émission intitulée «", "a documentary titled “", "un
// segment terrifiant «"; the speaker is the producer, found in the sentence
// or around it (organisations, media first).
bool CueTitle(const SpeechContext& c, uint32_t open, Cue* cue);

// The subject of the verb at `verb`, to its left, not before `floor`.
SpeakerRef SubjectBefore(const SpeechContext& c, uint32_t verb, uint32_t floor);

// The speaker named after a verb or "selon", within [p, limit): "a
// déclaré X", "said a resident" (unnamed), "-t-il", "a confié à Reuters un
// diplomate", "selon un communiqué du Kremlin".
SpeakerRef PhraseAfter(const SpeechContext& c, uint32_t p, uint32_t limit);

// The entity mention covering token q as a speaker reference.
// REQUIRES: (*c.entity_of)[q] >= 0.
SpeakerRef EntityRef(const SpeechContext& c, uint32_t q);
SpeakerRef MakeRef(SpeakerRef::Kind kind, uint32_t first, uint32_t end,
                   uint16_t pronoun = 0);

// A speech verb (or phrase) starts at token i.
bool IsSpeechVerb(const SpeechContext& c, uint32_t i);
// Records the speech verb at v in *cue (token and lemma).
void SetVerb(const SpeechContext& c, uint32_t v, Cue* cue);

// A quote mark token (any family, after normalisation).
bool IsQuoteMark(const AnalyzedText& text, uint32_t i);

// The length in tokens of the speech verb or phrase ("fait savoir",
// "point out") that starts at token i, 0 when none; `kinds` selects
// speech and/or speech_direct.
int SpeechVerbAt(const SpeechContext& c, uint32_t i, uint32_t end,
                 uint16_t kinds);

// A speech verb the tagger took for a noun ("« … ? » demande X", "X
// estime que"): by its lemma, or in French by the infinitive of the
// present form ("demande" + "r").
bool NounAsSpeechVerb(const SpeechContext& c, uint32_t q);

// The lemma to report for the speech verb at v: its lemma, or for a
// French present form the tagger called a noun, its infinitive.
std::string VerbLemma(const SpeechContext& c, uint32_t v);

// A participle or infinitive that has no subject of its own ("ajoutant
// que", "adding that", "Et d'ajouter").
bool IsNonFinite(const SpeechContext& c, uint32_t verb);

}  // namespace gkg
}  // namespace tocsin

#endif  // TOCSIN_GKG_ATTRIBUTION_H_
